// Private to the order check: the rows that repeat an earlier row's address
// (email_key: lower-cased), found once every row has claimed its own.
//
// A claim costs a hash, two bits of one word of a table that stays in the
// cache, and a record appended to a list; an exact table of every address,
// touched at random for each row, made a sixth of a CSV check. A row whose
// bits were set already may repeat an address (every repeat does; so does
// about one other row in 250): claim() says so, so that the caller keeps what such a
// row needs if it turns out a duplicate. duplicates() then compares
// addresses for those rows only.
//
//   EmailClaims claims(3);
//   claims.claim("ada@example.com", 2, 2);          // false: a first claim
//   claims.claim("Ada@example.com", 9, 8);          // true: it may repeat one
//   claims.duplicates(address_of);   // {line 9, row 8, first row 2, ...}
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "licenseform/function_ref.hpp"
#include "licenseform/text_buffer.hpp"

namespace licenseform {

class EmailClaims {
 public:
  // expected: about how many rows will claim (sizes the table of bits,
  // which grows when more do).
  explicit EmailClaims(std::size_t expected = 0);

  // The row's address, as checked; rows claim in row order. True when the
  // row may repeat an earlier row's address.
  bool claim(std::string_view email, std::size_t line, std::size_t row);

  struct Duplicate {
    std::size_t line = 0, row = 0;
    std::size_t first_line = 0, first_row = 0;  // the first row that claimed the address
    bool identical = false;  // both rows have the address written alike, not only its key
  };
  // Every row whose address (by email_key) an earlier row claimed, in row
  // order. address_of(row) gives the address a row claimed with, for the few
  // first claimants claim() kept nothing of (valid until the next call).
  [[nodiscard]] std::vector<Duplicate> duplicates(
      FunctionRef<std::string_view(std::size_t row)> address_of) const;

  // email_key (fields.hpp) of an address: ASCII lower-cased, into scratch
  // unless the address is its own key.
  static std::string_view key_of(std::string_view email, std::string& scratch);

 private:
  struct Claim {
    std::uint64_t hash;  // of the key
    std::size_t line, row;
  };
  struct Kept {
    std::size_t claim;               // index in claims_
    std::size_t email, email_size;  // in kept_text_
  };
  void grow();

  std::vector<std::uint64_t> bits_;  // a power of two of words: at least 16 bits per expected claim
  std::vector<Claim> claims_;
  std::vector<Kept> kept_;  // the claims that may repeat one, in order
  TextBuffer kept_text_;    // their addresses
  std::string key_;         // scratch for key_of
};

}  // namespace licenseform
