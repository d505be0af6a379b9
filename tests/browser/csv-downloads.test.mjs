// After a CSV check the page offers the two files the engine writes (the
// rows to fix, and the accepted rows in template form) and a filter of the
// problems table by kind.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { loadEngine } from '../../scripts/engine.mjs';
import { TODAY, choose, openForm, openSite, withPage } from './helpers.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

const FILE = Buffer.from([
  'Name,Display Phone Number,Email',
  'Ada Beispiel,+49 30 23125001,ada.beispiel@example.com',
  'Bruno Muster,+49 30 23125002,bruno.muster@example..org',
  '=HYPERLINK("x"),+49 30 23125003,carla.probe@example.net',
  'Dora Test,4.93023E+11,dora.test@example.com',
  'Emil Probe,4.93023E+11,emil.probe@example.com',
  'Fiona Muster,+49 30 23125006,fiona.muster@example.com',
].join('\r\n') + '\r\n');

const OPTIONS = { flow: 'add', licenseType: 'agent-id-bria', today: TODAY };

async function uploaded(page) {
  await openForm(page, site);
  await choose(page, 'Add licenses');
  await choose(page, 'License (Agent ID) & Bria Enterprise');
  await choose(page, 'No');
  await choose(page, 'Upload a CSV file (any number; the only way above 10)');
  await page.setInputFiles('#csv-file', { name: 'team.csv', mimeType: 'text/csv', buffer: FILE });
  await page.locator('#csv-counts').waitFor();
}

async function downloaded(page, buttonId) {
  const [download] = await Promise.all([page.waitForEvent('download'),
    page.click(`#${buttonId}`)]);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

test('the rows to fix and the accepted rows download as the engine writes them',
  async (t) => {
    const engine = await loadEngine();
    const bytes = new Uint8Array(FILE);
    const problems = engine.exportCsv(OPTIONS, bytes, 'problems', 'team.csv');
    const accepted = engine.exportCsv(OPTIONS, bytes, 'accepted', 'team.csv');
    await withPage(t, site, async (page) => {
      await uploaded(page);
      const fix = await downloaded(page, 'csv-download-problems');
      assert.equal(fix.name, 'team-problems.csv');
      assert.deepEqual(fix.bytes, Buffer.from(problems.bytes));
      assert.match(fix.bytes.toString('utf8'), /"'=HYPERLINK\(""x""\)"/, 'formula neutralized');
      const ok = await downloaded(page, 'csv-download-accepted');
      assert.equal(ok.name, 'team-accepted.csv');
      assert.deepEqual(ok.bytes, Buffer.from(accepted.bytes));
      assert.equal(accepted.rows, 2);
    });
  });

test('the problems table can be filtered by kind of problem', async (t) => {
  await withPage(t, site, async (page) => {
    await uploaded(page);
    const rows = () => page.locator('#csv-problems tbody th').allTextContents();
    assert.deepEqual(await rows(), ['3', '4', '5', '6']);
    await page.selectOption('#csv-filter', 'phone.scientific_notation');
    await page.waitForFunction(() =>
      document.querySelectorAll('#csv-problems tbody tr').length === 2);
    assert.deepEqual(await rows(), ['5', '6']);
    await page.selectOption('#csv-filter', '');
    await page.waitForFunction(() =>
      document.querySelectorAll('#csv-problems tbody tr').length === 4);
  });
});
