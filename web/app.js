// The form: loads the engine, restores the draft, and wires the form into
// the page (main.js) or into the shadow root of <license-form>
// (embed/license-form.js). Every rule is the engine's (see
// docs/engine-api.md); the page renders, remembers and submits.

import pageConfig from './config.js';
import { loadEngine, engineOptions } from './js/engine.js';
import { loadDraft, saveDraft, emptyDraft, clearDraft } from './js/state.js';
import { renderForm } from './js/form.js';
import { addRow, resetTouched } from './js/rows.js';
import { initCsv, clearUpload } from './js/csv.js';
import { continueToReview, submitOrder, backToForm, forgetOrder } from './js/order.js';
import { hideSummary } from './js/summary.js';
import { byId, setRoot } from './js/dom.js';
import { noticeDate } from './js/today.js';
import { lang, t } from './js/strings.js';
import { startLanguage, initLanguage } from './js/language.js';
import { initClear } from './js/clear.js';

/** For hosts (and <license-form>): switch the language ('en'|'de'), ask which it is. */
export { setLanguage, currentLanguage } from './js/language.js';

/** Everything the page's modules share. emit(type, detail) tells the host of an outcome. */
function makeApp(engine, config, emit) {
  const app = {
    engine,
    draft: loadDraft(),
    ctx: { today: noticeDate(), lang: lang(), config },
    options: () => engineOptions(app.draft, app.ctx),
    save: () => saveDraft(app.draft),
    announce: (text) => announce(text),
    emit,
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
  initClear(app, () => clearForm(app));
}

// "Clear the form", once confirmed: a new order, and the stored draft goes too.
function clearForm(app) {
  newOrder(app);
  clearDraft();
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

// The page itself is ready: its language and the mark the tests wait for.
function pageReady(app) {
  document.documentElement.lang = app.ctx.lang;
  document.documentElement.dataset.ready = 'true';
}

/**
 * Builds the form inside root, which holds the skeleton of index.html.
 * Modules keep their state per page, so there is one form per document.
 * @param {{root?: Document|ShadowRoot, config?: object, lang?: string|null,
 *   flow?: 'add'|'cancel'|null, emit?: (type: string, detail: object) => void,
 *   onReady?: (app: object) => void}} [options]
 *   config: settings that replace those of config.js (endpoint, country, ...);
 *   lang: the language of the page's words (by default the one strings.js chose);
 *   flow: preselects "Add" or "Cancel"; emit: told 'submitted' or 'failed'
 * @returns {Promise<object|null>} the app, or null when the engine did not start
 */
export async function mountForm({
  root = document, config = {}, lang: code = null, flow = null,
  emit = () => {}, onReady = pageReady,
} = {}) {
  setRoot(root);
  startLanguage(code);
  byId('loading').textContent = t('loading');
  const settings = Object.freeze({ ...pageConfig, ...config });
  let engine;
  try {
    engine = await loadEngine();
  } catch {
    byId('loading').hidden = true;
    const $error = byId('start-error');
    $error.textContent = t('engineFailed', { contact: settings.contact });
    $error.hidden = false;
    return null;
  }
  const app = makeApp(engine, settings, emit);
  if (flow === 'add' || flow === 'cancel') app.draft.action = flow;
  wire(app);
  initLanguage(app);
  renderForm(app);
  byId('loading').hidden = true;
  byId('order-form').hidden = false;
  onReady(app);
  return app;
}
