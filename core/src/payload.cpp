// The order payload (schema "licenseform.order/1"): built from checked
// agents, and re-checked with the same rules by whoever receives it.
#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "licenseform/api.hpp"

namespace licenseform::api {

namespace {

constexpr std::string_view kSchema = "licenseform.order/1";

std::string str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool listed(std::string_view key, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), key) != names.end();
}

json payload_agent(const json& a, const OrderOptions& o) {
  json out = json::object();
  if (o.flow == Flow::add) out["name"] = str(a, "name");
  out["email"] = str(a, "email");
  if (o.flow == Flow::add && !str(a, "phone").empty()) out["phone"] = str(a, "phone");
  std::string date = o.flow == Flow::add ? str(a, "cancellationDate") : std::string();
  if (!date.empty()) out["cancellationDate"] = date;
  auto day = parse_iso_date(date);
  if (o.flow == Flow::cancel || day) {
    out["billingEnd"] = format_iso_date(
        licenseform::billing_end(o.today, day, o.policy).billing_end);
  }
  return out;
}

}  // namespace

json build_payload(const json& options, const json& agents, const json& source,
                   std::string_view order_id) {
  ParsedOptions p = parse_options(options);
  const OrderOptions& o = p.options;
  json list = json::array();
  if (agents.is_array()) {
    for (const auto& a : agents) {
      if (a.is_object()) list.push_back(payload_agent(a, o));
    }
  }
  json src = {{"kind", str(source, "kind") == "csv" ? "csv" : "manual"}};
  if (!str(source, "fileName").empty()) src["fileName"] = str(source, "fileName");
  if (!str(source, "sha256").empty()) src["sha256"] = str(source, "sha256");
  json out = {{"schema", kSchema},
              {"orderId", order_id},
              {"action", to_string(o.flow)},
              {"licenseType", to_string(o.license)}};
  if (o.flow == Flow::add) out["temporary"] = o.temporary;
  out["submittedOn"] = format_iso_date(o.today);
  out["policy"] = {{"noticeDays", o.policy.notice_days}, {"endOfMonth", o.policy.end_of_month}};
  out["source"] = std::move(src);
  out["agents"] = std::move(list);
  return out;
}

namespace {

// Re-checks a received payload. It trusts nothing: every field is checked
// for presence and type, every agent again with the order rules, and every
// billing end is computed afresh.
class PayloadCheck {
 public:
  PayloadCheck(const json& payload, const OrderOptions& receiver) : p_(payload), o_(receiver) {}

  json run() {
    if (!p_.is_object()) {
      fail("payload.invalid_json", {});
      return result();
    }
    check_top();
    if (!has_error(issues_)) check_agents();
    return result();
  }

 private:
  void fail(const char* code, Params params, std::size_t row = 0, Column c = Column::none) {
    Issue i = make_issue(Severity::error, code, std::move(params), c);
    if (row) i.row = row;
    issues_.push_back(std::move(i));
  }

  bool need_string(const json& j, const char* key, std::size_t row = 0) {
    auto it = j.find(key);
    if (it == j.end()) fail("payload.field_missing", {{"field", key}}, row);
    else if (!it->is_string())
      fail("payload.field_invalid", {{"field", key}, {"reason", "not text"}}, row);
    else return true;
    return false;
  }

  void invalid(const char* field, const char* reason) {
    fail("payload.field_invalid", {{"field", field}, {"reason", reason}});
  }

