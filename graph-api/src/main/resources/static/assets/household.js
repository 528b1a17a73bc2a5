// 世帯 (coordinator): households the user has a basis for, by area and pattern, with paging; one household's
// エコマップ, its agencies' links with their bases, what is withheld and how to open it, its plans and timeline.
import {
  el, fieldLabels, gql, householdName, label, purposeNotice, showErrors, startPage, terms, withheldExplanation,
} from './app.js';
import { ecomap, ecomapLegend } from './ecomap.js';


await startPage('/household');
const messages = document.getElementById('messages');
purposeNotice(messages);
const form = document.getElementById('search');
const params = new URLSearchParams(location.search);

const areas = (await gql('{ areas { id name } }')).data?.areas ?? [];
document.getElementById('area').append(...areas.map((a) => el('option', { value: a.id }, a.name)));
document.getElementById('patterns').append(...terms('HouseholdPattern').map(([code, label]) =>
  el('label', {}, el('input', { type: 'checkbox', name: 'pattern', value: code }), label)));

// ── Search, with paging ──────────────────────────────────────────────────────────────────
const LIST = `query List($after: String, $filter: HouseholdFilter) {
  households(first: 10, after: $after, filter: $filter) {
    edges { node { id address area { name } patternLabels members { name relation } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const tbody = document.querySelector('#list tbody');
const more = document.getElementById('more');
let filter = null;
let after = null;

async function list(reset) {
  if (reset) { tbody.replaceChildren(); after = null; }
  const answer = await gql(LIST, { after, filter });
  if (showErrors(answer, messages)) return;
  const page = answer.data.households;
  for (const { node } of page.edges) {
    tbody.append(el('tr', {},
      el('td', {}, householdName(node)), el('td', {}, node.area?.name ?? ''), el('td', {}, node.patternLabels.join('・')),
      el('td', {}, el('a', { href: `/household?id=${encodeURIComponent(node.id)}` }, 'エコマップを見る'), ' ',
        el('a', { href: `/record?household=${encodeURIComponent(node.id)}` }, '記録する'))));
  }
  if (tbody.children.length === 0) {
    tbody.append(el('tr', {}, el('td', { colspan: 4 }, filter?.text ? `「${filter.text}」に当たる世帯はありません。氏名は閲覧の根拠がある世帯員のものだけを探します（利用目的も確かめてください）。` : '根拠のある世帯はありません（利用目的を確かめてください）。')));
  }
  after = page.pageInfo.endCursor;
  more.hidden = !page.pageInfo.hasNextPage;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  filter = { text: data.get('text')?.trim() || null, areaId: data.get('area') || null,
    patterns: data.getAll('pattern').length ? data.getAll('pattern') : null };
  list(true);
});
more.addEventListener('click', () => list(false));
document.getElementById('print-ecomap').addEventListener('click', () => window.print());

// ── One household ─────────────────────────────────────────────────────────────────────────
const HOUSEHOLD = `query One($id: ID!) {
  household(id: $id) {
    id visible address area { name } patternLabels
    members { id name relation relationLabel ageBand phone contactNote basis { kind label } }
    withheldMembers { count categories reason howToOpen }
    agencies {
      agencies { since agency { id name fieldLabel }
        links { kind kindLabel fieldLabel categories reference since until status detail basis { kind label consentId meetingId } } }
      withheld { count categories reason howToOpen }
    }
    plans { plans { id statusLabel goals created monitoringDate basis { label }
        roles { agency { name } role since } history { decisionLabel date meetingId } }
      withheld { count categories reason howToOpen } }
    timeline(first: 50) { entries { kindLabel date agency { name } summary basis { label } }
      withheld { count categories reason howToOpen } }
  }
  ties(householdId: $id, includeEnded: true) {
    ties { personId kind frequency since lastConfirmedOn endedOn endReason recordedByAgency watcher { role name } }
    withheld { count categories reason howToOpen } }
}`;

/** Which enum a link's status is a value of, by the kind of link (a meeting's status is already its kind's word). */
const STATUS_TYPE = { CASE: 'CaseStatus', PLAN_ROLE: 'PlanStatus', VISIT: 'VisitOutcome', MEETING: 'MeetingKind' };

// what is withheld on this page, explained once at its foot
let withheldOnPage = [];

/** One withheld item, in one short line: what, how many, which fields; the explanation is the page's one. */
function withheldItem(what, withheld) {
  withheldOnPage.push(withheld);
  const fields = withheld.categories.length ? `（${fieldLabels(withheld.categories)}）` : '';
  return el('li', { class: 'withheld' }, `${what} ${withheld.count}件${fields}`,
    el('span', { class: 'muted' }, ' 開くには：下の「非表示の理由と開き方」'));
}

async function show(id) {
  const answer = await gql(HOUSEHOLD, { id });
  if (showErrors(answer, messages)) return;
  const household = answer.data.household;
  document.getElementById('detail').hidden = false;
  document.getElementById('detail-title').textContent =
    `エコマップ：${householdName(household)}（${household.area?.name ?? ''}）`;
  document.getElementById('record-link').href = `/record?household=${encodeURIComponent(household.id)}`;
  document.getElementById('ecomap').replaceChildren(ecomap(household, answer.data.ties.ties));
  document.getElementById('ecomap-legend').replaceChildren(ecomapLegend());

  const links = document.querySelector('#links tbody');
  links.replaceChildren();
  for (const entry of household.agencies.agencies) {
    for (const link of entry.links) {
      links.append(el('tr', { class: 'link' },
        el('td', {}, entry.agency.name), el('td', {}, link.kindLabel), el('td', {}, link.fieldLabel),
        el('td', {}, link.since + (link.until ? `〜${link.until}` : '〜')),
        el('td', {}, [link.status && label(STATUS_TYPE[link.kind], link.status),
          link.detail && (link.kind === 'MEETING' ? label('MeetingDecision', link.detail) : link.detail)].filter(Boolean).join('：')),
        el('td', {}, link.basis.label)));
    }
  }
  withheldOnPage = [];
  const withheld = document.getElementById('withheld');
  withheld.replaceChildren();
  if (!household.visible) withheld.append(el('li', { class: 'withheld' }, 'この世帯の世帯員について閲覧の根拠がありません。'));
  if (household.withheldMembers) withheld.append(withheldItem('非表示の世帯員', household.withheldMembers));
  if (household.agencies.withheld) withheld.append(withheldItem('非表示の関わり', household.agencies.withheld));

  const plans = document.getElementById('plans');
  plans.replaceChildren();
  for (const plan of household.plans.plans) {
    plans.append(el('article', { class: 'plan' },
      el('h4', {}, `支援プラン：${plan.statusLabel}（作成 ${plan.created}・モニタリング ${plan.monitoringDate}・根拠：${plan.basis.label}）`),
      el('p', {}, '目標：', plan.goals.join('／')),
      el('ul', {}, plan.roles.map((r) => el('li', {}, `${r.agency.name}：${r.role}`))),
      el('p', { class: 'muted' }, '経過：', plan.history.map((h) => `${h.date} ${h.decisionLabel}${h.meetingId ? '（会議の決定）' : ''}`).join(' → '))));
  }
  if (household.plans.plans.length === 0) plans.append(el('p', {}, '表示できる支援プランはありません。'));
  if (household.plans.withheld) plans.append(el('ul', {}, withheldItem('非表示の支援プラン', household.plans.withheld)));

  showTies(household, answer.data.ties);

  const timeline = document.getElementById('timeline');
  timeline.replaceChildren(el('div', { class: 'table-scroll' }, el('table', {},
    el('thead', {}, el('tr', {}, ['日付', '種類', '機関', '内容', '閲覧根拠'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, household.timeline.entries.map((e) => el('tr', {},
      el('td', {}, e.date), el('td', {}, e.kindLabel), el('td', {}, e.agency?.name ?? ''), el('td', {}, e.summary), el('td', {}, e.basis.label)))))));
  if (household.timeline.withheld) timeline.append(el('ul', {}, withheldItem('非表示の記録', household.timeline.withheld)));
  const why = withheldExplanation(withheldOnPage,
    { href: `/record?household=${encodeURIComponent(household.id)}#consent`, label: '同意書を記録する（本人の同意を得たとき）' });
  if (why) document.getElementById('detail').append(el('div', { class: 'panel' }, why));
}

