# Common tasks. PYTHON defaults to the active interpreter; e.g. `make test PYTHON=/tmp/venv/bin/python`.
PYTHON ?= python
PYTEST ?= $(PYTHON) -m pytest
HARNESS ?= $(PYTHON) -m harness
ARGS ?=

.PHONY: help demo test evals evals-v2 gate validate hooks

help:
	@echo "make demo      score the recorded v1 and v2 answers offline, compare, write reports/demo/"
	@echo "make test      the harness's own test suite (tests/)"
	@echo "make evals     pytest evals/ on the demo data (v1: passes; known v1 defects show as xfail)"
	@echo "make evals-v2  pytest evals/ with the regressed v2 answers as the candidate (fails, naming each defect)"
	@echo "make gate      pre-commit/pre-push gate: harness validate + pytest evals/"
	@echo "make hooks     install the pre-commit hooks (.pre-commit-config.yaml)"
	@echo "Extra pytest arguments: make evals ARGS='-n auto --harness-run reports/run1'"

demo:
	$(HARNESS) demo

test:
	$(PYTEST) -q tests $(ARGS)

evals:
	$(PYTEST) -q evals $(ARGS)

evals-v2:
	$(PYTEST) -q evals --harness-run datasets/recorded/v2.jsonl $(ARGS)

validate:
	$(HARNESS) validate

gate: validate
	$(PYTEST) -q evals $(ARGS)

hooks:
	pre-commit install --hook-type pre-commit --hook-type pre-push

# Benchmarks (bench/run.py): `make bench` (full, ~15 min), `make bench-quick` (smoke run, numbers not meaningful).
.PHONY: bench bench-quick
bench:
	$(PYTHON) bench/run.py $(ARGS)

bench-quick:
	$(PYTHON) bench/run.py --quick --out bench/out/results-quick.json $(ARGS)
