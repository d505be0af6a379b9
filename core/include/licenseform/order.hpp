// The order rules: both flows, both license types, temporary agents, the
// limits on typed rows, duplicate emails, and the billing end of each agent.
//
//   OrderOptions o;  o.flow = Flow::add;  o.today = *parse_iso_date("2026-12-03");
//   CheckResult r = check_csv(bytes, o);
//   r.valid, r.agents[0].billing_end, r.issues
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "licenseform/calendar.hpp"
#include "licenseform/columns.hpp"
#include "licenseform/csv.hpp"
#include "licenseform/fields.hpp"
#include "licenseform/issue.hpp"
#include "licenseform/policy.hpp"
#include "licenseform/text_buffer.hpp"

namespace licenseform {

struct OrderOptions {
  Flow flow = Flow::add;
  LicenseType license = LicenseType::agent_id_bria;
  bool temporary = false;   // add only: a cancellation date is asked for every agent
  // add only, not temporary: the customer chose to set no cancellation
  // dates (the page's "No"), so a date in a row is not read nor sent; a CSV
  // check warns once (csv.dates_not_used). Otherwise a date is optional.
  bool dates_unused = false;
  Day today{};              // notice date, in the vendor's time zone (supplied by the host)
  Policy policy;
  std::string country = "DE";
  DateOrder date_order = DateOrder::unknown;
  std::size_t max_manual_rows = 10;
  SheetSettings sheet;
};

// What the customer typed (or a CSV row's cells), untouched.
struct RawAgent {
  std::string name, cancellation_date, phone, email;
};

struct Agent {
  std::size_t line = 0;  // CSV: physical line; typed rows: 0
  std::size_t row = 0;   // CSV: spreadsheet row; typed rows: 1-based row on the page
  std::string name, email, phone;  // normalized (phone E.164 or empty)
  std::optional<Day> cancellation_date;
  std::optional<BillingEnd> billing;  // cancel: always; add: when a date was given
};

// A row that was refused, with the values as the file had them, so that the
// customer can download the rows to fix.
struct RefusedRow {
  std::size_t line = 0;
  std::size_t row = 0;
  RawAgent raw;
};

// The texts of a list of rows (the accepted agents, the refused rows), kept
// compactly: copies one after another in one buffer, or, for views of a
// source (a CSV file's bytes, which the caller keeps unchanged for as long
// as the list and its copies are read), only their places in it.
class KeptTexts {
 public:
  struct Span {
    std::size_t offset = 0, size = 0;  // in the buffer, or in the source with kInSource set
  };
  void refer_to(std::string_view source) { source_ = source; }
  [[nodiscard]] bool uses_source() const { return uses_source_; }
  void reserve(std::size_t bytes) { text_.reserve(bytes); }
  [[nodiscard]] [[gnu::always_inline]] Span keep(std::string_view text) {
    // Unsigned: a text before source_ is as far out of it as one after.
    const std::size_t at =
        static_cast<std::size_t>(reinterpret_cast<std::uintptr_t>(text.data()) -
                                 reinterpret_cast<std::uintptr_t>(source_.data()));
    if (at < source_.size() && text.size() <= source_.size() - at) {
      uses_source_ = true;
      return {at | kInSource, text.size()};
    }
    return {text_.append(text), text.size()};
  }
  // A copy, wherever the text is: its offset in the buffer.
  [[nodiscard]] std::size_t copy(std::string_view text) { return text_.append(text); }
  [[nodiscard]] std::string_view view(Span s) const {
    return s.offset & kInSource ? source_.substr(s.offset & ~kInSource, s.size)
                                : text_.view(s.offset, s.size);
  }
  void clear() {
    text_.clear();
    uses_source_ = false;
  }

