// The checks of an add file written in plain JavaScript, for the bench: what
// a page would do with PapaParse or uDSV instead of the engine. Reasonably
// equivalent to the engine's rules, and simpler where the engine is careful:
//   name   trim and collapse spaces; 1..100 code points; no control or bidi
//          characters, no U+FFFD; no formula start (= + - @ tab CR)
//   email  the WHATWG grammar with the engine's stricter dots, the length
//          limits, at least two labels and a last label not all digits;
//          domain lower-cased; duplicates ignoring case (no IDN, no mailto:)
//   phone  E.164 by approximation: separators dropped, 00 -> +, a national 0
//          under DE, 8..15 digits, a known country code; scientific notation
//          refused. No per-region number patterns (the engine checks
//          libphonenumber's), no premium-rate or pager numbers. Or, as the
//          engine checks them, with libphonenumber-js (fullPhoneCheck)
//   date   YYYY-MM-DD or D.M.YYYY, a real day, not in the past (no named
//          months, two-digit years, Excel serials or a/b/yyyy)
// Like the engine, phone and date results are remembered per cell text.

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffd]/;
const LOCAL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const COUNTRY = new Set(['1', '7', '20', '27', '30', '31', '32', '33', '34', '36', '39', '40',
  '41', '43', '44', '45', '46', '47', '48', '49', '351', '352', '353', '358', '420', '421']);

function issue(issues, row, column, code) {
  issues.push({ row, column, code, severity: 'error' });
}

export function checkName(raw, row, issues) {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (!name) return issue(issues, row, 'name', 'name.required'), null;
  if (CONTROL.test(name)) return issue(issues, row, 'name', 'name.control_character'), null;
  if ('=+-@\t\r'.includes(name[0])) return issue(issues, row, 'name', 'name.formula_start'), null;
  if ([...name].length > 100) return issue(issues, row, 'name', 'name.too_long'), null;
  return name;
}

export function checkEmail(raw, row, issues) {
  const email = raw.trim();
  const at = email.lastIndexOf('@');
  if (at < 0) return issue(issues, row, 'email', 'email.missing_at'), null;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1).toLowerCase();
  const labels = domain.split('.');
  const bad = !local || !LOCAL.test(local) || local.length > 64 || local.startsWith('.') ||
    local.endsWith('.') || local.includes('..') || domain.length > 253 || email.length > 254 ||
    labels.length < 2 || !labels.every((l) => LABEL.test(l)) || /^\d+$/.test(labels.at(-1));
  if (bad) return issue(issues, row, 'email', 'email.invalid'), null;
  return `${local}@${domain}`;
}

export function checkPhone(raw, row, issues) {
  const text = raw.trim();
  if (/^\d[.,]\d+E\+?\d+$/i.test(text)) return { code: 'phone.scientific_notation' };
  let digits = text.replace(/[\s\u00a0().\/-]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  else if (digits.startsWith('0')) digits = `+49${digits.slice(1)}`;
  if (!/^\+\d{8,15}$/.test(digits)) return { code: 'phone.invalid' };
  const cc = [1, 2, 3].map((n) => digits.slice(1, 1 + n)).find((c) => COUNTRY.has(c));
  return cc ? { value: digits } : { code: 'phone.unknown_country_code' };
}

/**
 * The phone check as the engine makes it, with libphonenumber-js, whose
 * parsing and metadata the engine follows: a number valid for its region
 * (national numbers under DE), not premium-rate, pager or voicemail;
 * scientific notation refused first (the library would read its digits).
 * @param {(text: string, region: string) => any} parse its parsePhoneNumberFromString
 */
export function fullPhoneCheck(parse) {
  const refused = new Set(['PREMIUM_RATE', 'PAGER', 'VOICEMAIL']);
  return (raw) => {
    const text = raw.trim();
    if (/^\d[.,]\d+E\+?\d+$/i.test(text)) return { code: 'phone.scientific_notation' };
    const number = parse(text, 'DE');
    if (!number || !number.isValid()) return { code: 'phone.invalid' };
    if (refused.has(number.getType())) return { code: 'phone.refused_type' };
    return { value: number.number };
  };
}

export function checkDate(raw, today) {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  let y, mo, d;
  if (m) [y, mo, d] = [+m[1], +m[2], +m[3]];
  else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(raw))) [d, mo, y] = [+m[1], +m[2], +m[3]];
  else return { code: 'date.invalid' };
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return { code: 'date.invalid' };
  const iso = day.toISOString().slice(0, 10);
  return iso < today ? { code: 'date.past' } : { value: iso };
}

function remembered(cache, text, check) {
  let r = cache.get(text);
  if (!r) {
    r = check();
    if (cache.size < 4096) cache.set(text, r);
  }
  return r;
}

/**
 * Checks the records of an add file (header first) as the engine would.
 * @param {string[][]} records
 * @param {string} today 'YYYY-MM-DD'
 * @param {(raw: string) => {value?: string, code?: string}} [phoneCheck]
 * @returns {{agents: object[], issues: object[], counts: object}}
 */
export function checkRecords(records, today, phoneCheck = checkPhone) {
  const header = records[0].map((h) => h.trim().toLowerCase().replace(/[\s_-]/g, ''));
  const col = (names) => header.findIndex((h) => names.includes(h));
  const at = { name: col(['name']), date: col(['cancellationdate']),
    phone: col(['displayphonenumber', 'phone']), email: col(['email', 'emailaddress']) };
  const agents = [];
  const issues = [];
  const seen = new Map();
  const phones = new Map();
  const dates = new Map();
  let refused = 0;
  let skipped = 0;
  for (let i = 1; i < records.length; i += 1) {
    const r = records[i];
    const row = i + 1;
    if (r.every((v) => !v.trim())) { skipped += 1; continue; }
    const before = issues.length;
    const name = checkName(r[at.name] ?? '', row, issues);
    const dateText = (r[at.date] ?? '').trim();
    const date = dateText ? remembered(dates, dateText, () => checkDate(dateText, today)) : {};
    if (date.code) issue(issues, row, 'cancellationDate', date.code);
    const phoneText = r[at.phone] ?? '';
    const phone = remembered(phones, phoneText, () => phoneCheck(phoneText));
    if (phone.code) issue(issues, row, 'phone', phone.code);
    const email = checkEmail(r[at.email] ?? '', row, issues);
    if (email) {
      const key = email.toLowerCase();
      if (seen.has(key)) issue(issues, row, 'email', 'order.duplicate_email');
      else seen.set(key, row);
    }
    if (issues.length > before) { refused += 1; continue; }
    agents.push({ row, name, email, phone: phone.value, cancellationDate: date.value ?? null });
  }
  const rows = records.length - 1 - skipped;
  return { agents, issues, counts: { rows, accepted: agents.length, refused, skipped } };
}
