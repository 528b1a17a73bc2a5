// The recordings of the window and the visit, declared for forms.js: what each asks, in the words of the paper
// form it replaces, and what it shows once saved. context: { household (or null), areas, agencies }.
import { el, gql, label, terms } from './app.js';
import { TODAY, labels, savedRecord } from './forms.js';

const householdLink = (id) => el('a', { href: `/household?id=${encodeURIComponent(id)}` }, '世帯のエコマップ・支援経過を開く');

const memberOptions = (household) => household.members.map((m) => [m.id, `${m.name}（${m.relationLabel}・${m.ageBand}）`]);

const consultationFacts = (payload) => [
  ['相談日', payload.consultation.date],
  ['関係する分野', labels('Field', payload.consultation.fields)],
  ['相談内容の分類', labels('ConsultationTopic', payload.consultation.topics)],
  ['相談経路', label('ConsultationChannel', payload.consultation.channel)],
  ['ケース', `${payload.case.agency.name}・${label('Field', payload.case.field)}（${payload.openedCase ? 'この相談で開始' : '継続中のケースに追加'}）`],
];

const CONSULTATION_ANSWER = `consultation { id date fields topics channel }
    case { id field agency { name } } openedCase householdId
    candidates { argument personId householdId area { name } ageBand matchedOn name identityWithheld { reason } }`;

const consultationAbout = [
  { path: 'date', label: '相談日', kind: 'date', required: true, value: TODAY },
  { path: 'channel', label: '相談経路', kind: 'choice', type: 'ConsultationChannel', required: true },
  { path: 'fields', label: '関係する分野', kind: 'choices', type: 'Field', required: true },
  { path: 'topics', label: '相談内容の分類', kind: 'choices', type: 'ConsultationTopic', required: true },
  { path: 'summary', label: '相談の要旨', kind: 'textarea', max: 2000, hint: '要配慮個人情報です。支援に必要なことだけを書いてください（2000字まで）。' },
];

