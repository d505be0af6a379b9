// A file of 1,000,000 rows (about 66 MB) with the limits raised in the
// settings: checked in the worker with a progress bar that advances, while
// the page keeps answering clicks, keys and frames; and Cancel stops it.
// Responsiveness is checked loosely (a shared machine has pauses of its
// own); the speed itself is measured by scripts/bench, never here.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { generateAddCsv } from '../bench/generate.mjs';
import { choose, openForm, openSite, siteRoot, withPage } from './helpers.mjs';

const ROWS = 1_000_000;
let site;
let file;
before(async () => {
  site = await openSite();
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lf-large-')), 'agents-1m.csv');
  fs.writeFileSync(file, generateAddCsv(ROWS));
});
after(async () => {
  await site?.close();
  if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

// config.js with the limits raised, as a deployment would set them.
async function raiseLimits(page) {
  const config = fs.readFileSync(path.join(siteRoot, 'config.js'), 'utf8')
    .replace('limits: null', 'limits: { maxRows: 2000000, maxBytes: 100 * 1024 * 1024 }');
  assert.match(config, /maxRows: 2000000/);
  await page.route('**/config.js', (route) => route.fulfill({
    contentType: 'text/javascript', body: config }));
}

async function startCsvAddOrder(page) {
  await raiseLimits(page);
  await openForm(page, site);
  await choose(page, 'Add licenses');
  await choose(page, 'License (Agent ID) & Bria Enterprise');
  await choose(page, 'No');
  await choose(page, 'Upload a CSV file (any number; the only way above 10)');
}

// Records, in the page, how late each frame, key and click was handled.
function watchResponsiveness() {
  const seen = { frames: [], keys: [], clicks: [] };
  let last = performance.now();
  const frame = (now) => {
    seen.frames.push(now - last);
    last = now;
    if (!seen.stop) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  document.addEventListener('keydown', (e) => seen.keys.push(performance.now() - e.timeStamp));
  document.addEventListener('pointerdown',
    (e) => seen.clicks.push(performance.now() - e.timeStamp));
  window.responsiveness = seen;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

test('a 1,000,000-row file is checked in the worker while the page stays responsive',
  { timeout: 110_000 }, async (t) => {
    await withPage(t, site, async (page) => {
      await startCsvAddOrder(page);
      await page.evaluate(watchResponsiveness);
      await page.setInputFiles('#csv-file', file);
      await page.locator('#csv-progress').waitFor();
      const shares = [];
      while (await page.locator('#csv-progress').isVisible()) {
        shares.push(await page.locator('#csv-progress-bar').evaluate((p) => p.value));
        await page.mouse.click(5, 5);
        await page.keyboard.press('Shift');
        await page.waitForTimeout(150);
      }
      await page.locator('#csv-counts').waitFor({ timeout: 100_000 });
      const seen = await page.evaluate(() => {
        window.responsiveness.stop = true;
        return window.responsiveness;
      });

      const accepted = Number((await page.textContent('#count-accepted')).replace(/\D/g, ''));
      const refused = Number((await page.textContent('#count-refused')).replace(/\D/g, ''));
      assert.equal(accepted + refused, ROWS);
      assert.ok(refused > 0 && refused < ROWS * 0.05, `${refused} refused`);
      assert.equal(await page.getAttribute('#csv-result', 'data-checked-in'), 'worker');
      assert.equal(await page.locator('#csv-problems tbody tr').count(), 500);
      assert.ok(await page.locator('#csv-groups li').count() >= 5);

      const rising = shares.filter((v, i) => i === 0 || v > shares[i - 1]);
      assert.ok(rising.length >= 3, `progress values: ${shares.join(', ')}`);
      assert.ok(seen.keys.length >= 3 && seen.clicks.length >= 3);
      assert.ok(median(seen.keys) < 100, `key delays: ${seen.keys.join(', ')}`);
      assert.ok(median(seen.clicks) < 100, `click delays: ${seen.clicks.join(', ')}`);
      assert.ok(median(seen.frames) < 100, `frame gaps, median ${median(seen.frames)} ms`);
    });
  });

test('Cancel stops the check of a large file and says how to start again',
  { timeout: 60_000 }, async (t) => {
    await withPage(t, site, async (page) => {
      await startCsvAddOrder(page);
      await page.setInputFiles('#csv-file', file);
      await page.getByRole('button', { name: 'Cancel the check' }).click();
      await page.locator('#csv-progress').waitFor({ state: 'hidden' });
      assert.match(await page.textContent('#csv-file-error'),
        /The check was cancelled\. Choose the file again to check it\./);
      assert.equal(await page.locator('#csv-result').isHidden(), true);
      assert.equal(await page.evaluate(() => document.activeElement.id), 'csv-file');
    });
  });
