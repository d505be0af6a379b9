// The bench's headless Chromium: Debian's browser through playwright-core,
// with a fresh profile, gc() exposed, and a page of a local server whose
// work the caller evaluates. Shared by run.mjs (scripts/bench) and ab.mjs.
//
//   const out = await inPage(server, '/bench/browser.html', 'benchReady',
//     (page) => page.evaluate(...));

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--js-flags=--expose-gc'];

/**
 * Opens pathname of the listening server, waits for window[readyFlag] to
 * be true, gives the page to work, and closes browser, server and profile.
 * @template T
 * @param {import('node:http').Server} server
 * @param {string} pathname
 * @param {string} readyFlag
 * @param {(page: import('playwright-core').Page) => Promise<T>} work
 * @returns {Promise<T>}
 */
export async function inPage(server, pathname, readyFlag, work) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lf-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile,
    { executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    await page.goto(`http://127.0.0.1:${server.address().port}${pathname}`);
    await page.waitForFunction((flag) => window[flag] === true, readyFlag);
    return await work(page);
  } finally {
    await context.close();
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
