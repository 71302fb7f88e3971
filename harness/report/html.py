"""Self-contained HTML reports (run and compare). Model output is untrusted: every piece of text is escaped.

No external resources: CSS, JS and the matplotlib charts (base64 PNG) are inline, so the file opens
from disk with no network. Both reports share the same building blocks: a headline scorecard,
charts, a sortable/filterable table of questions, and one section per question with the answer
(failed checks' evidence highlighted in place), the failed checks, the grounding verdict per claim,
the diff against the baseline (compare) and a clinician review form that exports
``review-<name>.json`` (schemas/review.schema.json) for ``harness review import``.
"""
from __future__ import annotations

import difflib
import json
import re
from html import escape
from pathlib import Path
from typing import Any, Iterable

from harness import __version__
from harness.directions import WORDS

_RANK = {"minor": 1, "major": 2, "critical": 3}
GRADED = ("pass", "fail", "error")

CSS = """
*{box-sizing:border-box}
body{font:14px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
header{background:#1d2a44;color:#fff;padding:14px 24px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;opacity:.85}
main{padding:12px 24px 60px;max-width:1280px}
h2{margin:26px 0 8px;font-size:17px}h4{margin:14px 0 4px}
.cards{display:flex;gap:10px;flex-wrap:wrap;margin:12px 0}.card{background:#fff;border-radius:8px;padding:8px 14px;box-shadow:0 1px 2px #0002;min-width:110px}
.card b{display:block;font-size:21px}.card small{color:#5b6573}
.card.bad{border-left:5px solid #c62828}.card.good{border-left:5px solid #1a7f37}
.reasons li{margin:2px 0}.warning{background:#fff4e5;border-left:4px solid #e65100;padding:6px 10px}.notes{color:#5b6573}
table{border-collapse:collapse;background:#fff;width:100%}th,td{border-bottom:1px solid #e3e6ea;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#eef1f5}th[data-sort]{cursor:pointer;user-select:none}th[data-sort]:after{content:' \\21C5';color:#98a2b3}
td.num,th.num{text-align:right}
.passed,.newly_passing,.pass{color:#1a7f37}.failed,.newly_failing,.fail{color:#c62828;font-weight:600}.error{color:#9a6700}
.sev-critical{background:#fde2e2}.sev-major{background:#fff1d6}.sev-minor{background:#eef3ff}
.charts{display:flex;flex-wrap:wrap;gap:12px}.charts figure{margin:0;background:#fff;border-radius:8px;padding:8px;box-shadow:0 1px 2px #0002}
.charts img{max-width:100%;height:auto;display:block}
section.item{background:#fff;margin:12px 0;border-radius:8px;padding:6px 16px 12px;box-shadow:0 1px 2px #0002}
section.item>h3{font-size:15px;margin:8px 0}
pre.answer,pre.diff{white-space:pre-wrap;background:#fbfbfc;border:1px solid #e3e6ea;padding:10px;border-radius:6px;font:13px/1.45 ui-monospace,Menlo,Consolas,monospace;max-height:560px;overflow:auto}
mark{border-radius:3px;padding:0 1px}mark.sev-critical{background:#ffb3b3;outline:2px solid #c62828}mark.sev-major{background:#ffd98a}mark.sev-minor{background:#c9dcff}
del{background:#ffd7d5;text-decoration:line-through}ins{background:#ccf2d1;text-decoration:none}.skip{color:#8a94a3;font-style:italic}
.filters{margin:10px 0;display:flex;gap:8px;flex-wrap:wrap;align-items:center}.filters input,.filters select{padding:5px 8px}
.verdict-supported{color:#1a7f37}.verdict-unsupported{color:#9a6700;font-weight:600}.verdict-contradicted{color:#c62828;font-weight:600}
.source{color:#4a5566;font-size:12px}
.review{border:1px dashed #98a2b3;border-radius:6px;padding:8px 12px;margin-top:12px;background:#fcfcfd}
.review textarea{width:100%;min-height:44px}.review table td,.review table th{padding:3px 6px;font-size:13px}
.review.done{border-color:#1a7f37;background:#f3fbf4}
#review-bar{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid #e3e6ea;padding:8px 24px;display:flex;gap:10px;align-items:center;flex-wrap:wrap}
#review-bar button{padding:5px 12px}
.muted{color:#5b6573}
"""

