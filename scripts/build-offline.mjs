// Makes licenseform-offline.html: the whole form as ONE file that works when
// opened from disk (file://) with no network. Chromium refuses ES modules
// on a file:// page, so everything is a classic inline script:
//   - the engine built with -sSINGLE_FILE (engine/licenseform.classic.js: the
//     wasm inlined as base64, defining createLicenseform globally);
//   - the page's modules bundled by scripts/bundle-classic.mjs, with
//     embed/offline-config.js for config.js (no endpoint: the order ends as a
//     JSON download instead of a POST);
//   - styles.css inlined.
// A file:// page gets no CSP header, so the file carries its own policy in a
// <meta> element, allowing exactly these inline blocks by their SHA-256
// hashes (connect-src data: because Emscripten fetch()es its own inlined
// data: URL of the wasm; nothing else can be fetched).
//
//   node scripts/build-offline.mjs SITE_DIR   # writes SITE_DIR/licenseform-offline.html

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { bundle } from './bundle-classic.mjs';

export const OFFLINE_FILE = 'licenseform-offline.html';

const sha256 = (text) =>
  `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy of the offline file, for the inline scripts and style given. */
export function offlinePolicy(scripts, styles) {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')} 'wasm-unsafe-eval'`,
    `style-src ${styles.map(sha256).join(' ')}`,
    'img-src data:',
    'connect-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

// Text that would end or confuse an inline <script> or <style> element.
function checkInlinable(name, text, tag) {
  const bad = [`</${tag}`, '<!--', `<${tag}`].find((s) => text.toLowerCase().includes(s));
  if (bad) throw new Error(`${name} contains "${bad}" and cannot be inlined`);
  return text;
}

function replaceOnce(html, search, replacement, what) {
  const at = html.indexOf(search);
  if (at < 0 || html.indexOf(search, at + 1) >= 0) {
    throw new Error(`index.html: expected exactly one ${what} (${search})`);
  }
  return html.slice(0, at) + replacement + html.slice(at + search.length);
}

/**
 * @param {string} siteDir a built site (web/ copied, engine/ with the classic engine)
 * @returns {string} the HTML of the offline file
 */
export function offlineHtml(siteDir) {
  const read = (file) => fs.readFileSync(path.join(siteDir, file), 'utf8');
  const engine = checkInlinable('the classic engine', read('engine/licenseform.classic.js'),
    'script');
  const page = checkInlinable('the bundled page', bundle({
    entry: path.join(siteDir, 'main.js'),
    root: siteDir,
    replace: { 'config.js': 'embed/offline-config.js' },
    globals: { 'engine/licenseform.mjs': 'createLicenseform' },
  }), 'script');
  const css = checkInlinable('styles.css', read('styles.css'), 'style');
  const policy = offlinePolicy([engine, page], [css]);
  let html = read('index.html');
  html = replaceOnce(html, '<meta charset="utf-8">',
    `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`,
    'charset');
  html = replaceOnce(html, '<link rel="stylesheet" href="styles.css">', `<style>${css}</style>`,
    'stylesheet link');
  html = replaceOnce(html, '<script type="module" src="main.js"></script>\n', '',
    'module script');
  // At the end of <body>: classic scripts run at once, and the form's elements must exist.
  return replaceOnce(html, '</body>',
    `<script>${engine}</script>\n<script>${page}</script>\n</body>`,
    '</body>');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const siteDir = process.argv[2];
  if (!siteDir) {
    console.error('usage: node scripts/build-offline.mjs SITE_DIR');
    process.exit(2);
  }
  try {
    fs.writeFileSync(path.join(siteDir, OFFLINE_FILE), offlineHtml(siteDir));
  } catch (error) {
    console.error(`build-offline: ${error.message}`);
    process.exit(1);
  }
}
