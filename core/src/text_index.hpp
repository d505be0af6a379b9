// Private to the order check: texts numbered in the order first seen, for
// the duplicate-email check and the per-check caches of field results.
//
// Open addressing over one string holding every text, so that a lookup or
// an insertion allocates nothing per text; node-based maps of strings made
// a fifth of the whole check's time on 100,000 rows.
//
//   TextIndex index;
//   index.insert("ada@example.com");   // {0, true}: new
//   index.insert("ada@example.com");   // {0, false}
//   index.find("bruno@example.com");   // kNone
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "licenseform/text_buffer.hpp"

namespace licenseform {

// A 64-bit hash of text: eight bytes at a time, with a final avalanche, so
// that texts a few digits apart land far apart in its low bits.
[[nodiscard]] std::uint64_t text_hash(std::string_view text);

class TextIndex {
 public:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  struct Inserted {
    std::uint32_t number;
    bool fresh;  // the text was not in the index before
  };

  [[nodiscard]] Inserted insert(std::string_view text);
  [[nodiscard]] std::uint32_t find(std::string_view text) const;
  [[nodiscard]] std::string_view text(std::uint32_t number) const;
  [[nodiscard]] std::size_t size() const { return spans_.size(); }

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t number = kNone;  // kNone: an empty slot
  };
  struct Span {
    std::uint32_t offset, size;  // in text_
  };

  // The slot holding text, or the empty one where it would go.
  [[nodiscard]] std::size_t slot_of(std::string_view text, std::uint32_t hash) const;
  void grow();

  TextBuffer text_;          // every text, one after the other
  std::vector<Span> spans_;  // by number
  std::vector<Slot> slots_;  // a power of two of them, at most half used
};

}  // namespace licenseform
