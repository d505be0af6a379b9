// The cancellation date: docs/rules.md "Dates" and the corpus files
// 24-dates-locale-formats.csv and 27-dates-excel-serial.csv (today is
// 2026-12-03 there).
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "licenseform/fields.hpp"
#include "licenseform/messages.hpp"

namespace licenseform {
namespace {

Day iso(const char* text) {
  return *parse_iso_date(text);
}

const DateOptions kCorpus{iso("2026-12-03"), DateOrder::unknown};

std::string read(std::string_view text, const DateOptions& o = kCorpus) {
  DateResult r = check_date(text, o);
  return r.day ? format_iso_date(*r.day) : "";
}

std::string error_code(std::string_view text, const DateOptions& o = kCorpus) {
  for (const Issue& i : check_date(text, o).issues) {
    if (i.is_error()) return i.code;
  }
  return "";
}

// 24-dates-locale-formats.csv: one day in eight renderings, all accepted
// silently.
TEST(Date, reads_every_rendering_of_the_locale_formats_file) {
  for (const char* text : {"31.01.2027", "2027-01-31", "1/31/27", "31-Jan-27", "31.01.27",
                           "2027-01-31 00:00:00", "31/01/2027", "31-janv.-27"}) {
    DateResult r = check_date(text, kCorpus);
    ASSERT_TRUE(r.day.has_value()) << text;
    EXPECT_EQ(format_iso_date(*r.day), "2027-01-31") << text;
    EXPECT_TRUE(r.issues.empty()) << text;
  }
}

TEST(Date, gives_no_day_and_no_issue_for_an_empty_text) {
  DateResult r = check_date("  ", kCorpus);
  EXPECT_FALSE(r.day.has_value());
  EXPECT_TRUE(r.issues.empty());
}

TEST(Date, reads_day_first_dotted_dates_with_two_digit_years_as_20yy) {
  EXPECT_EQ(read("1.2.27"), "2027-02-01");
  EXPECT_EQ(read("01.02.2027"), "2027-02-01");
  EXPECT_EQ(read("31. 1. 2027"), "2027-01-31");
  EXPECT_EQ(read("5.3.99"), "2099-03-05");
}

TEST(Date, drops_a_midnight_time_part) {
  for (const char* text : {"2027-01-31T00:00", "2027-01-31T00:00:00Z", "2027-01-31 00:00:00.000",
                           "31.01.2027 00:00", "1/31/2027 12:00:00 AM", "2027-01-31 0:00"}) {
    EXPECT_EQ(read(text), "2027-01-31") << text;
  }
}

TEST(Date, refuses_a_time_of_day_other_than_midnight) {
  DateResult r = check_date("2027-01-31 14:30", kCorpus);
  EXPECT_FALSE(r.day.has_value());
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].code, "date.has_time");
  EXPECT_EQ(r.issues[0].param("time"), "14:30");
  EXPECT_EQ(error_code("2027-01-31T00:00:01"), "date.has_time");
  EXPECT_EQ(error_code("1/31/2027 12:00 PM"), "date.has_time");
  EXPECT_EQ(error_code("2027-01-31 25:00"), "date.format");
}

TEST(Date, reads_english_german_and_french_month_names) {
  for (const char* text :
       {"31-Jan-27", "31 Jan 2027", "31. Januar 2027", "31. Jan. 2027", "31-janv.-27",
        "31 janvier 2027", "Jan 31, 2027", "January 31st, 2027", "31st January 2027",
        "31 JANUARY 2027", "31. Jänner 2027", "2027-Jan-31"}) {
    EXPECT_EQ(read(text), "2027-01-31") << text;
  }
  EXPECT_EQ(read("1er mars 2027"), "2027-03-01");
  EXPECT_EQ(read("3. März 2027"), "2027-03-03");
  EXPECT_EQ(read("3. MÄRZ 2027"), "2027-03-03");
  EXPECT_EQ(read("3. Mrz 2027"), "2027-03-03");
  EXPECT_EQ(read("3 févr. 2027"), "2027-02-03");
  EXPECT_EQ(read("3 fevr 2027"), "2027-02-03");
  EXPECT_EQ(read("15 août 2027"), "2027-08-15");
  EXPECT_EQ(read("15-aout-27"), "2027-08-15");
  EXPECT_EQ(read("1. Okt. 2027"), "2027-10-01");
  EXPECT_EQ(read("24 déc. 2027"), "2027-12-24");
  EXPECT_EQ(read("24. Dez 2027"), "2027-12-24");
  EXPECT_EQ(read("1 mai 2027"), "2027-05-01");
  EXPECT_EQ(read("May 1, 2027"), "2027-05-01");
}

