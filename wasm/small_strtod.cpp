// The WebAssembly build's strtod. nlohmann/json is the engine's only caller:
// its lexer hands it the text of a JSON number with a fraction or exponent,
// already checked against the JSON grammar. The engine never computes with
// such a value (every number it takes is an integer, or it refuses the
// field for its type, echoing the value in the message), so this is exact
// for the usual number (up to 15 digits, exponent within +-22) and within a
// few units in the last place otherwise (5 at worst in a test of 200,000
// random doubles; an echoed 1e308 may read 1.0000000000000002e+308). A
// finite number stays finite. libc's strtod works in long double and pulls
// in software 128-bit float arithmetic: about 7.8 KB of the engine's
// gzipped size.
#include <cstddef>

namespace {

// 10^0 .. 10^22: the powers of ten that a double holds exactly.
constexpr double kExact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                             1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                             1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// value * 10^scale, in steps of exact powers: a mantissa below 2^53 with a
// scale within +-22 is one correctly rounded operation (Clinger's fast
// path), the usual JSON number; beyond that each step rounds once.
double scaled(double value, int scale) {
  while (scale > 22 && value != 0.0 && value < 1e308) {
    value *= kExact[22];
    scale -= 22;
  }
  while (scale < -22 && value != 0.0) {
    value /= kExact[22];
    scale += 22;
  }
  if (scale > 22) return value * 1e22 * 1e22;  // far past the largest double: inf
  return scale >= 0 ? value * kExact[scale] : value / kExact[-scale];
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

extern "C" double strtod(const char* text, char** end) {
  const char* p = text;
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') ++p;
  const bool negative = *p == '-';
  if (*p == '-' || *p == '+') ++p;
  unsigned long long digits = 0;
  int scale = 0;  // decimal exponent of the last digit kept
  bool any = false;
  for (; is_digit(*p); ++p, any = true) {
    if (digits < 100000000000000000ull) {
      digits = digits * 10 + static_cast<unsigned>(*p - '0');
    } else {
      ++scale;  // past 17 digits: beyond a double's precision
    }
  }
  if (*p == '.') {
    for (++p; is_digit(*p); ++p, any = true) {
      if (digits < 100000000000000000ull) {
        digits = digits * 10 + static_cast<unsigned>(*p - '0');
        --scale;
      }
    }
  }
  if (!any) {
    if (end) *end = const_cast<char*>(text);
    return 0.0;
  }
  if (*p == 'e' || *p == 'E') {
    const char* e = p + 1;
    const bool minus = *e == '-';
    if (*e == '-' || *e == '+') ++e;
    if (is_digit(*e)) {
      int exponent = 0;
      for (; is_digit(*e); ++e) {
        if (exponent < 100000) exponent = exponent * 10 + (*e - '0');
      }
      scale += minus ? -exponent : exponent;
      p = e;
    }
  }
  if (end) *end = const_cast<char*>(p);
  double value = static_cast<double>(digits);
  if (digits != 0 && scale != 0) {
    value = scaled(value, scale);
    // Rounding in the steps above can carry a number just below the largest
    // double past it; a finite number in the text stays finite.
    int magnitude = scale;  // decimal exponent of the leading digit
    for (unsigned long long d = digits; d >= 10; d /= 10) ++magnitude;
    if (value > 1.7976931348623157e308 && magnitude <= 308) value = 1.7976931348623157e308;
  }
  return negative ? -value : value;
}

// libc defines the three in one object: all three here, or the linker
// would take libc's object for the other two and find strtod twice.
extern "C" float strtof(const char* text, char** end) {
  return static_cast<float>(strtod(text, end));
}

extern "C" long double strtold(const char* text, char** end) { return strtod(text, end); }
