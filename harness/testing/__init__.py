"""Test and benchmark helpers: a local OpenAI-compatible server and a synthetic corpus."""
