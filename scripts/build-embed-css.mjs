// Makes embed/form.css, the stylesheet of <license-form>'s shadow root:
// embed/license-form.css (the :host reset), then styles.css with the rules
// for :root, html and body applied to .lf-root (the form's root inside the
// shadow root, where those elements do not exist) and every rem length as
// calc(N * var(--lf-rem)), so that the host's root font size changes nothing.
//
//   node scripts/build-embed-css.mjs SITE_DIR   # reads and writes inside SITE_DIR

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const fixRem = (text) => text.replace(/(\d*\.?\d+)rem\b/g, 'calc($1 * var(--lf-rem))');

/** styles.css as it applies inside the shadow root. */
export function shadowCss(css) {
  return css
    .replace(/^(?::root|html|body)\s*\{/gm, '.lf-root {')
    .split('\n')
    .map((line) => {
      // A media query's own lengths cannot take var(); only its rules change.
      if (!line.trimStart().startsWith('@media')) return fixRem(line);
      const open = line.indexOf('{');
      return open < 0 ? line : line.slice(0, open) + fixRem(line.slice(open));
    })
    .join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const siteDir = process.argv[2];
  if (!siteDir) {
    console.error('usage: node scripts/build-embed-css.mjs SITE_DIR');
    process.exit(2);
  }
  const read = (file) => fs.readFileSync(path.join(siteDir, file), 'utf8');
  const css = `${read('embed/license-form.css')}\n${shadowCss(read('styles.css'))}`;
  fs.writeFileSync(path.join(siteDir, 'embed', 'form.css'), css);
}
