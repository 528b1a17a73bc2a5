// 情報提供：手渡す一覧 — the community resources a worker chose on the map, as a sheet to hand the resident:
// each place's name, kind, address, phone, what it offers, and its activities with when and for whom. Printed
// on its own (A4), nothing else of the page with it, and nothing about the resident on it.
import { el, label } from './app.js';

const chosen = new Map();
let panel = null;

/** Who an activity is for, by age: 「対象 65歳以上」, or nothing when it is for everyone. */
export function agesOf(activity) {
  const { targetAgeMin: min, targetAgeMax: max } = activity;
  if (min == null && max == null) return '';
  if (max == null) return `対象 ${min}歳以上`;
  if (min == null) return `対象 ${max}歳以下`;
  return `対象 ${min}〜${max}歳`;
}

/** A resource's full card: what the sheet shows of it, and what the list shows when opened. */
export function resourceCard(row) {
  const r = row.resource;
  return el('div', { class: 'resource-card' },
    el('p', {}, el('strong', {}, r.name), `（${r.kindLabel}）`),
    el('p', {}, r.address ?? '住所の登録なし', r.phone ? `・電話 ${r.phone}` : ''),
    r.offers.length ? el('p', {}, '提供：', r.offers.map((o) => label('Need', o)).join('・')) : null,
    row.activities.length ? el('ul', {}, row.activities.map((a) => el('li', {},
      `${a.name}：${a.scheduleLabel}`, agesOf(a) ? `（${agesOf(a)}）` : '', a.description ? ` — ${a.description}` : ''))) : null);
}

/** The checkbox that puts a resource on the sheet (or takes it off). */
export function handoutToggle(row) {
  const box = el('input', { type: 'checkbox', checked: chosen.has(row.resource.id) ? true : null, onchange: () => {
    if (box.checked) chosen.set(row.resource.id, row); else chosen.delete(row.resource.id);
    render();
  } });
  return el('label', { class: 'handout-toggle' }, box, '手渡す一覧に入れる');
}

function render() {
  panel ??= document.getElementById('handout');
  const rows = [...chosen.values()];
  panel.hidden = rows.length === 0;
  panel.replaceChildren(
    el('h3', {}, '情報提供：地域の社会資源のご案内'),
    el('p', { class: 'muted' }, `選んだ社会資源 ${rows.length}か所。印刷して本人・家族に手渡します（本人の情報は載りません）。`),
    ...rows.map(resourceCard),
    el('p', { class: 'handout-foot' }, 'ご不明な点は、この用紙をお渡しした窓口にお問い合わせください。'),
    el('button', { type: 'button', class: 'secondary', id: 'print-handout', onclick: () => {
      document.body.classList.add('print-handout');
      window.print();
    } }, '手渡す一覧を印刷する（A4）'));
}

window.addEventListener('afterprint', () => document.body.classList.remove('print-handout'));
