// 今日の仕事: the lists a window, a CSW and a coordinator start the day with, from the reads that exist — each row
// naming its household by head and address and linking to its page and its forms. A list the user's roles do not
// open is not asked for.
import { el, fieldLabels, gql, householdName, label, purposeNotice, showErrors, startPage } from './app.js';
import { TODAY, recordForm, savedRecord, today } from './forms.js';
import { assignAction, assignmentsList } from './today-outreach.js';

const { me } = await startPage('/today');
const messages = document.getElementById('messages');
purposeNotice(messages, me.roles);

const REFERRAL = 'id date reason state answeredOn answerReason personId householdId field fromAgency { name } toAgency { name }';

/** The receiving window's answer to one waiting つなぎ: accept, or send it back with the reason. */
const answerForm = (referral) => recordForm({
  id: `answer-${referral.id}`,
  title: '受理・差し戻し',
  submitLabel: '応答する',
  mutation: `mutation($input: AnswerReferralInput!) { answerReferral(input: $input) { referral { state answeredOn answerReason } } }`,
  fields: [
    { path: 'answer', label: '応答', kind: 'choice', type: 'ReferralAnswer', required: true, value: 'ACCEPT' },
    { path: 'reason', label: '理由（差し戻すときは必須）', kind: 'textarea', max: 1000 },
    { path: 'date', label: '応答日', kind: 'date', required: true, value: TODAY },
  ],
  input: (values) => ({ ...values, referralId: referral.id }),
  saved: (payload) => savedRecord('応答を記録しました。つなぎ元の機関に伝わります。', [
    ['状態', label('ReferralState', payload.referral.state)], ['応答日', payload.referral.answeredOn],
    ['理由', payload.referral.answerReason]]),
});

