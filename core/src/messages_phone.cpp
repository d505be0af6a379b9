// Messages of the display phone number check (phone.cpp, phone_scan.cpp).
// Each says what is wrong and what to do, naming the field as the customer
// sees it.
#include "licenseform/messages.hpp"

namespace licenseform {

const std::vector<MessageText>& phone_messages() {
  static const std::vector<MessageText> table = {
      {"phone.international_format",
       "Enter the display phone number in international format, like +49 30 23125001",
       "Geben Sie die angezeigte Rufnummer im internationalen Format ein, zum Beispiel "
       "+49 30 23125001"},
      {"phone.no_digits", "Enter the display phone number, like +49 30 23125001",
       "Geben Sie die angezeigte Rufnummer ein, zum Beispiel +49 30 23125001"},
      {"phone.letters", "Enter the display phone number using digits only, like +49 30 23125001",
       "Geben Sie die angezeigte Rufnummer nur mit Ziffern ein, zum Beispiel +49 30 23125001"},
      {"phone.invalid_character",
       "Remove \u2018{character}\u2019 from the display phone number: use digits, spaces and a "
       "leading + only",
       "Entfernen Sie \u201e{character}\u201c aus der angezeigten Rufnummer: verwenden Sie nur "
       "Ziffern, Leerzeichen und ein + am Anfang"},
      {"phone.extension",
       "Remove the extension from the display phone number: a caller ID cannot have one",
       "Entfernen Sie die Durchwahl aus der angezeigten Rufnummer: eine Anrufer-ID kann keine "
       "haben"},
      {"phone.two_numbers", "Enter only one display phone number for each agent",
       "Geben Sie f\u00fcr jeden Agenten nur eine angezeigte Rufnummer ein"},
      {"phone.double_plus",
       "Enter the display phone number with one + at the start, like +49 30 23125001",
       "Geben Sie die angezeigte Rufnummer mit nur einem + am Anfang ein, zum Beispiel "
       "+49 30 23125001"},
      {"phone.misplaced_plus",
       "Enter the display phone number with the + only at the start, like +49 30 23125001",
       "Geben Sie die angezeigte Rufnummer mit dem + nur am Anfang ein, zum Beispiel "
       "+49 30 23125001"},
      {"phone.too_short",
       "Display phone number is too short: enter every digit, with the country code, like "
       "+49 30 23125001",
       "Die angezeigte Rufnummer ist zu kurz: geben Sie alle Ziffern mit der L\u00e4ndervorwahl "
       "ein, zum Beispiel +49 30 23125001"},
      {"phone.too_long", "Display phone number is too long: check it for extra digits",
       "Die angezeigte Rufnummer ist zu lang: pr\u00fcfen Sie sie auf \u00fcberz\u00e4hlige "
       "Ziffern"},
      {"phone.unknown_country_code",
       "Check the country code of the display phone number: +{code} is not a country code",
       "Pr\u00fcfen Sie die L\u00e4ndervorwahl der angezeigten Rufnummer: +{code} ist keine "
       "L\u00e4ndervorwahl"},
      {"phone.invalid",
       "Check the display phone number: {value} is not a phone number that can exist",
       "Pr\u00fcfen Sie die angezeigte Rufnummer: {value} ist keine Rufnummer, die es geben "
       "kann"},
      {"phone.premium_rate",
       "Enter a different display phone number: a premium-rate number ({value}) cannot be a "
       "caller ID",
       "Geben Sie eine andere angezeigte Rufnummer ein: eine Mehrwertdienstnummer ({value}) "
       "kann keine Anrufer-ID sein"},
      {"phone.pager",
       "Enter a different display phone number: a pager number ({value}) cannot be a caller ID",
       "Geben Sie eine andere angezeigte Rufnummer ein: eine Funkrufnummer ({value}) kann "
       "keine Anrufer-ID sein"},
      {"phone.voicemail",
       "Enter a different display phone number: a voicemail number ({value}) cannot be a "
       "caller ID",
       "Geben Sie eine andere angezeigte Rufnummer ein: eine Mailboxnummer ({value}) kann "
       "keine Anrufer-ID sein"},
      {"phone.scientific_notation",
       "The spreadsheet turned the display phone number into scientific notation ({value}), "
       "so digits and the + are lost: format the column as Text and enter the number again",
       "Die Tabellenkalkulation hat die angezeigte Rufnummer in wissenschaftliche Schreibweise "
       "umgewandelt ({value}), dabei gingen Ziffern und das + verloren: formatieren Sie die "
       "Spalte als Text und geben Sie die Nummer neu ein"},
      {"phone.formula_error",
       "The display phone number shows a spreadsheet error ({value}): format the column as "
       "Text and enter the number again, like +49 30 23125001",
       "Die angezeigte Rufnummer zeigt einen Fehler der Tabellenkalkulation ({value}): "
       "formatieren Sie die Spalte als Text und geben Sie die Nummer neu ein, zum Beispiel "
       "+49 30 23125001"},
      {"phone.decimal_part",
       "The display phone number {value} has a decimal part, which an export added to it: "
       "remove the '.0' at the end, like +49 30 23125001",
       "Die angezeigte Rufnummer {value} hat Nachkommastellen, die ein Export angefügt hat: "
       "Entfernen Sie das '.0' am Ende, zum Beispiel +49 30 23125001"},
      {"phone.negative",
       "The spreadsheet calculated the display phone number as a sum ({value}): format the "
       "column as Text and enter the number again, like +49 30 23125001",
       "Die Tabellenkalkulation hat die angezeigte Rufnummer als Rechnung ausgewertet "
       "({value}): formatieren Sie die Spalte als Text und geben Sie die Nummer neu ein, zum "
       "Beispiel +49 30 23125001"},
      {"phone.formula",
       "The display phone number is a spreadsheet formula ({value}): enter the number without "
       "the =, like +49 30 23125001",
       "Die angezeigte Rufnummer ist eine Formel ({value}): geben Sie die Nummer ohne das = "
       "ein, zum Beispiel +49 30 23125001"},
      {"phone.missing_plus",
       "Display phone number needs a + before the country code: if you mean {suggestion}, "
       "enter it with the + (a spreadsheet may have removed it; format the column as Text)",
       "Vor der L\u00e4ndervorwahl der angezeigten Rufnummer fehlt das +: wenn Sie "
       "{suggestion} meinen, geben Sie die Nummer mit + ein (eine Tabellenkalkulation kann es "
       "entfernt haben; formatieren Sie die Spalte als Text)"},
      {"phone.missing_zero",
       "Display phone number seems to have lost its leading 0: if you mean {suggestion}, "
       "enter it in international format (a spreadsheet may have removed the 0; format the "
       "column as Text)",
       "Der angezeigten Rufnummer fehlt wohl die f\u00fchrende 0: wenn Sie {suggestion} "
       "meinen, geben Sie die Nummer im internationalen Format ein (eine Tabellenkalkulation "
       "kann die 0 entfernt haben; formatieren Sie die Spalte als Text)"},
      {"phone.apostrophe_removed", "The apostrophe before the display phone number was removed",
       "Das Apostroph vor der angezeigten Rufnummer wurde entfernt"},
  };
  return table;
}

}  // namespace licenseform
