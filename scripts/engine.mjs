// Loads the WebAssembly engine of build/site/engine/ in Node, once per folder
// (used by the local server and the tests).
// The module is built for the web (-sENVIRONMENT=web), so Node hands it the
// wasm bytes itself instead of letting it fetch them.
//
//   import { loadEngine } from './engine.mjs';
//   const engine = await loadEngine();
//   engine.checkRow({ flow: 'add', licenseType: 'agent-id', today: '2026-12-03' }, row);

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The repository root (this file lives in scripts/). */
export const repoRoot = path.resolve(here, '..');
/** Where scripts/build puts the engine. */
export const defaultEngineDir = path.join(repoRoot, 'build', 'site', 'engine');

/** Raised when the engine has not been built (run scripts/build). */
export class EngineMissingError extends Error {
  constructor(file) {
    super(`The engine is not built: ${file} is missing. Run scripts/build first.`);
    this.name = 'EngineMissingError';
  }
}

const loaded = new Map();

/**
 * The engine of a folder holding licenseform.mjs and licenseform.wasm,
 * loaded at the first call and shared by later ones.
 * @param {string} [dir] defaults to build/site/engine of this repository
 * @param {{fresh?: boolean}} [options] fresh: a new instance instead of the shared one
 * @returns {Promise<object>} the engine object of docs/engine-api.md
 */
export function loadEngine(dir = defaultEngineDir, { fresh = false } = {}) {
  const key = path.resolve(dir);
  if (fresh) loaded.delete(key);  // a new instance, for one that failed
  if (!loaded.has(key)) {
    const promise = instantiate(key);
    promise.catch(() => loaded.delete(key));  // a later build may fix it
    loaded.set(key, promise);
  }
  return loaded.get(key);
}

async function instantiate(dir) {
  const modulePath = path.join(dir, 'licenseform.mjs');
  const wasmPath = path.join(dir, 'licenseform.wasm');
  for (const file of [modulePath, wasmPath]) {
    if (!fs.existsSync(file)) throw new EngineMissingError(file);
  }
  const { default: createLicenseform } = await import(pathToFileURL(modulePath).href);
  return createLicenseform({ wasmBinary: fs.readFileSync(wasmPath) });
}
