// Conversion between nlohmann::json and JavaScript values. Types only.
#pragma once

#include <string>

#include <emscripten/val.h>
#include <nlohmann/json.hpp>

namespace licenseform::wasm {

[[nodiscard]] emscripten::val to_val(const nlohmann::json& j);
// JSON text (as dump() writes it) to the value it stands for.
[[nodiscard]] emscripten::val text_to_val(const std::string& text);
[[nodiscard]] nlohmann::json from_val(const emscripten::val& v);

}  // namespace licenseform::wasm
