// The agent's email address (docs/rules.md, "Email"): the WHATWG "valid
// e-mail address" grammar as a scanner, made stricter on dots (RFC 5322
// dot-atom) and lengths (RFC 5321 4.5.3.1), with one specific message per
// kind of typo. What the customer pasted around the address (mailto:, a
// display name, quotes) is removed with a warning.
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "field_chars.hpp"
#include "licenseform/fields.hpp"
#include "licenseform/punycode.hpp"
#include "licenseform/text.hpp"
#include "swar.hpp"

namespace licenseform {

namespace {

namespace fc = field_chars;

constexpr std::size_t kMaxLocal = 64, kMaxDomain = 253, kMaxAddress = 254, kMaxLabel = 63;

Issue email_issue(Severity s, std::string code, Params params = {}) {
  return make_issue(s, std::move(code), std::move(params), Column::email);
}

// WHATWG: the local part's characters besides letters and digits.
// The dot-atom characters of RFC 5322 3.2.3, as a table over ASCII: this
// runs for every character of every address.
constexpr std::array<bool, 128> kLocalChars = [] {
  std::array<bool, 128> t{};
  for (char c = 'a'; c <= 'z'; ++c) t[static_cast<unsigned char>(c)] = true;
  for (char c = 'A'; c <= 'Z'; ++c) t[static_cast<unsigned char>(c)] = true;
  for (char c = '0'; c <= '9'; ++c) t[static_cast<unsigned char>(c)] = true;
  for (char c : std::string_view(".!#$%&'*+-/=?^_`{|}~")) t[static_cast<unsigned char>(c)] = true;
  return t;
}();

bool is_local_char(char32_t c) { return c < 128 && kLocalChars[c]; }

bool starts_with_ci(std::u32string_view s, std::u32string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (fc::ascii_lower(s[i]) != prefix[i]) return false;
  }
  return true;
}

// ---- unwrapping what was pasted around the address --------------------

bool is_quote_pair(char32_t open, char32_t close) {
  static constexpr std::u32string_view kOpen = U"\u201C\u201E\u2018\u201A\u00AB\u00BB\u2039\"'";
  static constexpr std::u32string_view kClose = U"\u201D\u201C\u2019\u2018\u00BB\u00AB\u203A\"'";
  for (std::size_t i = 0; i < kOpen.size(); ++i) {
    if (open == kOpen[i] && close == kClose[i]) return true;
  }
  // Keyboards and word processors also leave the same curly quote on both ends.
  return open == close && (open == 0x201C || open == 0x201D || open == 0x2018 || open == 0x2019);
}

bool unwrap_quotes(std::u32string& s) {
  if (s.size() < 2 || !is_quote_pair(s.front(), s.back())) return false;
  s = std::u32string(fc::trim(std::u32string_view(s).substr(1, s.size() - 2)));
  return true;
}

// "Ada Beispiel <ada@example.com>" and "<ada@example.com>"; with more than
// one '<' the cell holds several addresses, which is reported instead.
bool unwrap_brackets(std::u32string& s) {
  const std::size_t open = s.find(U'<');
  if (s.empty() || s.back() != U'>' || open == std::u32string::npos) return false;
  if (s.find(U'<', open + 1) != std::u32string::npos) return false;
  if (s.find(U'>') != s.size() - 1) return false;
  s = std::u32string(fc::trim(std::u32string_view(s).substr(open + 1, s.size() - open - 2)));
  return true;
}

// "mailto:ada@example.com?subject=Hi": the scheme and any query go.
bool unwrap_mailto(std::u32string& s) {
  if (!starts_with_ci(s, U"mailto:")) return false;
  s = std::u32string(fc::trim(std::u32string_view(s).substr(7)));
  const std::size_t at = s.find(U'@');
  const std::size_t query = at == std::u32string::npos ? at : s.find(U'?', at);
  if (query != std::u32string::npos) s.resize(query);
  return true;
}

// "Ada Beispiel <ada@example.com>;" as Outlook copies a recipient.
// "'=ada@example.com": a written CSV's neutralized cell read back; the
// apostrophe before a formula character is the spreadsheet's, not the
// address's.
bool unwrap_text_marker(std::u32string& s) {
  if (s.size() < 2 || s[0] != U'\'' || (s[1] != U'=' && s[1] != U'+' && s[1] != U'-' &&
                                         s[1] != U'@')) {
    return false;
  }
  s.erase(0, 1);
  return true;
}

bool unwrap_separator(std::u32string& s) {
  if (s.size() < 2 || (s.back() != U';' && s.back() != U',')) return false;
  s.pop_back();
  s = std::u32string(fc::trim(s));
  return true;
}

// Each kind of unwrapping is reported once, however often it applied: a
// cell of many trailing separators must not give a warning (holding the
// whole cell) per separator.
std::u32string unwrap(std::u32string s, std::string_view original, std::vector<Issue>& out) {
  const std::pair<bool (*)(std::u32string&), const char*> steps[] = {
      {unwrap_quotes, "email.unwrapped_quotes"},
      {unwrap_brackets, "email.unwrapped_brackets"},
      {unwrap_mailto, "email.unwrapped_mailto"},
      {unwrap_separator, "email.unwrapped_separator"},
      {unwrap_text_marker, "email.unwrapped_apostrophe"}};
  bool reported[5] = {false, false, false, false, false};
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t i = 0; i < 5; ++i) {
      if (!steps[i].first(s)) continue;
      if (!reported[i]) {
        out.push_back(email_issue(Severity::warning, steps[i].second,
                                  {{"original", std::string(original)}}));
        reported[i] = true;
      }
      changed = true;
    }
  }
  return s;
}

