// Golden vectors for the display phone number check, made with
// libphonenumber-js itself (used by scripts/gen-phone-metadata.mjs).
//
// For every region: its example mobile number and one sampled number of each
// other type the metadata lists, written the ways customers write them (E.164,
// international with separators, national with the trunk prefix, 00, (0)),
// and damaged (a digit dropped or added, a letter, an extension, a lost '+',
// a lost leading 0). The expected value is what libphonenumber-js's
// parsePhoneNumberFromString() and isValid() give, with the refusals of
// docs/rules.md on top (see expected()).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const lib = require('libphonenumber-js/max');
const examples = require('libphonenumber-js/examples.mobile.json');
const metadata = require('libphonenumber-js/metadata.max.json');

const REFUSED_TYPES = { PREMIUM_RATE: 'phone.premium_rate', PAGER: 'phone.pager',
  VOICEMAIL: 'phone.voicemail' };
const TYPE_NAMES = ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'PERSONAL_NUMBER',
  'VOICEMAIL', 'UAN', 'PAGER', 'VOIP', 'SHARED_COST'];
const FROM_NUMBER_WITHOUT_PLUS = 'FROM_NUMBER_WITHOUT_PLUS_SIGN';

function parse(text, country) {
  try {
    return lib.parsePhoneNumberFromString(text, country ? { defaultCountry: country } : {});
  } catch {
    return undefined;
  }
}

// What libphonenumber-js makes of text, less what a caller ID cannot be.
function libraryVerdict(text, country) {
  const pn = parse(text, country);
  if (!pn || !pn.isValid()) return { expect: null };
  // ITU-T E.164: at most 15 digits; libphonenumber allows a few more.
  if (pn.number.length > 16) return { expect: null, code: 'phone.too_long' };
  const code = REFUSED_TYPES[pn.getType()];
  return code ? { expect: null, code } : { expect: pn.number };
}

function validWithout(text, country) {
  const pn = parse(text, country);
  return pn && pn.isValid() && pn.__countryCallingCodeSource !== FROM_NUMBER_WITHOUT_PLUS;
}

// The national format libphonenumber gives the number keeps its digits as
// typed: there is no trunk prefix to lose.
function writtenWithoutTrunk(text, country) {
  const pn = parse(text, country);
  return pn.nationalNumber === text.replace(/\D/g, '') &&
    pn.formatNational().replace(/\D/g, '') === pn.nationalNumber;
}

