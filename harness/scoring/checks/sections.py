"""Required-section checks: body sections, named sections with enough items, and their order.

Headings are matched tolerantly (case, Markdown ``#``/``**``, numbering, close wording).
"""
from __future__ import annotations

from harness.registry import register_check
from harness.scoring.params import COUNT, POSITIVE, REGEX_LIST, TEXT, params
from harness.scoring.model import CheckResult, ItemContext, Rule
from harness.scoring.patterns import compile_all, excerpt, first_match
from harness.scoring.regions import boilerplate_heading, closing_start, named_section


def _closing(doc, settings):
    """The closing disclaimer: searched only in the last ``closing_lines`` lines (the banner is not it)."""
    start = closing_start(doc, int(settings.get("closing_lines", 10)))
    return first_match(doc.present(settings.get("closing_patterns", [])), doc.masked, start)


def _body_headings(ctx: ItemContext) -> list:
    doc, settings = ctx.doc, ctx.settings
    stop = len(doc.text)
    for name in ("questions_to_ask", "learn_more"):
        sec = named_section(doc, settings, name)
        if sec is not None:
            stop = min(stop, sec.start)
    closing = _closing(doc, settings)
    if closing:
        stop = min(stop, closing.start())
    first_line = doc.nonblank_lines[0].number if doc.nonblank_lines else -1
    out = []
    for h in doc.headings:
        if h.line.number == first_line or h.line.start >= stop or boilerplate_heading(h.title, settings):
            continue
        out.append(h)
    return out


@register_check("body_sections", params_schema=params(min_count=POSITIVE))
def body_sections(ctx: ItemContext, rule: Rule) -> CheckResult:
    """At least ``min_count`` question-specific sections with headings (title and boilerplate excluded)."""
    need = int(rule.params.get("min_count", 2))
    heads = _body_headings(ctx)
    titles = "; ".join(h.title for h in heads) or "none"
    spans = [(h.line.start, h.line.end) for h in heads]
    if len(heads) >= need:
        return CheckResult.ok(f"{len(heads)} body sections", evidence=titles, spans=spans, score=1.0)
    return CheckResult.fail(f"{len(heads)} body section(s) with headings, need at least {need}",
                            evidence=f"body headings found: {titles}", spans=spans,
                            score=len(heads) / need)


@register_check("section_present", params_schema=params(
    ("section",), section=TEXT, item_patterns=REGEX_LIST, min_items=COUNT, allow_list=REGEX_LIST, min_allowed=COUNT))
def section_present(ctx: ItemContext, rule: Rule) -> CheckResult:
    """A named section exists and holds enough items (and enough allow-listed resources)."""
    p = rule.params
    name = p["section"]
    label = ctx.settings["sections"][name].get("label", name)
    sec = named_section(ctx.doc, ctx.settings, name)
    if sec is None:
        return CheckResult.fail(f"section '{label}' not found",
                                evidence=f"looked for a heading like '{label}'; not found", score=0.0)
    doc = ctx.doc
    items = sec.list_items() or sec.body_lines()
    item_pats = compile_all(p.get("item_patterns", []))
    if item_pats:
        items = [ln for ln in items if any(pt.search(ln.text) for pt in item_pats)]
    need = int(p.get("min_items", 1))
    head = sec.heading.line
    spans = [(head.start, head.end)]
    if len(items) < need:
        return CheckResult.fail(
            f"section '{label}' has {len(items)} item(s), need at least {need}",
            evidence=f"'{excerpt(doc.text, head.start, head.end)}' followed by {len(items)} item(s)",
            spans=spans + [(ln.start, ln.end) for ln in items], score=len(items) / need)
    allow = compile_all(p.get("allow_list", []))
    if allow:
        good = [ln for ln in sec.body_lines() if any(a.search(ln.text) for a in allow)]
        need_ok = int(p.get("min_allowed", 1))
        if len(good) < need_ok:
            return CheckResult.fail(
                f"section '{label}' lists no reputable resource from the allow-list",
                evidence="resources listed: " + "; ".join(excerpt(doc.text, ln.start, ln.end, 80) for ln in items),
                spans=spans, score=0.0)
    return CheckResult.ok(f"section '{label}' with {len(items)} item(s)",
                          evidence=excerpt(doc.text, head.start, head.end), spans=spans, score=1.0)


@register_check("section_order", params_schema=params(
    ("order",), order={"type": "array", "items": TEXT, "minItems": 2}))
def section_order(ctx: ItemContext, rule: Rule) -> CheckResult:
    """Sections appear in the configured order (missing ones are other rules' business)."""
    doc, settings = ctx.doc, ctx.settings
    positions: list[tuple[str, int, int]] = []
    for name in rule.params["order"]:
        if name == "body":
            heads = _body_headings(ctx)
            if heads:
                positions.append(("body sections", heads[0].line.start, heads[0].line.end))
        elif name == "closing":
            m = _closing(doc, settings)
            if m:
                positions.append(("closing disclaimer", m.start(), m.end()))
        else:
            sec = named_section(doc, settings, name)
            if sec is not None:
                label = settings["sections"][name].get("label", name)
                positions.append((label, sec.heading.line.start, sec.heading.line.end))
    for (a, sa, ea), (b, sb, eb) in zip(positions, positions[1:]):
        if sb < sa:
            return CheckResult.fail(f"'{b}' comes before '{a}'",
                                    evidence=f"'{excerpt(doc.text, sb, eb)}' precedes '{excerpt(doc.text, sa, ea)}'",
                                    spans=[(sb, eb), (sa, ea)])
    return CheckResult.ok("sections in order: " + " → ".join(p[0] for p in positions))
