#include "licenseform/order.hpp"

#include <algorithm>
#include <unordered_map>

#include "licenseform/ordering.hpp"
#include "licenseform/phone.hpp"

namespace licenseform {

namespace {

void set_place(std::vector<Issue>& issues, std::size_t line, std::size_t row) {
  for (auto& issue : issues) {
    if (line) issue.line = line;
    if (row) issue.row = row;
  }
}

void append(std::vector<Issue>& to, std::vector<Issue>&& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

bool all_blank(const RawAgent& raw) {
  return raw.name.empty() && raw.cancellation_date.empty() && raw.phone.empty() &&
         raw.email.empty();
}

// Results of the phone and date checks by the text of the cell, within one
// check: a call centre's agents mostly share a few display numbers and
// cancellation dates, and both checks are pure functions of the text.
struct FieldCache {
  static constexpr std::size_t kMaxEntries = 4096;  // a bound on memory, not a tuning knob
  std::unordered_map<std::string, FieldResult> phones;
  std::unordered_map<std::string, DateResult> dates;

  template <typename Map, typename Check>
  static auto lookup(Map& map, const std::string& text, Check check) {
    auto it = map.find(text);
    if (it != map.end()) return it->second;
    auto result = check();
    if (map.size() < kMaxEntries) map.emplace(text, result);
    return result;
  }
};

void check_email_into(const RawAgent& raw, Agent& agent, RowResult& out, std::string& kept) {
  FieldResult email = check_email(raw.email);
  if (email.ok()) kept = email.value;
  agent.email = std::move(email.value);
  append(out.issues, std::move(email.issues));
}

void check_date_into(const RawAgent& raw, const OrderOptions& o, Agent& agent,
                     RowResult& out, FieldCache* cache) {
  if (raw.cancellation_date.empty()) {
    if (column_required(Column::cancellation_date, o)) {
      out.issues.push_back(make_issue(Severity::error, "date.required", {},
                                      Column::cancellation_date));
    }
    return;
  }
  auto check = [&] { return check_date(raw.cancellation_date, {o.today, o.date_order}); };
  DateResult d = cache ? FieldCache::lookup(cache->dates, raw.cancellation_date, check) : check();
  append(out.issues, std::move(d.issues));
  agent.cancellation_date = d.day;
}

void check_phone_into(const RawAgent& raw, const OrderOptions& o, Agent& agent,
                      RowResult& out, FieldCache* cache) {
  if (raw.phone.empty()) {
    if (column_required(Column::phone, o)) {
      out.issues.push_back(make_issue(Severity::error, "phone.required", {}, Column::phone));
    }
    return;
  }
  auto check = [&] { return check_phone(raw.phone, PhoneOptions{o.country}); };
  FieldResult phone = cache ? FieldCache::lookup(cache->phones, raw.phone, check) : check();
  agent.phone = std::move(phone.value);
  append(out.issues, std::move(phone.issues));
}

void add_billing(const OrderOptions& o, Agent& agent, RowResult& out) {
  if (o.flow == Flow::add && !agent.cancellation_date) return;
  if (agent.cancellation_date && *agent.cancellation_date < o.today) return;
  agent.billing = billing_end(o.today, agent.cancellation_date, o.policy);
  if (agent.billing->requested_before_earliest) {
    out.issues.push_back(make_issue(
        Severity::warning, "policy.requested_before_earliest",
        {{"requested", format_iso_date(*agent.billing->requested)},
         {"billingEnd", format_iso_date(agent.billing->billing_end)},
         {"noticeDays", std::to_string(o.policy.notice_days)}},
        Column::cancellation_date));
  }
}

}  // namespace

bool column_required(Column c, const OrderOptions& o) {
  if (o.flow == Flow::cancel) return c == Column::email;
  switch (c) {
    case Column::name:
    case Column::email: return true;
    case Column::phone: return o.license == LicenseType::agent_id_bria;
    case Column::cancellation_date: return o.temporary;
    case Column::none: return false;
  }
  return false;
}

std::vector<Column> required_columns(const OrderOptions& o) {
  std::vector<Column> out;
  for (Column c : flow_columns(o.flow)) {
    if (column_required(c, o)) out.push_back(c);
  }
  return out;
}

namespace {

// check_agent, keeping the normalized email for the duplicate check.
RowResult check_agent_keeping(const RawAgent& raw, const OrderOptions& o, std::string& email,
                              FieldCache* cache = nullptr) {
  RowResult out;
  Agent agent;
  if (o.flow == Flow::add) {
    FieldResult name = check_name(raw.name);
    agent.name = std::move(name.value);
    append(out.issues, std::move(name.issues));
    check_date_into(raw, o, agent, out, cache);
    check_phone_into(raw, o, agent, out, cache);
  }
  check_email_into(raw, agent, out, email);
  add_billing(o, agent, out);
  if (!has_error(out.issues)) out.agent = std::move(agent);
  return out;
}

}  // namespace

RowResult check_agent(const RawAgent& raw, const OrderOptions& o) {
  std::string email;
  return check_agent_keeping(raw, o, email);
}

namespace {

// Settles each row as it is checked, and finds duplicate emails in row
// order: the first row keeps the address, every later one is refused naming
// it. A row whose date waits for the column's order (DateColumn) claims its
// email when it is read, so the order stays that of the file and no row has
// to be kept for a second pass.
class Assembler {
 public:
  explicit Assembler(CheckResult& result) : result_(result) {}

