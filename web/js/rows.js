// The agents typed by hand: one fieldset per agent (or per email address
// when cancelling), "Add another" and "Remove", a check of each field when
// the customer leaves it, and each agent's billing end date.

import { afterPointer, byId, h, replace, hiddenText } from './dom.js';
import { textField, showFieldIssues, noteLine } from './fields.js';
import { rowValues } from './engine.js';
import { emptyRow } from './state.js';
import { t } from './strings.js';
import { longDate } from './today.js';

/** Columns whose field the customer has left at least once, per row. */
let touched = [];
/** Issues from the last whole-set check (duplicates), per row. */
let setIssues = [];

/** The id prefix of the current flow's rows. */
function prefix(app) {
  return app.draft.action === 'cancel' ? 'cancel' : 'agent';
}

/** The id of the input for a row (0-based) and column. */
export function fieldId(app, index, column) {
  return `${prefix(app)}-${index + 1}-${column}`;
}

function rowList(app) {
  return app.draft.action === 'cancel' ? app.draft.emails : app.draft.rows;
}

/** Which columns a row shows under the current choices. */
function columns(app) {
  if (app.draft.action === 'cancel') return ['email'];
  return app.draft.temporary ? ['name', 'cancellationDate', 'phone', 'email']
    : ['name', 'phone', 'email'];
}

/** Builds every row from the draft (after a change of flow or of the rows). */
export function renderRows(app) {
  const list = rowList(app);
  touched = list.map((_, i) => touched[i] || new Set());
  setIssues = [];
  replace(byId('rows'), list.map((_, i) => rowFieldset(app, i)));
  list.forEach((_, i) => refreshRow(app, i));
  updateAddButton(app);
}

function rowFieldset(app, index) {
  const n = index + 1;
  const cancel = app.draft.action === 'cancel';
  const base = `${prefix(app)}-${n}`;
  const list = rowList(app);
  return h('fieldset', { class: 'fieldset agent', id: base },
    h('legend', { class: 'fieldset__legend fieldset__legend--s' },
      t(cancel ? 'emailLegend' : 'agentLegend', { n })),
    h('p', { class: 'error-message', id: `${base}-error`, hidden: true }),
    columns(app).map((column) => field(app, index, column)),
    h('div', { class: 'billing', id: `${base}-billing`, hidden: true }),
    list.length > 1 ? h('button', {
      type: 'button', class: 'button button--warning button--small', id: `${base}-remove`,
      // The name says which row ("Remove agent 2", "Agent 2 entfernen") and
      // contains the visible word, so voice control finds it.
      'aria-label': t(cancel ? 'removeEmail' : 'removeAgent', { n }),
      on: { click: () => removeRow(app, index) },
    }, t('remove')) : null);
}

const FIELD_SPECS = {
  name: () => ({ label: t('fieldName'), hint: t('fieldNameHint'),
    attrs: { spellcheck: 'false' } }),
  cancellationDate: () => ({ label: t('fieldDate'), hint: t('fieldDateHint'), type: 'date' }),
  phone: (app) => ({
    label: t('fieldPhone'), type: 'tel', attrs: { inputmode: 'tel' },
    hint: t(app.draft.licenseType === 'agent-id' ? 'fieldPhoneHintAgentId' : 'fieldPhoneHintBria'),
  }),
  email: () => ({ label: t('fieldEmail'), hint: t('fieldEmailHint'), type: 'email',
    attrs: { spellcheck: 'false', autocapitalize: 'off' } }),
};

function field(app, index, column) {
  const id = fieldId(app, index, column);
  const row = rowList(app)[index];
  return textField({
    id, value: row[column], ...FIELD_SPECS[column](app),
    on: {
      input: (event) => {
        row[column] = event.target.value;
        setIssues[index] = [];  // a change may settle a duplicate; the next check says
        app.save();
      },
      change: () => leave(app, index, column),
      blur: () => leave(app, index, column),
    },
  });
}

// The customer left a field: from then on its messages are shown. A field
// left empty stays quiet until "Continue", so that tabbing through the form
// or pressing "Add another agent" does not raise "Enter ..." everywhere (and
// move the button away from under the pointer).
function leave(app, index, column) {
  const row = rowList(app)[index];
  if (!row || !touched[index]) return;  // a removed row's field losing focus
  if (row[column].trim() !== '') touched[index].add(column);
  afterPointer(() => {
    if (index < rowList(app).length) refreshRow(app, index);
  });
}

/** Checks one row with the engine and shows what it says. */
export function refreshRow(app, index) {
  const values = rowValues(app.draft, index);
  const result = app.engine.checkRow(app.options(), values);
  const issues = [...result.issues, ...(setIssues[index] || [])];
  const seen = touched[index] || new Set();
  for (const column of columns(app)) {
    const mine = seen.has(column) ? issues.filter((i) => i.column === column) : [];
    showFieldIssues(fieldId(app, index, column), mine, fieldNotes(app, column, values, result));
  }
  const rowLevel = seen.size ? issues.filter((i) => !i.column && i.severity === 'error') : [];
  const $error = byId(`${prefix(app)}-${index + 1}-error`);
  replace($error, rowLevel.map((i) => [hiddenText(`${t('errorPrefix')} `), i.message, ' ']));
  $error.hidden = !rowLevel.length;
  showBilling(app, index, values, result.agent);
}

