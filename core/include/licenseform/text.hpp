// Text as customers' files bring it: encodings, BOMs and white space.
//
//   auto d = decode_bytes(file_bytes);
//   d.text      // UTF-8, no BOM
//   d.encoding  // Encoding::windows1252, with a file-level warning in d.issues
//
// Windows-1252 and Mac Roman decode to precomposed letters, which are NFC
// already; UTF-8 and UTF-16 input is kept as written (not re-normalized).
// Which of the two 8-bit code pages a file is in is decided by how each
// reads its accented bytes inside words (see text.cpp); a file that reads
// as well both ways is refused rather than guessed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "licenseform/issue.hpp"

namespace licenseform {

enum class Encoding { utf8, utf8_bom, utf16le, utf16be, windows1252, mac_roman };

[[nodiscard]] std::string_view to_string(Encoding e);

struct Decoded {
  std::string text;  // valid UTF-8 without BOM
  Encoding encoding = Encoding::utf8;
  std::vector<Issue> issues;  // file-level: encoding warnings, or the refusal
  bool ok = true;             // false when the bytes could not be read as text
};

[[nodiscard]] Decoded decode_bytes(std::string_view bytes);
// Where the text damage hints of a CSV check start, found by the UTF-8 test
// on its way (offsets into the returned text; npos: none): the first pair
// that may be UTF-8 encoded twice (double_encoded_pair_at) and the first
// U+FFFD (EF BF BD).
struct TextHints {
  std::size_t first_pair = std::string_view::npos;
  std::size_t first_replacement = std::string_view::npos;
};
// The bytes themselves, BOMs removed, when they already are UTF-8 text (not
// UTF-16, no NUL, not binary): what decode_bytes would give, without a copy.
[[nodiscard]] std::optional<std::string_view> utf8_text_view(std::string_view bytes,
                                                             TextHints* hints = nullptr);

[[nodiscard]] bool is_valid_utf8(std::string_view text);

// How often byte b occurs in text (eight bytes at a time: files have
// millions of lines, and this is counted before they are read).
[[nodiscard]] std::size_t count_byte(std::string_view text, char b);
// The first b in text from `from` on, or npos; eight bytes at a time, for
// the searches that run over a whole file.
[[nodiscard]] std::size_t find_byte(std::string_view text, char b, std::size_t from = 0);
// The first place from `from` on that holds a or b; npos if none.
[[nodiscard]] std::size_t find_either(std::string_view text, char a, char b,
                                      std::size_t from = 0);
// Removes white space at both ends, including no-break (U+00A0, U+202F) and
// zero-width (U+200B, U+FEFF) spaces. Inline for the usual text, which
// starts and ends with printable ASCII: four cells of every CSV row.
[[nodiscard]] std::string_view trim_spaces(std::string_view text);  // any text
[[nodiscard]] [[gnu::always_inline]] inline std::string_view trim(std::string_view text) {
  auto printable_ascii = [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b > ' ' && b < 0x80;
  };
  if (text.empty() || (printable_ascii(text.front()) && printable_ascii(text.back()))) {
    return text;
  }
  return trim_spaces(text);
}
// Number of code points of valid UTF-8.
[[nodiscard]] std::size_t code_points(std::string_view text);

// Text that was UTF-8, read as Windows-1252 (or Latin-1) and saved as UTF-8
// again ("ChloÃ©"): the repaired text ("Chloé"), or nullopt when the text
// does not read as such. ASCII-only text and text whose non-ASCII letters
// cannot all be undone are left alone, so a real "Ã" stays.
[[nodiscard]] std::optional<std::string> repair_double_encoding(std::string_view text);
// Where, from `from` on, the text holds the first two bytes of such a
// character (C3 82..B4, then C2, C5, C6, CB or E2, one more byte after
// them); npos when nowhere, and then repair_double_encoding gives nullopt.
[[nodiscard]] std::size_t find_double_encoded_pair(std::string_view text,
                                                   std::size_t from = 0);
// Whether such a pair starts at text[i]. Inline: asked at every C3 byte of
// the names and of a file's text.
[[nodiscard]] [[gnu::always_inline]] inline bool double_encoded_pair_at(std::string_view text,
                                                                       std::size_t i) {
  if (i + 3 >= text.size() || text[i] != '\xC3') return false;
  const auto* at = reinterpret_cast<const unsigned char*>(text.data());
  if (at[i + 1] < 0x82 || at[i + 1] > 0xB4) return false;
  const unsigned char next = at[i + 2];
  return next == 0xC2 || next == 0xC5 || next == 0xC6 || next == 0xCB || next == 0xE2;
}

// The code point at text[pos] of valid-or-not UTF-8 and its length in bytes;
// length 0 when the bytes there are not a valid sequence.
struct CodePoint {
  char32_t value = 0;
  std::size_t length = 0;
};
[[nodiscard]] CodePoint decode_utf8(std::string_view text, std::size_t pos);
// The UTF-8 bytes of cp written at out (room for four): the end of them.
[[nodiscard]] char* put_utf8(char* out, char32_t cp);
void append_utf8(std::string& out, char32_t cp);

}  // namespace licenseform
