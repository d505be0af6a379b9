// Choosing the delimiter and finding the header: rules.md "Dialect: comma,
// semicolon (European Excel), tab or pipe, chosen by which one splits the
// header into known columns with consistent field counts; a first line
// `sep=X` declares it."
#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "csv_detail.hpp"
#include "licenseform/csv.hpp"
#include "licenseform/text.hpp"

namespace licenseform::csv_detail {
namespace {

constexpr std::size_t kSampleLines = 60;
constexpr std::size_t kHeaderSearch = 10;     // records in which to look for the header
constexpr std::size_t kConsistencyRows = 20;  // records after it that should fit

// '\0' (one column, never split) comes first, so that a one-column header
// such as `Email` keeps `a,b` lines whole; then the list separators of
// English and European Excel, then tab (Unicode Text) and pipe.
constexpr std::array<char, 5> kCandidates = {'\0', ',', ';', '\t', '|'};

struct Shape {
  std::size_t fields = 0;
  std::size_t filled = 0;   // up to and including the last non-blank field
  std::size_t matched = 0;  // distinct known columns among the fields
};

struct Score {
  std::size_t matched = 0, consistent = 0, header_fields = 0, header_index = 0;
  [[nodiscard]] bool beats(const Score& o) const {
    if (matched != o.matched) return matched > o.matched;
    if (consistent != o.consistent) return consistent > o.consistent;
    return header_fields > o.header_fields;
  }
};

std::string_view first_lines(std::string_view text, std::size_t lines) {
  std::size_t pos = 0;
  for (std::size_t n = 0; n < lines && pos < text.size(); ++n) {
    std::size_t eol = text.find_first_of("\r\n", pos);
    if (eol == std::string_view::npos) return text;
    pos = eol + (text[eol] == '\r' && eol + 1 < text.size() && text[eol + 1] == '\n' ? 2 : 1);
  }
  return text.substr(0, pos);
}

// Known columns are counted only where the header may be (match): the
// records after it are compared by their field counts alone.
Shape shape_of(const Record& r, Flow flow, bool match) {
  Shape s;
  s.fields = r.views.size();
  std::array<bool, kColumnCount> seen{};
  for (std::size_t i = 0; i < r.views.size(); ++i) {
    if (trim(r.views[i]).empty()) continue;
    s.filled = i + 1;
    if (!match) continue;
    std::optional<Column> c = match_header(r.views[i], flow);
    if (c && !seen[column_index(*c)]) {
      seen[column_index(*c)] = true;
      ++s.matched;
    }
  }
  return s;
}

std::vector<Shape> sample_shapes(std::string_view sample, char d, std::size_t line, Flow flow) {
  std::vector<Shape> shapes;
  CsvReader reader(sample, d, line);
  reader.views_only();  // the fields are only looked at, not kept
  Record r;
  while (shapes.size() < kHeaderSearch + kConsistencyRows && reader.next(r)) {
    shapes.push_back(shape_of(r, flow, shapes.size() < kHeaderSearch));
  }
  return shapes;
}

// The header is the first record that names two known columns: a later
// record that names more is data (and gets checked as such), never a reason
// to drop the agents above it. Without such a record (the one-column cancel
// file), the record with the most known columns; with none known anywhere,
// the first non-blank record.
std::size_t header_of(const std::vector<Shape>& shapes) {
  std::size_t best = shapes.size();
  for (std::size_t i = 0; i < shapes.size() && i < kHeaderSearch; ++i) {
    if (shapes[i].filled == 0) continue;
    if (shapes[i].matched >= 2) return i;
    if (best == shapes.size() || shapes[i].matched > shapes[best].matched) best = i;
  }
  return best == shapes.size() ? 0 : best;
}

Score score(const std::vector<Shape>& shapes) {
  Score s;
  if (shapes.empty()) return s;
  s.header_index = header_of(shapes);
  const Shape& h = shapes[s.header_index];
  s.matched = h.matched;
  s.header_fields = h.filled;
  for (std::size_t i = s.header_index + 1; i < shapes.size(); ++i) {
    const Shape& r = shapes[i];
    // Blank rows fit; others must fill no column past the header's and
    // leave none of its columns out.
    s.consistent += r.filled == 0 || (r.filled <= h.filled && r.fields >= h.filled);
  }
  return s;
}

}  // namespace

std::optional<SepLine> parse_sep_line(std::string_view text) {
  std::size_t eol = text.find_first_of("\r\n");
  std::string_view line = text.substr(0, eol);
  std::size_t length = eol == std::string_view::npos       ? text.size()
                       : text.compare(eol, 2, "\r\n") == 0 ? eol + 2
                                                           : eol + 1;
  if (line.size() >= 2 && line.front() == '"' && line.back() == '"') {
    line = line.substr(1, line.size() - 2);
  }
  if (line.size() < 5 || !std::equal(line.begin(), line.begin() + 4, "sep=", [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == b;
      })) {
    return std::nullopt;
  }
  char d = line[4];
  if (d == '"' || d == ' ') return std::nullopt;
  // Re-saved by a spreadsheet, the line may carry empty cells: `sep=;;;`.
  if (line.find_first_not_of(d, 5) != std::string_view::npos) return std::nullopt;
  return SepLine{d, length};
}

Dialect detect_dialect(std::string_view text, std::size_t first_line, Flow flow,
                       std::optional<char> declared) {
  std::string_view sample = first_lines(text, kSampleLines);
  Dialect best;
  Score best_score;
  bool any = false;
  for (char d : kCandidates) {
    if (declared && d != *declared) continue;
    Score s = score(sample_shapes(sample, d, first_line, flow));
    if (!any || s.beats(best_score)) {
      best = Dialect{d, d == '\0', s.header_index};
      best_score = s;
      any = true;
    }
  }
  if (!any) {  // a declared delimiter outside the candidates
    Score s = score(sample_shapes(sample, *declared, first_line, flow));
    best = Dialect{*declared, false, s.header_index};
  }
  return best;
}

}  // namespace licenseform::csv_detail
