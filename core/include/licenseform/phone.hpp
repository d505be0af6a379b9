// The preferred display phone number (caller ID), normalized to E.164.
//
//   check_phone("030/23125001", {"DE"}).value  // "+493023125001"
#pragma once

#include <string>
#include <string_view>

#include "licenseform/fields.hpp"

namespace licenseform {

struct PhoneOptions {
  std::string country = "DE";  // ISO 3166 region for national numbers
};

// An empty text gives an empty value and no issue: whether the number is
// required is the order's decision.
[[nodiscard]] FieldResult check_phone(std::string_view text, const PhoneOptions& options);

}  // namespace licenseform
