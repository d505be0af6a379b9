// decode_bytes and the UTF-8 helpers: every encoding a customer's
// spreadsheet program writes, read back to the same UTF-8 text.
#include "licenseform/text.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace licenseform {
namespace {

std::string utf16(std::u16string_view text, bool little, bool bom) {
  std::string out;
  auto put = [&](char16_t u) {
    char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    out += little ? lo : hi;
    out += little ? hi : lo;
  };
  if (bom) put(0xFEFF);
  for (char16_t u : text) put(u);
  return out;
}

TEST(Utf8, accepts_valid_and_refuses_broken_sequences) {
  EXPECT_TRUE(is_valid_utf8("Zo\xC3\xAB \xF0\x9F\x98\x8E"));
  EXPECT_FALSE(is_valid_utf8("Zo\xEB"));            // Windows-1252 ë
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate U+D800
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(is_valid_utf8("\xE2\x82"));          // cut short
}

// Two-byte sequences have their own quick test: every lead from C0 to DF
// with every second byte, after and before ASCII of every length around
// the word size, and a lead cut off at the end.
TEST(Utf8, every_two_byte_sequence_is_told_right) {
  for (unsigned lead = 0xC0; lead <= 0xDF; ++lead) {
    for (unsigned second = 0; second < 256; ++second) {
      const bool valid = lead >= 0xC2 && second >= 0x80 && second <= 0xBF;
      for (std::size_t before : {0, 1, 7, 8, 9}) {
        const std::string pair{static_cast<char>(lead), static_cast<char>(second)};
        const std::string text = std::string(before, 'a') + pair + "z";
        ASSERT_EQ(is_valid_utf8(text), valid) << std::hex << lead << " " << second;
      }
    }
    EXPECT_FALSE(is_valid_utf8(std::string(9, 'a') + static_cast<char>(lead))) << std::hex << lead;
  }
}

// Found by a review helper under ASan: a text whose last ASCII run filled
// whole 16-byte steps had the byte after its end read. Each text sits in
// a larger buffer followed by a byte that would change the answer.
TEST(Utf8, never_reads_past_the_end_of_the_text) {
  for (std::size_t n = 0; n <= 70; ++n) {
    for (const std::string& lead : {std::string(), std::string("Jos\xC3\xA9")}) {
      const std::string text = lead + std::string(n, 'a');
      for (char after : {'\xFF', '\xC3', '\0'}) {
        const std::string buffer = text + after;
        const std::string_view view = std::string_view(buffer).substr(0, text.size());
        ASSERT_TRUE(is_valid_utf8(view)) << n << " " << int(after);
        ASSERT_TRUE(utf8_text_view(view).has_value()) << n << " " << int(after);
      }
    }
  }
}

TEST(Utf8, counts_code_points) {
  EXPECT_EQ(code_points("Zo\xC3\xAB"), 3u);
  EXPECT_EQ(code_points("\xF0\x9F\x98\x8E!"), 2u);
  EXPECT_EQ(code_points(""), 0u);
}

TEST(Trim, removes_ascii_no_break_and_zero_width_spaces_at_both_ends) {
  EXPECT_EQ(trim(" \t Ada \r\n"), "Ada");
  EXPECT_EQ(trim("\xC2\xA0\xE2\x80\xAF"
                 "Ada B\xE2\x80\x8B\xEF\xBB\xBF"),
            "Ada B");
  EXPECT_EQ(trim("\xE3\x80\x80"
                 "Ada\xE2\x80\x83"),
            "Ada");  // ideographic, em space
  EXPECT_EQ(trim("  "), "");
}

TEST(Trim, keeps_inner_spaces_and_joiners) {
  EXPECT_EQ(trim(" Ada  Beispiel "), "Ada  Beispiel");
  EXPECT_EQ(trim("\xE2\x80\x8D"
                 "a\xE2\x80\x8C"),
            "\xE2\x80\x8D"
            "a\xE2\x80\x8C");  // ZWJ, ZWNJ
}

TEST(Trim, stops_at_broken_bytes_instead_of_reading_past_them) {
  EXPECT_EQ(trim("\x80 a \xC3"), "\x80 a \xC3");
}

TEST(Decode, reads_utf8_with_and_without_bom) {
  Decoded plain = decode_bytes("Name\r\nZo\xC3\xAB\r\n");
  EXPECT_TRUE(plain.ok);
  EXPECT_EQ(plain.encoding, Encoding::utf8);
  EXPECT_EQ(plain.text, "Name\r\nZo\xC3\xAB\r\n");
  EXPECT_TRUE(plain.issues.empty());
  Decoded bom = decode_bytes("\xEF\xBB\xBF\xEF\xBB\xBFName");
  EXPECT_EQ(bom.encoding, Encoding::utf8_bom);
  EXPECT_EQ(bom.text, "Name");  // a doubled BOM is gone too
}

TEST(Decode, reads_utf16_with_a_bom_in_both_byte_orders) {
  std::u16string text = u"Name\tEmail\r\nZo\u00EB \U0001F60E\r\n";
  for (bool little : {true, false}) {
    Decoded d = decode_bytes(utf16(text, little, true));
    EXPECT_TRUE(d.ok);
    EXPECT_EQ(d.encoding, little ? Encoding::utf16le : Encoding::utf16be);
    EXPECT_EQ(d.text, "Name\tEmail\r\nZo\xC3\xAB \xF0\x9F\x98\x8E\r\n");
    EXPECT_TRUE(d.issues.empty());
  }
}

TEST(Decode, spots_utf16_without_a_bom_by_its_nul_bytes) {
  for (bool little : {true, false}) {
    Decoded d = decode_bytes(utf16(u"Email\r\nada@example.com\r\n", little, false));
    EXPECT_TRUE(d.ok);
    EXPECT_EQ(d.encoding, little ? Encoding::utf16le : Encoding::utf16be);
    EXPECT_EQ(d.text, "Email\r\nada@example.com\r\n");
  }
}

TEST(Decode, refuses_utf16_with_a_lone_surrogate) {
  Decoded d = decode_bytes(utf16(u"Ada\xD800x", true, true));
  EXPECT_FALSE(d.ok);
  ASSERT_EQ(d.issues.size(), 1u);
  EXPECT_EQ(d.issues[0].code, "csv.encoding.invalid_utf16");
}

TEST(Decode, reads_windows1252_with_a_warning) {
  Decoded d = decode_bytes("Chlo\xE9,J\xFCrgen,Fran\xE7ois,\x93Zo\xEB\x94,100\x80\r\n");
  EXPECT_TRUE(d.ok);
  EXPECT_EQ(d.encoding, Encoding::windows1252);
  EXPECT_EQ(d.text,
            "Chlo\xC3\xA9,J\xC3\xBCrgen,Fran\xC3\xA7ois,\xE2\x80\x9CZo\xC3\xAB\xE2\x80\x9D,"
            "100\xE2\x82\xAC\r\n");
  ASSERT_EQ(d.issues.size(), 1u);
  EXPECT_EQ(d.issues[0].code, "csv.encoding.windows1252");
  EXPECT_EQ(d.issues[0].severity, Severity::warning);
}

TEST(Decode, reads_upper_case_windows1252_names) {
  Decoded d = decode_bytes("M\xDCLLER,\xC9MILE\r\n");
  EXPECT_EQ(d.encoding, Encoding::windows1252);
  EXPECT_EQ(d.text, "M\xC3\x9CLLER,\xC3\x89MILE\r\n");
}

TEST(Decode, reads_mac_roman_from_old_excel_for_mac) {
  // "Chloé,Jürgen,François,Émile" in Mac Roman with lone CR line ends.
  Decoded d = decode_bytes("Chlo\x8E,J\x9Frgen\rFran\x8Dois,\x83mile\r");
  EXPECT_TRUE(d.ok);
  EXPECT_EQ(d.encoding, Encoding::mac_roman);
  EXPECT_EQ(d.text, "Chlo\xC3\xA9,J\xC3\xBCrgen\rFran\xC3\xA7ois,\xC3\x89mile\r");
  ASSERT_EQ(d.issues.size(), 1u);
  EXPECT_EQ(d.issues[0].code, "csv.encoding.mac_roman");
}

TEST(Decode, reads_mac_roman_letters_even_with_crlf) {
  Decoded d = decode_bytes("Zo\x91\r\nM\x9Fller\r\n");
  EXPECT_EQ(d.encoding, Encoding::mac_roman);
  EXPECT_EQ(d.text, "Zo\xC3\xAB\r\nM\xC3\xBCller\r\n");
}

TEST(Decode, refuses_legacy_text_that_reads_as_letters_either_way) {
  // A word-initial 0xE9 before "ric": "éric" in Windows-1252, "Èric" in Mac Roman.
  Decoded d = decode_bytes("Name\r\n\xE9ric\r\n");
  EXPECT_FALSE(d.ok);
  ASSERT_EQ(d.issues.size(), 1u);
  EXPECT_EQ(d.issues[0].code, "csv.encoding.ambiguous");
}

TEST(Decode, refuses_another_script_in_an_8bit_code_page) {
  Decoded d = decode_bytes("\xC8\xE2\xE0\xED \xCF\xE5\xF2\xF0\xEE\xE2\r\n");  // Cyrillic, cp1251
  EXPECT_FALSE(d.ok);
  ASSERT_EQ(d.issues.size(), 1u);
  EXPECT_EQ(d.issues[0].code, "csv.encoding.unknown");
}

TEST(Decode, never_produces_replacement_characters_or_nul) {
  std::string all;
  for (int b = 1; b < 256; ++b) {
    if (b < 0x20 || b == 0x7F) continue;
    all += static_cast<char>(b);
    all += ' ';
  }
  Decoded d = decode_bytes(all);
  ASSERT_TRUE(d.ok);
  EXPECT_EQ(d.text.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_EQ(d.text.find('\0'), std::string::npos);
  EXPECT_TRUE(is_valid_utf8(d.text));
}

TEST(Decode, refuses_binary_bytes) {
  Decoded d = decode_bytes(std::string("\x01\x02\x03\x00\x10 name", 10));
  EXPECT_FALSE(d.ok);
  ASSERT_EQ(d.issues.size(), 1u);
  EXPECT_EQ(d.issues[0].code, "csv.not_csv.binary");
}

// A text is taken for binary when more than 1 % of its first 64 KB are
// control characters other than tab, line breaks and form feed: counted
// at every place of a word, the allowed ones never, and nothing past 64 KB.
TEST(Decode, counts_control_characters_to_the_one_percent_at_every_place) {
  for (std::size_t place = 0; place < 8; ++place) {
    std::string text(1000, 'a');
    for (std::size_t i = place; i < 10 * 8; i += 8) text[i] = '\x01';  // 10 of 1,000: 1 %
    EXPECT_TRUE(decode_bytes(text).ok) << place;
    text[999 - place] = '\x1F';  // 11 of 1,000
    Decoded d = decode_bytes(text);
    ASSERT_FALSE(d.ok) << place;
    EXPECT_EQ(d.issues.at(0).code, "csv.not_csv.binary");
  }
  std::string allowed(1000, 'a');
  for (std::size_t i = 0; i < 400; i += 4) allowed.replace(i, 4, "\t\n\r\f");
  EXPECT_TRUE(decode_bytes(allowed).ok);
  std::string late(65536, 'a');
  late += std::string(2000, '\x02');  // past the first 64 KB: not counted
  EXPECT_TRUE(decode_bytes(late).ok);
}

TEST(DoubleEncoding, repairs_utf8_read_as_windows1252) {
  EXPECT_EQ(repair_double_encoding("Chlo\xC3\x83\xC2\xA9"), "Chlo\xC3\xA9");
  EXPECT_EQ(repair_double_encoding("M\xC3\x83\xC2\xBCller"), "M\xC3\xBCller");
  // U+2019 as UTF-8 is E2 80 99, which Windows-1252 shows as "â€™".
  EXPECT_EQ(repair_double_encoding("O\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2Neil"), "O\xE2\x80\x99Neil");
}

TEST(DoubleEncoding, leaves_real_names_alone) {
  EXPECT_EQ(repair_double_encoding("Chlo\xC3\xA9"), std::nullopt);  // Chloé
  EXPECT_EQ(repair_double_encoding("\xC3\x83ngel"), std::nullopt);  // Ãngel
  EXPECT_EQ(repair_double_encoding("Ada Beispiel"), std::nullopt);  // ASCII
  EXPECT_EQ(repair_double_encoding("\xC3\x87"
                                   "a\xC4\x9Fla"),
            std::nullopt);                                    // Çağla
  EXPECT_EQ(repair_double_encoding("Zo\xEB"), std::nullopt);  // not UTF-8
}

TEST(Encoding, has_names_for_reports) {
  EXPECT_EQ(to_string(Encoding::windows1252), "windows-1252");
  EXPECT_EQ(to_string(Encoding::utf16le), "utf-16le");
  EXPECT_EQ(to_string(Encoding::mac_roman), "mac-roman");
}

}  // namespace
}  // namespace licenseform