JS = r"""
function applyFilter(){
  const q=document.getElementById('flt-text').value.toLowerCase();
  const get=id=>{const e=document.getElementById(id);return e?e.value:'';};
  const st=get('flt-status'),ct=get('flt-cancer'),ch=get('flt-change'),ru=get('flt-rule');
  let shown=0;
  document.querySelectorAll('tr.row').forEach(tr=>{
    const d=tr.dataset;
    const ok=(!q||d.search.includes(q))&&(!st||d.status===st)&&(!ct||d.cancer===ct)&&(!ch||(' '+d.change+' ').includes(' '+ch+' '))
      &&(!ru||(' '+d.rules+' ').includes(' '+ru+' '));
    tr.style.display=ok?'':'none';if(ok)shown++;
    const sec=document.getElementById(d.target);if(sec)sec.style.display=ok?'':'none';
  });
  const c=document.getElementById('flt-count');if(c)c.textContent=shown+' shown';
}
function sortBy(th){
  const table=th.closest('table');const idx=[...th.parentNode.children].indexOf(th);
  const rows=[...table.querySelectorAll('tbody tr')];const asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';
  rows.sort((a,b)=>{const x=a.children[idx].dataset.v??a.children[idx].textContent;const y=b.children[idx].dataset.v??b.children[idx].textContent;
    const nx=parseFloat(x),ny=parseFloat(y);const c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);return asc?c:-c;});
  rows.forEach(r=>table.querySelector('tbody').appendChild(r));
}
const META=()=>JSON.parse(document.getElementById('report-meta').textContent);
const STORE=()=>'harness-review:'+META().report_id;
function reviewState(){
  const out=[];
  document.querySelectorAll('.review').forEach(box=>{
    const d=box.dataset;const pick=s=>{const e=box.querySelector(s);return e?e.value:'';};
    const v=box.querySelector('input.rv-item:checked');
    const checks=[];
    box.querySelectorAll('tr.rv-check').forEach(tr=>{
      const cv=tr.querySelector('input:checked');const sev=tr.querySelector('select').value;
      if(cv||sev)checks.push({rule:tr.dataset.rule,harness_outcome:tr.dataset.outcome,harness_severity:tr.dataset.severity,
        verdict:cv?cv.value:null,severity:sev||null});
    });
    const comment=pick('textarea.rv-comment').trim();const sev=pick('select.rv-sev');
    if(v||checks.length||comment||sev){
      out.push({id:d.id,repeat:parseInt(d.repeat,10),harness_status:d.status,verdict:v?v.value:null,
        severity:sev||null,comment:comment,checks:checks});
    }
    box.classList.toggle('done',!!v);
  });
  return out;
}
function ensureRows(box){
  const tb=box.querySelector('tbody.rv-rows');if(!tb||tb.dataset.done)return;tb.dataset.done='1';
  JSON.parse(tb.dataset.checks).forEach((c,i)=>{
    const tr=document.createElement('tr');tr.className='rv-check';tr.dataset.rule=c[0];tr.dataset.outcome=c[1];tr.dataset.severity=c[2];
    const td=(t,cls)=>{const e=document.createElement('td');if(t!==undefined)e.textContent=t;if(cls)e.className=cls;tr.appendChild(e);return e;};
    td(c[0]+' ('+c[2]+')');td(c[1],c[1]);const v=td();
    ['agree','disagree'].forEach(x=>{const l=document.createElement('label');const r=document.createElement('input');
      r.type='radio';r.name=tb.dataset.name+'-'+i;r.value=x;l.appendChild(r);l.appendChild(document.createTextNode(' '+x+' '));v.appendChild(l);});
    const sel=document.createElement('select');sel.setAttribute('aria-label','your severity');
    ['','none','minor','major','critical'].forEach(x=>{const o=document.createElement('option');o.value=x;o.textContent=x||'—';sel.appendChild(o);});
    td().appendChild(sel);tb.appendChild(tr);
  });
}
function reviewerName(){return document.getElementById('rv-name').value.trim();}
function slug(s){return s.toLowerCase().replace(/[^a-z0-9._-]+/g,'-').replace(/^-+|-+$/g,'')||'anonymous';}
function buildReview(){
  const m=META();
  return {schema_version:1,reviewer:reviewerName()||'anonymous',created_at:new Date().toISOString(),
    report:{kind:m.kind,run:m.run,baseline:m.baseline,report_id:m.report_id,harness_version:m.harness_version},
    items:reviewState()};
}
function saveLocal(){
  const st=reviewState();const c=document.getElementById('rv-count');if(c)c.textContent=st.length+' item(s) reviewed';
  try{localStorage.setItem(STORE(),JSON.stringify({name:reviewerName(),items:st}));}catch(e){}
}
function restoreLocal(){
  let saved=null;try{saved=JSON.parse(localStorage.getItem(STORE())||'null');}catch(e){}
  if(!saved)return;
  if(saved.name)document.getElementById('rv-name').value=saved.name;
  (saved.items||[]).forEach(it=>{
    const box=document.querySelector('.review[data-key="'+CSS.escape(it.id+'#'+it.repeat)+'"]');if(!box)return;
    if((it.checks||[]).length)ensureRows(box);
    if(it.verdict){const r=box.querySelector('input.rv-item[value="'+it.verdict+'"]');if(r)r.checked=true;}
    if(it.severity)box.querySelector('select.rv-sev').value=it.severity;
    if(it.comment)box.querySelector('textarea.rv-comment').value=it.comment;
    (it.checks||[]).forEach(c=>{const tr=box.querySelector('tr.rv-check[data-rule="'+CSS.escape(c.rule)+'"]');if(!tr)return;
      if(c.verdict){const r=tr.querySelector('input[value="'+c.verdict+'"]');if(r)r.checked=true;}
      if(c.severity)tr.querySelector('select').value=c.severity;});
  });
}
function exportReview(){
  const data=buildReview();
  const blob=new Blob([JSON.stringify(data,null,2)+'\n'],{type:'application/json'});
  const a=document.createElement('a');a.href=URL.createObjectURL(blob);a.download='review-'+slug(data.reviewer)+'.json';
  document.body.appendChild(a);a.click();setTimeout(()=>{URL.revokeObjectURL(a.href);a.remove();},0);
  const s=document.getElementById('rv-status');if(s)s.textContent='exported '+a.download+' ('+data.items.length+' items)';
}
document.addEventListener('DOMContentLoaded',()=>{
  document.querySelectorAll('.filters input,.filters select').forEach(e=>e.addEventListener(e.tagName==='INPUT'?'input':'change',applyFilter));
  document.querySelectorAll('th[data-sort]').forEach(th=>th.addEventListener('click',()=>sortBy(th)));
  document.addEventListener('change',e=>{if(e.target.closest('.review')||e.target.id==='rv-name')saveLocal();});
  document.querySelectorAll('.review details').forEach(d=>d.addEventListener('toggle',()=>ensureRows(d.closest('.review'))));
  const b=document.getElementById('rv-export');if(b)b.addEventListener('click',exportReview);
  restoreLocal();saveLocal();applyFilter();
});
"""


