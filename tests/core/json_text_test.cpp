// Issues and agents are written as JSON text directly (JsonText,
// write_json): the pages of a CSV session are that text, and to_json parses
// it. The text must be what nlohmann's dump() would write for the same
// value (keys in order, escapes, numbers), and hold what the interface
// (docs/engine-api.md) says an issue and an agent hold.
#include "../../core/src/json_text.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "licenseform/api.hpp"
#include "licenseform/session.hpp"
#include "test_data.hpp"

namespace licenseform {
namespace {

using api::json;

std::string written(const Issue& issue, Lang lang) {
  JsonText out;
  api::write_json(issue, lang, out);
  return out.take();
}

std::string written(const Agent& agent, Flow flow, Lang lang) {
  JsonText out;
  api::write_json(agent, flow, Policy{}, lang, out);
  return out.take();
}

TEST(JsonText, escapes_every_byte_as_dump_does) {
  std::string all;
  for (int c = 1; c < 0x80; ++c) all += static_cast<char>(c);
  all += std::string("\0", 1);
  const std::vector<std::string> texts = {"",
                                          "plain",
                                          "\"quoted\" \\ back",
                                          all,
                                          "Chlo\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80",
                                          "broken \xC3 utf-8 \xFF\xFE",
                                          "\xED\xA0\x80 surrogate",
                                          "tail\x1F"};
  for (const std::string& t : texts) {
    JsonText out;
    out.string(t);
    EXPECT_EQ(out.text(), json(t).dump(-1, ' ', false, json::error_handler_t::replace)) << t;
  }
  for (std::size_t n : {0ul, 7ul, 10ul, 99ul, 4294967295ul, 18446744073709551615ul}) {
    JsonText out;
    out.number(n);
    EXPECT_EQ(out.text(), json(n).dump());
  }
}

// Plain words are passed over eight bytes at a time: a byte to escape, a
// character beyond ASCII or a broken one at every place of a longer text,
// next to bytes just past the ones that are escaped, reads as dump() has it.
TEST(JsonText, escapes_a_byte_at_every_place_of_a_long_text) {
  const std::string plain = "Billing ends 2027-01-31, notice of 30 days";
  for (const std::string special : {"\x01", "\x1F", " ", "!", "\"", "#", "[", "\\", "]", "\x7F",
                                    "\xC3\xA9", "\xE2\x80\x99", "\xFF", "\xC3"}) {
    for (std::size_t at = 0; at <= plain.size(); ++at) {
      const std::string t = plain.substr(0, at) + special + plain.substr(at);
      JsonText out;
      out.string(t);
      ASSERT_EQ(out.text(), json(t).dump(-1, ' ', false, json::error_handler_t::replace)) << at;
    }
  }
}

// parse_json_text runs nlohmann's parser with its DOM handler directly
// (detail classes, not its public interface): it must answer as
// json::parse(text, nullptr, false) does, which a new nlohmann could change.
TEST(JsonText, parses_as_json_parse_does) {
  const std::vector<std::string> texts = {"",
                                          " ",
                                          "{}",
                                          "[]",
                                          "null",
                                          "true",
                                          "0",
                                          "-0",
                                          "1e400",
                                          "18446744073709551615",
                                          "18446744073709551616",
                                          "-9223372036854775809",
                                          "1.5e-7",
                                          "\"caf\xC3\xA9\"",
                                          "\"\\ud83d\\ude00\"",
                                          "\"\\ud800\"",
                                          "\"\xFF\"",
                                          "{\"a\":1,\"a\":2}",
                                          "[1,2,]",
                                          "{\"a\":1}x",
                                          "{\"a\":1} ",
                                          "[[[[[[[[[[1]]]]]]]]]]",
                                          "/* c */ 1",
                                          "\xEF\xBB\xBF{}",
                                          "{\"a\":[1,{\"b\":null}]}",
                                          "tru",
                                          "\"unclosed",
                                          "{\"k\" 1}"};
  for (const std::string& t : texts) {
    const json expected = json::parse(t, nullptr, false);
    const json got = parse_json_text(t);
    EXPECT_EQ(got.is_discarded(), expected.is_discarded()) << t;
    if (!expected.is_discarded()) EXPECT_EQ(got.dump(), expected.dump()) << t;
  }
}

TEST(JsonText, writes_an_issue_with_its_keys_and_params_in_order) {
  Issue dup = make_issue(Severity::error, "order.duplicate_email",
                         {{"firstRow", "7"}, {"firstLine", "8"}}, Column::email);
  dup.line = 12;
  dup.row = 11;
  EXPECT_EQ(written(dup, Lang::en),
            "{\"code\":\"order.duplicate_email\",\"column\":\"email\",\"line\":12,"
            "\"message\":\"This email address is already in row 7. Each agent needs their own "
            "email address\",\"params\":{\"firstLine\":\"8\",\"firstRow\":\"7\"},\"row\":11,"
            "\"severity\":\"error\"}");
  // Keys out of order and repeated (the last wins), text to escape, no
  // place in the file.
  const Issue odd =
      make_issue(Severity::warning, "no.such.code", {{"z", "1"}, {"a", "\"\t\x01"}, {"z", "2"}});
  EXPECT_EQ(written(odd, Lang::de),
            "{\"code\":\"no.such.code\",\"column\":null,\"line\":null,\"message\":"
            "\"no.such.code\",\"params\":{\"a\":\"\\\"\\t\\u0001\",\"z\":\"2\"},\"row\":null,"
            "\"severity\":\"warning\"}");
  EXPECT_EQ(api::to_json(odd, Lang::de)["params"]["z"], "2");
}

TEST(JsonText, writes_an_agent_with_its_billing_in_both_flows) {
  Agent a;
  a.line = 2;
  a.row = 2;
  a.name = "Ada \"Beispiel\"";
  a.email = "ada@example.com";
  EXPECT_EQ(written(a, Flow::add, Lang::en),
            "{\"billingEnd\":null,\"cancellationDate\":null,\"earliest\":null,"
            "\"email\":\"ada@example.com\",\"line\":2,\"name\":\"Ada \\\"Beispiel\\\"\","
            "\"phone\":null,\"reason\":null,\"row\":2}");
  const Day today = *parse_iso_date("2026-12-03");
  a.line = 0;
  a.phone = "+493023125001";
  a.cancellation_date = *parse_iso_date("2026-12-10");
  a.billing = billing_end(today, a.cancellation_date, Policy{});
  const std::string add = written(a, Flow::add, Lang::en);
  EXPECT_EQ(add.substr(0, 77),
            "{\"billingEnd\":\"2027-01-31\",\"cancellationDate\":\"2026-12-10\",\"earliest\":"
            "\"2027-0");
  const json parsed = json::parse(add);
  EXPECT_EQ(parsed.dump(), add);  // keys in the order dump() puts them
  EXPECT_EQ(parsed["line"], nullptr);
  EXPECT_EQ(parsed["phone"], "+493023125001");
  EXPECT_EQ(parsed["requestedBeforeEarliest"], true);
  EXPECT_FALSE(parsed["reasonCode"].get<std::string>().empty());
  EXPECT_FALSE(parsed["reason"].get<std::string>().empty());
  const json cancel = json::parse(written(a, Flow::cancel, Lang::de));
  EXPECT_FALSE(cancel.contains("name"));
  EXPECT_FALSE(cancel.contains("phone"));
  EXPECT_FALSE(cancel.contains("cancellationDate"));
  EXPECT_EQ(cancel["billingEnd"], "2027-01-31");
  EXPECT_EQ(cancel.dump(), written(a, Flow::cancel, Lang::de));
}

// Every page of every corpus file, in both flows and languages: JSON in the
// form dump() gives, with the page's offset and total.
TEST(JsonText, pages_of_the_corpus_are_json_in_the_form_dump_gives) {
  std::size_t pages = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::corpus_path("csv"))) {
    if (entry.path().extension() != ".csv") continue;
    const std::string bytes = testing::read_bytes(entry.path().string());
    for (const char* flow : {"add", "cancel"}) {
      for (const char* lang : {"en", "de"}) {
        api::CsvSession s({{"flow", flow},
                           {"licenseType", "agent-id-bria"},
                           {"today", "2026-12-03"},
                           {"lang", lang},
                           {"temporary", true}});
        s.append(bytes);
        (void)s.finish();
        for (const json& q :
             {json{{"offset", 0}, {"limit", 500}}, json{{"offset", 1}, {"limit", 2}},
              json{{"offset", 3}, {"limit", 100}, {"severity", "error"}}}) {
          // In the form dump() gives: keys in order, nothing between them.
          const std::string text = s.issues_text(q);
          EXPECT_EQ(text, json::parse(text).dump()) << entry.path() << " " << flow;
          const std::string agents = s.agents_text(q);
          EXPECT_EQ(agents, json::parse(agents).dump()) << entry.path();
          pages += 2;
        }
      }
    }
  }
  EXPECT_GT(pages, 200u);
}

}  // namespace
}  // namespace licenseform
