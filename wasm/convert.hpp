// Conversion between nlohmann::json and JavaScript values. Types only.
#pragma once

#include <emscripten/val.h>
#include <nlohmann/json.hpp>

namespace licenseform::wasm {

[[nodiscard]] emscripten::val to_val(const nlohmann::json& j);
[[nodiscard]] nlohmann::json from_val(const emscripten::val& v);

}  // namespace licenseform::wasm
