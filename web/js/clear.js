// "Clear the form": asks first, in the page (no confirm() dialog, which an
// embedding iframe may not be allowed to open), then deletes the draft from
// the page and from the browser's storage.

import { byId } from './dom.js';
import { t } from './strings.js';

/**
 * Wires the button and its confirmation once.
 * @param {any} app
 * @param {() => void} clearAll empties the form and forgets the stored draft
 */
export function initClear(app, clearAll) {
  byId('clear-form').addEventListener('click', () => ask(true));
  byId('clear-no').addEventListener('click', () => {
    ask(false);
    byId('clear-form').focus();
  });
  byId('clear-yes').addEventListener('click', () => {
    ask(false);
    clearAll();
    app.announce(t('cleared'));
  });
  drawClearTexts();
}

/** The texts of the button and its confirmation, in the current language. */
export function drawClearTexts() {
  byId('clear-form').textContent = t('clearForm');
  byId('saved-note').textContent = t('savedNote');
  byId('clear-confirm-title').textContent = t('clearConfirmTitle');
  byId('clear-confirm-body').textContent = t('clearConfirmBody');
  byId('clear-yes').textContent = t('clearConfirmYes');
  byId('clear-no').textContent = t('clearConfirmNo');
}

function ask(open) {
  const $confirm = byId('clear-confirm');
  $confirm.hidden = !open;
  byId('clear-form').setAttribute('aria-expanded', String(open));
  if (open) $confirm.focus();
}
