"""Disclaimer checks: a required phrase (paraphrase-tolerant patterns) inside a positional region.

Masked text is searched, so a disclaimer quoted from the question or inside code does not count.
"""
from __future__ import annotations

from harness.registry import register_check
from harness.scoring.params import PATTERNS, POSITIVE, TEXT, params
from harness.scoring.model import CheckResult, ItemContext, Rule
from harness.scoring.patterns import compile_all, excerpt, first_match
from harness.scoring.regions import region


@register_check("phrase_present", params_schema=params(
    ("patterns",), patterns=PATTERNS, looking_for=TEXT,
    region={"type": "object", "maxProperties": 1, "additionalProperties": False,
            "properties": {"first_lines": POSITIVE, "last_lines": POSITIVE}}))
def phrase_present(ctx: ItemContext, rule: Rule) -> CheckResult:
    """Pass when any pattern matches within the region (``first_lines``/``last_lines``/whole)."""
    doc = ctx.doc
    p = rule.params
    start, end, where = region(doc, p.get("region"))
    m = first_match(compile_all(p["patterns"]), doc.masked, start, end)
    looked_for = p.get("looking_for", rule.description)
    if m:
        return CheckResult.ok(f"found in {where}", evidence=excerpt(doc.text, m.start(), m.end()),
                              spans=[(m.start(), m.end())])
    # Say whether it exists elsewhere: a banner at the bottom is a different defect from none at all.
    anywhere = first_match(compile_all(p["patterns"]), doc.masked)
    if anywhere:
        return CheckResult.fail(
            f"{looked_for}: present but not in {where}",
            evidence=f"found outside {where}: \"{excerpt(doc.text, anywhere.start(), anywhere.end())}\"",
            spans=[(anywhere.start(), anywhere.end())])
    return CheckResult.fail(f"{looked_for}: not found",
                            evidence=f"looked for {looked_for} in {where}; not found")
