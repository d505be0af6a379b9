// The page's own words. Messages about the values themselves come from the
// engine (issue.message, reason) in the language passed as options.lang; the
// labels, buttons and headings live here, one table per language with the
// same keys (tests/wasm/strings.test.mjs checks that they match).

/** @type {Record<string, string>} */
const en = {
  title: 'Order or cancel agent licenses',
  lead: 'Add licenses for new agents or cancel the licenses of agents who leave.',
  loading: 'Loading the form…',
  skipLink: 'Skip to main content',
  headerTitle: 'Agent licenses',
  languageNav: 'Language',
  langEn: 'English',
  langDe: 'Deutsch',
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
  licenseAgentIdHint: 'For agents who use the babelConnect browser client only.',
  licenseCrmHint: 'These licenses do not include any CRM or helpdesk licenses.',

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
    'The caller ID shown when the agent calls from a phone device such as Bria; ' +
    'the babelConnect browser client does not use it. ' +
    'Include the country code, for example +49 30 23125000.',
  fieldPhoneHintAgentId:
    'Optional. The caller ID shown when the agent calls from a phone device such as Bria; ' +
    'the babelConnect browser client does not use it.',
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
  csvReadingShare: 'Reading your file: {percent}%',
  csvCheckingShare: 'Checking your file: {percent}%',
  csvCancel: 'Cancel the check',
  csvCancelled: 'The check was cancelled. Choose the file again to check it.',
  groupsHeading: 'What to fix',
  groupsHeadingWarnings: 'Worth checking',
  filterLabel: 'Show problems',
  filterAll: 'All problems',
  filterGroup: '{count} × {message}',
  downloadProblems: 'Download the {rows} rows to fix (CSV)',
  downloadProblemsOne: 'Download the row to fix (CSV)',
  downloadAccepted: 'Download the {rows} accepted rows (CSV)',
  downloadAcceptedOne: 'Download the accepted row (CSV)',
  groupFirstRows: 'First rows: {rows}',
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
  successNext: 'Our licensing team has received the order and will set up the licenses. '
    + 'Quote the reference if you write to {contact}.',
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

  failTimeout: 'The server did not answer within {seconds} seconds. The order may have ' +
    'arrived or not: trying again is safe, because it is never stored twice.',
  clearForm: 'Clear the form',
  clearConfirmTitle: 'Do you want to clear the form?',
  clearConfirmBody: 'Everything you have entered is deleted from this page and from this browser.',
  clearConfirmYes: 'Yes, clear the form',
  clearConfirmNo: 'No, keep my entries',
  cleared: 'The form is empty.',
  savedNote: 'What you enter is kept in this browser until you submit the order or ' +
    'clear the form.',
  helpTitle: 'Get help',
  helpContact: 'If you have a question about licenses or this form, email {contact}.',
  changeWhat: 'Change {what}',
  moreProblems: '{count} more errors in your file: see the table of problems',
  // The offline file and the link to it (js/embed-page.js, order.js).
  offlineLink: 'Download the form for offline use',
  offlineHint: 'One HTML file that works without a network connection. It checks your ' +
    'agents in the same way and saves the order as a file, which you send to {contact}.',
  offlineSavedTitle: 'Order saved as a file',
  offlineSavedBody: 'Send the downloaded file to {contact}. Your order reference is',
};

