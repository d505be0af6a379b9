// Grouping issues by kind for the problems summary (report.hpp).
#include "licenseform/report.hpp"

#include "licenseform/ordering.hpp"
#include "text_index.hpp"

#include <algorithm>

namespace licenseform {

namespace {

int severity_rank(Severity s) {
  switch (s) {
    case Severity::error: return 0;
    case Severity::warning: return 1;
    case Severity::info: return 2;
  }
  return 0;
}

// One key per (code, severity, column): the code alone would merge a value
// that is too long in the Name column with one in the Email column.
std::string group_key(const Issue& i) {
  std::string key = i.code;
  key += static_cast<char>('0' + severity_rank(i.severity));
  key += static_cast<char>('0' + static_cast<int>(i.column));
  return key;
}

void add_to(IssueGroup& g, const Issue& i, const Issue& first, std::size_t max_rows) {
  ++g.count;
  if (i.row && g.first_rows.size() < max_rows) g.first_rows.push_back(*i.row);
  if (g.same_params && i.params != first.params) g.same_params = false;
}

std::string text_of(std::string_view code, Lang lang, const Params& params) {
  const MessageText* m = find_message(code);
  if (!m) return std::string(code);
  return render(lang == Lang::de ? m->de : m->en, params, lang);
}

}  // namespace

std::vector<IssueGroup> group_issues(const std::vector<Issue>& issues, std::size_t first_rows) {
  std::vector<IssueGroup> groups;
  TextIndex index;  // group_key: numbered as the groups are
  for (std::size_t n = 0; n < issues.size(); ++n) {
    const Issue& i = issues[n];
    const TextIndex::Inserted key = index.insert(group_key(i));
    if (key.fresh) {
      groups.push_back(IssueGroup{i.code, i.severity, i.column, 0, {}, n, true});
    }
    IssueGroup& g = groups[key.number];
    add_to(g, i, issues[g.first], first_rows);
  }
  stable_sort_by(groups, [](const IssueGroup& g) { return severity_rank(g.severity); });
  return groups;
}

std::string group_message(const IssueGroup& g, const std::vector<Issue>& issues, Lang lang) {
  const Issue& first = issues[g.first];
  std::string own = render(first, lang);
  if (g.count <= 1) return own;
  Params params = first.params;
  params.emplace_back("count", std::to_string(g.count));
  std::string code = "group." + g.code;
  if (find_message(code)) return text_of(code, lang, params);
  Params generic{{"count", std::to_string(g.count)}, {"message", own}};
  if (g.same_params) return text_of("group.rows", lang, generic);
  generic.emplace_back("row", first.row ? std::to_string(*first.row) : std::string("-"));
  return text_of("group.rows_varied", lang, generic);
}

}  // namespace licenseform
