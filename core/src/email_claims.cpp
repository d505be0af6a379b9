#include "email_claims.hpp"

#include <algorithm>
#include <cstring>

#include "swar.hpp"
#include "text_index.hpp"

namespace licenseform {

namespace {

// 0x80 in each byte of x that is an ASCII capital, A to Z: ascii_in on the
// low seven bits, bytes of 0x80 or more left out.
std::uint64_t capitals(std::uint64_t x) { return swar::ascii_in(x & swar::kLow7, 'A', 'Z') & ~x; }

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

// The bit of a hash in a table of 64-bit words (a power of two of them).
struct Bit {
  std::uint64_t& word;
  std::uint64_t mask;
};
Bit bit_of(std::vector<std::uint64_t>& bits, std::uint64_t hash) {
  return {bits[(hash >> 6) & (bits.size() - 1)], std::uint64_t{1} << (hash & 63)};
}

std::string_view as_text(const std::uint64_t& hash) {
  return {reinterpret_cast<const char*>(&hash), sizeof hash};
}

}  // namespace

// Most addresses are written in lower case already and are their own key;
// the others are lower-cased into scratch, eight bytes at a time.
std::string_view EmailClaims::key_of(std::string_view email, std::string& scratch) {
  if (!has_capital(email)) return email;
  scratch.resize(email.size());
  char* k = &scratch[0];
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
  return scratch;
}

EmailClaims::EmailClaims(std::size_t expected) {
  // At least 16 bits per claim.
  std::size_t words = 16;
  while (words * 64 < expected * 16) words *= 2;
  bits_.assign(words, 0);
  claims_.reserve(expected);
}

bool EmailClaims::claim(std::string_view email, std::size_t line, std::size_t row) {
  const std::uint64_t hash = text_hash(key_of(email, key_));
  // Two bits per key, in one word of the table (one memory access): the
  // word by the hash's low bits, the bits by two of its high bytes.
  std::uint64_t& word = bits_[(hash >> 6) & (bits_.size() - 1)];
  const unsigned first = hash >> 40 & 63, second = hash >> 52 & 63;
  const std::uint64_t mask = std::uint64_t{1} << first | std::uint64_t{1} << second;
  const bool seen = (word & mask) == mask;
  word |= mask;
  if (seen) kept_.push_back({claims_.size(), std::string(email)});
  claims_.push_back({hash, line, row});
  return seen;
}

std::vector<EmailClaims::Duplicate> EmailClaims::duplicates(
    const std::function<std::string(std::size_t row)>& address_of) const {
  std::vector<Duplicate> out;
  if (kept_.empty()) return out;
  // The hashes of the kept claims: by a table of bits first (as many bits
  // per kept claim as the claims' table has per claim, but small enough to
  // stay in the nearest cache while every claim is tested), then exactly.
  std::size_t words = 16;
  while (words * 64 < kept_.size() * 16) words *= 2;
  std::vector<std::uint64_t> kept_bits(words, 0);
  TextIndex kept_hashes;
  for (const Kept& k : kept_) {
    const std::uint64_t& hash = claims_[k.claim].hash;
    const Bit b = bit_of(kept_bits, hash);
    b.word |= b.mask;
    (void)kept_hashes.insert(as_text(hash));
  }
  // For each of those hashes, the distinct keys claimed with it so far, each
  // with its first claim: one key, but for hashes that collide.
  struct First {
    std::string key;
    std::size_t line, row;
    std::string email;
  };
  std::vector<std::vector<First>> firsts(kept_hashes.size());
  std::string scratch;
  std::size_t next_kept = 0;
  for (std::size_t i = 0; i < claims_.size(); ++i) {
    const Claim& c = claims_[i];
    const Kept* kept =
        next_kept < kept_.size() && kept_[next_kept].claim == i ? &kept_[next_kept++] : nullptr;
    const Bit b = bit_of(kept_bits, c.hash);
    if ((b.word & b.mask) == 0) continue;
    const std::uint32_t group = kept_hashes.find(as_text(c.hash));
    if (group == TextIndex::kNone) continue;
    std::string email = kept ? kept->email : address_of(c.row);
    std::string key(key_of(email, scratch));
    std::vector<First>& seen = firsts[group];
    auto first =
        std::find_if(seen.begin(), seen.end(), [&](const First& f) { return f.key == key; });
    if (first == seen.end()) {
      seen.push_back({std::move(key), c.line, c.row, std::move(email)});
    } else {
      out.push_back({c.line, c.row, first->line, first->row, std::move(email), first->email});
    }
  }
  return out;
}

}  // namespace licenseform
