// Punycode against the sample strings of RFC 3492 section 7.1, and the UTF-8
// codec beneath it.
#include "licenseform/punycode.hpp"
#include "licenseform/text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace licenseform {
namespace {

struct Sample {
  const char* name;
  std::u32string_view unicode;
  std::string_view punycode;
};

// RFC 3492 7.1. The RFC writes (I) with a mixed-case annotation
// ("...gefbaDotc..."); without annotations the encoder gives lower case.
const Sample kRfcSamples[] = {
    {"A arabic_egyptian",
     U"\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628"
     U"\u064A\u061F",
     "egbpdaj6bu4bxfgehfvwxn"},
    {"B chinese_simplified", U"\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587",
     "ihqwcrb4cv8a8dqg056pqjye"},
    {"C chinese_traditional", U"\u4ED6\u5011\u7232\u4EC0\u9EBD\u4E0D\u8AAA\u4E2D\u6587",
     "ihqwctvzc91f659drss3x8bo0yb"},
    {"D czech", U"Pro\u010Dprost\u011Bnemluv\u00ED\u010Desky", "Proprostnemluvesky-uyb24dma41a"},
    {"E hebrew",
     U"\u05DC\u05DE\u05D4\u05D4\u05DD\u05E4\u05E9\u05D5\u05D8\u05DC\u05D0\u05DE\u05D3\u05D1\u05E8"
     U"\u05D9\u05DD\u05E2\u05D1\u05E8\u05D9\u05EA",
     "4dbcagdahymbxekheh6e0a7fei0b"},
    {"F hindi",
     U"\u092F\u0939\u0932\u094B\u0917\u0939\u093F\u0928\u094D\u0926\u0940\u0915\u094D\u092F\u094B"
     U"\u0902\u0928\u0939\u0940\u0902\u092C\u094B\u0932\u0938\u0915\u0924\u0947\u0939\u0948\u0902",
     "i1baa7eci9glrd9b2ae1bj0hfcgg6iyaf8o0a1dig0cd"},
    {"G japanese",
     U"\u306A\u305C\u307F\u3093\u306A\u65E5\u672C\u8A9E\u3092\u8A71\u3057\u3066\u304F\u308C\u306A"
     U"\u3044\u306E\u304B",
     "n8jok5ay5dzabd5bym9f0cm5685rrjetr6pdxa"},
    {"H korean",
     U"\uC138\uACC4\uC758\uBAA8\uB4E0\uC0AC\uB78C\uB4E4\uC774\uD55C\uAD6D\uC5B4\uB97C\uC774\uD574"
     U"\uD55C\uB2E4\uBA74\uC5BC\uB9C8\uB098\uC88B\uC744\uAE4C",
     "989aomsvi5e83db1d2a355cv1e0vak1dwrv93d5xbh15a0dt30a5jpsd879ccm6fea98c"},
    {"I russian",
     U"\u043F\u043E\u0447\u0435\u043C\u0443\u0436\u0435\u043E\u043D\u0438\u043D\u0435\u0433\u043E"
     U"\u0432\u043E\u0440\u044F\u0442\u043F\u043E\u0440\u0443\u0441\u0441\u043A\u0438",
     "b1abfaaepdrnnbgefbadotcwatmq2g4l"},
    {"J spanish", U"Porqu\u00E9nopuedensimplementehablarenEspa\u00F1ol",
     "PorqunopuedensimplementehablarenEspaol-fmd56a"},
    {"K vietnamese", U"T\u1EA1isaoh\u1ECDkh\u00F4ngth\u1EC3ch\u1EC9n\u00F3iti\u1EBFngVi\u1EC7t",
     "TisaohkhngthchnitingVit-kjcr8268qyxafd2f1b9g"},
    {"L 3_nen_b_gumi", U"3\u5E74B\u7D44\u91D1\u516B\u5148\u751F", "3B-ww4c5e180e575a65lsy2b"},
    {"M amuro_namie_with_super_monkeys", U"\u5B89\u5BA4\u5948\u7F8E\u6075-with-SUPER-MONKEYS",
     "-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n"},
    {"N hello_another_way", U"Hello-Another-Way-\u305D\u308C\u305E\u308C\u306E\u5834\u6240",
     "Hello-Another-Way--fc4qua05auwb3674vfr0b"},
    {"O hitotsu_yane_no_shita_2", U"\u3072\u3068\u3064\u5C4B\u6839\u306E\u4E0B2",
     "2-u9tlzr9756bt3uc0v"},
    {"P maji_de_koi_suru_5_byou_mae", U"Maji\u3067Koi\u3059\u308B5\u79D2\u524D",
     "MajiKoi5-783gue6qz075azm5e"},
    {"Q pafii_de_runba", U"\u30D1\u30D5\u30A3\u30FCde\u30EB\u30F3\u30D0", "de-jg4avhby1noc0d"},
    {"R sono_supiido_de", U"\u305D\u306E\u30B9\u30D4\u30FC\u30C9\u3067", "d9juau41awczczp"},
    {"S ascii_only", U"-> \u00241.00 <-", "-> $1.00 <--"},
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return out;
}

TEST(Punycode, encodes_every_rfc_3492_sample_string) {
  for (const Sample& s : kRfcSamples) {
    auto encoded = punycode_encode(s.unicode);
    ASSERT_TRUE(encoded.has_value()) << s.name;
    EXPECT_EQ(*encoded, s.punycode) << s.name;
  }
}

TEST(Punycode, decodes_every_rfc_3492_sample_string) {
  for (const Sample& s : kRfcSamples) {
    auto decoded = punycode_decode(s.punycode);
    ASSERT_TRUE(decoded.has_value()) << s.name;
    EXPECT_EQ(*decoded, s.unicode) << s.name;
  }
}

TEST(Punycode, decodes_the_rfc_mixed_case_annotation_of_the_russian_sample) {
  auto decoded = punycode_decode("b1abfaaepdrnnbgefbaDotcwatmq2g4l");
  ASSERT_TRUE(decoded.has_value());
  EXPECT_EQ(*decoded, kRfcSamples[8].unicode);
}

TEST(Punycode, encodes_a_german_label) {
  EXPECT_EQ(punycode_encode(U"b\u00FCcher"), "bcher-kva");
  EXPECT_EQ(punycode_encode(U"m\u00FCnchen"), "mnchen-3ya");
}

TEST(Punycode, refuses_input_that_is_not_punycode) {
  EXPECT_FALSE(punycode_decode("abc-\xC3\xA9").has_value());  // non-ASCII digit
  EXPECT_FALSE(punycode_decode("bcher-kv!").has_value());
  EXPECT_FALSE(punycode_decode("99999999999999999999").has_value());  // overflow
}

TEST(Punycode, refuses_surrogates_in_the_input) {
  const char32_t lone_surrogate[] = {U'a', 0xD800, 0};
  EXPECT_FALSE(punycode_encode(lone_surrogate).has_value());
}

TEST(Utf8, decodes_and_encodes_every_sequence_length) {
  const std::string text = "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";  // A é € 😀
  auto cps = to_code_points(text);
  ASSERT_TRUE(cps.has_value());
  EXPECT_EQ(*cps, U"A\u00E9\u20AC\U0001F600");
  EXPECT_EQ(to_utf8(*cps), text);
}

// to_utf8 sizes its text first and writes in place; append_utf8 appends a
// code point at a time: both give the same bytes at every length's edges.
TEST(Utf8, writes_the_bytes_append_utf8_writes_at_every_edge) {
  const std::u32string edges = {0x00, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF, U'a'};
  std::string appended;
  for (char32_t c : edges) append_utf8(appended, c);
  EXPECT_EQ(to_utf8(edges), appended);
  EXPECT_EQ(appended.size(), 1u + 1 + 2 + 2 + 3 + 3 + 4 + 4 + 1);
  EXPECT_EQ(to_utf8(U""), "");
  EXPECT_EQ(*to_code_points(appended), edges);
}

TEST(Utf8, refuses_malformed_sequences) {
  EXPECT_FALSE(to_code_points("\xC3").has_value());              // truncated
  EXPECT_FALSE(to_code_points("\xC0\xAF").has_value());          // overlong '/'
  EXPECT_FALSE(to_code_points("\xE0\x80\xAF").has_value());      // overlong, 3 bytes
  EXPECT_FALSE(to_code_points("\xED\xA0\x80").has_value());      // surrogate U+D800
  EXPECT_FALSE(to_code_points("\xF4\x90\x80\x80").has_value());  // above U+10FFFF
  EXPECT_FALSE(to_code_points("\xE9t\xE9").has_value());         // Windows-1252 "été"
  EXPECT_FALSE(to_code_points("a\x80").has_value());             // lone continuation
}

TEST(DomainToAscii, lower_cases_and_converts_each_label) {
  EXPECT_EQ(domain_to_ascii(U"B\u00DCCHER.Example").ascii, "xn--bcher-kva.example");
  EXPECT_EQ(domain_to_ascii(U"example.COM").ascii, "example.com");
  EXPECT_EQ(domain_to_ascii(U"\u041F\u0420\u0418\u041C\u0415\u0420.example").ascii,
            "xn--e1afmkfd.example");
  EXPECT_EQ(domain_to_ascii(U"\u0395\u039B\u039B\u0391\u0394\u0391.example").ascii,
            domain_to_ascii(U"\u03B5\u03BB\u03BB\u03B1\u03B4\u03B1.example").ascii);
}

TEST(DomainToAscii, keeps_caseless_scripts) {
  EXPECT_EQ(domain_to_ascii(U"\u4F8B\u3048.example").ascii, "xn--r8jz45g.example");
}

TEST(DomainToAscii, refuses_what_it_cannot_lower_case_safely) {
  EXPECT_EQ(domain_to_ascii(U"\u0130stanbul.example").unsupported, char32_t{0x130});
  EXPECT_EQ(domain_to_ascii(U"bu\u0308cher.example").unsupported, char32_t{0x308});
  EXPECT_EQ(domain_to_ascii(U"\u2603.example").unsupported, char32_t{0x2603});
}

}  // namespace
}  // namespace licenseform
