// 事業評価: the yearly evaluation as the 重層的支援体制整備事業推進会議 receives it — each 事業's targets and actuals
// with the previous year and its 現状と課題, the outcome indicators — on screen, as a CSV of exactly what is shown,
// and printed alone on A4 portrait. The coordinator enters what the record cannot count.
import { download, el, gql, label, showErrors, startPage, terms } from './app.js';

const { me } = await startPage('/evaluation');
const form = document.getElementById('choose');
const report = document.getElementById('report');
const messages = document.getElementById('messages');
const params = new URLSearchParams(location.search);
const today = new Date();
const currentFiscalYear = today.getMonth() >= 3 ? today.getFullYear() : today.getFullYear() - 1;
for (let year = currentFiscalYear; year >= Math.max(2021, currentFiscalYear - 4); year--) {
  document.getElementById('year').append(el('option', { value: year }, `${year}年度（令和${year - 2018}年度）`));
}
if (params.has('year')) document.getElementById('year').value = params.get('year');

const COUNT = 'key label count suppressed previousYear previousSuppressed';
const EVALUATION = `query($year: Int!) { evaluation(fiscalYear: $year) {
  fiscalYear fiscalYearName withinPlanPeriod suppressionThreshold countedAt plan { name firstYear lastYear }
  businesses { business narrative { text enteredBy enteredAt }
    targets { id name unit source target targetText actual actualSource suppressed ratio previousYear enteredBy enteredAt note computed } }
  outcomes { plansClosed { ${COUNT} } plansSuspended { ${COUNT} } goalAttainment { ${COUNT} }
    participationStarted { ${COUNT} } reached3Months { ${COUNT} } stillAfter3Months { ${COUNT} }
    reached6Months { ${COUNT} } stillAfter6Months { ${COUNT} }
    referralRoutes { ${COUNT} } byPattern { ${COUNT} } byHowKnown { ${COUNT} } } } }`;
let rows = []; // the report as rows of words, for the CSV

const under = (threshold) => `${threshold}未満`;
const era = (year) => `令和${year - 2018 === 1 ? '元' : year - 2018}年度`;

function figure(value, suppressed, threshold, unit = '') {
  if (suppressed) return under(threshold);
  return value === null || value === undefined ? '記録なし' : `${value.toLocaleString('ja-JP')}${unit}`;
}

function targetWords(t) {
  if (t.target !== null) return `${t.target.toLocaleString('ja-JP')}${t.unit}`;
  return t.targetText ?? '—';
}

function actualWords(t, threshold) {
  if (t.suppressed) return under(threshold);
  if (t.actualSource === 'NO_DATA') return t.computed ? '記録なし' : '未入力';
  return `${t.actual.toLocaleString('ja-JP')}${t.unit}`;
}

function table(headers, body, widths = []) {
  return el('table', {}, el('colgroup', {}, headers.map((_, i) => el('col', { class: widths[i] ?? '' }))),
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, body));
}

function countRows(section, counts, threshold, previousName) {
  return counts.map((c) => {
    const now = figure(c.count, c.suppressed, threshold);
    const before = figure(c.previousYear, c.previousSuppressed, threshold);
    rows.push([section, c.label, now, before]);
    return el('tr', {}, el('th', { scope: 'row' }, c.label), el('td', { class: 'number' }, now),
      el('td', { class: 'number' }, before));
  });
}

