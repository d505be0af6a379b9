#include "licenseform/phone.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "../../core/src/phone_match.hpp"
#include "../../core/src/phone_metadata.hpp"
#include "licenseform/messages.hpp"

namespace licenseform {
namespace {

const PhoneOptions kGermany{"DE"};

std::string first_code(const FieldResult& r) {
  return r.issues.empty() ? "" : r.issues[0].code;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

nlohmann::json read_json(const std::string& path) {
  return nlohmann::json::parse(read_file(path), nullptr, false);
}

TEST(Phone, normalizes_national_number_with_trunk_zero) {
  EXPECT_EQ(check_phone("030/23125001", kGermany).value, "+493023125001");
}

TEST(Phone, normalizes_international_prefix_00) {
  EXPECT_EQ(check_phone("0049 30 23125001", kGermany).value, "+493023125001");
}

TEST(Phone, drops_trunk_zero_in_parentheses_after_country_code) {
  auto r = check_phone("+49 (0)30 23125001", kGermany);
  EXPECT_EQ(r.value, "+493023125001");
  EXPECT_TRUE(r.issues.empty());
}

TEST(Phone, accepts_no_break_spaces_dots_and_hyphens) {
  EXPECT_EQ(check_phone("+49\u00a030.231-25001", kGermany).value, "+493023125001");
  EXPECT_EQ(check_phone("+44\u202f20 7946 0018", kGermany).value, "+442079460018");
}

TEST(Phone, gives_empty_value_and_no_issue_for_empty_text) {
  auto r = check_phone("  ", kGermany);
  EXPECT_EQ(r.value, "");
  EXPECT_TRUE(r.issues.empty());
}

TEST(Phone, refuses_letters) {
  auto r = check_phone("+49 30 2312500a", kGermany);
  EXPECT_EQ(r.value, "");
  EXPECT_EQ(first_code(r), "phone.letters");
}

TEST(Phone, refuses_extensions) {
  EXPECT_EQ(first_code(check_phone("+49 30 23125001 ext. 12", kGermany)), "phone.extension");
  EXPECT_EQ(first_code(check_phone("+49 30 23125001 x12", kGermany)), "phone.extension");
  EXPECT_EQ(first_code(check_phone("+49 30 23125001#12", kGermany)), "phone.extension");
}

TEST(Phone, refuses_double_plus) {
  EXPECT_EQ(first_code(check_phone("++49 30 23125001", kGermany)), "phone.double_plus");
}

TEST(Phone, removes_leading_apostrophe_with_a_warning) {
  auto r = check_phone("'+49 30 23125001", kGermany);
  EXPECT_EQ(r.value, "+493023125001");
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].code, "phone.apostrophe_removed");
  EXPECT_EQ(r.issues[0].severity, Severity::warning);
}

TEST(Phone, refuses_scientific_notation_without_expanding_it) {
  for (const char* text : {"4.93023E+11", "4,93023E+11", "4.93023125003E+11"}) {
    auto r = check_phone(text, kGermany);
    EXPECT_EQ(r.value, "") << text;
    EXPECT_EQ(first_code(r), "phone.scientific_notation") << text;
    EXPECT_EQ(r.issues[0].param("value"), text);
  }
}

TEST(Phone, refuses_formula_errors_and_results) {
  EXPECT_EQ(first_code(check_phone("#NAME?", kGermany)), "phone.formula_error");
  EXPECT_EQ(first_code(check_phone("#VALUE!", kGermany)), "phone.formula_error");
  EXPECT_EQ(first_code(check_phone("#REF!", kGermany)), "phone.formula_error");
  EXPECT_EQ(first_code(check_phone("-23124971", kGermany)), "phone.negative");
  EXPECT_EQ(first_code(check_phone("=+49 30 23125001", kGermany)), "phone.formula");
  EXPECT_EQ(first_code(check_phone("=493023125001", kGermany)), "phone.formula");
}

TEST(Phone, asks_about_a_lost_plus_instead_of_guessing) {
  auto r = check_phone("493023125001", kGermany);
  EXPECT_EQ(r.value, "");
  EXPECT_EQ(first_code(r), "phone.missing_plus");
  EXPECT_EQ(r.issues[0].param("suggestion"), "+493023125001");
}

TEST(Phone, asks_about_a_lost_leading_zero) {
  auto r = check_phone("3023125001", kGermany);
  EXPECT_EQ(r.value, "");
  EXPECT_EQ(first_code(r), "phone.missing_zero");
  EXPECT_EQ(r.issues[0].param("suggestion"), "+493023125001");
}

TEST(Phone, reads_national_numbers_of_countries_without_trunk_zero) {
  EXPECT_EQ(check_phone("(202) 555-0143", {"US"}).value, "+12025550143");
  EXPECT_EQ(check_phone("1 202 555 0143", {"US"}).value, "+12025550143");
  EXPECT_EQ(check_phone("06 1234 5678", {"IT"}).value, "+390612345678");
  EXPECT_EQ(check_phone("612 34 56 78", {"ES"}).value, "+34612345678");
}

TEST(Phone, reads_the_international_prefix_of_the_chosen_country) {
  EXPECT_EQ(check_phone("011 49 30 23125001", {"US"}).value, "+493023125001");
  EXPECT_EQ(check_phone("00 49 30 23125001", {"US"}).value, "+493023125001");
}

TEST(Phone, keeps_a_zero_in_parentheses_that_belongs_to_the_number) {
  EXPECT_EQ(check_phone("+39 (0)6 1234 5678", kGermany).value, "+390612345678");
}

TEST(Phone, reads_full_width_and_arabic_indic_digits) {
  EXPECT_EQ(check_phone(
                "\uff0b\uff14\uff19 \uff13\uff10 \uff12\uff13\uff11\uff12\uff15\uff10\uff10\uff11",
                kGermany)
                .value,
            "+493023125001");
  EXPECT_EQ(check_phone("+\u0664\u0669\u0663\u0660\u0662\u0663\u0661\u0662\u0665\u0660\u0660\u0661",
                        kGermany)
                .value,
            "+493023125001");
}

TEST(Phone, refuses_numbers_that_cannot_be_caller_ids) {
  EXPECT_EQ(first_code(check_phone("+49 900 1234567", kGermany)), "phone.premium_rate");
  EXPECT_EQ(first_code(check_phone("+49 1649 2067422", kGermany)), "phone.pager");
  EXPECT_EQ(first_code(check_phone("+41 860 66 581 44 87", kGermany)), "phone.voicemail");
}

TEST(Phone, names_what_is_wrong_with_an_invalid_number) {
  EXPECT_EQ(first_code(check_phone("+999 1234 5678", kGermany)), "phone.unknown_country_code");
  EXPECT_EQ(first_code(check_phone("+44 20 7946", kGermany)), "phone.too_short");
  EXPECT_EQ(first_code(check_phone("+49 30 2312500112345", kGermany)), "phone.too_long");
  EXPECT_EQ(first_code(check_phone("+1 202 055 0143", kGermany)), "phone.invalid");
  EXPECT_EQ(first_code(check_phone("1234", {"XX"})), "phone.international_format");
}

TEST(Phone, refuses_misplaced_signs_and_two_numbers) {
  EXPECT_EQ(first_code(check_phone("49+30 23125001", kGermany)), "phone.misplaced_plus");
  EXPECT_EQ(first_code(check_phone("+49 30 23125001, +49 30 23125002", kGermany)),
            "phone.two_numbers");
  EXPECT_EQ(first_code(check_phone("+49 30 23125001 * 2", kGermany)), "phone.invalid_character");
  EXPECT_EQ(first_code(check_phone("()", kGermany)), "phone.no_digits");
}

TEST(Phone, has_a_message_for_every_code_it_reports) {
  for (const char* text : {"abc",
                           "+49 30 23125001 x1",
                           "++49",
                           "49+30",
                           "+49 30 23125001; +49 30 23125002",
                           "*",
                           "-",
                           "+49 3",
                           "+49 30 2312500112345",
                           "+999 1",
                           "+1 202 055 0143",
                           "+49 900 1234567",
                           "+49 1649 2067422",
                           "+41 860 66 581 44 87",
                           "4.93023E+11",
                           "#NAME?",
                           "-23124971",
                           "=+49 30 23125001",
                           "493023125001",
                           "3023125001",
                           "'"}) {
    for (const Issue& issue : check_phone(text, kGermany).issues) {
      EXPECT_NE(find_message(issue.code), nullptr) << issue.code;
      EXPECT_EQ(issue.message().find('{'), std::string::npos) << issue.message();
    }
  }
  EXPECT_NE(find_message("phone.international_format"), nullptr);
}

TEST(Phone, marks_every_issue_with_the_phone_column) {
  auto r = check_phone("abc", kGermany);
  ASSERT_FALSE(r.issues.empty());
  EXPECT_EQ(r.issues[0].column, Column::phone);
}

TEST(Phone, messages_have_english_and_german_text) {
  for (const auto& m : phone_messages()) {
    EXPECT_FALSE(m.en.empty()) << m.code;
    EXPECT_FALSE(m.de.empty()) << m.code;
    EXPECT_EQ(m.code.substr(0, 6), "phone.") << m.code;
  }
}

TEST(Phone, passes_every_corpus_vector_with_germany_as_country) {
  auto vectors = read_json(LF_CORPUS "/fields/phones.json");
  ASSERT_TRUE(vectors.is_array());
  ASSERT_FALSE(vectors.empty());
  for (const auto& v : vectors) {
    std::string input = v["input"].get<std::string>();
    std::string expect = v["expect"].is_null() ? "" : v["expect"].get<std::string>();
    auto r = check_phone(input, kGermany);
    EXPECT_EQ(r.value, expect) << input << " " << first_code(r);
    EXPECT_EQ(r.ok(), !expect.empty()) << input;
  }
}

// tests/data/corpus/csv/21-phone-scientific-notation.csv, column 3.
TEST(Phone, refuses_the_scientific_notation_rows_of_the_csv_corpus) {
  std::string csv = read_file(LF_CORPUS "/csv/21-phone-scientific-notation.csv");
  std::vector<std::string> phones;
  std::stringstream lines(csv);
  for (std::string line; std::getline(lines, line);) {
    std::stringstream cells(line);
    std::string cell;
    for (int i = 0; i < 3; ++i) std::getline(cells, cell, ',');
    phones.push_back(cell);
  }
  ASSERT_EQ(phones.size(), 5u);
  for (std::size_t row = 1; row <= 3; ++row) {
    auto r = check_phone(phones[row], kGermany);
    EXPECT_EQ(r.value, "") << phones[row];
    EXPECT_EQ(first_code(r), "phone.scientific_notation") << phones[row];
  }
  EXPECT_EQ(check_phone(phones[4], kGermany).value, "+493023125004");
}

TEST(Phone, agrees_with_libphonenumber_js_on_every_golden_vector) {
  auto golden = read_json(LF_TEST_DATA "/phone_golden.json");
  ASSERT_TRUE(golden.is_object());
  const auto& vectors = golden["vectors"];
  ASSERT_GT(vectors.size(), 1000u);
  std::size_t failures = 0;
  for (const auto& v : vectors) {
    std::string input = v["input"].get<std::string>();
    PhoneOptions options{v["country"].get<std::string>()};
    std::string expect = v["expect"].is_null() ? "" : v["expect"].get<std::string>();
    auto r = check_phone(input, options);
    bool same = r.value == expect && r.ok() == !expect.empty();
    if (v.contains("code")) same = same && first_code(r) == v["code"].get<std::string>();
    if (!same && ++failures <= 40) {
      ADD_FAILURE() << v.dump() << " gave \"" << r.value << "\" " << first_code(r);
    }
  }
  EXPECT_EQ(failures, 0u);
}

TEST(Phone, compiles_every_pattern_of_the_metadata) {
  using namespace phone_detail;
  ASSERT_GT(all_regions().size(), 240u);
  for (const Region& r : all_regions()) {
    EXPECT_TRUE(pattern_compiles(r.pattern)) << r.id;
    for (std::string_view p :
         {r.international_prefix, r.national_prefix_for_parsing, r.leading_digits}) {
      EXPECT_TRUE(p.empty() || pattern_compiles(p)) << r.id << " " << p;
    }
    for (const TypeDesc& t : r.types) {
      EXPECT_TRUE(t.pattern.empty() || pattern_compiles(t.pattern)) << r.id;
    }
  }
}

TEST(Phone, finds_every_region_by_its_code_in_either_case) {
  using namespace phone_detail;
  std::size_t found = 0;
  for (const Region& r : all_regions()) {
    if (r.id.size() != 2) continue;
    std::string lower(r.id);
    for (char& c : lower) c = static_cast<char>(c | 0x20);
    const Region* first = nullptr;  // the first region of the table with the code
    for (const Region& q : all_regions()) {
      if (q.id == r.id) {
        first = &q;
        break;
      }
    }
    EXPECT_EQ(find_region(r.id), first) << r.id;
    EXPECT_EQ(find_region(lower), first) << lower;
    ++found;
  }
  EXPECT_GT(found, 240u);
  for (const char* id : {"", "D", "DEU", "D1", "1D", "[[", "@@", "001"}) {
    EXPECT_EQ(find_region(id), nullptr) << id;
  }
}

TEST(Phone, reads_the_region_table) {
  const auto* de = phone_detail::find_region("de");
  ASSERT_NE(de, nullptr);
  EXPECT_EQ(de->calling_code, "49");
  EXPECT_EQ(de->national_prefix, "0");
  EXPECT_EQ(de->international_prefix, "00");
  auto nanpa = phone_detail::regions_for_code("1");
  ASSERT_FALSE(nanpa.empty());
  EXPECT_EQ(nanpa[0]->id, "US");
  EXPECT_EQ(phone_detail::find_region("XX"), nullptr);
}

}  // namespace
}  // namespace licenseform

namespace licenseform {
namespace {

TEST(Phone, refuses_a_number_with_the_decimal_part_of_a_float_column) {
  for (const char* text : {"030 23125001.0", "+493023125001.0", "493023125001.00"}) {
    FieldResult r = check_phone(text, PhoneOptions{"DE"});
    EXPECT_FALSE(r.ok()) << text;
    ASSERT_FALSE(r.issues.empty()) << text;
    EXPECT_EQ(r.issues[0].code, "phone.decimal_part") << text;
    EXPECT_EQ(r.value, "") << text;
  }
  EXPECT_TRUE(check_phone("+49 30 2312.5001", PhoneOptions{"DE"}).ok());  // a separator dot
  EXPECT_EQ(check_phone("+33 6.12.34.56.00", PhoneOptions{"DE"}).value, "+33612345600");
}

}  // namespace
}  // namespace licenseform