/** 名寄せ: persons already in the graph who may be the one at the window; nothing was written yet. */
function candidatesFound(payload, { form, retry }) {
  const confirm = form.elements.namedItem('newHousehold.confirmNew');
  return el('div', { class: 'notice', role: 'status' },
      el('p', {}, 'まだ記録していません。同じ方がすでに登録されているかもしれません（名寄せ）。'),
      el('table', {}, el('thead', {}, el('tr', {}, ['氏名', '圏域', '年齢階級', '一致した項目'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, payload.candidates.map((c) => el('tr', {},
          el('td', {}, c.name ?? `非表示（${c.identityWithheld?.reason ?? '閲覧の根拠がありません'}）`),
          el('td', {}, c.area?.name ?? ''), el('td', {}, c.ageBand),
          el('td', {}, labels('MatchedOn', c.matchedOn)))))),
      el('p', {}, '同じ方であれば、「世帯」でその方の世帯を選んでから記録してください（閲覧の根拠がない方は、本人確認のうえ窓口で同意を得てください）。'),
      el('button', { type: 'button', class: 'secondary', onclick: () => { confirm.checked = true; retry(); } },
        '別の方なので、新しい世帯として登録する'));
}

/** 相談受付票 about a member of a known household. */
export const consultationOnMember = {
  id: 'consultation',
  title: '相談受付票',
  about: 'この世帯の方の相談を記録します。自機関のケースがなければ、この相談でケースを開始します（その場合は本人確認が必要です）。',
  mutation: `mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) { ${CONSULTATION_ANSWER} } }`,
  fields: ({ household }) => [
    { path: 'personId', label: '本人', kind: 'choice', required: true, options: memberOptions(household) },
    { path: 'asTold.name', label: '本人確認：窓口で聞き取った氏名', kind: 'text', max: 100,
      hint: '自機関のケースがない方の場合に記入します（氏名かカナと生年）。' },
    { path: 'asTold.nameKana', label: '本人確認：氏名（カナ）', kind: 'text', max: 100 },
    { path: 'asTold.birthYear', label: '本人確認：生年（西暦）', kind: 'number', min: 1900 },
    ...consultationAbout,
  ],
  saved: (payload) => savedRecord('相談を記録しました。', consultationFacts(payload), householdLink(payload.householdId ?? '')),
};

/** 相談受付票 of a household met for the first time, with 名寄せ before anything is written. */
export const consultationOnNewHousehold = {
  id: 'consultation',
  title: '相談受付票（新しい世帯）',
  about: '初めての方の相談です。記録する前に、同じ方がすでに登録されていないかを確かめます（名寄せ）。',
  mutation: `mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) { ${CONSULTATION_ANSWER} } }`,
  fields: ({ areas }) => [
    { path: 'newHousehold.consultee.name', label: '本人の氏名', kind: 'text', required: true, max: 100 },
    { path: 'newHousehold.consultee.nameKana', label: '氏名（カナ）', kind: 'text', max: 100 },
    { path: 'newHousehold.consultee.birthYear', label: '生年（西暦）', kind: 'number', required: true, min: 1900 },
    { path: 'newHousehold.consultee.relation', label: '続柄', kind: 'choice', type: 'Relation', required: true, value: 'HEAD' },
    { path: 'newHousehold.consultee.phone', label: '電話番号', kind: 'text', max: 20 },
    { path: 'newHousehold.consultee.contactNote', label: '連絡方法', kind: 'text', max: 200, hint: '例：平日夕方のみ' },
    { path: 'newHousehold.areaId', label: '圏域', kind: 'choice', required: true, options: areas.map((a) => [a.id, a.name]) },
    { path: 'newHousehold.address', label: '住所', kind: 'text', required: true, max: 200 },
    { path: 'newHousehold.patterns', label: '課題パターン（分かれば）', kind: 'choices', type: 'HouseholdPattern' },
    { path: 'newHousehold.confirmNew', label: '名寄せの候補を確かめたうえで、新しい世帯として登録する', kind: 'check' },
    ...consultationAbout,
  ],
  saved: (payload, how) => (payload.candidates.length > 0 ? candidatesFound(payload, how)
    : savedRecord('相談を記録し、新しい世帯を登録しました。', consultationFacts(payload), householdLink(payload.householdId))),
};

/** 訪問記録. */
export const visit = {
  id: 'visit',
  title: '訪問記録',
  about: '訪問の結果を記録します。訪問を記録しても、世帯の住所や世帯員の情報は開きません。',
  mutation: `mutation($input: RecordVisitInput!) { recordVisit(input: $input) { visitId householdId outcome date } }`,
  fields: [
    { path: 'date', label: '訪問日', kind: 'date', required: true, value: TODAY },
    { path: 'outcome', label: '結果', kind: 'choice', type: 'VisitOutcome', required: true },
    { path: 'note', label: '記録', kind: 'textarea', max: 1000, hint: '1000字まで' },
  ],
  input: (values, { household }) => ({ ...values, householdId: household.id }),
  saved: (payload) => savedRecord('訪問を記録しました。',
    [['訪問日', payload.date], ['結果', label('VisitOutcome', payload.outcome)]], householdLink(payload.householdId)),
};

/** 気づき: what a 民生委員, a neighbour or a meter reader noticed, with or without a known household. */
export const signal = {
  id: 'signal',
  title: '気づき',
  about: '民生委員・近隣住民・ライフライン事業者などからの気づきを記録します。世帯が分からなくても、住所と圏域で記録できます。',
  mutation: `mutation($input: RecordSignalInput!) { recordSignal(input: $input) { signalId householdId } }`,
  fields: ({ household, areas }) => [
    { path: 'date', label: '日付', kind: 'date', required: true, value: TODAY },
    { path: 'source', label: '情報源', kind: 'choice', type: 'SignalSource', required: true },
    ...(household ? [] : [
      { path: 'address', label: '住所（分かれば）', kind: 'text', max: 200 },
      { path: 'areaId', label: '圏域（分かれば）', kind: 'choice', options: areas.map((a) => [a.id, a.name]) },
    ]),
    { path: 'note', label: '内容', kind: 'textarea', max: 1000, hint: '1000字まで' },
  ],
  input: (values, { household }) => (household ? { ...values, householdId: household.id } : values),
  saved: (payload, { values }) => savedRecord('気づきを記録しました。',
    [['日付', values.date], ['情報源', label('SignalSource', values.source)]],
    payload.householdId ? householdLink(payload.householdId) : el('p', { class: 'muted' }, '世帯が分かったら、世帯を選んで記録してください。')),
};

/** 同意書: the consent as the person signed it — what, for which purposes, with whom, for how long. */
export const consent = {
  id: 'consent',
  title: '同意書',
  about: '本人（または世帯員・代理人）から得た情報共有の同意を、書面のとおりに記録します。',
  mutation: `mutation($input: RecordConsentInput!) { recordConsent(input: $input) {
    consent { id decision categories purposes grantees { name } meetingParticipants validFrom validTo verification } } }`,
  fields: ({ household, agencies }) => [
    { path: 'subjectId', label: '本人', kind: 'choice', required: true, options: memberOptions(household) },
    { path: 'decision', label: '同意の内容', kind: 'choice', type: 'ConsentDecision', required: true, value: 'PERMIT' },
    { path: 'categories', label: '共有してよい情報（分野）', kind: 'choices', type: 'Field', required: true },
    { path: 'purposes', label: '利用目的', kind: 'choices', type: 'PurposeOfUse', required: true },
    { path: 'granteeAgencyIds', label: '共有先の支援関係機関（分野ごと）', kind: 'choices',
      options: agencies.map((a) => [a.id, a.name, a.fieldLabel]), groups: terms('Field').map(([, word]) => word) },
    { path: 'meetingParticipants', label: '重層的支援会議の参加機関とも共有してよい', kind: 'check' },
    { path: 'validFrom', label: '有効期間（開始）', kind: 'date', required: true, value: TODAY },
    { path: 'validTo', label: '有効期間（終了）', kind: 'date', required: true, hint: '開始から5年以内' },
    { path: 'verification', label: '確認方法', kind: 'choice', type: 'ConsentVerification', required: true },
    { path: 'grantorId', label: '同意した世帯員（本人以外のとき）', kind: 'choice', options: memberOptions(household) },
    { path: 'proxy', label: '代理人（成年後見人など、世帯員でないとき）', kind: 'text', max: 100 },
  ],
  saved: ({ consent: c }) => savedRecord('同意を記録しました。', [
    ['同意の内容', label('ConsentDecision', c.decision)],
    ['共有してよい情報', labels('Field', c.categories)],
    ['利用目的', labels('PurposeOfUse', c.purposes)],
    ['共有先', [...c.grantees.map((a) => a.name), c.meetingParticipants ? '重層的支援会議の参加機関' : null].filter(Boolean).join('、')],
    ['有効期間', `${c.validFrom}〜${c.validTo}`],
    ['確認方法', label('ConsentVerification', c.verification)],
  ]),
};

const CHANGE_ANSWER = 'change { id householdId kindLabel date reasonLabel note }';

const changeSaved = ({ change }, ...facts) => savedRecord(`${change.kindLabel}を記録しました。`,
  [...facts, ['日付', change.date], ['理由', change.reasonLabel], ['メモ', change.note]], householdLink(change.householdId));

const changeNote = { path: 'note', label: 'メモ', kind: 'textarea', max: 1000 };

const withHousehold = (values, { household }) => ({ ...values, householdId: household.id });

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
    ['加わった世帯員', `${values.member.name}（${label('Relation', values.member.relation)}）`]),
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
  saved: changeSaved,
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
  saved: changeSaved,
};

