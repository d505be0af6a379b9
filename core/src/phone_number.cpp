// Follows libphonenumber-js (source/parse.js and its helpers) step by step,
// so that the golden tests generated with it hold.
#include "phone_number.hpp"

#include "phone_match.hpp"

namespace licenseform::phone_detail {
namespace {

// libphonenumber-js: MIN_LENGTH_FOR_NSN, MAX_LENGTH_FOR_NSN, and the longest
// calling code.
constexpr std::size_t kMinNational = 2;
constexpr std::size_t kMaxNational = 17;
constexpr std::size_t kMaxCallingCode = 3;
// ITU-T E.164: at most 15 digits, calling code included.
constexpr std::size_t kMaxE164 = 15;

enum class LengthCheck { possible, too_short, too_long, invalid_length };

// checkNumberLength(): against the region's possible lengths.
LengthCheck check_length(std::size_t n, Lengths set) {
  if (set == 0) return LengthCheck::possible;
  std::size_t min = 0, max = 31;
  while (!has_length(set, min)) ++min;
  while (!has_length(set, max)) --max;
  if (n < min) return LengthCheck::too_short;
  if (n > max) return LengthCheck::too_long;
  return has_length(set, n) ? LengthCheck::possible : LengthCheck::invalid_length;
}

bool is_type(std::string_view national, NumberType t, const Region& r) {
  const TypeDesc& d = r.type(t);
  if (d.pattern.empty()) return false;
  Lengths set = d.lengths ? d.lengths : r.lengths;
  if (set && !has_length(set, national.size())) return false;
  return full_match(d.pattern, national);
}

// Capture groups in a pattern: '(' not followed by '?', not escaped.
int group_count(std::string_view p) {
  int n = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p[i] == '\\')
      ++i;
    else if (p[i] == '(' && (i + 1 >= p.size() || p[i + 1] != '?'))
      ++n;
  }
  return n;
}

std::string_view group(std::string_view text, const PrefixMatch& m, int g) {
  const Span& s = m.groups[static_cast<std::size_t>(g)];
  if (s.begin < 0 || s.end < s.begin) return {};
  return text.substr(static_cast<std::size_t>(s.begin), static_cast<std::size_t>(s.end - s.begin));
}

// JS String.replace of the matched prefix by a "$1"-style rule.
std::string apply_transform(std::string_view rule, std::string_view text, const PrefixMatch& m) {
  std::string out;
  for (std::size_t i = 0; i < rule.size(); ++i) {
    if (rule[i] == '$' && i + 1 < rule.size() && rule[i + 1] >= '1' && rule[i + 1] <= '9') {
      out.append(group(text, m, rule[++i] - '0'));
    } else {
      out.push_back(rule[i]);
    }
  }
  out.append(text.substr(m.end));
  return out;
}

// extractNationalNumberFromPossiblyIncompleteNumber(): removes the national
// prefix (trunk code, carrier code) by the plan's rule.
std::string strip_national_prefix(std::string_view number, const Region& plan) {
  std::string_view rule = plan.national_prefix_for_parsing;
  if (rule.empty()) return std::string(number);
  auto m = prefix_match(rule, number);
  if (!m) return std::string(number);
  int groups = group_count(rule);
  bool captured = groups > 0 && !group(number, *m, groups).empty();
  if (!plan.national_prefix_transform.empty() && captured) {
    return apply_transform(plan.national_prefix_transform, number, *m);
  }
  return std::string(number.substr(m->end));
}

// getCountryByCallingCode(): which region of a shared calling code.
const Region* region_of(std::string_view calling_code, std::string_view national) {
  const auto& regions = regions_for_code(calling_code);
  if (regions.size() == 1) return regions[0];
  for (const Region* r : regions) {
    if (!r->leading_digits.empty()) {
      if (!national.empty() && prefix_match(r->leading_digits, national)) return r;
    } else if (number_type(national, *r)) {
      return r;
    }
  }
  return nullptr;
}