namespace licenseform {
namespace {

TEST(CountByte, counts_every_occurrence_at_every_alignment) {
  std::string text;
  for (int i = 0; i < 300; ++i) {
    text += (i % 7 == 0 || i % 11 == 3) ? '\n' : static_cast<char>('a' + i % 26);
  }
  text += "\n\x8a\x0a\xff\n";  // bytes with the high bit set around the wanted one
  for (std::size_t from = 0; from < 20; ++from) {
    const std::string_view part = std::string_view(text).substr(from);
    const auto expected = static_cast<std::size_t>(std::count(part.begin(), part.end(), '\n'));
    EXPECT_EQ(count_byte(part, '\n'), expected)
        << "from " << from;
  }
  EXPECT_EQ(count_byte("", '\n'), 0u);
  EXPECT_EQ(count_byte(std::string(64, '\n'), '\n'), 64u);
  EXPECT_EQ(count_byte(std::string(64, '\x80'), '\x80'), 64u);
  EXPECT_EQ(count_byte(std::string(64, '\x00') + "x", '\0'), 64u);
}

}  // namespace
}  // namespace licenseform

namespace licenseform {
namespace {

TEST(FindByte, finds_the_first_occurrence_from_any_start) {
  EXPECT_EQ(find_byte("abcdefghijklmnop", 'a', std::string_view::npos - 3), std::string_view::npos);
  const std::string text = "abc\x80\xC3\xA9xyz" + std::string(20, 'q') + "\xC3" +
                           std::string(9, '\0') + "\xC3";
  for (char b : {'\xC3', '\0', 'q', 'z', '\x80', 'Z'}) {
    for (std::size_t from = 0; from <= text.size() + 1; ++from) {
      EXPECT_EQ(find_byte(text, b, from), std::string_view(text).find(b, from))
          << static_cast<int>(b) << " from " << from;
    }
  }
}

// The file-level hint and the name check look only where such a pair is.
TEST(FindDoubleEncodedPair, finds_the_lead_of_a_character_read_twice) {
  const std::string mangled = "Chlo\xC3\x83\xC2\xA9";  // Chloé read as Windows-1252
  EXPECT_EQ(find_double_encoded_pair(mangled), 4u);
  EXPECT_EQ(find_double_encoded_pair(mangled, 5), std::string_view::npos);
  EXPECT_EQ(find_double_encoded_pair("O\xC3\xA2\xE2\x82\xAC"), 1u);  // O’ as â€
  // Real é, ü and Ç lead nowhere: C3 followed by a letter's byte.
  EXPECT_EQ(find_double_encoded_pair("Chlo\xC3\xA9, J\xC3\xBCrgen, \xC3\x87" "a\xC4\x9Fla"),
            std::string_view::npos);
  // Ã followed by ASCII, and a pair cut off at the end of the text.
  EXPECT_EQ(find_double_encoded_pair("\xC3\x83ngel"), std::string_view::npos);
  EXPECT_EQ(find_double_encoded_pair("x\xC3\x83\xC2"), std::string_view::npos);
  const std::string later = std::string(40, 'a') + "\xC3\xA9 " + mangled;
  EXPECT_EQ(find_double_encoded_pair(later), 40u + 3 + 4);
  EXPECT_EQ(find_double_encoded_pair(later, later.size()), std::string_view::npos);
}

TEST(FindEither, finds_the_first_of_two_bytes_from_any_start) {
  const std::string text = "abc\x80\xC3\xA9xyz" + std::string(20, 'q') + "\xEF" +
                           std::string(9, '\0') + "\xC3";
  for (auto [a, b] : {std::pair{'\xC3', '\xEF'}, std::pair{'q', 'z'}, std::pair{'\0', 'Z'},
                      std::pair{'Z', 'Y'}}) {
    for (std::size_t from = 0; from <= text.size() + 1; ++from) {
      const std::size_t expected = std::min(std::string_view(text).find(a, from),
                                            std::string_view(text).find(b, from));
      EXPECT_EQ(find_either(text, a, b, from), expected) << a << b << " from " << from;
    }
  }
}

// An upload is read in place only when it is UTF-8 without a NUL: one
// pass tells both, at every place of a word.
TEST(Utf8TextView, refuses_a_nul_or_broken_utf8_at_every_place) {
  const std::string clean = std::string(20, 'a') + "\xC3\xA9" + std::string(20, 'b');
  EXPECT_TRUE(utf8_text_view(clean).has_value());
  for (std::size_t at = 0; at <= clean.size(); ++at) {
    std::string nul = clean, broken = clean;
    nul.insert(at, 1, '\0');
    broken.insert(at, 1, '\xFF');
    EXPECT_FALSE(utf8_text_view(nul).has_value()) << at;
    EXPECT_FALSE(utf8_text_view(broken).has_value()) << at;
  }
}

}  // namespace
}  // namespace licenseform
