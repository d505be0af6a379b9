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

// text_hash of the text that word_of makes of text's bytes, eight at a
// time: word_of(w) must change each byte of w alone (as lower-casing
// does), so that a word read across the text's last eight bytes gets the
// same bytes as the made text's.
template <typename WordOf>
[[nodiscard]] inline LF_INLINE std::uint64_t text_hash_of(std::string_view s, WordOf word_of) {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  const char* p = s.data();
  const std::size_t n = s.size();
  std::uint64_t h = n * kMul;
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    h = (h ^ word_of(swar::load(p + i))) * kMul;
    h ^= h >> 29;
  }
  if (i < n) {
    // The last n - i bytes as a little-endian word, without a memcpy of a
    // variable length (a call in the wasm build): from the word that ends
    // at n, or byte by byte when the text is shorter than a word.
    std::uint64_t w = 0;
    if (n >= 8) {
      w = word_of(swar::load(p + n - 8)) >> (8 * (8 - (n - i)));
    } else {
      for (std::size_t k = n; k-- > 0;) w = (w << 8) | static_cast<unsigned char>(p[k]);
      w = word_of(w);  // the zeros above the text stay zeros
    }
    h = (h ^ w) * kMul;
  }
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ull;
  h ^= h >> 32;
  return h;
}

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

// Texts of up to 24 bytes, numbered 0, 1, 2, ... in the order inserted:
// the keys of the per-check caches of phone and date results, looked up
// once for every row. The table holds four bytes a slot (the number and
// eight bits of the hash), so that it stays in the nearest caches while a
// file streams past; the keys lie by number in a list of their own, and a
// lookup reads one of them, mostly the one it finds.
//
//   ShortTexts texts;
//   const ShortTexts::Key k = ShortTexts::key_of("+49 30 23125001");
//   if (texts.find(k) == ShortTexts::kNone) texts.insert(k);   // 0
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
  // A key that find() does not know: its number, size() before (at most
  // kMaxNumber).
  std::uint32_t insert(const Key& key);
  [[nodiscard]] std::size_t size() const { return keys_.size(); }
  static constexpr std::uint32_t kMaxNumber = (1u << 24) - 2;

 private:
  [[nodiscard]] static std::uint64_t hash_of(const Key& key);
  [[nodiscard]] static bool same(const Key& a, const Key& b) {
    return a.size == b.size && a.words[0] == b.words[0] && a.words[1] == b.words[1] &&
           a.words[2] == b.words[2];
  }
  void place(std::uint64_t hash, std::uint32_t number);
  void grow();

  // hash >> 56 << 24 | number, or kNone for an empty slot; a power of two
  // of them, at most half used.
  std::vector<std::uint32_t> slots_;
  std::vector<Key> keys_;  // by number
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

inline LF_INLINE std::uint64_t ShortTexts::hash_of(const Key& key) {
  std::uint64_t h = (key.words[0] * 0x9E3779B97F4A7C15ull) ^
                    (key.words[1] * 0xC2B2AE3D27D4EB4Full) ^
                    (key.words[2] * 0x165667B19E3779F9ull) ^ key.size;
  h ^= h >> 29;
  h *= 0xD6E8FEB86659FD93ull;
  h ^= h >> 32;
  return h;
}

}  // namespace licenseform
