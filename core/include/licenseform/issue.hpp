// Structured problems found in the customer's input.
//
// Every check in the core reports through Issue: a severity, a stable dotted
// code ("email.trailing_dot"), where it happened (physical line, spreadsheet
// row, column) and parameters. The message shown to a person is rendered from
// the code and the parameters by the message catalog (messages.hpp), so a
// translation never needs a change in the checks.
//
//   Issue i = make_issue(Severity::error, "email.trailing_dot",
//                        {{"suggestion", "ada@example.com"}});
//   i.column = Column::email;
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "licenseform/columns.hpp"

namespace licenseform {

enum class Severity { error, warning, info };

[[nodiscard]] std::string_view to_string(Severity s);

using Params = std::vector<std::pair<std::string, std::string>>;

struct Issue {
  Severity severity = Severity::error;
  std::string code;                // stable, dotted: "csv.unclosed_quote"
  std::optional<std::size_t> line;  // 1-based physical line where the record starts
  std::optional<std::size_t> row;   // row number a spreadsheet shows (header is row 1)
  Column column = Column::none;     // none for file-level or row-level problems
  Params params;                    // values the message refers to, by name

  [[nodiscard]] bool is_error() const { return severity == Severity::error; }
  // The English text, rendered from the code and the parameters when asked
  // for: a CSV check makes thousands of issues and shows a page of them.
  [[nodiscard]] std::string message() const;
  [[nodiscard]] std::string param(std::string_view name) const;
};

// Builds an issue.
[[nodiscard]] Issue make_issue(Severity severity, std::string code, Params params = {},
                               Column column = Column::none);

[[nodiscard]] bool has_error(const std::vector<Issue>& issues);

}  // namespace licenseform
