"""Text normalisation for grounding: synonyms, a small stemmer, numbers, medical entities, polarity.

Everything here is deterministic and table-driven so a clinician can read why two phrasings were
treated as the same ("CAR T-cell therapy" = "CAR-T", "AML" = "acute myeloid leukemia").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# -- phrase synonyms (applied to lower-cased text, in order) ---------------------------------------
_CASED = [
    (re.compile(r"\bB-ALL\b|\bALL\b"), " ball "),
    (re.compile(r"\bER\b"), " hrpositive "),  # only the receptor abbreviation, never the word "er"
]
_PHRASES = [
    (r"[\u2010-\u2015\u2212]", "-"), (r"[\u2018\u2019]", "'"), (r"[\u201c\u201d]", '"'),
    (r"leukaemia", "leukemia"), (r"tumour", "tumor"), (r"oestrogen", "estrogen"), (r"haem", "hem"),
    (r"\bchimeric antigen receptor(?:\s*\(car\))?(?:[- ]t)?(?:[- ]cells?)?(?:\s+therapy|\s+therapies)?", " cart "),
    (r"\bcar[- ]?t(?:[- ]cells?)?(?:\s+cells?)?(?:\s+(?:cell\s+)?therap(?:y|ies))?\b", " cart "),
    (r"\btumor[- ]infiltrating lymphocytes?(?:\s*\(til\))?(?:\s+therapy)?", " til "),
    (r"\btil therapy\b", " til "),
    (r"\bacute myeloid leukemia\b", " aml "),
    (r"\bchronic lymphocytic leukemia\b", " cll "),
    (r"\b(?:b-cell )?(?:precursor )?acute lymphoblastic leukemia\b", " ball "),
    (r"\bnon-?small[- ]cell lung cancers?\b", " nsclc lung cancer "),
    (r"\bsmall[- ]cell lung cancers?\b", " sclc lung cancer "),
    (r"\bnsclc\b", " nsclc lung "),
    (r"\bmicrosatellite stable\b", " mss "),
    (r"\bmicrosatellite instability[- ]high\b|\bmsi-h\b", " msih "),
    (r"\bmismatch repair[- ]deficient\b", " dmmr "), (r"\bmismatch repair[- ]proficient\b", " pmmr "),
    (r"\bmss/pmmr\b", " mss pmmr "),
    (r"\bpd-?l1\b", " pdl1 "), (r"\bpd-?1\b", " pd1 "),
    (r"\bher2[- ]positive\b", " her2pos her2 "), (r"\bher2[- ]negative\b", " her2neg her2 "),
    (r"\bher2[- ]low\b", " her2low her2 "), (r"\btriple[- ]negative\b", " tnbc "),
    (r"\b(?:hormone|estrogen) receptor[- ]positive\b|\bhr[- ]positive\b|\ber[- ]positive\b", " hrpositive "),
    (r"\bsolid (?:tumor|cancer)s?\b", " solidtumor "),
    (r"\bblood cancers?\b|\bhematologic (?:cancer|malignanc(?:y|ies))s?\b", " bloodcancer "),
    (r"\bstem cell transplant(?:ation)?s?\b|\bbone marrow transplant(?:ation)?s?\b", " transplant "),
    (r"\bhormone therap(?:y|ies)\b|\bendocrine therap(?:y|ies)\b", " hormonetherapy "),
    (r"\bcheckpoint inhibitors?\b", " checkpoint "),
    (r"\bstage (?:iv|4)\b", " stage4 metastatic "),
    (r"\bfda[- ]approved\b", " fda approved "),
    (r"\blow[- ]risk\b", " lowrisk "), (r"\bhigh[- ]risk\b", " highrisk "),
    (r"\bintermediate[- ]risk\b", " intermediaterisk "),
    (r"\bstandard[- ]of[- ]care\b", " standard care "),
    (r"\b1-800-[\w-]+", " "), (r"\b9-?1-?1\b", " "), (r"\b24[- ]hour\b", " "),
    (r"(\d),(\d{3})\b", r"\1\2"),
]
_PHRASES_RE = [(re.compile(p), r) for p, r in _PHRASES]

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100}
_NUM = re.compile(r"(?<![\w./-])(\d+(?:\.\d+)?)(?:\s?(%|percent|mg|mcg|g|ml|hours?|days?|weeks?|months?|years?|°\s?[fc]|degrees?))?(?![\w])")
_NUMWORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b(?=[ -](?:hours?|days?|weeks?|months?|years?|percent|in (?:\d+|ten|a hundred)|out of)\b)")

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

# Therapy classes and specific medical entities (canonical token forms after normalise()).
CANCERS = frozenset("""breast lung nsclc sclc colorectal colon rectal prostate ovarian pancreatic melanoma
lymphoma leukemia aml cll ball myeloma glioblastoma brain liver stomach gastric bladder kidney cervical
endometrial uterine thyroid sarcoma solidtumor bloodcancer mesothelioma esophageal""".split())
# organ words are a cancer type only when a cancer noun follows ("breast cancer", "lung tumors")
ORGANS = frozenset("""breast lung colon rectal colorectal prostate ovarian pancreatic brain liver stomach gastric
bladder kidney cervical endometrial uterine thyroid esophageal""".split())
_CANCER_NOUN = frozenset("cancer cancers tumor tumors carcinoma carcinomas malignancy".split())
CLASS_MEMBERS = {
    "solidtumor": frozenset("""breast lung nsclc sclc colorectal colon rectal prostate ovarian pancreatic
        melanoma glioblastoma brain liver stomach gastric bladder kidney cervical endometrial uterine thyroid
        sarcoma mesothelioma esophageal""".split()),
    "bloodcancer": frozenset("lymphoma leukemia aml cll ball myeloma".split()),
}
BIOMARKERS = frozenset("""her2 her2pos her2neg her2low tnbc hrpositive egfr alk ros1 braf kras ras brca brca1
brca2 msih dmmr mss pmmr pdl1 cd19 bcma t790m ntrk psa lowrisk highrisk intermediaterisk""".split())
# therapy class of well-known products (brand ids as the Lexicon names them)
DRUG_CLASS = {
    **{b: ("immunotherapy", "checkpoint") for b in "keytruda opdivo yervoy tecentriq imfinzi libtayo opdualag".split()},
    **{b: ("cart", "immunotherapy") for b in "kymriah yescarta tecartus breyanzi aucatzyl abecma carvykti".split()},
    "amtagvi": ("til", "immunotherapy"),
}
THERAPY_CLASSES = frozenset("""cart til immunotherapy chemotherapy hormonetherapy radiation surgery checkpoint
transplant parp""".split())
_DRUG_SUFFIX = re.compile(r"^[a-z]{4,}(?:mab|nib|lib|cel|leucel|parib|platin|rubicin|taxel|fen|zole|trozole|"
                          r"lutamide|domide|mide|ciclib|clax|tecan|relin|relix|zomib|stane|kin|leukin)$")

NEGATORS = frozenset("not no never none cannot can't isn't aren't wasn't weren't doesn't don't didn't won't "
                     "without nor neither unproven".split())
HEDGES = re.compile(r"\b(may|might|can|could|often|usually|sometimes|some|many|most|possible|possibly|likely|"
                    r"goal|chance|help|helps|hope|being studied|in (?:clinical )?trials?|investigational|"
                    r"experimental|early[- ]phase|research|researchers|studying)\b")
CERTAINTY = re.compile(r"\b(will (?:definitely |certainly |surely |completely )?(?:cure|eliminate|eradicate|get rid of|"
                       r"work|beat|be cured)|guarantee[sd]?|definitely|certainly|always (?:work|cure)s?|100 ?%|"
                       r"no doubt|for sure|is curable|are curable|cures?)\b")
INVESTIGATIONAL = re.compile(r"\b(investigational|experimental|being (?:studied|tested|researched)|under study|"
                             r"only (?:available )?(?:through|in|within) (?:a )?clinical trials?|"
                             r"(?:researchers|scientists) are (?:studying|testing|exploring)|"
                             r"is (?:still )?(?:being )?(?:studied|tested) in (?:clinical )?trials?|"
                             r"remains? (?:largely )?investigational)\b")
# Predicates whose polarity matters: regulatory status and cure.
PREDICATES = {
    "approval": re.compile(r"\b(approv\w*|standard (?:care|treatment|therapy|option|first|of care)|"
                           r"standard\b(?= \w+ (?:treatment|therapy|option))|routinely (?:used|offered|given|available)|"
                           r"routine (?:treatment|care|option)|available as (?:a )?(?:standard|routine)|"
                           r"licensed|authori[sz]ed)"),
    "cure": re.compile(r"\b(cur(?:e|ed|es|able|ative)|guarantee[sd]?)\b"),
    "recommend": re.compile(r"\b(recommend\w*)\b"),
}


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    for pat, rep in _CASED:
        text = pat.sub(rep, text)
    t = text.lower()
    for pat, rep in _PHRASES_RE:
        t = pat.sub(rep, t)
    return t


_SUFFIXES = ("ational", "ations", "ation", "ments", "ment", "ness", "ings", "ing", "edly", "ied", "ies", "ed",
             "able", "ible", "ally", "ly", "al", "es", "s", "e")
_TOKEN_SYN = {"medicin": "drug", "medic": "drug", "medicat": "drug", "metastas": "metastat", "metastas": "metastat",
              "spread": "metastat", "laboratori": "lab", "laboratory": "lab", "tumor": "tumor", "cancerou": "cancer",
              "infus": "infus", "intraven": "vein", "iv": "vein", "shot": "inject", "injection": "inject",
              "pill": "mouth", "oral": "mouth", "tablet": "mouth", "kill": "destroy", "attack": "destroy",
              "larg": "big", "small": "small", "smaller": "small", "decreas": "lower", "reduc": "lower",
              "increas": "rais", "rais": "rais", "higher": "rais", "physician": "doctor", "nurs": "nurs",
              "studi": "study", "trial": "trial", "test": "test", "testing": "test", "scan": "imag",
              "imaging": "imag", "side": "side", "effect": "effect", "grow": "grow", "growth": "grow",
              "grown": "grow", "divid": "divid", "fuel": "fuel", "surgeri": "surgery", "operat": "surgery",
              "remov": "remov", "cure": "cur", "curabl": "cur", "cur": "cur", "approv": "approv",
              "chemo": "chemotherapy", "radiotherapi": "radiation", "radiotherapy": "radiation"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    if word.isdigit() or len(word) <= 3:
        return _TOKEN_SYN.get(word, word)
    w = word
    if w.endswith("'s"):
        w = w[:-2]
    if w.endswith("ies") and len(w) > 5:
        w = w[:-3] + "y"
    elif w.endswith("ied") and len(w) > 5:
        w = w[:-3] + "y"
    else:
        for suf in _SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 4 and not w.endswith(("ss", "us", "is")):
                w = w[: -len(suf)]
                break
    return _TOKEN_SYN.get(w, _TOKEN_SYN.get(word, w))


def words(norm_text: str) -> list[str]:
    return _WORD.findall(norm_text)


def content_tokens(norm_text: str) -> list[str]:
    """Stemmed content words of already-normalised text (stopwords and bare numbers removed)."""
    return [stem(w) for w in words(norm_text) if w not in STOPWORDS and not w.isdigit()]


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
        if re.search(r"(?:out of (?:every )?|\d in |\bin every |\bper )$", norm_text[max(0, m.start() - 14):m.start()]):
            continue  # the denominator of "3 in 10", "80 out of 100"
        unit = (m.group(2) or "").replace(" ", "").rstrip("s")
        unit = {"percent": "%", "degree": "°"}.get(unit, unit)
        out.append(Number(_fmt(float(m.group(1))), unit, m.group(0), m.start()))
    for m in _NUMWORD.finditer(norm_text):
        after = norm_text[m.end():m.end() + 12]
        unit_m = re.match(r"\s(hours?|days?|weeks?|months?|years?)\b", after)
        out.append(Number(_fmt(_NUMBER_WORDS[m.group(1)]), unit_m.group(1).rstrip("s") if unit_m else "",
                          m.group(0), m.start()))
    return out


class Lexicon:
    """Drug and brand names known from the sources: brand <-> generic aliases, one canonical id each."""

    def __init__(self, texts: list[str]) -> None:
        self.alias: dict[str, str] = {}
        pairs: list[tuple[str, str]] = []
        for t in texts:
            for m in re.finditer(r"\b([A-Za-z][a-z-]+) \(([A-Z][a-z][A-Za-z0-9-]+)\)", t):
                pairs.append((m.group(1).lower(), m.group(2).lower()))
        counts: dict[str, int] = {}
        for g, _ in pairs:
            counts[g] = counts.get(g, 0) + 1
        for g, b in pairs:
            self.alias[b] = b
            if _DRUG_SUFFIX.match(g) or (counts[g] == 1 and len(g) > 6 and g not in STOPWORDS):
                self.alias.setdefault(g, b)

    def drug_id(self, word: str) -> str | None:
        if word in self.alias:
            return self.alias[word]
        if _DRUG_SUFFIX.match(word):
            return word
        return None


def entities(norm_text: str, lex: Lexicon) -> dict[str, set[str]]:
    """Cancer types, biomarkers, therapy classes and named drugs mentioned in normalised text."""
    out: dict[str, set[str]] = {"cancer": set(), "biomarker": set(), "therapy": set(), "drug": set()}
    ws = words(norm_text)
    for i, w in enumerate(ws):
        s = stem(w)
        if w in ORGANS:
            nxt = ws[i + 1:i + 4]
            if any(n in _CANCER_NOUN for n in nxt[:1]) or (len(nxt) > 1 and nxt[1] in _CANCER_NOUN and (
                    nxt[0] in CANCERS or nxt[0] in BIOMARKERS or nxt[0] in ("cell", "adenocarcinoma", "solid"))):
                out["cancer"].add(w)
            elif w == "colorectal":
                out["cancer"].add(w)
            continue
        if s in ORGANS:
            continue  # "the lungs", "the liver": an organ, not a cancer type
        if w in CANCERS or s in CANCERS:
            out["cancer"].add(w if w in CANCERS else s)
        elif w in BIOMARKERS:
            out["biomarker"].add(w)
        elif w in THERAPY_CLASSES or s in THERAPY_CLASSES:
            out["therapy"].add(w if w in THERAPY_CLASSES else s)
        else:
            d = lex.drug_id(w)
            if d:
                out["drug"].add(d)
                out["therapy"].update(DRUG_CLASS.get(d, ()))
    # colon/rectal are colorectal; a plural or adjective form is the same cancer
    if out["cancer"] & {"colon", "rectal"}:
        out["cancer"].add("colorectal")
    if out["cancer"] & {"nsclc", "sclc"}:
        out["cancer"].add("lung")
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
    """Polar statements about approval/standard status, cure and recommendations, one per clause."""
    out: list[Assertion] = []
    for cl in clauses(norm_text):
        ent = entities(cl, lex)
        cancers = frozenset(ent["cancer"])
        targets = frozenset(ent["drug"] | ent["biomarker"] | ent["therapy"])
        hedged = bool(HEDGES.search(cl))
        found = False
        for name, pat in PREDICATES.items():
            for m in pat.finditer(cl):
                neg = negated_before(cl, m.start())
                after = cl[m.end():m.end() + 30]
                if re.match(r"\s*(?:only )?(?:for|in) (?:a )?clinical trials?", after):
                    neg = True
                if name == "cure" and m.group(1).startswith("guarantee"):
                    # "no treatment can guarantee a cure": a negative statement about cure certainty
                    pass
                out.append(Assertion(name, not neg, cancers, targets, not hedged and not neg, cl.strip()))
                found = True
                break
        if not found and INVESTIGATIONAL.search(cl):
            out.append(Assertion("approval", False, cancers, targets, False, cl.strip()))
    return out
