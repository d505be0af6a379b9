#include <gtest/gtest.h>

#include "licenseform/api.hpp"

namespace licenseform::api {
namespace {

const char* kOrderId = "0b6f1c3e-8a1d-4f3e-9c2a-5d7e8f901234";

json add_options() {
  return {{"flow", "add"}, {"licenseType", "agent-id-bria"}, {"temporary", true},
          {"today", "2026-12-03"}};
}

json checked_agents() {
  json rows = json::array({
      {{"name", "Ada Beispiel"}, {"cancellationDate", "2027-01-31"},
       {"phone", "+49 30 23125001"}, {"email", "ada.beispiel@example.com"}},
      {{"name", "Bruno Muster"}, {"cancellationDate", "2027-03-15"},
       {"phone", "030 23125002"}, {"email", "bruno.muster@example.org"}},
  });
  json result = check_manual(add_options(), rows);
  EXPECT_TRUE(result["valid"].get<bool>()) << result.dump(1);
  return result["agents"];
}

json add_payload() {
  return build_payload(add_options(), checked_agents(), {{"kind", "manual"}}, kOrderId);
}

TEST(Payload, holds_every_field_of_the_design) {
  json p = add_payload();
  EXPECT_EQ(p["schema"], "licenseform.order/1");
  EXPECT_EQ(p["orderId"], kOrderId);
  EXPECT_EQ(p["action"], "add");
  EXPECT_EQ(p["licenseType"], "agent-id-bria");
  EXPECT_EQ(p["temporary"], true);
  EXPECT_EQ(p["submittedOn"], "2026-12-03");
  EXPECT_EQ(p["policy"], (json{{"noticeDays", 30}, {"endOfMonth", true}}));
  EXPECT_EQ(p["source"], (json{{"kind", "manual"}}));
  ASSERT_EQ(p["agents"].size(), 2u);
  EXPECT_EQ(p["agents"][0], (json{{"name", "Ada Beispiel"},
                                  {"email", "ada.beispiel@example.com"},
                                  {"phone", "+493023125001"},
                                  {"cancellationDate", "2027-01-31"},
                                  {"billingEnd", "2027-01-31"}}));
  EXPECT_EQ(p["agents"][1]["billingEnd"], "2027-03-31");
  EXPECT_EQ(p["agents"][1]["phone"], "+493023125002");
}

TEST(Payload, for_cancelling_holds_emails_and_billing_ends_only) {
  json o = {{"flow", "cancel"}, {"licenseType", "agent-id"}, {"today", "2026-12-03"}};
  json result = check_manual(o, json::array({{{"email", "ada.beispiel@example.com"}}}));
  json p = build_payload(o, result["agents"], {{"kind", "manual"}}, kOrderId);
  EXPECT_FALSE(p.contains("temporary"));
  EXPECT_EQ(p["agents"][0], (json{{"email", "ada.beispiel@example.com"},
                                  {"billingEnd", "2027-01-31"}}));
  EXPECT_TRUE(check_payload(p)["valid"].get<bool>()) << check_payload(p).dump(1);
}

TEST(Payload, is_accepted_back_by_the_payload_check) {
  json r = check_payload(add_payload());
  EXPECT_TRUE(r["valid"].get<bool>()) << r.dump(1);
  EXPECT_TRUE(r["issues"].empty());
}

std::string first_code(const json& payload) {
  json r = check_payload(payload);
  EXPECT_FALSE(r["valid"].get<bool>());
  return r["issues"].empty() ? "" : r["issues"][0]["code"].get<std::string>();
}

TEST(Payload, check_refuses_a_bad_email_added_after_checking) {
  json p = add_payload();
  p["agents"][1]["email"] = "bruno.muster@example..org";
  json r = check_payload(p);
  EXPECT_FALSE(r["valid"].get<bool>());
  EXPECT_EQ(r["issues"][0]["row"], 2);
  EXPECT_EQ(r["issues"][0]["column"], "email");
}

TEST(Payload, check_refuses_a_billing_end_the_policy_does_not_give) {
  json p = add_payload();
  p["agents"][0]["billingEnd"] = "2027-01-30";
  EXPECT_EQ(first_code(p), "payload.billing_end_wrong");
}

TEST(Payload, check_refuses_a_missing_field) {
  json p = add_payload();
  p["agents"][0].erase("name");
  EXPECT_EQ(first_code(p), "payload.field_missing");
  json q = add_payload();
  q.erase("submittedOn");
  EXPECT_EQ(first_code(q), "payload.field_missing");
}

TEST(Payload, check_refuses_values_that_are_not_normalized) {
  json p = add_payload();
  p["agents"][0]["phone"] = "+49 30 23125001";
  EXPECT_EQ(first_code(p), "payload.not_normalized");
}

TEST(Payload, check_refuses_unknown_fields_and_other_policies) {
  json p = add_payload();
  p["price"] = 0;
  EXPECT_EQ(first_code(p), "payload.field_unknown");
  json q = add_payload();
  q["policy"]["noticeDays"] = 0;
  EXPECT_EQ(first_code(q), "payload.field_invalid");
}

TEST(Payload, check_refuses_duplicate_agents) {
  json p = add_payload();
  p["agents"][1]["email"] = "ada.beispiel@example.com";
  EXPECT_EQ(first_code(p), "order.duplicate_email");
}

TEST(Payload, check_refuses_more_than_ten_typed_agents_and_bad_ids) {
  json o = {{"flow", "cancel"}, {"licenseType", "agent-id"}, {"today", "2026-12-03"}};
  json agents = json::array();
  for (int i = 0; i < 11; ++i) {
    agents.push_back({{"email", "a" + std::to_string(i) + "@example.com"}});
  }
  json p = build_payload(o, agents, {{"kind", "manual"}}, kOrderId);
  EXPECT_EQ(first_code(p), "payload.too_many_agents");
  p["source"]["kind"] = "csv";
  EXPECT_TRUE(check_payload(p)["valid"].get<bool>());
  p["orderId"] = "../../etc/passwd";
  EXPECT_EQ(first_code(p), "payload.field_invalid");
}

TEST(Payload, check_refuses_what_is_not_an_object) {
  EXPECT_EQ(first_code(json::parse("[1,2]")), "payload.invalid_json");
  EXPECT_EQ(first_code(json::parse("{\"x\":", nullptr, false)), "payload.invalid_json");
}

TEST(Api, reports_bad_options_as_issues) {
  json r = check_row({{"flow", "sell"}, {"today", "2026-12-03"}}, json::object());
  EXPECT_FALSE(r["valid"].get<bool>());
  EXPECT_EQ(r["issues"][0]["code"], "options.invalid");
  json s = check_row({{"flow", "add"}}, json::object());
  EXPECT_EQ(s["issues"][0]["code"], "options.today_missing");
}

// datesUnused (the page's "No" to cancellation dates): a typed row's date
// is not read; the option must be a boolean, and means nothing with
// temporary agents or when cancelling.
TEST(Api, an_order_without_dates_reads_no_typed_date) {
  const json row = {{"name", "Ada Beispiel"}, {"cancellationDate", "31.02.2027"},
                    {"phone", "+49 30 23125001"}, {"email", "ada@example.com"}};
  json r = check_row({{"flow", "add"}, {"today", "2026-12-03"}, {"datesUnused", true}}, row);
  EXPECT_TRUE(r["valid"].get<bool>());
  EXPECT_TRUE(r["issues"].empty());
  EXPECT_EQ(r["agent"]["cancellationDate"], nullptr);
  EXPECT_EQ(r["agent"]["billingEnd"], nullptr);
  json read = check_row({{"flow", "add"}, {"today", "2026-12-03"}}, row);
  EXPECT_EQ(read["issues"][0]["code"], "date.invalid");
  json temporary = check_row(
      {{"flow", "add"}, {"today", "2026-12-03"}, {"temporary", true}, {"datesUnused", true}}, row);
  EXPECT_EQ(temporary["issues"][0]["code"], "date.invalid");
  json bad = check_row({{"flow", "add"}, {"today", "2026-12-03"}, {"datesUnused", "no"}}, row);
  EXPECT_EQ(bad["issues"][0]["code"], "options.invalid");
}

TEST(Api, gives_issues_the_documented_shape) {
  json r = check_row(add_options(), {{"name", "Ada"},
                                     {"email", "ada@"},
                                     {"phone", "+49 30 23125001"},
                                     {"cancellationDate", "2027-01-31"}});
  ASSERT_FALSE(r["issues"].empty());
  const json& i = r["issues"][0];
  for (const char* key : {"severity", "code", "line", "row", "column", "message", "params"}) {
    EXPECT_TRUE(i.contains(key)) << key;
  }
  EXPECT_EQ(i["column"], "email");
  EXPECT_TRUE(i["row"].is_null());
}

TEST(Api, explains_billing_ends_in_the_requested_language) {
  json o = add_options();
  o["lang"] = "de";
  json r = billing_end(o, json::object());
  EXPECT_EQ(r["billingEnd"], "2027-01-31");
  EXPECT_EQ(r["reason"],
            "Die Kündigungsfrist von 30 Tagen ab dem 3. Dezember 2026 endet am 2. Januar 2027; "
            "die Abrechnung endet zum Monatsende, am 31. Januar 2027");
}

TEST(Api, refuses_a_requested_date_in_the_past_for_the_billing_end) {
  json r = billing_end(add_options(), {{"cancellationDate", "2026-11-30"}});
  EXPECT_TRUE(r["billingEnd"].is_null());
  ASSERT_FALSE(r["issues"].empty());
  EXPECT_EQ(r["issues"][0]["severity"], "error");
}

}  // namespace
}  // namespace licenseform::api

