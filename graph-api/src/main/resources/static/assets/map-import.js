// 作成会の支えあいマップを取り込む: a CSV of what a resident 作成会 drew (one tie a line) is checked first — each line
// with the residents it may be, among those the user has a basis for — then imported with the reviewer's choices.
// Nothing is written until 取り込む; a line naming someone the user may not know reads as a line naming nobody.
import { ageWords, download, el, gql, label, showErrors } from './app.js';
import { today } from './forms.js';

const COLUMNS = ['氏名', 'カナ', '住所', '年齢', '見守る人', '見守る人の住所', '立場', '種類', '頻度', '氏名共有の同意', '開始日', '備考'];
const EXAMPLE = ['例田 ウメ', 'レイタ ウメ', '若松町1-2', '82', '隣野 花子', '若松町1-4', '近隣住民', '見守り', '毎日', 'はい', '', '朝の声かけ'];
const LINE = `line name address watcher kind watcherRole frequency since personId watcherPersonId status tieId
  candidates { personId name householdId address ageBand matchedOn } watcherCandidates { personId name ageBand }
  problems { column message }`;
const RESULT = `id drawnOn drawnBy linesRead recorded confirmed needDecision skipped area { name } lines { ${LINE} }`;

/** Wires the page's import section; {areas} fill its area choice, the user's own first. */
export function drawnMapImport(areas, me) {
  const area = document.getElementById('drawn-area');
  area.append(...areas.map((a) => el('option', { value: a.id, selected: me.areas?.[0]?.id === a.id ? true : null }, a.name)));
  document.getElementById('drawn-on').value = today();
  document.getElementById('drawn-template').addEventListener('click', () =>
    download('支えあいマップ_取り込み用.csv', `${COLUMNS.join(',')}\n${EXAMPLE.join(',')}\n`));
  const review = document.getElementById('drawn-review');
  let checked = null; // the file as last checked: its input and answer

  document.getElementById('drawn-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    review.replaceChildren();
    const chosen = document.getElementById('drawn-file').files[0];
    if (!chosen) {
      review.append(el('p', { class: 'error', role: 'alert' }, 'ファイル：取り込むCSVファイルを選んでください。'));
      return;
    }
    const file = { areaId: area.value, csv: await textOf(chosen), drawnOn: document.getElementById('drawn-on').value,
      drawnBy: document.getElementById('drawn-by').value, fileName: chosen.name };
    const answer = await gql(`query($input: SupportMapFileInput!) { supportMapImportPreview(input: $input) { ${RESULT} } }`, { input: file });
    if (showErrors(answer, review)) return;
    checked = { file, result: answer.data.supportMapImportPreview };
    showCheck(review, checked.result, async (decisions) => {
      const imported = await gql(`mutation($input: ImportSupportMapInput!) { importSupportMap(input: $input) { ${RESULT} } }`,
        { input: { file: checked.file, decisions } });
      if (showErrors(imported, review)) return;
      showImported(review, imported.data.importSupportMap);
    });
  });
}

/** A file's text: UTF-8, or Shift_JIS as Excel saves it. */
async function textOf(file) {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('shift_jis').decode(bytes);
  }
}

function counts(result) {
  return `${result.area.name}・${result.drawnBy}（${result.drawnOn}作成）：${result.linesRead}行のうち、`
    + `新しいつながり ${result.recorded}件・記録済み（確認日を更新）${result.confirmed}件・要確認 ${result.needDecision}件・取り込まない ${result.skipped}件`;
}

/** The check as a table in which each line's person can be chosen, and the button that imports it. */
function showCheck(box, result, onImport) {
  const choices = new Map();
  const rows = result.lines.map((line) => {
    let choice = el('span', {}, line.status === 'NO_MATCH' ? '該当者なし（台帳に無い方、または閲覧の根拠が無い方）' : '');
    if (line.candidates.length && line.status !== 'INVALID') {
      choice = el('select', { 'aria-label': `${line.line}行目の本人` },
        el('option', { value: '' }, line.personId ? '取り込まない' : '（選んでください）'),
        line.candidates.map((c) => el('option', { value: c.personId, selected: c.personId === line.personId ? true : null },
          `${c.name}（${ageWords(c.ageBand)}・${c.address ?? '住所非表示'}・一致：${c.matchedOn.map((m) => label('MatchedOn', m)).join('・')}）`)));
      choices.set(line.line, { select: choice, line });
    }
    return el('tr', {}, el('td', {}, String(line.line)), el('td', {}, [line.name ?? '', line.address ? `（${line.address}）` : ''].join('')),
      el('td', {}, choice), el('td', {}, watcherWords(line)), el('td', {}, tieWords(line)),
      el('td', {}, label('SupportMapLineStatus', line.status)), el('td', {}, problemWords(line)));
  });
  const button = el('button', { type: 'button' }, 'この内容で取り込む');
  button.addEventListener('click', () => {
    const decisions = [];
    for (const [line, { select, line: checkedLine }] of choices) {
      if (select.value === '' && checkedLine.personId) decisions.push({ line, skip: true });
      else if (select.value && select.value !== checkedLine.personId) decisions.push({ line, personId: select.value });
    }
    button.disabled = true;
    onImport(decisions).finally(() => { button.disabled = false; });
  });
  box.replaceChildren(el('p', { role: 'status' }, `確認結果　${counts(result)}`),
    el('p', { class: 'muted' }, '「要確認」の行は本人を選ぶと取り込まれます。選ばない行は取り込まれません（あとで同じファイルをもう一度取り込めます）。'),
    table(['行', '見守られる人（記載）', '本人', '見守る人', '種類・頻度・開始日', '状態', '問題点'], rows), el('p', {}, button));
}

/** What the import did, line by line, with the households it touched. */
function showImported(box, result) {
  const rows = result.lines.map((line) => el('tr', {}, el('td', {}, String(line.line)), el('td', {}, line.name ?? ''),
    el('td', {}, label('SupportMapLineStatus', line.status)), el('td', {}, household(line)), el('td', {}, problemWords(line))));
  box.replaceChildren(el('p', { class: 'notice', role: 'status' }, `取り込みました　${counts(result)}`),
    table(['行', '見守られる人', '結果', '世帯', '問題点'], rows));
}

function household(line) {
  const person = line.candidates.find((c) => c.personId === line.personId);
  return person?.householdId && line.tieId
    ? el('a', { href: `/household?id=${encodeURIComponent(person.householdId)}` }, `${person.name} さんの世帯を開く`) : '';
}

function watcherWords(line) {
  const resident = line.watcherCandidates.find((c) => c.personId === line.watcherPersonId);
  return `${line.watcher ?? ''}${line.watcherRole ? `（${label('WatcherRole', line.watcherRole)}）` : ''}${resident ? '・住民として記録' : ''}`;
}

function tieWords(line) {
  return [line.kind && label('TieKind', line.kind), line.frequency && label('TieFrequency', line.frequency), line.since]
    .filter(Boolean).join('・');
}

function problemWords(line) {
  return line.problems.map((p) => `${p.column}：${p.message}`).join(' ');
}

function table(headers, rows) {
  return el('div', { class: 'table-scroll' }, el('table', {},
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, rows)));
}
