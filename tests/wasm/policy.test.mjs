// The cancellation policy table of tests/data/policy_cases.json (also read by
// the C++ tests), through engine.billingEnd.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { loadEngine } from './engine.mjs';
import { readJson } from './vectors.mjs';

let engine;
before(async () => { engine = await loadEngine(); });

const options = (today) => ({ flow: 'add', licenseType: 'agent-id', today });

describe('policy_cases.json (30 days, to the end of the month)', () => {
  for (const c of readJson('policy_cases.json')) {
    const label = `notice ${c.notice}${c.requested ? `, requested ${c.requested}` : ''}`;
    test(`${label} bills until ${c.billingEnd}`, () => {
      const request = c.requested ? { cancellationDate: c.requested } : {};
      const result = engine.billingEnd(options(c.notice), request);
      assert.deepEqual(result.issues, []);
      assert.equal(result.billingEnd, c.billingEnd);
      assert.equal(result.earliest, c.earliest);
      assert.equal(result.requestedBeforeEarliest, c.requestedBeforeEarliest);
      assert.equal(typeof result.reason, 'string');
      assert.ok(result.reason.length > 0);
    });
  }
});

describe('billingEnd', () => {
  test('refuses a requested date before the notice date', () => {
    const result = engine.billingEnd(options('2026-12-03'), { cancellationDate: '2026-12-02' });
    assert.equal(result.billingEnd, null);
    assert.equal(result.issues.length, 1);
    assert.equal(result.issues[0].severity, 'error');
    assert.equal(result.issues[0].column, 'cancellationDate');
  });

  test('follows a configured policy without month-end rounding', () => {
    const o = { ...options('2025-01-15'), policy: { noticeDays: 10, endOfMonth: false } };
    const result = engine.billingEnd(o, {});
    assert.equal(result.earliest, '2025-01-25');
    assert.equal(result.billingEnd, '2025-01-25');
  });

  test('gives the reason in German when asked', () => {
    const en = engine.billingEnd(options('2026-12-03'), {});
    const de = engine.billingEnd({ ...options('2026-12-03'), lang: 'de' }, {});
    assert.equal(de.billingEnd, en.billingEnd);
    assert.notEqual(de.reason, en.reason);
    assert.match(de.reason, /Januar 2027/);
  });

  test('without a today option reports options.today_missing', () => {
    const result = engine.billingEnd({ flow: 'add' }, {});
    assert.equal(result.billingEnd, null);
    assert.deepEqual(result.issues.map((i) => i.code), ['options.today_missing']);
  });
});
