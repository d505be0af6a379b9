// buildPayload against schema/order.schema.json, and checkPayload on built
// and altered payloads.

import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';

import Ajv2020 from 'ajv/dist/2020.js';

import { loadEngine, repoRoot } from './engine.mjs';
import { CORPUS_TODAY, csvBytes, errorsOf } from './vectors.mjs';

const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'schema', 'order.schema.json')));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

let engine;
before(async () => { engine = await loadEngine(); });

const addOptions = { flow: 'add', licenseType: 'agent-id-bria', today: CORPUS_TODAY };
const rows = [
  { name: 'Ada Beispiel', cancellationDate: '', phone: '+49 30 23125001',
    email: 'ada.beispiel@example.com' },
  { name: 'Bruno Muster', cancellationDate: '', phone: '030 23125002',
    email: 'bruno.muster@example.org' },
];

/** A payload of typed rows, built by the engine. */
function manualPayload(options = addOptions, typed = rows) {
  const checked = engine.checkManual(options, typed);
  assert.equal(checked.valid, true, JSON.stringify(checked.issues));
  return engine.buildPayload(options, checked.agents, { kind: 'manual' }, crypto.randomUUID());
}

function assertSchemaValid(payload) {
  assert.equal(validate(payload), true, JSON.stringify(validate.errors, null, 1));
}

function assertRefused(payload) {
  const result = engine.checkPayload(payload);
  assert.equal(result.valid, false);
  const errors = errorsOf(result.issues);
  assert.ok(errors.length > 0);
  return errors;
}

describe('buildPayload', () => {
  test('an add order of typed rows matches the schema', () => {
    const payload = manualPayload();
    assertSchemaValid(payload);
    assert.equal(payload.schema, 'licenseform.order/1');
    assert.equal(payload.action, 'add');
    assert.equal(payload.licenseType, 'agent-id-bria');
    assert.equal(payload.temporary, false);
    assert.equal(payload.submittedOn, CORPUS_TODAY);
    assert.deepEqual(payload.policy, { noticeDays: 30, endOfMonth: true });
    assert.deepEqual(payload.source, { kind: 'manual' });
    assert.deepEqual(payload.agents.map((a) => [a.name, a.email, a.phone]), [
      ['Ada Beispiel', 'ada.beispiel@example.com', '+493023125001'],
      ['Bruno Muster', 'bruno.muster@example.org', '+493023125002'],
    ]);
  });

  test('a temporary add order carries each date and its billing end', () => {
    const options = { ...addOptions, temporary: true };
    const typed = rows.map((r, i) => ({ ...r, cancellationDate: ['2027-01-31', '31.03.2027'][i] }));
    const payload = manualPayload(options, typed);
    assertSchemaValid(payload);
    assert.equal(payload.temporary, true);
    assert.deepEqual(payload.agents.map((a) => [a.cancellationDate, a.billingEnd]), [
      ['2027-01-31', '2027-01-31'],
      ['2027-03-31', '2027-03-31'],
    ]);
  });

  test('a cancel order from a CSV file names the file and its digest', () => {
    const options = { flow: 'cancel', licenseType: 'agent-id', today: CORPUS_TODAY };
    const bytes = csvBytes('37-cancel-single-column.csv');
    const checked = engine.checkCsv(options, bytes);
    assert.equal(checked.valid, true, JSON.stringify(checked.issues));
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const source = { kind: 'csv', fileName: '37-cancel-single-column.csv', sha256 };
    const payload = engine.buildPayload(options, checked.agents, source, crypto.randomUUID());
    assertSchemaValid(payload);
    assert.equal(payload.action, 'cancel');
    assert.deepEqual(payload.source, source);
    assert.deepEqual(payload.agents.map((a) => a.billingEnd), Array(3).fill('2027-01-31'));
    assert.equal(engine.checkPayload(payload).valid, true);
  });
});

describe('checkPayload', () => {
  test('accepts a payload the engine built', () => {
    const result = engine.checkPayload(manualPayload());
    assert.deepEqual(result, { valid: true, issues: [] });
  });

  test('refuses a payload whose email was altered', () => {
    const payload = manualPayload();
    payload.agents[1].email = 'bruno.muster@example..org';
    const errors = assertRefused(payload);
    assert.ok(errors.some((e) => e.column === 'email'), JSON.stringify(errors));
  });

  test('refuses a payload whose billing end was altered', () => {
    const options = { ...addOptions, temporary: true };
    const typed = rows.map((r) => ({ ...r, cancellationDate: '2027-01-31' }));
    const payload = manualPayload(options, typed);
    payload.agents[0].billingEnd = '2026-12-31';
    const errors = assertRefused(payload);
    assert.ok(errors.some((e) => e.code === 'payload.billing_end_wrong'), JSON.stringify(errors));
  });

  test('refuses a payload without licenseType, as the schema does', () => {
    const payload = manualPayload();
    delete payload.licenseType;
    assert.equal(validate(payload), false);
    const errors = assertRefused(payload);
    assert.ok(errors.some((e) => e.code === 'payload.field_missing'), JSON.stringify(errors));
  });

  test('refuses a payload with a field the schema does not know', () => {
    const payload = { ...manualPayload(), price: 0 };
    assert.equal(validate(payload), false);
    const errors = assertRefused(payload);
    assert.ok(errors.some((e) => e.code === 'payload.field_unknown'), JSON.stringify(errors));
  });

  test('refuses a payload without agents', () => {
    const payload = { ...manualPayload(), agents: [] };
    assert.equal(validate(payload), false);
    assertRefused(payload);
  });

  test('refuses a payload that is not an object', () => {
    for (const value of [null, 42, 'order', []]) assertRefused(value);
  });
});
