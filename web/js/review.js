// "Check your order": what will be sent, from the payload itself, with a
// way back to each answer.

import { h, replace } from './dom.js';
import { lang, t } from './strings.js';
import { longDate } from './today.js';

const MAX_AGENTS_SHOWN = 100;

/**
 * @param {HTMLElement} $body
 * @param {any} app
 * @param {{payload: any, agents: any[]}} order payload and the checked agents
 * @param {(target: string) => void} onChange go back to the form at a question
 */
export function renderReview($body, app, order, onChange) {
  const { payload } = order;
  const add = payload.action === 'add';
  const rows = [
    ['reviewAction', t(add ? 'actionAdd' : 'actionCancel'), 'action'],
    ['reviewLicense', t(payload.licenseType === 'agent-id' ? 'licenseAgentId' : 'licenseBria'),
      'licenseType'],
    add ? ['reviewTemporary', t(payload.temporary ? 'yes' : 'no'), 'temporary'] : null,
    ['reviewSource', payload.source.kind === 'csv'
      ? t('reviewSourceCsv', { name: payload.source.fileName || '' }) : t('reviewSourceManual'),
    'method'],
    ['reviewCount', String(payload.agents.length), payload.source.kind === 'csv'
      ? 'csv-file' : 'rows'],
    ['reviewSubmittedOn', longDate(payload.submittedOn, app.ctx.lang), null],
  ].filter(Boolean);
  replace($body,
    h('dl', { class: 'summary-list', id: 'review-summary' },
      rows.map(([key, value, target]) => summaryRow(key, value, target, onChange))),
    h('h2', { class: 'heading-m' }, t('reviewAgents')),
    agentsTable(app, payload, order.agents));
}

function summaryRow(key, value, target, onChange) {
  return h('div', { class: 'summary-list__row' },
    h('dt', { class: 'summary-list__key' }, t(key)),
    h('dd', { class: 'summary-list__value', 'data-review': key }, value),
    h('dd', { class: 'summary-list__actions' }, target ? h('a', {
      href: `#${target}`, class: 'link',
      'aria-label': t('changeWhat', { what: lang() === 'en' ? t(key).toLowerCase() : t(key) }),
      on: { click: (event) => { event.preventDefault(); onChange(target); } },
    }, t('change')) : null));
}

// One short summary list per agent: it reads well at any width, which a
// table of six columns does not on a phone.
function agentsTable(app, payload, checked) {
  const add = payload.action === 'add';
  const withDate = add && payload.temporary;
  const keys = add ? ['colName', 'colEmail', 'colPhone'] : ['colEmail'];
  if (withDate) keys.push('colDate');
  if (withDate || !add) keys.push('colBillingEnd');
  const shown = payload.agents.slice(0, MAX_AGENTS_SHOWN);
  return [
    h('ol', { class: 'agent-list', id: 'review-agents' }, shown.map((agent, i) =>
      h('li', { class: 'agent-list__item', 'data-agent': i + 1 },
        h('h3', { class: 'heading-s' }, t(add ? 'agentLegend' : 'emailLegend', { n: i + 1 })),
        h('dl', { class: 'summary-list summary-list--compact' },
          keys.map((key) => agentLine(app, key, agent, checked[i] || {})))))),
    payload.agents.length > shown.length ? h('p', { class: 'hint' },
      t('reviewAgentsTruncated', { shown: shown.length, total: payload.agents.length })) : null,
  ];
}

function agentLine(app, key, agent, checked) {
  const date = (iso) => (iso ? h('time', { datetime: iso }, longDate(iso, app.ctx.lang))
    : t('notAvailable'));
  const value = {
    colName: () => agent.name || '',
    colEmail: () => agent.email,
    colPhone: () => agent.phone || t('notAvailable'),
    colDate: () => date(agent.cancellationDate),
    colBillingEnd: () => [date(agent.billingEnd ?? checked.billingEnd),
      checked.reason ? h('span', { class: 'summary-list__note' }, checked.reason) : null],
  }[key]();
  return h('div', { class: 'summary-list__row' },
    h('dt', { class: 'summary-list__key' }, t(key)),
    h('dd', { class: 'summary-list__value', 'data-col': key }, value));
}
