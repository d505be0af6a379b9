#include "licenseform/issue.hpp"

#include <algorithm>

#include "licenseform/messages.hpp"

namespace licenseform {

std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "error";
}

std::string Issue::param(std::string_view name) const {
  for (const auto& [key, value] : params) {
    if (key == name) return value;
  }
  return {};
}

Issue make_issue(Severity severity, std::string code, Params params, Column column) {
  Issue issue;
  issue.severity = severity;
  issue.code = std::move(code);
  issue.params = std::move(params);
  issue.column = column;
  return issue;
}

std::string Issue::message() const { return render(*this, Lang::en); }

bool has_error(const std::vector<Issue>& issues) {
  return std::any_of(issues.begin(), issues.end(), [](const Issue& i) { return i.is_error(); });
}

}  // namespace licenseform