// ---- the address itself ------------------------------------------------

bool is_separator(char32_t c) {
  return c == U',' || c == U';' || fc::is_blank(c);
}

// "ada@example.com, bruno@example.com": two parts that each hold an '@'.
bool holds_several_addresses(std::u32string_view s) {
  int with_at = 0;
  bool in_token = false, token_has_at = false;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    const bool sep = i == s.size() || is_separator(s[i]);
    if (sep) {
      with_at += in_token && token_has_at ? 1 : 0;
      in_token = token_has_at = false;
    } else {
      in_token = true;
      token_has_at = token_has_at || s[i] == U'@';
    }
  }
  return with_at >= 2;
}

// The faults of a local part's dots, in the order the messages take them:
// for the full check's code points and the plain path's bytes alike.
template <typename Char>
const char* dot_fault(std::basic_string_view<Char> local) {
  const Char dot = '.';
  if (local.front() == dot) return "email.local_leading_dot";
  if (local.back() == dot) return "email.local_trailing_dot";
  for (std::size_t i = 1; i < local.size(); ++i) {
    if (local[i] == dot && local[i - 1] == dot) return "email.local_double_dot";
  }
  return nullptr;
}

std::optional<Issue> check_local(std::u32string_view local) {
  if (local.empty()) return email_issue(Severity::error, "email.local_missing");
  for (char32_t c : local) {
    if (!is_local_char(c)) {
      return email_issue(Severity::error, "email.invalid_character",
                         {{"character", to_utf8(std::u32string(1, c))}});
    }
  }
  if (const char* code = dot_fault(local)) return email_issue(Severity::error, code);
  if (local.size() > kMaxLocal) {
    return email_issue(Severity::error, "email.local_too_long", {{"max", "64"}});
  }
  return std::nullopt;
}

// A domain typo that has an obvious fix: the address with the fix applied,
// normalized when the fixed address is otherwise valid.
std::string suggest(std::u32string_view local, std::u32string fixed_domain) {
  std::u32string fixed(local);
  fixed += U'@';
  fixed += fixed_domain;
  FieldResult again = check_email(to_utf8(fixed));
  return again.ok() ? again.value : to_utf8(fixed);
}

std::optional<Issue> domain_typo(std::u32string_view local, std::u32string_view domain) {
  if (domain.empty()) return email_issue(Severity::error, "email.domain_missing");
  if (domain.find(U',') != std::u32string_view::npos) {
    std::u32string fixed(domain);
    for (char32_t& c : fixed) c = c == U',' ? U'.' : c;
    return email_issue(Severity::error, "email.comma_in_domain",
                       {{"suggestion", suggest(local, fixed)}});
  }
  if (domain.back() == U'.') {
    std::u32string_view fixed = domain;
    while (!fixed.empty() && fixed.back() == U'.') fixed.remove_suffix(1);
    if (fixed.empty()) return email_issue(Severity::error, "email.domain_empty_label");
    return email_issue(Severity::error, "email.domain_trailing_dot",
                       {{"suggestion", suggest(local, std::u32string(fixed))}});
  }
  if (domain.front() == U'.' || domain.find(U"..") != std::u32string_view::npos) {
    return email_issue(Severity::error, "email.domain_empty_label");
  }
  return std::nullopt;
}

