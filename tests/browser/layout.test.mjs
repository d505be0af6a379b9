// The page on a phone (375 px) and a desktop (1280 px): both flows, typed
// and uploaded, in each state, with a screenshot of each into
// test-results/screenshots/ (to look at), and nothing wider than the
// viewport (a wide table scrolls inside its own box, which is allowed).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { choose, openForm, openSite, repoRoot, withPage } from './helpers.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

const shotsDir = path.join(repoRoot, 'test-results', 'screenshots');

/** What sticks out to the right of the viewport, as "tag#id.class (width)" lines. */
async function overflow(page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const out = [];
    if (document.documentElement.scrollWidth > width) {
      out.push(`document scrollWidth ${document.documentElement.scrollWidth} > ${width}`);
    }
    const scrolls = (el) => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(el).overflowX);
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (!rect.width || !el.getClientRects().length) continue;
      if (el.closest('.visually-hidden, .skip-link')) continue;
      let parent = el.parentElement;
      while (parent && parent !== document.body && !scrolls(parent)) parent = parent.parentElement;
      if (parent && parent !== document.body) continue;  // inside a box that scrolls
      if (rect.right > width + 0.5 || rect.width > width + 0.5) {
        const cls = typeof el.className === 'string' && el.className
          ? `.${el.className.split(' ')[0]}` : '';
        out.push(`${el.tagName.toLowerCase()}#${el.id}${cls} (${Math.round(rect.right)})`);
      }
    }
    return out;
  });
}

/** Takes the screenshot of a state and asserts that nothing overflows. */
async function state(page, name, width) {
  fs.mkdirSync(shotsDir, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shotsDir, `${name}-${width}.png`), fullPage: true });
  assert.deepEqual(await overflow(page), [], `${name} at ${width} px`);
}

function csv(lines) {
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

for (const width of [375, 1280]) {
  const context = { viewport: { width, height: width < 600 ? 812 : 900 } };

  test(`the typed add flow fits ${width} px in every state`, async (t) => {
    await withPage(t, site, async (page) => {
      await openForm(page, site);
      await state(page, 'start', width);
      await choose(page, 'Add licenses');
      await choose(page, 'License (Agent ID) & Bria Enterprise');
      await choose(page, 'Yes');
      await choose(page, 'Type them in (up to 10)');
      await page.fill('#agent-1-name', 'Maximiliane Sophie Wolkenstein-Rabenhorst');
      await page.fill('#agent-1-cancellationDate', '2026-12-20');
      await page.fill('#agent-1-phone', '030 23125001');
      await page.fill('#agent-1-email', 'maximiliane.wolkenstein-rabenhorst@example.com');
      await page.getByRole('button', { name: 'Add another agent' }).click();
      await page.fill('#agent-2-email', 'bo.muster@example');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.locator('#error-summary').waitFor();
      await state(page, 'add-errors', width);
      await page.getByRole('button', { name: 'Remove agent 2' }).click();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Check your order' }).waitFor();
      await state(page, 'add-review', width);
      await page.route('**/orders', (route) => route.fulfill({ status: 503, body: '' }));
      await page.getByRole('button', { name: 'Submit order' }).click();
      await page.locator('#retry').waitFor();
      await state(page, 'add-failed', width);
      await page.unroute('**/orders');
      await page.locator('#retry').click();
      await page.locator('#order-id').waitFor();
      await state(page, 'add-submitted', width);
    }, { context, allowFailedLoads: true });
  });

  test(`the typed cancel flow in German fits ${width} px`, async (t) => {
    await withPage(t, site, async (page) => {
      await openForm(page, site);
      await page.getByRole('button', { name: 'Deutsch' }).click();
      await choose(page, 'Lizenzen kündigen');
      await choose(page, 'Nur Agent-ID');
      await choose(page, 'Eintippen (bis zu 10)');
      await page.fill('#cancel-1-email', 'ada.beispiel@example.com');
      await page.locator('#cancel-1-email').blur();
      await page.locator('#cancel-1-billing time').waitFor();
      await page.getByRole('button', { name: 'Weitere E-Mail-Adresse hinzufügen' }).click();
      await page.fill('#cancel-2-email', 'bjoern.muster@example');
      await page.getByRole('button', { name: 'Weiter', exact: true }).click();
      await page.locator('#error-summary').waitFor();
      await state(page, 'cancel-de-errors', width);
      await page.fill('#cancel-2-email', 'bjoern.muster@example.org');
      await page.getByRole('button', { name: 'Weiter', exact: true }).click();
      await page.getByRole('heading', { name: 'Prüfen Sie Ihre Bestellung' }).waitFor();
      await state(page, 'cancel-de-review', width);
      await page.getByRole('button', { name: 'Bestellung absenden' }).click();
      await page.locator('#order-id').waitFor();
      await state(page, 'cancel-de-submitted', width);
    }, { context });
  });

  test(`a checked CSV file with problems fits ${width} px`, async (t) => {
    await withPage(t, site, async (page) => {
      await openForm(page, site);
      await choose(page, 'Add licenses');
      await choose(page, 'License (Agent ID) & Bria Enterprise');
      await choose(page, 'Yes');
      await choose(page, 'Upload a CSV file (any number; the only way above 10)');
      await page.setInputFiles('#csv-file', { name: 'a-rather-long-file-name-for-agents.csv',
        mimeType: 'text/csv', buffer: csv([
          'Name,Cancellation Date,Display Phone Number,Email',
          'Ada Beispiel,2027-01-31,+49 30 23125001,ada.beispiel@example.com',
          'Björn Muster,2027-02-15,+49 30 23125002,bjoern.muster@example',
          'Chloé Probe,31.02.2027,4.93023E+11,chloe.probe@example.net',
        ]) });
      await page.locator('#csv-counts').waitFor();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.locator('#error-summary').waitFor();
      await state(page, 'csv-errors', width);
    }, { context });
  });

  test(`a valid CSV cancel file, reviewed, fits ${width} px`, async (t) => {
    await withPage(t, site, async (page) => {
      await openForm(page, site);
      await choose(page, 'Cancel licenses');
      await choose(page, 'License (Agent ID) & Bria Enterprise');
      await choose(page, 'Upload a CSV file (any number; the only way above 10)');
      await page.setInputFiles('#csv-file', { name: 'emails.csv', mimeType: 'text/csv',
        buffer: csv(['Email', 'ada.beispiel@example.com', 'bjoern.muster@example.org']) });
      await page.locator('#csv-counts').waitFor();
      await state(page, 'csv-cancel-checked', width);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Check your order' }).waitFor();
      await state(page, 'csv-cancel-review', width);
    }, { context });
  });
}
