// The engine is downloaded with the page: the wasm and its JS glue together
// stay under 150 KB gzipped (the budget of the issue on field checks).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import zlib from 'node:zlib';

import { defaultEngineDir } from '../../scripts/engine.mjs';

const BUDGET = 150_000;

function gzipped(file) {
  return zlib.gzipSync(fs.readFileSync(path.join(defaultEngineDir, file)), { level: 9 }).length;
}

test('the engine, wasm and JS, stays under 150 KB gzipped', () => {
  const total = gzipped('licenseform.wasm') + gzipped('licenseform.mjs');
  assert.ok(total < BUDGET, `${total} bytes gzipped, over the budget of ${BUDGET}`);
});
