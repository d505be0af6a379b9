// Every customer file of tests/data/corpus/csv behaves as its INDEX.md line
// says, through the command line AND through the wasm engine, which must
// give the same answer (they are the same core).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';

import { loadEngine, repoRoot } from '../../scripts/engine.mjs';

const CHECK = path.join(repoRoot, 'build', 'native', 'core', 'cli', 'licenseform-check');
const CORPUS = path.join(repoRoot, 'tests', 'data', 'corpus', 'csv');
const TODAY = '2026-12-03';

let engine;
before(async () => { engine = await loadEngine(); });

function cli(file, flow) {
  const run = spawnSync(CHECK, ['--json', '--today', TODAY, '--flow', flow,
    path.join(CORPUS, file)], { encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
  const result = JSON.parse(run.stdout);
  assert.equal(run.status, result.valid ? 0 : 1);
  return result;
}

function wasm(file, flow) {
  const bytes = new Uint8Array(fs.readFileSync(path.join(CORPUS, file)));
  return engine.checkCsv({ flow, licenseType: 'agent-id-bria', today: TODAY }, bytes);
}

/** Both routes, compared, then handed to the file's own expectations. */
function both(file, flow = 'add') {
  const a = cli(file, flow);
  const b = wasm(file, flow);
  assert.deepEqual(a.agents, b.agents, 'the same agents by both routes');
  assert.deepEqual(a.issues, b.issues, 'the same issues by both routes');
  assert.equal(a.valid, b.valid);
  return a;
}

const at = (r, line) => r.issues.filter((i) => i.line === line);
const codes = (issues) => issues.map((i) => i.code);
const noReplacementChar = (r) => assert.ok(!JSON.stringify(r).includes('\uFFFD'));

describe('the full corpus files, by the command line and the wasm engine', () => {
  test('05 UTF-16LE tab-separated Unicode text keeps every letter', () => {
    const r = both('05-utf16le-tab-unicode-text.csv');
    assert.equal(r.valid, true);
    assert.deepEqual(r.agents.map((a) => a.name),
      ['Jürgen Testmann', 'Çağla Örnek', 'Zoë Sample']);
    noReplacementChar(r);
  });

  test('06 Windows-1252 is decoded with one file-level warning', () => {
    const r = both('06-cp1252-accents.csv');
    assert.deepEqual(r.agents.map((a) => a.name),
      ['Chloé Exemple', 'Jürgen Testmann', 'François Essai', 'Renée Müller-Probe']);
    const warnings = r.issues.filter((i) => i.code === 'csv.encoding.windows1252');
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0].line, null);
    noReplacementChar(r);
  });

  test('21 scientific notation is refused on lines 2 to 4 and never expanded', () => {
    const r = both('21-phone-scientific-notation.csv');
    for (const line of [2, 3, 4]) {
      assert.deepEqual(codes(at(r, line)), ['phone.scientific_notation'], `line ${line}`);
      assert.equal(at(r, line)[0].column, 'phone');
    }
    assert.deepEqual(r.agents.map((a) => [a.line, a.phone]), [[5, '+493023125004']]);
    assert.ok(!JSON.stringify(r).includes('493023000000'));
  });

  test('24 one date in eight locale renderings is 2027-01-31 every time', () => {
    const r = both('24-dates-locale-formats.csv');
    assert.equal(r.valid, true);
    assert.deepEqual(r.agents.map((a) => a.line), [2, 3, 4, 5, 6, 7, 8, 9]);
    for (const a of r.agents) assert.equal(a.cancellationDate, '2027-01-31', `line ${a.line}`);
  });

  test('27 Excel serial numbers convert with a warning; a past one names the 1904 system', () => {
    const r = both('27-dates-excel-serial.csv');
    assert.deepEqual(r.agents.map((a) => [a.line, a.cancellationDate]),
      [[2, '2027-01-31'], [3, '2027-06-30'], [4, '2027-01-31']]);
    for (const line of [2, 3, 4]) assert.ok(codes(at(r, line)).includes('date.excel_serial'));
    const past = at(r, 5).filter((i) => i.severity === 'error');
    assert.deepEqual(codes(past), ['date.past_excel_1904']);
    assert.match(past[0].message, /31 January 2027/);
  });

  test('29 each malformed address gets its own reason', () => {
    const r = both('29-email-malformed-dots.csv');
    assert.deepEqual([2, 3, 4, 5, 6, 7].map((line) => codes(at(r, line))), [
      ['email.domain_trailing_dot'], ['email.local_trailing_dot'], ['email.local_double_dot'],
      ['email.domain_empty_label'], ['email.no_tld'], ['email.comma_in_domain']]);
    assert.equal(at(r, 2)[0].params.suggestion, 'ada.beispiel@example.com');
  });

  test('32 names that start like a formula are refused; the phone + is not', () => {
    const r = both('32-formula-injection.csv');
    for (const line of [2, 3, 4, 5, 6]) {
      assert.deepEqual(codes(at(r, line)), ['name.formula_start'], `line ${line}`);
      assert.equal(at(r, line)[0].column, 'name');
    }
    assert.deepEqual(r.agents.map((a) => a.line), [7]);
  });

  test('34 an Excel workbook renamed to .csv is refused before reading', () => {
    const r = both('34-xlsx-renamed.csv');
    assert.deepEqual(codes(r.issues), ['csv.not_csv.xlsx']);
    assert.match(r.issues[0].message, /CSV UTF-8/);
  });
});

describe('the basic corpus files agree by both routes', () => {
  for (const file of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.csv'))) {
    test(file, () => { both(file, file.startsWith('37-') ? 'cancel' : 'add'); });
  }
});
