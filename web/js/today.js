// The notice date: "today" in the vendor's time zone (Europe/Berlin), which
// the engine needs for every billing end date. The rules stay in the engine;
// the page only says which day it is.

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Today in Europe/Berlin as YYYY-MM-DD ('en-CA' formats dates that way).
 * @param {Date} [now]
 * @returns {string}
 */
export function berlinToday(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit',
  }).format(now);
}

/**
 * The notice date for this page. Testing aid: `?today=YYYY-MM-DD` in the
 * address replaces the real date, so tests and demonstrations see fixed
 * billing end dates. It only changes what this page computes; a receiver
 * compares the payload's submittedOn with its own clock if that matters.
 * @param {string} [search] location.search
 * @returns {string}
 */
export function noticeDate(search = location.search) {
  const given = new URLSearchParams(search).get('today');
  return given && ISO_DAY.test(given) ? given : berlinToday();
}

/**
 * A YYYY-MM-DD date in words for the page ("31 January 2027"); the value
 * is only formatted, never interpreted.
 * @param {string|null|undefined} iso
 * @param {string} lang
 * @returns {string}
 */
export function longDate(iso, lang) {
  if (!iso || !ISO_DAY.test(iso)) return iso || '';
  const [y, m, d] = iso.split('-').map(Number);
  const locale = lang === 'de' ? 'de-DE' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'long' })
    .format(new Date(Date.UTC(y, m - 1, d)));
}
