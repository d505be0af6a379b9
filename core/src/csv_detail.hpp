// Internals of read_sheet, shared by its source files: recognising files
// that are not CSV, the `sep=` line, and choosing the dialect.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "licenseform/columns.hpp"

namespace licenseform::csv_detail {

// The code of the refusal ("csv.not_csv.xlsx") when the bytes are a
// spreadsheet, document or archive rather than text; nullopt otherwise.
[[nodiscard]] std::optional<std::string_view> not_csv_by_signature(std::string_view bytes);
// The same for decoded text that is a web page or an XML spreadsheet.
[[nodiscard]] std::optional<std::string_view> not_csv_by_markup(std::string_view text);

// Excel's `sep=;` first line, which declares the delimiter and is not a row.
struct SepLine {
  char delimiter = ',';
  std::size_t length = 0;  // bytes to skip, line end included
};
[[nodiscard]] std::optional<SepLine> parse_sep_line(std::string_view text);

struct Dialect {
  char delimiter = ',';  // '\0' for a single column
  bool single_column = false;
  std::size_t header_index = 0;  // 0-based record index of the header
};

// Picks the delimiter (unless declared) and the header record: the
// candidate that splits a record among the first ones into the most known
// columns, then the one whose following records keep the header's field
// count. Only the first lines are read, so this stays cheap on any file.
[[nodiscard]] Dialect detect_dialect(std::string_view text, std::size_t first_line, Flow flow,
                                     std::optional<char> declared);

}  // namespace licenseform::csv_detail