  void check_top() {
    for (auto it = p_.begin(); it != p_.end(); ++it) {
      if (!listed(it.key(), {"schema", "orderId", "action", "licenseType", "temporary",
                             "submittedOn", "policy", "source", "agents"})) {
        fail("payload.field_unknown", {{"field", it.key()}});
      }
    }
    if (need_string(p_, "schema") && str(p_, "schema") != kSchema) {
      invalid("schema", "unknown version");
    }
    if (need_string(p_, "orderId") && !is_uuid(str(p_, "orderId"))) {
      invalid("orderId", "not a UUID");
    }
    if (need_string(p_, "action")) {
      auto f = flow_from_string(str(p_, "action"));
      f ? void(o_.flow = *f) : invalid("action", "must be add or cancel");
    }
    if (need_string(p_, "licenseType")) {
      auto t = license_from_string(str(p_, "licenseType"));
      t ? void(o_.license = *t) : invalid("licenseType", "must be agent-id-bria or agent-id");
    }
    check_temporary();
    if (need_string(p_, "submittedOn")) {
      auto d = parse_iso_date(str(p_, "submittedOn"));
      d ? void(o_.today = *d) : invalid("submittedOn", "not a date YYYY-MM-DD");
    }
    check_policy();
    check_source();
  }

  void check_temporary() {
    auto it = p_.find("temporary");
    if (o_.flow == Flow::cancel) {
      if (it != p_.end()) fail("payload.field_unknown", {{"field", "temporary"}});
    } else if (it == p_.end()) {
      fail("payload.field_missing", {{"field", "temporary"}});
    } else if (!it->is_boolean()) {
      invalid("temporary", "must be true or false");
    } else {
      o_.temporary = it->get<bool>();
    }
  }

  void check_policy() {
    auto it = p_.find("policy");
    if (it == p_.end()) return fail("payload.field_missing", {{"field", "policy"}});
    const json& pol = *it;
    auto n = pol.is_object() ? pol.find("noticeDays") : pol.end();
    auto e = pol.is_object() ? pol.find("endOfMonth") : pol.end();
    if (!pol.is_object() || n == pol.end() || e == pol.end() || !n->is_number_integer() ||
        !e->is_boolean()) {
      return invalid("policy", "needs noticeDays and endOfMonth");
    }
    // The receiver's policy decides; a payload that claims another is refused.
    // Compared as 64-bit numbers: a huge value must not wrap around to 30.
    if (n->get<std::int64_t>() != o_.policy.notice_days ||
        e->get<bool>() != o_.policy.end_of_month) {
      invalid("policy", "not the policy in force");
    }
  }

  void check_source() {
    auto it = p_.find("source");
    if (it == p_.end()) return fail("payload.field_missing", {{"field", "source"}});
    if (!it->is_object()) return invalid("source", "must be an object");
    std::string kind = str(*it, "kind");
    if (kind != "manual" && kind != "csv") invalid("source", "kind must be manual or csv");
    manual_ = kind == "manual";
    for (auto f = it->begin(); f != it->end(); ++f) {
      if (f.key() != "kind" && f.key() != "fileName" && f.key() != "sha256") {
        fail("payload.field_unknown", {{"field", "source." + f.key()}});
      } else if (!f->is_string()) {
        invalid("source", "its values must be text");
      }
    }
    const std::string* name = text_of(*it, "fileName");
    if (name && (name->empty() || name->size() > 255)) {
      invalid("source", "fileName must have 1 to 255 characters");
    }
    const std::string* sha = text_of(*it, "sha256");
    if (sha && (sha->size() != 64 || sha->find_first_not_of("0123456789abcdef") != sha->npos)) {
      invalid("source", "sha256 must be 64 hexadecimal digits");
    }
  }

  // The value of key when it is there as text, else nullptr.
  static const std::string* text_of(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? &it->get_ref<const std::string&>() : nullptr;
  }

  static bool is_uuid(const std::string& s) {
    if (s.size() != 36) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
      bool dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash != (s[i] == '-')) return false;
      if (!dash && !std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
    }
    return true;
  }

