// The form wherever it is used: the served page, the page in an iframe of
// another origin (sized by embed/host.js), <license-form> on a host page
// with hostile styles, and the offline file opened from disk with the
// network off. In every mode every request is recorded, and none may leave
// before the customer submits except for the form's own files (and the host
// page's own, where there is one).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';

import { loadEngine } from '../../scripts/engine.mjs';
import { OFFLINE_FILE } from '../../scripts/build-offline.mjs';
import { TODAY, choose, openForm, openSite, siteRoot, storedOrder, submitAndWait, withPage }
  from './helpers.mjs';

const HOSTILE_CSS = ':root { --text: red; --link: red; font-size: 10px !important }\n' +
  '* { color: red !important; font-size: 40px !important; font-family: serif !important; ' +
  'letter-spacing: 3px !important; text-transform: uppercase !important }\n' +
  'input { display: none } label { display: none } .button { background: red !important }\n';

let host;  // the help centre: another origin, its own CSP
let site;  // the form's server, which lets the help centre frame it and load its files
before(async () => {
  host = await startHost();
  site = await openSite({ frameAncestors: host.origin, embedOrigins: host.origin });
});
after(async () => {
  await site?.close();
  await host?.close();
});

/** The host pages: path -> {type, body, csp}; filled by each test. */
const hostFiles = new Map();

function startHost() {
  const server = http.createServer((req, res) => {
    const file = hostFiles.get(req.url.split('?')[0]);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': file.type,
      ...(file.csp ? { 'Content-Security-Policy': file.csp } : {}) });
    res.end(file.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const origin = `http://127.0.0.1:${server.address().port}`;
    resolve({ origin, close: () => new Promise((done) => {
      server.close(() => done());
      server.closeAllConnections();
    }) });
  }));
}

/** Every request of the context (pages, frames, workers), in order. */
function recordRequests(context) {
  const requests = [];
  context.on('request', (request) => requests.push(request));
  return requests;
}

/** The URL paths of every file of build/site. */
function sitePaths(dir = siteRoot, prefix = '/') {
  const paths = prefix === '/' ? ['/'] : [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const url = `${prefix}${entry.name}`;
    if (entry.isDirectory()) paths.push(...sitePaths(path.join(dir, entry.name), `${url}/`));
    else paths.push(url);
  }
  return paths;
}

/**
 * Fails on any request before submit but GETs of the form's own files
 * (and the host page's files); blob: and data: URLs never leave the page.
 */
function assertOnlyOwnFiles(requests, { hostOrigin = null } = {}) {
  const formOrigin = new URL(site.url).origin;
  const formFiles = new Set(sitePaths());
  assert.ok(requests.length > 0, 'the page loads at least its own files');
  for (const request of requests) {
    const url = new URL(request.url());
    if (url.protocol === 'blob:' || url.protocol === 'data:') continue;
    assert.equal(request.method(), 'GET', `${request.method()} ${request.url()} before submit`);
    if (hostOrigin && url.origin === hostOrigin) {
      assert.ok(hostFiles.has(url.pathname), `not a host file: ${request.url()}`);
      continue;
    }
    assert.equal(url.origin, formOrigin, `request to another origin: ${request.url()}`);
    assert.ok(formFiles.has(url.pathname), `not one of the form's files: ${url.pathname}`);
  }
}

/** After submit: one POST of JSON to the endpoint, nothing else that sends. */
function assertOnePost(requests) {
  const sent = requests.filter((r) => !/^(blob|data):/.test(r.url()) && r.method() !== 'GET');
  assert.deepEqual(sent.map((r) => `${r.method()} ${new URL(r.url()).pathname}`),
    ['POST /orders']);
  assert.match(sent[0].headers()['content-type'], /^application\/json/);
}

/** Answers add, Only Agent ID, no dates, typed rows (scope: page or frame). */
async function startTypedOrder(scope) {
  await choose(scope, 'Add licenses');
  await choose(scope, 'Only Agent ID');
  await choose(scope, 'No');
  await choose(scope, 'Type them in (up to 10)');
}

