"""The local NLI backend (harness/grounding/nli.py) on a tiny ONNX model and tokenizer built here.

No weights can be downloaded on these machines, so each test writes a real model directory: an ONNX
graph made with the onnx helper API (embedding Gather -> attention-mask-weighted mean -> MatMul ->
logits), a WordLevel tokenizer.json with a pair template, and config.json. Token embeddings are chosen
so that 'yes' pushes entailment, 'maybe' neutral and 'no' contradiction; a numpy re-implementation of
the graph is the oracle for exact probabilities. The real loading, tokenising, batching, label-mapping
and caching code runs unchanged.
"""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from optional_deps import require

require("onnx", "onnxruntime", "tokenizers", "huggingface_hub", "numpy")

import numpy as np  # noqa: E402

from harness.errors import InputError  # noqa: E402
from harness.grounding.nli import LABELS, NLIModel, canonical_labels  # noqa: E402

VOCAB = ["[PAD]", "[CLS]", "[SEP]", "[UNK]", "yes", "maybe", "no", "the", "drug", "works", "cancer", "helps"]
TOK = {t: i for i, t in enumerate(VOCAB)}
SEMANTIC = {"entailment": 0, "neutral": 1, "contradiction": 2}
E_N_C = ("entailment", "neutral", "contradiction")
CROSS_ENCODER_ORDER = ("contradiction", "entailment", "neutral")  # cross-encoder/nli-deberta-v3-* configs


def _embeddings() -> tuple[np.ndarray, np.ndarray]:
    emb = np.zeros((len(VOCAB), 3), dtype=np.float32)  # columns: entailment, neutral, contradiction
    emb[TOK["yes"]] = [6, 0, 0]
    emb[TOK["maybe"]] = [0, 6, 0]
    emb[TOK["no"]] = [0, 0, 6]
    emb[TOK["[PAD]"]] = [0, 0, 50]  # padding that is not masked out would turn every answer into contradiction
    types = np.array([[0, 0, 0], [0, 1, 0]], dtype=np.float32)  # hypothesis tokens lean neutral
    return emb, types


def _head(order: tuple[str, ...]) -> np.ndarray:
    """MatMul weights from the semantic columns to the logits in the config's label order."""
    w = np.zeros((3, len(order)), dtype=np.float32)
    for j, label in enumerate(order):
        for sem in (["neutral", "contradiction"] if label == "not_entailment" else [label]):
            w[SEMANTIC[sem], j] = 1
    return w