async function show() {
  const year = Number(form.year.value);
  const answer = await gql(EVALUATION, { year });
  if (showErrors(answer, messages)) return;
  messages.replaceChildren();
  const e = answer.data.evaluation;
  const threshold = e.suppressionThreshold;
  const previousName = era(e.fiscalYear - 1);
  rows = [['区分', '項目', '目標', `${e.fiscalYearName}実績`, '達成率', `${previousName}実績`, '実績の出所']];
  const parts = [
    el('h2', {}, `${e.fiscalYearName} 重層的支援体制整備事業 実施状況報告`),
    el('p', { class: 'meta' }, `${e.plan.name}（${era(e.plan.firstYear)}〜${era(e.plan.lastYear)}）${e.withinPlanPeriod ? '' : '・計画期間外'}`),
    el('p', { class: 'meta' }, `集計時点：${e.countedAt}（日本時間）`),
  ];
  for (const b of e.businesses) {
    const name = label('SupportBusiness', b.business);
    parts.push(el('h3', {}, name));
    const body = b.targets.map((t) => {
      const ratio = t.ratio === null ? '—' : `${(t.ratio * 100).toFixed(1)}%`;
      const before = t.previousYear === null ? '—' : `${t.previousYear.toLocaleString('ja-JP')}${t.unit}`;
      const source = t.actualSource === 'ENTERED' ? `手入力：${t.enteredBy ?? ''} ${t.enteredAt ?? ''}${t.note ? `（${t.note}）` : ''}`
        : label('ActualSource', t.actualSource);
      rows.push([name, t.name, targetWords(t), actualWords(t, threshold), ratio, before, source]);
      return el('tr', {}, el('th', { scope: 'row' }, t.name, t.source ? el('div', { class: 'meta' }, `出典：${t.source}`) : ''),
        el('td', { class: 'number' }, targetWords(t)), el('td', { class: 'number' }, actualWords(t, threshold)),
        el('td', { class: 'number' }, ratio), el('td', { class: 'number' }, before), el('td', {}, source));
    });
    parts.push(b.targets.length ? table(['指標', '目標', '実績', '達成率', `前年度（${previousName}）`, '実績の出所'], body, ['name'])
      : el('p', { class: 'meta' }, '実施計画に数値の目標はありません。'));
    const narrative = b.narrative ? b.narrative.text : '（未入力）';
    rows.push([name, '現状と課題', '', narrative, '', '', b.narrative ? `${b.narrative.enteredBy ?? ''} ${b.narrative.enteredAt}` : '']);
    parts.push(el('p', { class: 'meta' }, '現状と課題'), el('div', { class: 'narrative' }, narrative));
  }
  const o = e.outcomes;
  rows.push([], ['成果指標', '項目', `${e.fiscalYearName}`, `${previousName}`]);
  const headers = ['項目', e.fiscalYearName, previousName];
  parts.push(el('h3', {}, '成果指標'),
    el('p', { class: 'meta' }, '支援プラン（終結・中断は、決定した会議の日の年度に数えます）'),
    table(headers, countRows('支援プラン', [o.plansClosed, o.plansSuspended], threshold), ['name']),
    el('p', { class: 'meta' }, '終結時の目標の達成状況'),
    table(headers, countRows('終結時の目標の達成状況', o.goalAttainment, threshold), ['name']),
    el('p', { class: 'meta' }, '参加支援の定着（年度内に開始したもの）'),
    table(headers, countRows('参加支援の定着', [o.participationStarted, o.reached3Months, o.stillAfter3Months,
      o.reached6Months, o.stillAfter6Months], threshold), ['name']),
    el('p', { class: 'meta' }, 'つなぎの経路（分野→分野）'),
    o.referralRoutes.length ? table(headers, countRows('つなぎの経路', o.referralRoutes, threshold), ['name'])
      : el('p', { class: 'meta' }, 'この年度と前年度のつなぎの記録はありません。'),
    el('p', { class: 'meta' }, '課題の類型別の世帯数（年度内にケースがあった世帯）'),
    table(headers, countRows('課題の類型', o.byPattern, threshold), ['name']),
    el('p', { class: 'meta' }, '把握の経路別の世帯数（年度内に初めて把握した世帯）'),
    table(headers, countRows('把握の経路', o.byHowKnown, threshold), ['name']),
    el('p', { class: 'footnote' }, `※ 個人が特定されるおそれがあるため、人に関する${threshold}未満の件数は「${under(threshold)}」と表示しています。`
      + '「記録なし」は、この年度の記録がないことを示します（実施がなかったとは限りません）。'));
  report.replaceChildren(...parts);
  document.title = `${e.fiscalYearName} 事業評価 — 重層的支援 ワークスペース`;
  fillEntryForms(e);
}

function fillEntryForms(e) {
  const entry = document.getElementById('entry');
  entry.hidden = !me.roles.includes('COORDINATOR');
  const target = document.getElementById('actual-target');
  const chosen = target.value;
  target.replaceChildren(...e.businesses.flatMap((b) => b.targets.filter((t) => !t.computed)
    .map((t) => el('option', { value: t.id, selected: t.id === chosen ? true : null }, `${label('SupportBusiness', b.business)}：${t.name}`))));
  const business = document.getElementById('narrative-business');
  if (!business.options.length) {
    business.append(...terms('SupportBusiness').map(([code, word]) => el('option', { value: code }, word)));
  }
}

async function save(query, input, done) {
  const box = document.getElementById('entry-messages');
  const answer = await gql(query, { input });
  if (showErrors(answer, box)) return;
  box.replaceChildren(el('p', { class: 'notice', role: 'status' }, done));
  await show();
}

document.getElementById('actual-form').addEventListener('submit', (event) => {
  event.preventDefault();
  save('mutation($input: EnterEvaluationActualInput!) { enterEvaluationActual(input: $input) { id } }',
    { targetId: document.getElementById('actual-target').value, fiscalYear: Number(form.year.value),
      value: Number(document.getElementById('actual-value').value), note: document.getElementById('actual-note').value || null },
    '実績を保存しました。');
});
document.getElementById('narrative-form').addEventListener('submit', (event) => {
  event.preventDefault();
  save('mutation($input: EnterEvaluationNarrativeInput!) { enterEvaluationNarrative(input: $input) { business } }',
    { business: document.getElementById('narrative-business').value, fiscalYear: Number(form.year.value),
      text: document.getElementById('narrative-text').value }, '現状と課題を保存しました。');
});
document.getElementById('csv').addEventListener('click', () => {
  const quote = (v) => `"${String(v ?? '').replaceAll('"', '""')}"`;
  download(`事業評価_${form.year.value}年度.csv`, rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n');
});
document.getElementById('print').addEventListener('click', () => window.print());
form.addEventListener('submit', (event) => { event.preventDefault(); show(); });
await show();
