// Code points: strict UTF-8 reading and writing, and Punycode (RFC 3492), the
// ASCII form of internationalized domain labels ("bücher" -> "bcher-kva").
//
//   auto cps = to_code_points("b\xC3\xBC" "cher");  // U"bücher"
//   punycode_encode(*cps)                        // "bcher-kva"
//   punycode_decode("bcher-kva")                 // U"bücher"
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace licenseform {

// Well-formed UTF-8 only (no overlong forms, surrogates or values above
// U+10FFFF), else nullopt.
[[nodiscard]] std::optional<std::u32string> to_code_points(std::string_view text);
[[nodiscard]] std::string to_utf8(std::u32string_view code_points);

// RFC 3492 with the IDNA parameters. The basic (ASCII) code points are kept
// as they are; nullopt on overflow or a code point outside Unicode.
[[nodiscard]] std::optional<std::string> punycode_encode(std::u32string_view input);
// Case is kept; nullopt for input that is not valid Punycode.
[[nodiscard]] std::optional<std::u32string> punycode_decode(std::string_view input);

// The ASCII form of a domain (IDNA "ToASCII", reduced to what is safe without
// the full Unicode tables): ASCII and the Latin, Greek, Cyrillic and Armenian
// letters are lower-cased, caseless scripts (CJK, kana, Hangul, Arabic,
// Hebrew, Indic, Thai, Georgian) kept, full-width Latin letters made ASCII,
// and each label with non-ASCII letters becomes "xn--" + Punycode. Any other
// non-ASCII code point (an upper case letter of another script, a combining
// mark, a symbol) is not guessed at: it is returned in unsupported.
// ASCII characters are passed through lower-cased, for the caller's rules.
//
//   domain_to_ascii(U"B\u00FCcher.Example").ascii  // "xn--bcher-kva.example"
struct AsciiDomain {
  std::string ascii;
  std::optional<char32_t> unsupported;  // the first code point that stopped it
};
[[nodiscard]] AsciiDomain domain_to_ascii(std::u32string_view domain);

}  // namespace licenseform