/** Each list: its title, who reads it, its query, its rows, and each row's household and words. */
const LISTS = [
  { title: '対応中のケース（自機関）', roles: ['COORDINATOR', 'CSW', 'AGENCY_STAFF'],
    query: '{ myCases(status: OPEN, first: 20) { cases { id personName field opened consultations { date } } } }',
    rows: (data) => data.myCases.cases,
    cells: (c) => [c.personName ?? '氏名は非表示', label('Field', c.field), `${c.opened}〜`,
      `最後の相談 ${c.consultations.map((k) => k.date).sort().at(-1) ?? '—'}`] },
  { title: 'モニタリングの時期が来た支援プラン', roles: ['COORDINATOR'],
    query: '{ plansDueForReview { planId householdId status monitoringDate daysOverdue lastMeeting } }',
    rows: (data) => data.plansDueForReview, household: (p) => p.householdId,
    cells: (p) => [label('PlanStatus', p.status), `予定日 ${p.monitoringDate}`, p.daysOverdue > 0 ? `${p.daysOverdue}日超過` : '今日まで',
      `前回の会議 ${p.lastMeeting ?? '—'}`] },
  { title: '90日以上連絡のない世帯', roles: ['COORDINATOR', 'CSW', 'AGENCY_STAFF'],
    query: '{ householdsWithoutRecentContact(days: 90) { householdId area { name } lastContact daysSince } }',
    rows: (data) => data.householdsWithoutRecentContact, household: (h) => h.householdId,
    cells: (h) => [h.area?.name ?? '', h.lastContact ? `最後の接触 ${h.lastContact}（${h.daysSince}日前）` : '接触の記録なし'] },
  { title: 'まだ会えていない世帯（気づきあり）', roles: ['COORDINATOR', 'CSW'],
    query: '{ unreachedHouseholds { householdId address area { name } signalCount lastSignal sources visitsWithoutContact } }',
    rows: (data) => data.unreachedHouseholds, household: (h) => h.householdId,
    cells: (h) => [h.area?.name ?? '', `気づき ${h.signalCount}件（最後 ${h.lastSignal}）`,
      h.sources.map((s) => label('SignalSource', s)).join('・'), `会えなかった訪問 ${h.visitsWithoutContact}回`] },
  { title: '訪問予定（7日以内・期限切れを含む）', roles: ['COORDINATOR', 'CSW', 'AGENCY_STAFF'],
    query: '{ visitsDue(withinDays: 7) { householdId address area { name } lastVisitOn lastOutcome purpose dueOn daysOverdue } }',
    rows: (data) => data.visitsDue, household: (v) => v.householdId,
    cells: (v) => [v.area?.name ?? '', `予定日 ${v.dueOn}`,
      v.daysOverdue > 0 ? `${v.daysOverdue}日超過` : v.daysOverdue === 0 ? '今日' : `あと${-v.daysOverdue}日`,
      v.purpose ? label('VisitPurpose', v.purpose) : '',
      `前回 ${v.lastVisitOn}（${label('VisitOutcome', v.lastOutcome)}）`] },
  { title: '受け取った気づき', roles: ['COORDINATOR', 'CSW', 'AGENCY_STAFF'],
    query: '{ receivedSignals(first: 10) { signals { id date source note householdId area { name } } } }',
    rows: (data) => data.receivedSignals.signals, household: (s) => s.householdId,
    cells: (s) => [s.date, s.source ? label('SignalSource', s.source) : '', s.area?.name ?? '', s.note ?? ''] },
  { title: '受け取ったつなぎ（受付待ち）', roles: ['COORDINATOR', 'CSW', 'AGENCY_STAFF'],
    query: `{ referrals(side: RECEIVED, state: PENDING, first: 20) { ${REFERRAL} } }`,
    rows: (data) => data.referrals, household: (r) => r.householdId,
    cells: (r, people) => [people.get(r.personId) ?? '氏名は非表示', `${r.fromAgency.name}から（${label('Field', r.field)}）`,
      `${r.date}`, r.reason ?? ''],
    formLabel: '受理・差し戻し',
    form: (r) => answerForm(r) },
  { title: '送ったつなぎ（最近の20件）', roles: ['COORDINATOR', 'CSW', 'AGENCY_STAFF'],
    query: `{ referrals(side: SENT, first: 20) { ${REFERRAL} } }`,
    rows: (data) => data.referrals, household: (r) => r.householdId,
    cells: (r, people) => [people.get(r.personId) ?? '氏名は非表示', `${r.toAgency.name}へ`, r.date,
      label('ReferralState', r.state), r.answeredOn ? `${r.answeredOn} ${r.answerReason ?? ''}` : ''] },
  { title: '期限が近い同意（30日以内）', roles: ['COORDINATOR', 'CSW', 'AGENCY_STAFF'],
    query: '{ consents(endingWithinDays: 30) { consent { subjectId categories validTo } householdId recordedHere daysLeft } }',
    rows: (data) => data.consents, household: (c) => c.householdId,
    cells: (c, people) => [people.get(c.consent.subjectId) ?? '氏名は非表示',
      fieldLabels(c.consent.categories), `${c.consent.validTo}まで`,
      c.daysLeft === 0 ? '今日で終了' : `残り${c.daysLeft}日`, c.recordedHere ? '自機関で記録（更新の確認を）' : '共有先として受けている'] },
  { title: '連絡が途切れている参加支援（60日以上）', roles: ['COORDINATOR', 'CSW'],
    query: '{ lapsedMatches(days: 60) { id activity { name } status started lastFollowUp daysSinceContact } }',
    rows: (data) => data.lapsedMatches,
    cells: (m) => [m.activity.name, label('MatchStatus', m.status), `開始 ${m.started}`, `最後の連絡から ${m.daysSinceContact}日`] },
];

/**
 * The households of the rows and the names of their members the user may see, by id, read in one request
 * (variables only).
 */
async function householdsNamed(ids) {
  if (ids.length === 0) return { names: new Map(), people: new Map() };
  const fields = ids.map((_, i) => `h${i}: household(id: $h${i}) { id address members { id name relation } }`).join(' ');
  const answer = await gql(`query(${ids.map((_, i) => `$h${i}: ID!`).join(', ')}) { ${fields} }`,
    Object.fromEntries(ids.map((id, i) => [`h${i}`, id])));
  const households = Object.values(answer.data ?? {}).filter(Boolean);
  return { names: new Map(households.map((h) => [h.id, householdName(h)])),
    people: new Map(households.flatMap((h) => h.members.filter((m) => m.name).map((m) => [m.id, m.name]))) };
}