async function typeAgent(scope, n, name, email) {
  await scope.locator(`#agent-${n}-name`).fill(name);
  await scope.locator(`#agent-${n}-email`).fill(email);
  await scope.locator(`#agent-${n}-email`).blur();
}

test('the served page requests nothing but its own files before submit', async (t) => {
  await withPage(t, site, async (page, context) => {
    const requests = recordRequests(context);
    await openForm(page, site);
    await startTypedOrder(page);
    await typeAgent(page, 1, 'Ada Beispiel', 'ada.beispiel@example.com');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Check your order' }).waitFor();
    assertOnlyOwnFiles(requests.splice(0));
    await submitAndWait(page);
    assertOnePost(requests);
    // The link to the offline file is there, for download.
    const $link = page.getByRole('link', { name: 'Download the form for offline use' });
    assert.equal(await $link.getAttribute('href'), OFFLINE_FILE);
    assert.equal(await $link.getAttribute('download'), OFFLINE_FILE);
  });
});

/** The help-centre article with the form in an iframe, under `script-src 'self'`. */
function iframeHost() {
  hostFiles.set('/article', { type: 'text/html; charset=utf-8', csp: "script-src 'self'",
    body: `<!doctype html><html><head><title>Help centre</title>
      <link rel="icon" href="data:,"></head><body>
      <h1>Order licenses</h1>
      <iframe data-licenseform id="form" title="Order agent licenses"
              src="${site.pageUrl()}" width="800"></iframe>
      <script src="/host.js"></script></body></html>` });
  hostFiles.set('/host.js', { type: 'text/javascript',
    body: fs.readFileSync(path.join(siteRoot, 'embed', 'host.js')) });
  return `${host.origin}/article`;
}

async function frameHeights(page) {
  const outer = await page.locator('#form').evaluate((el) => el.clientHeight);  // no border
  const inner = await page.frameLocator('#form').locator('html')
    .evaluate((el) => el.getBoundingClientRect().height);
  return { outer, inner };
}

/** Waits until the iframe is as high as its page, and that is more than before. */
async function waitForGrowth(page, before) {
  let now;
  for (let i = 0; i < 50; i += 1) {
    now = await frameHeights(page);
    if (now.inner > before && Math.abs(now.outer - Math.ceil(now.inner)) <= 1) return now;
    await page.waitForTimeout(100);
  }
  assert.fail(`the iframe did not follow its page: ${JSON.stringify(now)} after ${before}`);
  return now;
}

test('the page in a cross-origin iframe sizes it as rows are added, and requests nothing ' +
  'before submit', async (t) => {
  await withPage(t, site, async (page, context) => {
    const requests = recordRequests(context);
    const response = await page.goto(iframeHost());
    assert.equal(response.headers()['content-security-policy'], "script-src 'self'");
    const frame = page.frameLocator('#form');
    await frame.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    let { inner } = await waitForGrowth(page, 150);

    // A message from anything but the iframe's window is ignored.
    await page.evaluate(() => window.postMessage({ type: 'licenseform:height', height: 7 }, '*'));
    await page.waitForTimeout(200);
    assert.ok((await frameHeights(page)).outer > 100, 'the host page itself cannot resize it');

    await startTypedOrder(frame);
    ({ inner } = await waitForGrowth(page, inner));
    await typeAgent(frame, 1, 'Ada Beispiel', 'ada.beispiel@example.com');
    await frame.getByRole('button', { name: 'Add another agent' }).click();
    ({ inner } = await waitForGrowth(page, inner));
    await typeAgent(frame, 2, 'Bruno Muster', 'bruno.muster@example.org');
    await frame.getByRole('button', { name: 'Add another agent' }).click();
    await waitForGrowth(page, inner);
    await frame.getByRole('button', { name: 'Remove', exact: false }).last().click();

    await frame.getByRole('button', { name: 'Continue' }).click();
    await frame.getByRole('heading', { name: 'Check your order' }).waitFor();
    assertOnlyOwnFiles(requests.splice(0), { hostOrigin: host.origin });
    const orderId = await submitAndWait(frame);
    assertOnePost(requests);
    const order = await storedOrder(site, orderId);
    assert.deepEqual(order.agents.map((a) => a.email),
      ['ada.beispiel@example.com', 'bruno.muster@example.org']);
  });
});

