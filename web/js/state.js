// What the customer has chosen and typed, kept in sessionStorage so that a
// reload of the tab loses nothing (and closing the tab forgets it, which is
// right for other people's names and addresses). A CSV file is not kept:
// after a reload the page asks for it again.

const KEY = 'licenseform.draft/1';

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
    const saved = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    if (!saved || typeof saved !== 'object') return emptyDraft();
    const draft = { ...emptyDraft(), ...saved };
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
    sessionStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Private modes can refuse storage; the form still works without it.
  }
}

/** Forgets the draft (after a successful submission). */
export function clearDraft() {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing was stored.
  }
}
