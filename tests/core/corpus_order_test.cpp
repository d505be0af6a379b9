// The customer files of tests/data/corpus/csv (see its INDEX.md) through the
// whole check, as the command line and the page see them.
#include <gtest/gtest.h>

#include <algorithm>

#include "licenseform/order.hpp"
#include "test_data.hpp"

namespace licenseform {
namespace {

CheckResult check(const std::string& file, Flow flow = Flow::add) {
  OrderOptions o;
  o.flow = flow;
  o.today = *parse_iso_date("2026-12-03");
  return check_csv(testing::read_bytes(testing::corpus_path("csv/" + file)), o);
}

const Issue* find(const CheckResult& r, std::string_view code) {
  auto it = std::find_if(r.issues.begin(), r.issues.end(),
                         [&](const Issue& i) { return i.code == code; });
  return it == r.issues.end() ? nullptr : &*it;
}

std::vector<std::string> emails(const CheckResult& r) {
  std::vector<std::string> out;
  for (const auto& a : r.agents) out.push_back(a.email);
  return out;
}

TEST(CorpusOrder, reads_a_utf8_bom_file_from_excel) {
  CheckResult r = check("01-utf8-bom.csv");
  ASSERT_TRUE(r.valid);
  ASSERT_EQ(r.agents.size(), 3u);
  EXPECT_EQ(r.agents[0].name, "Ada Beispiel");
  EXPECT_EQ(r.agents[0].phone, "+493023125001");
  EXPECT_EQ(r.agents[1].phone, "+493023125002");
  EXPECT_EQ(r.agents[2].phone, "+442079460001");
  EXPECT_EQ(r.agents[1].line, 3u);
  EXPECT_EQ(format_iso_date(*r.agents[1].cancellation_date), "2027-01-31");
  EXPECT_EQ(format_iso_date(r.agents[1].billing->billing_end), "2027-01-31");
  EXPECT_FALSE(r.agents[0].cancellation_date.has_value());
}

TEST(CorpusOrder, reads_a_semicolon_file_from_german_excel_keeping_commas_in_names) {
  CheckResult r = check("03-semicolon-de-excel.csv");
  ASSERT_TRUE(r.valid);
  ASSERT_EQ(r.agents.size(), 3u);
  EXPECT_EQ(r.agents[0].name, "Beispiel, Ada");
  EXPECT_EQ(r.sheet.delimiter, ';');
  EXPECT_EQ(format_iso_date(*r.agents[1].cancellation_date), "2027-01-31");
}

TEST(CorpusOrder, leaves_no_carriage_return_on_the_last_column) {
  CheckResult r = check("09-crlf-line-endings.csv");
  ASSERT_TRUE(r.valid);
  EXPECT_EQ(emails(r), (std::vector<std::string>{"ada.beispiel@example.com",
                                                 "bruno.muster@example.org",
                                                 "carla.probe@example.net"}));
}

TEST(CorpusOrder, follows_rfc4180_quoting_and_reports_records_at_their_first_line) {
  CheckResult r = check("11-quoted-newline-comma-doublequote.csv");
  ASSERT_TRUE(r.valid);
  ASSERT_EQ(r.agents.size(), 4u);
  EXPECT_EQ(r.agents[0].name, "Beispiel, Ada");
  EXPECT_EQ(r.agents[1].name, "Bruno \"Bru\" Muster");
  EXPECT_EQ(r.agents[2].name, "Carla Probe");
  EXPECT_EQ(r.agents[3].line, 6u);
  EXPECT_EQ(r.agents[3].row, 5u);
  const Issue* w = find(r, "name.line_break");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->severity, Severity::warning);
  EXPECT_EQ(w->line, 4u);
  EXPECT_EQ(w->column, Column::name);
}

TEST(CorpusOrder, refuses_an_unclosed_quote_at_the_line_where_it_opened) {
  CheckResult r = check("12-unclosed-quote.csv");
  EXPECT_FALSE(r.valid);
  const Issue* e = find(r, "csv.unclosed_quote");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->line, 3u);
  EXPECT_EQ(e->column, Column::name);
  EXPECT_TRUE(r.agents.empty());  // INDEX.md: "do not import only line 2"
}

TEST(CorpusOrder, skips_empty_and_delimiter_only_rows_and_counts_them) {
  CheckResult r = check("14-empty-and-delimiter-only-rows.csv");
  ASSERT_TRUE(r.valid);
  ASSERT_EQ(r.agents.size(), 2u);
  EXPECT_EQ(r.agents[0].line, 2u);
  EXPECT_EQ(r.agents[1].line, 5u);
  EXPECT_EQ(r.rows_skipped, 6u);
  EXPECT_TRUE(r.issues.empty());
}

