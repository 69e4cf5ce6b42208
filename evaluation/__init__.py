"""Scoring a warehouse against gold annotations (`make evaluate`); not part of the pipeline."""
