// A CSV check whose result stays in the engine. The page gets the counts and
// the grouped problems at once, and reads rows of the problems and agents
// tables a page at a time, instead of one JSON text of every agent and issue
// (for 100,000 rows that text is about 25 MB, and making and parsing it took
// far longer than the check).
//
//   api::CsvSession s(options);           // the options object of api.hpp
//   s.append(chunk1);  s.append(chunk2);  // the file, in pieces of any size
//   json summary = s.finish();            // {valid, counts, groups, sheet, ...}
//   s.issues({{"offset", 0}, {"limit", 50}, {"code", "phone.invalid"}});
//   s.payload({{"kind", "csv"}, {"fileName", "agents.csv"}}, order_id);
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "licenseform/api.hpp"
#include "licenseform/order.hpp"
#include "licenseform/report.hpp"

namespace licenseform::api {

class CsvSession {
 public:
  explicit CsvSession(const json& options);

  // Room for a file of this many bytes, so that appending never copies.
  // Nothing once the file is checked.
  void reserve(std::size_t bytes);
  // Adds bytes of the file; a character may be split across chunks. False
  // once the file is over the size limit: the rest is counted, not kept.
  bool append(std::string_view chunk);
  // The same for a chunk of n bytes that the caller writes into the space
  // returned (the wasm host copies straight into it); nullptr when append
  // would return false.
  [[nodiscard]] char* append_space(std::size_t n);
  // The bytes so far (empty after finish), for the host's SHA-256.
  [[nodiscard]] std::string_view bytes() const {
    return finished_ ? std::string_view() : std::string_view(bytes_.get(), length_);
  }

  // Checks the file. Its bytes are kept (unread by bytes()) while accepted
  // agents' values are views of them rather than copies, until the session
  // goes. progress(fraction) is called every
  // few thousand rows with the share of the file's lines checked (0..1).
  // The summary: {valid, flow, counts, issueCount, groups, fileIssues,
  // sameReason, reason, sheet}. Calling it again returns the same summary.
  json finish(const std::function<void(double)>& progress = {});
  [[nodiscard]] bool finished() const { return finished_; }
  [[nodiscard]] json summary() const;

  // {offset, limit, code?, severity?} -> {total, offset, items: [Issue]}
  [[nodiscard]] json issues(const json& query) const;
  // {offset, limit} -> {total, offset, items: [Agent]}
  [[nodiscard]] json agents(const json& query) const;
  // The same pages as JSON text (what dump() gives), written without a
  // tree: the page's engine hands them over as text.
  [[nodiscard]] std::string issues_text(const json& query) const;
  [[nodiscard]] std::string agents_text(const json& query) const;
  // The order payload of every accepted agent (api::build_payload).
  [[nodiscard]] json payload(const json& source, std::string_view order_id) const;
  // The files for the customer (api::export_csv): kind "problems" or "accepted".
  [[nodiscard]] json export_csv(std::string_view kind, std::string_view file_name) const;

 private:
  void check(const std::function<void(double)>& progress);
  void refuse_size();
  void put_reason(json& out) const;

  json options_;
  ParsedOptions parsed_;
  void grow_to(std::size_t capacity);
  void free_bytes();

  // The file's bytes: not a std::string, whose resize would first write
  // zeros over every byte that the host is about to copy in.
  std::unique_ptr<char[]> bytes_;
  std::size_t length_ = 0, capacity_ = 0;
  std::size_t size_ = 0;  // bytes appended, kept or not
  bool finished_ = false;
  CheckResult result_;
  std::vector<IssueGroup> groups_;
};

}  // namespace licenseform::api
