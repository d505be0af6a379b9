// The CSV upload: the template download, the engine's check of the chosen
// file (in a worker, read in chunks, with progress and a Cancel button), and
// the result: counts, the problems grouped by kind, a table of the first
// problems with their rows, and the first accepted agents. The result itself
// stays in the engine; the page asks it for what it shows and, at submit,
// for the payload.

import { byId, h, replace } from './dom.js';
import { fillRadios } from './fields.js';
import { downloadBytes, downloadText } from './download.js';
import { startCheck, CheckCancelled } from './csv-check.js';
import { t } from './strings.js';
import { longDate } from './today.js';

const MAX_AGENTS_SHOWN = 100;
const MAX_PROBLEMS_SHOWN = 500;
const MAX_ROW_ITEMS = 10;  // row errors listed one by one in the error summary

/**
 * The chosen file and, once checked, its result: the summary with the first
 * problems and agents (result) and the engine's session (checked).
 * @type {{fileName: string, file: File, sha256: string|null, result: any,
 *   checked: import('./csv-check.js').Upload|null}|null}
 */
let upload = null;
let generation = 0;  // drops a check whose file or options were replaced meanwhile
let running = null;  // the check in progress: {cancel}

/** The checked upload, or null. */
export function currentUpload() {
  return upload;
}

/** Forgets the file (a new order). */
export function clearUpload() {
  forget();
  generation += 1;
  byId('csv-file').value = '';
}

// Ends the running check and frees what the engine keeps of the last one.
function forget() {
  running?.cancel();
  running = null;
  upload?.checked?.close();
  if (upload) upload.checked = null;
  upload = null;
}

/**
 * The order payload of the checked file, built by the engine from the agents
 * it kept (the page holds only the first page of them).
 * @returns {Promise<object|null>}
 */
export async function csvPayload(source, orderId) {
  return upload?.checked ? upload.checked.payload(source, orderId) : null;
}

/** Wires the template link, the file input and the date order question once. */
export function initCsv(app) {
  byId('template-link').addEventListener('click', (event) => {
    event.preventDefault();
    const file = app.engine.templateFile(app.draft.action || 'add', app.ctx.lang);
    downloadText(file.fileName, file.text, 'text/csv;charset=utf-8');
  });
  byId('csv-file').addEventListener('change', () => chooseFile(app));
  byId('csv-cancel').addEventListener('click', () => cancelCheck(app));
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
  forget();
  ++generation;
  replace(byId('csv-result'));
  byId('csv-result').hidden = true;
  if (!file) return;
  showFileError(null);
  upload = { fileName: file.name, file, sha256: null, result: null, checked: null };
  app.draft.csvFileName = file.name;
  app.save();
  await recheck(app);
}

/** Checks the uploaded file again under the current options (if there is one). */
export async function recheck(app) {
  if (!upload) return;
  const mine = ++generation;
  const current = upload;
  running?.cancel();
  current.checked?.close();
  current.checked = null;
  current.result = null;
  progress(app, { phase: 'reading', share: 0 });
  app.announce(t('csvChecking'));
  const check = startCheck(app.engine, app.options(), current.file, (p) => {
    if (mine === generation) progress(app, p);
  });
  running = check;
  let checked;
  try {
    checked = await check.done;
  } catch (error) {
    if (error instanceof CheckCancelled) return;  // by Cancel, or by a newer check
    checked = null;
  }
  if (mine !== generation) {
    checked?.close();
    return;
  }
  running = null;
  progress(app, null);
  if (!checked) {
    showFileError(t('csvReadFailed'));
    return;
  }
  current.checked = checked;
  current.sha256 = checked.sha256;
  current.result = await firstPages(checked);
  if (mine !== generation) return;
  byId('csv-result').dataset.checkedIn = checked.checkedIn;
  renderResult(app, current);
  app.announce(`${t('csvChecked')} ${countsText(current.result.counts)}`);
}

