// The cancellation date (docs/rules.md, "Dates"): the renderings spreadsheets
// and people produce for one day, read into a real date or refused with a
// reason. Day/month order is never guessed: a/b/yyyy needs the order from the
// options or from a part above 12.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "field_chars.hpp"
#include "licenseform/fields.hpp"
#include "licenseform/punycode.hpp"

namespace licenseform {
namespace {

namespace fc = field_chars;
using date::day;
using date::month;
using date::year;
using date::year_month_day;

Issue date_issue(Severity s, std::string code, Params params = {}) {
  return make_issue(s, std::move(code), std::move(params), Column::cancellation_date);
}

bool is_digit(char32_t c) {
  return c >= U'0' && c <= U'9';
}

// ---- tokens -------------------------------------------------------------

struct Token {
  bool number = false;
  int value = 0;           // numbers
  std::size_t digits = 0;  // numbers
  std::string word;        // words, lower-cased UTF-8
  std::u32string gap;      // separators before the token, spaces left out
};

bool is_letter(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
         (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7);
}

char32_t lower(char32_t c) {
  return c >= 0xC0 && c <= 0xDE ? c + 32 : fc::ascii_lower(c);
}

bool is_separator(char32_t c) {
  return c == U'.' || c == U'-' || c == U'/' || c == U',' || fc::is_blank(c);
}

// Numbers, words and the separators between them; nullopt for anything else.
std::optional<std::vector<Token>> tokenize(std::u32string_view s) {
  std::vector<Token> tokens;
  std::u32string gap;
  for (std::size_t i = 0; i < s.size();) {
    if (is_separator(s[i])) {
      if (!fc::is_blank(s[i])) gap += s[i];
      ++i;
      continue;
    }
    Token t;
    t.gap = std::move(gap);
    gap.clear();
    t.number = is_digit(s[i]);
    std::u32string word;
    for (; i < s.size() && (t.number ? is_digit(s[i]) : is_letter(s[i])); ++i) {
      if (t.number && t.digits < 9) t.value = t.value * 10 + static_cast<int>(s[i] - U'0');
      ++t.digits;
      word += lower(s[i]);
    }
    if (t.digits == 0) return std::nullopt;
    if (!t.number) t.word = to_utf8(word);
    tokens.push_back(std::move(t));
  }
  return tokens;
}

// ---- month names (English, German, French) -----------------------------

struct MonthName {
  std::string_view name;
  unsigned month;
};

constexpr MonthName kMonthNames[] = {
    {"january", 1},   {"jan", 1},       {"januar", 1},    {"jänner", 1},    {"jän", 1},
    {"janvier", 1},   {"janv", 1},      {"february", 2},  {"feb", 2},       {"februar", 2},
    {"feber", 2},     {"février", 2},   {"fevrier", 2},   {"févr", 2},      {"fevr", 2},
    {"fév", 2},       {"fev", 2},       {"march", 3},     {"mar", 3},       {"märz", 3},
    {"maerz", 3},     {"marz", 3},      {"mär", 3},       {"mrz", 3},       {"mars", 3},
    {"april", 4},     {"apr", 4},       {"avril", 4},     {"avr", 4},       {"may", 5},
    {"mai", 5},       {"june", 6},      {"jun", 6},       {"juni", 6},      {"juin", 6},
    {"july", 7},      {"jul", 7},       {"juli", 7},      {"juillet", 7},   {"juil", 7},
    {"august", 8},    {"aug", 8},       {"août", 8},      {"aout", 8},      {"september", 9},
    {"sep", 9},       {"sept", 9},      {"septembre", 9}, {"october", 10},  {"oct", 10},
    {"oktober", 10},  {"okt", 10},      {"octobre", 10},  {"november", 11}, {"nov", 11},
    {"novembre", 11}, {"december", 12}, {"dec", 12},      {"dezember", 12}, {"dez", 12},
    {"décembre", 12}, {"decembre", 12}, {"déc", 12},
};

std::optional<unsigned> month_number(const Token& t) {
  if (t.number) return std::nullopt;
  for (const MonthName& m : kMonthNames) {
    if (m.name == t.word) return m.month;
  }
  return std::nullopt;
}

// ---- shapes -------------------------------------------------------------

// What the tokens say: a day, month and year, or (slash) two parts whose
// order is still open.
struct Shape {
  bool slash = false;
  int first = 0, second = 0;  // day and month, or the a and b of a/b/y
  int year = 0;
};

std::optional<int> full_year(const Token& t) {
  if (!t.number) return std::nullopt;
  if (t.digits == 4) return t.value;
  if (t.digits == 2) return 2000 + t.value;  // cancellation dates lie ahead
  return std::nullopt;
}

bool small(const Token& t) {
  return t.number && t.digits <= 2;
}

// "31st", "1er": an ordinal ending glued to the day.
void drop_ordinals(std::vector<Token>& tokens) {
  static constexpr std::string_view kEndings[] = {"st", "nd", "rd", "th", "er"};
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (!tokens[i - 1].number || !tokens[i].gap.empty()) continue;
    for (std::string_view e : kEndings) {
      if (tokens[i].word == e) {
        tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(i));
        break;
      }
    }
  }
}

