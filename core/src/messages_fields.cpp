// Messages of the field checks: name (name.cpp), email (email.cpp) and the
// cancellation date (date_field.cpp). GOV.UK style: what is wrong and what to
// do, naming the field as the customer sees it.
#include <iterator>

#include "licenseform/messages.hpp"

namespace licenseform {
namespace {

constexpr MessageText kNameMessages[] = {
    {"name.missing", "Enter the agent’s name", "Geben Sie den Namen des Agenten ein"},
    {"name.invalid_utf8",
     "Name contains characters that cannot be read: save the file as CSV UTF-8 and upload it "
     "again",
     "Der Name enthält Zeichen, die nicht lesbar sind: speichern Sie die Datei als CSV UTF-8 "
     "und laden Sie sie erneut hoch"},
    {"name.control_character",
     "Name must not contain control characters (found {codepoint}): type the name again",
     "Der Name darf keine Steuerzeichen enthalten (gefunden: {codepoint}): geben Sie den Namen "
     "neu ein"},
    {"name.bidi_control",
     "Name must not contain hidden text-direction characters (found {codepoint}): type the "
     "name again",
     "Der Name darf keine unsichtbaren Schreibrichtungszeichen enthalten (gefunden: "
     "{codepoint}): geben Sie den Namen neu ein"},
    {"name.noncharacter",
     "Name contains a character that is not allowed ({codepoint}): type the name again",
     "Der Name enthält ein unzulässiges Zeichen ({codepoint}): geben Sie den Namen neu ein"},
    {"name.replacement_character",
     "Name contains �, a sign that characters were lost when the file was saved: save it as "
     "CSV UTF-8 and upload it again",
     "Der Name enthält �, ein Zeichen dafür, dass beim Speichern Zeichen verloren gingen: "
     "speichern Sie die Datei als CSV UTF-8 und laden Sie sie erneut hoch"},
    {"name.formula_start",
     "Name must not start with = + - @ or a tab; real names never do. Remove the first "
     "character",
     "Der Name darf nicht mit = + - @ oder einem Tabulator beginnen; echte Namen tun das nie. "
     "Entfernen Sie das erste Zeichen"},
    {"name.too_long", "Name must be {max} characters or fewer",
     "Der Name darf höchstens {max} Zeichen lang sein"},
    {"name.line_break", "The line break in the name was replaced by a space: ‘{value}’",
     "Der Zeilenumbruch im Namen wurde durch ein Leerzeichen ersetzt: „{value}“"},
    {"name.double_encoded",
     "Name looks garbled by a wrong encoding: did you mean ‘{suggestion}’? Save the file as "
     "CSV UTF-8 to keep accents intact",
     "Der Name sieht nach einer falschen Zeichenkodierung aus: meinten Sie „{suggestion}“? "
     "Speichern Sie die Datei als CSV UTF-8, damit Akzente erhalten bleiben"},
};

// The email messages mostly end in the same advice.
#define LF_EMAIL_EN_FIX "Enter an email address in the correct format, like name@example.com"
#define LF_EMAIL_DE_FIX \
  "Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.com"

constexpr MessageText kEmailMessages[] = {
    {"email.missing", "Enter the agent’s email address",
     "Geben Sie die E-Mail-Adresse des Agenten ein"},
    {"email.invalid_utf8",
     "Email address contains characters that cannot be read: save the file as CSV UTF-8 and "
     "upload it again",
     "Die E-Mail-Adresse enthält Zeichen, die nicht lesbar sind: speichern Sie die Datei als "
     "CSV UTF-8 und laden Sie sie erneut hoch"},
    {"email.unwrapped_quotes", "The quotation marks around the email address were removed",
     "Die Anführungszeichen um die E-Mail-Adresse wurden entfernt"},
    {"email.unwrapped_brackets",
     "Only the email address between < and > was kept; the rest was removed",
     "Nur die E-Mail-Adresse zwischen < und > wurde übernommen; der Rest wurde entfernt"},
    {"email.unwrapped_mailto", "‘mailto:’ was removed from the start of the email address",
     "„mailto:“ wurde am Anfang der E-Mail-Adresse entfernt"},
    {"email.unwrapped_apostrophe",
       "The apostrophe a spreadsheet puts before such a cell was removed from '{original}'",
       "Das Apostroph, das eine Tabellenkalkulation vor eine solche Zelle setzt, wurde aus "
       "'{original}' entfernt"},
      {"email.unwrapped_separator", "The ‘;’ or ‘,’ after the email address was removed",
     "Das „;“ oder „,“ nach der E-Mail-Adresse wurde entfernt"},
    {"email.multiple", "Enter only one email address: each agent needs a row of their own",
     "Geben Sie nur eine E-Mail-Adresse ein: jeder Agent braucht eine eigene Zeile"},
    {"email.contains_space", "Email address must not contain spaces. " LF_EMAIL_EN_FIX,
     "Die E-Mail-Adresse darf keine Leerzeichen enthalten. " LF_EMAIL_DE_FIX},
    {"email.missing_at", "Email address must contain an @. " LF_EMAIL_EN_FIX,
     "Die E-Mail-Adresse muss ein @ enthalten. " LF_EMAIL_DE_FIX},
    {"email.multiple_at", "Email address must contain only one @. " LF_EMAIL_EN_FIX,
     "Die E-Mail-Adresse darf nur ein @ enthalten. " LF_EMAIL_DE_FIX},
    {"email.local_missing", "Enter the part of the email address before the @",
     "Geben Sie den Teil der E-Mail-Adresse vor dem @ ein"},
    {"email.invalid_character",
     "The part before the @ must not contain ‘{character}’. " LF_EMAIL_EN_FIX,
     "Der Teil vor dem @ darf „{character}“ nicht enthalten. " LF_EMAIL_DE_FIX},
    {"email.local_leading_dot", "The part before the @ must not start with a dot. " LF_EMAIL_EN_FIX,
     "Der Teil vor dem @ darf nicht mit einem Punkt beginnen. " LF_EMAIL_DE_FIX},
    {"email.local_trailing_dot", "The part before the @ must not end with a dot. " LF_EMAIL_EN_FIX,
     "Der Teil vor dem @ darf nicht mit einem Punkt enden. " LF_EMAIL_DE_FIX},
    {"email.local_double_dot",
     "Email address must not contain two dots in a row (‘..’). " LF_EMAIL_EN_FIX,
     "Die E-Mail-Adresse darf keine zwei Punkte hintereinander (‚..‘) enthalten. " LF_EMAIL_DE_FIX},
    {"email.local_too_long", "The part before the @ must be {max} characters or fewer",
     "Der Teil vor dem @ darf höchstens {max} Zeichen lang sein"},
    {"email.domain_missing", "Enter the part of the email address after the @, like example.com",
     "Geben Sie den Teil der E-Mail-Adresse nach dem @ ein, zum Beispiel example.com"},
    {"email.comma_in_domain",
     "The part after the @ contains a comma where a dot belongs: did you mean ‘{suggestion}’?",
     "Der Teil nach dem @ enthält ein Komma statt eines Punkts: meinten Sie „{suggestion}“?"},
    {"email.domain_trailing_dot",
     "Email address must not end with a dot: did you mean ‘{suggestion}’?",
     "Die E-Mail-Adresse darf nicht mit einem Punkt enden: meinten Sie „{suggestion}“?"},
    {"email.domain_empty_label",
     "The part after the @ has two dots in a row or starts with a dot. " LF_EMAIL_EN_FIX,
     "Der Teil nach dem @ enthält zwei Punkte hintereinander oder beginnt mit einem "
     "Punkt. " LF_EMAIL_DE_FIX},
    {"email.idn_unsupported",
     "The part after the @ contains ‘{character}’, which cannot be used here: check the "
     "address, or enter the domain in its ASCII form (starting xn--)",
     "Der Teil nach dem @ enthält „{character}“, das hier nicht verwendet werden kann: "
     "prüfen Sie die Adresse oder geben Sie die Domain in ihrer ASCII-Form ein (beginnend mit "
     "xn--)"},
    {"email.domain_invalid_character",
     "The part after the @ must not contain ‘{character}’: use only letters, digits, hyphens "
     "and dots",
     "Der Teil nach dem @ darf „{character}“ nicht enthalten: verwenden Sie nur Buchstaben, "
     "Ziffern, Bindestriche und Punkte"},
    {"email.label_hyphen",
     "A part of the domain after the @ must not start or end with a hyphen "
     "(‘{label}’). " LF_EMAIL_EN_FIX,
     "Ein Teil der Domain nach dem @ darf nicht mit einem Bindestrich beginnen oder enden "
     "(„{label}“). " LF_EMAIL_DE_FIX},
    {"email.label_too_long",
     "Each part of the domain between dots must be {max} characters or fewer",
     "Jeder Teil der Domain zwischen zwei Punkten darf höchstens {max} Zeichen lang sein"},
    {"email.no_tld",
     "The part after the @ needs a dot and an ending, like example.com. " LF_EMAIL_EN_FIX,
     "Der Teil nach dem @ braucht einen Punkt und eine Endung, wie example.com. " LF_EMAIL_DE_FIX},
    {"email.numeric_tld",
     "The email address must end with a name like .com, not with digits. " LF_EMAIL_EN_FIX,
     "Die E-Mail-Adresse muss mit einer Endung wie .com enden, nicht mit "
     "Ziffern. " LF_EMAIL_DE_FIX},
    {"email.domain_too_long", "The part after the @ must be {max} characters or fewer",
     "Der Teil nach dem @ darf höchstens {max} Zeichen lang sein"},
    {"email.too_long", "Email address must be {max} characters or fewer",
     "Die E-Mail-Adresse darf höchstens {max} Zeichen lang sein"},
};

#undef LF_EMAIL_EN_FIX
#undef LF_EMAIL_DE_FIX

constexpr MessageText kDateMessages[] = {
    {"date.format", "Enter the cancellation date as a date, like 31.01.2027 or 2027-01-31",
     "Geben Sie das Kündigungsdatum als Datum ein, zum Beispiel 31.01.2027 oder 2027-01-31"},
    {"date.invalid", "Cancellation date must be a real date",
     "Das Kündigungsdatum muss ein gültiges Datum sein"},
    {"date.past", "Cancellation date must be today or in the future",
     "Das Kündigungsdatum muss heute oder in der Zukunft liegen"},
    {"date.has_time", "Cancellation date must be a date without a time of day: remove ‘{time}’",
     "Das Kündigungsdatum muss ein Datum ohne Uhrzeit sein: entfernen Sie „{time}“"},
    {"date.ambiguous_order",
     "Cancellation date ‘{value}’ could be {dmy} or {mdy}: choose whether dates are written "
     "day/month/year or month/day/year",
     "Das Kündigungsdatum „{value}“ kann der {dmy} oder der {mdy} sein: wählen Sie, ob Daten "
     "als Tag/Monat/Jahr oder Monat/Tag/Jahr geschrieben sind"},
    {"date.not_dmy", "Cancellation date ‘{value}’ is not a real date when read as day/month/year",
     "Das Kündigungsdatum „{value}“ ist als Tag/Monat/Jahr gelesen kein gültiges Datum"},
    {"date.not_mdy", "Cancellation date ‘{value}’ is not a real date when read as month/day/year",
     "Das Kündigungsdatum „{value}“ ist als Monat/Tag/Jahr gelesen kein gültiges Datum"},
    {"date.excel_serial",
     "The spreadsheet stored the cancellation date as the number {value}; it was read as "
     "{date}. Format the column as Date to be sure",
     "Die Tabelle hat das Kündigungsdatum als Zahl {value} gespeichert; sie wurde als {date} "
     "gelesen. Formatieren Sie die Spalte als Datum, um sicherzugehen"},
    {"date.past_excel_1904",
     "Cancellation date must be today or in the future: the number {value} is {date} in "
     "Excel’s usual date system, or {date1904} in the 1904 date system of older Excel for Mac. "
     "Enter the date as a date, like 31.01.2027",
     "Das Kündigungsdatum muss heute oder in der Zukunft liegen: die Zahl {value} ist im "
     "üblichen Datumssystem von Excel der {date}, im 1904-Datumssystem älterer Excel-Versionen "
     "für Mac der {date1904}. Geben Sie das Datum als Datum ein, zum Beispiel 31.01.2027"},
};

}  // namespace

const std::vector<MessageText>& field_messages() {
  static const std::vector<MessageText> table = [] {
    std::vector<MessageText> all(std::begin(kNameMessages), std::end(kNameMessages));
    all.insert(all.end(), std::begin(kEmailMessages), std::end(kEmailMessages));
    all.insert(all.end(), std::begin(kDateMessages), std::end(kDateMessages));
    return all;
  }();
  return table;
}

}  // namespace licenseform