// The summary with the first problems and agents, which is what the page
// shows; the rest stays in the engine.
async function firstPages(checked) {
  const [issues, agents] = await Promise.all([
    checked.issues({ offset: 0, limit: MAX_PROBLEMS_SHOWN }),
    checked.agents({ offset: 0, limit: MAX_AGENTS_SHOWN }),
  ]);
  return { ...checked.summary, issues: issues?.items || [], agents: agents?.items || [] };
}

function cancelCheck(app) {
  if (!running) return;
  forget();
  ++generation;
  progress(app, null);
  byId('csv-file').value = '';
  showFileError(t('csvCancelled'));
  app.announce(t('csvCancelled'));
  byId('csv-file').focus();
}

// Reading is quick next to checking: a fifth of the bar.
const READING_SHARE = 0.2;

/** Shows the progress of a check ({phase, share}), or hides it (null). */
function progress(app, p) {
  const $box = byId('csv-progress');
  byId('csv-file').setAttribute('aria-busy', String(Boolean(p)));
  $box.hidden = !p;
  if (!p) return;
  const overall = p.phase === 'reading' ? p.share * READING_SHARE
    : READING_SHARE + p.share * (1 - READING_SHARE);
  const percent = Math.floor(overall * 100);
  byId('csv-progress-bar').value = overall;
  byId('csv-progress-label').textContent =
    t(p.phase === 'reading' ? 'csvReadingShare' : 'csvCheckingShare', { percent });
  byId('csv-cancel').textContent = t('csvCancel');
  // A screen reader hears every quarter, not every step.
  const quarter = Math.floor(percent / 25);
  if (quarter > Number($box.dataset.quarter || 0) && quarter < 4) {
    app.announce(byId('csv-progress-label').textContent);
  }
  $box.dataset.quarter = String(p.share === 0 && p.phase === 'reading' ? 0 : quarter);
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
    groupsList(result),
    problemsFilter(current),
    h('div', { id: 'csv-problems-wrap' }, problemsTable(result)),
    agentsTable(app, result),
    downloads(current));
  $result.hidden = false;
}

// The problems table shows one kind of problem at a time when the customer
// picks one: the engine hands out the rows of that kind.
function problemsFilter(current) {
  const groups = current.result.groups || [];
  if (groups.length < 2) return null;
  const $select = h('select', { class: 'select', id: 'csv-filter' },
    h('option', { value: '' }, t('filterAll')),
    groups.map((g) => h('option', { value: g.code },
      t('filterGroup', { count: g.count, message: g.message }))));
  $select.addEventListener('change', async () => {
    const code = $select.value || undefined;
    const page = await current.checked?.issues({ offset: 0, limit: MAX_PROBLEMS_SHOWN, code });
    if (!page || upload !== current) return;
    const group = groups.find((g) => g.code === code);
    const shown = { ...current.result, issues: page.items,
      issueCount: group ? group.count : current.result.issueCount };
    replace(byId('csv-problems-wrap'), problemsTable(shown));
  });
  return h('div', { class: 'form-group' },
    h('label', { class: 'label', for: 'csv-filter' }, t('filterLabel')), $select);
}

