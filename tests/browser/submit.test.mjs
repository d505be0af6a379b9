// What happens around "Submit order": a failed submission keeps everything
// and offers "Try again" (with the same orderId) and a JSON download; a
// refusal lists the server's reasons; a double press sends one request.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { choose, openForm, openSite, storedOrders, submitAndWait, withPage } from './helpers.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

/** A one-email cancel order, up to "Check your order". */
async function reviewCancelOrder(page, email = 'ada.beispiel@example.com') {
  await openForm(page, site);
  await choose(page, 'Cancel licenses');
  await choose(page, 'Only Agent ID');
  await choose(page, 'Type them in (up to 10)');
  await page.fill('#cancel-1-email', email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Check your order' }).waitFor();
}

async function readDownload(download) {
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

test('a submission that cannot reach the server is kept, downloadable and retried once',
  async (t) => {
    await withPage(t, site, async (page) => {
      const email = 'retry.beispiel@example.com';
      await reviewCancelOrder(page, email);
      await page.route('**/orders', (route) => route.abort('connectionrefused'));
      await page.getByRole('button', { name: 'Submit order' }).click();
      const $failure = page.locator('#submit-failure');
      await $failure.getByRole('button', { name: 'Try again' }).waitFor();
      assert.match(await $failure.textContent(), /could not reach the server/);

      const [download] = await Promise.all([page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the order as JSON' }).click()]);
      const saved = JSON.parse(await readDownload(download));
      assert.equal(saved.action, 'cancel');
      assert.deepEqual(saved.agents.map((a) => a.email), [email]);

      await page.unroute('**/orders');
      await $failure.getByRole('button', { name: 'Try again' }).click();
      await page.locator('#order-id').waitFor();
      assert.equal((await page.textContent('#order-id')).trim(), saved.orderId);
      const stored = (await storedOrders(site)).filter((o) => o.orderId === saved.orderId);
      assert.equal(stored.length, 1);
    }, { allowFailedLoads: true });
  });

test('a refused order shows the reasons the server gives', async (t) => {
  await withPage(t, site, async (page) => {
    await reviewCancelOrder(page);
    await page.route('**/orders', (route) => route.fulfill({
      status: 422, contentType: 'application/json',
      body: JSON.stringify({ issues: [{ severity: 'error', code: 'test.refused',
        message: 'Enter an email address the server knows' }] }),
    }));
    await page.getByRole('button', { name: 'Submit order' }).click();
    const $failure = page.locator('#submit-failure');
    await $failure.getByRole('button', { name: 'Try again' }).waitFor();
    const text = await $failure.textContent();
    assert.match(text, /status 422/);
    assert.match(text, /Enter an email address the server knows/);
  }, { allowFailedLoads: true });
});

test('pressing "Submit order" twice sends one request', async (t) => {
  await withPage(t, site, async (page) => {
    await reviewCancelOrder(page, 'twice.beispiel@example.com');
    let posts = 0;
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/orders', async (route) => {
      posts += 1;
      await held;
      await route.continue();
    });
    await page.evaluate(() => {
      const $submit = document.getElementById('submit');
      $submit.click();
      $submit.click();
    });
    assert.equal(await page.locator('#submit').isDisabled(), true);
    release();
    await page.locator('#order-id').waitFor();
    assert.equal(posts, 1);
  });
});

test('after a sent order, "Start a new order" gives an empty form', async (t) => {
  await withPage(t, site, async (page) => {
    await reviewCancelOrder(page, 'new.beispiel@example.com');
    await submitAndWait(page);
    await page.getByRole('button', { name: 'Start a new order' }).click();
    await page.locator('#order-form').waitFor();
    assert.equal(await page.isChecked('#action-cancel'), false);
    assert.equal(await page.locator('#group-licenseType').isVisible(), false);
  });
});
