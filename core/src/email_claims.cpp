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

// The two bits of a hash in a table of 64-bit words (a power of two of
// them), both in one word, so that a test or a mark touches the table once:
// the word by the hash's low bits, the bits by two groups of its high ones.
struct Bits {
  std::uint64_t& word;
  std::uint64_t mask;
  [[nodiscard]] bool all_set() const { return (word & mask) == mask; }
  void set() const { word |= mask; }
};
inline LF_INLINE Bits bits_of(std::vector<std::uint64_t>& table, std::uint64_t hash) {
  const unsigned first = hash >> 40 & 63, second = hash >> 52 & 63;
  return {table[(hash >> 6) & (table.size() - 1)],
          std::uint64_t{1} << first | std::uint64_t{1} << second};
}

// A zeroed table of at least 16 bits per claim expected (a power of two of
// words, 16 at least).
std::vector<std::uint64_t> table_for(std::size_t claims) {
  std::size_t words = 16;
  while (words * 64 < claims * 16) words *= 2;
  return std::vector<std::uint64_t>(words, 0);
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

EmailClaims::EmailClaims(std::size_t expected) : bits_(table_for(expected)) {
  claims_.reserve(expected);
}

bool EmailClaims::claim(std::string_view email, std::size_t line, std::size_t row) {
  if (claims_.size() >= bits_.size() * 4) grow();  // more claims than the table was made for
  // text_hash(key_of(email)), each word lower-cased as it is read.
  const std::uint64_t hash =
      text_hash_of(email, [](std::uint64_t x) LF_INLINE { return x | capitals(x) >> 2; });
  const Bits b = bits_of(bits_, hash);
  const bool seen = b.all_set();
  b.set();
  if (seen) kept_.push_back({claims_.size(), kept_text_.append(email), email.size()});
  claims_.push_back({hash, line, row});
  return seen;
}

// Past 16 bits a claim (a file with more rows than its first 64 KB
// suggested), almost every row would look like a repeat and keep its
// values: the table is made again, for twice the claims so far, from
// their hashes.
void EmailClaims::grow() {
  bits_ = table_for(2 * claims_.size());
  for (const Claim& c : claims_) bits_of(bits_, c.hash).set();
}

std::vector<EmailClaims::Duplicate> EmailClaims::duplicates(
    FunctionRef<std::string_view(std::size_t row)> address_of) const {
  std::vector<Duplicate> out;
  if (kept_.empty()) return out;
  // The hashes of the kept claims: by a table of bits first (as many bits
  // per kept claim as the claims' table has per claim, but small enough to
  // stay in the nearest cache while every claim is tested), then exactly.
  std::vector<std::uint64_t> kept_bits = table_for(kept_.size());
  TextIndex kept_hashes;
  for (const Kept& k : kept_) {
    const std::uint64_t& hash = claims_[k.claim].hash;
    bits_of(kept_bits, hash).set();
    (void)kept_hashes.insert(as_text(hash));
  }
  // For each of those hashes, the distinct keys claimed with it so far, each
  // with its first claim: one key, but for hashes that collide, which are
  // chained from the hash's latest one. Their texts are kept one after
  // another: the key, then the address where it differs.
  struct First {
    std::size_t line, row;
    std::size_t key, email, size;  // in texts; one size: lower-casing keeps the length
    std::uint32_t next;            // the hash's key before this one, or kNone
  };
  std::vector<First> firsts;
  TextBuffer texts;
  std::vector<std::uint32_t> latest(kept_hashes.size(), TextIndex::kNone);  // by hash
  std::string scratch;
  std::size_t next_kept = 0;
  for (std::size_t i = 0; i < claims_.size(); ++i) {
    const Claim& c = claims_[i];
    // Every kept claim passes this test: its own hash is in the table.
    if (!bits_of(kept_bits, c.hash).all_set()) continue;
    const Kept* kept =
        next_kept < kept_.size() && kept_[next_kept].claim == i ? &kept_[next_kept++] : nullptr;
    const std::uint32_t group = kept_hashes.find(as_text(c.hash));
    if (group == TextIndex::kNone) continue;
    const std::string_view email =
        kept ? kept_text_.view(kept->email, kept->email_size) : address_of(c.row);
    const std::string_view key = key_of(email, scratch);
    std::uint32_t f = latest[group];
    while (f != TextIndex::kNone && texts.view(firsts[f].key, firsts[f].size) != key) {
      f = firsts[f].next;
    }
    if (f == TextIndex::kNone) {
      const std::size_t at = texts.append(key);
      const std::size_t written = key == email ? at : texts.append(email);
      firsts.push_back({c.line, c.row, at, written, key.size(), latest[group]});
      latest[group] = static_cast<std::uint32_t>(firsts.size() - 1);
    } else {
      const First& first = firsts[f];
      out.push_back({c.line, c.row, first.line, first.row,
                     texts.view(first.email, first.size) == email});
    }
  }
  return out;
}

}  // namespace licenseform
