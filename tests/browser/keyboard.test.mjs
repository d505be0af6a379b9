// Both flows with the keyboard alone (page.keyboard: Tab, Space, Enter,
// the arrow keys inside a radio group, and typing), each ending in an order
// the server stored. The focus order is read as the test goes, so a control
// that Tab cannot reach, or reaches out of order, fails it.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { openForm, openSite, storedOrder, withPage } from './helpers.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

const focused = (page) => page.evaluate(() => document.activeElement?.id || '');

/** Presses Tab until the element with this id has focus; returns the ids passed. */
async function tabTo(page, id, limit = 40) {
  const passed = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    passed.push(now);
    if (now === id) return passed;
  }
  assert.fail(`Tab never reached #${id}; it passed ${passed.join(', ')}`);
}

/** The focused element shows a visible focus indicator (outline or box-shadow). */
async function focusVisible(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const own = getComputedStyle(el);
    const label = el.matches('.radios__input')
      ? getComputedStyle(el.nextElementSibling, '::before') : null;
    const styles = [own, label].filter(Boolean);
    return styles.some((s) => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
      || s.boxShadow !== 'none' || s.backgroundColor === 'rgb(255, 221, 0)');
  });
}

test('an add order typed in with the keyboard alone, mistakes fixed from the error summary',
  async (t) => {
    await withPage(t, site, async (page) => {
      await openForm(page, site);
      assert.deepEqual(await tabTo(page, 'action-add'),
        ['skip-link', 'lang-en', 'lang-de', 'action-add']);
      await page.keyboard.press('Space');
      assert.ok(await focusVisible(page), 'the radio shows focus');
      assert.deepEqual(await tabTo(page, 'licenseType-agent-id-bria'),
        ['licenseType-agent-id-bria']);
      await page.keyboard.press('Space');
      await tabTo(page, 'temporary-yes');
      await page.keyboard.press('Space');
      await tabTo(page, 'method-manual');
      await page.keyboard.press('Space');

      assert.deepEqual(await tabTo(page, 'agent-1-name'), ['agent-1-name']);
      assert.ok(await focusVisible(page), 'the input shows focus');
      await page.keyboard.type('Ada Beispiel');
      await page.keyboard.press('Tab');
      assert.equal(await focused(page), 'agent-1-cancellationDate');
      await page.keyboard.type('02152027');  // the date field's own segments, in order
      await tabTo(page, 'agent-1-phone');
      await page.keyboard.type('030 23125001');
      await page.keyboard.press('Tab');
      await page.keyboard.type('ada.beispiel@example');  // a mistake, found on Continue

      assert.deepEqual(await tabTo(page, 'continue'), ['add-row', 'continue']);
      await page.keyboard.press('Enter');
      await page.locator('#error-summary').waitFor();
      assert.equal(await focused(page), 'error-summary');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');  // the summary's link to the email field
      assert.equal(await focused(page), 'agent-1-email');
      await page.keyboard.type('.com');
      await tabTo(page, 'continue');
      await page.keyboard.press('Enter');

      await page.getByRole('heading', { name: 'Check your order' }).waitFor();
      assert.equal(await focused(page), 'review-title');
      await tabTo(page, 'submit');
      assert.ok(await focusVisible(page), 'the button shows focus');
      await page.keyboard.press('Enter');
      await page.locator('#order-id').waitFor();
      assert.equal(await focused(page), 'done-title');
      const order = await storedOrder(site, (await page.textContent('#order-id')).trim());
      assert.deepEqual(order.agents, [{ name: 'Ada Beispiel', email: 'ada.beispiel@example.com',
        phone: '+493023125001', cancellationDate: '2027-02-15', billingEnd: '2027-02-28' }]);
    }, { context: { locale: 'en-US' } });
  });

test('a cancel order from a CSV file with the keyboard alone, in German', async (t) => {
  await withPage(t, site, async (page) => {
    await openForm(page, site);
    await tabTo(page, 'lang-de');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Agentenlizenzen bestellen oder kündigen' })
      .waitFor();
    assert.equal(await focused(page), 'lang-de');
    await tabTo(page, 'action-add');
    await page.keyboard.press('ArrowDown');  // the next radio of the group: "Cancel"
    assert.equal(await focused(page), 'action-cancel');
    assert.equal(await page.isChecked('#action-cancel'), true);
    await tabTo(page, 'licenseType-agent-id-bria');
    await page.keyboard.press('Space');
    await tabTo(page, 'method-manual');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.isChecked('#method-csv'), true);

    // Waited for before the focus moves: playwright turns the browser's
    // file chooser interception on without waiting for it, and a key
    // pressed right after could open the chooser before that (it timed
    // out once under load).
    const choosing = page.waitForEvent('filechooser');
    await tabTo(page, 'csv-file');
    const [chooser] = await Promise.all([choosing, page.keyboard.press('Space')]);
    await chooser.setFiles({ name: 'kuendigen.csv', mimeType: 'text/csv',
      buffer: Buffer.from('\uFEFFE-Mail\r\nada.beispiel@example.com\r\n' +
        'bjoern.muster@example.org\r\n', 'utf8') });
    await page.locator('#csv-counts').waitFor();
    assert.equal((await page.textContent('#count-accepted')).trim(), '2');
    await page.waitForFunction(() =>
      document.getElementById('status').textContent.startsWith('Datei geprüft.'));

    await tabTo(page, 'continue');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Prüfen Sie Ihre Bestellung' }).waitFor();
    await tabTo(page, 'submit');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Bestellung gesendet' }).waitFor();
    const order = await storedOrder(site, (await page.textContent('#order-id')).trim());
    assert.equal(order.action, 'cancel');
    assert.deepEqual(order.source.kind, 'csv');
    assert.deepEqual(order.agents.map((a) => a.email),
      ['ada.beispiel@example.com', 'bjoern.muster@example.org']);
    assert.deepEqual(order.agents.map((a) => a.billingEnd), ['2027-01-31', '2027-01-31']);
  });
});