  void check_agents() {
    auto it = p_.find("agents");
    if (it == p_.end()) return fail("payload.field_missing", {{"field", "agents"}});
    if (!it->is_array() || it->empty()) return invalid("agents", "needs at least one agent");
    const std::size_t max = manual_ ? o_.max_manual_rows : o_.sheet.max_rows;
    if (it->size() > max) {
      fail("payload.too_many_agents", {{"count", std::to_string(it->size())},
                                       {"max", std::to_string(max)},
                                       {"kind", manual_ ? "typed" : "CSV"}});
      return;
    }
    std::vector<RawAgent> raws;
    for (std::size_t i = 0; i < it->size(); ++i) {
      const json& a = (*it)[i];
      if (!a.is_object()) {
        fail("payload.field_invalid", {{"field", "agents"}, {"reason", "not an object"}}, i + 1);
        raws.emplace_back();
        continue;
      }
      check_agent_keys(a, i + 1);
      raws.push_back(raw_of(a));
    }
    OrderOptions o = o_;
    o.max_manual_rows = raws.size();
    CheckResult r = licenseform::check_manual(raws, o);
    for (auto& issue : r.issues) issues_.push_back(std::move(issue));
    for (const Agent& agent : r.agents) compare(agent, (*it)[agent.row - 1]);
  }

  void check_agent_keys(const json& a, std::size_t row) {
    const bool add = o_.flow == Flow::add;
    for (auto it = a.begin(); it != a.end(); ++it) {
      const bool known = listed(it.key(), {"email", "billingEnd"}) ||
                         (add && listed(it.key(), {"name", "phone", "cancellationDate"}));
      if (!known) fail("payload.field_unknown", {{"field", it.key()}}, row);
      else if (!it->is_string()) invalid_agent(it.key(), row);
      // An optional value is left out when there is none, never sent empty.
      else if (it->get_ref<const std::string&>().empty()) fail("payload.field_invalid",
          {{"field", it.key()}, {"reason", "empty; leave it out instead"}}, row);
    }
    need_string(a, "email", row);
    if (o_.flow == Flow::add) need_string(a, "name", row);
  }

  void invalid_agent(const std::string& key, std::size_t row) {
    fail("payload.field_invalid", {{"field", key}, {"reason", "not text"}}, row);
  }

  static RawAgent raw_of(const json& a) {
    return RawAgent{str(a, "name"), str(a, "cancellationDate"), str(a, "phone"), str(a, "email")};
  }

  void same(const std::string& given, const std::string& expected, const char* field,
            std::size_t row, Column c) {
    if (given != expected) {
      fail("payload.not_normalized", {{"field", field}, {"value", given}, {"expected", expected}},
           row, c);
    }
  }

  void compare(const Agent& agent, const json& a) {
    const std::size_t row = agent.row;
    same(str(a, "email"), agent.email, "email", row, Column::email);
    if (o_.flow == Flow::add) {
      same(str(a, "name"), agent.name, "name", row, Column::name);
      same(str(a, "phone"), agent.phone, "phone", row, Column::phone);
      std::string date = agent.cancellation_date ? format_iso_date(*agent.cancellation_date) : "";
      same(str(a, "cancellationDate"), date, "cancellationDate", row, Column::cancellation_date);
    }
    std::string expected = agent.billing ? format_iso_date(agent.billing->billing_end) : "";
    std::string given = str(a, "billingEnd");
    if (given != expected) {
      fail("payload.billing_end_wrong", {{"value", given.empty() ? "(none)" : given},
                                         {"expected", expected.empty() ? "(none)" : expected}},
           row, Column::cancellation_date);
    }
  }

  json result() {
    json list = json::array();
    for (const auto& i : issues_) list.push_back(to_json(i, Lang::en));
    return {{"valid", !has_error(issues_)}, {"issues", std::move(list)}};
  }

  const json& p_;
  OrderOptions o_;
  bool manual_ = true;
  std::vector<Issue> issues_;
};

}  // namespace

json check_payload(const json& payload, const json& options) {
  json with_today = options.is_object() ? options : json::object();
  with_today["today"] = "2000-01-01";  // replaced by the payload's submittedOn
  ParsedOptions receiver = parse_options(with_today);
  if (!receiver.issues.empty()) {
    return {{"valid", false}, {"issues", to_json(receiver.issues, Lang::en)}};
  }
  return PayloadCheck(payload, receiver.options).run();
}

}  // namespace licenseform::api