const caseOptions = ({ household, me }) => household.members.flatMap((m) => (m.cases?.cases ?? [])
  .filter((c) => c.agency.id === me.agency?.id && c.status === 'OPEN')
  .map((c) => [c.id, `${m.name}：${label('Field', c.field)}のケース（${c.opened}〜）`]));

const referralSaved = (payload) => savedRecord('つなぎを記録しました。', [
  ['つなぎの種類', label('ReferralDirection', payload.direction)],
  ['つなぎ元', `${payload.fromCase.agency.name}（${label('Field', payload.fromCase.field)}）`],
  ['つなぎ先', `${payload.toCase.agency.name}（${label('Field', payload.toCase.field)}）`],
]);

const REFERRAL_ANSWER = 'referralId direction fromCase { agency { name } field } toCase { agency { name } field }';

const referralFields = (context, to) => [
  { path: 'caseId', label: '自機関のケース', kind: 'choice', required: true, options: caseOptions(context),
    hint: '自機関が受け付けている、終結していないケースから選びます。' },
  to,
  { path: 'reason', label: 'つなぐ理由', kind: 'textarea', required: true, max: 1000 },
  { path: 'date', label: '日付', kind: 'date', required: true, value: TODAY },
];

/** つなぎ：他の支援関係機関へ. */
export const referral = {
  id: 'referral',
  title: 'つなぎ：他の機関へ',
  about: '自機関のケースを、ほかの支援関係機関につなぎます。つなぎ先の機関に、その方のケースが開かれます。',
  mutation: `mutation($input: ReferInput!) { refer(input: $input) { ${REFERRAL_ANSWER} } }`,
  fields: (context) => referralFields(context, { path: 'toAgencyId', label: 'つなぎ先の機関', kind: 'choice',
    required: true, options: context.agencies.filter((a) => a.id !== context.me.agency?.id).map((a) => [a.id, a.name]) }),
  saved: referralSaved,
};

