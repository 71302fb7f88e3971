"""Self-contained HTML run report. Model output is untrusted: every piece of text is escaped.

No external resources: CSS and JS are inline, so the file opens from disk with no network.
"""
from __future__ import annotations

from html import escape
from typing import Any

CSS = """
body{font:14px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
header{background:#1d2a44;color:#fff;padding:16px 24px}header h1{margin:0;font-size:20px}
main{padding:16px 24px;max-width:1200px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}.card{background:#fff;border-radius:8px;padding:10px 16px;box-shadow:0 1px 2px #0002}
.card b{display:block;font-size:22px}
table{border-collapse:collapse;background:#fff;width:100%}th,td{border-bottom:1px solid #e3e6ea;padding:6px 8px;text-align:left;vertical-align:top}
th{cursor:pointer;background:#eef1f5;user-select:none}
.passed{color:#1a7f37}.failed{color:#c62828}.error{color:#9a6700}
.sev-critical{background:#fde2e2}.sev-major{background:#fff1d6}.sev-minor{background:#eef3ff}
details.item{background:#fff;margin:10px 0;border-radius:8px;padding:8px 14px;box-shadow:0 1px 2px #0002}
details.item summary{cursor:pointer;font-weight:600}
pre.answer{white-space:pre-wrap;background:#fbfbfc;border:1px solid #e3e6ea;padding:10px;border-radius:6px;font:13px/1.45 ui-monospace,Menlo,Consolas,monospace}
mark{border-radius:3px;padding:0 1px}mark.sev-critical{background:#ffb3b3}mark.sev-major{background:#ffd98a}mark.sev-minor{background:#c9dcff}
.filters{margin:10px 0;display:flex;gap:8px;flex-wrap:wrap}.filters input,.filters select{padding:5px 8px}
"""

JS = """
function applyFilter(){
  const q=document.getElementById('flt-text').value.toLowerCase();
  const st=document.getElementById('flt-status').value;
  document.querySelectorAll('tr.row').forEach(tr=>{
    const ok=(!q||tr.dataset.search.includes(q))&&(!st||tr.dataset.status===st);
    tr.style.display=ok?'':'none';
  });
}
function sortBy(th){
  const table=th.closest('table');const idx=[...th.parentNode.children].indexOf(th);
  const rows=[...table.querySelectorAll('tbody tr')];const asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';
  rows.sort((a,b)=>{const x=a.children[idx].dataset.v||a.children[idx].textContent;const y=b.children[idx].dataset.v||b.children[idx].textContent;
    const nx=parseFloat(x),ny=parseFloat(y);const c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);return asc?c:-c;});
  rows.forEach(r=>table.querySelector('tbody').appendChild(r));
}
document.addEventListener('DOMContentLoaded',()=>{
  document.getElementById('flt-text').addEventListener('input',applyFilter);
  document.getElementById('flt-status').addEventListener('change',applyFilter);
  document.querySelectorAll('th[data-sort]').forEach(th=>th.addEventListener('click',()=>sortBy(th)));
});
"""

_RANK = {"minor": 1, "major": 2, "critical": 3}


def highlight(text: str, checks: list[dict[str, Any]]) -> str:
    """Escaped answer with failed checks' spans wrapped in <mark> (worst severity wins on overlap)."""
    marks: list[tuple[int, int, str, str]] = []
    for ch in checks:
        if ch.get("outcome") != "fail":
            continue
        for a, b in ch.get("spans") or []:
            if 0 <= a < b <= len(text):
                marks.append((a, b, ch["severity"], ch["rule"]))
    marks.sort(key=lambda m: (m[0], -_RANK[m[2]]))
    out: list[str] = []
    pos = 0
    for a, b, sev, rule in marks:
        if a < pos:
            continue
        out.append(escape(text[pos:a]))
        out.append(f'<mark class="sev-{sev}" title="{escape(rule)}">{escape(text[a:b])}</mark>')
        pos = b
    out.append(escape(text[pos:]))
    return "".join(out)


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def _delta(x: float | None) -> str:
    return "" if x is None else f"{100 * x:+.1f}"


def page(title: str, body: str) -> str:
    return (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{escape(title)}</title>"
            f"<meta name=viewport content='width=device-width,initial-scale=1'><style>{CSS}</style>"
            f"<script>{JS}</script></head><body>{body}</body></html>")


