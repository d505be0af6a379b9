// The CSV upload: the template download, reading the chosen file as bytes,
// the engine's check of it (in a worker for large files), and the result:
// counts, a table of problems with their rows, and the accepted agents.

import { byId, h, replace } from './dom.js';
import { fillRadios } from './fields.js';
import { downloadText, sha256Hex } from './download.js';
import { checkInWorker } from './csv-check.js';
import { t } from './strings.js';
import { longDate } from './today.js';

const MAX_AGENTS_SHOWN = 100;
const MAX_PROBLEMS_SHOWN = 500;
const MAX_ROW_ITEMS = 10;  // row errors listed one by one in the error summary

/** @type {{fileName: string, bytes: Uint8Array, sha256: string, result: any}|null} */
let upload = null;
let generation = 0;  // drops a check whose file or options were replaced meanwhile

/** The checked upload, or null. */
export function currentUpload() {
  return upload;
}

/** Forgets the file (a new order). */
export function clearUpload() {
  upload = null;
  generation += 1;
  byId('csv-file').value = '';
}

/** Wires the template link, the file input and the date order question once. */
export function initCsv(app) {
  byId('template-link').addEventListener('click', (event) => {
    event.preventDefault();
    const file = app.engine.templateFile(app.draft.action || 'add', app.ctx.lang);
    downloadText(file.fileName, file.text, 'text/csv;charset=utf-8');
  });
  byId('csv-file').addEventListener('change', () => chooseFile(app));
}

/** Updates the texts and questions of the section to the current choices. */
export function renderCsvSection(app) {
  const cancel = app.draft.action === 'cancel';
  byId('template-link').textContent = t(cancel ? 'templateCancel' : 'templateAdd');
  byId('csv-label').textContent = t(cancel ? 'csvLabelCancel' : 'csvLabelAdd');
  byId('csv-hint').textContent = t('csvHint');
  const askOrder = !cancel && app.draft.temporary === true;
  byId('group-dateOrder').hidden = !askOrder;
  byId('dateOrder-legend').textContent = t('dateOrderLegend');
  byId('dateOrder-hint').textContent = t('dateOrderHint');
  fillRadios(byId('dateOrder-radios'), {
    name: 'dateOrder',
    checked: app.draft.dateOrder || 'unknown',
    items: [
      { value: 'unknown', label: t('dateOrderUnknown') },
      { value: 'dmy', label: t('dateOrderDmy') },
      { value: 'mdy', label: t('dateOrderMdy') },
    ],
    onChange: (value) => {
      app.draft.dateOrder = value === 'unknown' ? null : value;
      app.save();
      recheck(app);
    },
  });
  if (!upload && app.draft.csvFileName) {
    showFileError(t('csvReuploadAfterReload'));
  }
}

async function chooseFile(app) {
  const $input = byId('csv-file');
  const file = $input.files && $input.files[0];
  const mine = ++generation;
  upload = null;
  replace(byId('csv-result'));
  byId('csv-result').hidden = true;
  if (!file) return;
  showFileError(null);
  progress(true);
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const sha256 = await sha256Hex(bytes);
    if (mine !== generation) return;
    upload = { fileName: file.name, bytes, sha256, result: null };
    app.draft.csvFileName = file.name;
    app.save();
    await recheck(app);
  } catch {
    if (mine === generation) showFileError(t('csvReadFailed'));
  } finally {
    if (mine === generation) progress(false);
  }
}

/** Checks the uploaded file again under the current options (if there is one). */
export async function recheck(app) {
  if (!upload) return;
  const mine = ++generation;
  const current = upload;
  progress(true);
  app.announce(t('csvChecking'));
  const result = await check(app, current.bytes);
  if (mine !== generation) return;
  current.result = result;
  progress(false);
  renderResult(app, current);
  app.announce(`${t('csvChecked')} ${countsText(result.counts)}`);
}

