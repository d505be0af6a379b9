#include "licenseform/columns.hpp"

namespace licenseform {

namespace {

// Synonyms are written in comparison form (see normalize_header). English
// and German names that customers' own spreadsheets use for the columns.
std::array<ColumnSpec, kColumnCount> make_specs() {
  return {{
      {Column::name, "name", "Name", "Name", "name", "Name",
       {"name", "fullname", "agentname", "agent", "displayname", "agentfullname",
        "vollstandigername", "vollständigername", "vorundnachname", "mitarbeiter",
        "mitarbeitername", "agentenname"}},
      {Column::cancellation_date, "cancellationDate", "Cancellation Date", "Kündigungsdatum",
       "cancellation date", "Kündigungsdatum",
       {"cancellationdate", "canceldate", "cancelationdate", "cancellation", "enddate",
        "end", "terminationdate", "kundigungsdatum", "kündigungsdatum", "kündigungzum",
        "kündigungstermin", "enddatum", "ablaufdatum", "vertragsende"}},
      {Column::phone, "phone", "Display Phone Number", "Angezeigte Rufnummer",
       "display phone number", "angezeigte Rufnummer",
       {"displayphonenumber", "phone", "phonenumber", "callerid", "displaynumber",
        "displayphone", "telephone", "telephonenumber", "preferreddisplayphonenumber",
        "telefon", "telefonnummer", "rufnummer", "angezeigterufnummer", "anzeigenummer"}},
      {Column::email, "email", "Email", "E-Mail", "email address", "E-Mail-Adresse",
       {"email", "emailaddress", "mail", "mailaddress", "emailadresse", "mailadresse",
        "emailadr"}},
  }};
}

// Lower-cases ASCII and the Latin-1 capitals (U+00C0..U+00DE but U+00D7),
// which cover the German and French headers; other text is kept.
void append_folded(std::string& out, std::string_view s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c == 0xC3 && i + 1 < s.size()) {
    auto n = static_cast<unsigned char>(s[i + 1]);
    if (n >= 0x80 && n <= 0x9E && n != 0x97) n = static_cast<unsigned char>(n + 0x20);
    out += static_cast<char>(c);
    out += static_cast<char>(n);
    i += 2;
    return;
  }
  out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
  ++i;
}

bool is_ignored(std::string_view s, std::size_t i, std::size_t& width) {
  static constexpr std::string_view chars = " \t_-.:*\"'";
  width = 1;
  if (chars.find(s[i]) != std::string_view::npos) return true;
  // BOM U+FEFF, no-break space U+00A0, zero-width space U+200B.
  for (std::string_view seq : {"\xEF\xBB\xBF", "\xC2\xA0", "\xE2\x80\x8B"}) {
    if (s.substr(i, seq.size()) == seq) {
      width = seq.size();
      return true;
    }
  }
  return false;
}

}  // namespace

const std::array<ColumnSpec, kColumnCount>& column_specs() {
  static const auto specs = make_specs();
  return specs;
}

std::size_t column_index(Column c) { return static_cast<std::size_t>(c) - 1; }

const ColumnSpec& spec(Column c) { return column_specs()[column_index(c)]; }

std::string_view to_key(Column c) { return c == Column::none ? "" : spec(c).key; }

std::optional<Column> column_from_key(std::string_view key) {
  for (const auto& s : column_specs()) {
    if (s.key == key) return s.id;
  }
  return std::nullopt;
}

std::string_view to_string(Flow f) { return f == Flow::add ? "add" : "cancel"; }

std::optional<Flow> flow_from_string(std::string_view s) {
  if (s == "add") return Flow::add;
  if (s == "cancel") return Flow::cancel;
  return std::nullopt;
}

std::string_view to_string(LicenseType t) {
  return t == LicenseType::agent_id_bria ? "agent-id-bria" : "agent-id";
}

std::optional<LicenseType> license_from_string(std::string_view s) {
  if (s == "agent-id-bria") return LicenseType::agent_id_bria;
  if (s == "agent-id") return LicenseType::agent_id;
  return std::nullopt;
}

std::vector<Column> flow_columns(Flow flow) {
  if (flow == Flow::cancel) return {Column::email};
  return {Column::name, Column::cancellation_date, Column::phone, Column::email};
}

std::string normalize_header(std::string_view header) {
  std::string out;
  out.reserve(header.size());
  std::size_t i = 0;
  while (i < header.size()) {
    std::size_t width = 1;
    if (is_ignored(header, i, width)) {
      i += width;
    } else {
      append_folded(out, header, i);
    }
  }
  return out;
}

std::optional<Column> match_header(std::string_view header, Flow flow) {
  // No synonym holds a digit or an '@', and normalizing keeps both: the
  // cells of data rows (dates, numbers, addresses), which the delimiter
  // guess matches for every candidate, are ruled out without normalizing.
  if (header.find_first_of("@0123456789") != std::string_view::npos) return std::nullopt;
  const std::string key = normalize_header(header);
  for (Column c : flow_columns(flow)) {
    for (std::string_view synonym : spec(c).synonyms) {
      if (key == synonym) return c;
    }
  }
  return std::nullopt;
}

std::string template_csv(Flow flow, bool german) {
  std::string out = "\xEF\xBB\xBF";
  bool first = true;
  for (Column c : flow_columns(flow)) {
    if (!first) out += ',';
    out += german ? spec(c).header_de : spec(c).header_en;
    first = false;
  }
  out += "\r\n";
  return out;
}

std::string template_file_name(Flow flow, bool german) {
  std::string base = flow == Flow::add ? "licenseform-add-template" : "licenseform-cancel-template";
  return base + (german ? "-de.csv" : ".csv");
}

}  // namespace licenseform
