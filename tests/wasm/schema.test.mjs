// schema/order.schema.json on hand-written payloads (the engine's payloads are
// validated in payload.test.mjs).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';

import Ajv2020 from 'ajv/dist/2020.js';

import { repoRoot } from './engine.mjs';

const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'schema', 'order.schema.json')));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

const add = () => ({
  schema: 'licenseform.order/1',
  orderId: '6f1c2e4a-8b3d-4c5e-9f70-1a2b3c4d5e6f',
  action: 'add',
  licenseType: 'agent-id-bria',
  temporary: false,
  submittedOn: '2026-12-03',
  policy: { noticeDays: 30, endOfMonth: true },
  source: { kind: 'manual' },
  agents: [{ name: 'Ada Beispiel', email: 'ada.beispiel@example.com', phone: '+493023125001' }],
});

const cancel = () => ({
  ...add(),
  action: 'cancel',
  temporary: undefined,
  source: { kind: 'csv', fileName: 'cancel.csv', sha256: 'ab'.repeat(32) },
  agents: [{ email: 'ada.beispiel@example.com', billingEnd: '2027-01-31' }],
});

/** JSON round trip, so that undefined members disappear as they would on the wire. */
const wire = (value) => JSON.parse(JSON.stringify(value));

function refused(payload) {
  return validate(wire(payload)) === false;
}

describe('the order schema', () => {
  test('accepts an add order and a cancel order', () => {
    assert.equal(validate(wire(add())), true, JSON.stringify(validate.errors));
    assert.equal(validate(wire(cancel())), true, JSON.stringify(validate.errors));
  });

  test('accepts a temporary add order whose agents have dates and billing ends', () => {
    const p = { ...add(), temporary: true };
    p.agents[0] = { ...p.agents[0], cancellationDate: '2027-01-31', billingEnd: '2027-01-31' };
    assert.equal(validate(wire(p)), true, JSON.stringify(validate.errors));
    delete p.agents[0].cancellationDate;
    assert.ok(refused(p));
  });

  test('accepts agent-id agents without a phone, but not agent-id-bria ones', () => {
    const p = add();
    delete p.agents[0].phone;
    assert.ok(refused(p));
    assert.equal(validate(wire({ ...p, licenseType: 'agent-id' })), true);
  });

  const cases = {
    'another schema version': (p) => { p.schema = 'licenseform.order/2'; },
    'an orderId that is a path': (p) => { p.orderId = '../../etc/passwd'; },
    'an upper-case orderId': (p) => { p.orderId = p.orderId.toUpperCase(); },
    'an unknown action': (p) => { p.action = 'change'; },
    'an unknown license type': (p) => { p.licenseType = 'bria'; },
    'add without temporary': (p) => { delete p.temporary; },
    'a date not in YYYY-MM-DD': (p) => { p.submittedOn = '03.12.2026'; },
    'a month 13': (p) => { p.submittedOn = '2026-13-03'; },
    'negative notice days': (p) => { p.policy.noticeDays = -1; },
    'fractional notice days': (p) => { p.policy.noticeDays = 1.5; },
    'an unknown source kind': (p) => { p.source.kind = 'xlsx'; },
    'a short sha256': (p) => { p.source.sha256 = 'abc'; },
    'no agents': (p) => { p.agents = []; },
    'an agent without email': (p) => { delete p.agents[0].email; },
    'an agent without name': (p) => { delete p.agents[0].name; },
    'a national phone number': (p) => { p.agents[0].phone = '030 23125001'; },
    'a phone of 16 digits': (p) => { p.agents[0].phone = '+4930231250011234'; },
    'an unknown top-level field': (p) => { p.price = 0; },
    'an unknown agent field': (p) => { p.agents[0].notes = 'VIP'; },
    'an email with a space': (p) => { p.agents[0].email = 'ada beispiel@example.com'; },
  };
  for (const [name, alter] of Object.entries(cases)) {
    test(`refuses ${name}`, () => {
      const p = add();
      alter(p);
      assert.ok(refused(p));
    });
  }

  test('refuses a cancel order with temporary, a name or no billing end', () => {
    assert.ok(refused({ ...cancel(), temporary: false }));
    const named = cancel();
    named.agents[0].name = 'Ada Beispiel';
    assert.ok(refused(named));
    const unbilled = cancel();
    delete unbilled.agents[0].billingEnd;
    assert.ok(refused(unbilled));
  });
});
