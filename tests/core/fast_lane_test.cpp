// The fast lanes of a CSV check give what the careful paths give. Lines
// without a quote are split in one pass (CsvReader::next_plain, which the
// sheet reader tries first for every record, into an array of views); a
// line it leaves is read by next(). Reading with next() alone must give
// the same records.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "licenseform/csv.hpp"

namespace licenseform {
namespace {

struct Read {
  std::vector<std::vector<std::string>> records;
  std::vector<std::size_t> lines;
  bool failed = false;
  std::size_t failed_line = 0, last_line = 0;
};

// plain_room 0: next() alone, copying fields. Otherwise next_plain() into
// that many views first, as the sheet reader does, then a views-only next().
Read read_all(std::string_view text, char delimiter, bool views_only,
              std::size_t plain_room = 16) {
  CsvReader csv(text, delimiter, 1);
  if (views_only) csv.views_only();
  Read out;
  Record r;
  std::vector<std::string_view> plain(plain_room);
  for (;;) {
    std::vector<std::string> fields;
    std::size_t line = 0;
    if (const std::size_t n = views_only ? csv.next_plain(plain.data(), plain_room, line) : 0) {
      fields.assign(plain.begin(), plain.begin() + static_cast<std::ptrdiff_t>(n));
    } else if (csv.next(r)) {
      line = r.line;
      for (std::size_t i = 0; i < r.fields.size(); ++i) {
        fields.emplace_back(views_only ? r.views[i] : std::string_view(r.fields[i]));
      }
    } else {
      break;
    }
    out.records.push_back(std::move(fields));
    out.lines.push_back(line);
  }
  out.failed = csv.failed();
  out.failed_line = csv.failed_line();
  out.last_line = csv.last_line();
  return out;
}

// Texts made of the pieces that decide where fields and lines end.
std::string random_text(std::mt19937& rng, char delimiter) {
  const std::vector<std::string> pieces = {
      "Ada", "B\xC3\xBC", " ", "\t", "", "x@example.com", "+49 30 23125000", "\"", "\"q\"",
      "\"a,b\"", "\"\"", "'", std::string(1, delimiter), std::string(1, delimiter),
      "\n", "\r\n", "\r", "0123456789abcdef0123", ";", ",", "|"};
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 60);
  std::string text;
  for (int n = length(rng); n > 0; --n) text += pieces[pick(rng)];
  return text;
}

TEST(FastLane, plain_lines_read_as_the_field_by_field_reader_reads_them) {
  std::mt19937 rng(20261203);
  // 'a' and '0': a "sep=" line may declare any delimiter, also one that is
  // a letter or a digit of the text.
  for (char delimiter : {',', ';', '\t', '|', '\0', 'a', '0'}) {
    for (int i = 0; i < 4000; ++i) {
      const std::string text = random_text(rng, delimiter == '\0' ? ',' : delimiter);
      const Read careful = read_all(text, delimiter, false);
      // Room for 2 views sends most lines of these texts back to next().
      for (std::size_t room : {16, 2}) {
        const Read fast = read_all(text, delimiter, true, room);
        ASSERT_EQ(fast.records, careful.records) << "text: " << text;
        ASSERT_EQ(fast.lines, careful.lines) << "text: " << text;
        ASSERT_EQ(fast.failed, careful.failed) << "text: " << text;
        ASSERT_EQ(fast.failed_line, careful.failed_line) << "text: " << text;
        ASSERT_EQ(fast.last_line, careful.last_line) << "text: " << text;
      }
    }
  }
}

TEST(FastLane, a_plain_line_is_split_at_every_delimiter_and_keeps_its_spaces) {
  const Read r = read_all(" Ada Beispiel ,,x@example.com\r\nB;c\n", ',', true);
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[0], (std::vector<std::string>{" Ada Beispiel ", "", "x@example.com"}));
  EXPECT_EQ(r.records[1], (std::vector<std::string>{"B;c"}));
  EXPECT_EQ(r.lines, (std::vector<std::size_t>{1, 2}));
}

TEST(FastLane, a_line_with_a_quote_anywhere_is_read_field_by_field) {
  const Read r = read_all("a,\"b,c\",d\ne,f\"g\n", ',', true);
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[0], (std::vector<std::string>{"a", "b,c", "d"}));
  EXPECT_EQ(r.records[1], (std::vector<std::string>{"e", "f\"g"}));
}

