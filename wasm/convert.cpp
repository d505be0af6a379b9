#include "convert.hpp"

#include <string>

namespace licenseform::wasm {

using emscripten::val;
using nlohmann::json;

// Values cross the boundary as JSON text: one JSON.parse or JSON.stringify
// is far faster than building a JS object one embind call per value.
val to_val(const json& j) {
  static const val json_object = val::global("JSON");
  return json_object.call<val>("parse", val(j.dump(-1, ' ', false, json::error_handler_t::replace)));
}

json from_val(const val& v) {
  static const val json_object = val::global("JSON");
  if (v.isUndefined()) return nullptr;
  val text = json_object.call<val>("stringify", v);
  if (!text.isString()) return nullptr;
  return json::parse(text.as<std::string>(), nullptr, false);
}

}  // namespace licenseform::wasm
