// The problems of a check, grouped for a person: one line per kind of
// problem instead of one per row ("12 rows: the spreadsheet turned the
// display phone number into scientific notation ..."), with the first rows
// where it happens, so that a file with thousands of faulty rows reads as a
// short list of things to fix.
//
//   std::vector<IssueGroup> groups = group_issues(result.issues);
//   group_message(groups[0], result.issues, Lang::en)
//   // "12 rows: the spreadsheet turned the display phone number into ..."
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "licenseform/issue.hpp"
#include "licenseform/messages.hpp"

namespace licenseform {

inline constexpr std::size_t kGroupFirstRows = 5;

struct IssueGroup {
  std::string code;
  Severity severity = Severity::error;
  Column column = Column::none;
  std::size_t count = 0;                // issues in the group
  std::vector<std::size_t> first_rows;  // their first rows, in file order (none: whole file)
  std::size_t first = 0;                // index of the group's first issue
  bool same_params = true;              // every issue has the first one's parameters
};

// Groups by code, severity and column. Errors come first, then warnings,
// then notes; within each, groups follow the first issue of each in the list.
[[nodiscard]] std::vector<IssueGroup> group_issues(const std::vector<Issue>& issues,
                                                   std::size_t first_rows = kGroupFirstRows);

// The text of a group: the issue's own message for a group of one; the
// group text of the code ("group.<code>") where the catalog has one; else
// "{count} rows: {message}" when every row says the same, or "{count} rows
// have this problem, for example row {row}: {message}".
[[nodiscard]] std::string group_message(const IssueGroup& group, const std::vector<Issue>& issues,
                                        Lang lang);

}  // namespace licenseform