def item_section(it: dict[str, Any]) -> str:
    failed = [c for c in it["checks"] if c.get("outcome") in ("fail", "error")]
    rows = "".join(
        f"<tr class='sev-{escape(c['severity'])}'><td>{escape(c['rule'])}</td><td>{escape(c['severity'])}</td>"
        f"<td>{escape(c.get('outcome', ''))}</td><td>{escape(c['message'])}</td><td>{escape(c['evidence'] or '')}</td></tr>"
        for c in failed)
    checks_table = (f"<table><thead><tr><th>rule</th><th>severity</th><th>outcome</th><th>message</th><th>evidence</th>"
                    f"</tr></thead><tbody>{rows}</tbody></table>") if rows else "<p>All checks passed.</p>"
    err = f"<p class=error>Error: {escape(str(it['error']))}</p>" if it.get("error") else ""
    answer = highlight(it.get("answer") or "", it["checks"])
    return (f"<details class=item id='item-{escape(it['id'])}'><summary><span class='{escape(it['status'])}'>"
            f"{escape(it['status'])}</span> — {escape(it['id'])}: {escape(it['question'][:140])}</summary>"
            f"<h4>Question</h4><p>{escape(it['question'])}</p>{err}<h4>Failed checks</h4>{checks_table}"
            f"<h4>Answer</h4><pre class=answer>{answer}</pre></details>")


def run_report(items: list[dict[str, Any]], summary: dict[str, Any]) -> str:
    c = summary["counts"]
    gate = "PASSED" if summary["gate"]["passed"] else "FAILED"
    cards = "".join(f"<div class=card>{escape(k)}<b>{escape(str(v))}</b></div>" for k, v in (
        ("gate", gate), ("items", c["items"]), ("passed", c["passed"]), ("failed", c["failed"]),
        ("error", c["error"]), ("pass rate", _pct(summary["pass_rate"]))))
    cat_rows = "".join(f"<tr><td>{escape(k)}</td><td>{t['passed']}/{t['passed'] + t['failed'] + t['error']}</td>"
                       f"<td>{_pct(t['pass_rate'])}</td></tr>" for k, t in summary["by_category"].items())
    rows = []
    for it in items:
        failed = [ch["rule"] for ch in it["checks"] if ch.get("outcome") in ("fail", "error")]
        meta = it.get("metadata") or {}
        search = " ".join([it["id"], it["question"], meta.get("cancer_type", ""), *failed]).lower()
        rows.append(f"<tr class=row data-status='{escape(it['status'])}' data-search='{escape(search)}'>"
                    f"<td><a href='#item-{escape(it['id'])}'>{escape(it['id'])}</a></td>"
                    f"<td class='{escape(it['status'])}'>{escape(it['status'])}</td>"
                    f"<td>{escape(str(meta.get('cancer_type', '')))}</td><td data-v='{len(failed)}'>{escape(', '.join(failed))}</td></tr>")
    body = (f"<header><h1>Answer-quality report — gate {gate}</h1></header><main><div class=cards>{cards}</div>"
            f"<h2>Pass rate by category</h2><table><thead><tr><th>category</th><th>passed</th><th>rate</th></tr></thead>"
            f"<tbody>{cat_rows}</tbody></table><h2>Questions</h2><div class=filters>"
            f"<input id=flt-text placeholder='filter: id, text, rule…'><select id=flt-status><option value=''>all</option>"
            f"<option>passed</option><option>failed</option><option>error</option></select></div>"
            f"<table id=items><thead><tr><th data-sort>id</th><th data-sort>status</th><th data-sort>cancer type</th>"
            f"<th data-sort>failed checks</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"<h2>Items</h2>{''.join(item_section(it) for it in items)}</main>")
    return page("Answer-quality report", body)


def compare_report(cmp: dict[str, Any]) -> str:
    g = cmp["gate"]
    verdict = "PASSED" if g["passed"] else "FAILED"
    reasons = "".join(f"<li>{escape(r)}</li>" for r in g["reasons"]) or "<li>no regression</li>"
    cat_rows = "".join(f"<tr><td>{escape(k)}</td><td>{_pct(v['baseline'])}</td><td>{_pct(v['candidate'])}</td>"
                       f"<td>{_delta(v['delta'])}</td></tr>"
                       for k, v in cmp["by_category"].items())
    reg_rows = "".join(f"<tr class='row sev-{escape(r['severity'])}' data-status='regression' "
                       f"data-search='{escape((r['id'] + ' ' + r['rule']).lower())}'><td>{escape(r['id'])}</td>"
                       f"<td>{escape(r['rule'])}</td><td>{escape(r['severity'])}</td><td>{escape(r.get('evidence') or '')}</td></tr>"
                       for r in cmp["regressions"])
    body = (f"<header><h1>Regression report — gate {verdict}</h1></header><main><ul>{reasons}</ul>"
            f"<p>{escape(g['applied'])}</p><h2>Pass rate by category</h2><table><thead><tr><th>category</th>"
            f"<th>baseline</th><th>candidate</th><th>delta (pts)</th></tr></thead><tbody>{cat_rows}</tbody></table>"
            f"<h2>Regressions</h2><div class=filters><input id=flt-text placeholder='filter'>"
            f"<select id=flt-status><option value=''>all</option></select></div><table><thead><tr><th data-sort>id</th>"
            f"<th data-sort>rule</th><th data-sort>severity</th><th>evidence</th></tr></thead><tbody>{reg_rows}</tbody></table></main>")
    return page("Regression report", body)
