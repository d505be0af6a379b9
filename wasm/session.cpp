// The CSV session (licenseform/session.hpp) as an embind class. The page
// uses it through engine.openCsv of session.js, which adds close() and a
// safety net for sessions that are never closed. Types only, no rules.
#include <emscripten/bind.h>

#include <string>

#include "convert.hpp"
#include "licenseform/session.hpp"

namespace {

using emscripten::val;
using licenseform::wasm::from_val;
using licenseform::wasm::to_val;

class Session {
 public:
  explicit Session(val options) : session_(from_val(options)) {}

  void reserve(double bytes) { session_.reserve(static_cast<std::size_t>(bytes)); }

  // chunk arrives as a Uint8Array; embind copies it into the string.
  bool append(const std::string& chunk) { return session_.append(chunk); }

  // A view of the bytes so far, valid until the next call into the engine.
  val bytes() const {
    std::string_view b = session_.bytes();
    return val(emscripten::typed_memory_view(
        b.size(), reinterpret_cast<const unsigned char*>(b.data())));
  }

  // progress: a function of the share checked (0..1), or null.
  val finish(val progress) {
    if (progress.typeOf().as<std::string>() != "function") return to_val(session_.finish());
    return to_val(session_.finish([&progress](double share) { progress(share); }));
  }

  val summary() const { return to_val(session_.summary()); }
  val issues(val query) const { return to_val(session_.issues(from_val(query))); }
  val agents(val query) const { return to_val(session_.agents(from_val(query))); }
  val payload(val source, std::string order_id) const {
    return to_val(session_.payload(from_val(source), order_id));
  }

  // Like engine.exportCsv: {fileName, text, rows, bytes} (bytes with the BOM).
  val export_csv(std::string kind, std::string file_name) const {
    auto t = session_.export_csv(kind, file_name);
    val out = to_val(t);
    if (t["text"].is_string()) {
      const std::string& text = t["text"].get_ref<const std::string&>();
      out.set("bytes", val(emscripten::typed_memory_view(
                               text.size(), reinterpret_cast<const unsigned char*>(text.data())))
                           .call<val>("slice"));
    }
    return out;
  }

 private:
  licenseform::api::CsvSession session_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(licenseform_session) {
  emscripten::class_<Session>("CsvSession")
      .constructor<val>()
      .function("reserve", &Session::reserve)
      .function("append", &Session::append)
      .function("bytes", &Session::bytes)
      .function("finish", &Session::finish)
      .function("summary", &Session::summary)
      .function("issues", &Session::issues)
      .function("agents", &Session::agents)
      .function("payload", &Session::payload)
      .function("exportCsv", &Session::export_csv);
}
