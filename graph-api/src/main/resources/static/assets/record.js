// 記録: the recordings of the window and the visit. The user picks a household they have a basis for (by its
// head's name and address), or none for a first consultation or a signal; the forms follow from that choice.
import { el, gql, householdName, purposeNotice, showErrors, startPage } from './app.js';
import { recordForm } from './forms.js';
import { caseClosing, caseReopening, consentRevocation, returnToAgency } from './record-case.js';
import { assessment, meeting, plan, referral, referralToCoordination } from './record-coordination.js';
import { contact, memberJoined, memberLeft, moved, patterns } from './record-household.js';
import { followUp, participation, planRevision } from './record-support.js';
import { tie, tieConfirmation, tieEnding } from './record-ties.js';
import {
  consent, consentOnIdentification, consultationOnMember, consultationOnNewHousehold, signal, visit,
} from './record-window.js';

const { me } = await startPage('/record');
const messages = document.getElementById('messages');
purposeNotice(messages);
const params = new URLSearchParams(location.search);

const HOUSEHOLDS = `query($filter: HouseholdFilter) { households(first: 100, filter: $filter) {
  edges { node { id address area { name } members { name relation } } } } }`;
const HOUSEHOLD = `query($id: ID!) { household(id: $id) {
  id visible address area { id name }
  members { id name relation relationLabel ageBand cases { cases { id status field opened agency { id } } } }
  plans { plans { id status statusLabel goals } }
  assessments { assessments { id date agency { name } } } } }`;

const [listed, directory] = await Promise.all([gql(HOUSEHOLDS), gql('{ areas { id name } agencies { id name fieldLabel components } }')]);
showErrors(listed, messages);
const select = document.getElementById('household');
const blank = select.firstElementChild;
function listHouseholds(answer) {
  select.replaceChildren(blank, ...(answer.data?.households.edges ?? []).map(({ node }) =>
    el('option', { value: node.id, selected: node.id === params.get('household') ? true : null }, householdName(node))));
}
listHouseholds(listed);
// a name, kana or address narrows the list on the server: only names the user may see are matched
let finding = null;
const note = document.getElementById('which-note').textContent;
document.getElementById('find').addEventListener('input', (event) => {
  clearTimeout(finding);
  finding = setTimeout(async () => {
    const text = event.target.value.trim();
    const answer = await gql(HOUSEHOLDS, { filter: text ? { text } : null });
    if (!showErrors(answer, messages)) listHouseholds(answer);
    const count = answer.data?.households.edges.length ?? 0;
    document.getElementById('which-note').textContent = text
      ? `「${text}」に当たる世帯：${count}件（氏名は閲覧の根拠がある世帯員のものだけを探します）。`
      : note;
  }, 300);
});

const context = { me, household: null, areas: directory.data?.areas ?? [], agencies: directory.data?.agencies ?? [],
  consents: [], matches: [] };
const chosen = params.get('household');
if (chosen) {
  const answer = await gql(HOUSEHOLD, { id: chosen });
  if (!showErrors(answer, messages) && answer.data.household?.visible) context.household = answer.data.household;
}
if (context.household) Object.assign(context, await heldFor(context.household));

/** The consents the agency holds on the members, and its active matches (for the forms that end them). */
async function heldFor(household) {
  const ids = household.members.map((m) => m.id);
  if (ids.length === 0) return {};
  const reads = ids.map((_, i) => `c${i}: consents(personId: $p${i}) { consent { id subjectId categories validTo revokedAt } recordedHere daysLeft }
    m${i}: participationMatches(personId: $p${i}) { id personId status started activity { name } }`);
  const answer = await gql(`query($h: ID!, ${ids.map((_, i) => `$p${i}: ID!`).join(', ')}) { ${reads.join(' ')}
    ties(householdId: $h) { ties { id personId kind since endedOn watcher { role name } } } }`,
    { h: household.id, ...Object.fromEntries(ids.map((id, i) => [`p${i}`, id])) });
  const data = answer.data ?? {};
  return { consents: ids.flatMap((_, i) => data[`c${i}`] ?? []), matches: ids.flatMap((_, i) => data[`m${i}`] ?? []),
    ties: data.ties?.ties ?? [] };
}

// the forms in the groups a window thinks in
const GROUPS = context.household ? [
  ['窓口・訪問', [consultationOnMember, visit, signal, consent, consentOnIdentification, consentRevocation]],
  ['つなぎ・多機関協働', [referral, referralToCoordination, returnToAgency, assessment, plan, planRevision, meeting]],
  ['参加支援', [participation, followUp]],
  ['見守り・つながり', [tie, tieConfirmation, tieEnding]],
  ['ケース・世帯の変更', [caseClosing, caseReopening, memberJoined, memberLeft, moved, contact, patterns]],
] : [['窓口', [consultationOnNewHousehold, signal]]];
const allowed = (spec) => !spec.roles || spec.roles.some((role) => me.roles.includes(role));
const groups = GROUPS.map(([title, specs]) => [title, specs.filter(allowed)]).filter(([, specs]) => specs.length);
document.getElementById('which-title').textContent = context.household
  ? `記録する世帯：${householdName(context.household)}`
  : 'どの世帯について記録しますか';
document.getElementById('tabs').replaceChildren(...groups.map(([title, specs]) => el('div', { class: 'tab-group' },
  el('span', { class: 'tab-group-title' }, title),
  el('ul', {}, specs.map((spec) => el('li', {}, el('a', { href: `#${spec.id}` }, spec.title)))))));
const specs = groups.flatMap(([, group]) => group);
document.getElementById('forms').replaceChildren(...specs.map((spec) => recordForm(spec, context)));

// after a save, the household is read again and the forms nobody has begun are rebuilt from it: a consent just
// recorded can be withdrawn, a case just closed reopened, a match just made followed up, without a reload
context.saved = async (savedSpec) => {
  if (!context.household) return;
  const answer = await gql(HOUSEHOLD, { id: context.household.id });
  if (!answer.data?.household?.visible) return;
  Object.assign(context, { household: answer.data.household }, await heldFor(answer.data.household));
  for (const spec of specs) {
    const section = document.getElementById(spec.id);
    if (spec === savedSpec || section?.querySelector('form')?.dataset.touched) continue;
    section?.replaceWith(recordForm(spec, context));
  }
};
if (!context.household) {
  document.getElementById('forms').append(el('p', { class: 'muted' },
    '訪問記録と同意書は、世帯を選ぶと記録できます。'));
}

document.getElementById('which').addEventListener('submit', (event) => {
  event.preventDefault();
  const id = select.value;
  location.href = id ? `/record?household=${encodeURIComponent(id)}` : '/record';
});
if (location.hash) document.querySelector(location.hash)?.scrollIntoView();
