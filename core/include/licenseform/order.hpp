// The order rules: both flows, both license types, temporary agents, the
// limits on typed rows, duplicate emails, and the billing end of each agent.
//
//   OrderOptions o;  o.flow = Flow::add;  o.today = *parse_iso_date("2026-12-03");
//   CheckResult r = check_csv(bytes, o);
//   r.valid, r.agents[0].billing_end, r.issues
#pragma once

#include <cstddef>
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

namespace licenseform {

struct OrderOptions {
  Flow flow = Flow::add;
  LicenseType license = LicenseType::agent_id_bria;
  bool temporary = false;   // add only: a cancellation date is asked for every agent
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

struct CheckResult {
  bool valid = false;           // no error at all, and at least one agent
  Flow flow = Flow::add;
  std::vector<Agent> agents;    // accepted rows, normalized
  std::vector<Issue> issues;
  std::size_t rows_total = 0;   // data rows read (empty rows not counted)
  std::size_t rows_refused = 0;  // rows with at least one error
  std::size_t rows_skipped = 0;  // empty rows skipped
  SheetSummary sheet;           // CSV only
  std::vector<RefusedRow> refused;  // in row order
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
// The same, calling progress(line) every few thousand rows with the physical
// line reached, for a progress bar.
using CheckProgress = std::function<void(std::size_t line)>;
[[nodiscard]] CheckResult check_csv(std::string_view bytes, const OrderOptions& options,
                                    const CheckProgress& progress);

}  // namespace licenseform
