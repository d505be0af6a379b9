#include "licenseform/columns.hpp"

#include <gtest/gtest.h>

namespace licenseform {
namespace {

TEST(Columns, writes_the_add_template_header_from_the_specification) {
  EXPECT_EQ(template_csv(Flow::add),
            "\xEF\xBB\xBFName,Cancellation Date,Display Phone Number,Email\r\n");
}

TEST(Columns, writes_the_cancel_template_with_one_column) {
  EXPECT_EQ(template_csv(Flow::cancel), "\xEF\xBB\xBF" "Email\r\n");
}

TEST(Columns, writes_german_templates_whose_headers_are_accepted_back) {
  std::string de = template_csv(Flow::add, true);
  EXPECT_EQ(de, "\xEF\xBB\xBFName,Kündigungsdatum,Angezeigte Rufnummer,E-Mail\r\n");
  EXPECT_EQ(match_header("Kündigungsdatum", Flow::add), Column::cancellation_date);
  EXPECT_EQ(match_header("Angezeigte Rufnummer", Flow::add), Column::phone);
  EXPECT_EQ(match_header("E-Mail", Flow::add), Column::email);
}

TEST(Columns, matches_every_template_header_to_its_own_column) {
  for (const auto& s : column_specs()) {
    EXPECT_EQ(match_header(s.header_en, Flow::add), s.id) << s.header_en;
    EXPECT_EQ(match_header(s.header_de, Flow::add), s.id) << s.header_de;
  }
}

TEST(Columns, matches_headers_ignoring_case_spaces_underscores_and_hyphens) {
  EXPECT_EQ(match_header(" E-Mail ", Flow::add), Column::email);
  EXPECT_EQ(match_header("NAME", Flow::add), Column::name);
  EXPECT_EQ(match_header("display_phone_number", Flow::add), Column::phone);
  EXPECT_EQ(match_header("Cancellation-Date", Flow::add), Column::cancellation_date);
  EXPECT_EQ(match_header("\xEF\xBB\xBFName", Flow::add), Column::name);
  EXPECT_EQ(match_header("KÜNDIGUNGSDATUM", Flow::add), Column::cancellation_date);
}

TEST(Columns, matches_english_and_german_synonyms) {
  for (const char* h : {"Email address", "Mail", "E-Mail-Adresse", "e_mail"}) {
    EXPECT_EQ(match_header(h, Flow::add), Column::email) << h;
  }
  for (const char* h : {"Phone", "Phone number", "Caller ID", "Telefonnummer", "Rufnummer"}) {
    EXPECT_EQ(match_header(h, Flow::add), Column::phone) << h;
  }
  for (const char* h : {"End date", "Kündigungsdatum", "Cancellation date"}) {
    EXPECT_EQ(match_header(h, Flow::add), Column::cancellation_date) << h;
  }
  for (const char* h : {"Full name", "Agent name", "Name"}) {
    EXPECT_EQ(match_header(h, Flow::add), Column::name) << h;
  }
}

TEST(Columns, knows_only_email_in_the_cancel_flow) {
  EXPECT_EQ(match_header("Email", Flow::cancel), Column::email);
  EXPECT_FALSE(match_header("Name", Flow::cancel).has_value());
}

TEST(Columns, does_not_match_unknown_headers) {
  EXPECT_FALSE(match_header("Notes", Flow::add).has_value());
  EXPECT_FALSE(match_header("", Flow::add).has_value());
}

// match_header refuses a cell with a digit or an '@' before normalizing it,
// which holds only while no synonym has either.
TEST(Columns, no_synonym_holds_a_digit_or_an_at_sign) {
  for (const ColumnSpec& s : column_specs()) {
    for (std::string_view synonym : s.synonyms) {
      EXPECT_EQ(synonym.find_first_of("@0123456789"), std::string_view::npos) << synonym;
      EXPECT_EQ(match_header(synonym, Flow::add), s.id) << synonym;
    }
  }
  EXPECT_EQ(match_header("ada@example.com", Flow::add), std::nullopt);
  EXPECT_EQ(match_header("E-Mail 2", Flow::add), std::nullopt);
  EXPECT_EQ(match_header("030 23125001", Flow::add), std::nullopt);
}

TEST(Columns, maps_keys_and_names_both_ways) {
  for (const auto& s : column_specs()) EXPECT_EQ(column_from_key(s.key), s.id);
  EXPECT_EQ(flow_from_string(to_string(Flow::cancel)), Flow::cancel);
  EXPECT_EQ(license_from_string(to_string(LicenseType::agent_id)), LicenseType::agent_id);
  EXPECT_FALSE(license_from_string("agent").has_value());
}

}  // namespace
}  // namespace licenseform