// The two files the engine writes for the customer: the rows to fix, each
// with its problems, and the accepted rows in the template's form.
function downloads(current) {
  const { counts } = current.result;
  const button = (kind, key, rows) => {
    const $button = h('button', { type: 'button', class: 'button button--secondary',
      id: `csv-download-${kind}` }, t(rows === 1 ? `${key}One` : key, { rows }));
    $button.addEventListener('click', async () => {
      const file = await current.checked?.exportCsv(kind, current.fileName);
      if (file && file.bytes) downloadBytes(file.fileName, file.bytes, 'text/csv;charset=utf-8');
    });
    return $button;
  };
  return h('div', { class: 'button-group' },
    counts.refused ? button('problems', 'downloadProblems', counts.refused) : null,
    counts.accepted ? button('accepted', 'downloadAccepted', counts.accepted) : null);
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

// One line per kind of problem ("12 rows: ..."), when the table has more
// lines than kinds. "What to fix" only where something must be fixed: a
// file with warnings alone is ready to order.
function groupsList(result) {
  const groups = result.groups || [];
  if (!groups.length || result.issueCount <= groups.length) return null;
  const toFix = groups.some((g) => g.severity === 'error');
  return [
    h('h3', { class: 'heading-s', id: 'csv-groups-heading' },
      t(toFix ? 'groupsHeading' : 'groupsHeadingWarnings')),
    h('ul', { class: 'list list--bullet', id: 'csv-groups', 'aria-labelledby':
      'csv-groups-heading' }, groups.map((g) => h('li', { 'data-code': g.code },
      g.message, g.firstRows.length ? [' ', h('span', { class: 'hint' },
        t('groupFirstRows', { rows: g.firstRows.join(', ') }))] : null))),
  ];
}

function problemsTable(result) {
  const shown = result.issues;
  if (!shown.length) return null;
  const total = result.issueCount ?? shown.length;
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
    total > shown.length ? h('p', { class: 'hint' },
      t('problemsTruncated', { shown: shown.length, total })) : null,
  ];
}

// The id of a problem's row in the table: the error summary links to it.
function problemId(index) {
  return `csv-problem-${index + 1}`;
}

function agentsTable(app, result) {
  const shown = result.agents;
  if (!shown.length) return null;
  const cancel = app.draft.action === 'cancel';
  const total = result.counts.accepted;
  // The engine knows whether every agent (not only those shown) has one reason.
  const oneReason = result.sameReason ? (result.reason || '') : null;
  // With No to cancellation dates an agent has neither a date nor a
  // billing end (the engine reads no date), as on the review page.
  const withDate = !cancel && app.draft.temporary === true;
  const cols = cancel ? ['colRow', 'colEmail', 'colBillingEnd']
    : ['colRow', 'colName', 'colEmail', 'colPhone',
      ...(withDate ? ['colDate', 'colBillingEnd'] : [])];
  if (oneReason === null) cols.push('colReason');
  return [
    scrollable('csv-agents-caption', h('table', { class: 'table table--wide', id: 'csv-agents' },
      h('caption', { class: 'table__caption table__caption--m', id: 'csv-agents-caption' },
        t('agentsCaption')),
      h('thead', {}, h('tr', {}, cols.map((key) =>
        h('th', { scope: 'col', class: 'table__header' }, t(key))))),
      h('tbody', {}, shown.map((agent) => agentRow(app, agent, cols))))),
    total > shown.length ? h('p', { class: 'hint', id: 'csv-agents-truncated' },
      t('agentsTruncated', { shown: shown.length, total })) : null,
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
  const fileLevel = upload.result.fileIssues.filter((i) => i.severity === 'error');
  const items = fileLevel.map((i) => ({ text: i.message, target: 'csv-file' }));
  // The message beside the file input is in the summary too, in its words.
  if (!items.length && !upload.result.valid) {
    items.push({ text: t('fileHasProblems'), target: 'csv-file' });
  }
  showFileError(items.length ? items[0].text : null);
  const rowErrors = upload.result.errorCount - fileLevel.length;
  return [...items, ...rowSummaryItems(upload.result.issues, rowErrors)];
}

// Each row's error links to its line in the problems table, in the table's
// words ("Row 3: Enter ..."); beyond the first few, one link to the table.
function rowSummaryItems(issues, rowErrors) {
  const rows = [];
  issues.forEach((issue, i) => {
    if (issue.severity === 'error' && issue.row) rows.push({ issue, i });
  });
  const linked = rows.filter(({ i }) => i < MAX_PROBLEMS_SHOWN).slice(0, MAX_ROW_ITEMS);
  const items = linked.map(({ issue, i }) => ({
    text: `${t('colRow')} ${issue.row}: ${issue.message}`, target: problemId(i),
  }));
  if (rowErrors > linked.length) {
    items.push({ text: t('moreProblems', { count: rowErrors - linked.length }),
      target: 'csv-problems' });
  }
  return items;
}
