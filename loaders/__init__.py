"""Python loaders: read articles, extract entities and facts, write the `raw` schema."""
