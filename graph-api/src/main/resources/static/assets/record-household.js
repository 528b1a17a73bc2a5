// 世帯の変更, declared for forms.js: a member joins or leaves, the household moves, a contact changes, its
// patterns are reassessed. context: { household, areas }.
import { label } from './app.js';
import { TODAY, householdLink, memberOptions, savedRecord, withHousehold } from './forms.js';

const CHANGE_ANSWER = 'change { id householdId kindLabel date reasonLabel note }';

const changeSaved = ({ change }, facts = []) => savedRecord(`${change.kindLabel}を記録しました。`,
  [...facts, ['日付', change.date], ['理由', change.reasonLabel], ['メモ', change.note]], householdLink(change.householdId));

const changeNote = { path: 'note', label: 'メモ', kind: 'textarea', max: 1000 };


/** 世帯の変更：世帯員が加わった（出生・転入・同居の開始）. */
export const memberJoined = {
  id: 'member-joined',
  title: '世帯の変更：世帯員が加わった',
  mutation: `mutation($input: AddHouseholdMemberInput!) { addHouseholdMember(input: $input) { ${CHANGE_ANSWER} } }`,
  fields: [
    { path: 'date', label: '日付', kind: 'date', required: true, value: TODAY },
    { path: 'member.name', label: '氏名', kind: 'text', required: true, max: 100 },
    { path: 'member.nameKana', label: '氏名（カナ）', kind: 'text', max: 100 },
    { path: 'member.birthYear', label: '生年（西暦）', kind: 'number', required: true, min: 1900 },
    { path: 'member.relation', label: '続柄', kind: 'choice', type: 'Relation', required: true },
    { path: 'member.dependant', label: '日常的な介護・支援が必要', kind: 'check' },
    changeNote,
  ],
  input: withHousehold,
  saved: (payload, { values }) => changeSaved(payload,
    [['加わった世帯員', `${values.member.name}（${label('Relation', values.member.relation)}）`]]),
};

/** 世帯の変更：世帯員が離れた（転出・死亡・施設入所）. */
export const memberLeft = {
  id: 'member-left',
  title: '世帯の変更：世帯員が離れた',
  mutation: `mutation($input: MemberLeavingInput!) { recordMemberLeaving(input: $input) { ${CHANGE_ANSWER} } }`,
  fields: ({ household }) => [
    { path: 'personId', label: '世帯員', kind: 'choice', required: true, options: memberOptions(household) },
    { path: 'reason', label: '理由', kind: 'choice', type: 'LeavingReason', required: true },
    { path: 'date', label: '日付', kind: 'date', required: true, value: TODAY },
    changeNote,
  ],
  input: withHousehold,
  saved: (payload) => changeSaved(payload),
};

/** 世帯の変更：転居. */
export const moved = {
  id: 'moved',
  title: '世帯の変更：転居',
  mutation: `mutation($input: MoveHouseholdInput!) { moveHousehold(input: $input) { ${CHANGE_ANSWER} } }`,
  fields: ({ areas }) => [
    { path: 'address', label: '新しい住所', kind: 'text', required: true, max: 200 },
    { path: 'areaId', label: '新しい圏域', kind: 'choice', options: areas.map((a) => [a.id, a.name]) },
    { path: 'date', label: '転居日', kind: 'date', required: true, value: TODAY },
    changeNote,
  ],
  input: withHousehold,
  saved: (payload) => changeSaved(payload),
};

/** 世帯の変更：連絡先（電話・連絡方法）. */
export const contact = {
  id: 'contact',
  title: '世帯の変更：連絡先',
  about: '世帯員の電話番号と連絡方法（例：平日午後は在宅、娘を通じて）を改めます。空欄にするとその項目を消します。',
  mutation: `mutation($input: MemberContactInput!) { updateMemberContact(input: $input) { ${CHANGE_ANSWER} } }`,
  fields: ({ household }) => [
    { path: 'personId', label: '世帯員', kind: 'choice', required: true, options: memberOptions(household) },
    { path: 'phone', label: '電話番号', kind: 'text', max: 20 },
    { path: 'contactNote', label: '連絡方法', kind: 'text', max: 200 },
    { path: 'date', label: '聞き取った日', kind: 'date', required: true, value: TODAY },
  ],
  input: withHousehold,
  saved: (payload) => changeSaved(payload),
};

/** 世帯の課題の見直し: the patterns (8050, ダブルケア…) as staff now assess them. */
export const patterns = {
  id: 'patterns',
  title: '世帯の課題の見直し',
  about: '8050・ダブルケア・ヤングケアラーなどの課題パターンを、いま見立てているとおりに改めます（選ばなかったものは外れます）。',
  mutation: `mutation($input: ReassessPatternsInput!) { reassessHouseholdPatterns(input: $input) { ${CHANGE_ANSWER} } }`,
  fields: [
    { path: 'patterns', label: '課題パターン', kind: 'choices', type: 'HouseholdPattern' },
    { path: 'date', label: '評価日', kind: 'date', required: true, value: TODAY },
    { path: 'note', label: '理由', kind: 'textarea', required: true, max: 1000 },
  ],
  input: (values, context) => ({ ...withHousehold(values, context), patterns: values.patterns ?? [] }),
  saved: (payload) => changeSaved(payload),
};