  void check(std::size_t line, std::size_t row, RawAgent raw, const OrderOptions& o) {
    std::string email;
    RowResult r = check_agent_keeping(raw, o, email, &cache_);
    std::optional<Issue> duplicate = claim(email, line, row);
    settle(line, row, std::move(raw), std::move(r), std::move(duplicate));
  }

  // The duplicate issue of a row that waits, decided now, issued later.
  [[nodiscard]] std::optional<Issue> claim_email(std::size_t line, std::size_t row,
                                                 const RawAgent& raw) {
    FieldResult email = check_email(raw.email);
    return claim(email.ok() ? email.value : std::string(), line, row);
  }

  void check_late(std::size_t line, std::size_t row, RawAgent raw, const OrderOptions& o,
                  std::optional<Issue> duplicate) {
    std::string email;
    RowResult r = check_agent_keeping(raw, o, email);
    settle(line, row, std::move(raw), std::move(r), std::move(duplicate));
    late_ = true;
  }

  // Late rows were settled after the others: put the agents in row order.
  void finish() {
    if (!late_) return;
    stable_sort_by(result_.agents, [](const Agent& a) { return a.row; });
  }

 private:
  struct First {
    std::size_t line = 0, row = 0;
    std::string email;  // as written, when it differs from the key
  };

  std::optional<Issue> claim(const std::string& email, std::size_t line, std::size_t row) {
    if (email.empty()) return std::nullopt;
    std::string key = email_key(email);
    auto [it, fresh] = first_.try_emplace(std::move(key));
    if (fresh) {
      it->second = First{line, row, email == it->first ? std::string() : email};
      return std::nullopt;
    }
    const First& f = it->second;
    const bool same = email == (f.email.empty() ? it->first : f.email);
    Params p{{"firstRow", std::to_string(f.row)}, {"firstLine", std::to_string(f.line)}};
    Issue issue = make_issue(Severity::error,
                             same ? "order.duplicate_email" : "order.duplicate_email_case",
                             std::move(p), Column::email);
    if (line) issue.line = line;
    issue.row = row;
    return issue;
  }

  void settle(std::size_t line, std::size_t row, RawAgent&& raw, RowResult&& r,
              std::optional<Issue>&& duplicate) {
    set_place(r.issues, line, row);
    if (duplicate) {
      r.issues.push_back(std::move(*duplicate));
      r.agent.reset();
    }
    if (has_error(r.issues)) {
      ++result_.rows_refused;
      result_.refused.push_back({line, row, std::move(raw)});
    }
    if (r.agent) {
      r.agent->line = line;
      r.agent->row = row;
      result_.agents.push_back(std::move(*r.agent));
    }
    append(result_.issues, std::move(r.issues));
  }

  CheckResult& result_;
  FieldCache cache_;
  std::unordered_map<std::string, First> first_;  // by email_key
  bool late_ = false;
};

void finish_result(CheckResult& result) {
  if (result.agents.empty() && !has_error(result.issues)) {
    result.issues.push_back(make_issue(Severity::error, "order.no_agents"));
  }
  result.valid = !has_error(result.issues) && !result.agents.empty();
}

}  // namespace

CheckResult check_manual(const std::vector<RawAgent>& rows, const OrderOptions& o) {
  CheckResult result;
  result.flow = o.flow;
  if (rows.size() > o.max_manual_rows) {
    result.issues.push_back(make_issue(Severity::error, "order.too_many_manual_rows",
                                       {{"max", std::to_string(o.max_manual_rows)},
                                        {"count", std::to_string(rows.size())}}));
  }
  Assembler assembler(result);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (all_blank(rows[i])) {
      ++result.rows_skipped;
      continue;
    }
    ++result.rows_total;
    assembler.check(0, i + 1, rows[i], o);
  }
  assembler.finish();
  for (auto& agent : result.agents) agent.line = 0;
  finish_result(result);
  return result;
}

namespace {

RawAgent to_raw(const SheetRow& r) {
  RawAgent raw;
  raw.name = r.cells[column_index(Column::name)];
  raw.cancellation_date = r.cells[column_index(Column::cancellation_date)];
  raw.phone = r.cells[column_index(Column::phone)];
  raw.email = r.cells[column_index(Column::email)];
  return raw;
}

// a/b/yyyy dates are read in one order for the whole column: the order the
// host set, or the one the file proves (a part above 12). Rows that could be
// read either way wait until the file has been read.
class DateColumn {
 public:
  struct Pending {
    std::size_t line, row;
    RawAgent raw;
    std::optional<Issue> duplicate;  // decided when the row was read
  };

