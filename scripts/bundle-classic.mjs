// Bundles the page's ES modules into one classic script, for the offline
// file (Chromium runs no ES module from a file:// page). No bundler
// dependency: the page's modules use a small, regular part of the module
// syntax, which this script recognises and anything else it refuses, so a
// new construct fails the build instead of a page at a customer's:
//
//   import X from './a.js';   import { a, b as c } from './a.js';   import * as n from './a.js';
//   export function|async function|class|const NAME ...;   export default EXPR;
//   export { a, b as c };   export { a, b as c } from './a.js';
//
// Each module runs in its own function scope, in dependency order, and its
// imports become constants taken from the modules it names. A module may
// therefore export only functions, classes and constants (`export let` would
// lose its live binding and is refused), and imports may not form a cycle.
// A dynamic import() of a module named in `globals` becomes that global
// (the classic engine defines createLicenseform); import.meta.url becomes
// document.baseURI.
//
//   node scripts/bundle-classic.mjs web/main.js > bundle.js   (to look at it;
//   scripts/build-offline.mjs is what the build uses)

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const IMPORT = /^import\s+(?:([^;'"]*?)\s+from\s+)?(['"])(.+?)\2\s*;?[ \t]*$/gm;
const EXPORT_DECL = /^export\s+((?:async\s+)?function\*?|class|const)\s+([A-Za-z_$][\w$]*)/gm;
const EXPORT_FROM = /^export\s*\{([^}]*)\}\s*from\s*(['"])(.+?)\2\s*;?[ \t]*$/gm;
const EXPORT_LIST = /^export\s*\{([^}]*)\}\s*;?[ \t]*$/gm;
const EXPORT_DEFAULT = /^export\s+default\s+/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*(['"])(.+?)\1\s*\)/g;

class BundleError extends Error {}

// JSDoc types say import('./state.js').Draft: text in a comment is left alone.
function inComment(code, offset) {
  const lineStart = code.lastIndexOf('\n', offset - 1) + 1;
  const before = code.slice(lineStart, offset);
  return /^\s*(\*|\/\*)/.test(before) || before.includes('//');
}

function fail(file, what) {
  throw new BundleError(`${file}: ${what}`);
}

/** `a, b as c` -> [['a', 'a'], ['b', 'c']] (name there, name here). */
function namePairs(list, file) {
  return list.split(',').map((s) => s.trim()).filter(Boolean).map((spec) => {
    const m = /^([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$/.exec(spec);
    if (!m) fail(file, `cannot bundle the import or export "${spec}"`);
    return [m[1], m[2] || m[1]];
  });
}

/** The import clause as a destructuring pattern of the module's exports. */
function importBinding(clause, file) {
  if (!clause) return null;  // import './side-effect.js';
  const star = /^\*\s+as\s+([A-Za-z_$][\w$]*)$/.exec(clause);
  if (star) return { whole: star[1] };
  const m = /^(?:([A-Za-z_$][\w$]*)\s*,?\s*)?(?:\{([\s\S]*)\})?$/.exec(clause);
  if (!m || (!m[1] && m[2] === undefined)) fail(file, `cannot bundle "import ${clause}"`);
  const pairs = m[2] ? namePairs(m[2], file) : [];
  if (m[1]) pairs.unshift(['default', m[1]]);
  return { pairs };
}

/**
 * One module, rewritten as the body of a function that returns its exports.
 * @returns {{deps: string[], body: string}}
 */
function rewrite(file, source, resolve, globals) {
  const deps = [];
  const lines = [];
  let code = source.replace(IMPORT, (all, clause, quote, spec) => {
    const target = resolve(file, spec);
    deps.push(target);
    const binding = importBinding(clause && clause.trim(), file);
    if (!binding) return '';
    const from = `modules[${JSON.stringify(target)}]`;
    if (binding.whole) return `const ${binding.whole} = ${from};`;
    const fields = binding.pairs.map(([there, here]) =>
      (there === here ? here : `${there}: ${here}`));
    return `const { ${fields.join(', ')} } = ${from};`;
  });
  const exported = [];  // [expression here, name there]
  code = code.replace(EXPORT_FROM, (all, list, quote, spec) => {
    const target = resolve(file, spec);
    deps.push(target);
    const from = `modules[${JSON.stringify(target)}]`;
    exported.push(...namePairs(list, file).map(([there, here]) => [`${from}.${there}`, here]));
    return '';
  });
  code = code.replace(EXPORT_DECL, (all, kind, name) => {
    exported.push([name, name]);
    return `${kind} ${name}`;
  });
  code = code.replace(EXPORT_LIST, (all, list) => {
    exported.push(...namePairs(list, file));
    return '';
  });
  code = code.replace(EXPORT_DEFAULT, () => {
    exported.push(['__default', 'default']);
    return 'const __default = ';
  });
  if (/^export\b/m.test(code)) fail(file, `cannot bundle: ${/^export\b.*$/m.exec(code)[0]}`);
  code = code.replace(DYNAMIC_IMPORT, (all, quote, spec, offset, whole) => {
    if (inComment(whole, offset)) return all;
    const target = resolve(file, spec);
    if (!globals[target]) fail(file, `dynamic import of ${spec} has no global to stand for it`);
    return `Promise.resolve({ default: globalThis.${globals[target]} })`;
  });
  code = code.replace(/\bimport\.meta\.url\b/g, 'document.baseURI');
  for (const m of code.matchAll(/\bimport\s*[.(]/g)) {
    if (!inComment(code, m.index)) fail(file, 'import.meta or import() that cannot be bundled');
  }
  const getters = exported.map(([here, there]) =>
    `get ${JSON.stringify(there)}() { return ${here}; }`);
  lines.push(code.trimEnd(), `return Object.freeze({ ${getters.join(', ')} });`);
  return { deps, body: lines.join('\n') };
}

/**
 * @param {{entry: string, root: string, replace?: Record<string,string>,
 *   globals?: Record<string,string>}} spec
 *   entry and root are paths; replace and globals are keyed by paths relative to root:
 *   replace {'config.js': 'embed/offline-config.js'} bundles the second wherever the
 *   first is imported (except in the second itself)
 * @returns {string} the classic script
 */
export function bundle({ entry, root, replace = {}, globals = {} }) {
  const rootDir = path.resolve(root);
  const resolve = (from, spec) => {
    if (!spec.startsWith('./') && !spec.startsWith('../')) fail(from, `bare import "${spec}"`);
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
    if (target.startsWith('..')) fail(from, `import outside ${root}: ${spec}`);
    return replace[target] && replace[target] !== from ? replace[target] : target;
  };
  const order = [];
  const state = new Map();  // file -> 'visiting' | rewritten module
  const visit = (file, via) => {
    if (state.get(file) === 'visiting') fail(via, `imports form a cycle through ${file}`);
    if (state.has(file)) return;
    state.set(file, 'visiting');
    const full = path.join(rootDir, file);
    if (!fs.existsSync(full)) fail(via, `imports ${file}, which does not exist`);
    const mod = rewrite(file, fs.readFileSync(full, 'utf8'), resolve, globals);
    for (const dep of mod.deps) visit(dep, file);
    state.set(file, mod);
    order.push(file);
  };
  visit(path.relative(rootDir, path.resolve(entry)).split(path.sep).join('/'), entry);
  const parts = order.map((file) =>
    `// ---- ${file}\nmodules[${JSON.stringify(file)}] = (() => {\n${state.get(file).body}\n})();`);
  return [
    '// licenseform: the page\'s modules as one classic script (scripts/bundle-classic.mjs).',
    '(() => {',
    '\'use strict\';',
    'const modules = Object.create(null);',
    ...parts,
    '})();',
    '',
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const entry = process.argv[2];
  if (!entry) {
    console.error('usage: node scripts/bundle-classic.mjs ENTRY.js');
    process.exit(2);
  }
  try {
    const globals = { 'engine/licenseform.mjs': 'createLicenseform' };
    process.stdout.write(bundle({ entry, root: path.dirname(entry), globals }));
  } catch (error) {
    if (!(error instanceof BundleError)) throw error;
    console.error(`bundle-classic: ${error.message}`);
    process.exit(1);
  }
}

export { BundleError };
