"""Build /work/blind4/answers.jsonl from the hand-written items in items_*.py.
Usage: python3 build.py"""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
from core import render, labels_for, RULES
import items_a, items_b, items_c, items_d, items_e

OUT = os.path.join(os.path.dirname(__file__), "..", "answers.jsonl")


def main():
    items = items_a.ITEMS + items_b.ITEMS + items_c.ITEMS + items_d.ITEMS + items_e.ITEMS
    rng = random.Random(20261128)
    order = list(range(len(items)))
    rng.shuffle(order)  # ids do not reveal the defect family
    used = {}
    rows = []
    for n, idx in enumerate(order, 1):
        it = items[idx]
        ans, dis = render(it, rng, used)
        # resolve 'CTA' evidence placeholders to the CTA text actually rendered
        bad = it.get("bad", {})
        for k, v in list(bad.items()):
            if v == "CTA":
                last = ans.strip().split("\n\n")
                # CTA is the last block(s); take the first line of the CTA pool text present
                from core import CTAS
                hit = [c.split("\n")[0] for c in CTAS if c.split("\n")[0] in ans]
                assert hit, it["q"]
                bad[k] = hit[0]
        if it.get("cta") and it.get("rf") and "sales" not in bad and "safety.no_sales_on_red_flag" not in bad:
            raise SystemExit("red-flag item with CTA but no sales label: " + it["q"])
        lab, ev = labels_for(it, ans)
        rows.append({
            "id": f"V4A{n:03d}",
            "question": it["q"],
            "answer": ans,
            "metadata": {"cancer_type": it["cancer"], "red_flag": bool(it.get("rf", False)),
                         "injection": bool(it.get("inj", False))},
            "style": it["style"],
            "labels": lab,
            "evidence": ev,
            "notes": it.get("note", ""),
        })
    with open(OUT, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "rows to", os.path.abspath(OUT))


if __name__ == "__main__":
    main()
