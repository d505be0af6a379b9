// Two builds of the engine against each other, in Node and in headless
// Chromium: the check of one generated file, the builds taking turns run by
// run (A B, then B A), so that the machine's drift, which is larger than
// most changes, falls on both alike. Prints the median of the ratios B/A of
// neighbouring runs. For changes too small for scripts/bench to show.
//
//   node --expose-gc tests/bench/ab.mjs OLD_DIR NEW_DIR [rows]
//   AB_ROUNDS=40 AB_WHERE=chromium node --expose-gc tests/bench/ab.mjs ...
//
// A build folder holds licenseform.mjs and licenseform.wasm (such as
// build/site/engine, or a copy of build/wasm/wasm made before a change).

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { loadEngine } from '../../scripts/engine.mjs';
import { inPage } from './chromium.mjs';
import { generateAddCsv } from './generate.mjs';

const [dirA, dirB, rowsArg] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: node --expose-gc tests/bench/ab.mjs OLD_DIR NEW_DIR [rows]');
  process.exit(2);
}
const ROWS = Number(rowsArg || 100000);
const ROUNDS = Number(process.env.AB_ROUNDS || 30);
const WHERE = (process.env.AB_WHERE || 'node,chromium').split(',');

// The same in both places: runs of one engine's check as the page makes it
// (open, the first page of problems and of agents, close), alternating.
// Given as text to the browser page, so it must not refer to anything else.
function alternate(engines, bytes, rounds) {
  const options = { flow: 'add', licenseType: 'agent-id-bria', today: '2026-12-03',
    limits: { maxRows: 2000000, maxBytes: 200 * 1024 * 1024 } };
  const collect = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};
  const run = (engine) => {
    collect();
    const t = performance.now();
    const s = engine.openCsv(options, bytes);
    s.issues({ offset: 0, limit: 500 });
    s.agents({ offset: 0, limit: 100 });
    s.close();
    return performance.now() - t;
  };
  const [a, b] = engines;
  for (let i = 0; i < 3; i += 1) { run(a); run(b); }
  const ms = { a: [], b: [] };
  const ratios = [];
  for (let i = 0; i < rounds; i += 1) {
    let ta;
    let tb;
    if (i % 2 === 0) { ta = run(a); tb = run(b); } else { tb = run(b); ta = run(a); }
    ms.a.push(ta);
    ms.b.push(tb);
    ratios.push(tb / ta);
  }
  const median = (v) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)];
  return { a: median(ms.a), b: median(ms.b), ratio: median(ratios) };
}

function line(where, r) {
  return `${where}: A ${r.a.toFixed(1)} ms, B ${r.b.toFixed(1)} ms (medians), ` +
    `B/A ${r.ratio.toFixed(3)} (median of ${ROUNDS} neighbouring pairs)`;
}

async function inNode(bytes) {
  const engines = [await loadEngine(dirA), await loadEngine(dirB)];
  return alternate(engines, bytes, ROUNDS);
}

// A page that imports both builds from their own paths, with the file.
async function inChromium(bytes) {
  const dirs = { '/a/': path.resolve(dirA), '/b/': path.resolve(dirB) };
  const types = { '.mjs': 'text/javascript', '.wasm': 'application/wasm' };
  const page = `<!doctype html><meta charset="utf-8"><script type="module">
    const load = async (p) => (await import(p + 'licenseform.mjs')).default();
    window.engines = [await load('/a/'), await load('/b/')];
    window.bytes = new Uint8Array(await (await fetch('/file.csv')).arrayBuffer());
    window.ready = true;
  </script>`;
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (name === '/') return res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
    if (name === '/file.csv') return res.writeHead(200, { 'Content-Type': 'text/csv' }).end(bytes);
    const prefix = Object.keys(dirs).find((p) => name.startsWith(p));
    const file = prefix && path.join(dirs[prefix], path.basename(name));
    if (!file || !fs.existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
    return res.end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return inPage(server, '/', 'ready',
    (tab) => tab.evaluate(`(${alternate})(window.engines, window.bytes, ${ROUNDS})`));
}

const bytes = generateAddCsv(ROWS);
console.log(`${ROWS.toLocaleString('en-US')} rows (${(bytes.length / 1e6).toFixed(1)} MB); ` +
  `A = ${dirA}, B = ${dirB}`);
if (WHERE.includes('node')) console.log(line('Node', await inNode(bytes)));
if (WHERE.includes('chromium')) console.log(line('Chromium', await inChromium(bytes)));
