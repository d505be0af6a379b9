#include "licenseform/calendar.hpp"

namespace licenseform {

namespace {

bool read_digits(std::string_view s, std::size_t from, std::size_t count, int& out) {
  out = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

// value's last width digits at `at`, zeros in front (all zeros below 1).
void put_digits(char* at, int value, int width) {
  for (int i = width - 1; i >= 0; --i) {
    at[i] = static_cast<char>('0' + (value > 0 ? value % 10 : 0));
    if (value > 0) value /= 10;
  }
}

}  // namespace

std::optional<Day> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (!read_digits(text, 0, 4, y) || !read_digits(text, 5, 2, m) || !read_digits(text, 8, 2, d)) {
    return std::nullopt;
  }
  date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                           date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return Day{ymd};
}

std::string format_iso_date(Day day) {
  date::year_month_day ymd{day};
  char out[] = "0000-00-00";  // written in place: a page writes three dates an agent
  put_digits(out, static_cast<int>(ymd.year()), 4);
  put_digits(out + 5, static_cast<int>(static_cast<unsigned>(ymd.month())), 2);
  put_digits(out + 8, static_cast<int>(static_cast<unsigned>(ymd.day())), 2);
  return std::string(out, 10);
}

Day last_day_of_month(Day day) {
  date::year_month_day ymd{day};
  return Day{ymd.year() / ymd.month() / date::last};
}

namespace {

date::sys_seconds last_sunday_0100_utc(date::year y, date::month m) {
  date::sys_days last{y / m / date::Sunday[date::last]};
  return last + std::chrono::hours{1};
}

}  // namespace

Day berlin_date(std::chrono::system_clock::time_point when) {
  auto secs = date::floor<std::chrono::seconds>(when);
  date::year y = date::year_month_day{date::floor<date::days>(secs)}.year();
  bool summer = secs >= last_sunday_0100_utc(y, date::March) &&
                secs < last_sunday_0100_utc(y, date::October);
  auto local = secs + std::chrono::hours{summer ? 2 : 1};
  return date::floor<date::days>(local);
}

}  // namespace licenseform
