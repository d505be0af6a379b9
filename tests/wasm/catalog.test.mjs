// Every issue code the core or the local server can send has an English and
// a German text in the engine's catalog (the C++ test checks the tables;
// this one checks that no code used in the sources is missing from them).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';

import { loadEngine, repoRoot } from './engine.mjs';

let catalog;
before(async () => { catalog = (await loadEngine()).messages(); });

const PARTS = 'csv|email|name|date|phone|order|policy|options|payload|group|server';
const CODE = new RegExp(`["']((?:${PARTS})\\.[a-z0-9_.]+)["']`, 'g');

function codesIn(file) {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(CODE)].map((m) => m[1]);
}

test('no code used by the core or the server lacks its English and German text', () => {
  const dir = path.join(repoRoot, 'core', 'src');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cpp') && !f.startsWith('messages_'))
    .map((f) => path.join(dir, f));
  const serverIssues = codesIn(path.join(repoRoot, 'scripts', 'server.mjs'))
    .filter((c) => /order_id_invalid|submitted_on_not_today|too_deep|check_failed/.test(c));
  const used = new Set([...files.flatMap(codesIn), ...serverIssues]);
  assert.ok(used.size > 100, `${used.size} codes found`);
  const missing = [...used].filter((c) => !catalog[c] || !catalog[c].en || !catalog[c].de);
  assert.deepEqual(missing, []);
});
