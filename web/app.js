// The page's entry point: loads the engine, restores the draft, and wires
// the form. Every rule is the engine's (see docs/engine-api.md); the page
// renders, remembers and submits.

import config from './config.js';
import { loadEngine, engineOptions } from './js/engine.js';
import { loadDraft, saveDraft, emptyDraft } from './js/state.js';
import { renderForm } from './js/form.js';
import { addRow, resetTouched } from './js/rows.js';
import { initCsv, clearUpload } from './js/csv.js';
import { continueToReview, submitOrder, backToForm, forgetOrder } from './js/order.js';
import { hideSummary } from './js/summary.js';
import { byId } from './js/dom.js';
import { noticeDate } from './js/today.js';
import { setLang, lang, t } from './js/strings.js';

setLang('en');

/** Everything the page's modules share. */
function makeApp(engine) {
  const app = {
    engine,
    draft: loadDraft(),
    ctx: { today: noticeDate(), lang: lang(), config },
    options: () => engineOptions(app.draft, app.ctx),
    save: () => saveDraft(app.draft),
    announce: (text) => announce(text),
  };
  return app;
}

// The live region: cleared first so that the same text is read again.
function announce(text) {
  const $status = byId('status');
  $status.textContent = '';
  requestAnimationFrame(() => { $status.textContent = text; });
}

function wire(app) {
  byId('order-form').addEventListener('submit', (event) => {
    event.preventDefault();
    continueToReview(app);
  });
  byId('add-row').addEventListener('click', () => addRow(app));
  byId('submit').addEventListener('click', () => submitOrder(app));
  byId('change').addEventListener('click', () => backToForm('action'));
  byId('new-order').addEventListener('click', () => newOrder(app));
  initCsv(app);
}

function newOrder(app) {
  forgetOrder();
  clearUpload();
  resetTouched();
  hideSummary();
  app.draft = emptyDraft();
  app.save();
  renderForm(app);
  byId('order-form').hidden = false;
  byId('action').querySelector('input').focus();
}

async function start() {
  let engine;
  try {
    engine = await loadEngine();
  } catch {
    byId('loading').hidden = true;
    const $error = byId('start-error');
    $error.textContent = t('engineFailed', { contact: config.contact });
    $error.hidden = false;
    return;
  }
  const app = makeApp(engine);
  document.documentElement.lang = app.ctx.lang;
  wire(app);
  renderForm(app);
  byId('loading').hidden = true;
  byId('order-form').hidden = false;
  document.documentElement.dataset.ready = 'true';
}

start();
