// Private to the phone check: an exact matcher for the regular-expression
// subset of libphonenumber's metadata, matched against ASCII digits.
//
// Syntax: literals, \d, classes with ranges ([2-9], [0-24-8]), groups
// (capturing and (?:...)), alternation, ?, *, +, {n}, {n,}, {n,m}, and $.
// Semantics are those of a JavaScript RegExp (libphonenumber-js compiles the
// same patterns with `new RegExp`): alternatives and greedy quantifiers are
// tried in order, so captures and prefix matches agree with it. The pattern
// is compiled to a small backtracking program; every (instruction, position)
// state is explored at most once, so a match costs at most
// program size x (input length + 1) steps, whatever the pattern. A whole
// match of digits walks a DFA of the program instead, built as texts ask
// for its states (at most 4,096 a pattern), one step a digit.
//
//   full_match("49(?:[34]0|69)\\d{3}", "4930123")       // true
//   prefix_match("0|(1)5", "15123")->groups[1]          // {0, 1}
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace licenseform::phone_detail {

inline constexpr int kMaxGroups = 10;  // capture groups 1..9, group 0 the match

struct Span {
  int begin = -1;  // -1 when the group did not take part in the match
  int end = -1;
};

struct PrefixMatch {
  std::size_t end = 0;                  // length of the matched prefix
  std::array<Span, kMaxGroups> groups;  // groups[0] is the whole match
};

// Whether pattern matches all of text (JS: /^(?:pattern)$/.test(text)).
[[nodiscard]] bool full_match(std::string_view pattern, std::string_view text);

// The first match at the start of text, as JS /^(?:pattern)/.exec(text)
// finds it, or nullopt.
[[nodiscard]] std::optional<PrefixMatch> prefix_match(std::string_view pattern,
                                                      std::string_view text);

// full_match's answer by walking the compiled program, as full_match does
// for a text that is not all ASCII digits (for testing its DFA).
[[nodiscard]] bool full_match_walked(std::string_view pattern, std::string_view text);

// Whether pattern is in the supported subset (for testing the tables).
[[nodiscard]] bool pattern_compiles(std::string_view pattern);

}  // namespace licenseform::phone_detail
