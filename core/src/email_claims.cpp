#include "email_claims.hpp"

#include <cstdint>
#include <cstring>

#include "swar.hpp"

namespace licenseform {

const EmailClaims::First* EmailClaims::claim(std::string_view email, std::size_t line,
                                             std::size_t row) {
  // email_key (fields.hpp), into a reused string: ASCII lower-cased, eight
  // bytes at a time (bytes of UTF-8 sequences, 0x80 and up, stay as they are).
  key_.resize(email.size());
  char* k = &key_[0];
  const char* e = email.data();
  std::size_t i = 0;
  for (; i + 8 <= email.size(); i += 8) {
    using swar::kOnes;
    std::uint64_t x = swar::load(e + i);
    const std::uint64_t seven = x & swar::kLow7;
    const std::uint64_t upper =
        (seven + kOnes * (0x80 - 'A')) & ~(seven + kOnes * (0x80 - 'Z' - 1)) & ~x & swar::kHighs;
    x |= upper >> 2;  // 0x80 >> 2 is 0x20, the case bit
    std::memcpy(k + i, &x, 8);
  }
  for (; i < email.size(); ++i) {
    const char c = e[i];
    k[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  const TextIndex::Inserted key = keys_.insert(key_);
  if (!key.fresh) return &firsts_[key.number];
  First f{line, row};
  if (email != key_) f.written = as_written_.insert(email).number;
  firsts_.push_back(f);
  return nullptr;
}

std::string_view EmailClaims::written(const First& f) const {
  if (f.written != TextIndex::kNone) return as_written_.text(f.written);
  return keys_.text(static_cast<std::uint32_t>(&f - firsts_.data()));
}

}  // namespace licenseform
