// scripts/server.mjs for embedding: frame-ancestors from the settings, CORS
// only for the origins allowed to embed <license-form>, and the files the
// build makes for it (classic engine, offline file, shadow-root styles).

import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { corsHeaders, startServer } from '../../scripts/server.mjs';
import { loadEngine } from './engine.mjs';
import { CORPUS_TODAY } from './vectors.mjs';

const HOST = 'https://help.example.com';
let engine;
let server;
let ordersDir;

before(async () => {
  engine = await loadEngine();
  ordersDir = fs.mkdtempSync(path.join(os.tmpdir(), 'licenseform-embed-'));
  server = await startServer({ port: 0, ordersDir, today: CORPUS_TODAY, quiet: true, engine,
    frameAncestors: HOST, embedOrigins: [HOST] });
});

after(async () => {
  await server?.close();
  if (ordersDir) fs.rmSync(ordersDir, { recursive: true, force: true });
});

const get = (file, origin) => fetch(new URL(file, server.url),
  origin ? { headers: { Origin: origin } } : {});

describe('corsHeaders', () => {
  test('answers only a listed origin, or any with *', () => {
    assert.deepEqual(corsHeaders(HOST, [HOST]),
      { 'Access-Control-Allow-Origin': HOST, Vary: 'Origin' });
    assert.deepEqual(corsHeaders('https://evil.example.net', [HOST]), {});
    assert.deepEqual(corsHeaders(undefined, ['*']), {});
    assert.deepEqual(corsHeaders('https://any.example.org', ['*']),
      { 'Access-Control-Allow-Origin': 'https://any.example.org', Vary: 'Origin' });
  });
});

describe('the server set up for a help centre', () => {
  test('lets only the help centre frame the page', async () => {
    const response = await get('/');
    assert.match(response.headers.get('content-security-policy'),
      /(^|; )frame-ancestors https:\/\/help\.example\.com(;|$)/);
  });

  test('serves the element, its styles and the wasm to the help centre with CORS', async () => {
    for (const file of ['embed/license-form.js', 'embed/form.css', 'index.html',
      'engine/licenseform.wasm']) {
      const response = await get(file, HOST);
      assert.equal(response.status, 200, file);
      assert.equal(response.headers.get('access-control-allow-origin'), HOST, file);
    }
    assert.equal((await get('engine/licenseform.wasm', HOST)).headers.get('content-type'),
      'application/wasm');
  });

  test('gives another origin no CORS answer', async () => {
    const response = await get('embed/license-form.js', 'https://evil.example.net');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  test('answers the preflight of a POST and accepts the order from the help centre', async () => {
    const preflight = await fetch(new URL('orders', server.url), { method: 'OPTIONS',
      headers: { Origin: HOST, 'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type' } });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), HOST);
    assert.match(preflight.headers.get('access-control-allow-methods'), /POST/);
    assert.match(preflight.headers.get('access-control-allow-headers'), /Content-Type/i);

    const options = { flow: 'add', licenseType: 'agent-id', today: CORPUS_TODAY };
    const checked = engine.checkManual(options, [
      { name: 'Ada Beispiel', cancellationDate: '', phone: '', email: 'ada.beispiel@example.com' },
    ]);
    const payload = engine.buildPayload(options, checked.agents, { kind: 'manual' },
      crypto.randomUUID());
    const response = await fetch(new URL('orders', server.url), { method: 'POST',
      headers: { Origin: HOST, 'Content-Type': 'application/json' },
      body: JSON.stringify(payload) });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), HOST);
  });

  test('serves the classic engine and the offline file as JavaScript and HTML', async () => {
    const classic = await get('engine/licenseform.classic.js');
    assert.equal(classic.status, 200);
    assert.equal(classic.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(await classic.text(), /createLicenseform/);
    const offline = await get('licenseform-offline.html');
    assert.equal(offline.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(await offline.text(), /<meta http-equiv="Content-Security-Policy"/);
  });
});
