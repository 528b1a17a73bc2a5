// アウトリーチの割当て on 今日の仕事: the 多機関協働 coordinator sends an agency to the door of a household nobody
// has a basis for (from the unreached list), and ends an assignment early; everyone with an assignment sees it.
import { recordForm, savedRecord } from './forms.js';

const ASSIGNMENT = 'id householdId agencyId reason validFrom validTo ended';

/** The coordinator's form on an unreached household: which agency goes, why, until when. */
const assignForm = (household, agencies) => recordForm({
  id: `assign-${household.householdId}`,
  title: 'アウトリーチを割り当てる',
  about: '閲覧の根拠がない世帯に、訪問する機関を割り当てます。割当ては住所と位置だけを開き、世帯員の氏名は開きません。',
  submitLabel: '割り当てる',
  mutation: `mutation($input: AssignOutreachInput!) { assignOutreach(input: $input) { ${ASSIGNMENT} } }`,
  fields: [
    { path: 'agencyId', label: '訪問する機関', kind: 'choice', required: true, options: agencies.map((a) => [a.id, a.name]) },
    { path: 'reason', label: '理由', kind: 'textarea', required: true, max: 500, hint: '例：民生委員から孤立の心配の相談' },
    { path: 'validTo', label: '期限（空欄なら90日後）', kind: 'date' },
  ],
  input: (values) => ({ ...values, householdId: household.householdId }),
  saved: (assignment) => savedRecord('アウトリーチを割り当てました。', [
    ['訪問する機関', agencies.find((a) => a.id === assignment.agencyId)?.name ?? ''],
    ['期間', `${assignment.validFrom}〜${assignment.validTo}`], ['理由', assignment.reason]]),
});

/** The coordinator's form that ends an assignment before its last day. */
const endForm = (assignment) => recordForm({
  id: `end-${assignment.id}`,
  title: '割当てを終える',
  submitLabel: '終える',
  mutation: `mutation($input: EndOutreachAssignmentInput!) { endOutreachAssignment(input: $input) { ${ASSIGNMENT} } }`,
  fields: [{ path: 'reason', label: '理由', kind: 'textarea', required: true, max: 500, hint: '例：本人と会え、相談につながった' }],
  input: (values) => ({ ...values, assignmentId: assignment.id }),
  saved: () => savedRecord('割当てを終えました。', [['状態', '終了（以後、住所は開きません）']]),
});

/** The list of assignments in force that the user's agency made or was given. */
export const assignmentsList = (agencyNames, coordinator) => ({
  title: 'アウトリーチの割当て（有効なもの）', roles: ['COORDINATOR', 'CSW', 'AGENCY_STAFF'],
  query: `{ outreachAssignments { ${ASSIGNMENT} } }`,
  rows: (data) => data.outreachAssignments, household: (a) => a.householdId,
  cells: (a) => [`${agencyNames.get(a.agencyId) ?? ''}が訪問`, `${a.validFrom}〜${a.validTo}`, a.reason],
  formLabel: '割当てを終える',
  form: coordinator ? endForm : null,
});

/** An unreached household's row action for the coordinator. */
export const assignAction = (agencies) => (household) => assignForm(household, agencies);
