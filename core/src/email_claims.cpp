#include "email_claims.hpp"

#include <cstdint>
#include <cstring>

#include "swar.hpp"

namespace licenseform {

namespace {

// 0x80 in each byte of x that is an ASCII capital, A to Z.
std::uint64_t capitals(std::uint64_t x) {
  using swar::kOnes;
  const std::uint64_t seven = x & swar::kLow7;
  return (seven + kOnes * (0x80 - 'A')) & ~(seven + kOnes * (0x80 - 'Z' - 1)) & ~x & swar::kHighs;
}

bool has_capital(std::string_view s) {
  const char* p = s.data();
  std::uint64_t found = 0;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) found |= capitals(swar::load(p + i));
  if (i < s.size() && s.size() >= 8) {
    found |= capitals(swar::load(p + s.size() - 8));  // the rest, in the word that ends the text
  } else {
    for (; i < s.size(); ++i) found |= p[i] >= 'A' && p[i] <= 'Z';
  }
  return found != 0;
}

}  // namespace

// email_key (fields.hpp) of the address: ASCII lower-cased (bytes of UTF-8
// sequences, 0x80 and up, stay as they are). Most addresses are written in
// lower case already and are their own key; the others are lower-cased into
// a reused string, eight bytes at a time.
std::string_view EmailClaims::key_of(std::string_view email) {
  if (!has_capital(email)) return email;
  key_.resize(email.size());
  char* k = &key_[0];
  const char* e = email.data();
  std::size_t i = 0;
  for (; i + 8 <= email.size(); i += 8) {
    const std::uint64_t x = swar::load(e + i);
    const std::uint64_t lower = x | capitals(x) >> 2;  // 0x80 >> 2 is 0x20, the case bit
    std::memcpy(k + i, &lower, 8);
  }
  for (; i < email.size(); ++i) {
    const char c = e[i];
    k[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  return key_;
}

const EmailClaims::First* EmailClaims::claim(std::string_view email, std::size_t line,
                                             std::size_t row) {
  const std::string_view key = key_of(email);
  const TextIndex::Inserted inserted = keys_.insert(key);
  if (!inserted.fresh) return &firsts_[inserted.number];
  First f{line, row};
  if (key.data() != email.data()) f.written = as_written_.insert(email).number;
  firsts_.push_back(f);
  return nullptr;
}

std::string_view EmailClaims::written(const First& f) const {
  if (f.written != TextIndex::kNone) return as_written_.text(f.written);
  return keys_.text(static_cast<std::uint32_t>(&f - firsts_.data()));
}

}  // namespace licenseform
