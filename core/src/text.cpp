// Text as customers' files bring it: UTF-8 (with or without BOM), UTF-16
// from Excel's "Unicode Text", and the legacy 8-bit encodings of Excel's
// plain "CSV" on Windows (Windows-1252) and on old Macs (Mac Roman).
#include "licenseform/text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "swar.hpp"

namespace licenseform {
namespace {

// Windows-1252 0x80..0x9F; 0 marks the five bytes the code page leaves
// undefined (Windows maps them to the C1 controls of the same value).
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

// Mac Roman 0x80..0xFF (Apple's table, with the euro sign at 0xDB).
constexpr std::array<char16_t, 128> kMacRoman = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3,
    0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3,
    0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA,
    0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
    0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
    0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

char32_t cp1252(unsigned char b) {
  if (b < 0x80 || b >= 0xA0) return b;
  char16_t c = kCp1252High[b - 0x80];
  return c == 0 ? b : c;
}

bool cp1252_undefined(unsigned char b) {
  return b >= 0x80 && b < 0xA0 && kCp1252High[b - 0x80] == 0;
}

char32_t mac_roman(unsigned char b) {
  return b < 0x80 ? b : kMacRoman[b - 0x80];
}

bool is_space(char32_t c) {
  // Unicode White_Space, plus the zero-width space and the BOM that
  // spreadsheets and web forms leave at the ends of cells.
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x2060 || c == 0x3000 || c == 0xFEFF;
}

std::size_t lead_before(std::string_view text, std::size_t end) {
  std::size_t p = end - 1;
  while (p > 0 && end - p < 4 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  return p;
}

}  // namespace

std::string_view to_string(Encoding e) {
  switch (e) {
    case Encoding::utf8:
      return "utf-8";
    case Encoding::utf8_bom:
      return "utf-8-bom";
    case Encoding::utf16le:
      return "utf-16le";
    case Encoding::utf16be:
      return "utf-16be";
    case Encoding::windows1252:
      return "windows-1252";
    case Encoding::mac_roman:
      return "mac-roman";
  }
  return "utf-8";
}

CodePoint decode_utf8(std::string_view text, std::size_t pos) {
  // Bytes through a pointer: the wasm build (-Oz) would call text[i].
  const auto* byte = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  unsigned char b = byte[0];
  if (b < 0x80) return {b, 1};
  std::size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  if (b < 0xC2 || b > 0xF4 || pos + len > text.size()) return {};
  char32_t cp = b & (0x3F >> (len - 1));
  for (std::size_t i = 1; i < len; ++i) {
    if ((byte[i] & 0xC0) != 0x80) return {};
    cp = (cp << 6) | (byte[i] & 0x3F);
  }
  // Overlong forms, UTF-16 surrogates and values beyond U+10FFFF.
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return {};
  return {cp, len};
}

char* put_utf8(char* out, char32_t cp) {
  if (cp < 0x80) {
    *out++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out++ = static_cast<char>(0xC0 | (cp >> 6));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out++ = static_cast<char>(0xE0 | (cp >> 12));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out++ = static_cast<char>(0xF0 | (cp >> 18));
    *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
    return;
  }
  char bytes[4];
  out.append(bytes, put_utf8(bytes, cp));
}

namespace {

// Whether text is valid UTF-8 (and, with RefuseNul, holds no NUL): ASCII,
// the common case, sixteen bytes at a time; a word with a byte of 0x80 or
// more goes straight to that byte.
template <bool RefuseNul>
bool valid_utf8(std::string_view text, TextHints* hints = nullptr) {
  const char* t = text.data();
  const std::size_t n = text.size();
  std::size_t i = 0;
  auto nul_in = [](std::uint64_t x) { return RefuseNul && swar::matches(x, 0) != 0; };
  while (i < n) {
    for (; i + 16 <= n; i += 16) {
      const std::uint64_t x = swar::load(t + i), y = swar::load(t + i + 8);
      if (((x | y) & swar::kHighs) != 0) break;
      if (nul_in(x) || nul_in(y)) return false;
    }
    if (i >= n) break;  // the text ended with those words
    if (i + 8 <= n) {
      const std::uint64_t chunk = swar::load(t + i);
      const std::uint64_t high = chunk & swar::kHighs;
      if (high == 0) {
        if (nul_in(chunk)) return false;
        i += 8;
        continue;
      }
      // The ASCII bytes before the first high one are tested for a NUL
      // together (the lowest flag of matches() is a true one, so a flag
      // below that byte means a NUL there).
      const std::size_t ascii = swar::first(high);
      if (RefuseNul && (swar::matches(chunk, 0) & ((std::uint64_t{1} << (8 * ascii)) - 1)) != 0) {
        return false;
      }
      i += ascii;
    }
    const auto b = static_cast<unsigned char>(t[i]);
    if (b < 0x80) {
      if (RefuseNul && b == 0) return false;
      ++i;
      continue;
    }
    // Two bytes (U+0080..U+07FF, the accented letters of most names) are
    // valid whenever the lead is C2..DF and a continuation byte follows.
    if (b >= 0xC2 && b <= 0xDF && i + 1 < n &&
        (static_cast<unsigned char>(t[i + 1]) & 0xC0) == 0x80) {
      if (hints && b == 0xC3 && hints->first_pair == std::string_view::npos &&
          double_encoded_pair_at(text, i)) {
        hints->first_pair = i;
      }
      i += 2;
      continue;
    }
    CodePoint c = decode_utf8(text, i);
    if (c.length == 0) return false;
    if (hints && c.value == 0xFFFD && hints->first_replacement == std::string_view::npos) {
      hints->first_replacement = i;
    }
    i += c.length;
  }
  return true;
}

}  // namespace

bool is_valid_utf8(std::string_view text) { return valid_utf8<false>(text); }

[[gnu::noinline]] std::string_view trim_spaces(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    CodePoint c = decode_utf8(text, begin);
    if (c.length == 0 || !is_space(c.value)) break;
    begin += c.length;
  }
  std::size_t end = text.size();
  while (end > begin) {
    std::size_t lead = lead_before(text, end);
    CodePoint c = decode_utf8(text, lead);
    if (c.length != end - lead || !is_space(c.value)) break;
    end = lead;
  }
  return text.substr(begin, end - begin);
}

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (char ch : text) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}

