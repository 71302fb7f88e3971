"""Disclaimer checks: a required statement inside a positional region, found by wording or by meaning.

The regexes are the fast, high-precision path; when they find nothing, a sentence classifier
(harness/scoring/intents.py, ``params.intent``) looks for a paraphrase ("Educational content -
general background", "An artificial-intelligence assistant wrote this summary"). Either way the
finding cites the sentence. Masked text is searched, so a disclaimer quoted from the question or
inside code does not count.
"""
from __future__ import annotations

from harness.registry import register_check
from harness.scoring.intents import find_sentence
from harness.scoring.model import CheckResult, ItemContext, Rule
from harness.scoring.params import FRACTION, PATTERNS, POSITIVE, TEXT, params
from harness.scoring.patterns import excerpt, first_match
from harness.scoring.regions import region


@register_check("phrase_present", params_schema=params(
    ("patterns",), patterns=PATTERNS, looking_for=TEXT,
    region={"type": "object", "maxProperties": 1, "additionalProperties": False,
            "properties": {"first_lines": POSITIVE, "last_lines": POSITIVE}},
    intent={"type": "string", "pattern": "^[a-z][a-z0-9_]*$"}, intent_threshold=FRACTION))
def phrase_present(ctx: ItemContext, rule: Rule) -> CheckResult:
    """Pass when a pattern matches, or a sentence carries ``intent``, within the region
    (``first_lines``/``last_lines``/whole)."""
    doc = ctx.doc
    p = rule.params
    pats = doc.present(p["patterns"])
    intent = p.get("intent")
    start, end, where = region(doc, p.get("region"))
    m = first_match(pats, doc.masked, start, end)
    looked_for = p.get("looking_for", rule.description)
    if m:
        return CheckResult.ok(f"found in {where}", evidence=excerpt(doc.text, m.start(), m.end()),
                              spans=[(m.start(), m.end())])
    hit = find_sentence(doc, ctx.settings, intent, start, end, p.get("intent_threshold")) if intent else None
    if hit:
        a, b, prob = hit
        return CheckResult.ok(f"found in {where} by meaning ({intent}, p={prob:.2f})", evidence=excerpt(doc.text, a, b),
                              spans=[(a, b)], details={"intent": intent, "probability": round(prob, 3)})
    # Say whether its own wording exists elsewhere: a banner at the bottom is a different defect from
    # none at all. (Not by meaning: the banner and the closing line share an intent.)
    anywhere = first_match(pats, doc.masked)
    if anywhere:
        return CheckResult.fail(
            f"{looked_for}: present but not in {where}",
            evidence=f"found outside {where}: \"{excerpt(doc.text, anywhere.start(), anywhere.end())}\"",
            spans=[(anywhere.start(), anywhere.end())])
    return CheckResult.fail(f"{looked_for}: not found",
                            evidence=f"looked for {looked_for} in {where}; not found")
