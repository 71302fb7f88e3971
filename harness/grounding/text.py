"""Text normalisation for grounding: rewrites and synonyms from the domain profile, a Snowball stemmer,
numbers (also written in words), abbreviations the passages define, entities and polarity.

Domain knowledge lives in the profile (rubrics/lexicons/*.yaml, harness/grounding/lexicon.py); this
module holds only language mechanics, so the same code serves any domain profile. Everything is
deterministic so a clinician can read why two phrasings were treated as the same.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from harness.grounding.lexicon import Profile
from harness.grounding.lexicon import load as load_profile

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_NUM = re.compile(r"(?<![\w./-])(\d+(?:\.\d+)?)(?:\s?(%|percent|mg|mcg|g|ml|hours?|days?|weeks?|months?|years?|°\s?[fc]|degrees?))?(?![\w])")

STOPWORDS = frozenset("""
a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can can't cannot could did do does doing don't down during each few for from further had
has have having he her here hers herself him himself his how i if in into is isn't it it's its itself just
let's me more most my myself no nor not of off on once only or other ought our ours ourselves out over own
same she should so some such than that that's the their theirs them themselves then there these they this
those through to too under until up very was we were what when where which while who whom why will with
won't would you your yours yourself yourselves may might must shall often usually sometimes many much
now still also even well yet already one ones another such way ways thing things lot get gets got make
you'll you're we're they're it'll there's here's like s t
patient patients person people someone somebody doctor doctors oncologist oncologists physician
mom dad mother father husband wife son daughter cousin friend sister brother
""".split())

NEGATORS = frozenset("not no never none cannot can't isn't aren't wasn't weren't doesn't don't didn't won't "
                     "without nor neither unproven".split())


def default_profile() -> Profile:
    return load_profile(None)


@lru_cache(maxsize=65536)
def _numbers_in_words(text: str) -> str:
    """"twenty-one days" -> "21 days" (text2num); lone one/two stay words ("one of the drugs")."""
    if not re.search(r"\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                     r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                     r"thousand|two)\b", text):
        return text
    from text_to_num import alpha2digit

    return alpha2digit(text, "en", threshold=2)


@lru_cache(maxsize=65536)
def _normalise(text: str, prof: Profile) -> str:
    for pat, rep in prof.cased:
        text = pat.sub(rep, text)
    t = text.lower()
    for pat, rep in prof.rewrites:
        t = pat.sub(rep, t)
    return _numbers_in_words(t)


def normalise(text: str, prof: Profile | None = None) -> str:
    """Lower-cased text with the profile's rewrites applied and numbers written as digits."""
    return _normalise(text, prof or default_profile())


@lru_cache(maxsize=65536)
def _stem(word: str, prof: Profile) -> str:
    s = prof.stemmer.stemWord(word[:-2] if word.endswith("'s") else word)
    return prof.word_synonyms.get(s, s)


def stem(word: str, prof: Profile | None = None) -> str:
    """Snowball stem (PyStemmer), then the profile's word synonyms."""
    return _stem(word, prof or default_profile())


def words(norm_text: str) -> list[str]:
    return _WORD.findall(norm_text)


def content_tokens(norm_text: str, prof: Profile | None = None) -> list[str]:
    """Stemmed content words of already-normalised text (stopwords and bare numbers removed)."""
    prof = prof or default_profile()
    return [_stem(w, prof) for w in words(norm_text) if w not in STOPWORDS and not w.isdigit()]


_NO_BEFORE = re.compile(r"\bno\s+(?:\w+\s+){0,3}$")
_DENOMINATOR = re.compile(r"(?:out of (?:every )?|\d in |\bin every |\bper )$")


def definite(norm_clause: str, prof: Profile) -> bool:
    """A certainty word ("will cure", "guaranteed") that is neither hedged nor negated: "does not cure"
    and "no treatment comes with a guarantee" are not definite claims."""
    for m in prof.cues["certainty"].finditer(norm_clause):
        if negated_before(norm_clause, m.start()) or _NO_BEFORE.search(norm_clause[:m.start()]):
            continue
        if prof.cues["hedges"].search(norm_clause):
            continue
        return True
    return False


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


