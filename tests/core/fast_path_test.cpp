// The checks of names and email addresses read the common value straight
// from its bytes and take the full check (decoding to code points) for
// anything else. A leading space sends every value the full way, and is
// trimmed without a word: so both ways must give the same answer.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "licenseform/fields.hpp"
#include "licenseform/text.hpp"

namespace licenseform {
namespace {

std::vector<std::string> codes(const FieldResult& r) {
  std::vector<std::string> out;
  for (const Issue& i : r.issues) out.push_back(i.code + " " + i.message());
  return out;
}

// Deterministic strings from pieces that sit on the edges of both paths.
std::vector<std::string> samples(const std::vector<std::string>& pieces, int count) {
  std::vector<std::string> out;
  std::uint32_t state = 20261203;
  for (int n = 0; n < count; ++n) {
    std::string s;
    const int length = 1 + static_cast<int>(state % 12);
    for (int k = 0; k < length; ++k) {
      state = state * 1664525u + 1013904223u;
      s += pieces[(state >> 8) % pieces.size()];
    }
    out.push_back(s);
  }
  return out;
}

TEST(FastPath, gives_every_email_the_answer_of_the_full_check) {
  // Mostly the pieces of valid addresses, so that many samples are valid.
  std::vector<std::string> local = {"\xC3\xA9", "\"",      " ",  ",",
                                    "<",        "mailto:", "..", std::string(30, 'b')};
  std::vector<std::string> domain = {"_", "@", ">", ";", "\xC3\xA9", "..", std::string(60, 'c')};
  for (int k = 0; k < 6; ++k) {
    for (const char* p : {"a", "Z", "7", ".", "_", "+", "'", "-"}) local.push_back(p);
    for (const char* p : {"example", "example.", "com", ".COM", "-", "0"}) domain.push_back(p);
  }
  const std::vector<std::string> locals = samples(local, 4000), domains = samples(domain, 4000);
  std::size_t valid = 0;
  for (std::size_t i = 0; i < locals.size(); ++i) {
    const std::string s = locals[i] + "@" + domains[i] + (i % 4 ? ".com" : "");
    const FieldResult plain = check_email(s), full = check_email(" " + s);
    EXPECT_EQ(plain.value, full.value) << s;
    EXPECT_EQ(codes(plain), codes(full)) << s;
    valid += plain.ok();
  }
  EXPECT_GT(valid, 100u);  // the byte path was taken often
}

TEST(FastPath, gives_every_name_the_answer_of_the_full_check) {
  const std::vector<std::string> pieces = {"Ada",
                                           " ",
                                           "  ",
                                           "-",
                                           "=",
                                           "@",
                                           "'",
                                           "\t",
                                           "\n",
                                           "\x7F",
                                           "\xC3\xA9",
                                           "\xC3\x83\xC2\xA9",
                                           "\xE2\x80\x8B",
                                           "\xE2\x80\xAE",
                                           "\xC2\xA0",
                                           "\xEF\xBF\xBD",
                                           "\xC3",
                                           "Bruno",
                                           "O",
                                           "~",
                                           "\x1F",
                                           std::string(40, 'x')};
  std::size_t clean = 0;
  for (const std::string& s : samples(pieces, 4000)) {
    const FieldResult plain = check_name(s), full = check_name(" " + s);
    EXPECT_EQ(plain.value, full.value) << s;
    EXPECT_EQ(codes(plain), codes(full)) << s;
    clean += plain.issues.empty();
  }
  EXPECT_GT(clean, 200u);  // the byte path was taken often
}

// The check of a name, after testing that a leading space (which sends it
// the full way) gives the same answer.
FieldResult name_as_full_check(const std::string& s) {
  const FieldResult plain = check_name(s), full = check_name(" " + s);
  EXPECT_EQ(plain.value, full.value) << s;
  EXPECT_EQ(codes(plain), codes(full)) << s;
  return plain;
}

// Printable ASCII is checked eight bytes at a time: a space, two spaces, a
// control character or DEL at every place of a word, and across the edge
// between two words, gives the full check's answer.
TEST(FastPath, names_checked_a_word_at_a_time_agree_at_every_place) {
  const std::string base = "Frieda Otest-Beispiel Muster";
  std::size_t clean = 0;
  for (std::size_t at = 1; at + 1 < base.size(); ++at) {
    for (const char* insert : {" ", "  ", "\t", "\x7F", "\x1F", "~", "\xC3\xA9"}) {
      std::string s = base;
      s.insert(at, insert);
      clean += name_as_full_check(s).issues.empty();
    }
  }
  EXPECT_GT(clean, 50u);
  // 100 code points of ASCII in words is the limit; 101 is too long.
  EXPECT_TRUE(check_name(std::string(100, 'a')).ok());
  EXPECT_EQ(check_name(std::string(101, 'a')).issues.at(0).code, "name.too_long");
}

// Two-byte characters are taken two bytes at a time: every one of them
// (U+0080 to U+07FF, with the controls and the no-break space among them),
// lone and cut-off lead bytes, and pairs that read as UTF-8 encoded twice,
// at every place of a name, give the full check's answer.
TEST(FastPath, names_with_two_byte_characters_agree_with_the_full_check) {
  std::vector<std::string> inserts = {"\xC3", "\xDF", "\xC3\xC3", "\xC3\x83\xC2\xA9",
                                      "\xC3\xA2\xE2\x82\xAC", "\xC3\x83\xC2", "\xE2\x80\xAE"};
  for (unsigned c = 0x80; c < 0x800; ++c) {
    inserts.push_back({static_cast<char>(0xC0 | c >> 6), static_cast<char>(0x80 | (c & 0x3F))});
  }
  const std::string base = "Ren Probe";
  std::size_t clean = 0, pairs = 0;
  for (const std::string& insert : inserts) {
    for (std::size_t at = 1; at < base.size(); ++at) {
      std::string s = base;
      s.insert(at, insert);
      const FieldResult plain = name_as_full_check(s);
      clean += plain.issues.empty();
      pairs += !plain.issues.empty() && plain.issues[0].code == "name.double_encoded";
    }
  }
  EXPECT_GT(clean, 10000u);
  EXPECT_GT(pairs, 0u);
}

TEST(FastPath, reads_a_plain_address_with_its_domain_lower_cased) {
  const FieldResult r = check_email("Ada.Beispiel@Example.COM");
  EXPECT_EQ(r.value, "Ada.Beispiel@example.com");
  EXPECT_TRUE(r.issues.empty());
}

// A CSV check takes the values as views: of the cell itself where the
// check changes nothing, else of the store it passes, and empty when the
// value is refused. A domain's capitals are found in a short domain (a
// byte at a time) and a long one (a word at a time).
TEST(FastPath, gives_an_unchanged_value_as_a_view_of_the_cell_and_any_other_from_the_store) {
  std::vector<Issue> issues;
  std::string store = "left from the row before";
  const std::string cell = "ada.beispiel@example.com";
  std::string_view v = check_email(cell, store, issues);
  EXPECT_EQ(v.data(), cell.data());
  EXPECT_EQ(v.size(), cell.size());
  for (const std::string& upper : {std::string("ada@Ex.DE"), std::string("ada@Example.COM")}) {
    v = check_email(upper, store, issues);
    EXPECT_EQ(v.data(), store.data()) << upper;
    EXPECT_EQ(std::string(v), upper.substr(0, 4) + (upper.size() > 10 ? "example.com" : "ex.de"));
  }
  v = check_email("ada@@example.com", store, issues);
  EXPECT_TRUE(v.empty());
  EXPECT_FALSE(issues.empty());

  issues.clear();
  const std::string name = "Ada Beispiel";
  v = check_name(name, store, issues);
  EXPECT_EQ(v.data(), name.data());
  v = check_name("Ada   Beispiel", store, issues);  // collapsed: a new value
  EXPECT_EQ(v.data(), store.data());
  EXPECT_EQ(v, "Ada Beispiel");
  EXPECT_TRUE(issues.empty());
  v = check_name("=Ada", store, issues);
  EXPECT_TRUE(v.empty());
  EXPECT_FALSE(issues.empty());
}

// The plain path reads addresses eight bytes at a time, by byte ranges:
// every byte next to a range's ends, and the bytes that end a part, at
// every place of local parts and domains of every length around the word
// size, give what the full check gives.
TEST(FastPath, addresses_read_a_word_at_a_time_agree_at_every_place) {
  const std::vector<std::string> bytes = {
      ".", "..", "-", "_", "+", "'", "A", "Z", "a", "z", "0", "9", "/", ":", "@", "[", "`", "{",
      "\x7F", " ", "\"", "\xC3\xA9", "\x80", "\xFF"};
  auto agree = [](const std::string& s) {
    const FieldResult plain = check_email(s), full = check_email(" " + s);
    EXPECT_EQ(plain.value, full.value) << s;
    EXPECT_EQ(codes(plain), codes(full)) << s;
  };
  std::size_t checked = 0;
  for (std::size_t n = 1; n <= 26; ++n) {
    for (std::size_t place = 0; place < n; ++place) {
      for (const std::string& b : bytes) {
        std::string local(n, 'k');
        local.replace(place, 1, b);
        agree(local + "@example.com");
        std::string label(n, 'd');
        label.replace(place, 1, b);
        agree("ada@" + label + ".de");
        agree("ada@example." + label);
        agree("ada@" + label);
        checked += 4;
      }
    }
  }
  EXPECT_GT(checked, 5000u);
  // Labels at the length limit, in one word and across words.
  agree("ada@" + std::string(63, 'x') + ".de");
  agree("ada@" + std::string(64, 'x') + ".de");
  agree(std::string(64, 'l') + "@example.com");
  agree(std::string(65, 'l') + "@example.com");
}

// A cell of dot-atom characters whose local part has a fault (no '@', two
// of them, a dot at an end or doubled, nothing before the '@') gets its
// message from the bytes; any other cell, also one that only looks like
// such a cell (an apostrophe first, a space, a bracket), from the full
// check. Both must say the same.
TEST(FastPath, gives_every_local_part_fault_the_answer_of_the_full_check) {
  const std::vector<std::string> pieces = {"ada", "B", "7", ".", "..", "@", "-", "'", "+",
                                           "example.com", "=", " ", "<", ">", ";", ","};
  std::size_t faults = 0;
  for (const std::string& s : samples(pieces, 6000)) {
    const FieldResult plain = check_email(s), full = check_email(" " + s);
    EXPECT_EQ(plain.value, full.value) << s;
    EXPECT_EQ(codes(plain), codes(full)) << s;
    for (const char* code : {"email.missing_at", "email.multiple_at", "email.local_missing",
                             "email.local_leading_dot", "email.local_trailing_dot",
                             "email.local_double_dot"}) {
      faults += !plain.issues.empty() && plain.issues[0].code == code;
    }
  }
  EXPECT_GT(faults, 2000u);  // the faults the bytes tell were there to tell
  for (const char* s : {"ada.beispiel.example.com", "ada..beispiel@example.com",
                        ".ada@example.com", "ada.@example.com", "@example.com",
                        "ada@beispiel@example.com", "'ada..b@example.com", "ada..b@ex ample.com",
                        "ada..b@example.com;", "ada..b@example.com, bruno@example.com"}) {
    const FieldResult plain = check_email(s), full = check_email(std::string(" ") + s);
    EXPECT_EQ(codes(plain), codes(full)) << s;
    EXPECT_FALSE(plain.ok()) << s;
  }
}

TEST(FastPath, keeps_a_plain_name_with_accents_as_written) {
  const FieldResult r = check_name(
      "\xC3\x87"
      "a\xC4\x9F"
      "la M\xC3\xBCller-Probe");
  EXPECT_EQ(r.value,
            "\xC3\x87"
            "a\xC4\x9F"
            "la M\xC3\xBCller-Probe");
  EXPECT_TRUE(r.issues.empty());
}

}  // namespace
}  // namespace licenseform
