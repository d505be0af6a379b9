// The bench in the browser: the same routes as in Node, on the files the
// bench server offers, with the engine loaded as the page loads it.
// window.benchRun(files) resolves to the results; scripts/bench calls it.

import { parsePhoneNumberFromString } from '/node_modules/libphonenumber-js/max/index.js';
import * as uDSV from '/node_modules/udsv/dist/uDSV.mjs';
import { measure, startup, wasmScan, checkRowTime } from '/bench/measure.mjs';

const ENGINE = '/build/site/engine/licenseform.mjs';

window.benchRun = async (files) => {
  const t = performance.now();
  const { default: createLicenseform } = await import(ENGINE);
  const created = performance.now();
  const engine = await createLicenseform();
  const coldMs = performance.now() - t;
  // Of it, the engine's first start once its glue is imported: the wasm
  // fetched with nothing cached, compiled, ready.
  const firstMs = performance.now() - created;
  const startupMs = await startup(() => createLicenseform());
  // The same from bytes fetched once: compile, instantiate, ready (what
  // Node's start-up measures), the browser's fetch left out.
  const wasmBinary = new Uint8Array(
    await (await fetch(ENGINE.replace(/\.mjs$/, '.wasm'))).arrayBuffer());
  const fromBytesMs = await startup(() => createLicenseform({ wasmBinary }));
  const load = async (name) => new Uint8Array(await (await fetch(`/data/${name}`)).arrayBuffer());
  const loaded = files.map((f) => ({ ...f, load: () => load(f.name) }));
  const deps = { engine, Papa: window.Papa, uDSV, scan: await wasmScan(),
    parsePhone: parsePhoneNumberFromString };
  const results = await measure(loaded, deps);
  return { results, coldMs, firstMs, startupMs, fromBytesMs,
    checkRowMs: checkRowTime(engine) };
};
window.benchReady = true;
