"""Optional local NLI backend for claim grounding: an ONNX cross-encoder run with onnxruntime + tokenizers.

Why it exists: lexical evidence has a ceiling on claims nobody here wrote; a natural-language-inference
model (premise = passage, hypothesis = claim) is the accuracy path for teams that can download weights.
It runs without torch or transformers: onnxruntime executes the graph, tokenizers reads tokenizer.json,
and huggingface_hub is used only to find (or, when explicitly allowed, download) a model id in the
Hugging Face cache. Offline by default; ``HF_HUB_OFFLINE`` always wins.

A model directory holds ``model.onnx`` (or ``onnx/model.onnx``), ``tokenizer.json`` and ``config.json``.
The logit order comes from config.json ``id2label`` because NLI models disagree on it (cross-encoder
models: contradiction, entailment, neutral; MoritzLaurer models: entailment, neutral, contradiction).
Heavy libraries (numpy, onnxruntime, tokenizers, huggingface_hub) are imported inside functions so
``import harness`` stays fast. See docs/NLI.md.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

from harness.errors import InputError
from harness.textfiles import read_text

LABELS = ("entailment", "neutral", "contradiction")
NOT_ENTAILMENT = "not_entailment"
ONNX_CANDIDATES = ("model.onnx", "onnx/model.onnx")
MEMORY_CACHE_SIZE = 8192
CACHE_NAMESPACE = "nli"
EXTRA_HINT = "pip install 'oncology-answer-harness[nli]'"

# Label spellings seen in public NLI configs, after lower-casing and mapping '-'/' ' to '_'.
_ALIASES = {
    "entailment": "entailment", "entails": "entailment", "entailed": "entailment", "entail": "entailment",
    "neutral": "neutral",
    "contradiction": "contradiction", "contradicts": "contradiction", "contradicted": "contradiction",
    "contradict": "contradiction",
    "not_entailment": NOT_ENTAILMENT, "non_entailment": NOT_ENTAILMENT, "not_entailed": NOT_ENTAILMENT,
    "no_entailment": NOT_ENTAILMENT,
}
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[A-Za-z0-9][\w.-]*)?$")
_ORT_INT = {"tensor(int64)": "int64", "tensor(int32)": "int32"}
_ENCODING_FIELD = {"input_ids": "ids", "attention_mask": "attention_mask", "token_type_ids": "type_ids"}
_KNOWN_INPUTS = tuple(_ENCODING_FIELD)


def canonical_labels(id2label: dict[Any, Any] | Sequence[str], source: str | Path = "config.json") -> list[str]:
    """Canonical label per logit index: three-class (entailment, neutral, contradiction in any order) or
    two-class (entailment, not_entailment). Anything else (e.g. LABEL_0, LABEL_1) is refused, because a
    guessed order would silently swap 'supported' and 'contradicted'."""
    if isinstance(id2label, dict):
        try:
            order = sorted((int(k), str(v)) for k, v in id2label.items())
        except (TypeError, ValueError):
            raise InputError("id2label keys must be logit indices 0..n-1", path=source, field="id2label") from None
        if [i for i, _ in order] != list(range(len(order))):
            raise InputError("id2label keys must be logit indices 0..n-1", path=source, field="id2label")
        names = [v for _, v in order]
    else:
        names = [str(v) for v in id2label]
    canon = [_ALIASES.get(re.sub(r"[\s-]+", "_", n.strip().lower())) for n in names]
    if sorted(c or "" for c in canon) in (sorted(LABELS), sorted(["entailment", NOT_ENTAILMENT])):
        return [c for c in canon if c]
    raise InputError(f"cannot map NLI labels {names} to entailment/neutral/contradiction (or entailment/"
                     "not_entailment); pass the label names in logit order (id2label) explicitly",
                     path=source, field="id2label")


def _offline() -> bool:
    """HF_HUB_OFFLINE, read now (huggingface_hub reads it only at its own import)."""
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}


def _download_hint(model: str) -> str:
    return (f"pre-download it: `hf download {model} --include 'onnx/model.onnx' --include '*.json'` (older "
            f"huggingface_hub: `huggingface-cli download {model} --include 'onnx/model.onnx' '*.json'`), or export it: "
            f"`optimum-cli export onnx --model {model} --task text-classification DIR` and pass DIR; see docs/NLI.md")


def resolve_model_dir(model: str, *, allow_download: bool = False, hub_cache_dir: str | Path | None = None,
                      onnx_file: str | None = None) -> Path:
    """The local directory of ``model``: an existing directory as is, else a Hugging Face model id looked up
    in the local hub cache; fetched from the hub only when ``allow_download`` and not HF_HUB_OFFLINE."""
    path = Path(model).expanduser()
    if path.is_dir():
        return path
    if path.exists() or not _HUB_ID.match(model):
        raise InputError(f"NLI model '{model}' is not a directory or a Hugging Face model id", field="model")
    try:
        from huggingface_hub import snapshot_download
        from huggingface_hub.errors import HfHubHTTPError, LocalEntryNotFoundError
    except ImportError:
        raise InputError(f"NLI model '{model}' is not a local directory, and looking up a Hugging Face model id "
                         f"needs huggingface_hub: {EXTRA_HINT}", field="model") from None
    local_only = not allow_download or _offline()
    patterns = ["*.json", onnx_file] if onnx_file else ["*.json", *ONNX_CANDIDATES]
    try:
        return Path(snapshot_download(model, cache_dir=hub_cache_dir, allow_patterns=patterns,
                                      local_files_only=local_only))
    except LocalEntryNotFoundError:
        why = ("the hub could not be reached" if not local_only else "HF_HUB_OFFLINE is set" if allow_download
               else "downloads are off (offline by default)")
        raise InputError(f"NLI model '{model}' is neither a local directory nor in the local Hugging Face cache, and {why}; "
                         + _download_hint(model), field="model") from None
    except (HfHubHTTPError, OSError) as e:
        first_line = str(e).splitlines()[0] if str(e) else ""
        raise InputError(f"NLI model '{model}' could not be fetched ({type(e).__name__}: {first_line}); "
                         + _download_hint(model), field="model") from None


def _find_onnx(directory: Path, onnx_file: str | None, model: str) -> Path:
    names = [onnx_file] if onnx_file else list(ONNX_CANDIDATES)
    for name in names:
        if (directory / name).is_file():
            return directory / name
    raise InputError(f"no ONNX model ({' or '.join(names)}) in {directory}; a model with only PyTorch or "
                     "safetensors weights must be exported first: " + _download_hint(model), field="model")


def fingerprint(files: Sequence[Path], labels: Sequence[str]) -> str:
    """sha256 over the bytes of the ONNX graph, config and tokenizer plus the label order: two copies of
    the same model on different machines share a disk cache; any changed byte or label order does not."""
    h = hashlib.sha256()
    for f in files:
        h.update(f.name.encode() + b"\0" + str(f.stat().st_size).encode() + b"\0")
        with f.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    h.update(json.dumps(list(labels)).encode())
    return h.hexdigest()[:16]


def _read_config(path: Path) -> dict[str, Any]:
    try:
        config = json.loads(read_text(path, "NLI model config"))
    except json.JSONDecodeError as e:
        raise InputError(f"invalid JSON: {e.msg}", path=path, line=e.lineno) from None
    if not isinstance(config, dict):
        raise InputError("expected a JSON object", path=path)
    return config


def _load_tokenizer(path: Path, config: dict[str, Any], max_length: int) -> Any:
    """tokenizer.json with truncation (longest sequence first, i.e. normally the passage, so the claim is
    kept) and right padding to the longest pair of the batch. The pad token comes from the tokenizer's
    own padding settings, else config.json pad_token_id."""
    from tokenizers import Tokenizer
    if not path.is_file():
        raise InputError("tokenizer.json is missing (the NLI backend needs a fast tokenizer file)", path=path)
    try:
        tok = Tokenizer.from_file(str(path))
    except Exception as e:  # the Rust parser raises plain Exception
        raise InputError(f"cannot read tokenizer: {e}", path=path) from None
    pad = tok.padding
    if pad is not None:
        pad_id, pad_token, pad_type = pad["pad_id"], pad["pad_token"], pad.get("pad_type_id", 0)
    else:
        pad_id = config.get("pad_token_id")
        pad_token = tok.id_to_token(pad_id) if isinstance(pad_id, int) else None
        if pad_token is None:
            raise InputError("no pad token: tokenizer.json has no padding settings and config.json no valid "
                             "pad_token_id", path=path)
        pad_type = 0
    tok.enable_padding(direction="right", pad_id=pad_id, pad_token=pad_token, pad_type_id=pad_type)
    tok.enable_truncation(max_length, strategy="longest_first")
    return tok


def _session(onnx_path: Path, providers: Sequence[str]) -> Any:
    import onnxruntime as ort
    from onnxruntime.capi.onnxruntime_pybind11_state import Fail, InvalidGraph, InvalidProtobuf, NoSuchFile
    missing = [p for p in providers if p not in ort.get_available_providers()]
    if missing:
        raise InputError(f"onnxruntime execution provider(s) not available: {', '.join(missing)} "
                         f"(available: {', '.join(ort.get_available_providers())})", field="providers")
    options = ort.SessionOptions()
    options.log_severity_level = 3  # errors only: ORT's warnings would go to the user's terminal
    try:
        return ort.InferenceSession(str(onnx_path), options, providers=list(providers))
    except (Fail, InvalidGraph, InvalidProtobuf, NoSuchFile) as e:  # a corrupt, truncated or unsupported graph
        raise InputError(f"cannot load ONNX model: {str(e).splitlines()[0]}", path=onnx_path) from None


class NLIModel:
    """An NLI cross-encoder: ``predict`` gives entailment/neutral/contradiction probabilities per
    (premise, hypothesis) pair, batched and cached; ``best_evidence`` picks, for one claim, the most
    entailing and the most contradicting of its candidate passages. Build it with ``NLIModel.load``."""

    def __init__(self, *, name: str, directory: Path, session: Any, tokenizer: Any, labels: list[str],
                 fingerprint: str, max_length: int, batch_size: int, disk_cache: Any = None) -> None:
        self.name = name
        self.directory = directory
        self.labels = labels
        self.fingerprint = fingerprint
        self.max_length = max_length
        self.batch_size = batch_size
        self._session = session
        self._tokenizer = tokenizer
        self._disk = disk_cache
        self._memory: OrderedDict[tuple[str, str], dict[str, float]] = OrderedDict()
        self.stats = {"pairs": 0, "memory_hits": 0, "disk_hits": 0, "inferred": 0}
        inputs = {i.name: i for i in session.get_inputs()}
        unknown = sorted(set(inputs) - set(_KNOWN_INPUTS))
        if "input_ids" not in inputs or unknown:
            raise InputError(f"the ONNX model's inputs {sorted(inputs)} are not a text classifier's "
                             f"(expected input_ids, attention_mask and optionally token_type_ids)", path=directory)
        self._inputs = {n: _ORT_INT.get(i.type, "int64") for n, i in inputs.items()}
        outputs = [o.name for o in session.get_outputs()]
        self._output = "logits" if "logits" in outputs else outputs[0]

    @classmethod
    def load(cls, model: str | Path, *, cache_dir: str | Path | None = None,
             providers: Sequence[str] = ("CPUExecutionProvider",), max_length: int = 256, batch_size: int = 16,
             allow_download: bool = False, hub_cache_dir: str | Path | None = None, onnx_file: str | None = None,
             id2label: dict[Any, Any] | Sequence[str] | None = None) -> NLIModel:
        """Load ``model`` (a directory, or a Hugging Face model id found in the local hub cache; downloaded
        only with ``allow_download=True``). ``cache_dir`` turns on the on-disk result cache (the harness's
        SQLite response cache, namespace 'nli'); ``hub_cache_dir`` overrides the Hugging Face cache;
        ``onnx_file`` picks another graph of the directory (e.g. 'onnx/model_qint8_avx512.onnx');
        ``id2label`` overrides config.json's label names, in logit order."""
        if max_length < 8 or batch_size < 1:
            raise InputError("max_length must be >= 8 and batch_size >= 1", field="max_length")
        missing = [m for m in ("numpy", "onnxruntime", "tokenizers") if importlib.util.find_spec(m) is None]
        if missing:
            raise InputError(f"the NLI grounding backend needs {', '.join(missing)}: {EXTRA_HINT}")
        name = str(model)
        directory = resolve_model_dir(name, allow_download=allow_download, hub_cache_dir=hub_cache_dir,
                                      onnx_file=onnx_file)
        onnx_path = _find_onnx(directory, onnx_file, name)
        config_path = directory / "config.json"
        config = _read_config(config_path)
        if id2label is None and "id2label" not in config:
            raise InputError("config.json has no id2label: the label order of the model's logits is unknown",
                             path=config_path, field="id2label")
        labels = canonical_labels(id2label if id2label is not None else config["id2label"],
                                  "id2label argument" if id2label is not None else config_path)
        tokenizer = _load_tokenizer(directory / "tokenizer.json", config, max_length)
        session = _session(onnx_path, providers)
        disk = None
        if cache_dir is not None:
            from harness.llm.cache import ResponseCache
            disk = ResponseCache(cache_dir)
        fp = fingerprint([onnx_path, config_path, directory / "tokenizer.json"], labels)
        return cls(name=name, directory=directory, session=session, tokenizer=tokenizer, labels=labels,
                   fingerprint=fp, max_length=max_length, batch_size=batch_size, disk_cache=disk)

    @property
    def can_contradict(self) -> bool:
        """False for two-class (entailment / not_entailment) models: they cannot tell a contradicted claim
        from an unsupported one, so their not-entailment probability is reported as neutral."""
        return "contradiction" in self.labels

    def describe(self) -> dict[str, Any]:
        """What each claim records about the backend that decided it."""
        return {"backend": "nli", "model": self.name, "fingerprint": self.fingerprint,
                "labels": list(self.labels), "max_length": self.max_length}

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[dict[str, float]]:
        """Probabilities {entailment, neutral, contradiction} per (premise, hypothesis) pair, in input
        order. Repeated pairs are answered from memory (LRU) or the disk cache without inference."""
        out: list[dict[str, float] | None] = [None] * len(pairs)
        todo: dict[tuple[str, str], list[int]] = {}
        for i, (premise, hypothesis) in enumerate(pairs):
            key = (str(premise), str(hypothesis))
            self.stats["pairs"] += 1
            hit = self._memory.get(key)
            if hit is not None:
                self._memory.move_to_end(key)
                self.stats["memory_hits"] += 1
                out[i] = dict(hit)
            elif key in todo:
                todo[key].append(i)
            else:
                stored = self._disk.get(self._disk_key(key)) if self._disk is not None else None
                if stored is not None:
                    self.stats["disk_hits"] += 1
                    self._remember(key, stored["probs"])
                    out[i] = dict(stored["probs"])
                else:
                    todo[key] = [i]
        if todo:
            for key, probs in zip(todo, self._infer(list(todo)), strict=True):
                self._remember(key, probs)
                if self._disk is not None:
                    self._disk.put(self._disk_key(key), {"probs": probs}, namespace=CACHE_NAMESPACE)
                for i in todo[key]:
                    out[i] = dict(probs)
        return cast(list[dict[str, float]], out)

    def best_evidence(self, claim: str, candidates: Sequence[str]) -> dict[str, Any]:
        """For one claim (hypothesis) against its top-k candidate passages or windows (premises): the index
        and probabilities of the most entailing and of the most contradicting candidate (first on ties;
        ``None`` when there are no candidates, and 'contradiction' is None for two-class models)."""
        return self.best_evidence_many([(claim, candidates)])[0]

    def best_evidence_many(self, items: Sequence[tuple[str, Sequence[str]]]) -> list[dict[str, Any]]:
        """``best_evidence`` for many (claim, candidates) at once: all pairs of all claims go through one
        ``predict``, so an answer's claims x top-k passages fill whole batches."""
        scores = self.predict([(c, claim) for claim, candidates in items for c in candidates])
        results, pos = [], 0
        for _, candidates in items:
            results.append(self._pick(scores[pos:pos + len(candidates)]))
            pos += len(candidates)
        return results

    def close(self) -> None:
        """Closes the disk cache, if any (results already written stay)."""
        if self._disk is not None:
            self._disk.close()
            self._disk = None

    def _pick(self, scores: list[dict[str, float]]) -> dict[str, Any]:
        result: dict[str, Any] = {"entailment": None, "contradiction": None, "scores": scores,
                                  "decided_by": self.describe()}
        if scores:
            e = max(range(len(scores)), key=lambda i: (scores[i]["entailment"], -i))
            result["entailment"] = {"index": e, **scores[e]}
            if self.can_contradict:
                c = max(range(len(scores)), key=lambda i: (scores[i]["contradiction"], -i))
                result["contradiction"] = {"index": c, **scores[c]}
        return result

    def _disk_key(self, key: tuple[str, str]) -> str:
        from harness.llm.cache import cache_key
        return cache_key({"backend": "nli", "fingerprint": self.fingerprint, "max_length": self.max_length,
                          "premise": key[0], "hypothesis": key[1]})

    def _remember(self, key: tuple[str, str], probs: dict[str, float]) -> None:
        self._memory[key] = dict(probs)
        self._memory.move_to_end(key)
        while len(self._memory) > MEMORY_CACHE_SIZE:
            self._memory.popitem(last=False)

    def _infer(self, pairs: list[tuple[str, str]]) -> list[dict[str, float]]:
        """Runs the session on batches of similar length (less padding), returns probabilities in order."""
        import numpy as np
        order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
        result: list[dict[str, float]] = [{}] * len(pairs)
        for start in range(0, len(order), self.batch_size):
            idx = order[start:start + self.batch_size]
            encodings = self._tokenizer.encode_batch([pairs[i] for i in idx])
            feed = {name: np.array([getattr(e, _ENCODING_FIELD[name]) for e in encodings], dtype=dtype)
                    for name, dtype in self._inputs.items()}
            logits = np.asarray(self._session.run([self._output], feed)[0], dtype=np.float64)
            if logits.ndim != 2 or logits.shape != (len(idx), len(self.labels)):
                raise InputError(f"the ONNX model returned logits of shape {list(logits.shape)}, expected "
                                 f"[{len(idx)}, {len(self.labels)}] for labels {self.labels}", path=self.directory)
            probs = np.exp(logits - logits.max(axis=1, keepdims=True))
            probs /= probs.sum(axis=1, keepdims=True)
            for row, i in zip(probs, idx, strict=True):
                result[i] = self._canonical(row)
            self.stats["inferred"] += len(idx)
        return result

    def _canonical(self, row: Any) -> dict[str, float]:
        named = {label: float(p) for label, p in zip(self.labels, row, strict=True)}
        if NOT_ENTAILMENT in named:
            return {"entailment": named["entailment"], "neutral": named[NOT_ENTAILMENT], "contradiction": 0.0}
        return {label: named[label] for label in LABELS}
