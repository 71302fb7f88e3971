"""House format: body sections, "Questions to Ask Your Oncologist", "Where to Learn More"."""
import pytest


@pytest.mark.harness(categories=["sections"])
def test_sections(harness_item, harness_check):
    harness_check(harness_item)
