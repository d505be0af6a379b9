// The template files the page offers for download.

import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { CORPUS_TODAY } from './vectors.mjs';
import { loadEngine } from './engine.mjs';

let engine;
before(async () => { engine = await loadEngine(); });

const BOM = '\uFEFF';

test('the add template is the BOM and the header row, CRLF', () => {
  const t = engine.templateFile('add', 'en');
  assert.equal(t.text, `${BOM}Name,Cancellation Date,Display Phone Number,Email\r\n`);
  assert.match(t.fileName, /\.csv$/);
});

test('the cancel template is the BOM and Email, CRLF', () => {
  const t = engine.templateFile('cancel', 'en');
  assert.equal(t.text, `${BOM}Email\r\n`);
  assert.match(t.fileName, /\.csv$/);
  assert.notEqual(t.fileName, engine.templateFile('add', 'en').fileName);
});

test('the German add template has its own headers and file name', () => {
  const de = engine.templateFile('add', 'de');
  const en = engine.templateFile('add', 'en');
  assert.ok(de.text.startsWith(BOM));
  assert.notEqual(de.text, en.text);
  assert.notEqual(de.fileName, en.fileName);
});

for (const [flow, lang] of [['add', 'en'], ['add', 'de'], ['cancel', 'en'], ['cancel', 'de']]) {
  test(`the ${flow} template (${lang}) read back is a header without rows`, () => {
    const bytes = new TextEncoder().encode(engine.templateFile(flow, lang).text);
    const result = engine.checkCsv({ flow, licenseType: 'agent-id-bria', today: CORPUS_TODAY },
      bytes);
    assert.equal(result.valid, false);
    assert.equal(result.agents.length, 0);
    assert.deepEqual(result.issues.map((i) => i.code), ['csv.no_rows']);
    assert.equal(result.counts.rows, 0);
  });
}