// extractNationalNumber(): keeps the prefix when removing it would turn a
// valid-looking number invalid or make it too short.
std::string extract_national(std::string_view number, const Region& plan) {
  std::string national = strip_national_prefix(number, plan);
  if (national == number) return national;
  if (full_match(plan.pattern, number) && !full_match(plan.pattern, national)) {
    return std::string(number);
  }
  if (plan.lengths) {
    const Region* r = region_of(plan.calling_code, national);
    auto fit = check_length(national.size(), (r ? r : &plan)->lengths);
    if (fit == LengthCheck::too_short || fit == LengthCheck::invalid_length) {
      return std::string(number);
    }
  }
  return national;
}

// isValid() and the reason when not, for a parsed number.
Verdict judge(const Number& n) {
  const Region& r = n.region ? *n.region : *n.plan;
  if (n.national.size() < kMinNational) return Verdict::too_short;
  if (n.national.size() > kMaxNational || n.calling_code.size() + n.national.size() > kMaxE164) {
    return Verdict::too_long;
  }
  bool valid = r.has_types ? n.type.has_value() : full_match(r.pattern, n.national);
  if (valid) return Verdict::valid;
  auto fit = check_length(n.national.size(), r.lengths);
  if (fit == LengthCheck::too_short) return Verdict::too_short;
  if (fit == LengthCheck::too_long) return Verdict::too_long;
  return Verdict::invalid;
}

void classify(Number& n) {
  n.type = number_type(n.national, n.region ? *n.region : *n.plan);
  n.verdict = judge(n);
}

}  // namespace

std::optional<NumberType> number_type(std::string_view national, const Region& r) {
  if (!full_match(r.pattern, national)) return std::nullopt;
  if (is_type(national, NumberType::fixed_line, r)) return NumberType::fixed_line;
  // getNumberType()'s order after the fixed line.
  for (NumberType t : {NumberType::mobile, NumberType::premium_rate, NumberType::toll_free,
                       NumberType::shared_cost, NumberType::voip, NumberType::personal_number,
                       NumberType::pager, NumberType::uan, NumberType::voicemail}) {
    if (is_type(national, t, r)) return t;
  }
  return std::nullopt;
}

// chooseFormatForNumber(): the first format whose last leading digits
// pattern and number pattern fit decides.
bool written_without_trunk(std::string_view national, const Region& region) {
  std::string_view list = region.formats;
  while (!list.empty()) {
    std::size_t end = list.find(';');
    std::string_view entry = list.substr(0, end);
    std::size_t slash = entry.find('/');
    if (entry.size() < 2 || slash == std::string_view::npos) return true;
    std::string_view leading = entry.substr(1, slash - 1);
    if (leading.empty() || prefix_match(leading, national)) {
      if (full_match(entry.substr(slash + 1), national)) return entry[0] == 'N';
    }
    if (end == std::string_view::npos) break;
    list.remove_prefix(end + 1);
  }
  return true;
}

Number parse_international(std::string_view digits) {
  Number n;
  n.verdict = Verdict::unknown_code;
  if (digits.empty() || digits[0] == '0') return n;
  for (std::size_t i = 1; i <= kMaxCallingCode && i <= digits.size(); ++i) {
    const auto& regions = regions_for_code(digits.substr(0, i));
    if (regions.empty()) continue;
    n.calling_code = std::string(digits.substr(0, i));
    n.plan = regions[0];
    n.national = extract_national(digits.substr(i), *n.plan);
    n.region = region_of(n.calling_code, n.national);
    classify(n);
    return n;
  }
  return n;
}

Number parse_national(std::string_view digits, const Region& home) {
  Number n;
  n.calling_code = std::string(home.calling_code);
  n.plan = &home;
  n.national = extract_national(digits, home);
  const Region* exact = region_of(n.calling_code, n.national);
  n.region = exact ? exact : &home;
  classify(n);
  return n;
}

std::optional<std::string_view> strip_international_prefix(std::string_view digits,
                                                           const Region& home) {
  if (home.international_prefix.empty()) return std::nullopt;
  auto m = prefix_match(home.international_prefix, digits);
  // stripIddPrefix(): a calling code never starts with 0, so "00" + "0..."
  // is no international number.
  if (!m || m->end >= digits.size() || digits[m->end] == '0') return std::nullopt;
  return digits.substr(m->end);
}

}  // namespace licenseform::phone_detail
