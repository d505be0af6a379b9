// The pages of a CSV session are written as JSON text directly (JsonText,
// write_json); the JSON tree of api::to_json stays their definition. Both
// must give the same bytes for every issue and agent of the corpus, for
// text that needs escaping, in both languages and both flows.
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
  const std::vector<std::string> texts = {
      "", "plain", "\"quoted\" \\ back", all, "Chlo\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80",
      "broken \xC3 utf-8 \xFF\xFE", "\xED\xA0\x80 surrogate", "tail\x1F"};
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

TEST(JsonText, writes_an_issue_as_its_json_tree_dumps) {
  std::vector<Issue> issues = {
      make_issue(Severity::error, "email.missing_at", {}, Column::email),
      make_issue(Severity::warning, "name.double_encoded", {{"suggestion", "Chlo\xC3\xA9"}},
                 Column::name),
      make_issue(Severity::error, "order.duplicate_email",
                 {{"firstRow", "7"}, {"firstLine", "8"}}, Column::email),
      // Keys out of order and repeated: the map sorts them, the last wins.
      make_issue(Severity::error, "csv.row.extra_values",
                 {{"found", "9"}, {"expected", "4"}, {"found", "5"}, {"delimiter", "\";\"\n"}}),
      make_issue(Severity::info, "no.such.code", {{"x", "\t\x01"}}),
  };
  issues[0].line = 12;
  issues[0].row = 11;
  issues[2].row = 3;
  for (const Issue& i : issues) {
    for (Lang lang : {Lang::en, Lang::de}) {
      EXPECT_EQ(written(i, lang), api::to_json(i, lang).dump()) << i.code;
    }
  }
}

TEST(JsonText, writes_an_agent_as_its_json_tree_dumps) {
  Agent plain;
  plain.line = 2;
  plain.row = 2;
  plain.name = "Ada \"Beispiel\"";
  plain.email = "ada@example.com";
  Agent billed = plain;
  billed.line = 0;
  billed.phone = "+493023125001";
  const Day today = *parse_iso_date("2026-12-03");
  for (const char* date : {"2026-12-10", "2027-03-31"}) {
    billed.cancellation_date = *parse_iso_date(date);
    billed.billing = billing_end(today, billed.cancellation_date, Policy{});
    for (Flow flow : {Flow::add, Flow::cancel}) {
      for (Lang lang : {Lang::en, Lang::de}) {
        for (const Agent* a : {&plain, &billed}) {
          EXPECT_EQ(written(*a, flow, lang), api::to_json(*a, flow, Policy{}, lang).dump());
        }
      }
    }
  }
}

// Every issue and agent the corpus gives, written and as a tree dumped.
TEST(JsonText, every_issue_and_agent_of_the_corpus_is_its_tree_dumped) {
  std::size_t issues = 0, agents = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::corpus_path("csv"))) {
    if (entry.path().extension() != ".csv") continue;
    const std::string bytes = testing::read_bytes(entry.path().string());
    for (Flow flow : {Flow::add, Flow::cancel}) {
      OrderOptions o;
      o.flow = flow;
      o.temporary = true;
      o.today = *parse_iso_date("2026-12-03");
      const CheckResult r = check_csv(bytes, o);
      for (Lang lang : {Lang::en, Lang::de}) {
        for (const Issue& i : r.issues) {
          ASSERT_EQ(written(i, lang), api::to_json(i, lang).dump()) << entry.path();
          ++issues;
        }
        for (const Agent& a : r.agents) {
          ASSERT_EQ(written(a, flow, lang), api::to_json(a, flow, Policy{}, lang).dump());
          ++agents;
        }
      }
    }
  }
  EXPECT_GT(issues, 100u);
  EXPECT_GT(agents, 20u);
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
        api::CsvSession s({{"flow", flow}, {"licenseType", "agent-id-bria"},
                           {"today", "2026-12-03"}, {"lang", lang}, {"temporary", true}});
        s.append(bytes);
        (void)s.finish();
        for (const json& q : {json{{"offset", 0}, {"limit", 500}}, json{{"offset", 1}, {"limit", 2}},
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
