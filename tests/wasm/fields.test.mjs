// The field vectors of tests/data/corpus/fields, checked through the wasm engine.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { loadEngine } from './engine.mjs';
import { CORPUS_TODAY, errorsOf, readJson } from './vectors.mjs';

let engine;
before(async () => { engine = await loadEngine(); });

// Only the email matters: agent-id needs no phone, and no date is asked for.
const emailOptions = { flow: 'add', licenseType: 'agent-id', today: CORPUS_TODAY };
// agent-id-bria requires the display phone number; national numbers are German.
const phoneOptions = { flow: 'add', licenseType: 'agent-id-bria', today: CORPUS_TODAY,
  country: 'DE' };

function withEmail(email) {
  return { name: 'Ada Beispiel', cancellationDate: '', phone: '', email };
}

function withPhone(phone) {
  return { name: 'Ada Beispiel', cancellationDate: '', phone, email: 'ada@example.com' };
}

/** The address as the engine keeps it: the local part as typed, the domain in lower case. */
function normalizedEmail(input) {
  const at = input.lastIndexOf('@');
  return input.slice(0, at + 1) + input.slice(at + 1).toLowerCase();
}

describe('emails.json', () => {
  for (const { input, valid } of readJson('corpus', 'fields', 'emails.json')) {
    test(`${valid ? 'accepts' : 'refuses'} ${JSON.stringify(input)}`, () => {
      const result = engine.checkRow(emailOptions, withEmail(input));
      assert.equal(result.valid, valid, JSON.stringify(result.issues));
      if (valid) {
        assert.equal(result.agent.email, normalizedEmail(input));
        assert.deepEqual(errorsOf(result.issues), []);
      } else {
        assert.equal(result.agent, null);
        const errors = errorsOf(result.issues);
        assert.ok(errors.length > 0);
        for (const e of errors) {
          assert.equal(e.column, 'email');
          assert.match(e.code, /^email\./);
          assert.equal(e.row, null);
        }
      }
    });
  }
});

describe('phones.json (country DE)', () => {
  for (const { input, expect } of readJson('corpus', 'fields', 'phones.json')) {
    test(`${JSON.stringify(input)} gives ${expect ?? 'an error'}`, () => {
      const result = engine.checkRow(phoneOptions, withPhone(input));
      if (expect === null) {
        assert.equal(result.valid, false);
        const errors = errorsOf(result.issues);
        assert.ok(errors.length > 0);
        assert.deepEqual(errors.map((e) => e.column), errors.map(() => 'phone'));
      } else {
        assert.equal(result.valid, true, JSON.stringify(result.issues));
        assert.equal(result.agent.phone, expect);
      }
    });
  }
});

describe('every issue code has a message', () => {
  test('in English and German', () => {
    const catalog = engine.messages();
    const codes = Object.keys(catalog);
    assert.ok(codes.length > 0);
    for (const code of codes) {
      assert.ok(catalog[code].en.length > 0, code);
      assert.ok(catalog[code].de.length > 0, code);
    }
  });
});
