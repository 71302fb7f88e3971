"""Claim-level grounding of answers against their source passages (offline verifier and LLM judges)."""
