// read_sheet: from the bytes of an upload to rows of the template's columns,
// following rules.md "CSV files as customers make them".
#include <array>
#include <string>
#include <vector>

#include "csv_detail.hpp"
#include "licenseform/csv.hpp"
#include "licenseform/text.hpp"

namespace licenseform {
namespace {

using csv_detail::Dialect;

// One decimal: "50.0".
std::string megabytes(std::size_t bytes) {
  std::size_t tenths = (bytes * 10 + 524288) / 1048576;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

// The trimmed values of a record, kept in one reused vector.
void trim_fields(const Record& r, std::vector<std::string_view>& out) {
  out.resize(r.views.size());
  for (std::size_t i = 0; i < r.views.size(); ++i) out[i] = trim(r.views[i]);
}

// Fields up to and including the last non-blank one; 0 for a blank record.
std::size_t filled_width(const std::vector<std::string_view>& values) {
  std::size_t n = values.size();
  while (n > 0 && values[n - 1].empty()) --n;
  return n;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// The word around pos: up to the nearest space, delimiter, quote or line end.
std::string_view word_at(std::string_view text, std::size_t pos) {
  constexpr std::string_view kBreaks = " \t\r\n,;|\"";
  std::size_t begin = text.find_last_of(kBreaks, pos);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  std::size_t end = text.find_first_of(kBreaks, pos);
  return text.substr(begin, (end == std::string_view::npos ? text.size() : end) - begin);
}

class SheetReader {
 public:
  SheetReader(Flow flow, const std::vector<Column>& required, const SheetSettings& settings,
              std::vector<Issue>& issues, FunctionRef<void(const SheetRow&)> on_row,
              SheetSummary& summary)
      : flow_(flow),
        required_(required),
        settings_(settings),
        issues_(issues),
        on_row_(on_row),
        summary_(summary) {}

  void run(std::string_view bytes);

 private:
  bool decode(std::string_view bytes);
  void warn_about_text(std::string_view text);
  void read(std::string_view text, std::size_t first_line, const Dialect& dialect);
  bool read_header(CsvReader& csv, std::size_t header_index);
  bool match_header_row();
  void report_missing();
  void read_rows(CsvReader& csv);
  bool take(const std::string_view* values, std::size_t count, std::size_t line,
            std::optional<std::size_t> quote_error);
  void deliver(const std::string_view* values, std::size_t count, std::size_t line,
               std::optional<std::size_t> quote_error);
  void check_shape(std::size_t count, std::optional<std::size_t> quote_error);
  void check_lengths(const std::string_view* values, std::size_t count);
  void report_unclosed_quote(const CsvReader& csv);
  void file_error(std::string_view code, Params params = {});
  void header_issue(Severity s, std::string_view code, Params params);
  void header_issue(Issue issue);
  void row_issue(std::string_view code, Params params, Column column = Column::none);
  [[nodiscard]] Column column_at(std::size_t position) const;

  Flow flow_;
  const std::vector<Column>& required_;
  const SheetSettings& settings_;
  std::vector<Issue>& issues_;
  FunctionRef<void(const SheetRow&)> on_row_;
  SheetSummary& summary_;

  std::string text_;                 // decoded text, when the bytes were not UTF-8
  std::string_view view_;            // the text to read: text_ or the bytes themselves
  TextHints hints_;                  // of view_, when hinted_ (UTF-8 read in place)
  bool hinted_ = false;
  std::vector<Column> by_position_;  // the header's column at each field position
  std::size_t width_ = 0;            // header fields up to the last named one
  std::size_t needed_ = 0;           // fields up to the last known column
  std::size_t header_row_ = 0;
  std::size_t record_index_ = 0;          // records read so far (0-based index of the next)
  std::vector<std::string_view> values_;  // the current record, trimmed
  std::size_t filled_ = 0;                // its fields up to the last non-blank one
  SheetRow row_;
  bool stopped_ = false;
};

void SheetReader::run(std::string_view bytes) {
  if (bytes.size() > settings_.max_bytes) {
    return file_error("csv.too_large",
                      {{"size", megabytes(bytes.size())}, {"max", megabytes(settings_.max_bytes)}});
  }
  if (auto code = csv_detail::not_csv_by_signature(bytes)) return file_error(*code);
  if (!decode(bytes)) return;
  std::string_view text = view_;
  // Only white space, line ends and delimiters: nothing a spreadsheet shows.
  if (trim(text).empty() || text.find_first_not_of(" \t\r\n,;|") == std::string_view::npos) {
    return file_error("csv.empty");
  }
  if (auto code = csv_detail::not_csv_by_markup(text)) return file_error(*code);
  warn_about_text(text);
  std::size_t first_line = 1;
  std::optional<char> declared;
  if (auto sep = csv_detail::parse_sep_line(text)) {
    text.remove_prefix(sep->length);
    first_line = 2;
    declared = sep->delimiter;
  }
  read(text, first_line, csv_detail::detect_dialect(text, first_line, flow_, declared));
}

// UTF-8 (the usual case) is read in place; other encodings are decoded into
// text_.
bool SheetReader::decode(std::string_view bytes) {
  bool ok = true;
  if (std::optional<std::string_view> utf8 = utf8_text_view(bytes, &hints_)) {
    summary_.encoding = utf8->size() < bytes.size() ? Encoding::utf8_bom : Encoding::utf8;
    view_ = *utf8;
    hinted_ = true;
  } else {
    Decoded d = decode_bytes(bytes);
    summary_.encoding = d.encoding;
    for (Issue& i : d.issues) issues_.push_back(std::move(i));
    text_ = std::move(d.text);
    view_ = text_;
    ok = d.ok;
  }
  // A BOM that went through Windows-1252 and back to UTF-8 ("ï»¿").
  constexpr std::string_view kMangledBom = "\xC3\xAF\xC2\xBB\xC2\xBF";
  if (view_.substr(0, kMangledBom.size()) == kMangledBom) {
    view_.remove_prefix(kMangledBom.size());
    hinted_ = false;  // the hints count from before it
  }
  return ok;
}

// File-level hints about text that was damaged before it reached us: the
// first word that reads as double-encoded UTF-8, and U+FFFD (EF BF BD).
// One pass that stops only at C3 and EF bytes.
void SheetReader::warn_about_text(std::string_view text) {
  std::optional<Issue> double_encoded;
  bool replacement = false;
  std::size_t pairs_from = 0;  // pairs inside a word that did not repair are passed over
  auto pair_at = [&](std::size_t i) {
    std::string_view word = word_at(text, i);
    if (std::optional<std::string> repaired = repair_double_encoding(word)) {
      double_encoded = make_issue(Severity::warning, "csv.encoding.double_encoded",
                                  {{"example", std::string(word)}, {"repaired", *repaired}});
    }
    pairs_from = static_cast<std::size_t>(word.data() - text.data()) + word.size();
  };
  if (hinted_) {
    // UTF-8 read in place: its test found where the first of each starts
    // (for a clean file, nowhere), so only the pairs from there are visited.
    replacement = hints_.first_replacement != std::string_view::npos;
    constexpr std::size_t kNone = std::string_view::npos;
    for (std::size_t i = find_double_encoded_pair(text, hints_.first_pair);
         i != kNone && !double_encoded; i = find_double_encoded_pair(text, i + 1)) {
      if (i >= pairs_from) pair_at(i);
    }
  } else {
    for (std::size_t i = find_either(text, '\xC3', '\xEF'); i != std::string_view::npos;
         i = find_either(text, '\xC3', '\xEF', i + 1)) {
      if (text[i] == '\xEF') {
        replacement = replacement || text.substr(i, 3) == "\xEF\xBF\xBD";
      } else if (!double_encoded && i >= pairs_from && double_encoded_pair_at(text, i)) {
        pair_at(i);
      }
      if (double_encoded && replacement) break;
    }
  }
  if (double_encoded) issues_.push_back(std::move(*double_encoded));
  if (replacement) {
    issues_.push_back(make_issue(Severity::warning, "csv.encoding.replacement_char"));
  }
}

void SheetReader::read(std::string_view text, std::size_t first_line, const Dialect& dialect) {
  summary_.single_column = dialect.single_column;
  summary_.delimiter = dialect.single_column ? ',' : dialect.delimiter;
  CsvReader csv(text, dialect.delimiter, first_line);
  row_.text_size = text.size();
  csv.views_only();  // each record's values are taken before the next is read
  if (!read_header(csv, dialect.header_index)) return;
  summary_.readable = true;
  read_rows(csv);
  if (csv.failed()) return report_unclosed_quote(csv);
  if (summary_.data_rows == 0 && !stopped_) file_error("csv.no_rows");
}

// Skips the records above the header (title rows, with one warning; blank
// ones, counted), then matches the header.
bool SheetReader::read_header(CsvReader& csv, std::size_t header_index) {
  Record r;
  std::optional<std::size_t> first_title;
  for (;;) {
    if (!csv.next(r)) {
      if (csv.failed()) {
        report_unclosed_quote(csv);
      } else {
        file_error("csv.empty");
      }
      return false;
    }
    ++record_index_;
    trim_fields(r, values_);
    bool blank = filled_width(values_) == 0;
    if (record_index_ > header_index && !blank) break;
    if (blank) {
      ++summary_.skipped_empty;
    } else if (!first_title) {
      first_title = r.line;
    }
  }
  summary_.header_line = r.line;
  header_row_ = record_index_;
  if (first_title) {
    header_issue(Severity::warning, "csv.header.rows_above",
                 {{"first", std::to_string(*first_title)},
                  {"last", std::to_string(r.line - 1)},
                  {"header_line", std::to_string(r.line)}});
  }
  return match_header_row();
}

// A file with thousands of extra columns gets ten warnings and a count, not
// one warning per column (which grew the result to hundreds of megabytes).
constexpr std::size_t kMaxIgnoredReported = 10;

bool SheetReader::match_header_row() {
  width_ = filled_width(values_);
  by_position_.assign(values_.size(), Column::none);
  std::array<std::size_t, kColumnCount> position{};  // 1-based; 0 = not found
  std::vector<Issue> unknown;                        // reported only when the header is usable
  std::size_t ignored = 0;  // beyond kMaxIgnoredReported, one issue counts the rest
  bool ok = true;
  for (std::size_t i = 0; i < width_; ++i) {
    std::string_view name = values_[i];
    std::string pos = std::to_string(i + 1);
    std::optional<Column> c = name.empty() ? std::nullopt : match_header(name, flow_);
    if (!c && ++ignored > kMaxIgnoredReported) continue;
    if (name.empty()) {
      header_issue(Severity::warning, "csv.header.unnamed_column", {{"position", pos}});
    } else if (!c) {
      unknown.push_back(make_issue(Severity::warning, "csv.header.unknown_column",
                                   {{"header", std::string(name)}, {"position", pos}}));
    } else if (std::size_t& first = position[column_index(*c)]; first != 0) {
      header_issue(Severity::error, "csv.header.duplicate",
                   {{"column", std::string(spec(*c).header_en)},
                    {"header", std::string(name)},
                    {"first", std::to_string(first)},
                    {"second", pos}});
      ok = false;
    } else {
      first = i + 1;
      by_position_[i] = *c;
      summary_.columns.push_back(*c);
      needed_ = i + 1;
    }
  }
  for (Column c : summary_.columns) row_.present[column_index(c)] = true;
  for (Column c : required_) {
    if (position[column_index(c)] == 0) {
      report_missing();
      return false;
    }
  }
  for (Issue& i : unknown) header_issue(std::move(i));
  if (ignored > kMaxIgnoredReported) {
    header_issue(Severity::warning, "csv.header.more_ignored",
                 {{"count", std::to_string(ignored - kMaxIgnoredReported)}});
  }
  return ok;
}

// One error for all missing columns: "required column 'Display Phone
// Number' not found; found: Name, Cancellation Date, Email".
void SheetReader::report_missing() {
  std::vector<std::string> missing, found;
  for (Column c : required_) {
    if (!row_.present[column_index(c)])
      missing.push_back("'" + std::string(spec(c).header_en) + "'");
  }
  for (std::string_view v : values_) {
    if (!v.empty()) found.emplace_back(v);
  }
  bool one = missing.size() == 1;
  file_error(one ? "csv.header.missing_column" : "csv.header.missing_columns",
             {{one ? "column" : "columns", join(missing, ", ")},
              {"found", found.empty() ? std::string("-") : join(found, ", ")}});
}

// Most records are plain lines (CsvReader::next_plain), read into a small
// array of views and trimmed in place; the others go through a Record.
void SheetReader::read_rows(CsvReader& csv) {
  std::array<std::string_view, 16> plain;
  Record r;
  for (;;) {
    std::size_t line = 0;
    if (const std::size_t n = csv.next_plain(plain.data(), plain.size(), line)) {
      for (std::size_t i = 0; i < n; ++i) plain[i] = trim(plain[i]);
      row_.read = csv.position();
      if (!take(plain.data(), n, line, std::nullopt)) return;
      continue;
    }
    if (!csv.next(r)) return;
    row_.read = csv.position();
    trim_fields(r, values_);
    if (!take(values_.data(), values_.size(), r.line, r.quote_error)) return;
  }
}

// One record's trimmed values: skipped when blank, else handed on. False
// when the row limit stops the reading.
bool SheetReader::take(const std::string_view* values, std::size_t count, std::size_t line,
                       std::optional<std::size_t> quote_error) {
  ++record_index_;
  filled_ = count;
  while (filled_ > 0 && values[filled_ - 1].empty()) --filled_;
  if (filled_ == 0) {
    ++summary_.skipped_empty;
    return true;
  }
  if (summary_.data_rows == settings_.max_rows) {
    stopped_ = true;
    file_error("csv.too_many_rows", {{"max", std::to_string(settings_.max_rows)}});
    return false;
  }
  deliver(values, count, line, quote_error);
  return true;
}

void SheetReader::deliver(const std::string_view* values, std::size_t count, std::size_t line,
                          std::optional<std::size_t> quote_error) {
  row_.line = line;
  row_.row = record_index_;
  row_.broken = false;
  row_.cells = {};
  const std::size_t known = std::min(count, by_position_.size());
  for (std::size_t i = 0; i < known; ++i) {
    if (by_position_[i] != Column::none) {
      row_.cells[column_index(by_position_[i])] = values[i];
    }
  }
  check_shape(count, quote_error);
  check_lengths(values, count);
  on_row_(row_);
  ++summary_.data_rows;
}

// Ragged rows: trailing empty extras are fine; a value past the header's
// columns, or a row that stops before the last known column, is an error.
// Nothing is padded or shifted.
void SheetReader::check_shape(std::size_t count, std::optional<std::size_t> quote_error) {
  if (quote_error) {
    row_issue("csv.quote.text_after", {{"position", std::to_string(*quote_error + 1)}},
              column_at(*quote_error));
  }
  bool extra = filled_ > width_;
  if (!extra && count >= needed_) return;
  row_issue(extra ? "csv.row.extra_values" : "csv.row.missing_values",
            {{"expected", std::to_string(width_)},
             {"found", std::to_string(extra ? filled_ : count)},
             {"delimiter", std::string(delimiter_name(summary_.delimiter))}});
}

void SheetReader::check_lengths(const std::string_view* values, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    if (values[i].size() <= settings_.max_field_chars) continue;  // bytes >= code points
    std::size_t n = code_points(values[i]);
    if (n > settings_.max_field_chars) {
      row_issue("csv.field.too_long",
                {{"max", std::to_string(settings_.max_field_chars)},
                 {"length", std::to_string(n)},
                 {"position", std::to_string(i + 1)}},
                column_at(i));
    }
  }
}

void SheetReader::report_unclosed_quote(const CsvReader& csv) {
  std::size_t first = csv.failed_line(), last = csv.last_line();
  Issue i = make_issue(Severity::error,
                       last > first ? "csv.unclosed_quote" : "csv.unclosed_quote_last_line",
                       {{"first", std::to_string(first)}, {"last", std::to_string(last)}},
                       column_at(csv.failed_field()));
  i.line = first;
  i.row = record_index_ + 1;  // the record that never ended
  issues_.push_back(std::move(i));
}

void SheetReader::file_error(std::string_view code, Params params) {
  issues_.push_back(make_issue(Severity::error, std::string(code), std::move(params)));
}

void SheetReader::header_issue(Severity s, std::string_view code, Params params) {
  header_issue(make_issue(s, std::string(code), std::move(params)));
}

void SheetReader::header_issue(Issue i) {
  i.line = summary_.header_line;
  i.row = header_row_;
  issues_.push_back(std::move(i));
}

void SheetReader::row_issue(std::string_view code, Params params, Column column) {
  Issue i = make_issue(Severity::error, std::string(code), std::move(params), column);
  i.line = row_.line;
  i.row = row_.row;
  issues_.push_back(std::move(i));
  row_.broken = true;
}

Column SheetReader::column_at(std::size_t position) const {
  return position < by_position_.size() ? by_position_[position] : Column::none;
}

}  // namespace

SheetSummary read_sheet(std::string_view bytes, Flow flow, const std::vector<Column>& required,
                        const SheetSettings& settings, std::vector<Issue>& issues,
                        FunctionRef<void(const SheetRow&)> on_row) {
  SheetSummary summary;
  SheetReader(flow, required, settings, issues, on_row, summary).run(bytes);
  return summary;
}

}  // namespace licenseform