// ---- double-encoded UTF-8 ------------------------------------------------

namespace {

// The Windows-1252 (or Latin-1) byte that displays as cp, if any.
std::optional<unsigned char> byte_for(char32_t cp) {
  if (cp <= 0xFF) return static_cast<unsigned char>(cp);  // Latin-1, C1 included
  for (std::size_t i = 0; i < kCp1252High.size(); ++i) {
    if (kCp1252High[i] == cp) return static_cast<unsigned char>(0x80 + i);
  }
  return std::nullopt;
}

}  // namespace

// Repaired bytes that are UTF-8 and not ASCII hold a lead byte C2..F4 and a
// continuation byte after it. Read as Windows-1252 and written as UTF-8, the
// lead became C3 82..C3 B4 and the continuation C2 80..C2 BF or a
// Windows-1252 sign (whose UTF-8 starts with C5, C6, CB or E2). Text without
// such a pair cannot be repaired; most text is ruled out by this one scan,
// which stops only at C3 bytes.
std::size_t find_double_encoded_pair(std::string_view text, std::size_t from) {
  for (std::size_t i = find_byte(text, '\xC3', from); i != std::string_view::npos;
       i = find_byte(text, '\xC3', i + 1)) {
    if (i + 3 >= text.size()) break;
    if (double_encoded_pair_at(text, i)) return i;
  }
  return std::string_view::npos;
}

