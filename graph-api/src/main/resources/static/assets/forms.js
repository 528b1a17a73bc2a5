// Forms that record, as a window records them: every field with its Japanese label, the API's refusal shown
// beside the field it names, and after saving the record the API made. A form is declared, not hand-built:
// { id, title, about, mutation, fields: [...], input(values) → the mutation's input, saved(payload) → element }.
// Each form carries an Idempotency-Key until it saves, so a second press or a retry never records twice.
import { currentSession, el, gql, japaneseMessage, label, terms } from './app.js';

/**
 * One field. kind: text | textarea | lines (one value a line) | date | time (HH:mm) | number | choice (one of `options` or the
 * enum `type`) | choices (several) | check (yes/no) | list (rows of `fields`, added and removed by the user).
 * `path` is where its value goes in the input ('newHousehold.address'); the API names that path when it refuses
 * the value (`argument` when the API's path differs: 'households.decision').
 */
function control(field, id) {
  const common = { id, name: field.path, required: field.required ? true : null };
  switch (field.kind) {
    case 'textarea':
      return el('textarea', { ...common, rows: 3, maxlength: field.max ?? null });
    case 'lines':
      return el('textarea', { ...common, rows: 3 });
    case 'list':
      return listControl(field, id);
    case 'date':
      return el('input', { ...common, type: 'date', value: field.value === TODAY ? today() : field.value ?? null });
    case 'time':
      return el('input', { ...common, type: 'time', value: field.value ?? null });
    case 'number':
      return el('input', { ...common, type: 'number', min: field.min ?? null, max: field.max ?? null, value: field.value ?? null });
    case 'check':
      return el('input', { ...common, type: 'checkbox', required: null, checked: field.value ? true : null });
    case 'choice':
      return el('select', common,
        field.required && field.value ? null : el('option', { value: '' }, field.required ? '（選択してください）' : '（なし）'),
        optionsOf(field).map(([code, word]) => el('option', { value: code, selected: code === field.value ? true : null }, word)));
    case 'choices': {
      // options with a third element are shown under it (agencies by field), each group folded until opened
      const box = ([code, word]) => el('label', {},
        el('input', { type: 'checkbox', name: field.path, value: code, checked: (field.value ?? []).includes(code) ? true : null }), word);
      const options = optionsOf(field);
      const found = new Set(options.map((option) => option[2]).filter(Boolean));
      const groups = [...(field.groups ?? []).filter((group) => found.has(group)),
        ...[...found].filter((group) => !(field.groups ?? []).includes(group))];
      return el('fieldset', { id, class: 'choices' }, el('legend', {}, field.label), groups.length === 0
        ? options.map(box)
        : groups.map((group) => el('details', {}, el('summary', {}, group),
          options.filter((option) => option[2] === group).map(box))));
    }
    default:
      return el('input', { ...common, type: 'text', maxlength: field.max ?? null, value: field.value ?? null,
        autocomplete: 'off' });
  }
}

