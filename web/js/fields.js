// Form building blocks in the GOV.UK Design System manner: radios inside a
// fieldset, a labelled input with hint and inline messages, and the error
// state (form-group--error, aria-invalid, aria-describedby).

import { byId, h, replace, describedBy, hiddenText } from './dom.js';
import { t } from './strings.js';

/**
 * Fills a radios container. items: [{value, label, hint?}].
 * @param {HTMLElement} $radios
 * @param {{name: string, items: {value: string, label: string, hint?: string}[],
 *   checked: string|null, onChange: (value: string) => void}} spec
 */
export function fillRadios($radios, { name, items, checked, onChange }) {
  replace($radios, items.map((item) => {
    const id = `${name}-${item.value}`;
    const hintId = item.hint ? `${id}-hint` : null;
    return h('div', { class: 'radios__item' },
      h('input', {
        class: 'radios__input', type: 'radio', id, name, value: item.value,
        checked: item.value === checked, 'aria-describedby': hintId,
        on: { change: () => onChange(item.value) },
      }),
      h('label', { class: 'label radios__label', for: id }, item.label),
      item.hint ? h('div', { class: 'hint radios__hint', id: hintId }, item.hint) : null);
  }));
}

/**
 * A text-like input with its label, hint and a slot for messages.
 * @param {{id: string, label: string, hint?: string, type?: string, value: string,
 *   attrs?: Record<string, any>, on?: Record<string, Function>}} spec
 * @returns {HTMLElement} the form group; its input is `.input`
 */
export function textField({ id, label, hint, type = 'text', value, attrs = {}, on = {} }) {
  const $input = h('input', {
    class: `input${type === 'date' ? ' input--date' : ''}`,
    id, name: id, type, autocomplete: 'off', ...attrs, on,
  });
  $input.value = value ?? '';
  const $group = h('div', { class: 'form-group', id: `group-${id}` },
    h('label', { class: 'label', for: id }, label),
    hint ? h('div', { class: 'hint', id: `${id}-hint` }, hint) : null,
    h('p', { class: 'error-message', id: `${id}-error`, hidden: true }),
    $input,
    h('div', { class: 'field-notes', id: `${id}-notes`, hidden: true }));
  describedBy($input, [hint && `${id}-hint`]);
  return $group;
}

/**
 * Shows a field's issues: errors above the input (GOV.UK), warnings and
 * notes below it, and extra notes (e.g. the normalized value).
 * @param {string} id the input's id
 * @param {{severity: string, message: string}[]} issues
 * @param {string[]} [notes]
 */
export function showFieldIssues(id, issues, notes = []) {
  const $group = byId(`group-${id}`);
  const $input = byId(id);
  if (!$group || !$input) return;
  const errors = issues.filter((i) => i.severity === 'error');
  const others = issues.filter((i) => i.severity !== 'error');
  const $error = byId(`${id}-error`);
  replace($error, errors.map((issue, n) => [
    n ? h('br') : null, hiddenText(`${t('errorPrefix')} `), issue.message]));
  $error.hidden = !errors.length;
  const $notes = byId(`${id}-notes`);
  replace($notes,
    others.map((issue) => noteLine(issue)),
    notes.map((text) => h('p', { class: 'field-note' }, text)));
  $notes.hidden = !others.length && !notes.length;
  $group.classList.toggle('form-group--error', errors.length > 0);
  if (errors.length) $input.setAttribute('aria-invalid', 'true');
  else $input.removeAttribute('aria-invalid');
  const hint = byId(`${id}-hint`);
  describedBy($input, [hint && `${id}-hint`, errors.length && `${id}-error`,
    !$notes.hidden && `${id}-notes`]);
}

/** One warning or note about a value, as a paragraph. */
export function noteLine(issue) {
  const prefix = issue.severity === 'warning' ? t('warningPrefix') : t('noticePrefix');
  return h('p', { class: `field-note field-note--${issue.severity}` },
    h('strong', { class: 'field-note__tag' }, prefix), ' ', issue.message);
}
