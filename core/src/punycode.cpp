// RFC 3492 "Punycode", written from the RFC's pseudocode (section 6), and a
// strict UTF-8 codec (RFC 3629).
#include "licenseform/punycode.hpp"

#include "licenseform/text.hpp"

#include <cstdint>

namespace licenseform {
namespace {

// RFC 3492 section 5: parameter values for Punycode.
constexpr std::uint32_t kBase = 36, kTMin = 1, kTMax = 26, kSkew = 38, kDamp = 700;
constexpr std::uint32_t kInitialBias = 72, kInitialN = 0x80;
constexpr std::uint32_t kMaxInt = 0xFFFFFFFFu;

char encode_digit(std::uint32_t d) {
  return static_cast<char>(d < 26 ? 'a' + d : '0' + (d - 26));
}

std::optional<std::uint32_t> decode_digit(char c) {
  if (c >= '0' && c <= '9') return static_cast<std::uint32_t>(c - '0' + 26);
  if (c >= 'a' && c <= 'z') return static_cast<std::uint32_t>(c - 'a');
  if (c >= 'A' && c <= 'Z') return static_cast<std::uint32_t>(c - 'A');
  return std::nullopt;
}

// RFC 3492 section 6.1: bias adaptation.
std::uint32_t adapt(std::uint32_t delta, std::uint32_t num_points, bool first_time) {
  delta = first_time ? delta / kDamp : delta / 2;
  delta += delta / num_points;
  std::uint32_t k = 0;
  while (delta > ((kBase - kTMin) * kTMax) / 2) {
    delta /= kBase - kTMin;
    k += kBase;
  }
  return k + (kBase - kTMin + 1) * delta / (delta + kSkew);
}

std::uint32_t threshold(std::uint32_t k, std::uint32_t bias) {
  if (k <= bias) return kTMin;
  if (k >= bias + kTMax) return kTMax;
  return k - bias;
}

// Appends delta as a generalized variable-length integer (section 6.3).
void emit_delta(std::string& out, std::uint32_t q, std::uint32_t bias) {
  for (std::uint32_t k = kBase;; k += kBase) {
    std::uint32_t t = threshold(k, bias);
    if (q < t) break;
    out += encode_digit(t + (q - t) % (kBase - t));
    q = (q - t) / (kBase - t);
  }
  out += encode_digit(q);
}

bool is_scalar(char32_t c) {
  return c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF);
}

}  // namespace

std::optional<std::string> punycode_encode(std::u32string_view input) {
  std::string out;
  for (char32_t c : input) {
    if (!is_scalar(c)) return std::nullopt;
    if (c < 0x80) out += static_cast<char>(c);
  }
  const std::uint32_t b = static_cast<std::uint32_t>(out.size());
  if (b > 0) out += '-';
  std::uint32_t n = kInitialN, delta = 0, bias = kInitialBias, h = b;
  while (h < input.size()) {
    std::uint32_t m = kMaxInt;
    for (char32_t c : input) {
      if (c >= n && c < m) m = c;
    }
    if (m - n > (kMaxInt - delta) / (h + 1)) return std::nullopt;
    delta += (m - n) * (h + 1);
    n = m;
    for (char32_t c : input) {
      if (c < n && ++delta == 0) return std::nullopt;
      if (c != n) continue;
      emit_delta(out, delta, bias);
      bias = adapt(delta, h + 1, h == b);
      delta = 0;
      ++h;
    }
    ++delta;
    ++n;
  }
  return out;
}

// RFC 3492 section 6.2, one state machine as in the RFC.
std::optional<std::u32string> punycode_decode(std::string_view input) {
  std::u32string out;
  const std::size_t last_dash = input.rfind('-');
  const std::size_t b = last_dash == std::string_view::npos ? 0 : last_dash;
  for (std::size_t j = 0; j < b; ++j) {
    if (static_cast<unsigned char>(input[j]) >= 0x80) return std::nullopt;
    out += static_cast<char32_t>(input[j]);
  }
  std::uint32_t n = kInitialN, i = 0, bias = kInitialBias;
  for (std::size_t in = b > 0 ? b + 1 : 0; in < input.size();) {
    const std::uint32_t oldi = i;
    std::uint32_t w = 1;
    for (std::uint32_t k = kBase;; k += kBase) {
      if (in >= input.size()) return std::nullopt;
      auto digit = decode_digit(input[in++]);
      if (!digit || *digit > (kMaxInt - i) / w) return std::nullopt;
      i += *digit * w;
      const std::uint32_t t = threshold(k, bias);
      if (*digit < t) break;
      if (w > kMaxInt / (kBase - t)) return std::nullopt;
      w *= kBase - t;
    }
    const std::uint32_t len = static_cast<std::uint32_t>(out.size()) + 1;
    bias = adapt(i - oldi, len, oldi == 0);
    if (i / len > kMaxInt - n) return std::nullopt;
    n += i / len;
    i %= len;
    if (!is_scalar(n) || n < kInitialN) return std::nullopt;
    out.insert(out.begin() + i, static_cast<char32_t>(n));
    ++i;
  }
  return out;
}

