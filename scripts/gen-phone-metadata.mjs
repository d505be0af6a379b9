#!/usr/bin/env node
// Generates the phone number tables and their golden tests from the metadata
// that the npm package libphonenumber-js ships (Google's libphonenumber
// metadata, Apache-2.0, compiled to JSON by libphonenumber-js, MIT).
//
//   node scripts/gen-phone-metadata.mjs
//
// writes, from node_modules/libphonenumber-js (the version pinned in
// package.json; `npm ci` first):
//   core/src/phone_metadata.cpp    the table the C++ check reads: per region its
//                                  calling code, prefixes, possible lengths and
//                                  number patterns, as one string
//   tests/data/phone_golden.json   example numbers per region, written several
//                                  ways and damaged, with the E.164 value
//                                  libphonenumber-js gives them (null where it,
//                                  or our rules for caller IDs, refuse them)
// Both files are checked in; rerun this after upgrading libphonenumber-js and
// commit the result. Options: --table-only, --golden-only.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { goldenVectors } from './phone/golden.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = require('libphonenumber-js/package.json');
const metadata = require('libphonenumber-js/metadata.max.json');

// The order of number types in the metadata's type list (libphonenumber-js
// metadata version 4), which the C++ table keeps.
const TYPES = ['fixed_line', 'mobile', 'toll_free', 'premium_rate', 'personal_number',
  'voicemail', 'uan', 'pager', 'voip', 'shared_cost'];

// "4,5,6,7,9" -> "4-7,9": possible lengths, compactly.
function lengths(list) {
  if (!list || list.length === 0) return '';
  const parts = [];
  for (let i = 0; i < list.length;) {
    let j = i;
    while (j + 1 < list.length && list[j + 1] === list[j] + 1) j++;
    parts.push(j > i ? `${list[i]}-${list[j]}` : `${list[i]}`);
    i = j + 1;
  }
  return parts.join(',');
}

// One region as space-separated fields (no pattern contains a space):
// id, calling code, international prefix, national prefix, national prefix
// for parsing, its transform rule, leading digits, national number pattern,
// possible lengths, whether types are listed, then pattern and lengths of
// each type in TYPES order, then the national formats (nationalFormats()).
// Absent fields are empty.
function record(id, c) {
  const s = (v) => (typeof v === 'string' ? v : '');
  const types = Array.isArray(c[11]) ? c[11] : null;
  const fields = [id, c[0], s(c[1]), s(c[5]), s(c[7]) || s(c[5]), s(c[8]), s(c[10]), s(c[2]),
    lengths(c[3]), types ? '1' : ''];
  for (let t = 0; t < TYPES.length; t++) {
    const type = types && types[t];
    fields.push(type ? s(type[0]) : '', type ? lengths(type[1]) : '');
  }
  fields.push(nationalFormats(id, c));
  for (const f of fields) {
    if (/[\s"]/.test(String(f))) throw new Error(`unexpected character in ${id}: ${f}`);
  }
  return fields.join(' ');
}

// Whether each national format writes the trunk prefix, for regions whose
// trunk prefix is 0: "T" or "N", the format's last leading digits pattern,
// "/", its number pattern; formats joined by ";" and cut after the last "T"
// (a number that no format fits is written as its bare digits, so later
// formats could only say "N" too). libphonenumber-js's formatNational()
// writes the UAE's "400 3 52123" without its trunk 0: such digits are no
// lost 0.
function nationalFormats(id, c) {
  if (id === '001' || c[5] !== '0') return '';
  const main = metadata.countries[metadata.country_calling_codes[c[0]][0]];
  const formats = c[4] || main[4] || [];
  const rule = c[6] || main[6];
  const entries = formats.map((f) => {
    const r = f[3] || rule;
    const trunk = r && !/^\(?\$1\)?$/.test(r);
    const leading = f[2] ? f[2][f[2].length - 1] : '';
    return `${trunk ? 'T' : 'N'}${leading}/${f[0]}`;
  });
  const last = entries.findLastIndex((e) => e.startsWith('T'));
  return entries.slice(0, last + 1).join(';');
}

// Regions in calling code order; within a code the main region first, as
// libphonenumber lists them.
function records() {
  const out = [];
  const codes = Object.keys(metadata.country_calling_codes).sort((a, b) => a - b);
  for (const code of codes) {
    for (const id of metadata.country_calling_codes[code]) {
      const c = id === '001' ? metadata.nonGeographic[code] : metadata.countries[id];
      out.push(record(id, c));
    }
  }
  return out;
}

// A C++ string literal, split into pieces that keep lines within 100 columns.
function literal(text) {
  const pieces = [];
  for (let i = 0; i < text.length; i += 80) pieces.push(text.slice(i, i + 80));
  return pieces.map((p) => `    "${p.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}"`).join('\n');
}

const LICENCE = `// Phone number metadata from Google's libphonenumber
// (https://github.com/google/libphonenumber), as compiled to JSON by the npm
// package libphonenumber-js ${pkg.version} (https://gitlab.com/catamphetamine/libphonenumber-js,
// MIT licence).
//
// Copyright (C) 2009 The Libphonenumber Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.
//
// GENERATED by scripts/gen-phone-metadata.mjs from
// libphonenumber-js/metadata.max.json; do not edit. To rebuild:
//   npm ci && node scripts/gen-phone-metadata.mjs
// The record format is described in that script and read by phone_regions.cpp.
`;

function writeTable() {
  const lines = records();
  const text = lines.join('\n') + '\n';
  const cpp = `${LICENCE}
// clang-format off
#include "phone_metadata.hpp"

namespace licenseform::phone_detail {

std::string_view metadata_version() { return "libphonenumber-js ${pkg.version}"; }

std::string_view metadata_table() {
  static constexpr char table[] =
${literal(text)};
  return {table, sizeof table - 1};
}

}  // namespace licenseform::phone_detail
`;
  writeFileSync(join(root, 'core/src/phone_metadata.cpp'), cpp);
  console.log(`core/src/phone_metadata.cpp: ${lines.length} regions, ${cpp.length} bytes`);
}

function writeGolden() {
  const vectors = goldenVectors();
  // One vector a line, so that an upgrade of the metadata reads as a diff.
  const source = `libphonenumber-js ${pkg.version}, generated by scripts/gen-phone-metadata.mjs`;
  const lines = vectors.map((v) => `  ${JSON.stringify(v)}`);
  const head = `{\n "source": ${JSON.stringify(source)},\n "vectors": [\n`;
  const json = `${head}${lines.join(',\n')}\n ]\n}\n`;
  writeFileSync(join(root, 'tests/data/phone_golden.json'), json);
  console.log(`tests/data/phone_golden.json: ${vectors.length} vectors`);
}

const args = process.argv.slice(2);
if (!args.includes('--golden-only')) writeTable();
if (!args.includes('--table-only')) writeGolden();