@dataclass(frozen=True)
class Number:
    value: str
    unit: str
    text: str
    start: int  # offset in the normalised text


def numbers(norm_text: str) -> list[Number]:
    out: list[Number] = []
    for m in _NUM.finditer(norm_text):
        if _DENOMINATOR.search(norm_text[max(0, m.start() - 14):m.start()]):
            continue  # the denominator of "3 in 10", "80 out of 100"
        unit = (m.group(2) or "").replace(" ", "").rstrip("s")
        unit = {"percent": "%", "degree": "°"}.get(unit, unit)
        out.append(Number(_fmt(float(m.group(1))), unit, m.group(0), m.start()))
    return out


class Lexicon:
    """The domain profile plus the drug and brand names the passages define ("generic (Brand)"):
    brand <-> generic aliases, one canonical id each."""

    def __init__(self, texts: list[str], prof: Profile | None = None) -> None:
        self.prof = prof or default_profile()
        self.alias: dict[str, str] = dict(self.prof.drug_alias)
        self.entity_cache: dict[str, dict[str, set[str]]] = {}
        self.assertion_cache: dict[str, list[Assertion]] = {}
        pairs: list[tuple[str, str]] = []
        for t in texts:
            for m in re.finditer(r"\b([A-Za-z][a-z-]+) \(([A-Z][a-z][A-Za-z0-9-]+)\)", t):
                pairs.append((m.group(1).lower(), m.group(2).lower()))
        counts: dict[str, int] = {}
        for g, _ in pairs:
            counts[g] = counts.get(g, 0) + 1
        for g, b in pairs:
            self.alias[b] = b
            if self.prof.drug_suffix.match(g) or (counts[g] == 1 and len(g) > 6 and g not in STOPWORDS):
                self.alias.setdefault(g, b)

    def drug_id(self, word: str) -> str | None:
        if word in self.alias:
            return self.alias[word]
        if self.prof.drug_suffix.match(word):
            return word
        return None


def entities(norm_text: str, lex: Lexicon) -> dict[str, set[str]]:
    """Cancer types, biomarkers, therapy classes and named drugs mentioned in normalised text
    (memoised per lexicon: callers read the sets, never change them)."""
    hit = lex.entity_cache.get(norm_text)
    if hit is None:
        hit = _entities(norm_text, lex)
        if len(lex.entity_cache) < 50000:
            lex.entity_cache[norm_text] = hit
    return hit


def _entities(norm_text: str, lex: Lexicon) -> dict[str, set[str]]:
    prof = lex.prof
    ent = prof.entities
    cancers, organs, nouns = ent["cancer"], ent["organ"], ent["cancer_noun"]
    out: dict[str, set[str]] = {"cancer": set(), "biomarker": set(), "therapy": set(), "drug": set()}
    ws = words(norm_text)
    for i, w in enumerate(ws):
        s = _stem(w, prof)
        if w in organs:
            nxt = ws[i + 1:i + 4]
            if any(n in nouns for n in nxt[:1]) or (len(nxt) > 1 and nxt[1] in nouns and (
                    nxt[0] in cancers or nxt[0] in ent["biomarker"] or nxt[0] in ("cell", "adenocarcinoma", "solid"))):
                out["cancer"].add(w)
            elif w == "colorectal":
                out["cancer"].add(w)
            continue
        if s in organs:
            continue  # "the lungs", "the liver": an organ, not a cancer type
        if w in cancers or s in cancers:
            out["cancer"].add(w if w in cancers else s)
        elif w in ent["biomarker"]:
            out["biomarker"].add(w)
        elif w in ent["therapy"] or s in ent["therapy"]:
            out["therapy"].add(w if w in ent["therapy"] else s)
        else:
            d = lex.drug_id(w)
            if d:
                out["drug"].add(d)
                out["therapy"].update(prof.drug_classes.get(d, ()))
    # a member names its class too ("colon" is colorectal, "nsclc" is lung), never the other way
    for cls, members in prof.hypernyms.items():
        if cls in cancers and cls not in ("solidtumor", "bloodcancer") and out["cancer"] & members:
            out["cancer"].add(cls)
    return out