/** つなぎ：多機関協働（重層的支援体制、第106条の4第2項第5号の事業）へ. */
export const referralToCoordination = {
  id: 'referral-coordination',
  title: 'つなぎ：多機関協働へ',
  about: '単独の機関では解きほぐせない課題を、多機関協働事業につなぎます。',
  mutation: `mutation($input: ReferToCoordinationInput!) { referToCoordination(input: $input) { ${REFERRAL_ANSWER} } }`,
  fields: (context) => referralFields(context, { path: 'coordinatorAgencyId', label: '多機関協働の機関', kind: 'choice',
    required: true, options: context.agencies.filter((a) => a.components.includes(5)).map((a) => [a.id, a.name]) }),
  saved: referralSaved,
};

/** アセスメント: what each field's worker found, and the whole picture. */
export const assessment = {
  id: 'assessment',
  title: 'アセスメント',
  about: '分野ごとの所見と全体のまとめを記録します。支援プランはアセスメントにもとづいて作成します。',
  mutation: `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) {
    assessment { id householdId date agency { name } findings { field finding } summary } } }`,
  fields: [
    { path: 'date', label: 'アセスメント日', kind: 'date', required: true, value: TODAY },
    { path: 'findings', label: '分野ごとの所見', kind: 'list', required: true, rowLabel: '所見', fields: [
      { path: 'field', label: '分野', kind: 'choice', type: 'Field', required: true },
      { path: 'finding', label: '所見', kind: 'textarea', required: true, max: 2000 },
    ] },
    { path: 'summary', label: '全体のまとめ', kind: 'textarea', max: 2000 },
  ],
  input: withHousehold,
  saved: ({ assessment: a }) => savedRecord('アセスメントを記録しました。', [
    ['アセスメント日', a.date], ['記録した機関', a.agency.name],
    ...a.findings.map((f) => [label('Field', f.field), f.finding]), ['全体のまとめ', a.summary],
  ], householdLink(a.householdId ?? '')),
};

