// ダッシュボード: the dashboard query as a chart by area and month, the same cells as a table (suppressed cells
// as 「5未満」), targets against actuals, and a CSV of exactly the table on screen.
import { el, gql, inJapanTime, showErrors, startPage, download, label, terms } from './app.js';

/** The enums a cell's key may be a value of, in the order they are tried. */
const KEY_TYPES = ['Field', 'ResourceKind', 'PlanStatus', 'MatchStatus', 'CaseStatus', 'HouseholdPattern', 'SignalSource',
  'VisitOutcome', 'MeetingKind', 'ReferralDirection'];

/** A cell's key in words: a field, a kind of resource, a status, or a route between two fields (POVERTY→CONSUMER). */
function keyLabel(key) {
  return key.split('→').map((part) => {
    const type = KEY_TYPES.find((t) => label(t, part) !== part);
    return type ? label(type, part) : part;
  }).join('→');
}
const COLOURS = ['#005a9c', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#7a5c00', '#444444'];

await startPage('/dashboard');
const messages = document.getElementById('messages');
const form = document.getElementById('choose');
const params = new URLSearchParams(location.search);
const today = new Date();
const currentFiscalYear = today.getMonth() >= 3 ? today.getFullYear() : today.getFullYear() - 1;
for (let year = currentFiscalYear; year >= currentFiscalYear - 4; year--) {
  document.getElementById('year').append(el('option', { value: year }, `${year}年度（令和${year - 2018}年度）`));
}
document.getElementById('metric').append(...terms('DashboardMetric').map(([code, word]) => el('option', { value: code }, word)));
if (params.has('year')) document.getElementById('year').value = params.get('year');
if (params.has('metric')) document.getElementById('metric').value = params.get('metric');

const areaNames = Object.fromEntries(((await gql('{ areas { id name } }')).data?.areas ?? []).map((a) => [a.id, a.name]));
const DASHBOARD = `query Dashboard($year: Int!, $metric: DashboardMetric) {
  dashboard(fiscalYear: $year) { fiscalYear from to suppressionThreshold computedAt
    cells(metric: $metric) { areaId key month value suppressed }
    targets { name target actual suppressed ratio } }
}`;
let chart = null;
let table = [];

function months(from) {
  const start = new Date(from);
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(start.getFullYear(), start.getMonth() + i, 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  });
}

async function show() {
  const year = Number(form.year.value);
  const metric = form.metric.value;
  const answer = await gql(DASHBOARD, { year, metric });
  if (showErrors(answer, messages)) return;
  const d = answer.data.dashboard;
  const under = `${d.suppressionThreshold}未満`;
  document.getElementById('about').textContent =
    `${d.from}〜${d.to}。1〜${d.suppressionThreshold - 1}件のセルは個人が特定されないよう「${under}」と表示します（集計時点 ${inJapanTime(d.computedAt)}）。`;
  const monthly = d.cells.some((c) => c.month);
  const columns = monthly ? months(d.from) : ['現在'];
  const rows = new Map();
  for (const cell of d.cells) {
    const name = `${cell.areaId ? areaNames[cell.areaId] ?? cell.areaId : '市全体'}${cell.key ? `｜${keyLabel(cell.key)}` : ''}`;
    if (!rows.has(name)) rows.set(name, { name, area: cell.areaId, values: {} });
    rows.get(name).values[monthly ? cell.month : '現在'] = cell.suppressed ? under : cell.value;
  }
  const sorted = [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, 'ja'));
  table = [['圏域｜区分', ...columns.map((m) => (m === '現在' ? m : `${Number(m.slice(5))}月`))],
    ...sorted.map((row) => [row.name, ...columns.map((m) => row.values[m] ?? 0)])];
  if (sorted.length > 1) {
    // a column with suppressed cells totals what is shown plus 1 for each of them, 「以上」: a suppressed cell is
    // at least 1, and the exact sum would give the small cell away
    table.push(['合計', ...columns.map((m, i) => {
      const values = table.slice(1).map((row) => row[i + 1]);
      const sum = values.filter((v) => typeof v === 'number').reduce((a, b) => a + b, 0);
      const suppressed = values.filter((v) => v === under).length;
      return suppressed ? `${sum + suppressed}以上` : sum;
    })]);
  }
  const cells = document.getElementById('cells');
  cells.replaceChildren(
    el('caption', { class: 'muted' }, `${label('DashboardMetric', metric)}（${d.fiscalYear}年度）`),
    el('thead', {}, el('tr', {}, table[0].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, table.slice(1).map((row) => el('tr', {},
      el('th', { scope: 'row' }, row[0]),
      row.slice(1).map((v) => (v === under ? el('td', { class: 'suppressed' }, v) : el('td', { class: 'num' }, v)))))));
  if (sorted.length === 0) cells.append(el('tbody', {}, el('tr', {}, el('td', {}, 'この年度の件数はありません。'))));

  // the chart draws the shown numbers; a suppressed cell is drawn as no bar (its 「5未満」 is in the table)
  chart?.destroy();
  const nothingToDraw = table.slice(1).every((row) => row.slice(1).every((v) => typeof v !== 'number' || v === 0));
  document.getElementById('chart-note').textContent = nothingToDraw && sorted.length > 0
    ? `表示できる件数がないため、グラフは空です（${under}のセルは個人が特定されないよう表の中だけに示します）。` : '';
  document.getElementById('chart-title').textContent = `${label('DashboardMetric', metric)}：圏域別${monthly ? '・月別' : ''}`;
  chart = new Chart(document.getElementById('chart'), {
    type: 'bar',
    data: {
      labels: table[0].slice(1),
      datasets: table.slice(1).filter((row) => row[0] !== '合計').map((row, i) => ({ label: row[0], data: row.slice(1).map((v) => (typeof v === 'number' ? v : null)),
        backgroundColor: COLOURS[i % COLOURS.length] })),
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
  });

  const targets = document.getElementById('targets');
  targets.replaceChildren(
    el('thead', {}, el('tr', {}, ['目標', '年間目標', '実績', '達成率'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, d.targets.map((t) => el('tr', {},
      el('th', { scope: 'row' }, t.name), el('td', { class: 'num' }, t.target),
      t.suppressed ? el('td', { class: 'suppressed' }, under) : el('td', { class: 'num' }, t.actual),
      el('td', {}, t.ratio === null ? '—' : el('div', {},
        el('div', { class: 'bar', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': Math.round(t.ratio * 100) },
          el('span', { style: `width:${Math.min(100, Math.round(t.ratio * 100))}%` })),
        `${(t.ratio * 100).toFixed(1)}%`))))));
}

function csv() {
  const quote = (v) => `"${String(v).replaceAll('"', '""')}"`;
  download(`${label('DashboardMetric', form.metric.value)}_${form.year.value}年度.csv`, table.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n');
}

form.addEventListener('submit', (event) => { event.preventDefault(); show(); });
document.getElementById('csv').addEventListener('click', csv);
await show();
