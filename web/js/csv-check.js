// Checks a CSV file off the main thread, for every file size: a module
// worker (csv-worker.js) reads the file in chunks into an engine session and
// checks it there, reporting progress; the page then reads the result a page
// at a time. Cancelling ends the worker, which frees everything it held.
// Where no worker can run (an old browser, a page opened from file://), the
// same steps run on the page's own engine, yielding between chunks.
//
//   const check = startCheck(engine, options, file, (p) => show(p.phase, p.share));
//   const upload = await check.done;      // null when cancelled or unreadable
//   upload.summary.counts;  await upload.issues({ offset: 0, limit: 50 });
//   upload.close();                        // when the file is replaced or forgotten
//   check.cancel();                        // while it runs

export const CHUNK_BYTES = 4 * 1024 * 1024;

/** Raised (as the result of done) when a check was cancelled. */
export class CheckCancelled extends Error {
  constructor() {
    super('The CSV check was cancelled');
    this.name = 'CheckCancelled';
  }
}

let worker = null;   // a promise of the started worker, or of null when none can run
const alive = new WeakSet();  // workers not ended
let nextId = 1;
const waiting = new Map();  // id -> { resolve, onProgress }

function spawn() {
  return new Promise((resolve) => {
    let $worker;
    try {
      $worker = new Worker(new URL('./csv-worker.js', import.meta.url), { type: 'module' });
    } catch {
      resolve(null);
      return;
    }
    $worker.addEventListener('message', (event) => {
      const message = event.data;
      if (message.type === 'ready') {
        alive.add($worker);
        resolve($worker);
      } else if (message.type === 'failed') {
        resolve(null);
        dropWorker($worker);
      } else {
        answer(message);
      }
    });
    $worker.addEventListener('error', () => {
      resolve(null);
      dropWorker($worker);
    });
  });
}

function answer(message) {
  const entry = waiting.get(message.id);
  if (!entry) return;
  if (message.type === 'progress') {
    entry.onProgress?.({ phase: message.phase, share: message.share });
    return;
  }
  waiting.delete(message.id);
  entry.resolve(message.type === 'error' ? null : message.value);
}

// Every pending answer of a worker that failed or was ended is null.
function dropWorker($worker) {
  $worker.terminate();
  alive.delete($worker);
  worker = null;
  for (const entry of waiting.values()) entry.resolve(null);
  waiting.clear();
}

function ask($worker, message, onProgress) {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, { resolve, onProgress });
    $worker.postMessage({ ...message, id });
  });
}

/**
 * A finished check, whose result stays in the engine.
 * @typedef {{
 *   summary: any, sha256: string|null,
 *   issues: (query: object) => Promise<any>, agents: (query: object) => Promise<any>,
 *   payload: (source: object, orderId: string) => Promise<any>,
 *   exportCsv: (kind: string, fileName: string) => Promise<any>,
 *   close: () => void, checkedIn: 'worker'|'page'
 * }} Upload
 */

/**
 * Starts checking a file.
 * @param {any} engine the page's engine, for when no worker can run
 * @param {object} options the engine's options (limits included)
 * @param {Blob} file
 * @param {(p: {phase: 'reading'|'checking', share: number}) => void} onProgress
 * @returns {{done: Promise<Upload|null>, cancel: () => void}}
 */
export function startCheck(engine, options, file, onProgress) {
  let cancelled = false;
  let ended = null;
  const done = (async () => {
    worker ||= spawn();
    const $worker = await worker;
    if (cancelled) throw new CheckCancelled();
    if (!$worker) return checkOnPage(engine, options, file, onProgress, () => cancelled);
    ended = () => dropWorker($worker);
    const value = await ask($worker, { type: 'check', options, file }, onProgress);
    if (cancelled) throw new CheckCancelled();
    // A check that failed may have left the engine broken (out of memory):
    // the next one gets a new worker.
    if (!value) {
      if (alive.has($worker)) dropWorker($worker);
      return null;
    }
    return workerUpload($worker, value);
  })();
  return {
    done,
    cancel() {
      cancelled = true;
      ended?.();
    },
  };
}

function workerUpload($worker, { session, summary, sha256 }) {
  const call = (method, args) => (alive.has($worker)
    ? ask($worker, { type: 'call', session, method, args }) : Promise.resolve(null));
  return {
    summary,
    sha256,
    checkedIn: 'worker',
    issues: (query) => call('issues', [query]),
    agents: (query) => call('agents', [query]),
    payload: (source, orderId) => call('payload', [source, orderId]),
    exportCsv: (kind, fileName) => call('exportCsv', [kind, fileName]),
    close: () => { if (alive.has($worker)) $worker.postMessage({ type: 'close', session }); },
  };
}

/**
 * Reads a file in chunks into a session and finishes it: the same steps as
 * the worker's, shared with it.
 * @returns {Promise<{session: any, sha256: string|null}|null>} null when cancelled
 */
export async function readInto(engine, options, file, onProgress, isCancelled) {
  const session = engine.openCsv(options);
  session.reserve(file.size);
  for (let at = 0; at < file.size; at += CHUNK_BYTES) {
    const chunk = new Uint8Array(await file.slice(at, at + CHUNK_BYTES).arrayBuffer());
    if (isCancelled()) {
      session.close();
      return null;
    }
    onProgress({ phase: 'reading', share: Math.min(1, (at + chunk.length) / file.size) });
    if (!session.append(chunk)) break;  // over the size limit: the rest is not needed
  }
  const sha256 = await digest(session.bytes());
  if (isCancelled()) {
    session.close();
    return null;
  }
  session.finish((share) => onProgress({ phase: 'checking', share }));
  return { session, sha256 };
}

// The SHA-256 of the file for the payload's source, from the engine's own
// copy of the bytes (digest copies them before it returns). Null where the
// browser offers no crypto.subtle (an insecure context).
async function digest(bytes) {
  try {
    if (!bytes || !globalThis.crypto?.subtle) return null;
    const hash = await crypto.subtle.digest('SHA-256', bytes);
    return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}

async function checkOnPage(engine, options, file, onProgress, isCancelled) {
  const read = await readInto(engine, options, file, onProgress, isCancelled);
  if (!read) throw new CheckCancelled();
  const { session, sha256 } = read;
  return {
    summary: session.summary,
    sha256,
    checkedIn: 'page',
    issues: async (query) => session.issues(query),
    agents: async (query) => session.agents(query),
    payload: async (source, orderId) => session.payload(source, orderId),
    exportCsv: async (kind, fileName) => session.exportCsv(kind, fileName),
    close: () => session.close(),
  };
}
