#include "licenseform/order.hpp"

#include <gtest/gtest.h>

#include "licenseform/session.hpp"

#include <algorithm>
#include <initializer_list>

namespace licenseform {
namespace {

OrderOptions add_options(bool temporary = false,
                         LicenseType license = LicenseType::agent_id_bria) {
  OrderOptions o;
  o.flow = Flow::add;
  o.license = license;
  o.temporary = temporary;
  o.today = *parse_iso_date("2026-12-03");
  return o;
}

OrderOptions cancel_options() {
  OrderOptions o = add_options();
  o.flow = Flow::cancel;
  return o;
}

RawAgent ada() { return {"Ada Beispiel", "", "+49 30 23125001", "ada.beispiel@example.com"}; }
RawAgent bruno() { return {"Bruno Muster", "", "+49 30 23125002", "bruno.muster@example.org"}; }

bool has_code(const std::vector<Issue>& issues, std::string_view code) {
  return std::any_of(issues.begin(), issues.end(), [&](const Issue& i) { return i.code == code; });
}

TEST(Order, accepts_a_typed_agent_and_normalizes_the_phone_number) {
  RowResult r = check_agent(ada(), add_options());
  ASSERT_TRUE(r.agent.has_value());
  EXPECT_EQ(r.agent->name, "Ada Beispiel");
  EXPECT_EQ(r.agent->phone, "+493023125001");
  EXPECT_EQ(r.agent->email, "ada.beispiel@example.com");
  EXPECT_FALSE(r.agent->billing.has_value());
}

TEST(Order, requires_the_phone_number_for_agent_id_and_bria_only) {
  RawAgent raw = ada();
  raw.phone.clear();
  RowResult bria = check_agent(raw, add_options(false, LicenseType::agent_id_bria));
  EXPECT_FALSE(bria.agent.has_value());
  ASSERT_EQ(bria.issues.size(), 1u);
  EXPECT_EQ(bria.issues[0].code, "phone.required");
  EXPECT_EQ(bria.issues[0].column, Column::phone);
  EXPECT_TRUE(check_agent(raw, add_options(false, LicenseType::agent_id)).agent.has_value());
}

TEST(Order, requires_a_cancellation_date_for_temporary_agents) {
  RowResult r = check_agent(ada(), add_options(true));
  EXPECT_FALSE(r.agent.has_value());
  EXPECT_TRUE(has_code(r.issues, "date.required"));
}

TEST(Order, gives_a_temporary_agent_the_billing_end_of_the_policy) {
  RawAgent raw = ada();
  raw.cancellation_date = "2027-01-31";
  RowResult r = check_agent(raw, add_options(true));
  ASSERT_TRUE(r.agent.has_value());
  ASSERT_TRUE(r.agent->billing.has_value());
  EXPECT_EQ(format_iso_date(r.agent->billing->billing_end), "2027-01-31");
  EXPECT_TRUE(r.issues.empty());
}

TEST(Order, warns_when_the_requested_date_lies_inside_the_notice_period) {
  RawAgent raw = ada();
  raw.cancellation_date = "2026-12-10";
  RowResult r = check_agent(raw, add_options(true));
  ASSERT_TRUE(r.agent.has_value());
  EXPECT_EQ(format_iso_date(r.agent->billing->billing_end), "2027-01-31");
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].code, "policy.requested_before_earliest");
  EXPECT_EQ(r.issues[0].severity, Severity::warning);
  EXPECT_EQ(r.issues[0].message(),
            "The agent can stop on 10 December 2026, but with 30 days' notice billing runs "
            "until 31 January 2027");
}