TEST(CorpusOrder, maps_header_variants_by_name_and_ignores_an_unknown_column) {
  CheckResult r = check("17-header-variants-extra-column.csv");
  ASSERT_TRUE(r.valid);
  ASSERT_EQ(r.agents.size(), 2u);
  EXPECT_EQ(r.agents[0].email, "ada.beispiel@example.com");
  EXPECT_EQ(r.agents[0].name, "Ada Beispiel");
  EXPECT_EQ(format_iso_date(*r.agents[1].cancellation_date), "2027-01-31");
  const Issue* w = find(r, "csv.header.unknown_column");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->severity, Severity::warning);
  EXPECT_NE(w->message().find("Notes"), std::string::npos);
  EXPECT_NE(w->message().find("column 5"), std::string::npos);
}

TEST(CorpusOrder, refuses_a_duplicate_column_once_for_the_file) {
  CheckResult r = check("18-duplicate-header.csv");
  EXPECT_FALSE(r.valid);
  EXPECT_TRUE(r.agents.empty());
  const Issue* e = find(r, "csv.header.duplicate");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->message().find("columns 4 and 5"), std::string::npos);
}

TEST(CorpusOrder, refuses_a_missing_required_column_once_listing_what_was_found) {
  CheckResult r = check("19-missing-required-column.csv");
  EXPECT_FALSE(r.valid);
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_FALSE(r.issues[0].row.has_value());
  EXPECT_NE(r.issues[0].message().find("Display Phone Number"), std::string::npos);
  EXPECT_NE(r.issues[0].message().find("Name, Cancellation Date, Email"), std::string::npos);
}

TEST(CorpusOrder, refuses_duplicate_emails_naming_the_first_row) {
  CheckResult r = check("28-email-case-duplicates.csv");
  EXPECT_FALSE(r.valid);
  ASSERT_EQ(r.issues.size(), 2u);
  EXPECT_EQ(r.issues[0].code, "order.duplicate_email_case");
  EXPECT_EQ(r.issues[0].line, 3u);
  EXPECT_EQ(r.issues[0].param("firstLine"), "2");
  EXPECT_EQ(r.issues[1].code, "order.duplicate_email");
  EXPECT_EQ(r.issues[1].line, 5u);
  EXPECT_EQ(r.issues[1].param("firstLine"), "4");
  EXPECT_EQ(r.agents[0].email, "Ada.Beispiel@example.com");  // domain lower-cased only
}

TEST(CorpusOrder, refuses_an_empty_file) {
  CheckResult r = check("35-empty.csv");
  EXPECT_FALSE(r.valid);
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].code, "csv.empty");
}

TEST(CorpusOrder, refuses_a_header_without_rows) {
  CheckResult r = check("36-header-only.csv");
  EXPECT_FALSE(r.valid);
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].code, "csv.no_rows");
}

TEST(CorpusOrder, reads_the_single_column_cancel_template) {
  CheckResult r = check("37-cancel-single-column.csv", Flow::cancel);
  ASSERT_TRUE(r.valid);
  ASSERT_EQ(r.agents.size(), 3u);
  for (const auto& a : r.agents) {
    ASSERT_TRUE(a.billing.has_value());
    EXPECT_EQ(format_iso_date(a.billing->billing_end), "2027-01-31");
  }
}

TEST(CorpusOrder, reads_the_add_template_it_writes_back_with_rows) {
  std::string file = template_csv(Flow::add);
  file += "Ada Beispiel,,+49 30 23125001,ada.beispiel@example.com\r\n";
  OrderOptions o;
  o.today = *parse_iso_date("2026-12-03");
  CheckResult r = check_csv(file, o);
  EXPECT_TRUE(r.valid);
  EXPECT_EQ(r.agents.size(), 1u);
}

}  // namespace
}  // namespace licenseform

namespace licenseform {
namespace {

std::string add_file(const std::vector<std::string>& dates) {
  std::string f = "Name,Cancellation Date,Display Phone Number,Email\n";
  int i = 0;
  for (const auto& d : dates) {
    ++i;
    f += "Agent " + std::to_string(i) + "," + d + ",+49 30 2312500" + std::to_string(i) +
         ",agent" + std::to_string(i) + "@example.com\n";
  }
  return f;
}

CheckResult check_text(const std::string& file) {
  OrderOptions o;
  o.today = *parse_iso_date("2026-12-03");
  return check_csv(file, o);
}

TEST(CorpusOrder, accepts_one_date_in_every_locale_rendering) {
  CheckResult r = check("24-dates-locale-formats.csv");
  ASSERT_EQ(r.agents.size(), 8u);
  for (const auto& a : r.agents) {
    EXPECT_EQ(format_iso_date(*a.cancellation_date), "2027-01-31") << a.line;
  }
  EXPECT_TRUE(r.valid);
}

TEST(DateColumn, reads_ambiguous_slash_dates_in_the_order_the_file_proves) {
  CheckResult r = check_text(add_file({"03/04/2027", "31/01/2027"}));
  ASSERT_TRUE(r.valid);
  EXPECT_EQ(format_iso_date(*r.agents[0].cancellation_date), "2027-04-03");
  CheckResult m = check_text(add_file({"03/04/2027", "01/31/2027"}));
  ASSERT_TRUE(m.valid);
  EXPECT_EQ(format_iso_date(*m.agents[0].cancellation_date), "2027-03-04");
}

TEST(DateColumn, refuses_ambiguous_dates_when_the_file_proves_both_orders) {
  CheckResult r = check_text(add_file({"03/04/2027", "31/01/2027", "01/31/2027"}));
  EXPECT_FALSE(r.valid);
  ASSERT_FALSE(r.issues.empty());
  EXPECT_EQ(r.issues[0].code, "date.order_conflict");
  EXPECT_EQ(r.issues[0].param("dmyRow"), "3");
  EXPECT_EQ(r.issues[0].param("mdyRow"), "4");
}

TEST(DateColumn, asks_for_the_order_when_nothing_decides_it) {
  CheckResult r = check_text(add_file({"03/04/2027"}));
  EXPECT_FALSE(r.valid);
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].code, "date.ambiguous_order");
  EXPECT_EQ(r.issues[0].row, 2u);
}

