// What crosses from JavaScript into the engine: values JSON cannot carry
// as they are must not make a whole argument vanish.

import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { loadEngine } from './engine.mjs';

let engine;
before(async () => { engine = await loadEngine(); });

const OPTIONS = { flow: 'add', licenseType: 'agent-id', today: '2026-12-03' };

test('a lone surrogate in one row is refused there, not the whole set of rows', () => {
  const result = engine.checkManual(OPTIONS, [
    { name: 'Ada Beispiel', email: 'ada.beispiel@example.com' },
    { name: 'Cy\ud800', email: 'cy@example.com' },
  ]);
  assert.equal(result.counts.rows, 2);
  assert.equal(result.agents.length, 1);
  assert.equal(result.issues.length, 1);
  assert.equal(result.issues[0].row, 2);
  assert.equal(result.issues[0].column, 'name');
});

test('a proper surrogate pair (an emoji) reaches the engine intact', () => {
  const result = engine.checkRow(OPTIONS, { name: 'Ada 😀 Beispiel', email: 'ada@example.com' });
  assert.equal(result.agent.name, 'Ada 😀 Beispiel');
});

test('a backslash before a u is text, not an escape', () => {
  const result = engine.checkRow(OPTIONS,
    { name: 'Ada \\ud800 Beispiel', email: 'ada@example.com' });
  assert.equal(result.agent.name, 'Ada \\ud800 Beispiel');
});

test('control characters cross back as JSON escapes and arrive as typed', () => {
  // The wasm build's own snprintf writes these "\u0001" escapes.
  const payload = engine.buildPayload({ flow: 'cancel', today: '2026-12-03' },
    [{ email: 'x\u0002\u001f@example.com' }], { kind: 'manual' }, 'id');
  assert.equal(payload.agents[0].email, 'x\u0002\u001f@example.com');
  const row = engine.checkRow(OPTIONS, { name: 'Ada', email: 'a\u0001b@example.com' });
  assert.equal(row.issues[0].params.character, '\u0001');
});

test('a CSV session takes arguments of the wrong type as the engine does', () => {
  const bytes = new TextEncoder().encode('Name,Email\r\nAda Beispiel,ada@example.com\r\n');
  const session = engine.openCsv(OPTIONS, bytes);
  try {
    // As buildPayload and exportCsv take them: no order id, the problems
    // file under its own name.
    assert.equal(session.payload({ kind: 'csv' }, 42).orderId, '');
    assert.equal(session.payload({ kind: 'csv' }).orderId, '');
    assert.deepEqual(session.exportCsv(null, 5), session.exportCsv('problems'));
    assert.equal(session.exportCsv(null, 5).fileName,
      engine.exportCsv(OPTIONS, bytes, null, 5).fileName);
  } finally {
    session.close();
  }
});