// Billing ends are kept by day within a check, 64 places by the day's
// number: days 64 apart share a place, and each row still gets its own
// day's billing end (the first two fall inside the notice period).
TEST(Order, rows_whose_days_share_a_place_each_get_their_own_billing_end) {
  const char* dates[] = {"2026-12-10", "2027-02-12", "2026-12-10", "2027-04-17",
                         "2027-02-12", "2027-06-20", "2027-04-17", "2027-06-20"};
  std::vector<RawAgent> rows;
  for (std::size_t i = 0; i < std::size(dates); ++i) {
    RawAgent r = ada();
    r.cancellation_date = dates[i];
    r.email = "agent." + std::to_string(i) + "@example.com";
    rows.push_back(r);
  }
  const OrderOptions o = add_options(true);
  const CheckResult result = check_manual(rows, o);
  ASSERT_EQ(result.agents.size(), rows.size());
  std::size_t i = 0;
  for (const Agent& a : result.agents) {
    const Day day = *parse_iso_date(dates[i++]);
    ASSERT_TRUE(a.billing.has_value());
    const BillingEnd expected = billing_end(o.today, day, o.policy);
    EXPECT_EQ(a.billing->billing_end, expected.billing_end) << dates[i - 1];
    EXPECT_EQ(a.billing->requested, std::optional<Day>(day));
  }
  std::size_t warnings = 0;
  for (const Issue& issue : result.issues) {
    warnings += issue.code == "policy.requested_before_earliest";
    if (issue.code == "policy.requested_before_earliest") {
      EXPECT_TRUE(issue.row == 1u || issue.row == 3u) << *issue.row;
    }
  }
  EXPECT_EQ(warnings, 2u);
}

TEST(Order, refuses_a_cancellation_date_before_today) {
  RawAgent raw = ada();
  raw.cancellation_date = "2026-12-02";
  RowResult r = check_agent(raw, add_options(true));
  EXPECT_FALSE(r.agent.has_value());
  ASSERT_FALSE(r.issues.empty());
  EXPECT_EQ(r.issues[0].column, Column::cancellation_date);
}

TEST(Order, gives_every_cancelled_agent_a_billing_end) {
  RawAgent raw;
  raw.email = "ada.beispiel@example.com";
  RowResult r = check_agent(raw, cancel_options());
  ASSERT_TRUE(r.agent.has_value());
  EXPECT_EQ(format_iso_date(r.agent->billing->billing_end), "2027-01-31");
}

TEST(Order, checks_only_the_email_when_cancelling) {
  RawAgent raw{"=cmd", "not a date", "abc", "ada.beispiel@example.com"};
  EXPECT_TRUE(check_agent(raw, cancel_options()).agent.has_value());
}

TEST(Order, reports_typed_rows_by_their_row_on_the_page) {
  RawAgent bad = bruno();
  bad.email = "bruno@";
  CheckResult r = check_manual({ada(), bad}, add_options());
  EXPECT_FALSE(r.valid);
  ASSERT_EQ(r.agents.size(), 1u);
  EXPECT_EQ(r.agents[0].row, 1u);
  ASSERT_FALSE(r.issues.empty());
  EXPECT_EQ(r.issues[0].row, 2u);
  EXPECT_FALSE(r.issues[0].line.has_value());
  EXPECT_EQ(r.rows_refused, 1u);
}

TEST(Order, refuses_more_than_ten_typed_rows) {
  std::vector<RawAgent> rows;
  for (int i = 0; i < 11; ++i) {
    RawAgent a = ada();
    a.email = "agent" + std::to_string(i) + "@example.com";
    rows.push_back(a);
  }
  CheckResult r = check_manual(rows, add_options());
  EXPECT_FALSE(r.valid);
  EXPECT_TRUE(has_code(r.issues, "order.too_many_manual_rows"));
  rows.pop_back();
  EXPECT_TRUE(check_manual(rows, add_options()).valid);
}

TEST(Order, refuses_a_duplicate_email_ignoring_case_and_names_the_first_row) {
  RawAgent twin = bruno();
  twin.email = "ADA.Beispiel@Example.com";
  CheckResult r = check_manual({ada(), twin}, add_options());
  EXPECT_FALSE(r.valid);
  ASSERT_EQ(r.agents.size(), 1u);
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].code, "order.duplicate_email_case");
  EXPECT_EQ(r.issues[0].row, 2u);
  EXPECT_EQ(r.issues[0].param("firstRow"), "1");
}

