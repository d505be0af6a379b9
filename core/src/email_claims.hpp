// Private to the order check: the addresses claimed so far in one check,
// for finding duplicate emails, without an allocation per row.
//
//   EmailClaims claims;
//   claims.claim("Ada@example.com", 2, 2);      // nullptr: the first
//   auto* f = claims.claim("ada@example.com", 9, 9);
//   f->row;                   // 2
//   claims.written(*f);       // "Ada@example.com"
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text_index.hpp"

namespace licenseform {

class EmailClaims {
 public:
  struct First {
    std::size_t line = 0, row = 0;
    std::uint32_t written = TextIndex::kNone;  // the address as written, if not the key
  };

  // The row that claimed the address's key (email_key: lower-cased) first,
  // or nullptr when this row is the first, which holds the key from now on.
  // Valid until the next call.
  [[nodiscard]] const First* claim(std::string_view email, std::size_t line, std::size_t row);
  // The address as the first row wrote it.
  [[nodiscard]] std::string_view written(const First& f) const;

 private:
  TextIndex keys_;             // email_key of each address claimed
  TextIndex as_written_;       // addresses whose key differs from them
  std::vector<First> firsts_;  // by the key's number
  std::string key_;            // the key being looked up, when it is not the address

  [[nodiscard]] std::string_view key_of(std::string_view email);
};

}  // namespace licenseform
