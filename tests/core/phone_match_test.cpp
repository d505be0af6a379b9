// The matcher for libphonenumber's pattern subset, tested on its own.
#include "../../core/src/phone_match.hpp"

#include <gtest/gtest.h>

namespace licenseform::phone_detail {
namespace {

TEST(PhoneMatch, matches_literals_classes_and_digit_escapes) {
  EXPECT_TRUE(full_match("49[2-9]\\d", "4935"));
  EXPECT_FALSE(full_match("49[2-9]\\d", "4915"));
  EXPECT_TRUE(full_match("[0-24-8]", "4"));
  EXPECT_FALSE(full_match("[0-24-8]", "3"));
}

TEST(PhoneMatch, requires_the_whole_text_to_match) {
  EXPECT_FALSE(full_match("\\d{3}", "1234"));
  EXPECT_FALSE(full_match("\\d{3}", "12"));
  EXPECT_TRUE(full_match("\\d{3}", "123"));
}

TEST(PhoneMatch, applies_counted_repeats) {
  EXPECT_TRUE(full_match("1\\d{2,4}", "123"));
  EXPECT_TRUE(full_match("1\\d{2,4}", "12345"));
  EXPECT_FALSE(full_match("1\\d{2,4}", "123456"));
  EXPECT_TRUE(full_match("1\\d{2,}", "1234567890"));
  EXPECT_FALSE(full_match("1\\d{2,}", "12"));
}

TEST(PhoneMatch, backtracks_into_earlier_alternatives_and_repeats) {
  EXPECT_TRUE(full_match("(?:1|12)3", "123"));
  EXPECT_TRUE(full_match("\\d{1,5}45", "12345"));
  EXPECT_TRUE(full_match("(?:2(?:0[1-389]|1[124])|3[35-9])\\d{4}", "2011234"));
  EXPECT_FALSE(full_match("(?:2(?:0[1-389]|1[124])|3[35-9])\\d{4}", "2041234"));
}

TEST(PhoneMatch, applies_optional_star_and_plus) {
  EXPECT_TRUE(full_match("0?1", "1"));
  EXPECT_TRUE(full_match("0?1", "01"));
  EXPECT_TRUE(full_match("0*1", "0001"));
  EXPECT_FALSE(full_match("0+1", "1"));
  EXPECT_TRUE(full_match("(?:0?)*1", "001"));
}

TEST(PhoneMatch, finds_the_first_prefix_match_in_priority_order) {
  auto m = prefix_match("0|(1)5", "15123");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->end, 2u);
  EXPECT_EQ(m->groups[1].begin, 0);
  EXPECT_EQ(m->groups[1].end, 1);
  m = prefix_match("0|(1)5", "0151");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->end, 1u);
  EXPECT_EQ(m->groups[1].begin, -1);
}

TEST(PhoneMatch, prefers_the_longer_greedy_prefix) {
  auto m = prefix_match("0\\d{1,3}", "012345");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->end, 4u);
}

TEST(PhoneMatch, anchors_dollar_at_the_end_of_the_text) {
  // Like the NANPA national prefix for parsing: a 7-digit local number.
  auto m = prefix_match("([2-9]\\d{6})$|1", "5550123");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->groups[1].begin, 0);
  EXPECT_EQ(m->groups[1].end, 7);
  m = prefix_match("([2-9]\\d{6})$|1", "12025550123");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->end, 1u);
  EXPECT_EQ(m->groups[1].begin, -1);
}

TEST(PhoneMatch, keeps_the_last_iteration_of_a_repeated_capture) {
  auto m = prefix_match("(\\d)+", "123");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->groups[1].begin, 2);
  EXPECT_EQ(m->groups[1].end, 3);
}

TEST(PhoneMatch, refuses_patterns_outside_the_subset) {
  EXPECT_FALSE(pattern_compiles("(?=1)1"));
  EXPECT_FALSE(pattern_compiles("[^1]"));
  EXPECT_FALSE(pattern_compiles("1{2"));
  EXPECT_FALSE(pattern_compiles("(1"));
  EXPECT_FALSE(pattern_compiles("\\w"));
  EXPECT_FALSE(pattern_compiles("1*?"));
  EXPECT_FALSE(full_match("(1", "1"));
}

TEST(PhoneMatch, stays_fast_on_nested_repeats) {
  // Exponential for a naive backtracker; each state is tried once here.
  EXPECT_FALSE(full_match("(?:(?:\\d?){1,20})*1", "00000000000000000000000002"));
}

}  // namespace
}  // namespace licenseform::phone_detail