// Duplicates are found after every row is checked: their issues still come
// in row order, each after its row's own, and a refused duplicate keeps the
// values as typed.
TEST(Order, a_duplicate_is_issued_in_its_rows_place_after_the_rows_own_issues) {
  RawAgent twin = ada();
  twin.email = " Ada.Beispiel@EXAMPLE.com ";
  twin.phone = "12";
  RawAgent again = ada();
  RawAgent badly_named = bruno();
  badly_named.name = "=cmd";
  CheckResult r = check_manual({ada(), twin, badly_named, again}, add_options());
  std::vector<std::pair<std::size_t, std::string>> seen;
  for (const Issue& i : r.issues) seen.emplace_back(i.row.value_or(0), i.code);
  ASSERT_EQ(seen.size(), 4u);
  EXPECT_EQ(seen[0].first, 2u);
  EXPECT_EQ(seen[0].second.rfind("phone.", 0), 0u) << seen[0].second;
  EXPECT_EQ(seen[1], (std::pair<std::size_t, std::string>{2, "order.duplicate_email_case"}));
  EXPECT_EQ(seen[2].first, 3u);
  EXPECT_EQ(seen[3], (std::pair<std::size_t, std::string>{4, "order.duplicate_email"}));
  ASSERT_EQ(r.agents.size(), 1u);
  EXPECT_EQ(r.agents[0].row, 1u);
  EXPECT_EQ(r.rows_refused, 3u);
  ASSERT_EQ(r.refused.size(), 3u);
  EXPECT_EQ(r.refused[0].row, 2u);
  EXPECT_EQ(r.refused[0].raw.email, " Ada.Beispiel@EXAMPLE.com ");
  EXPECT_EQ(r.refused[2].row, 4u);
  EXPECT_EQ(r.refused[2].raw.name, ada().name);
}

TEST(Order, skips_blank_typed_rows_and_counts_them) {
  CheckResult r = check_manual({ada(), RawAgent{}, bruno()}, add_options());
  EXPECT_TRUE(r.valid);
  EXPECT_EQ(r.agents.size(), 2u);
  EXPECT_EQ(r.rows_skipped, 1u);
  EXPECT_EQ(r.agents[1].row, 3u);
}

TEST(Order, refuses_an_order_without_agents) {
  CheckResult r = check_manual({RawAgent{}}, add_options());
  EXPECT_FALSE(r.valid);
  EXPECT_TRUE(has_code(r.issues, "order.no_agents"));
}

TEST(Order, lists_the_required_columns_of_each_flow) {
  EXPECT_EQ(required_columns(add_options()),
            (std::vector<Column>{Column::name, Column::phone, Column::email}));
  EXPECT_EQ(required_columns(add_options(true, LicenseType::agent_id)),
            (std::vector<Column>{Column::name, Column::cancellation_date, Column::email}));
  EXPECT_EQ(required_columns(cancel_options()), (std::vector<Column>{Column::email}));
}

}  // namespace
}  // namespace licenseform

namespace licenseform {
namespace {

TEST(Order, refuses_a_required_phone_number_of_only_white_space_or_an_apostrophe) {
  for (const char* blank : {" ", "\xC2\xA0", "'"}) {
    RawAgent raw{"Ada Beispiel", "", blank, "ada.beispiel@example.com"};
    OrderOptions o;
    o.today = *parse_iso_date("2026-12-03");
    RowResult r = check_agent(raw, o);
    EXPECT_FALSE(r.agent.has_value()) << blank;
    bool required = false;
    for (const auto& i : r.issues) required = required || i.code == "phone.required";
    EXPECT_TRUE(required) << blank;
  }
}

TEST(Order, refuses_a_temporary_agent_whose_date_is_only_white_space) {
  for (const char* blank : {" ", "\xE2\x80\x8B"}) {
    RawAgent raw{"Ada Beispiel", blank, "+49 30 23125001", "ada.beispiel@example.com"};
    OrderOptions o;
    o.temporary = true;
    o.today = *parse_iso_date("2026-12-03");
    RowResult r = check_agent(raw, o);
    EXPECT_FALSE(r.agent.has_value());
    ASSERT_EQ(r.issues.size(), 1u);
    EXPECT_EQ(r.issues[0].code, "date.required");
  }
}

TEST(Order, reports_an_email_of_many_separators_with_one_warning_and_quickly) {
  RawAgent raw{"Ada Beispiel", "", "+49 30 23125001",
               "ada.beispiel@example.com" + std::string(900, ';')};
  OrderOptions o;
  o.today = *parse_iso_date("2026-12-03");
  RowResult r = check_agent(raw, o);
  ASSERT_TRUE(r.agent.has_value());
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].code, "email.unwrapped_separator");
  RowResult longer = check_agent({"Ada", "", "+49 30 23125001", std::string(40000, ',')}, o);
  ASSERT_EQ(longer.issues.size(), 1u);
  EXPECT_EQ(longer.issues[0].code, "email.too_long");
}

}  // namespace
}  // namespace licenseform

