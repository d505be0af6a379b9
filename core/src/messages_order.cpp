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
      {"payload.invalid_json", "The order is not valid JSON", "Die Bestellung ist kein gültiges JSON"},
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
  };
  return table;
}

}  // namespace licenseform
