// 社会資源・活動の登録 on the map, declared for forms.js: a place (at the point chosen on the map) and an activity held
// there, with its schedule as a window says it (毎週 月・金 / 毎月 第2水曜) turned into the API's RRULE.
// context: { areas, point() → the point chosen or null, resources() → the places listed by the last search }.
import { gql } from './app.js';
import { TODAY, savedRecord } from './forms.js';

/** 毎週 月・金 → FREQ=WEEKLY;BYDAY=MO,FR; 毎月 第2 水 → FREQ=MONTHLY;BYDAY=2WE. */
function rrule({ frequency, weekdays, week }) {
  const days = (weekdays ?? []).map((day) => day.slice(0, 2));
  return frequency === 'MONTHLY' ? `FREQ=MONTHLY;BYDAY=${days.map((day) => `${week ?? 1}${day}`).join(',')}`
    : `FREQ=WEEKLY;BYDAY=${days.join(',')}`;
}

/** 社会資源の登録: a new place at the point chosen on the map. */
export const resourceForm = {
  id: 'resource',
  roles: ['CSW', 'COORDINATOR'],
  title: '社会資源を登録する',
  about: '地図をクリック（または「地図の中心を地点にして探す」）で位置を選んでから登録します。新しいサロン・通いの場・子ども食堂などを地域で見つけたときに使います。',
  mutation: `mutation($input: ResourceInput!) { createResource(input: $input) { id name kindLabel address } }`,
  fields: ({ areas }) => [
    { path: 'name', label: '名称', kind: 'text', required: true, max: 200 },
    { path: 'nameKana', label: '名称（カナ）', kind: 'text', max: 200 },
    { path: 'kind', label: '種別', kind: 'choice', type: 'ResourceKind', required: true },
    { path: 'areaId', label: '圏域', kind: 'choice', options: areas.map((a) => [a.id, a.name]) },
    { path: 'address', label: '住所', kind: 'text', max: 200 },
    { path: 'phone', label: '電話番号', kind: 'text', max: 20 },
    { path: 'offers', label: '提供するもの', kind: 'choices', type: 'Need' },
    { path: 'note', label: 'メモ（職員向け・手渡す一覧には載りません）', kind: 'textarea', max: 1000 },
  ],
  input: (values, { point }) => ({ ...values, location: point() ?? undefined }),
  // the place's point comes from the map, not from a field: without one, say so before asking the API
  send: async (input, key) => (input.location
    ? gql(resourceForm.mutation, { input }, { 'Idempotency-Key': key })
    : { errors: [{ message: 'no point chosen (地図をクリックして、登録する位置を選んでください)', extensions: { argument: 'input.location' } }] }),
  saved: (resource) => savedRecord('社会資源を登録しました。', [
    ['名称', resource.name], ['種別', resource.kindLabel], ['住所', resource.address]]),
};

/** 活動の登録: what is held at a listed place, when, for whom. */
export const activityForm = {
  id: 'activity',
  roles: ['CSW', 'COORDINATOR'],
  title: '活動を登録する',
  about: '一覧にある社会資源で開かれる活動（体操・サロン・相談会など）を、開催日時と対象とともに登録します。',
  mutation: `mutation($input: ActivityInput!) { createActivity(input: $input) { id name scheduleLabel } }`,
  fields: ({ resources }) => [
    { path: 'resourceId', label: '会場（一覧の社会資源）', kind: 'choice', required: true,
      options: resources().map((row) => [row.resource.id, row.resource.name]) },
    { path: 'name', label: '活動名', kind: 'text', required: true, max: 200 },
    { path: 'frequency', label: '開催', kind: 'choice', required: true, value: 'WEEKLY',
      options: [['WEEKLY', '毎週'], ['MONTHLY', '毎月（第何週）']], argument: 'rrule' },
    { path: 'weekdays', label: '曜日', kind: 'choices', type: 'Weekday', required: true, argument: 'rrule' },
    { path: 'week', label: '第何週（毎月のとき）', kind: 'choice', options: [1, 2, 3, 4].map((n) => [String(n), `第${n}`]), argument: 'rrule' },
    { path: 'startTime', label: '開始時間', kind: 'time', required: true },
    { path: 'endTime', label: '終了時間', kind: 'time', required: true },
    { path: 'targetAgeMin', label: '対象年齢（下限）', kind: 'number', min: 0, max: 120 },
    { path: 'targetAgeMax', label: '対象年齢（上限）', kind: 'number', min: 0, max: 120 },
    { path: 'capacity', label: '定員（空欄なら制限なし）', kind: 'number', min: 1 },
    { path: 'offers', label: '提供するもの', kind: 'choices', type: 'Need' },
    { path: 'description', label: '説明', kind: 'textarea', max: 1000 },
  ],
  input: ({ frequency, weekdays, week, ...values }) => ({ ...values, rrule: rrule({ frequency, weekdays, week }) }),
  saved: (activity) => savedRecord('活動を登録しました。', [['活動名', activity.name], ['開催', activity.scheduleLabel]]),
};


/** 開催の記録: a session held of a listed activity (相談会, 教室, サロン) — how many came, how many consulted. */
export const sessionForm = {
  id: 'session',
  roles: ['CSW', 'COORDINATOR', 'AGENCY_STAFF'],
  title: '開催を記録する（相談会・教室・サロン）',
  about: '一覧にある活動を開いた日と、参加者数・相談者数を記録します。人数だけを記録し、参加した方の氏名は記録しません。年度の実績（相談会開催数・相談者数）はここから数えます。',
  mutation: `mutation($input: RecordActivitySessionInput!) { recordActivitySession(input: $input) {
    id date attendees consulters activity { name } staffNames } }`,
  fields: ({ resources }) => [
    { path: 'activityId', label: '活動（一覧の社会資源で開かれるもの）', kind: 'choice', required: true,
      options: resources().flatMap((row) => (row.activities ?? []).map((a) => [a.id, `${row.resource.name}：${a.name}`])) },
    { path: 'date', label: '開催日', kind: 'date', required: true, value: TODAY },
    { path: 'attendees', label: '参加者数（延べ）', kind: 'number', required: true, min: 0 },
    { path: 'consulters', label: '相談者数（相談会のとき）', kind: 'number', min: 0 },
    { path: 'note', label: '備考（個人が分かることは書かないでください）', kind: 'textarea', max: 1000 },
  ],
  saved: (session) => savedRecord('開催を記録しました。', [['活動', session.activity.name], ['開催日', session.date],
    ['参加者数', `${session.attendees}人`], ['相談者数', session.consulters === null ? null : `${session.consulters}人`],
    ['担当', session.staffNames.join('・')]]),
};