namespace licenseform {
namespace {

std::vector<Agent> agents_of(const CheckResult& r) {
  return std::vector<Agent>(r.agents.begin(), r.agents.end());
}

bool same_agents(const std::vector<Agent>& a, const std::vector<Agent>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].row != b[i].row || a[i].line != b[i].line || a[i].name != b[i].name ||
        a[i].email != b[i].email || a[i].phone != b[i].phone ||
        a[i].cancellation_date != b[i].cancellation_date) {
      return false;
    }
  }
  return true;
}

// Values that are the cell as written are read from the bytes; a value the
// check changed (spaces collapsed, a domain lower-cased, a number in E.164)
// or a cell that is not in the bytes as written (quoted, with a doubled
// quote) is a copy. Changing the bytes afterwards, which the caller must not
// do, shows which is which.
TEST(AgentTexts, a_value_as_written_is_read_from_the_bytes_and_any_other_is_a_copy) {
  std::string bytes =
      "Name,Display Phone Number,Email\n"
      "Ada Beispiel,+4930 23125001,ada@example.com\n"
      "\"Bruno \"\"B\"\" Muster\",+49 30 23125002,bruno@EXAMPLE.org\n"
      "Clara   Probe,+49 30 23125003,clara@example.net\n";
  const CheckResult copied = check_csv(bytes, add_options(), {}, AgentTexts::copied);
  const CheckResult viewed = check_csv(bytes, add_options(), {}, AgentTexts::views_of_bytes);
  ASSERT_EQ(viewed.agents.size(), 3u);
  EXPECT_TRUE(viewed.agents.uses_source());
  EXPECT_FALSE(copied.agents.uses_source());
  EXPECT_TRUE(same_agents(agents_of(copied), agents_of(viewed)));
  EXPECT_EQ(viewed.agents[1].name, "Bruno \"B\" Muster");
  EXPECT_EQ(viewed.agents[1].email, "bruno@example.org");
  EXPECT_EQ(viewed.agents[2].name, "Clara Probe");

  for (char& c : bytes) c = c == 'a' ? 'A' : c;
  EXPECT_EQ(viewed.agents[0].name, "AdA Beispiel");  // a view of the bytes
  EXPECT_EQ(viewed.agents[0].email, "AdA@exAmple.com");
  EXPECT_EQ(viewed.agents[0].phone, "+493023125001");
  EXPECT_EQ(viewed.agents[1].name, "Bruno \"B\" Muster");
  EXPECT_EQ(viewed.agents[1].email, "bruno@example.org");
  EXPECT_EQ(viewed.agents[2].name, "Clara Probe");
  EXPECT_EQ(viewed.agents[2].email, "clArA@exAmple.net");
  EXPECT_EQ(copied.agents[0].name, "Ada Beispiel");  // copies keep what was read
}

