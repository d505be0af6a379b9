// From "Continue" to a sent order: the whole check, the payload, "Check
// your order", the POST, and what follows (success, or failure with retry
// and a JSON download that keep everything).

import { byId, h, replace } from './dom.js';
import { allRowValues } from './engine.js';
import { showManualResult } from './rows.js';
import { currentUpload, csvSummaryItems, csvPayload } from './csv.js';
import { showSummary, hideSummary } from './summary.js';
import { renderReview } from './review.js';
import { sendOrder, DEFAULT_TIMEOUT_MS } from './submit.js';
import { downloadText, sha256Hex } from './download.js';
import { focusTarget } from './form.js';
import { clearDraft } from './state.js';
import { t } from './strings.js';

/** @type {{payload: any, agents: any[]}|null} */
let order = null;
let sending = false;
/** The answer on show (success or failure), to redraw it in another language. */
let shownAnswer = null;

/** "Continue": checks everything; shows the problems or the review. */
export async function continueToReview(app) {
  hideSummary();
  const checked = checkAll(app);
  if (!checked) return;
  order = await buildOrder(app, checked);
  app.draft.pending = { key: order.key, orderId: order.payload.orderId };
  app.save();
  showReview(app);
}

// The engine's check of the typed rows or of the file; null when it failed
// (the problems are then shown).
function checkAll(app) {
  let items;
  let result;
  if (app.draft.method === 'manual') {
    result = app.engine.checkManual(app.options(), allRowValues(app.draft));
    items = showManualResult(app, result);
  } else {
    items = csvSummaryItems();
    result = currentUpload()?.result;
  }
  if (items.length || !result || !result.valid) {
    showSummary(items.length ? items : [{ text: t('fileHasProblems'), target: 'rows' }]);
    return null;
  }
  return result;
}

// The payload keeps the orderId of an earlier attempt with the same content,
// so a receiver drops a resubmission that it already has.
async function buildOrder(app, result) {
  const upload = currentUpload();
  const source = app.draft.method === 'csv'
    ? { kind: 'csv', fileName: upload.fileName, sha256: upload.sha256 } : { kind: 'manual' };
  // A file's agents stay in the engine that checked it, which builds the payload.
  const payload = app.draft.method === 'csv' ? await csvPayload(source, crypto.randomUUID())
    : app.engine.buildPayload(app.options(), result.agents, source, crypto.randomUUID());
  const text = JSON.stringify({ ...payload, orderId: '' });
  const key = await sha256Hex(new TextEncoder().encode(text));
  if (app.draft.pending && app.draft.pending.key === key) {
    payload.orderId = app.draft.pending.orderId;
  }
  return { payload, agents: result.agents, key };
}

function showReview(app) {
  byId('order-form').hidden = true;
  byId('submit-failure').hidden = true;
  byId('submit').hidden = false;
  byId('review-title').textContent = t('reviewTitle');
  byId('submit').textContent = t('submit');
  byId('change').textContent = t('change');
  renderReview(byId('review-body'), app, order, (target) => backToForm(target));
  byId('review').hidden = false;
  window.scrollTo(0, 0);
  byId('review-title').focus();
}

/** "Change": back to the form, at the answer to change. */
export function backToForm(target = 'action') {
  byId('review').hidden = true;
  byId('order-form').hidden = false;
  focusTarget(target);
}

/** "Submit order" and "Try again": one POST at a time, the same orderId. */
export async function submitOrder(app) {
  if (sending || !order) return;
  if (!app.ctx.config.endpoint) {  // the offline file: the order is saved, not sent
    downloadOrder();
    showSuccess(app, { saved: true, contact: app.ctx.config.contact });
    return;
  }
  sending = true;
  setBusy(true);
  app.announce(t('sending'));
  const answer = await sendOrder(app.ctx.config.endpoint, order.payload,
    { timeoutMs: app.ctx.config.submitTimeoutMs });
  sending = false;
  setBusy(false);
  const { payload } = order;
  if (answer.ok) showSuccess(app, answer);
  else showFailure(app, answer);
  if (answer.ok) app.emit('submitted', { orderId: payload.orderId, payload });
  else app.emit('failed', { error: sendError(answer), payload });
}

// The failure as the host's licenseform:failed event tells it.
function sendError(answer) {
  const kind = answer.timeout ? 'timeout' : answer.network ? 'network' : 'refused';
  return { kind, status: answer.status ?? null, issues: answer.issues || [] };
}

