"""Rebuild the offline verifier's model file (harness/grounding/models/lexical-v2.json).

    python -m harness.grounding.train --healthver DIR [--out FILE]

Training data, and only training data:
- HealthVer dev (data/healthver_dev.csv of the public sarrouti/HealthVer repository, given by path; the
  stored copy has no train split, so dev is the training set; it is never copied into this repository);
- the dev split of datasets/grounding_claims.jsonl (the shipped oncology calibration set).
HealthVer test, the calibration test split and any other public set are for ``bench/grounding_public.py``
only. Hyper-parameters (regularisation, thresholds) are chosen by cross-validation on the training
data, grouped so that the same claim and the same evidence never sit on both sides of a fold (HealthVer
pairs one claim with several evidence passages and one passage with several claims: a group is a connected
component of that graph, roughly one topic). The provenance also records an end-to-end estimate: nested
grouped cross-validation of the pass/fail decision the harness makes (``verify.decide`` and the grounding
rules' outcomes), with C and thresholds chosen inside each outer fold, a group-bootstrap interval and
the flag rate per label.

Needs scikit-learn (the ``[train]`` extra); scoring with the file it writes does not.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from harness.grounding import model as M
from harness.grounding.retrieve import PassageIndex, SourceStats, default_sources, split_sentences
from harness.grounding import text as T
from harness.grounding.verify import FEATURES, Verifier

HEALTHVER_LABELS = {"Supports": "supported", "Refutes": "contradicted", "Neutral": "unsupported"}


def read_healthver(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [{"claim": r["claim"].strip(), "evidence": r["evidence"].strip(), "label": HEALTHVER_LABELS[r["label"]]}
                for r in csv.DictReader(fh)]
    for r, g in zip(rows, claim_evidence_groups([(r["claim"].lower(), r["evidence"]) for r in rows])):
        r["group"] = g
    return rows


def claim_evidence_groups(pairs: list[tuple[str, str]]) -> list[str]:
    """Group id per (claim, evidence) pair: the connected component of the claim-evidence graph, so no
    claim and no evidence passage is split across cross-validation folds."""
    parent: dict[str, str] = {}

    def find(a: str) -> str:
        while parent.setdefault(a, a) != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for c, e in pairs:
        parent[find("e:" + e)] = find("c:" + c)
    return [find("c:" + c) for c, _ in pairs]


def read_calibration(split: str) -> list[dict[str, Any]]:
    from harness.grounding.calibrate import load_claims

    srcs = dict(default_sources())
    return [{"claim": c["claim"], "passages": [srcs[p] for p in c["passage_ids"]], "ids": c["passage_ids"],
             "question": c.get("question", ""), "label": c["label"], "group": c["id"]}
            for c in load_claims() if c["split"] == split]


def background_df(texts: list[str]) -> tuple[int, dict[str, int]]:
    prof = T.default_profile()
    df: Counter[str] = Counter()
    n = 0
    for t in dict.fromkeys(texts):
        for s, e in split_sentences(t):
            df.update(set(T.content_tokens(T.normalise(t[s:e], prof), prof)))
            n += 1
    return n, {k: v for k, v in sorted(df.items()) if v >= 2}


def _placeholder_model() -> M.LinearModel:
    """Features do not depend on the model; the Verifier only needs its thresholds to exist."""
    th = {"supported_probability": 0.5, "unsupported_probability": 0.5, "contradicted_probability": 0.5}
    return M.LinearModel(FEATURES, M.HEADS, (0.0,) * len(FEATURES), (1.0,) * len(FEATURES),
                         ((0.0,) * len(FEATURES),) * 2, (0.0, 0.0), th, "placeholder", {})


def featurise(rows: list[dict[str, Any]], background: tuple[int, dict[str, int]]) -> list[list[float]]:
    """One feature vector per row, computed exactly as the verifier computes them at scoring time."""
    base = [t for _, t in default_sources()]
    placeholder = _placeholder_model()
    out: list[list[float]] = []
    for r in rows:
        passages = r.get("passages") or [r["evidence"]]
        ids = r.get("ids") or ["evidence"]
        stats = SourceStats(base + [p for p in passages if p not in base], T.default_profile(), background)
        v = Verifier(PassageIndex(passages, ids), stats, question=r.get("question", ""), model=placeholder)
        f, _ = v.analyse(r["claim"])
        out.append([f[k] for k in FEATURES])
    return out


def _passes(f: dict[str, float], p_sup: float, p_con: float, th: dict[str, float], min_fraction: float) -> bool:
    """Does a one-claim answer pass both grounding rules? The harness's own decision and rule outcomes."""
    from harness.grounding.check import contradicted_outcome, summarise, unsupported_outcome
    from harness.grounding.verify import decide, specific_fact

    v = decide(f, {"supported": p_sup, "contradicted": p_con}, th)
    rows = [{"kind": "claim", "verdict": v, "specific": v == "unsupported" and specific_fact(f, "claim")}]
    a = {**summarise(rows), "claims": rows}
    return contradicted_outcome(a) == "pass" and unsupported_outcome(a, min_fraction)[0] == "pass"


