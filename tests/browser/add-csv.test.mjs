// Adding agents from a CSV file: the problems of a 25-row file shown with
// their row numbers, and a 150-row file submitted with its name and hash.

import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, test } from 'node:test';

import { choose, openForm, openSite, storedOrder, submitAndWait, withPage } from './helpers.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

const FIRST = ['Ada', 'Björn', 'Chloé', 'Dmitri', 'Eva', 'Farid', 'Greta', 'Hiro', 'Inés',
  'Jonas'];
const LAST = ['Beispiel', 'Muster', 'Probe', 'Exempel', 'Tester'];

/** Invented agents: names from the lists, numbers from the 030 23125xxx fiction range. */
function people(count) {
  return Array.from({ length: count }, (_, i) => {
    const first = FIRST[i % FIRST.length];
    const last = `${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= 50 ? i : ''}`;
    const local = `${first}.${last}`.toLowerCase().normalize('NFD').replace(/[^a-z0-9.]/g, '');
    return { name: `${first} ${last}`, phone: `+49 30 23125${String(i).padStart(3, '0')}`,
      email: `${local}@example.com` };
  });
}

function csvFile(rows) {
  const lines = ['Name,Display Phone Number,Email',
    ...rows.map((r) => `${r.name},${r.phone},${r.email}`)];
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

async function startCsvAddOrder(page) {
  await openForm(page, site);
  await choose(page, 'Add licenses');
  await choose(page, 'License (Agent ID) & Bria Enterprise');
  await choose(page, 'No');
  await choose(page, 'Upload a CSV file (any number; the only way above 10)');
}

async function upload(page, name, buffer) {
  await page.setInputFiles('#csv-file', { name, mimeType: 'text/csv', buffer });
  await page.locator('#csv-counts').waitFor();
}

test('a 25-row file with two bad rows shows both problems with their row numbers',
  async (t) => {
    await withPage(t, site, async (page) => {
      await startCsvAddOrder(page);
      const rows = people(25);
      rows[5].email = 'eva.tester.example.com';   // spreadsheet row 7: no @
      rows[17].phone = '12345';                    // spreadsheet row 19: too short
      await upload(page, 'agents.csv', csvFile(rows));

      assert.equal((await page.textContent('#count-accepted')).trim(), '23');
      assert.equal((await page.textContent('#count-refused')).trim(), '2');
      assert.equal((await page.textContent('#count-skipped')).trim(), '0');
      const problems = await page.locator('#csv-problems tbody tr').evaluateAll((trs) =>
        trs.map((tr) => [...tr.cells].map((td) => td.textContent.trim())));
      assert.equal(problems.length, 2);
      assert.deepEqual(problems.map((p) => p.slice(0, 2)),
        [['7', 'Email address'], ['19', 'Display phone number']]);
      assert.match(problems[0][2], /\(error\)$/);
      assert.equal(await page.locator('#csv-agents tbody tr').count(), 23);

      await page.getByRole('button', { name: 'Continue' }).click();
      await page.locator('#error-summary').waitFor();
      assert.match(await page.textContent('#error-summary'), /Fix the problems in your file/);
      assert.equal(await page.getAttribute('#csv-file', 'aria-invalid'), 'true');
    });
  });

test('a 150-row file is submitted with its file name and SHA-256', async (t) => {
  await withPage(t, site, async (page) => {
    await startCsvAddOrder(page);
    const rows = people(150);
    const bytes = csvFile(rows);
    await upload(page, 'team.csv', bytes);
    assert.equal((await page.textContent('#count-accepted')).trim(), '150');
    assert.equal(await page.locator('#csv-agents tbody tr').count(), 100);
    assert.match(await page.textContent('#csv-agents-truncated'), /first 100 of 150/);

    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Check your order' }).waitFor();
    const orderId = await submitAndWait(page);
    const order = await storedOrder(site, orderId);
    assert.deepEqual(order.source, { kind: 'csv', fileName: 'team.csv',
      sha256: crypto.createHash('sha256').update(bytes).digest('hex') });
    assert.equal(order.temporary, false);
    assert.equal(order.agents.length, 150);
    assert.deepEqual(order.agents[149], { name: rows[149].name, email: rows[149].email,
      phone: rows[149].phone.replaceAll(' ', '') });
  });
});

// Found by a new user: after "No" to cancellation dates, a file with a
// date column had its dates checked, billed and sent, though the review
// showed none. Now they are not used, the page says so, and the stored
// order holds no date.
test('with No to cancellation dates, the dates of a file are not used and not sent',
  async (t) => {
    await withPage(t, site, async (page) => {
      await startCsvAddOrder(page);
      const rows = people(3);
      const lines = ['Name,Cancellation Date,Display Phone Number,Email',
        `${rows[0].name},,${rows[0].phone},${rows[0].email}`,
        `${rows[1].name},31.12.2026,${rows[1].phone},${rows[1].email}`,
        `${rows[2].name},31.02.2027,${rows[2].phone},${rows[2].email}`];
      await upload(page, 'dated.csv', Buffer.from(`${lines.join('\r\n')}\r\n`));
      assert.equal((await page.textContent('#count-accepted')).trim(), '3');
      assert.equal((await page.textContent('#count-refused')).trim(), '0');
      assert.match(await page.textContent('main'),
        /The file has cancellation dates \(the first in row 3\), but you chose not to set/);
      const headers = await page.locator('#csv-agents thead th').allTextContents();
      assert.deepEqual(headers.map((h) => h.trim()),
        ['Row', 'Name', 'Email address', 'Display phone number']);

      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Check your order' }).waitFor();
      const order = await storedOrder(site, await submitAndWait(page));
      assert.equal(order.temporary, false);
      assert.equal(order.agents.length, 3);
      for (const agent of order.agents) {
        assert.equal('cancellationDate' in agent, false, JSON.stringify(agent));
        assert.equal('billingEnd' in agent, false, JSON.stringify(agent));
      }
    });
  });

// Found by a new user: a valid file's warnings were listed under "What to
// fix", though nothing had to be fixed.
test('a file with warnings only lists them as worth checking, errors as what to fix',
  async (t) => {
    await withPage(t, site, async (page) => {
      await startCsvAddOrder(page);
      const rows = people(3);
      const apostrophes = rows.map((r) => ({ ...r, phone: `'${r.phone}` }));
      await upload(page, 'apostrophes.csv', csvFile(apostrophes));
      assert.equal((await page.textContent('#count-refused')).trim(), '0');
      assert.equal((await page.textContent('#csv-groups-heading')).trim(), 'Worth checking');

      apostrophes[1].email = 'no-at.example.com';
      apostrophes[2].email = 'also-no-at.example.com';
      await upload(page, 'apostrophes.csv', csvFile(apostrophes));
      await page.locator('#count-refused', { hasText: '2' }).waitFor();
      assert.equal((await page.textContent('#csv-groups-heading')).trim(), 'What to fix');
    });
  });

test('the template is downloaded from the page itself, as the engine writes it',
  async (t) => {
    await withPage(t, site, async (page) => {
      await startCsvAddOrder(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /Download the template for adding agents/ }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'licenseform-add-template.csv');
      const stream = await download.createReadStream();
      const chunks = [];
      for await (const chunk of stream) chunks.push(chunk);
      const text = Buffer.concat(chunks).toString('utf8');
      assert.match(text, /^\uFEFF?Name,Cancellation Date,Display Phone Number,Email\r\n$/);
    });
  });

test('a large file is checked off the main thread while the page shows progress',
  async (t) => {
    await withPage(t, site, async (page) => {
      await startCsvAddOrder(page);
      const lines = ['Name,Display Phone Number,Email'];
      for (let i = 0; i < 45000; i += 1) {
        lines.push(`Agent${i} Beispiel,+49 30 23125${String(i % 1000).padStart(3, '0')},` +
          `agent${i}@example.com`);
      }
      const buffer = Buffer.from(`${lines.join('\r\n')}\r\n`);
      assert.ok(buffer.length > 2 * 1024 * 1024);
      await page.setInputFiles('#csv-file', { name: 'large.csv', mimeType: 'text/csv', buffer });
      await page.locator('#csv-progress').waitFor();
      // This script runs while the check is still going: the main thread is free.
      assert.equal(await page.evaluate(() => document.getElementById('csv-progress').hidden),
        false);
      await page.locator('#csv-counts').waitFor({ timeout: 60_000 });
      assert.equal(await page.getAttribute('#csv-result', 'data-checked-in'), 'worker');
      assert.equal((await page.textContent('#count-accepted')).trim(), '45000');
      assert.match(await page.textContent('#csv-agents-truncated'), /first 100 of 45000/);
    });
  });
