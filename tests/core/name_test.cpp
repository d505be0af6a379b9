// The agent's name: docs/rules.md "Name", and the formula-injection file of
// the corpus (32-formula-injection.csv).
#include <gtest/gtest.h>

#include <string>

#include "licenseform/fields.hpp"
#include "licenseform/messages.hpp"

namespace licenseform {
namespace {

// The one error of a refused name, or "" when it was accepted.
std::string error_code(std::string_view text) {
  FieldResult r = check_name(text);
  for (const Issue& i : r.issues) {
    if (i.is_error()) return i.code;
  }
  return "";
}

TEST(Name, accepts_names_of_any_script_and_shape) {
  for (const char* name :
       {"Ada Beispiel", "O'Brien", "Anna-Lena Müller-Probe", "Zoë", "X", "Çağla Örnek",
        "山田 太郎", "Ελένη Παράδειγμα", "Мария Пример", "محمد مثال", "Louis XIV",
        "Jean-Baptiste 2", "Ngũgĩ wa Thiong'o"}) {
    FieldResult r = check_name(name);
    EXPECT_TRUE(r.ok()) << name;
    EXPECT_EQ(r.value, name);
    EXPECT_TRUE(r.issues.empty()) << name;
  }
}

TEST(Name, trims_white_space_including_no_break_and_zero_width_spaces) {
  EXPECT_EQ(check_name("  Ada Beispiel\t").value, "Ada Beispiel");
  EXPECT_EQ(check_name("\xC2\xA0"
                       "Ada Beispiel"
                       "\xE2\x80\x8B")
                .value,
            "Ada Beispiel");
  EXPECT_EQ(check_name("\xEF\xBB\xBF"
                       "Ada"
                       "\xE2\x80\xAF")
                .value,
            "Ada");
}

TEST(Name, collapses_inner_white_space_runs_silently) {
  FieldResult r = check_name("Ada  \t Beispiel");
  EXPECT_EQ(r.value, "Ada Beispiel");
  EXPECT_TRUE(r.issues.empty());
  EXPECT_EQ(check_name("Ada\xC2\xA0\xC2\xA0"
                       "Beispiel")
                .value,
            "Ada Beispiel");
}

TEST(Name, replaces_a_line_break_by_a_space_with_a_warning) {
  FieldResult r = check_name("Carla\nProbe");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value, "Carla Probe");
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].code, "name.line_break");
  EXPECT_EQ(r.issues[0].severity, Severity::warning);
  EXPECT_EQ(r.issues[0].column, Column::name);
  EXPECT_EQ(r.issues[0].param("value"), "Carla Probe");
  EXPECT_EQ(check_name("Carla\r\nProbe").value, "Carla Probe");
  EXPECT_EQ(check_name("Carla\xE2\x80\xA8Probe").value, "Carla Probe");
}

TEST(Name, allows_zero_width_joiner_and_non_joiner) {
  const std::string zwnj = "\xE0\xA4\x95\xE0\xA5\x8D\xE2\x80\x8C\xE0\xA4\xB7";  // क्‌ष
  const std::string zwj = "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB";       // 👩‍💻
  EXPECT_EQ(check_name(zwnj).value, zwnj);
  EXPECT_EQ(check_name("Ada " + zwj).value, "Ada " + zwj);
}

TEST(Name, refuses_an_empty_name) {
  FieldResult r = check_name("");
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].code, "name.missing");
  EXPECT_EQ(r.issues[0].message(), "Enter the agent’s name");
  EXPECT_EQ(r.value, "");
  EXPECT_EQ(error_code(" \t\xC2\xA0 "), "name.missing");
}

TEST(Name, refuses_invalid_utf8) {
  EXPECT_EQ(error_code("Chlo\xE9"), "name.invalid_utf8");
  EXPECT_EQ(error_code("Ada\xC0\xAF"), "name.invalid_utf8");
}

TEST(Name, refuses_control_characters) {
  EXPECT_EQ(error_code(std::string("Ada\0Beispiel", 12)), "name.control_character");
  EXPECT_EQ(error_code("Ada\x1B[31mBeispiel"), "name.control_character");
  EXPECT_EQ(error_code("Ada\x7F"), "name.control_character");
  EXPECT_EQ(error_code("Ada\xC2\x85"
                       "Beispiel"),
            "name.control_character");  // NEL, C1
  EXPECT_EQ(error_code("Ada\vBeispiel"), "name.control_character");
  EXPECT_EQ(check_name("Ada\x7F").issues[0].param("codepoint"), "U+007F");
}

TEST(Name, refuses_bidi_embedding_and_override_characters) {
  for (const char* c : {"\xE2\x80\xAA", "\xE2\x80\xAE", "\xE2\x81\xA6", "\xE2\x81\xA9"}) {
    EXPECT_EQ(error_code(std::string("Ada ") + c + "lepsieB"), "name.bidi_control");
  }
  EXPECT_EQ(check_name("Ada \xE2\x80\xAE"
                       "x")
                .issues[0]
                .param("codepoint"),
            "U+202E");
}

