// The worker side of csv-check.js: its own engine, the sessions of the
// files it checked, and the answers to the page's questions about them.
//
//   {type: 'check', id, options, file}  -> progress..., {id, value: {session, summary, sha256}}
//   {type: 'call', id, session, method, args} -> {id, value}
//   {type: 'close', session}                  frees the session

import createLicenseform from '../engine/licenseform.mjs';
import { readInto } from './csv-check.js';

const CALLS = new Set(['issues', 'agents', 'payload', 'exportCsv']);
const sessions = new Map();
let nextSession = 1;

const engine = createLicenseform();

async function check({ id, options, file }) {
  const progress = ({ phase, share }) => self.postMessage({ type: 'progress', id, phase, share });
  const read = await readInto(await engine, options, file, progress, () => false);
  const session = nextSession++;
  sessions.set(session, read.session);
  return { session, summary: read.session.summary, sha256: read.sha256 };
}

function call({ session, method, args }) {
  const s = sessions.get(session);
  if (!s || !CALLS.has(method)) return null;
  return s[method](...args);
}

async function handle(message) {
  if (message.type === 'close') {
    sessions.get(message.session)?.close();
    sessions.delete(message.session);
    return;
  }
  try {
    const value = message.type === 'check' ? await check(message) : call(message);
    self.postMessage({ type: 'answer', id: message.id, value });
  } catch {
    self.postMessage({ type: 'error', id: message.id });
  }
}

// Messages that arrive while the engine starts wait for it in order.
let queue = Promise.resolve();
self.addEventListener('message', (event) => {
  queue = queue.then(() => handle(event.data));
});

engine.then(() => self.postMessage({ type: 'ready' }),
  () => self.postMessage({ type: 'failed' }));
