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

const LABELS = {
  en: { add: 'Add licenses', cancel: 'Cancel licenses', agentId: 'Only Agent ID', no: 'No',
    manual: 'Type them in (up to 10)', continue: 'Continue', review: 'Check your order',
    submit: 'Submit order', clear: 'Clear the form', keep: 'No, keep my entries' },
  de: { add: 'Lizenzen hinzufügen', cancel: 'Lizenzen kündigen', agentId: 'Nur Agent-ID',
    no: 'Nein', manual: 'Eintippen (bis zu 10)', continue: 'Weiter',
    review: 'Prüfen Sie Ihre Bestellung', submit: 'Bestellung absenden',
    clear: 'Formular leeren', keep: 'Nein, Eingaben behalten' },
};

// Every state of both flows, in English and German: the empty form, the
// errors, "Check your order", a failed submission, the sent order.
for (const lang of ['en', 'de']) {
  for (const flow of ['add', 'cancel']) {
    test(`every state of the ${flow} flow in ${lang} has no axe violations`, async (t) => {
      await withPage(t, site, async (page) => {
        const L = LABELS[lang];
        await openForm(page, site);
        if (lang === 'de') await page.getByRole('button', { name: 'Deutsch' }).click();
        assert.deepEqual(await violations(page), [], 'start');
        await choose(page, flow === 'add' ? L.add : L.cancel);
        await choose(page, L.agentId);
        if (flow === 'add') await choose(page, L.no);
        await choose(page, L.manual);
        assert.deepEqual(await violations(page), [], 'empty');

        const first = flow === 'add' ? '#agent-1-email' : '#cancel-1-email';
        await page.fill(first, 'ada.beispiel@example');
        await page.getByRole('button', { name: L.continue, exact: true }).click();
        await page.locator('#error-summary').waitFor();
        assert.deepEqual(await violations(page), [], 'errors');

        await page.getByRole('button', { name: L.clear }).click();
        await page.locator('#clear-confirm').waitFor();
        assert.deepEqual(await violations(page), [], 'clear confirmation');
        await page.getByRole('button', { name: L.keep }).click();

        if (flow === 'add') await page.fill('#agent-1-name', 'Ada Beispiel');
        await page.fill(first, 'ada.beispiel@example.com');
        await page.getByRole('button', { name: L.continue, exact: true }).click();
        await page.getByRole('heading', { name: L.review }).waitFor();
        assert.deepEqual(await violations(page), [], 'review');

        await page.route('**/orders', (route) => route.fulfill({ status: 500, body: '' }));
        await page.getByRole('button', { name: L.submit }).click();
        await page.locator('#retry').waitFor();
        assert.deepEqual(await violations(page), [], 'failed');

        await page.unroute('**/orders');
        await page.locator('#retry').click();
        await page.locator('#order-id').waitFor();
        assert.deepEqual(await violations(page), [], 'submitted');
      }, { ...options, allowFailedLoads: true });
    });
  }
}


test('the error summary takes focus and links each error to its field, in its words',
  async (t) => {
    await withPage(t, site, async (page) => {
      await openForm(page, site);
      await choose(page, 'Add licenses');
      await choose(page, 'License (Agent ID) & Bria Enterprise');
      await choose(page, 'No');
      await choose(page, 'Type them in (up to 10)');
      await page.fill('#agent-1-email', 'ada.beispiel@example');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.locator('#error-summary').waitFor();
      assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary');
      const links = await page.locator('#error-summary-list a').evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
      assert.deepEqual(links.map((l) => l.href),
        ['#agent-1-name', '#agent-1-phone', '#agent-1-email']);
      for (const link of links) {
        const id = link.href.slice(1);
        const inline = (await page.textContent(`#${id}-error`)).replace(/^Error: /, '');
        assert.equal(link.text, `Agent 1: ${inline}`);
        assert.equal(await page.getAttribute(`#${id}`, 'aria-invalid'), 'true');
        assert.ok((await page.getAttribute(`#${id}`, 'aria-describedby'))
          .split(' ').includes(`${id}-error`));
      }
      await page.locator('#error-summary-list a').nth(2).click();
      assert.equal(await page.evaluate(() => document.activeElement.id), 'agent-1-email');
      // Typing does not redraw the messages (nothing is announced per key).
      const before = await page.textContent('#agent-1-email-error');
      await page.keyboard.type('.com');
      assert.equal(await page.textContent('#agent-1-email-error'), before);
    });
  });

test('the error summary links each row error of a CSV file to its row in the table',
  async (t) => {
    await withPage(t, site, async (page) => {
      await openForm(page, site);
      await choose(page, 'Cancel licenses');
      await choose(page, 'Only Agent ID');
      await choose(page, 'Upload a CSV file (any number; the only way above 10)');
      await page.setInputFiles('#csv-file', { name: 'emails.csv', mimeType: 'text/csv',
        buffer: Buffer.from('Email\r\nada.beispiel@example.com\r\nbo.muster@example\r\n' +
          'chloe.probe\r\n') });
      await page.locator('#csv-counts').waitFor();
      assert.equal(await page.locator('#csv-problems th[scope="col"]').count(), 3);
      assert.equal(await page.locator('#csv-problems tbody th[scope="row"]').count(), 2);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.locator('#error-summary').waitFor();
      const links = page.locator('#error-summary-list a');
      assert.deepEqual(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
        ['#csv-file', '#csv-problem-1', '#csv-problem-2']);
      // The first is the message beside the file input, in the same words.
      assert.equal(await links.first().textContent(),
        (await page.textContent('#csv-file-error')).replace(/^Error: /, ''));
      const text = await links.nth(1).textContent();
      const problem = await page.textContent('#csv-problem-1 td:last-child');
      assert.ok(text.startsWith('Row 3: '));
      assert.ok(problem.startsWith(text.slice('Row 3: '.length)), `${text} / ${problem}`);
      await links.nth(1).click();
      assert.equal(await page.evaluate(() => document.activeElement.id), 'csv-problem-1');
    });
  });
