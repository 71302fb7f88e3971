"""Named regions of an answer that several checks share (header, closing, body, named sections)."""
from __future__ import annotations

import re
from typing import Any

from harness.scoring.document import Document, Section
from harness.scoring.patterns import compile_all, first_match


def header_end(doc: Document, n_lines: int) -> int:
    """Offset just past the first ``n_lines`` non-blank lines."""
    lines = doc.nonblank_lines[:n_lines]
    return lines[-1].end if lines else 0


def closing_start(doc: Document, n_lines: int) -> int:
    """Offset of the start of the last ``n_lines`` non-blank lines."""
    lines = doc.nonblank_lines[-n_lines:]
    return lines[0].start if lines else 0


def region(doc: Document, spec: dict[str, Any] | None) -> tuple[int, int, str]:
    """(start, end, description) for ``{first_lines: N}``, ``{last_lines: N}`` or the whole answer.

    In a short answer the top and the end do not overlap: the top is at most the first half of its
    non-blank lines, the end the rest (a three-line chat answer's last line is its end, not its top).
    """
    spec = spec or {}
    total = len(doc.nonblank_lines)
    if "first_lines" in spec:
        n = int(spec["first_lines"])
        return 0, header_end(doc, min(n, max(1, total // 2))), f"the first {n} lines"
    if "last_lines" in spec:
        n = int(spec["last_lines"])
        return closing_start(doc, min(n, max(1, total - total // 2))), len(doc.text), f"the last {n} lines"
    return 0, len(doc.text), "the answer"


def intent_region(doc: Document, where: str) -> tuple[int, int]:
    """The region the default rubric searches for an intent: ``top`` (banner), ``bottom`` (closing), ``all``."""
    spec = {"top": {"first_lines": 8}, "bottom": {"last_lines": 10}}.get(where)
    start, end, _ = region(doc, spec)
    return start, end


def named_section(doc: Document, settings: dict[str, Any], name: str) -> Section | None:
    """The section ``settings.sections[name]`` names: by heading patterns or a close canonical title
    first, else (with ``intent``) the heading the intent classifier finds most likely of that kind
    ("Talking points for your appointment", "Reliable places to look") over content that matches
    ``content_patterns`` (a question; a resource)."""
    spec = settings.get("sections", {}).get(name)
    if not spec:
        raise KeyError(f"settings.sections has no section named {name!r}")
    found = doc.find_section(compile_all(spec.get("patterns", [])), spec.get("canonical", []),
                             float(spec.get("min_similarity", 0.8)))
    if found is not None or not spec.get("intent"):
        return found
    key = ("named_section_by_intent", name)
    if key not in doc.cache:
        from harness.scoring.intents import heading_probability

        best: tuple[float, Section] | None = None
        content = compile_all(spec.get("content_patterns", []))
        for sec in doc.sections[2:]:  # not the text before the first heading, nor the title's section
            banner, banner_cut = heading_probability(settings, "informational", sec.heading.title)
            if banner >= banner_cut:
                continue  # a banner set as a heading ("For general education and information only")
            p, cut = heading_probability(settings, spec["intent"], sec.heading.title)
            cut = float(spec.get("intent_threshold", cut))
            if content and not any(c.search(ln.text) for c in content for ln in sec.body_lines()):
                continue  # a heading that reads right over content that does not (no question, no resource)
            if p >= cut and (best is None or p > best[0]):
                best = (p, sec)
        doc.cache[key] = best[1] if best else None
    return doc.cache[key]


def cta_start(doc: Document, settings: dict[str, Any]) -> int | None:
    """Offset of the sales call to action (e.g. 'Upload your records ...'), if any."""
    m = first_match(doc.present(settings.get("call_to_action_patterns", [])), doc.masked)
    return m.start() if m else None


def boilerplate_heading(title: str, settings: dict[str, Any]) -> bool:
    pats = compile_all(settings.get("boilerplate_headings", []))
    norm = " ".join(re.findall(r"[a-z0-9]+", title.lower()))
    return any(p.search(norm) for p in pats)
