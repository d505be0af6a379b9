// What the customer has chosen and typed, kept in localStorage so that
// neither a reload nor a closed tab (or a crashed browser) loses an entry.
// It is deleted after a successful submission, by "Clear the form", and
// when it is older than MAX_AGE_DAYS (other people's names and addresses
// should not stay on a shared computer for ever). A CSV file is not kept:
// after a reload the page asks for it again.

const KEY = 'licenseform.draft/2';  // {savedAt, draft}
const LANG_KEY = 'licenseform.lang/1';
const MAX_AGE_DAYS = 30;

/** @typedef {{name: string, cancellationDate: string, phone: string, email: string}} Row */

/**
 * @typedef {{
 *   action: 'add'|'cancel'|null,
 *   licenseType: 'agent-id-bria'|'agent-id'|null,
 *   temporary: boolean|null,
 *   method: 'manual'|'csv'|null,
 *   dateOrder: 'dmy'|'mdy'|null,
 *   rows: Row[],
 *   emails: {email: string}[],
 *   csvFileName: string|null,
 *   pending: {key: string, orderId: string}|null
 * }} Draft
 */

/** @returns {Row} */
export function emptyRow() {
  return { name: '', cancellationDate: '', phone: '', email: '' };
}

/** @returns {Draft} */
export function emptyDraft() {
  return {
    action: null, licenseType: null, temporary: null, method: null, dateOrder: null,
    rows: [emptyRow()], emails: [{ email: '' }], csvFileName: null, pending: null,
  };
}

/** The saved draft, or an empty one when there is none or it is unreadable. */
export function loadDraft() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) || 'null');
    if (!saved || typeof saved !== 'object' || tooOld(saved.savedAt)) return emptyDraft();
    const draft = { ...emptyDraft(), ...saved.draft };
    if (!Array.isArray(draft.rows) || !draft.rows.length) draft.rows = [emptyRow()];
    if (!Array.isArray(draft.emails) || !draft.emails.length) draft.emails = [{ email: '' }];
    draft.rows = draft.rows.map((r) => ({ ...emptyRow(), ...r }));
    return draft;
  } catch {
    return emptyDraft();
  }
}

/** Saves the draft; storage may be full or switched off, which only costs the reload. */
export function saveDraft(draft) {
  try {
    localStorage.setItem(KEY, JSON.stringify({ savedAt: Date.now(), draft }));
  } catch {
    // Private modes can refuse storage; the form still works without it.
  }
}

/** Forgets the draft (after a successful submission or "Clear the form"). */
export function clearDraft() {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing was stored.
  }
}

function tooOld(savedAt) {
  return typeof savedAt !== 'number' || Date.now() - savedAt > MAX_AGE_DAYS * 86_400_000;
}

/** The language the customer chose with the switch, or null. */
export function loadLanguage() {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
}

/** Remembers the language chosen with the switch (not personal data: kept on submit). */
export function saveLanguage(code) {
  try {
    localStorage.setItem(LANG_KEY, code);
  } catch {
    // Without storage the page falls back to its lang attribute after a reload.
  }
}
