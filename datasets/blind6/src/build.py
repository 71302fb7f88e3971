"""Assemble answers.jsonl and redflag_questions.jsonl (standard library only).

Usage: python3 src/build.py   (run from anywhere; writes into the folder above src/)
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import data_urgent_clean
import data_urgent_defect
import data_injection
import data_clean_a
import data_clean_b
import data_defect_a
import data_defect_b
import data_structure
import redflag_questions

SEED = 20261128


def main():
    items = []
    for mod in (data_urgent_clean, data_urgent_defect, data_injection, data_clean_a,
                data_clean_b, data_defect_a, data_defect_b, data_structure):
        items.extend(mod.ITEMS)
    random.Random(SEED).shuffle(items)
    with open(os.path.join(OUT, "answers.jsonl"), "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            rec = {"id": "V6A%03d" % i}
            rec.update(it)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    qs = [(q, True, n) for q, n in redflag_questions.URGENT] + \
         [(q, False, n) for q, n in redflag_questions.NOT_URGENT]
    random.Random(SEED + 1).shuffle(qs)
    with open(os.path.join(OUT, "redflag_questions.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, rf, n) in enumerate(qs, 1):
            f.write(json.dumps({"id": "V6R%03d" % i, "question": q, "red_flag": rf,
                                "injection": False, "notes": n}, ensure_ascii=False) + "\n")
    print("wrote %d answers, %d triage questions" % (len(items), len(qs)))


if __name__ == "__main__":
    main()