function setBusy(busy) {
  for (const $button of ['submit', 'retry', 'change'].map(byId).filter(Boolean)) {
    $button.disabled = busy;
    $button.setAttribute('aria-disabled', String(busy));
  }
  byId('submit').textContent = busy ? t('sending') : t('submit');
}

function showSuccess(app, answer) {
  renderSuccess({ contact: app.ctx.config.contact, ...answer });
  clearDraft();
  app.draft.pending = null;
  app.announce(`${byId('done-title').textContent}. ${byId('done-body').textContent}`);
  byId('done-title').focus();
}

function renderSuccess(answer) {
  const orderId = order.payload.orderId;
  shownAnswer = answer;
  byId('review').hidden = true;
  byId('done-title').textContent = t(answer.saved ? 'offlineSavedTitle' : 'successTitle');
  replace(byId('done-body'),
    h('p', {}, t(answer.saved ? 'offlineSavedBody' : 'successBody', { contact: answer.contact }),
      h('br'), h('strong', { id: 'order-id' }, orderId)),
    answer.already ? h('p', {}, t('successAlready')) : null,
    answer.saved ? null : h('p', {}, t('successNext', { contact: answer.contact })));
  byId('done').hidden = false;
  byId('done-again').hidden = false;
  byId('new-order').textContent = t('newOrder');
}

function showFailure(app, answer) {
  const reason = renderFailure(app, answer);
  app.announce(`${t('failTitle')}. ${reason}`);
  byId('submit-failure').focus();
}

// What went wrong, what is kept, and the two ways on; returns the reason.
function renderFailure(app, answer) {
  const $box = byId('submit-failure');
  shownAnswer = answer;
  const reason = failureReason(app, answer);
  const issues = answer.issues || [];
  replace($box,
    h('h2', { class: 'heading-m', id: 'failure-title' }, t('failTitle')),
    h('p', { class: 'body' }, reason),
    issues.length ? [h('p', { class: 'body' }, t('failRefused')),
      h('ul', { class: 'list list--bullet' },
        issues.map((issue) => h('li', {}, issueText(app, issue))))] : null,
    h('p', { class: 'body' }, t('failKept', { contact: app.ctx.config.contact })),
    h('div', { class: 'button-group' },
      h('button', { type: 'button', class: 'button', id: 'retry',
        on: { click: () => submitOrder(app) } }, t('retry')),
      h('button', { type: 'button', class: 'button button--secondary', id: 'download-json',
        on: { click: downloadOrder } }, t('downloadJson'))));
  $box.hidden = false;
  byId('submit').hidden = true;  // "Try again" in the box takes its place
  return reason;
}

function failureReason(app, answer) {
  if (answer.timeout) {
    const seconds = Math.round((app.ctx.config.submitTimeoutMs || DEFAULT_TIMEOUT_MS) / 1000);
    return t('failTimeout', { seconds });
  }
  return answer.network ? t('failNetwork') : t('failStatus', { status: answer.status });
}

/**
 * Redraws "Check your order", the sent order or the failure in the language
 * just chosen (the engine's reasons too), without moving focus.
 */
export function relabel(app) {
  if (!order) return;
  if (!byId('done').hidden) {
    renderSuccess(shownAnswer || {});
    return;
  }
  if (byId('review').hidden) return;
  const result = app.draft.method === 'manual'
    ? app.engine.checkManual(app.options(), allRowValues(app.draft)) : currentUpload()?.result;
  if (result && result.valid) order = { ...order, agents: result.agents };
  byId('review-title').textContent = t('reviewTitle');
  byId('submit').textContent = t('submit');
  byId('change').textContent = t('change');
  renderReview(byId('review-body'), app, order, (target) => backToForm(target));
  if (!byId('submit-failure').hidden && shownAnswer) renderFailure(app, shownAnswer);
}

function downloadOrder() {
  if (!order) return;
  downloadText(`order-${order.payload.orderId}.json`,
    `${JSON.stringify(order.payload, null, 2)}\n`, 'application/json');
}

/** Forgets the sent order (a new one starts). */
export function forgetOrder() {
  order = null;
  shownAnswer = null;
  byId('done').hidden = true;
  byId('done-again').hidden = true;
  byId('review').hidden = true;
}

// A refusal from the server in the page's language: the engine's catalog
// has every code the local server sends, with its English and German text.
function issueText(app, issue) {
  const text = issue.code ? app.engine.renderIssue(issue, app.ctx.lang) : null;
  return text || issue.message || issue.code || '';
}