_CLAUSE_SPLIT = re.compile(r"\s*(?:;|,\s*(?=which |who |whereas )|\s\((?=since |because |as |which |who |although |but )|:(?=\s)|\s[-–—]\s|,\s*(?=(?:and |but |while |whereas |unlike |although |"
                           r"alongside |except |however |though |yet |so )))\s*|\s+(?=but\b|whereas\b|unlike\b|"
                           r"although\b|however\b)")
_TOPIC_LEAD = re.compile(r"^(?:for|in|with|among|as for)\b")


def clauses(norm_text: str) -> list[str]:
    """Split at ';', ':', dashes and contrastive conjunctions; a leading 'For X,' topic joins its clause."""
    parts = [p for p in _CLAUSE_SPLIT.split(norm_text) if p and p.strip()]
    out: list[str] = []
    for p in parts:
        if out and _TOPIC_LEAD.match(out[-1].strip()) and len(words(out[-1])) <= 10 and "," not in out[-1]:
            out[-1] = out[-1] + ", " + p
        else:
            out.append(p)
    # a clause with no verb ("some types of lymphoma, some leukemias") belongs to the clause before it
    merged: list[str] = []
    for p in out:
        if merged and not _VERBISH.search(p):
            merged[-1] = merged[-1] + ": " + p
        else:
            merged.append(p)
    return merged


_VERBISH = re.compile(r"\b(is|are|was|were|be|been|has|have|had|can|could|may|might|will|would|should|must|do|does|"
                      r"did|approv\w*|cur\w*|guarantee\w*|\w+ed|\w{3,}s)\b")


def covers(cls: str, member: str, prof: Profile) -> bool:
    """A class name stands for its members (hypernym): "blood cancers" covers lymphoma."""
    return member in prof.hypernyms.get(cls, ())


def negated_before(norm_clause: str, pos: int, span: int = 9) -> bool:
    """A negator among the few words before position ``pos`` of the clause (same clause)."""
    before = words(norm_clause[:pos])[-span:]
    return any(w in NEGATORS and w not in ("without", "nor", "neither", "unproven") for w in before)


@dataclass(frozen=True)
class Assertion:
    predicate: str   # approval | cure | recommend
    positive: bool
    cancers: frozenset[str]
    targets: frozenset[str]  # drugs, biomarkers and therapy classes in the clause
    definite: bool
    text: str


def assertions(norm_text: str, lex: Lexicon) -> list[Assertion]:
    """Polar statements about approval/standard status, cure and recommendations, one per clause
    (memoised per lexicon like ``entities``: callers read the list, never change it)."""
    hit = lex.assertion_cache.get(norm_text)
    if hit is None:
        hit = _assertions(norm_text, lex)
        if len(lex.assertion_cache) < 50000:
            lex.assertion_cache[norm_text] = hit
    return hit


def _assertions(norm_text: str, lex: Lexicon) -> list[Assertion]:
    out: list[Assertion] = []
    for cl in clauses(norm_text):
        ent = entities(cl, lex)
        cancers = frozenset(ent["cancer"])
        targets = frozenset(ent["drug"] | ent["biomarker"] | ent["therapy"])
        hedged = bool(lex.prof.cues["hedges"].search(cl))
        found = False
        for name, pat in lex.prof.predicates.items():
            for m in pat.finditer(cl):
                neg = negated_before(cl, m.start())
                after = cl[m.end():m.end() + 30]
                if re.match(r"\s*(?:only )?(?:for|in) (?:a )?clinical trials?", after):
                    neg = True
                out.append(Assertion(name, not neg, cancers, targets, not hedged and not neg, cl.strip()))
                found = True
                break
        if not found and lex.prof.cues["investigational"].search(cl):
            out.append(Assertion("approval", False, cancers, targets, False, cl.strip()))
    return out
