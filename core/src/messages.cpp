#include "licenseform/messages.hpp"

#include "licenseform/calendar.hpp"
#include "licenseform/text.hpp"
#include "field_chars.hpp"
#include "text_index.hpp"

namespace licenseform {

std::vector<MessageText> all_messages() {
  std::vector<MessageText> all;
  for (const auto* table :
       {&csv_messages(), &field_messages(), &phone_messages(), &order_messages()}) {
    all.insert(all.end(), table->begin(), table->end());
  }
  return all;
}

// By code: the messages in the order of all_messages(), numbered by a
// TextIndex (a code listed twice keeps its first text).
const MessageText* find_message(std::string_view code) {
  struct Index {
    TextIndex codes;
    std::vector<MessageText> messages;
  };
  static const Index index = [] {
    Index i;
    for (const auto& m : all_messages()) {
      if (i.codes.insert(m.code).fresh) i.messages.push_back(m);
    }
    return i;
  }();
  const std::uint32_t n = index.codes.find(code);
  return n == TextIndex::kNone ? nullptr : &index.messages[n];
}

// Replaces each {name} by the parameter of that name; an unknown name is left
// as it is, so a missing parameter shows in tests instead of vanishing.
namespace {

// Characters that would be invisible, or would turn the text around, when
// a message quotes what the customer typed: they are named instead.
bool is_unshowable(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF ||
         c == 0xFFFD || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

std::string shown(const std::string& value) {
  std::string out;
  for (std::size_t i = 0; i < value.size();) {
    CodePoint cp = decode_utf8(value, i);
    if (cp.length == 0) cp = {0xFFFD, 1};
    if (is_unshowable(cp.value)) {
      out += field_chars::code_point_label(cp.value);
    } else {
      out.append(value, i, cp.length);
    }
    i += cp.length;
  }
  return out;
}

// An ISO date parameter is shown in words in the message's language.
std::string param_text(const std::string& value, Lang lang) {
  if (auto day = parse_iso_date(value)) return format_long_date(*day, lang);
  return shown(value);
}

}  // namespace

std::string render(std::string_view templ, const Params& params, Lang lang) {
  std::string out;
  out.reserve(templ.size() + 32);
  std::size_t i = 0;
  while (i < templ.size()) {
    std::size_t open = templ.find('{', i);
    std::size_t close = open == std::string_view::npos ? open : templ.find('}', open);
    if (close == std::string_view::npos) {
      out.append(templ.substr(i));
      break;
    }
    out.append(templ.substr(i, open - i));
    std::string_view name = templ.substr(open + 1, close - open - 1);
    const std::string* value = nullptr;
    for (const auto& [k, v] : params) {
      if (k == name) value = &v;
    }
    if (value) {
      out.append(param_text(*value, lang));
    } else {
      out.append(templ.substr(open, close - open + 1));
    }
    i = close + 1;
  }
  return out;
}

std::string render(const Issue& issue, Lang lang) {
  const MessageText* m = find_message(issue.code);
  if (!m) return issue.code;
  return render(lang == Lang::de ? m->de : m->en, issue.params, lang);
}

std::string render(std::string_view templ, const Params& params) {
  return render(templ, params, Lang::en);
}

}  // namespace licenseform

namespace licenseform {

std::string format_long_date(date::sys_days day, Lang lang) {
  static constexpr std::string_view en[] = {"January", "February", "March",     "April",
                                            "May",     "June",     "July",      "August",
                                            "September", "October", "November", "December"};
  static constexpr std::string_view de[] = {"Januar", "Februar", "März",      "April",
                                            "Mai",    "Juni",    "Juli",      "August",
                                            "September", "Oktober", "November", "Dezember"};
  date::year_month_day ymd{day};
  auto m = static_cast<unsigned>(ymd.month()) - 1;
  std::string d = std::to_string(static_cast<unsigned>(ymd.day()));
  std::string y = std::to_string(static_cast<int>(ymd.year()));
  if (lang == Lang::de) return d + ". " + std::string(de[m]) + " " + y;
  return d + " " + std::string(en[m]) + " " + y;
}

std::optional<Lang> lang_from_string(std::string_view s) {
  if (s == "en" || s.rfind("en-", 0) == 0) return Lang::en;
  if (s == "de" || s.rfind("de-", 0) == 0) return Lang::de;
  return std::nullopt;
}

}  // namespace licenseform
