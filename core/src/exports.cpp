#include "licenseform/exports.hpp"

#include <map>

#include "licenseform/csv.hpp"

namespace licenseform {

namespace {

std::vector<std::string> header(const OrderOptions& o, Lang lang) {
  std::vector<std::string> out;
  for (Column c : flow_columns(o.flow)) {
    out.emplace_back(lang == Lang::de ? spec(c).header_de : spec(c).header_en);
  }
  return out;
}

std::vector<std::string> values(const RawAgent& raw, Flow flow) {
  if (flow == Flow::cancel) return {raw.email};
  return {raw.name, raw.cancellation_date, raw.phone, raw.email};
}

// Every message of a row, joined; warnings are kept too, marked as such, so
// the customer sees all that the page said about the row.
std::map<std::size_t, std::string> messages_by_row(const CheckResult& r, Lang lang) {
  std::map<std::size_t, std::string> out;
  for (const auto& issue : r.issues) {
    if (!issue.row) continue;
    std::string& text = out[*issue.row];
    if (!text.empty()) text += "; ";
    if (issue.column != Column::none) {
      text += std::string(lang == Lang::de ? spec(issue.column).header_de
                                           : spec(issue.column).header_en) + ": ";
    }
    text += render(issue, lang);
  }
  return out;
}

}  // namespace

std::string problems_csv(const CheckResult& r, const OrderOptions& o, Lang lang) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> head = header(o, lang);
  head.insert(head.begin(), lang == Lang::de ? "Zeile" : "Row");
  head.emplace_back("Problem");  // the same word in German
  records.push_back(std::move(head));
  auto messages = messages_by_row(r, lang);
  for (const auto& refused : r.refused) {
    std::vector<std::string> rec = values(refused.raw, o.flow);
    rec.insert(rec.begin(), std::to_string(refused.row));
    rec.push_back(messages[refused.row]);
    records.push_back(std::move(rec));
  }
  return write_csv(records);
}

std::string accepted_csv(const CheckResult& r, const OrderOptions& o, Lang lang) {
  std::vector<std::vector<std::string>> records;
  records.push_back(header(o, lang));
  for (const auto& a : r.agents) {
    std::string date = a.cancellation_date ? format_iso_date(*a.cancellation_date) : "";
    records.push_back(values(RawAgent{a.name, date, a.phone, a.email}, o.flow));
  }
  return write_csv(records);
}

}  // namespace licenseform