// The refused rows keep their values as written the same way: views of the
// bytes where the cell is in them, copies where it is not (quoted), and the
// same rows and values as a check that copies.
TEST(AgentTexts, a_refused_rows_values_are_views_of_the_bytes_or_copies) {
  std::string bytes =
      "Name,Display Phone Number,Email\n"
      "=Ada,+49 30 23125001,ada@example.com\n"
      "\"Bruno \"\"B\"\" Muster\",4.93023E+11,bruno@example.org\n"
      "Clara Probe,+49 30 23125003,clara..probe@example.net\n"
      "Dora Demo,+49 30 23125004,ada@example.com\n";  // a duplicate, refused at the end
  const CheckResult copied = check_csv(bytes, add_options(), {}, AgentTexts::copied);
  const CheckResult viewed = check_csv(bytes, add_options(), {}, AgentTexts::views_of_bytes);
  ASSERT_EQ(viewed.refused.size(), 4u);
  EXPECT_TRUE(viewed.refused.uses_source());
  EXPECT_FALSE(copied.refused.uses_source());
  for (std::size_t i = 0; i < 4; ++i) {
    const RefusedRow a = copied.refused[i], b = viewed.refused[i];
    EXPECT_EQ(a.row, b.row);
    EXPECT_EQ(a.line, b.line);
    EXPECT_EQ(a.raw.name, b.raw.name);
    EXPECT_EQ(a.raw.phone, b.raw.phone);
    EXPECT_EQ(a.raw.email, b.raw.email);
  }
  EXPECT_EQ(viewed.refused[1].raw.name, "Bruno \"B\" Muster");
  EXPECT_EQ(viewed.refused[3].row, 5u);

  for (char& c : bytes) c = c == 'a' ? 'A' : c;
  EXPECT_EQ(viewed.refused[0].raw.email, "AdA@exAmple.com");  // a view of the bytes
  EXPECT_EQ(viewed.refused[1].raw.name, "Bruno \"B\" Muster");  // a copy
  EXPECT_EQ(viewed.refused[3].raw.name, "DorA Demo");
  EXPECT_EQ(copied.refused[0].raw.email, "ada@example.com");  // copies keep what was read
}

// An add file of these rows under the header of name, phone and email.
std::string add_file(std::initializer_list<const char*> rows) {
  std::string text = "Name,Display Phone Number,Email\n";
  for (const char* row : rows) text += std::string(row) + "\n";
  return text;
}

// A session of an add file, before its check.
api::CsvSession add_session(const std::string& bytes) {
  api::CsvSession s({{"flow", "add"}, {"licenseType", "agent-id-bria"}, {"today", "2026-12-03"}});
  s.append(bytes);
  return s;
}

// A session whose file has refused rows only keeps its bytes, which those
// rows' values are views of: the rows to fix come out as written.
TEST(AgentTexts, a_session_of_refused_rows_only_keeps_their_values) {
  const std::string bytes = add_file(
      {"=Ada,+49 30 23125001,ada@example.com", "Bruno Muster,4.93023E+11,bruno@example.org"});
  api::CsvSession s = add_session(bytes);
  EXPECT_EQ(s.finish()["counts"]["refused"], 2);
  const std::string filler(bytes.size() - 1, 'x');  // likely where the bytes were, had they gone
  const std::string csv = s.export_csv("problems", "agents.csv")["text"];
  EXPECT_NE(csv.find("\"'=Ada\""), std::string::npos) << csv;
  EXPECT_NE(csv.find("bruno@example.org"), std::string::npos) << csv;
  EXPECT_NE(csv.find("4.93023E+11"), std::string::npos) << csv;
  EXPECT_EQ(filler.size(), bytes.size() - 1);
}

// A file that is read after a conversion (here UTF-16) has no value as
// written in its bytes: every value is a copy.
TEST(AgentTexts, a_converted_file_keeps_copies) {
  const std::string utf8 = "Name,Display Phone Number,Email\nAda,+49 30 23125001,ada@example.com\n";
  std::string utf16 = "\xFF\xFE";
  for (char c : utf8) {
    utf16 += c;
    utf16 += '\0';
  }
  const CheckResult viewed = check_csv(utf16, add_options(), {}, AgentTexts::views_of_bytes);
  ASSERT_EQ(viewed.agents.size(), 1u);
  EXPECT_FALSE(viewed.agents.uses_source());  // a session lets such bytes go
  std::fill(utf16.begin(), utf16.end(), 'x');
  EXPECT_EQ(viewed.agents[0].name, "Ada");
  EXPECT_EQ(viewed.agents[0].email, "ada@example.com");
}

// A session's agents are views of its bytes: asking for room after the
// check must not move them (the old place freed and used again).
TEST(AgentTexts, room_asked_for_after_the_check_leaves_the_agents_as_they_were) {
  const std::string bytes = add_file({"Ada Beispiel,+49 30 23125001,ada.beispiel@example.com",
                                       "Bruno Muster,+49 30 23125002,bruno.muster@example.org"});
  api::CsvSession s = add_session(bytes);
  (void)s.finish();
  const std::string before = s.agents_text({});
  s.reserve(4 * bytes.size());
  const std::string filler(bytes.size(), 'x');  // likely where the bytes were, had they moved
  EXPECT_EQ(s.agents_text({}), before);
  EXPECT_NE(before.find("bruno.muster@example.org"), std::string::npos);
  EXPECT_EQ(filler.size(), bytes.size());
}

