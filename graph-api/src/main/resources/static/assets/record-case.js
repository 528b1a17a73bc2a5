// A case's and a consent's end, declared for forms.js: 終結 and 再開 of the agency's own case, the hand-back of a
// 多機関協働 case to a single-field window, and the revocation of a consent the agency recorded.
// context: { me, household, agencies, consents }.
import { label } from './app.js';
import { TODAY, householdLink, labels, savedRecord } from './forms.js';

/** The agency's own cases about the household's members, in a given state, as choices. */
const ownCases = ({ household, me }, status) => household.members.flatMap((m) => (m.cases?.cases ?? [])
  .filter((c) => c.agency.id === me.agency?.id && c.status === status)
  .map((c) => [c.id, `${m.name}：${label('Field', c.field)}のケース（${c.opened}〜）`]));

const CASE_ANSWER = 'case { id status opened closed field agency { name } }';

const caseSaved = (title) => ({ case: c }) => savedRecord(title, [
  ['ケース', `${c.agency.name}（${label('Field', c.field)}）`], ['状態', label('CaseStatus', c.status)],
  ['開始', c.opened], ['終結', c.closed]]);

/** ケースの終結: goal reached, moved, died… with the date and the reason. */
export const caseClosing = {
  id: 'case-closing',
  title: 'ケースの終結',
  about: '自機関のケースを終結します。終結は支援経過記録に残り、あとで再開できます。',
  mutation: `mutation($input: CaseChangeInput!) { closeCase(input: $input) { ${CASE_ANSWER} } }`,
  fields: (context) => [
    { path: 'caseId', label: '終結するケース', kind: 'choice', required: true, options: ownCases(context, 'OPEN') },
    { path: 'date', label: '終結日', kind: 'date', required: true, value: TODAY },
    { path: 'reason', label: '理由', kind: 'textarea', required: true, max: 500, hint: '例：目標達成、転居、死亡' },
  ],
  saved: caseSaved('ケースを終結しました。'),
};

/** ケースの再開: a closed case opened again (再相談). */
export const caseReopening = {
  id: 'case-reopening',
  title: 'ケースの再開',
  about: '終結した自機関のケースを再開します（再相談など）。',
  mutation: `mutation($input: CaseChangeInput!) { reopenCase(input: $input) { ${CASE_ANSWER} } }`,
  fields: (context) => [
    { path: 'caseId', label: '再開するケース', kind: 'choice', required: true, options: ownCases(context, 'CLOSED') },
    { path: 'date', label: '再開日', kind: 'date', required: true, value: TODAY },
    { path: 'reason', label: '理由', kind: 'textarea', required: true, max: 500, hint: '例：再相談' },
  ],
  saved: caseSaved('ケースを再開しました。'),
};

/** 単独機関への戻し: the 多機関協働 case handed to the window that carries on; the coordinator's case closes. */
export const returnToAgency = {
  id: 'return-to-agency',
  roles: ['COORDINATOR'],
  title: 'つなぎ：単独の機関へ戻す',
  about: '多機関協働のケースを、支援を引き継ぐ単独の機関に戻します。自機関（多機関協働）のケースは終結し、引き継ぐ機関が受理するまで「受付待ち」です。',
  mutation: `mutation($input: ReturnToAgencyInput!) { returnToAgency(input: $input) {
    referralId direction fromCase { agency { name } field } toCase { agency { name } field } } }`,
  fields: (context) => [
    { path: 'caseId', label: '多機関協働のケース', kind: 'choice', required: true, options: ownCases(context, 'OPEN') },
    { path: 'agencyId', label: '引き継ぐ機関', kind: 'choice', required: true,
      options: context.agencies.filter((a) => a.id !== context.me.agency?.id && !a.components.includes(5)).map((a) => [a.id, a.name]) },
    { path: 'reason', label: '理由', kind: 'textarea', required: true, max: 1000 },
    { path: 'date', label: '日付', kind: 'date', required: true, value: TODAY },
  ],
  saved: (payload) => savedRecord('単独の機関に戻しました。', [
    ['つなぎ元', payload.fromCase.agency.name], ['引き継ぐ機関', payload.toCase.agency.name],
    ['状態', '受付待ち（引き継ぐ機関が受理すると「受理」）']]),
};

/** 同意の撤回: the person takes back a consent the agency recorded; every read after it treats it as absent. */
export const consentRevocation = {
  id: 'consent-revocation',
  title: '同意の撤回',
  about: '本人（または代理人）の申出で、自機関が記録した同意を撤回します。撤回のあとは、その同意による共有はすべて止まります。',
  mutation: `mutation($input: RevokeConsentInput!) { revokeConsent(input: $input) {
    consent { subjectId categories validTo revokedAt } } }`,
  fields: ({ household, consents }) => [
    { path: 'consentId', label: '撤回する同意', kind: 'choice', required: true,
      options: consents.filter((held) => held.recordedHere && !held.consent.revokedAt && held.daysLeft !== null)
        .map(({ consent: c }) => [c.id, `${household.members.find((m) => m.id === c.subjectId)?.name ?? '世帯員'}：`
          + `${labels('Field', c.categories)}（${c.validTo}まで）`]) },
    { path: 'reason', label: '理由', kind: 'textarea', max: 1000, hint: '例：本人の申出' },
  ],
  saved: ({ consent }, { context }) => savedRecord('同意を撤回しました。', [
    ['本人', context.household.members.find((m) => m.id === consent.subjectId)?.name ?? '世帯員'],
    ['対象の分野', labels('Field', consent.categories)], ['撤回', '記録しました（以後の閲覧には使われません）']],
  householdLink(context.household.id)),
};