std::optional<std::string> repair_double_encoding(std::string_view text) {
  if (find_double_encoded_pair(text) == std::string_view::npos) return std::nullopt;
  std::string bytes;
  bool non_ascii = false;
  for (std::size_t i = 0; i < text.size();) {
    CodePoint c = decode_utf8(text, i);
    if (c.length == 0) return std::nullopt;
    std::optional<unsigned char> b = byte_for(c.value);
    if (!b) return std::nullopt;
    non_ascii = non_ascii || c.value >= 0x80;
    bytes += static_cast<char>(*b);
    i += c.length;
  }
  if (!non_ascii || !is_valid_utf8(bytes)) return std::nullopt;
  return bytes;
}

// ---- decoding ------------------------------------------------------------

namespace {

enum class LetterCase { none, lower, upper };

// Only the letters of the two code pages' upper halves matter here; the
// f-hook, ordinal indicators, micro sign and Greek are treated as symbols.
LetterCase letter_case(char32_t c) {
  if ((c >= 0xC0 && c <= 0xDE && c != 0xD7) || c == 0x152 || c == 0x160 || c == 0x178 ||
      c == 0x17D) {
    return LetterCase::upper;
  }
  if ((c >= 0xDF && c <= 0xFF && c != 0xF7) || c == 0x131 || c == 0x153 || c == 0x161 ||
      c == 0x17E) {
    return LetterCase::lower;
  }
  return LetterCase::none;
}

bool ascii_lower(unsigned char b) {
  return b >= 'a' && b <= 'z';
}
bool ascii_letter(unsigned char b) {
  return ascii_lower(b) || (b >= 'A' && b <= 'Z');
}

struct Plausibility {
  int score = 0;
  int evidence = 0;  // high bytes next to an ASCII letter
};

// How well a legacy code page reads the high bytes as letters in words: a
// letter next to letters scores, an upper-case letter after a lower-case
// one ("ChloÈ") or a symbol between two letters ("J¸rgen") costs.
template <typename Decode>
Plausibility plausibility(std::string_view bytes, Decode decode) {
  Plausibility p;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    auto b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x80) continue;
    auto prev = i > 0 ? static_cast<unsigned char>(bytes[i - 1]) : ' ';
    auto next = i + 1 < bytes.size() ? static_cast<unsigned char>(bytes[i + 1]) : ' ';
    if (!ascii_letter(prev) && !ascii_letter(next)) continue;
    ++p.evidence;
    LetterCase lc = letter_case(decode(b));
    if (lc == LetterCase::none) {
      p.score -= ascii_letter(prev) && ascii_letter(next) ? 1 : 0;
    } else {
      p.score += lc == LetterCase::upper && ascii_lower(prev) ? -1 : 1;
    }
  }
  return p;
}

// Western European text has at most two accented letters in a row
// ("créée"); longer runs of high bytes are another script in another code
// page (Cyrillic, Greek), which neither table would read correctly.
bool long_high_run(std::string_view bytes) {
  int run = 0;
  for (char ch : bytes) {
    run = static_cast<unsigned char>(ch) >= 0x80 ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

bool lone_cr_lines(std::string_view bytes) {
  return find_byte(bytes, '\r') != std::string_view::npos &&
         find_byte(bytes, '\n') == std::string_view::npos;
}

template <typename Decode>
std::string decode_8bit(std::string_view bytes, Decode decode) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char ch : bytes) append_utf8(out, decode(static_cast<unsigned char>(ch)));
  return out;
}

bool has_undefined_cp1252(std::string_view bytes) {
  for (char ch : bytes) {
    if (cp1252_undefined(static_cast<unsigned char>(ch))) return true;
  }
  return false;
}