std::optional<Shape> named_month_shape(const std::vector<Token>& t) {
  if (auto m = month_number(t[1])) {  // 31-Jan-27, 31. Januar 2027, 2027-Jan-31
    if (small(t[0]) && full_year(t[2])) return Shape{false, t[0].value, int(*m), *full_year(t[2])};
    if (t[0].number && t[0].digits == 4 && small(t[2])) {
      return Shape{false, t[2].value, int(*m), t[0].value};
    }
  }
  if (auto m = month_number(t[0])) {  // Jan 31, 2027
    if (small(t[1]) && full_year(t[2])) return Shape{false, t[1].value, int(*m), *full_year(t[2])};
  }
  return std::nullopt;
}

std::optional<Shape> numeric_shape(const std::vector<Token>& t) {
  const std::u32string &g1 = t[1].gap, &g2 = t[2].gap;
  if (!t[0].number || !t[1].number || !t[2].number || g1 != g2 || g1.size() != 1) {
    return std::nullopt;
  }
  const char32_t sep = g1[0];
  if (t[0].digits == 4 && small(t[1]) && small(t[2]) && sep != U',') {  // 2027-01-31
    return Shape{false, t[2].value, t[1].value, t[0].value};
  }
  if (!small(t[0]) || !small(t[1])) return std::nullopt;
  if (sep == U'.' && full_year(t[2])) return Shape{false, t[0].value, t[1].value, *full_year(t[2])};
  // a/b/yyyy, a/b/yy, a-b-yyyy: the order is open. A two-digit year after
  // '-' is left out: 27-01-31 may as well be year-first.
  if (sep == U'/' && full_year(t[2])) return Shape{true, t[0].value, t[1].value, *full_year(t[2])};
  if (sep == U'-' && t[2].digits == 4) return Shape{true, t[0].value, t[1].value, t[2].value};
  return std::nullopt;
}

std::optional<Shape> read_shape(std::u32string_view text) {
  auto tokens = tokenize(text);
  if (!tokens) return std::nullopt;
  drop_ordinals(*tokens);
  if (tokens->size() != 3 || !(*tokens)[0].gap.empty()) return std::nullopt;
  if (auto s = numeric_shape(*tokens)) return s;
  return named_month_shape(*tokens);
}

std::optional<Day> make_day(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return Day{ymd};
}

// ---- a time part ("2027-01-31 00:00:00", "2027-01-31T00:00") -------------

struct Split {
  std::u32string_view date, time;
};

// The time starts at the digits before the first ':', after a space or 'T'.
std::optional<Split> split_time(std::u32string_view s) {
  const std::size_t colon = s.find(U':');
  if (colon == std::u32string_view::npos) return Split{s, {}};
  std::size_t start = colon;
  while (start > 0 && is_digit(s[start - 1])) --start;
  if (start == 0 || start == colon) return std::nullopt;
  const char32_t before = s[start - 1];
  if (!fc::is_blank(before) && before != U'T' && before != U't') return std::nullopt;
  return Split{fc::trim(s.substr(0, start - 1)), s.substr(start)};
}

// Reads up to max_digits digits at i; nullopt when there are none.
std::optional<int> read_number(std::u32string_view s, std::size_t& i, std::size_t max_digits) {
  const std::size_t start = i;
  int value = 0;
  while (i < s.size() && i - start < max_digits && is_digit(s[i])) {
    value = value * 10 + static_cast<int>(s[i++] - U'0');
  }
  if (i == start) return std::nullopt;
  return value;
}

