// The public CSV conformance vectors in tests/data/corpus/conformance (see
// its NOTICE.md), read through decode_bytes and CsvReader, and the
// csv-test-data "bad" files refused by read_sheet.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "licenseform/csv.hpp"
#include "licenseform/text.hpp"
#include "test_data.hpp"

namespace licenseform {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::corpus_path;
using testing::read_bytes;

using Rows = std::vector<std::vector<std::string>>;

Rows parse(const std::string& bytes, bool* failed = nullptr) {
  Decoded d = decode_bytes(bytes);
  EXPECT_TRUE(d.ok);
  CsvReader reader(d.text, ',');
  Rows rows;
  Record r;
  while (reader.next(r)) rows.push_back(r.fields);
  if (failed) *failed = reader.failed();
  return rows;
}

// Expected records as objects keyed by the header: each becomes a row in
// the header's order.
Rows rows_from_objects(const json& expected, const std::vector<std::string>& header) {
  Rows rows;
  const json list = expected.is_array() ? expected : json::array({expected});
  for (const json& object : list) {
    std::vector<std::string> row;
    for (const std::string& key : header)
      row.push_back(object.value(key, std::string("<missing>")));
    rows.push_back(row);
  }
  return rows;
}

std::vector<std::string> names_in(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(corpus_path(dir))) {
    names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string with_crlf(const std::string& lf) {
  std::string out;
  for (char c : lf) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

TEST(CsvSpectrum, reads_every_vector_as_its_json_says) {
  const std::string base = "conformance/csv-spectrum/";
  std::vector<std::string> names = names_in(base + "csvs");
  ASSERT_EQ(names.size(), 12u);
  for (const std::string& name : names) {
    SCOPED_TRACE(name);
    std::string bytes = read_bytes(corpus_path(base + "csvs/" + name + ".csv"));
    // The copies of the *_crlf files lost their CRs on the way into the
    // repository (their JSON still has "\r\n" inside a quoted value), so
    // the original line ends are put back.
    if (name.size() > 5 && name.substr(name.size() - 5) == "_crlf" &&
        bytes.find('\r') == std::string::npos) {
      bytes = with_crlf(bytes);
    }
    Rows rows = parse(bytes);
    json expected = testing::read_json(corpus_path(base + "json/" + name + ".json"));
    ASSERT_FALSE(expected.is_discarded());
    ASSERT_FALSE(rows.empty());
    Rows data(rows.begin() + 1, rows.end());
    Rows want = rows_from_objects(expected, rows.front());
    // location_coordinates.json disagrees with its CSV on the phone number
    // (1234567890 against 2095257564); every other field must match.
    if (name == "location_coordinates") {
      ASSERT_EQ(data.size(), 1u);
      ASSERT_EQ(want.size(), 1u);
      EXPECT_EQ(data[0][0], "2095257564");
      data[0][0] = want[0][0];
    }
    EXPECT_EQ(data, want);
  }
}

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

TEST(CsvTestData, reads_every_headerless_vector_as_its_json_says) {
  const std::string base = "conformance/csv-test-data/";
  std::size_t checked = 0;
  for (const std::string& name : names_in(base + "csv")) {
    if (starts_with(name, "bad-") || starts_with(name, "header-")) continue;
    SCOPED_TRACE(name);
    json expected = testing::read_json(corpus_path(base + "json/" + name + ".json"));
    ASSERT_TRUE(expected.is_array());
    EXPECT_EQ(parse(read_bytes(corpus_path(base + "csv/" + name + ".csv"))), expected.get<Rows>());
    ++checked;
  }
  EXPECT_EQ(checked, 16u);
}

TEST(CsvTestData, reads_header_vectors_with_the_header_foo_bar_baz) {
  const std::string base = "conformance/csv-test-data/";
  const std::vector<std::string> header = {"foo", "bar", "baz"};
  for (const std::string name : {"header-simple", "header-no-rows"}) {
    SCOPED_TRACE(name);
    Rows rows = parse(read_bytes(corpus_path(base + "csv/" + name + ".csv")));
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows.front(), header);
    json expected = testing::read_json(corpus_path(base + "json/" + name + ".json"));
    EXPECT_EQ(Rows(rows.begin() + 1, rows.end()), rows_from_objects(expected, header));
  }
}

TEST(CsvTestData, refuses_a_missing_closing_quote) {
  bool failed = false;
  Rows rows = parse(read_bytes(corpus_path("conformance/csv-test-data/csv/bad-missing-quote.csv")),
                    &failed);
  EXPECT_TRUE(failed);
  EXPECT_EQ(rows, (Rows{{"foo", "bar", "baz"}}));
}

TEST(CsvTestData, refuses_an_undoubled_quote_inside_a_quoted_value) {
  std::string text =
      read_bytes(corpus_path("conformance/csv-test-data/csv/bad-quotes-with-unescaped-quote.csv"));
  CsvReader reader(text, ',');
  Record r;
  ASSERT_TRUE(reader.next(r));
  EXPECT_FALSE(r.quote_error.has_value());
  ASSERT_TRUE(reader.next(r));
  EXPECT_EQ(r.quote_error, 1u);  // refused on its row by read_sheet (csv.quote.text_after)
  EXPECT_EQ(r.fields, (std::vector<std::string>{"1", "Hey, I missed \" it\"", "3"}));
}

// The suite calls a quote inside an unquoted field bad; rules.md asks for
// it to be read literally, as Excel and LibreOffice do, so that a name like
// Ada "Ace" B. survives. This is a deliberate departure from the suite.
TEST(CsvTestData, reads_a_stray_quote_in_an_unquoted_field_literally_as_rules_md_asks) {
  Rows rows =
      parse(read_bytes(corpus_path("conformance/csv-test-data/csv/bad-unescaped-quote.csv")));
  EXPECT_EQ(rows, (Rows{{"foo", "bar", "baz"}, {"1", "This \"quotes\" must be escaped", "3"}}));
}

// The bad-header files through read_sheet, with foo, bar, baz standing for
// the template's Name, Display Phone Number and Email.
std::vector<std::string> sheet_codes(const std::string& name) {
  std::string bytes = read_bytes(corpus_path("conformance/csv-test-data/csv/" + name + ".csv"));
  std::size_t eol = bytes.find('\n');
  std::string header = bytes.substr(0, eol);
  if (header == "foo,bar,baz") {
    bytes.replace(0, eol, "Name,Display Phone Number,Email");
  }
  std::vector<Issue> issues;
  (void)read_sheet(bytes, Flow::add, {Column::name, Column::phone, Column::email}, {}, issues,
                   [](const SheetRow&) {});
  std::vector<std::string> codes;
  for (const Issue& i : issues) codes.push_back(i.code);
  return codes;
}

TEST(CsvTestData, refuses_every_bad_header_vector_through_read_sheet) {
  using V = std::vector<std::string>;
  EXPECT_EQ(sheet_codes("bad-header-less-fields"), V{"csv.row.missing_values"});
  EXPECT_EQ(sheet_codes("bad-header-more-fields"), V{"csv.row.extra_values"});
  EXPECT_EQ(sheet_codes("bad-header-no-header"), V{"csv.empty"});
  EXPECT_EQ(sheet_codes("bad-header-wrong-header"), V{"csv.header.missing_columns"});
}

}  // namespace
}  // namespace licenseform