/** Who watches over the members: in force first; the watcher's name only where the rule of ties lets it show. */
function showTies(household, ties) {
  const box = document.getElementById('ties');
  const nameOf = (personId) => household.members.find((m) => m.id === personId)?.name ?? '';
  const rows = [...ties.ties].sort((a, b) => Number(Boolean(a.endedOn)) - Number(Boolean(b.endedOn)));
  box.replaceChildren(rows.length === 0 ? el('p', {}, '記録された見守り・つながりはありません。')
    : el('div', { class: 'table-scroll' }, el('table', {},
      el('thead', {}, el('tr', {}, ['見守られる人', '種類', '見守る人', '頻度', '期間', '最終確認', '記録した機関']
        .map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows.map((t) => el('tr', { class: t.endedOn ? 'ended' : null },
        el('td', {}, nameOf(t.personId)), el('td', {}, label('TieKind', t.kind)),
        el('td', {}, `${t.watcher.name ?? '（氏名は記録した機関のみ）'}・${label('WatcherRole', t.watcher.role)}`),
        el('td', {}, label('TieFrequency', t.frequency)),
        el('td', {}, `${t.since}〜${t.endedOn ? `${t.endedOn}（終了：${t.endReason}）` : '継続中'}`),
        el('td', {}, t.lastConfirmedOn ?? ''), el('td', {}, t.recordedByAgency)))))));
  if (ties.withheld) box.append(el('ul', {}, withheldItem('非表示の見守り・つながり', ties.withheld)));
}

await list(true);
if (params.has('id')) {
  await show(params.get('id'));
  document.getElementById('detail').scrollIntoView();
}
