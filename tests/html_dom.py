"""The HTML reports parsed as a browser parses them (html5lib implements the WHATWG algorithm), for
tests that look at elements and attributes instead of searching strings. Imported by
tests/test_report_*.py."""
from __future__ import annotations

import base64
import hashlib
import re
import xml.etree.ElementTree as ET
from typing import Iterator


def parse(page: str) -> ET.Element:
    import html5lib

    return html5lib.parse(page, namespaceHTMLElements=False)


def text(el: ET.Element) -> str:
    return "".join(el.itertext())


def find_all(root: ET.Element, tag: str, cls: str | None = None) -> list[ET.Element]:
    return [e for e in root.iter(tag) if cls is None or cls in (e.get("class") or "").split()]


def by_id(root: ET.Element, elem_id: str) -> ET.Element:
    found = [e for e in root.iter() if e.get("id") == elem_id]
    assert len(found) == 1, f"{len(found)} elements with id {elem_id!r}"
    return found[0]


def attributes(root: ET.Element) -> Iterator[tuple[ET.Element, str, str]]:
    for e in root.iter():
        for k, v in e.attrib.items():
            yield e, k, v


def csp(root: ET.Element) -> dict[str, list[str]]:
    """The page's Content-Security-Policy, directive -> sources."""
    metas = [m for m in root.iter("meta") if (m.get("http-equiv") or "").lower() == "content-security-policy"]
    assert len(metas) == 1
    out: dict[str, list[str]] = {}
    for part in metas[0].get("content", "").split(";"):
        words = part.split()
        if words:
            out[words[0]] = words[1:]
    return out


def sha256_source(content: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(content.encode("utf-8")).digest()).decode("ascii") + "'"


def classes(el: ET.Element) -> set[str]:
    return set((el.get("class") or "").split())


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def gunzip_b64(data: str) -> str:
    """What report.js does with a gzip+base64 script element (the run report's rows and pages)."""
    import gzip

    return gzip.decompress(base64.b64decode(data.strip())).decode("utf-8")


def run_rows(root: ET.Element) -> list[dict[str, object]]:
    """The run report's questions table: the rows report.js draws from the #rows-data element."""
    import json

    return json.loads(gunzip_b64(by_id(root, "rows-data").text or ""))


def run_pages(page: str) -> dict[int, str]:
    """The pages of item sections a run report (or one of its volumes) holds, by page number, as
    HTML: page 1 as it is in the file, the others decompressed (report.js inserts them into their
    <div class="page"> when opened). Pages kept in another file (data-href) are not included."""
    root = parse(page)
    out = {int(s.get("data-page")): gunzip_b64(s.text or "") for s in root.iter("script")
           if s.get("class") == "page-data"}
    for div in root.iter("div"):
        if div.get("data-page") == "1" and "page" in (div.get("class") or "").split() and not div.get("data-href"):
            out[1] = ET.tostring(div, encoding="unicode", method="html")
    return dict(sorted(out.items()))
