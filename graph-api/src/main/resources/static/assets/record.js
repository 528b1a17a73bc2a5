// 記録: the recordings of the window and the visit. The user picks a household they have a basis for (by its
// head's name and address), or none for a first consultation or a signal; the forms follow from that choice.
import { el, gql, householdName, purposeNotice, showErrors, startPage } from './app.js';
import { recordForm } from './forms.js';
import { assessment, meeting, plan, referral, referralToCoordination } from './record-coordination.js';
import { memberJoined, memberLeft, moved } from './record-household.js';
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

const context = { me, household: null, areas: directory.data?.areas ?? [], agencies: directory.data?.agencies ?? [] };
const chosen = params.get('household');
if (chosen) {
  const answer = await gql(HOUSEHOLD, { id: chosen });
  if (!showErrors(answer, messages) && answer.data.household?.visible) context.household = answer.data.household;
}

const forms = (context.household
  ? [consultationOnMember, visit, signal, consent, consentOnIdentification, referral, referralToCoordination, assessment, plan, meeting,
    memberJoined, memberLeft, moved]
  : [consultationOnNewHousehold, signal])
  .filter((spec) => !spec.roles || spec.roles.some((role) => me.roles.includes(role)));
document.getElementById('which-title').textContent = context.household
  ? `記録する世帯：${householdName(context.household)}`
  : 'どの世帯について記録しますか';
document.getElementById('tabs').replaceChildren(el('ul', {}, forms.map((spec) =>
  el('li', {}, el('a', { href: `#${spec.id}` }, spec.title)))));
document.getElementById('forms').replaceChildren(...forms.map((spec) => recordForm(spec, context)));
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
