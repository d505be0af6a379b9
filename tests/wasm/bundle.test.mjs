// scripts/bundle-classic.mjs (the page's modules as one classic script) and
// scripts/build-offline.mjs (the single-file offline form and its CSP).

import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { after, before, describe, test } from 'node:test';

import { BundleError, bundle } from '../../scripts/bundle-classic.mjs';
import { OFFLINE_FILE } from '../../scripts/build-offline.mjs';
import { shadowCss } from '../../scripts/build-embed-css.mjs';
import { repoRoot } from './engine.mjs';

let dir;
before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lf-bundle-')); });
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes the files ({path: text}) into a fresh folder and bundles entry.js. */
function bundleOf(files, spec = {}) {
  const root = fs.mkdtempSync(path.join(dir, 'm-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return bundle({ entry: path.join(root, 'entry.js'), root, ...spec });
}

/** Runs a classic script; returns what it logged. */
function run(script, globals = {}) {
  const logged = [];
  vm.runInNewContext(script, { log: (v) => logged.push(v), ...globals });
  return logged;
}

describe('bundle', () => {
  test('runs modules in dependency order with named, renamed, default and re-exports', () => {
    const script = bundleOf({
      'entry.js': "import config from './config.js';\nimport { twice as double, NAME } " +
        "from './lib/index.js';\nlog(`${NAME} ${double(config.n)}`);\n",
      'config.js': 'export default Object.freeze({ n: 21 });\n',
      'lib/index.js': "export { twice, NAME } from './math.js';\n",
      'lib/math.js': "export const NAME = 'answer';\n" +
        'export function twice(x) {\n  return 2 * x;\n}\n',
    });
    assert.deepEqual(run(script), ['answer 42']);
  });

  test('keeps each module in its own scope', () => {
    const script = bundleOf({
      'entry.js': "import { a } from './a.js';\nconst LIMIT = 1;\nlog(a() + LIMIT);\n",
      'a.js': 'const LIMIT = 10;\nexport function a() {\n  return LIMIT;\n}\n',
    });
    assert.deepEqual(run(script), [11]);
  });

  test('replaces a module, and a dynamic import of the engine by its global', async () => {
    const script = bundleOf({
      'entry.js': "import config from './config.js';\n" +
        "import('./engine/x.mjs').then((m) => log(`${config.endpoint} ${m.default()}`));\n" +
        "/** @param {import('./config.js').Type} x */\n",
      'config.js': "export default { endpoint: '/orders' };\n",
      'offline.js': "import config from './config.js';\n" +
        'export default { ...config, endpoint: null };\n',
    }, { replace: { 'config.js': 'offline.js' }, globals: { 'engine/x.mjs': 'makeEngine' } });
    const logged = [];
    vm.runInNewContext(script, { log: (v) => logged.push(v), makeEngine: () => 'engine' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(logged, ['null engine']);
  });

  test('refuses what it cannot keep the meaning of', () => {
    const cases = [
      [{ 'entry.js': 'export let n = 1;\n' }, /entry\.js: cannot bundle: export let n/],
      [{ 'entry.js': "import x from 'lodash';\n" }, /bare import "lodash"/],
      [{ 'entry.js': "import { a } from './a.js';\n", 'a.js': "import '../entry.js';\n" },
        /outside|cycle/],
      [{ 'entry.js': "import { a } from './a.js';\n", 'a.js': "import { b } from './entry.js';\n" },
        /imports form a cycle through entry\.js/],
      [{ 'entry.js': "import('./other.js');\n", 'other.js': '' }, /has no global/],
      [{ 'entry.js': "import { a } from './missing.js';\n" }, /missing\.js, which does not exist/],
    ];
    for (const [files, message] of cases) {
      assert.throws(() => bundleOf(files), (error) => error instanceof BundleError
        && message.test(error.message), JSON.stringify(files));
    }
  });
});

describe('the built offline file', () => {
  const file = path.join(repoRoot, 'build', 'site', OFFLINE_FILE);

  test('is one file whose CSP allows exactly its inline scripts and style', () => {
    const html = fs.readFileSync(file, 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)[1];
    const hash = (text) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]));
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]));
    assert.equal(scripts.length, 2);
    assert.equal(styles.length, 1);
    assert.equal(policy, ["default-src 'none'",
      `script-src ${scripts.join(' ')} 'wasm-unsafe-eval'`, `style-src ${styles[0]}`,
      'img-src data:', 'connect-src data:', "base-uri 'none'", "form-action 'none'"].join('; '));
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+stylesheet|type="module"/);
  });
});

describe('shadowCss', () => {
  test('moves :root, html and body onto .lf-root and fixes rem to --lf-rem', () => {
    const css = ':root {\n  --a: 1px;\n}\nbody {\n  font-size: 1.1875rem;\n}\n' +
      '.x { margin: .5rem 2rem; }\n@media (min-width: 40rem) { .y { padding: 1rem; } }\n';
    assert.equal(shadowCss(css), '.lf-root {\n  --a: 1px;\n}\n.lf-root {\n' +
      '  font-size: calc(1.1875 * var(--lf-rem));\n}\n' +
      '.x { margin: calc(.5 * var(--lf-rem)) calc(2 * var(--lf-rem)); }\n' +
      '@media (min-width: 40rem) { .y { padding: calc(1 * var(--lf-rem)); } }\n');
  });
});
