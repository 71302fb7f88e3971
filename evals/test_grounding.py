"""Grounding: claims supported by (and not contradicting) the question's source passages, and the
question-specific criteria. Skipped per question when no grounding check applies (no contexts),
and as a whole when the rubric has no grounding rule."""
import pytest


@pytest.mark.harness(categories=["grounding"])
def test_grounding(harness_item, harness_check):
    harness_check(harness_item)


@pytest.mark.harness(categories=["rubric"])
def test_question_criteria(harness_item, harness_check):
    harness_check(harness_item)
