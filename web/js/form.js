// The questions of the form and which of them show: each answer reveals
// the next question (action, license type, temporary agents, how the agents
// are given), then the typed rows or the upload.

import { byId, replace, h } from './dom.js';
import { fillRadios } from './fields.js';
import { renderRows, resetTouched } from './rows.js';
import { renderCsvSection, recheck, clearUpload } from './csv.js';
import { t } from './strings.js';

/** Fills every question from the draft and shows what applies. */
export function renderForm(app) {
  byId('form-title').textContent = t('title');
  byId('form-lead').textContent = t('lead');
  byId('continue').textContent = t('continue');
  renderQuestions(app);
  renderRows(app);
  renderCsvSection(app);
  updateVisibility(app);
}

function renderQuestions(app) {
  const { draft } = app;
  const max = app.ctx.config.maxManualRows;
  byId('action-legend').textContent = t('actionLegend');
  fillRadios(byId('action-radios'), {
    name: 'action', checked: draft.action, onChange: (v) => answer(app, 'action', v),
    items: [{ value: 'add', label: t('actionAdd') }, { value: 'cancel', label: t('actionCancel') }],
  });
  byId('licenseType-legend').textContent = t('licenseLegend');
  byId('licenseType-hint').textContent = t('licenseCrmHint');
  byId('licenseType').setAttribute('aria-describedby', 'licenseType-hint');
  fillRadios(byId('licenseType-radios'), {
    name: 'licenseType', checked: draft.licenseType,
    onChange: (v) => answer(app, 'licenseType', v),
    items: [
      { value: 'agent-id-bria', label: t('licenseBria'), hint: t('licenseBriaHint') },
      { value: 'agent-id', label: t('licenseAgentId'), hint: t('licenseAgentIdHint') },
    ],
  });
  byId('temporary-legend').textContent = t('temporaryLegend');
  byId('temporary-hint').textContent = t('temporaryHint');
  byId('temporary').setAttribute('aria-describedby', 'temporary-hint');
  fillRadios(byId('temporary-radios'), {
    name: 'temporary', checked: draft.temporary === null ? null : draft.temporary ? 'yes' : 'no',
    onChange: (v) => answer(app, 'temporary', v === 'yes'),
    items: [{ value: 'yes', label: t('yes') }, { value: 'no', label: t('no') }],
  });
  renderMethod(app, max);
  replace(byId('cancel-reminder'),
    h('h2', { class: 'heading-s' }, t('cancelReminderTitle')),
    h('p', { class: 'body' }, t('cancelReminderManager')),
    h('p', { class: 'body' }, t('cancelReminderCrm')));
}

function renderMethod(app, max) {
  const cancel = app.draft.action === 'cancel';
  byId('method-legend').textContent = t(cancel ? 'methodLegendCancel' : 'methodLegendAdd');
  fillRadios(byId('method-radios'), {
    name: 'method', checked: app.draft.method, onChange: (v) => answer(app, 'method', v),
    items: [
      { value: 'manual', label: t('methodManual', { max }) },
      { value: 'csv', label: t('methodCsv', { max }) },
    ],
  });
}

// One answer changed: keep it, then redraw only what depends on it.
function answer(app, key, value) {
  const before = app.draft[key];
  app.draft[key] = value;
  app.save();
  if (before === value) return;
  if (key === 'action') {
    resetTouched();  // the other flow's rows are other rows
    clearUpload();
    app.draft.csvFileName = null;
    renderMethod(app, app.ctx.config.maxManualRows);
  }
  if (key !== 'method') {
    renderRows(app);
    renderCsvSection(app);
    recheck(app);
  }
  updateVisibility(app);
}

/** Shows the questions that apply to the answers so far. */
export function updateVisibility(app) {
  const { action, licenseType, temporary, method } = app.draft;
  const add = action === 'add';
  const methodShown = Boolean(licenseType) && (action === 'cancel' || (add && temporary !== null));
  byId('group-licenseType').hidden = !action;
  byId('cancel-reminder').hidden = action !== 'cancel';
  byId('group-temporary').hidden = !(add && licenseType);
  byId('group-method').hidden = !methodShown;
  byId('manual-section').hidden = !(methodShown && method === 'manual');
  byId('csv-section').hidden = !(methodShown && method === 'csv');
  byId('continue-group').hidden = !(methodShown && method);
  byId('clear-group').hidden = !action;
}

/**
 * Moves focus to a question or field (for "Change" and the error summary).
 * @param {string} target an element id
 */
export function focusTarget(target) {
  const $target = byId(target);
  if (!$target) return;
  const $focusable = $target.matches('input, select, textarea, button') ? $target
    : $target.querySelector('input:checked, input, button');
  $target.scrollIntoView({ block: 'start' });
  ($focusable || $target).focus({ preventScroll: true });
}
