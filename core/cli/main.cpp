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

int usage_error(const std::string& what) {
  std::fprintf(stderr, "licenseform-check: %s\n%s", what.c_str(), kUsage);
  return 2;
}

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

void print_issue(const json& issue) {
  std::string place = issue["row"].is_number() ? "row " + issue["row"].dump() : "file";
  std::string column = column_label(issue["column"]);
  if (!column.empty()) place += ", " + column;
  std::string severity = issue["severity"].get<std::string>();
  std::string tag = severity == "error" ? "" : " (" + severity + ")";
  std::printf("%s: %s%s\n", place.c_str(), issue["message"].get<std::string>().c_str(),
              tag.c_str());
}

void print_report(const std::string& file, const json& result) {
  std::size_t errors = 0, warnings = 0;
  for (const auto& issue : result["issues"]) {
    print_issue(issue);
    (issue["severity"] == "error" ? errors : warnings)++;
  }
  std::string verdict = result["valid"].get<bool>() ? "valid" : "not valid";
  if (result.contains("counts")) {
    const json& c = result["counts"];
    std::printf("%s: %s: %s agents accepted, %s rows refused, %s empty rows skipped, "
                "%zu errors, %zu warnings\n",
                file.c_str(), verdict.c_str(), c["accepted"].dump().c_str(),
                c["refused"].dump().c_str(), c["skipped"].dump().c_str(), errors, warnings);
  } else {
    std::printf("%s: %s: %zu errors, %zu warnings\n", file.c_str(), verdict.c_str(), errors,
                warnings);
  }
}

}  // namespace

int main(int argc, char** argv) {
  Args a;
  std::string error = parse_args(argc, argv, a);
  if (error == "help") return std::printf("%s", kUsage), 0;
  if (!error.empty()) return usage_error(error);
  if (!a.template_flow.empty()) {
    json t = licenseform::api::template_file(a.template_flow, a.options.value("lang", "en"));
    return std::fwrite(t["text"].get<std::string>().data(), 1, t["text"].get<std::string>().size(),
                       stdout), 0;
  }
  auto bytes = read_file(a.file);
  if (!bytes) return usage_error("cannot read " + a.file + ": " + std::strerror(errno));
  json result;
  if (a.payload) {
    json payload = json::parse(*bytes, nullptr, false);
    result = licenseform::api::check_payload(payload);
  } else {
    auto parsed = licenseform::api::parse_options(a.options);
    if (!parsed.issues.empty()) return usage_error(parsed.issues.front().message);
    result = licenseform::api::check_csv(a.options, *bytes);
  }
  if (a.as_json) {
    std::printf("%s\n", result.dump(2, ' ', false, json::error_handler_t::replace).c_str());
  } else {
    print_report(a.file, result);
  }
  return result["valid"].get<bool>() ? 0 : 1;
}
