// A file from German Excel on Windows: semicolons and Windows-1252 bytes.
// The page must show the names with their accents and the encoding warning.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { loadEngine } from '../../scripts/engine.mjs';
import { TODAY, choose, openForm, openSite, withPage } from './helpers.mjs';

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

const NAMES = ['Jürgen Testmann', 'Chloé Exemple', 'François Essai', 'Renée Müller-Probe'];

/** The file as German Excel writes "CSV (Trennzeichen-getrennt)": cp1252, ';', CRLF. */
function germanExcelFile() {
  const lines = ['Name;Kündigungsdatum;Telefonnummer;E-Mail',
    ...NAMES.map((name, i) => `${name};;030 2312500${i + 1};agent${i + 1}@example.com`)];
  // latin1: these letters have the same bytes in Windows-1252.
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
}

test('a Windows-1252 semicolon file shows its accents right and the encoding warning',
  async (t) => {
    const bytes = germanExcelFile();
    assert.ok(bytes.includes(0xFC), 'the file holds the cp1252 byte for ü');
    const engine = await loadEngine();
    const expected = engine.checkCsv({ flow: 'add', licenseType: 'agent-id-bria',
      today: TODAY }, new Uint8Array(bytes));
    const warning = expected.issues.find((i) => i.code === 'csv.encoding.windows1252');
    assert.ok(warning, 'the engine warns about the encoding');

    await withPage(t, site, async (page) => {
      await openForm(page, site);
      await choose(page, 'Add licenses');
      await choose(page, 'License (Agent ID) & Bria Enterprise');
      await choose(page, 'No');
      await choose(page, 'Upload a CSV file (any number; the only way above 10)');
      await page.setInputFiles('#csv-file', { name: 'agents.csv', mimeType: 'text/csv',
        buffer: bytes });
      await page.locator('#csv-counts').waitFor();

      assert.equal((await page.textContent('#count-accepted')).trim(), '4');
      const shown = await page.locator('#csv-agents tbody').textContent();
      for (const name of NAMES) assert.ok(shown.includes(name), `${name} is shown`);
      assert.ok(!shown.includes('\uFFFD'), 'no replacement character');
      const result = await page.locator('#csv-result').textContent();
      assert.ok(result.includes(warning.message), 'the encoding warning is shown');
    });
  });
