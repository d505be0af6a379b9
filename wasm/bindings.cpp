// The engine's JavaScript interface (docs/engine-api.md). Each binding
// converts its arguments, calls the JSON-level API of the core, and converts
// the result back. No rules here.
#include <emscripten/bind.h>

#include "convert.hpp"
#include "licenseform/api.hpp"

namespace {

using emscripten::val;
using licenseform::wasm::from_val;
using licenseform::wasm::to_val;
namespace api = licenseform::api;

val check_row(val options, val row) {
  return to_val(api::check_row(from_val(options), from_val(row)));
}

val check_manual(val options, val rows) {
  return to_val(api::check_manual(from_val(options), from_val(rows)));
}

// bytes arrives as a Uint8Array; embind copies it into the string.
val check_csv(val options, std::string bytes) {
  return to_val(api::check_csv(from_val(options), bytes));
}

val billing_end(val options, val request) {
  return to_val(api::billing_end(from_val(options), from_val(request)));
}

// A copy of the bytes as a Uint8Array: a JS string cannot carry the BOM
// (the decoder drops it), and the file needs it for Excel.
val bytes_of(const std::string& s) {
  auto data = reinterpret_cast<const unsigned char*>(s.data());
  auto view = emscripten::typed_memory_view(s.size(), data);
  return val(view).call<val>("slice");
}

val template_file(std::string flow, std::string lang) {
  auto t = api::template_file(flow, lang);
  val out = to_val(t);
  out.set("bytes", bytes_of(t["text"].get_ref<const std::string&>()));
  return out;
}

val template_file_en(std::string flow) { return template_file(flow, "en"); }

val export_csv(val options, std::string bytes, std::string kind, std::string file_name) {
  auto t = api::export_csv(from_val(options), bytes, kind, file_name);
  val out = to_val(t);
  if (t["text"].is_string()) out.set("bytes", bytes_of(t["text"].get_ref<const std::string&>()));
  return out;
}

val build_payload(val options, val agents, val source, std::string order_id) {
  return to_val(
      api::build_payload(from_val(options), from_val(agents), from_val(source), order_id));
}

val check_payload(val payload) { return to_val(api::check_payload(from_val(payload))); }

val check_payload_with(val payload, val options) {
  return to_val(api::check_payload(from_val(payload), from_val(options)));
}

val messages() { return to_val(api::messages()); }

val render_issue(val issue, std::string lang) {
  return to_val(api::render_issue(from_val(issue), lang));
}

}  // namespace

EMSCRIPTEN_BINDINGS(licenseform) {
  emscripten::function("checkRow", &check_row);
  emscripten::function("checkManual", &check_manual);
  emscripten::function("checkCsv", &check_csv);
  emscripten::function("billingEnd", &billing_end);
  // embind tells overloads apart by their number of arguments.
  emscripten::function("templateFile", &template_file);
  emscripten::function("templateFile", &template_file_en);
  emscripten::function("exportCsv", &export_csv);
  emscripten::function("buildPayload", &build_payload);
  emscripten::function("checkPayload", &check_payload);
  emscripten::function("checkPayload", &check_payload_with);
  emscripten::function("messages", &messages);
  emscripten::function("renderIssue", &render_issue);
}
