// The agent's full name (docs/rules.md, "Name"): any script, trimmed and with
// inner white space collapsed; refused when it carries characters that hide
// or break text, or starts like a spreadsheet formula (OWASP "CSV Injection").
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "field_chars.hpp"
#include "licenseform/fields.hpp"
#include "licenseform/punycode.hpp"

namespace licenseform {
namespace {

namespace fc = field_chars;

constexpr std::size_t kMaxNameLength = 100;  // code points

Issue name_issue(Severity s, std::string code, Params params = {}) {
  return make_issue(s, std::move(code), std::move(params), Column::name);
}

bool is_noncharacter(char32_t c) {
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

bool is_bidi_control(char32_t c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// The code of the refusal a character earns, or nullptr when it may appear.
// White space (tab, line breaks) is handled before, by the collapsing.
const char* refusal_code(char32_t c) {
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return "name.control_character";
  if (is_bidi_control(c)) return "name.bidi_control";
  if (is_noncharacter(c)) return "name.noncharacter";
  if (c == 0xFFFD) return "name.replacement_character";
  return nullptr;
}

// Windows-1252 bytes 0x80..0x9F (0 where the code page leaves a hole).
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The Latin-1 / Windows-1252 byte a code point came from, if any.
std::optional<unsigned char> single_byte(char32_t c) {
  if (c <= 0xFF) return static_cast<unsigned char>(c);
  for (std::size_t i = 0; i < kCp1252High.size(); ++i) {
    if (kCp1252High[i] != 0 && kCp1252High[i] == c) return static_cast<unsigned char>(0x80 + i);
  }
  return std::nullopt;
}

// "ChloÃ©" is UTF-8 that was read as Windows-1252 and encoded again: turned
// back into those single bytes it is valid UTF-8 again ("Chloé").
std::optional<std::string> repair_double_encoding(std::u32string_view text) {
  std::string bytes;
  bool multibyte = false;
  for (char32_t c : text) {
    auto b = single_byte(c);
    if (!b) return std::nullopt;
    multibyte = multibyte || *b >= 0x80;
    bytes += static_cast<char>(*b);
  }
  if (!multibyte || !decode_utf8(bytes)) return std::nullopt;
  return bytes;
}

struct Collapsed {
  std::u32string text;
  bool had_line_break = false;
};

// Inner runs of white space become one space; zero-width characters go.
Collapsed collapse_spaces(std::u32string_view text) {
  Collapsed out;
  bool in_space = false;
  for (char32_t c : text) {
    if (fc::is_zero_width(c)) continue;
    if (fc::is_space(c)) {
      out.had_line_break = out.had_line_break || fc::is_line_break(c);
      in_space = true;
      continue;
    }
    if (in_space) out.text += U' ';
    in_space = false;
    out.text += c;
  }
  return out;
}

// Spaces before a tab or CR do not hide it from a spreadsheet.
bool starts_with_tab_or_cr(std::u32string_view text) {
  for (char32_t c : text) {
    if (c == U'\t' || c == U'\r') return true;
    if (!fc::is_blank(c) || fc::is_line_break(c)) return false;
  }
  return false;
}

bool is_formula_start(char32_t c) { return c == U'=' || c == U'+' || c == U'-' || c == U'@'; }

std::optional<Issue> refusal(std::u32string_view raw, std::u32string_view name) {
  for (char32_t c : name) {
    if (const char* code = refusal_code(c)) {
      return name_issue(Severity::error, code, {{"codepoint", fc::code_point_label(c)}});
    }
  }
  if (starts_with_tab_or_cr(raw) || is_formula_start(name.front())) {
    return name_issue(Severity::error, "name.formula_start");
  }
  if (name.size() > kMaxNameLength) {
    return name_issue(Severity::error, "name.too_long",
                      {{"max", std::to_string(kMaxNameLength)},
                       {"length", std::to_string(name.size())}});
  }
  return std::nullopt;
}

}  // namespace

FieldResult check_name(std::string_view text) {
  FieldResult result;
  const auto raw = decode_utf8(text);
  if (!raw) {
    result.issues.push_back(name_issue(Severity::error, "name.invalid_utf8"));
    return result;
  }
  const Collapsed name = collapse_spaces(fc::trim(*raw));
  if (name.text.empty()) {
    result.issues.push_back(name_issue(Severity::error, "name.missing"));
    return result;
  }
  if (auto repaired = repair_double_encoding(name.text)) {
    result.issues.push_back(
        name_issue(Severity::warning, "name.double_encoded", {{"suggestion", *repaired}}));
  }
  if (auto refused = refusal(*raw, name.text)) {
    result.issues.push_back(std::move(*refused));
    return result;
  }
  result.value = encode_utf8(name.text);
  if (name.had_line_break) {
    result.issues.push_back(
        name_issue(Severity::warning, "name.line_break", {{"value", result.value}}));
  }
  return result;
}

}  // namespace licenseform
