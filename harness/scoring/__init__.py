"""Scoring: parse an answer (document), run the rubric's checks on it (engine), explain why."""
