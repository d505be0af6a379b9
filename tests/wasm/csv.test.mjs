// The `basic` files of tests/data/corpus/csv (see its INDEX.md), checked
// through engine.checkCsv with the corpus's notice date.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { loadEngine } from './engine.mjs';
import { CORPUS_TODAY, csvBytes, errorsOf, where } from './vectors.mjs';

let engine;
before(async () => { engine = await loadEngine(); });

const ADD = { flow: 'add', licenseType: 'agent-id-bria', today: CORPUS_TODAY };
const CANCEL = { flow: 'cancel', licenseType: 'agent-id-bria', today: CORPUS_TODAY };

function check(file, options = ADD) {
  return engine.checkCsv(options, csvBytes(file));
}

/** The accepted agents as [line, row, name, email, phone, cancellationDate, billingEnd]. */
function addAgents(result) {
  return result.agents.map((a) =>
    [a.line, a.row, a.name, a.email, a.phone, a.cancellationDate, a.billingEnd]);
}

function assertNoErrors(result) {
  assert.deepEqual(errorsOf(result.issues), [], JSON.stringify(result.issues, null, 1));
  assert.equal(result.valid, true);
}

describe('basic CSV files', () => {
  test('01 UTF-8 BOM: the BOM is dropped before the header is matched', () => {
    const result = check('01-utf8-bom.csv');
    assertNoErrors(result);
    assert.deepEqual(addAgents(result), [
      [2, 2, 'Ada Beispiel', 'ada.beispiel@example.com', '+493023125001', null, null],
      [3, 3, 'Bruno Muster', 'bruno.muster@example.org', '+493023125002', '2027-01-31',
        '2027-01-31'],
      [4, 4, 'Chloé Exemple', 'chloe.exemple@example.net', '+442079460001', null, null],
    ]);
    assert.deepEqual(result.sheet.columns, ['name', 'cancellationDate', 'phone', 'email']);
    assert.equal(result.sheet.delimiter, ',');
    assert.deepEqual(result.counts, { rows: 3, accepted: 3, refused: 0, skipped: 0 });
  });

  test('03 semicolon: names with commas stay whole, 31.01.2027 is read', () => {
    const result = check('03-semicolon-de-excel.csv');
    assertNoErrors(result);
    assert.equal(result.sheet.delimiter, ';');
    assert.deepEqual(addAgents(result).map((a) => [a[2], a[5]]), [
      ['Beispiel, Ada', null], ['Muster, Bruno', '2027-01-31'], ['Probe, Carla', null],
    ]);
  });

  test('09 CRLF: no carriage return is left on the emails', () => {
    const result = check('09-crlf-line-endings.csv');
    assertNoErrors(result);
    assert.deepEqual(result.agents.map((a) => a.email), [
      'ada.beispiel@example.com', 'bruno.muster@example.org', 'carla.probe@example.net',
    ]);
    assert.equal(result.counts.rows, 3);
  });

  test('11 quoting: commas, doubled quotes and a line break inside quotes', () => {
    const result = check('11-quoted-newline-comma-doublequote.csv');
    assertNoErrors(result);
    assert.deepEqual(result.agents.map((a) => [a.line, a.row, a.name]), [
      [2, 2, 'Beispiel, Ada'], [3, 3, 'Bruno "Bru" Muster'], [4, 4, 'Carla Probe'],
      [6, 5, 'Dora Test'],
    ]);
    const warnings = result.issues.filter((i) => i.severity === 'warning');
    assert.deepEqual(warnings.map((w) => [w.line, w.row, w.column]), [[4, 4, 'name']]);
  });

  test('12 unclosed quote: one error at the line where the quote opened', () => {
    const result = check('12-unclosed-quote.csv');
    assert.equal(result.valid, false);
    const errors = errorsOf(result.issues);
    assert.deepEqual(errors.map((e) => [e.line, e.column]), [[3, 'name']]);
  });

  test('14 empty rows are skipped and counted, never reported as missing', () => {
    const result = check('14-empty-and-delimiter-only-rows.csv');
    assertNoErrors(result);
    assert.deepEqual(result.agents.map((a) => a.line), [2, 5]);
    assert.equal(result.counts.skipped, 6);
    assert.equal(result.counts.rows, 2);
    assert.deepEqual(result.issues.filter((i) => i.severity === 'warning'), []);
  });

  test('17 header variants map by name; the Notes column is ignored with a warning', () => {
    const result = check('17-header-variants-extra-column.csv');
    assertNoErrors(result);
    assert.deepEqual(result.sheet.columns, ['email', 'name', 'phone', 'cancellationDate']);
    assert.deepEqual(addAgents(result), [
      [2, 2, 'Ada Beispiel', 'ada.beispiel@example.com', '+493023125001', null, null],
      [3, 3, 'Bruno Muster', 'bruno.muster@example.org', '+493023125002', '2027-01-31',
        '2027-01-31'],
    ]);
    const warnings = result.issues.filter((i) => i.severity === 'warning');
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0].column, null);
  });

  test('18 duplicate header: one file-level error, no agents', () => {
    const result = check('18-duplicate-header.csv');
    assert.equal(result.valid, false);
    assert.equal(result.agents.length, 0);
    assert.equal(errorsOf(result.issues).length, 1);
  });

  test('19 missing required column: one error, not one per row', () => {
    const result = check('19-missing-required-column.csv');
    assert.equal(result.valid, false);
    assert.equal(result.agents.length, 0);
    const errors = errorsOf(result.issues);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].row, null);
  });

  test('28 duplicate emails, also ignoring case, name the first row', () => {
    const result = check('28-email-case-duplicates.csv');
    assert.equal(result.valid, false);
    const errors = errorsOf(result.issues);
    assert.deepEqual(errors.map((e) => [e.line, e.row, e.column]),
      [[3, 3, 'email'], [5, 5, 'email']]);
    assert.equal(result.agents[0].email, 'Ada.Beispiel@example.com');
  });

  test('35 empty file: an error, and no success', () => {
    const result = check('35-empty.csv');
    assert.equal(result.valid, false);
    assert.equal(errorsOf(result.issues).length, 1);
    assert.equal(result.agents.length, 0);
  });

  test('36 header only: an error, no empty order', () => {
    const result = check('36-header-only.csv');
    assert.equal(result.valid, false);
    assert.equal(errorsOf(result.issues).length, 1);
    assert.equal(result.counts.rows, 0);
  });

  test('37 cancel file of one column: three emails, each billed to 2027-01-31', () => {
    const result = check('37-cancel-single-column.csv', CANCEL);
    assertNoErrors(result);
    assert.deepEqual(result.agents.map((a) => [a.line, a.email, a.billingEnd]), [
      [2, 'ada.beispiel@example.com', '2027-01-31'],
      [3, 'bruno.muster@example.org', '2027-01-31'],
      [4, 'carla.probe@example.net', '2027-01-31'],
    ]);
    assert.equal(result.agents[0].name, undefined);
  });
});
