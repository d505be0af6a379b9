// The table of texts behind the duplicate-email check and the field caches.
#include "../../core/src/text_index.hpp"

#include <gtest/gtest.h>

#include <string>

#include "../../core/src/email_claims.hpp"

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

}  // namespace
}  // namespace licenseform
