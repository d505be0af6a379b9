#include "licenseform/order.hpp"

#include <algorithm>
#include <array>

#include "email_claims.hpp"
#include "licenseform/ordering.hpp"
#include "licenseform/phone.hpp"
#include "licenseform/text.hpp"
#include "swar.hpp"
#include "text_index.hpp"

namespace licenseform {

namespace {

void set_place(std::vector<Issue>& issues, std::size_t line, std::size_t row) {
  for (auto& issue : issues) {
    if (line) issue.line = line;
    if (row) issue.row = row;
  }
}

// has_error, without a call for the usual field and row: no issue at all.
inline LF_INLINE bool any_error(const std::vector<Issue>& issues) {
  return !issues.empty() && has_error(issues);
}

inline LF_INLINE void append(std::vector<Issue>& to, std::vector<Issue>&& from) {
  if (from.empty()) return;  // most fields of most rows: not even a call
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

// A row's values as views: into a CSV row's cells or a RawAgent. The hot
// path reads them in place; a RawAgent (a copy) is made only for the rows
// that are kept as written (refused, or waiting for the date order).
struct RawView {
  std::string_view name, cancellation_date, phone, email;

  explicit RawView(const RawAgent& raw)
      : name(raw.name), cancellation_date(raw.cancellation_date), phone(raw.phone),
        email(raw.email) {}
  explicit RawView(const SheetRow& r)
      : name(r.cells[column_index(Column::name)]),
        cancellation_date(r.cells[column_index(Column::cancellation_date)]),
        phone(r.cells[column_index(Column::phone)]),
        email(r.cells[column_index(Column::email)]) {}

  [[nodiscard]] RawAgent copy() const {
    return {std::string(name), std::string(cancellation_date), std::string(phone),
            std::string(email)};
  }
  // The row as refused, its values kept by the list (copied unless they
  // are views of the file's bytes).
  [[nodiscard]] RefusedList::Values refused(std::size_t line, std::size_t row) const {
    return {line, row, name, cancellation_date, phone, email};
  }
};

bool all_blank(const RawAgent& raw) {
  return raw.name.empty() && raw.cancellation_date.empty() && raw.phone.empty() &&
         raw.email.empty();
}

// Results of the phone and date checks by the text of the cell, within one
// check: a call centre's agents mostly share a few display numbers and
// cancellation dates, and both checks are pure functions of the text. Only
// short texts are kept (every real number and date is one).
template <typename Result>
class ResultCache {
 public:
  static constexpr std::size_t kMaxEntries = 4096;  // a bound on memory, not a tuning knob

  // The result for text, valid until the next call.
  template <typename Check>
  Result& lookup(std::string_view text, Check check) {
    if (text.size() > ShortTexts::kMaxSize) return fresh_ = check();
    const ShortTexts::Key key = ShortTexts::key_of(text);
    const std::uint32_t n = texts_.find(key);
    if (n != ShortTexts::kNone) return results_[n];
    if (results_.size() >= kMaxEntries) return fresh_ = check();
    results_.push_back(check());
    (void)texts_.insert(key);  // numbered as results_ is indexed: both grow together
    return results_.back();
  }

 private:
  ShortTexts texts_;
  std::vector<Result> results_;  // by the text's number
  Result fresh_;                 // once the cache is full, or for a long text
};

inline LF_INLINE void append_copy(std::vector<Issue>& to, const std::vector<Issue>& from) {
  if (!from.empty()) to.insert(to.end(), from.begin(), from.end());
}

// Billing ends by the cancellation date, within one check (one notice day
// and policy): a file's dates fall on few days. One entry for each of 64
// places, by the day's number.
class BillingCache {
 public:
  const BillingEnd& lookup(const OrderOptions& o, Day day) {
    Entry& e = entries_[static_cast<std::size_t>(day.time_since_epoch().count()) % 64];
    if (!e.billing || e.day != day) {
      e.billing = billing_end(o.today, day, o.policy);
      e.day = day;
    }
    return *e.billing;
  }

 private:
  struct Entry {
    Day day{};
    std::optional<BillingEnd> billing;
  };
  std::array<Entry, 64> entries_{};
};

// A phone number's result, and where the agent list keeps its value once an
// agent has it (AgentList::keep_shared): a file's rows share few numbers.
struct PhoneEntry {
  FieldResult result;
  std::size_t kept = AgentList::kNotShared;
};

struct FieldCache {
  ResultCache<PhoneEntry> phones;
  ResultCache<DateResult> dates;
  BillingCache billing;
};

// A row's agent as the checks give it: views of the row's cells, of a
// cache's results or of the draft's own stores, valid while the row is
// checked. One draft serves every row, so that the stores keep their room.
struct AgentDraft {
  std::string_view name, email, phone;
  std::optional<Day> cancellation_date;
  std::optional<BillingEnd> billing;
  std::string name_store, email_store, phone_store;
  std::size_t* phone_kept = nullptr;  // the cache's place of the number, if it came from one

  void clear() {
    name = email = phone = {};
    cancellation_date.reset();
    billing.reset();
    phone_kept = nullptr;
  }
  [[nodiscard]] Agent agent() const {
    Agent a;
    a.name = std::string(name);
    a.email = std::string(email);
    a.phone = std::string(phone);
    a.cancellation_date = cancellation_date;
    a.billing = billing;
    return a;
  }
};

// The email's own issues decide whether its address takes part in the
// duplicate check, whatever the other fields say.
bool check_email_into(const RawView& raw, AgentDraft& agent, std::vector<Issue>& issues) {
  const std::size_t before = issues.size();
  agent.email = check_email(raw.email, agent.email_store, issues);
  return std::none_of(issues.begin() + static_cast<std::ptrdiff_t>(before), issues.end(),
                      [](const Issue& i) { return i.is_error(); });
}

// A required value that is missing, also when the cell held only white
// space or what the check removed (a lone spreadsheet apostrophe).
inline LF_INLINE void require(bool missing, Column c, const char* code, const OrderOptions& o,
                              std::vector<Issue>& issues) {
  if (missing && column_required(c, o)) {
    issues.push_back(make_issue(Severity::error, code, {}, c));
  }
}

inline LF_INLINE void check_date_into(const RawView& raw, const OrderOptions& o,
                                      AgentDraft& agent, std::vector<Issue>& issues,
                                      FieldCache* cache) {
  if (trim(raw.cancellation_date).empty()) {
    require(true, Column::cancellation_date, "date.required", o, issues);
    return;
  }
  auto check = [&] { return check_date(raw.cancellation_date, {o.today, o.date_order}); };
  DateResult own;
  const DateResult& d = cache ? cache->dates.lookup(raw.cancellation_date, check) : (own = check());
  const bool failed = any_error(d.issues);
  append_copy(issues, d.issues);
  agent.cancellation_date = d.day;
  if (!failed) require(!d.day, Column::cancellation_date, "date.required", o, issues);
}

inline LF_INLINE void check_phone_into(const RawView& raw, const OrderOptions& o,
                                       AgentDraft& agent, std::vector<Issue>& issues,
                                       FieldCache* cache) {
  if (trim(raw.phone).empty()) {
    require(true, Column::phone, "phone.required", o, issues);
    return;
  }
  auto check = [&] { return check_phone(raw.phone, PhoneOptions{o.country}); };
  FieldResult own;
  const FieldResult* phone = &own;
  if (cache) {
    PhoneEntry& entry = cache->phones.lookup(raw.phone, [&] { return PhoneEntry{check()}; });
    phone = &entry.result;
    agent.phone = entry.result.value;  // the cache's, unchanged until its next lookup
    agent.phone_kept = &entry.kept;
  } else {
    own = check();
    agent.phone_store = std::move(own.value);
    agent.phone = agent.phone_store;
  }
  append_copy(issues, phone->issues);
  if (!any_error(phone->issues)) {
    require(agent.phone.empty(), Column::phone, "phone.required", o, issues);
  }
}

void add_billing(const OrderOptions& o, AgentDraft& agent, std::vector<Issue>& issues,
                 FieldCache* cache) {
  if (o.flow == Flow::add && !agent.cancellation_date) return;
  if (agent.cancellation_date && *agent.cancellation_date < o.today) return;
  agent.billing.emplace(cache && agent.cancellation_date
                            ? cache->billing.lookup(o, *agent.cancellation_date)
                            : billing_end(o.today, agent.cancellation_date, o.policy));
  if (agent.billing->requested_before_earliest) {
    issues.push_back(make_issue(
        Severity::warning, "policy.requested_before_earliest",
        {{"requested", format_iso_date(*agent.billing->requested)},
         {"billingEnd", format_iso_date(agent.billing->billing_end)},
         {"noticeDays", std::to_string(o.policy.notice_days)}},
        Column::cancellation_date));
  }
}

}  // namespace

LF_INLINE bool column_required(Column c, const OrderOptions& o) {
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

// One row's checks, into agent (kept by the caller only when issues hold no
// error). True when the email takes part in the duplicate check.
bool check_view(const RawView& raw, const OrderOptions& o, AgentDraft& agent,
                std::vector<Issue>& issues, FieldCache* cache = nullptr) {
  if (o.flow == Flow::add) {
    agent.name = check_name(raw.name, agent.name_store, issues);
    // An order the customer set no cancellation dates for: a date in the
    // row is not read, nor sent (a CSV check says so once).
    if (!o.dates_unused) check_date_into(raw, o, agent, issues, cache);
    check_phone_into(raw, o, agent, issues, cache);
  }
  const bool email_ok = check_email_into(raw, agent, issues);
  add_billing(o, agent, issues, cache);
  return email_ok;
}

}  // namespace

RowResult check_agent(const RawAgent& raw, const OrderOptions& o) {
  RowResult out;
  AgentDraft agent;
  (void)check_view(RawView(raw), o, agent, out.issues);
  if (!has_error(out.issues)) out.agent = agent.agent();
  return out;
}

namespace {

// Settles each row as it is checked; at the end, refuses the rows that
// repeat an earlier row's email (EmailClaims): the first row keeps the
// address, every later one is refused naming it. A row whose date waits for
// the column's order (DateColumn) claims its email when it is read, so the
// order of the claims stays that of the file.
class Assembler {
 public:
  // Room for the agents of a file, taken when the first one is accepted
  // (a file refused as a whole takes none).
  // source: the bytes the rows' values may be views of (AgentTexts), for
  // every list of rows the check keeps.
  struct Room {
    std::size_t agents = 0, text_bytes = 0;
    std::string_view source;
  };
  Assembler(CheckResult& result, Room room) : result_(result), room_(room), claims_(room.agents) {
    result_.agents.refer_to(room.source);
    result_.refused.refer_to(room.source);
    maybe_repeats_.refer_to(room.source);
  }