/** A help-centre page with <license-form>, hostile global styles and a strict CSP. */
function elementHost({ endpoint = `${site.url}orders` } = {}) {
  const form = new URL(site.url).origin;
  hostFiles.set('/theme', { type: 'text/html; charset=utf-8',
    csp: [`default-src 'none'`, `script-src 'self' ${form} 'wasm-unsafe-eval'`,
      `connect-src ${form}`, `style-src 'self' ${form}`, 'img-src data:'].join('; '),
    body: `<!doctype html><html><head><title>Help centre</title>
      <link rel="icon" href="data:,"><link rel="stylesheet" href="/hostile.css">
      <script type="module" src="${form}/embed/license-form.js"></script>
      <script src="/listen.js"></script></head><body>
      <p id="host-text">Our help centre</p>
      <license-form endpoint="${endpoint}" lang="en"></license-form></body></html>` });
  hostFiles.set('/hostile.css', { type: 'text/css', body: HOSTILE_CSS });
  hostFiles.set('/listen.js', { type: 'text/javascript', body: `window.heard = [];
    for (const type of ['licenseform:submitted', 'licenseform:failed']) {
      document.addEventListener(type, (e) => window.heard.push({ type, bubbles: e.bubbles,
        composed: e.composed, detail: JSON.parse(JSON.stringify(e.detail)) }));
    }` });
  return `${host.origin}/theme?today=${TODAY}`;
}

async function style(locator, ...names) {
  return locator.evaluate((el, props) => {
    const s = getComputedStyle(el);
    return Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
  }, names);
}

const LOOKED_AT = ['#form-title', '#action-legend', 'label[for="action-add"]', '#action-add',
  '#licenseType-agent-id-hint', '#agent-1-name', 'label[for="agent-1-name"]', '#add-row',
  '#continue'];
const LOOKS = ['display', 'visibility', 'color', 'background-color', 'font-size', 'font-family',
  'font-weight', 'line-height', 'letter-spacing', 'text-transform', 'border-top-width',
  'border-top-color', 'padding-left', 'margin-bottom', 'box-sizing', 'opacity'];

/** The computed look of the form's main parts, with typed rows chosen. */
async function looks(scope) {
  const out = {};
  for (const selector of LOOKED_AT) out[selector] = await style(scope.locator(selector), ...LOOKS);
  return out;
}

test('<license-form> keeps its look under hostile host styles, works, and tells the host ' +
  'of the order', async (t) => {
  await withPage(t, site, async (page, context) => {
    const plain = await context.newPage();
    await openForm(plain, site);
    await startTypedOrder(plain);
    const expected = await looks(plain);
    await plain.close();

    const requests = recordRequests(context);
    await page.goto(elementHost());
    await page.locator('license-form[data-ready="true"]').waitFor();
    // The host's styles apply to the host; the form's own do not leak out.
    assert.deepEqual(await style(page.locator('#host-text'), 'color', 'font-size', 'box-sizing'),
      { color: 'rgb(255, 0, 0)', 'font-size': '40px', 'box-sizing': 'content-box' });
    await startTypedOrder(page);
    // Inside, the form looks exactly as on its own page.
    assert.deepEqual(await looks(page), expected);
    assert.equal(await page.locator('#agent-1-name').isVisible(), true);

    await typeAgent(page, 1, 'Ada Beispiel', 'ada.beispiel@example');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('#error-summary').waitFor();  // the check works inside, too
    await typeAgent(page, 1, 'Ada Beispiel', 'ada.beispiel@example.com');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Check your order' }).waitFor();
    assertOnlyOwnFiles(requests.splice(0), { hostOrigin: host.origin });

    const orderId = await submitAndWait(page);
    assertOnePost(requests);
    const heard = await page.evaluate(() => window.heard);
    assert.equal(heard.length, 1);
    assert.deepEqual([heard[0].type, heard[0].bubbles, heard[0].composed],
      ['licenseform:submitted', true, true]);
    assert.equal(heard[0].detail.orderId, orderId);
    assert.deepEqual(heard[0].detail.payload, await storedOrder(site, orderId));
  });
});

