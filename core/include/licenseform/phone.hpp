// The preferred display phone number (caller ID), normalized to E.164.
//
//   check_phone("030/23125001", {"DE"}).value         // "+493023125001"
//   check_phone("+49 (0)30 231 250 01", {"DE"}).value  // "+493023125001"
//   check_phone("4.93023E+11", {"DE"}).issues[0].code  // "phone.scientific_notation"
//   check_phone("493023125001", {"DE"}).issues[0]      // "phone.missing_plus",
//                                                      // suggestion "+493023125001"
//
// Validation uses Google's libphonenumber metadata (possible lengths and
// number patterns per region, generated into core/src/phone_metadata.cpp);
// premium-rate, pager and voicemail numbers and extensions are refused, as a
// caller ID cannot be one. docs/rules.md has the rules and their sources.
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
