// The JSON-level interface: converts between JSON and the core's types and
// calls the checks. No rule lives here.
#include "licenseform/api.hpp"

#include <set>

#include "json_text.hpp"
#include "licenseform/exports.hpp"

namespace licenseform::api {

namespace {

std::string get_string(const json& j, const char* key, std::string fallback = {}) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : fallback;
}

bool has_key(const json& j, const char* key) {
  return j.is_object() && j.find(key) != j.end() && !j.find(key)->is_null();
}

void bad_option(ParsedOptions& p, const char* option, const json& value) {
  p.issues.push_back(make_issue(Severity::error, "options.invalid",
                                {{"option", option}, {"value", value.dump()}}));
}

void parse_enums(const json& j, ParsedOptions& p) {
  OrderOptions& o = p.options;
  if (has_key(j, "flow")) {
    auto f = flow_from_string(get_string(j, "flow"));
    f ? void(o.flow = *f) : bad_option(p, "flow", j["flow"]);
  }
  if (has_key(j, "licenseType")) {
    auto t = license_from_string(get_string(j, "licenseType"));
    t ? void(o.license = *t) : bad_option(p, "licenseType", j["licenseType"]);
  }
  if (has_key(j, "dateOrder")) {
    std::string d = get_string(j, "dateOrder");
    if (d == "dmy") o.date_order = DateOrder::dmy;
    else if (d == "mdy") o.date_order = DateOrder::mdy;
    else bad_option(p, "dateOrder", j["dateOrder"]);
  }
  if (has_key(j, "lang")) {
    auto l = lang_from_string(get_string(j, "lang"));
    if (l) p.lang = *l;
  }
}

void parse_numbers(const json& j, ParsedOptions& p) {
  OrderOptions& o = p.options;
  if (has_key(j, "policy") && j["policy"].is_object()) {
    const json& pol = j["policy"];
    if (has_key(pol, "noticeDays")) {
      const json& n = pol["noticeDays"];
      n.is_number_integer() && n.get<std::int64_t>() >= 0 && n.get<std::int64_t>() <= 3660
          ? void(o.policy.notice_days = n.get<int>())
          : bad_option(p, "policy.noticeDays", n);
    }
    if (has_key(pol, "endOfMonth")) {
      pol["endOfMonth"].is_boolean() ? void(o.policy.end_of_month = pol["endOfMonth"].get<bool>())
                                     : bad_option(p, "policy.endOfMonth", pol["endOfMonth"]);
    }
  }
  if (has_key(j, "limits") && j["limits"].is_object()) {
    const json& l = j["limits"];
    auto read = [&](const char* key, std::size_t& into) {
      if (has_key(l, key) && l[key].is_number_integer() && l[key].get<std::int64_t>() >= 0) {
        into = static_cast<std::size_t>(l[key].get<std::int64_t>());
      }
    };
    read("maxRows", o.sheet.max_rows);
    read("maxBytes", o.sheet.max_bytes);
    read("maxFieldChars", o.sheet.max_field_chars);
    read("maxManualRows", o.max_manual_rows);
  }
}

}  // namespace

ParsedOptions parse_options(const json& j) {
  ParsedOptions p;
  if (!j.is_object()) {
    p.issues.push_back(make_issue(Severity::error, "options.today_missing"));
    return p;
  }
  parse_enums(j, p);
  parse_numbers(j, p);
  OrderOptions& o = p.options;
  // A yes/no option: true only when given as true; anything but a boolean
  // or null is reported.
  auto flag = [&](const char* key) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return false;
    if (!it->is_boolean()) {
      bad_option(p, key, *it);
      return false;
    }
    return it->get<bool>();
  };
  o.temporary = flag("temporary") && o.flow == Flow::add;
  o.dates_unused = flag("datesUnused") && o.flow == Flow::add && !o.temporary;
  o.country = get_string(j, "country", "DE");
  auto today = parse_iso_date(get_string(j, "today"));
  // Billing ends a few months ahead must still be dates of four-digit years.
  if (today && date::year_month_day{*today}.year() > date::year{9000}) today.reset();
  if (today) {
    o.today = *today;
  } else {
    p.issues.push_back(make_issue(Severity::error, "options.today_missing"));
  }
  return p;
}

