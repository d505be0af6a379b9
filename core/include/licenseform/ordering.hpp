// Stable sorting by a number, written once. Each std::stable_sort of a
// different element type is a separate instantiation of several kilobytes
// in the WebAssembly build; sorting (key, index) pairs in one compiled
// function and then moving the elements serves every caller.
//
//   stable_sort_by(agents, [](const Agent& a) { return a.row; });
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace licenseform {

// The positions of keys in stable ascending order of their values.
[[nodiscard]] std::vector<std::uint32_t> stable_order(const std::vector<std::uint64_t>& keys);

template <class T, class KeyOf>
void stable_sort_by(std::vector<T>& items, KeyOf key_of) {
  std::vector<std::uint64_t> keys;
  keys.reserve(items.size());
  bool sorted = true;
  for (const T& item : items) {
    keys.push_back(static_cast<std::uint64_t>(key_of(item)));
    sorted = sorted && (keys.size() < 2 || keys[keys.size() - 2] <= keys.back());
  }
  if (sorted) return;
  std::vector<T> out;
  out.reserve(items.size());
  for (std::uint32_t i : stable_order(keys)) out.push_back(std::move(items[i]));
  items = std::move(out);
}

}  // namespace licenseform
