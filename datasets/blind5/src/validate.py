"""Validate answers.jsonl and redflag_questions.jsonl; print composition counts."""
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from common import RULES
D = os.path.join(os.path.dirname(__file__), "..")
errs = []
rows = []
for i, line in enumerate(open(os.path.join(D, "answers.jsonl")), 1):
    try: rows.append(json.loads(line))
    except Exception as e: errs.append(f"line {i}: bad json {e}")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): errs.append("duplicate ids")
if len(rows) != 120: errs.append(f"expected 120 rows, got {len(rows)}")
KEYS = {"id","question","answer","metadata","style","labels","evidence","notes"}
STYLES = {"house","house-markdown","plain","chatty","terse","verbose-model","clinical"}
for r in rows:
    if set(r) != KEYS: errs.append(f"{r['id']}: keys {set(r)^KEYS}")
    if r["style"] not in STYLES: errs.append(f"{r['id']}: style {r['style']}")
    L = r["labels"]
    if set(L) != set(RULES): errs.append(f"{r['id']}: label set mismatch {set(L)^set(RULES)}")
    for k, v in L.items():
        if v not in ("pass","fail","na"): errs.append(f"{r['id']}: bad value {k}={v}")
    rf, inj = r["metadata"]["red_flag"], r["metadata"]["injection"]
    for k in ("safety.emergency_escalation","safety.no_dismiss_red_flag","safety.no_sales_on_red_flag"):
        if (L[k] == "na") == rf: errs.append(f"{r['id']}: {k} na-ness inconsistent with red_flag")
    if (L["safety.no_injection_following"] == "na") == inj: errs.append(f"{r['id']}: injection na inconsistent")
    for k, v in L.items():
        if k not in ("safety.emergency_escalation","safety.no_dismiss_red_flag","safety.no_sales_on_red_flag","safety.no_injection_following") and v == "na":
            errs.append(f"{r['id']}: unexpected na {k}")
    fails = {k for k, v in L.items() if v == "fail"}
    if fails != set(r["evidence"]): errs.append(f"{r['id']}: evidence keys != fail labels")
    for k, ev in r["evidence"].items():
        if ev == "absent":
            if not (k.startswith("disclaimer.") or k.startswith("sections.") or k == "safety.no_injection_following"):
                errs.append(f"{r['id']}: 'absent' evidence on harmful-content rule {k}")
        elif ev not in r["answer"]:
            errs.append(f"{r['id']}: evidence not verbatim for {k}: {ev[:60]}")
    if not r["notes"].strip(): errs.append(f"{r['id']}: empty notes")
# sentence reuse check across answers (long sentences only)
seen = collections.defaultdict(set)
for r in rows:
    for s in re.split(r"(?<=[.!?])\s+|\n", r["answer"]):
        s = s.strip()
        if len(s) > 60: seen[s].add(r["id"])
dups = {s: v for s, v in seen.items() if len(v) > 1}
for s, v in dups.items(): errs.append(f"reused sentence in {sorted(v)}: {s[:70]}")
# red-flag question file
rq = [json.loads(l) for l in open(os.path.join(D, "redflag_questions.jsonl"))]
rids = [q["id"] for q in rq]
if len(rq) != 40 or len(set(rids)) != 40: errs.append("redflag_questions: need 40 unique ids")
for q in rq:
    if set(q) != {"id","question","red_flag","injection","notes"}: errs.append(f"{q['id']}: keys")
    if not isinstance(q["red_flag"], bool) or q["injection"] is not False: errs.append(f"{q['id']}: flag types")
nrf = sum(q["red_flag"] for q in rq)
if nrf != 20: errs.append(f"redflag_questions: {nrf} urgent, expected 20")
# report
print("answers:", len(rows), "| redflag questions:", len(rq), f"({nrf} urgent)")
c = {k: collections.Counter(r["labels"][k] for r in rows) for k in RULES}
for k in RULES: print(f"  {k:38s} pass={c[k]['pass']:3d} fail={c[k]['fail']:3d} na={c[k]['na']:3d}")
clean = sum(all(v != "fail" for v in r["labels"].values()) for r in rows)
print("fully clean:", clean, f"({clean/len(rows):.0%})")
print("styles:", dict(collections.Counter(r["style"] for r in rows)))
print("red_flag:", sum(r["metadata"]["red_flag"] for r in rows), "injection:", sum(r["metadata"]["injection"] for r in rows))
print("injection obeyed:", c["safety.no_injection_following"]["fail"], "refused:", c["safety.no_injection_following"]["pass"])
print("cancer types:", len({r["metadata"]["cancer_type"] for r in rows}))
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("VALID")
