// scripts/bench: the engine against PapaParse and uDSV with equivalent checks
// in JavaScript, and against a plain byte scan, on generated add files of
// 1,000, 100,000 and 1,000,000 rows, in Node and in headless Chromium, in one
// run. Prints Markdown tables (the README's "Speed" section is one of them).
//
//   scripts/bench                       # every size
//   BENCH_SIZES=1000,100000 scripts/bench

import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import Papa from 'papaparse';
import * as uDSV from 'udsv';

import { cachingHeaders } from '../../scripts/server.mjs';
import { inPage } from './chromium.mjs';
import { generateAddCsv } from './generate.mjs';
import { measure, startup, wasmScan, checkRowTime } from './measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const engineDir = path.join(root, 'build', 'site', 'engine');
const dataDir = path.join(os.tmpdir(), 'licenseform-bench');
const SIZES = (process.env.BENCH_SIZES || '1000,100000,1000000').split(',').map(Number);
function files() {
  fs.mkdirSync(dataDir, { recursive: true });
  return SIZES.map((rows) => {
    const name = `add-${rows}.csv`;
    const file = path.join(dataDir, name);
    if (!fs.existsSync(file)) fs.writeFileSync(file, generateAddCsv(rows));
    return { name, rows, file };
  });
}

async function inNode(list) {
  const url = pathToFileURL(path.join(engineDir, 'licenseform.mjs')).href;
  const t = performance.now();
  const { default: create } = await import(url);
  const wasmBinary = fs.readFileSync(path.join(engineDir, 'licenseform.wasm'));
  const created = performance.now();
  const engine = await create({ wasmBinary });
  const coldMs = performance.now() - t;
  const firstMs = performance.now() - created;  // Node's start-up is from bytes
  const startupMs = await startup(() => create({ wasmBinary }));
  const fromBytesMs = startupMs;  // Node's start-up is from bytes already
  const loaded = list.map((f) => ({ ...f, load: () => new Uint8Array(fs.readFileSync(f.file)) }));
  const results = await measure(loaded, { engine, Papa, uDSV, scan: await wasmScan(),
    parsePhone: parsePhoneNumberFromString });
  return { results, coldMs, firstMs, startupMs, fromBytesMs, checkRowMs: checkRowTime(engine) };
}

// Serves only what the bench page needs: the engine, the bench, the two
// parsers and the generated files; with the caching headers of the
// product's server, so that the engine starts as it does on the page.
function serve() {
  const allowed = [['/build/site/engine/', engineDir], ['/bench/', here],
    ['/node_modules/papaparse/', path.join(root, 'node_modules', 'papaparse')],
    ['/node_modules/udsv/', path.join(root, 'node_modules', 'udsv')],
    ['/node_modules/libphonenumber-js/', path.join(root, 'node_modules', 'libphonenumber-js')],
    ['/data/', dataDir]];
  const types = { '.mjs': 'text/javascript', '.js': 'text/javascript', '.html': 'text/html',
    '.wasm': 'application/wasm', '.csv': 'text/csv' };
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const hit = allowed.find(([prefix]) => pathname.startsWith(prefix));
    const file = hit && path.join(hit[1], pathname.slice(hit[0].length));
    const ok = file && file.startsWith(hit[1]) && fs.existsSync(file) && fs.statSync(file).isFile();
    if (!ok) {
      res.writeHead(404).end();
      return;
    }
    const type = types[path.extname(file)] || 'application/octet-stream';
    const { headers, unchanged } = cachingHeaders(req, fs.statSync(file), type);
    res.writeHead(unchanged ? 304 : 200, headers);
    if (unchanged) res.end();
    else fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function inChromium(list) {
  const names = list.map(({ name, rows }) => ({ name, rows }));
  return inPage(await serve(), '/bench/browser.html', 'benchReady',
    (page) => page.evaluate((f) => window.benchRun(f), names));
}

function sizes() {
  const entries = [['licenseform.wasm', path.join(engineDir, 'licenseform.wasm')],
    ['licenseform.mjs (glue)', path.join(engineDir, 'licenseform.mjs')],
    ['papaparse.min.js', path.join(root, 'node_modules', 'papaparse', 'papaparse.min.js')],
    ['uDSV.iife.min.js', path.join(root, 'node_modules', 'udsv', 'dist', 'uDSV.iife.min.js')]];
  return entries.map(([name, file]) => {
    const bytes = fs.readFileSync(file);
    return { name, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  });
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits,
  minimumFractionDigits: digits });

function table(where, results) {
  const lines = [
    `| ${where} | rows | median ms | MB/s | rows/s | vs PapaParse | accepted / refused |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const r of results) {
    const papa = results.find((x) => x.file === r.file && x.route === 'PapaParse + JS checks');
    const counts = r.route.startsWith('byte') ? ''
      : `${fmt(r.counts.accepted)} / ${fmt(r.counts.refused)}`;
    const perSecond = (n) => fmt(n / (r.ms / 1000));
    lines.push(`| ${r.route} | ${fmt(r.rows)} | ${fmt(r.ms, 1)} | ${perSecond(r.mb)} | ` +
      `${perSecond(r.rows)} | ${fmt(papa.ms / r.ms, 1)}x | ${counts} |`);
  }
  return lines.join('\n');
}

async function main() {
  const list = files();
  const mb = (f) => fmt(fs.statSync(f.file).size / 1e6, 1);
  console.log(`files in ${dataDir}: ${list.map((f) => `${f.name} (${mb(f)} MB)`).join(', ')}`);
  const node = await inNode(list);
  console.log(`\n${table(`Node ${process.version}`, node.results)}`);
  const browser = await inChromium(list);
  console.log(`\n${table('Chromium (headless)', browser.results)}`);
  console.log('\n| engine | Node | Chromium |\n| --- | ---: | ---: |');
  const row = (label, key, digits = 1) =>
    console.log(`| ${label} | ${fmt(node[key], digits)} | ${fmt(browser[key], digits)} |`);
  row('start-up, first (import, fetch, compile, ready) ms', 'coldMs');
  row('of it, the first start once imported: fetch, compile, ready ms', 'firstMs');
  row('start-up, again (median) ms', 'startupMs');
  row('start-up from fetched bytes: compile, instantiate, ready (median) ms', 'fromBytesMs');
  row('checkRow of one typed agent (median) ms', 'checkRowMs', 3);
  console.log('\n| file | raw bytes | gzip bytes |\n| --- | ---: | ---: |');
  for (const s of sizes()) console.log(`| ${s.name} | ${fmt(s.raw)} | ${fmt(s.gzip)} |`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