// Found by a new user: with "No" to cancellation dates on the page, the
// file's dates were still checked, given billing ends and sent in the
// payload, though the review showed none. Such an order reads no date:
// one warning names the first dated row, no agent gets a date or billing
// end, no date is refused or waits for the column's order, and a refused
// row keeps its date as the customer wrote it.
TEST(DateColumn, an_order_without_dates_reads_none_and_says_so_once) {
  OrderOptions o;
  o.today = *parse_iso_date("2026-12-03");
  o.dates_unused = true;
  std::string file = add_file({"", "31.01.2027", "31.02.2027", "03/04/2027", "yesterday"});
  file += "=Formula,2027-05-01,+49 30 23125009,agent9@example.com\n";
  const CheckResult r = check_csv(file, o);
  ASSERT_EQ(r.agents.size(), 5u);
  for (const Agent& a : r.agents) {
    EXPECT_FALSE(a.cancellation_date.has_value()) << a.email;
    EXPECT_FALSE(a.billing.has_value()) << a.email;
  }
  std::vector<std::string> codes;
  for (const Issue& i : r.issues) codes.push_back(i.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"csv.dates_not_used", "name.formula_start"}));
  EXPECT_EQ(r.issues[0].param("row"), "3");
  EXPECT_EQ(r.issues[0].severity, Severity::warning);
  EXPECT_EQ(r.issues[0].message(),
            "The file has cancellation dates (the first in row 3), but you chose not to set "
            "cancellation dates, so they are not used. To set them, answer Yes to the question "
            "about temporary agents");
  ASSERT_EQ(r.refused.size(), 1u);
  EXPECT_EQ(r.refused[0].raw.cancellation_date, "2027-05-01");
  // Without the setting a date stays optional and is read.
  OrderOptions optional = o;
  optional.dates_unused = false;
  const CheckResult dated = check_csv(add_file({"", "31.01.2027"}), optional);
  ASSERT_EQ(dated.agents.size(), 2u);
  EXPECT_EQ(format_iso_date(*dated.agents[1].cancellation_date), "2027-01-31");
  EXPECT_TRUE(dated.issues.empty());
  // A file without dates gets no warning.
  EXPECT_TRUE(check_csv(add_file({"", ""}), o).issues.empty());
}

TEST(DateColumn, follows_the_order_the_host_sets) {
  OrderOptions o;
  o.today = *parse_iso_date("2026-12-03");
  o.date_order = DateOrder::mdy;
  CheckResult r = check_csv(add_file({"03/04/2027"}), o);
  ASSERT_TRUE(r.valid);
  EXPECT_EQ(format_iso_date(*r.agents[0].cancellation_date), "2027-03-04");
}

}  // namespace
}  // namespace licenseform

namespace licenseform {
namespace {

TEST(CorpusOrder, keeps_the_agents_under_the_first_header_when_a_later_row_looks_like_one) {
  std::string file =
      "Name,Display Phone Number,Email\n"
      "Ada Beispiel,+49 30 23125001,ada.beispiel@example.com\n"
      "Bruno Muster,+49 30 23125002,bruno.muster@example.org\n"
      "Name,Display Phone Number,Email,Cancellation Date\n"
      "Carla Probe,+49 30 23125003,carla.probe@example.net\n";
  OrderOptions o;
  o.today = *parse_iso_date("2026-12-03");
  CheckResult r = check_csv(file, o);
  EXPECT_FALSE(r.valid);  // the second header is a row, and it is refused
  ASSERT_EQ(r.agents.size(), 3u);
  EXPECT_EQ(r.agents[0].email, "ada.beispiel@example.com");
  EXPECT_EQ(r.rows_refused, 1u);
  ASSERT_FALSE(r.issues.empty());
  EXPECT_EQ(r.issues[0].row, 4u);
}

}  // namespace
}  // namespace licenseform
