// The coordination's recordings, declared for forms.js: つなぎ, アセスメント, 支援プラン（案）, 会議記録.
// context: { me, household, areas, agencies }.
import { label, terms } from './app.js';
import { TODAY, householdLink, labels, memberOptions, savedRecord, withHousehold } from './forms.js';

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
  about: '自機関のケースを、ほかの支援関係機関につなぎます。つなぎ先の機関にその方のケースが開かれ、つなぎ先が受理するか差し戻すまで「受付待ち」になります（今日の仕事の「送ったつなぎ」で確かめられます）。',
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
    { path: 'discussed.goalAttainment', argument: 'households.goalAttainment', label: '目標の達成状況（支援終結のとき）', kind: 'choice',
      options: terms('GoalAttainment').filter(([code]) => code !== 'UNRECORDED') },
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
