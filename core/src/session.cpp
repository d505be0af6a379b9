// CsvSession (session.hpp): the bytes of an upload gathered in one buffer,
// checked once, and the result kept for the page to read in pages.
#include "licenseform/session.hpp"

#include <algorithm>
#include <cstring>

#include "json_text.hpp"

namespace licenseform::api {

namespace {

constexpr std::size_t kDefaultPage = 100;
constexpr std::size_t kMaxPage = 10000;

std::size_t number(const json& query, const char* key, std::size_t fallback) {
  if (!query.is_object()) return fallback;
  auto it = query.find(key);
  return it != query.end() && it->is_number_unsigned() ? it->get<std::size_t>() : fallback;
}

std::string text(const json& query, const char* key) {
  if (!query.is_object()) return {};
  auto it = query.find(key);
  return it != query.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The same words as the size error of read_sheet: one decimal, "50.0".
std::string megabytes(std::size_t bytes) {
  std::size_t tenths = (bytes * 10 + 524288) / 1048576;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

}  // namespace

CsvSession::CsvSession(const json& options) : options_(options), parsed_(parse_options(options)) {
  result_.flow = parsed_.options.flow;
}

// Once the file is checked, its bytes are the agents' values: never moved.
void CsvSession::reserve(std::size_t bytes) {
  if (!finished_ && bytes <= parsed_.options.sheet.max_bytes) grow_to(bytes);
}

// Room for capacity bytes in all (at least one, so that the buffer exists),
// keeping those appended so far.
void CsvSession::grow_to(std::size_t capacity) {
  if (bytes_ && capacity <= capacity_) return;
  capacity = std::max<std::size_t>(capacity, 1);
  std::unique_ptr<char[]> grown(new char[capacity]);  // not value-initialized
  if (length_ > 0) std::memcpy(grown.get(), bytes_.get(), length_);
  bytes_ = std::move(grown);
  capacity_ = capacity;
}

void CsvSession::free_bytes() {
  bytes_.reset();
  length_ = capacity_ = 0;
}

char* CsvSession::append_space(std::size_t n) {
  if (finished_) return nullptr;
  size_ += n;
  if (size_ > parsed_.options.sheet.max_bytes) {
    free_bytes();  // refused whatever follows: keep nothing
    return nullptr;
  }
  // Doubling, but never past the limit, which length_ + n is within.
  if (length_ + n > capacity_ || !bytes_) {
    grow_to(std::min(std::max(length_ + n, capacity_ * 2), parsed_.options.sheet.max_bytes));
  }
  char* at = bytes_.get() + length_;
  length_ += n;
  return at;
}

bool CsvSession::append(std::string_view chunk) {
  char* space = append_space(chunk.size());
  if (space && !chunk.empty()) std::memcpy(space, chunk.data(), chunk.size());
  return space != nullptr;
}

json CsvSession::finish(const std::function<void(double)>& progress) {
  if (!finished_) {
    if (!parsed_.issues.empty()) {
      result_.issues = parsed_.issues;
    } else if (size_ > parsed_.options.sheet.max_bytes) {
      refuse_size();
    } else {
      check(progress);
    }
    // The texts of the accepted agents and the refused rows are mostly
    // views of the bytes; when none is (no row, or a file read after a
    // conversion), they go.
    if (!result_.agents.uses_source() && !result_.refused.uses_source()) {
      result_.agents.refer_to({});
      result_.refused.refer_to({});
      free_bytes();
    }
    groups_ = group_issues(result_.issues);
    finished_ = true;
  }
  return summary();
}

void CsvSession::check(const std::function<void(double)>& progress) {
  CheckProgress on_progress;
  if (progress) {
    on_progress = [&progress](std::size_t done, std::size_t total) {
      const auto all = static_cast<double>(std::max<std::size_t>(total, 1));
      progress(std::min(1.0, static_cast<double>(done) / all));
    };
  }
  result_ = check_csv(bytes(), parsed_.options, on_progress, AgentTexts::views_of_bytes);
  if (progress) progress(1.0);
}

void CsvSession::refuse_size() {
  result_.issues.push_back(make_issue(
      Severity::error, "csv.too_large",
      {{"size", megabytes(size_)}, {"max", megabytes(parsed_.options.sheet.max_bytes)}}));
}

json CsvSession::summary() const {
  const Lang lang = parsed_.lang;
  json groups = json::array();
  for (const IssueGroup& g : groups_) {
    std::string_view column = to_key(g.column);
    groups.push_back({{"code", g.code},
                      {"severity", to_string(g.severity)},
                      {"column", column.empty() ? json(nullptr) : json(column)},
                      {"count", g.count},
                      {"firstRows", g.first_rows},
                      {"message", group_message(g, result_.issues, lang)}});
  }
  json file_issues = json::array();
  std::size_t errors = 0;
  for (const Issue& i : result_.issues) {
    errors += i.is_error();
    if (!i.row) file_issues.push_back(to_json(i, lang));
  }
  json columns = json::array();
  for (Column c : result_.sheet.columns) columns.push_back(to_key(c));
  json out = {{"valid", finished_ && result_.valid},
              {"flow", to_string(result_.flow)},
              {"counts",
               {{"rows", result_.rows_total},
                {"accepted", result_.agents.size()},
                {"refused", result_.rows_refused},
                {"skipped", result_.rows_skipped}}},
              {"issueCount", result_.issues.size()},
              {"errorCount", errors},
              {"groups", std::move(groups)},
              {"fileIssues", std::move(file_issues)},
              {"sheet",
               {{"delimiter", std::string(1, result_.sheet.delimiter)},
                {"encoding", to_string(result_.sheet.encoding)},
                {"columns", std::move(columns)}}}};
  put_reason(out);
  return out;
}

// Whether every agent has the same billing end (or none), so that the page
// can say the reason once instead of on every row.
void CsvSession::put_reason(json& out) const {
  const auto& agents = result_.agents;
  const bool same = agents.billed_alike();
  out["sameReason"] = same;
  out["reason"] = nullptr;
  if (same && !agents.empty() && agents.front().billing) {
    out["reason"] = to_json(agents.front(), result_.flow, parsed_.options.policy,
                            parsed_.lang)["reason"];
  }
}

json CsvSession::issues(const json& query) const { return parse_json_text(issues_text(query)); }

json CsvSession::agents(const json& query) const { return parse_json_text(agents_text(query)); }

namespace {

// {"items":[...],"offset":offset,"total":total}, as dump() orders the keys.
void end_page(JsonText& out, std::size_t offset, std::size_t total) {
  out.raw("],\"offset\":");
  out.number(offset);
  out.raw(",\"total\":");
  out.number(total);
  out.raw("}");
}

}  // namespace

std::string CsvSession::issues_text(const json& query) const {
  const std::size_t offset = number(query, "offset", 0);
  const std::size_t limit = std::min(number(query, "limit", kDefaultPage), kMaxPage);
  const std::string code = text(query, "code");
  const std::string severity = text(query, "severity");
  JsonText out;
  out.raw("{\"items\":[");
  std::size_t total = 0;
  for (const Issue& i : result_.issues) {
    if (!code.empty() && i.code != code) continue;
    if (!severity.empty() && to_string(i.severity) != severity) continue;
    if (total >= offset && total - offset < limit) {
      if (total > offset) out.raw(",");
      write_json(i, parsed_.lang, out);
    }
    ++total;
  }
  end_page(out, offset, total);
  return out.take();
}

std::string CsvSession::agents_text(const json& query) const {
  const auto& all = result_.agents;
  const std::size_t offset = std::min(number(query, "offset", 0), all.size());
  const std::size_t limit = std::min(number(query, "limit", kDefaultPage), kMaxPage);
  JsonText out;
  out.raw("{\"items\":[");
  for (std::size_t i = offset; i < all.size() && i - offset < limit; ++i) {
    if (i > offset) out.raw(",");
    write_json(all[i], result_.flow, parsed_.options.policy, parsed_.lang, out);
  }
  end_page(out, offset, all.size());
  return out.take();
}

json CsvSession::payload(const json& source, std::string_view order_id) const {
  json agents = json::array();
  for (const Agent& a : result_.agents) {
    agents.push_back(to_json(a, result_.flow, parsed_.options.policy, parsed_.lang));
  }
  return build_payload(options_, agents, source, order_id);
}

json CsvSession::export_csv(std::string_view kind, std::string_view file_name) const {
  if (!parsed_.issues.empty()) {
    return {{"fileName", nullptr}, {"issues", to_json(parsed_.issues, parsed_.lang)}};
  }
  return api::export_csv(result_, parsed_, kind, file_name);
}

}  // namespace licenseform::api