TEST(Name, refuses_noncharacters_and_the_replacement_character) {
  EXPECT_EQ(error_code("Ada \xEF\xB7\x90"), "name.noncharacter");      // U+FDD0
  EXPECT_EQ(error_code("Ada \xEF\xBF\xBE"), "name.noncharacter");      // U+FFFE
  EXPECT_EQ(error_code("Ada \xF0\x9F\xBF\xBF"), "name.noncharacter");  // U+1FFFF
  EXPECT_EQ(error_code("Chlo\xEF\xBF\xBD"), "name.replacement_character");
}

TEST(Name, accepts_exactly_100_characters_and_refuses_101) {
  std::string name;
  for (int i = 0; i < 100; ++i) name += "\xC3\xA9";  // é: 2 bytes, 1 character
  EXPECT_EQ(check_name(name).value, name);
  FieldResult r = check_name(name + "e");
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].code, "name.too_long");
  EXPECT_EQ(r.issues[0].message(), "Name must be 100 characters or fewer");
}

// 32-formula-injection.csv: rows 2 to 6 are refused, row 7 accepted.
TEST(Name, refuses_the_formula_injection_file_payloads) {
  for (const char* payload : {"=HYPERLINK(\"https://example.com/\",\"Ada Beispiel\")", "+1+2 Bruno",
                              "-1+2 Carla", "@SUM(A1:A2)", "\t=1+2"}) {
    FieldResult r = check_name(payload);
    ASSERT_EQ(r.issues.size(), 1u) << payload;
    EXPECT_EQ(r.issues[0].code, "name.formula_start") << payload;
    EXPECT_EQ(r.issues[0].message(),
              "Name must not start with = + - @ or a tab; real names never do. Remove the "
              "first character");
    EXPECT_EQ(r.value, "");
  }
  EXPECT_EQ(check_name("Fiona Sample").value, "Fiona Sample");
}

TEST(Name, refuses_a_tab_or_carriage_return_at_the_start) {
  EXPECT_EQ(error_code("\tAda Beispiel"), "name.formula_start");
  EXPECT_EQ(error_code(" \rAda Beispiel"), "name.formula_start");
  EXPECT_EQ(error_code("  =1+2"), "name.formula_start");
}

TEST(Name, allows_formula_characters_inside_a_name) {
  EXPECT_EQ(check_name("Ada Beispiel-Muster").value, "Ada Beispiel-Muster");
  EXPECT_EQ(check_name("Ada @ Example").value, "Ada @ Example");
}

TEST(Name, warns_about_double_encoded_text_and_proposes_the_repair) {
  FieldResult r = check_name("Chlo\xC3\x83\xC2\xA9 Exemple");  // "ChloÃ© Exemple"
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value, "Chlo\xC3\x83\xC2\xA9 Exemple");
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].code, "name.double_encoded");
  EXPECT_EQ(r.issues[0].severity, Severity::warning);
  EXPECT_EQ(r.issues[0].param("suggestion"), "Chlo\xC3\xA9 Exemple");
}

TEST(Name, repairs_double_encoding_through_windows_1252_punctuation) {
  // "Renée Müller" became "RenÃ©e MÃ¼ller"; "Zoë O’Sample" became
  // "ZoÃ« Oâ€™Sample" (‘€’ and ‘™’ are Windows-1252 bytes 0x80 and 0x99).
  EXPECT_EQ(check_name("Ren\xC3\x83\xC2\xA9"
                       "e M\xC3\x83\xC2\xBC"
                       "ller")
                .issues[0]
                .param("suggestion"),
            "Ren\xC3\xA9"
            "e M\xC3\xBC"
            "ller");
  EXPECT_EQ(check_name("Zo\xC3\x83\xC2\xAB O\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2Sample")
                .issues[0]
                .param("suggestion"),
            "Zo\xC3\xAB O\xE2\x80\x99Sample");
}

TEST(Name, does_not_take_genuine_accents_for_double_encoding) {
  for (const char* name : {"Chloé Exemple", "Jürgen Testmann", "Ångström", "Søren Ñoño"}) {
    EXPECT_TRUE(check_name(name).issues.empty()) << name;
  }
}

TEST(Name, has_german_and_english_texts_for_every_code) {
  for (const char* code :
       {"name.missing", "name.invalid_utf8", "name.control_character", "name.bidi_control",
        "name.noncharacter", "name.replacement_character", "name.formula_start", "name.too_long",
        "name.line_break", "name.double_encoded"}) {
    const MessageText* m = find_message(code);
    ASSERT_NE(m, nullptr) << code;
    EXPECT_FALSE(m->en.empty());
    EXPECT_FALSE(m->de.empty());
  }
}

}  // namespace
}  // namespace licenseform