std::string lower_ascii(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) out += static_cast<char>(c < 0x80 ? fc::ascii_lower(c) : U'?');
  return out;
}

enum class TimeOfDay { midnight, other, unreadable };

// H:MM, H:MM:SS, H:MM:SS.fff, then optionally Z, AM/PM or "Uhr".
TimeOfDay read_time(std::u32string_view t) {
  std::size_t i = 0;
  int parts[3] = {0, 0, 0};
  for (int k = 0; k < 3; ++k) {
    if (k > 0 && (i >= t.size() || t[i] != U':')) break;
    if (k > 0) ++i;
    const std::size_t start = i;
    auto v = read_number(t, i, 2);
    if (!v || (k > 0 && i - start != 2)) return TimeOfDay::unreadable;
    parts[k] = *v;
  }
  bool zero_fraction = true;
  if (i < t.size() && (t[i] == U'.' || t[i] == U',')) {
    for (++i; i < t.size() && is_digit(t[i]); ++i) zero_fraction = zero_fraction && t[i] == U'0';
  }
  const std::string suffix = lower_ascii(fc::trim(t.substr(i)));
  const bool am = suffix == "am" || suffix == "a.m.", pm = suffix == "pm" || suffix == "p.m.";
  if (!am && !pm && !suffix.empty() && suffix != "z" && suffix != "uhr") {
    return TimeOfDay::unreadable;
  }
  const int max_hour = am || pm ? 12 : 23;
  if (parts[0] > max_hour || parts[1] > 59 || parts[2] > 59) return TimeOfDay::unreadable;
  const int hour = am && parts[0] == 12 ? 0 : parts[0];  // 12:00 AM is midnight
  const bool midnight = !pm && hour == 0 && parts[1] == 0 && parts[2] == 0 && zero_fraction;
  return midnight ? TimeOfDay::midnight : TimeOfDay::other;
}

// ---- Excel serial day numbers ------------------------------------------

// Serials from 2000-01-01 to 2099-12-31: anything else in a date column is
// more likely a typo than a date.
constexpr long kFirstSerial = 36526, kLastSerial = 73050;
// Excel for Mac's 1904 date system counts 1462 days fewer.
constexpr int kDays1904 = 1462;

// "46418", "46418.5", "46418,5": the whole days, the fraction being a time.
std::optional<long> excel_serial(std::u32string_view s) {
  std::size_t i = 0;
  long days = 0;
  for (; i < s.size() && is_digit(s[i]) && i < 7; ++i) days = days * 10 + long(s[i] - U'0');
  if (i == 0) return std::nullopt;
  if (i < s.size() && (s[i] == U'.' || s[i] == U',') && i + 1 < s.size()) {
    for (++i; i < s.size() && is_digit(s[i]);) ++i;
  }
  if (i != s.size() || days < kFirstSerial || days > kLastSerial) return std::nullopt;
  return days;
}

Day from_serial(long serial) {
  // 1900 date system: serial 1 is 1900-01-01 and Excel counts a 1900-02-29
  // that never was, so from serial 61 on the epoch is 1899-12-30.
  return Day{year{1899} / 12 / 30} + date::days{serial};
}

struct Readings {
  std::optional<Day> dmy, mdy;
};

Readings both_orders(const Shape& s) {
  return {make_day(s.year, s.second, s.first), make_day(s.year, s.first, s.second)};
}

// a/b/yyyy in the given order, or by itself when only one order gives a real
// date (31/01/2027) or both give the same one (5/5/2027).
std::optional<Day> resolve_slash(const Shape& s, DateOrder order, const std::string& value,
                                 std::vector<Issue>& issues) {
  const Readings r = both_orders(s);
  const auto wanted = order == DateOrder::dmy ? r.dmy : r.mdy;
  const auto other = order == DateOrder::dmy ? r.mdy : r.dmy;
  if (order != DateOrder::unknown) {
    if (wanted) return wanted;
    issues.push_back(date_issue(Severity::error,
                                !other                    ? "date.invalid"
                                : order == DateOrder::dmy ? "date.not_dmy"
                                                          : "date.not_mdy",
                                {{"value", value}}));
    return std::nullopt;
  }
  if (r.dmy && r.mdy && *r.dmy != *r.mdy) {
    issues.push_back(date_issue(
        Severity::error, "date.ambiguous_order",
        {{"value", value}, {"dmy", format_iso_date(*r.dmy)}, {"mdy", format_iso_date(*r.mdy)}}));
    return std::nullopt;
  }
  if (!r.dmy && !r.mdy) issues.push_back(date_issue(Severity::error, "date.invalid"));
  return r.dmy ? r.dmy : r.mdy;
}