bool is_ldh(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

// One label of the ASCII domain: letters, digits, inner hyphens, 1..63.
std::optional<Issue> check_label(std::string_view label) {
  for (char c : label) {
    if (!is_ldh(c)) {
      return email_issue(Severity::error, "email.domain_invalid_character",
                         {{"character", std::string(1, c)}});
    }
  }
  if (label.front() == '-' || label.back() == '-') {
    return email_issue(Severity::error, "email.label_hyphen", {{"label", std::string(label)}});
  }
  if (label.size() > kMaxLabel) {
    return email_issue(Severity::error, "email.label_too_long", {{"max", "63"}});
  }
  return std::nullopt;
}

// RFC 5321 2.3.5: a fully qualified name, so at least two labels, and the
// top-level one not all digits.
std::optional<Issue> check_ascii_domain(std::string_view domain) {
  std::size_t labels = 0, start = 0;
  std::string_view last;
  for (std::size_t dot = 0; dot != std::string_view::npos; start = dot + 1, ++labels) {
    dot = domain.find('.', start);
    last = domain.substr(start, dot == std::string_view::npos ? dot : dot - start);
    if (auto bad = check_label(last)) return bad;
  }
  if (labels < 2) return email_issue(Severity::error, "email.no_tld");
  if (last.find_first_not_of("0123456789") == std::string_view::npos) {
    return email_issue(Severity::error, "email.numeric_tld");
  }
  if (domain.size() > kMaxDomain) {
    return email_issue(Severity::error, "email.domain_too_long", {{"max", "253"}});
  }
  return std::nullopt;
}

// Ideographic and full-width full stops separate labels too (UTS #46).
std::u32string with_ascii_dots(std::u32string_view domain) {
  std::u32string out(domain);
  for (char32_t& c : out) c = (c == 0x3002 || c == 0xFF0E || c == 0xFF61) ? U'.' : c;
  return out;
}

struct Parsed {
  std::string value;
  std::optional<Issue> error;
};

Parsed parse_address(std::u32string_view s) {
  if (holds_several_addresses(s)) return {"", email_issue(Severity::error, "email.multiple")};
  for (char32_t c : s) {
    if (fc::is_blank(c)) return {"", email_issue(Severity::error, "email.contains_space")};
  }
  const std::size_t at = s.find(U'@');
  if (at == std::u32string_view::npos)
    return {"", email_issue(Severity::error, "email.missing_at")};
  if (s.find(U'@', at + 1) != std::u32string_view::npos) {
    return {"", email_issue(Severity::error, "email.multiple_at")};
  }
  const std::u32string_view local = s.substr(0, at);
  const std::u32string domain = with_ascii_dots(s.substr(at + 1));
  if (auto bad = check_local(local)) return {"", bad};
  if (auto bad = domain_typo(local, domain)) return {"", bad};
  const AsciiDomain ascii = domain_to_ascii(domain);
  if (ascii.unsupported) {
    return {"", email_issue(Severity::error, "email.idn_unsupported",
                            {{"character", to_utf8(std::u32string(1, *ascii.unsupported))}})};
  }
  if (auto bad = check_ascii_domain(ascii.ascii)) return {"", bad};
  std::string value = to_utf8(local) + "@" + ascii.ascii;
  if (value.size() > kMaxAddress) {
    return {"", email_issue(Severity::error, "email.too_long", {{"max", "254"}})};
  }
  return {value, std::nullopt};
}

}  // namespace

constexpr std::size_t kMaxCell = 1000;  // code points, as the CSV limit on a value

