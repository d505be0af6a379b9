#include "licenseform/exports.hpp"

#include <gtest/gtest.h>

namespace licenseform {
namespace {

OrderOptions options() {
  OrderOptions o;
  o.today = *parse_iso_date("2026-12-03");
  return o;
}

const std::string kFile =
    "Name,Cancellation Date,Display Phone Number,Email\r\n"
    "Ada Beispiel,31.01.2027,030 23125001,ada.beispiel@example.com\r\n"
    "=HYPERLINK(\"x\"),,+49 30 23125002,bruno@example..org\r\n"
    "Carla Probe,,+49 30 23125003,carla.probe@example.net\r\n";

TEST(Exports, write_the_refused_rows_as_typed_with_every_problem) {
  CheckResult r = check_csv(kFile, options());
  std::string csv = problems_csv(r, options(), Lang::en);
  EXPECT_EQ(csv,
            "\xEF\xBB\xBF\"Row\",\"Name\",\"Cancellation Date\",\"Display Phone Number\","
            "\"Email\",\"Problem\"\r\n"
            "\"3\",\"'=HYPERLINK(\"\"x\"\")\",\"\",\"'+49 30 23125002\",\"bruno@example..org\",\"" +
                std::string("Name: ") + r.issues[0].message() +
                "; Email: " + r.issues[1].message() + "\"\r\n");
}

TEST(Exports, write_the_accepted_rows_normalized_in_template_form) {
  CheckResult r = check_csv(kFile, options());
  EXPECT_EQ(accepted_csv(r, options(), Lang::en),
            "\xEF\xBB\xBF\"Name\",\"Cancellation Date\",\"Display Phone Number\",\"Email\"\r\n"
            "\"Ada Beispiel\",\"2027-01-31\",\"'+493023125001\",\"ada.beispiel@example.com\"\r\n"
            "\"Carla Probe\",\"\",\"'+493023125003\",\"carla.probe@example.net\"\r\n");
}

TEST(Exports, read_back_the_accepted_rows_as_the_same_agents) {
  CheckResult r = check_csv(kFile, options());
  CheckResult again = check_csv(accepted_csv(r, options(), Lang::en), options());
  ASSERT_EQ(again.agents.size(), 2u);
  EXPECT_EQ(again.agents[0].phone, "+493023125001");
  EXPECT_EQ(again.agents[1].email, "carla.probe@example.net");
}

TEST(Exports, write_german_headers_for_german_customers) {
  CheckResult r = check_csv(kFile, options());
  std::string csv = accepted_csv(r, options(), Lang::de);
  EXPECT_EQ(csv.substr(0, 60).find("\"Kündigungsdatum\""), 10u);
}

}  // namespace
}  // namespace licenseform

namespace licenseform {
namespace {

TEST(Exports, are_read_back_without_the_neutralizing_apostrophe_becoming_part_of_a_value) {
  OrderOptions o = options();
  std::string file =
      "Name,Cancellation Date,Display Phone Number,Email\r\n"
      "Ada Beispiel,,+49 30 23125001,=ada@example.com\r\n"
      "=HYPERLINK(\"x\"),,+49 30 23125002,bruno@example.org\r\n";
  CheckResult first = check_csv(file, o);
  ASSERT_EQ(first.agents.size(), 1u);
  CheckResult accepted = check_csv(accepted_csv(first, o, Lang::en), o);
  ASSERT_EQ(accepted.agents.size(), 1u);
  EXPECT_EQ(accepted.agents[0].email, "=ada@example.com");
  CheckResult problems = check_csv(problems_csv(first, o, Lang::en), o);
  EXPECT_TRUE(problems.agents.empty());  // the formula name is refused again
}

}  // namespace
}  // namespace licenseform
