// Which language the form speaks ('en' or 'de') and the switch between
// them. The first choice, in order: what the host asks for (mountForm's
// lang, the lang attribute of <license-form>), what the customer chose with
// the switch before, the lang attribute of the page, English. Switching
// redraws everything the customer sees, the engine's messages and reasons
// included (they come in options.lang), and keeps every entry.

import { byId, formRoot, h, replace } from './dom.js';
import { renderForm } from './form.js';
import { recheck } from './csv.js';
import { relabel } from './order.js';
import { hideSummary } from './summary.js';
import { drawClearTexts } from './clear.js';
import { loadLanguage, saveLanguage } from './state.js';
import { languageOf, setLang, t } from './strings.js';

const NAMES = { en: 'langEn', de: 'langDe' };

/** Dispatched on <html> (or <license-form>) after a switch; detail: {lang}. */
export const LANGUAGE_EVENT = 'licenseform:language';

/** @type {any} the mounted app, once there is one */
let app = null;

/**
 * The language to start in, and makes it current.
 * @param {string|null} [asked] a language tag the host gave
 * @returns {'en'|'de'}
 */
export function startLanguage(asked = null) {
  const code = languageOf(asked) || languageOf(loadLanguage())
    || languageOf(scope().getAttribute('lang')) || 'en';
  setLang(code);
  return code;
}

// The element whose lang attribute describes the form: the page's <html>,
// or the <license-form> element around the shadow root.
function scope() {
  const root = formRoot();
  return root === document || !root.host ? document.documentElement : root.host;
}

/** Draws the page's own texts and the switch; call once the app exists. */
export function initLanguage(theApp) {
  app = theApp;
  drawTexts();
}

/**
 * Switches the form to another language: its words, the engine's messages,
 * the dates. Entries, answers and the place of focus stay.
 * @param {string} code 'en' or 'de' (or a tag such as 'de-AT')
 * @param {{remember?: boolean}} [options] remember: keep the choice for the
 *   next visit (the switch does; a host that sets the language does not)
 */
export async function setLanguage(code, { remember = false } = {}) {
  const next = languageOf(code) || 'en';
  if (remember) saveLanguage(next);
  if (!app) {
    setLang(next);
    return;
  }
  if (next === app.ctx.lang) return;
  const focused = formRoot().activeElement?.id;
  setLang(next);
  app.ctx.lang = next;
  drawTexts();
  hideSummary();  // its items were in the other language; Continue lists them again
  renderForm(app);
  refocus(focused);
  await recheck(app);
  relabel(app);
  // For parts drawn elsewhere (the offline link, a host's own words).
  scope().dispatchEvent(new CustomEvent(LANGUAGE_EVENT,
    { bubbles: true, composed: true, detail: { lang: next } }));
}

// The redraw replaced the focused element (the switch's button, a radio):
// focus its successor, so a keyboard user stays where they were.
function refocus(id) {
  const $el = id ? byId(id) : null;
  if ($el && !$el.closest('[hidden]')) $el.focus({ preventScroll: true });
}

/** The language the form speaks now. */
export function currentLanguage() {
  return app ? app.ctx.lang : languageOf(scope().getAttribute('lang')) || 'en';
}

function drawTexts() {
  const code = app.ctx.lang;
  if (scope().getAttribute('lang') !== code) scope().setAttribute('lang', code);
  if (formRoot() === document) document.title = t('title');
  else byId('main')?.setAttribute('lang', code);  // inside the shadow root's own wrapper
  setText('skip-link', t('skipLink'));
  setText('header-title', t('headerTitle'));
  setText('help-title', t('helpTitle'));
  drawHelp();
  if (byId('clear-form')) drawClearTexts();
  drawSwitch(code);
}

function setText(id, text) {
  const $el = byId(id);
  if ($el) $el.textContent = text;
}

// "English / Deutsch": two buttons, each named in its own language, the
// current one marked (aria-current) and left as it is when pressed.
function drawSwitch(code) {
  const $nav = byId('language-switch');
  if (!$nav) return;
  $nav.setAttribute('aria-label', t('languageNav'));
  replace($nav, h('ul', { class: 'language-switch__list' },
    Object.keys(NAMES).map((other) => h('li', { class: 'language-switch__item' },
      h('button', {
        type: 'button', class: 'language-switch__button', lang: other, id: `lang-${other}`,
        'aria-current': other === code ? 'true' : null,
        on: { click: () => setLanguage(other, { remember: true }) },
      }, t(NAMES[other]))))));
  $nav.hidden = false;
}

// Who to write to, as a mailto link inside the sentence.
function drawHelp() {
  const $help = byId('help-contact');
  if (!$help) return;
  const contact = app.ctx.config.contact;
  const [before, after = ''] = t('helpContact').split('{contact}');
  replace($help, before,
    h('a', { class: 'link', href: `mailto:${contact}`, id: 'help-email' }, contact), after);
}