// Not UTF-8: Windows-1252 or Mac Roman, whichever reads the accented bytes
// as letters in words. A tie where accented bytes sit in words is refused
// rather than guessed; a tie without such bytes goes to Mac Roman only for
// files with the old Mac's lone-CR line ends.
void decode_legacy(std::string_view bytes, Decoded& d) {
  if (long_high_run(bytes)) {
    d.ok = false;
    d.issues.push_back(make_issue(Severity::error, "csv.encoding.unknown"));
    return;
  }
  Plausibility mac = plausibility(bytes, mac_roman);
  Plausibility win = plausibility(bytes, cp1252);
  bool win_possible = !has_undefined_cp1252(bytes);
  bool use_mac = !win_possible || mac.score > win.score;
  if (win_possible && mac.score == win.score) {
    if (mac.evidence > 0) {
      d.ok = false;
      d.issues.push_back(make_issue(Severity::error, "csv.encoding.ambiguous"));
      return;
    }
    use_mac = lone_cr_lines(bytes);
  }
  d.encoding = use_mac ? Encoding::mac_roman : Encoding::windows1252;
  d.text = use_mac ? decode_8bit(bytes, mac_roman) : decode_8bit(bytes, cp1252);
  d.issues.push_back(make_issue(Severity::warning,
                                use_mac ? "csv.encoding.mac_roman" : "csv.encoding.windows1252"));
}

// UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte.
std::optional<Encoding> utf16_by_nuls(std::string_view bytes) {
  std::size_t pairs = std::min<std::size_t>(bytes.size(), 4096) / 2;
  if (pairs < 2) return std::nullopt;
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < pairs * 2; i += 2) {
    even += bytes[i] == '\0';
    odd += bytes[i + 1] == '\0';
  }
  if (odd * 10 >= pairs * 7 && even * 20 <= pairs) return Encoding::utf16le;
  if (even * 10 >= pairs * 7 && odd * 20 <= pairs) return Encoding::utf16be;
  return std::nullopt;
}

bool decode_utf16(std::string_view bytes, bool little, std::string& out) {
  if (bytes.size() % 2 != 0) return false;
  auto unit = [&](std::size_t i) -> char32_t {
    auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return little ? (b << 8 | a) : (a << 8 | b);
  };
  out.reserve(bytes.size() / 2);
  for (std::size_t i = 0; i < bytes.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xDC00 && u <= 0xDFFF) return false;  // a low surrogate alone
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 2 >= bytes.size()) return false;
      char32_t low = unit(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) return false;
      u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
      i += 2;
    }
    append_utf8(out, u);
  }
  return true;
}

void decode_as_utf16(std::string_view bytes, Encoding e, Decoded& d) {
  d.encoding = e;
  if (!decode_utf16(bytes, e == Encoding::utf16le, d.text)) {
    d.ok = false;
    d.text.clear();
    d.issues.push_back(make_issue(Severity::error, "csv.encoding.invalid_utf16"));
  }
}

// Text files hold no NUL, and hardly any other C0 control; binary files
// decoded as Windows-1252 are full of them. Binary shows in the first
// 64 KB; the NUL check covers the whole text.
// Control characters other than tab, line breaks and form feed in the first
// 64 KB, eight bytes at a time (every upload is asked).
bool many_controls(std::string_view text) {
  std::string_view head = text.substr(0, 65536);
  auto control = [](unsigned char b) {
    return (b < 0x20) & (b != '\t') & (b != '\n') & (b != '\r') & (b != '\f');
  };
  const char* p = head.data();
  std::size_t controls = 0, i = 0;
  for (; i + 8 <= head.size(); i += 8) {
    const std::uint64_t x = swar::load(p + i);
    const std::uint64_t allowed = swar::exact_matches(x, swar::broadcast('\t')) |
                                  swar::exact_matches(x, swar::broadcast('\n')) |
                                  swar::exact_matches(x, swar::broadcast('\r')) |
                                  swar::exact_matches(x, swar::broadcast('\f'));
    controls += static_cast<std::size_t>(__builtin_popcountll(swar::below(x, 0x20) & ~allowed));
  }
  for (; i < head.size(); ++i) controls += control(static_cast<unsigned char>(p[i]));
  return controls * 100 > head.size();
}

bool looks_binary(std::string_view text) {
  return find_byte(text, '\0') != std::string_view::npos || many_controls(text);
}

