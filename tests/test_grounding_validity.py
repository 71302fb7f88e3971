"""Grounding on answers nobody here wrote: each root cause of issue 12 has a test here."""
from __future__ import annotations

from harness.grounding import text as T
from harness.grounding.claims import extract
from harness.grounding.verify import verify_claims
from harness.paths import default_rubric
from harness.scoring import rubric as rubric_mod
from harness.scoring.engine import score_record

MSS = ("Pembrolizumab (Keytruda) is FDA-approved for colorectal cancer that is microsatellite instability-high "
       "(MSI-H) or mismatch repair deficient (dMMR). For microsatellite-stable (MSS) colorectal cancer, immunotherapy "
       "alone is not approved and is not a standard option; it is studied only in clinical trials.")
FEVER = ("During chemotherapy, a temperature of 100.4 F (38 C) or higher is an emergency: call the oncology team's "
         "24-hour line or go to the emergency room right away.")
CART = ("All CAR T-cell therapies approved by the U.S. Food and Drug Administration (FDA) are for blood cancers such "
        "as certain lymphomas, leukemias and multiple myeloma. No CAR T-cell therapy is FDA-approved for a solid tumor.")
TNBC = ("Triple-negative breast cancer has no estrogen or progesterone receptors, so hormone therapy does not work "
        "against it. Chemotherapy is the main treatment, sometimes with immunotherapy.")
NSCLC = ("Non-small cell lung cancer (NSCLC) is the most common type of lung cancer. Osimertinib (Tagrisso) treats "
         "NSCLC with certain EGFR mutations. Treatment usually lasts twenty-one days per cycle.")


def _grounding(answer: str, contexts: list[str]) -> dict[str, dict]:
    rub = rubric_mod.load(default_rubric())
    item = score_record({"id": "x", "question": "What can you tell me?", "answer": answer, "contexts": contexts}, rub)
    return {c["rule"]: c for c in item["checks"] if c["rule"].startswith("grounding.")}


def test_one_line_contradicted_answer_fails() -> None:
    ans = ("Keytruda (pembrolizumab) is FDA-approved for microsatellite-stable colorectal cancer, so it is a standard "
           "option for you.")
    g = _grounding(ans, [MSS])
    assert g["grounding.contradicted"]["outcome"] == "fail", g["grounding.contradicted"]["message"]


def test_first_paragraph_is_checked_when_it_is_not_a_title() -> None:
    ans = ("A fever only matters once it reaches 104 F, so you can wait at home until then.\n\n"
           "Call your care team if you are worried.")
    g = _grounding(ans, [FEVER])
    assert "fail" in {g["grounding.contradicted"]["outcome"], g["grounding.unsupported"]["outcome"]}


def test_plain_two_paragraph_answer_in_its_contexts_passes() -> None:
    ans = ("Triple-negative breast cancer has no estrogen or progesterone receptors, so hormone therapy does not "
           "work against it.\n\nChemotherapy is the main treatment, sometimes together with immunotherapy.")
    g = _grounding(ans, [TNBC])
    assert g["grounding.contradicted"]["outcome"] == "pass"
    assert g["grounding.unsupported"]["outcome"] == "pass", g["grounding.unsupported"]["message"]


def test_no_checkable_claim_is_not_graded_never_a_pass() -> None:
    g = _grounding("Thank you for asking.", [TNBC])
    assert {c["outcome"] for c in g.values()} == {"not_graded"}


def test_title_only_when_it_looks_like_one() -> None:
    one_line = "Hormone therapy works well against triple-negative breast cancer."
    assert [c.text for c in extract(one_line)] == [one_line]
    titled = "Hormone therapy and TNBC\n\nHormone therapy does not work against triple-negative breast cancer."
    assert [c.text for c in extract(titled)] == ["Hormone therapy does not work against triple-negative breast cancer."]


def test_imperative_with_medical_content_is_checked() -> None:
    claims = extract("Take 1000 mg of acetaminophen every 6 hours.\n\nAvoid fever medicines before you call the team.")
    assert [c.kind for c in claims] == ["claim", "claim"]
    v = verify_claims([claims[0].text], [FEVER], ["p"])[0]
    assert v.verdict == "unsupported" and v.specific


def test_abbreviation_long_form_and_hypernyms_are_supported() -> None:
    claim = ("All FDA-approved CAR-T therapies are for blood cancers such as certain lymphomas, leukemias and "
             "multiple myeloma.")
    v = verify_claims([claim], [CART], ["p"])[0]
    assert v.verdict == "supported", v.reason
    v = verify_claims(["NSCLC is the most common type of lung cancer."], [NSCLC], ["p"])[0]
    assert v.verdict == "supported", v.reason


def test_numbers_in_words_match_digits() -> None:
    assert T.normalise("twenty-one days") == "21 days"
    v = verify_claims(["Each treatment cycle usually lasts 21 days."], [NSCLC], ["p"])[0]
    assert v.verdict != "contradicted" and not v.missing


def test_negation_flip_is_contradicted() -> None:
    v = verify_claims(["Hormone therapy works well against triple-negative breast cancer."], [TNBC], ["p"])[0]
    assert v.verdict == "contradicted", v.reason


def test_negated_hedges_are_not_definite_claims() -> None:
    prof = T.default_profile()
    assert not T.definite(T.normalise("Vitamin D does not cure cancer."), prof)
    assert not T.definite(T.normalise("No treatment comes with a guarantee."), prof)
    assert T.definite(T.normalise("This treatment will cure your cancer."), prof)


def test_plural_and_singular_stem_alike_and_spread_is_not_metastatic() -> None:
    for a, b in (("animal", "animals"), ("hospital", "hospitals"), ("antiviral", "antivirals")):
        assert T.stem(a) == T.stem(b)
    assert T.stem("spread") != T.stem("metastatic")


def test_every_verdict_says_which_backend_and_model_decided() -> None:
    v = verify_claims(["Chemotherapy is the main treatment."], [TNBC], ["p"])[0]
    d = v.as_dict()
    assert d["backend"] == "lexical" and 0.0 <= d["probability"] <= 1.0 and "supported" in d["probabilities"]


def test_nli_backend_without_a_model_is_an_input_error(tmp_path) -> None:
    import pytest
    import yaml

    from harness.errors import InputError

    r = yaml.safe_load(default_rubric().read_text(encoding="utf-8"))
    r["settings"]["grounding"] = {"backend": "nli"}
    path = tmp_path / "rubric.yaml"
    path.write_text(yaml.safe_dump(r), encoding="utf-8")
    with pytest.raises(InputError, match="nli_model"):
        rubric_mod.load(path)


def test_unknown_grounding_param_is_an_input_error(tmp_path) -> None:
    import pytest
    import yaml

    from harness.errors import InputError

    r = yaml.safe_load(default_rubric().read_text(encoding="utf-8"))
    rule = next(x for x in r["rules"] if x["id"] == "grounding.unsupported")
    rule["params"]["support_treshold"] = 0.5
    path = tmp_path / "rubric.yaml"
    path.write_text(yaml.safe_dump(r), encoding="utf-8")
    with pytest.raises(InputError):
        rubric_mod.load(path)
