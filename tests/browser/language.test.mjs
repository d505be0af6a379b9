// English and German: the switch "English / Deutsch", a whole German order
// (the page's words, the engine's messages and reasons, dates in German, the
// German template and an upload of it), the page's lang attribute, the
// choice kept over a reload, and setLanguage for hosts.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { choose, openForm, openSite, storedOrder, withPage } from './helpers.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

async function toGerman(page) {
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await page.getByRole('heading', { name: 'Agentenlizenzen bestellen oder kündigen' }).waitFor();
}

async function readDownload(download) {
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return Buffer.concat(chunks);
}

test('a German add order typed by hand: German words, messages, dates, and the server gets it',
  async (t) => {
    await withPage(t, site, async (page) => {
      await openForm(page, site);
      await toGerman(page);
      assert.equal(await page.getAttribute('html', 'lang'), 'de');
      assert.equal(await page.title(), 'Agentenlizenzen bestellen oder kündigen');
      assert.equal(await page.getAttribute('#lang-de', 'aria-current'), 'true');
      await choose(page, 'Lizenzen hinzufügen');
      await choose(page, 'Lizenz (Agent-ID) & Bria Enterprise');
      assert.match(await page.textContent('#licenseType-hint'), /keine CRM- oder Helpdesk/);
      await choose(page, 'Ja');
      await choose(page, 'Eintippen (bis zu 10)');
      assert.match(await page.textContent('#agent-1-phone-hint'),
        /Telefongerät wie Bria.*babelConnect-Browser-Client nutzt sie nicht/);

      await page.fill('#agent-1-email', 'ada.beispiel@example');
      await page.getByRole('button', { name: 'Weiter', exact: true }).click();
      const $summary = page.locator('#error-summary');
      await $summary.waitFor();
      assert.match(await $summary.textContent(), /Es gibt ein Problem/);
      assert.match(await $summary.textContent(), /Geben Sie den Namen des Agenten ein/);
      const nameError = (await page.textContent('#agent-1-name-error')).trim();
      assert.equal(nameError, 'Fehler: Geben Sie den Namen des Agenten ein');
      assert.equal(await page.textContent('#agent-1-name-error .visually-hidden'), 'Fehler: ');

      await page.fill('#agent-1-name', 'Ada Beispiel');
      await page.fill('#agent-1-cancellationDate', '2026-12-20');
      await page.fill('#agent-1-phone', '030 23125001');
      await page.fill('#agent-1-email', 'ada.beispiel@example.com');
      await page.locator('#agent-1-email').blur();
      const $end = page.locator('#agent-1-billing time');
      await $end.waitFor();
      assert.equal((await $end.textContent()).trim(), '31. Januar 2027');
      assert.match(await page.textContent('#agent-1-billing'), /Monatsende, 31\. Januar 2027/);
      assert.match(await page.textContent('#agent-1-cancellationDate-notes'),
        /Hinweis:|Warnung:/);

      await page.getByRole('button', { name: 'Weiter', exact: true }).click();
      await page.getByRole('heading', { name: 'Prüfen Sie Ihre Bestellung' }).waitFor();
      assert.equal((await page.textContent('[data-review="reviewSubmittedOn"]')).trim(),
        '3. Dezember 2026');
      assert.match(await page.textContent('#review-agents'), /20\. Dezember 2026/);
      await page.getByRole('link', { name: 'Lizenzart ändern' }).waitFor();

      await page.getByRole('button', { name: 'Bestellung absenden' }).click();
      await page.getByRole('heading', { name: 'Bestellung gesendet' }).waitFor();
      const orderId = (await page.textContent('#order-id')).trim();
      const order = await storedOrder(site, orderId);
      assert.equal(order.agents[0].name, 'Ada Beispiel');
      assert.equal(order.agents[0].phone, '+493023125001');
      assert.equal(order.agents[0].billingEnd, '2027-01-31');
    });
  });

