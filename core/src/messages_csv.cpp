// Messages of reading files: encodings, the header, the shape of rows.
// Each says what is wrong and what to do; "Save as CSV UTF-8" is the fix a
// customer can follow in any spreadsheet program.
#include "licenseform/messages.hpp"

namespace licenseform {

const std::vector<MessageText>& csv_messages() {
  static const std::vector<MessageText> table = {
      {"csv.empty",
       "The file is empty. Download the template, add one row per agent and upload it again.",
       "Die Datei ist leer. Laden Sie die Vorlage herunter, tragen Sie eine Zeile pro Agent ein "
       "und laden Sie sie erneut hoch."},
      {"csv.no_rows", "Header found, but no data rows. Add one row per agent below the header.",
       "Kopfzeile gefunden, aber keine Datenzeilen. Tragen Sie unter der Kopfzeile eine Zeile "
       "pro Agent ein."},
      {"csv.too_large",
       "The file is {size} MB. Upload a file of {max} MB or less, or split it into smaller "
       "files.",
       "Die Datei ist {size} MB groß. Laden Sie eine Datei von höchstens {max} MB hoch oder "
       "teilen Sie sie in kleinere Dateien auf."},
      {"csv.too_many_rows",
       "The file has more than {max} agents. Split it into files of {max} rows or fewer; rows "
       "after row {max} were not read.",
       "Die Datei enthält mehr als {max} Agents. Teilen Sie sie in Dateien mit höchstens {max} "
       "Zeilen auf; die Zeilen danach wurden nicht gelesen."},
      {"csv.not_csv.xlsx",
       "This is an Excel workbook (.xlsx), not CSV. In Excel use File › Save As › CSV UTF-8 "
       "(Comma delimited), then upload that file.",
       "Dies ist eine Excel-Arbeitsmappe (.xlsx), keine CSV-Datei. Wählen Sie in Excel Datei › "
       "Speichern unter › CSV UTF-8 (durch Trennzeichen getrennt) und laden Sie diese Datei "
       "hoch."},
      {"csv.not_csv.xls",
       "This is an older Excel workbook (.xls), not CSV. In Excel use File › Save As › CSV "
       "UTF-8 (Comma delimited), then upload that file.",
       "Dies ist eine ältere Excel-Arbeitsmappe (.xls), keine CSV-Datei. Wählen Sie in Excel "
       "Datei › Speichern unter › CSV UTF-8 (durch Trennzeichen getrennt) und laden Sie diese "
       "Datei hoch."},
      {"csv.not_csv.ods",
       "This is an OpenDocument spreadsheet (.ods), not CSV. In LibreOffice use File › Save As, "
       "choose Text CSV and the character set Unicode (UTF-8), then upload that file.",
       "Dies ist eine OpenDocument-Tabelle (.ods), keine CSV-Datei. Wählen Sie in LibreOffice "
       "Datei › Speichern unter, den Dateityp Text CSV und den Zeichensatz Unicode (UTF-8) und "
       "laden Sie diese Datei hoch."},
      {"csv.not_csv.numbers",
       "This is a Numbers spreadsheet, not CSV. In Numbers use File › Export To › CSV with the "
       "text encoding Unicode (UTF-8), then upload that file.",
       "Dies ist eine Numbers-Tabelle, keine CSV-Datei. Wählen Sie in Numbers Ablage › "
       "Exportieren › CSV mit der Textcodierung Unicode (UTF-8) und laden Sie diese Datei hoch."},
      {"csv.not_csv.pdf",
       "This is a PDF document, not CSV. Open the spreadsheet the list came from and save it as "
       "CSV UTF-8.",
       "Dies ist ein PDF-Dokument, keine CSV-Datei. Öffnen Sie die Tabelle, aus der die Liste "
       "stammt, und speichern Sie sie als CSV UTF-8."},
      {"csv.not_csv.zip",
       "This is a ZIP archive, not CSV. Unpack it, open the spreadsheet and save it as CSV "
       "UTF-8.",
       "Dies ist ein ZIP-Archiv, keine CSV-Datei. Entpacken Sie es, öffnen Sie die Tabelle und "
       "speichern Sie sie als CSV UTF-8."},
      {"csv.not_csv.markup",
       "This is a web page or XML file, not CSV. Open it in your spreadsheet program and save "
       "it as CSV UTF-8.",
       "Dies ist eine Webseite oder XML-Datei, keine CSV-Datei. Öffnen Sie sie in Ihrem "
       "Tabellenprogramm und speichern Sie sie als CSV UTF-8."},
      {"csv.not_csv.binary",
       "This file is not a text file, so it cannot be CSV. Save your spreadsheet as CSV UTF-8 "
       "and upload that file.",
       "Diese Datei ist keine Textdatei und damit keine CSV-Datei. Speichern Sie Ihre Tabelle "
       "als CSV UTF-8 und laden Sie diese Datei hoch."},
      {"csv.encoding.windows1252",
       "The file was not saved as UTF-8, so it was read as Windows-1252 (Western European). "
       "Check that accented letters look right, or save the file as CSV UTF-8.",
       "Die Datei wurde nicht als UTF-8 gespeichert und deshalb als Windows-1252 "
       "(westeuropäisch) gelesen. Prüfen Sie, ob Umlaute und Akzente richtig aussehen, oder "
       "speichern Sie die Datei als CSV UTF-8."},
      {"csv.encoding.mac_roman",
       "The file was not saved as UTF-8, so it was read as Mac Roman (older Excel for Mac). "
       "Check that accented letters look right, or save the file as CSV UTF-8.",
       "Die Datei wurde nicht als UTF-8 gespeichert und deshalb als Mac Roman (älteres Excel "
       "für Mac) gelesen. Prüfen Sie, ob Umlaute und Akzente richtig aussehen, oder speichern "
       "Sie die Datei als CSV UTF-8."},
      {"csv.encoding.ambiguous",
       "The file was not saved as UTF-8, and its accented letters could be read in more than "
       "one way. Save it as CSV UTF-8 and upload it again.",
       "Die Datei wurde nicht als UTF-8 gespeichert, und ihre Umlaute und Akzente lassen sich "
       "nicht eindeutig lesen. Speichern Sie sie als CSV UTF-8 und laden Sie sie erneut hoch."},
      {"csv.encoding.unknown",
       "The file was not saved as UTF-8, and its characters could not be read. Save it as CSV "
       "UTF-8 and upload it again.",
       "Die Datei wurde nicht als UTF-8 gespeichert, und ihre Zeichen lassen sich nicht lesen. "
       "Speichern Sie sie als CSV UTF-8 und laden Sie sie erneut hoch."},
      {"csv.encoding.invalid_utf16",
       "The file is marked as UTF-16 but contains broken characters. Save it as CSV UTF-8 and "
       "upload it again.",
       "Die Datei ist als UTF-16 gekennzeichnet, enthält aber fehlerhafte Zeichen. Speichern "
       "Sie sie als CSV UTF-8 und laden Sie sie erneut hoch."},
      {"csv.encoding.double_encoded",
       "Some text looks garbled by a wrong encoding: '{example}' is probably '{repaired}'. Save "
       "the original spreadsheet as CSV UTF-8 and upload it again.",
       "Ein Teil des Textes wurde offenbar falsch codiert: '{example}' heißt vermutlich "
       "'{repaired}'. Speichern Sie die ursprüngliche Tabelle als CSV UTF-8 und laden Sie sie "
       "erneut hoch."},
      {"csv.encoding.replacement_char",
       "The file contains the character '\xEF\xBF\xBD' where letters were lost to a wrong "
       "encoding. Save the original spreadsheet as CSV UTF-8 and upload it again.",
       "Die Datei enthält das Zeichen '\xEF\xBF\xBD', wo durch eine falsche Codierung Buchstaben "
       "verloren gingen. Speichern Sie die ursprüngliche Tabelle als CSV UTF-8 und laden Sie "
       "sie erneut hoch."},
      {"csv.header.rows_above",
       "Lines {first} to {last} above the header row were skipped. Check that no agents are "
       "listed there.",
       "Die Zeilen {first} bis {last} über der Kopfzeile wurden übersprungen. Prüfen Sie, dass "
       "dort keine Agents stehen."},
      {"csv.header.unnamed_column",
       "Column {position} has no name in the header row and was ignored.",
       "Spalte {position} hat in der Kopfzeile keinen Namen und wurde ignoriert."},
      {"csv.header.more_ignored",
       "{count} more columns were ignored: they are not columns of the template.",
       "{count} weitere Spalten wurden ignoriert: Sie gehören nicht zur Vorlage."},
      {"csv.header.unknown_column",
       "Column '{header}' (column {position}) ignored: it is not a column of the template.",
       "Spalte '{header}' (Spalte {position}) ignoriert: Sie gehört nicht zur Vorlage."},
      {"csv.header.duplicate",
       "Column '{column}' appears twice (columns {first} and {second}). Keep one of them and "
       "delete the other.",
       "Die Spalte '{column}' kommt zweimal vor (Spalten {first} und {second}). Behalten Sie "
       "eine davon und löschen Sie die andere."},
      {"csv.header.missing_column",
       "Required column {column} not found; found: {found}. Download the template and copy "
       "your data into it.",
       "Pflichtspalte {column} nicht gefunden; vorhanden: {found}. Laden Sie die Vorlage "
       "herunter und übertragen Sie Ihre Daten hinein."},
      {"csv.header.missing_columns",
       "Required columns {columns} not found; found: {found}. Download the template and copy "
       "your data into it.",
       "Pflichtspalten {columns} nicht gefunden; vorhanden: {found}. Laden Sie die Vorlage "
       "herunter und übertragen Sie Ihre Daten hinein."},
      {"csv.unclosed_quote",
       "The quote opened here is never closed (lines {first}–{last} would merge into one "
       "value). Remove the stray quote mark, or add the closing one.",
       "Das hier geöffnete Anführungszeichen wird nie geschlossen (die Zeilen {first}–{last} "
       "würden zu einem Wert verschmelzen). Entfernen Sie das überzählige Anführungszeichen "
       "oder ergänzen Sie das schließende."},
      {"csv.unclosed_quote_last_line",
       "The quote opened here is never closed. Remove the stray quote mark, or add the closing "
       "one.",
       "Das hier geöffnete Anführungszeichen wird nie geschlossen. Entfernen Sie das "
       "überzählige Anführungszeichen oder ergänzen Sie das schließende."},
      {"csv.quote.text_after",
       "A quote mark inside a quoted value must be doubled (\"\"). Correct the quote marks in "
       "this value.",
       "Ein Anführungszeichen innerhalb eines Werts in Anführungszeichen muss doppelt stehen "
       "(\"\"). Korrigieren Sie die Anführungszeichen in diesem Wert."},
      {"csv.row.extra_values",
       "This row has {found} values, but the header has {expected} columns. Remove the extra "
       "values, or put a value that contains the delimiter in quotes.",
       "Diese Zeile hat {found} Werte, die Kopfzeile aber {expected} Spalten. Entfernen Sie "
       "die überzähligen Werte oder setzen Sie einen Wert, der das Trennzeichen enthält, in "
       "Anführungszeichen."},
      {"csv.row.missing_values",
       "This row has {found} values, but the header has {expected} columns. Add the missing "
       "values, or leave them empty between delimiters.",
       "Diese Zeile hat {found} Werte, die Kopfzeile aber {expected} Spalten. Ergänzen Sie die "
       "fehlenden Werte oder lassen Sie sie zwischen den Trennzeichen leer."},
      {"csv.field.too_long",
       "This value is {length} characters long. Enter {max} characters or fewer.",
       "Dieser Wert ist {length} Zeichen lang. Geben Sie höchstens {max} Zeichen ein."},
  };
  return table;
}

}  // namespace licenseform
