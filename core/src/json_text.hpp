// JSON text written directly: the issues and agents of a CSV session's
// pages, and what api::to_json parses for the other answers. Built as a
// JSON tree (a map node and a string per value) and then dumped, a page
// spent most of its time there in the wasm build. The text is in the form
// nlohmann's dump() writes: keys in its order, its escapes, no spaces
// (tests/core/json_text_test.cpp).
//
//   JsonText out;
//   out.raw("{\"code\":");
//   out.string("email.missing_at");
//   out.raw("}");
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "licenseform/api.hpp"
#include "licenseform/messages.hpp"
#include "licenseform/order.hpp"

namespace licenseform {

class JsonText {
 public:
  // Written as it stands: punctuation and keys.
  void raw(std::string_view text) { out_.append(text.data(), text.size()); }
  // A JSON string, escaped as dump() escapes it: quote, backslash and the
  // control characters, UTF-8 as it is; text that is not UTF-8 as dump()
  // replaces it.
  void string(std::string_view text);
  void number(std::size_t n);
  void null() { raw("null"); }
  void boolean(bool b) { raw(b ? "true" : "false"); }
  void string_or_null(const std::optional<std::string_view>& text) {
    text ? string(*text) : null();
  }
  void number_or_null(const std::optional<std::size_t>& n) { n ? number(*n) : null(); }

  [[nodiscard]] const std::string& text() const { return out_; }
  [[nodiscard]] std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

namespace api {
// An issue and an agent as JSON text, appended to out: what the pages of a
// session hold, and what to_json parses (api.cpp).
void write_json(const Issue& issue, Lang lang, JsonText& out);
void write_json(const Agent& agent, Flow flow, const Policy& policy, Lang lang, JsonText& out);
}  // namespace api

}  // namespace licenseform