// The value the order will carry, when the engine changed what was typed.
function fieldNotes(app, column, values, result) {
  const agent = result.agent;
  if (!agent || column !== 'phone' || !agent.phone || agent.phone === values.phone) return [];
  return [t('willBeSentAs', { value: agent.phone })];
}

// The billing end: for cancellations and for agents with a cancellation date.
function showBilling(app, index, values, agent) {
  const $box = byId(`${prefix(app)}-${index + 1}-billing`);
  const cancel = app.draft.action === 'cancel';
  let info = null;
  if (cancel && agent) info = agent;
  else if (!cancel && app.draft.temporary && values.cancellationDate) {
    const end = app.engine.billingEnd(app.options(),
      { cancellationDate: values.cancellationDate });
    if (end.billingEnd && !end.issues.some((i) => i.severity === 'error')) info = end;
  }
  $box.hidden = !info;
  replace($box, info ? billingLines(app, info) : []);
}

/**
 * The billing end in words, its reason, and the notice when the requested
 * date lies before the earliest possible end.
 * @param {any} app
 * @param {{billingEnd: string, reason?: string, earliest?: string,
 *   requestedBeforeEarliest?: boolean, issues?: any[]}} info
 */
export function billingLines(app, info) {
  const notes = (info.issues || []).filter((i) => i.severity !== 'error');
  return [
    h('p', { class: 'billing__end' },
      h('strong', {}, t('billingEndLabel'), ': '),
      h('time', { datetime: info.billingEnd, 'data-billing-end': info.billingEnd },
        longDate(info.billingEnd, app.ctx.lang))),
    info.reason ? h('p', { class: 'billing__reason' }, info.reason) : null,
    notes.map((issue) => noteLine(issue)),
  ];
}

/**
 * Shows the issues of a whole-set check (engine.checkManual) on the rows.
 * Issues that a check of the row alone does not give (duplicates across
 * rows) are kept beside the row's own until the row changes.
 * @returns {{text: string, target: string}[]} the errors, for the summary
 */
export function showManualResult(app, result) {
  const list = rowList(app);
  const byRow = list.map(() => []);
  const items = [];
  for (const issue of result.issues) {
    const index = issue.row ? issue.row - 1 : -1;
    if (index >= 0 && index < list.length) {
      byRow[index].push(issue);
      if (issue.severity === 'error') items.push(summaryItem(app, index, issue));
    } else if (issue.severity === 'error') {
      items.push({ text: issue.message, target: 'rows' });
    }
  }
  setIssues = byRow.map((issues, i) => setLevel(app, i, issues));
  list.forEach((_, i) => {
    touched[i] = new Set(columns(app));
    refreshRow(app, i);
  });
  return items;
}

function setLevel(app, index, issues) {
  const own = app.engine.checkRow(app.options(), rowValues(app.draft, index)).issues;
  const key = (i) => `${i.code}|${i.column}|${i.message}`;
  const ownKeys = new Set(own.map(key));
  return issues.filter((i) => !ownKeys.has(key(i)));
}

function summaryItem(app, index, issue) {
  const n = index + 1;
  const who = t(app.draft.action === 'cancel' ? 'emailLegend' : 'agentLegend', { n });
  const target = issue.column && columns(app).includes(issue.column)
    ? fieldId(app, index, issue.column) : `${prefix(app)}-${n}`;
  return { text: `${who}: ${issue.message}`, target };
}

function updateAddButton(app) {
  const max = app.ctx.config.maxManualRows;
  const cancel = app.draft.action === 'cancel';
  const $add = byId('add-row');
  const full = rowList(app).length >= max;
  $add.textContent = t(cancel ? 'addAnotherEmail' : 'addAnother');
  $add.disabled = full;
  $add.setAttribute('aria-disabled', String(full));
  byId('row-limit').textContent = t(cancel ? 'rowLimitEmails' : 'rowLimit', { max });
}

/** Adds an empty row and focuses its first field. */
export function addRow(app) {
  const list = rowList(app);
  if (list.length >= app.ctx.config.maxManualRows) return;
  list.push(app.draft.action === 'cancel' ? { email: '' } : emptyRow());
  touched.push(new Set());
  app.save();
  renderRows(app);
  byId(fieldId(app, list.length - 1, columns(app)[0])).focus();
  app.announce(t('rowAdded', { n: list.length }));
}

function removeRow(app, index) {
  const list = rowList(app);
  list.splice(index, 1);
  touched.splice(index, 1);
  app.save();
  renderRows(app);
  const next = Math.min(index, list.length - 1);
  byId(fieldId(app, next, columns(app)[0])).focus();
  app.announce(t('rowRemoved', { n: index + 1 }));
}

/** Forgets which fields were left (a new order). */
export function resetTouched() {
  touched = [];
  setIssues = [];
}
