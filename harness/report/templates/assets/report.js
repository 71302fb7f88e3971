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
function printOne(target){
  // print.css prints only the section named by the URL fragment
  if(location.hash!=='#'+target)location.hash=target;
  window.print();
}
document.addEventListener('DOMContentLoaded',()=>{
  document.querySelectorAll('.filters input,.filters select').forEach(e=>e.addEventListener(e.tagName==='INPUT'?'input':'change',applyFilter));
  document.querySelectorAll('th[data-sort]').forEach(th=>th.addEventListener('click',()=>sortBy(th)));
  document.addEventListener('change',e=>{if(e.target.closest('.review')||e.target.id==='rv-name')saveLocal();});
  document.querySelectorAll('.review details').forEach(d=>d.addEventListener('toggle',()=>ensureRows(d.closest('.review'))));
  const b=document.getElementById('rv-export');if(b)b.addEventListener('click',exportReview);
  document.querySelectorAll('button.print-one').forEach(btn=>btn.addEventListener('click',()=>printOne(btn.dataset.target)));
  restoreLocal();saveLocal();applyFilter();
});
