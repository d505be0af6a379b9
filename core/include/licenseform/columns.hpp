// The one column specification: it drives the manual rows, CSV header
// matching, the template files and the field names in messages, so the three
// can never drift apart.
//
//   match_header(" E-Mail ")  // Column::email
//   template_csv(Flow::add)   // "\xEF\xBB\xBFName,Cancellation Date,...\r\n"
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace licenseform {

enum class Column { none, name, cancellation_date, phone, email };
enum class Flow { add, cancel };
enum class LicenseType { agent_id_bria, agent_id };

inline constexpr std::size_t kColumnCount = 4;  // columns other than none

struct ColumnSpec {
  Column id;
  std::string_view key;        // JSON key: "name", "cancellationDate", "phone", "email"
  std::string_view header_en;  // template header: "Display Phone Number"
  std::string_view header_de;  // German template header
  std::string_view label_en;   // as the customer sees it in messages: "display phone number"
  std::string_view label_de;
  std::vector<std::string_view> synonyms;  // already normalized (see normalize_header)
};

// All four data columns, in template order (name, date, phone, email).
[[nodiscard]] const std::array<ColumnSpec, kColumnCount>& column_specs();
[[nodiscard]] const ColumnSpec& spec(Column c);
// Index of c in column_specs() (0..3); c must not be none.
[[nodiscard]] std::size_t column_index(Column c);

[[nodiscard]] std::string_view to_key(Column c);  // "" for none
[[nodiscard]] std::optional<Column> column_from_key(std::string_view key);
[[nodiscard]] std::string_view to_string(Flow f);  // "add" | "cancel"
[[nodiscard]] std::optional<Flow> flow_from_string(std::string_view s);
[[nodiscard]] std::string_view to_string(LicenseType t);  // "agent-id-bria" | "agent-id"
[[nodiscard]] std::optional<LicenseType> license_from_string(std::string_view s);

// Columns of a flow's template, in template order.
[[nodiscard]] std::vector<Column> flow_columns(Flow flow);

// The comparison form of a header cell: case-folded (ASCII and Latin-1
// letters), with a BOM, quotes, white space, '_', '-', '.', ':' and '*'
// removed, so that space, '_' and '-' count alike: " E-Mail " -> "email",
// "display_phone_number" -> "displayphonenumber".
[[nodiscard]] std::string normalize_header(std::string_view header);
// The column a header cell names within a flow, or nullopt when unknown.
[[nodiscard]] std::optional<Column> match_header(std::string_view header, Flow flow);

// The template file for a flow: UTF-8 with BOM (so Excel reads the encoding),
// the header row, CRLF.
// German templates carry the German headers, which uploads accept too.
[[nodiscard]] std::string template_csv(Flow flow, bool german = false);
[[nodiscard]] std::string template_file_name(Flow flow, bool german = false);

}  // namespace licenseform
