// The measurements of the bench, the same in Node and in the browser: each
// route takes the bytes of a file and ends with what the page shows (counts,
// the first problems, the first agents). Medians of several runs.

import { checkRecords, fullPhoneCheck } from './js-checks.mjs';

export const TODAY = '2026-12-03';
const LIMITS = { maxRows: 2_000_000, maxBytes: 200 * 1024 * 1024 };
const OPTIONS = { flow: 'add', licenseType: 'agent-id-bria', today: TODAY, limits: LIMITS };

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function time(runs, fn) {
  const ms = [];
  let out;
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    out = fn();
    ms.push(performance.now() - t);
  }
  return { ms: median(ms), out };
}

/** The routes, each from bytes to {accepted, refused}. */
export function routes({ engine, Papa, uDSV, scan, parsePhone }) {
  const decode = (bytes) => new TextDecoder().decode(bytes);
  const phoneCheck = fullPhoneCheck(parsePhone);
  return {
    licenseform: (bytes) => {
      const s = engine.openCsv(OPTIONS, bytes);
      s.issues({ offset: 0, limit: 500 });
      s.agents({ offset: 0, limit: 100 });
      const { counts } = s.summary;
      s.close();
      return counts;
    },
    'PapaParse + JS checks': (bytes) => {
      const { data } = Papa.parse(decode(bytes), { skipEmptyLines: false });
      if (data.length && data.at(-1).length === 1 && data.at(-1)[0] === '') data.pop();
      return checkRecords(data, TODAY).counts;
    },
    // The same with the phone check the engine makes (libphonenumber-js):
    // the JS route above approximates it, and is the ratios' reference.
    'PapaParse + JS checks, phones by libphonenumber-js': (bytes) => {
      const { data } = Papa.parse(decode(bytes), { skipEmptyLines: false });
      if (data.length && data.at(-1).length === 1 && data.at(-1)[0] === '') data.pop();
      return checkRecords(data, TODAY, phoneCheck).counts;
    },
    'uDSV + JS checks': (bytes) => {
      const text = decode(bytes);
      const parser = uDSV.initParser(uDSV.inferSchema(text, { header: () => [] }));
      return checkRecords(parser.stringArrs(text), TODAY).counts;
    },
    'byte scan, JS': (bytes) => {
      let n = 0;
      for (let i = 0; i < bytes.length; i += 1) n += (bytes[i] === 10) + (bytes[i] === 44);
      return { accepted: n, refused: 0 };
    },
    'byte scan, wasm': (bytes) => ({ accepted: scan(bytes), refused: 0 }),
  };
}

/**
 * Runs every route on every file. Each file is loaded just before its runs
 * and let go after them, as the page holds one file at a time: with the
 * 66 MB file held while the 100,000-row one was measured, Chromium's times
 * for the engine were a third longer. The routes take turns, one run each
 * per round, so that a machine whose speed drifts within minutes slows them
 * alike and the ratios stay fair; where the runtime offers gc() (Node's
 * --expose-gc, Chromium's --js-flags=--expose-gc), every run starts from a
 * collected heap rather than with the garbage of the route before it.
 * @param {{name: string, rows: number, load: () => Uint8Array | Promise<Uint8Array>}[]} files
 * @returns {Promise<{file: string, rows: number, mb: number, route: string, ms: number,
 *   counts: object}[]>}
 */
export async function measure(files, deps,
  runsFor = (rows) => (rows >= 1e6 ? 3 : rows >= 1e5 ? 9 : 15)) {
  const collect = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};
  const results = [];
  for (const { name, rows, load } of files) {
    const bytes = await load();
    const list = Object.entries(routes(deps));
    const runs = list.map(([, run]) => ({ ms: [], out: run(bytes) }));  // warm-up
    for (let k = 0; k < runsFor(rows); k += 1) {
      list.forEach(([, run], i) => {
        collect();
        const t = performance.now();
        runs[i].out = run(bytes);
        runs[i].ms.push(performance.now() - t);
      });
    }
    list.forEach(([route], i) => results.push({ file: name, rows, mb: bytes.length / 1e6, route,
      ms: median(runs[i].ms), counts: runs[i].out }));
  }
  return results;
}

// A wasm function that counts newlines and commas: the fastest a parser in
// wasm could go (one pass, one byte at a time). Hand-assembled: (func
// (param p n) (result i32) loop while p < p+n: c += (b == 10) + (b == 44)).
const SCAN_WASM = [0, 97, 115, 109, 1, 0, 0, 0,
  1, 7, 1, 96, 2, 127, 127, 1, 127,                          // type (i32 i32) -> i32
  3, 2, 1, 0,                                                // one function
  5, 3, 1, 0, 1,                                             // one memory, 1 page
  7, 15, 2, 3, 109, 101, 109, 2, 0, 5, 99, 111, 117, 110, 116, 0, 0,  // export mem, count
  10, 60, 1, 58, 1, 3, 127,                                  // code: locals end c b
  32, 0, 32, 1, 106, 33, 2,                                  // end = p + n
  2, 64, 3, 64,                                              // block loop
  32, 0, 32, 2, 79, 13, 1,                                   // br_if p >= end
  32, 0, 45, 0, 0, 33, 4,                                    // b = load8_u p
  32, 3, 32, 4, 65, 10, 70, 106, 32, 4, 65, 44, 70, 106, 33, 3,  // c += b==10, b==44
  32, 0, 65, 1, 106, 33, 0,                                  // p += 1
  12, 0, 11, 11, 32, 3, 11];                                 // br loop; end end; c

/** The byte scan in wasm: copies the file into its memory once per call. */
export async function wasmScan() {
  const { instance } = await WebAssembly.instantiate(new Uint8Array(SCAN_WASM));
  const { mem, count } = instance.exports;
  return (bytes) => {
    const need = Math.ceil(bytes.length / 65536) - mem.buffer.byteLength / 65536;
    if (need > 0) mem.grow(need);
    new Uint8Array(mem.buffer).set(bytes);
    return count(0, bytes.length);
  };
}

/** Start-up of the engine: from the module's factory to a ready engine. */
export async function startup(create, runs = 5) {
  const ms = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    await create();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

/**
 * checkRow of one typed agent, the answer to a keystroke: batches of calls
 * timed together, since the browser's clock counts in steps of 0.1 ms.
 */
export function checkRowTime(engine, runs = 9, batch = 100) {
  const row = { name: 'Ada Beispiel', cancellationDate: '31.01.2027', phone: '030 23125001',
    email: 'ada.beispiel@example.com' };
  const options = { ...OPTIONS, temporary: true };
  engine.checkRow(options, row);
  return time(runs, () => {
    for (let i = 0; i < batch; i += 1) engine.checkRow(options, row);
  }).ms / batch;
}
