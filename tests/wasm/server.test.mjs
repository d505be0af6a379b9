// scripts/server.mjs with the real engine: static files under the CSP, and
// orders stored once, after the engine re-checked them.

import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  acceptedNoticeDays,
  berlinToday, contentSecurityPolicy, resolveStatic, startServer,
} from '../../scripts/server.mjs';
import { loadEngine, repoRoot } from './engine.mjs';
import { CORPUS_TODAY } from './vectors.mjs';

const siteRoot = path.join(repoRoot, 'build', 'site');
let engine;
let server;
let ordersDir;

before(async () => {
  engine = await loadEngine();
  ordersDir = fs.mkdtempSync(path.join(os.tmpdir(), 'licenseform-orders-'));
  server = await startServer({ port: 0, ordersDir, today: CORPUS_TODAY, quiet: true });
});

after(async () => {
  await server?.close();
  if (ordersDir) fs.rmSync(ordersDir, { recursive: true, force: true });
});

function validPayload(today = CORPUS_TODAY) {
  const options = { flow: 'add', licenseType: 'agent-id', today };
  const checked = engine.checkManual(options, [
    { name: 'Ada Beispiel', cancellationDate: '', phone: '', email: 'ada.beispiel@example.com' },
  ]);
  assert.equal(checked.valid, true, JSON.stringify(checked.issues));
  return engine.buildPayload(options, checked.agents, { kind: 'manual' }, crypto.randomUUID());
}

function postOrder(body, contentType = 'application/json') {
  return fetch(new URL('orders', server.url), {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A GET with the path sent exactly as given (fetch would normalize '..'). */
function rawGet(rawPath) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port: server.port, path: rawPath }, (res) => {
      res.resume();
      res.on('end', () => resolve(res));
    });
    req.on('error', reject);
  });
}

function storedFiles() {
  return fs.readdirSync(ordersDir);
}

