// licenseform-check: checks a CSV file (or an order payload) against the
// templates and rules, offline. Exit status: 0 valid (warnings allowed),
// 1 the file has errors, 2 the check could not run.
#include <chrono>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "licenseform/api.hpp"

namespace {

using licenseform::api::json;

constexpr const char* kUsage =
    "usage: licenseform-check [--flow add|cancel] [--license agent-id-bria|agent-id]\n"
    "                         [--temporary] [--today YYYY-MM-DD] [--country CC]\n"
    "                         [--date-order dmy|mdy] [--lang en|de] [--json] FILE\n"
    "       licenseform-check --payload [--json] FILE\n"
    "       licenseform-check --template add|cancel [--lang en|de]\n";

struct Args {
  json options = json::object();
  bool as_json = false;
  bool payload = false;
  std::string template_flow;
  std::string file;
};

bool g_json = false;  // --json anywhere on the line: failures are JSON too

// The check could not run (exit 2). With --json standard output still holds
// exactly one JSON object, saying why.
int cannot_run(const std::string& what, bool show_usage) {
  std::fprintf(stderr, "licenseform-check: %s\n%s", what.c_str(), show_usage ? kUsage : "");
  if (g_json) {
    json out = {{"valid", false}, {"error", {{"code", "check.could_not_run"}, {"message", what}}}};
    std::printf("%s\n", out.dump(2, ' ', false, json::error_handler_t::replace).c_str());
  }
  return 2;
}

int usage_error(const std::string& what) { return cannot_run(what, true); }

// Returns an error text, or empty when the arguments are good.
std::string parse_args(int argc, char** argv, Args& a) {
  a.options["today"] = licenseform::format_iso_date(
      licenseform::berlin_date(std::chrono::system_clock::now()));
  const std::vector<std::pair<std::string, std::string>> valued = {
      {"--flow", "flow"},       {"--license", "licenseType"}, {"--today", "today"},
      {"--country", "country"}, {"--date-order", "dateOrder"}, {"--lang", "lang"}};
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    bool matched = false;
    for (const auto& [flag, key] : valued) {
      if (arg != flag) continue;
      if (i + 1 >= argc) return flag + " needs a value";
      a.options[key] = argv[++i];
      matched = true;
    }
    if (matched) continue;
    if (arg == "--temporary") a.options["temporary"] = true;
    else if (arg == "--json") a.as_json = true;
    else if (arg == "--payload") a.payload = true;
    else if (arg == "--template" && i + 1 < argc) a.template_flow = argv[++i];
    else if (arg == "--help" || arg == "-h") return "help";
    else if (!arg.empty() && arg[0] == '-' && arg != "-") return "unknown option " + arg;
    else if (!a.file.empty()) return "only one FILE, please";
    else a.file = arg;
  }
  if (a.file.empty() && a.template_flow.empty()) return "no FILE given";
  return {};
}

std::optional<std::string> read_file(const std::string& path) {
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) return std::nullopt;
  std::string data;
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
  bool failed = std::ferror(f) != 0;
  if (f != stdin) std::fclose(f);
  if (failed) return std::nullopt;
  return data;
}

std::string column_label(const json& column) {
  if (!column.is_string()) return {};
  auto c = licenseform::column_from_key(column.get<std::string>());
  return c ? std::string(licenseform::spec(*c).header_en) : std::string();
}

// "1 error", "2 errors": the report is read by people.
std::string count(const json& n, const char* one, const char* many) {
  long v = n.is_number() ? n.get<long>() : 0;
  return std::to_string(v) + " " + (v == 1 ? one : many);
}

// A payload has agents where a CSV file has rows.
void print_issue(const json& issue, bool payload) {
  std::string place = payload ? "order" : "file";
  if (issue["row"].is_number()) place = (payload ? "agent " : "row ") + issue["row"].dump();
  std::string column = column_label(issue["column"]);
  if (!column.empty()) place += ", " + column;
  std::string severity = issue["severity"].get<std::string>();
  std::string tag = severity == "error" ? "" : " (" + severity + ")";
  std::printf("%s: %s%s\n", place.c_str(), issue["message"].get<std::string>().c_str(),
              tag.c_str());
}

// What was checked, for the summary line: the counts of a CSV check, or
// the kind and size of an order.
std::string checked_what(const json& result, const json* payload) {
  if (payload && !payload->is_object()) return "not an order";
  if (payload) {  // the payload is unchecked here: look, never convert (that would throw)
    auto agents = payload->find("agents");
    auto action = payload->find("action");
    std::string kind = "order, ";
    if (action != payload->end() && (*action == "add" || *action == "cancel")) {
      kind = action->get<std::string>() + " order, ";
    }
    std::size_t n = agents != payload->end() && agents->is_array() ? agents->size() : 0;
    return kind + count(json(n), "agent", "agents");
  }
  const json& c = result["counts"];
  return count(c["accepted"], "agent", "agents") + " accepted, " +
         count(c["refused"], "row", "rows") + " refused, " +
         count(c["skipped"], "empty row", "empty rows") + " skipped";
}

// One line per problem, then the summary line:
//   agents.csv: not valid: 2 agents accepted, 1 row refused, 0 empty rows skipped;
//               1 error, 0 warnings   (one line)
void print_report(const std::string& file, const json& result, const json* payload) {
  long errors = 0, warnings = 0;
  for (const auto& issue : result["issues"]) {
    print_issue(issue, payload != nullptr);
    (issue["severity"] == "error" ? errors : warnings)++;
  }
  std::string verdict = result["valid"].get<bool>() ? "valid" : "not valid";
  std::printf("%s: %s: %s; %s, %s\n", file.c_str(), verdict.c_str(),
              checked_what(result, payload).c_str(), count(json(errors), "error", "errors").c_str(),
              count(json(warnings), "warning", "warnings").c_str());
}

}  // namespace

int main(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) g_json = g_json || std::strcmp(argv[i], "--json") == 0;
  std::string error = parse_args(argc, argv, a);
  if (error.empty() && !a.template_flow.empty() && a.template_flow != "add" &&
      a.template_flow != "cancel") {
    error = "--template takes add or cancel";
  }
  if (error == "help") return std::printf("%s", kUsage), 0;
  if (!error.empty()) return usage_error(error);
  if (!a.template_flow.empty()) {
    if (g_json) return cannot_run("--template prints CSV, not JSON", true);
    json t = licenseform::api::template_file(a.template_flow, a.options.value("lang", "en"));
    return std::fwrite(t["text"].get<std::string>().data(), 1, t["text"].get<std::string>().size(),
                       stdout), 0;
  }
  auto bytes = read_file(a.file);
  if (!bytes) return cannot_run("cannot read " + a.file + ": " + std::strerror(errno), false);
  json result;
  json payload;
  if (a.payload) {
    payload = json::parse(*bytes, nullptr, false);
    result = licenseform::api::check_payload(payload);
  } else {
    auto parsed = licenseform::api::parse_options(a.options);
    if (!parsed.issues.empty()) {
      const auto& first = parsed.issues.front();
      return usage_error(first.code == "options.today_missing"
                             ? "--today needs a real date YYYY-MM-DD (and not after the year 9000)"
                             : first.message());
    }
    result = licenseform::api::check_csv(a.options, *bytes);
  }
  if (a.as_json) {
    std::printf("%s\n", result.dump(2, ' ', false, json::error_handler_t::replace).c_str());
  } else {
    print_report(a.file, result, a.payload ? &payload : nullptr);
  }
  return result["valid"].get<bool>() ? 0 : 1;
}
