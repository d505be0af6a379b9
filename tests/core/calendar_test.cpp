#include "licenseform/calendar.hpp"

#include <gtest/gtest.h>

namespace licenseform {
namespace {

using namespace std::chrono;

date::sys_seconds utc(const char* day, int hour, int minute = 0) {
  return date::sys_seconds{*parse_iso_date(day)} + hours{hour} + minutes{minute};
}

TEST(Calendar, reads_and_writes_iso_dates) {
  EXPECT_EQ(format_iso_date(*parse_iso_date("2027-01-31")), "2027-01-31");
  EXPECT_EQ(format_iso_date(*parse_iso_date("2024-02-29")), "2024-02-29");
  // Every part zero-padded to its width.
  EXPECT_EQ(format_iso_date(*parse_iso_date("0005-03-09")), "0005-03-09");
  EXPECT_EQ(format_iso_date(Day{}), "1970-01-01");
}

TEST(Calendar, refuses_dates_that_do_not_exist_or_are_not_iso) {
  for (const char* bad : {"2025-02-29", "2027-13-01", "2027-00-10", "2027-1-31", "27-01-31",
                          "2027/01/31", "", "2027-01-31 ", "2027-01-3x"}) {
    EXPECT_FALSE(parse_iso_date(bad).has_value()) << bad;
  }
}

TEST(Calendar, finds_the_last_day_of_a_month) {
  EXPECT_EQ(format_iso_date(last_day_of_month(*parse_iso_date("2024-02-10"))), "2024-02-29");
  EXPECT_EQ(format_iso_date(last_day_of_month(*parse_iso_date("2100-02-10"))), "2100-02-28");
  EXPECT_EQ(format_iso_date(last_day_of_month(*parse_iso_date("2026-12-31"))), "2026-12-31");
}

TEST(Calendar, gives_the_berlin_date_in_winter_one_hour_ahead_of_utc) {
  EXPECT_EQ(format_iso_date(berlin_date(utc("2026-12-03", 22, 59))), "2026-12-03");
  EXPECT_EQ(format_iso_date(berlin_date(utc("2026-12-03", 23, 0))), "2026-12-04");
}

TEST(Calendar, gives_the_berlin_date_in_summer_two_hours_ahead_of_utc) {
  EXPECT_EQ(format_iso_date(berlin_date(utc("2026-07-31", 21, 59))), "2026-07-31");
  EXPECT_EQ(format_iso_date(berlin_date(utc("2026-07-31", 22, 0))), "2026-08-01");
}

TEST(Calendar, switches_to_summer_time_at_one_utc_on_the_last_sunday_of_march) {
  // 2026-03-29 is the last Sunday of March. New Year's Eve stays in winter time.
  EXPECT_EQ(format_iso_date(berlin_date(utc("2026-03-28", 22, 30))), "2026-03-28");
  EXPECT_EQ(format_iso_date(berlin_date(utc("2026-03-29", 22, 30))), "2026-03-30");
  EXPECT_EQ(format_iso_date(berlin_date(utc("2026-10-25", 22, 30))), "2026-10-25");
  EXPECT_EQ(format_iso_date(berlin_date(utc("2026-12-31", 23, 30))), "2027-01-01");
}

}  // namespace
}  // namespace licenseform
