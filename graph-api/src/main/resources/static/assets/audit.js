// 監査 (privacy officer): who read a person's data, when, for what purpose and on which basis (開示請求, 監査);
// and whether the audit chain verifies (no event edited, removed or re-chained, none missing behind the checkpoint).
import { el, gql, inJapanTime, showErrors, startPage, label, fieldLabels } from './app.js';


await startPage('/audit');
const messages = document.getElementById('messages');
const params = new URLSearchParams(location.search);

/** A count as people write it: 422,484. */
function count(n) {
  return n.toLocaleString('ja-JP');
}

/** Where a problem starts, when the check names a place (a missing file has none). */
function from(n, unit) {
  return n == null ? '' : `（${count(n)}${unit}から）`;
}

async function verify() {
  const button = document.getElementById('verify');
  const status = document.getElementById('chain');
  button.disabled = true;
  status.replaceChildren(el('p', { class: 'muted' }, '検証しています…（すべての記録と監査ジャーナルを読み直すため、記録が多いと数十秒以上かかります）'));
  const started = Date.now();
  try {
    const answer = await gql(`{ auditChain { events valid firstBrokenSequence problem checkpointSequence
      journals { lines shipped valid problem firstBrokenLine } } }`);
    if (showErrors(answer, messages)) {
      status.replaceChildren();
      return;
    }
    const seconds = Math.max(1, Math.round((Date.now() - started) / 1000));
    const chain = answer.data.auditChain;
    const journals = chain.journals;
    const lines = journals.reduce((sum, j) => sum + j.lines, 0);
    const shipped = journals.reduce((sum, j) => sum + j.shipped, 0);
    const broken = journals.find((j) => !j.valid);
    status.replaceChildren(chain.valid
      ? el('p', { class: 'ok' }, `検証済み：${count(chain.events)}件の記録はすべて改ざんされていません（チェックポイント ${chain.checkpointSequence == null ? '—' : count(chain.checkpointSequence)}）。`)
      : el('p', { class: 'bad' }, `検証に失敗：${label('ChainProblem', chain.problem)}${from(chain.firstBrokenSequence, '番目')}。全${count(chain.events)}件。`),
    el('p', { class: broken ? 'bad' : 'muted' }, broken
      ? `監査ジャーナル：${label('ChainProblem', broken.problem)}${from(broken.firstBrokenLine, '行目')}。`
      : `監査ジャーナル ${count(journals.length)}件・${count(lines)}行（データベースへ写し済み ${count(shipped)}行）を照合しました。`),
    el('p', { class: 'muted' }, `検証にかかった時間：約${seconds}秒。`));
  } finally {
    button.disabled = false;
  }
}

const TRAIL = `query Trail($personId: ID!, $first: Int) {
  auditTrail(personId: $personId, first: $first) {
    sequence at username staffId staffName agencyId operationLabel outcome purpose bases categories }
}`;

const agencyNames = new Map(((await gql('{ agencies { id name } }')).data?.agencies ?? []).map((a) => [a.id, a.name]));

/** A basis as recorded (OWN_AGENCY, CONSENT:c-1) in words: the kind of basis (the record's id is not a word). */
function basisWord(basis) {
  const [kind] = basis.split(':');
  return label('AccessBasis', kind) !== kind ? label('AccessBasis', kind) : label('AuditBasis', kind);
}

function purposeWord(purpose) {
  return purpose === 'NONE' ? '申告なし' : label('PurposeOfUse', purpose);
}

async function trail(personId, first, who = null) {
  const answer = await gql(TRAIL, { personId, first });
  if (showErrors(answer, messages)) return;
  const records = answer.data.auditTrail;
  document.getElementById('trail-title').textContent = `閲覧記録：${who ?? '指定した本人'}（${records.length}件、新しい順）`;
  document.getElementById('trail').replaceChildren(
    el('thead', {}, el('tr', {}, ['番号', '日時', '利用者', '機関', '操作', '結果', '利用目的', '根拠', '分野'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, records.map((r) => el('tr', {},
      el('td', { class: 'num' }, r.sequence), el('td', {}, inJapanTime(r.at)), el('td', {}, r.staffName ?? '（職員名の記録なし）'),
      el('td', {}, agencyNames.get(r.agencyId) ?? r.agencyId ?? ''),
      el('td', {}, r.operationLabel), el('td', {}, label('AuditOutcome', r.outcome)), el('td', {}, purposeWord(r.purpose)),
      el('td', {}, r.bases.map(basisWord).join('・')), el('td', {}, fieldLabels(r.categories))))));
  if (records.length === 0) document.getElementById('trail').append(el('tbody', {}, el('tr', {}, el('td', {}, '記録はありません。'))));
}

const CANDIDATES = `query Candidates($name: String, $nameKana: String, $birthYear: Int!) {
  disclosureCandidates(name: $name, nameKana: $nameKana, birthYear: $birthYear) {
    personId name nameKana birthYear address area { name } }
}`;

document.getElementById('disclosure-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(event.target);
  const where = document.getElementById('candidates');
  const answer = await gql(CANDIDATES, { name: data.get('name').trim() || null, nameKana: data.get('nameKana').trim() || null,
    birthYear: Number(data.get('birthYear')) || null });
  if (showErrors(answer, where)) return;
  const found = answer.data.disclosureCandidates;
  where.replaceChildren(found.length === 0
    ? el('p', { class: 'muted' }, '一致する方はいません。書類の氏名の表記（旧字体・カナ）と生年を確かめてください。')
    : el('div', { class: 'table-scroll' }, el('table', {},
      el('thead', {}, el('tr', {}, ['氏名', 'カナ', '生年', '住所', '圏域', ''].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, found.map((c) => el('tr', {},
        el('td', {}, c.name ?? ''), el('td', {}, c.nameKana ?? ''), el('td', {}, `${c.birthYear}年`), el('td', {}, c.address ?? ''),
        el('td', {}, c.area?.name ?? ''),
        el('td', {}, el('button', { type: 'button', class: 'secondary',
          onclick: () => trail(c.personId, 100, `${c.name}（${c.birthYear}年生）`) }, 'この方の閲覧記録を表示'))))))));
});

document.getElementById('verify').addEventListener('click', verify);
document.getElementById('trail-form').addEventListener('submit', (event) => {
  event.preventDefault();
  trail(event.target.person.value.trim(), Number(event.target.first.value));
});
// not awaited: a long log's check must not hold up the rest of the page
verify();
if (params.has('person')) {
  document.getElementById('person').value = params.get('person');
  await trail(params.get('person'), 100);
}