// The UTF-8 reading and writing of text.hpp, a whole string at a time.
// Both written in place into text of their final size, ASCII without a
// call: the full checks of names and addresses convert every value there
// and back, and appending a character at a time took most of their time.
std::optional<std::u32string> to_code_points(std::string_view text) {
  std::u32string out(text.size(), U'\0');  // at most one code point a byte
  char32_t* o = &out[0];
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      o[n++] = b;
      ++i;
      continue;
    }
    const CodePoint cp = decode_utf8(text, i);
    if (cp.length == 0) return std::nullopt;
    o[n++] = cp.value;
    i += cp.length;
  }
  out.resize(n);
  return out;
}

std::string to_utf8(std::u32string_view code_points) {
  std::string out(4 * code_points.size(), '\0');  // at most four bytes a code point
  char* end = &out[0];
  for (char32_t c : code_points) {
    if (c < 0x80) {
      *end++ = static_cast<char>(c);
    } else {
      end = put_utf8(end, c);
    }
  }
  out.resize(static_cast<std::size_t>(end - out.data()));
  return out;
}

}  // namespace licenseform

// ---- domains ------------------------------------------------------------

namespace licenseform {
namespace {

// Latin Extended-A (U+0100..U+017F): upper case first in each pair, except in
// the two runs U+0139..U+0148 and U+0179..U+017E where it is second.
std::optional<char32_t> latin_extended_a_lower(char32_t c) {
  if (c == 0x130 || c == 0x149 || c == 0x17F) return std::nullopt;  // İ ŉ ſ: no 1:1 form
  if (c == 0x131 || c == 0x138) return c;                           // ı ĸ are lower case
  if (c == 0x178) return 0xFF;                                      // Ÿ
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c + 1 : c;
  return c | 1;
}

std::optional<char32_t> greek_lower(char32_t c) {
  if (c == 0x386) return 0x3AC;
  if (c >= 0x388 && c <= 0x38A) return c + 37;
  if (c == 0x38C) return 0x3CC;
  if (c == 0x38E || c == 0x38F) return c + 63;
  if ((c >= 0x391 && c <= 0x3A1) || (c >= 0x3A3 && c <= 0x3AB)) return c + 32;
  if (c == 0x390 || (c >= 0x3AC && c <= 0x3CE)) return c;
  return std::nullopt;
}

std::optional<char32_t> cyrillic_lower(char32_t c) {
  if (c <= 0x40F) return c + 80;
  if (c <= 0x42F) return c + 32;
  if (c <= 0x45F) return c;
  if (c <= 0x481 || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F)) return c | 1;
  if (c == 0x4C0) return 0x4CF;
  if (c >= 0x4C1 && c <= 0x4CE) return (c & 1) ? c + 1 : c;
  if (c == 0x4CF) return c;
  return std::nullopt;  // U+0482..U+0489: signs and combining marks
}

// Letters of scripts without case, by block (not every code point of each
// block is a letter; IDNA would refuse a few signs that this lets through).
bool is_caseless_letter(char32_t c) {
  struct Range {
    char32_t first, last;
  };
  static constexpr Range kRanges[] = {
      {0x5D0, 0x5EA},   {0x620, 0x64A},    {0x660, 0x669},   {0x671, 0x6D3},   {0x900, 0x963},
      {0x966, 0xD7F},   {0xE01, 0xE3A},    {0xE40, 0xE4E},   {0xE50, 0xE59},   {0x10D0, 0x10FA},
      {0x3041, 0x3096}, {0x30A1, 0x30FA},  {0x30FC, 0x30FC}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
      {0xAC00, 0xD7A3}, {0x20000, 0x323AF}};
  for (const Range& r : kRanges) {
    if (c >= r.first && c <= r.last) return true;
  }
  return false;
}

std::optional<char32_t> idn_lower(char32_t c) {
  if (c < 0x80) return c >= U'A' && c <= U'Z' ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0xDF && c <= 0xFF && c != 0xF7) return c;
  if (c >= 0x100 && c <= 0x17F) return latin_extended_a_lower(c);
  if (c >= 0x386 && c <= 0x3CE) return greek_lower(c);
  if (c >= 0x400 && c <= 0x52F) return cyrillic_lower(c);
  if (c >= 0x531 && c <= 0x556) return c + 48;  // Armenian
  if (c >= 0x561 && c <= 0x586) return c;
  if (c >= 0xFF21 && c <= 0xFF3A) return c - 0xFF21 + U'a';  // full-width Latin
  if (c >= 0xFF41 && c <= 0xFF5A) return c - 0xFF41 + U'a';
  if (c >= 0xFF10 && c <= 0xFF19) return c - 0xFF10 + U'0';
  if (is_caseless_letter(c)) return c;
  return std::nullopt;
}

}  // namespace

AsciiDomain domain_to_ascii(std::u32string_view domain) {
  AsciiDomain out;
  std::u32string label;
  bool non_ascii = false;
  for (std::size_t i = 0; i <= domain.size(); ++i) {
    if (i == domain.size() || domain[i] == U'.') {
      auto encoded = non_ascii ? punycode_encode(label) : to_utf8(label);
      if (!encoded) return {"", label.empty() ? U'.' : label.front()};
      out.ascii += non_ascii ? "xn--" + *encoded : *encoded;
      if (i < domain.size()) out.ascii += '.';
      label.clear();
      non_ascii = false;
      continue;
    }
    const auto lower = idn_lower(domain[i]);
    if (!lower) return {"", domain[i]};
    non_ascii = non_ascii || *lower >= 0x80;
    label += *lower;
  }
  return out;
}

}  // namespace licenseform
