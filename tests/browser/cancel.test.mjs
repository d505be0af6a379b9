// A cancel order of three email addresses typed in: the reminders, each
// address's billing end, and the payload the server stored.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { choose, openForm, openSite, storedOrder, submitAndWait, withPage } from './helpers.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

const EMAILS = ['ada.beispiel@example.com', 'bjoern.muster@example.org', 'chloe.probe@example.net'];

test('a cancel order of three typed email addresses reaches the server', async (t) => {
  await withPage(t, site, async (page) => {
    await openForm(page, site);
    await choose(page, 'Cancel licenses');
    const reminder = await page.textContent('#cancel-reminder');
    assert.match(reminder, /Deleting an agent in the manager app does not cancel/);
    assert.match(reminder, /do not include any CRM or helpdesk licenses/);
    await choose(page, 'Only Agent ID');
    await choose(page, 'Type them in (up to 10)');
    // Cancelling asks nothing about temporary agents.
    assert.equal(await page.locator('#group-temporary').isVisible(), false);

    for (const [i, email] of EMAILS.entries()) {
      if (i > 0) await page.getByRole('button', { name: 'Add another email address' }).click();
      await page.fill(`#cancel-${i + 1}-email`, email);
      await page.locator(`#cancel-${i + 1}-email`).blur();
      const $end = page.locator(`#cancel-${i + 1}-billing time`);
      await $end.waitFor();
      assert.equal(await $end.getAttribute('datetime'), '2027-01-31');
    }
    assert.match(await page.textContent('#cancel-1-billing'), /30 days' notice from 3 December/);

    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Check your order' }).waitFor();
    assert.equal((await page.textContent('[data-review="reviewCount"]')).trim(), '3');
    const orderId = await submitAndWait(page);

    const order = await storedOrder(site, orderId);
    assert.equal(order.schema, 'licenseform.order/1');
    assert.equal(order.orderId, orderId);
    assert.equal(order.action, 'cancel');
    assert.equal(order.licenseType, 'agent-id');
    assert.equal(order.submittedOn, '2026-12-03');
    assert.deepEqual(order.policy, { noticeDays: 30, endOfMonth: true });
    assert.deepEqual(order.source, { kind: 'manual' });
    assert.deepEqual(order.agents,
      EMAILS.map((email) => ({ email, billingEnd: '2027-01-31' })));
  });
});

test('removing an address renumbers the rest and keeps their values', async (t) => {
  await withPage(t, site, async (page) => {
    await openForm(page, site);
    await choose(page, 'Cancel licenses');
    await choose(page, 'Only Agent ID');
    await choose(page, 'Type them in (up to 10)');
    for (const [i, email] of EMAILS.entries()) {
      if (i > 0) await page.getByRole('button', { name: 'Add another email address' }).click();
      await page.fill(`#cancel-${i + 1}-email`, email);
    }
    await page.getByRole('button', { name: 'Remove email address 1' }).click();
    assert.equal(await page.locator('#rows > fieldset').count(), 2);
    assert.equal(await page.inputValue('#cancel-1-email'), EMAILS[1]);
    assert.equal(await page.inputValue('#cancel-2-email'), EMAILS[2]);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'cancel-1-email');
  });
});

test('a file of email addresses cancels each with its billing end', async (t) => {
  await withPage(t, site, async (page) => {
    await openForm(page, site);
    await choose(page, 'Cancel licenses');
    await choose(page, 'License (Agent ID) & Bria Enterprise');
    await choose(page, 'Upload a CSV file (any number; the only way above 10)');
    const text = `Email\r\n${EMAILS.join('\r\n')}\r\n`;
    await page.setInputFiles('#csv-file', { name: 'leavers.csv', mimeType: 'text/csv',
      buffer: Buffer.from(text) });
    await page.locator('#csv-counts').waitFor();
    assert.equal((await page.textContent('#count-accepted')).trim(), '3');
    const cells = await page.locator('#csv-agents tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.cells].map((td) => td.textContent.trim())));
    assert.deepEqual(cells, EMAILS.map((email, i) => [String(i + 2), email, '31 January 2027']));

    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Check your order' }).waitFor();
    const order = await storedOrder(site, await submitAndWait(page));
    assert.equal(order.action, 'cancel');
    assert.equal(order.licenseType, 'agent-id-bria');
    assert.equal(order.source.kind, 'csv');
    assert.equal(order.source.fileName, 'leavers.csv');
    assert.deepEqual(order.agents, EMAILS.map((email) => ({ email, billingEnd: '2027-01-31' })));
  });
});
