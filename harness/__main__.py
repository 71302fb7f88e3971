"""``python -m harness`` is the same as the ``harness`` console script."""
from harness.cli import main

if __name__ == "__main__":  # a spawned scoring worker re-imports this module as __mp_main__
    raise SystemExit(main())
