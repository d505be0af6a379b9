// The error summary at the top of the page (GOV.UK pattern): a list of
// links, each to the field it is about, focused when it appears.

import { byId, h, replace } from './dom.js';
import { t } from './strings.js';

/**
 * Shows the summary with its items, or hides it when there are none.
 * @param {{text: string, target: string}[]} items target: the id to jump to
 */
export function showSummary(items) {
  const $summary = byId('error-summary');
  if (!items.length) {
    hideSummary();
    return;
  }
  byId('error-summary-title').textContent = t('errorSummaryTitle');
  replace(byId('error-summary-list'), items.map((item) =>
    h('li', {}, h('a', { href: `#${item.target}`, on: { click: jump(item.target) } },
      item.text))));
  $summary.hidden = false;
  $summary.focus();
  $summary.scrollIntoView({ block: 'start' });
}

export function hideSummary() {
  byId('error-summary').hidden = true;
  byId('error-summary-list').replaceChildren();
}

// Moves focus to the field itself (a link to an id only scrolls), and puts
// its label or legend in view, as GOV.UK Frontend does.
function jump(target) {
  return (event) => {
    const $target = byId(target);
    if (!$target) return;
    event.preventDefault();
    const $focusable = $target.matches('input, select, textarea, button, [tabindex]')
      ? $target : $target.querySelector('input:checked, input, button');
    const $legend = $target.closest('fieldset')?.querySelector('legend');
    ($legend || $target).scrollIntoView({ block: 'start' });
    ($focusable || $target).focus({ preventScroll: true });
  };
}
