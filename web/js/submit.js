// Sending the order: one POST of the payload as JSON to the configured
// endpoint. The answer is sorted into what the page shows; nothing here
// throws.

/**
 * @typedef {{
 *   ok: boolean, already?: boolean, status?: number,
 *   issues?: {message: string}[], network?: boolean, timeout?: boolean, body?: any
 * }} SendResult
 */

/** How long to wait for an answer when config.submitTimeoutMs does not say. */
export const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * @param {string} endpoint
 * @param {object} payload the engine's order payload
 * @param {{timeoutMs?: number}} [options] after timeoutMs the request is
 *   abandoned (the answer is then {ok: false, timeout: true}); the same
 *   orderId on a retry lets the receiver drop it if it did arrive
 * @returns {Promise<SendResult>}
 */
export async function sendOrder(endpoint, payload, { timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await post(endpoint, payload, controller.signal);
  } catch {
    return controller.signal.aborted ? { ok: false, timeout: true } : { ok: false, network: true };
  } finally {
    clearTimeout(timer);
  }
}

// Throws when the request fails or is aborted (while sending or while the
// body is read); sendOrder sorts the two apart.
async function post(endpoint, payload, signal) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(payload),
    credentials: 'same-origin',
    cache: 'no-store',
    referrerPolicy: 'no-referrer',
    signal,
  });
  const body = await readJson(response, signal);
  if (response.status === 200 || response.status === 201) {
    return { ok: true, already: response.status === 200, status: response.status, body };
  }
  // 422 carries {issues}; other refusals of the local server carry {error}.
  let issues = [];
  if (body && Array.isArray(body.issues)) issues = body.issues;
  else if (body && body.error && body.error.message) issues = [body.error];
  return { ok: false, status: response.status, issues, body };
}

// A body that is not JSON is no body; an aborted read is a timeout.
async function readJson(response, signal) {
  try {
    return await response.json();
  } catch (error) {
    if (signal.aborted) throw error;
    return null;
  }
}
