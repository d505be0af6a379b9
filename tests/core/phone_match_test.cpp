// The matcher for libphonenumber's pattern subset, tested on its own.
#include "../../core/src/phone_match.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "../../core/src/phone_metadata.hpp"

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

// A text with other characters than digits walks the program; a `$` that
// is not at the end of the pattern is a dead end for the DFA's digits.
TEST(PhoneMatch, answers_other_characters_and_an_inner_dollar_as_the_walk_does) {
  EXPECT_TRUE(full_match("1[ab]2", "1a2"));
  EXPECT_FALSE(full_match("1[ab]2", "1c2"));
  EXPECT_TRUE(full_match("12$", "12"));
  EXPECT_FALSE(full_match("1$2", "12"));
}

// Every pattern of the metadata, against the national numbers of the
// golden vectors of its region and those numbers with one digit changed,
// one dropped or one added (near misses and matches both), and against
// random digits: the DFA answers as the walk over the program does.
TEST(PhoneMatch, its_dfa_answers_every_metadata_pattern_as_the_walk_does) {
  std::ifstream in(LF_TEST_DATA "/phone_golden.json", std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const auto golden = nlohmann::json::parse(text.str(), nullptr, false);
  ASSERT_TRUE(golden.contains("vectors"));
  std::vector<std::string> e164;
  for (const auto& v : golden["vectors"]) {
    if (v["expect"].is_string()) e164.push_back(v["expect"].get<std::string>().substr(1));
  }
  std::uint32_t seed = 20261204;
  auto random = [&seed] { return seed = seed * 1664525u + 1013904223u; };
  std::size_t compared = 0, matched = 0;
  for (const Region& r : all_regions()) {
    std::vector<std::string_view> patterns = {r.pattern, r.leading_digits,
                                              r.national_prefix_for_parsing};
    for (const TypeDesc& t : r.types) patterns.push_back(t.pattern);
    // The national formats' number patterns: "T" or "N", leading digits,
    // "/", the pattern; entries joined by ";".
    for (std::string_view rest = r.formats; !rest.empty();) {
      const std::size_t end = std::min(rest.find(';'), rest.size());
      const std::string_view entry = rest.substr(0, end);
      const std::size_t slash = entry.find('/');
      if (slash != std::string_view::npos) patterns.push_back(entry.substr(slash + 1));
      rest = end < rest.size() ? rest.substr(end + 1) : std::string_view();
    }
    std::vector<std::string> texts;
    for (const std::string& number : e164) {
      if (number.rfind(r.calling_code, 0) != 0) continue;
      const std::string national = number.substr(r.calling_code.size());
      texts.push_back(national);
      for (std::size_t i = 0; i < national.size(); ++i) {
        std::string changed = national;
        changed[i] = static_cast<char>('0' + (national[i] - '0' + 1 + random() % 9) % 10);
        texts.push_back(changed);
        texts.push_back(national.substr(0, i) + national.substr(i + 1));
      }
      texts.push_back(national + static_cast<char>('0' + random() % 10));
    }
    for (int k = 0; k < 40; ++k) {
      std::string digits(random() % 18, '0');
      for (char& c : digits) c = static_cast<char>('0' + random() % 10);
      texts.push_back(digits);
    }
    for (std::string_view p : patterns) {
      if (p.empty()) continue;
      for (const std::string& t : texts) {
        const bool walked = full_match_walked(p, t);
        ASSERT_EQ(full_match(p, t), walked) << r.id << " /" << p << "/ " << t;
        ++compared;
        matched += walked;
      }
    }
  }
  EXPECT_GT(compared, 100000u);
  EXPECT_GT(matched, 5000u);  // the matches are tested too, not only the misses
}

}  // namespace
}  // namespace licenseform::phone_detail
