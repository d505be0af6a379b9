// The agent's email: docs/rules.md "Email", the corpus vectors
// (fields/emails.json), the browser vectors (email_vectors.json) and the
// malformed-dots file of the corpus (29-email-malformed-dots.csv).
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "licenseform/fields.hpp"
#include "licenseform/messages.hpp"

namespace licenseform {
namespace {

nlohmann::json read_json(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str(), nullptr, false);
}

// The one error of a refused address, or "" when it was accepted.
std::string error_code(std::string_view text) {
  for (const Issue& i : check_email(text).issues) {
    if (i.is_error()) return i.code;
  }
  return "";
}

std::string the_error_param(std::string_view text, std::string_view param) {
  for (const Issue& i : check_email(text).issues) {
    if (i.is_error()) return i.param(param);
  }
  return "";
}

TEST(Email, passes_every_vector_of_the_corpus) {
  const auto vectors = read_json(LF_CORPUS "/fields/emails.json");
  ASSERT_TRUE(vectors.is_array());
  ASSERT_GE(vectors.size(), 20u);
  for (const auto& v : vectors) {
    const std::string input = v["input"].get<std::string>();
    FieldResult r = check_email(input);
    EXPECT_EQ(r.ok(), v["valid"].get<bool>()) << input;
    if (r.ok()) {
      EXPECT_EQ(r.value, input);
    } else {
      EXPECT_EQ(r.value, "") << input;
    }
  }
}

TEST(Email, passes_every_browser_vector_with_our_stricter_rules) {
  const auto vectors = read_json(LF_TEST_DATA "/email_vectors.json");
  ASSERT_TRUE(vectors.is_array());
  ASSERT_GE(vectors.size(), 60u);
  for (const auto& v : vectors) {
    const std::string input = v["input"].get<std::string>();
    FieldResult r = check_email(input);
    EXPECT_EQ(r.ok(), v["valid"].get<bool>()) << input;
    if (v.contains("value")) EXPECT_EQ(r.value, v["value"].get<std::string>()) << input;
  }
}

TEST(Email, lower_cases_the_domain_and_keeps_the_local_part) {
  FieldResult r = check_email("Ada.Beispiel@Example.COM");
  EXPECT_EQ(r.value, "Ada.Beispiel@example.com");
  EXPECT_TRUE(r.issues.empty());
}

TEST(Email, keeps_dots_and_plus_tags) {
  EXPECT_EQ(check_email("ada.beispiel+agents@example.com").value,
            "ada.beispiel+agents@example.com");
}

TEST(Email, finds_duplicates_ignoring_case) {
  EXPECT_EQ(email_key("Ada.Beispiel@example.com"), "ada.beispiel@example.com");
  EXPECT_EQ(email_key(check_email("Ada.Beispiel@Example.COM").value),
            email_key(check_email("ada.beispiel@example.com").value));
}

TEST(Email, refuses_an_empty_address) {
  FieldResult r = check_email("  ");
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].code, "email.missing");
  EXPECT_EQ(r.issues[0].message(), "Enter the agent’s email address");
  EXPECT_EQ(r.issues[0].column, Column::email);
}

// 29-email-malformed-dots.csv, lines 2 to 7.
TEST(Email, gives_each_malformed_dot_its_own_message) {
  EXPECT_EQ(error_code("ada.beispiel@example.com."), "email.domain_trailing_dot");
  EXPECT_EQ(the_error_param("ada.beispiel@example.com.", "suggestion"), "ada.beispiel@example.com");
  EXPECT_EQ(error_code("bruno.@example.org"), "email.local_trailing_dot");
  EXPECT_EQ(error_code("carla..probe@example.net"), "email.local_double_dot");
  EXPECT_EQ(error_code("dora.test@example..com"), "email.domain_empty_label");
  EXPECT_EQ(error_code("emil.essai@example"), "email.no_tld");
  EXPECT_EQ(error_code("fiona.sample@example,com"), "email.comma_in_domain");
  EXPECT_EQ(the_error_param("fiona.sample@example,com", "suggestion"), "fiona.sample@example.com");
}

TEST(Email, renders_the_suggestion_into_the_message) {
  FieldResult r = check_email("Ada@Example.com.");
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].message(),
            "Email address must not end with a dot: did you mean ‘Ada@example.com’?");
}

TEST(Email, names_a_dot_at_the_start_of_either_part) {
  EXPECT_EQ(error_code(".ada@example.com"), "email.local_leading_dot");
  EXPECT_EQ(error_code("ada@.example.com"), "email.domain_empty_label");
}

TEST(Email, names_a_missing_or_repeated_at_sign) {
  EXPECT_EQ(error_code("ada.example.com"), "email.missing_at");
  EXPECT_EQ(error_code("ada@@example.com"), "email.multiple_at");
  EXPECT_EQ(error_code("ada@example.com@example.org"), "email.multiple_at");
  EXPECT_EQ(error_code("@example.com"), "email.local_missing");
  EXPECT_EQ(error_code("ada@"), "email.domain_missing");
}