// An issue as JSON, written directly (the pages of a session are this
// text): {code, column, line, message, params, row, severity} in that
// order, as a JSON object of nlohmann's orders its keys; params by key, the
// last of a repeated key winning.
void write_json(const Issue& issue, Lang lang, JsonText& out) {
  out.raw("{\"code\":");
  out.string(issue.code);
  out.raw(",\"column\":");
  const std::string_view column = to_key(issue.column);
  out.string_or_null(column.empty() ? std::nullopt : std::optional(column));
  out.raw(",\"line\":");
  out.number_or_null(issue.line);
  out.raw(",\"message\":");
  out.string(render(issue, lang));
  out.raw(",\"params\":{");
  // By key, repeats in their order: an insertion sort of a handful.
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < issue.params.size(); ++i) {
    std::size_t at = order.size();
    while (at > 0 && issue.params[i].first < issue.params[order[at - 1]].first) --at;
    order.insert(order.begin() + static_cast<std::ptrdiff_t>(at), i);
  }
  bool first = true;
  for (std::size_t k = 0; k < order.size(); ++k) {
    const auto& [key, value] = issue.params[order[k]];
    if (k + 1 < order.size() && issue.params[order[k + 1]].first == key) continue;
    if (!first) out.raw(",");
    first = false;
    out.string(key);
    out.raw(":");
    out.string(value);
  }
  out.raw("},\"row\":");
  out.number_or_null(issue.row);
  out.raw(",\"severity\":");
  out.string(to_string(issue.severity));
  out.raw("}");
}

json to_json(const Issue& issue, Lang lang) {
  JsonText out;
  write_json(issue, lang, out);
  return parse_json_text(out.text());
}

json to_json(const std::vector<Issue>& issues, Lang lang) {
  json out = json::array();
  for (const auto& i : issues) out.push_back(to_json(i, lang));
  return out;
}

// An agent as JSON, written directly, keys in order: {billingEnd,
// cancellationDate (add), earliest, email, line, name (add), phone (add),
// reason, reasonCode and requestedBeforeEarliest (when billed), row}.
void write_json(const Agent& agent, Flow flow, const Policy& policy, Lang lang, JsonText& out) {
  auto date = [](const std::optional<Day>& d) {
    return d ? std::optional(format_iso_date(*d)) : std::nullopt;
  };
  auto number = [](std::size_t n) { return n ? std::optional(n) : std::nullopt; };  // 0: none
  const bool add = flow == Flow::add;
  const BillingEnd* billing = agent.billing ? &*agent.billing : nullptr;
  out.raw("{\"billingEnd\":");
  out.string_or_null(date(billing ? std::optional(billing->billing_end) : std::nullopt));
  if (add) {
    out.raw(",\"cancellationDate\":");
    out.string_or_null(date(agent.cancellation_date));
  }
  out.raw(",\"earliest\":");
  out.string_or_null(date(billing ? std::optional(billing->earliest) : std::nullopt));
  out.raw(",\"email\":");
  out.string(agent.email);
  out.raw(",\"line\":");
  out.number_or_null(number(agent.line));
  if (add) {
    out.raw(",\"name\":");
    out.string(agent.name);
    out.raw(",\"phone\":");
    out.string_or_null(agent.phone.empty() ? std::nullopt
                                           : std::optional<std::string_view>(agent.phone));
  }
  out.raw(",\"reason\":");
  if (billing) {
    const Reason reason = explain(*billing, policy);
    const MessageText* m = find_message(reason.code);
    out.string(m ? render(lang == Lang::de ? m->de : m->en, reason.params, lang) : reason.code);
    out.raw(",\"reasonCode\":");
    out.string(reason.code);
    out.raw(",\"requestedBeforeEarliest\":");
    out.boolean(billing->requested_before_earliest);
  } else {
    out.null();
  }
  out.raw(",\"row\":");
  out.number_or_null(number(agent.row));
  out.raw("}");
}

json to_json(const Agent& agent, Flow flow, const Policy& policy, Lang lang) {
  JsonText out;
  write_json(agent, flow, policy, lang, out);
  return parse_json_text(out.text());
}

json to_json(const CheckResult& r, const OrderOptions& o, Lang lang) {
  json agents = json::array();
  for (const auto& a : r.agents) agents.push_back(to_json(a, r.flow, o.policy, lang));
  json out = {{"valid", r.valid},
              {"flow", to_string(r.flow)},
              {"agents", std::move(agents)},
              {"issues", to_json(r.issues, lang)},
              {"counts",
               {{"rows", r.rows_total},
                {"accepted", r.agents.size()},
                {"refused", r.rows_refused},
                {"skipped", r.rows_skipped}}}};
  return out;
}

namespace {

RawAgent raw_from(const json& row) {
  RawAgent raw;
  if (!row.is_object()) return raw;
  raw.name = get_string(row, "name");
  raw.cancellation_date = get_string(row, "cancellationDate");
  raw.phone = get_string(row, "phone");
  raw.email = get_string(row, "email");
  return raw;
}

json options_failure(const ParsedOptions& p) {
  return {{"valid", false},
          {"flow", to_string(p.options.flow)},
          {"agents", json::array()},
          {"issues", to_json(p.issues, p.lang)},
          {"counts", {{"rows", 0}, {"accepted", 0}, {"refused", 0}, {"skipped", 0}}}};
}

}  // namespace