test('the German template has German headers, and an upload of it is accepted', async (t) => {
  await withPage(t, site, async (page) => {
    await openForm(page, site);
    await toGerman(page);
    await choose(page, 'Lizenzen hinzufügen');
    await choose(page, 'Nur Agent-ID');
    await choose(page, 'Ja');
    await choose(page, 'Eine CSV-Datei hochladen (beliebig viele; über 10 nur so)');
    const [download] = await Promise.all([page.waitForEvent('download'),
      page.getByRole('link', { name: 'Vorlage zum Hinzufügen von Agenten herunterladen (CSV)' })
        .click()]);
    assert.match(download.suggestedFilename(), /-de\.csv$/);
    const template = (await readDownload(download)).toString('utf8');
    assert.equal(template, '\uFEFFName,Kündigungsdatum,Angezeigte Rufnummer,E-Mail\r\n');

    const file = `${template}Ada Beispiel,31.01.2027,,ada.beispiel@example.com\r\n`;
    await page.setInputFiles('#csv-file', { name: 'agenten.csv', mimeType: 'text/csv',
      buffer: Buffer.from(file, 'utf8') });
    await page.locator('#csv-counts').waitFor();
    assert.equal((await page.textContent('#count-accepted')).trim(), '1');
    assert.match(await page.textContent('#csv-agents'), /31\. Januar 2027/);
    assert.match(await page.textContent('#csv-result'), /Angenommene Agenten/);
  });
});

test('a page whose lang attribute is German starts in German', async (t) => {
  await withPage(t, site, async (page) => {
    await page.route(/\/\?today=/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('<html lang="en">', '<html lang="de-AT">');
      await route.fulfill({ response, body: html });
    });
    await openForm(page, site);
    assert.equal(await page.textContent('#form-title'), 'Agentenlizenzen bestellen oder kündigen');
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
  });
});

test('the language chosen stays over a reload, and switching keeps every entry', async (t) => {
  await withPage(t, site, async (page) => {
    await openForm(page, site);
    await choose(page, 'Cancel licenses');
    await choose(page, 'Only Agent ID');
    await choose(page, 'Type them in (up to 10)');
    await page.fill('#cancel-1-email', 'ada.beispiel@example');
    await page.locator('#cancel-1-email').blur();
    await page.locator('#cancel-1-email-error').waitFor();
    await toGerman(page);
    // The switch's button keeps focus, the entry and its message are there, in German.
    assert.equal(await page.evaluate(() => document.activeElement.id), 'lang-de');
    assert.equal(await page.inputValue('#cancel-1-email'), 'ada.beispiel@example');
    assert.match(await page.textContent('#cancel-1-email-error'), /^Fehler: .*E-Mail-Adresse/);
    assert.match(await page.textContent('#cancel-reminder'), /Manager-App/);

    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    assert.equal(await page.textContent('#form-title'), 'Agentenlizenzen bestellen oder kündigen');
    assert.equal(await page.inputValue('#cancel-1-email'), 'ada.beispiel@example');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Order or cancel agent licenses' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
  });
});

test('a host can set the language with setLanguage from app.js', async (t) => {
  await withPage(t, site, async (page) => {
    await openForm(page, site);
    await page.evaluate(async () => {
      const { setLanguage } = await import('/app.js');
      await setLanguage('de');
    });
    await page.getByRole('heading', { name: 'Agentenlizenzen bestellen oder kündigen' }).waitFor();
    const current = await page.evaluate(async () => (await import('/app.js')).currentLanguage());
    assert.equal(current, 'de');
  });
});

test('switching on "Check your order" and after sending redraws them in the other language',
  async (t) => {
    await withPage(t, site, async (page) => {
      await openForm(page, site);
      await choose(page, 'Cancel licenses');
      await choose(page, 'Only Agent ID');
      await choose(page, 'Type them in (up to 10)');
      await page.fill('#cancel-1-email', 'ada.beispiel@example.com');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Check your order' }).waitFor();
      assert.match(await page.textContent('#review-agents'), /31 January 2027/);

      await page.getByRole('button', { name: 'Deutsch' }).click();
      await page.getByRole('heading', { name: 'Prüfen Sie Ihre Bestellung' }).waitFor();
      const agents = await page.textContent('#review-agents');
      assert.match(agents, /31\. Januar 2027/);
      assert.match(agents, /Kündigungsfrist/);
      assert.equal((await page.textContent('[data-review="reviewAction"]')).trim(),
        'Lizenzen kündigen');

      await page.getByRole('button', { name: 'Bestellung absenden' }).click();
      await page.getByRole('heading', { name: 'Bestellung gesendet' }).waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Order sent' }).waitFor();
      await page.getByRole('button', { name: 'Start a new order' }).waitFor();
    });
  });