TEST(Date, refuses_what_is_not_a_real_date) {
  for (const char* text :
       {"31.02.2027", "2027-02-29", "30 février 2027", "31/31/2027", "0.1.2027", "31-Jun-27"}) {
    DateResult r = check_date(text, kCorpus);
    ASSERT_EQ(r.issues.size(), 1u) << text;
    EXPECT_EQ(r.issues[0].code, "date.invalid") << text;
    EXPECT_EQ(r.issues[0].message(), "Cancellation date must be a real date");
  }
  EXPECT_EQ(read("2028-02-29"), "2028-02-29");
}

TEST(Date, refuses_text_that_is_no_date_at_all) {
  for (const char* text : {"soon", "31.01", "2027", "31/01", "Jan 2027", "31.01.202",
                           "2027-01-31 noon", "12345", "27-01-31", "31 Foo 2027"}) {
    EXPECT_EQ(error_code(text), "date.format") << text;
  }
}

TEST(Date, refuses_a_date_before_today) {
  DateResult r = check_date("2026-12-02", kCorpus);
  EXPECT_FALSE(r.day.has_value());
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].code, "date.past");
  EXPECT_EQ(r.issues[0].message(), "Cancellation date must be today or in the future");
  EXPECT_EQ(r.issues[0].column, Column::cancellation_date);
  EXPECT_EQ(read("2026-12-03"), "2026-12-03");
}

TEST(Date, decides_a_slash_date_by_itself_when_one_part_is_above_12) {
  EXPECT_EQ(read("31/01/2027"), "2027-01-31");
  EXPECT_EQ(read("01/31/2027"), "2027-01-31");
  EXPECT_EQ(read("13-02-2027"), "2027-02-13");
  EXPECT_EQ(read("5/5/2027"), "2027-05-05");  // the same day either way
}

TEST(Date, asks_for_the_order_when_a_slash_date_could_be_either) {
  DateResult r = check_date("02/03/2027", kCorpus);
  EXPECT_FALSE(r.day.has_value());
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].code, "date.ambiguous_order");
  EXPECT_EQ(r.issues[0].param("dmy"), "2027-03-02");
  EXPECT_EQ(r.issues[0].param("mdy"), "2027-02-03");
  EXPECT_EQ(r.issues[0].message(),
            "Cancellation date ‘02/03/2027’ could be 2 March 2027 or 3 February 2027: choose "
            "whether dates are written day/month/year or month/day/year");
}

TEST(Date, reads_a_slash_date_in_the_order_given) {
  const DateOptions dmy{iso("2026-12-03"), DateOrder::dmy};
  const DateOptions mdy{iso("2026-12-03"), DateOrder::mdy};
  EXPECT_EQ(read("02/03/2027", dmy), "2027-03-02");
  EXPECT_EQ(read("02/03/2027", mdy), "2027-02-03");
  EXPECT_EQ(read("2/3/27", mdy), "2027-02-03");
  EXPECT_EQ(error_code("1/31/2027", dmy), "date.not_dmy");
  EXPECT_EQ(error_code("31/1/2027", mdy), "date.not_mdy");
  EXPECT_EQ(error_code("31/31/2027", mdy), "date.invalid");
}

TEST(Date, tells_which_orders_could_read_a_value) {
  EXPECT_EQ(date_order_evidence("02/03/2027"), OrderEvidence::either);
  EXPECT_EQ(date_order_evidence("31/01/2027"), OrderEvidence::dmy_only);
  EXPECT_EQ(date_order_evidence("1/31/27"), OrderEvidence::mdy_only);
  EXPECT_EQ(date_order_evidence("1/31/2027 00:00"), OrderEvidence::mdy_only);
  EXPECT_EQ(date_order_evidence("31/31/2027"), OrderEvidence::neither);
  EXPECT_EQ(date_order_evidence("31.01.2027"), OrderEvidence::not_slash);
  EXPECT_EQ(date_order_evidence("2027-01-31"), OrderEvidence::not_slash);
  EXPECT_EQ(date_order_evidence(""), OrderEvidence::not_slash);
  EXPECT_EQ(date_order_evidence("46418"), OrderEvidence::not_slash);
}

// 27-dates-excel-serial.csv, lines 2 to 5.
TEST(Date, converts_excel_serials_with_a_warning) {
  for (auto [serial, day] : {std::pair{"46418", "2027-01-31"},
                             {"46568", "2027-06-30"},
                             {"46418.5", "2027-01-31"},
                             {"46418,25", "2027-01-31"}}) {
    DateResult r = check_date(serial, kCorpus);
    ASSERT_TRUE(r.day.has_value()) << serial;
    EXPECT_EQ(format_iso_date(*r.day), day);
    ASSERT_EQ(r.issues.size(), 1u);
    EXPECT_EQ(r.issues[0].code, "date.excel_serial");
    EXPECT_EQ(r.issues[0].severity, Severity::warning);
    EXPECT_EQ(r.issues[0].param("date"), day);
    EXPECT_EQ(r.issues[0].param("value"), serial);
  }
}

