// Reading a customer's CSV file into rows of the template's columns.
//
// read_sheet decodes the bytes, refuses files that are not CSV, picks the
// dialect, finds and matches the header, and hands each data row to a
// callback, in file order, with its physical line and spreadsheet row. It
// stays linear in time and memory: rows are not kept.
//
//   std::vector<Issue> issues;
//   auto summary = read_sheet(bytes, Flow::add, settings, issues,
//                             [&](const SheetRow& r) { ... });
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "licenseform/columns.hpp"
#include "licenseform/function_ref.hpp"
#include "licenseform/issue.hpp"
#include "licenseform/text.hpp"

namespace licenseform {

struct SheetSettings {
  std::size_t max_rows = 100000;  // data rows
  std::size_t max_bytes = 50u * 1024 * 1024;
  std::size_t max_field_chars = 1000;  // code points in one value
};

struct SheetRow {
  std::size_t line = 0;  // 1-based physical line where the record starts
  std::size_t row = 0;   // spreadsheet row (header is row 1; a sep= line is not a row)
  // By column_index(); trimmed, UTF-8. Views into the file's text or the
  // reader's record: valid only during the callback that receives the row.
  std::array<std::string_view, kColumnCount> cells;
  std::array<bool, kColumnCount> present{};     // the file has this column
  bool broken = false;  // structure error already reported (ragged, over-long): do not check
  // For a progress bar: bytes of the text read up to the end of this
  // record, of text_size (the text as read: after a BOM or a sep= line).
  std::size_t read = 0, text_size = 0;
};

struct SheetSummary {
  bool readable = false;  // a header was found and matched; rows may follow
  char delimiter = ',';
  bool single_column = false;  // one column and no delimiter: a line is one value
  Encoding encoding = Encoding::utf8;
  std::size_t header_line = 0;
  std::size_t data_rows = 0;      // rows handed to the callback
  std::size_t skipped_empty = 0;  // empty and delimiter-only rows skipped
  std::vector<Column> columns;    // columns found in the header, in file order
};

// Required columns for the flow (e.g. phone for agent-id-bria) are given by
// the caller; a missing one is one file-level error listing what was found.
[[nodiscard]] SheetSummary read_sheet(std::string_view bytes, Flow flow,
                                      const std::vector<Column>& required,
                                      const SheetSettings& settings, std::vector<Issue>& issues,
                                      FunctionRef<void(const SheetRow&)> on_row);

// One CSV record: fields (untrimmed) and the physical line where it starts.
struct Record {
  std::size_t line = 0;
  std::vector<std::string> fields;
  // Each field's text, valid until the next record: into the reader's text
  // for an unquoted field, into fields[i] for a quoted one. A reader set to
  // views_only() leaves fields[i] empty for unquoted fields.
  std::vector<std::string_view> views;
  // A quoted field with text after its closing quote (`"Hey " you"`): the
  // index of the first such field. Its text is kept as written.
  std::optional<std::size_t> quote_error;
};

// RFC 4180 records of decoded text with a known delimiter (CRLF, LF, CR).
// Quotes inside an unquoted field are literal (as in Excel); spaces around a
// quoted field are dropped. Delimiter '\0' never splits: one field a line.
//
//   CsvReader reader(text, ';');
//   Record r;
//   while (reader.next(r)) { ... r.line, r.fields ... }
//   if (reader.failed()) { ... reader.failed_line() ... }
class CsvReader {
 public:
  // first_line: the physical line number of text's first line.
  CsvReader(std::string_view text, char delimiter, std::size_t first_line = 1);
  // False at the end or after an unclosed quote (see failed()).
  [[nodiscard]] bool next(Record& out);
  // The usual record, a line without a quote character (and not ended by a
  // lone CR), of at most max fields: its fields as views into the text, in
  // out[0..n), its physical line in line; returns n. Returns 0 and reads
  // nothing when the next record is not such a line (or there is none):
  // next() reads it then, and gives the same fields.
  [[nodiscard]] std::size_t next_plain(std::string_view* out, std::size_t max, std::size_t& line);
  // The unclosed-quote error: the line and field (0-based) where the quote
  // opened, the record's first line, and the last line of the text.
  [[nodiscard]] bool failed() const { return failed_; }
  [[nodiscard]] std::size_t failed_line() const { return failed_line_; }
  [[nodiscard]] std::size_t failed_field() const { return failed_field_; }
  [[nodiscard]] std::size_t failed_record_line() const { return failed_record_line_; }
  [[nodiscard]] std::size_t last_line() const { return last_line_; }
  // Bytes of the text read so far.
  [[nodiscard]] std::size_t position() const { return pos_; }
  // Unquoted fields as Record::views only, not copied into Record::fields:
  // for a reader that takes each record's values before reading the next.
  void views_only() { views_only_ = true; }

 private:
  bool read_field(std::size_t index, Record& out);
  bool read_quoted(std::string& field, std::size_t index, Record& out);
  void count_lines(std::string_view chunk);
  void fail(std::size_t quote_line, std::size_t index, std::size_t record_line);

  std::string_view text_;
  char delimiter_;
  bool views_only_ = false;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  bool failed_ = false;
  std::size_t failed_line_ = 0;
  std::size_t failed_field_ = 0;
  std::size_t failed_record_line_ = 0;
  std::size_t last_line_ = 0;
};

// Writes records as CSV that every spreadsheet reads back the same: UTF-8
// with BOM, every field quoted, inner quotes doubled, CRLF, and cells that
// start like a formula (= + - @ tab CR) prefixed with an apostrophe (OWASP
// "CSV Injection"). neutralize_formulas = false writes such cells as they
// are (for tests that read the records back).
[[nodiscard]] std::string write_csv(const std::vector<std::vector<std::string>>& records,
                                    char delimiter = ',', bool neutralize_formulas = true);

// The delimiter as a customer knows it, for messages: "comma", "semicolon",
// "tab", "pipe" (English; the message catalog carries the German words).
[[nodiscard]] std::string_view delimiter_name(char delimiter);

}  // namespace licenseform
