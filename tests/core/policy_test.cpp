#include "licenseform/policy.hpp"

#include <gtest/gtest.h>

#include "test_data.hpp"

namespace licenseform {
namespace {

Day iso(const char* s) { return *parse_iso_date(s); }

// A reference that shares nothing with the date library: civil dates as
// (y, m, d) stepped one day at a time.
struct Civil {
  int y, m, d;
};

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int month_days(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : days[m - 1];
}

Civil next_day(Civil c) {
  if (++c.d > month_days(c.y, c.m)) {
    c.d = 1;
    if (++c.m > 12) c.m = 1, ++c.y;
  }
  return c;
}

std::string text(Civil c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.y, c.m, c.d);
  return buf;
}

TEST(Policy, gives_the_billing_end_of_every_case_in_the_shared_table) {
  auto cases = testing::read_json(testing::data_path("policy_cases.json"));
  ASSERT_TRUE(cases.is_array());
  ASSERT_GE(cases.size(), 5u);
  for (const auto& c : cases) {
    std::optional<Day> requested;
    if (c["requested"].is_string()) requested = iso(c["requested"].get<std::string>().c_str());
    BillingEnd end = billing_end(iso(c["notice"].get<std::string>().c_str()), requested, Policy{});
    SCOPED_TRACE(c.dump());
    EXPECT_EQ(format_iso_date(end.billing_end), c["billingEnd"].get<std::string>());
    EXPECT_EQ(format_iso_date(end.earliest), c["earliest"].get<std::string>());
    EXPECT_EQ(end.requested_before_earliest, c["requestedBeforeEarliest"].get<bool>());
  }
}

TEST(Policy, gives_the_design_examples) {
  EXPECT_EQ(format_iso_date(billing_end(iso("2025-01-01"), {}, {}).billing_end), "2025-01-31");
  EXPECT_EQ(format_iso_date(billing_end(iso("2025-01-15"), {}, {}).billing_end), "2025-02-28");
  EXPECT_EQ(format_iso_date(billing_end(iso("2025-01-31"), {}, {}).billing_end), "2025-03-31");
  EXPECT_EQ(format_iso_date(billing_end(iso("2024-01-31"), {}, {}).billing_end), "2024-03-31");
  EXPECT_EQ(format_iso_date(billing_end(iso("2025-12-15"), {}, {}).billing_end), "2026-01-31");
}

TEST(Policy, agrees_with_a_plain_reference_on_every_day_from_2000_to_2100) {
  Civil day{2000, 1, 1};
  int checked = 0;
  while (day.y <= 2100) {
    Civil earliest = day;
    for (int i = 0; i < 30; ++i) earliest = next_day(earliest);
    Civil end{earliest.y, earliest.m, month_days(earliest.y, earliest.m)};
    BillingEnd got = billing_end(iso(text(day).c_str()), {}, Policy{});
    ASSERT_EQ(format_iso_date(got.earliest), text(earliest)) << text(day);
    ASSERT_EQ(format_iso_date(got.billing_end), text(end)) << text(day);
    day = next_day(day);
    ++checked;
  }
  EXPECT_EQ(checked, 36890);  // 101 years, 25 of them leap years (2000 is, 2100 is not)
}

TEST(Policy, takes_a_requested_date_after_the_notice_period_to_its_month_end) {
  BillingEnd end = billing_end(iso("2026-12-03"), iso("2027-03-10"), Policy{});
  EXPECT_EQ(format_iso_date(end.billing_end), "2027-03-31");
  EXPECT_FALSE(end.requested_before_earliest);
}

TEST(Policy, marks_a_requested_date_inside_the_notice_period) {
  BillingEnd end = billing_end(iso("2026-12-03"), iso("2026-12-10"), Policy{});
  EXPECT_EQ(format_iso_date(end.billing_end), "2027-01-31");
  EXPECT_TRUE(end.requested_before_earliest);
}

TEST(Policy, follows_its_settings_without_month_end_rounding) {
  Policy p{14, false};
  EXPECT_EQ(format_iso_date(billing_end(iso("2026-12-03"), {}, p).billing_end), "2026-12-17");
  EXPECT_EQ(format_iso_date(billing_end(iso("2026-12-03"), iso("2027-02-10"), p).billing_end),
            "2027-02-10");
}

TEST(Policy, follows_other_notice_days_with_month_end_rounding) {
  Policy p{60, true};
  EXPECT_EQ(format_iso_date(billing_end(iso("2026-12-03"), {}, p).billing_end), "2027-02-28");
}

TEST(Policy, explains_the_billing_end_in_words) {
  BillingEnd end = billing_end(iso("2026-12-03"), {}, Policy{});
  Reason r = explain(end, Policy{});
  EXPECT_EQ(r.code, "policy.reason.end_of_month");
  const MessageText* m = find_message(r.code);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(render(m->en, r.params, Lang::en),
            "30 days' notice from 3 December 2026 runs to 2 January 2027; billing ends at the "
            "end of that month, on 31 January 2027");
  EXPECT_EQ(render(m->de, r.params, Lang::de),
            "Die Kündigungsfrist von 30 Tagen ab dem 3. Dezember 2026 endet am 2. Januar 2027; "
            "die Abrechnung endet zum Monatsende, am 31. Januar 2027");
}

TEST(Policy, explains_a_requested_date_before_the_earliest_end) {
  BillingEnd end = billing_end(iso("2026-12-03"), iso("2026-12-10"), Policy{});
  EXPECT_EQ(explain(end, Policy{}).code, "policy.reason.end_of_month.requested_early");
}

}  // namespace
}  // namespace licenseform
