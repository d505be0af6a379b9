// Checks a CSV file in a module worker, so that a file of many thousand
// rows does not freeze the tab. Resolves to null when the worker cannot run
// (then the caller checks on the main thread).

let worker = null;
let nextId = 1;
const waiting = new Map();

function start() {
  if (worker) return worker;
  worker = new Worker(new URL('./csv-worker.js', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event) => {
    const { id, result } = event.data;
    waiting.get(id)?.(result || null);
    waiting.delete(id);
  });
  worker.addEventListener('error', () => {
    for (const resolve of waiting.values()) resolve(null);
    waiting.clear();
    worker = null;
  });
  return worker;
}

/**
 * @param {object} options the engine's options
 * @param {Uint8Array} bytes the file
 * @returns {Promise<object|null>} the engine's CheckResult, or null
 */
export function checkInWorker(options, bytes) {
  try {
    const id = nextId++;
    const promise = new Promise((resolve) => waiting.set(id, resolve));
    start().postMessage({ id, options, bytes });
    return promise;
  } catch {
    return Promise.resolve(null);
  }
}
