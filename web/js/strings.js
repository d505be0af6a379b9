// The page's own words. Messages about the values themselves come from the
// engine (issue.message, reason) in the language passed as options.lang; the
// labels, buttons and headings live here, so another language is one more
// table with the same keys.

/** @type {Record<string, string>} */
const en = {
  title: 'Order or cancel agent licenses',
  lead: 'Add licenses for new agents or cancel the licenses of agents who leave.',
  loading: 'Loading the form…',
  engineFailed:
    'The form could not start. Reload the page. If this keeps happening, contact {contact}.',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  warningPrefix: 'Warning:',
  noticePrefix: 'Note:',

  actionLegend: 'What do you want to do?',
  actionAdd: 'Add licenses',
  actionCancel: 'Cancel licenses',

  licenseLegend: 'License type',
  licenseBria: 'License (Agent ID) & Bria Enterprise',
  licenseBriaHint: 'For agents who use the Bria softphone.',
  licenseAgentId: 'Only Agent ID',
  licenseAgentIdHint: 'For agents who use the browser client only.',

  temporaryLegend: 'Do you want to set a cancellation date for temporary agents?',
  temporaryHint: 'Each agent then gets a cancellation date, and you see when their billing ends.',
  yes: 'Yes',
  no: 'No',

  methodLegendAdd: 'How do you want to give us the agents?',
  methodLegendCancel: 'How do you want to give us the email addresses of the agents?',
  methodManual: 'Type them in (up to {max})',
  methodCsv: 'Upload a CSV file (any number; the only way above {max})',

  cancelReminderTitle: 'Before you cancel',
  cancelReminderManager:
    'Deleting an agent in the manager app does not cancel their license. ' +
    'Cancel it here.',
  cancelReminderCrm:
    'Licenses from this form do not include any CRM or helpdesk licenses.',

  agentLegend: 'Agent {n}',
  emailLegend: 'Email address {n}',
  fieldName: 'Name',
  fieldNameHint: 'The agent’s full name.',
  fieldDate: 'Cancellation date',
  fieldDateHint: 'The last day the agent needs the license, for example 31 January 2027.',
  fieldPhone: 'Preferred display phone number',
  fieldPhoneHintBria:
    'The caller ID shown when the agent calls from a phone device such as Bria. ' +
    'Include the country code, for example +49 30 23125000.',
  fieldPhoneHintAgentId:
    'Optional. The caller ID shown when the agent calls from a phone device such as Bria; ' +
    'the browser client does not use it.',
  fieldEmail: 'Email address',
  fieldEmailHint: 'The address the agent signs in with.',
  addAnother: 'Add another agent',
  addAnotherEmail: 'Add another email address',
  remove: 'Remove',
  removeAgent: 'Remove agent {n}',
  removeEmail: 'Remove email address {n}',
  rowLimit: 'You can type in up to {max} agents. To give more, upload a CSV file instead.',
  rowLimitEmails:
    'You can type in up to {max} email addresses. To give more, upload a CSV file instead.',
  rowAdded: 'Row {n} added.',
  rowRemoved: 'Row {n} removed.',
  willBeSentAs: 'Will be sent as {value}.',

  billingEndLabel: 'Billing end',

  csvLabelAdd: 'Upload the file of agents',
  csvLabelCancel: 'Upload the file of email addresses',
  csvHint: 'Save your spreadsheet as “CSV UTF-8”. Use the template so the columns match.',
  templateAdd: 'Download the template for adding agents (CSV)',
  templateCancel: 'Download the template for cancelling licenses (CSV)',
  dateOrderLegend: 'How are dates like 03/04/2027 written in your file?',
  dateOrderHint: 'Only needed when your file writes dates with slashes.',
  dateOrderUnknown: 'I am not sure: tell me if it matters',
  dateOrderDmy: 'Day first (31/01/2027)',
  dateOrderMdy: 'Month first (01/31/2027)',
  csvChecking: 'Checking your file…',
  csvChecked: 'File checked.',
  csvNoFile: 'Choose a file',
  csvReadFailed: 'The file could not be read. Choose it again.',
  csvFileName: 'File: {name}',
  csvReuploadAfterReload: 'Choose your file again: files are not kept when the page reloads.',
  countsHeading: 'What we found in your file',
  countAccepted: 'Agents accepted',
  countRefused: 'Rows refused',
  countSkipped: 'Empty rows skipped',
  sheetRead: 'Read as {encoding}, separated by {delimiter}.',
  problemsCaption: 'Problems in your file',
  problemsTruncated: 'Showing the first {shown} of {total} problems.',
  colRow: 'Row',
  colColumn: 'Column',
  colProblem: 'Problem',
  colName: 'Name',
  colEmail: 'Email address',
  colPhone: 'Display phone number',
  colDate: 'Cancellation date',
  colBillingEnd: 'Billing end',
  colReason: 'Why',
  wholeFile: 'Whole file',
  agentsCaption: 'Agents in your file',
  agentsTruncated: 'Showing the first {shown} of {total} agents.',
  severity_error: 'error',
  severity_warning: 'warning',
  severity_info: 'note',
  fileHasProblems: 'Fix the problems in your file and upload it again',
  delimiter_comma: 'commas',
  delimiter_semicolon: 'semicolons',
  delimiter_tab: 'tabs',
  delimiter_pipe: 'vertical bars',

  continue: 'Continue',

  reviewTitle: 'Check your order',
  reviewAction: 'Action',
  reviewLicense: 'License type',
  reviewTemporary: 'Cancellation date for temporary agents',
  reviewSource: 'Agents given by',
  reviewSourceManual: 'Typed in',
  reviewSourceCsv: 'CSV file {name}',
  reviewCount: 'Number of agents',
  reviewSubmittedOn: 'Notice date',
  reviewAgents: 'Agents',
  reviewAgentsTruncated: 'Showing the first {shown} of {total} agents.',
  change: 'Change',
  submit: 'Submit order',
  sending: 'Sending your order…',

  successTitle: 'Order sent',
  successBody: 'Your order reference is',
  successAlready: 'We already had this order: it was not stored twice.',
  newOrder: 'Start a new order',
  failTitle: 'Your order was not sent',
  failStatus: 'The server answered with status {status}.',
  failNetwork: 'The order could not reach the server. Check your connection.',
  failRefused: 'The server refused the order:',
  failKept: 'Nothing is lost: your entries are kept. Try again, or download the order ' +
    'and send it to {contact}.',
  retry: 'Try again',
  downloadJson: 'Download the order as JSON',
  notAvailable: '—',
};

const tables = { en };

let current = en;
let currentLang = 'en';

/** Chooses the language of the page's own words ('en' for now). */
export function setLang(code) {
  currentLang = code in tables ? code : 'en';
  current = tables[currentLang];
}

/**
 * The text for a key, with {name} placeholders filled from params.
 * @param {string} key
 * @param {Record<string, string|number>} [params]
 * @returns {string}
 */
export function t(key, params = {}) {
  const text = current[key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (all, name) =>
    name in params ? String(params[name]) : all);
}

/** The language code of the page's words, for options.lang and formatting. */
export function lang() {
  return currentLang;
}
