// Reads the generated metadata table (see scripts/gen-phone-metadata.mjs for
// its format: one region a line, fields separated by single spaces).
#include <cctype>

#include "phone_metadata.hpp"

namespace licenseform::phone_detail {
namespace {

// Splits at single spaces, keeping empty fields.
std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == ' ') {
      out.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

// "4-7,9" -> bits 4, 5, 6, 7 and 9.
Lengths parse_lengths(std::string_view s) {
  Lengths set = 0;
  unsigned from = 0, n = 0;
  bool range = false, any = false;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    char c = i < s.size() ? s[i] : ',';
    if (c >= '0' && c <= '9') {
      n = n * 10 + static_cast<unsigned>(c - '0');
      any = true;
    } else if (c == '-') {
      from = n, n = 0, range = true;
    } else if (any) {
      for (unsigned k = range ? from : n; k <= n && k < 32; ++k) set |= 1u << k;
      n = 0, range = false, any = false;
    }
  }
  return set;
}

constexpr std::size_t kFixedFields = 10;

Region parse_region(const std::vector<std::string_view>& f) {
  Region r;
  r.id = f[0];
  r.calling_code = f[1];
  r.international_prefix = f[2];
  r.national_prefix = f[3];
  r.national_prefix_for_parsing = f[4];
  r.national_prefix_transform = f[5];
  r.leading_digits = f[6];
  r.pattern = f[7];
  r.lengths = parse_lengths(f[8]);
  r.has_types = !f[9].empty();
  for (std::size_t t = 0; t < kTypeCount; ++t) {
    r.types[t] = {f[kFixedFields + 2 * t], parse_lengths(f[kFixedFields + 2 * t + 1])};
  }
  r.formats = f[kFixedFields + 2 * kTypeCount];
  return r;
}

std::vector<Region> read_table() {
  std::vector<Region> regions;
  std::string_view table = metadata_table();
  while (!table.empty()) {
    std::size_t end = table.find('\n');
    auto f = fields(table.substr(0, end));
    if (f.size() == kFixedFields + 2 * kTypeCount + 1) regions.push_back(parse_region(f));
    if (end == std::string_view::npos) break;
    table.remove_prefix(end + 1);
  }
  return regions;
}

}  // namespace

const std::vector<Region>& all_regions() {
  static const std::vector<Region> regions = read_table();
  return regions;
}

// By a table of the 26 x 26 two-letter codes, made once: the phone check
// asks for the home region of every number it reads.
const Region* find_region(std::string_view id) {
  auto letter = [](char c) {
    const int u = std::toupper(static_cast<unsigned char>(c));
    return u >= 'A' && u <= 'Z' ? u - 'A' : -1;
  };
  static const std::vector<const Region*> by_code = [&letter] {
    std::vector<const Region*> out(26 * 26, nullptr);
    for (const Region& r : all_regions()) {
      if (r.id.size() != 2 || letter(r.id[0]) < 0 || letter(r.id[1]) < 0) continue;
      const Region*& slot = out[static_cast<std::size_t>(letter(r.id[0]) * 26 + letter(r.id[1]))];
      if (!slot) slot = &r;  // the first, as the search in the table's order found
    }
    return out;
  }();
  if (id.size() != 2 || letter(id[0]) < 0 || letter(id[1]) < 0) return nullptr;
  return by_code[static_cast<std::size_t>(letter(id[0]) * 26 + letter(id[1]))];
}

namespace {

// Calling codes are 1 to 3 digits: "1", "49", "358".
int code_number(std::string_view code) {
  int n = 0;
  for (char c : code) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return code.empty() || code.size() > 3 || code[0] == '0' ? -1 : n;
}

}  // namespace

// Asked several times per number: the regions of every code are listed once.
const std::vector<const Region*>& regions_for_code(std::string_view calling_code) {
  static const std::vector<std::vector<const Region*>> by_code = [] {
    std::vector<std::vector<const Region*>> out(1000);
    for (const Region& r : all_regions()) {
      int n = code_number(r.calling_code);
      if (n >= 0) out[static_cast<std::size_t>(n)].push_back(&r);
    }
    return out;
  }();
  const int n = code_number(calling_code);
  return by_code[n < 0 ? 0 : static_cast<std::size_t>(n)];
}

}  // namespace licenseform::phone_detail
