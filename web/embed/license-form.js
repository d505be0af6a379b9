// <license-form>: the order form as a custom element, for host pages that
// allow scripts (a help-centre theme, an intranet page). The form is the
// page's own (app.js and its modules), mounted into a shadow root with its
// styles there, so the host's styles do not reach in and the form's do not
// leak out.
//
//   <script type="module" src="https://forms.example.com/embed/license-form.js"></script>
//   <license-form endpoint="https://forms.example.com/orders" lang="de" country="AT"
//                 flow="cancel"></license-form>
//
// Attributes (read once, when the element is first connected):
//   endpoint  where the order is POSTed; default: config.js's endpoint on the form's origin
//   lang      'en' or 'de'; country: region of phone numbers typed without +CC
//   flow      'add' or 'cancel': preselects what the customer wants to do
// Events, bubbling and composed, on the element:
//   licenseform:submitted  detail {orderId, payload}   the endpoint accepted the order
//   licenseform:failed     detail {error: {kind, status, issues}, payload}
// The element sets data-ready="true" once the form is usable. The page's
// modules keep their state per document: one <license-form> per page.
//
// Requests: this module and the page's modules, index.html (the form's
// skeleton), embed/form.css, the engine and its wasm, all from the form's
// origin (which must allow the host's origin: LICENSEFORM_EMBED_ORIGINS);
// the POST on submit. Nothing else, and nothing to anyone else.

import pageConfig from '../config.js';
import { mountForm } from '../app.js';
import { t } from '../js/strings.js';

const BASE = new URL('../', import.meta.url);
let taken = false;

/**
 * The form's skeleton: the <main> of index.html, the same markup the page
 * has (parsed by DOMParser from the form's own origin, never from the host).
 */
async function skeleton() {
  const response = await fetch(new URL('index.html', BASE), { credentials: 'omit' });
  if (!response.ok) throw new Error(`index.html: ${response.status}`);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const $main = doc.getElementById('main');
  if (!$main) throw new Error('index.html has no <main id="main">');
  $main.querySelectorAll('noscript, script').forEach(($el) => $el.remove());
  return document.importNode($main, true);
}

function settings($host) {
  const config = { endpoint: new URL(pageConfig.endpoint || 'orders', BASE).href };
  const endpoint = $host.getAttribute('endpoint');
  if (endpoint) config.endpoint = new URL(endpoint, document.baseURI).href;
  const country = $host.getAttribute('country');
  if (country) config.country = country.toUpperCase();
  return config;
}

export class LicenseFormElement extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    const $css = document.createElement('link');
    $css.rel = 'stylesheet';
    $css.href = new URL('embed/form.css', BASE).href;
    const $root = document.createElement('div');
    $root.className = 'lf-root';
    shadow.append($css, $root);
    if (taken) {
      $root.textContent = 'Only one license form can be shown on a page.';
      return;
    }
    taken = true;
    this.start(shadow, $root);
  }

  async start(shadow, $root) {
    try {
      $root.append(await skeleton());
    } catch {
      $root.textContent = t('engineFailed', { contact: pageConfig.contact });
      return;
    }
    const flow = this.getAttribute('flow');
    await mountForm({
      root: shadow,
      config: settings(this),
      lang: this.getAttribute('lang'),
      flow: flow === 'add' || flow === 'cancel' ? flow : null,
      emit: (type, detail) => this.dispatchEvent(new CustomEvent(`licenseform:${type}`,
        { detail, bubbles: true, composed: true })),
      onReady: (app) => {
        $root.lang = app.ctx.lang;
        this.dataset.ready = 'true';
      },
    });
  }
}

if (!customElements.get('license-form')) customElements.define('license-form', LicenseFormElement);
