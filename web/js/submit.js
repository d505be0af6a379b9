// Sending the order: one POST of the payload as JSON to the configured
// endpoint. The answer is sorted into what the page shows; nothing here
// throws.

/**
 * @typedef {{
 *   ok: boolean, already?: boolean, status?: number,
 *   issues?: {message: string}[], network?: boolean, body?: any
 * }} SendResult
 */

/**
 * @param {string} endpoint
 * @param {object} payload the engine's order payload
 * @returns {Promise<SendResult>}
 */
export async function sendOrder(endpoint, payload) {
  let response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(payload),
      credentials: 'same-origin',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    return { ok: false, network: true };
  }
  const body = await readJson(response);
  if (response.status === 200 || response.status === 201) {
    return { ok: true, already: response.status === 200, status: response.status, body };
  }
  // 422 carries {issues}; other refusals of the local server carry {error}.
  let issues = [];
  if (body && Array.isArray(body.issues)) issues = body.issues;
  else if (body && body.error && body.error.message) issues = [body.error];
  return { ok: false, status: response.status, issues, body };
}

async function readJson(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}
