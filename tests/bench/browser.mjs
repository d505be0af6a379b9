// The bench in the browser: the same routes as in Node, on the files the
// bench server offers, with the engine loaded as the page loads it.
// window.benchRun(files) resolves to the results; scripts/bench calls it.

import * as uDSV from '/node_modules/udsv/dist/uDSV.mjs';
import { measure, startup, wasmScan, checkRowTime } from '/bench/measure.mjs';

const ENGINE = '/build/site/engine/licenseform.mjs';

window.benchRun = async (files) => {
  const t = performance.now();
  const { default: createLicenseform } = await import(ENGINE);
  const engine = await createLicenseform();
  const coldMs = performance.now() - t;
  const startupMs = await startup(() => createLicenseform());
  const loaded = [];
  for (const f of files) {
    const bytes = new Uint8Array(await (await fetch(`/data/${f.name}`)).arrayBuffer());
    loaded.push({ ...f, bytes });
  }
  const results = measure(loaded, { engine, Papa: window.Papa, uDSV, scan: await wasmScan() });
  return { results, coldMs, startupMs, checkRowMs: checkRowTime(engine) };
};
window.benchReady = true;