// Texts around the source, or only partly in it, are copied.
TEST(AgentTexts, only_a_text_wholly_within_the_source_is_a_view) {
  std::string buffer = "aaaa|bbbb|cccc";
  const std::string_view all(buffer);
  AgentList list;
  list.refer_to(all.substr(5, 4));  // "bbbb"
  list.push_back(AgentList::Values{2, 1, all.substr(5, 4), all.substr(0, 4), all.substr(10, 4)});
  list.push_back(AgentList::Values{3, 2, all.substr(4, 4), all.substr(6, 4), all.substr(5, 2)});
  std::fill(buffer.begin(), buffer.end(), 'z');
  EXPECT_EQ(list[0].name, "zzzz");   // within: a view
  EXPECT_EQ(list[0].email, "aaaa");  // before
  EXPECT_EQ(list[0].phone, "cccc");  // after
  EXPECT_EQ(list[1].name, "|bbb");   // starts before
  EXPECT_EQ(list[1].email, "bbb|");  // ends after
  EXPECT_EQ(list[1].phone, "zz");    // within
  EXPECT_EQ(list.email(0), "aaaa");
}

// An agent row of exactly width bytes with its line end: number n in its
// name, email and phone (+49 30 23125nnn), padded in the name.
std::string agent_line(std::size_t n, std::size_t width) {
  const std::string digits = std::to_string(1000 + n % 1000).substr(1);
  const std::string tail =
      ",+49 30 23125" + digits + ",agent" + std::to_string(n) + "@example.com\n";
  std::string name = "Agent " + std::to_string(n) + " ";
  name.append(width - name.size() - tail.size(), 'x');
  return name + tail;
}

// Progress counts the bytes read of the text: every 8192 rows, the end of
// the row reached, of the text after its BOM.
TEST(CsvProgress, reports_the_bytes_read_of_the_whole_text) {
  const std::string header = "Name,Display Phone Number,Email\n";
  std::string text = header;
  for (std::size_t n = 0; n < 20000; ++n) text += agent_line(n, 64);
  std::vector<std::pair<std::size_t, std::size_t>> calls;
  const CheckResult r = check_csv("\xEF\xBB\xBF" + text, add_options(),
                                  [&](std::size_t done, std::size_t total) {
                                    calls.emplace_back(done, total);
                                  });
  EXPECT_EQ(r.agents.size(), 20000u);
  ASSERT_EQ(calls.size(), 2u);
  EXPECT_EQ(calls[0], std::make_pair(header.size() + 8192 * 64, text.size()));
  EXPECT_EQ(calls[1], std::make_pair(header.size() + 2 * 8192 * 64, text.size()));
}

// The room for agents is guessed from the file's first 64 KB; a file whose
// later rows are much shorter has more agents than that, and keeps them all.
TEST(CsvProgress, a_file_with_more_rows_than_its_start_suggests_keeps_every_agent) {
  std::string text = "Name,Display Phone Number,Email\n";
  std::size_t n = 0;
  while (text.size() < 70 * 1024) text += agent_line(n++, 100);
  const std::size_t long_rows = n;
  for (std::size_t k = 0; k < 20000; ++k) text += agent_line(n++, 60);
  for (AgentTexts texts : {AgentTexts::copied, AgentTexts::views_of_bytes}) {
    const CheckResult r = check_csv(text, add_options(), {}, texts);
    ASSERT_EQ(r.agents.size(), n);
    EXPECT_TRUE(r.valid);
    for (std::size_t i : {std::size_t{0}, long_rows - 1, long_rows, n - 1}) {
      EXPECT_EQ(r.agents[i].row, i + 2);
      EXPECT_EQ(r.agents[i].email, "agent" + std::to_string(i) + "@example.com");
      EXPECT_EQ(r.agents[i].name.substr(0, 7 + std::to_string(i).size()),
                "Agent " + std::to_string(i) + " ");
    }
  }
}

