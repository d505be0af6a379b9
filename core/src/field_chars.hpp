// Private to the field checks (name, email, date): which code points count
// as white space when a value is trimmed, in one place.
#pragma once

#include <string>
#include <string_view>

namespace licenseform::field_chars {

// Line breaks as spreadsheets put them into a cell (Alt+Enter gives LF).
[[nodiscard]] constexpr bool is_line_break(char32_t c) {
  return c == U'\n' || c == U'\r' || c == 0x2028 || c == 0x2029;
}

// Invisible characters with no place in a value: zero-width space, word
// joiner, and the BOM that concatenated files leave behind.
[[nodiscard]] constexpr bool is_zero_width(char32_t c) {
  return c == 0x200B || c == 0x2060 || c == 0xFEFF;
}

// Unicode Zs spaces, tab, form feed (ASCII white space to WHATWG) and line
// breaks. Vertical tab is left out: no keyboard or spreadsheet produces it.
[[nodiscard]] constexpr bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\f' || is_line_break(c) || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

[[nodiscard]] constexpr bool is_blank(char32_t c) {
  return is_space(c) || is_zero_width(c);
}

// Removes blanks (white space and zero-width characters) at both ends.
[[nodiscard]] inline std::u32string_view trim(std::u32string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

[[nodiscard]] constexpr char32_t ascii_lower(char32_t c) {
  return c >= U'A' && c <= U'Z' ? c + 32 : c;
}

// "U+202E", for messages that name an invisible character.
[[nodiscard]] inline std::string code_point_label(char32_t c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string hex;
  for (char32_t v = c; v != 0 || hex.size() < 4; v >>= 4) hex.insert(hex.begin(), kHex[v & 0xF]);
  return "U+" + hex;
}

}  // namespace licenseform::field_chars