function isInternational(text, country) {
  if (text.trim().replace(/^'/, '').startsWith('+')) return true;
  const digits = text.replace(/\D/g, '');
  const idd = metadata.countries[country][1];
  const m = digits.match(new RegExp(`^(?:${idd})`));
  if (m && digits.length > m[0].length && digits[m[0].length] !== '0') return true;
  // "00" is read as international where the country dials another prefix,
  // unless the digits are a valid national number there (JP 00777...).
  return /^00[1-9]/.test(digits) && !validWithout(text, country);
}

// docs/rules.md on top of libphonenumber-js: no extensions, no letters, and
// digits without '+' or trunk prefix are national only where national
// numbers have no trunk 0; otherwise a lost '+' or lost 0 is asked about.
// (libphonenumber-js would quietly read "493023125001" as +49 30 23125001.)
export function expected(text, country) {
  if (/(ext\.?|x|#)\s*\d+$/i.test(text)) return { expect: null, code: 'phone.extension' };
  if (/[A-Za-z]/.test(text)) return { expect: null, code: 'phone.letters' };
  if (isInternational(text, country)) return libraryVerdict(text, country);
  const digits = text.replace(/\D/g, '');
  const trunk = metadata.countries[country][5] || '';
  if (trunk && digits.startsWith(trunk)) {
    return validWithout(text, country) ? libraryVerdict(text, country) : { expect: null };
  }
  if (trunk !== '0' && validWithout(text, country)) return libraryVerdict(text, country);
  if (validWithout(text, country) && writtenWithoutTrunk(text, country)) {
    return libraryVerdict(text, country);
  }
  if (parse(`+${digits}`)?.isValid()) return { expect: null, code: 'phone.missing_plus' };
  if (validWithout(`0${digits}`, country)) return { expect: null, code: 'phone.missing_zero' };
  return { expect: null };
}

// A small deterministic generator (mulberry32), so reruns give one file.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Parses the metadata's pattern subset into a tree to draw strings from.
function parsePattern(p) {
  let i = 0;
  const alternation = () => {
    const alts = [sequence()];
    while (p[i] === '|') { i++; alts.push(sequence()); }
    return { alts };
  };
  const sequence = () => {
    const items = [];
    while (i < p.length && p[i] !== '|' && p[i] !== ')') items.push(quantified(atom()));
    return { items };
  };
  const atom = () => {
    const c = p[i++];
    if (c === '(') {
      if (p.startsWith('?:', i)) i += 2;
      const node = alternation();
      i++;
      return node;
    }
    if (c === '\\') { i++; return { set: '0123456789' }; }
    if (c === '[') {
      let set = '';
      while (p[i] !== ']') {
        if (p[i] === '\\') { set += '0123456789'; i += 2; continue; }
        const lo = p.charCodeAt(i++);
        let hi = lo;
        if (p[i] === '-' && p[i + 1] !== ']') { hi = p.charCodeAt(i + 1); i += 2; }
        for (let k = lo; k <= hi; k++) set += String.fromCharCode(k);
      }
      i++;
      return { set };
    }
    if (c === '$') return { set: '' , empty: true };
    return { set: c };
  };
  const quantified = (node) => {
    for (;;) {
      if (p[i] === '?') { i++; node = { node, min: 0, max: 1 }; }
      else if (p[i] === '*') { i++; node = { node, min: 0, max: 3 }; }
      else if (p[i] === '+') { i++; node = { node, min: 1, max: 3 }; }
      else if (p[i] === '{') {
        const end = p.indexOf('}', i);
        const [a, b] = p.slice(i + 1, end).split(',');
        node = { node, min: +a, max: b === undefined ? +a : b === '' ? +a + 3 : +b };
        i = end + 1;
      } else return node;
    }
  };
  return alternation();
}

function draw(node, rnd) {
  if (node.alts) return draw(node.alts[Math.floor(rnd() * node.alts.length)], rnd);
  if (node.items) return node.items.map((n) => draw(n, rnd)).join('');
  if (node.node) {
    const n = node.min + Math.floor(rnd() * (node.max - node.min + 1));
    let s = '';
    for (let k = 0; k < n; k++) s += draw(node.node, rnd);
    return s;
  }
  if (node.empty) return '';
  return node.set[Math.floor(rnd() * node.set.length)];
}

// A national number of the given type that libphonenumber-js agrees is one.
function sample(country, typeIndex, rnd) {
  const c = metadata.countries[country];
  const type = c[11] && c[11][typeIndex];
  if (!type || !type[0]) return null;
  const tree = parsePattern(type[0]);
  for (let attempt = 0; attempt < 300; attempt++) {
    const national = draw(tree, rnd);
    const pn = parse(`+${c[0]}${national}`);
    if (pn && pn.isValid() && pn.getType() === TYPE_NAMES[typeIndex]) return pn;
  }
  return null;
}

const FULL_WIDTH = (s) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + +d));

// The ways one number is written and damaged, each with its country.
function writings(pn, country, withMutations) {
  const e164 = pn.number;
  const intl = pn.formatInternational();
  const national = pn.formatNational();
  const nsn = pn.nationalNumber;
  const trunk = metadata.countries[country][5];
  const out = [
    [e164, 'DE'], [intl, 'DE'], [`00${e164.slice(1)}`, 'DE'], [national, country],
  ];
  if (!withMutations) return out;
  out.push(
    [intl.replace(/ /g, '-'), 'DE'], [intl.replace(/ /g, '\u00a0'), 'DE'],
    [national.replace(/ /g, '.'), country], [`'${e164}`, 'DE'],
    [e164.slice(0, -1), 'DE'], [`${e164}5`, 'DE'], [national.slice(0, -1), country],
    [`${e164.slice(0, -1)}a`, 'DE'], [`${intl} ext. 12`, 'DE'],
    [e164.slice(1), 'DE'], [e164.slice(1), country],
  );
  if (trunk === '0') out.push([`+${pn.countryCallingCode} (0)${nsn}`, 'DE'], [nsn, country]);
  return out;
}

export function goldenVectors() {
  const rnd = random(20250601);
  const vectors = [];
  const seen = new Set();
  const add = (input, country, asciiInput = input) => {
    const key = `${country} ${input}`;
    if (seen.has(key)) return;
    seen.add(key);
    vectors.push({ input, country, ...expected(asciiInput, country) });
  };
  for (const country of Object.keys(examples).sort()) {
    if (!metadata.countries[country]) continue;
    const example = lib.getExampleNumber(country, examples);
    if (example) {
      for (const [input, c] of writings(example, country, true)) add(input, c);
      add(FULL_WIDTH(example.number), 'DE', example.number);
    }
    for (let t = 0; t < TYPE_NAMES.length; t++) {
      const pn = sample(country, t, rnd);
      if (pn) for (const [input, c] of writings(pn, country, false)) add(input, c);
    }
  }
  return vectors;
}