def build_onnx(path: Path, order: tuple[str, ...], *, token_types: bool, dtype: str = "int64") -> None:
    from onnx import TensorProto, checker, helper, numpy_helper, save
    emb, types = _embeddings()
    int_type = TensorProto.INT64 if dtype == "int64" else TensorProto.INT32
    inputs = [helper.make_tensor_value_info(n, int_type, ["batch", "seq"]) for n in ("input_ids", "attention_mask")]
    inits = [numpy_helper.from_array(emb, "emb"), numpy_helper.from_array(_head(order), "head"),
             numpy_helper.from_array(np.array([2], dtype=np.int64), "axis2"),
             numpy_helper.from_array(np.array([1], dtype=np.int64), "axis1")]
    nodes = [helper.make_node("Gather", ["emb", "input_ids"], ["tok_emb"])]
    hidden = "tok_emb"
    if token_types:
        inputs.append(helper.make_tensor_value_info("token_type_ids", int_type, ["batch", "seq"]))
        inits.append(numpy_helper.from_array(types, "type_emb"))
        nodes += [helper.make_node("Gather", ["type_emb", "token_type_ids"], ["typ_emb"]),
                  helper.make_node("Add", ["tok_emb", "typ_emb"], ["sum_emb"])]
        hidden = "sum_emb"
    nodes += [
        helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["mask_f", "axis2"], ["mask3"]),
        helper.make_node("Mul", [hidden, "mask3"], ["masked"]),
        helper.make_node("ReduceSum", ["masked", "axis1"], ["total"], keepdims=0),
        helper.make_node("ReduceSum", ["mask3", "axis1"], ["count"], keepdims=0),
        helper.make_node("Div", ["total", "count"], ["mean"]),
        helper.make_node("MatMul", ["mean", "head"], ["logits"]),
    ]
    graph = helper.make_graph(nodes, "tiny_nli", inputs,
                              [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", len(order)])],
                              initializer=inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    checker.check_model(model)
    path.parent.mkdir(parents=True, exist_ok=True)
    save(model, str(path))


def build_tokenizer(path: Path, *, padding_in_file: bool) -> None:
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    tok = Tokenizer(models.WordLevel(TOK, unk_token="[UNK]"))
    tok.normalizer = normalizers.Lowercase()
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", TOK["[CLS]"]), ("[SEP]", TOK["[SEP]"])])
    if padding_in_file:
        tok.enable_padding(pad_id=TOK["[PAD]"], pad_token="[PAD]")
    tok.save(str(path))


def make_model_dir(root: Path, name: str = "tiny", *, order: tuple[str, ...] = E_N_C,
                   config_order: tuple[str, ...] | None = None, token_types: bool = False,
                   padding_in_file: bool = False, onnx_subdir: bool = False, dtype: str = "int64") -> Path:
    """A model directory as Hugging Face ships it. ``order`` is the logit order the graph computes,
    ``config_order`` what config.json claims (defaults to the truth)."""
    d = root / name
    d.mkdir(parents=True)
    build_onnx(d / ("onnx/model.onnx" if onnx_subdir else "model.onnx"), order, token_types=token_types, dtype=dtype)
    build_tokenizer(d / "tokenizer.json", padding_in_file=padding_in_file)
    labels = config_order or order
    config: dict[str, Any] = {"architectures": ["TinyForSequenceClassification"],
                              "id2label": {str(i): lab for i, lab in enumerate(labels)},
                              "label2id": {lab: i for i, lab in enumerate(labels)}}
    if not padding_in_file:
        config["pad_token_id"] = TOK["[PAD]"]
    (d / "config.json").write_text(json.dumps(config), encoding="utf-8")
    return d


def reference(model: NLIModel, premise: str, hypothesis: str, *, token_types: bool) -> dict[str, float]:
    """numpy re-implementation of the graph on the same (truncated, unpadded) encoding: the oracle."""
    enc = model._tokenizer.encode(premise, hypothesis)
    emb, types = _embeddings()
    hidden = emb[enc.ids] + (types[enc.type_ids] if token_types else 0)
    logits = hidden.astype(np.float64).mean(axis=0)  # semantic order: entailment, neutral, contradiction
    p = np.exp(logits - logits.max())
    p /= p.sum()
    return dict(zip(LABELS, p.tolist(), strict=True))


class CountingSession:
    """Wraps the onnxruntime session to count inference calls and rows."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.calls, self.rows, self.shapes = inner, 0, 0, []

    def get_inputs(self) -> Any:
        return self.inner.get_inputs()

    def get_outputs(self) -> Any:
        return self.inner.get_outputs()

    def run(self, names: list[str], feed: dict[str, Any]) -> Any:
        self.calls += 1
        self.rows += len(feed["input_ids"])
        self.shapes.append({k: v.shape for k, v in feed.items()})
        return self.inner.run(names, feed)


def counting(model: NLIModel) -> CountingSession:
    model._session = CountingSession(model._session)
    return model._session


def argmax(probs: dict[str, float]) -> str:
    return max(probs, key=probs.__getitem__)


PAIRS = [("the drug works", "yes the drug works"),
         ("the drug works", "no"),
         ("cancer", "maybe the drug helps cancer the drug helps"),
         ("the drug helps the drug helps the drug helps cancer", "the drug"),
         ("yes", "no no")]


def test_loads_a_directory_and_matches_the_reference(tmp_path: Path) -> None:
    model = NLIModel.load(make_model_dir(tmp_path))
    got = model.predict(PAIRS)
    for (premise, hypothesis), probs in zip(PAIRS, got, strict=True):
        assert set(probs) == set(LABELS) and sum(probs.values()) == pytest.approx(1.0)
        want = reference(model, premise, hypothesis, token_types=False)
        assert probs == pytest.approx(want, abs=1e-6)
    assert [argmax(p) for p in got[:3]] == ["entailment", "contradiction", "neutral"]
    assert model.describe() == {"backend": "nli", "model": str(tmp_path / "tiny"), "fingerprint": model.fingerprint,
                                "labels": list(E_N_C), "max_length": 256}


def test_onnx_subfolder_and_int32_inputs(tmp_path: Path) -> None:
    model = NLIModel.load(make_model_dir(tmp_path, onnx_subdir=True, dtype="int32"))
    probs = model.predict([("the drug works", "yes")])[0]
    assert probs == pytest.approx(reference(model, "the drug works", "yes", token_types=False), abs=1e-6)


def test_label_order_is_read_from_config(tmp_path: Path) -> None:
    """Two models whose logits come in different orders, each described by its own config, say the same."""
    a = NLIModel.load(make_model_dir(tmp_path, "a", order=E_N_C))
    b = NLIModel.load(make_model_dir(tmp_path, "b", order=CROSS_ENCODER_ORDER))
    assert a.labels != b.labels
    for pa, pb in zip(a.predict(PAIRS), b.predict(PAIRS), strict=True):
        assert pa == pytest.approx(pb, abs=1e-6)
    # Control: the cross-encoder-ordered graph read with the wrong config swaps the meaning.
    wrong = NLIModel.load(make_model_dir(tmp_path, "wrong", order=CROSS_ENCODER_ORDER, config_order=E_N_C))
    assert argmax(wrong.predict([("the drug works", "yes")])[0]) != "entailment"
    assert a.fingerprint != b.fingerprint


def test_label_names_are_normalised_or_refused(tmp_path: Path) -> None:
    assert canonical_labels({"0": "CONTRADICTION", "1": "NEUTRAL", "2": "ENTAILMENT"}) == \
        ["contradiction", "neutral", "entailment"]
    assert canonical_labels({0: "entails", 1: "Neutral", 2: "contradicts"}) == list(E_N_C)
    assert canonical_labels(["entailment", "not-entailment"]) == ["entailment", "not_entailment"]
    for bad in ({"0": "LABEL_0", "1": "LABEL_1", "2": "LABEL_2"}, {"0": "entailment", "1": "entailment",
                "2": "neutral"}, {"0": "entailment", "2": "neutral", "3": "contradiction"}, {"0": "entailment"}):
        with pytest.raises(InputError, match="id2label"):
            canonical_labels(bad)
    d = make_model_dir(tmp_path, order=E_N_C, config_order=("LABEL_0", "LABEL_1", "LABEL_2"))
    with pytest.raises(InputError) as e:
        NLIModel.load(d)
    assert "config.json" in str(e.value) and "LABEL_0" in str(e.value) and "\n" not in str(e.value)
    # The escape hatch: label names given in logit order.
    model = NLIModel.load(d, id2label=["entailment", "neutral", "contradiction"])
    assert argmax(model.predict([("x", "yes")])[0]) == "entailment"


def test_two_class_model_reports_not_entailment_as_neutral(tmp_path: Path) -> None:
    model = NLIModel.load(make_model_dir(tmp_path, order=("entailment", "not_entailment")))
    assert not model.can_contradict
    yes, no = model.predict([("the drug works", "yes"), ("the drug works", "no")])
    assert yes["contradiction"] == 0.0 and no["contradiction"] == 0.0
    assert yes["entailment"] > 0.5 > no["entailment"] and no["neutral"] == pytest.approx(1 - no["entailment"])
    best = model.best_evidence("the drug", ["no", "yes yes", "maybe"])
    assert best["entailment"]["index"] == 1 and best["contradiction"] is None


def test_batching_equals_one_by_one_and_padding_is_masked(tmp_path: Path) -> None:
    batched = NLIModel.load(make_model_dir(tmp_path, "b"), batch_size=2)
    single = NLIModel.load(make_model_dir(tmp_path, "s"), batch_size=1)
    cb, cs = counting(batched), counting(single)
    got_b, got_s = batched.predict(PAIRS), single.predict(PAIRS)
    for pb, ps in zip(got_b, got_s, strict=True):
        assert pb == pytest.approx(ps, abs=1e-6)
    assert (cb.calls, cs.calls) == (3, 5) and cb.rows == cs.rows == 5
    # The batches really were padded: pairs of different lengths shared a batch.
    lengths = [len(batched._tokenizer.encode(p, h).ids) for p, h in PAIRS]
    padded_cells = sum(s["input_ids"][0] * s["input_ids"][1] for s in cb.shapes)
    assert len(set(lengths)) == len(PAIRS) and padded_cells > sum(lengths)


def test_truncation_keeps_the_claim_and_cuts_the_passage(tmp_path: Path) -> None:
    premise = "the drug works the drug works the drug works no"
    short = NLIModel.load(make_model_dir(tmp_path, "short"), max_length=8)
    long = NLIModel.load(make_model_dir(tmp_path, "long"), max_length=64)
    enc = short._tokenizer.encode(premise, "cancer")
    assert len(enc.ids) == 8 and "cancer" in enc.tokens and "no" not in enc.tokens
    assert argmax(long.predict([(premise, "cancer")])[0]) == "contradiction"
    cut = short.predict([(premise, "cancer")])[0]
    assert argmax(cut) != "contradiction"
    assert cut == pytest.approx(reference(short, premise, "cancer", token_types=False), abs=1e-6)


@pytest.mark.parametrize("padding_in_file", [True, False])
def test_pad_token_from_tokenizer_or_config(tmp_path: Path, padding_in_file: bool) -> None:
    model = NLIModel.load(make_model_dir(tmp_path, padding_in_file=padding_in_file), batch_size=8)
    got = model.predict(PAIRS)
    for (premise, hypothesis), probs in zip(PAIRS, got, strict=True):
        assert probs == pytest.approx(reference(model, premise, hypothesis, token_types=False), abs=1e-6)


def test_no_pad_token_is_an_input_error(tmp_path: Path) -> None:
    d = make_model_dir(tmp_path)
    config = json.loads((d / "config.json").read_text())
    del config["pad_token_id"]
    (d / "config.json").write_text(json.dumps(config))
    with pytest.raises(InputError, match="pad token"):
        NLIModel.load(d)


def test_token_type_ids_fed_only_when_the_model_declares_them(tmp_path: Path) -> None:
    with_types = NLIModel.load(make_model_dir(tmp_path, "t", token_types=True))
    without = NLIModel.load(make_model_dir(tmp_path, "n", token_types=False))
    ct, cn = counting(with_types), counting(without)
    pair = ("the drug works", "the drug helps")
    pt, pn = with_types.predict([pair])[0], without.predict([pair])[0]
    assert set(ct.shapes[0]) == {"input_ids", "attention_mask", "token_type_ids"}
    assert set(cn.shapes[0]) == {"input_ids", "attention_mask"}
    assert pt == pytest.approx(reference(with_types, *pair, token_types=True), abs=1e-6)
    assert pn == pytest.approx(reference(without, *pair, token_types=False), abs=1e-6)
    assert pt["neutral"] > pn["neutral"]  # the hypothesis' segment ids reached the graph


def test_memory_cache_skips_inference(tmp_path: Path) -> None:
    model = NLIModel.load(make_model_dir(tmp_path))
    session = counting(model)
    first = model.predict(PAIRS + PAIRS[:2])  # duplicates inside one call are inferred once
    assert session.rows == len(PAIRS)
    calls = session.calls
    again = model.predict(list(reversed(PAIRS)))
    assert session.calls == calls and again == list(reversed(first[:len(PAIRS)]))
    assert model.stats == {"pairs": 12, "memory_hits": 5, "disk_hits": 0, "inferred": 5}
    again[0]["entailment"] = -1.0  # callers get copies, not the cached dicts
    assert model.predict([PAIRS[-1]])[0] == first[len(PAIRS) - 1]


def test_disk_cache_survives_a_reload_and_is_keyed_by_model(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    d = make_model_dir(tmp_path)
    first = NLIModel.load(d, cache_dir=cache)
    want = first.predict(PAIRS)
    first.close()
    second = NLIModel.load(d, cache_dir=cache)
    session = counting(second)
    assert second.predict(PAIRS) == want and session.calls == 0 and second.stats["disk_hits"] == len(PAIRS)
    # Another max_length or another model (same pairs) must not reuse these results.
    other_len = NLIModel.load(d, cache_dir=cache, max_length=32)
    s2 = counting(other_len)
    other_len.predict(PAIRS)
    assert s2.rows == len(PAIRS)
    other_model = NLIModel.load(make_model_dir(tmp_path, "other", order=CROSS_ENCODER_ORDER), cache_dir=cache)
    s3 = counting(other_model)
    for got, expected in zip(other_model.predict(PAIRS), want, strict=True):
        assert got == pytest.approx(expected, abs=1e-6)
    assert s3.rows == len(PAIRS)


def test_fingerprint_follows_content_not_location(tmp_path: Path) -> None:
    d = make_model_dir(tmp_path)
    copy = tmp_path / "copy"
    shutil.copytree(d, copy)
    assert NLIModel.load(d).fingerprint == NLIModel.load(copy).fingerprint
    config = json.loads((copy / "config.json").read_text())
    config["architectures"] = ["Changed"]
    (copy / "config.json").write_text(json.dumps(config))
    assert NLIModel.load(d).fingerprint != NLIModel.load(copy).fingerprint


def test_best_evidence_picks_most_entailing_and_most_contradicting(tmp_path: Path) -> None:
    model = NLIModel.load(make_model_dir(tmp_path, order=CROSS_ENCODER_ORDER))
    candidates = ["the drug works", "yes yes the drug works", "no no the drug", "yes yes the drug works"]
    best = model.best_evidence("the drug works", candidates)
    assert best["entailment"]["index"] == 1  # first of the two equal candidates
    assert best["contradiction"]["index"] == 2
    assert best["entailment"]["entailment"] == pytest.approx(best["scores"][1]["entailment"])
    assert len(best["scores"]) == 4 and best["decided_by"]["fingerprint"] == model.fingerprint
    empty = model.best_evidence("the drug works", [])
    assert empty["entailment"] is None and empty["contradiction"] is None and empty["scores"] == []


def test_best_evidence_many_batches_all_claims_together(tmp_path: Path) -> None:
    items = [("the drug works", ["yes", "no", "the drug"]), ("cancer", []), ("maybe", ["no no", "yes"])]
    together = NLIModel.load(make_model_dir(tmp_path, "t"), batch_size=16)
    alone = NLIModel.load(make_model_dir(tmp_path, "a"), batch_size=16)
    ct, ca = counting(together), counting(alone)
    many = together.best_evidence_many(items)
    one_by_one = [alone.best_evidence(claim, cands) for claim, cands in items]
    assert [(m["entailment"] or {}).get("index") for m in many] == [0, None, 1]
    assert [(m["contradiction"] or {}).get("index") for m in many] == [1, None, 0]
    for m, o in zip(many, one_by_one, strict=True):
        assert len(m["scores"]) == len(o["scores"])
        for sm, so in zip(m["scores"], o["scores"], strict=True):
            assert sm == pytest.approx(so, abs=1e-6)
    assert (ct.calls, ca.calls) == (1, 2)


def test_missing_model_is_an_input_error_with_instructions(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    with pytest.raises(InputError, match="not a directory"):
        NLIModel.load(str(tmp_path / "no" / "such" / "dir"))
    with pytest.raises(InputError) as e:
        NLIModel.load("acme/absent-nli", hub_cache_dir=tmp_path / "hub")
    msg = str(e.value)
    assert "downloads are off" in msg and "hf download acme/absent-nli" in msg and "optimum-cli export onnx" in msg
    assert "\n" not in msg
    # A directory with config and tokenizer but only PyTorch weights: export first.
    d = make_model_dir(tmp_path, "torch_only")
    (d / "model.onnx").unlink()
    with pytest.raises(InputError, match="optimum-cli export onnx"):
        NLIModel.load(d)


def test_bad_provider_and_bad_onnx_are_input_errors(tmp_path: Path) -> None:
    d = make_model_dir(tmp_path)
    with pytest.raises(InputError, match="NoSuchExecutionProvider"):
        NLIModel.load(d, providers=("NoSuchExecutionProvider",))
    (d / "model.onnx").write_bytes(b"not a protobuf")
    with pytest.raises(InputError, match="cannot load ONNX model"):
        NLIModel.load(d)


@pytest.fixture
def network_calls(monkeypatch) -> list[str]:
    """Records (and blocks) every attempt to resolve a host or open a connection."""
    calls: list[str] = []

    def blocked(name: str):
        def fn(*args: Any, **kwargs: Any) -> Any:
            calls.append(f"{name}{args[:2]!r}")
            raise OSError(f"network blocked by test: {name}")
        return fn

    monkeypatch.setattr(socket, "getaddrinfo", blocked("getaddrinfo"))
    monkeypatch.setattr(socket, "create_connection", blocked("create_connection"))
    monkeypatch.setattr(socket.socket, "connect", blocked("connect"))
    return calls


def _hub_cache(root: Path, repo: str, model_dir: Path) -> Path:
    """The layout huggingface_hub uses for a downloaded model (refs/main -> snapshots/<commit>/...)."""
    commit = "0123456789abcdef0123456789abcdef01234567"
    repo_dir = root / ("models--" + repo.replace("/", "--"))
    (repo_dir / "refs").mkdir(parents=True)
    (repo_dir / "refs" / "main").write_text(commit)
    shutil.copytree(model_dir, repo_dir / "snapshots" / commit)
    return root


def test_offline_by_default_no_network(tmp_path: Path, monkeypatch, network_calls: list[str]) -> None:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    hub = _hub_cache(tmp_path / "hub", "acme/tiny-nli", make_model_dir(tmp_path, order=CROSS_ENCODER_ORDER))
    model = NLIModel.load("acme/tiny-nli", hub_cache_dir=hub)  # found in the local cache
    assert argmax(model.predict([("x", "yes")])[0]) == "entailment"
    with pytest.raises(InputError, match="downloads are off"):
        NLIModel.load("acme/not-cached", hub_cache_dir=hub)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # wins over allow_download
    with pytest.raises(InputError, match="HF_HUB_OFFLINE is set"):
        NLIModel.load("acme/not-cached", hub_cache_dir=hub, allow_download=True)
    assert network_calls == []


def test_allow_download_does_reach_for_the_network(tmp_path: Path, monkeypatch, network_calls: list[str]) -> None:
    """Control for the test above: the socket patch does see the hub client's attempts."""
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    import huggingface_hub.constants as hc
    monkeypatch.setattr(hc, "HF_HUB_OFFLINE", False)
    with pytest.raises(InputError, match="acme/not-cached"):
        NLIModel.load("acme/not-cached", hub_cache_dir=tmp_path / "hub", allow_download=True)
    assert network_calls


def test_import_does_not_load_heavy_libraries() -> None:
    code = ("import sys, harness.grounding.nli; print([m for m in ('numpy', 'onnxruntime', 'tokenizers', "
            "'huggingface_hub', 'onnx') if m in sys.modules])")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == "[]"


def test_grounding_rules_with_the_nli_backend(tmp_path: Path) -> None:
    """``settings.grounding.backend: nli`` decides claims with the model; each claim says so."""
    from harness.paths import default_rubric
    from harness.scoring import rubric as rubric_mod
    from harness.scoring.engine import score_record

    import copy

    model_dir = make_model_dir(tmp_path)
    rub = copy.deepcopy(rubric_mod.load(default_rubric()))  # the loaded rubric is cached: never mutate it
    rub.settings["grounding"] = {"backend": "nli", "nli_model": str(model_dir)}
    # the tiny model reads "yes" as entailment and "no" as contradiction, wherever they stand
    good = score_record({"id": "g", "question": "q", "answer": "Yes, yes, the drug works.",
                         "contexts": ["yes the drug works."]}, rub)
    bad = score_record({"id": "b", "question": "q", "answer": "No, no, the drug works.",
                        "contexts": ["the drug works."]}, rub)
    gc = {c["rule"]: c for c in good["checks"]}
    bc = {c["rule"]: c for c in bad["checks"]}
    assert gc["grounding.unsupported"]["outcome"] == "pass"
    assert bc["grounding.contradicted"]["outcome"] == "fail"
    claim = gc["grounding.unsupported"]["details"]["claims"][0]
    assert claim["backend"].startswith("nli:") and claim["verdict"] == "supported"
