// 参加支援 and the plan's course, declared for forms.js: activities that fit a member, the match, its follow-up,
// and the revision of a plan. context: { me, household, matches }.
import { el, gql, japaneseMessage, label } from './app.js';
import { TODAY, householdLink, labels, memberOptions, newKey, savedRecord, today } from './forms.js';

const MATCH = `mutation($input: MatchParticipationInput!) { matchParticipation(input: $input) {
  match { id personId status started activity { name scheduleLabel } } } }`;

/** The button that matches the member to one suggested activity, answering in the row. */
function matchButton(personId, suggestion, context) {
  const key = newKey();
  const answer = el('span', { 'aria-live': 'polite' });
  const button = el('button', { type: 'button', class: 'secondary', onclick: async () => {
    button.disabled = true;
    const made = await gql(MATCH, { input: { personId, activityId: suggestion.activity.id, startDate: today() } },
      { 'Idempotency-Key': key });
    if (made.errors?.length) {
      answer.replaceChildren(el('span', { class: 'error', role: 'alert' }, made.errors.map(japaneseMessage).join(' ')));
      button.disabled = false;
      return;
    }
    const { match } = made.data.matchParticipation;
    context.saved?.(participation); // the follow-up form now offers the match
    answer.replaceChildren(el('span', { class: 'ok', role: 'status' },
      `つなぎました：${match.activity.name}（${label('MatchStatus', match.status)}・${match.started}から）`));
  } }, 'この活動につなぐ');
  return el('span', {}, button, ' ', answer);
}

/** 参加支援：参加先を探してつなぐ — the activities that fit a member, ranked, each with the match button. */
export const participation = {
  id: 'participation',
  title: '参加支援：参加先を探してつなぐ',
  about: 'ニーズ・曜日・距離から、世帯員に合う活動を探します。候補の「この活動につなぐ」でマッチングを記録します（利用目的「参加支援」で）。',
  submitLabel: '参加先を探す',
  mutation: `query($input: SuggestParticipationInput!) { suggestParticipation(input: $input) {
    activity { id name scheduleLabel } resource { name address } distanceMeters score reasons freePlaces } }`,
  fields: ({ household }) => [
    { path: 'personId', label: '世帯員', kind: 'choice', required: true, options: memberOptions(household) },
    { path: 'needs', label: 'ニーズ・関心（空欄ならプランのニーズ）', kind: 'choices', type: 'Need' },
    { path: 'weekdays', label: '参加できる曜日（空欄ならいつでも）', kind: 'choices', type: 'Weekday' },
    { path: 'maxDistanceMeters', label: '自宅からの距離の上限（m）', kind: 'number', min: 100, max: 20000, value: 3000 },
  ],
  saved: (suggestions, { values, context }) => (suggestions.length === 0
    ? el('p', { class: 'muted' }, '条件に合う活動はありません。曜日や距離を広げてください。')
    : el('div', { class: 'saved', role: 'status' }, el('p', { class: 'ok' }, `候補 ${suggestions.length}件（合う順）`),
      el('ol', {}, suggestions.map((s) => el('li', {},
        el('strong', {}, s.activity.name), `（${s.activity.scheduleLabel}）・${s.resource.name}・${Math.round(s.distanceMeters)} m`,
        s.freePlaces == null ? '' : `・空き${s.freePlaces}`,
        el('div', { class: 'muted' }, s.reasons.join('／')), matchButton(values.personId, s, context)))))),
};

/** フォローアップ：参加中のマッチングの定着支援・受け入れ先支援. */
export const followUp = {
  id: 'follow-up',
  title: '参加支援：フォローアップ',
  about: '自機関がつないだ参加中の活動について、本人（定着支援）または受け入れ先（受け入れ先支援）と連絡した結果を記録します。「終了」で参加を終えます。',
  mutation: `mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) {
    match { status started lastFollowUp lastOutcome activity { name } } } }`,
  fields: ({ household, matches }) => [
    { path: 'matchId', label: '参加中の活動', kind: 'choice', required: true,
      options: matches.filter((m) => household.members.some((p) => p.id === m.personId) && m.status === 'ACTIVE')
        .map((m) => [m.id, `${household.members.find((p) => p.id === m.personId)?.name ?? '世帯員'}：${m.activity.name}（${m.started}から）`]) },
    { path: 'party', label: '連絡した相手', kind: 'choice', type: 'FollowUpParty', required: true, value: 'PERSON' },
    { path: 'outcome', label: '結果', kind: 'choice', type: 'FollowUpOutcome', required: true, value: 'CONTINUING' },
    { path: 'date', label: '日付', kind: 'date', required: true, value: TODAY },
    { path: 'note', label: '記録', kind: 'textarea', max: 1000 },
  ],
  saved: ({ match }) => savedRecord('フォローアップを記録しました。', [
    ['活動', match.activity.name], ['状態', label('MatchStatus', match.status)],
    ['結果', label('FollowUpOutcome', match.lastOutcome)], ['日付', match.lastFollowUp]]),
};

/** 支援プランの見直し: new goals, needs or monitoring date of a plan (its course keeps each change). */
export const planRevision = {
  id: 'plan-revision',
  roles: ['COORDINATOR'],
  title: '支援プランの見直し',
  about: 'モニタリングの結果などで、目標・ニーズ・次のモニタリング予定日を改めます。空欄の項目は変えません。見直しはプランの経過に残ります。',
  mutation: `mutation($input: RevisePlanInput!) { revisePlan(input: $input) {
    plan { id householdId statusLabel goals needs monitoringDate } } }`,
  fields: ({ household }) => [
    { path: 'planId', label: '支援プラン', kind: 'choice', required: true,
      options: (household.plans?.plans ?? []).map((p) => [p.id, `${p.statusLabel}：${p.goals.join('／')}`]) },
    { path: 'goals', label: '新しい支援目標（1行に1つ）', kind: 'lines' },
    { path: 'needs', label: '新しいニーズ', kind: 'choices', type: 'Need' },
    { path: 'monitoringDate', label: '次のモニタリング予定日', kind: 'date' },
  ],
  saved: ({ plan }) => savedRecord('支援プランを見直しました。', [
    ['状態', plan.statusLabel], ['支援目標', plan.goals.join('／')], ['ニーズ', labels('Need', plan.needs)],
    ['モニタリング予定日', plan.monitoringDate]], householdLink(plan.householdId)),
};