def nested_cv(X: Any, labels: Any, w: Any, groups: Any, is_eval: Any, cs: tuple[float, ...],
              min_fraction: float, folds: int = 5, seed: int = 0) -> dict[str, Any]:
    """End-to-end pass/fail balanced accuracy on the evaluation rows (HealthVer), grouped outer folds;
    C and the supported threshold are chosen by grouped inner CV on the outer-training rows only
    (the contradicted threshold by the same precision rule as the shipped model). Rows that are not
    evaluation rows (the calibration set) are always training rows."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    names = list(FEATURES)
    feats = [dict(zip(names, x)) for x in X.tolist()]
    sup = (labels == "supported").astype(int)
    con = (labels == "contradicted").astype(int)
    cands = [i / 100 for i in range(20, 81, 2)]

    def fit_predict(tr: Any, te: Any, c: float) -> tuple[Any, Any]:
        from sklearn.linear_model import LogisticRegression
        from sklearn.preprocessing import StandardScaler

        sc = StandardScaler().fit(X[tr])
        out = []
        for y, cc in ((sup, c), (con, 0.03)):
            m = LogisticRegression(C=cc, max_iter=5000, class_weight="balanced")
            m.fit(sc.transform(X[tr]), y[tr], sample_weight=w[tr])
            out.append(m.predict_proba(sc.transform(X[te]))[:, 1])
        return out[0], out[1]

    def bal(idx: Any, passed: dict[int, bool]) -> float:
        pos = [passed[i] for i in idx if sup[i]]
        neg = [not passed[i] for i in idx if not sup[i]]
        return (sum(pos) / len(pos) + sum(neg) / len(neg)) / 2

    def con_threshold(p: Any, idx: Any) -> float:
        for t in cands:
            m = p >= t
            if m.sum() >= 10 and con[idx][m].mean() >= 0.7:
                return t
        return 0.9

    def decide_all(idx: Any, ps: Any, pc: Any, t: float, tc: float) -> dict[int, bool]:
        th = {"supported_probability": t, "unsupported_probability": max(0.05, t - 0.15), "contradicted_probability": tc}
        return {i: _passes(feats[i], a, b, th, min_fraction) for i, a, b in zip(idx, ps, pc)}

    ev = np.nonzero(is_eval)[0]
    always = np.nonzero(~is_eval)[0]
    passed: dict[int, bool] = {}
    fold_ba: list[float] = []
    chosen: list[dict[str, float]] = []
    for otr, ote in GroupKFold(folds).split(ev, groups=groups[ev]):
        tr_ev, te_ev = ev[otr], ev[ote]
        best: tuple[float, float, float, float] | None = None
        for c in cs:
            ps = np.zeros(len(tr_ev))
            pc = np.zeros(len(tr_ev))
            for itr, ite in GroupKFold(4).split(tr_ev, groups=groups[tr_ev]):
                a, b = fit_predict(np.concatenate([tr_ev[itr], always]), tr_ev[ite], c)
                ps[ite], pc[ite] = a, b
            tc = con_threshold(pc, tr_ev)
            for t in cands:
                ba = bal(tr_ev, decide_all(tr_ev, ps, pc, t, tc))
                if best is None or ba > best[0]:
                    best = (ba, c, t, tc)
        assert best is not None
        _, c, t, tc = best
        a, b = fit_predict(np.concatenate([tr_ev, always]), te_ev, c)
        got = decide_all(te_ev, a, b, t, tc)
        passed.update(got)
        fold_ba.append(round(bal(te_ev, got), 4))
        chosen.append({"C": c, "supported_probability": t, "contradicted_probability": tc})
    keys = sorted(set(groups[ev].tolist()))
    members = {k: [i for i in ev if groups[i] == k] for k in keys}
    rng = np.random.default_rng(seed)
    boot = []
    for _ in range(1000):
        idx = [i for k in rng.integers(0, len(keys), len(keys)) for i in members[keys[k]]]
        if any(sup[i] for i in idx) and not all(sup[i] for i in idx):
            boot.append(bal(idx, passed))
    boot.sort()
    flag = {lab: round(sum(not passed[i] for i in ev if labels[i] == lab) / max(1, sum(labels[ev] == lab)), 4)
            for lab in ("supported", "contradicted", "unsupported")}
    return {"balanced_accuracy": round(bal(ev, passed), 4), "folds": fold_ba,
            "group_bootstrap95": [round(boot[int(0.025 * len(boot))], 4), round(boot[int(0.975 * len(boot)) - 1], 4)],
            "flag_rate_by_label": flag, "chosen_per_fold": chosen, "outer_folds": folds, "inner_folds": 4,
            "groups": len(keys)}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fit(healthver_dir: Path, out: Path, calibration_weight: float = 5.0) -> dict[str, Any]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import balanced_accuracy_score
    from sklearn.model_selection import GroupKFold
    from sklearn.preprocessing import StandardScaler

    hv_path = healthver_dir / "healthver_dev.csv"
    hv = read_healthver(hv_path)
    cal = read_calibration("dev")
    background = background_df([r["evidence"] for r in hv] + [t for _, t in default_sources()])
    rows = hv + cal
    X = np.array(featurise(rows, background))
    labels = np.array([r["label"] for r in rows])
    w = np.array([1.0] * len(hv) + [calibration_weight] * len(cal))
    groups = np.array([r["group"] for r in rows])
    n_hv = len(hv)

    def head(target: str) -> tuple[float, float, Any, Any]:
        """C chosen by grouped CV (balanced accuracy on HealthVer at the best threshold); out-of-fold
        probabilities for threshold choice; the final model on all rows."""
        y = (labels == target).astype(int)
        best: tuple[float, float, Any] | None = None
        for c in (0.03, 0.1, 0.3, 1.0, 3.0):
            oof = np.zeros(len(rows))
            for tr, te in GroupKFold(5).split(X, y, groups):
                sc = StandardScaler().fit(X[tr])
                m = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
                m.fit(sc.transform(X[tr]), y[tr], sample_weight=w[tr])
                oof[te] = m.predict_proba(sc.transform(X[te]))[:, 1]
            bal = balanced_accuracy_score(y[:n_hv], (oof[:n_hv] >= 0.5).astype(int))
            if best is None or bal > best[0]:
                best = (bal, c, oof)
        assert best is not None
        sc = StandardScaler().fit(X)
        final = LogisticRegression(C=best[1], max_iter=5000, class_weight="balanced")
        final.fit(sc.transform(X), y, sample_weight=w)
        return best[0], best[1], best[2], (sc, final)

    min_fraction = _min_supported_fraction()
    e2e = nested_cv(X, labels, w, groups, np.arange(len(rows)) < n_hv, (0.03, 0.1, 0.3, 1.0, 3.0), min_fraction)
    sup_bal, sup_c, sup_oof, (sc, sup_m) = head("supported")
    con_bal, con_c, con_oof, (_, con_m) = head("contradicted")
    is_sup = (labels == "supported").astype(int)
    cands = [i / 100 for i in range(20, 81)]
    sup_t = max(cands, key=lambda t: balanced_accuracy_score(is_sup, (sup_oof >= t).astype(int), sample_weight=w))
    # P(contradicted): the lowest threshold whose out-of-fold precision on contradicted is >= 0.7
    con_t = 0.9
    for t in cands:
        pred = con_oof >= t
        if pred.sum() >= 10 and (labels[pred] == "contradicted").mean() >= 0.7:
            con_t = t
            break
    scale = [float(s) if s > 0 else 1.0 for s in sc.scale_]
    doc = {
        "version": "lexical-v2",
        "features": list(FEATURES),
        "heads": list(M.HEADS),
        "mean": [round(float(v), 6) for v in sc.mean_],
        "scale": [round(v, 6) for v in scale],
        "coef": [[round(float(v), 6) for v in m.coef_[0]] for m in (sup_m, con_m)],
        "intercept": [round(float(m.intercept_[0]), 6) for m in (sup_m, con_m)],
        "thresholds": {"supported_probability": sup_t, "unsupported_probability": round(max(0.05, sup_t - 0.15), 2),
                       "contradicted_probability": con_t},
        "provenance": {
            "trained": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "script": "python -m harness.grounding.train --healthver DIR",
            "data": [
                {"name": "HealthVer dev (sarrouti/HealthVer, data/healthver_dev.csv)", "rows": len(hv),
                 "sha256": _sha256(hv_path), "labels": dict(Counter(r["label"] for r in hv))},
                {"name": "datasets/grounding_claims.jsonl split=dev", "rows": len(cal),
                 "weight": calibration_weight, "labels": dict(Counter(r["label"] for r in cal))},
            ],
            "not_used": "HealthVer test, grounding_claims test split, every other public set (evaluation only)",
            "model": "two sklearn LogisticRegression heads (class_weight=balanced) on standardised features",
            "C": {"supported": sup_c, "contradicted": con_c},
            "cv": {"folds": 5, "grouped_by": "claim-evidence component (no claim or evidence in two folds)",
                   "healthver_balanced_accuracy_at_0.5": {"supported": round(sup_bal, 4),
                                                          "contradicted": round(con_bal, 4)},
                   "thresholds_from": "out-of-fold predictions on all training rows (weighted)",
                   "healthver_end_to_end": {**e2e, "what": "nested grouped CV of the pass/fail decision on "
                                            "HealthVer dev (Supports should pass, Refutes and Neutral fail), "
                                            f"min_supported_fraction {min_fraction}"}},
            "sklearn": __import__("sklearn").__version__,
            "profile": T.default_profile().name,
        },
        "background": {"n": background[0], "df": background[1]},
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(doc, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    return doc


def _min_supported_fraction() -> float:
    from harness.grounding.calibrate import _rubric_params

    return float(_rubric_params().get("min_supported_fraction", 0.5))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--healthver", required=True, type=Path, help="folder with healthver_dev.csv")
    ap.add_argument("--out", type=Path, default=M.MODEL_PATH)
    ap.add_argument("--calibration-weight", type=float, default=5.0)
    a = ap.parse_args(argv)
    if not (a.healthver / "healthver_dev.csv").is_file():
        print(f"skipped: {a.healthver / 'healthver_dev.csv'} not found (fetch the public HealthVer repository)",
              file=sys.stderr)
        return 0
    doc = fit(a.healthver, a.out, a.calibration_weight)
    print(json.dumps({k: doc[k] for k in ("version", "thresholds")} | {"cv": doc["provenance"]["cv"],
                                                                     "C": doc["provenance"]["C"]}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
