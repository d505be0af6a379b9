// Many short texts kept one after another in one buffer, each known by its
// offset: for the agents of a check and the duplicate-email index, which
// append a few hundred thousand names, addresses and numbers per file.
// Appending copies eight bytes at a time in place; std::string::append
// took three calls per text in the wasm build.
//
//   TextBuffer b;
//   std::size_t at = b.append("ada@example.com");
//   b.view(at, 15);   // "ada@example.com"
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

namespace licenseform {

class TextBuffer {
 public:
  TextBuffer() = default;
  TextBuffer(const TextBuffer& other) { *this = other; }
  TextBuffer(TextBuffer&& other) noexcept { *this = std::move(other); }
  TextBuffer& operator=(const TextBuffer& other) {
    if (this != &other) {
      clear();
      reserve(other.size_);
      if (other.size_ > 0) std::memcpy(data_.get(), other.data_.get(), other.size_);
      size_ = other.size_;
    }
    return *this;
  }
  TextBuffer& operator=(TextBuffer&& other) noexcept {
    if (this != &other) {
      data_ = std::move(other.data_);
      size_ = other.size_;
      capacity_ = other.capacity_;
      other.size_ = other.capacity_ = 0;
    }
    return *this;
  }

  // Room for bytes in all without another allocation.
  void reserve(std::size_t bytes) {
    if (bytes > capacity_) reallocate(bytes);
  }
  // Appends text (which may be a view of this buffer); returns where it
  // starts.
  std::size_t append(std::string_view text) {
    const std::size_t at = size_;
    if (capacity_ - size_ < text.size()) {
      grow_and_append(text);
    } else {
      copy(data_.get() + at, text);
      size_ += text.size();
    }
    return at;
  }
  [[nodiscard]] std::string_view view(std::size_t at, std::size_t n) const {
    return {data_.get() + at, n};
  }
  [[nodiscard]] std::size_t size() const { return size_; }
  void clear() { size_ = 0; }

 private:
  static void copy_word(char* d, const char* s) {
    std::uint64_t w;
    std::memcpy(&w, s, 8);  // of a constant size: a load and a store, not a call
    std::memcpy(d, &w, 8);
  }
  // Words, the last one overlapping the one before.
  static void copy(char* d, std::string_view text) {
    const char* s = text.data();
    const std::size_t n = text.size();
    if (n >= 8) {
      for (std::size_t i = 0; i + 8 < n; i += 8) copy_word(d + i, s + i);
      copy_word(d + n - 8, s + n - 8);
    } else {
      for (std::size_t i = 0; i < n; ++i) d[i] = s[i];
    }
  }
  // Into a larger buffer, text copied before the old buffer goes (it may be
  // a view of it).
  void grow_and_append(std::string_view text) {
    const std::size_t needed = size_ + text.size();
    const std::size_t capacity = needed > 2 * capacity_ ? needed : 2 * capacity_;
    std::unique_ptr<char[]> grown(new char[capacity]);  // not value-initialized
    if (size_ > 0) std::memcpy(grown.get(), data_.get(), size_);
    copy(grown.get() + size_, text);
    data_ = std::move(grown);
    capacity_ = capacity;
    size_ = needed;
  }
  void reallocate(std::size_t capacity) {
    std::unique_ptr<char[]> grown(new char[capacity]);  // not value-initialized
    if (size_ > 0) std::memcpy(grown.get(), data_.get(), size_);
    data_ = std::move(grown);
    capacity_ = capacity;
  }

  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0, capacity_ = 0;
};

}  // namespace licenseform
