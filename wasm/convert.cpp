#include "convert.hpp"

#include <string>

namespace licenseform::wasm {

using emscripten::val;
using nlohmann::json;

val to_val(const json& j) {
  switch (j.type()) {
    case json::value_t::null: return val::null();
    case json::value_t::boolean: return val(j.get<bool>());
    case json::value_t::number_integer: return val(static_cast<double>(j.get<std::int64_t>()));
    case json::value_t::number_unsigned: return val(static_cast<double>(j.get<std::uint64_t>()));
    case json::value_t::number_float: return val(j.get<double>());
    case json::value_t::string: return val(j.get_ref<const std::string&>());
    case json::value_t::array: {
      val out = val::array();
      unsigned i = 0;
      for (const auto& item : j) out.set(i++, to_val(item));
      return out;
    }
    case json::value_t::object: {
      val out = val::object();
      for (auto it = j.begin(); it != j.end(); ++it) out.set(it.key(), to_val(it.value()));
      return out;
    }
    default: return val::undefined();
  }
}

json from_val(const val& v) {
  const std::string type = v.typeOf().as<std::string>();
  if (type == "boolean") return v.as<bool>();
  if (type == "number") {
    double d = v.as<double>();
    if (d == static_cast<double>(static_cast<std::int64_t>(d))) return static_cast<std::int64_t>(d);
    return d;
  }
  if (type == "string") return v.as<std::string>();
  if (type != "object" || v.isNull()) return nullptr;
  if (val::global("Array").call<bool>("isArray", v)) {
    json out = json::array();
    const unsigned n = v["length"].as<unsigned>();
    for (unsigned i = 0; i < n; ++i) out.push_back(from_val(v[i]));
    return out;
  }
  json out = json::object();
  val keys = val::global("Object").call<val>("keys", v);
  const unsigned n = keys["length"].as<unsigned>();
  for (unsigned i = 0; i < n; ++i) {
    std::string key = keys[i].as<std::string>();
    out[key] = from_val(v[key]);
  }
  return out;
}

}  // namespace licenseform::wasm