 private:
  // The top bit of an offset: free, as an offset is within one buffer and
  // neither buffer reaches 2 GB (the wasm build's whole memory is at most
  // 2 GB; natively they are far from 2^63 bytes).
  static constexpr std::size_t kInSource = ~(~std::size_t{0} >> 1);
  std::string_view source_;
  bool uses_source_ = false;
  TextBuffer text_;
};

// The iterator of a list whose elements are made when read (List::operator[]).
template <class List, class Value>
class ListIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = Value;
  using difference_type = std::ptrdiff_t;
  using pointer = void;
  using reference = Value;
  ListIterator(const List* list, std::size_t i) : list_(list), i_(i) {}
  Value operator*() const { return (*list_)[i_]; }
  ListIterator& operator++() {
    ++i_;
    return *this;
  }
  ListIterator operator++(int) {
    ListIterator old = *this;
    ++i_;
    return old;
  }
  bool operator==(const ListIterator& o) const { return i_ == o.i_; }
  bool operator!=(const ListIterator& o) const { return i_ != o.i_; }

 private:
  const List* list_;
  std::size_t i_;
};

// The refused rows of a check, in row order, their values kept like the
// agents' texts (KeptTexts) rather than as four strings a row: a file's
// faulty rows made four allocations each. Reading gives RefusedRow values:
//
//   for (const RefusedRow& r : result.refused) ...;   result.refused[0].raw.email
class RefusedList {
 public:
  void refer_to(std::string_view source) { texts_.refer_to(source); }
  [[nodiscard]] bool uses_source() const { return texts_.uses_source(); }
  // A row's values as views: kept as places where they are in the source,
  // else copied.
  struct Values {
    std::size_t line = 0, row = 0;
    std::string_view name, cancellation_date, phone, email;
  };
  void push_back(const Values& row);
  [[nodiscard]] Values values(std::size_t i) const;
  [[nodiscard]] std::size_t row(std::size_t i) const { return entries_[i].row; }
  [[nodiscard]] RefusedRow operator[](std::size_t i) const;
  [[nodiscard]] std::size_t size() const { return entries_.size(); }
  [[nodiscard]] bool empty() const { return entries_.empty(); }
  // In a list in row order: the position of the row, or size().
  [[nodiscard]] std::size_t find_row(std::size_t row) const;
  // Into row order, rows of the same number keeping theirs.
  void sort_by_row();
  void clear();

  using const_iterator = ListIterator<RefusedList, RefusedRow>;
  [[nodiscard]] const_iterator begin() const { return {this, 0}; }
  [[nodiscard]] const_iterator end() const { return {this, size()}; }

 private:
  struct Entry {
    std::size_t line = 0, row = 0;
    KeptTexts::Span name, cancellation_date, phone, email;
  };
  KeptTexts texts_;
  std::vector<Entry> entries_;
};

// The accepted agents of a check, in row order. Kept compactly: the texts of
// all agents in one buffer rather than three heap strings each (a file of
// 100,000 rows made 300,000 allocations, and as many frees), and the billing
// end worked out again when an agent is read, from the check's notice day
// and policy. Reading gives Agent values:
//
//   for (const Agent& a : result.agents) ...;   result.agents[0].email
class AgentList {
 public:
  AgentList() = default;
  // The notice day and policy that billing ends are worked out with.
  void set_billing(Day today, const Policy& policy) {
    today_ = today;
    policy_ = policy;
  }
  // Room for this many agents and bytes of their texts.
  void reserve(std::size_t agents, std::size_t text_bytes);
  // Texts that are views of source (a CSV file's bytes) are kept as places
  // in it rather than copied (KeptTexts).
  void refer_to(std::string_view source) { texts_.refer_to(source); }
  // Whether any agent's text is a view of the source.
  [[nodiscard]] bool uses_source() const { return texts_.uses_source(); }
  // Keeps a copy of agent (its billing is worked out again when read).
  void push_back(const Agent& agent);
  // The same from views: a CSV row's values as the checks left them.
  struct Values {
    std::size_t line = 0, row = 0;
    std::string_view name, email, phone;
    std::optional<Day> cancellation_date;
    bool billed = false;
    // Where keep_shared() kept phone, if it did: the number is not copied.
    std::size_t phone_at = kNotShared;
  };
  static constexpr std::size_t kNotShared = ~std::size_t{0};
  void push_back(const Values& agent);
  // Copies a text that many agents will have (a display number most rows of
  // a file share) once: its place, for Values::phone_at. Valid until clear().
  [[nodiscard]] std::size_t keep_shared(std::string_view text) { return texts_.copy(text); }
  void clear();
  // Back in row order, for agents that were settled after later rows.
  void sort_by_row();
  // In a list in row order: the position of the row's agent, or size().
  [[nodiscard]] std::size_t find_row(std::size_t row) const;
  // The same, searched from `from` on (the first agent of a row at least
  // `row` is there or after it), galloping: for rows asked in ascending
  // order, each search starting where the one before ended. from is moved
  // to that place.
  [[nodiscard]] std::size_t find_row(std::size_t row, std::size_t& from) const;
  // Drops the agents of these rows (ascending), keeping the others' order.
  void erase_rows(const std::vector<std::size_t>& rows);

