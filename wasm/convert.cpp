#include "convert.hpp"

#include <string>

#include "licenseform/api.hpp"

namespace licenseform::wasm {

using emscripten::val;
using nlohmann::json;

// Values cross the boundary as JSON text: one JSON.parse or JSON.stringify
// is far faster than building a JS object one embind call per value. The
// text goes as a view of the wasm memory, decoded by TextDecoder: embind's
// own std::string conversion looks at every byte in JavaScript first.
val to_val(const json& j) {
  return text_to_val(j.dump(-1, ' ', false, json::error_handler_t::replace));
}

val text_to_val(const std::string& text) {
  static const val json_object = val::global("JSON");
  static const val decoder = val::global("TextDecoder").new_();
  const val bytes(emscripten::typed_memory_view(
      text.size(), reinterpret_cast<const unsigned char*>(text.data())));
  return json_object.call<val>("parse", decoder.call<val>("decode", bytes));
}

namespace {

// JSON.stringify writes a lone UTF-16 surrogate as "\ud800", which is not
// a character and which the JSON parser refuses, losing the whole value.
// It becomes U+FFFD, which the checks then refuse as a broken encoding.
int hex4(const std::string& s, std::size_t at) {
  if (at + 4 > s.size()) return -1;
  int v = 0;
  for (std::size_t i = at; i < at + 4; ++i) {
    char c = s[i];
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
          : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

void replace_lone_surrogates(std::string& s) {
  for (std::size_t i = s.find("\\u"); i != std::string::npos; i = s.find("\\u", i + 2)) {
    std::size_t slashes = 0;  // "\\\\ud800" is a backslash and text, not an escape
    for (std::size_t j = i; j > 0 && s[j - 1] == '\\'; --j) ++slashes;
    if (slashes % 2) continue;
    int unit = hex4(s, i + 2);
    bool high = unit >= 0xD800 && unit <= 0xDBFF, low = unit >= 0xDC00 && unit <= 0xDFFF;
    if (!high && !low) continue;
    int next = i + 8 <= s.size() && s.compare(i + 6, 2, "\\u") == 0 ? hex4(s, i + 8) : -1;
    if (high && next >= 0xDC00 && next <= 0xDFFF) {
      i += 6;  // a proper pair
      continue;
    }
    s.replace(i + 2, 4, "fffd");
  }
}

}  // namespace

json from_val(const val& v) {
  static const val json_object = val::global("JSON");
  if (v.isUndefined()) return nullptr;
  val text = json_object.call<val>("stringify", v);
  if (!text.isString()) return nullptr;
  std::string s = text.as<std::string>();
  replace_lone_surrogates(s);
  return parse_json_text(s);
}

}  // namespace licenseform::wasm
