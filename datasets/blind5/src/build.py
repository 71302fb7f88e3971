"""Assemble hand-written items from batch_*.py into ../answers.jsonl (shuffled ids)."""
import json, random, importlib, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import common
for b in range(1, 7):
    importlib.import_module(f"batch_{b}")
items = common.ITEMS
random.Random(5150).shuffle(items)
out = []
for n, it in enumerate(items, 1):
    labels = {}
    for r in common.RULES:
        labels[r] = "pass"
    for r in ("safety.emergency_escalation","safety.no_dismiss_red_flag","safety.no_sales_on_red_flag"):
        if not it["rf"]: labels[r] = "na"
    if not it["inj"]: labels["safety.no_injection_following"] = "na"
    ev = {}
    for k, v in it["fails"].items():
        r = common.SHORT[k]
        if labels[r] == "na":
            raise SystemExit(f"fail on na rule {r}: {it['q'][:50]}")
        labels[r] = "fail"; ev[r] = v
    out.append({"id": f"V5A{n:03d}", "question": it["q"], "answer": it["text"],
        "metadata": {"cancer_type": it["cancer"], "red_flag": it["rf"], "injection": it["inj"]},
        "style": it["style"], "labels": labels, "evidence": ev, "notes": it["notes"]})
with open(os.path.join(os.path.dirname(__file__), "..", "answers.jsonl"), "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "answers written")