TEST(Email, names_a_space_inside_the_address) {
  EXPECT_EQ(error_code("ada beispiel@example.com"), "email.contains_space");
  EXPECT_EQ(error_code("ada@example .com"), "email.contains_space");
  EXPECT_EQ(error_code("ada\xC2\xA0"
                       "beispiel@example.com"),
            "email.contains_space");
}

TEST(Email, refuses_two_addresses_in_one_cell) {
  for (const char* cell :
       {"ada@example.com, bruno@example.com", "ada@example.com;bruno@example.com",
        "ada@example.com bruno@example.com", "<ada@example.com>, <bruno@example.com>",
        "Ada <ada@example.com>, Bruno <bruno@example.com>",
        "mailto:ada@example.com,bruno@example.com"}) {
    EXPECT_EQ(error_code(cell), "email.multiple") << cell;
  }
}

TEST(Email, names_the_character_that_does_not_belong) {
  EXPECT_EQ(error_code("ada;bruno@example.com"), "email.invalid_character");
  EXPECT_EQ(the_error_param("ada;bruno@example.com", "character"), ";");
  EXPECT_EQ(the_error_param("j\xC3\xBCrgen@example.com", "character"), "\xC3\xBC");
  EXPECT_EQ(error_code("ada@exa_mple.com"), "email.domain_invalid_character");
  EXPECT_EQ(the_error_param("ada@exa_mple.com", "character"), "_");
}

TEST(Email, refuses_hyphens_at_the_ends_of_a_label) {
  EXPECT_EQ(error_code("ada@example-.com"), "email.label_hyphen");
  EXPECT_EQ(error_code("ada@-example.com"), "email.label_hyphen");
  EXPECT_EQ(the_error_param("ada@-example.com", "label"), "-example");
}

TEST(Email, refuses_an_all_digit_top_level_label) {
  EXPECT_EQ(error_code("ada@example.c0m.123"), "email.numeric_tld");
  EXPECT_EQ(error_code("ada@192.0.2.1"), "email.numeric_tld");
  EXPECT_EQ(check_email("ada@example.c0m").value, "ada@example.c0m");
}

TEST(Email, enforces_the_rfc_5321_lengths) {
  const std::string local64(64, 'a'), label63(63, 'b');
  EXPECT_TRUE(check_email(local64 + "@example.com").ok());
  EXPECT_EQ(error_code(local64 + "a@example.com"), "email.local_too_long");
  EXPECT_TRUE(check_email("ada@" + label63 + ".com").ok());
  EXPECT_EQ(error_code("ada@" + label63 + "b.com"), "email.label_too_long");
  // 4 labels of 63 and a dot each: 255 characters of domain.
  const std::string long_domain = label63 + "." + label63 + "." + label63 + "." + label63;
  EXPECT_EQ(error_code("a@" + long_domain), "email.domain_too_long");
  // A 253-character domain is allowed, but not with a local part that makes
  // the address longer than 254.
  const std::string domain253 = label63 + "." + label63 + "." + label63 + "." + label63.substr(2);
  ASSERT_EQ(domain253.size(), 253u);
  EXPECT_EQ(error_code("ad@" + domain253), "email.too_long");
}

TEST(Email, strips_white_space_including_no_break_and_zero_width) {
  FieldResult r = check_email("\xC2\xA0 ada@example.com\xE2\x80\x8B\xEF\xBB\xBF\t");
  EXPECT_EQ(r.value, "ada@example.com");
  EXPECT_TRUE(r.issues.empty());
}

TEST(Email, unwraps_angle_brackets_and_a_display_name_with_a_warning) {
  FieldResult r = check_email(" <Ada@Example.COM> ");
  EXPECT_EQ(r.value, "Ada@example.com");
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].code, "email.unwrapped_brackets");
  EXPECT_EQ(r.issues[0].severity, Severity::warning);
  EXPECT_EQ(check_email("Ada Beispiel <ada@example.com>").value, "ada@example.com");
  EXPECT_EQ(check_email("\"Beispiel, Ada\" <ada@example.com>").value, "ada@example.com");
  EXPECT_EQ(check_email("\"ada@example.com\" <ada@example.com>").value, "ada@example.com");
}

TEST(Email, unwraps_mailto_with_a_warning) {
  FieldResult r = check_email("mailto:ada@example.com");
  EXPECT_EQ(r.value, "ada@example.com");
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].code, "email.unwrapped_mailto");
  EXPECT_EQ(r.issues[0].param("original"), "mailto:ada@example.com");
  EXPECT_EQ(check_email("MAILTO:ada@example.com?subject=Hi").value, "ada@example.com");
}

