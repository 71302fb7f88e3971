"""Built-in check types. Each module registers its checks in harness.registry by name."""
