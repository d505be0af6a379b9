// Round trips with random records (fixed seed): whatever write_csv (or the
// same quoting with LF or CR line ends) writes, in UTF-8 or UTF-16, reads
// back through decode_bytes and CsvReader, and through read_sheet, as the
// same records.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <random>
#include <string>
#include <vector>

#include "licenseform/csv.hpp"
#include "test_data.hpp"
#include "licenseform/text.hpp"

namespace licenseform {
namespace {

using Rows = std::vector<std::vector<std::string>>;

constexpr unsigned kSeed = 20261203;
constexpr std::array<char, 4> kDelimiters = {',', ';', '\t', '|'};
constexpr std::array<std::string_view, 3> kLineEnds = {"\r\n", "\n", "\r"};
enum class Enc { utf8, utf8_bom, utf16le, utf16be };
constexpr std::array<Enc, 4> kEncodings = {Enc::utf8, Enc::utf8_bom, Enc::utf16le, Enc::utf16be};

// Pieces that stress quoting, line ends, delimiters and multi-byte text.
const std::vector<std::string> kPieces = {"a",
                                          "Z",
                                          "7",
                                          " ",
                                          ",",
                                          ";",
                                          "\t",
                                          "|",
                                          "\"",
                                          "\"\"",
                                          "\r",
                                          "\n",
                                          "\r\n",
                                          "'",
                                          "=",
                                          "+",
                                          "-",
                                          "@",
                                          "\xC3\xA9",
                                          "\xC3\x9F",
                                          "\xC2\xA0",
                                          "\xE2\x82\xAC",
                                          "\xF0\x9F\x98\x8E",
                                          "sep=;"};

std::string random_field(std::mt19937& rng) {
  std::string out;
  int n = std::uniform_int_distribution<int>(0, 10)(rng);
  std::uniform_int_distribution<std::size_t> pick(0, kPieces.size() - 1);
  for (int i = 0; i < n; ++i) out += kPieces[pick(rng)];
  return out;
}

Rows random_rows(std::mt19937& rng) {
  Rows rows(std::uniform_int_distribution<int>(1, 12)(rng));
  for (auto& row : rows) {
    row.resize(std::uniform_int_distribution<int>(1, 6)(rng));
    for (auto& f : row) f = random_field(rng);
  }
  return rows;
}

// write_csv's quoting with any line end (checked against write_csv below).
std::string serialize(const Rows& rows, char delimiter, std::string_view eol) {
  std::string out;
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += delimiter;
      out += '"';
      for (char c : row[i]) out += c == '"' ? std::string("\"\"") : std::string(1, c);
      out += '"';
    }
    out += eol;
  }
  return out;
}

std::u32string code_points_of(std::string_view utf8) {
  std::u32string out;
  for (std::size_t i = 0; i < utf8.size();) {
    CodePoint c = decode_utf8(utf8, i);
    out += c.value;
    i += c.length;
  }
  return out;
}

std::string encode(const std::string& text, Enc e) {
  if (e == Enc::utf8) return text;
  if (e == Enc::utf8_bom) return "\xEF\xBB\xBF" + text;
  bool little = e == Enc::utf16le;
  std::string out;
  auto put = [&](char32_t u) {
    char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    out += little ? lo : hi;
    out += little ? hi : lo;
  };
  put(0xFEFF);
  for (char32_t c : code_points_of(text)) {
    if (c < 0x10000) {
      put(c);
    } else {
      put(0xD800 + ((c - 0x10000) >> 10));
      put(0xDC00 + ((c - 0x10000) & 0x3FF));
    }
  }
  return out;
}

Rows read_back(const std::string& bytes, char delimiter) {
  Decoded d = decode_bytes(bytes);
  EXPECT_TRUE(d.ok);
  CsvReader reader(d.text, delimiter);
  Rows rows;
  Record r;
  while (reader.next(r)) {
    EXPECT_FALSE(r.quote_error.has_value());
    rows.push_back(r.fields);
  }
  EXPECT_FALSE(reader.failed());
  return rows;
}

