// The WebAssembly build's strtod. nlohmann/json is the engine's only caller:
// its lexer hands it the text of a JSON number with a fraction or exponent,
// already checked against the JSON grammar. The engine never reads such a
// value (every number it takes is an integer or it refuses the field for
// its type), so a value within a few units in the last place is enough.
// libc's strtod works in long double and pulls in software 128-bit float
// arithmetic: about 3 KB of the engine's gzipped size.
#include <cstddef>

namespace {

double power_of_ten(int e) {
  double result = 1.0, base = 10.0;
  for (unsigned n = static_cast<unsigned>(e < 0 ? -e : e); n; n >>= 1, base *= base) {
    if (n & 1) result *= base;
  }
  return result;
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
    // In two steps below 1e-308, where 10^-scale alone would underflow.
    if (scale < -300) {
      value /= power_of_ten(300);
      scale += 300;
    }
    value = scale < 0 ? value / power_of_ten(scale) : value * power_of_ten(scale);
  }
  return negative ? -value : value;
}

// libc defines the three in one object: all three here, or the linker
// would take libc's object for the other two and find strtod twice.
extern "C" float strtof(const char* text, char** end) {
  return static_cast<float>(strtod(text, end));
}

extern "C" long double strtold(const char* text, char** end) { return strtod(text, end); }