const planFacts = (plan) => [
  ['状態', plan.statusLabel], ['支援目標', plan.goals.join('／')], ['ニーズ', labels('Need', plan.needs)],
  ['モニタリング予定日', plan.monitoringDate],
  ['役割分担', plan.roles.map((r) => `${r.agency.name}：${r.role}`).join('、')],
];

const PLAN_ANSWER = 'plan { id householdId statusLabel goals needs monitoringDate roles { agency { name } role } }';

/** 支援プラン（案）: goals, needs and who does what; a 重層的支援会議 approves it (会議記録). */
export const plan = {
  id: 'plan',
  roles: ['COORDINATOR'],
  title: '支援プラン（案）の作成',
  about: '支援目標・ニーズ・役割分担を記録します。プランは重層的支援会議で承認されて実施になります（会議記録で「プラン承認」）。',
  mutation: `mutation($input: CreatePlanInput!) { createPlan(input: $input) { ${PLAN_ANSWER} } }`,
  fields: ({ household, agencies }) => [
    { path: 'goals', label: '支援目標（1行に1つ）', kind: 'lines', required: true },
    { path: 'needs', label: 'ニーズ', kind: 'choices', type: 'Need' },
    { path: 'monitoringDate', label: 'モニタリング予定日', kind: 'date', required: true },
    { path: 'assessmentId', label: '根拠とするアセスメント', kind: 'choice',
      options: (household.assessments?.assessments ?? []).map((a) => [a.id, `${a.date}・${a.agency.name}`]) },
    { path: 'roles', label: '役割分担', kind: 'list', required: true, rowLabel: '役割', fields: [
      { path: 'agencyId', label: '機関', kind: 'choice', required: true, options: agencies.map((a) => [a.id, a.name]) },
      { path: 'field', label: '分野', kind: 'choice', type: 'Field', required: true },
      { path: 'role', label: '役割', kind: 'text', required: true, max: 200, hint: '例：受診勧奨' },
      { path: 'personId', label: '対象の世帯員（世帯全体なら空欄）', kind: 'choice', options: memberOptions(household) },
    ] },
  ],
  input: withHousehold,
  saved: ({ plan: p }) => savedRecord('支援プラン（案）を作成しました。', planFacts(p), householdLink(p.householdId)),
};

