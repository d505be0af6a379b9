// Checks of one field value: name, email, cancellation date. Each returns the
// normalized value and the issues found (with their column set). Phone
// numbers are in phone.hpp.
//
//   auto r = check_email(" <Ada@Example.COM> ");
//   r.value   // "Ada@example.com"  (local part kept, domain lower-cased)
//   r.issues  // one warning: the brackets were removed
#pragma once

#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "licenseform/calendar.hpp"
#include "licenseform/issue.hpp"

namespace licenseform {

struct FieldResult {
  std::string value;          // normalized value (empty when refused)
  std::vector<Issue> issues;  // errors refuse the value; warnings say what changed
  [[nodiscard]] bool ok() const { return !has_error(issues); }
  // Hands the value to to_value and appends the issues to to_issues.
  void move_to(std::string& to_value, std::vector<Issue>& to_issues) && {
    to_value = std::move(value);
    to_issues.insert(to_issues.end(), std::make_move_iterator(issues.begin()),
                     std::make_move_iterator(issues.end()));
  }
};

// Full name: trims, collapses inner white space, refuses control and bidi
// characters, formula starts (= + - @ tab CR) and lengths outside 1..100.
[[nodiscard]] FieldResult check_name(std::string_view text);

// Email per docs/rules.md: WHATWG grammar, dot-atom dots, RFC 5321 lengths,
// domain lower-cased.
[[nodiscard]] FieldResult check_email(std::string_view text);
// The same two checks for the rows of a CSV check, appending the issues:
// the value as a view of text itself where the check changes nothing (most
// cells), else of store, which a check reuses for every row; empty when
// refused. Valid while text and store are.
[[nodiscard]] std::string_view check_name(std::string_view text, std::string& store,
                                          std::vector<Issue>& issues);
[[nodiscard]] std::string_view check_email(std::string_view text, std::string& store,
                                           std::vector<Issue>& issues);
// Key for finding duplicates within an order: the whole address case-folded.
[[nodiscard]] std::string email_key(std::string_view normalized_email);

enum class DateOrder { unknown, dmy, mdy };

struct DateOptions {
  Day today;                               // notice date; earlier dates are errors
  DateOrder order = DateOrder::unknown;    // for a/b/yyyy values
};

struct DateResult {
  std::optional<Day> day;
  std::vector<Issue> issues;
  [[nodiscard]] bool ok() const { return !has_error(issues); }
};

// An empty text gives no day and no issue: whether the date is required is
// the order's decision.
[[nodiscard]] DateResult check_date(std::string_view text, const DateOptions& options);

// For deciding a whole column of a/b/yyyy dates: which orders could read it.
enum class OrderEvidence { not_slash, either, dmy_only, mdy_only, neither };
[[nodiscard]] OrderEvidence date_order_evidence(std::string_view text);

}  // namespace licenseform