namespace licenseform::api {
namespace {

TEST(Payload, check_refuses_a_notice_period_that_only_wraps_around_to_the_policy) {
  json p = add_payload();
  p["policy"]["noticeDays"] = 4294967326LL;  // 2^32 + 30
  EXPECT_EQ(first_code(p), "payload.field_invalid");
}

TEST(Payload, check_refuses_what_the_schema_forbids_in_the_source) {
  for (json source : {json{{"kind", "csv"}, {"fileName", std::string(300, 'a')}},
                      json{{"kind", "csv"}, {"fileName", 7}},
                      json{{"kind", "csv"}, {"sha256", ""}},
                      json{{"kind", "manual"}, {"extra", "x"}}}) {
    json p = add_payload();
    p["source"] = source;
    EXPECT_FALSE(check_payload(p)["valid"].get<bool>()) << source.dump();
  }
}

TEST(Payload, check_refuses_empty_optional_values) {
  json p = add_payload();
  p["agents"][0]["phone"] = "";
  EXPECT_EQ(first_code(p), "payload.field_invalid");
}

TEST(Payload, check_refuses_more_agents_than_a_csv_may_hold) {
  json o = {{"flow", "cancel"}, {"licenseType", "agent-id"}, {"today", "2026-12-03"}};
  json agents = json::array();
  for (int i = 0; i < 3; ++i) {
    agents.push_back({{"email", "a" + std::to_string(i) + "@example.com"}});
  }
  json p = build_payload(o, agents, {{"kind", "csv"}}, kOrderId);
  json receiver = {{"limits", {{"maxRows", 2}}}};
  json r = check_payload(p, receiver);
  EXPECT_FALSE(r["valid"].get<bool>());
  EXPECT_EQ(r["issues"][0]["code"], "payload.too_many_agents");
}

TEST(Api, refuses_a_today_whose_billing_end_would_leave_four_digit_years) {
  json r = billing_end({{"flow", "cancel"}, {"today", "9999-12-20"}}, json::object());
  EXPECT_TRUE(r["billingEnd"].is_null());
  EXPECT_EQ(r["issues"][0]["code"], "options.today_missing");
}

}  // namespace
}  // namespace licenseform::api
