#include "text_index.hpp"

#include <cstring>

namespace licenseform {
namespace {

// FNV-1a, 32 bits, with a final mix: the table takes the low bits, which
// FNV-1a alone leaves weak for texts a few digits apart.
std::uint32_t hash_of(std::string_view s) {
  std::uint32_t h = 2166136261u;
  const char* p = s.data();  // not s[i]: -Oz leaves such calls in the wasm build's loops
  for (std::size_t i = 0; i < s.size(); ++i) h = (h ^ static_cast<unsigned char>(p[i])) * 16777619u;
  h ^= h >> 16;
  h *= 0x85EBCA6Bu;
  return h ^ (h >> 13);
}

}  // namespace

std::size_t TextIndex::slot_of(std::string_view text, std::uint32_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  for (; slots_[i].number != kNone; i = (i + 1) & mask) {
    if (slots_[i].hash != hash) continue;
    const Span s = spans_[slots_[i].number];
    if (s.size == text.size() && std::memcmp(text_.data() + s.offset, text.data(), s.size) == 0) {
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
  slot = {hash, static_cast<std::uint32_t>(spans_.size())};
  spans_.push_back(
      {static_cast<std::uint32_t>(text_.size()), static_cast<std::uint32_t>(text.size())});
  text_.append(text.data(), text.size());
  return {slot.number, true};
}

std::uint32_t TextIndex::find(std::string_view text) const {
  if (slots_.empty()) return kNone;
  return slots_[slot_of(text, hash_of(text))].number;
}

std::string_view TextIndex::text(std::uint32_t number) const {
  const Span s = spans_[number];
  return std::string_view(text_).substr(s.offset, s.size);
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

}  // namespace licenseform
