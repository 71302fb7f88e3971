"""Regressions of the candidate against the baseline run: one test per question, plus the gate.

The baseline defaults to the recorded v1 answers (see conftest.py); in CI it is the last main
run (``--harness-baseline DIR``). A question fails when a check at or above the rubric's fail_on
severity flips pass → fail, when it errors anew, or when it is missing from the candidate. With
repeats per question, only rules whose flips are significant (exact McNemar test) fail.
"""


def test_regression(harness_pair, harness_regression):
    harness_regression(harness_pair)


def test_regression_gate(harness_run):
    """The whole-run gate of ``harness compare`` (also catches category pass-rate drops)."""
    import pytest

    cmp = harness_run.comparison
    if cmp is None:
        pytest.skip("no baseline: pass --harness-baseline DIR|FILE")
    if not cmp["gate"]["passed"]:
        pytest.fail("regression gate failed against the baseline:\n" +
                    "\n".join(f"  - {r}" for r in cmp["gate"]["reasons"]), pytrace=False)
