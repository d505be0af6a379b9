// read_sheet and CsvReader: the corpus files of tests/data/corpus/csv (see
// its INDEX.md) at the level of rows and issues, and the dialects, shapes
// and limits of rules.md "CSV files as customers make them".
#include "licenseform/csv.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_data.hpp"

namespace licenseform {
namespace {

using testing::corpus_path;
using testing::read_bytes;

struct Sheet {
  SheetSummary summary;
  std::vector<testing::KeptRow> rows;
  std::vector<Issue> issues;

  [[nodiscard]] std::string cell(std::size_t row, Column c) const {
    return rows.at(row).cells[column_index(c)];
  }
  [[nodiscard]] std::vector<std::string> codes() const {
    std::vector<std::string> out;
    for (const Issue& i : issues) out.push_back(i.code);
    return out;
  }
};

const std::vector<Column> kAddRequired = {Column::name, Column::phone, Column::email};

Sheet read(std::string_view bytes, Flow flow = Flow::add,
           const std::vector<Column>& required = kAddRequired, SheetSettings settings = {}) {
  Sheet s;
  s.summary = read_sheet(bytes, flow, required, settings, s.issues,
                         [&](const SheetRow& r) { s.rows.emplace_back(r); });
  return s;
}

Sheet read_corpus(const std::string& name, Flow flow = Flow::add) {
  return read(read_bytes(corpus_path("csv/" + name)), flow,
              flow == Flow::add ? kAddRequired : std::vector<Column>{Column::email});
}

const std::string kHeader = "Name,Cancellation Date,Display Phone Number,Email\r\n";

// ---- the corpus files marked basic ------------------------------------------

// The row callback is lent for the call (FunctionRef): any callable will
// do, also one whose result read_sheet has no use for.
TEST(Sheet, takes_a_row_callback_whose_result_it_ignores) {
  std::vector<std::size_t> rows;
  std::vector<Issue> issues;
  auto remember = [&](const SheetRow& r) { return rows.emplace_back(r.row); };
  (void)read_sheet(kHeader + "Ada,,+49 30 23125001,ada@example.com\r\n", Flow::add, kAddRequired,
                   {}, issues, remember);
  EXPECT_EQ(rows, (std::vector<std::size_t>{2}));
  EXPECT_TRUE(issues.empty());
}

TEST(Sheet, drops_the_utf8_bom_before_matching_the_header) {
  Sheet s = read_corpus("01-utf8-bom.csv");
  EXPECT_TRUE(s.issues.empty());
  EXPECT_TRUE(s.summary.readable);
  EXPECT_EQ(s.summary.encoding, Encoding::utf8_bom);
  ASSERT_EQ(s.rows.size(), 3u);
  EXPECT_EQ(s.cell(0, Column::name), "Ada Beispiel");
  EXPECT_EQ(s.cell(1, Column::cancellation_date), "2027-01-31");
  EXPECT_EQ(s.cell(2, Column::name), "Chlo\xC3\xA9 Exemple");
  EXPECT_EQ(s.cell(2, Column::phone), "+44 20 7946 0001");
  EXPECT_EQ(s.rows[1].line, 3u);
  EXPECT_EQ(s.rows[1].row, 3u);
}

TEST(Sheet, detects_semicolons_and_keeps_commas_inside_names) {
  Sheet s = read_corpus("03-semicolon-de-excel.csv");
  EXPECT_TRUE(s.issues.empty());
  EXPECT_EQ(s.summary.delimiter, ';');
  ASSERT_EQ(s.rows.size(), 3u);
  EXPECT_EQ(s.cell(0, Column::name), "Beispiel, Ada");
  EXPECT_EQ(s.cell(1, Column::cancellation_date), "31.01.2027");
  EXPECT_EQ(s.cell(2, Column::email), "carla.probe@example.net");
}

TEST(Sheet, treats_crlf_as_one_terminator) {
  Sheet s = read_corpus("09-crlf-line-endings.csv");
  EXPECT_TRUE(s.issues.empty());
  ASSERT_EQ(s.rows.size(), 3u);
  EXPECT_EQ(s.cell(0, Column::email), "ada.beispiel@example.com");
  EXPECT_EQ(s.cell(2, Column::email), "carla.probe@example.net");
  EXPECT_EQ(s.rows[2].line, 4u);
  EXPECT_EQ(s.summary.skipped_empty, 0u);
}

TEST(Sheet, reads_quoted_commas_doubled_quotes_and_line_breaks) {
  Sheet s = read_corpus("11-quoted-newline-comma-doublequote.csv");
  EXPECT_TRUE(s.issues.empty());
  ASSERT_EQ(s.rows.size(), 4u);
  EXPECT_EQ(s.cell(0, Column::name), "Beispiel, Ada");
  EXPECT_EQ(s.cell(1, Column::name), "Bruno \"Bru\" Muster");
  EXPECT_EQ(s.cell(2, Column::name), "Carla\nProbe");  // the name check makes it a space
  EXPECT_EQ(s.rows[2].line, 4u);
  EXPECT_EQ(s.rows[3].line, 6u);
  EXPECT_EQ(s.rows[3].row, 5u);
}

TEST(Sheet, rejects_unclosed_quote_at_its_opening_line) {
  Sheet s = read_corpus("12-unclosed-quote.csv");
  ASSERT_EQ(s.rows.size(), 1u);  // line 2, read before the quote opened
  EXPECT_EQ(s.rows[0].line, 2u);
  ASSERT_EQ(s.issues.size(), 1u);
  const Issue& i = s.issues[0];
  EXPECT_EQ(i.code, "csv.unclosed_quote");
  EXPECT_EQ(i.line, 3u);
  EXPECT_EQ(i.row, 3u);
  EXPECT_EQ(i.column, Column::name);
  EXPECT_EQ(i.param("first"), "3");
  EXPECT_EQ(i.param("last"), "5");
  EXPECT_NE(i.message().find("lines 3\xE2\x80\x93"
                           "5 would merge into one value"),
            std::string::npos);
}

TEST(Sheet, skips_empty_and_delimiter_only_rows_silently) {
  Sheet s = read_corpus("14-empty-and-delimiter-only-rows.csv");
  EXPECT_TRUE(s.issues.empty());
  ASSERT_EQ(s.rows.size(), 2u);
  EXPECT_EQ(s.rows[0].line, 2u);
  EXPECT_EQ(s.rows[1].line, 5u);
  EXPECT_EQ(s.rows[1].row, 5u);
  EXPECT_EQ(s.summary.skipped_empty, 6u);
}

TEST(Sheet, maps_header_variants_by_name_and_warns_about_unknown_columns) {
  Sheet s = read_corpus("17-header-variants-extra-column.csv");
  ASSERT_EQ(s.issues.size(), 1u);
  EXPECT_EQ(s.issues[0].code, "csv.header.unknown_column");
  EXPECT_EQ(s.issues[0].severity, Severity::warning);
  EXPECT_EQ(s.issues[0].line, 1u);
  EXPECT_EQ(s.issues[0].param("header"), "Notes");
  EXPECT_EQ(s.issues[0].param("position"), "5");
  EXPECT_EQ(s.summary.columns, (std::vector<Column>{Column::email, Column::name, Column::phone,
                                                    Column::cancellation_date}));
  ASSERT_EQ(s.rows.size(), 2u);
  EXPECT_EQ(s.cell(0, Column::email), "ada.beispiel@example.com");
  EXPECT_EQ(s.cell(0, Column::name), "Ada Beispiel");
  EXPECT_EQ(s.cell(1, Column::cancellation_date), "2027-01-31");
  EXPECT_FALSE(s.rows[0].broken);
}

TEST(Sheet, rejects_a_duplicate_column_naming_both_positions) {
  Sheet s = read_corpus("18-duplicate-header.csv");
  EXPECT_TRUE(s.rows.empty());
  EXPECT_FALSE(s.summary.readable);
  ASSERT_EQ(s.issues.size(), 1u);
  EXPECT_EQ(s.issues[0].code, "csv.header.duplicate");
  EXPECT_EQ(s.issues[0].line, 1u);
  EXPECT_EQ(s.issues[0].param("column"), "Email");
  EXPECT_EQ(s.issues[0].param("first"), "4");
  EXPECT_EQ(s.issues[0].param("second"), "5");
}

TEST(Sheet, rejects_a_duplicate_that_only_appears_after_normalization) {
  Sheet s = read(kHeader.substr(0, kHeader.size() - 2) +
                 ",E-Mail\r\nAda,,+49 30 23125001,a@example.com,b@example.com\r\n");
  ASSERT_EQ(s.codes(), std::vector<std::string>{"csv.header.duplicate"});
  EXPECT_EQ(s.issues[0].param("header"), "E-Mail");
  EXPECT_TRUE(s.rows.empty());
}

TEST(Sheet, reports_a_missing_required_column_once_listing_what_was_found) {
  Sheet s = read_corpus("19-missing-required-column.csv");
  EXPECT_TRUE(s.rows.empty());
  ASSERT_EQ(s.issues.size(), 1u);
  const Issue& i = s.issues[0];
  EXPECT_EQ(i.code, "csv.header.missing_column");
  EXPECT_FALSE(i.line.has_value());
  EXPECT_EQ(i.param("column"), "'Display Phone Number'");
  EXPECT_EQ(i.param("found"), "Name, Cancellation Date, Email");
  EXPECT_EQ(i.message().rfind("Required column 'Display Phone Number' not found; found: Name, "
                            "Cancellation Date, Email.",
                            0),
            0u);
}

TEST(Sheet, lists_several_missing_columns_in_one_error) {
  Sheet s = read("qux,quux,quuz\r\n1,2,3\r\n");
  ASSERT_EQ(s.codes(), std::vector<std::string>{"csv.header.missing_columns"});
  EXPECT_EQ(s.issues[0].param("columns"), "'Name', 'Display Phone Number', 'Email'");
  EXPECT_EQ(s.issues[0].param("found"), "qux, quux, quuz");
  EXPECT_EQ(s.summary.delimiter, ',');
}

TEST(Sheet, delivers_rows_with_problems_for_the_field_checks) {
  Sheet s = read_corpus("28-email-case-duplicates.csv");
  EXPECT_TRUE(s.issues.empty());  // duplicates are the order's rule
  ASSERT_EQ(s.rows.size(), 4u);
  EXPECT_EQ(s.cell(0, Column::email), "Ada.Beispiel@Example.COM");
}

TEST(Sheet, refuses_an_empty_file) {
  for (std::string bytes : {std::string(), std::string("\xEF\xBB\xBF"), std::string(" \r\n\t\n"),
                            std::string("\xEF\xBB\xBF\r\n\r\n"), std::string(",,,\r\n;;\r\n")}) {
    Sheet s = read(bytes);
    EXPECT_EQ(s.codes(), std::vector<std::string>{"csv.empty"}) << bytes;
    EXPECT_FALSE(s.issues[0].line.has_value());
  }
  EXPECT_EQ(read_corpus("35-empty.csv").codes(), std::vector<std::string>{"csv.empty"});
}

TEST(Sheet, refuses_a_header_without_rows) {
  Sheet s = read_corpus("36-header-only.csv");
  EXPECT_TRUE(s.summary.readable);
  EXPECT_EQ(s.summary.header_line, 1u);
  ASSERT_EQ(s.codes(), std::vector<std::string>{"csv.no_rows"});
  EXPECT_EQ(s.issues[0].message(),
            "Header found, but no data rows. Add one row per agent below "
            "the header.");
  EXPECT_EQ(read(kHeader + ",,,\r\n\r\n").codes(), std::vector<std::string>{"csv.no_rows"});
}

TEST(Sheet, reads_a_single_column_file_without_a_delimiter) {
  Sheet s = read_corpus("37-cancel-single-column.csv", Flow::cancel);
  EXPECT_TRUE(s.issues.empty());
  EXPECT_TRUE(s.summary.single_column);
  ASSERT_EQ(s.rows.size(), 3u);
  EXPECT_EQ(s.cell(2, Column::email), "carla.probe@example.net");
}

TEST(Sheet, keeps_a_line_with_commas_as_one_value_in_a_single_column_file) {
  Sheet s = read(
      "Email\r\nada@example.com\r\nbruno@example.org,carla@example.net\r\n"
      "dora@example.com;\r\n",
      Flow::cancel, {Column::email});
  EXPECT_TRUE(s.issues.empty());
  ASSERT_EQ(s.rows.size(), 3u);
  EXPECT_EQ(s.cell(1, Column::email), "bruno@example.org,carla@example.net");
  EXPECT_EQ(s.cell(2, Column::email), "dora@example.com;");
}

// ---- dialect -----------------------------------------------------------------

TEST(Sheet, reads_tab_and_pipe_delimited_files) {
  Sheet tab = read(
      "Name\tCancellation Date\tDisplay Phone Number\tEmail\nAda, B.\t\t+49 30 "
      "23125001\tada@example.com\n");
  EXPECT_EQ(tab.summary.delimiter, '\t');
  ASSERT_EQ(tab.rows.size(), 1u);
  EXPECT_EQ(tab.cell(0, Column::name), "Ada, B.");
  Sheet pipe = read("Name|Display Phone Number|Email\nAda; B.|+49 30 23125001|ada@example.com\n");
  EXPECT_EQ(pipe.summary.delimiter, '|');
  EXPECT_EQ(pipe.cell(0, Column::phone), "+49 30 23125001");
}

TEST(Sheet, follows_a_sep_line_which_is_not_a_row) {
  Sheet s = read(
      "sep=;\r\nName;Display Phone Number;Email\r\nAda, B.;+49 30 23125001;"
      "ada@example.com\r\n");
  EXPECT_TRUE(s.issues.empty());
  EXPECT_EQ(s.summary.delimiter, ';');
  EXPECT_EQ(s.summary.header_line, 2u);
  ASSERT_EQ(s.rows.size(), 1u);
  EXPECT_EQ(s.rows[0].line, 3u);
  EXPECT_EQ(s.rows[0].row, 2u);
}

TEST(Sheet, reads_lone_cr_line_ends) {
  Sheet s = read(
      "Name,Display Phone Number,Email\rAda,+49 30 23125001,ada@example.com\r"
      "Bruno,+49 30 23125002,bruno@example.org");
  EXPECT_TRUE(s.issues.empty());
  ASSERT_EQ(s.rows.size(), 2u);
  EXPECT_EQ(s.rows[1].line, 3u);
  EXPECT_EQ(s.cell(1, Column::email), "bruno@example.org");
}

TEST(Sheet, skips_title_rows_above_the_header_with_a_warning) {
  Sheet s = read(
      "Agents for December\r\n\r\nName,Display Phone Number,Email\r\n"
      "Ada,+49 30 23125001,ada@example.com\r\n");
  ASSERT_EQ(s.codes(), std::vector<std::string>{"csv.header.rows_above"});
  EXPECT_EQ(s.issues[0].severity, Severity::warning);
  EXPECT_EQ(s.issues[0].param("first"), "1");
  EXPECT_EQ(s.issues[0].param("last"), "2");
  EXPECT_EQ(s.summary.header_line, 3u);
  ASSERT_EQ(s.rows.size(), 1u);
  EXPECT_EQ(s.rows[0].row, 4u);
  EXPECT_EQ(s.summary.skipped_empty, 1u);
}

TEST(Sheet, skips_blank_lines_above_the_header_silently) {
  Sheet s =
      read("\r\n\r\nName,Display Phone Number,Email\r\nAda,+49 30 23125001,a@example.com\r\n");
  EXPECT_TRUE(s.issues.empty());
  EXPECT_EQ(s.summary.header_line, 3u);
  EXPECT_EQ(s.summary.skipped_empty, 2u);
}

// ---- values and shapes -------------------------------------------------------

TEST(Sheet, trims_values_including_no_break_and_zero_width_spaces) {
  Sheet s = read(
      "Name,Display Phone Number,Email\n\xC2\xA0"
      "Ada Beispiel\xE2\x80\x8B ,"
      " +49 30 23125001\t,\xE2\x80\xAF"
      "ada@example.com\xEF\xBB\xBF\n");
  ASSERT_EQ(s.rows.size(), 1u);
  EXPECT_EQ(s.cell(0, Column::name), "Ada Beispiel");
  EXPECT_EQ(s.cell(0, Column::phone), "+49 30 23125001");
  EXPECT_EQ(s.cell(0, Column::email), "ada@example.com");
}

TEST(Sheet, drops_spaces_around_a_quoted_field_and_keeps_stray_quotes_literal) {
  Sheet s = read(
      "Name,Display Phone Number,Email\nAda \"Ace\" B., \"+49 30 23125001\" ,"
      "a@example.com\n");
  EXPECT_TRUE(s.issues.empty());
  EXPECT_EQ(s.cell(0, Column::name), "Ada \"Ace\" B.");
  EXPECT_EQ(s.cell(0, Column::phone), "+49 30 23125001");
}

TEST(Sheet, accepts_trailing_empty_fields_and_columns) {
  Sheet s = read("Email;;\r\nada@example.com;;\r\nbruno@example.org;;;;\r\ncarla@example.net\r\n",
                 Flow::cancel, {Column::email});
  EXPECT_TRUE(s.issues.empty());
  EXPECT_EQ(s.summary.delimiter, ';');
  ASSERT_EQ(s.rows.size(), 3u);
  EXPECT_EQ(s.cell(1, Column::email), "bruno@example.org");
}

TEST(Sheet, rejects_a_row_with_an_extra_value_without_shifting) {
  Sheet s = read("Name,Display Phone Number,Email\nBeispiel, Ada,+49 30 23125001,a@example.com\n");
  ASSERT_EQ(s.codes(), std::vector<std::string>{"csv.row.extra_values"});
  EXPECT_EQ(s.issues[0].line, 2u);
  EXPECT_EQ(s.issues[0].param("expected"), "3");
  EXPECT_EQ(s.issues[0].param("found"), "4");
  ASSERT_EQ(s.rows.size(), 1u);
  EXPECT_TRUE(s.rows[0].broken);
  EXPECT_EQ(s.cell(0, Column::name), "Beispiel");  // as written, not shifted
}

TEST(Sheet, rejects_a_row_with_missing_values_without_padding) {
  Sheet s = read(
      "Name,Display Phone Number,Email\nAda,+49 30 23125001\n"
      "Bruno,+49 30 23125002,b@example.org\n");
  ASSERT_EQ(s.codes(), std::vector<std::string>{"csv.row.missing_values"});
  EXPECT_EQ(s.issues[0].row, 2u);
  EXPECT_EQ(s.issues[0].param("found"), "2");
  ASSERT_EQ(s.rows.size(), 2u);
  EXPECT_TRUE(s.rows[0].broken);
  EXPECT_FALSE(s.rows[1].broken);
}

TEST(Sheet, rejects_text_after_a_closing_quote_on_that_row_only) {
  Sheet s = read(
      "Name,Display Phone Number,Email\n\"Ada \"Ace\" B.\",+49 30 23125001,"
      "a@example.com\nBruno,+49 30 23125002,b@example.org\n");
  ASSERT_EQ(s.codes(), std::vector<std::string>{"csv.quote.text_after"});
  EXPECT_EQ(s.issues[0].column, Column::name);
  ASSERT_EQ(s.rows.size(), 2u);
  EXPECT_TRUE(s.rows[0].broken);
  EXPECT_FALSE(s.rows[1].broken);
}

TEST(Sheet, counts_rows_of_records_with_line_breaks_as_one_row) {
  Sheet s = read(
      "Name,Display Phone Number,Email\n\"A\nB\nC\",+49 30 23125001,a@example.com\n"
      "D,+49 30 23125002,d@example.org\n");
  ASSERT_EQ(s.rows.size(), 2u);
  EXPECT_EQ(s.rows[1].line, 5u);
  EXPECT_EQ(s.rows[1].row, 3u);
}

TEST(Sheet, reports_an_unclosed_quote_in_the_last_line) {
  Sheet s = read("Name,Display Phone Number,Email\nAda,+49 30 23125001,\"a@example.com\n");
  ASSERT_EQ(s.codes(), std::vector<std::string>{"csv.unclosed_quote_last_line"});
  EXPECT_EQ(s.issues[0].line, 2u);
  EXPECT_EQ(s.issues[0].column, Column::email);
  EXPECT_TRUE(s.rows.empty());
}

// ---- limits ------------------------------------------------------------------

TEST(Sheet, rejects_a_value_longer_than_the_limit_on_its_cell) {
  SheetSettings settings;
  settings.max_field_chars = 5;
  Sheet s = read(
      "Name,Display Phone Number,Email\n\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9,1,2\n"
      "Adaline,1,2\n",
      Flow::add, kAddRequired, settings);
  ASSERT_EQ(s.codes(), std::vector<std::string>{"csv.field.too_long"});
  EXPECT_EQ(s.issues[0].row, 3u);
  EXPECT_EQ(s.issues[0].column, Column::name);
  EXPECT_EQ(s.issues[0].param("length"), "7");
  EXPECT_FALSE(s.rows[0].broken);
  EXPECT_TRUE(s.rows[1].broken);
}

TEST(Sheet, stops_after_the_maximum_number_of_rows) {
  SheetSettings settings;
  settings.max_rows = 2;
  Sheet s = read("Email\na@example.com\nb@example.com\nc@example.com\nd@example.com\n",
                 Flow::cancel, {Column::email}, settings);
  EXPECT_EQ(s.rows.size(), 2u);
  ASSERT_EQ(s.codes(), std::vector<std::string>{"csv.too_many_rows"});
  EXPECT_FALSE(s.issues[0].row.has_value());
}

TEST(Sheet, refuses_a_file_over_the_byte_limit_before_reading_it) {
  SheetSettings settings;
  settings.max_bytes = 1024 * 1024;
  Sheet s = read(std::string(1024 * 1024 + 1, 'a'), Flow::cancel, {Column::email}, settings);
  ASSERT_EQ(s.codes(), std::vector<std::string>{"csv.too_large"});
  EXPECT_EQ(s.issues[0].param("size"), "1.0");
  EXPECT_EQ(s.issues[0].param("max"), "1.0");
}

TEST(Sheet, stays_fast_on_an_unclosed_quote_in_a_large_file) {
  std::string big = kHeader + "\"Ada";
  for (int i = 0; i < 200000; ++i) big += ",,+49 30 23125001,ada@example.com\r\nAda";
  Sheet s = read(big);
  ASSERT_EQ(s.codes(), std::vector<std::string>{"csv.unclosed_quote"});
  EXPECT_EQ(s.issues[0].line, 2u);
  EXPECT_EQ(s.issues[0].param("last"), "200002");
}

// ---- not CSV -----------------------------------------------------------------

TEST(Sheet, refuses_a_renamed_xlsx_workbook_before_parsing) {
  Sheet s = read_corpus("34-xlsx-renamed.csv");
  ASSERT_EQ(s.codes(), std::vector<std::string>{"csv.not_csv.xlsx"});
  EXPECT_NE(s.issues[0].message().find("CSV UTF-8"), std::string::npos);
  EXPECT_TRUE(s.rows.empty());
}

TEST(Sheet, refuses_other_spreadsheets_documents_and_binaries) {
  auto code = [](std::string bytes) { return read(bytes).codes(); };
  using V = std::vector<std::string>;
  EXPECT_EQ(code(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(100, '\0')),
            V{"csv.not_csv.xls"});
  EXPECT_EQ(code(std::string("PK\x03\x04", 4) + std::string(26, '\0') +
                 "mimetypeapplication/vnd.oasis.opendocument.spreadsheet"),
            V{"csv.not_csv.ods"});
  EXPECT_EQ(code(std::string("PK\x03\x04", 4) + std::string(26, '\0') + "Index/Document.iwa"),
            V{"csv.not_csv.numbers"});
  EXPECT_EQ(code(std::string("PK\x03\x04", 4) + std::string(26, '\0') + "word/document.xml"),
            V{"csv.not_csv.zip"});
  EXPECT_EQ(code("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"), V{"csv.not_csv.pdf"});
  EXPECT_EQ(code("\x89PNG\r\n\x1A\n" + std::string(20, '\0')), V{"csv.not_csv.binary"});
  EXPECT_EQ(code("<?xml version=\"1.0\"?>\n<Workbook>"), V{"csv.not_csv.markup"});
  EXPECT_EQ(code("\xEF\xBB\xBF<html><table><tr><td>Name</td></tr></table>"),
            V{"csv.not_csv.markup"});
}

// ---- encodings through read_sheet -------------------------------------------

TEST(Sheet, reads_utf16le_tab_separated_unicode_text) {
  Sheet s = read_corpus("05-utf16le-tab-unicode-text.csv");
  EXPECT_TRUE(s.issues.empty());
  EXPECT_EQ(s.summary.encoding, Encoding::utf16le);
  EXPECT_EQ(s.summary.delimiter, '\t');
  ASSERT_EQ(s.rows.size(), 3u);
  EXPECT_EQ(s.cell(0, Column::name), "J\xC3\xBCrgen Testmann");
  EXPECT_EQ(s.cell(1, Column::name),
            "\xC3\x87"
            "a\xC4\x9Fla \xC3\x96rnek");
  EXPECT_EQ(s.cell(2, Column::name), "Zo\xC3\xAB Sample");
  EXPECT_EQ(s.cell(2, Column::email), "zoe.sample@example.net");
}

TEST(Sheet, reads_windows1252_with_one_file_level_warning) {
  Sheet s = read_corpus("06-cp1252-accents.csv");
  ASSERT_EQ(s.codes(), std::vector<std::string>{"csv.encoding.windows1252"});
  EXPECT_FALSE(s.issues[0].line.has_value());
  EXPECT_EQ(s.summary.encoding, Encoding::windows1252);
  ASSERT_EQ(s.rows.size(), 4u);
  EXPECT_EQ(s.cell(0, Column::name), "Chlo\xC3\xA9 Exemple");
  EXPECT_EQ(s.cell(1, Column::name), "J\xC3\xBCrgen Testmann");
  EXPECT_EQ(s.cell(2, Column::name), "Fran\xC3\xA7ois Essai");
  EXPECT_EQ(s.cell(3, Column::name),
            "Ren\xC3\xA9"
            "e M\xC3\xBCller-Probe");
}

TEST(Sheet, warns_once_about_double_encoded_text_with_the_repair) {
  Sheet s = read(
      "Name,Display Phone Number,Email\nChlo\xC3\x83\xC2\xA9 Exemple,1,c@example.com\n"
      "J\xC3\x83\xC2\xBCrgen,2,j@example.com\n");
  ASSERT_EQ(s.codes(), std::vector<std::string>{"csv.encoding.double_encoded"});
  EXPECT_EQ(s.issues[0].param("example"), "Chlo\xC3\x83\xC2\xA9");
  EXPECT_EQ(s.issues[0].param("repaired"), "Chlo\xC3\xA9");
  EXPECT_EQ(s.cell(0, Column::name), "Chlo\xC3\x83\xC2\xA9 Exemple");  // repair is proposed only
}

// Real accented letters above the damaged word are passed over, and a word
// that has a pair but does not repair (â then a no-break space: E2 A0 x is
// not UTF-8) does not end the search.
TEST(Sheet, finds_the_double_encoded_word_below_real_accents) {
  Sheet s = read(
      "Name,Display Phone Number,Email\nChlo\xC3\xA9 Exemple,1,c@example.com\n"
      "\xC3\xA2\xC2\xA0x Probe,2,x@example.com\n"
      "J\xC3\x83\xC2\xBCrgen,3,j@example.com\n");
  ASSERT_EQ(s.codes(), std::vector<std::string>{"csv.encoding.double_encoded"});
  EXPECT_EQ(s.issues[0].param("example"), "J\xC3\x83\xC2\xBCrgen");
  EXPECT_EQ(s.issues[0].param("repaired"), "J\xC3\xBCrgen");
}

// Both hints come from one pass: a U+FFFD above the damaged word, and one
// inside a word that does not repair, are each seen.
TEST(Sheet, warns_about_a_replacement_character_and_double_encoding_in_any_order) {
  Sheet s = read(
      "Name,Display Phone Number,Email\nAda \xEF\xBF\xBD,1,a@example.com\n"
      "Chlo\xC3\x83\xC2\xA9 Exemple,2,c@example.com\n");
  EXPECT_EQ(s.codes(), (std::vector<std::string>{"csv.encoding.double_encoded",
                                                 "csv.encoding.replacement_char"}));
  Sheet t = read(
      "Name,Display Phone Number,Email\n\xC3\xA2\xC2\xA0\xEF\xBF\xBD x,1,a@example.com\n");
  EXPECT_EQ(t.codes(), std::vector<std::string>{"csv.encoding.replacement_char"});
}

TEST(Sheet, drops_a_double_encoded_bom_before_the_header) {
  Sheet s = read(
      "\xC3\xAF\xC2\xBB\xC2\xBF"
      "Email\nada@example.com\n",
      Flow::cancel, {Column::email});
  EXPECT_TRUE(s.issues.empty());
  EXPECT_EQ(s.rows.size(), 1u);
}

// The UTF-8 test finds where the hints start, counting from after the BOM
// it removes; a mangled BOM removed after it moves the text, and the hints
// are then searched for again.
TEST(Sheet, text_hints_after_a_bom_and_after_a_mangled_one) {
  const std::string body =
      "Name,Display Phone Number,Email\nAda \xEF\xBF\xBD,1,a@example.com\n"
      "\xC3\xA2\xC2\xA0x Probe,2,x@example.com\nJ\xC3\x83\xC2\xBCrgen,3,j@example.com\n";
  for (const std::string lead : {"", "\xEF\xBB\xBF", "\xEF\xBB\xBF\xEF\xBB\xBF",
                                 "\xC3\xAF\xC2\xBB\xC2\xBF"}) {
    Sheet s = read(lead + body);
    ASSERT_EQ(s.codes(), (std::vector<std::string>{"csv.encoding.double_encoded",
                                                   "csv.encoding.replacement_char"}))
        << lead.size();
    EXPECT_EQ(s.issues[0].param("example"), "J\xC3\x83\xC2\xBCrgen") << lead.size();
  }
  // Without either, neither.
  EXPECT_TRUE(read("\xC3\xAF\xC2\xBB\xC2\xBFName,Display Phone Number,Email\n"
                   "Chlo\xC3\xA9 Exemple,1,c@example.com\n")
                  .issues.empty());
}

// ---- CsvReader and write_csv -------------------------------------------------

std::vector<Record> records_of(std::string_view text, char delimiter) {
  std::vector<Record> out;
  CsvReader reader(text, delimiter);
  Record r;
  while (reader.next(r)) out.push_back(r);
  return out;
}

TEST(CsvReader, numbers_records_by_the_physical_line_where_they_start) {
  auto rs = records_of("a,\"b\r\nc\rd\ne\"\r\nx,y\n", ',');
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[0].fields, (std::vector<std::string>{"a", "b\r\nc\rd\ne"}));
  EXPECT_EQ(rs[1].line, 5u);
}

TEST(CsvReader, reports_the_line_and_field_where_an_unclosed_quote_opened) {
  CsvReader reader("a,b\n\"x\ny\",\"z\nw\n\n", ',');
  Record r;
  EXPECT_TRUE(reader.next(r));
  EXPECT_FALSE(reader.next(r));
  EXPECT_TRUE(reader.failed());
  EXPECT_EQ(reader.failed_line(), 3u);
  EXPECT_EQ(reader.failed_field(), 1u);
  EXPECT_EQ(reader.failed_record_line(), 2u);
  EXPECT_EQ(reader.last_line(), 5u);
  EXPECT_FALSE(reader.next(r));
}

TEST(CsvReader, gives_an_empty_final_field_after_a_trailing_delimiter) {
  auto rs = records_of("a;b;\n", ';');
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].fields, (std::vector<std::string>{"a", "b", ""}));
}

TEST(WriteCsv, quotes_every_field_doubles_quotes_and_neutralizes_formulas) {
  std::string out = write_csv({{"Name", "Email"}, {"=1+2", "a\"b"}, {"+49 30", "@x"}});
  EXPECT_EQ(out,
            "\xEF\xBB\xBF\"Name\",\"Email\"\r\n\"'=1+2\",\"a\"\"b\"\r\n\"'+49 30\",\"'@x\"\r\n");
  EXPECT_EQ(write_csv({{"-1", "\tx"}}, ';', false), "\xEF\xBB\xBF\"-1\";\"\tx\"\r\n");
}

TEST(WriteCsv, names_delimiters_for_messages) {
  EXPECT_EQ(delimiter_name(';'), "semicolon");
  EXPECT_EQ(delimiter_name('\t'), "tab");
}

}  // namespace
}  // namespace licenseform
