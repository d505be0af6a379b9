#include "licenseform/exports.hpp"

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
// the customer sees all that the page said about the row. The issues are in
// row order, as are the refused rows that ask: next is where the search for
// this row starts, and is left after its issues.
std::string messages_of_row(const CheckResult& r, std::size_t row, std::size_t& next, Lang lang) {
  std::string text;
  const auto& issues = r.issues;
  while (next < issues.size() && issues[next].row.value_or(0) < row) ++next;
  for (; next < issues.size() && issues[next].row == row; ++next) {
    const Issue& issue = issues[next];
    if (!text.empty()) text += "; ";
    if (issue.column != Column::none) {
      text += std::string(lang == Lang::de ? spec(issue.column).header_de
                                           : spec(issue.column).header_en) + ": ";
    }
    text += render(issue, lang);
  }
  return text;
}

}  // namespace

std::string problems_csv(const CheckResult& r, const OrderOptions& o, Lang lang) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> head = header(o, lang);
  head.insert(head.begin(), lang == Lang::de ? "Zeile" : "Row");
  head.emplace_back("Problem");  // the same word in German
  records.push_back(std::move(head));
  std::size_t next = 0;  // in r.issues
  for (const auto& refused : r.refused) {
    std::vector<std::string> rec = values(refused.raw, o.flow);
    rec.insert(rec.begin(), std::to_string(refused.row));
    rec.push_back(messages_of_row(r, refused.row, next, lang));
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