// German in the "Sie" form, in the words the vendor's German pages use
// (Agent, Lizenz, Kündigung, Abrechnung).
/** @type {Record<string, string>} */
const de = {
  title: 'Agentenlizenzen bestellen oder kündigen',
  lead: 'Bestellen Sie Lizenzen für neue Agenten oder kündigen Sie die Lizenzen von ' +
    'Agenten, die ausscheiden.',
  loading: 'Das Formular wird geladen …',
  skipLink: 'Zum Hauptinhalt springen',
  headerTitle: 'Agentenlizenzen',
  languageNav: 'Sprache',
  langEn: 'English',
  langDe: 'Deutsch',
  engineFailed: 'Das Formular konnte nicht starten. Laden Sie die Seite neu. Wenn das ' +
    'immer wieder passiert, wenden Sie sich an {contact}.',
  errorSummaryTitle: 'Es gibt ein Problem',
  errorPrefix: 'Fehler:',
  warningPrefix: 'Warnung:',
  noticePrefix: 'Hinweis:',

  actionLegend: 'Was möchten Sie tun?',
  actionAdd: 'Lizenzen hinzufügen',
  actionCancel: 'Lizenzen kündigen',

  licenseLegend: 'Lizenzart',
  licenseBria: 'Lizenz (Agent-ID) & Bria Enterprise',
  licenseBriaHint: 'Für Agenten, die das Softphone Bria nutzen.',
  licenseAgentId: 'Nur Agent-ID',
  licenseAgentIdHint: 'Für Agenten, die nur den babelConnect-Browser-Client nutzen.',
  licenseCrmHint: 'Diese Lizenzen umfassen keine CRM- oder Helpdesk-Lizenzen.',

  temporaryLegend: 'Möchten Sie für befristete Agenten ein Kündigungsdatum festlegen?',
  temporaryHint: 'Jeder Agent erhält dann ein Kündigungsdatum, und Sie sehen, wann seine ' +
    'Abrechnung endet.',
  yes: 'Ja',
  no: 'Nein',

  methodLegendAdd: 'Wie möchten Sie uns die Agenten nennen?',
  methodLegendCancel: 'Wie möchten Sie uns die E-Mail-Adressen der Agenten nennen?',
  methodManual: 'Eintippen (bis zu {max})',
  methodCsv: 'Eine CSV-Datei hochladen (beliebig viele; über {max} nur so)',

  cancelReminderTitle: 'Bevor Sie kündigen',
  cancelReminderManager:
    'Wenn Sie einen Agenten in der Manager-App löschen, ist seine Lizenz damit nicht ' +
    'gekündigt. Kündigen Sie sie hier.',
  cancelReminderCrm:
    'Lizenzen aus diesem Formular umfassen keine CRM- oder Helpdesk-Lizenzen.',

  agentLegend: 'Agent {n}',
  emailLegend: 'E-Mail-Adresse {n}',
  fieldName: 'Name',
  fieldNameHint: 'Der vollständige Name des Agenten.',
  fieldDate: 'Kündigungsdatum',
  fieldDateHint: 'Der letzte Tag, an dem der Agent die Lizenz braucht, zum Beispiel ' +
    '31. Januar 2027.',
  fieldPhone: 'Bevorzugte angezeigte Rufnummer',
  fieldPhoneHintBria:
    'Die Rufnummer, die angezeigt wird, wenn der Agent von einem Telefongerät wie Bria ' +
    'anruft; der babelConnect-Browser-Client nutzt sie nicht. ' +
    'Geben Sie die Landesvorwahl mit an, zum Beispiel +49 30 23125000.',
  fieldPhoneHintAgentId:
    'Freiwillig. Die Rufnummer, die angezeigt wird, wenn der Agent von einem Telefongerät ' +
    'wie Bria anruft; der babelConnect-Browser-Client nutzt sie nicht.',
  fieldEmail: 'E-Mail-Adresse',
  fieldEmailHint: 'Die Adresse, mit der sich der Agent anmeldet.',
  addAnother: 'Weiteren Agenten hinzufügen',
  addAnotherEmail: 'Weitere E-Mail-Adresse hinzufügen',
  remove: 'Entfernen',
  removeAgent: 'Agent {n} entfernen',
  removeEmail: 'E-Mail-Adresse {n} entfernen',
  rowLimit: 'Sie können bis zu {max} Agenten eintippen. Für mehr laden Sie stattdessen ' +
    'eine CSV-Datei hoch.',
  rowLimitEmails: 'Sie können bis zu {max} E-Mail-Adressen eintippen. Für mehr laden Sie ' +
    'stattdessen eine CSV-Datei hoch.',
  rowAdded: 'Zeile {n} hinzugefügt.',
  rowRemoved: 'Zeile {n} entfernt.',
  willBeSentAs: 'Wird gesendet als {value}.',

  billingEndLabel: 'Ende der Abrechnung',

  csvLabelAdd: 'Datei mit den Agenten hochladen',
  csvLabelCancel: 'Datei mit den E-Mail-Adressen hochladen',
  csvHint: 'Speichern Sie Ihre Tabelle als „CSV UTF-8“. Nutzen Sie die Vorlage, damit ' +
    'die Spalten passen.',
  templateAdd: 'Vorlage zum Hinzufügen von Agenten herunterladen (CSV)',
  templateCancel: 'Vorlage zum Kündigen von Lizenzen herunterladen (CSV)',
  dateOrderLegend: 'Wie sind Datumsangaben wie 03/04/2027 in Ihrer Datei geschrieben?',
  dateOrderHint: 'Nur nötig, wenn Ihre Datei Datumsangaben mit Schrägstrichen schreibt.',
  dateOrderUnknown: 'Ich bin nicht sicher: Sagen Sie mir, ob es darauf ankommt',
  dateOrderDmy: 'Tag zuerst (31/01/2027)',
  dateOrderMdy: 'Monat zuerst (01/31/2027)',
  csvChecking: 'Ihre Datei wird geprüft …',
  csvChecked: 'Datei geprüft.',
  csvReadingShare: 'Ihre Datei wird gelesen: {percent} %',
  csvCheckingShare: 'Ihre Datei wird geprüft: {percent} %',
  csvCancel: 'Prüfung abbrechen',
  csvCancelled: 'Die Prüfung wurde abgebrochen. Wählen Sie die Datei noch einmal aus, um sie ' +
    'zu prüfen.',
  groupsHeading: 'Was zu korrigieren ist',
  groupsHeadingWarnings: 'Bitte prüfen',
  filterLabel: 'Probleme anzeigen',
  filterAll: 'Alle Probleme',
  filterGroup: '{count} × {message}',
  downloadProblems: 'Die {rows} zu korrigierenden Zeilen herunterladen (CSV)',
  downloadProblemsOne: 'Die zu korrigierende Zeile herunterladen (CSV)',
  downloadAccepted: 'Die {rows} angenommenen Zeilen herunterladen (CSV)',
  downloadAcceptedOne: 'Die angenommene Zeile herunterladen (CSV)',
  groupFirstRows: 'Erste Zeilen: {rows}',
  csvNoFile: 'Wählen Sie eine Datei aus',
  csvReadFailed: 'Die Datei konnte nicht gelesen werden. Wählen Sie sie noch einmal aus.',
  csvFileName: 'Datei: {name}',
  csvReuploadAfterReload: 'Wählen Sie Ihre Datei noch einmal aus: Dateien werden beim ' +
    'Neuladen der Seite nicht behalten.',
  countsHeading: 'Das haben wir in Ihrer Datei gefunden',
  countAccepted: 'Angenommene Agenten',
  countRefused: 'Abgelehnte Zeilen',
  countSkipped: 'Übersprungene leere Zeilen',
  sheetRead: 'Gelesen als {encoding}, getrennt durch {delimiter}.',
  problemsCaption: 'Probleme in Ihrer Datei',
  problemsTruncated: 'Die ersten {shown} von {total} Problemen werden angezeigt.',
  colRow: 'Zeile',
  colColumn: 'Spalte',
  colProblem: 'Problem',
  colName: 'Name',
  colEmail: 'E-Mail-Adresse',
  colPhone: 'Angezeigte Rufnummer',
  colDate: 'Kündigungsdatum',
  colBillingEnd: 'Ende der Abrechnung',
  colReason: 'Begründung',
  wholeFile: 'Ganze Datei',
  agentsCaption: 'Agenten in Ihrer Datei',
  agentsTruncated: 'Die ersten {shown} von {total} Agenten werden angezeigt.',
  severity_error: 'Fehler',
  severity_warning: 'Warnung',
  severity_info: 'Hinweis',
  fileHasProblems: 'Beheben Sie die Probleme in Ihrer Datei und laden Sie sie erneut hoch',
  delimiter_comma: 'Kommas',
  delimiter_semicolon: 'Semikolons',
  delimiter_tab: 'Tabulatoren',
  delimiter_pipe: 'senkrechte Striche',

  continue: 'Weiter',

  reviewTitle: 'Prüfen Sie Ihre Bestellung',
  reviewAction: 'Vorgang',
  reviewLicense: 'Lizenzart',
  reviewTemporary: 'Kündigungsdatum für befristete Agenten',
  reviewSource: 'Agenten angegeben durch',
  reviewSourceManual: 'Eintippen',
  reviewSourceCsv: 'CSV-Datei {name}',
  reviewCount: 'Anzahl der Agenten',
  reviewSubmittedOn: 'Datum der Mitteilung',
  reviewAgents: 'Agenten',
  reviewAgentsTruncated: 'Die ersten {shown} von {total} Agenten werden angezeigt.',
  change: 'Ändern',
  submit: 'Bestellung absenden',
  sending: 'Ihre Bestellung wird gesendet …',

  successTitle: 'Bestellung gesendet',
  successBody: 'Ihre Bestellnummer lautet',
  successNext: 'Unser Lizenzteam hat die Bestellung erhalten und richtet die Lizenzen ein. '
    + 'Geben Sie die Bestellnummer an, wenn Sie an {contact} schreiben.',
  successAlready: 'Diese Bestellung lag uns schon vor: Sie wurde nicht doppelt gespeichert.',
  newOrder: 'Neue Bestellung beginnen',
  failTitle: 'Ihre Bestellung wurde nicht gesendet',
  failStatus: 'Der Server hat mit dem Status {status} geantwortet.',
  failNetwork: 'Die Bestellung hat den Server nicht erreicht. Prüfen Sie Ihre Verbindung.',
  failRefused: 'Der Server hat die Bestellung abgelehnt:',
  failKept: 'Es geht nichts verloren: Ihre Eingaben bleiben erhalten. Versuchen Sie es ' +
    'noch einmal, oder laden Sie die Bestellung herunter und senden Sie sie an {contact}.',
  retry: 'Noch einmal versuchen',
  downloadJson: 'Bestellung als JSON herunterladen',
  notAvailable: '—',

  failTimeout: 'Der Server hat nicht innerhalb von {seconds} Sekunden geantwortet. ' +
    'Vielleicht ist die Bestellung angekommen, vielleicht nicht: Sie können es gefahrlos ' +
    'noch einmal versuchen, denn sie wird nie doppelt gespeichert.',
  clearForm: 'Formular leeren',
  clearConfirmTitle: 'Möchten Sie das Formular leeren?',
  clearConfirmBody: 'Alles, was Sie eingegeben haben, wird von dieser Seite und aus diesem ' +
    'Browser gelöscht.',
  clearConfirmYes: 'Ja, Formular leeren',
  clearConfirmNo: 'Nein, Eingaben behalten',
  cleared: 'Das Formular ist leer.',
  savedNote: 'Ihre Eingaben bleiben in diesem Browser gespeichert, bis Sie die Bestellung ' +
    'absenden oder das Formular leeren.',
  helpTitle: 'Hilfe',
  helpContact: 'Wenn Sie eine Frage zu Lizenzen oder zu diesem Formular haben, schreiben ' +
    'Sie an {contact}.',
  changeWhat: '{what} ändern',
  moreProblems: 'Weitere {count} Fehler in Ihrer Datei: Sehen Sie sich die Tabelle der ' +
    'Probleme an',
  offlineLink: 'Formular zur Offline-Nutzung herunterladen',
  offlineHint: 'Eine HTML-Datei, die ohne Netzwerkverbindung funktioniert. Sie prüft Ihre ' +
    'Agenten genauso und speichert die Bestellung als Datei, die Sie an {contact} senden.',
  offlineSavedTitle: 'Bestellung als Datei gespeichert',
  offlineSavedBody: 'Senden Sie die heruntergeladene Datei an {contact}. Ihre Bestellnummer ' +
    'lautet',
};

/** Every table by language code; each has the same keys (a test checks it). */
export const tables = Object.freeze({ en, de });

let current = en;
let currentLang = 'en';

/** Chooses the language of the page's own words: 'en' or 'de' (anything else: 'en'). */
export function setLang(code) {
  currentLang = Object.hasOwn(tables, code) ? code : 'en';
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

/**
 * The table for a BCP 47 language tag ('de', 'de-AT', 'en-GB'), or null when
 * there is none: a German page gets German, anything else the caller's default.
 * @param {string|null|undefined} tag
 * @returns {'en'|'de'|null}
 */
export function languageOf(tag) {
  const primary = String(tag || '').trim().toLowerCase().split('-')[0];
  return Object.hasOwn(tables, primary) ? primary : null;
}

/** The language code of the page's words, for options.lang and formatting. */
export function lang() {
  return currentLang;
}
