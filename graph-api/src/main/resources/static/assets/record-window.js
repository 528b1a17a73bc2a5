// The window's recordings, declared for forms.js: 相談受付票, 訪問記録, 気づき, 同意書 — what each asks, in the words of
// the paper form it replaces, and what it shows once saved. context: { me, household (or null), areas, agencies }.
import { el, gql, label, terms, withheldText } from './app.js';
import { TODAY, householdLink, labels, memberOptions, savedRecord, withHousehold } from './forms.js';

const consultationFacts = (payload) => [
  ['相談日', payload.consultation.date],
  ['関係する分野', labels('Field', payload.consultation.fields)],
  ['相談内容の分類', labels('ConsultationTopic', payload.consultation.topics)],
  ['相談経路', label('ConsultationChannel', payload.consultation.channel)],
  ['相談者', label('ConsultedBy', payload.consultation.consultedBy)],
  ['ケース', `${payload.case.agency.name}・${label('Field', payload.case.field)}（${payload.openedCase ? 'この相談で開始' : '継続中のケースに追加'}）`],
];

const CONSULTATION_ANSWER = `consultation { id date fields topics channel consultedBy }
    case { id field agency { name } } openedCase householdId
    candidates { argument personId householdId area { name } ageBand matchedOn name identityWithheld { reason } }`;

const consultationAbout = [
  { path: 'date', label: '相談日', kind: 'date', required: true, value: TODAY },
  { path: 'channel', label: '相談経路', kind: 'choice', type: 'ConsultationChannel', required: true },
  { path: 'consultedBy', label: '相談者', kind: 'choice', type: 'ConsultedBy', required: true, value: 'SELF',
    hint: '家族や民生委員が本人に代わって相談したときは、その立場を選びます（本人と会えたことにはなりません）。' },
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
          el('td', {}, c.name ?? withheldText()),
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
  mutation: `mutation($input: RecordVisitInput!) { recordVisit(input: $input) {
    visitId householdId outcome date purpose nextVisitOn metCount } }`,
  fields: ({ household }) => [
    { path: 'date', label: '訪問日', kind: 'date', required: true, value: TODAY },
    { path: 'purpose', label: '目的', kind: 'choice', type: 'VisitPurpose' },
    { path: 'outcome', label: '結果', kind: 'choice', type: 'VisitOutcome', required: true,
      hint: '面会できた・電話で話せたときだけ「会えた」ことになります。置き手紙・不在・家族を通じての様子は「会えていない」扱いです。' },
    ...(household?.members?.length ? [{ path: 'metPersonIds', label: '会えた世帯員（面会・電話のとき）', kind: 'choices',
      options: memberOptions(household), hint: '選ばないときは、世帯として会えたものとして記録します。' }] : []),
    { path: 'nextVisitOn', label: '次回訪問予定日', kind: 'date' },
    { path: 'note', label: '記録', kind: 'textarea', max: 1000, hint: '1000字まで' },
  ],
  input: (values, { household }) => ({ ...values, householdId: household.id }),
  saved: (payload) => savedRecord('訪問を記録しました。',
    [['訪問日', payload.date], ['目的', payload.purpose ? label('VisitPurpose', payload.purpose) : null],
      ['結果', label('VisitOutcome', payload.outcome)], ['会えた世帯員', payload.metCount ? `${payload.metCount}人` : null],
      ['次回訪問予定日', payload.nextVisitOn]], householdLink(payload.householdId)),
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
