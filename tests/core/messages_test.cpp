#include "licenseform/messages.hpp"

#include <gtest/gtest.h>

#include <set>

namespace licenseform {
namespace {

TEST(Messages, give_every_code_an_english_and_a_german_text) {
  auto all = all_messages();
  ASSERT_GT(all.size(), 20u);
  for (const auto& m : all) {
    EXPECT_FALSE(m.en.empty()) << m.code;
    EXPECT_FALSE(m.de.empty()) << m.code;
    EXPECT_NE(m.en, m.de) << m.code << " has no German translation";
  }
}

TEST(Messages, use_each_code_once) {
  std::set<std::string_view> seen;
  for (const auto& m : all_messages()) EXPECT_TRUE(seen.insert(m.code).second) << m.code;
}

TEST(Messages, name_the_same_parameters_in_both_languages) {
  auto names = [](std::string_view t) {
    std::set<std::string> out;
    for (std::size_t i = t.find('{'); i != std::string_view::npos; i = t.find('{', i + 1)) {
      out.insert(std::string(t.substr(i, t.find('}', i) - i)));
    }
    return out;
  };
  for (const auto& m : all_messages()) EXPECT_EQ(names(m.en), names(m.de)) << m.code;
}

TEST(Messages, render_parameters_by_name_and_dates_in_words) {
  Params p{{"row", "3"}, {"day", "2027-01-31"}};
  EXPECT_EQ(render("row {row} on {day}", p, Lang::en), "row 3 on 31 January 2027");
  EXPECT_EQ(render("Zeile {row} am {day}", p, Lang::de), "Zeile 3 am 31. Januar 2027");
  EXPECT_EQ(render("keeps {unknown}", p), "keeps {unknown}");
}

TEST(Messages, render_an_issue_in_its_language) {
  Issue i = make_issue(Severity::error, "order.no_agents");
  EXPECT_EQ(i.message(), "Enter at least one agent");
  EXPECT_EQ(render(i, Lang::de), "Geben Sie mindestens einen Agenten ein");
}

TEST(Messages, write_dates_in_words_in_both_languages) {
  date::sys_days d{date::year{2027} / 3 / 1};
  EXPECT_EQ(format_long_date(d, Lang::en), "1 March 2027");
  EXPECT_EQ(format_long_date(d, Lang::de), "1. März 2027");
}

}  // namespace
}  // namespace licenseform

namespace licenseform {
namespace {

TEST(Messages, name_invisible_and_reversing_characters_instead_of_quoting_them) {
  Params p{{"value", std::string("a\xE2\x80\xAE" "b") + '\0' + "c\xEF\xBF\xBD"}};
  EXPECT_EQ(render("'{value}'", p), "'aU+202EbU+0000cU+FFFD'");
  EXPECT_EQ(render("'{value}'", {{"value", "Jürgen"}}), "'Jürgen'");
}

}  // namespace
}  // namespace licenseform