TEST(Date, names_the_1904_reading_of_a_serial_that_lies_in_the_past) {
  DateResult r = check_date("44956", kCorpus);
  EXPECT_FALSE(r.day.has_value());
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].code, "date.past_excel_1904");
  EXPECT_EQ(r.issues[0].param("date"), "2023-01-30");
  EXPECT_EQ(r.issues[0].param("date1904"), "2027-01-31");
  EXPECT_EQ(error_code("36526"), "date.past");  // 2000-01-01, and 2004-01-02 under 1904
}

TEST(Date, takes_only_plausible_numbers_for_serials) {
  EXPECT_EQ(read("36526", DateOptions{iso("2000-01-01")}), "2000-01-01");
  EXPECT_EQ(read("73050", kCorpus), "2099-12-31");
  EXPECT_EQ(error_code("36525"), "date.format");
  EXPECT_EQ(error_code("73051"), "date.format");
  EXPECT_EQ(error_code("46418.5.1"), "date.format");
}

// Every day from 2000 to 2100, written in each accepted syntax, reads back as
// the same day.
std::string two(unsigned v) {
  return (v < 10 ? "0" : "") + std::to_string(v);
}

TEST(Date, reads_back_every_day_from_2000_to_2100_in_every_syntax) {
  static const char* en[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  static const char* de[] = {"Januar", "Februar", "März",      "April",   "Mai",      "Juni",
                             "Juli",   "August",  "September", "Oktober", "November", "Dezember"};
  static const char* fr[] = {"janv.", "févr.", "mars",  "avr.", "mai",  "juin",
                             "juil.", "août",  "sept.", "oct.", "nov.", "déc."};
  const DateOptions dmy{iso("2000-01-01"), DateOrder::dmy};
  const DateOptions mdy{iso("2000-01-01"), DateOrder::mdy};
  const Day first = iso("2000-01-01"), last = iso("2100-12-31");
  int checked = 0;
  for (Day d = first; d <= last; d += date::days{1}) {
    const date::year_month_day ymd{d};
    const unsigned m = unsigned(ymd.month()), dd = unsigned(ymd.day());
    const int y = int(ymd.year());
    const std::string yyyy = std::to_string(y), expected = format_iso_date(d);
    std::vector<std::pair<std::string, const DateOptions*>> texts = {
        {expected, &dmy},
        {expected + " 00:00:00", &dmy},
        {expected + "T00:00", &dmy},
        {std::to_string(dd) + "." + std::to_string(m) + "." + yyyy, &dmy},
        {two(dd) + "." + two(m) + "." + yyyy, &dmy},
        {std::to_string(dd) + "/" + std::to_string(m) + "/" + yyyy, &dmy},
        {std::to_string(m) + "/" + std::to_string(dd) + "/" + yyyy, &mdy},
        {std::to_string(dd) + ". " + de[m - 1] + " " + yyyy, &dmy},
        {std::to_string(dd) + " " + fr[m - 1] + " " + yyyy, &dmy},
        {std::string(en[m - 1]) + " " + std::to_string(dd) + ", " + yyyy, &dmy},
    };
    if (y < 2100) {
      const std::string yy = two(unsigned(y % 100));
      texts.push_back({std::to_string(dd) + "." + std::to_string(m) + "." + yy, &dmy});
      texts.push_back({two(dd) + "-" + en[m - 1] + "-" + yy, &dmy});
      texts.push_back({std::to_string(m) + "/" + std::to_string(dd) + "/" + yy, &mdy});
      const long serial = (d - Day{date::year{1899} / 12 / 30}).count();
      texts.push_back({std::to_string(serial), &dmy});
    }
    for (const auto& [text, options] : texts) {
      DateResult r = check_date(text, *options);
      ASSERT_TRUE(r.day.has_value()) << text;
      ASSERT_EQ(*r.day, d) << text;
      ++checked;
    }
  }
  EXPECT_EQ(checked, 36890 * 10 + 36525 * 4);
}

TEST(Date, has_german_and_english_texts_for_every_code) {
  for (const char* code :
       {"date.format", "date.invalid", "date.past", "date.has_time", "date.ambiguous_order",
        "date.not_dmy", "date.not_mdy", "date.excel_serial", "date.past_excel_1904"}) {
    const MessageText* m = find_message(code);
    ASSERT_NE(m, nullptr) << code;
    EXPECT_FALSE(m->en.empty());
    EXPECT_FALSE(m->de.empty());
  }
}

}  // namespace
}  // namespace licenseform
