// An add order typed by hand: two temporary agents with cancellation dates,
// their billing end dates read from the page, submitted to the local server,
// and the stored payload checked field by field.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { choose, openForm, openSite, storedOrder, submitAndWait, withPage } from './helpers.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

const AGENTS = [
  { name: 'Ada Beispiel', date: '2027-02-15', phone: '+49 30 23125001',
    email: 'ada.beispiel@example.com', e164: '+493023125001', billingEnd: '2027-02-28',
    billingText: '28 February 2027' },
  // Asked for before the earliest end (2027-01-02): billing runs to 31 January.
  { name: 'Björn Muster', date: '2026-12-20', phone: '030 23125002',
    email: 'bjoern.muster@example.org', e164: '+493023125002', billingEnd: '2027-01-31',
    billingText: '31 January 2027' },
];

/** Types one agent into row n (1-based) and leaves the last field. */
async function typeAgent(page, n, agent) {
  await page.fill(`#agent-${n}-name`, agent.name);
  await page.fill(`#agent-${n}-cancellationDate`, agent.date);
  await page.fill(`#agent-${n}-phone`, agent.phone);
  await page.fill(`#agent-${n}-email`, agent.email);
  await page.locator(`#agent-${n}-email`).blur();
}

/** Chooses add, Agent ID & Bria, temporary yes, typed rows. */
async function startTypedAddOrder(page) {
  await choose(page, 'Add licenses');
  await choose(page, 'License (Agent ID) & Bria Enterprise');
  await choose(page, 'Yes');
  await choose(page, 'Type them in (up to 10)');
}

test('an add order typed by hand reaches the server as the payload the page showed',
  async (t) => {
    await withPage(t, site, async (page) => {
      await openForm(page, site);
      await startTypedAddOrder(page);
      await typeAgent(page, 1, AGENTS[0]);
      await page.getByRole('button', { name: 'Add another agent' }).click();
      await typeAgent(page, 2, AGENTS[1]);

      for (const [i, agent] of AGENTS.entries()) {
        const $end = page.locator(`#agent-${i + 1}-billing time`);
        await $end.waitFor();
        assert.equal(await $end.getAttribute('datetime'), agent.billingEnd);
        assert.equal((await $end.textContent()).trim(), agent.billingText);
      }
      // The notice for a date before the earliest end is shown beside agent 2 only.
      assert.equal(await page.locator('#agent-1-cancellationDate-notes').isVisible(), false);
      assert.match(await page.textContent('#agent-2-cancellationDate-notes'),
        /can stop on 20 December 2026.*31 January 2027/);

      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Check your order' }).waitFor();
      const reviewed = await page.locator('#review-agents > li').allTextContents();
      assert.equal(reviewed.length, 2);
      assert.match(reviewed[0], /Ada Beispiel/);
      assert.match(reviewed[1], /31 January 2027/);

      const orderId = await submitAndWait(page);
      const order = await storedOrder(site, orderId);
      assert.equal(order.schema, 'licenseform.order/1');
      assert.equal(order.orderId, orderId);
      assert.equal(order.action, 'add');
      assert.equal(order.licenseType, 'agent-id-bria');
      assert.equal(order.temporary, true);
      assert.equal(order.submittedOn, '2026-12-03');
      assert.deepEqual(order.policy, { noticeDays: 30, endOfMonth: true });
      assert.deepEqual(order.source, { kind: 'manual' });
      assert.equal(order.agents.length, 2);
      for (const [i, agent] of AGENTS.entries()) {
        const sent = order.agents[i];
        assert.equal(sent.name, agent.name);
        assert.equal(sent.email, agent.email);
        assert.equal(sent.phone, agent.e164);
        assert.equal(sent.cancellationDate, agent.date);
        assert.equal(sent.billingEnd, agent.billingEnd);
      }
    });
  });

test('typed entries survive a reload and are gone after the order is sent', async (t) => {
  await withPage(t, site, async (page) => {
    await openForm(page, site);
    await startTypedAddOrder(page);
    await typeAgent(page, 1, AGENTS[0]);
    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    assert.equal(await page.inputValue('#agent-1-name'), AGENTS[0].name);
    assert.equal(await page.inputValue('#agent-1-cancellationDate'), AGENTS[0].date);
    assert.equal(await page.inputValue('#agent-1-email'), AGENTS[0].email);
    assert.equal(await page.isChecked('#temporary-yes'), true);

    await page.getByRole('button', { name: 'Continue' }).click();
    await submitAndWait(page);
    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    assert.equal(await page.isChecked('#action-add'), false);
  });
});

test('a field is checked when the customer leaves it, with the message beside it',
  async (t) => {
    await withPage(t, site, async (page) => {
      await openForm(page, site);
      await startTypedAddOrder(page);
      await page.fill('#agent-1-email', 'ada.beispiel@example');
      await page.locator('#agent-1-email').blur();
      const $error = page.locator('#agent-1-email-error');
      await $error.waitFor();
      assert.equal(await page.getAttribute('#agent-1-email', 'aria-invalid'), 'true');
      const describedBy = await page.getAttribute('#agent-1-email', 'aria-describedby');
      assert.ok(describedBy.split(' ').includes('agent-1-email-error'));
      // Fields not yet visited show nothing.
      assert.equal(await page.locator('#agent-1-name-error').isVisible(), false);
    });
  });

test('the same email typed twice is shown in the error summary and beside row 2',
  async (t) => {
    await withPage(t, site, async (page) => {
      await openForm(page, site);
      await startTypedAddOrder(page);
      await typeAgent(page, 1, AGENTS[0]);
      await page.getByRole('button', { name: 'Add another agent' }).click();
      await typeAgent(page, 2, { ...AGENTS[1], email: AGENTS[0].email.toUpperCase() });
      await page.getByRole('button', { name: 'Continue' }).click();
      const $summary = page.locator('#error-summary');
      await $summary.waitFor();
      assert.match(await $summary.textContent(), /Agent 2/);
      await page.locator('#agent-2-email-error').waitFor();
      assert.equal(await page.locator('#review').isVisible(), false);
    });
  });

test('"Add another agent" stops at 10 rows and says to upload a file', async (t) => {
  await withPage(t, site, async (page) => {
    await openForm(page, site);
    await startTypedAddOrder(page);
    const $add = page.getByRole('button', { name: 'Add another agent' });
    for (let i = 1; i < 10; i += 1) await $add.click();
    assert.equal(await page.locator('#rows > fieldset').count(), 10);
    assert.equal(await $add.isDisabled(), true);
    assert.match(await page.textContent('#row-limit'), /upload a CSV file/);
  });
});
