// The WebAssembly build's memcpy, for the copies a CSV check makes: tens of
// thousands of short strings (names, addresses, phone numbers) per file.
// libc's copies a byte at a time whenever source and destination are
// aligned differently, which for strings is most of the time; wasm loads
// and stores of eight bytes need no alignment, so this copies eight bytes
// at a time whatever the alignment. Large copies go to libc's, which hands
// them to the browser (HEAPU8.copyWithin).
#include <cstddef>
#include <cstdint>

extern "C" void* emscripten_builtin_memcpy(void* dest, const void* src, std::size_t n);

extern "C" void* memcpy(void* dest, const void* src, std::size_t n) {
  if (n >= 512) return emscripten_builtin_memcpy(dest, src, n);
  auto* d = static_cast<unsigned char*>(dest);
  const auto* s = static_cast<const unsigned char*>(src);
  // __builtin_memcpy of a constant size is one load and one store, not a call.
  for (; n >= 8; n -= 8, d += 8, s += 8) {
    std::uint64_t w;
    __builtin_memcpy(&w, s, 8);
    __builtin_memcpy(d, &w, 8);
  }
  if (n >= 4) {
    std::uint32_t w;
    __builtin_memcpy(&w, s, 4);
    __builtin_memcpy(d, &w, 4);
    n -= 4, d += 4, s += 4;
  }
  for (; n > 0; --n) *d++ = *s++;
  return dest;
}
