"""Python loaders: read article files, run extraction, write the `raw` schema, build and publish."""
