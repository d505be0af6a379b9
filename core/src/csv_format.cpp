// Files that are not CSV at all, recognised by their first bytes (their
// "magic numbers") before any attempt to read them as text.
#include <array>
#include <cctype>

#include "csv_detail.hpp"

namespace licenseform::csv_detail {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool contains(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}

// A ZIP archive's entry names are stored uncompressed, so the kind of
// package shows in plain bytes: OOXML has xl/workbook.xml, OpenDocument a
// first entry "mimetype" holding its media type, Numbers an Index/ folder.
std::string_view zip_kind(std::string_view bytes) {
  if (contains(bytes, "xl/workbook.xml")) return "csv.not_csv.xlsx";
  if (contains(bytes, "application/vnd.oasis.opendocument.spreadsheet")) {
    return "csv.not_csv.ods";
  }
  if (contains(bytes, "Index/Document.iwa") || contains(bytes, "index.xml")) {
    return "csv.not_csv.numbers";
  }
  return "csv.not_csv.zip";
}

std::string lower_prefix(std::string_view s, std::size_t n) {
  std::string out(s.substr(0, n));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::optional<std::string_view> not_csv_by_signature(std::string_view bytes) {
  if (starts_with(bytes, "PK\x03\x04") || starts_with(bytes, "PK\x05\x06")) {
    return zip_kind(bytes);
  }
  // OLE2 compound file: .xls from Excel 97-2003 (and other Office files).
  if (starts_with(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return "csv.not_csv.xls";
  if (starts_with(bytes, "%PDF-")) return "csv.not_csv.pdf";
  return std::nullopt;
}

std::optional<std::string_view> not_csv_by_markup(std::string_view text) {
  std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || text[start] != '<') return std::nullopt;
  std::string head = lower_prefix(text.substr(start), 15);
  static constexpr std::array<std::string_view, 5> kStarts = {"<?xml", "<html", "<!doctype",
                                                              "<table", "<head"};
  for (std::string_view s : kStarts) {
    if (starts_with(head, s)) return "csv.not_csv.markup";
  }
  return std::nullopt;
}

}  // namespace licenseform::csv_detail