json check_row(const json& options, const json& row) {
  ParsedOptions p = parse_options(options);
  if (!p.issues.empty()) return {{"valid", false}, {"agent", nullptr},
                                 {"issues", to_json(p.issues, p.lang)}};
  RowResult r = check_agent(raw_from(row), p.options);
  json agent = r.agent ? to_json(*r.agent, p.options.flow, p.options.policy, p.lang)
                       : json(nullptr);
  return {{"valid", r.agent.has_value()}, {"agent", agent}, {"issues", to_json(r.issues, p.lang)}};
}

json check_manual(const json& options, const json& rows) {
  ParsedOptions p = parse_options(options);
  if (!p.issues.empty()) return options_failure(p);
  std::vector<RawAgent> raws;
  if (rows.is_array()) {
    for (const auto& row : rows) raws.push_back(raw_from(row));
  }
  return to_json(licenseform::check_manual(raws, p.options), p.options, p.lang);
}

json check_csv(const json& options, std::string_view bytes) {
  ParsedOptions p = parse_options(options);
  if (!p.issues.empty()) return options_failure(p);
  CheckResult r = licenseform::check_csv(bytes, p.options);
  json out = to_json(r, p.options, p.lang);
  json columns = json::array();
  for (Column c : r.sheet.columns) columns.push_back(to_key(c));
  out["sheet"] = {{"delimiter", std::string(1, r.sheet.delimiter)},
                  {"encoding", to_string(r.sheet.encoding)},
                  {"columns", std::move(columns)}};
  return out;
}

json billing_end(const json& options, const json& request) {
  ParsedOptions p = parse_options(options);
  if (!p.issues.empty()) return {{"billingEnd", nullptr}, {"issues", to_json(p.issues, p.lang)}};
  RawAgent raw;
  raw.cancellation_date = request.is_object() ? get_string(request, "cancellationDate") : "";
  Agent agent;
  std::vector<Issue> issues;
  if (!raw.cancellation_date.empty()) {
    DateResult d = check_date(raw.cancellation_date, DateOptions{p.options.today,
                                                                 p.options.date_order});
    issues = std::move(d.issues);
    agent.cancellation_date = d.day;
  }
  if (!has_error(issues)) {
    agent.billing = licenseform::billing_end(p.options.today, agent.cancellation_date,
                                             p.options.policy);
  }
  json out = to_json(agent, Flow::add, p.options.policy, p.lang);
  out.erase("line");
  out.erase("row");
  out.erase("name");
  out.erase("phone");
  out.erase("email");
  out["issues"] = to_json(issues, p.lang);
  return out;
}

namespace {

// "agents.csv" -> "agents-problems.csv"
std::string derived_name(std::string_view file_name, std::string_view suffix) {
  std::string base(file_name.empty() ? std::string_view("licenseform") : file_name);
  auto dot = base.rfind('.');
  if (dot != std::string::npos && dot > 0) base.erase(dot);
  return base + "-" + std::string(suffix) + ".csv";
}

}  // namespace

json export_csv(const json& options, std::string_view bytes, std::string_view kind,
                std::string_view file_name) {
  ParsedOptions p = parse_options(options);
  if (!p.issues.empty()) return {{"fileName", nullptr}, {"issues", to_json(p.issues, p.lang)}};
  return export_csv(licenseform::check_csv(bytes, p.options), p, kind, file_name);
}

json export_csv(const CheckResult& r, const ParsedOptions& p, std::string_view kind,
                std::string_view file_name) {
  bool problems = kind == "problems";
  return {{"fileName", derived_name(file_name, problems ? "problems" : "accepted")},
          {"text", problems ? problems_csv(r, p.options, p.lang)
                            : accepted_csv(r, p.options, p.lang)},
          {"rows", problems ? r.refused.size() : r.agents.size()}};
}

json template_file(std::string_view flow, std::string_view lang) {
  Flow f = flow_from_string(flow).value_or(Flow::add);
  bool german = lang_from_string(lang).value_or(Lang::en) == Lang::de;
  return {{"fileName", template_file_name(f, german)}, {"text", template_csv(f, german)}};
}

json render_issue(const json& issue, std::string_view lang) {
  if (!issue.is_object()) return nullptr;
  Issue i;
  i.code = get_string(issue, "code");
  if (!find_message(i.code)) return nullptr;
  auto params = issue.find("params");
  if (params != issue.end() && params->is_object()) {
    for (auto it = params->begin(); it != params->end(); ++it) {
      if (it->is_string()) i.params.emplace_back(it.key(), it->get<std::string>());
    }
  }
  return render(i, lang_from_string(lang).value_or(Lang::en));
}

json messages() {
  json out = json::object();
  for (const auto& m : all_messages()) {
    out[std::string(m.code)] = {{"en", m.en}, {"de", m.de}};
  }
  return out;
}

}  // namespace licenseform::api
