"""The literal-prefix prefilter may only ever rule out a pattern that cannot match (else a rule goes blind)."""
from __future__ import annotations

import json
import re

from hypothesis import given, settings, strategies as st

from harness.paths import datasets_dir, rubrics_dir
from harness.scoring.approvals import load as load_approvals
from harness.scoring.prefilter import fold, literal_prefixes, live, may_match
from harness.textfiles import parse_yaml, read_text


def test_prefixes_of_typical_patterns() -> None:
    assert literal_prefixes(r"CAR[- ]T|chimeric") == {"car", "chimeric"}
    assert literal_prefixes(r"tumou?r") == {"tumo"}
    assert literal_prefixes(r"\b(stop|skip) (it|them)\b") == {"stop ", "skip "}
    assert literal_prefixes(r"(?i:Keytruda)|pembro") == {"keytruda", "pembro"}
    assert literal_prefixes(r"\bt[ai]ke") == {"take", "tike"}


def test_patterns_without_a_literal_start_are_always_run() -> None:
    for pattern in (r"\w+mab", r"ab", r"\d+ mg", r"(stop|x)", "(unclosed", r"(?<=a)bcd|[a-z]{3}"):
        assert literal_prefixes(pattern) is None, pattern
        assert may_match(literal_prefixes(pattern), "")
    assert live(["ab", "stop it", "xyz"], "nothing here") == ("ab",)


def test_fold_keeps_offsets_and_matches_ignorecase_equivalences() -> None:
    for text in ("İbrutinib", "ſtop it", "ΣΑΣ and σας", "Kelvin \u212a", "plain ascii"):
        assert len(fold(text)) == len(text)
    assert may_match(literal_prefixes("ibrutinib"), fold("İbrutinib")) and re.search("ibrutinib", "İbrutinib", re.I)
    assert may_match(literal_prefixes("stop it"), fold("ſtop it")) and re.search("stop it", "ſtop it", re.I)


_ALPHABET = st.sampled_from(list("abcdekmnoprst -İıſΣσςK\u212aµμ"))


@settings(max_examples=300, deadline=None)
@given(text=st.text(_ALPHABET, max_size=40),
       pattern=st.sampled_from([r"stop|skip", r"\bcar[- ]t", r"tumou?r", r"(?i:Σας)", r"kıt", r"µab", r"ſtem",
                                r"K\u212am", r"\bsta|\bstop (it|s)"]))
def test_a_match_implies_a_prefix_in_the_folded_text(text: str, pattern: str) -> None:
    if re.search(pattern, text, re.I):
        assert may_match(literal_prefixes(pattern), fold(text))


def _shipped_patterns() -> list[str]:
    rubric = parse_yaml(read_text(rubrics_dir() / "default.yaml", "rubric"), "default.yaml")
    out = []
    for rule in rubric["rules"]:
        for value in (rule.get("params") or {}).values():
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                out += [v for v in value if v.startswith("\\b") or literal_prefixes(v) is not None]
    return out


def test_no_shipped_pattern_or_therapy_is_ruled_out_where_it_matches() -> None:
    """Every rule pattern and every approvals-table therapy of the default rubric, on every blind answer:
    wherever the regex matches, the prefilter lets it run."""
    texts = []
    for name in ("blind", "blind2", "blind3", "blind4", "blind5", "blind6"):
        path = datasets_dir() / name / "answers.jsonl"
        texts += [json.loads(x)["answer"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(texts) >= 500
    patterns = [re.compile(p, re.I) for p in _shipped_patterns()]
    table = load_approvals(str(rubrics_dir() / "knowledge" / "approvals.yaml"))
    checked = 0
    for text in texts:
        folded = fold(text)
        present = set(table.mentioned(folded))
        for therapy in table.therapies:
            if therapy.pattern.search(text):
                assert therapy in present, (therapy.name, text[:80])
                checked += 1
        for p in patterns:
            if p.search(text):
                assert may_match(literal_prefixes(p.pattern), folded), p.pattern
                checked += 1
    assert checked > 1000
