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

// A view of the buffer itself may be appended, also when that moves the
// texts (found by a review under ASan: the old buffer was freed first).
TEST(TextBuffer, appends_a_view_of_itself_whether_or_not_it_grows) {
  TextBuffer b;
  (void)b.append("0123456789abcdef");
  const std::size_t at = b.append(b.view(0, 16));  // grows: 16 bytes of room
  EXPECT_EQ(b.view(at, 16), "0123456789abcdef");
  b.reserve(1000);
  const std::size_t again = b.append(b.view(4, 8));  // room enough
  EXPECT_EQ(b.view(again, 8), "456789ab");
  TextBuffer& same = b;
  b = std::move(same);  // NOLINT: moving into itself keeps the texts
  EXPECT_EQ(b.size(), 40u);
  EXPECT_EQ(b.view(0, 4), "0123");
}

TEST(TextIndex, takes_a_view_of_its_own_text) {
  TextIndex index;
  (void)index.insert("ada@example.com");
  for (int i = 0; i < 200; ++i) (void)index.insert("agent." + std::to_string(i) + "@example.com");
  const TextIndex::Inserted again = index.insert(index.text(0));
  EXPECT_FALSE(again.fresh);
  EXPECT_EQ(again.number, 0u);
  const std::string_view part = index.text(0).substr(0, 3);  // "ada": not in the index yet
  const TextIndex::Inserted fresh = index.insert(part);
  EXPECT_TRUE(fresh.fresh);
  EXPECT_EQ(index.text(fresh.number), "ada");
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

// Claims each address in turn (row i + 1 on line i + 2) and gives the
// duplicates found; every repeat must have been told it may be one.
struct Claimed {
  std::vector<EmailClaims::Duplicate> duplicates;
  std::vector<std::size_t> asked;  // rows address_of was asked for
};
Claimed claim_all(const std::vector<std::string>& emails, std::size_t expected = 0) {
  EmailClaims claims(expected);
  std::set<std::string> keys;
  for (std::size_t i = 0; i < emails.size(); ++i) {
    std::string scratch;
    const bool repeat = !keys.insert(std::string(EmailClaims::key_of(emails[i], scratch))).second;
    const bool maybe = claims.claim(emails[i], i + 2, i + 1);
    EXPECT_TRUE(maybe || !repeat) << "row " << i + 1 << " repeats an address: " << emails[i];
  }
  Claimed out;
  out.duplicates = claims.duplicates([&](std::size_t row) -> std::string_view {
    out.asked.push_back(row);
    return emails.at(row - 1);
  });
  return out;
}

TEST(EmailClaims, names_the_first_row_of_an_address_in_any_case) {
  const Claimed c = claim_all(
      {"Ada@example.com", "bruno@example.com", "ada@EXAMPLE.com", "bruno@example.com"});
  ASSERT_EQ(c.duplicates.size(), 2u);
  const EmailClaims::Duplicate& ada = c.duplicates[0];
  EXPECT_EQ(ada.row, 3u);
  EXPECT_EQ(ada.line, 4u);
  EXPECT_EQ(ada.first_row, 1u);
  EXPECT_EQ(ada.first_line, 2u);
  EXPECT_FALSE(ada.identical);  // "ada@EXAMPLE.com" after "Ada@example.com"
  EXPECT_EQ(c.duplicates[1].row, 4u);
  EXPECT_EQ(c.duplicates[1].first_row, 2u);
  EXPECT_TRUE(c.duplicates[1].identical);
}

// An address in lower case is its own key; one capital anywhere (in the
// words or in the tail) still makes it the same address.
TEST(EmailClaims, one_capital_at_any_position_is_the_same_address) {
  const std::string lower = "frieda.otest.12345@example.org";
  for (std::size_t at = 0; at < lower.size(); ++at) {
    if (lower[at] < 'a' || lower[at] > 'z') continue;
    std::string upper = lower;
    upper[at] = static_cast<char>(upper[at] - 32);
    const Claimed c = claim_all({lower, upper, upper});
    ASSERT_EQ(c.duplicates.size(), 2u) << upper;
    for (const auto& d : c.duplicates) {
      EXPECT_EQ(d.first_row, 1u) << "the key, not the address as written: " << upper;
      EXPECT_FALSE(d.identical) << upper;
    }
  }
}

TEST(EmailClaims, the_key_lower_cases_ascii_only_at_every_position) {
  // Long enough for the eight-bytes-at-a-time path and its tail, with the
  // letters around 'A'..'Z' ('@', '[', '`', '{') and UTF-8 bytes.
  const std::string first = "Ab@Z[`{\xC3\x84QRSTUVWXYZ.\xC3\xA9Mm@EXAMPLE.com";
  std::string expected;
  for (char c : first) expected += c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  for (std::size_t cut = 0; cut < first.size(); ++cut) {
    const std::string head = first.substr(cut);
    const std::string lowered = expected.substr(cut);
    std::string scratch;
    EXPECT_EQ(EmailClaims::key_of(head, scratch), lowered);
    std::vector<std::string> emails = {head, lowered};
    // A text that differs from the key only above ASCII is another address.
    if (head.find('\xC3') != std::string::npos) {
      std::string other = lowered;
      other[other.find('\xC3')] = '\xE3';
      emails.push_back(other);
    }
    const Claimed c = claim_all(emails);
    ASSERT_EQ(c.duplicates.size(), 1u) << head;
    EXPECT_EQ(c.duplicates[0].row, 2u);
    EXPECT_EQ(c.duplicates[0].first_row, 1u);
    EXPECT_EQ(c.duplicates[0].identical, head == lowered);
  }
}

// Claims made with a guess of none: the table of bits is made again many
// times on the way (at 64, 128, 256, ... claims), and the duplicates are
// still exactly the repeats, each naming the first row of its address.
TEST(EmailClaims, a_table_grown_many_times_finds_exactly_the_repeats) {
  std::vector<std::string> emails;
  std::vector<std::size_t> repeat_of;  // 0-based index of the first, or SIZE_MAX
  for (std::size_t i = 0; i < 6000; ++i) {
    if (i % 7 == 6) {
      const std::size_t first = (i * 31) % (i - 1);
      emails.push_back(emails[first]);
      repeat_of.push_back(repeat_of[first] == SIZE_MAX ? first : repeat_of[first]);
    } else {
      emails.push_back("agent." + std::to_string(i) + "@example.com");
      repeat_of.push_back(SIZE_MAX);
    }
  }
  const Claimed c = claim_all(emails, 0);
  std::vector<std::size_t> rows;
  for (const auto& d : c.duplicates) {
    rows.push_back(d.row);
    EXPECT_EQ(d.first_row, repeat_of.at(d.row - 1) + 1) << "row " << d.row;
  }
  std::vector<std::size_t> expected;
  for (std::size_t i = 0; i < emails.size(); ++i) {
    if (repeat_of[i] != SIZE_MAX) expected.push_back(i + 1);
  }
  EXPECT_EQ(rows, expected);
  // Only first claimants of repeated addresses were not kept.
  for (std::size_t row : c.asked) EXPECT_EQ(repeat_of.at(row - 1), SIZE_MAX) << row;
}

TEST(EmailClaims, a_file_of_one_address_has_every_later_row_as_a_duplicate_of_the_first) {
  const std::vector<std::string> emails(100000, "ada@example.com");
  const Claimed c = claim_all(emails, emails.size());
  ASSERT_EQ(c.duplicates.size(), emails.size() - 1);
  for (std::size_t i = 0; i < c.duplicates.size(); ++i) {
    ASSERT_EQ(c.duplicates[i].row, i + 2);
    ASSERT_EQ(c.duplicates[i].first_row, 1u);
  }
  EXPECT_EQ(c.asked, (std::vector<std::size_t>{1}));
}

TEST(EmailClaims, distinct_addresses_have_no_duplicate_and_cost_no_lookups) {
  std::vector<std::string> emails;
  for (std::size_t i = 0; i < 20000; ++i) {
    emails.push_back("a" + std::to_string(i) + "@example.org");
  }
  const Claimed c = claim_all(emails, emails.size());
  EXPECT_TRUE(c.duplicates.empty());
  EXPECT_LT(c.asked.size(), emails.size() / 10);  // only hashes that share a bit are looked at
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

// The keys of the phone and date caches: every length up to 24, the same
// bytes at another length (a text and its trailing NUL), one byte changed
// at any place, all told apart, also after the table has grown.
TEST(ShortTexts, tells_apart_texts_of_every_length_and_every_changed_byte) {
  ShortTexts texts;
  std::vector<std::string> all;
  const std::string base = "+49 30 23125001\x01\xFF" "31.12.2027";
  for (std::size_t n = 0; n <= ShortTexts::kMaxSize; ++n) {
    const std::string t = base.substr(0, n);
    all.push_back(t);
    all.push_back(t + std::string(1, '\0'));
    for (std::size_t i = 0; i < n; ++i) {
      std::string changed = t;
      changed[i] = static_cast<char>(changed[i] ^ 0x01);
      all.push_back(changed);
    }
  }
  std::vector<std::string> distinct;
  for (const std::string& t : all) {
    if (t.size() > ShortTexts::kMaxSize) continue;
    const ShortTexts::Key k = ShortTexts::key_of(t);
    const std::uint32_t n = texts.find(k);
    if (n == ShortTexts::kNone) {
      (void)texts.insert(k);
      distinct.push_back(t);
    } else {
      ASSERT_EQ(distinct.at(n), t) << "two texts were taken for one";
    }
  }
  EXPECT_EQ(distinct.size(), std::set<std::string>(distinct.begin(), distinct.end()).size());
  EXPECT_EQ(texts.size(), distinct.size());
  EXPECT_GT(distinct.size(), 300u);  // enough to grow the table several times
  for (std::size_t i = 0; i < distinct.size(); ++i) {
    EXPECT_EQ(texts.find(ShortTexts::key_of(distinct[i])), i);
  }
}

TEST(ShortTexts, an_empty_table_finds_nothing) {
  const ShortTexts texts;
  EXPECT_EQ(texts.find(ShortTexts::key_of("")), ShortTexts::kNone);
  EXPECT_EQ(texts.find(ShortTexts::key_of("030 23125001")), ShortTexts::kNone);
}

// The table of bits is sized from a guess (the room for agents, from a
// file's first 64 KB); a file with far more rows than guessed must not see
// almost every row as a possible repeat, which would keep each one's values.
TEST(EmailClaims, more_claims_than_expected_grow_the_table_and_stay_mostly_new) {
  EmailClaims claims(10);
  std::size_t maybe = 0;
  for (std::size_t i = 0; i < 100000; ++i) {
    maybe += claims.claim("agent" + std::to_string(i) + "@example.com", i + 2, i + 1);
  }
  EXPECT_LT(maybe, 2000u);  // 16 bits a claim and more: about one in 250, not nearly all
  EXPECT_TRUE(claims.claim("Agent5@example.com", 100002, 100001));  // an early address, again
  std::string asked;  // the address given, kept until the next question
  const auto duplicates = claims.duplicates([&](std::size_t row) -> std::string_view {
    asked = "agent" + std::to_string(row - 1) + "@example.com";
    return asked;
  });
  ASSERT_EQ(duplicates.size(), 1u);
  EXPECT_EQ(duplicates[0].row, 100001u);
  EXPECT_EQ(duplicates[0].first_row, 6u);
  EXPECT_FALSE(duplicates[0].identical);  // "Agent5@..." after "agent5@..."
}

}  // namespace
}  // namespace licenseform
