// The CSV session (licenseform/session.hpp) as plain functions over a
// numbered handle. The page uses it through engine.openCsv of session.js,
// which adds close() and a safety net for sessions that are never closed.
// Plain functions rather than an embind class: embind's class machinery
// cost a tenth of the engine's JavaScript. Types only, no rules.
#include <emscripten/bind.h>

#include <memory>
#include <string>
#include <vector>

#include "convert.hpp"
#include "licenseform/session.hpp"

namespace {

using emscripten::val;
using licenseform::api::CsvSession;
using licenseform::wasm::from_val;
using licenseform::wasm::to_val;
using licenseform::wasm::text_to_val;

// By handle: a session's is its place here plus one, never given again; a
// closed session leaves an empty place (a pointer's worth per file opened).
std::vector<std::unique_ptr<CsvSession>>& sessions() {
  static std::vector<std::unique_ptr<CsvSession>> open;
  return open;
}

CsvSession* find(int id) {
  const auto at = static_cast<std::size_t>(id) - 1;  // 0 and below: out of range
  return at < sessions().size() ? sessions()[at].get() : nullptr;
}

int open_session(val options) {
  sessions().push_back(std::make_unique<CsvSession>(from_val(options)));
  return static_cast<int>(sessions().size());
}

void close_session(int id) {
  const auto at = static_cast<std::size_t>(id) - 1;
  if (at < sessions().size()) sessions()[at].reset();
}

void reserve(int id, double bytes) {
  if (auto* s = find(id)) s->reserve(static_cast<std::size_t>(bytes));
}

// chunk: a Uint8Array (boundary.js makes one of other bytes) or a string.
// Bytes are copied into the engine's memory with TypedArray.set: embind's
// conversion to std::string copies one byte per JavaScript step, which for
// a 6.5 MB file took longer than reading its 100,000 rows.
bool append(int id, val chunk) {
  auto* s = find(id);
  if (!s) return false;
  if (chunk.typeOf().as<std::string>() == "string") return s->append(chunk.as<std::string>());
  const auto n = chunk["length"].as<std::size_t>();
  char* space = s->append_space(n);
  if (!space) return false;
  val(emscripten::typed_memory_view(n, reinterpret_cast<unsigned char*>(space)))
      .call<void>("set", chunk);
  return true;
}

// A view of the bytes so far, valid until the next call into the engine.
val bytes(int id) {
  auto* s = find(id);
  if (!s) return val::null();
  std::string_view b = s->bytes();
  return val(emscripten::typed_memory_view(b.size(),
                                           reinterpret_cast<const unsigned char*>(b.data())));
}

// progress: a function of the share checked (0..1), or null.
val finish(int id, val progress) {
  auto* s = find(id);
  if (!s) return val::null();
  if (progress.typeOf().as<std::string>() != "function") return to_val(s->finish());
  return to_val(s->finish([&progress](double share) { progress(share); }));
}

val summary(int id) {
  auto* s = find(id);
  return s ? to_val(s->summary()) : val::null();
}

val issues(int id, val query) {
  auto* s = find(id);
  return s ? text_to_val(s->issues_text(from_val(query))) : val::null();
}

val agents(int id, val query) {
  auto* s = find(id);
  return s ? text_to_val(s->agents_text(from_val(query))) : val::null();
}

val payload(int id, val source, std::string order_id) {
  auto* s = find(id);
  return s ? to_val(s->payload(from_val(source), order_id)) : val::null();
}

// Like engine.exportCsv: {fileName, text, rows, bytes} (bytes with the BOM).
val export_csv(int id, std::string kind, std::string file_name) {
  auto* s = find(id);
  if (!s) return val::null();
  auto t = s->export_csv(kind, file_name);
  val out = to_val(t);
  if (t["text"].is_string()) {
    const std::string& text = t["text"].get_ref<const std::string&>();
    out.set("bytes", val(emscripten::typed_memory_view(
                             text.size(), reinterpret_cast<const unsigned char*>(text.data())))
                         .call<val>("slice"));
  }
  return out;
}

}  // namespace

EMSCRIPTEN_BINDINGS(licenseform_session) {
  emscripten::function("csvOpen", &open_session);
  emscripten::function("csvClose", &close_session);
  emscripten::function("csvReserve", &reserve);
  emscripten::function("csvAppend", &append);
  emscripten::function("csvBytes", &bytes);
  emscripten::function("csvFinish", &finish);
  emscripten::function("csvSummary", &summary);
  emscripten::function("csvIssues", &issues);
  emscripten::function("csvAgents", &agents);
  emscripten::function("csvPayload", &payload);
  emscripten::function("csvExport", &export_csv);
}
