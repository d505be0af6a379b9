// Calendar helpers on Howard Hinnant's date: strict ISO reading and writing.
// No date::parse here (it pulls iostreams into the WebAssembly build).
//
//   auto d = parse_iso_date("2027-01-31");  // sys_days for 2027-01-31
//   format_iso_date(*d)                     // "2027-01-31"
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

namespace licenseform {

using Day = date::sys_days;

// Exactly YYYY-MM-DD naming a real day, else nullopt.
[[nodiscard]] std::optional<Day> parse_iso_date(std::string_view text);
[[nodiscard]] std::string format_iso_date(Day day);
[[nodiscard]] Day last_day_of_month(Day day);

// The calendar day in Europe/Berlin (the vendor's time zone) at a moment:
// CET (UTC+1), and CEST (UTC+2) from 01:00 UTC on the last Sunday of March
// to 01:00 UTC on the last Sunday of October (EU rule since 1996).
[[nodiscard]] Day berlin_date(std::chrono::system_clock::time_point when);

}  // namespace licenseform