TEST(CsvRoundTrip, serialize_matches_write_csv) {
  std::mt19937 rng(kSeed);
  for (int i = 0; i < 200; ++i) {
    Rows rows = random_rows(rng);
    EXPECT_EQ(write_csv(rows, ';', false), "\xEF\xBB\xBF" + serialize(rows, ';', "\r\n"));
  }
}

TEST(CsvRoundTrip, gives_back_random_records_in_every_dialect_and_encoding) {
  std::mt19937 rng(kSeed);
  for (int i = 0; i < 40; ++i) {
    for (char d : kDelimiters) {
      for (std::string_view eol : kLineEnds) {
        for (Enc e : kEncodings) {
          Rows rows = random_rows(rng);
          SCOPED_TRACE(serialize(rows, d, eol));
          ASSERT_EQ(read_back(encode(serialize(rows, d, eol), e), d), rows);
        }
      }
    }
  }
}

TEST(CsvRoundTrip, gives_back_write_csv_output_with_formulas_neutralized) {
  std::mt19937 rng(kSeed + 1);
  for (int i = 0; i < 200; ++i) {
    Rows rows = random_rows(rng);
    Rows expected = rows;
    for (auto& row : expected) {
      for (auto& f : row) {
        if (!f.empty() && std::string("=+-@\t\r").find(f[0]) != std::string::npos) f = "'" + f;
      }
    }
    ASSERT_EQ(read_back(write_csv(rows, ','), ','), expected);
  }
}

// ---- through read_sheet ------------------------------------------------------

const std::vector<std::string> kNameParts = {
    "Ada",       "Bruno",  "Chlo\xC3\xA9", "M\xC3\xBCller",    "O'Neil", "\"Bru\"",
    "Beispiel,", "Probe;", "Zo\xC3\xAB",   "\xF0\x9F\x98\x8E", "|x|",    "A\nB"};

std::string random_name(std::mt19937& rng) {
  std::uniform_int_distribution<std::size_t> pick(0, kNameParts.size() - 1);
  std::string name = kNameParts[pick(rng)];
  for (int n = std::uniform_int_distribution<int>(0, 2)(rng); n > 0; --n) {
    name += " " + kNameParts[pick(rng)];
  }
  return name;
}

TEST(CsvRoundTrip, read_sheet_gives_back_the_cells_of_a_written_template) {
  std::mt19937 rng(kSeed + 2);
  std::vector<Column> order = flow_columns(Flow::add);
  for (int i = 0; i < 300; ++i) {
    std::shuffle(order.begin(), order.end(), rng);
    Rows rows(1);
    for (Column c : order) rows[0].emplace_back(spec(c).header_en);
    std::size_t agents = std::uniform_int_distribution<std::size_t>(1, 8)(rng);
    for (std::size_t a = 0; a < agents; ++a) {
      std::vector<std::string> row;
      for (Column c : order) {
        row.push_back(c == Column::name    ? random_name(rng)
                      : c == Column::email ? "agent" + std::to_string(a) + "@example.com"
                      : c == Column::phone ? "+49 30 23125" + std::to_string(100 + a)
                                           : std::string(a % 2 ? "2027-01-31" : ""));
      }
      rows.push_back(row);
    }
    char d = kDelimiters[i % kDelimiters.size()];
    std::string text = write_csv(rows, d, false).substr(3);  // keeps "+49" as is
    Enc e = kEncodings[(i / 4) % kEncodings.size()];
    std::vector<Issue> issues;
    std::vector<testing::KeptRow> got;
    SheetSummary s = read_sheet(encode(text, e), Flow::add, order, {}, issues,
                                [&](const SheetRow& r) { got.emplace_back(r); });
    ASSERT_TRUE(issues.empty()) << issues[0].message() << "\n" << text;
    EXPECT_EQ(s.delimiter, d);
    ASSERT_EQ(got.size(), agents);
    for (std::size_t a = 0; a < agents; ++a) {
      EXPECT_EQ(got[a].row, a + 2);
      for (std::size_t k = 0; k < order.size(); ++k) {
        EXPECT_EQ(got[a].cells[column_index(order[k])], rows[a + 1][k]);
      }
    }
  }
}

}  // namespace
}  // namespace licenseform
