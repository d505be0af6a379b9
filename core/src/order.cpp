#include "licenseform/order.hpp"

#include <algorithm>
#include <unordered_map>

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

// Email first: the duplicate check needs it even when another field fails.
struct Checked {
  std::size_t line = 0;
  std::size_t row = 0;
  RowResult result;
  std::string email_key;  // empty when the email itself was refused
  bool email_case_matters = false;
  std::string email;
};

void check_email_into(const RawAgent& raw, Agent& agent, RowResult& out) {
  FieldResult email = check_email(raw.email);
  agent.email = email.value;
  append(out.issues, std::move(email.issues));
}

void check_date_into(const RawAgent& raw, const OrderOptions& o, Agent& agent,
                     RowResult& out) {
  if (raw.cancellation_date.empty()) {
    if (column_required(Column::cancellation_date, o)) {
      out.issues.push_back(make_issue(Severity::error, "date.required", {},
                                      Column::cancellation_date));
    }
    return;
  }
  DateResult d = check_date(raw.cancellation_date, DateOptions{o.today, o.date_order});
  append(out.issues, std::move(d.issues));
  agent.cancellation_date = d.day;
}

void check_phone_into(const RawAgent& raw, const OrderOptions& o, Agent& agent,
                      RowResult& out) {
  if (raw.phone.empty()) {
    if (column_required(Column::phone, o)) {
      out.issues.push_back(make_issue(Severity::error, "phone.required", {}, Column::phone));
    }
    return;
  }
  FieldResult phone = check_phone(raw.phone, PhoneOptions{o.country});
  agent.phone = phone.value;
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

RowResult check_agent(const RawAgent& raw, const OrderOptions& o) {
  RowResult out;
  Agent agent;
  if (o.flow == Flow::add) {
    FieldResult name = check_name(raw.name);
    agent.name = name.value;
    append(out.issues, std::move(name.issues));
    check_date_into(raw, o, agent, out);
    check_phone_into(raw, o, agent, out);
  }
  check_email_into(raw, agent, out);
  add_billing(o, agent, out);
  if (!has_error(out.issues)) out.agent = std::move(agent);
  return out;
}

namespace {

// Collects checked rows, then finds duplicate emails in file order: the
// first row keeps the address, every later one is refused naming it.
class Assembler {
 public:
  explicit Assembler(CheckResult& result) : result_(result) {}

  void add(std::size_t line, std::size_t row, const RawAgent& raw, RowResult&& r) {
    Checked c;
    c.line = line;
    c.row = row;
    FieldResult email = check_email(raw.email);
    if (email.ok() && !email.value.empty()) {
      c.email = email.value;
      c.email_key = email_key(email.value);
    }
    set_place(r.issues, line, row);
    if (r.agent) {
      r.agent->line = line;
      r.agent->row = row;
    }
    c.result = std::move(r);
    rows_.push_back(std::move(c));
  }

  void finish() {
    std::stable_sort(rows_.begin(), rows_.end(),
                     [](const Checked& a, const Checked& b) { return a.row < b.row; });
    std::unordered_map<std::string, std::size_t> first;  // key -> index in rows_
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      Checked& c = rows_[i];
      if (!c.email_key.empty()) {
        auto [it, fresh] = first.emplace(c.email_key, i);
        if (!fresh) flag_duplicate(c, rows_[it->second]);
      }
      if (has_error(c.result.issues)) ++result_.rows_refused;
      append(result_.issues, std::move(c.result.issues));
      if (c.result.agent) result_.agents.push_back(std::move(*c.result.agent));
    }
  }

 private:
  void flag_duplicate(Checked& c, const Checked& first) {
    const bool same = c.email == first.email;
    Params p{{"firstRow", std::to_string(first.row)}, {"firstLine", std::to_string(first.line)}};
    Issue issue = make_issue(Severity::error,
                             same ? "order.duplicate_email" : "order.duplicate_email_case",
                             std::move(p), Column::email);
    if (c.line) issue.line = c.line;
    issue.row = c.row;
    c.result.issues.push_back(std::move(issue));
    c.result.agent.reset();
  }

  CheckResult& result_;
  std::vector<Checked> rows_;
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
    assembler.add(0, i + 1, rows[i], check_agent(rows[i], o));
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
  };

  // True when the row must wait for the column's order.
  bool defer(std::size_t line, std::size_t row, const RawAgent& raw) {
    switch (date_order_evidence(raw.cancellation_date)) {
      case OrderEvidence::either: pending_.push_back({line, row, raw}); return true;
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
    for (auto& p : pending_) assembler.add(p.line, p.row, p.raw, check_agent(p.raw, decided));
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
  std::stable_sort(issues.begin(), issues.end(), [](const Issue& a, const Issue& b) {
    return a.row.value_or(0) < b.row.value_or(0);
  });
}

}  // namespace

CheckResult check_csv(std::string_view bytes, const OrderOptions& o) {
  CheckResult result;
  result.flow = o.flow;
  Assembler assembler(result);
  DateColumn dates;
  std::vector<Issue> sheet_issues;
  std::size_t broken = 0;
  result.sheet = read_sheet(bytes, o.flow, required_columns(o), o.sheet, sheet_issues,
                            [&](const SheetRow& r) {
                              ++result.rows_total;
                              if (r.broken) {
                                ++broken;
                                return;
                              }
                              RawAgent raw = to_raw(r);
                              bool wait = o.flow == Flow::add &&
                                          o.date_order == DateOrder::unknown &&
                                          !raw.cancellation_date.empty() &&
                                          dates.defer(r.line, r.row, raw);
                              if (!wait) assembler.add(r.line, r.row, raw, check_agent(raw, o));
                            });
  dates.finish(o, assembler, sheet_issues);
  assembler.finish();
  result.rows_refused += broken;
  result.rows_skipped = result.sheet.skipped_empty;
  append(result.issues, std::move(sheet_issues));
  sort_issues(result.issues);
  if (result.sheet.readable) finish_result(result);
  result.valid = !has_error(result.issues) && !result.agents.empty();
  return result;
}

}  // namespace licenseform
