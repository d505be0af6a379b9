// Reading the shared test vectors (the same files the JavaScript tests read).
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

namespace licenseform::testing {

inline std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline std::string data_path(const std::string& name) { return std::string(LF_TEST_DATA) + "/" + name; }
inline std::string corpus_path(const std::string& name) { return std::string(LF_CORPUS) + "/" + name; }

inline nlohmann::json read_json(const std::string& path) {
  return nlohmann::json::parse(read_bytes(path), nullptr, false);
}

}  // namespace licenseform::testing
