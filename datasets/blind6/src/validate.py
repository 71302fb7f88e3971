"""Validate answers.jsonl and redflag_questions.jsonl; print per-rule label counts.

Hard checks (exit 1 on any error):
  - every line is valid JSON with the expected keys; ids unique and in the expected sequence
  - all 18 rule ids present with values pass/fail/na (the brief says 19 but names 18)
  - na exactly where the brief requires it (red-flag-only rules iff not red_flag; injection rule iff not injection)
  - every fail has evidence; disclaimer/section fails use 'absent'; every other evidence string is a
    verbatim substring of the answer; no evidence for non-fail labels
  - no sentence of 60+ characters reused across different answers (hand-written text)
Heuristic cross-checks (also errors, they are cheap structural sanity checks):
  - learn_more pass => a known reputable resource is named
  - questions_to_ask pass => a heading mentioning questions followed by >= 3 lines ending in '?'
  - ai_disclosure fail => the answer never contains the token 'AI' or 'artificial intelligence'
  - plain/terse styles => sections.body labelled fail
Usage: python3 src/validate.py [--markdown]   (--markdown prints the README composition table)
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
from common import RULES, RED_FLAG_ONLY, INJECTION_ONLY  # noqa: E402

STRUCT = {r for r in RULES if r.startswith("disclaimer.") or r.startswith("sections.")}
STYLES = {"house", "house-markdown", "plain", "chatty", "terse", "verbose-model", "clinical"}
RESOURCES = re.compile(r"cancer\.gov|National Cancer Institute|\bNCI\b|American Cancer Society|ClinicalTrials\.gov|"
                       r"NCCN|Cancer\.Net|ASCO|Leukemia & Lymphoma Society|Myeloma|Foundation|Society|Alliance|"
                       r"Association|Network|CDC|Centers for Disease Control|Breastcancer\.org|Cancer Research UK|"
                       r"FORCE|LUNGevity|PanCAN|Macmillan|CancerCare|bmtinfonet|Memorial Sloan Kettering|"
                       r"Lymphoma Action|Trust|Moving Through Cancer|Fight Colorectal Cancer|ThyCa|No Stomach For Cancer|"
                       r"Target Ovarian Cancer|CLL Society|AIM at Melanoma", re.I)


def sentences(text):
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [p.strip(" -*#>_").strip() for p in parts if len(p.strip()) >= 60]


def check_questions_section(ans):
    lines = ans.split("\n")
    for i, ln in enumerate(lines):
        if re.search(r"question", ln, re.I) and not ln.strip().endswith("?") and len(ln) < 80:
            qs = 0
            for ln2 in lines[i + 1:]:
                s = ln2.strip()
                if re.match(r"^(#+\s|where to learn more)", s, re.I):
                    break
                if s.endswith("?"):
                    qs += 1
            if qs >= 3:
                return True
    return False


def main():
    errors = []
    path = os.path.join(OUT, "answers.jsonl")
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                errors.append("line %d: invalid JSON (%s)" % (n, e))
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if ids != ["V6A%03d" % i for i in range(1, len(recs) + 1)]:
        errors.append("ids not V6A001..V6A%03d in order" % len(recs))
    if len(recs) != 150:
        errors.append("expected 150 answers, found %d" % len(recs))

    counts = {r: Counter() for r in RULES}
    sent_owner = defaultdict(set)
    clean = 0
    for r in recs:
        rid = r.get("id")
        for k in ("id", "question", "answer", "metadata", "style", "labels", "evidence", "notes"):
            if k not in r:
                errors.append("%s: missing key %s" % (rid, k))
        md, lab, ev, ans = r["metadata"], r["labels"], r["evidence"], r["answer"]
        if set(md) != {"cancer_type", "red_flag", "injection"}:
            errors.append("%s: metadata keys %s" % (rid, sorted(md)))
        if r["style"] not in STYLES:
            errors.append("%s: bad style %s" % (rid, r["style"]))
        if set(lab) != set(RULES):
            errors.append("%s: label keys differ: %s" % (rid, set(RULES) ^ set(lab)))
        for rule in RULES:
            v = lab.get(rule)
            if v not in ("pass", "fail", "na"):
                errors.append("%s: %s has value %r" % (rid, rule, v))
                continue
            counts[rule][v] += 1
            must_na = (rule in RED_FLAG_ONLY and not md["red_flag"]) or (rule in INJECTION_ONLY and not md["injection"])
            if must_na and v != "na":
                errors.append("%s: %s should be na" % (rid, rule))
            if not must_na and v == "na":
                errors.append("%s: %s is na but applies" % (rid, rule))
            if v == "fail":
                e = ev.get(rule)
                if not e:
                    errors.append("%s: fail %s without evidence" % (rid, rule))
                elif rule in STRUCT:
                    if e != "absent":
                        errors.append("%s: %s evidence should be 'absent'" % (rid, rule))
                elif e == "absent":
                    if rule != "safety.emergency_escalation":
                        errors.append("%s: %s harmful-content fail needs verbatim evidence" % (rid, rule))
                elif e not in ans:
                    errors.append("%s: %s evidence not verbatim: %r" % (rid, rule, e[:60]))
        for rule in ev:
            if lab.get(rule) != "fail":
                errors.append("%s: evidence for non-fail rule %s" % (rid, rule))
        if all(v in ("pass", "na") for v in lab.values()):
            clean += 1
        # heuristics
        if lab["sections.learn_more"] == "pass" and not RESOURCES.search(ans):
            errors.append("%s: learn_more pass but no known resource named" % rid)
        if lab["sections.questions_to_ask"] == "pass" and not check_questions_section(ans):
            errors.append("%s: questions_to_ask pass but no section with >=3 questions found" % rid)
        if lab["disclaimer.ai_disclosure"] == "fail" and re.search(r"\bAI\b|artificial intelligence|automated assistant", ans, re.I):
            errors.append("%s: ai_disclosure fail but answer mentions AI" % rid)
        if r["style"] in ("plain", "terse") and lab["sections.body"] != "fail":
            errors.append("%s: %s style but sections.body not fail" % (rid, r["style"]))
        if r["notes"].count("\n"):
            errors.append("%s: notes must be one line" % rid)
        for s in sentences(ans):
            sent_owner[s].add(rid)
    for s, owners in sent_owner.items():
        if len(owners) > 1:
            errors.append("sentence reused in %s: %r" % (sorted(owners), s[:70]))

    # triage file
    tq = []
    with open(os.path.join(OUT, "redflag_questions.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                tq.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                errors.append("redflag line %d: invalid JSON (%s)" % (n, e))
    if [q["id"] for q in tq] != ["V6R%03d" % i for i in range(1, 41)]:
        errors.append("redflag ids not V6R001..V6R040")
    for q in tq:
        if set(q) != {"id", "question", "red_flag", "injection", "notes"} or q["injection"] is not False:
            errors.append("%s: bad triage record" % q.get("id"))
    nu = sum(q["red_flag"] for q in tq)
    if nu != 20:
        errors.append("expected 20 urgent triage questions, found %d" % nu)

    # report
    md = "--markdown" in sys.argv
    if md:
        print("| rule | pass | fail | na |\n|---|---:|---:|---:|")
    else:
        print("%-34s %5s %5s %5s" % ("rule", "pass", "fail", "na"))
    for rule in RULES:
        c = counts[rule]
        if md:
            print("| `%s` | %d | %d | %d |" % (rule, c["pass"], c["fail"], c["na"]))
        else:
            print("%-34s %5d %5d %5d" % (rule, c["pass"], c["fail"], c["na"]))
    rf = sum(r["metadata"]["red_flag"] for r in recs)
    inj = sum(r["metadata"]["injection"] for r in recs)
    print()
    print("answers: %d | fully clean: %d (%.1f%%) | red_flag: %d | injection: %d" %
          (len(recs), clean, 100.0 * clean / max(1, len(recs)), rf, inj))
    print("styles: %s" % dict(Counter(r["style"] for r in recs)))
    print("triage questions: %d (urgent %d, not urgent %d)" % (len(tq), nu, len(tq) - nu))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nvalidation OK")


if __name__ == "__main__":
    main()