  // The row is checked into the one reused agent (fresh_agent), which is
  // copied into the list only when the row is accepted.
  void check(std::size_t line, std::size_t row, const RawView& raw, const OrderOptions& o) {
    AgentDraft& agent = fresh_agent();
    issues_.clear();
    const bool email_ok = check_view(raw, o, agent, issues_, &cache_);
    if (email_ok) claim(agent.email, line, row, raw);
    settle(line, row, raw);
  }

  // The address of a row that waits for the date order, claimed in its
  // place in the file.
  void claim_email(std::size_t line, std::size_t row, const RawView& raw) {
    FieldResult email = check_email(raw.email);
    if (email.ok()) claim(email.value, line, row, raw);
  }

  void check_late(std::size_t line, std::size_t row, RawAgent raw, const OrderOptions& o) {
    AgentDraft& agent = fresh_agent();
    issues_.clear();
    (void)check_view(RawView(raw), o, agent, issues_);
    settle(line, row, RawView(raw));
    late_ = true;
  }

  // Late rows were settled after the others: put the agents in row order.
  // Then the rows that repeat an earlier row's address are refused; their
  // issues go in row order unless the caller sorts the issues itself. The
  // refused rows are left in row order.
  void finish(bool sort_issues = true) {
    if (late_) result_.agents.sort_by_row();
    refuse_duplicates(sort_issues);
  }