/** 会議記録: a 支援会議 or 重層的支援会議 on this household — who attended, who else took part, what was decided. */
export const meeting = {
  id: 'meeting',
  title: '会議記録',
  about: '支援会議・重層的支援会議などの記録です。重層的支援会議では、本人の同意（支援プランの協議）がある世帯員だけを検討します。',
  mutation: `mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) {
    meetingId kind kinds date confidential plans { id statusLabel } households { householdId decisionLabel personIds } } }`,
  fields: ({ household, agencies }) => [
    { path: 'kind', label: '会議の種類', kind: 'choice', type: 'MeetingKind', required: true },
    { path: 'alsoHeldAs', label: '同じ会議体を次の会議としても位置付ける', kind: 'choices',
      options: [['MULTI_LAYER_MEETING', label('MeetingKind', 'MULTI_LAYER_MEETING')]] },
    { path: 'date', label: '開催日', kind: 'date', required: true, value: TODAY },
    { path: 'attendingAgencyIds', label: '出席した機関（自機関は自動で加わります）', kind: 'choices', required: true,
      options: agencies.map((a) => [a.id, a.name, a.fieldLabel]), groups: terms('Field').map(([, word]) => word) },
    { path: 'members', label: '機関以外の構成員', kind: 'list', rows: 0, rowLabel: '構成員', fields: [
      { path: 'role', label: '種別', kind: 'choice', type: 'MeetingMemberRole', required: true },
      { path: 'name', label: '氏名（本人・家族以外）', kind: 'text', max: 100 },
      { path: 'personId', label: '本人・家族のときの世帯員', kind: 'choice', options: memberOptions(household) },
      { path: 'confidentialityDuty', label: '守秘義務がある', kind: 'check' },
    ] },
    { path: 'discussed.decision', argument: 'households.decision', label: 'この世帯についての決定', kind: 'choice',
      type: 'MeetingDecision', required: true },
    { path: 'discussed.planId', argument: 'households.planId', label: '決定の対象の支援プラン', kind: 'choice',
      options: (household.plans?.plans ?? []).map((p) => [p.id, `${p.statusLabel}：${p.goals.join('／')}`]) },
    { path: 'discussed.nextMonitoringDate', argument: 'households.nextMonitoringDate', label: '次回モニタリング日', kind: 'date' },
    { path: 'discussed.personIds', argument: 'households.personIds', label: '検討した世帯員（重層的支援会議）', kind: 'choices',
      options: memberOptions(household) },
    { path: 'discussed.evaluation', argument: 'households.evaluation', label: '終結時の評価（支援終結のとき）', kind: 'textarea', max: 2000 },
    { path: 'discussed.needs', argument: 'households.needs', label: '不足している社会資源（社会資源の不足のとき）', kind: 'choices', type: 'Need' },
    { path: 'discussed.broughtFor', argument: 'households.broughtFor', label: '検討理由（出席機関が関わっていない世帯のとき）', kind: 'text', max: 500 },
  ],
  input: ({ discussed, ...values }, { household }) => ({ ...values, households: [{ ...discussed, householdId: household.id }] }),
  saved: (payload) => savedRecord('会議を記録しました。', [
    ['会議', labels('MeetingKind', payload.kinds)], ['開催日', payload.date],
    ['決定', payload.households.map((h) => h.decisionLabel).join('、')],
    ['状態が変わったプラン', payload.plans.map((p) => p.statusLabel).join('、')],
  ], householdLink(payload.households[0]?.householdId ?? '')),
};

const IDENTIFY = `mutation($input: IdentifyPersonInput!) { identifyPerson(input: $input) { personId } }`;

/**
 * 同意書 of a member the user has no basis for yet: who they are as they tell it, checked against the graph
 * (本人確認, identifyPerson), then the consent on that person (recordConsent with asTold). The window never
 * learns an id it was not told: it sends what the person said.
 */
export const consentOnIdentification = {
  ...consent,
  id: 'consent-identified',
  title: '同意書（まだ閲覧の根拠がない世帯員）',
  about: '表示されていない世帯員から、窓口や訪問の場で同意を得たときに使います。本人が名乗った氏名（またはカナ）と生年で本人確認をしてから、同意を記録します。本人確認は個人情報保護担当に一覧されます。',
  fields: (context) => [
    { path: 'asTold.name', label: '本人確認：名乗った氏名', kind: 'text', max: 100 },
    { path: 'asTold.nameKana', label: '本人確認：氏名（カナ）', kind: 'text', max: 100 },
    { path: 'asTold.birthYear', label: '本人確認：生年（西暦）', kind: 'number', required: true, min: 1900 },
    ...consent.fields(context).filter((field) => field.path !== 'subjectId' && field.path !== 'grantorId'),
  ],
  send: async (input, key) => {
    const told = input.asTold ?? {};
    const identified = await gql(IDENTIFY, { input: { ...told, householdId: input.householdId } },
      { 'Idempotency-Key': `${key}-identify` });
    if (identified.errors?.length) {
      // the step's arguments are the person as told: name them as this form does
      return { errors: identified.errors.map((error) => ({ ...error, extensions: { ...error.extensions,
        argument: error.extensions?.argument?.replace(/^input\.(?!householdId)/, 'input.asTold.') } })) };
    }
    const { householdId, ...consentInput } = input;
    return gql(consent.mutation, { input: { ...consentInput, subjectId: identified.data.identifyPerson.personId } },
      { 'Idempotency-Key': key });
  },
  input: withHousehold,
};
