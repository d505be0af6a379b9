// The message catalog: every issue code has an English and a German text.
// Texts name their parameters in braces: "Enter {column} in row {row}".
#pragma once

#include <string>
#include <string_view>
#include <optional>
#include <vector>

#include <date/date.h>

#include "licenseform/issue.hpp"

namespace licenseform {

enum class Lang { en, de };

struct MessageText {
  std::string_view code;
  std::string_view en;
  std::string_view de;
};

// The tables, one per part of the core (each defined in its own source file,
// messages_<part>.cpp, so that parts can grow without touching each other).
const std::vector<MessageText>& csv_messages();
const std::vector<MessageText>& field_messages();
const std::vector<MessageText>& phone_messages();
const std::vector<MessageText>& order_messages();

// Every code of every table.
[[nodiscard]] std::vector<MessageText> all_messages();
// The template for a code, or nullptr when the code is unknown.
[[nodiscard]] const MessageText* find_message(std::string_view code);
// Renders an issue's message in a language. Unknown codes render the code
// itself, which a test forbids.
[[nodiscard]] std::string render(const Issue& issue, Lang lang);
[[nodiscard]] std::string render(std::string_view templ, const Params& params);
// Parameters that hold an ISO date (YYYY-MM-DD) are written in words in the
// language: "31 January 2027" / "31. Januar 2027".
[[nodiscard]] std::string render(std::string_view templ, const Params& params, Lang lang);
// A date in words: "31 January 2027" / "31. Januar 2027".
[[nodiscard]] std::string format_long_date(date::sys_days day, Lang lang);
[[nodiscard]] std::optional<Lang> lang_from_string(std::string_view s);

}  // namespace licenseform