/** A fresh Idempotency-Key (random; crypto.randomUUID needs a secure origin, getRandomValues does not). */
export function newKey() {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function optionsOf(field) {
  return field.options ?? terms(field.type);
}

let rowsMade = 0;

/** One labelled field in a form or a row. */
function fieldRow(field, id) {
  const hint = field.hint ? el('span', { class: 'muted' }, field.hint) : null;
  const problem = el('span', { class: 'field-error', id: `${id}-error` });
  if (field.kind === 'choices' || field.kind === 'list') {
    return el('div', { class: 'field', 'data-path': field.path }, control(field, id), hint, problem);
  }
  return el('div', { class: 'field', 'data-path': field.path },
    el('label', { for: id }, field.label, field.required ? el('span', { class: 'required' }, '（必須）') : null),
    control(field, id), hint, problem);
}

/** Rows of the same fields (the plan's roles, the assessment's findings), added and removed by the user. */
function listControl(field, id) {
  const rows = el('div', { class: 'rows' });
  const addRow = () => {
    rowsMade += 1;
    const row = el('div', { class: 'row' }, field.fields.map((sub, i) => fieldRow(sub, `${id}-${rowsMade}-${i}`)),
      el('button', { type: 'button', class: 'secondary', onclick: () => row.remove() }, 'この行を削除'));
    rows.append(row);
  };
  for (let i = 0; i < (field.rows ?? 1); i += 1) addRow();
  return el('fieldset', { id, class: 'list', 'data-list': field.path }, el('legend', {}, field.label,
    field.required ? el('span', { class: 'required' }, '（必須）') : null), rows,
  el('button', { type: 'button', class: 'secondary', onclick: addRow }, `${field.rowLabel ?? '行'}を追加`));
}

/** The value of one field within scope (the form, or a list's row) as the API takes it; null when left empty. */
function valueOf(scope, field) {
  if (field.kind === 'choices') {
    const checked = [...scope.querySelectorAll(`input[name="${field.path}"]:checked`)].map((box) => box.value);
    return checked.length ? checked : field.required ? [] : null;
  }
  if (field.kind === 'list') {
    const rows = [...scope.querySelector(`fieldset[data-list="${field.path}"] .rows`).children]
      .map((row) => valuesOf(row, field.fields)).filter((row) => Object.keys(row).length > 0);
    return rows.length ? rows : field.required ? [] : null;
  }
  const input = scope.querySelector(`[name="${field.path}"]`);
  if (field.kind === 'check') return input.checked;
  if (field.kind === 'lines') {
    const lines = input.value.split('\n').map((line) => line.trim()).filter(Boolean);
    return lines.length ? lines : field.required ? [] : null;
  }
  const text = input.value.trim();
  if (text === '') return null;
  return field.kind === 'number' ? Number(text) : text;
}

/** Puts value at a dotted path ('consultee.name') in object. */
function put(object, path, value) {
  const keys = path.split('.');
  let at = object;
  for (const key of keys.slice(0, -1)) at = at[key] ??= {};
  at[keys.at(-1)] = value;
}

/** The fields' values as one object shaped by their paths; empty fields (and unchecked boxes in rows) are left out. */
export function valuesOf(scope, fields) {
  const values = {};
  for (const field of fields) {
    const value = valueOf(scope, field);
    if (value === false && scope.classList.contains('row')) continue;
    if (value !== null) put(values, field.path, value);
  }
  return values;
}

/** The field an API error names ('input.newHousehold.consultee.name' → the field at that path). */
function fieldFor(fields, argument) {
  if (!argument) return null;
  const path = argument.replace(/^input\./, '').replace(/\[\d+\]/g, '');
  const named = (field) => field.argument ?? field.path;
  return fields.find((field) => named(field) === path)
    ?? fields.find((field) => path.startsWith(`${named(field)}.`) || named(field).startsWith(`${path}.`)) ?? null;
}

/**
 * A form section for spec; context is handed to spec.fields(context) when fields depend on what the page knows
 * (the household's members, the agencies). Answers the section element.
 */
export function recordForm(spec, context = {}) {
  const fields = typeof spec.fields === 'function' ? spec.fields(context) : spec.fields;
  let key = newKey();
  const result = el('div', { class: 'result', 'aria-live': 'polite' });
  const summary = el('div', { class: 'form-errors', 'aria-live': 'assertive' });
  const rows = fields.map((field, index) => fieldRow(field, `${spec.id}-${index}`));
  const submit = el('button', { type: 'submit' }, spec.submitLabel ?? '記録する');
  const form = el('form', { class: 'record', id: `${spec.id}-form`, novalidate: true }, rows, summary, submit);
  // a form someone began to fill is never rebuilt under them
  form.addEventListener('input', () => { form.dataset.touched = 'true'; });

  function clearProblems() {
    summary.replaceChildren();
    for (const row of form.querySelectorAll('.field')) {
      row.classList.remove('invalid');
      row.querySelector('.field-error').textContent = '';
    }
  }

  function showProblem(field, message) {
    if (!field) {
      summary.append(el('p', { class: 'error', role: 'alert' }, message));
      return;
    }
    const row = form.querySelector(`:scope > .field[data-path="${field.path}"]`);
    row.classList.add('invalid');
    row.querySelector('.field-error').textContent = message;
    summary.append(el('p', { class: 'error', role: 'alert' }, `${field.label}：${message}`));
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems();
    result.replaceChildren();
    const missing = fields.filter((field) => field.required && field.kind !== 'check'
      && (valueOf(form, field) === null || (Array.isArray(valueOf(form, field)) && valueOf(form, field).length === 0)));
    if (missing.length) {
      missing.forEach((field) => showProblem(field, { choices: '1つ以上選んでください。', list: '1行以上入力してください。' }[field.kind]
        ?? '入力してください。'));
      return;
    }
    submit.disabled = true;
    submit.textContent = '記録しています…';
    try {
      const values = valuesOf(form, fields);
      const input = spec.input ? spec.input(values, context) : values;
      // a form of two steps (identify, then record) sends them itself, each step under its own key
      const answer = spec.send ? await spec.send(input, key)
        : await gql(spec.mutation, { input }, { 'Idempotency-Key': key });
      if (answer.errors?.length) {
        for (const error of answer.errors) showProblem(fieldFor(fields, error.extensions?.argument), japaneseMessage(error));
        return;
      }
      const payload = Object.values(answer.data)[0];
      key = newKey(); // this key's answer is kept: the next recording (or a confirmed retry) is another request
      result.replaceChildren(spec.saved(payload, { form, values, context, retry: () => form.requestSubmit() }));
      result.scrollIntoView({ block: 'nearest' });
      context.saved?.(spec); // the page brings its other forms up to date
    } catch (failure) {
      if (failure?.message !== 'signed out') {
        summary.append(el('p', { class: 'error', role: 'alert' }, '記録できませんでした。もう一度お試しください（続くときは管理者に連絡してください）。'));
      }
    } finally {
      submit.disabled = false;
      submit.textContent = spec.submitLabel ?? '記録する';
    }
  });

  return el('section', { class: 'panel', id: spec.id, 'aria-labelledby': `${spec.id}-title` },
    el('h3', { id: `${spec.id}-title` }, spec.title),
    spec.about ? el('p', { class: 'muted' }, spec.about) : null,
    form, result);
}

/** 「記録しました」 with the record's facts as a definition list ([label, value] pairs). */
export function savedRecord(title, facts, ...more) {
  return el('div', { class: 'saved', role: 'status' },
    el('p', { class: 'ok' }, title),
    el('dl', {}, facts.filter(([, value]) => value !== null && value !== undefined && value !== '')
      .flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)])),
    ...more);
}

/** A date field's value meaning "the service's today" (its "not in the future" rules use that date). */
export const TODAY = 'today';

/** The service's today (its "not in the future" rules use that date), as the API writes dates. */
export function today() {
  return currentSession()?.today ?? new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
}

/** The link from a saved record to its household's page. */
export const householdLink = (id) => el('a', { href: `/household?id=${encodeURIComponent(id)}` }, '世帯のエコマップ・支援経過を開く');

/** A household's members as choices: name, relation and age band. */
export const memberOptions = (household) => household.members.map((m) => [m.id, `${m.name}（${m.relationLabel}・${m.ageBand}）`]);

/** The input with the page's household, for forms about it. */
export const withHousehold = (values, { household }) => ({ ...values, householdId: household.id });

/** Words of several enum values, joined as the screens join them. */
export function labels(type, codes) {
  return (codes ?? []).map((code) => label(type, code)).join('・');
}
