// The worker side of csv-check.js: loads its own engine once and answers
// each {id, options, bytes} with {id, result} (or {id, result: null}).

import createLicenseform from '../engine/licenseform.mjs';

let engine = null;  // a promise of the engine, made on the first message

self.addEventListener('message', async (event) => {
  const { id, options, bytes } = event.data;
  try {
    engine ||= createLicenseform();
    self.postMessage({ id, result: (await engine).checkCsv(options, bytes) });
  } catch {
    self.postMessage({ id, result: null });
  }
});
