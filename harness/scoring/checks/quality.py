"""Quality checks (minor by default): reading level, length bounds, odd or broken links."""
from __future__ import annotations

import re
from urllib.parse import urlparse

from harness.readability import flesch_kincaid_grade
from harness.registry import register_check
from harness.scoring.params import COUNT, FLAG, REGEX_LIST, params
from harness.scoring.model import CheckResult, ItemContext, Rule
from harness.scoring.patterns import compile_all

_URL = re.compile(r"\bhttps?://[^\s)\]>\"']+|\bwww\.[^\s)\]>\"']+", re.I)
_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_LIST_MARK = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+|^#+\s*|\*\*|__", re.M)


@register_check("reading_level", direction="lower", params_schema=params(
    max_grade={"type": "number"}, min_words=COUNT))
def reading_level(ctx: ItemContext, rule: Rule) -> CheckResult:
    """Flesch-Kincaid grade of the answer (textstat) at most ``max_grade``."""
    text = _LIST_MARK.sub("", ctx.doc.masked)
    if len(text.split()) < int(rule.params.get("min_words", 30)):
        return CheckResult.ok("too short to grade reading level", score=None)
    grade = flesch_kincaid_grade(text)
    limit = float(rule.params.get("max_grade", 9))
    msg = f"Flesch-Kincaid grade {grade:.1f} (target ≤ {limit:g})"
    if grade <= limit:
        return CheckResult.ok(msg, score=round(grade, 2))
    return CheckResult.fail(msg, evidence=msg, score=round(grade, 2))


@register_check("length_bounds", direction="none", params_schema=params(min_chars=COUNT, max_chars=COUNT))
def length_bounds(ctx: ItemContext, rule: Rule) -> CheckResult:
    n = len(ctx.answer.strip())
    lo, hi = int(rule.params.get("min_chars", 0)), int(rule.params.get("max_chars", 10**9))
    if lo <= n <= hi:
        return CheckResult.ok(f"{n} characters", score=float(n))
    return CheckResult.fail(f"{n} characters, expected {lo}–{hi}", evidence=f"answer length {n}", score=float(n))


@register_check("links", params_schema=params(require_https=FLAG, placeholder_hosts=REGEX_LIST))
def links(ctx: ItemContext, rule: Rule) -> CheckResult:
    """Malformed URLs, empty Markdown links, placeholder hosts and non-HTTPS links are flagged."""
    doc = ctx.doc
    bad_hosts = compile_all(rule.params.get("placeholder_hosts", []))
    problems: list[tuple[int, int, str]] = []
    for m in _MD_LINK.finditer(doc.masked):
        if not m.group(2).strip():
            problems.append((m.start(), m.end(), "empty link target"))
    for m in _URL.finditer(doc.masked):
        url = m.group(0).rstrip(".,;:")
        parsed = urlparse(url if "://" in url else "https://" + url)
        host = parsed.hostname or ""
        if not host or "." not in host or " " in url:
            problems.append((m.start(), m.end(), "malformed URL"))
        elif any(b.search(host) for b in bad_hosts):
            problems.append((m.start(), m.end(), "placeholder host"))
        elif url.lower().startswith("http://") and rule.params.get("require_https", True):
            problems.append((m.start(), m.end(), "not HTTPS"))
    if not problems:
        return CheckResult.ok("links look well-formed")
    ev = "; ".join(f"{why}: {doc.text[s:e]}" for s, e, why in problems[:5])
    return CheckResult.fail(f"{len(problems)} odd link(s)", evidence=ev, spans=[(s, e) for s, e, _ in problems])
