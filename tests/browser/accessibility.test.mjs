// axe-core over the page's main states: the questions, the error summary
// with inline errors, a checked CSV file, and "Check your order". axe is
// injected by the test, in a context that lets test scripts past the page's
// Content-Security-Policy (the page itself never needs that).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';

import { choose, openForm, openSite, withPage } from './helpers.mjs';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

/** The axe violations of the page as it is, as "rule: target" lines. */
async function violations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: axeSource });
  }
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const options = { context: { bypassCSP: true } };

test('the form, its errors and the review have no axe violations', async (t) => {
  await withPage(t, site, async (page) => {
    await openForm(page, site);
    await choose(page, 'Add licenses');
    await choose(page, 'License (Agent ID) & Bria Enterprise');
    await choose(page, 'Yes');
    await choose(page, 'Type them in (up to 10)');
    assert.deepEqual(await violations(page), []);

    await page.fill('#agent-1-email', 'ada.beispiel@example');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('#error-summary').waitFor();
    assert.deepEqual(await violations(page), []);

    await page.fill('#agent-1-name', 'Ada Beispiel');
    await page.fill('#agent-1-cancellationDate', '2027-02-15');
    await page.fill('#agent-1-phone', '+49 30 23125001');
    await page.fill('#agent-1-email', 'ada.beispiel@example.com');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Check your order' }).waitFor();
    assert.deepEqual(await violations(page), []);
  }, options);
});

test('a checked CSV file with problems has no axe violations', async (t) => {
  await withPage(t, site, async (page) => {
    await openForm(page, site);
    await choose(page, 'Add licenses');
    await choose(page, 'Only Agent ID');
    await choose(page, 'No');
    await choose(page, 'Upload a CSV file (any number; the only way above 10)');
    await page.setInputFiles('#csv-file', { name: 'agents.csv', mimeType: 'text/csv',
      buffer: Buffer.from('Name,Email\r\nAda Beispiel,ada.beispiel@example.com\r\n' +
        'Bo Muster,bo.muster@example\r\n') });
    await page.locator('#csv-counts').waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('#error-summary').waitFor();
    assert.deepEqual(await violations(page), []);
  }, options);
});
