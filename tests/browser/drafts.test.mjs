// Nothing typed is lost: the draft survives a reload and a closed tab (it is
// kept in localStorage), and goes only after a sent order or "Clear the
// form", which asks first.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { choose, openForm, openSite, submitAndWait, withPage } from './helpers.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

const ROWS = [
  { name: 'Ada Beispiel', cancellationDate: '2027-02-15', phone: '+49 30 23125001',
    email: 'ada.beispiel@example.com' },
  { name: 'Björn Muster', cancellationDate: '2027-03-31', phone: '030 23125002',
    email: 'bjoern.muster@example.org' },
];
const COLUMNS = ['name', 'cancellationDate', 'phone', 'email'];

/** Add, Bria, temporary agents, two typed rows (the second left half typed). */
async function typeTwoAgents(page) {
  await choose(page, 'Add licenses');
  await choose(page, 'License (Agent ID) & Bria Enterprise');
  await choose(page, 'Yes');
  await choose(page, 'Type them in (up to 10)');
  for (const column of COLUMNS) await page.fill(`#agent-1-${column}`, ROWS[0][column]);
  await page.getByRole('button', { name: 'Add another agent' }).click();
  for (const column of COLUMNS) await page.fill(`#agent-2-${column}`, ROWS[1][column]);
}

async function assertTwoAgents(page) {
  assert.equal(await page.isChecked('#action-add'), true);
  assert.equal(await page.isChecked('#licenseType-agent-id-bria'), true);
  assert.equal(await page.isChecked('#temporary-yes'), true);
  assert.equal(await page.isChecked('#method-manual'), true);
  for (const [i, row] of ROWS.entries()) {
    for (const column of COLUMNS) {
      assert.equal(await page.inputValue(`#agent-${i + 1}-${column}`), row[column], column);
    }
  }
}

async function ready(page) {
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
}

test('every typed value is back after a reload', async (t) => {
  await withPage(t, site, async (page) => {
    await openForm(page, site);
    await typeTwoAgents(page);
    await page.reload();
    await ready(page);
    await assertTwoAgents(page);
  });
});

test('every typed value is back in a new tab after the tab was closed', async (t) => {
  await withPage(t, site, async (page, context) => {
    await openForm(page, site);
    await typeTwoAgents(page);
    await page.close();
    const again = await context.newPage();
    await openForm(again, site);
    await assertTwoAgents(again);
  });
});

test('"Clear the form" asks first; "No" keeps everything, "Yes" forgets it for good',
  async (t) => {
    await withPage(t, site, async (page) => {
      await openForm(page, site);
      await typeTwoAgents(page);
      await page.getByRole('button', { name: 'Clear the form' }).click();
      const $confirm = page.locator('#clear-confirm');
      await $confirm.waitFor();
      assert.equal(await page.evaluate(() => document.activeElement.id), 'clear-confirm');
      assert.equal(await page.getAttribute('#clear-form', 'aria-expanded'), 'true');

      await page.getByRole('button', { name: 'No, keep my entries' }).click();
      assert.equal(await $confirm.isVisible(), false);
      assert.equal(await page.evaluate(() => document.activeElement.id), 'clear-form');
      await assertTwoAgents(page);

      await page.getByRole('button', { name: 'Clear the form' }).click();
      await page.getByRole('button', { name: 'Yes, clear the form' }).click();
      assert.equal(await page.isChecked('#action-add'), false);
      assert.equal(await page.locator('#group-licenseType').isVisible(), false);
      assert.equal(await page.evaluate(() => document.activeElement.id), 'action-add');
      assert.equal(await page.evaluate(() => localStorage.getItem('licenseform.draft/2')),
        null);
      await page.waitForFunction(() =>
        document.getElementById('status').textContent === 'The form is empty.');

      await page.reload();
      await ready(page);
      assert.equal(await page.isChecked('#action-add'), false);
    });
  });

test('after a sent order a new tab starts empty', async (t) => {
  await withPage(t, site, async (page, context) => {
    await openForm(page, site);
    await choose(page, 'Cancel licenses');
    await choose(page, 'Only Agent ID');
    await choose(page, 'Type them in (up to 10)');
    await page.fill('#cancel-1-email', 'sent.beispiel@example.com');
    await page.getByRole('button', { name: 'Continue' }).click();
    await submitAndWait(page);
    await page.close();
    const again = await context.newPage();
    await openForm(again, site);
    assert.equal(await again.isChecked('#action-cancel'), false);
  });
});