std::optional<Day> read_written_date(std::u32string_view text, const DateOptions& options,
                                     const std::string& value, std::vector<Issue>& issues) {
  const auto split = split_time(text);
  const auto shape = split ? read_shape(split->date) : std::nullopt;
  const auto time = split && !split->time.empty() ? read_time(split->time) : TimeOfDay::midnight;
  if (!shape || time == TimeOfDay::unreadable) {
    issues.push_back(date_issue(Severity::error, "date.format", {{"value", value}}));
    return std::nullopt;
  }
  if (time == TimeOfDay::other) {
    issues.push_back(
        date_issue(Severity::error, "date.has_time", {{"time", to_utf8(split->time)}}));
    return std::nullopt;
  }
  if (shape->slash) return resolve_slash(*shape, options.order, value, issues);
  auto day = make_day(shape->year, shape->second, shape->first);
  if (!day) issues.push_back(date_issue(Severity::error, "date.invalid"));
  return day;
}

void check_serial(long serial, const DateOptions& options, const std::string& value,
                  DateResult& result) {
  const Day day = from_serial(serial);
  const std::string iso = format_iso_date(day);
  const Day day1904 = day + date::days{kDays1904};
  if (day >= options.today) {
    result.day = day;
    result.issues.push_back(
        date_issue(Severity::warning, "date.excel_serial", {{"value", value}, {"date", iso}}));
  } else if (day1904 >= options.today) {
    result.issues.push_back(
        date_issue(Severity::error, "date.past_excel_1904",
                   {{"value", value}, {"date", iso}, {"date1904", format_iso_date(day1904)}}));
  } else {
    result.issues.push_back(date_issue(Severity::error, "date.past", {{"date", iso}}));
  }
}

std::optional<std::u32string> trimmed_code_points(std::string_view text) {
  auto decoded = to_code_points(text);
  if (!decoded) return std::nullopt;
  return std::u32string(fc::trim(*decoded));
}

}  // namespace

DateResult check_date(std::string_view text, const DateOptions& options) {
  DateResult result;
  const auto s = trimmed_code_points(text);
  if (s && s->empty()) return result;
  const std::string value = s ? to_utf8(*s) : std::string();
  if (!s) {
    result.issues.push_back(date_issue(Severity::error, "date.format", {{"value", value}}));
    return result;
  }
  if (auto serial = excel_serial(*s)) {
    check_serial(*serial, options, value, result);
    return result;
  }
  const auto day = read_written_date(*s, options, value, result.issues);
  if (!day) return result;
  if (*day < options.today) {
    result.issues.push_back(
        date_issue(Severity::error, "date.past", {{"date", format_iso_date(*day)}}));
    return result;
  }
  result.day = day;
  return result;
}

// Whether the text cannot be an a/b/y date, seen on the bytes: it has no
// '/' or '-' between the parts, or it starts with a four-digit year. Most
// dates of a file are ruled out so, without decoding them.
// Asked for every dated row of a file: a plain loop, not find_first_of
// (a call with a strlen of its set, and a search of it for each byte).
bool surely_not_slash(std::string_view text) {
  const char* p = text.data();
  bool dash_or_slash = false;
  for (std::size_t i = 0; i < text.size(); ++i) dash_or_slash |= p[i] == '/' || p[i] == '-';
  if (!dash_or_slash) return true;
  auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  return text.size() > 4 && digit(0) && digit(1) && digit(2) && digit(3) && text[4] == '-';
}

OrderEvidence date_order_evidence(std::string_view text) {
  if (surely_not_slash(text)) return OrderEvidence::not_slash;
  const auto s = trimmed_code_points(text);
  const auto split = s ? split_time(*s) : std::nullopt;
  const auto shape = split ? read_shape(split->date) : std::nullopt;
  if (!shape || !shape->slash) return OrderEvidence::not_slash;
  const Readings r = both_orders(*shape);
  if (r.dmy && r.mdy) return OrderEvidence::either;
  if (r.dmy) return OrderEvidence::dmy_only;
  return r.mdy ? OrderEvidence::mdy_only : OrderEvidence::neither;
}

}  // namespace licenseform
