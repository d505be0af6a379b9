// The JSON-level interface shared by the command line (--json), the
// WebAssembly engine and the local server: plain JSON in, plain JSON out,
// in the shapes documented in docs and the README. Never throws.
//
//   api::check_csv({{"flow","add"},{"today","2026-12-03"}}, bytes)
//   // {"valid":true,"flow":"add","agents":[...],"issues":[...],"counts":{...}}
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "licenseform/messages.hpp"
#include "licenseform/order.hpp"

namespace licenseform {

// The value of JSON text, by nlohmann's DOM parser alone (json::parse
// would also build its parser with callbacks); discarded if not JSON. For
// the wasm boundary, and what the pages' text is parsed back with.
[[nodiscard]] nlohmann::json parse_json_text(const std::string& text);

}  // namespace licenseform

namespace licenseform::api {

using nlohmann::json;

// Options object: {flow, licenseType, temporary, today, country, dateOrder,
// policy: {noticeDays, endOfMonth}, lang}. Unknown or bad values become
// issues in the result, never a crash.
struct ParsedOptions {
  OrderOptions options;
  Lang lang = Lang::en;
  std::vector<Issue> issues;  // bad options: errors with code "options.*"
};
[[nodiscard]] ParsedOptions parse_options(const json& options);

[[nodiscard]] json to_json(const Issue& issue, Lang lang);
[[nodiscard]] json to_json(const Agent& agent, Flow flow, const Policy& policy, Lang lang);
[[nodiscard]] json to_json(const CheckResult& result, const OrderOptions& o, Lang lang);
[[nodiscard]] json to_json(const std::vector<Issue>& issues, Lang lang);

// {row: {name, cancellationDate, phone, email}} -> {valid, agent, issues}
[[nodiscard]] json check_row(const json& options, const json& row);
// {rows: [...]} -> result like check_csv
[[nodiscard]] json check_manual(const json& options, const json& rows);
[[nodiscard]] json check_csv(const json& options, std::string_view bytes);
// {cancellationDate?} -> {billingEnd, earliest, reason, issues}
[[nodiscard]] json billing_end(const json& options, const json& request);
// After a CSV check, the files for the customer: kind "problems" (the rows
// to fix, with a Problem column) or "accepted" (the accepted rows, normalized,
// in template form): {fileName, text, rows}.
[[nodiscard]] json export_csv(const json& options, std::string_view bytes, std::string_view kind,
                              std::string_view file_name = "");
// The same from a check already made (CsvSession keeps one).
[[nodiscard]] json export_csv(const CheckResult& result, const ParsedOptions& options,
                              std::string_view kind, std::string_view file_name = "");
// {fileName, text}
[[nodiscard]] json template_file(std::string_view flow, std::string_view lang = "en");
// Builds the order payload from checked agents (the "agents" of a result).
// source: {kind, fileName?, sha256?}; order_id: a random UUID from the host.
[[nodiscard]] json build_payload(const json& options, const json& agents, const json& source,
                                 std::string_view order_id);
// Re-checks a payload with the same rules: {valid, issues}. options may set
// the receiver's policy in force ({policy: {noticeDays, endOfMonth}}) and
// limits; the payload's own policy must equal it.
[[nodiscard]] json check_payload(const json& payload, const json& options = json::object());
// An issue from elsewhere (the local server's refusals) in a language, by
// the catalog: the message text, or null when the catalog lacks its code.
[[nodiscard]] json render_issue(const json& issue, std::string_view lang);
// The message catalog, {code: {en, de}}, for the page's own texts.
[[nodiscard]] json messages();

}  // namespace licenseform::api