// The plain lane takes every stop of an eight-byte word from one mask:
// each byte that ends a field or a line, or holds a quote, at every place
// around the words, and bytes that only look like one in their low seven
// bits (UTF-8 continuation bytes) or sit below CR without ending anything
// (tab, NUL, vertical tab), stay text.
TEST(FastLane, every_byte_that_stops_or_only_looks_like_it_at_every_place) {
  const std::string specials[] = {",", ";", "\"", "\r", "\n", "\r\n", "\t", std::string(1, '\0'),
                                  "\x0B", "\x0C", "\x8A", "\x8D", "\xA2", "\xAC", "\xBB"};
  for (char delimiter : {',', ';', '\t', '\0', 'a', 'b'}) {
    for (const std::string& special : specials) {
      for (std::size_t before = 0; before < 20; ++before) {
        for (std::size_t after : {0, 1, 7, 8, 9}) {
          const std::string text = std::string(before, 'a') + special + std::string(after, 'b') +
                                   ",c\nd" + special + "e\n";
          const Read careful = read_all(text, delimiter, false);
          const Read fast = read_all(text, delimiter, true);
          ASSERT_EQ(fast.records, careful.records) << "before " << before << " after " << after;
          ASSERT_EQ(fast.lines, careful.lines) << "before " << before << " after " << after;
          ASSERT_EQ(fast.failed, careful.failed) << "before " << before << " after " << after;
        }
      }
    }
  }
}

TEST(FastLane, a_plain_line_with_more_fields_than_room_is_left_to_next) {
  CsvReader csv("a,b,c\nd,e\n", ',', 1);
  csv.views_only();
  std::string_view plain[2];
  std::size_t line = 0;
  EXPECT_EQ(csv.next_plain(plain, 2, line), 0u);  // three fields: nothing read
  Record r;
  ASSERT_TRUE(csv.next(r));
  EXPECT_EQ(r.views, (std::vector<std::string_view>{"a", "b", "c"}));
  ASSERT_EQ(csv.next_plain(plain, 2, line), 2u);
  EXPECT_EQ(plain[0], "d");
  EXPECT_EQ(plain[1], "e");
  EXPECT_EQ(line, 2u);
  EXPECT_EQ(csv.next_plain(plain, 2, line), 0u);  // the end
}

TEST(FastLane, many_fields_in_one_word_are_each_split) {
  const Read r = read_all(",,a,,b,c,,\n,,,,,,,,,\n", ',', true);
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[0], (std::vector<std::string>{"", "", "a", "", "b", "c", "", ""}));
  EXPECT_EQ(r.records[1], std::vector<std::string>(10, ""));
}

// The sheet reader takes the plain lane for lines of up to 16 fields and
// next() for wider ones: a row's cells must not depend on which one read it.
TEST(FastLane, rows_wider_than_the_plain_lane_give_the_same_cells) {
  auto cells_of = [](std::size_t extra_columns) {
    std::string extra;
    for (std::size_t i = 0; i < extra_columns; ++i) extra += ",Note " + std::to_string(i);
    std::string text = "Name,Cancellation Date,Display Phone Number,Email" + extra + "\n";
    std::string blanks(extra_columns, ',');
    text += " Ada Beispiel ,,+49 30 23125001,ada@example.com" + blanks + "\n";
    text += "Bruno,\"2027-01-31\",030 23125002,bruno@example.com" + blanks + "\r\n";
    text += blanks + ",,,\n";  // blank: skipped
    text += "Carla,,,carla@example.com\n";  // stops before the extra columns: they are blank
    std::vector<Issue> issues;
    std::vector<std::vector<std::string>> rows;
    (void)read_sheet(text, Flow::add, {Column::name, Column::email}, {}, issues,
                     [&](const SheetRow& r) {
                       std::vector<std::string> row{std::to_string(r.line), std::to_string(r.row)};
                       for (std::string_view c : r.cells) row.emplace_back(c);
                       rows.push_back(std::move(row));
                     });
    std::vector<std::string> codes;
    for (const Issue& i : issues) codes.push_back(i.code);
    return std::make_pair(rows, codes);
  };
  const auto narrow = cells_of(0);
  ASSERT_EQ(narrow.first.size(), 3u);
  EXPECT_EQ(narrow.first[0], (std::vector<std::string>{"2", "2", "Ada Beispiel", "",
                                                       "+49 30 23125001", "ada@example.com"}));
  EXPECT_EQ(narrow.first[2][0], "5");
  for (std::size_t extra : {12, 13, 20}) {
    const auto wide = cells_of(extra);
    EXPECT_EQ(wide.first, narrow.first) << extra << " extra columns";
  }
}

}  // namespace
}  // namespace licenseform
