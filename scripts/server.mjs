// The local server: serves the built page (build/site) under its
// Content-Security-Policy and accepts orders at POST /orders.
//
//   node scripts/server.mjs            # http://127.0.0.1:8080/, PORT overrides
//
// An order is stored only after the same engine the page uses has re-checked
// it (a receiving server trusts nothing from the browser), as one JSON file
// named by its orderId, so a repeated submission stores nothing twice.
//
// Settings, as options of startServer or environment variables:
//   port / PORT                 8080 (0 picks a free port)
//   root                        folder to serve, default build/site
//   ordersDir / LICENSEFORM_ORDERS   where orders go, default orders/
//   frameAncestors / LICENSEFORM_FRAME_ANCESTORS   CSP frame-ancestors, default 'self'
//                               (the pages that may show the form in an iframe)
//   embedOrigins / LICENSEFORM_EMBED_ORIGINS   origins (space-separated, or *) whose
//                               pages may load the form's files and POST orders
//                               (CORS), for <license-form>; default none
//   today / LICENSEFORM_TODAY   'YYYY-MM-DD' instead of today in Europe/Berlin
//                               (tests pass a fixed day)

import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { loadEngine } from './engine.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The payload limit: the 50 MB CSV limit of the design, plus JSON overhead. */
export const MAX_BODY_BYTES = 60 * 1024 * 1024;

/** orderId becomes a file name, so only this form is accepted. */
export const ORDER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The page's policy: no inline script, wasm compiled from our own origin only. */
export function contentSecurityPolicy(frameAncestors = "'self'") {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/**
 * Today's date in the vendor's time zone, as 'YYYY-MM-DD'.
 * @param {Date} [now]
 */
export function berlinToday(now = new Date()) {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit',
  }).formatToParts(now);
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Days since 1970-01-01 of a real 'YYYY-MM-DD' date, or null. */
function dayNumber(text) {
  const m = typeof text === 'string' && ISO_DAY.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1) return null;
  return ms / 86400000;
}

/** An issue in the engine's shape, for problems the server itself finds. */
function serverIssue(code, message, params = {}) {
  return { severity: 'error', code, line: null, row: null, column: null, message, params };
}

// The notice date decides the billing end, so the server accepts only its
// own today, and yesterday during the first two hours of a day (a page
// opened before midnight and sent after it), and tomorrow during the last
// ten minutes of a day (a customer's clock a little ahead). A wider window
// would let a page choose an earlier notice date and a month less billing.
const GRACE_BEFORE_MS = 2 * 60 * 60 * 1000;
const GRACE_AFTER_MS = 10 * 60 * 1000;

/**
 * The notice dates an order sent at a moment may carry.
 * @param {Date} [now]
 * @returns {string[]}
 */
export function acceptedNoticeDays(now = new Date()) {
  const days = [berlinToday(new Date(now.getTime() - GRACE_BEFORE_MS)), berlinToday(now),
    berlinToday(new Date(now.getTime() + GRACE_AFTER_MS))];
  return [...new Set(days)];
}

/**
 * The server's own checks, before the engine's: the file name and the notice
 * date, which must be one of `accepted` (see acceptedNoticeDays).
 * @param {object} payload
 * @param {string[]} accepted
 */
export function checkEnvelope(payload, accepted) {
  const issues = [];
  if (typeof payload.orderId !== 'string' || !ORDER_ID.test(payload.orderId)) {
    issues.push(serverIssue('server.order_id_invalid',
      'The order has no valid order ID. Reload the page and submit again.'));
  }
  const today = accepted[accepted.length > 1 ? 1 : 0];
  if (typeof payload.submittedOn !== 'string' || !accepted.includes(payload.submittedOn)) {
    const given = typeof payload.submittedOn === 'string' ? payload.submittedOn : '';
    issues.push(serverIssue('server.submitted_on_not_today',
      `The order date must be today (${today}). Reload the page and submit again.`,
      { submittedOn: given, today }));
  }
  return issues;
}