  [[nodiscard]] std::size_t size() const { return entries_.size(); }
  [[nodiscard]] bool empty() const { return entries_.empty(); }
  [[nodiscard]] Agent operator[](std::size_t i) const;
  [[nodiscard]] Agent front() const { return (*this)[0]; }
  // The email of agent i alone, valid until the list changes.
  [[nodiscard]] std::string_view email(std::size_t i) const { return view(entries_[i].email); }
  // Whether every agent has the same billing end (or none has one), without
  // reading the agents: a billing end follows from the cancellation date.
  [[nodiscard]] bool billed_alike() const;

  using const_iterator = ListIterator<AgentList, Agent>;
  [[nodiscard]] const_iterator begin() const { return {this, 0}; }
  [[nodiscard]] const_iterator end() const { return {this, size()}; }

 private:
  using Span = KeptTexts::Span;
  struct Entry {
    std::size_t line = 0, row = 0;
    Span name, email, phone;
    std::optional<Day> cancellation_date;
    bool billed = false;
  };
  [[nodiscard]] std::string_view view(Span s) const { return texts_.view(s); }
  [[nodiscard]] std::string text(Span s) const { return std::string(view(s)); }

  KeptTexts texts_;
  std::vector<Entry> entries_;
  Day today_{};
  Policy policy_;
};

struct CheckResult {
  bool valid = false;           // no error at all, and at least one agent
  Flow flow = Flow::add;
  AgentList agents;             // accepted rows, normalized
  // In row order, those without a row first (problems_csv relies on it).
  std::vector<Issue> issues;
  std::size_t rows_total = 0;   // data rows read (empty rows not counted)
  std::size_t rows_refused = 0;  // rows with at least one error
  std::size_t rows_skipped = 0;  // empty rows skipped
  SheetSummary sheet;           // CSV only
  RefusedList refused;          // in row order
};

// Which columns must have a value under these options.
[[nodiscard]] bool column_required(Column c, const OrderOptions& options);
[[nodiscard]] std::vector<Column> required_columns(const OrderOptions& options);

// Checks one agent's values. The issues carry column but no line or row.
struct RowResult {
  std::optional<Agent> agent;  // set when the row has no error
  std::vector<Issue> issues;
};
[[nodiscard]] RowResult check_agent(const RawAgent& raw, const OrderOptions& options);

// Typed rows (at most max_manual_rows); issues carry row = the row on the page.
[[nodiscard]] CheckResult check_manual(const std::vector<RawAgent>& rows,
                                       const OrderOptions& options);
// A CSV file as bytes.
[[nodiscard]] CheckResult check_csv(std::string_view bytes, const OrderOptions& options);
// The same, calling progress(done, total) every few thousand rows, for a
// progress bar: done of total bytes of the file's text are read.
using CheckProgress = std::function<void(std::size_t done, std::size_t total)>;
[[nodiscard]] CheckResult check_csv(std::string_view bytes, const OrderOptions& options,
                                    const CheckProgress& progress);
// How the accepted agents keep their texts: copied, or, for a caller that
// keeps bytes unchanged as long as the result is read, as places in bytes
// wherever a value is the cell as written (most are).
enum class AgentTexts { copied, views_of_bytes };
[[nodiscard]] CheckResult check_csv(std::string_view bytes, const OrderOptions& options,
                                    const CheckProgress& progress, AgentTexts texts);

}  // namespace licenseform
