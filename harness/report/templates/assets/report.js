// The report's only script (admitted by hash in the CSP). It never builds markup from strings: rows
// are drawn with textContent, and the only innerHTML is a page of sections the harness rendered and
// escaped itself (gzip+base64 in an inert script element, see harness/report/pages.py).
const $=(s,r)=>(r||document).querySelector(s);
const $$=(s,r)=>[...(r||document).querySelectorAll(s)];
async function gunzipB64(text){
  const bin=Uint8Array.from(atob(text.trim()),c=>c.charCodeAt(0));
  return await new Response(new Blob([bin]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}
// ---------------------------------------------------------------- questions table: data rows (run report)
let ROWS=null,VIEW=[],ROWPAGE=0,SORT=null;
function rowsPer(){return META().rows_per_page||100;}
function filterValues(){
  const get=id=>{const e=document.getElementById(id);return e?e.value:'';};
  return {q:get('flt-text').toLowerCase(),st:get('flt-status'),ct:get('flt-cancer'),ch:get('flt-change'),ru:get('flt-rule')};
}
function matches(f,d){
  return (!f.q||d.search.includes(f.q))&&(!f.st||d.status===f.st)&&(!f.ct||d.cancer===f.ct)
    &&(!f.ch||(' '+d.change+' ').includes(' '+f.ch+' '))&&(!f.ru||(' '+d.rules+' ').includes(' '+f.ru+' '));
}
function dataOf(r){return {search:r.search,status:r.status,cancer:r.cancer,change:r.tags.join(' '),rules:r.failed.join(' ')};}
function drawRows(){
  const tb=$('#items tbody');tb.textContent='';
  const per=rowsPer(),from=ROWPAGE*per,slice=VIEW.slice(from,from+per);
  slice.forEach(r=>{
    const tr=document.createElement('tr');tr.className='row';tr.dataset.target=r.anchor;tr.dataset.status=r.status;
    const td=(t,cls)=>{const e=document.createElement('td');if(t!==undefined)e.textContent=t;if(cls)e.className=cls;tr.appendChild(e);return e;};
    const a=document.createElement('a');a.href='#'+r.anchor;a.textContent=r.label;td(undefined).appendChild(a);
    td(r.status,r.status_cls);td(r.cancer);td(r.score===null?'':Math.round(100*r.score)+'%','num');
    td(r.failed.join(', '));td(r.needs_review?String(r.needs_review):'','num');
    tb.appendChild(tr);
  });
  const pg=$('.rows-pager');
  if(pg){pg.hidden=VIEW.length<=per;
    $('.rows-at',pg).textContent=VIEW.length?`rows ${from+1}–${from+slice.length} of ${VIEW.length}`:'no rows';
    $('.rows-prev',pg).disabled=ROWPAGE===0;$('.rows-next',pg).disabled=from+per>=VIEW.length;}
}
function sortRows(th){
  const k=th.dataset.key;const asc=!(SORT&&SORT.k===k&&SORT.asc);SORT={k,asc};
  const val=r=>Array.isArray(r[k])?r[k].length:r[k]===null?-1:r[k];
  ROWS.sort((a,b)=>{const x=val(a),y=val(b);const c=(typeof x==='number'&&typeof y==='number')?x-y:String(x).localeCompare(String(y));return asc?c:-c;});
  applyFilter();
}
// ---------------------------------------------------------------- filter (both reports)
function applyFilter(){
  const f=filterValues();let shown=0;const keep=new Set();
  if(ROWS){
    VIEW=ROWS.filter(r=>matches(f,dataOf(r)));ROWPAGE=0;drawRows();shown=VIEW.length;
    VIEW.forEach(r=>keep.add(r.anchor));
    $$('#pages section.item').forEach(sec=>{sec.style.display=keep.has(sec.id)?'':'none';});
  }else{
    $$('tr.row').forEach(tr=>{
      const d=tr.dataset;const ok=matches(f,d);
      tr.style.display=ok?'':'none';if(ok)shown++;
      const sec=document.getElementById(d.target);if(sec)sec.style.display=ok?'':'none';
    });
  }
  const c=document.getElementById('flt-count');if(c)c.textContent=shown+' shown';
}
function sortBy(th){
  const table=th.closest('table');const idx=[...th.parentNode.children].indexOf(th);
  const rows=[...table.querySelectorAll('tbody tr')];const asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';
  rows.sort((a,b)=>{const x=a.children[idx].dataset.v??a.children[idx].textContent;const y=b.children[idx].dataset.v??b.children[idx].textContent;
    const nx=parseFloat(x),ny=parseFloat(y);const c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);return asc?c:-c;});
  rows.forEach(r=>table.querySelector('tbody').appendChild(r));
}
// ---------------------------------------------------------------- pages of sections (run report)
let PAGE=1;
function nPages(){const p=$('#pages');return p?parseInt(p.dataset.pages,10)||1:1;}
async function loadPage(n){
  const div=$('#pages .page[data-page="'+n+'"]');if(!div)return null;
  const blob=$('#pages script.page-data[data-page="'+n+'"]');
  if(blob&&!div.dataset.loaded){
    div.innerHTML=await gunzipB64(blob.textContent);  // sections rendered and escaped by the harness
    blob.remove();restoreBoxes(div);
    if(ROWS){const keep=new Set(VIEW.map(r=>r.anchor));$$('section.item',div).forEach(s=>{s.style.display=keep.has(s.id)?'':'none';});}
  }
  div.dataset.loaded='1';return div;
}
async function showPage(n,anchor){
  n=Math.max(1,Math.min(nPages(),n));
  const ext=$('#pages .page[data-page="'+n+'"]');
  if(ext&&ext.dataset.href){location.href=ext.dataset.href+'#page-'+n+(anchor?'/'+anchor:'');return;}  // in another file
  const div=await loadPage(n);if(!div)return;
  $$('#pages .page').forEach(p=>{p.hidden=p!==div;});PAGE=n;
  $$('.sections-pager').forEach(nav=>{$('.page-select',nav).value=String(n);
    $('.page-prev',nav).disabled=n===1;$('.page-next',nav).disabled=n===nPages();});
}
async function showItem(anchor){
  const r=ROWS&&ROWS.find(x=>x.anchor===anchor);if(!r)return false;
  await showPage(r.page,anchor);const sec=document.getElementById(anchor);if(!sec)return false;
  sec.style.display='';sec.scrollIntoView();return true;
}
// ---------------------------------------------------------------- clinician review
const META=()=>JSON.parse(document.getElementById('report-meta').textContent);
const STORE=()=>'harness-review:'+META().report_id;
let SAVED=new Map();  // key -> review of that item, including items on pages not opened yet
function boxState(box){
  const d=box.dataset;const pick=s=>{const e=box.querySelector(s);return e?e.value:'';};
  const v=box.querySelector('input.rv-item:checked');
  const checks=[];
  box.querySelectorAll('tr.rv-check').forEach(tr=>{
    const cv=tr.querySelector('input:checked');const sev=tr.querySelector('select').value;
    if(cv||sev)checks.push({rule:tr.dataset.rule,harness_outcome:tr.dataset.outcome,harness_severity:tr.dataset.severity,
      verdict:cv?cv.value:null,severity:sev||null});
  });
  const comment=pick('textarea.rv-comment').trim();const sev=pick('select.rv-sev');
  box.classList.toggle('done',!!v);
  if(!(v||checks.length||comment||sev))return null;
  return {id:d.id,repeat:parseInt(d.repeat,10),harness_status:d.status,verdict:v?v.value:null,
    severity:sev||null,comment:comment,checks:checks};
}
function reviewState(){
  document.querySelectorAll('.review').forEach(box=>{
    const st=boxState(box);if(st)SAVED.set(box.dataset.key,st);else SAVED.delete(box.dataset.key);
  });
  return [...SAVED.values()];
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
function restoreBoxes(root){
  SAVED.forEach(it=>{
    const box=root.querySelector('.review[data-key="'+CSS.escape(it.id+'#'+it.repeat)+'"]');if(!box)return;
    if((it.checks||[]).length)ensureRows(box);
    if(it.verdict){const r=box.querySelector('input.rv-item[value="'+it.verdict+'"]');if(r)r.checked=true;}
    if(it.severity)box.querySelector('select.rv-sev').value=it.severity;
    if(it.comment)box.querySelector('textarea.rv-comment').value=it.comment;
    (it.checks||[]).forEach(c=>{const tr=box.querySelector('tr.rv-check[data-rule="'+CSS.escape(c.rule)+'"]');if(!tr)return;
      if(c.verdict){const r=tr.querySelector('input[value="'+c.verdict+'"]');if(r)r.checked=true;}
      if(c.severity)tr.querySelector('select').value=c.severity;});
    box.classList.toggle('done',!!it.verdict);
  });
}
function restoreLocal(){
  let saved=null;try{saved=JSON.parse(localStorage.getItem(STORE())||'null');}catch(e){}
  if(!saved)return;
  if(saved.name)document.getElementById('rv-name').value=saved.name;
  (saved.items||[]).forEach(it=>SAVED.set(it.id+'#'+it.repeat,it));
  restoreBoxes(document);
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
async function start(){
  document.querySelectorAll('.filters input,.filters select').forEach(e=>e.addEventListener(e.tagName==='INPUT'?'input':'change',applyFilter));
  document.querySelectorAll('th[data-sort]').forEach(th=>th.addEventListener('click',()=>sortBy(th)));
  document.addEventListener('change',e=>{if(e.target.closest('.review')||e.target.id==='rv-name')saveLocal();});
  // toggle does not bubble; a capturing listener sees it for every section, on every page
  document.addEventListener('toggle',e=>{const box=e.target.closest&&e.target.closest('.review');if(box)ensureRows(box);},true);
  document.addEventListener('click',e=>{
    const btn=e.target.closest('button.print-one');if(btn){printOne(btn.dataset.target);return;}
    const a=e.target.closest('a[href^="#item-"]');
    if(a&&ROWS&&!document.getElementById(a.getAttribute('href').slice(1))?.offsetParent){
      e.preventDefault();const id=a.getAttribute('href').slice(1);
      showItem(id).then(ok=>{if(ok&&location.hash!=='#'+id)history.pushState(null,'','#'+id);});
    }
  });
  const b=document.getElementById('rv-export');if(b)b.addEventListener('click',exportReview);
  restoreLocal();
  const data=document.getElementById('rows-data');
  if(data){
    ROWS=JSON.parse(await gunzipB64(data.textContent));
    $$('#items th[data-key]').forEach(th=>th.addEventListener('click',()=>sortRows(th)));
    const pg=$('.rows-pager');
    if(pg){$('.rows-prev',pg).addEventListener('click',()=>{ROWPAGE--;drawRows();});
      $('.rows-next',pg).addEventListener('click',()=>{ROWPAGE++;drawRows();});}
    window.addEventListener('hashchange',()=>{const id=location.hash.slice(1);if(id.startsWith('item-'))showItem(id);});
  }
  $$('.sections-pager').forEach(nav=>{
    $('.page-prev',nav).addEventListener('click',()=>showPage(PAGE-1));
    $('.page-next',nav).addEventListener('click',()=>showPage(PAGE+1));
    $('.page-select',nav).addEventListener('change',e=>showPage(parseInt(e.target.value,10)));
  });
  const pages=$('#pages');
  // #page-N or #page-N/item-…: a page (and an answer on it) asked for by another file of the report
  const want=/^#page-(\d+)(?:\/(.+))?$/.exec(location.hash);
  if(pages)await showPage(want?parseInt(want[1],10):parseInt(pages.dataset.first,10)||1);
  saveLocal();applyFilter();
  if(want&&want[2]){const sec=document.getElementById(want[2]);if(sec){sec.scrollIntoView();history.replaceState(null,'','#'+want[2]);}}
  else if(ROWS&&location.hash.startsWith('#item-')&&!document.getElementById(location.hash.slice(1))?.offsetParent)await showItem(location.hash.slice(1));
  document.documentElement.dataset.ready='1';  // interactive: rows drawn, page 1 shown
}
document.addEventListener('DOMContentLoaded',start);
