// Forms that record, as a window records them: every field with its Japanese label, the API's refusal shown
// beside the field it names, and after saving the record the API made. A form is declared, not hand-built:
// { id, title, about, mutation, fields: [...], input(values) → the mutation's input, saved(payload) → element }.
// Each form carries an Idempotency-Key until it saves, so a second press or a retry never records twice.
import { currentSession, el, gql, japaneseMessage, label, terms } from './app.js';

/**
 * One field. kind: text | textarea | date | number | choice (one of `options` or the enum `type`) |
 * choices (several) | check (yes/no). `path` is where its value goes in the input ('newHousehold.address');
 * the API names that path when it refuses the value.
 */
function control(field, id) {
  const common = { id, name: field.path, required: field.required ? true : null };
  switch (field.kind) {
    case 'textarea':
      return el('textarea', { ...common, rows: 3, maxlength: field.max ?? null });
    case 'date':
      return el('input', { ...common, type: 'date', value: field.value === TODAY ? today() : field.value ?? null });
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
function newKey() {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function optionsOf(field) {
  return field.options ?? terms(field.type);
}

/** The value of one field as the API takes it (null when left empty). */
function valueOf(form, field) {
  if (field.kind === 'choices') {
    const checked = [...form.querySelectorAll(`input[name="${field.path}"]:checked`)].map((box) => box.value);
    return checked.length ? checked : field.required ? [] : null;
  }
  const input = form.elements.namedItem(field.path);
  if (field.kind === 'check') return input.checked;
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

/** The fields' values as one object shaped by their paths; empty fields are left out. */
export function valuesOf(form, fields) {
  const values = {};
  for (const field of fields) {
    const value = valueOf(form, field);
    if (value !== null) put(values, field.path, value);
  }
  return values;
}

/** The field an API error names ('input.newHousehold.consultee.name' → the field at that path). */
function fieldFor(fields, argument) {
  if (!argument) return null;
  const path = argument.replace(/^input\./, '').replace(/\[\d+\]/g, '');
  return fields.find((field) => field.path === path)
    ?? fields.find((field) => path.startsWith(`${field.path}.`) || field.path.startsWith(`${path}.`)) ?? null;
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
  const rows = fields.map((field, index) => {
    const id = `${spec.id}-${index}`;
    const hint = field.hint ? el('span', { class: 'muted' }, field.hint) : null;
    const problem = el('span', { class: 'field-error', id: `${id}-error` });
    if (field.kind === 'choices') return el('div', { class: 'field', 'data-path': field.path }, control(field, id), hint, problem);
    return el('div', { class: 'field', 'data-path': field.path },
      el('label', { for: id }, field.label, field.required ? el('span', { class: 'required' }, '（必須）') : null),
      control(field, id), hint, problem);
  });
  const submit = el('button', { type: 'submit' }, spec.submitLabel ?? '記録する');
  const form = el('form', { class: 'record', id: `${spec.id}-form`, novalidate: true }, rows, summary, submit);

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
    const row = form.querySelector(`.field[data-path="${field.path}"]`);
    row.classList.add('invalid');
    row.querySelector('.field-error').textContent = message;
    summary.append(el('p', { class: 'error', role: 'alert' }, `${field.label}：${message}`));
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems();
    const missing = fields.filter((field) => field.required && field.kind !== 'check'
      && (valueOf(form, field) === null || (Array.isArray(valueOf(form, field)) && valueOf(form, field).length === 0)));
    if (missing.length) {
      missing.forEach((field) => showProblem(field, field.kind === 'choices' ? '1つ以上選んでください。' : '入力してください。'));
      return;
    }
    submit.disabled = true;
    submit.textContent = '記録しています…';
    try {
      const values = valuesOf(form, fields);
      const answer = await gql(spec.mutation, { input: spec.input ? spec.input(values, context) : values },
        { 'Idempotency-Key': key });
      if (answer.errors?.length) {
        for (const error of answer.errors) showProblem(fieldFor(fields, error.extensions?.argument), japaneseMessage(error));
        return;
      }
      const payload = Object.values(answer.data)[0];
      key = newKey(); // this key's answer is kept: the next recording (or a confirmed retry) is another request
      result.replaceChildren(spec.saved(payload, { form, values, context, retry: () => form.requestSubmit() }));
      result.scrollIntoView({ block: 'nearest' });
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

function today() {
  return currentSession()?.today ?? new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
}

/** Words of several enum values, joined as the screens join them. */
export function labels(type, codes) {
  return (codes ?? []).map((code) => label(type, code)).join('・');
}
