// Loads the engine (the WebAssembly build of the core) and turns the
// customer's choices into the engine's options object. Every rule lives in
// the engine; this module only passes values through.

/**
 * Loads ./engine/licenseform.mjs (beside the page) and starts it. Imported
 * when called rather than at the top, so that a missing or broken engine
 * becomes a message on the page instead of a form that never appears.
 * @returns {Promise<any>} the engine object documented in docs/engine-api.md
 */
export async function loadEngine() {
  const { default: createLicenseform } = await import('../engine/licenseform.mjs');
  return createLicenseform();
}

/**
 * The engine's options for the current choices.
 * @param {import('./state.js').Draft} draft
 * @param {{today: string, lang: string, config: any}} ctx
 */
export function engineOptions(draft, ctx) {
  const options = {
    flow: draft.action || 'add',
    licenseType: draft.licenseType || 'agent-id-bria',
    temporary: draft.action === 'add' && draft.temporary === true,
    // "No" to cancellation dates: a date in the file is not read nor sent.
    datesUnused: draft.action === 'add' && draft.temporary === false,
    today: ctx.today,
    country: ctx.config.country || 'DE',
    dateOrder: draft.dateOrder || null,
    lang: ctx.lang,
  };
  if (ctx.config.policy) options.policy = { ...ctx.config.policy };
  if (ctx.config.limits) options.limits = { ...ctx.config.limits };
  return options;
}

/** The values of a typed row that the engine reads under the options' flow. */
export function rowValues(draft, index) {
  if (draft.action === 'cancel') return { email: draft.emails[index].email };
  const row = draft.rows[index];
  return {
    name: row.name,
    cancellationDate: draft.temporary ? row.cancellationDate : '',
    phone: row.phone,
    email: row.email,
  };
}

/** All typed rows of the current flow, as the engine reads them. */
export function allRowValues(draft) {
  const list = draft.action === 'cancel' ? draft.emails : draft.rows;
  return list.map((_, i) => rowValues(draft, i));
}