describe('static files', () => {
  test('GET / serves index.html with the CSP and no caching', async () => {
    const res = await fetch(server.url);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(res.headers.get('content-security-policy'), contentSecurityPolicy("'self'"));
    assert.match(res.headers.get('content-security-policy'),
      /script-src 'self' 'wasm-unsafe-eval'; .*frame-ancestors 'self'$/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(await res.text(), fs.readFileSync(path.join(siteRoot, 'index.html'), 'utf8'));
  });

  test('the engine is served as JavaScript and WebAssembly', async () => {
    const js = await fetch(new URL('engine/licenseform.mjs', server.url));
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    const wasm = await fetch(new URL('engine/licenseform.wasm', server.url));
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    assert.ok(wasm.headers.get('content-security-policy'));
  });

  test('the engine is revalidated with its ETag: 304 and no body when unchanged', async () => {
    const url = new URL('engine/licenseform.wasm', server.url);
    const first = await fetch(url);
    const etag = first.headers.get('etag');
    assert.match(etag, /^"[0-9a-f]+-[0-9a-f]+"$/);
    assert.equal(first.headers.get('cache-control'), 'no-cache');
    assert.ok(first.headers.get('last-modified'));
    await first.arrayBuffer();
    const again = await fetch(url, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal((await again.arrayBuffer()).byteLength, 0);
    const other = await fetch(url, { headers: { 'If-None-Match': '"0-0"' } });
    assert.equal(other.status, 200);
    assert.ok((await other.arrayBuffer()).byteLength > 100_000);
    const page = await fetch(server.url);
    assert.equal(page.headers.get('etag'), null, 'the page itself is never cached');
  });

  test('an unknown path is 404 and still carries the CSP', async () => {
    const res = await fetch(new URL('no-such-file.html', server.url));
    assert.equal(res.status, 404);
    assert.ok(res.headers.get('content-security-policy'));
  });

  test('a directory is never listed', async () => {
    const res = await fetch(new URL('engine/', server.url));
    assert.equal(res.status, 404);
  });

  for (const p of ['/../package.json', '/engine/../../../scripts/server.mjs',
    '/..%2f..%2fscripts%2fserver.mjs', '/%2e%2e/%2e%2e/scripts/server.mjs',
    '/..\\..\\scripts\\server.mjs', '/%00index.html', '/%E0%A4%A', '/.git/HEAD']) {
    test(`path traversal ${p} is refused`, async () => {
      const res = await rawGet(p);
      assert.equal(res.statusCode, 404);
    });
  }

  test('resolveStatic keeps every path inside the root', () => {
    assert.equal(resolveStatic('/srv/site', '/js/app.mjs'), path.join('/srv/site/js/app.mjs'));
    assert.equal(resolveStatic('/srv/site', '/'), '/srv/site');
    assert.equal(resolveStatic('/srv/site', '/a/../../etc/passwd'), null);
    assert.equal(resolveStatic('/srv/site', '/%2e%2e/etc/passwd'), null);
  });

  test('other methods are 405', async () => {
    const res = await fetch(server.url, { method: 'DELETE' });
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'GET, HEAD');
  });
});

describe('POST /orders', () => {
  test('stores a valid order once: 201, then 200 for the same orderId', async () => {
    const payload = validPayload();
    const first = await postOrder(payload);
    assert.equal(first.status, 201);
    const file = path.join(server.ordersDir, `${payload.orderId}.json`);
    assert.deepEqual(await first.json(), { orderId: payload.orderId, stored: true });
    assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), payload);

    const again = await postOrder(payload);
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { orderId: payload.orderId, stored: false });
    assert.deepEqual(storedFiles().filter((f) => f.startsWith(payload.orderId)),
      [`${payload.orderId}.json`]);
  });

  test('an altered order is 422 with the issues, and nothing is stored', async () => {
    const payload = validPayload();
    payload.agents[0].email = 'ada.beispiel@example';
    const res = await postOrder(payload);
    assert.equal(res.status, 422);
    const body = await res.json();
    assert.ok(body.issues.some((i) => i.severity === 'error' && i.column === 'email'),
      JSON.stringify(body));
    assert.equal(fs.existsSync(path.join(server.ordersDir, `${payload.orderId}.json`)), false);
  });

  test('an order dated two days off is 422 server.submitted_on_not_today', async () => {
    const payload = { ...validPayload(), submittedOn: '2026-12-05' };
    const res = await postOrder(payload);
    assert.equal(res.status, 422);
    const { issues } = await res.json();
    assert.deepEqual(issues.map((i) => i.code), ['server.submitted_on_not_today']);
  });

  test('an order dated one day off is refused when the server has a fixed today', async () => {
    for (const day of ['2026-12-02', '2026-12-04']) {
      const res = await postOrder(validPayload(day));
      assert.equal(res.status, 422, day);
    }
  });

  test('a notice date of yesterday is accepted only in the first two hours of a day', () => {
    // 00:30 in Berlin (winter, UTC+1) on 2026-12-04, then 03:00, then 23:55.
    assert.deepEqual(acceptedNoticeDays(new Date('2026-12-03T23:30:00Z')),
      ['2026-12-03', '2026-12-04']);
    assert.deepEqual(acceptedNoticeDays(new Date('2026-12-04T02:00:00Z')), ['2026-12-04']);
    assert.deepEqual(acceptedNoticeDays(new Date('2026-12-04T22:55:00Z')),
      ['2026-12-04', '2026-12-05']);
  });

  test('a hostile order that breaks the engine leaves the server working', async () => {
    const deep = JSON.stringify(validPayload()).replace('"agents":[',
      `"agents":[${'['.repeat(5000)}${']'.repeat(5000)},`);
    const res = await postOrder(deep);
    assert.equal(res.status, 422);
    const commas = validPayload();
    commas.agents[0].email = ','.repeat(40000);
    for (let i = 0; i < 2; i += 1) assert.equal((await postOrder(commas)).status, 422);
    assert.equal((await postOrder(validPayload())).status, 201);
  });

  test('an order whose submittedOn is not text is 422, not 500', async () => {
    const res = await postOrder({ ...validPayload(), submittedOn: { toString: 1 } });
    assert.equal(res.status, 422);
  });

  test('an orderId that is not a UUID is 422 and never a file name', async () => {
    const payload = { ...validPayload(), orderId: '../../escape' };
    const res = await postOrder(payload);
    assert.equal(res.status, 422);
    const { issues } = await res.json();
    assert.ok(issues.some((i) => i.code === 'server.order_id_invalid'));
    assert.equal(fs.existsSync(path.join(server.ordersDir, '..', 'escape.json')), false);
  });

  test('bad JSON is 400 with a JSON error', async () => {
    const res = await postOrder('{"schema": ');
    assert.equal(res.status, 400);
    assert.equal((await res.json()).error.code, 'server.bad_json');
  });

  test('a body that is not application/json is 415', async () => {
    const res = await postOrder(JSON.stringify(validPayload()), 'text/plain');
    assert.equal(res.status, 415);
  });

  test('GET /orders is 405', async () => {
    const res = await fetch(new URL('orders', server.url));
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'POST');
  });

  test('leaves no temporary files behind', () => {
    assert.deepEqual(storedFiles().filter((f) => f.startsWith('.')), []);
  });
});

describe('settings', () => {
  test('frameAncestors is configurable', async () => {
    const other = await startServer({ port: 0, ordersDir, quiet: true, engine,
      frameAncestors: "'self' https://help.example.com" });
    try {
      const res = await fetch(other.url);
      assert.match(res.headers.get('content-security-policy'),
        /; frame-ancestors 'self' https:\/\/help\.example\.com$/);
    } finally {
      await other.close();
    }
  });

  test('a body above maxBodyBytes is 413', async () => {
    const small = await startServer({ port: 0, ordersDir, quiet: true, engine,
      today: CORPUS_TODAY, maxBodyBytes: 1000 });
    try {
      const res = await fetch(new URL('orders', small.url), {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ padding: 'x'.repeat(2000) }),
      });
      assert.equal(res.status, 413);
    } finally {
      await small.close();
    }
  });

  test('berlinToday follows Europe/Berlin, not UTC', () => {
    // 23:30 UTC on 31 December is already New Year in Berlin (UTC+1).
    assert.equal(berlinToday(new Date('2026-12-31T23:30:00Z')), '2027-01-01');
    assert.equal(berlinToday(new Date('2026-06-30T21:59:00Z')), '2026-06-30');
    assert.equal(berlinToday(new Date('2026-06-30T22:00:00Z')), '2026-07-01');
  });
});
