// The display phone number: read as typed, normalized to E.164, validated
// against libphonenumber's metadata, and refused when it cannot be a caller
// ID. See docs/rules.md, "Display phone number".
#include "licenseform/phone.hpp"

#include "licenseform/text.hpp"
#include "phone_number.hpp"
#include "phone_scan.hpp"

namespace licenseform {
namespace {

using phone_detail::Number;
using phone_detail::NumberType;
using phone_detail::Region;
using phone_detail::Verdict;

Issue phone_error(std::string code, Params params = {}) {
  return make_issue(Severity::error, std::move(code), std::move(params), Column::phone);
}

FieldResult refuse(Issue issue) {
  return {{}, {std::move(issue)}};
}

// The message for a number the metadata does not accept.
Issue verdict_issue(const Number& n, std::string_view digits) {
  switch (n.verdict) {
    case Verdict::unknown_code:
      return phone_error("phone.unknown_country_code",
                         {{"code", std::string(digits.substr(0, 3))}});
    case Verdict::too_short:
      return phone_error("phone.too_short");
    case Verdict::too_long:
      return phone_error("phone.too_long");
    default:
      return phone_error("phone.invalid", {{"value", n.e164()}});
  }
}

// Premium-rate, pager and voicemail numbers cannot be called back as a
// caller ID (docs/rules.md); every other valid type can.
const char* refused_type(std::optional<NumberType> type) {
  if (type == NumberType::premium_rate) return "phone.premium_rate";
  if (type == NumberType::pager) return "phone.pager";
  if (type == NumberType::voicemail) return "phone.voicemail";
  return nullptr;
}

FieldResult accept(const Number& n, std::string_view digits) {
  if (!n.valid()) return refuse(verdict_issue(n, digits));
  if (const char* code = refused_type(n.type))
    return refuse(phone_error(code, {{"value", n.e164()}}));
  return {n.e164(), {}};
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return !prefix.empty() && s.substr(0, prefix.size()) == prefix;
}

// A number without '+' or international prefix. Written with the trunk
// prefix, it is national. Otherwise a spreadsheet may have dropped a '+' or a
// leading 0: we say which and propose the number, but never guess it. In
// countries whose national numbers have no trunk 0 (US, ES, IT, DK, ...) the
// digits are a national number first, and so are numbers that are written
// without the trunk 0 even where there is one (UAE "400 3 52123").
FieldResult resolve_national(std::string_view digits, const Region& home) {
  Number national = phone_detail::parse_national(digits, home);
  if (starts_with(digits, home.national_prefix)) return accept(national, digits);
  if (home.national_prefix != "0" && national.valid()) return accept(national, digits);
  if (national.valid() && national.national == digits &&
      phone_detail::written_without_trunk(digits, *national.region)) {
    return accept(national, digits);
  }
  Number plus = phone_detail::parse_international(digits);
  if (plus.valid()) return refuse(phone_error("phone.missing_plus", {{"suggestion", plus.e164()}}));
  Number zero = phone_detail::parse_national("0" + std::string(digits), home);
  if (zero.valid()) return refuse(phone_error("phone.missing_zero", {{"suggestion", zero.e164()}}));
  return refuse(verdict_issue(national, digits));
}

FieldResult resolve(const phone_detail::Scan& scan, const PhoneOptions& options) {
  const std::string& digits = scan.digits;
  if (scan.plus) return accept(phone_detail::parse_international(digits), digits);
  const Region* home = phone_detail::find_region(options.country);
  if (home) {
    if (auto rest = phone_detail::strip_international_prefix(digits, *home)) {
      return accept(phone_detail::parse_international(*rest), *rest);
    }
  }
  // "00" is the international prefix of most of the world (ITU-T E.164
  // recommends it), so it is read as one even where home dials another.
  // Unless home's own numbers start with 00 (Japan's 00777 freephone).
  if (digits.size() > 2 && digits.compare(0, 2, "00") == 0 && digits[2] != '0') {
    if (home) {
      Number national = phone_detail::parse_national(digits, *home);
      if (national.valid()) return accept(national, digits);
    }
    std::string_view rest = std::string_view(digits).substr(2);
    return accept(phone_detail::parse_international(rest), rest);
  }
  if (!home) return refuse(phone_error("phone.international_format"));
  return resolve_national(digits, *home);
}

}  // namespace

FieldResult check_phone(std::string_view text, const PhoneOptions& options) {
  std::string_view t = trim(text);
  if (t.empty()) return {};
  std::vector<Issue> notes;
  if (t[0] == '\'') {
    // A spreadsheet's marker for "keep this as text"; not part of the number.
    t = trim(t.substr(1));
    notes.push_back(make_issue(Severity::warning, "phone.apostrophe_removed", {}, Column::phone));
    if (t.empty()) return {{}, notes};
  }
  if (auto damage = phone_detail::spreadsheet_damage(t)) return refuse(*damage);
  auto scanned = phone_detail::scan_phone(t);
  if (!scanned.scan) return refuse(*scanned.error);
  FieldResult result = resolve(*scanned.scan, options);
  result.issues.insert(result.issues.begin(), notes.begin(), notes.end());
  return result;
}

}  // namespace licenseform
