// Reading the shared test vectors (the same files the JavaScript tests read).
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include <array>

#include <nlohmann/json.hpp>

#include "licenseform/csv.hpp"

namespace licenseform::testing {

inline std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline std::string data_path(const std::string& name) {
  return std::string(LF_TEST_DATA) + "/" + name;
}
inline std::string corpus_path(const std::string& name) {
  return std::string(LF_CORPUS) + "/" + name;
}

inline nlohmann::json read_json(const std::string& path) {
  return nlohmann::json::parse(read_bytes(path), nullptr, false);
}

// A row of read_sheet kept after its callback: SheetRow's cells are views
// that the reader reuses for the next row.
struct KeptRow {
  std::size_t line = 0, row = 0;
  std::array<std::string, kColumnCount> cells;
  std::array<bool, kColumnCount> present{};
  bool broken = false;

  explicit KeptRow(const SheetRow& r)
      : line(r.line), row(r.row), present(r.present), broken(r.broken) {
    for (std::size_t i = 0; i < cells.size(); ++i) cells[i] = std::string(r.cells[i]);
  }
};

}  // namespace licenseform::testing
