#include "phone_scan.hpp"

#include <array>
#include <cstdint>

namespace licenseform::phone_detail {
namespace {

Issue phone_issue(std::string code, Params params = {}) {
  return make_issue(Severity::error, std::move(code), std::move(params), Column::phone);
}

struct Decoded {
  char32_t cp = 0;
  std::size_t size = 1;
};

// One code point of UTF-8; a broken sequence decodes as U+FFFD of size 1.
Decoded decode(std::string_view s, std::size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return {b, 1};
  std::size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
  if (n == 0 || i + n > s.size()) return {0xFFFD, 1};
  char32_t cp = b & (0x3F >> (n - 1));
  for (std::size_t k = 1; k < n; ++k) {
    auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (c & 0x3F);
  }
  return {cp, n};
}

bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_ascii_letter(char32_t c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

// What people put between digit groups: spaces of every width, hyphens and
// dashes, dots, slashes, brackets (the set libphonenumber calls valid
// punctuation, less the letter 'x').
bool is_separator(char32_t c) {
  if (c < 0x80) {
    static constexpr std::string_view kAscii = " \t-./()[]~";  // its length known at compile time
    return kAscii.find(static_cast<char>(c)) != std::string_view::npos;
  }
  static constexpr char32_t others[] = {0x00A0, 0x00AD, 0x202F, 0x205F, 0x2060, 0x2212,
                                        0x3000, 0x30FC, 0xFF08, 0xFF09, 0xFF0D, 0xFF0E,
                                        0xFF0F, 0xFF3B, 0xFF3D, 0xFF5E};
  for (char32_t o : others) {
    if (c == o) return true;
  }
  return (c >= 0x2000 && c <= 0x200B) || (c >= 0x2010 && c <= 0x2015);
}

bool is_plus(char32_t c) {
  return c == '+' || c == 0xFF0B;
}

// Words that introduce an extension, lower-cased: English, German, French,
// and the RFC 3966 parameter.
bool is_extension_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"x",  "ext",       "extn",  "extension", "xtn",
                                                "dw", "durchwahl", "poste", "app",       "durchw"};
  for (std::string_view e : kWords) {
    if (w == e) return true;
  }
  return false;
}

// The run of ASCII letters starting at i, lower-cased.
std::string letter_run(std::string_view s, std::size_t i) {
  std::string w;
  while (i < s.size() && is_ascii_letter(static_cast<unsigned char>(s[i]))) {
    w.push_back(static_cast<char>(s[i] | 0x20));
    ++i;
  }
  return w;
}

// Excel's General format shows a long number as 4.93023E+11 (or 4,93023E+11
// with a decimal comma); the digits beyond the mantissa are gone.
bool is_scientific(std::string_view t) {
  std::size_t i = 0, n = t.size();
  if (i < n && (t[i] == '+' || t[i] == '-')) ++i;
  std::size_t start = i;
  while (i < n && is_ascii_digit(t[i])) ++i;
  if (i == start) return false;
  if (i < n && (t[i] == '.' || t[i] == ',')) {
    ++i;
    while (i < n && is_ascii_digit(t[i])) ++i;
  }
  if (i >= n || (t[i] != 'E' && t[i] != 'e')) return false;
  ++i;
  if (i < n && (t[i] == '+' || t[i] == '-')) ++i;
  std::size_t exp = i;
  while (i < n && is_ascii_digit(t[i])) ++i;
  return i == n && i > exp;
}

// The error values a spreadsheet shows in place of a formula's result.
// (Constant views: a list of literals measured each one's length at every
// call, a tenth of the time of a phone number not seen before in wasm.)
bool is_formula_error(std::string_view t) {
  static constexpr std::string_view kErrors[] = {"#NAME?", "#VALUE!",       "#REF!",  "#DIV/0!",
                                                 "#N/A",   "#NUM!",         "#NULL!", "#SPILL!",
                                                 "#CALC!", "#GETTING_DATA", "#FIELD!"};
  if (t.empty() || t[0] != '#') return false;
  for (std::string_view e : kErrors) {
    if (t == e) return true;
  }
  return false;
}

// "-23125001": a formula like =030-23125001 (or =+49-30-...) was computed.
bool is_negative_number(std::string_view t) {
  if (t.size() < 2 || t[0] != '-') return false;
  for (std::size_t i = 1; i < t.size(); ++i) {
    if (!is_ascii_digit(t[i]) && t[i] != '.' && t[i] != ',') return false;
  }
  return is_ascii_digit(t[1]);
}

// "493023125001.0" or "030 23125001.0": the number went through a float
// column (pandas, a database export), which added a decimal part. Read as
// digits it would be another, longer number.
// Only with a single dot: "06.12.34.56.00" is a French number with dots
// as separators.
bool is_float_number(std::string_view t) {
  std::size_t dot = t.rfind('.');
  if (dot == std::string_view::npos || dot + 1 >= t.size() || dot == 0) return false;
  if (t.find('.') != dot) return false;
  for (std::size_t i = dot + 1; i < t.size(); ++i) {
    if (t[i] != '0') return false;
  }
  return is_ascii_digit(t[dot - 1]);
}

// "+49 30 23125001, +49 30 23125002": after a comma or semicolon, a '+' or
// as many digits as a phone number has means a second number, not an
// extension.
bool holds_another_number(std::string_view rest) {
  std::size_t digits = 0;
  for (char c : rest) {
    if (c == '+') return true;
    if (is_ascii_digit(c)) ++digits;
  }
  return digits >= 7;
}

}  // namespace