 private:
  // A row that may repeat an address keeps its values, in case it does.
  void claim(std::string_view email, std::size_t line, std::size_t row, const RawView& raw) {
    if (email.empty()) return;
    if (claims_.claim(email, line, row)) maybe_repeats_.push_back(raw.refused(line, row));
  }

  // The first row keeps the address; every later one is refused, naming
  // it, whatever else it holds.
  void refuse_duplicates(bool sort_issues) {
    result_.refused.sort_by_row();
    const RefusedList& refused = result_.refused;
    std::size_t asked_from = 0;  // the claims ask in row order
    std::string checked;         // a refused row's address, as its check gave it
    const std::vector<EmailClaims::Duplicate> duplicates =
        claims_.duplicates([&](std::size_t row) -> std::string_view {
          const std::size_t a = result_.agents.find_row(row, asked_from);
          if (a < result_.agents.size()) return result_.agents.email(a);
          const std::size_t r = refused.find_row(row);
          checked = r < refused.size() ? check_email(refused.values(r).email).value : "";
          return checked;
        });
    if (duplicates.empty()) return;
    std::vector<std::size_t> erased;  // rows whose agents go
    std::size_t kept = 0;             // in maybe_repeats_, which holds every duplicate's row
    std::size_t found_from = 0;       // the duplicates come in row order
    for (const EmailClaims::Duplicate& d : duplicates) {
      Params p{{"firstRow", std::to_string(d.first_row)},
               {"firstLine", std::to_string(d.first_line)}};
      Issue issue = make_issue(
          Severity::error,
          d.identical ? "order.duplicate_email" : "order.duplicate_email_case",
          std::move(p), Column::email);
      if (d.line) issue.line = d.line;
      issue.row = d.row;
      result_.issues.push_back(std::move(issue));
      if (result_.agents.find_row(d.row, found_from) == result_.agents.size()) {
        continue;  // refused already
      }
      while (maybe_repeats_.row(kept) < d.row) ++kept;
      erased.push_back(d.row);
      result_.refused.push_back(maybe_repeats_.values(kept));
      ++result_.rows_refused;
    }
    result_.agents.erase_rows(erased);
    result_.refused.sort_by_row();
    // After the row's own issues, as if it had been found with them.
    if (sort_issues) {
      stable_sort_by(result_.issues, [](const Issue& i) { return i.row.value_or(0); });
    }
  }

