// What the page adds around the form when it is the page itself (index.html
// or the offline file), not <license-form>:
//   - inside an iframe, it tells the host page its height whenever that
//     changes, so that the host's snippet (embed/host.js) can size the frame
//     and the customer never scrolls inside it;
//   - it offers the offline file (licenseform-offline.html), unless it is
//     that file or has no endpoint.

import { byId } from './dom.js';
import { t } from './strings.js';

/** The message's type; embed/host.js listens for it. */
export const HEIGHT_MESSAGE = 'licenseform:height';

/** Whether the page is in a frame of another page. */
export function isFramed(win = window) {
  try {
    return win.parent !== win;
  } catch {
    return true;
  }
}

// The host's origin where the browser tells it (Chromium and Safari fill
// location.ancestorOrigins), else '*': the message says only a number of
// pixels, which is no secret, and host.js checks where it comes from.
function hostOrigin() {
  const origins = location.ancestorOrigins;
  const origin = origins && origins.length ? origins[0] : '';
  return origin && origin !== 'null' ? origin : '*';
}

/** The page's full height in CSS pixels (the root box; body has no margin). */
function pageHeight() {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/**
 * Posts {type: 'licenseform:height', height} to the parent now and after
 * every change of the page's size (a row added, an error shown, the review).
 */
export function reportHeight(target = window.parent) {
  let last = -1;
  const send = () => {
    const height = pageHeight();
    if (height === last) return;
    last = height;
    target.postMessage({ type: HEIGHT_MESSAGE, height }, hostOrigin());
  };
  const observer = new ResizeObserver(send);
  observer.observe(document.documentElement);
  if (document.body) observer.observe(document.body);
  send();
}

// The link to the offline file, with its texts; hidden where it makes no
// sense (no engine, the offline file itself, no endpoint to send to).
function offerOfflineFile(app) {
  const $box = byId('offline-download');
  if (!$box) return;
  const offline = location.protocol === 'file:' || !app || !app.ctx.config.endpoint;
  $box.hidden = offline;
  if (offline) return;
  byId('offline-link').textContent = t('offlineLink');
  byId('offline-hint').textContent = t('offlineHint', { contact: app.ctx.config.contact });
}

/**
 * Called once the form is mounted in the page (app is null when the engine
 * did not start: the height is still reported, for the error message).
 * @param {object|null} app
 */
export function initEmbedding(app) {
  offerOfflineFile(app);
  if (isFramed()) reportHeight();
}