function baseHeaders(frameAncestors) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(frameAncestors),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

function sendJson(res, status, body, headers) {
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendError(res, status, code, message, headers) {
  sendJson(res, status, { error: { code, message } }, headers);
}

/**
 * The body as a string, or null when it is larger than limit (then answered
 * 413 here; the connection is closed once the answer is out).
 */
function readBody(req, res, limit, headers) {
  const tooLarge = () => {
    res.on('finish', () => req.destroy());
    sendError(res, 413, 'server.too_large', 'The order is too large.',
      { ...headers, Connection: 'close' });
  };
  if (Number(req.headers['content-length']) > limit) {
    tooLarge();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= limit) return chunks.push(chunk);
      req.off('data', onData);
      tooLarge();
      return resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Writes the order as <dir>/<orderId>.json unless it is there already:
 * a temporary file, then a hard link that fails when the name exists (so two
 * simultaneous submissions cannot both store), falling back to rename.
 * @returns {Promise<boolean>} true when this call stored it
 */
export async function storeOrder(dir, orderId, payload) {
  const target = path.join(dir, `${orderId}.json`);
  if (fs.existsSync(target)) return false;
  const temp = path.join(dir, `.${orderId}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  await fsp.writeFile(temp, `${JSON.stringify(payload, null, 2)}\n`, { flag: 'wx' });
  try {
    await fsp.link(temp, target);
    return true;
  } catch (error) {
    if (error.code === 'EEXIST') return false;
    if (fs.existsSync(target)) return false;
    await fsp.rename(temp, target);  // file systems without hard links
    return true;
  } finally {
    await fsp.rm(temp, { force: true });
  }
}

function isJsonRequest(req) {
  const type = (req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
  return type === 'application/json';
}

async function handleOrder(req, res, ctx) {
  const h = ctx.headers;
  if (!isJsonRequest(req)) {
    return sendError(res, 415, 'server.not_json', 'Send the order as application/json.', h);
  }
  const text = await readBody(req, res, ctx.maxBodyBytes, h);
  if (text === null) return undefined;
  let payload;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    const message = `The order is not valid JSON: ${error.message}`;
    return sendError(res, 400, 'server.bad_json', message, h);
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    return sendError(res, 400, 'server.bad_json', 'The order must be a JSON object.', h);
  }
  const issues = checkEnvelope(payload, ctx.today());
  if (issues.length === 0) issues.push(...(await engineCheck(ctx, payload)));
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) return sendJson(res, 422, { issues }, h);

  const stored = path.join(ctx.ordersDir, `${payload.orderId}.json`);
  const isNew = await storeOrder(ctx.ordersDir, payload.orderId, payload);
  if (isNew && !ctx.quiet) console.log(`order ${payload.orderId} stored in ${stored}`);
  // Where the file lies is the server's business, not the browser's.
  return sendJson(res, isNew ? 201 : 200, { orderId: payload.orderId, stored: isNew }, h);
}

// Nested deeper than any order is: refused before the engine sees it.
const MAX_DEPTH = 8;

function tooDeep(value, depth = 0) {
  if (value === null || typeof value !== 'object') return false;
  if (depth >= MAX_DEPTH) return true;
  return Object.values(value).some((v) => tooDeep(v, depth + 1));
}

// The engine's re-check. An engine that failed (out of memory on a hostile
// order) is replaced by a new instance, so one bad order cannot break the
// server for the orders after it.
async function engineCheck(ctx, payload) {
  if (tooDeep(payload)) {
    return [serverIssue('server.too_deep', 'The order is nested deeper than an order can be.')];
  }
  try {
    return ctx.engine.checkPayload(payload, { policy: ctx.policy, limits: ctx.limits }).issues;
  } catch (error) {
    if (!ctx.quiet) console.error('engine failed, starting a new one:', error.message);
    ctx.engine = await loadEngine(ctx.engineDir, { fresh: true });
    return [serverIssue('server.check_failed', 'The order could not be checked.')];
  }
}

/** The policy the page's config.js sets, or null when it sets none. */
async function pagePolicy(root) {
  const config = await pageConfig(root);
  return config && config.policy ? config.policy : null;
}

/** The CSV limits the page's config.js sets (for the size of a CSV order). */
async function pageLimits(root) {
  const config = await pageConfig(root);
  return config && config.limits ? config.limits : null;
}

async function pageConfig(root) {
  const file = path.join(path.resolve(root), 'config.js');
  if (!fs.existsSync(file)) return null;
  return (await import(pathToFileURL(file).href)).default;
}

/** The file of root a URL path names, or null when it may not be served. */
export function resolveStatic(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  // '..' is refused rather than resolved; hidden files are never served.
  if (segments.some((s) => s === '..' || s.startsWith('.'))) return null;
  const file = path.join(root, ...segments);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

/**
 * The headers a static file is served with, and whether the browser's copy
 * (If-None-Match) is still the file. no-cache with a validator: the browser
 * asks each time and gets 304 for an unchanged file, keeping its copy and,
 * for the wasm, the code it compiled from it (Chromium caches compiled wasm
 * with the response), so the page's worker and every later visit start the
 * engine sooner. Pages are never kept. The bench serves the engine with it.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:fs').Stats} stat
 * @param {string} type
 * @returns {{headers: object, unchanged: boolean}}
 */
export function cachingHeaders(req, stat, type) {
  const headers = { 'Content-Type': type, 'Content-Length': stat.size };
  if (type.startsWith('text/html')) {
    headers['Cache-Control'] = 'no-store';
    return { headers, unchanged: false };
  }
  headers['Cache-Control'] = 'no-cache';
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  headers.ETag = etag;
  headers['Last-Modified'] = stat.mtime.toUTCString();
  const asked = req.headers['if-none-match'];
  const unchanged = Boolean(asked && asked.split(',').some((t) => t.trim() === etag));
  if (unchanged) delete headers['Content-Length'];
  return { headers, unchanged };
}

async function serveStatic(req, res, ctx, urlPath) {
  const h = ctx.headers;
  let file = resolveStatic(ctx.root, urlPath);
  if (file === null) return sendError(res, 404, 'server.not_found', 'Not found.', h);
  let stat = await fsp.stat(file).catch(() => null);
  if (stat && stat.isDirectory()) {
    file = path.join(file, 'index.html');  // no listings: index.html or nothing
    stat = await fsp.stat(file).catch(() => null);
  }
  if (!stat || !stat.isFile()) return sendError(res, 404, 'server.not_found', 'Not found.', h);

  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
  const { headers, unchanged } = cachingHeaders(req, stat, type);
  res.writeHead(unchanged ? 304 : 200, { ...h, ...headers });
  if (unchanged) return res.end();
  if (req.method === 'HEAD') return res.end();
  return new Promise((resolve) => {
    fs.createReadStream(file).on('error', () => res.destroy()).on('close', resolve).pipe(res);
  });
}

/**
 * CORS for <license-form> on another site's page: its module, the skeleton
 * (index.html), the wasm and the POST are requests from that page's origin.
 * Only the configured origins get an answer they may read.
 */
export function corsHeaders(origin, embedOrigins) {
  if (!origin || !(embedOrigins.includes('*') || embedOrigins.includes(origin))) return {};
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
}

function parseOrigins(value) {
  return Array.isArray(value) ? value : String(value || '').split(/[\s,]+/).filter(Boolean);
}

async function route(req, res, baseCtx) {
  const urlPath = (req.url || '/').split('?')[0].split('#')[0];
  const cors = corsHeaders(req.headers.origin, baseCtx.embedOrigins);
  const ctx = { ...baseCtx, headers: { ...baseCtx.headers, ...cors } };
  const h = ctx.headers;
  if (req.method === 'OPTIONS' && cors['Access-Control-Allow-Origin']) {  // CORS preflight
    res.writeHead(204, { ...h, 'Access-Control-Allow-Methods': 'GET, HEAD, POST',
      'Access-Control-Allow-Headers': 'Content-Type', 'Access-Control-Max-Age': '600' });
    return res.end();
  }
  if (urlPath === '/orders') {
    if (req.method === 'POST') return handleOrder(req, res, ctx);
    return sendError(res, 405, 'server.method', 'Use POST.', { ...h, Allow: 'POST' });
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendError(res, 405, 'server.method', 'Use GET.', { ...h, Allow: 'GET, HEAD' });
  }
  return serveStatic(req, res, ctx, urlPath);
}

// The notice dates accepted now: a fixed today (tests, LICENSEFORM_TODAY)
// allows that day only.
function todaySource(today) {
  const fixed = today ?? process.env.LICENSEFORM_TODAY;
  if (typeof fixed === 'function') return () => [fixed()];
  if (fixed) {
    if (dayNumber(fixed) === null) throw new Error(`today must be YYYY-MM-DD, not ${fixed}`);
    return () => [fixed];
  }
  return () => acceptedNoticeDays();
}

/**
 * Starts the server.
 * @param {{host?: string, port?: number, root?: string, ordersDir?: string,
 *   frameAncestors?: string, today?: string|(() => string), quiet?: boolean,
 *   maxBodyBytes?: number, engine?: object, policy?: object|null,
 *   embedOrigins?: string|string[]}} [options]
 *   engine: an engine already loaded (by default it is loaded from root/engine/)
 *   policy: the cancellation policy in force, {noticeDays, endOfMonth}; by
 *     default the one the page's own config.js sets (so page and server agree),
 *     else the engine's default (30 days, to the end of the month)
 * @returns {Promise<{url: string, port: number, ordersDir: string,
 *   close: () => Promise<void>}>}
 */
export async function startServer({
  host = '127.0.0.1',
  port = 8080,
  root = path.join(repoRoot, 'build', 'site'),
  ordersDir = process.env.LICENSEFORM_ORDERS || path.join(repoRoot, 'orders'),
  frameAncestors = process.env.LICENSEFORM_FRAME_ANCESTORS || "'self'",
  embedOrigins = process.env.LICENSEFORM_EMBED_ORIGINS || '',
  today,
  quiet = false,
  maxBodyBytes = MAX_BODY_BYTES,
  engine,
  policy,
} = {}) {
  const ctx = {
    root: path.resolve(root),
    ordersDir: path.resolve(ordersDir),
    headers: baseHeaders(frameAncestors),
    embedOrigins: parseOrigins(embedOrigins),
    today: todaySource(today),
    quiet,
    maxBodyBytes,
    engine: engine ?? (await loadEngine(path.join(path.resolve(root), 'engine'))),
    policy: policy === undefined ? await pagePolicy(root) : policy,
    limits: await pageLimits(root),
    engineDir: path.join(path.resolve(root), 'engine'),
  };
  await fsp.mkdir(ctx.ordersDir, { recursive: true });

  const server = http.createServer((req, res) => {
    route(req, res, ctx).catch((error) => {
      if (!quiet) console.error(error);
      if (res.headersSent) return res.destroy();
      return sendError(res, 500, 'server.internal', 'Something went wrong.', ctx.headers);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actualPort = server.address().port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actualPort}/`,
    port: actualPort,
    ordersDir: ctx.ordersDir,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

async function main() {
  const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
  const server = await startServer({ port });
  console.log(`licenseform: serving on ${server.url}`);
  console.log(`licenseform: orders are stored in ${server.ordersDir}`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`licenseform: ${error.message}`);
    process.exit(1);
  });
}