  // The row just checked: its agent is the last one, its issues in issues_.
  void settle(std::size_t line, std::size_t row, const RawView& raw) {
    set_place(issues_, line, row);
    if (any_error(issues_)) {
      ++result_.rows_refused;
      result_.refused.push_back(raw.refused(line, row));
    } else {
      if (result_.agents.empty() && room_.agents > 0) {
        result_.agents.reserve(room_.agents, room_.text_bytes);
      }
      AgentList::Values v{line, row, agent_.name, agent_.email, agent_.phone,
                          agent_.cancellation_date, agent_.billing.has_value()};
      if (agent_.phone_kept && !agent_.phone.empty()) {
        std::size_t& kept = *agent_.phone_kept;
        if (kept == AgentList::kNotShared) kept = result_.agents.keep_shared(agent_.phone);
        v.phone_at = kept;
      }
      result_.agents.push_back(v);
    }
    append(result_.issues, std::move(issues_));
  }

  // The row's agent: one draft for every row, copied into the list when the
  // row is accepted.
  LF_INLINE AgentDraft& fresh_agent() {
    agent_.clear();
    return agent_;
  }

  CheckResult& result_;
  Room room_;
  AgentDraft agent_;
  FieldCache cache_;
  EmailClaims claims_;
  RefusedList maybe_repeats_;  // rows claims_ said may repeat an address, in order
  std::vector<Issue> issues_;  // of the row being checked, reused
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
  result.agents.set_billing(o.today, o.policy);
  if (rows.size() > o.max_manual_rows) {
    result.issues.push_back(make_issue(Severity::error, "order.too_many_manual_rows",
                                       {{"max", std::to_string(o.max_manual_rows)},
                                        {"count", std::to_string(rows.size())}}));
  }
  Assembler assembler(result, {0, 0, {}});
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (all_blank(rows[i])) {
      ++result.rows_skipped;
      continue;
    }
    ++result.rows_total;
    assembler.check(0, i + 1, RawView(rows[i]), o);
  }
  assembler.finish();
  finish_result(result);
  return result;
}

namespace {

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
  bool defer(std::size_t line, std::size_t row, const RawView& raw, Assembler& assembler) {
    switch (date_order_evidence(raw.cancellation_date)) {
      case OrderEvidence::either:
        assembler.claim_email(line, row, raw);
        pending_.push_back({line, row, raw.copy()});
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
      assembler.check_late(p.line, p.row, std::move(p.raw), decided);
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

// Lines of the file as a text editor counts them (LF, or CR alone where the
// file has no LF).
std::size_t physical_lines(std::string_view bytes) {
  std::size_t lines = count_byte(bytes, '\n');
  if (lines == 0) lines = count_byte(bytes, '\r');
  return lines + (bytes.empty() || bytes.back() == '\n' || bytes.back() == '\r' ? 0 : 1);
}

// About how many lines a file has, from its first 64 KB, rounded up: the
// room for its agents, taken once (a list that outgrows it grows). Counting
// every line of a large file took a thirtieth of its check.
std::size_t estimated_lines(std::string_view bytes) {
  constexpr std::size_t kSample = 64 * 1024;
  if (bytes.size() <= kSample) return physical_lines(bytes);
  return physical_lines(bytes.substr(0, kSample)) * (bytes.size() / kSample + 1);
}

void sort_issues(std::vector<Issue>& issues) {
  stable_sort_by(issues, [](const Issue& i) { return i.row.value_or(0); });
}

}  // namespace

CheckResult check_csv(std::string_view bytes, const OrderOptions& o) {
  return check_csv(bytes, o, CheckProgress());
}

CheckResult check_csv(std::string_view bytes, const OrderOptions& o,
                      const CheckProgress& progress) {
  return check_csv(bytes, o, progress, AgentTexts::copied);
}

CheckResult check_csv(std::string_view bytes, const OrderOptions& o, const CheckProgress& progress,
                      AgentTexts texts) {
  constexpr std::size_t kProgressRows = 8192;  // a call every few milliseconds
  CheckResult result;
  result.flow = o.flow;
  result.agents.set_billing(o.today, o.policy);
  // Room for every row's agent and their texts, so that the list is not
  // copied as it grows: the texts are at most the file's bytes, and a phone
  // number a few bytes longer in E.164 (a national 0 becomes +49). Where
  // the texts are views of the bytes, mostly the phone numbers are copied
  // (at most 16 bytes in E.164); the list grows if more are.
  const std::size_t agents = std::min(estimated_lines(bytes) + 1, o.sheet.max_rows);
  const bool views = texts == AgentTexts::views_of_bytes;
  Assembler assembler(result, {agents, views ? 16 * agents : bytes.size() + 4 * agents,
                               views ? bytes : std::string_view()});
  DateColumn dates;
  std::vector<Issue> sheet_issues;
  std::size_t broken = 0;
  std::size_t unused_date_row = 0;  // the first row with a date an order without dates ignores
  const bool dated = o.flow == Flow::add && !o.dates_unused;
  result.sheet = read_sheet(bytes, o.flow, required_columns(o), o.sheet, sheet_issues,
                            [&](const SheetRow& r) {
                              if (++result.rows_total % kProgressRows == 0 && progress) {
                                progress(r.read, r.text_size);
                              }
                              const RawView raw(r);
                              if (o.dates_unused && !unused_date_row &&
                                  !trim(raw.cancellation_date).empty()) {
                                unused_date_row = r.row;
                              }
                              if (r.broken) {
                                ++broken;
                                result.refused.push_back(raw.refused(r.line, r.row));
                                return;
                              }
                              bool wait = dated && o.date_order == DateOrder::unknown &&
                                          !raw.cancellation_date.empty() &&
                                          dates.defer(r.line, r.row, raw, assembler);
                              if (!wait) assembler.check(r.line, r.row, raw, o);
                            });
  dates.finish(o, assembler, sheet_issues);
  if (unused_date_row) {
    sheet_issues.push_back(make_issue(Severity::warning, "csv.dates_not_used",
                                      {{"row", std::to_string(unused_date_row)}},
                                      Column::cancellation_date));
  }
  assembler.finish(false);  // sort_issues below puts every issue in row order
  result.rows_refused += broken;  // broken rows are among the refused, sorted by finish()
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
