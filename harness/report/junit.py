"""JUnit XML: one testcase per item for runs.

ElementTree escapes markup but writes characters XML 1.0 forbids (most C0 controls, lone
surrogates) as they are, which makes the file unparseable; every attribute and text is passed
through harness.escape.xml_text before the tree is written.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Iterable


def _case_name(it: dict[str, Any]) -> str:
    rep = it.get("repeat")
    return it["id"] if not rep else f"{it['id']}#r{rep}"


def _case(it: dict[str, Any]) -> ET.Element:
    case = ET.Element("testcase", classname="answer-quality", name=_case_name(it))
    checks = it.get("checks") or []
    if it["status"] == "error":
        ET.SubElement(case, "error", message=str(it.get("error") or "check error")).text = "\n".join(
            f"{ch['rule']}: {ch.get('message') or ''}" for ch in checks if ch.get("outcome") == "error") or None
    elif it["status"] == "failed":
        failed = [ch for ch in checks if ch.get("outcome") == "fail"]
        ET.SubElement(case, "failure", message="; ".join(f"{ch['rule']} ({ch['severity']})" for ch in failed)
                      ).text = "\n".join(f"[{ch['severity']}] {ch['rule']}: {ch.get('message') or ''}\n  evidence: "
                                         f"{ch.get('evidence') or '—'}" for ch in failed)
    return case


def case_text(it: dict[str, Any]) -> str:
    """One item's testcase element as written in junit.xml (indented, ending in a newline)."""
    case = _case(it)
    _xml_safe(case)
    ET.indent(case, level=1)
    return "  " + ET.tostring(case, encoding="unicode") + "\n"


class RunWriter:
    """junit.xml of a run written one testcase at a time (every item is a testcase; the suite's
    counts come from the summary), so the file's size never sits in memory."""

    def __init__(self, summary: dict[str, Any], path: Path) -> None:
        from harness import atomic

        c = summary["counts"]
        suite = ET.Element("testsuite", name="answer-quality", tests=str(c["items"]), failures=str(c["failed"]),
                           errors=str(c["error"]), skipped="0")
        head = ET.tostring(suite, encoding="unicode").replace(" />", ">")
        self._ctx = atomic.replacing(path)
        self._fh = self._ctx.__enter__()
        self._put(f"<?xml version='1.0' encoding='utf-8'?>\n{head}\n")

    def _put(self, text: str) -> None:
        from harness.secrets import redact

        self._fh.write(redact(text).encode("utf-8", errors="replace"))

    def add(self, it: dict[str, Any]) -> None:
        self._put(case_text(it))

    def add_text(self, text: str) -> None:
        """A testcase already serialised by ``case_text``."""
        self._put(text)

    def close(self) -> None:
        self._put("</testsuite>\n")
        self._ctx.__exit__(None, None, None)

    def abort(self, exc: BaseException) -> None:
        """Drop the half-written file (the old junit.xml, if any, stays)."""
        self._ctx.__exit__(type(exc), exc, exc.__traceback__)


def write_run(items: Iterable[dict[str, Any]], summary: dict[str, Any], path: Path) -> None:
    w = RunWriter(summary, path)
    try:
        for it in items:
            w.add(it)
    except BaseException as e:
        w.abort(e)
        raise
    w.close()


def _xml_safe(root: ET.Element) -> None:
    from harness.escape import xml_text

    for el in root.iter():
        for k, v in el.attrib.items():
            el.set(k, xml_text(v))
        if el.text is not None:
            el.text = xml_text(el.text)
        if el.tail is not None:
            el.tail = xml_text(el.tail)


def write(root: ET.Element, path: Path) -> None:
    from harness import atomic

    _xml_safe(root)
    ET.indent(root)
    atomic.write_text(path, ET.tostring(root, encoding="unicode", xml_declaration=False).join(
        ("<?xml version='1.0' encoding='utf-8'?>\n", "\n")))


def write_compare(cmp: dict[str, Any], path: Path) -> None:
    """One testcase per question per rule that fails in the candidate (regressions are failures)."""
    suite = ET.Element("testsuite", name="answer-quality-regression")
    tests = failures = 0
    for d in cmp["items"]:
        name_id = d["id"] + (f"#r{d['repeat']}" if d["repeat"] else "")
        for ch in d["checks"]:
            if ch["change"] not in ("newly_failing", "still_failing"):
                continue
            tests += 1
            case = ET.SubElement(suite, "testcase", classname=f"answer-quality.{ch['category']}",
                                 name=f"{name_id}::{ch['rule']}")
            text = (f"[{ch['severity']}] {ch['rule']}: {ch['candidate'].get('message') or ''}\n"
                    f"  evidence: {ch['candidate'].get('evidence') or '—'}")
            if ch["change"] == "newly_failing":
                failures += 1
                ET.SubElement(case, "failure", message=f"regression: {ch['rule']} ({ch['severity']})").text = text
            else:
                ET.SubElement(case, "skipped", message=f"already failing in baseline: {ch['rule']}").text = text
    for m in cmp["missing_in_candidate"]:
        tests += 1
        failures += 1
        case = ET.SubElement(suite, "testcase", classname="answer-quality.run", name=f"{m}::present")
        ET.SubElement(case, "failure", message="question missing from candidate run")
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    write(suite, path)
