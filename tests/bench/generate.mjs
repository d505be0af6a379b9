// Generates add-license CSV files for the bench and the large-file test:
// invented people, example.com/.org/.net addresses, numbers from the
// fiction ranges +49 30 23125xxx, +44 20 7946 0xxx and +1 202 555 01xx,
// and a few percent of rows with the faults customers' files really have.
// Deterministic: the same row count gives the same bytes.
//
//   import { generateAddCsv } from './generate.mjs';
//   const bytes = generateAddCsv(100000);   // Uint8Array, about 6 MB
//   node tests/bench/generate.mjs 1000000 out.csv

import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIRST = ['Ada', 'Bruno', 'Carla', 'Dora', 'Emil', 'Frieda', 'Gustav', 'Hanna', 'Ivo',
  'Jana', 'Karl', 'Lena', 'Mats', 'Nora', 'Otto', 'Paula', 'Quirin', 'Rosa', 'Sven', 'Tilda',
  'Chloé', 'Jürgen', 'Zoë', 'François', 'Renée', 'Çağla'];
const LAST = ['Beispiel', 'Muster', 'Probe', 'Exemple', 'Testmann', 'Sample', 'Essai',
  'Müller-Probe', 'Örnek', 'Demo', 'Fiktiv', "O'Test"];
const DOMAINS = ['example.com', 'example.org', 'example.net'];

/** A small deterministic generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, width) => String(n).padStart(width, '0');

function phone(i, r) {
  const k = i % 1000;
  switch (Math.floor(r * 4)) {
    case 0: return `+49 30 23125${pad(k, 3)}`;
    case 1: return `030 23125${pad(k, 3)}`;
    case 2: return `+44 20 7946 0${pad(k, 3)}`;
    default: return `+1 202 555 01${pad(k % 100, 2)}`;
  }
}

function date(r) {
  const day = 1 + Math.floor(r * 28);
  return Math.floor(r * 1000) % 2 ? `2027-03-${pad(day, 2)}` : `${day}.04.2027`;
}

// The faults: what Excel and typing do to a row (about 3 % of the rows).
const FAULTS = [
  (row) => { row.phone = '4.93023E+11'; },                       // scientific notation
  (row) => { row.email = row.email.replace('@', ''); },           // no @
  (row) => { row.email = row.email.replace('.', '..'); },         // two dots
  (row) => { row.name = `=HYPERLINK("x")`; },                     // a formula
  (row) => { row.date = '31.02.2027'; },                          // not a real date
  (row, prev) => { if (prev) row.email = prev; },                 // duplicate email
];

function makeRow(i, next, prevEmail) {
  const first = FIRST[Math.floor(next() * FIRST.length)];
  const last = LAST[Math.floor(next() * LAST.length)];
  const ascii = `${first}.${last}`.normalize('NFD').replace(/[^A-Za-z.]/g, '').toLowerCase();
  const row = {
    name: `${first} ${last}`,
    date: next() < 0.3 ? date(next()) : '',
    phone: phone(i, next()),
    email: `${ascii}.${i}@${DOMAINS[i % 3]}`,
  };
  if (next() < 0.03) FAULTS[Math.floor(next() * FAULTS.length)](row, prevEmail);
  return row;
}

const quote = (v) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/**
 * The CSV text of an add file with `rows` data rows.
 * @param {number} rows
 * @param {number} [seed]
 * @returns {string}
 */
export function generateAddCsvText(rows, seed = 20261203) {
  const next = random(seed);
  const lines = ['Name,Cancellation Date,Display Phone Number,Email'];
  let prev = '';
  for (let i = 1; i <= rows; i += 1) {
    const r = makeRow(i, next, prev);
    prev = r.email;
    lines.push([r.name, r.date, r.phone, r.email].map(quote).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The same as UTF-8 bytes. */
export function generateAddCsv(rows, seed) {
  return new TextEncoder().encode(generateAddCsvText(rows, seed));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] || 1000);
  const out = process.argv[3] || `add-${rows}.csv`;
  fs.writeFileSync(out, generateAddCsv(rows));
  console.log(`${out}: ${rows} rows, ${fs.statSync(out).size} bytes`);
}
