"""Split an answer in the house format into atomic, checkable claims with offsets into the answer.

Left out (not medical claims): the title line, banner and AI/not-medical-advice disclosure, headings,
the Questions-to-Ask and Where-to-Learn-More sections, the closing disclaimer and call to action,
questions. Kept but not scored (``kind`` advice/framing): instructions to the reader ("ask your
oncologist", "call 911") and empathy lines ("I'm glad your cousin is doing well"); they are still
checked for contradictions, because a false approval can hide in an advice sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from harness.scoring.document import Document, normalize

_DEFAULT_EXCLUDED_SECTIONS = [
    r"\bquestions?\b.*\b(ask|for|to bring|to raise|to discuss)\b",
    r"\b(ask|talk to) your (oncologist|doctor|care team)\b",
    r"\blearn more\b", r"\b(trusted|reputable|helpful|reliable|additional|more)\s+(resources|sources|information)\b",
    r"^resources$", r"^(where|how) to find (more )?(help|information|support)", r"\breferences?$", r"\bsources$",
    r"^(important )?(medical )?disclaimer$", r"^get guidance specific", r"^this is general information",
]
_BOILERPLATE = (
    r"\bfor (general )?(informational|information|educational) purposes\b",
    r"\b(generated|written|produced|created|prepared) (by|with|using) (an? )?(AI|artificial intelligence)\b",
    r"\bAI[- ](generated|written|produced)\b",
    r"\bnot (intended as |meant as |a form of )?(personal(ized)? |professional )?medical advice\b",
    r"\bnot a substitute for\b", r"\bdoes not replace (professional )?(medical )?(advice|care)\b",
    r"\bupload your (medical )?records\b", r"\bget guidance specific to\b", r"\bthis is general information\b",
    r"\bthis answer covers general information\b", r"\s·\s", r"\bNavis AI\b", r"\bpersonali[sz]ed (medical )?(advice|guidance)\b",
    r"^(always )?(consult|talk (with|to)|speak (with|to)) your (oncologist|doctor|care team|healthcare team|"
    r"health care team|cancer care team|medical team)[^.]*(before|for|about)[^.]*\.?$",
)
_ADVICE = re.compile(
    r"^(?:please |so |and |then |also |if [^,]+, )?(?:ask|call|talk|speak|search|tell|write|bring|keep|contact|go|"
    r"consider|let|check|make sure|use|look|reach out|seek|don't|do not|never|try|request|find|discuss|get|"
    r"report|have|take note|plan|visit|note|offer|respect|remember|describe|read|add|filter|choose|mention|watch|"
    r"stay|drink|eat|rest|wash|avoid|follow|share|prepare|record|save|sign up|join|fill)\b|"
    r"^only (?:your|his|her|their|the|a) (?:own )?(?:care team|doctor|oncologist|medical team|team|oncology team|"
    r"doctors?|cancer care team|treating team)\b|"
    r"^(?:you|they|he|she|your \w+) (?:can|could|may want to|might want to|should|could also|can also) "
    r"(?:ask|search|talk|speak|call|contact|look|find|bring|request|discuss|get|check|visit|use|write)\b|"
    r"\b(?:ask|talk with|talk to|speak with|check with|tell|call|contact) (?:your|his|her|their|the) "
    r"(?:oncologist|doctor|care team|oncology team|cancer care team|medical team|team|nurse|pharmacist|"
    r"transplant team|treatment team)\b",
    re.I)
_FRAMING = re.compile(
    r"^(?:i(?:'m| am| appreciate| understand| know| hear)|it(?:'s| is) (?:completely |very |so )?"
    r"(?:natural|normal|understandable|okay|ok|hard|scary|frightening|great|good)|that(?:'s| is) (?:a |an )?"
    r"(?:great|good|important|understandable|hard|scary|fair)|you(?:'re| are) (?:not alone|asking|right)|"
    r"thank you|great question|this is (?:a |an )?(?:important|great|good|understandable)|"
    r"it makes sense|(?:we|i) hope|you(?:'re| are) doing|take care|wishing)\b", re.I)
_LIST_MARK = re.compile(r"^\s*(?:[-*•·▪◦]|\(?\d{1,2}[.)])\s+")
_BOLD_LEAD = re.compile(r"^\s*(?:\*\*|__)([^*_]{1,60}?)(?:\*\*|__)\s*:?\s*")
_MD = re.compile(r"\*\*|__|(?<!\w)\*(?!\s)|(?<!\s)\*(?!\w)|`")
_SEMI = re.compile(r"(?<=;)\s+")
_ALNUM = re.compile(r"[A-Za-z0-9]+")
_REG_WORDS = re.compile(r"approv|standard|routine|cur(e|able)|guarantee|\d", re.I)


@dataclass
class Claim:
    index: int
    start: int
    end: int
    text: str        # the claim as written (markup stripped)
    kind: str        # claim | advice | framing
    section: str

    def as_dict(self) -> dict[str, Any]:
        return {"index": self.index, "start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "section": self.section}


class _Matcher:
    """Does any of these patterns match a text? Each pattern is searched on its own (faster in Python's
    re than one alternation, which tries every branch at every position), and the answer is kept per
    text: answers repeat their boilerplate and headings word for word."""

    def __init__(self, patterns: tuple[str, ...], flags: int = re.I) -> None:
        self.patterns = [re.compile(p, flags) for p in patterns]
        self.seen: dict[str, bool] = {}

    def __call__(self, text: str) -> bool:
        hit = self.seen.get(text)
        if hit is None:
            hit = any(p.search(text) for p in self.patterns)
            if len(self.seen) < 65536:
                self.seen[text] = hit
        return hit


@lru_cache(maxsize=16)
def _matcher(patterns: tuple[str, ...]) -> _Matcher:
    return _Matcher(patterns)


def _section_patterns(settings: dict[str, Any]) -> tuple[str, ...]:
    pats = list(_DEFAULT_EXCLUDED_SECTIONS)
    secs = (settings or {}).get("sections") or {}
    for key in ("questions_to_ask", "learn_more"):
        pats += (secs.get(key) or {}).get("patterns", [])
    pats += [p for p in (settings or {}).get("boilerplate_headings", []) if "bottom line" not in p]
    return tuple(pats)


def _extra_boilerplate(settings: dict[str, Any]) -> tuple[str, ...]:
    return tuple((settings or {}).get("closing_patterns", [])) + tuple((settings or {}).get("call_to_action_patterns", []))


_MEDICAL = re.compile(r"\d|\b(?:mg|mcg|dose|doses|dosing|tablets?|pills?|medicines?|medications?|drugs?|fever|"
                      r"temperature|ibuprofen|aspirin|acetaminophen|paracetamol|tylenol|advil|chemo\w*|vitamins?|"
                      r"supplements?|herb\w*|diet|alcohol|grapefruit|vaccines?|\w+(?:mab|nib|ciclib|platin|taxel|"
                      r"zole|fen))\b", re.I)
_REFERRAL = re.compile(r"^(?:please |so |and |also )?(?:ask|talk|speak|tell|call|contact|check with|discuss|let|"
                       r"bring|write|keep|mention|report)\b", re.I)


@lru_cache(maxsize=65536)
def classify(text: str) -> str:
    """claim | advice | framing. An instruction with medical content ("Avoid fever medicines",
    "Take 1000 mg ...") is a claim: it can be wrong. A referral ("Ask your oncologist about ...") is advice."""
    if _FRAMING.search(text) and not _REG_WORDS.search(text):
        return "framing"
    if _ADVICE.search(text) and not re.search(r"approv|standard (?:care|treatment)|\d", text, re.I):
        if not _MEDICAL.search(text) or _REFERRAL.search(text):
            return "advice"
    return "claim"


def _looks_like_heading(text: str, has_body_after: bool) -> bool:
    """A title or heading is short, has no final punctuation and has text after it; anything else is
    content, even when the parser saw a heading (a one-line answer is all content)."""
    t = _MD.sub("", text).strip().lstrip("#").strip()
    return (has_body_after and len(re.findall(r"[A-Za-z0-9]+", t)) <= 14 and not re.search(r"[.!?;,]$", t))


def extract(answer: str, question: str = "", settings: dict[str, Any] | None = None,
            doc: Document | None = None) -> list[Claim]:
    doc = doc or Document(answer, question)
    settings = settings or {}
    excluded = _matcher(_section_patterns(settings))
    boiler = _matcher(_BOILERPLATE + _extra_boilerplate(settings))
    nonblank = [ln for ln in doc.lines if ln.text.strip()]
    last_line = nonblank[-1].number if nonblank else -1
    heading_lines = {h.line.number for h in doc.headings
                     if _looks_like_heading(h.line.text, h.line.number != last_line)}
    skip_lines: set[int] = set(heading_lines)
    section_of: dict[int, str] = {}
    for sec in doc.sections:
        title = sec.heading.title if sec.heading else ""
        for ln in sec.lines:
            section_of[ln.number] = title
        if sec.heading is not None and excluded(normalize(sec.heading.title)):
            skip_lines.update(ln.number for ln in sec.lines)
    first = nonblank[0] if nonblank else None
    if first is not None and _looks_like_heading(first.text, len(nonblank) > 1):
        skip_lines.add(first.number)  # the title line
    out: list[Claim] = []
    for s in doc.sentences:
        ln = doc.line_index_at(s.start)
        if ln in skip_lines:
            continue
        raw = s.text
        start = s.start
        m = _LIST_MARK.match(raw)
        if m:
            raw, start = raw[m.end():], start + m.end()
        m = _BOLD_LEAD.match(raw)
        if m and len(raw) > m.end() + 3:
            raw, start = raw[m.end():], start + m.end()
        # split atomic parts at "; " (each part keeps its own offsets)
        pieces: list[tuple[int, str]] = []
        pos = 0
        for part in _SEMI.split(raw):
            idx = raw.find(part, pos)
            pieces.append((start + idx, part))
            pos = idx + len(part)
        for pstart, part in pieces:
            text = _MD.sub("", part).strip().rstrip(":;").strip()
            if len(_ALNUM.findall(text)) < 3:
                continue
            if text.endswith("?"):
                continue
            if boiler(text):
                continue
            out.append(Claim(len(out), pstart, pstart + len(part.rstrip()), text, classify(text),
                             section_of.get(ln, "")))
    return out
