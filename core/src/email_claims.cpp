#include "email_claims.hpp"

namespace licenseform {
namespace {

// FNV-1a, 32 bits, with a final mix: the table takes the low bits, which
// FNV-1a alone leaves weak for keys that differ in a few digits.
std::uint32_t hash_of(std::string_view s) {
  std::uint32_t h = 2166136261u;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  h ^= h >> 16;
  h *= 0x85EBCA6Bu;
  return h ^ (h >> 13);
}

// email_key of fields.hpp, into a reused string.
void lower_into(std::string_view email, std::string& out) {
  out.assign(email.data(), email.size());
  for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

}  // namespace

const EmailClaims::First* EmailClaims::claim(std::string_view email, std::size_t line,
                                             std::size_t row) {
  lower_into(email, key_);
  const std::uint32_t h = hash_of(key_);
  if ((firsts_.size() + 1) * 2 > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = h & mask;
  for (; slots_[i].index != 0; i = (i + 1) & mask) {
    if (slots_[i].hash != h) continue;
    const First& f = firsts_[slots_[i].index - 1];
    if (at(f.key, f.key_size) == key_) return &f;
  }
  First f{line, row, static_cast<std::uint32_t>(text_.size()),
          static_cast<std::uint32_t>(key_.size())};
  text_ += key_;
  if (email != key_) {
    f.written = static_cast<std::uint32_t>(text_.size());
    f.written_size = static_cast<std::uint32_t>(email.size());
    text_.append(email.data(), email.size());
  }
  firsts_.push_back(f);
  slots_[i] = {h, static_cast<std::uint32_t>(firsts_.size())};
  return nullptr;
}

std::string_view EmailClaims::written(const First& f) const {
  return f.written_size ? at(f.written, f.written_size) : at(f.key, f.key_size);
}

// Doubles the table (at most half full, so probes stay short).
void EmailClaims::grow() {
  std::vector<Slot> slots(slots_.empty() ? 1024 : slots_.size() * 2);
  const std::size_t mask = slots.size() - 1;
  for (const Slot& s : slots_) {
    if (s.index == 0) continue;
    std::size_t i = s.hash & mask;
    while (slots[i].index != 0) i = (i + 1) & mask;
    slots[i] = s;
  }
  slots_ = std::move(slots);
}

}  // namespace licenseform