// Rows that share a display number share one copy of it in the agent list
// (AgentList::keep_shared), made when the first row with it is accepted:
// not by a row refused for something else, and not lost when a later row
// is refused as a duplicate.
TEST(AgentTexts, rows_with_the_same_number_each_read_it_as_checked) {
  const std::string bytes =
      "Name,Display Phone Number,Email\n"
      "=Ada,+49 30 23125001,ada@example.com\n"          // refused: a formula
      "Bruno,+49 30 23125001,bruno@example.com\n"
      "Clara,030 23125001,clara@example.com\n"          // the same number, written otherwise
      "Dora,+49 30 23125001,bruno@example.com\n"        // refused: a duplicate
      "Emil,+493023125001,emil@example.com\n"           // as written: E.164 already
      "Frieda,+49 30 23125002,frieda@example.com\n"
      "Gustav,+49 30 23125001,gustav@example.com\n";
  for (AgentTexts texts : {AgentTexts::copied, AgentTexts::views_of_bytes}) {
    const CheckResult r = check_csv(bytes, add_options(), {}, texts);
    ASSERT_EQ(r.agents.size(), 5u);
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"Bruno", "+493023125001"}, {"Clara", "+493023125001"}, {"Emil", "+493023125001"},
        {"Frieda", "+493023125002"}, {"Gustav", "+493023125001"}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
      EXPECT_EQ(r.agents[i].name, expected[i].first);
      EXPECT_EQ(r.agents[i].phone, expected[i].second) << expected[i].first;
    }
    const CheckResult copy = r;  // the copy's texts are its own
    EXPECT_EQ(copy.agents[4].phone, "+493023125001");
  }
}

// A list of agents in rows 2, 4, 6, ...: each named by its row.
AgentList even_rows(std::size_t count) {
  AgentList list;
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t row = 2 * i + 2;
    Agent a;
    a.row = row;
    a.line = row + 1;
    a.name = "Agent " + std::to_string(row);
    a.email = "agent" + std::to_string(row) + "@example.com";
    a.phone = "+4930231250" + std::to_string(10 + i % 90);
    list.push_back(a);
  }
  return list;
}

TEST(AgentListRows, a_search_from_the_last_place_finds_what_a_search_from_the_start_finds) {
  const AgentList list = even_rows(1000);
  for (std::size_t stride : {1, 3, 7, 64, 500}) {
    std::size_t from = 0;
    for (std::size_t row = 0; row < 2100; row += stride) {
      EXPECT_EQ(list.find_row(row, from), list.find_row(row)) << row;
      EXPECT_LE(from, list.size());
    }
  }
  std::size_t from = 0;
  EXPECT_EQ(list.find_row(2, from), 0u);
  EXPECT_EQ(list.find_row(3, from), list.size());  // not in the list
  EXPECT_EQ(from, 1u);                             // where row 4 is
  EXPECT_EQ(list.find_row(2000, from), 999u);
}

TEST(AgentListRows, erasing_rows_keeps_every_other_agent_in_order_with_its_values) {
  const std::vector<std::vector<std::size_t>> cases = {
      {}, {2}, {2000}, {2, 4, 6}, {1998, 2000}, {3, 5, 7}, {2, 1000, 1001, 1002, 2000, 2002}};
  for (const auto& erased : cases) {
    AgentList list = even_rows(1000);
    list.erase_rows(erased);
    std::vector<std::size_t> expected;
    for (std::size_t row = 2; row <= 2000; row += 2) {
      if (std::find(erased.begin(), erased.end(), row) == erased.end()) expected.push_back(row);
    }
    ASSERT_EQ(list.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      const Agent a = list[i];
      ASSERT_EQ(a.row, expected[i]);
      EXPECT_EQ(a.line, expected[i] + 1);
      EXPECT_EQ(a.name, "Agent " + std::to_string(expected[i]));
      EXPECT_EQ(a.email, "agent" + std::to_string(expected[i]) + "@example.com");
    }
  }
  AgentList all = even_rows(3);
  all.erase_rows({2, 4, 6});
  EXPECT_TRUE(all.empty());
}

}  // namespace
}  // namespace licenseform