  // True when the row must wait for the column's order.
  bool defer(std::size_t line, std::size_t row, const RawAgent& raw, Assembler& assembler) {
    switch (date_order_evidence(raw.cancellation_date)) {
      case OrderEvidence::either:
        pending_.push_back({line, row, raw, assembler.claim_email(line, row, raw)});
        return true;
      case OrderEvidence::dmy_only: note(dmy_row_, row); return false;
      case OrderEvidence::mdy_only: note(mdy_row_, row); return false;
      default: return false;
    }
  }

  void finish(const OrderOptions& o, Assembler& assembler, std::vector<Issue>& issues) {
    OrderOptions decided = o;
    Params rows{{"dmyRow", std::to_string(dmy_row_)}, {"mdyRow", std::to_string(mdy_row_)}};
    if (dmy_row_ && mdy_row_) {
      // Each of those rows settled its own order; only rows that could be
      // read either way are left without one, and only then is it an error.
      issues.push_back(make_issue(pending_.empty() ? Severity::warning : Severity::error,
                                  pending_.empty() ? "date.mixed_order" : "date.order_conflict",
                                  std::move(rows), Column::cancellation_date));
    } else if (dmy_row_) {
      decided.date_order = DateOrder::dmy;
    } else if (mdy_row_) {
      decided.date_order = DateOrder::mdy;
    }
    for (auto& p : pending_) {
      assembler.check_late(p.line, p.row, std::move(p.raw), decided, std::move(p.duplicate));
    }
  }

 private:
  static void note(std::size_t& first, std::size_t row) {
    if (!first) first = row;
  }
  std::vector<Pending> pending_;
  std::size_t dmy_row_ = 0;
  std::size_t mdy_row_ = 0;
};

void sort_issues(std::vector<Issue>& issues) {
  stable_sort_by(issues, [](const Issue& i) { return i.row.value_or(0); });
}

}  // namespace

CheckResult check_csv(std::string_view bytes, const OrderOptions& o) {
  return check_csv(bytes, o, CheckProgress());
}

CheckResult check_csv(std::string_view bytes, const OrderOptions& o,
                      const CheckProgress& progress) {
  constexpr std::size_t kProgressRows = 8192;  // a call every few milliseconds
  CheckResult result;
  result.flow = o.flow;
  Assembler assembler(result);
  DateColumn dates;
  std::vector<Issue> sheet_issues;
  std::size_t broken = 0;
  result.sheet = read_sheet(bytes, o.flow, required_columns(o), o.sheet, sheet_issues,
                            [&](const SheetRow& r) {
                              if (++result.rows_total % kProgressRows == 0 && progress) {
                                progress(r.line);
                              }
                              RawAgent raw = to_raw(r);
                              if (r.broken) {
                                ++broken;
                                result.refused.push_back({r.line, r.row, std::move(raw)});
                                return;
                              }
                              bool wait = o.flow == Flow::add &&
                                          o.date_order == DateOrder::unknown &&
                                          !raw.cancellation_date.empty() &&
                                          dates.defer(r.line, r.row, raw, assembler);
                              if (!wait) assembler.check(r.line, r.row, std::move(raw), o);
                            });
  dates.finish(o, assembler, sheet_issues);
  assembler.finish();
  result.rows_refused += broken;
  stable_sort_by(result.refused, [](const RefusedRow& r) { return r.row; });
  result.rows_skipped = result.sheet.skipped_empty;
  append(result.issues, std::move(sheet_issues));
  sort_issues(result.issues);
  // A quote that is never closed leaves the rest of the file unreadable: no
  // row of such a file is offered as accepted, or the customer could take
  // the rows above it for the whole file.
  bool unclosed = std::any_of(result.issues.begin(), result.issues.end(), [](const Issue& i) {
    return i.code.rfind("csv.unclosed_quote", 0) == 0;
  });
  if (unclosed) result.agents.clear();
  if (result.sheet.readable) finish_result(result);
  result.valid = !has_error(result.issues) && !result.agents.empty();
  return result;
}

}  // namespace licenseform