int digit_value(char32_t c) {
  // ASCII, most of what is typed, without the search: only '0'..'9' are digits.
  if (c < 0x80) return c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1;
  // The zero of each block of ten decimal digits people may type in.
  static constexpr std::array<char32_t, 20> zeros = {
      0x30,  0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66,  0xAE6,  0xB66,  0xBE6,
      0xC66, 0xCE6, 0xD66, 0xE50, 0xED0, 0xF20, 0x1040, 0x17E0, 0x1810, 0xFF10};
  for (char32_t z : zeros) {
    if (c >= z && c <= z + 9) return static_cast<int>(c - z);
  }
  return -1;
}

std::optional<Issue> spreadsheet_damage(std::string_view t) {
  const char* code = is_scientific(t)                ? "phone.scientific_notation"
                     : is_formula_error(t)           ? "phone.formula_error"
                     : !t.empty() && t[0] == '='     ? "phone.formula"
                     : is_negative_number(t)         ? "phone.negative"
                     : is_float_number(t)            ? "phone.decimal_part"
                                                     : nullptr;
  if (!code) return std::nullopt;  // the usual case: no message's words made
  return phone_issue(code, {{"value", std::string(t)}});
}

namespace {

ScanResult refused(std::string code, Params params = {}) {
  return {std::nullopt, phone_issue(std::move(code), std::move(params))};
}

}  // namespace

// One pass over the code points: each is a digit, the leading '+', a
// separator, or the reason the text is no phone number.
ScanResult scan_phone(std::string_view t) {
  Scan scan;
  // Room for every byte as a digit, written by place (push_back is a call
  // for each digit in the wasm build) and cut to the digits at the end.
  scan.digits.resize(t.size());
  std::size_t digits = 0;
  for (std::size_t i = 0; i < t.size();) {
    Decoded d = decode(t, i);
    if (is_plus(d.cp)) {
      if (scan.plus || digits > 0) {
        return refused(digits == 0 ? "phone.double_plus" : "phone.misplaced_plus");
      }
      scan.plus = true;
    } else if (int v = digit_value(d.cp); v >= 0) {
      scan.digits[digits++] = static_cast<char>('0' + v);
    } else if (is_separator(d.cp)) {
      // dropped
    } else if ((d.cp == ',' || d.cp == ';') && holds_another_number(t.substr(i + 1))) {
      return refused("phone.two_numbers");
    } else if (d.cp == '#' || d.cp == ';' || d.cp == ',' ||
               (is_ascii_letter(d.cp) && is_extension_word(letter_run(t, i)))) {
      return refused(digits == 0 ? "phone.letters" : "phone.extension");
    } else if (is_ascii_letter(d.cp) || d.cp >= 0x80) {
      return refused("phone.letters");
    } else {
      return refused("phone.invalid_character", {{"character", std::string(t.substr(i, d.size))}});
    }
    i += d.size;
  }
  if (digits == 0) return refused("phone.no_digits");
  scan.digits.resize(digits);
  return {std::move(scan), std::nullopt};
}

}  // namespace licenseform::phone_detail
