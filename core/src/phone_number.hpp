// Private to the phone check: parsing digits into a calling code and national
// significant number, and validating them, the way libphonenumber-js does
// (parse(), isValid(), getType()) with the generated metadata.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "phone_metadata.hpp"

namespace licenseform::phone_detail {

enum class Verdict { valid, unknown_code, too_short, too_long, invalid };

struct Number {
  std::string calling_code;        // "49"
  std::string national;            // national significant number
  const Region* plan = nullptr;    // numbering plan used to parse
  const Region* region = nullptr;  // the region the number belongs to, if known
  Verdict verdict = Verdict::invalid;
  std::optional<NumberType> type;  // when valid

  [[nodiscard]] bool valid() const { return verdict == Verdict::valid; }
  [[nodiscard]] std::string e164() const {
    std::string s;  // one allocation, not one per '+'
    s.reserve(1 + calling_code.size() + national.size());
    s.append(1, '+').append(calling_code).append(national);
    return s;
  }
};

// digits after a '+' (or after an international prefix).
[[nodiscard]] Number parse_international(std::string_view digits);
// A number written nationally in home's numbering plan.
[[nodiscard]] Number parse_national(std::string_view digits, const Region& home);
// The rest after home's international prefix (like 00 or 011), or nullopt
// when digits do not start with it.
[[nodiscard]] std::optional<std::string_view> strip_international_prefix(std::string_view digits,
                                                                         const Region& home);
// Whether libphonenumber writes this national number without the trunk
// prefix in national format (UAE "400 3 52123"), by region's formats.
[[nodiscard]] bool written_without_trunk(std::string_view national, const Region& region);
// libphonenumber's getNumberType; nullopt when the number matches no type.
[[nodiscard]] std::optional<NumberType> number_type(std::string_view national,
                                                    const Region& region);

}  // namespace licenseform::phone_detail
