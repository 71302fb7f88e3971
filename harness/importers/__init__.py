"""Converters from other evaluation-set formats into the harness's question format."""
