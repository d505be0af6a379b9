#include "text_index.hpp"

#include "swar.hpp"

namespace licenseform {

// Eight bytes at a time, each word mixed in by a multiply and a rotation,
// then a final avalanche (the table takes the low bits): texts a few digits
// apart land far apart. Byte-at-a-time FNV-1a made hashing a tenth of a
// CSV check.
std::uint64_t text_hash(std::string_view s) {
  return text_hash_of(s, [](std::uint64_t w) { return w; });
}

namespace {

std::uint32_t hash_of(std::string_view s) { return static_cast<std::uint32_t>(text_hash(s)); }

}  // namespace

std::size_t TextIndex::slot_of(std::string_view text, std::uint32_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  for (; slots_[i].number != kNone; i = (i + 1) & mask) {
    if (slots_[i].hash != hash) continue;
    const Span s = spans_[slots_[i].number];
    if (s.size == text.size() &&
        swar::equal(text_.view(s.offset, s.size).data(), text.data(), s.size)) {
      break;
    }
  }
  return i;
}

TextIndex::Inserted TextIndex::insert(std::string_view text) {
  if ((spans_.size() + 1) * 2 > slots_.size()) grow();
  const std::uint32_t hash = hash_of(text);
  Slot& slot = slots_[slot_of(text, hash)];
  if (slot.number != kNone) return {slot.number, false};
  // The slot is taken last: if an allocation fails, the index is as before
  // (but for a few unused bytes of text).
  const auto number = static_cast<std::uint32_t>(spans_.size());
  const auto offset = static_cast<std::uint32_t>(text_.append(text));
  spans_.push_back({offset, static_cast<std::uint32_t>(text.size())});
  slot = {hash, number};
  return {number, true};
}

std::uint32_t TextIndex::find(std::string_view text) const {
  if (slots_.empty()) return kNone;
  return slots_[slot_of(text, hash_of(text))].number;
}

std::string_view TextIndex::text(std::uint32_t number) const {
  const Span s = spans_[number];
  return text_.view(s.offset, s.size);
}

// Doubles the table, so that probes stay short.
void TextIndex::grow() {
  std::vector<Slot> slots(slots_.empty() ? 64 : slots_.size() * 2);
  const std::size_t mask = slots.size() - 1;
  for (const Slot& s : slots_) {
    if (s.number == kNone) continue;
    std::size_t i = s.hash & mask;
    while (slots[i].number != kNone) i = (i + 1) & mask;
    slots[i] = s;
  }
  slots_ = std::move(slots);
}

std::uint32_t ShortTexts::find(const Key& key) const {
  if (slots_.empty()) return kNone;
  const std::uint64_t h = hash_of(key);
  const auto tag = static_cast<std::uint32_t>(h >> 56);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const std::uint32_t s = slots_[i];
    if (s == kNone) return kNone;
    const std::uint32_t number = s & 0xFFFFFF;
    if (s >> 24 == tag && same(keys_[number], key)) return number;
  }
}

void ShortTexts::place(std::uint64_t hash, std::uint32_t number) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  while (slots_[i] != kNone) i = (i + 1) & mask;
  slots_[i] = static_cast<std::uint32_t>(hash >> 56) << 24 | number;
}

std::uint32_t ShortTexts::insert(const Key& key) {
  const auto number = static_cast<std::uint32_t>(keys_.size());
  assert(number <= kMaxNumber);
  if ((keys_.size() + 1) * 2 > slots_.size()) grow();
  keys_.push_back(key);
  place(hash_of(key), number);
  return number;
}

void ShortTexts::grow() {
  slots_.assign(slots_.empty() ? 32 : slots_.size() * 2, kNone);
  for (std::size_t n = 0; n < keys_.size(); ++n) {
    place(hash_of(keys_[n]), static_cast<std::uint32_t>(n));
  }
}

}  // namespace licenseform

