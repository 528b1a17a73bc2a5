// 見守り・つながり, declared for forms.js: who watches over a member (a neighbour, the 民生委員, family nearby, a
// サロン supporter, the 避難支援者), its confirmation and its end. context: { household, ties }.
import { label } from './app.js';
import { TODAY, householdLink, memberOptions, savedRecord } from './forms.js';

const TIE_ANSWER = 'id personId kind frequency since lastConfirmedOn endedOn endReason watcher { role name }';

/** The ties in force on the household's members, as choices. */
const tieOptions = ({ household, ties }) => (ties ?? []).filter((t) => !t.endedOn).map((t) => [t.id,
  `${household.members.find((m) => m.id === t.personId)?.name ?? ''}：${label('TieKind', t.kind)}`
  + `（${t.watcher.name ?? label('WatcherRole', t.watcher.role)}・${t.since}〜）`]);

const tieSaved = (title) => (tie, { context }) => {
  return savedRecord(title, [
    ['見守られる人', context.household.members.find((m) => m.id === tie.personId)?.name],
    ['種類', label('TieKind', tie.kind)], ['頻度', label('TieFrequency', tie.frequency)],
    ['見守る人', `${tie.watcher.name ?? '（氏名は記録した機関のみ）'}・${label('WatcherRole', tie.watcher.role)}`],
    ['開始日', tie.since], ['最終確認日', tie.lastConfirmedOn], ['終了日', tie.endedOn], ['終了の理由', tie.endReason],
  ], householdLink(context.household.id));
};

/** 見守り・つながりの記録. */
export const tie = {
  id: 'tie',
  title: '見守り・つながりの記録',
  about: '世帯員を見守っている人（近隣住民・民生委員・家族など）を記録します。見守りが続いている方は「孤立のおそれ」の一覧に載りません。'
    + '見守る人の氏名は、本人が同意した場合を除き、記録した機関だけが読めます。',
  mutation: `mutation($input: RecordTieInput!) { recordTie(input: $input) { ${TIE_ANSWER} } }`,
  fields: ({ household }) => [
    { path: 'personId', label: '見守られる人', kind: 'choice', required: true, options: memberOptions(household) },
    { path: 'kind', label: '種類', kind: 'choice', type: 'TieKind', required: true },
    { path: 'watcherRole', label: '見守る人の立場', kind: 'choice', type: 'WatcherRole', required: true },
    { path: 'watcherName', label: '見守る人の氏名', kind: 'text', required: true, max: 100 },
    { path: 'watcherAgreesToBeNamed', label: '見守る人が、本人を支援する機関に氏名を伝えることに同意している', kind: 'check' },
    { path: 'frequency', label: '頻度', kind: 'choice', type: 'TieFrequency', required: true },
    { path: 'since', label: '開始日', kind: 'date', required: true, value: TODAY },
    { path: 'note', label: '備考', kind: 'textarea', max: 500 },
  ],
  saved: tieSaved('見守り・つながりを記録しました。'),
};

/** 見守りの継続確認. */
export const tieConfirmation = {
  id: 'tie-confirmation',
  title: '見守りの継続確認',
  about: '見守りが今も続いていることを確かめた日を記録します。',
  mutation: `mutation($input: ConfirmTieInput!) { confirmTie(input: $input) { ${TIE_ANSWER} } }`,
  fields: (context) => [
    { path: 'tieId', label: '見守り', kind: 'choice', required: true, options: tieOptions(context) },
    { path: 'date', label: '確認日', kind: 'date', required: true, value: TODAY },
  ],
  saved: tieSaved('見守りの継続を記録しました。'),
};

/** 見守りの終了. */
export const tieEnding = {
  id: 'tie-ending',
  title: '見守りの終了',
  about: '見守る人の転居などで見守りが終わったときに記録します。終了すると、ほかに見守りのない方は「孤立のおそれ」の一覧に戻ります。',
  mutation: `mutation($input: EndTieInput!) { endTie(input: $input) { ${TIE_ANSWER} } }`,
  fields: (context) => [
    { path: 'tieId', label: '見守り', kind: 'choice', required: true, options: tieOptions(context) },
    { path: 'date', label: '終了日', kind: 'date', required: true, value: TODAY },
    { path: 'reason', label: '終了の理由', kind: 'textarea', required: true, max: 500, hint: '例：見守る人の転居' },
  ],
  saved: tieSaved('見守りの終了を記録しました。'),
};
