#include "json_text.hpp"

#include <nlohmann/json.hpp>

#include "licenseform/text.hpp"
#include "swar.hpp"

namespace licenseform {

namespace {

// 0x80 in each byte of x that JSON escapes (a control character, '"', '\\')
// or that is not ASCII, and perhaps in bytes above one: 0 for a plain word.
std::uint64_t not_plain(std::uint64_t x) {
  return swar::below(x, 0x20) | swar::matches(x, swar::broadcast('"')) |
         swar::matches(x, swar::broadcast('\\')) | (x & swar::kHighs);
}

}  // namespace

void JsonText::string(std::string_view text) {
  // Most texts (names, addresses, dates, messages) are plain ASCII: their
  // words are passed over eight bytes at a time, then a byte at a time.
  std::size_t plain = 0;
  while (plain + 8 <= text.size() && not_plain(swar::load(text.data() + plain)) == 0) plain += 8;
  bool ascii = true;
  for (std::size_t i = plain; i < text.size(); ++i) {
    ascii = ascii && static_cast<unsigned char>(text[i]) < 0x80;
  }
  if (!ascii && !is_valid_utf8(text)) {
    // Not UTF-8: as dump() replaces it (no text the checks let through).
    out_ += nlohmann::json(std::string(text))
                .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out_ += '"';
  std::size_t run = 0;  // where the bytes not yet written start
  for (std::size_t i = plain; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out_.append(text.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out_ += "\\\"";
        break;
      case '\\':
        out_ += "\\\\";
        break;
      case '\b':
        out_ += "\\b";
        break;
      case '\t':
        out_ += "\\t";
        break;
      case '\n':
        out_ += "\\n";
        break;
      case '\f':
        out_ += "\\f";
        break;
      case '\r':
        out_ += "\\r";
        break;
      default:
        out_ += "\\u00";
        out_ += kHex[c >> 4];
        out_ += kHex[c & 15];
    }
  }
  out_.append(text.data() + run, text.size() - run);
  out_ += '"';
}

nlohmann::json parse_json_text(const std::string& text) {
  using nlohmann::json;
  json result;
  nlohmann::detail::json_sax_dom_parser<json> sax(result, false);
  auto input = nlohmann::detail::input_adapter(text);
  nlohmann::detail::parser<json, decltype(input)> parser(std::move(input), nullptr, false);
  if (!parser.sax_parse(&sax, true) || sax.is_errored()) return json(json::value_t::discarded);
  return result;
}

void JsonText::number(std::size_t n) {
  char digits[24];
  std::size_t at = sizeof digits;
  do {
    digits[--at] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n != 0);
  out_.append(digits + at, sizeof digits - at);
}

}  // namespace licenseform
