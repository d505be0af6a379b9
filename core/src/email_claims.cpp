#include "email_claims.hpp"

namespace licenseform {

const EmailClaims::First* EmailClaims::claim(std::string_view email, std::size_t line,
                                             std::size_t row) {
  // email_key (fields.hpp), into a reused string: ASCII lower-cased.
  key_.assign(email.data(), email.size());
  char* k = &key_[0];
  for (std::size_t i = 0; i < email.size(); ++i) {
    if (k[i] >= 'A' && k[i] <= 'Z') k[i] = static_cast<char>(k[i] + 32);
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
