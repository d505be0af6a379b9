// Private to the core: eight bytes at a time, for the loops that run over
// every byte of a file (the zero-byte tests of Hacker's Delight 6-1). The
// bytes are loaded little-endian, as on every target the engine is built for.
//
//   std::uint64_t x = swar::load(p);
//   std::uint64_t m = swar::matches(x, swar::broadcast(',')) | ...;
//   if (m) return i + swar::first(m);
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

// For the small helpers of the hot loops (lambdas called from several
// places), which the size-first build would otherwise leave as calls.
#define LF_INLINE __attribute__((always_inline))

namespace licenseform::swar {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ull;
inline constexpr std::uint64_t kHighs = kOnes * 0x80;
inline constexpr std::uint64_t kLow7 = kOnes * 0x7F;

inline std::uint64_t load(const char* p) {
  std::uint64_t x = 0;
  std::memcpy(&x, p, 8);
  return x;
}

inline constexpr std::uint64_t broadcast(char b) { return kOnes * static_cast<unsigned char>(b); }

// 0x80 in each byte of x equal to pattern's, and perhaps in bytes above
// such a byte (a borrow): the lowest flag is always a true match.
inline std::uint64_t matches(std::uint64_t x, std::uint64_t pattern) {
  const std::uint64_t v = x ^ pattern;
  return (v - kOnes) & ~v & kHighs;
}

// 0x80 in exactly the bytes of x equal to pattern's (no borrow), for counts.
inline std::uint64_t exact_matches(std::uint64_t x, std::uint64_t pattern) {
  const std::uint64_t v = x ^ pattern;
  return ~(((v & kLow7) + kLow7) | v | kLow7);
}

// 0x80 in exactly the bytes of x below limit (at most 0x80): a byte of 0x80
// or more has its high bit kept by the or; the sum of a lower byte and
// 0x80 - limit reaches 0x80 exactly when the byte is at least limit, and
// never carries into the next byte.
inline constexpr std::uint64_t below(std::uint64_t x, unsigned char limit) {
  return ~(((x & kLow7) + kOnes * (0x80 - limit)) | x) & kHighs;
}

// 0x80 in each byte of x from lo to hi, for x of ASCII bytes only (below
// 0x80): a byte b >= lo gets its high bit from b + (0x80 - lo), b > hi from
// b + (0x7F - hi), and for ASCII neither sum carries into the next byte.
// A byte of 0x80 or more gives a wrong answer for itself and the bytes
// above it: callers test (x & kHighs) first.
inline constexpr std::uint64_t ascii_in(std::uint64_t x, unsigned char lo, unsigned char hi) {
  return (x + kOnes * (0x80 - lo)) & ~(x + kOnes * (0x7F - hi)) & kHighs;
}

// The place (0..7) of the lowest flagged byte; flags must not be 0.
inline std::size_t first(std::uint64_t flags) {
  return static_cast<std::size_t>(__builtin_ctzll(flags) >> 3);
}

// Whether the n bytes at a and at b are the same: eight at a time, the last
// word overlapping the one before (libc's memcmp in the wasm build goes a
// byte at a time).
inline bool equal(const char* a, const char* b, std::size_t n) {
  if (n < 8) {
    for (std::size_t i = 0; i < n; ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }
  for (std::size_t i = 0; i + 8 < n; i += 8) {
    if (load(a + i) != load(b + i)) return false;
  }
  return load(a + n - 8) == load(b + n - 8);
}

}  // namespace licenseform::swar