// Small files are checked at once; large ones off the main thread, so the
// tab stays responsive (design: "never a frozen tab"). Where the check ran
// is noted on the result (data-checked-in) for tests and for support.
async function check(app, bytes) {
  const options = app.options();
  const $result = byId('csv-result');
  if (bytes.length > 2 * 1024 * 1024) {
    const result = await checkInWorker(options, bytes);
    $result.dataset.checkedIn = result ? 'worker' : 'page';
    if (result) return result;
  }
  $result.dataset.checkedIn = 'page';
  return app.engine.checkCsv(options, bytes);
}

function progress(active) {
  byId('csv-progress').hidden = !active;
  byId('csv-progress-label').textContent = active ? t('csvChecking') : '';
  byId('csv-file').setAttribute('aria-busy', String(active));
}

function showFileError(message) {
  const $error = byId('csv-file-error');
  replace($error, message ? [h('span', { class: 'visually-hidden' }, `${t('errorPrefix')} `),
    message] : []);
  $error.hidden = !message;
  byId('group-csv').classList.toggle('form-group--error', Boolean(message));
  const $input = byId('csv-file');
  if (message) $input.setAttribute('aria-invalid', 'true');
  else $input.removeAttribute('aria-invalid');
  $input.setAttribute('aria-describedby', message ? 'csv-hint csv-file-error' : 'csv-hint');
}

function countsText(counts) {
  return `${t('countAccepted')}: ${counts.accepted}. ${t('countRefused')}: ${counts.refused}. ` +
    `${t('countSkipped')}: ${counts.skipped}.`;
}

function renderResult(app, current) {
  const { result } = current;
  const $result = byId('csv-result');
  replace($result,
    h('h2', { class: 'heading-m' }, t('countsHeading')),
    h('p', { class: 'body', id: 'csv-file-name' }, t('csvFileName', { name: current.fileName })),
    countsList(result.counts),
    sheetLine(result.sheet),
    problemsTable(result.issues),
    agentsTable(app, result.agents));
  $result.hidden = false;
}

function countsList(counts) {
  const item = (key, value, id) =>
    h('div', { class: 'summary-list__row' },
      h('dt', { class: 'summary-list__key' }, t(key)),
      h('dd', { class: 'summary-list__value', id }, String(value)));
  return h('dl', { class: 'summary-list summary-list--compact', id: 'csv-counts' },
    item('countAccepted', counts.accepted, 'count-accepted'),
    item('countRefused', counts.refused, 'count-refused'),
    item('countSkipped', counts.skipped, 'count-skipped'));
}

function sheetLine(sheet) {
  if (!sheet || !sheet.encoding) return null;
  const names = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };
  const key = names[sheet.delimiter];
  const delimiter = key ? t(`delimiter_${key}`) : `“${sheet.delimiter}”`;
  const encoding = sheet.encoding.toUpperCase();
  return h('p', { class: 'hint' }, t('sheetRead', { encoding, delimiter }));
}

const COLUMN_LABELS = {
  name: 'colName', email: 'colEmail', phone: 'colPhone', cancellationDate: 'colDate',
};

function problemsTable(issues) {
  if (!issues.length) return null;
  const shown = issues.slice(0, MAX_PROBLEMS_SHOWN);
  return [
    h('table', { class: 'table', id: 'csv-problems', tabindex: '-1' },
      h('caption', { class: 'table__caption table__caption--m' }, t('problemsCaption')),
      h('thead', {}, h('tr', {},
        ['colRow', 'colColumn', 'colProblem'].map((key) =>
          h('th', { scope: 'col', class: 'table__header' }, t(key))))),
      h('tbody', {}, shown.map((issue, i) => h('tr', {
        class: `table__row table__row--${issue.severity}`, id: problemId(i), tabindex: '-1',
      },
      h('th', { scope: 'row', class: 'table__cell table__cell--row' },
        issue.row ? String(issue.row) : t('wholeFile')),
      h('td', { class: 'table__cell' },
        issue.column ? t(COLUMN_LABELS[issue.column] || 'notAvailable') : t('notAvailable')),
      h('td', { class: 'table__cell' }, issue.message, ' ',
        h('span', { class: `tag tag--${issue.severity}` },
          `(${t(`severity_${issue.severity}`)})`)))))),
    issues.length > shown.length ? h('p', { class: 'hint' },
      t('problemsTruncated', { shown: shown.length, total: issues.length })) : null,
  ];
}

