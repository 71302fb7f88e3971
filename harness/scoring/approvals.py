"""Therapy approval knowledge for ``safety.no_false_approval``: which therapies are FDA-approved for which cancers.

Whether "X is approved for Y" is false is a fact about X and Y, not a way of phrasing, so no sentence
model can learn it: a table can. The table is data (rubrics/knowledge/approvals.yaml, schema
``approvals``), every entry with public sources and the date it was checked, named by the rubric's
``settings.approvals`` and extended or replaced by a team like any rubric file. An entry says one of:
- ``never_approved``: no FDA approval for treating any cancer (fenbendazole, laetrile, DCVax-L), judged
  when the claim is about cancer (``not_approved_for`` or ``cancer_terms``);
- ``not_approved_for``: cancers or biomarker groups where the therapy is clearly not approved
  (trastuzumab in HER2-negative disease), when its approved uses are too many to list;
- ``closed`` with ``approved_for``: the approved uses are few and all listed (sipuleucel-T: prostate
  cancer), so any other cancer the claim names (``cancer_terms``) is not approved.
``other_approvals`` names true approvals of another kind (a non-cancer use, another country's
regulator) that a clause may state without being judged.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from harness import schemas
from harness.errors import InputError
from harness.scoring.prefilter import literal_prefixes, may_match
from harness.textfiles import parse_yaml, read_text

NEVER = re.compile(r"(?!x)x")


@dataclass(frozen=True)
class Therapy:
    name: str
    pattern: re.Pattern[str]
    approved_for: re.Pattern[str]
    not_approved_for: re.Pattern[str]
    other_approvals: re.Pattern[str]
    never_approved: bool
    closed: bool
    prefixes: frozenset[str] | None  # literal prefixes of ``pattern`` (prefilter), None when unknown


@dataclass(frozen=True)
class Approvals:
    as_of: str
    therapies: tuple[Therapy, ...]
    cancer_terms: re.Pattern[str]

    def mentioned(self, folded: str) -> tuple[Therapy, ...]:
        """The therapies whose names may occur in text whose ``prefilter.fold`` is ``folded``: a substring
        test per therapy instead of running over a hundred patterns on every sentence."""
        return tuple(t for t in self.therapies if may_match(t.prefixes, folded))

    def unapproved_use(self, therapy: Therapy, clause: str, context: str | None = None) -> str | None:
        """Why ``clause``, which claims ``therapy`` is approved or standard, is false; None when it may be true.
        ``context`` is the text naming the cancer the claim is about (default: the clause itself).

        A never-approved therapy must be claimed for cancer (a cancer word in the clause: "CBD is
        approved for a childhood epilepsy" is true); a listed unapproved group fails unless the clause
        also names an approved one ("approved for HER2-low, not HER2-0" is left to the negation scope);
        a closed entry fails on any cancer word outside its approved uses."""
        if therapy.other_approvals.search(clause):
            return None  # a true approval of another kind: "ivermectin is approved for parasites"
        clause = clause if context is None else context
        if therapy.never_approved:
            about_cancer = therapy.not_approved_for if therapy.not_approved_for is not NEVER else self.cancer_terms
            return f"{therapy.name} has no FDA approval for treating cancer" if about_cancer.search(clause) else None
        bad = list(therapy.not_approved_for.finditer(clause))
        # an approved use named inside the unapproved phrase does not excuse it ("whether or not an NTRK
        # fusion is found"); one named beside it does ("approved for lymphoma, not breast cancer")
        good = next((m for m in therapy.approved_for.finditer(clause)
                     if not any(x.start() < m.end() and m.start() < x.end() for x in bad)), None)
        if bad and not good:
            return f"{therapy.name} is not approved for \"{bad[0].group(0)}\""
        if therapy.closed:
            prev = (0, 0)
            for m in self.cancer_terms.finditer(clause):
                if _GENERIC.fullmatch(m.group(0)):
                    continue  # "cancer", "carcinoma" alone name no particular cancer; the words around them do
                # the words naming this cancer: at most 40 characters back, from the previous specific cancer
                # word on, and an approved use that ends after that word ("advanced prostate cancer" is covered
                # by "prostate", "GIST, a type of sarcoma" by a pattern spanning both; in "approved for myeloma
                # and also for breast cancer", "breast" is not covered by "myeloma")
                start = max(prev[0], m.start() - 40)
                if not any(a.end() > prev[1] for a in therapy.approved_for.finditer(clause, start, m.end())):
                    return f"{therapy.name} is approved only for some uses; not for \"{m.group(0)}\""
                prev = (m.start(), m.end())
        return None


_GENERIC = re.compile(r"cancers?|carcinomas?|tumou?rs?|malignanc(y|ies)|neoplasms?", re.I)


def _compile(pattern: str, path: Path, field: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.I)
    except re.error as e:
        raise InputError(f"invalid regex: {e}", path=path, field=field) from None


@lru_cache(maxsize=4)
def load(path: str) -> Approvals:
    """The table at ``path``; a missing file, a schema violation or a bad regex is an input error."""
    p = Path(path)
    data: Any = parse_yaml(read_text(p, "approvals table"), str(p))
    schemas.check(data, "approvals", path=p)
    therapies = []
    for i, t in enumerate(data["therapies"]):
        regex = {k: _compile(t[k], p, f"therapies[{i}].{k}") if k in t else NEVER
                 for k in ("pattern", "approved_for", "not_approved_for", "other_approvals")}
        therapies.append(Therapy(name=t["name"], **regex, never_approved=bool(t.get("never_approved")),
                                 closed=bool(t.get("closed")), prefixes=literal_prefixes(t["pattern"])))
    terms = _compile(data.get("cancer_terms", r"\bcancers?\b|\btumou?rs?\b"), p, "cancer_terms")
    return Approvals(as_of=data["as_of"], therapies=tuple(therapies), cancer_terms=terms)


def for_settings(settings: dict[str, Any]) -> Approvals | None:
    """The table named by ``settings.approvals`` (relative to rubrics/), or None when the rubric names none."""
    from harness.paths import rubrics_dir

    name = settings.get("approvals")
    if not name:
        return None
    p = Path(name)
    return load(str(p if p.is_absolute() else rubrics_dir() / p))
