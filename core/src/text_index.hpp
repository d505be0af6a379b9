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

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "licenseform/text_buffer.hpp"
#include "swar.hpp"

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

// Texts of up to 24 bytes, each with a number: the keys of the per-check
// caches of phone and date results. A key is held in its slot, so that a
// lookup reads one slot instead of a slot, a span and the text (as in
// TextIndex); the texts of a cache's cells are short.
//
//   ShortTexts texts;
//   const ShortTexts::Key k = ShortTexts::key_of("+49 30 23125001");
//   if (texts.find(k) == ShortTexts::kNone) texts.insert(k, 0);
class ShortTexts {
 public:
  static constexpr std::size_t kMaxSize = 24;
  static constexpr std::uint32_t kNone = UINT32_MAX;
  struct Key {
    std::uint64_t words[3];  // the bytes, little-endian, zeros after the text
    std::uint32_t size;
  };

  // text.size() <= kMaxSize.
  [[nodiscard]] static Key key_of(std::string_view text);
  [[nodiscard]] std::uint32_t find(const Key& key) const;
  // A key that find() does not know.
  void insert(const Key& key, std::uint32_t number);
  [[nodiscard]] std::size_t size() const { return used_; }

 private:
  struct Slot {
    Key key{};
    std::uint32_t number = kNone;  // kNone: an empty slot
  };
  [[nodiscard]] std::size_t slot_of(const Key& key) const;
  void grow();

  std::vector<Slot> slots_;  // a power of two of them, at most half used
  std::size_t used_ = 0;
};

// Inline: once for every phone and date cell of a file.
inline LF_INLINE ShortTexts::Key ShortTexts::key_of(std::string_view text) {
  assert(text.size() <= kMaxSize);  // three words: a longer text would be written past them
  Key k{{0, 0, 0}, static_cast<std::uint32_t>(text.size())};
  const char* p = text.data();
  const std::size_t n = text.size();
  if (n >= 8) {
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) k.words[i / 8] = swar::load(p + i);
    // The rest from the word that ends the text, as in text_hash.
    if (i < n) k.words[i / 8] = swar::load(p + n - 8) >> (8 * (8 - (n - i)));
  } else {
    for (std::size_t j = n; j-- > 0;) {
      k.words[0] = k.words[0] << 8 | static_cast<unsigned char>(p[j]);
    }
  }
  return k;
}

inline LF_INLINE std::uint32_t ShortTexts::find(const Key& key) const {
  return slots_.empty() ? kNone : slots_[slot_of(key)].number;
}

}  // namespace licenseform
