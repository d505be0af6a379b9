// Private to the phone check: reading a display phone number as typed.
//
// The scanner turns text into a '+' flag and ASCII digits, dropping the
// separators people type, or names the first thing that makes it not a phone
// number at all (letters, an extension, a formula). It decides nothing about
// countries; phone.cpp does that with the metadata.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "licenseform/issue.hpp"

namespace licenseform::phone_detail {

struct Scan {
  bool plus = false;  // written in international form with '+'
  // ASCII digits only, in order. A "(0)" after the country code is kept:
  // the national prefix rules remove it where it is a trunk prefix (+49 (0)30)
  // and keep it where it belongs to the number (+39 (0)6 in Italy).
  std::string digits;
};

struct ScanResult {
  std::optional<Scan> scan;    // empty when refused
  std::optional<Issue> error;  // why it was refused
};

// Damage a spreadsheet does to a number before we ever see it: scientific
// notation, formula errors and results, formula text. text is trimmed.
[[nodiscard]] std::optional<Issue> spreadsheet_damage(std::string_view text);

// Reads digits, one leading '+' and separators; text is trimmed and without
// the spreadsheet's leading apostrophe.
[[nodiscard]] ScanResult scan_phone(std::string_view text);

// The digit value of a Unicode decimal digit (ASCII, full-width, Arabic-Indic
// and the other Nd blocks), or -1.
[[nodiscard]] int digit_value(char32_t c);

}  // namespace licenseform::phone_detail
