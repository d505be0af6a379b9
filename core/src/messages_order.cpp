// Messages of the order rules, the billing reasons and the options.
#include "licenseform/messages.hpp"

namespace licenseform {

const std::vector<MessageText>& order_messages() {
  static const std::vector<MessageText> table = {
      {"date.required", "Enter the cancellation date",
       "Geben Sie das Kündigungsdatum ein"},
      {"phone.required",
       "Enter the display phone number, like +49 30 23125001. Agent ID & Bria Enterprise "
       "licenses need one",
       "Geben Sie die angezeigte Rufnummer ein, zum Beispiel +49 30 23125001. Lizenzen mit "
       "Bria Enterprise brauchen eine"},
      {"date.order_conflict",
       "Cancellation dates are written day first in row {dmyRow} but month first in row "
       "{mdyRow}, so dates like 03/04/2027 cannot be read. Write every date the same way, "
       "like 31.01.2027",
       "Die Kündigungsdaten stehen in Zeile {dmyRow} mit dem Tag zuerst, in Zeile {mdyRow} "
       "mit dem Monat zuerst, daher lassen sich Daten wie 03/04/2027 nicht lesen. Schreiben "
       "Sie alle Daten gleich, zum Beispiel 31.01.2027"},
      {"csv.dates_not_used",
       "The file has cancellation dates (the first in row {row}), but you chose not to set "
       "cancellation dates, so they are not used. To set them, answer Yes to the question "
       "about temporary agents",
       "Die Datei enthält Kündigungsdaten (das erste in Zeile {row}), Sie haben aber "
       "gewählt, keine Kündigungsdaten anzugeben; sie werden daher nicht verwendet. Um sie "
       "anzugeben, beantworten Sie die Frage nach befristeten Agenten mit Ja"},
      {"date.mixed_order",
       "Some cancellation dates are written day first (row {dmyRow}) and some month first "
       "(row {mdyRow}). Check that each date is the one you meant",
       "Manche Kündigungsdaten stehen mit dem Tag zuerst (Zeile {dmyRow}), manche mit dem "
       "Monat zuerst (Zeile {mdyRow}). Prüfen Sie, ob jedes Datum stimmt"},
      {"order.duplicate_email",
       "This email address is already in row {firstRow}. Each agent needs their own email "
       "address",
       "Diese E-Mail-Adresse steht schon in Zeile {firstRow}. Jeder Agent braucht eine "
       "eigene E-Mail-Adresse"},
      {"order.duplicate_email_case",
       "This email address is the same as in row {firstRow} (ignoring capital letters). Each "
       "agent needs their own email address",
       "Diese E-Mail-Adresse ist dieselbe wie in Zeile {firstRow} (ohne Beachtung der "
       "Groß- und Kleinschreibung). Jeder Agent braucht eine eigene E-Mail-Adresse"},
      {"order.no_agents", "Enter at least one agent", "Geben Sie mindestens einen Agenten ein"},
      {"order.too_many_manual_rows",
       "You can type in up to {max} agents. Upload a CSV file from the template to order "
       "more",
       "Sie können bis zu {max} Agenten eintippen. Laden Sie für mehr eine CSV-Datei nach "
       "der Vorlage hoch"},
      {"policy.requested_before_earliest",
       "The agent can stop on {requested}, but with {noticeDays} days' notice billing runs "
       "until {billingEnd}",
       "Der Agent kann am {requested} aufhören, die Abrechnung läuft wegen der Kündigungsfrist "
       "von {noticeDays} Tagen aber bis zum {billingEnd}"},
      {"policy.reason.end_of_month",
       "{noticeDays} days' notice from {notice} runs to {earliest}; billing ends at the end "
       "of that month, on {billingEnd}",
       "Die Kündigungsfrist von {noticeDays} Tagen ab dem {notice} endet am {earliest}; die "
       "Abrechnung endet zum Monatsende, am {billingEnd}"},
      {"policy.reason.end_of_month.requested",
       "The cancellation date {requested} is after the {noticeDays} days' notice (to "
       "{earliest}); billing ends at the end of that month, on {billingEnd}",
       "Das Kündigungsdatum {requested} liegt nach der Frist von {noticeDays} Tagen (bis "
       "{earliest}); die Abrechnung endet zum Monatsende, am {billingEnd}"},
      {"policy.reason.end_of_month.requested_early",
       "The cancellation date {requested} is before the end of the {noticeDays} days' "
       "notice from {notice} ({earliest}); billing runs to the end of that month, "
       "{billingEnd}",
       "Das Kündigungsdatum {requested} liegt vor dem Ende der Frist von {noticeDays} Tagen "
       "ab dem {notice} ({earliest}); die Abrechnung läuft bis zum Monatsende, {billingEnd}"},
      {"policy.reason.plain",
       "{noticeDays} days' notice from {notice}: billing ends on {billingEnd}",
       "Kündigungsfrist von {noticeDays} Tagen ab dem {notice}: die Abrechnung endet am "
       "{billingEnd}"},
      {"policy.reason.plain.requested",
       "The cancellation date {requested} is after the {noticeDays} days' notice: billing "
       "ends on {billingEnd}",
       "Das Kündigungsdatum {requested} liegt nach der Frist von {noticeDays} Tagen: die "
       "Abrechnung endet am {billingEnd}"},
      {"policy.reason.plain.requested_early",
       "The cancellation date {requested} is before the end of the {noticeDays} days' "
       "notice: billing ends on {billingEnd}",
       "Das Kündigungsdatum {requested} liegt vor dem Ende der Frist von {noticeDays} "
       "Tagen: die Abrechnung endet am {billingEnd}"},
      {"options.invalid",
       "The form's setting '{option}' has the value '{value}', which it does not know",
       "Die Einstellung '{option}' des Formulars hat den unbekannten Wert '{value}'"},
      {"options.today_missing",
       "The form needs today's date to work out billing end dates. Reload the page",
       "Das Formular braucht das heutige Datum für das Abrechnungsende. Laden Sie die Seite "
       "neu"},
      {"server.order_id_invalid",
       "The order has no valid order ID. Reload the page and submit again",
       "Die Bestellung hat keine gültige Bestellnummer. Laden Sie die Seite neu und senden "
       "Sie sie noch einmal"},
      {"server.submitted_on_not_today",
       "The order date must be today ({today}). Reload the page and submit again",
       "Das Bestelldatum muss heute sein ({today}). Laden Sie die Seite neu und senden Sie "
       "sie noch einmal"},
      {"server.too_deep", "The order is nested deeper than an order can be",
       "Die Bestellung ist tiefer verschachtelt, als eine Bestellung sein kann"},
      {"server.check_failed",
       "The order could not be checked. Try again, or download the order and send it to us",
       "Die Bestellung konnte nicht geprüft werden. Versuchen Sie es noch einmal, oder laden "
       "Sie die Bestellung herunter und senden Sie sie uns"},
      {"payload.invalid_json", "The order is not valid JSON",
       "Die Bestellung ist kein gültiges JSON"},
      {"payload.field_missing", "The order has no '{field}'", "In der Bestellung fehlt '{field}'"},
      {"payload.field_invalid", "The order's '{field}' is not valid: {reason}",
       "'{field}' in der Bestellung ist ungültig: {reason}"},
      {"payload.field_unknown", "The order has a field it must not have: '{field}'",
       "Die Bestellung hat ein unzulässiges Feld: '{field}'"},
      {"payload.not_normalized",
       "The order's {field} '{value}' differs from the checked value '{expected}'",
       "{field} '{value}' in der Bestellung weicht vom geprüften Wert '{expected}' ab"},
      {"payload.billing_end_wrong",
       "The order's billing end {value} is not what the cancellation policy gives "
       "({expected})",
       "Das Abrechnungsende {value} in der Bestellung entspricht nicht der "
       "Kündigungsregel ({expected})"},
      {"payload.too_many_agents",
       "The order has {count} agents, more than the {max} allowed for {kind} entry",
       "Die Bestellung hat {count} Agenten, mehr als die {max} erlaubten für {kind}"},
      // Group texts (report.hpp): one line for many rows with the same problem.
      {"group.rows", "{count} rows: {message}", "{count} Zeilen: {message}"},
      {"group.rows_varied", "{count} rows have this problem, for example row {row}: {message}",
       "{count} Zeilen haben dieses Problem, zum Beispiel Zeile {row}: {message}"},
      {"group.phone.scientific_notation",
       "{count} rows: the spreadsheet turned the display phone number into scientific "
       "notation, so digits and the + are lost. Format the column as Text and enter the "
       "numbers again, like +49 30 23125001",
       "{count} Zeilen: Die Tabellenkalkulation hat die angezeigte Rufnummer in "
       "wissenschaftliche Schreibweise umgewandelt, dabei gingen Ziffern und das + verloren. "
       "Formatieren Sie die Spalte als Text und geben Sie die Nummern neu ein, zum Beispiel "
       "+49 30 23125001"},
      {"group.phone.missing_plus",
       "{count} rows: the display phone number has no + before the country code (a "
       "spreadsheet may have removed it). Format the column as Text and enter the numbers "
       "with the +",
       "{count} Zeilen: Vor der L\u00e4ndervorwahl der angezeigten Rufnummer fehlt das + (eine "
       "Tabellenkalkulation kann es entfernt haben). Formatieren Sie die Spalte als Text und "
       "geben Sie die Nummern mit + ein"},
      {"group.phone.missing_zero",
       "{count} rows: the display phone number seems to have lost its leading 0. Enter the "
       "numbers in international format, like +49 30 23125001",
       "{count} Zeilen: Der angezeigten Rufnummer fehlt wohl die f\u00fchrende 0. Geben Sie "
       "die Nummern im internationalen Format ein, zum Beispiel +49 30 23125001"},
      {"group.phone.invalid",
       "{count} rows: the display phone number is not a phone number that can exist. Check "
       "the numbers, like +49 30 23125001",
       "{count} Zeilen: Die angezeigte Rufnummer ist keine Rufnummer, die es geben kann. "
       "Pr\u00fcfen Sie die Nummern, zum Beispiel +49 30 23125001"},
      {"group.email.domain_trailing_dot",
       "{count} rows: the email address ends with a dot. Remove the dot at the end",
       "{count} Zeilen: Die E-Mail-Adresse endet mit einem Punkt. Entfernen Sie den Punkt am "
       "Ende"},
      {"group.email.comma_in_domain",
       "{count} rows: the part after the @ contains a comma where a dot belongs. Type a dot "
       "instead of the comma",
       "{count} Zeilen: Der Teil nach dem @ enth\u00e4lt ein Komma statt eines Punkts. Geben "
       "Sie statt des Kommas einen Punkt ein"},
      {"group.name.line_break",
       "{count} rows: a line break in the name was replaced by a space",
       "{count} Zeilen: Ein Zeilenumbruch im Namen wurde durch ein Leerzeichen ersetzt"},
      {"group.date.excel_serial",
       "{count} rows: the spreadsheet stored the cancellation date as a number, which was "
       "read as a date. Format the column as Date to be sure",
       "{count} Zeilen: Die Tabelle hat das K\u00fcndigungsdatum als Zahl gespeichert, die "
       "als Datum gelesen wurde. Formatieren Sie die Spalte als Datum, um sicherzugehen"},
      {"group.order.duplicate_email",
       "{count} rows repeat an email address of an earlier row. Each agent needs their own "
       "email address",
       "{count} Zeilen wiederholen eine E-Mail-Adresse einer fr\u00fcheren Zeile. Jeder Agent "
       "braucht eine eigene E-Mail-Adresse"},
      {"group.order.duplicate_email_case",
       "{count} rows repeat an email address of an earlier row with other capital letters. "
       "Each agent needs their own email address",
       "{count} Zeilen wiederholen eine E-Mail-Adresse einer fr\u00fcheren Zeile in anderer "
       "Gro\u00df- und Kleinschreibung. Jeder Agent braucht eine eigene E-Mail-Adresse"},
      {"group.policy.requested_before_earliest",
       "{count} agents can stop on the date given, but with {noticeDays} days' notice "
       "billing runs longer: the table of agents shows each billing end",
       "{count} Agenten k\u00f6nnen am angegebenen Datum aufh\u00f6ren, die Abrechnung "
       "l\u00e4uft wegen der K\u00fcndigungsfrist von {noticeDays} Tagen aber l\u00e4nger: die "
       "Tabelle der Agenten zeigt jedes Abrechnungsende"},
      {"group.csv.row.extra_values",
       "{count} rows have more values than the header has columns ({expected}). Remove the "
       "extra values, or put a value that contains the delimiter in quotes",
       "{count} Zeilen haben mehr Werte, als die Kopfzeile Spalten hat ({expected}). "
       "Entfernen Sie die \u00fcberz\u00e4hligen Werte oder setzen Sie einen Wert, der das "
       "Trennzeichen enth\u00e4lt, in Anf\u00fchrungszeichen"},
      {"group.csv.row.missing_values",
       "{count} rows have fewer values than the header has columns ({expected}). Add the "
       "missing values, or leave them empty between delimiters",
       "{count} Zeilen haben weniger Werte, als die Kopfzeile Spalten hat ({expected}). "
       "Erg\u00e4nzen Sie die fehlenden Werte oder lassen Sie sie zwischen den Trennzeichen "
       "leer"},
  };
  return table;
}

}  // namespace licenseform
