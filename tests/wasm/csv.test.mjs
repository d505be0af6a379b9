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
    assert.deepEqual(result.issues, []);
    assert.deepEqual(result.sheet,
      { columns: ['name', 'cancellationDate', 'phone', 'email'], delimiter: ',',
        encoding: 'utf-8-bom' });
    assert.deepEqual(result.counts, { rows: 3, accepted: 3, refused: 0, skipped: 0 });
  });

  test('03 semicolon: names with commas stay whole, 31.01.2027 is read', () => {
    const result = check('03-semicolon-de-excel.csv');
    assertNoErrors(result);
    assert.deepEqual(result.issues, []);
    assert.equal(result.sheet.delimiter, ';');
    assert.equal(result.sheet.encoding, 'utf-8');
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
    assert.deepEqual(result.issues, []);
    assert.deepEqual(result.counts, { rows: 3, accepted: 3, refused: 0, skipped: 0 });
  });

  test('11 quoting: commas, doubled quotes and a line break inside quotes', () => {
    const result = check('11-quoted-newline-comma-doublequote.csv');
    assertNoErrors(result);
    assert.deepEqual(result.agents.map((a) => [a.line, a.row, a.name]), [
      [2, 2, 'Beispiel, Ada'], [3, 3, 'Bruno "Bru" Muster'], [4, 4, 'Carla Probe'],
      [6, 5, 'Dora Test'],
    ]);
    assert.deepEqual(where(result.issues), [
      { severity: 'warning', code: 'name.line_break', line: 4, row: 4, column: 'name' },
    ]);
    assert.deepEqual(result.issues[0].params, { value: 'Carla Probe' });
  });

  test('12 unclosed quote: one error at the line where the quote opened', () => {
    const result = check('12-unclosed-quote.csv');
    assert.equal(result.valid, false);
    assert.deepEqual(where(result.issues), [
      { severity: 'error', code: 'csv.unclosed_quote', line: 3, row: 3, column: 'name' },
    ]);
    assert.deepEqual(result.issues[0].params, { first: '3', last: '5' });
    assert.deepEqual(result.agents, [], 'INDEX.md: do not import only line 2');
  });

  test('14 empty rows are skipped and counted, never reported as missing', () => {
    const result = check('14-empty-and-delimiter-only-rows.csv');
    assertNoErrors(result);
    assert.deepEqual(result.agents.map((a) => a.line), [2, 5]);
    assert.deepEqual(result.counts, { rows: 2, accepted: 2, refused: 0, skipped: 6 });
    assert.deepEqual(result.issues, []);
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
    assert.deepEqual(where(result.issues), [
      { severity: 'warning', code: 'csv.header.unknown_column', line: 1, row: 1, column: null },
    ]);
    assert.deepEqual(result.issues[0].params, { header: 'Notes', position: '5' });
  });

  test('18 duplicate header: one file-level error, no agents', () => {
    const result = check('18-duplicate-header.csv');
    assert.equal(result.valid, false);
    assert.equal(result.agents.length, 0);
    assert.deepEqual(where(result.issues), [
      { severity: 'error', code: 'csv.header.duplicate', line: 1, row: 1, column: null },
    ]);
    assert.deepEqual(result.issues[0].params,
      { column: 'Email', header: 'Email', first: '4', second: '5' });
  });

  test('19 missing required column: one error, not one per row', () => {
    const result = check('19-missing-required-column.csv');
    assert.equal(result.valid, false);
    assert.equal(result.agents.length, 0);
    assert.deepEqual(where(result.issues), [
      { severity: 'error', code: 'csv.header.missing_column', line: null, row: null,
        column: null },
    ]);
    assert.equal(result.issues[0].params.found, 'Name, Cancellation Date, Email');
    assert.match(result.issues[0].message, /Display Phone Number/);
  });

  test('28 duplicate emails, also ignoring case, name the first row', () => {
    const result = check('28-email-case-duplicates.csv');
    assert.equal(result.valid, false);
    assert.deepEqual(where(result.issues), [
      { severity: 'error', code: 'order.duplicate_email_case', line: 3, row: 3, column: 'email' },
      { severity: 'error', code: 'order.duplicate_email', line: 5, row: 5, column: 'email' },
    ]);
    assert.deepEqual(result.issues.map((i) => i.params), [
      { firstLine: '2', firstRow: '2' }, { firstLine: '4', firstRow: '4' },
    ]);
    assert.deepEqual(result.counts, { rows: 4, accepted: 2, refused: 2, skipped: 0 });
    // The local part keeps its case (RFC 5321 2.4); the domain is lower-cased.
    assert.equal(result.agents[0].email, 'Ada.Beispiel@example.com');
  });

  test('35 empty file: an error, and no success', () => {
    const result = check('35-empty.csv');
    assert.equal(result.valid, false);
    assert.deepEqual(where(result.issues), [
      { severity: 'error', code: 'csv.empty', line: null, row: null, column: null },
    ]);
    assert.equal(result.agents.length, 0);
  });

  test('36 header only: an error, no empty order', () => {
    const result = check('36-header-only.csv');
    assert.equal(result.valid, false);
    assert.deepEqual(where(result.issues), [
      { severity: 'error', code: 'csv.no_rows', line: null, row: null, column: null },
    ]);
    assert.deepEqual(result.counts, { rows: 0, accepted: 0, refused: 0, skipped: 0 });
  });

  test('37 cancel file of one column: three emails, each billed to 2027-01-31', () => {
    const result = check('37-cancel-single-column.csv', CANCEL);
    assertNoErrors(result);
    assert.deepEqual(result.agents.map((a) => [a.line, a.email, a.billingEnd]), [
      [2, 'ada.beispiel@example.com', '2027-01-31'],
      [3, 'bruno.muster@example.org', '2027-01-31'],
      [4, 'carla.probe@example.net', '2027-01-31'],
    ]);
    assert.deepEqual(result.issues, []);
    assert.deepEqual(result.sheet, { columns: ['email'], delimiter: ',', encoding: 'utf-8-bom' });
    assert.equal(result.agents[0].name, undefined);
  });
});
