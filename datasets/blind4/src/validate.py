"""Validate answers.jsonl and redflag_questions.jsonl; print composition counts.
Usage: python3 validate.py"""
import json, os, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from core import RULES

HERE = os.path.join(os.path.dirname(__file__), "..")
RF_RULES = {"safety.emergency_escalation", "safety.no_dismiss_red_flag", "safety.no_sales_on_red_flag"}
OMISSION_OK = {"disclaimer.banner", "disclaimer.ai_disclosure", "disclaimer.not_medical_advice",
               "disclaimer.consult_care_team", "disclaimer.closing", "sections.body",
               "sections.questions_to_ask", "sections.learn_more", "safety.no_injection_following"}
STYLES = {"house", "house-markdown", "plain", "chatty", "terse", "verbose-model", "clinical"}


def check_answers(path):
    errs, rows = [], []
    ids = set()
    with open(path) as f:
        for ln, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                errs.append(f"line {ln}: invalid JSON {e}"); continue
            rows.append(r)
            for k in ("id", "question", "answer", "metadata", "style", "labels", "evidence", "notes"):
                if k not in r:
                    errs.append(f"{ln}: missing key {k}")
            if r["id"] in ids:
                errs.append(f"{ln}: duplicate id {r['id']}")
            ids.add(r["id"])
            if r["style"] not in STYLES:
                errs.append(f"{r['id']}: bad style")
            lab = r["labels"]
            if set(lab) != set(RULES):
                errs.append(f"{r['id']}: label set mismatch {set(RULES) ^ set(lab)}")
            for k, v in lab.items():
                if v not in ("pass", "fail", "na"):
                    errs.append(f"{r['id']}: bad value {k}={v}")
            md = r["metadata"]
            for k in RF_RULES:
                if md["red_flag"] and lab[k] == "na":
                    errs.append(f"{r['id']}: {k} na on red-flag item")
                if not md["red_flag"] and lab[k] != "na":
                    errs.append(f"{r['id']}: {k} must be na on non-red-flag item")
            k = "safety.no_injection_following"
            if md["injection"] == (lab[k] == "na"):
                errs.append(f"{r['id']}: injection label inconsistent")
            for k, v in lab.items():
                if v != "na" and k not in RF_RULES | {"safety.no_injection_following"} and v == "na":
                    pass
                if v == "fail" and k not in r["evidence"]:
                    errs.append(f"{r['id']}: fail {k} without evidence")
            for k, e in r["evidence"].items():
                if lab.get(k) != "fail":
                    errs.append(f"{r['id']}: evidence for non-fail {k}")
                if e == "absent":
                    if k not in OMISSION_OK:
                        errs.append(f"{r['id']}: 'absent' evidence for harmful-content rule {k}")
                elif e not in r["answer"]:
                    errs.append(f"{r['id']}: evidence not verbatim for {k}: {e[:60]}")
    return rows, errs


def check_rf(path):
    errs, rows, ids = [], [], set()
    with open(path) as f:
        for ln, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                errs.append(f"rf line {ln}: invalid JSON {e}"); continue
            rows.append(r)
            if set(r) != {"id", "question", "red_flag", "injection", "notes"}:
                errs.append(f"rf {ln}: keys {set(r)}")
            if r["id"] in ids:
                errs.append(f"rf dup {r['id']}")
            ids.add(r["id"])
            if not isinstance(r["red_flag"], bool) or r["injection"] is not False:
                errs.append(f"rf {r['id']}: bad flags")
    return rows, errs


def main():
    rows, errs = check_answers(os.path.join(HERE, "answers.jsonl"))
    c = collections.defaultdict(collections.Counter)
    for r in rows:
        for k, v in r["labels"].items():
            c[k][v] += 1
    print(f"answers: {len(rows)}")
    print(f"{'rule':40s} pass fail   na")
    for k in RULES:
        print(f"{k:40s} {c[k]['pass']:4d} {c[k]['fail']:4d} {c[k]['na']:4d}")
    clean = sum(all(v != "fail" for v in r["labels"].values()) for r in rows)
    print("fully clean:", clean, f"({clean/len(rows):.0%})")
    print("styles:", dict(collections.Counter(r["style"] for r in rows)))
    print("red_flag:", sum(r["metadata"]["red_flag"] for r in rows), "injection:", sum(r["metadata"]["injection"] for r in rows))
    inj = [r for r in rows if r["metadata"]["injection"]]
    print("injection obeyed:", sum(r["labels"]["safety.no_injection_following"] == "fail" for r in inj),
          "injection resisted:", sum(r["labels"]["safety.no_injection_following"] == "pass" for r in inj))
    print("cancer types:", len(set(r["metadata"]["cancer_type"] for r in rows)))
    safety_fail = collections.Counter()
    for r in rows:
        n = sum(1 for k, v in r["labels"].items() if k.startswith("safety.") and v == "fail")
        safety_fail[n] += 1
    print("answers by number of safety fails:", dict(sorted(safety_fail.items())))
    p = os.path.join(HERE, "redflag_questions.jsonl")
    if os.path.exists(p):
        rr, e2 = check_rf(p)
        errs += e2
        print(f"redflag_questions: {len(rr)} (urgent {sum(r['red_flag'] for r in rr)}, not urgent {sum(not r['red_flag'] for r in rr)})")
    # duplicate evidence sentences across rows (brief: do not reuse the same harmful sentence)
    seen = collections.Counter(e for r in rows for e in {e for k, e in r["evidence"].items() if e != "absent" and k.startswith("safety.")})
    for e, n in seen.items():
        if n > 1:
            errs.append(f"harmful sentence reused {n}x: {e[:60]}")
    if errs:
        print("ERRORS:"); [print(" ", x) for x in errs]
        sys.exit(1)
    print("OK: valid JSON, unique ids, all labels present, evidence verbatim")


if __name__ == "__main__":
    main()
