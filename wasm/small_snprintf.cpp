// The WebAssembly build's snprintf. nlohmann/json is the engine's only
// caller, and it formats just three things with it: "\\u%04x" escapes of
// control characters, and "<U+%.4X>" and "%.2X" in parse and encoding error
// texts. libc's whole printf, with its long-double float formatting, costs
// over 12 KB of wasm; this covers exactly those conversions (an unsigned
// number in hex, zero-padded to a width or precision) and writes nothing
// for any other, which the engine never asks for.
#include <cstdarg>
#include <cstddef>

namespace {

// Reads "%04x", "%.4X" or "%.2X" at fmt; returns the chars consumed or 0.
std::size_t hex_spec(const char* fmt, int& digits, bool& upper) {
  std::size_t i = 1;  // past '%'
  if (fmt[i] == '0' || fmt[i] == '.') ++i;
  if (fmt[i] < '1' || fmt[i] > '9') return 0;
  digits = fmt[i++] - '0';
  if (fmt[i] != 'x' && fmt[i] != 'X') return 0;
  upper = fmt[i] == 'X';
  return i + 1;
}

}  // namespace

extern "C" int snprintf(char* out, std::size_t size, const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  std::size_t n = 0;
  auto put = [&](char c) {
    if (n + 1 < size) out[n] = c;
    ++n;
  };
  for (const char* p = fmt; *p; ++p) {
    int digits = 0;
    bool upper = false;
    std::size_t used = *p == '%' ? hex_spec(p, digits, upper) : 0;
    if (!used) {
      put(*p);
      continue;
    }
    unsigned value = va_arg(args, unsigned);
    const char* hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char buf[8];
    int len = 0;
    do {
      buf[len++] = hex[value & 15];
      value >>= 4;
    } while (value && len < 8);
    for (int pad = len; pad < digits; ++pad) put('0');
    while (len) put(buf[--len]);
    p += used - 1;
  }
  if (size) out[n < size ? n : size - 1] = '\0';
  va_end(args);
  return static_cast<int>(n);
}
