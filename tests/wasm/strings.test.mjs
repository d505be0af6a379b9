// The page's own words (web/js/strings.js): every key has an English and a
// German text, the placeholders match, and language tags map to a table.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { languageOf, tables, t, setLang } from '../../web/js/strings.js';

const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('every English key has a German text and every German key an English one', () => {
  const en = Object.keys(tables.en).sort();
  const de = Object.keys(tables.de).sort();
  assert.deepEqual(en.filter((key) => !de.includes(key)), []);
  assert.deepEqual(de.filter((key) => !en.includes(key)), []);
});

test('no text is empty and the German one has the same placeholders', () => {
  for (const [key, text] of Object.entries(tables.en)) {
    assert.ok(text.trim(), `en.${key} is empty`);
    assert.ok(tables.de[key].trim(), `de.${key} is empty`);
    assert.deepEqual(placeholders(tables.de[key]), placeholders(text), key);
  }
});

test('the German error prefix is "Fehler:" and dates in hints are written the German way',
  () => {
    assert.equal(tables.de.errorPrefix, 'Fehler:');
    assert.match(tables.de.fieldDateHint, /31\. Januar 2027/);
  });

test('language tags choose a table by their primary language', () => {
  assert.equal(languageOf('de'), 'de');
  assert.equal(languageOf('de-AT'), 'de');
  assert.equal(languageOf('EN-gb'), 'en');
  assert.equal(languageOf('fr'), null);
  assert.equal(languageOf(''), null);
  assert.equal(languageOf(null), null);
});

test('t fills placeholders in the chosen language and falls back to English', () => {
  setLang('de');
  assert.equal(t('agentLegend', { n: 2 }), 'Agent 2');
  assert.equal(t('removeEmail', { n: 1 }), 'E-Mail-Adresse 1 entfernen');
  setLang('xx');
  assert.equal(t('removeEmail', { n: 1 }), 'Remove email address 1');
});