# --------------------------------------------------------------------------- small helpers

def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def _delta(x: float | None) -> str:
    return "" if x is None else f"{100 * x:+.1f}"


def _ci(ci: list[float] | None, scale: float = 100) -> str:
    return "" if not ci else f"[{scale * ci[0]:+.1f}, {scale * ci[1]:+.1f}]"


def _sci(ci: list[float] | None) -> str:
    return "" if not ci else f"[{ci[0]:+.3f}, {ci[1]:+.3f}]"


def _key(it: dict[str, Any]) -> str:
    return f"{it['id']}#{int(it.get('repeat', 0))}"


def _anchor(it: dict[str, Any]) -> str:
    rep = int(it.get("repeat", 0))
    return "item-" + re.sub(r"[^A-Za-z0-9_.-]", "_", it["id"]) + (f"-r{rep}" if rep else "")


def _label(it: dict[str, Any]) -> str:
    rep = int(it.get("repeat", 0))
    return it["id"] + (f" (repeat {rep})" if rep else "")


def _meta_json(meta: dict[str, Any]) -> str:
    """JSON for a <script type=application/json> block: '<' escaped so no text can close the tag."""
    return json.dumps(meta, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page(title: str, body: str, meta: dict[str, Any] | None = None) -> str:
    meta_block = f"<script type='application/json' id='report-meta'>{_meta_json(meta or {})}</script>"
    return (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{escape(title)}</title>"
            f"<meta name=viewport content='width=device-width,initial-scale=1'>"
            f"<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; img-src data:; "
            f"style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
            f"<style>{CSS}</style>{meta_block}<script>{JS}</script></head><body>{body}</body></html>")


def cards(rows: Iterable[tuple[str, Any, str]]) -> str:
    """Scorecard; each row is (label, value, css class)."""
    return "<div class=cards>" + "".join(
        f"<div class='card {escape(cls)}'><small>{escape(label)}</small><b>{escape(str(value))}</b></div>"
        for label, value, cls in rows) + "</div>"


def figure(uri: str | None, alt: str) -> str:
    return f"<figure><img alt='{escape(alt)}' src='{uri}'></figure>" if uri else ""


# --------------------------------------------------------------------------- answer rendering

def _marks(text: str, checks: list[dict[str, Any]]) -> list[tuple[int, int, str, str]]:
    marks: list[tuple[int, int, str, str]] = []
    for ch in checks:
        if ch.get("outcome") != "fail":
            continue
        spans = [(a, b) for a, b in ch.get("spans") or [] if 0 <= a < b <= len(text)]
        if not spans and ch.get("evidence"):
            ev = str(ch["evidence"]).strip().strip("'\"…")
            pos = text.find(ev) if len(ev) >= 8 else -1
            if pos >= 0:
                spans = [(pos, pos + len(ev))]
        for a, b in spans:
            marks.append((a, b, ch["severity"], ch["rule"]))
    marks.sort(key=lambda m: (m[0], -_RANK.get(m[2], 0)))
    return marks


def highlight(text: str, checks: list[dict[str, Any]]) -> str:
    """Escaped answer with failed checks' evidence wrapped in <mark> (worst severity wins on overlap).

    Uses the checks' character spans; a failed check without spans is located by its evidence text.
    """
    out: list[str] = []
    pos = 0
    for a, b, sev, rule in _marks(text, checks):
        if a < pos:
            continue
        out.append(escape(text[pos:a]))
        out.append(f"<mark class='sev-{escape(sev)}' data-rule='{escape(rule)}' title='{escape(rule)} ({escape(sev)})'>"
                   f"{escape(text[a:b])}</mark>")
        pos = b
    out.append(escape(text[pos:]))
    return "".join(out)


def _words_diff(a: str, b: str) -> str:
    aw, bw = re.split(r"(\s+)", a), re.split(r"(\s+)", b)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, aw, bw, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(escape("".join(aw[i1:i2])))
        else:
            if i2 > i1:
                out.append(f"<del>{escape(''.join(aw[i1:i2]))}</del>")
            if j2 > j1:
                out.append(f"<ins>{escape(''.join(bw[j1:j2]))}</ins>")
    return "".join(out)


def answer_diff(old: str, new: str, context: int = 1) -> str:
    """Line diff of the answer against the baseline (word-level inside changed lines), escaped."""
    if old == new:
        return "<p class=muted>Answer identical to the baseline.</p>"
    a, b = old.splitlines(), new.splitlines()
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            block = a[i1:i2]
            if len(block) > 2 * context + 1:
                head = block[:context] if out else []
                tail = block[-context:] if i2 < len(a) else []
                out += [escape(x) for x in head]
                out.append(f"<span class=skip>… {len(block) - len(head) - len(tail)} unchanged lines …</span>")
                out += [escape(x) for x in tail]
            else:
                out += [escape(x) for x in block]
        elif op == "replace":
            olds, news = a[i1:i2], b[j1:j2]
            for k in range(max(len(olds), len(news))):
                if k < len(olds) and k < len(news):
                    out.append(_words_diff(olds[k], news[k]))
                elif k < len(olds):
                    out.append(f"<del>{escape(olds[k])}</del>")
                else:
                    out.append(f"<ins>{escape(news[k])}</ins>")
        elif op == "delete":
            out += [f"<del>{escape(x)}</del>" for x in a[i1:i2]]
        else:
            out += [f"<ins>{escape(x)}</ins>" for x in b[j1:j2]]
    return "<pre class=diff>" + "\n".join(out) + "</pre>"


def _first(d: dict[str, Any], *names: str) -> Any:
    for n in names:
        if d.get(n) not in (None, ""):
            return d[n]
    return None


def claims_table(checks: list[dict[str, Any]]) -> str:
    """Grounding verdict per claim, from ``details.claims`` of grounding.* checks (absent → nothing)."""
    rows: list[str] = []
    seen: set[str] = set()
    for ch in checks:
        if ch.get("category") != "grounding":
            continue
        claims = (ch.get("details") or {}).get("claims")
        if not isinstance(claims, list):
            continue
        for cl in claims:
            if not isinstance(cl, dict):
                cl = {"claim": str(cl)}
            text = str(_first(cl, "claim", "text", "sentence", "statement") or "")
            verdict = str(_first(cl, "verdict", "label", "status", "outcome") or "")
            key = f"{text}\x00{verdict}"
            if key in seen:
                continue
            seen.add(key)
            src = _first(cl, "passage_text", "source", "passage", "source_text", "context", "evidence")
            if isinstance(src, dict):
                src = _first(src, "text", "passage", "content") or json.dumps(src, ensure_ascii=False)
            sid = _first(cl, "source_id", "passage_id", "doc_id")
            score = _first(cl, "score", "confidence", "similarity")
            reason = _first(cl, "reason", "explanation")
            vcls = re.sub(r"[^a-z_-]", "", verdict.lower())
            why = f"<br><small class=muted>{escape(str(reason))}</small>" if reason else ""
            rows.append(f"<tr><td>{escape(text)}</td><td class='verdict-{vcls}'>{escape(verdict or '—')}{why}</td>"
                        f"<td class=source>{escape(str(sid)) + ': ' if sid else ''}{escape(str(src or '—'))}</td>"
                        f"<td class=num>{escape(f'{score:.2f}' if isinstance(score, (int, float)) else str(score or ''))}</td></tr>")
    if not rows:
        return ""
    return ("<h4>Grounding: verdict per claim</h4><table class=claims><thead><tr><th>claim</th><th>verdict</th>"
            f"<th>source passage</th><th class=num>score</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def checks_table(checks: list[dict[str, Any]], changes: dict[str, str] | None = None) -> str:
    bad = [c for c in checks if c.get("outcome") in ("fail", "error")]
    if not bad:
        return "<p class=passed>All graded checks passed.</p>"
    bad.sort(key=lambda c: (-_RANK.get(c["severity"], 0), c["rule"]))
    head = "<th>change</th>" if changes is not None else ""
    rows = []
    for c in bad:
        ch = (changes or {}).get(c["rule"], "")
        extra = f"<td class='{escape(ch)}'>{escape(ch.replace('_', ' '))}</td>" if changes is not None else ""
        rows.append(f"<tr class='sev-{escape(c['severity'])}'><td>{escape(c['rule'])}</td><td>{escape(c['severity'])}</td>"
                    f"<td>{escape(c.get('outcome', ''))}</td>{extra}<td>{escape(c['message'])}</td>"
                    f"<td>{escape(c.get('evidence') or '')}</td></tr>")
    return (f"<table><thead><tr><th>rule</th><th>severity</th><th>outcome</th>{head}<th>message</th><th>evidence</th>"
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table>")


_SEV_OPTS = "<option value=''>—</option><option>none</option><option>minor</option><option>major</option><option>critical</option>"


def review_form(it: dict[str, Any]) -> str:
    """Clinician review of one item: agree/disagree with the verdict overall and per check, severity, comment."""
    key = _key(it)
    name = "rv-" + re.sub(r"[^A-Za-z0-9_-]", "_", key)
    graded = [c for c in it.get("checks", []) if c.get("outcome") in ("pass", "fail")]
    graded.sort(key=lambda c: (c["outcome"] != "fail", -_RANK.get(c["severity"], 0), c["rule"]))
    data = json.dumps([[c["rule"], c["outcome"], c["severity"]] for c in graded], ensure_ascii=False)
    checks_part = (f"<details><summary>Review individual checks ({len(graded)}; failed first)</summary>"
                   f"<table><thead><tr><th>rule</th><th>harness</th><th>you</th><th>your severity</th></tr></thead>"
                   f"<tbody class=rv-rows data-name='{name}' data-checks='{escape(data)}'></tbody></table></details>") if graded else ""
    return (f"<div class=review data-key='{escape(key)}' data-id='{escape(it['id'])}' data-repeat='{int(it.get('repeat', 0))}' "
            f"data-status='{escape(it['status'])}'><b>Clinician review</b> — automated verdict: "
            f"<span class='{escape(it['status'])}'>{escape(it['status'])}</span>. "
            f"<label><input type=radio class=rv-item name='{name}' value=agree> agree</label> "
            f"<label><input type=radio class=rv-item name='{name}' value=disagree> disagree</label> · "
            f"your severity <select class=rv-sev>{_SEV_OPTS}</select>"
            f"<textarea class=rv-comment placeholder='comment (optional)'></textarea>{checks_part}</div>")


def review_bar() -> str:
    return ("<div id=review-bar><b>Clinician review</b><label>your name <input id=rv-name placeholder='e.g. dr-lee'></label>"
            "<button id=rv-export type=button>Export review JSON</button><span id=rv-count class=muted></span>"
            "<span id=rv-status class=muted></span><span class=muted>Saved in this browser; import with "
            "<code>harness review import review-NAME.json --run DIR</code></span></div>")


def item_section(it: dict[str, Any], base: dict[str, Any] | None = None, changes: dict[str, str] | None = None,
                 compare: bool = False) -> str:
    meta = it.get("metadata") or {}
    facts = " · ".join(escape(str(x)) for x in (meta.get("cancer_type"), meta.get("topic"), meta.get("risk_tier")) if x)
    err = f"<p class=error>Error: {escape(str(it['error']))}</p>" if it.get("error") else ""
    status = (f"<span class='{escape(str(base['status']))}'>{escape(str(base['status']))}</span> → " if base else "") + \
        f"<span class='{escape(it['status'])}'>{escape(it['status'])}</span>"
    answer = it.get("answer") or ""
    diff = ""
    if compare:
        diff = ("<h4>Diff against the baseline answer</h4>" + answer_diff(base.get("answer") or "", answer)
                if base else "<p class=muted>Not in the baseline run.</p>")
    return (f"<section class=item id='{_anchor(it)}'><h3>{status} — {escape(_label(it))}"
            f"{' <small class=muted>' + facts + '</small>' if facts else ''}</h3>"
            f"<h4>Question</h4><p>{escape(it['question'])}</p>{err}"
            f"<h4>Failed checks</h4>{checks_table(it.get('checks', []), changes)}"
            f"<h4>Answer{' (candidate)' if compare else ''} — failed checks' evidence highlighted</h4>"
            f"<pre class=answer>{highlight(answer, it.get('checks', []))}</pre>"
            f"{claims_table(it.get('checks', []))}{diff}{review_form(it)}</section>")


def _options(elem_id: str, label: str, values: Iterable[str]) -> str:
    opts = "".join(f"<option value='{escape(v)}'>{escape(v.replace('_', ' '))}</option>" for v in values)
    return f"<select id={elem_id} aria-label='{escape(label)}'><option value=''>{escape(label)}: all</option>{opts}</select>"


def _rate_table(rows: dict[str, Any], compare: bool) -> str:
    if compare:
        body = "".join(f"<tr><td>{escape(k)}</td><td class=num>{_pct(v['baseline'])}</td><td class=num>{_pct(v['candidate'])}</td>"
                       f"<td class=num>{_delta(v['delta'])}</td><td class=num>{_ci(v.get('ci'))}</td></tr>"
                       for k, v in rows.items())
        return ("<table><thead><tr><th></th><th class=num>baseline</th><th class=num>candidate</th>"
                f"<th class=num>delta (pts)</th><th class=num>95% CI (pts)</th></tr></thead><tbody>{body}</tbody></table>")
    body = "".join(f"<tr><td>{escape(k)}</td><td class=num>{t['passed']}/{t['passed'] + t['failed'] + t['error']}</td>"
                   f"<td class=num>{t['not_graded']}</td><td class=num>{_pct(t['pass_rate'])}</td></tr>" for k, t in rows.items())
    return ("<table><thead><tr><th></th><th class=num>passed/graded</th><th class=num>not graded</th>"
            f"<th class=num>pass rate</th></tr></thead><tbody>{body}</tbody></table>")


def _item_score(it: dict[str, Any]) -> float | None:
    v = (it.get("scores") or {}).get("pass_fraction")
    return float(v) if isinstance(v, (int, float)) else None


def _charts(cand: list[dict[str, Any]], base: list[dict[str, Any]] | None,
            by_cat: dict[str, tuple[float | None, float | None]], by_sev: dict[str, tuple[float | None, float | None]],
            scores: dict[str, dict[str, Any]] | None = None) -> str:
    from harness.report import charts

    figs = [figure(charts.rate_bars(by_cat, "Pass rate by category"), "pass rate by category"),
            figure(charts.rate_bars(by_sev, "Pass rate by severity"), "pass rate by severity")]
    cs = [s for it in cand if (s := _item_score(it)) is not None]
    bs = [s for it in base if (s := _item_score(it)) is not None] if base is not None else None
    figs.append(figure(charts.score_hist(bs, cs, "Score distribution (share of graded checks passed per answer)",
                                         "pass fraction"), "score distribution"))
    if scores:
        figs.append(figure(charts.score_changes(scores, "Scores per question: better or worse than the baseline"),
                           "score changes by direction"))
    cells = charts.pass_table(cand, "cancer_type", "category")
    rows = sorted({r for r, _ in cells})
    cols = sorted({c for _, c in cells})
    if base is not None:
        bcells = charts.pass_table(base, "cancer_type", "category")
        delta = {k: (v - bcells[k]) if v is not None and bcells.get(k) is not None else None for k, v in cells.items()}
        figs.append(figure(charts.heatmap(rows, cols, cells, "Candidate pass rate by cancer type (%)"), "heat map"))
        figs.append(figure(charts.heatmap(rows, cols, delta, "Change vs baseline by cancer type (pts)", diverging=True),
                           "heat map of changes"))
    else:
        figs.append(figure(charts.heatmap(rows, cols, cells, "Pass rate by cancer type (%)"), "heat map"))
    return "<div class=charts>" + "".join(figs) + "</div>"


def _filters(cancers: list[str], rules: list[str], changes: list[str] | None) -> str:
    return ("<div class=filters><input id=flt-text placeholder='filter: id, question, rule…' aria-label=filter>"
            + _options("flt-status", "status", ["passed", "failed", "error"])
            + _options("flt-cancer", "cancer type", cancers)
            + _options("flt-rule", "failing rule", rules)
            + (_options("flt-change", "change", changes) if changes else "")
            + "<span id=flt-count class=muted></span></div>")


# --------------------------------------------------------------------------- run report

def stale_sources_section(stale: list[tuple[Any, list[str]]] | None) -> str:
    """Passages cited by these answers that were last checked longer ago than the freshness window."""
    if not stale:
        return ""
    rows = "".join(f"<tr><td>{escape(s.source_id)}</td><td>{escape(s.as_of)}</td><td class=num>{s.age_months}</td>"
                   f"<td>{escape(', '.join(ids))}</td></tr>" for s, ids in stale)
    return ("<h2>Stale sources cited</h2><p class=muted>Passages whose facts were last checked longer ago than the "
            "freshness window; re-check them before trusting the answers that cite them.</p><table id=stale><thead><tr>"
            "<th>source</th><th>as of</th><th class=num>months old</th><th>cited by</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")


def run_report(items: list[dict[str, Any]], summary: dict[str, Any], run_dir: str | Path | None = None,
               stale: list[tuple[Any, list[str]]] | None = None) -> str:
    c = summary["counts"]
    ok = summary["gate"]["passed"]
    gate = "PASSED" if ok else "FAILED"
    card = cards([("gate", gate, "good" if ok else "bad"), ("answers", c["items"], ""), ("passed", c["passed"], ""),
                  ("failed", c["failed"], "bad" if c["failed"] else ""), ("error", c["error"], "bad" if c["error"] else ""),
                  ("item pass rate", _pct(summary["pass_rate"]), "")])
    by_cat = {k: (None, t["pass_rate"]) for k, t in summary["by_category"].items()}
    by_sev = {k: (None, t["pass_rate"]) for k, t in summary["by_severity"].items()}
    rows, rules_seen, cancers = [], set(), set()
    for it in items:
        failed = [ch["rule"] for ch in it["checks"] if ch.get("outcome") in ("fail", "error")]
        rules_seen.update(failed)
        meta = it.get("metadata") or {}
        ct = str(meta.get("cancer_type") or "")
        if ct:
            cancers.add(ct)
        worst = max((_RANK.get(ch["severity"], 0) for ch in it["checks"] if ch.get("outcome") == "fail"), default=0)
        search = " ".join([it["id"], it["question"], ct, *failed]).lower()
        score = _item_score(it)
        rows.append(f"<tr class=row data-target='{_anchor(it)}' data-status='{escape(it['status'])}' data-cancer='{escape(ct)}' "
                    f"data-rules='{escape(' '.join(failed))}' data-search='{escape(search)}'>"
                    f"<td data-v='{escape(_key(it))}'><a href='#{_anchor(it)}'>{escape(_label(it))}</a></td>"
                    f"<td class='{escape(it['status'])}' data-v='{worst + (10 if it['status'] == 'error' else 0)}'>{escape(it['status'])}</td>"
                    f"<td>{escape(ct)}</td><td class=num data-v='{score if score is not None else -1}'>{'' if score is None else f'{100 * score:.0f}%'}</td>"
                    f"<td data-v='{len(failed)}'>{escape(', '.join(failed))}</td></tr>")
    order = sorted(items, key=lambda i: ({"error": 0, "failed": 1, "passed": 2}.get(i["status"], 3), i["id"], int(i.get("repeat", 0))))
    title = f"Answer-quality report — gate {gate}"
    prov = " · ".join(x for x in (
        f"prompt {summary['prompt']['version']}" if (summary.get("prompt") or {}).get("version") else "",
        f"rubric {summary['rubric']['name']}" if (summary.get("rubric") or {}).get("name") else "",
        f"created {summary.get('created_at', '')}") if x)
    body = (f"<header><h1>{escape(title)}</h1><p>{escape(str(run_dir or ''))} {escape(prov)}</p></header>{review_bar()}<main>{card}"
            f"<h2>Charts</h2>{_charts(items, None, by_cat, by_sev)}"
            f"<h2>Pass rate by category</h2>{_rate_table(summary['by_category'], False)}"
            f"<h2>Pass rate by severity</h2>{_rate_table(summary['by_severity'], False)}"
            f"{stale_sources_section(stale)}"
            f"<h2>Questions</h2>{_filters(sorted(cancers), sorted(rules_seen), None)}"
            f"<table id=items><thead><tr><th data-sort>id</th><th data-sort>status</th><th data-sort>cancer type</th>"
            f"<th data-sort class=num>score</th><th data-sort>failed checks</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"<h2>Answers</h2>{''.join(item_section(it) for it in order)}</main>")
    meta = {"kind": "run", "run": str(run_dir) if run_dir else None, "baseline": None,
            "report_id": f"run:{run_dir}:{summary.get('created_at', '')}", "harness_version": __version__}
    return page(title, body, meta)


# --------------------------------------------------------------------------- compare report

def compare_report(cmp: dict[str, Any], base_items: list[dict[str, Any]] | None = None,
                   cand_items: list[dict[str, Any]] | None = None, md_path: str | None = None) -> str:
    """compare.html. Without the run items (old callers), they are loaded from the compared run folders."""
    from harness.results import load_results

    if base_items is None:
        base_items = load_results(cmp["baseline"]["path"])
    if cand_items is None:
        cand_items = load_results(cmp["candidate"]["path"])
    bmap = {_key(i): i for i in base_items}
    cmap = {_key(i): i for i in cand_items}
    diffs = {f"{d['id']}#{d['repeat']}": d for d in cmp["items"]}
    g = cmp["gate"]
    ok = g["passed"]
    verdict = "PASSED" if ok else "FAILED"
    reasons = "".join(f"<li>{escape(r)}</li>" for r in g["reasons"]) or "<li>no regression at or above " \
        f"'{escape(g['fail_on'])}' severity</li>"
    notes = "".join(f"<li>{escape(n)}</li>" for n in g.get("notes", []))
    regs, imps = cmp["regressions"], cmp["improvements"]
    b, c = cmp["baseline"], cmp["candidate"]
    pf = (cmp.get("scores") or {}).get("pass_fraction")
    card = cards([
        ("regression gate", verdict, "good" if ok else "bad"),
        ("regressions", len(regs), "bad" if regs else ""), ("improvements", len(imps), "good" if imps else ""),
        ("item pass rate", f"{_pct(b['pass_rate'])} → {_pct(c['pass_rate'])}", ""),
        ("mean score Δ", f"{_delta(pf['delta'])} pts {_ci(pf.get('ci'))}" if pf else "n/a", ""),
        ("answers changed, scores not", len(cmp["answer_changed_scores_unchanged"]), ""),
    ])
    by_cat = {k: (v["baseline"], v["candidate"]) for k, v in cmp["by_category"].items()}
    by_sev = {k: (v["baseline"], v["candidate"]) for k, v in cmp["by_severity"].items()}

    reg_rows = "".join(
        f"<tr class='sev-{escape(r['severity'])}'><td><a href='#{_anchor(r)}'>{escape(_label(r))}</a></td><td>{escape(r['rule'])}</td>"
        f"<td>{escape(r['category'])}</td><td data-v='{_RANK.get(r['severity'], 0)}'>{escape(r['severity'])}</td>"
        f"<td>{escape(r.get('evidence') or r.get('message') or '')}</td></tr>" for r in regs)
    reg_table = (f"<table id=regressions><thead><tr><th data-sort>question</th><th data-sort>rule</th><th data-sort>category</th>"
                 f"<th data-sort>severity</th><th>evidence</th></tr></thead><tbody>{reg_rows}</tbody></table>"
                 if regs else "<p>No check newly fails.</p>")
    score_rows = "".join(
        f"<tr class='{escape(v.get('assessment', ''))}'><td>{escape(k)}</td>"
        f"<td>{escape(WORDS.get(v.get('direction', 'higher'), ''))}</td><td>{escape(v.get('assessment', ''))}</td>"
        f"<td class=num>{v['n']}</td><td class=num>{v['baseline']:.3f}</td><td class=num>{v['candidate']:.3f}</td>"
        f"<td class=num>{v['delta']:+.3f}</td><td class=num>{_sci(v.get('ci'))}</td>"
        f"<td class=num>{v.get('worse', '')}/{v.get('better', '')}</td></tr>"
        for k, v in (cmp.get("scores") or {}).items())
    rule_rows = "".join(
        f"<tr><td>{escape(k)}</td><td>{escape(r['category'])}</td><td data-v='{_RANK.get(r['severity'], 0)}'>{escape(r['severity'])}</td>"
        f"<td class=num>{r['newly_failing']}</td><td class=num>{r['newly_passing']}</td><td class=num>{r['still_failing']}</td>"
        f"<td class=num>{r['p_value']:.3g}</td></tr>"
        for k, r in cmp["rules"].items() if r["newly_failing"] or r["newly_passing"] or r["still_failing"])

    rows, sections, rules_seen, cancers = [], [], set(), set()
    keys = list(dict.fromkeys([*cmap, *bmap]))

    def order(k: str) -> tuple[int, str]:
        d = diffs.get(k) or {}
        chg = {ch["change"] for ch in d.get("checks", [])}
        return (0 if "newly_failing" in chg else 1 if "newly_passing" in chg else 2 if d.get("answer_changed") else 3, k)

    for k in sorted(keys, key=order):
        it, bit, d = cmap.get(k), bmap.get(k), diffs.get(k) or {"checks": []}
        shown = it or bit
        assert shown is not None
        changes = {ch["rule"]: ch["change"] for ch in d["checks"]}
        newly = [r for r, ch in changes.items() if ch == "newly_failing"]
        fixed = [r for r, ch in changes.items() if ch == "newly_passing"]
        failing = [ch["rule"] for ch in shown["checks"] if ch.get("outcome") in ("fail", "error")] if it else []
        rules_seen.update(failing)
        tags = set(changes.values()) - {"unchanged"}
        if d.get("answer_changed"):
            tags.add("answer_changed")
        if d.get("answer_changed_scores_unchanged"):
            tags.add("answer_changed_scores_unchanged")
        if it is None:
            tags.add("missing_in_candidate")
        if bit is None:
            tags.add("new_in_candidate")
        ct = str((shown.get("metadata") or {}).get("cancer_type") or "")
        if ct:
            cancers.add(ct)
        st = it["status"] if it else "missing"
        search = " ".join([shown["id"], shown["question"], ct, *failing, *newly]).lower()
        anchor = _anchor(shown)
        rows.append(
            f"<tr class=row data-target='{anchor}' data-status='{escape(st)}' data-cancer='{escape(ct)}' "
            f"data-change='{escape(' '.join(sorted(tags)))}' data-rules='{escape(' '.join(sorted(set(failing) | set(newly))))}' "
            f"data-search='{escape(search)}'><td data-v='{escape(k)}'><a href='#{anchor}'>{escape(_label(shown))}</a></td>"
            f"<td>{escape(ct)}</td><td class='{escape(str(bit['status']) if bit else '')}'>{escape(bit['status'] if bit else '—')}</td>"
            f"<td class='{escape(st)}'>{escape(st)}</td>"
            f"<td class=newly_failing data-v='{len(newly)}'>{escape(', '.join(newly))}</td>"
            f"<td class=newly_passing data-v='{len(fixed)}'>{escape(', '.join(fixed))}</td>"
            f"<td data-v='{len(failing)}'>{escape(', '.join(failing))}</td>"
            f"<td>{'yes' if d.get('answer_changed') else ''}</td></tr>")
        if it is not None:
            sections.append(item_section(it, bit, changes, compare=True))
        else:
            sections.append(f"<section class=item id='{anchor}'><h3>{escape(_label(shown))}: missing from the candidate run</h3>"
                            f"<p>{escape(shown['question'])}</p></section>")

    change_opts = ["newly_failing", "newly_passing", "still_failing", "score_changed", "answer_changed",
                   "answer_changed_scores_unchanged", "missing_in_candidate", "new_in_candidate"]
    title = f"Regression report — gate {verdict}"
    body = (f"<header><h1>{escape(title)}</h1><p>baseline {escape(b['path'])} → candidate {escape(c['path'])}"
            f"{' · ' + escape(md_path) if md_path else ''}</p></header>{review_bar()}<main>{card}"
            + (f"<p class=significance><strong>{escape(cmp['significance']['text'])}</strong></p>" if cmp.get("significance") else "")
            + "".join(f"<p class=warning>⚠ {escape(w)}</p>" for w in g.get("warnings", []))
            + f"<ul class=reasons>{reasons}</ul><p class=muted>Gate: {escape(g['applied'])}.</p>"
            + (f"<details><summary>Not gating ({len(g.get('notes', []))})</summary><ul class=notes>{notes}</ul></details>" if notes else "")
            + f"<h2>Regressions ({len(regs)})</h2>{reg_table}"
            f"<h2>Charts</h2>{_charts(cand_items, base_items, by_cat, by_sev, cmp.get('scores'))}"
            f"<h2>Pass rate by category</h2>{_rate_table(cmp['by_category'], True)}"
            f"<h2>Pass rate by severity</h2>{_rate_table(cmp['by_severity'], True)}"
            + (f"<h2>Mean scores (paired bootstrap, {cmp.get('bootstrap', {}).get('samples', '')} resamples of questions)</h2>"
               f"<table><thead><tr><th>score</th><th>direction</th><th>change</th><th class=num>questions</th><th class=num>baseline</th><th class=num>candidate</th>"
               f"<th class=num>delta</th><th class=num>95% CI</th><th class=num>worse/better (by direction)</th></tr></thead><tbody>{score_rows}</tbody></table>"
               if score_rows else "")
            + (f"<h2>Per rule</h2><table id=rules><thead><tr><th data-sort>rule</th><th data-sort>category</th><th data-sort>severity</th>"
               f"<th data-sort class=num>newly failing</th><th data-sort class=num>newly passing</th><th data-sort class=num>still failing</th>"
               f"<th data-sort class=num>McNemar p</th></tr></thead><tbody>{rule_rows}</tbody></table>" if rule_rows else "")
            + f"<h2>Questions</h2>{_filters(sorted(cancers), sorted(rules_seen), change_opts)}"
            f"<table id=items><thead><tr><th data-sort>id</th><th data-sort>cancer type</th><th data-sort>baseline</th>"
            f"<th data-sort>candidate</th><th data-sort>newly failing</th><th data-sort>newly passing</th>"
            f"<th data-sort>failing now</th><th data-sort>answer changed</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"<h2>Answers</h2>{''.join(sections)}</main>")
    meta = {"kind": "compare", "run": c["path"], "baseline": b["path"],
            "report_id": f"compare:{b['path']}:{c['path']}", "harness_version": __version__}
    return page(title, body, meta)