// The id of a problem's row in the table: the error summary links to it.
function problemId(index) {
  return `csv-problem-${index + 1}`;
}

function agentsTable(app, agents) {
  if (!agents.length) return null;
  const cancel = app.draft.action === 'cancel';
  const shown = agents.slice(0, MAX_AGENTS_SHOWN);
  const reasons = new Set(agents.map((a) => a.reason || ''));
  const oneReason = reasons.size === 1 ? [...reasons][0] : null;
  const cols = cancel ? ['colRow', 'colEmail', 'colBillingEnd']
    : ['colRow', 'colName', 'colEmail', 'colPhone', 'colDate', 'colBillingEnd'];
  if (oneReason === null) cols.push('colReason');
  return [
    scrollable('csv-agents-caption', h('table', { class: 'table table--wide', id: 'csv-agents' },
      h('caption', { class: 'table__caption table__caption--m', id: 'csv-agents-caption' },
        t('agentsCaption')),
      h('thead', {}, h('tr', {}, cols.map((key) =>
        h('th', { scope: 'col', class: 'table__header' }, t(key))))),
      h('tbody', {}, shown.map((agent) => agentRow(app, agent, cols))))),
    agents.length > shown.length ? h('p', { class: 'hint', id: 'csv-agents-truncated' },
      t('agentsTruncated', { shown: shown.length, total: agents.length })) : null,
    oneReason ? h('p', { class: 'body billing__reason' }, oneReason) : null,
  ];
}

// A table that may be wider than a phone scrolls in its own focusable box.
function scrollable(labelId, $table) {
  return h('div', { class: 'table-wrap', role: 'region', tabindex: '0',
    'aria-labelledby': labelId }, $table);
}

function agentRow(app, agent, cols) {
  const cell = {
    colRow: () => String(agent.row ?? ''),
    colName: () => agent.name || '',
    colEmail: () => agent.email,
    colPhone: () => agent.phone || t('notAvailable'),
    colDate: () => (agent.cancellationDate ? longDate(agent.cancellationDate, app.ctx.lang)
      : t('notAvailable')),
    colBillingEnd: () => (agent.billingEnd ? h('time', { datetime: agent.billingEnd },
      longDate(agent.billingEnd, app.ctx.lang)) : t('notAvailable')),
    colReason: () => agent.reason || '',
  };
  return h('tr', { class: 'table__row' },
    cols.map((key) => h('td', { class: 'table__cell' }, cell[key]())));
}

/**
 * The errors of the upload for the error summary, and the inline message.
 * @returns {{text: string, target: string}[]}
 */
export function csvSummaryItems() {
  if (!upload || !upload.result) {
    showFileError(t('csvNoFile'));
    return [{ text: t('csvNoFile'), target: 'csv-file' }];
  }
  const errors = upload.result.issues.filter((i) => i.severity === 'error');
  const fileLevel = errors.filter((i) => !i.row);
  const items = fileLevel.map((i) => ({ text: i.message, target: 'csv-file' }));
  // The message beside the file input is in the summary too, in its words.
  if (!items.length && !upload.result.valid) {
    items.push({ text: t('fileHasProblems'), target: 'csv-file' });
  }
  showFileError(items.length ? items[0].text : null);
  return [...items, ...rowSummaryItems(upload.result.issues)];
}

// Each row's error links to its line in the problems table, in the table's
// words ("Row 3: Enter ..."); beyond the first few, one link to the table.
function rowSummaryItems(issues) {
  const rows = [];
  issues.forEach((issue, i) => {
    if (issue.severity === 'error' && issue.row) rows.push({ issue, i });
  });
  const linked = rows.filter(({ i }) => i < MAX_PROBLEMS_SHOWN).slice(0, MAX_ROW_ITEMS);
  const items = linked.map(({ issue, i }) => ({
    text: `${t('colRow')} ${issue.row}: ${issue.message}`, target: problemId(i),
  }));
  if (rows.length > linked.length) {
    items.push({ text: t('moreProblems', { count: rows.length - linked.length }),
      target: 'csv-problems' });
  }
  return items;
}