// アウトリーチ: the coordinator assigns an unreached household an agency to visit, and ends assignments
const coordinator = me.roles.includes('COORDINATOR');
const agencies = (await gql('{ agencies { id name } }')).data?.agencies ?? [];
LISTS.push(assignmentsList(new Map(agencies.map((a) => [a.id, a.name])), coordinator));
if (coordinator) {
  Object.assign(LISTS.find((list) => list.query.includes('unreachedHouseholds')),
    { formLabel: 'アウトリーチを割り当てる', form: assignAction(agencies) });
}

const mine = LISTS.filter((list) => list.roles.some((role) => me.roles.includes(role)));
const answers = await Promise.all(mine.map((list) => gql(list.query)));
const ids = [...new Set(mine.flatMap((list, i) => (answers[i].data ? list.rows(answers[i].data) : [])
  .map((row) => list.household?.(row)).filter(Boolean)))];
const { names, people } = await householdsNamed(ids);

// a CSW's lists default to the areas she covers: say which
const scope = me.areas?.length
  ? [el('p', { class: 'notice' }, `担当圏域：${me.areas.map((a) => a.name).join('・')}。気づき・訪問予定・連絡のない世帯の一覧は、この圏域の世帯です。`)]
  : [];
// the year's figures as 003 reports a CSW's year, computed from the sessions and visits recorded
if (me.roles.some((role) => ['CSW', 'COORDINATOR'].includes(role))) {
  const [year0, month] = today().split('-').map(Number);
  const fiscalYear = month >= 4 ? year0 : year0 - 1;
  const year = await gql(`query($y: Int!) { cswYear(fiscalYear: $y) {
    consultationSessions consulters consultationsTaken householdsVisited visits contactVisits sessionsHeld attendees } }`,
  { y: fiscalYear });
  const y = year.data?.cswYear;
  if (y) {
    scope.push(el('section', { class: 'panel', id: 'year' }, el('h3', {}, `${fiscalYear}年度の実績（自機関・記録から集計）`),
      el('dl', { class: 'figures' }, [['相談会開催数', `${y.consultationSessions}回`], ['相談者数', `${y.consulters}人`],
        ['相談会で受けた相談', `${y.consultationsTaken}件`], ['訪問実件数', `${y.householdsVisited}世帯`],
        ['訪問延件数', `${y.visits}件（うち会えた ${y.contactVisits}件）`], ['活動の開催数（すべて）', `${y.sessionsHeld}回・延べ${y.attendees}人`]]
        .flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]))));
  }
}
document.getElementById('lists').replaceChildren(...scope, ...mine.map((list, i) => {
  const section = el('section', { class: 'panel' }, el('h3', {}, list.title));
  const where = el('div');
  if (showErrors(answers[i], where)) return el('section', { class: 'panel' }, el('h3', {}, list.title), where);
  const rows = list.rows(answers[i].data);
  section.append(rows.length === 0 ? el('p', { class: 'muted' }, '該当はありません。')
    : el('div', { class: 'table-scroll' }, el('table', {}, el('tbody', {}, rows.map((row) => {
      const id = list.household?.(row);
      return el('tr', {},
        id ? el('th', { scope: 'row' }, names.get(id) ?? row.address ?? '世帯員が非表示の世帯') : null,
        list.cells(row, people).map((cell) => el('td', {}, cell)),
        list.form ? el('td', {}, el('details', { class: 'row-form' }, el('summary', {}, list.formLabel), list.form(row))) : null,
        id ? el('td', {}, el('a', { href: `/household?id=${encodeURIComponent(id)}` }, '世帯を開く'), ' ',
          el('a', { href: `/record?household=${encodeURIComponent(id)}` }, '記録する')) : null);
    })))));
  return section;
}));