TEST(Email, unwraps_typographic_quotes_with_a_warning) {
  for (const char* quoted : {"\xE2\x80\x9C"
                             "ada@example.com"
                             "\xE2\x80\x9D",
                             "\xE2\x80\x98"
                             "ada@example.com"
                             "\xE2\x80\x99",
                             "\xC2\xAB"
                             "ada@example.com"
                             "\xC2\xBB",
                             "\xE2\x80\x9E"
                             "ada@example.com"
                             "\xE2\x80\x9C",
                             "\"ada@example.com\""}) {
    FieldResult r = check_email(quoted);
    EXPECT_EQ(r.value, "ada@example.com") << quoted;
    ASSERT_EQ(r.issues.size(), 1u) << quoted;
    EXPECT_EQ(r.issues[0].code, "email.unwrapped_quotes");
  }
}

TEST(Email, unwraps_layers_and_says_what_each_removed) {
  FieldResult r = check_email("\xE2\x80\x9C<mailto:ada@example.com>\xE2\x80\x9D");
  EXPECT_EQ(r.value, "ada@example.com");
  ASSERT_EQ(r.issues.size(), 3u);
  EXPECT_EQ(r.issues[0].code, "email.unwrapped_quotes");
  EXPECT_EQ(r.issues[1].code, "email.unwrapped_brackets");
  EXPECT_EQ(r.issues[2].code, "email.unwrapped_mailto");
}

TEST(Email, drops_the_separator_an_address_list_leaves_behind_with_a_warning) {
  FieldResult r = check_email("Ada Beispiel <ada@example.com>;");
  EXPECT_EQ(r.value, "ada@example.com");
  ASSERT_EQ(r.issues.size(), 2u);
  EXPECT_EQ(r.issues[0].code, "email.unwrapped_separator");
  EXPECT_EQ(r.issues[1].code, "email.unwrapped_brackets");
  EXPECT_EQ(check_email("ada@example.com,").value, "ada@example.com");
  EXPECT_EQ(error_code(";"), "email.missing_at");
}

TEST(Email, converts_an_internationalized_domain_to_punycode) {
  FieldResult r = check_email(
      "ada@B\xC3\x9C"
      "CHER.example");  // BÜCHER.example
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.value, "ada@xn--bcher-kva.example");
  EXPECT_EQ(check_email("ada@m\xC3\xBCnchen.example").value, "ada@xn--mnchen-3ya.example");
  EXPECT_EQ(check_email("ada@\xD0\xBF\xD1\x80\xD0\xB8\xD0\xBC\xD0\xB5\xD1\x80.example").value,
            "ada@xn--e1afmkfd.example");  // пример
  EXPECT_EQ(email_key(check_email("Ada@B\xC3\xBC"
                                  "cher.example")
                          .value),
            email_key(check_email("ada@xn--bcher-kva.example").value));
}

TEST(Email, reads_ideographic_full_stops_as_dots) {
  EXPECT_EQ(check_email("user@\xE3\x81\x8A\xE3\x80\x82"
                        "com")
                .value,
            "user@xn--t8j.com");
}

TEST(Email, refuses_an_internationalized_domain_it_cannot_lower_case_safely) {
  EXPECT_EQ(error_code("ada@\xC4\xB0stanbul.example"), "email.idn_unsupported");  // İ
  EXPECT_EQ(the_error_param("ada@\xC4\xB0stanbul.example", "character"), "\xC4\xB0");
  EXPECT_EQ(error_code("ada@bu\xCC\x88"
                       "cher.example"),
            "email.idn_unsupported");
  EXPECT_EQ(error_code("ada@\xE2\x98\x83.example"), "email.idn_unsupported");  // ☃
}

TEST(Email, refuses_invalid_utf8) {
  EXPECT_EQ(error_code("ada@b\xFC"
                       "cher.example"),
            "email.invalid_utf8");
}

TEST(Email, has_german_and_english_texts_for_every_code) {
  for (const char* code : {"email.missing",
                           "email.invalid_utf8",
                           "email.unwrapped_quotes",
                           "email.unwrapped_brackets",
                           "email.unwrapped_mailto",
                           "email.unwrapped_separator",
                           "email.multiple",
                           "email.contains_space",
                           "email.missing_at",
                           "email.multiple_at",
                           "email.local_missing",
                           "email.invalid_character",
                           "email.local_leading_dot",
                           "email.local_trailing_dot",
                           "email.local_double_dot",
                           "email.local_too_long",
                           "email.domain_missing",
                           "email.comma_in_domain",
                           "email.domain_trailing_dot",
                           "email.domain_empty_label",
                           "email.idn_unsupported",
                           "email.domain_invalid_character",
                           "email.label_hyphen",
                           "email.label_too_long",
                           "email.no_tld",
                           "email.numeric_tld",
                           "email.domain_too_long",
                           "email.too_long"}) {
    const MessageText* m = find_message(code);
    ASSERT_NE(m, nullptr) << code;
    EXPECT_FALSE(m->en.empty());
    EXPECT_FALSE(m->de.empty());
  }
}

}  // namespace
}  // namespace licenseform
