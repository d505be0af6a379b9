// The agent's full name (docs/rules.md, "Name"): any script, trimmed and with
// inner white space collapsed; refused when it carries characters that hide
// or break text, or starts like a spreadsheet formula (OWASP "CSV Injection").
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "field_chars.hpp"
#include "licenseform/fields.hpp"
#include "licenseform/punycode.hpp"
#include "licenseform/text.hpp"
#include "swar.hpp"

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

bool is_formula_start(char32_t c) {
  return c == U'=' || c == U'+' || c == U'-' || c == U'@';
}

std::optional<Issue> refusal(std::u32string_view raw, std::u32string_view name) {
  for (char32_t c : name) {
    if (const char* code = refusal_code(c)) {
      return name_issue(Severity::error, code, {{"codepoint", fc::code_point_label(c)}});
    }
  }
  // "'=..." is how a written CSV neutralizes a formula (and how a customer
  // marks a cell as text): the apostrophe does not make it a name.
  const bool marked = name.size() > 1 && name.front() == U'\'' && is_formula_start(name[1]);
  if (starts_with_tab_or_cr(raw) || is_formula_start(name.front()) || marked) {
    return name_issue(Severity::error, "name.formula_start");
  }
  if (name.size() > kMaxNameLength) {
    return name_issue(
        Severity::error, "name.too_long",
        {{"max", std::to_string(kMaxNameLength)}, {"length", std::to_string(name.size())}});
  }
  return std::nullopt;
}

// A code point that a name keeps as it is: not white space other than a
// single inner space, not invisible, nothing refusal_code names.
bool plain_char(char32_t c, char32_t previous, bool last) {
  if (c == U' ') return previous != 0 && previous != U' ' && !last;
  return !fc::is_blank(c) && refusal_code(c) == nullptr;
}

// Whether a word of eight name bytes is plain as it stands: printable ASCII
// (0x20..0x7E), no two spaces side by side, nor a space right after the
// previous word's last byte when that was one.
bool plain_ascii_word(std::uint64_t x, unsigned char previous) {
  using swar::kHighs;
  using swar::kOnes;
  const std::uint64_t below_space = (x - kOnes * 0x20) & ~x & kHighs;  // any byte < 0x20
  const std::uint64_t above_tilde = (x | (x + kOnes)) & kHighs;         // any byte >= 0x7F
  const std::uint64_t spaces = swar::exact_matches(x, swar::broadcast(' '));
  return (below_space | above_tilde) == 0 && (spaces & spaces << 8) == 0 &&
         !(previous == ' ' && (spaces & 0x80));
}

// utf8_pair: a byte pair that may be UTF-8 encoded twice (double_encoded_pair_at).
enum class Plain { no, ascii, utf8, utf8_pair };

// Most names need no change and earn no refusal: valid UTF-8, nothing to
// trim or collapse, no formula start, at most 100 code points. Those are
// checked on the bytes, eight at a time where they are printable ASCII,
// without decoding to UTF-32 and back; any other name takes the full check.
Plain plain_name(std::string_view text) {
  if (text.empty() || is_formula_start(static_cast<unsigned char>(text.front())) ||
      text.front() == '\'' || text.front() == ' ' || text.back() == ' ') {
    return Plain::no;  // a space at either end is trimmed: not plain
  }
  const char* bytes = text.data();
  const auto* u = reinterpret_cast<const unsigned char*>(bytes);
  std::size_t count = 0;
  char32_t previous = 0;
  bool ascii = true, pair = false;
  for (std::size_t i = 0; i < text.size(); ++count) {
    if (i + 8 <= text.size()) {
      const std::uint64_t x = swar::load(bytes + i);
      if (plain_ascii_word(x, static_cast<unsigned char>(previous))) {
        i += 8;
        count += 7;  // and one by the loop
        previous = static_cast<unsigned char>(x >> 56);
        continue;
      }
    }
    const auto b = static_cast<unsigned char>(bytes[i]);
    // Two bytes from U+00C0 to U+07FF (accented Latin letters, Greek,
    // Cyrillic, Hebrew): all are kept as they are, none is a space.
    if (b >= 0xC3 && b <= 0xDF && i + 1 < text.size() && (u[i + 1] & 0xC0) == 0x80) {
      pair = pair || double_encoded_pair_at(text, i);
      ascii = false;
      previous = 0x80;  // any letter that is not a space
      i += 2;
      continue;
    }
    CodePoint c{b, 1};
    if (b <= ' ' || b >= 0x7F) {  // printable ASCII needs no check
      c = decode_utf8(text, i);
      if (c.length == 0 || !plain_char(c.value, previous, i + c.length == text.size())) {
        return Plain::no;
      }
      ascii = ascii && c.value < 0x80;
    }
    i += c.length;
    previous = c.value;
  }
  if (count > kMaxNameLength) return Plain::no;
  return ascii ? Plain::ascii : pair ? Plain::utf8_pair : Plain::utf8;
}

// Every name that is not plain.
FieldResult check_name_fully(std::string_view text) {
  FieldResult result;
  const auto raw = to_code_points(text);
  if (!raw) {
    result.issues.push_back(name_issue(Severity::error, "name.invalid_utf8"));
    return result;
  }
  const Collapsed name = collapse_spaces(fc::trim(*raw));
  if (name.text.empty()) {
    result.issues.push_back(name_issue(Severity::error, "name.missing"));
    return result;
  }
  if (auto repaired = repair_double_encoding(to_utf8(name.text))) {
    result.issues.push_back(
        name_issue(Severity::warning, "name.double_encoded", {{"suggestion", *repaired}}));
  }
  if (auto refused = refusal(*raw, name.text)) {
    result.issues.push_back(std::move(*refused));
    return result;
  }
  result.value = to_utf8(name.text);
  if (name.had_line_break) {
    result.issues.push_back(
        name_issue(Severity::warning, "name.line_break", {{"value", result.value}}));
  }
  return result;
}

}  // namespace

std::string_view check_name(std::string_view text, std::string& store,
                            std::vector<Issue>& issues) {
  if (const Plain plain = plain_name(text); plain != Plain::no) {
    // Only where a pair may have been encoded twice (ASCII cannot have been).
    if (auto repaired = plain == Plain::utf8_pair ? repair_double_encoding(text) : std::nullopt) {
      issues.push_back(
          name_issue(Severity::warning, "name.double_encoded", {{"suggestion", *repaired}}));
    }
    return text;
  }
  check_name_fully(text).move_to(store, issues);
  return store;
}

FieldResult check_name(std::string_view text) {
  FieldResult result;
  std::string store;
  const std::string_view value = check_name(text, store, result.issues);
  result.value = value.data() == store.data() ? std::move(store) : std::string(value);
  return result;
}

}  // namespace licenseform