namespace {

// ---- the common case, without decoding -------------------------------

// Byte classes of the plain path: one table lookup per byte.
enum : std::uint8_t { kLocal = 1, kLdh = 2, kUpper = 4 };
constexpr std::array<std::uint8_t, 256> kClasses = [] {
  std::array<std::uint8_t, 256> t{};
  for (std::size_t c = 0; c < 128; ++c) {
    if (kLocalChars[c]) t[c] |= kLocal;
  }
  for (char c = 'a'; c <= 'z'; ++c) t[static_cast<unsigned char>(c)] |= kLdh;
  for (char c = '0'; c <= '9'; ++c) t[static_cast<unsigned char>(c)] |= kLdh;
  for (char c = 'A'; c <= 'Z'; ++c) t[static_cast<unsigned char>(c)] |= kUpper;
  t['-'] |= kLdh;
  return t;
}();

// The local part up to the '@' when it is valid dot-atom ASCII; 0 otherwise.
// A byte at a time: for what the word test below does not settle.
std::size_t plain_local_size_bytes(const unsigned char* s, std::size_t n) {
  std::size_t i = 0;
  unsigned char previous = '.';  // a leading dot is refused like a double one
  for (; i < n && s[i] != '@'; ++i) {
    const unsigned char c = s[i];
    if (!(kClasses[c] & kLocal) || (c == '.' && previous == '.')) return 0;
    previous = c;
  }
  return i > 0 && i < n && i <= kMaxLocal && previous != '.' ? i : 0;
}

// 0x80 in each byte of x (ASCII) that is a small letter, a capital, a
// digit or one of its dots: most local parts hold only those.
std::uint64_t common_local_bytes(std::uint64_t x, std::uint64_t dots) {
  return swar::ascii_in(x, 'a', 'z') | swar::ascii_in(x, 'A', 'Z') | swar::ascii_in(x, '0', '9') |
         dots;
}

// The same, eight bytes at a time while they are common local bytes: the
// word that holds the '@' is checked up to it. Any other byte, or an '@'
// past the first words, leaves the answer to the byte loop.
std::size_t plain_local_size(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  if (n > 1 && s[0] == '\'') return 0;  // maybe a spreadsheet's text marker: the full check
  constexpr std::uint64_t kAt = swar::broadcast('@'), kDot = swar::broadcast('.');
  // A leading dot is refused like a double one.
  std::uint64_t previous_dots = std::uint64_t{1} << 63;
  for (std::size_t i = 0; i + 8 <= n && i <= kMaxLocal; i += 8) {
    const std::uint64_t x = swar::load(text.data() + i);
    const std::uint64_t ats = swar::matches(x, kAt);  // its lowest flag a true '@'
    const std::uint64_t part = ats ? ((ats & (~ats + 1)) - 1) & swar::kHighs : swar::kHighs;
    const std::uint64_t dots = swar::exact_matches(x, kDot) & part;
    if ((x & part) != 0 || (common_local_bytes(x, dots) & part) != part) break;
    if ((dots & dots << 8) != 0 || (previous_dots >> 63 && (dots & 0x80))) return 0;
    if (ats) {
      const std::size_t at = i + swar::first(ats);
      return at > 0 && at <= kMaxLocal && s[at - 1] != '.' ? at : 0;
    }
    previous_dots = dots;
  }
  return plain_local_size_bytes(s, n);
}

// Whether d is a plain domain: each label 1..63 letters, digits and inner
// hyphens, two labels or more, and the last not all digits. Eight bytes at
// a time (the last word overlapping the one before), or a byte at a time
// for a domain shorter than a word; the labels' ends are checked at the
// dots. upper tells whether it holds capitals, which the value lower-cases.
bool plain_domain(const unsigned char* d, std::size_t n, bool& upper) {
  if (n == 0 || n > kMaxDomain) return false;
  std::size_t label = 0, labels = 0;  // where the current label starts; labels ended by a dot
  std::uint64_t capitals = 0;
  // A label up to the dot at `to`, or the last one (to = n).
  auto label_ends = [&](std::size_t to) LF_INLINE {
    const bool ok = to > label && to - label <= kMaxLabel && d[label] != '-' && d[to - 1] != '-';
    label = to + 1;
    ++labels;
    return ok;
  };
  if (n >= 8) {
    // The word at `at`, its dots counted from `from` on (an overlapping last
    // word has had the ones before).
    auto word = [&](std::size_t at, std::size_t from) LF_INLINE {
      const std::uint64_t x = swar::load(reinterpret_cast<const char*>(d) + at);
      if (x & swar::kHighs) return false;
      const std::uint64_t upper_bytes = swar::ascii_in(x, 'A', 'Z');
      const std::uint64_t lower = x | upper_bytes >> 2;  // 0x80 >> 2: the case bit
      const std::uint64_t dots = swar::exact_matches(x, swar::broadcast('.'));
      const std::uint64_t ok = swar::ascii_in(lower, 'a', 'z') | swar::ascii_in(lower, '0', '9') |
                               swar::exact_matches(x, swar::broadcast('-')) | dots;
      if (ok != swar::kHighs) return false;
      capitals |= upper_bytes;
      for (std::uint64_t m = dots & swar::kHighs << (8 * (from - at)); m != 0; m &= m - 1) {
        if (!label_ends(at + swar::first(m))) return false;
      }
      return true;
    };
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      if (!word(i, i)) return false;
    }
    if (i < n && !word(n - 8, i)) return false;
  } else {
    for (std::size_t i = 0; i < n; ++i) {
      const unsigned char c = d[i];
      const std::uint8_t k = kClasses[c];
      if (c == '.') {
        if (!label_ends(i)) return false;
      } else if (!(k & (kLdh | kUpper))) {
        return false;
      }
      capitals |= k & kUpper;
    }
  }
  const std::size_t last = label;
  if (labels == 0 || !label_ends(n)) return false;
  upper = capitals != 0;
  for (std::size_t i = last; i < n; ++i) {
    if (d[i] < '0' || d[i] > '9') return true;
  }
  return false;  // the last label is all digits
}

