#include "licenseform/report.hpp"

#include <gtest/gtest.h>

namespace licenseform {
namespace {

Issue at_row(Severity s, const char* code, std::size_t row, Params params = {},
             Column column = Column::none) {
  Issue i = make_issue(s, code, std::move(params), column);
  i.row = row;
  return i;
}

TEST(GroupIssues, counts_each_code_with_its_first_rows_in_file_order) {
  std::vector<Issue> issues;
  for (std::size_t row : {2, 4, 5, 9, 11, 12, 20}) {
    issues.push_back(at_row(Severity::error, "phone.scientific_notation", row,
                            {{"value", "4.93023E+11"}}, Column::phone));
  }
  issues.push_back(at_row(Severity::error, "order.no_agents", 3));
  auto groups = group_issues(issues);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].code, "phone.scientific_notation");
  EXPECT_EQ(groups[0].count, 7u);
  EXPECT_EQ(groups[0].first_rows, (std::vector<std::size_t>{2, 4, 5, 9, 11}));
  EXPECT_EQ(groups[0].column, Column::phone);
  EXPECT_EQ(groups[0].first, 0u);
  EXPECT_EQ(groups[1].code, "order.no_agents");
  EXPECT_EQ(groups[1].count, 1u);
  EXPECT_EQ(groups[1].first, 7u);
}

TEST(GroupIssues, puts_errors_before_warnings_whatever_comes_first) {
  std::vector<Issue> issues{at_row(Severity::warning, "name.line_break", 2, {{"value", "A B"}}),
                            at_row(Severity::error, "order.no_agents", 3)};
  auto groups = group_issues(issues);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].severity, Severity::error);
  EXPECT_EQ(groups[1].severity, Severity::warning);
}

TEST(GroupIssues, keeps_the_same_code_in_different_columns_apart) {
  std::vector<Issue> issues{
      at_row(Severity::error, "csv.field.too_long", 2, {{"max", "1000"}}, Column::name),
      at_row(Severity::error, "csv.field.too_long", 3, {{"max", "1000"}}, Column::email)};
  EXPECT_EQ(group_issues(issues).size(), 2u);
}

TEST(GroupIssues, gives_file_level_issues_no_rows) {
  std::vector<Issue> issues{make_issue(Severity::error, "csv.empty")};
  auto groups = group_issues(issues);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_TRUE(groups[0].first_rows.empty());
}

TEST(GroupMessage, uses_the_group_text_of_the_code) {
  std::vector<Issue> issues{
      at_row(Severity::error, "phone.scientific_notation", 2, {{"value", "4.93023E+11"}}),
      at_row(Severity::error, "phone.scientific_notation", 3, {{"value", "4.47946E+11"}})};
  auto groups = group_issues(issues);
  EXPECT_EQ(group_message(groups[0], issues, Lang::en),
            "2 rows: the spreadsheet turned the display phone number into scientific notation, "
            "so digits and the + are lost. Format the column as Text and enter the numbers "
            "again, like +49 30 23125001");
  EXPECT_EQ(group_message(groups[0], issues, Lang::de).substr(0, 40),
            "2 Zeilen: Die Tabellenkalkulation hat di");
}

TEST(GroupMessage, says_the_rows_message_once_when_every_row_says_the_same) {
  std::vector<Issue> issues{at_row(Severity::error, "order.no_agents", 2),
                            at_row(Severity::error, "order.no_agents", 3)};
  auto groups = group_issues(issues);
  EXPECT_EQ(group_message(groups[0], issues, Lang::en), "2 rows: Enter at least one agent");
  EXPECT_EQ(group_message(groups[0], issues, Lang::de),
            "2 Zeilen: Geben Sie mindestens einen Agenten ein");
}

TEST(GroupMessage, gives_an_example_row_when_the_rows_say_different_things) {
  std::vector<Issue> issues{
      at_row(Severity::error, "date.not_dmy", 4, {{"value", "31/02/2027"}}),
      at_row(Severity::error, "date.not_dmy", 7, {{"value", "30/02/2027"}})};
  auto groups = group_issues(issues);
  EXPECT_FALSE(groups[0].same_params);
  EXPECT_EQ(group_message(groups[0], issues, Lang::en),
            "2 rows have this problem, for example row 4: " + issues[0].message());
}

TEST(GroupMessage, is_the_issues_own_message_for_a_group_of_one) {
  std::vector<Issue> issues{
      at_row(Severity::error, "phone.scientific_notation", 2, {{"value", "4.93023E+11"}})};
  auto groups = group_issues(issues);
  EXPECT_EQ(group_message(groups[0], issues, Lang::en), issues[0].message());
}

}  // namespace
}  // namespace licenseform
