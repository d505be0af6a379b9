// The table of texts behind the duplicate-email check and the field caches.
#include "../../core/src/text_index.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "../../core/src/email_claims.hpp"
#include "../../core/src/swar.hpp"
#include "licenseform/text_buffer.hpp"

namespace licenseform {
namespace {

TEST(TextIndex, numbers_texts_in_the_order_first_seen) {
  TextIndex index;
  EXPECT_EQ(index.find("ada@example.com"), TextIndex::kNone);
  const auto first = index.insert("ada@example.com");
  EXPECT_EQ(first.number, 0u);
  EXPECT_TRUE(first.fresh);
  EXPECT_EQ(index.insert("bruno@example.com").number, 1u);
  const auto again = index.insert("ada@example.com");
  EXPECT_EQ(again.number, 0u);
  EXPECT_FALSE(again.fresh);
  EXPECT_EQ(index.find("bruno@example.com"), 1u);
  EXPECT_EQ(index.text(1), "bruno@example.com");
  EXPECT_EQ(index.size(), 2u);
}

TEST(TextIndex, keeps_every_text_apart_as_it_grows) {
  TextIndex index;
  for (int i = 0; i < 5000; ++i) EXPECT_EQ(index.insert(std::to_string(i)).number, i + 0u);
  for (int i = 0; i < 5000; ++i) EXPECT_EQ(index.find(std::to_string(i)), i + 0u);
  EXPECT_EQ(index.find(""), TextIndex::kNone);
  EXPECT_EQ(index.find("5000"), TextIndex::kNone);
}

// The word-at-a-time comparison behind the lookups: a difference in any one
// byte, at any length and any alignment, is seen.
TEST(SwarEqual, sees_a_difference_at_every_place_of_every_length) {
  const std::string base = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ";
  for (std::size_t offset = 0; offset < 8; ++offset) {
    for (std::size_t n = 0; n + offset <= base.size(); ++n) {
      const std::string a = base.substr(offset, n);
      std::string b = a;
      EXPECT_TRUE(swar::equal(a.data(), b.data(), n)) << n;
      for (std::size_t i = 0; i < n; ++i) {
        b[i] ^= 0x20;
        EXPECT_FALSE(swar::equal(a.data(), b.data(), n)) << "length " << n << " at " << i;
        b[i] ^= 0x20;
      }
    }
  }
}

TEST(SwarBelow, flags_exactly_the_bytes_below_the_limit_at_every_place) {
  for (unsigned limit : {1u, 0x0Eu, 0x20u, 0x41u, 0x80u}) {
    for (unsigned b = 0; b < 256; ++b) {
      for (int place = 0; place < 8; ++place) {
        // The other bytes: one just below the limit and one at it, to catch a
        // borrow or carry between bytes.
        std::uint64_t x = 0;
        for (int k = 0; k < 8; ++k) {
          const unsigned other = k % 2 ? limit : limit - 1;
          x |= static_cast<std::uint64_t>(k == place ? b : other) << (8 * k);
        }
        const std::uint64_t flags = swar::below(x, static_cast<unsigned char>(limit));
        for (int k = 0; k < 8; ++k) {
          const unsigned byte = (x >> (8 * k)) & 0xFF;
          const bool flagged = (flags >> (8 * k + 7)) & 1;
          ASSERT_EQ(flagged, byte < limit) << "limit " << limit << " byte " << byte << " at " << k;
        }
        ASSERT_EQ(flags & ~swar::kHighs, 0u);
      }
    }
  }
}

TEST(TextBuffer, gives_back_texts_of_every_length_at_every_offset_as_it_grows) {
  for (std::size_t lead = 0; lead < 9; ++lead) {
    TextBuffer b;  // no room reserved: every append may move the texts
    (void)b.append(std::string(lead, '-'));
    std::vector<std::pair<std::size_t, std::string>> kept;
    for (std::size_t n = 0; n <= 40; ++n) {
      std::string text;
      for (std::size_t k = 0; k < n; ++k) text += static_cast<char>('a' + (n + k) % 26);
      kept.emplace_back(b.append(text), text);
    }
    for (const auto& [at, text] : kept) {
      ASSERT_EQ(b.view(at, text.size()), text) << "lead " << lead;
    }
    EXPECT_EQ(b.size(), lead + 40 * 41 / 2);
  }
}

TEST(TextBuffer, a_copy_is_its_own_and_a_move_leaves_the_source_empty) {
  TextBuffer a;
  a.reserve(4);
  const std::size_t at = a.append("ada@example.com");
  TextBuffer copy = a;
  (void)a.append("bruno@example.com");
  EXPECT_EQ(copy.size(), 15u);
  EXPECT_EQ(copy.view(at, 15), "ada@example.com");
  TextBuffer moved = std::move(a);
  EXPECT_EQ(moved.view(15, 17), "bruno@example.com");
  EXPECT_EQ(a.size(), 0u);  // NOLINT(bugprone-use-after-move): the state a move leaves
  (void)a.append("c");
  EXPECT_EQ(a.view(0, 1), "c");
  copy = moved;
  EXPECT_EQ(copy.size(), 32u);
  copy.clear();
  EXPECT_EQ(copy.size(), 0u);
  EXPECT_EQ(moved.size(), 32u);
}

TEST(EmailClaims, names_the_first_row_of_an_address_in_any_case) {
  EmailClaims claims;
  EXPECT_EQ(claims.claim("Ada@example.com", 2, 2), nullptr);
  EXPECT_EQ(claims.claim("bruno@example.com", 3, 3), nullptr);
  const EmailClaims::First* f = claims.claim("ada@EXAMPLE.com", 9, 8);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->line, 2u);
  EXPECT_EQ(f->row, 2u);
  EXPECT_EQ(claims.written(*f), "Ada@example.com");
  const EmailClaims::First* g = claims.claim("bruno@example.com", 10, 9);
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(claims.written(*g), "bruno@example.com");
}

// An address in lower case is its own key; one capital anywhere (in the
// words or in the tail) still makes it the same address.
TEST(EmailClaims, one_capital_at_any_position_is_the_same_address) {
  const std::string lower = "frieda.otest.12345@example.org";
  for (std::size_t at = 0; at < lower.size(); ++at) {
    if (lower[at] < 'a' || lower[at] > 'z') continue;
    EmailClaims claims;
    EXPECT_EQ(claims.claim(lower, 2, 2), nullptr);
    std::string upper = lower;
    upper[at] = static_cast<char>(upper[at] - 32);
    const EmailClaims::First* f = claims.claim(upper, 3, 3);
    ASSERT_NE(f, nullptr) << upper;
    EXPECT_EQ(claims.written(*f), lower);
    EXPECT_EQ(claims.claim(upper, 4, 4), f) << "the key, not the address as written";
  }
}

TEST(EmailClaims, the_key_lower_cases_ascii_only_at_every_position) {
  // Long enough for the eight-bytes-at-a-time path and its tail, with the
  // letters around 'A'..'Z' ('@', '[', '`', '{') and UTF-8 bytes.
  const std::string first = "Ab@Z[`{\xC3\x84QRSTUVWXYZ.\xC3\xA9Mm@EXAMPLE.com";
  std::string expected;
  for (char c : first) expected += c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  for (std::size_t cut = 0; cut < first.size(); ++cut) {
    EmailClaims claims;
    const std::string head = first.substr(cut);
    std::string lowered = expected.substr(cut);
    ASSERT_EQ(claims.claim(head, 2, 2), nullptr);
    const EmailClaims::First* again = claims.claim(lowered, 5, 5);
    ASSERT_NE(again, nullptr) << head;
    EXPECT_EQ(again->row, 2u);
    EXPECT_EQ(claims.written(*again), head);
    // A text that differs from the key only above ASCII is another address.
    if (head.find('\xC3') != std::string::npos) {
      std::string other = lowered;
      other[other.find('\xC3')] = '\xE3';
      EXPECT_EQ(claims.claim(other, 7, 7), nullptr) << head;
    }
  }
}

TEST(TextIndex, texts_of_every_length_around_the_word_size_stay_distinct) {
  TextIndex index;
  std::vector<std::string> texts;
  for (std::size_t n = 0; n < 40; ++n) {
    texts.push_back(std::string(n, 'a'));
    texts.push_back(std::string(n, 'a') + "b");
    texts.push_back("x" + std::string(n, '\0'));
  }
  std::size_t fresh = 0;
  for (const auto& t : texts) fresh += index.insert(t).fresh;
  std::set<std::string> distinct(texts.begin(), texts.end());
  EXPECT_EQ(fresh, distinct.size());
  for (const auto& t : texts) EXPECT_NE(index.find(t), TextIndex::kNone);
  EXPECT_EQ(index.find("aaaaaaaaab"), index.insert(std::string(9, 'a') + "b").number);
}

}  // namespace
}  // namespace licenseform