void strip_boms(std::string& text) {
  std::size_t n = 0;
  while (text.compare(n, kUtf8Bom.size(), kUtf8Bom) == 0) n += kUtf8Bom.size();
  text.erase(0, n);
}

void decode_detected(std::string_view bytes, Decoded& d) {
  if (bytes.substr(0, 2) == "\xFF\xFE")
    return decode_as_utf16(bytes.substr(2), Encoding::utf16le, d);
  if (bytes.substr(0, 2) == "\xFE\xFF")
    return decode_as_utf16(bytes.substr(2), Encoding::utf16be, d);
  if (bytes.substr(0, 3) == kUtf8Bom) {
    d.encoding = Encoding::utf8_bom;
    bytes.remove_prefix(3);
  } else if (std::optional<Encoding> e = utf16_by_nuls(bytes)) {
    return decode_as_utf16(bytes, *e, d);
  }
  if (is_valid_utf8(bytes)) {
    d.text.assign(bytes.data(), bytes.size());
  } else {
    decode_legacy(bytes, d);
  }
}

}  // namespace

std::optional<std::string_view> utf8_text_view(std::string_view bytes, TextHints* hints) {
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") return std::nullopt;
  std::string_view text = bytes;
  while (text.substr(0, 3) == kUtf8Bom) text.remove_prefix(3);
  if (text.size() == bytes.size() && utf16_by_nuls(bytes)) return std::nullopt;
  if (hints) *hints = {};
  if (!valid_utf8<true>(text, hints) || many_controls(text)) return std::nullopt;  // looks_binary
  return text;
}

Decoded decode_bytes(std::string_view bytes) {
  Decoded d;
  if (std::optional<std::string_view> text = utf8_text_view(bytes)) {
    d.encoding = text->size() < bytes.size() ? Encoding::utf8_bom : Encoding::utf8;
    d.text.assign(text->data(), text->size());
    return d;
  }
  decode_detected(bytes, d);
  if (!d.ok) return d;
  strip_boms(d.text);
  if (looks_binary(d.text)) {
    d.ok = false;
    d.text.clear();
    d.issues.clear();
    d.issues.push_back(make_issue(Severity::error, "csv.not_csv.binary"));
  }
  return d;
}

namespace {

// The first place from `from` on whose byte is wanted: words_hit flags the
// wanted bytes of eight at a time (the lowest flag a true one), byte_hit
// tells one byte, for the tail.
template <typename WordsHit, typename ByteHit>
std::size_t find_first(std::string_view text, std::size_t from, WordsHit words_hit,
                       ByteHit byte_hit) {
  if (from >= text.size()) return std::string_view::npos;
  const char* t = text.data();
  std::size_t i = from;
  for (; text.size() - i >= 8; i += 8) {
    const std::uint64_t found = words_hit(swar::load(t + i));
    if (found) return i + swar::first(found);
  }
  for (; i < text.size(); ++i) {
    if (byte_hit(t[i])) return i;
  }
  return std::string_view::npos;
}

}  // namespace

std::size_t find_byte(std::string_view text, char b, std::size_t from) {
  const std::uint64_t pattern = swar::broadcast(b);
  return find_first(
      text, from, [pattern](std::uint64_t x) { return swar::matches(x, pattern); },
      [b](char c) { return c == b; });
}

std::size_t find_either(std::string_view text, char a, char b, std::size_t from) {
  const std::uint64_t pa = swar::broadcast(a), pb = swar::broadcast(b);
  return find_first(
      text, from,
      [pa, pb](std::uint64_t x) { return swar::matches(x, pa) | swar::matches(x, pb); },
      [a, b](char c) { return c == a || c == b; });
}

std::size_t count_byte(std::string_view text, char b) {
  const std::uint64_t pattern = swar::broadcast(b);
  const char* t = text.data();
  std::size_t n = 0, i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    n += static_cast<std::size_t>(
        __builtin_popcountll(swar::exact_matches(swar::load(t + i), pattern)));
  }
  for (; i < text.size(); ++i) n += t[i] == b;
  return n;
}

}  // namespace licenseform
