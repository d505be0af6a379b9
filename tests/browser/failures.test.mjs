// A submission that fails keeps everything and says what happened: a server
// answering 500, a network that is down, a server that does not answer in
// time (the AbortController timeout of config.submitTimeoutMs). "Try again"
// sends the same orderId; a double click sends one request.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { choose, openForm, openSite, storedOrders, withPage } from './helpers.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

/** A one-agent add order, up to "Check your order". */
async function reviewAddOrder(page, email) {
  await openForm(page, site);
  await choose(page, 'Add licenses');
  await choose(page, 'Only Agent ID');
  await choose(page, 'No');
  await choose(page, 'Type them in (up to 10)');
  await page.fill('#agent-1-name', 'Ada Beispiel');
  await page.fill('#agent-1-email', email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Check your order' }).waitFor();
}

/** The failure box once it has taken focus; its text. */
async function failure(page) {
  const $failure = page.locator('#submit-failure');
  await $failure.getByRole('button', { name: 'Try again' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'submit-failure');
  await $failure.getByRole('button', { name: 'Download the order as JSON' }).waitFor();
  return $failure.textContent();
}

/** After a failure: "Change" shows the form with every entry as typed. */
async function entriesKept(page, email) {
  await page.getByRole('button', { name: 'Change', exact: true }).click();
  assert.equal(await page.inputValue('#agent-1-name'), 'Ada Beispiel');
  assert.equal(await page.inputValue('#agent-1-email'), email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Check your order' }).waitFor();
}

async function storedWith(email) {
  return (await storedOrders(site)).filter((o) => o.agents[0].email === email);
}

test('a server answering 500 keeps the order, also over a reload, and it is sent once',
  async (t) => {
    await withPage(t, site, async (page) => {
      const email = 'status500.beispiel@example.com';
      await reviewAddOrder(page, email);
      await page.route('**/orders', (route) => route.fulfill({ status: 500,
        contentType: 'text/plain', body: 'Internal Server Error' }));
      await page.getByRole('button', { name: 'Submit order' }).click();
      const text = await failure(page);
      assert.match(text, /Your order was not sent/);
      assert.match(text, /status 500/);
      assert.match(text, /Nothing is lost.*licenses@example\.com/);
      await page.waitForFunction(() =>
        document.getElementById('status').textContent.startsWith('Your order was not sent'));

      await page.reload();  // the draft is still kept
      await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
      assert.equal(await page.inputValue('#agent-1-email'), email);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.unroute('**/orders');
      await page.getByRole('button', { name: 'Submit order' }).click();
      await page.locator('#order-id').waitFor();
      assert.equal((await storedWith(email)).length, 1);
    }, { allowFailedLoads: true });
  });

test('a network that is down keeps the order and says to check the connection',
  async (t) => {
    await withPage(t, site, async (page, context) => {
      const email = 'offline.beispiel@example.com';
      await reviewAddOrder(page, email);
      await context.setOffline(true);
      await page.getByRole('button', { name: 'Submit order' }).click();
      assert.match(await failure(page), /could not reach the server/);
      await context.setOffline(false);
      await entriesKept(page, email);
      await page.getByRole('button', { name: 'Submit order' }).click();
      const orderId = (await page.locator('#order-id').textContent()).trim();
      assert.deepEqual((await storedWith(email)).map((o) => o.orderId), [orderId]);
    }, { allowFailedLoads: true });
  });

test('a server that does not answer in time: the page gives up, says so, and retries',
  async (t) => {
    await withPage(t, site, async (page) => {
      await page.route('**/config.js', async (route) => {
        const response = await route.fetch();
        const text = (await response.text()).replace(/submitTimeoutMs: \d+/,
          'submitTimeoutMs: 2000');
        await route.fulfill({ response, body: text });
      });
      const email = 'timeout.beispiel@example.com';
      await reviewAddOrder(page, email);
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await page.route('**/orders', async (route) => {
        await held;
        await route.abort().catch(() => {});  // the page gave up on it already
      });
      const started = Date.now();
      await page.getByRole('button', { name: 'Submit order' }).click();
      const text = await failure(page);
      assert.ok(Date.now() - started >= 1900, 'waited for the timeout');
      assert.match(text, /did not answer within 2 seconds/);
      assert.match(text, /never stored twice/);
      release();
      await page.unroute('**/orders');
      await page.locator('#submit-failure').getByRole('button', { name: 'Try again' }).click();
      await page.locator('#order-id').waitFor();
      assert.equal((await storedWith(email)).length, 1);
    }, { allowFailedLoads: true });
  });

test('a double click on "Submit order" sends one request', async (t) => {
  await withPage(t, site, async (page) => {
    const email = 'doubleclick.beispiel@example.com';
    await reviewAddOrder(page, email);
    let posts = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST') posts += 1;
    });
    await page.dblclick('#submit');
    await page.locator('#order-id').waitFor();
    await page.waitForTimeout(300);  // a second request would have started by now
    assert.equal(posts, 1);
    assert.equal((await storedWith(email)).length, 1);
  });
});
