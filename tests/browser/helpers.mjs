// Shared set-up of the browser tests: Debian's Chromium driven by
// playwright-core (never a downloaded browser), the local server of
// scripts/server.mjs on a free port with a temporary orders folder, and a
// screenshot into test-results/ when a test fails.
//
//   const site = await openSite();
//   await withPage(t, site, async (page) => { ... });
//   await site.close();

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { startServer } from '../../scripts/server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const siteRoot = path.join(repoRoot, 'build', 'site');
const resultsDir = path.join(repoRoot, 'test-results');

/** The notice date every browser test uses (passed to the page and the server). */
export const TODAY = '2026-12-03';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync'];

/**
 * Starts the server (with a fresh orders folder) and the browser.
 * serverOptions go to startServer as well (e.g. frameAncestors, embedOrigins).
 * @returns {Promise<{url: string, ordersDir: string, browser: import('playwright-core').Browser,
 *   pageUrl: (query?: string) => string, close: () => Promise<void>}>}
 */
export async function openSite(serverOptions = {}) {
  const ordersDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'lf-orders-'));
  const server = await startServer({ port: 0, ordersDir, today: TODAY, quiet: true,
    ...serverOptions });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  return {
    url: server.url,
    ordersDir,
    browser,
    pageUrl: (query = '') => `${server.url}?today=${TODAY}${query}`,
    close: async () => {
      await browser.close();
      await server.close();
      await fsp.rm(ordersDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs fn with a fresh page (its own context, so storage starts empty) and
 * keeps a screenshot of the page when fn fails. Errors the page throws or
 * logs fail the test too; a test that makes requests fail on purpose passes
 * allowFailedLoads, for the browser's own "Failed to load resource" lines.
 * @param {import('node:test').TestContext} t
 * @param {{allowFailedLoads?: boolean, context?: object}} [options]
 */
export async function withPage(t, site, fn, options = {}) {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 },
    acceptDownloads: true, ...options.context });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    if (options.allowFailedLoads && msg.text().startsWith('Failed to load resource')) return;
    pageErrors.push(new Error(msg.text()));
  });
  try {
    await fn(page, context);
    if (pageErrors.length) throw pageErrors[0];
  } catch (error) {
    await screenshot(page, t.name);
    throw error;
  } finally {
    await context.close();
  }
}

async function screenshot(page, name) {
  try {
    fs.mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true });
  } catch {
    // The page may be gone already; the test's own error says enough.
  }
}

/** Opens the form and waits until the engine has started. */
export async function openForm(page, site, query = '') {
  await page.goto(site.pageUrl(query));
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await page.locator('#order-form').waitFor();
}

/** Chooses a radio by its visible label. */
export async function choose(page, label) {
  await page.getByLabel(label, { exact: true }).check();
}

/** The stored order of a given id, as the server wrote it. */
export async function storedOrder(site, orderId) {
  const file = path.join(site.ordersDir, `${orderId}.json`);
  return JSON.parse(await fsp.readFile(file, 'utf8'));
}

/** Every order file the server stored. */
export async function storedOrders(site) {
  const names = (await fsp.readdir(site.ordersDir)).filter((n) => n.endsWith('.json'));
  return Promise.all(names.map((n) => fsp.readFile(path.join(site.ordersDir, n), 'utf8')
    .then(JSON.parse)));
}

/** Submits the order on "Check your order" and returns the order id shown. */
export async function submitAndWait(page) {
  await page.getByRole('button', { name: 'Submit order' }).click();
  const $id = page.locator('#order-id');
  await $id.waitFor();
  return (await $id.textContent()).trim();
}
