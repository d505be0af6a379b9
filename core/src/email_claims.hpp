// Private to the order check: the addresses claimed so far in one check,
// for finding duplicate emails.
//
// Open addressing over one text of every key (email_key: the address
// lower-cased), so that a file of 100,000 rows costs no allocation per row;
// a node-based map of strings made a fifth of the whole check's time.
//
//   EmailClaims claims;
//   claims.claim("Ada@example.com", 2, 2);      // nullptr: the first
//   auto* f = claims.claim("ada@example.com", 9, 9);
//   f->row;                   // 2
//   claims.written(*f);       // "Ada@example.com"
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace licenseform {

class EmailClaims {
 public:
  struct First {
    std::size_t line = 0, row = 0;
    std::uint32_t key = 0, key_size = 0;          // where the key is in text_
    std::uint32_t written = 0, written_size = 0;  // the address as written, if not the key
  };

  // The row that claimed the address's key first, or nullptr when this row
  // is the first (it holds the key from now on). Valid until the next call.
  [[nodiscard]] const First* claim(std::string_view email, std::size_t line, std::size_t row);
  // The address as the first row wrote it.
  [[nodiscard]] std::string_view written(const First& f) const;

 private:
  [[nodiscard]] std::string_view at(std::uint32_t offset, std::uint32_t size) const {
    return std::string_view(text_).substr(offset, size);
  }
  void grow();

  std::string text_;                  // the keys, and addresses as written where they differ
  std::vector<First> firsts_;         // in the order claimed
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t index = 0;  // 1 + index into firsts_; 0 for an empty slot
  };

  std::vector<Slot> slots_;           // a power of two of them, at most half used
  std::string key_;                   // the key being looked up, reused
};

}  // namespace licenseform
