"""Generators produce answers for questions; each registers itself by name in harness.registry."""
