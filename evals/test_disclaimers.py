"""Required disclaimers: banner, AI disclosure, not-medical-advice, consult the care team.

Gated at the rubric's fail_on severity (major); a missing minor closing line is recorded as a
JUnit property ``harness_warning`` rather than failing the test.
"""
import pytest


@pytest.mark.harness(categories=["disclaimer"])
def test_disclaimers(harness_item, harness_check):
    harness_check(harness_item)