test('<license-form> tells the host when the endpoint refuses the order', async (t) => {
  await withPage(t, site, async (page) => {
    await page.goto(elementHost({ endpoint: `${site.url}no-such-endpoint` }));
    await page.locator('license-form[data-ready="true"]').waitFor();
    await startTypedOrder(page);
    await typeAgent(page, 1, 'Ada Beispiel', 'ada.beispiel@example.com');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Submit order' }).click();
    await page.locator('#submit-failure').waitFor();
    const heard = await page.evaluate(() => window.heard);
    assert.deepEqual(heard.map((h) => [h.type, h.detail.error.kind, h.detail.error.status]),
      [['licenseform:failed', 'refused', 405]]);
    assert.equal(heard[0].detail.payload.agents[0].email, 'ada.beispiel@example.com');
  }, { allowFailedLoads: true });
});

test('the offline file works from file:// with the network off: a CSV check and the ' +
  'payload as a download', async (t) => {
  const file = path.join(siteRoot, OFFLINE_FILE);
  const html = fs.readFileSync(file, 'utf8');
  assert.doesNotMatch(html, /<script[^>]*\bsrc=|<link[^>]*stylesheet/, 'one self-contained file');
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; /);
  const engine = await loadEngine();
  await withPage(t, site, async (page, context) => {
    const url = `${pathToFileURL(file).href}?today=${TODAY}`;
    await context.setOffline(true);
    // Everything is aborted but the file itself (which routing sees too).
    await context.route('**/*', (route) => (route.request().url() === url ? route.continue()
      : route.abort()));
    const requests = recordRequests(context);
    await page.goto(url);
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    assert.equal(await page.locator('#offline-download').isVisible(), false);
    await choose(page, 'Add licenses');
    await choose(page, 'Only Agent ID');
    await choose(page, 'No');
    await choose(page, 'Upload a CSV file (any number; the only way above 10)');
    const [template] = await Promise.all([page.waitForEvent('download'),
      page.locator('#template-link').click()]);
    assert.match(template.suggestedFilename(), /\.csv$/);
    await page.setInputFiles('#csv-file', { name: 'agents.csv', mimeType: 'text/csv',
      buffer: Buffer.from('Name,Display Phone Number,Email\r\n' +
        'Ada Beispiel,,ada.beispiel@example.com\r\nBruno Muster,,bruno.muster@example\r\n') });
    await page.locator('#csv-counts').waitFor();
    assert.equal((await page.textContent('#count-accepted')).trim(), '1');
    assert.equal((await page.textContent('#count-refused')).trim(), '1');
    await page.setInputFiles('#csv-file', { name: 'agents.csv', mimeType: 'text/csv',
      buffer: Buffer.from('Name,Display Phone Number,Email\r\n' +
        'Ada Beispiel,,ada.beispiel@example.com\r\nBruno Muster,,bruno.muster@example.org\r\n') });
    await page.locator('#count-accepted', { hasText: '2' }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Check your order' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'),
      page.getByRole('button', { name: 'Submit order' }).click()]);
    await page.getByRole('heading', { name: 'Order saved as a file' }).waitFor();

    const payload = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.equal(download.suggestedFilename(), `order-${payload.orderId}.json`);
    assert.equal((await page.textContent('#order-id')).trim(), payload.orderId);
    assert.deepEqual(engine.checkPayload(payload), { valid: true, issues: [] });
    assert.equal(payload.source.kind, 'csv');
    assert.deepEqual(payload.agents.map((a) => a.email),
      ['ada.beispiel@example.com', 'bruno.muster@example.org']);
    const left = requests.filter((r) => !/^(blob|data):/.test(r.url()) && r.url() !== url);
    assert.deepEqual(left.map((r) => r.url()), []);
  });
});
