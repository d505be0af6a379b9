// "No network request of any kind before the customer presses submit": every
// request the page makes is recorded while a whole order is prepared (typed
// rows, a CSV upload, a template download, the review), and only the page's
// own static files may appear before "Submit order"; after it, exactly one
// POST of JSON to the endpoint.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { choose, openForm, openSite, siteRoot, submitAndWait, withPage } from './helpers.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

/** The URL paths of every file in build/site, as the server serves them. */
function staticPaths(dir = siteRoot, prefix = '/') {
  const paths = prefix === '/' ? ['/'] : [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const url = `${prefix}${entry.name}`;
    if (entry.isDirectory()) paths.push(...staticPaths(path.join(dir, entry.name), `${url}/`));
    else paths.push(url);
  }
  return paths;
}

test('the page requests nothing but its own files before the order is submitted',
  async (t) => {
    const allowed = new Set(staticPaths());
    await withPage(t, site, async (page) => {
      const requests = [];
      page.on('request', (request) => requests.push(request));
      await openForm(page, site);
      await choose(page, 'Add licenses');
      await choose(page, 'Only Agent ID');
      await choose(page, 'No');
      await choose(page, 'Upload a CSV file (any number; the only way above 10)');
      await Promise.all([page.waitForEvent('download'), page.locator('#template-link').click()]);
      await page.setInputFiles('#csv-file', { name: 'one.csv', mimeType: 'text/csv',
        buffer: Buffer.from('Name,Email\r\nAda Beispiel,ada.beispiel@example.com\r\n') });
      await page.locator('#csv-counts').waitFor();
      await choose(page, 'Type them in (up to 10)');
      await page.fill('#agent-1-name', 'Ada Beispiel');
      await page.fill('#agent-1-email', 'ada.beispiel@example.com');
      await page.locator('#agent-1-email').blur();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Check your order' }).waitFor();

      const origin = new URL(site.url).origin;
      const before = requests.splice(0);
      assert.ok(before.length > 0, 'the page loads at least its own files');
      for (const request of before) {
        const url = new URL(request.url());
        // Blob and data URLs (the template download, the empty icon) never leave the page.
        if (url.protocol === 'blob:' || url.protocol === 'data:') continue;
        assert.equal(url.origin, origin, `request to another origin: ${request.url()}`);
        assert.equal(request.method(), 'GET', `${request.method()} ${request.url()}`);
        assert.ok(allowed.has(url.pathname), `not one of the page's files: ${url.pathname}`);
      }

      await submitAndWait(page);
      const sent = requests.filter((r) => !r.url().startsWith('blob:'));
      assert.equal(sent.length, 1, sent.map((r) => `${r.method()} ${r.url()}`).join('\n'));
      assert.equal(sent[0].method(), 'POST');
      assert.equal(new URL(sent[0].url()).pathname, '/orders');
      assert.match(sent[0].headers()['content-type'], /^application\/json/);
    });
  });
