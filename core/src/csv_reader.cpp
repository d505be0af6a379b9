// RFC 4180 records (https://www.rfc-editor.org/rfc/rfc4180#section-2), read
// the way spreadsheets read them: CRLF, LF and a lone CR all end a line;
// quotes count only at the start of a field.
#include <cstdint>
#include <cstring>

#include "licenseform/csv.hpp"
#include "swar.hpp"

namespace licenseform {

CsvReader::CsvReader(std::string_view text, char delimiter, std::size_t first_line)
    : text_(text), delimiter_(delimiter), line_(first_line) {}

namespace {

bool ends_field(char c, char delimiter) {
  return c == '\n' || c == '\r' || (c == delimiter && delimiter != '\0');
}

// The first byte from p that ends an unquoted field (the delimiter, CR or
// LF) or, with quote, is a quote character; the end of the text if none.
// Delimiter '\0' never splits. Eight bytes at a time while none is one.
std::size_t next_stop(std::string_view text, std::size_t p, char delimiter, bool quote) {
  const char d = delimiter == '\0' ? '\n' : delimiter;
  const char q = quote ? '"' : '\n';
  const std::uint64_t dd = swar::broadcast(d), qq = swar::broadcast(q);
  constexpr std::uint64_t lf = swar::broadcast('\n'), cr = swar::broadcast('\r');
  const char* t = text.data();
  for (; p + 8 <= text.size(); p += 8) {
    const std::uint64_t x = swar::load(t + p);
    const std::uint64_t m =
        swar::matches(x, dd) | swar::matches(x, lf) | swar::matches(x, cr) | swar::matches(x, qq);
    if (m) return p + swar::first(m);
  }
  for (; p < text.size(); ++p) {
    const char c = t[p];
    if (c == d || c == '\n' || c == '\r' || c == q) break;
  }
  return p;
}

// Spaces around a quoted field: `a, "b" ,c` reads b.
bool is_pad(char c, char delimiter) {
  return (c == ' ' || c == '\t') && c != delimiter;
}

}  // namespace

// A line without a quote character, the usual line of the usual file: its
// fields are the bytes between delimiters, found in one pass over the line
// eight bytes at a time, every stop of a word taken from one mask. Anything
// else (a quote anywhere on the line, a lone CR, more than max fields) is
// left to the field-by-field reading of next(), which gives the same fields.
std::size_t CsvReader::next_plain(std::string_view* out, std::size_t max, std::size_t& line) {
  if (failed_ || pos_ >= text_.size()) return 0;
  const char* t = text_.data();
  const std::size_t size = text_.size();
  const char d = delimiter_;
  // Delimiter '\0' never splits: LF stands in for it, which ends the line anyway.
  const std::uint64_t dd = swar::broadcast(d == '\0' ? '\n' : d);
  constexpr std::uint64_t qq = swar::broadcast('"');
  std::size_t n = 0;        // fields so far
  std::size_t from = pos_;  // where the current field starts
  std::size_t end = size;   // the line's CR or LF; size when the text ends first
  // What the byte at k does: 0 nothing, 1 ends a field, 2 ends the line,
  // 3 a quote (this line is not plain).
  auto stop = [&](std::size_t k) LF_INLINE {
    const char c = t[k];
    if (c == '"') return 3;
    if (c == '\n' || c == '\r') return 2;
    return c == d && d != '\0' ? 1 : 0;
  };
  for (std::size_t p = pos_; p < size; p += 8) {
    std::uint64_t x = 0;
    if (p + 8 <= size) {
      x = swar::load(t + p);
    } else {
      std::memcpy(&x, t + p, size - p);  // the last bytes of the text, once per file
    }
    // Every stop of the word is flagged; so are a few bytes that are not
    // one, which stop() passes over: bytes below CR besides LF (tab and the
    // like) and the bytes above a match that matches() may flag.
    std::uint64_t m = swar::matches(x, dd) | swar::matches(x, qq) | swar::below(x, '\r' + 1);
    for (; m != 0; m &= m - 1) {
      const std::size_t k = p + swar::first(m);
      if (k >= size) break;  // the zeros after the text's last bytes
      switch (stop(k)) {
        case 1:
          if (n + 1 >= max) return 0;  // room for this field and the last
          out[n++] = std::string_view(t + from, k - from);
          from = k + 1;
          break;
        case 2:
          end = k;
          goto line_end;
        case 3:
          return 0;
        default:
          break;
      }
    }
  }
line_end:
  out[n++] = std::string_view(t + from, end - from);
  std::size_t next = end;
  if (next < size) {
    if (t[next] == '\r') {
      if (next + 1 >= size || t[next + 1] != '\n') return 0;  // a lone CR
      ++next;
    }
    ++next;
  }
  line = line_;
  pos_ = next;
  if (end < size) ++line_;
  return n;
}

bool CsvReader::next(Record& out) {
  if (failed_ || pos_ >= text_.size()) return false;
  out.line = line_;
  out.quote_error.reset();
  std::size_t n = 0;
  for (;;) {
    if (out.fields.size() <= n) out.fields.emplace_back();
    if (out.views.size() <= n) out.views.emplace_back();
    if (!read_field(n, out)) return false;
    ++n;
    if (pos_ >= text_.size()) break;
    const char* t = text_.data();
    char c = t[pos_++];
    if (c == delimiter_ && delimiter_ != '\0') continue;
    if (c == '\r' && pos_ < text_.size() && t[pos_] == '\n') ++pos_;
    ++line_;
    break;
  }
  out.fields.resize(n);
  out.views.resize(n);
  // Views into fields only now: adding a field may have moved the others.
  for (std::size_t i = 0; i < n; ++i) {
    if (out.views[i].data() == nullptr) out.views[i] = out.fields[i];
  }
  return true;
}

// Leaves out.views[index] null for a field that is in out.fields[index].
bool CsvReader::read_field(std::size_t index, Record& out) {
  std::string& field = out.fields[index];
  out.views[index] = {};
  const char* t = text_.data();
  std::size_t p = pos_;
  while (p < text_.size() && is_pad(t[p], delimiter_)) ++p;
  if (p < text_.size() && t[p] == '"') {
    pos_ = p + 1;
    return read_quoted(field, index, out);
  }
  p = next_stop(text_, p, delimiter_, false);
  if (views_only_) {
    field.clear();
    out.views[index] = text_.substr(pos_, p - pos_);
  } else {
    field.assign(text_.data() + pos_, p - pos_);
  }
  pos_ = p;
  return true;
}

bool CsvReader::read_quoted(std::string& field, std::size_t index, Record& out) {
  const std::size_t quote_line = line_;
  field.clear();
  for (;;) {
    std::size_t q = text_.find('"', pos_);
    if (q == std::string_view::npos) {
      fail(quote_line, index, out.line);
      return false;
    }
    std::string_view chunk = text_.substr(pos_, q - pos_);
    count_lines(chunk);
    field.append(chunk.data(), chunk.size());
    pos_ = q + 1;
    if (pos_ >= text_.size() || text_[pos_] != '"') break;
    field += '"';  // a doubled quote is one quote
    ++pos_;
  }
  std::size_t p = pos_;
  while (p < text_.size() && is_pad(text_[p], delimiter_)) ++p;
  if (p >= text_.size() || ends_field(text_[p], delimiter_)) {
    pos_ = p;
    return true;
  }
  // Text after the closing quote: an inner quote that was not doubled. Keep
  // the rest as written, from that quote up to the end of the field.
  if (!out.quote_error) out.quote_error = index;
  while (p < text_.size() && !ends_field(text_[p], delimiter_)) ++p;
  field.append(text_.data() + pos_ - 1, p - (pos_ - 1));
  pos_ = p;
  return true;
}

void CsvReader::count_lines(std::string_view chunk) {
  for (std::size_t i = 0; i < chunk.size(); ++i) {
    char c = chunk[i];
    if (c == '\n' || (c == '\r' && (i + 1 == chunk.size() || chunk[i + 1] != '\n'))) ++line_;
  }
}

void CsvReader::fail(std::size_t quote_line, std::size_t index, std::size_t record_line) {
  failed_ = true;
  failed_line_ = quote_line;
  failed_field_ = index;
  failed_record_line_ = record_line;
  count_lines(text_.substr(pos_));
  char last = text_.empty() ? '\0' : text_.back();
  last_line_ = line_ - (last == '\n' || last == '\r' ? 1 : 0);
  pos_ = text_.size();
}

namespace {

// OWASP "CSV Injection": cells a spreadsheet would run as a formula.
bool starts_formula(const std::string& field) {
  if (field.empty()) return false;
  char c = field.front();
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

void append_quoted(std::string& out, const std::string& field, bool neutralize) {
  out += '"';
  if (neutralize && starts_formula(field)) out += '\'';
  std::size_t from = 0;
  for (std::size_t q = field.find('"'); q != std::string::npos; q = field.find('"', from)) {
    out.append(field, from, q + 1 - from);
    out += '"';
    from = q + 1;
  }
  out.append(field, from, std::string::npos);
  out += '"';
}

}  // namespace

std::string write_csv(const std::vector<std::vector<std::string>>& records, char delimiter,
                      bool neutralize_formulas) {
  std::string out = "\xEF\xBB\xBF";  // so Excel reads UTF-8, not the system code page
  for (const auto& record : records) {
    for (std::size_t i = 0; i < record.size(); ++i) {
      if (i > 0) out += delimiter;
      append_quoted(out, record[i], neutralize_formulas);
    }
    out += "\r\n";
  }
  return out;
}

std::string_view delimiter_name(char delimiter) {
  switch (delimiter) {
    case ',':
      return "comma";
    case ';':
      return "semicolon";
    case '\t':
      return "tab";
    case '|':
      return "pipe";
    default:
      return "delimiter";
  }
}

}  // namespace licenseform