// Most addresses are ASCII, with nothing pasted around them, and valid: for
// those the value of the full check (the domain lower-cased) comes straight
// from the bytes, without decoding to code points; most are their own
// value. Anything else (nullopt) takes the full check, which has every
// message.
std::optional<std::string_view> plain_address(std::string_view s, std::string& store) {
  const std::size_t at = s.size() <= kMaxAddress ? plain_local_size(s) : 0;
  if (at == 0) return std::nullopt;
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  bool upper = false;
  if (!plain_domain(bytes + at + 1, s.size() - at - 1, upper)) return std::nullopt;
  if (!upper) return s;
  store.assign(s.data(), s.size());
  for (std::size_t i = at + 1; i < store.size(); ++i) {
    if (store[i] >= 'A' && store[i] <= 'Z') store[i] = static_cast<char>(store[i] + 32);
  }
  return std::string_view(store);
}

// The two typos of the local part that customers' files hold most (the
// '@' left out, a dot doubled), and the other faults of its dots, found
// in the bytes of an ASCII cell like "ada..beispiel@example.com": the code
// the full check gives, or nullptr. Only for a cell of dot-atom characters
// and '@' that does not start with an apostrophe: nothing in such a cell
// is unwrapped, separates addresses or is white space, so the full check
// would come to its local part first and say the same.
const char* plain_local_fault(std::string_view s) {
  if (s.empty() || s.size() > kMaxAddress || s[0] == '\'') return nullptr;
  std::size_t at = s.size(), ats = 0;  // the first '@', and how many
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '@') {
      at = ats++ ? at : i;
    } else if (!(kClasses[c] & kLocal)) {
      return nullptr;
    }
  }
  if (ats != 1) return ats ? "email.multiple_at" : "email.missing_at";
  const std::string_view local = s.substr(0, at);
  if (local.empty()) return "email.local_missing";
  // nullptr: the local part is fine, and what is wrong is for the full check to say.
  return dot_fault(local);
}

// Every address that is not plain.
FieldResult check_email_fully(std::string_view text) {
  FieldResult result;
  const auto decoded = to_code_points(text);
  if (!decoded) {
    result.issues.push_back(email_issue(Severity::error, "email.invalid_utf8"));
    return result;
  }
  const std::u32string_view trimmed = fc::trim(*decoded);
  // Far longer than any address with a name around it: refused before any
  // unwrapping, so that the work stays small whatever is pasted.
  if (trimmed.size() > kMaxCell) {
    result.issues.push_back(email_issue(Severity::error, "email.too_long", {{"max", "254"}}));
    return result;
  }
  const std::string original = to_utf8(trimmed);
  const std::u32string address = unwrap(std::u32string(trimmed), original, result.issues);
  if (address.empty()) {
    result.issues.push_back(email_issue(Severity::error, "email.missing"));
    return result;
  }
  Parsed parsed = parse_address(address);
  if (parsed.error) {
    result.issues.push_back(std::move(*parsed.error));
  } else {
    result.value = std::move(parsed.value);
  }
  return result;
}

}  // namespace

std::string_view check_email(std::string_view text, std::string& store,
                             std::vector<Issue>& issues) {
  if (const auto plain = plain_address(text, store)) return *plain;
  if (const char* code = plain_local_fault(text)) {
    store.clear();
    issues.push_back(email_issue(Severity::error, code));
    return store;
  }
  check_email_fully(text).move_to(store, issues);
  return store;
}

FieldResult check_email(std::string_view text) {
  FieldResult result;
  std::string store;
  const std::string_view value = check_email(text, store, result.issues);
  result.value = value.data() == store.data() ? std::move(store) : std::string(value);
  return result;
}

std::string email_key(std::string_view normalized_email) {
  std::string key(normalized_email);
  for (char& c : key) c = static_cast<char>(fc::ascii_lower(static_cast<unsigned char>(c)));
  return key;
}

}  // namespace licenseform
