#include "phone_match.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "phone_metadata.hpp"
#include "text_index.hpp"

namespace licenseform::phone_detail {
namespace {

enum class Op : unsigned char { cls, split, jump, save, end, match };

// Jumps are relative to the instruction itself, so fragments can be copied
// and concatenated freely (a counted repeat copies its atom).
struct Inst {
  Op op = Op::match;
  int x = 0;  // split: preferred branch; jump: target; save: slot
  int y = 0;  // split: other branch
  // cls: the ASCII characters it accepts, as two words rather than a
  // std::bitset, whose test() the wasm build (-Oz) leaves as a call.
  std::array<std::uint64_t, 2> set{};

  [[nodiscard]] bool accepts(unsigned c) const { return c < 128 && (set[c >> 6] >> (c & 63) & 1); }
};

using Frag = std::vector<Inst>;

// The whole matches of texts of ASCII digits against one program, as a
// DFA built while texts walk it: a state is the set of instructions a match
// may be at (classes, `$` and the match, with splits, jumps and saves
// followed), and its next state for a digit is worked out the first time a
// text asks. A number takes some thirty whole matches against its region's
// patterns; most of their steps are then one read of this table instead of
// a walk over the program.
struct Dfa {
  static constexpr std::int32_t kUnknown = -1;
  static constexpr std::int32_t kDead = 0;           // no match is left
  static constexpr std::int32_t kStart = 1;
  static constexpr std::size_t kMaxStates = 4096;    // past it, texts walk the program
  TextIndex sets;                     // a state's instructions as bytes, by its number
  std::vector<std::int32_t> next;     // ten a state, by digit
  std::vector<std::uint8_t> accepts;  // whether a text may end in the state
};

struct Program {
  Frag code;
  bool ok = false;
  mutable std::unique_ptr<Dfa> dfa;  // made at the first whole match
  // What any match needs, found once when compiling, so that most runs end
  // before they start: a number is matched against each of its region's
  // number types, and most types' patterns cannot even start with its first
  // digit or are longer than it.
  std::array<std::uint64_t, 2> first{};  // the characters a match can start with
  bool may_be_empty = false;             // a match may consume nothing
  int min_length = 0;                    // characters every match consumes

  [[nodiscard]] bool may_start(unsigned c) const {
    return c < 128 && (first[c >> 6] >> (c & 63) & 1);
  }
};

// The states reachable from pc without consuming a character, and the
// fewest characters consumed on any way from the start to a match (a
// shortest path where a class costs one and everything else nothing).
void analyse(Program& prog) {
  const Frag& code = prog.code;
  const int size = static_cast<int>(code.size());
  std::vector<int> cost(code.size(), INT32_MAX);
  cost[0] = 0;
  bool changed = true;
  while (changed) {  // relax until stable: jumps back (loops) are few and short
    changed = false;
    for (int pc = 0; pc < size; ++pc) {
      if (cost[pc] == INT32_MAX) continue;
      const Inst& in = code[pc];
      auto relax = [&](int to, int c) {
        if (to >= 0 && to < size && c < cost[to]) {
          cost[to] = c;
          changed = true;
        }
      };
      switch (in.op) {
        case Op::cls: relax(pc + 1, cost[pc] + 1); break;
        case Op::split: relax(pc + in.x, cost[pc]); relax(pc + in.y, cost[pc]); break;
        case Op::jump: relax(pc + in.x, cost[pc]); break;
        case Op::save:
        case Op::end: relax(pc + 1, cost[pc]); break;
        case Op::match: break;
      }
    }
  }
  prog.min_length = INT32_MAX;
  for (int pc = 0; pc < size; ++pc) {
    const Inst& in = code[pc];
    if (in.op == Op::match && cost[pc] < prog.min_length) prog.min_length = cost[pc];
    if (cost[pc] != 0) continue;  // reached without consuming: may come first
    if (in.op == Op::cls) {
      prog.first[0] |= in.set[0];
      prog.first[1] |= in.set[1];
    } else if (in.op == Op::match || in.op == Op::end) {
      prog.may_be_empty = true;
    }
  }
  if (prog.min_length == INT32_MAX) prog.min_length = 0;  // matches nothing: the run says so
}

void append(Frag& to, const Frag& from) {
  to.insert(to.end(), from.begin(), from.end());
}

Inst split(int preferred, int other) {
  return {Op::split, preferred, other, {}};
}
Inst jump(int offset) {
  return {Op::jump, offset, 0, {}};
}

Frag optional(const Frag& a, bool greedy = true) {
  int n = static_cast<int>(a.size());
  Frag f{greedy ? split(1, n + 1) : split(n + 1, 1)};
  append(f, a);
  return f;
}

Frag star(const Frag& a) {
  int n = static_cast<int>(a.size());
  Frag f{split(1, n + 2)};
  append(f, a);
  f.push_back(jump(-(n + 1)));
  return f;
}

Frag either(const Frag& a, const Frag& b) {
  int na = static_cast<int>(a.size()), nb = static_cast<int>(b.size());
  Frag f{split(1, na + 2)};
  append(f, a);
  f.push_back(jump(nb + 1));
  append(f, b);
  return f;
}

// a{min,max}; max < 0 means unbounded. Optional copies nest, (a(a)?)?, so a
// shorter repeat is only tried once the longer one failed.
Frag repeat(const Frag& a, int min, int max) {
  Frag f;
  for (int i = 0; i < min; ++i) append(f, a);
  if (max < 0) {
    append(f, star(a));
    return f;
  }
  Frag tail;
  for (int i = min; i < max; ++i) {
    Frag once = a;
    append(once, tail);
    tail = optional(once);
  }
  append(f, tail);
  return f;
}

// Recursive descent over the pattern text: alternation, then sequences of
// quantified atoms.
class Parser {
 public:
  explicit Parser(std::string_view p) : p_(p) {}

  bool parse(Frag& out) {
    out = alternation();
    return ok_ && i_ == p_.size();
  }

 private:
  std::string_view p_;
  std::size_t i_ = 0;
  int groups_ = 0;
  bool ok_ = true;

  bool at(char c) const { return i_ < p_.size() && p_[i_] == c; }
  bool eat(char c) { return at(c) ? (++i_, true) : false; }
  Frag fail() {
    ok_ = false;
    return {};
  }

  Frag alternation() {
    Frag f = sequence();
    while (ok_ && eat('|')) f = either(f, sequence());
    return f;
  }

  Frag sequence() {
    Frag f;
    while (ok_ && i_ < p_.size() && !at('|') && !at(')')) append(f, quantified(atom()));
    return f;
  }

  Frag quantified(Frag a) {
    while (ok_ && i_ < p_.size()) {
      int min = 0, max = -1;
      if (eat('?'))
        max = 1;
      else if (eat('*')) {
      } else if (eat('+'))
        min = 1;
      else if (at('{')) {
        if (!bounds(min, max)) return fail();
      } else
        break;
      if (at('?')) return fail();  // lazy quantifiers are not in the subset
      a = repeat(a, min, max);
    }
    return a;
  }

  bool bounds(int& min, int& max) {
    ++i_;
    min = number();
    max = min;
    if (eat(',')) max = at('}') ? -1 : number();
    return min >= 0 && eat('}') && (max < 0 || max >= min) && min <= 64 && max <= 64;
  }

  int number() {
    int n = -1;
    while (i_ < p_.size() && p_[i_] >= '0' && p_[i_] <= '9') {
      n = (n < 0 ? 0 : n * 10) + (p_[i_++] - '0');
      if (n > 1000) return -1;
    }
    return n;
  }

  Frag atom() {
    char c = p_[i_++];
    if (c == '(') return group();
    if (c == '[') return char_class();
    if (c == '$') return {Inst{Op::end, 0, 0, {}}};
    if (c == '\\') return escape();
    if (c == '.') return {cls(std::bitset<128>{}.set())};
    if (c == '?' || c == '*' || c == '+' || c == '{' || c == ']' || c == '}' || c == '^') {
      return fail();
    }
    return literal(c);
  }

  static Inst cls(std::bitset<128> set) {
    Inst in{Op::cls, 0, 0, {}};
    for (unsigned c = 0; c < 128; ++c) in.set[c >> 6] |= std::uint64_t{set.test(c)} << (c & 63);
    return in;
  }

  Frag literal(char c) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 128) return fail();
    std::bitset<128> set;
    set.set(u);
    return {cls(set)};
  }

  Frag escape() {
    if (i_ >= p_.size()) return fail();
    char c = p_[i_++];
    if (c == 'd') return {cls(digits())};
    if (std::string_view("\\()[]{}|?*+.$^-").find(c) == std::string_view::npos) return fail();
    return literal(c);
  }

  static std::bitset<128> digits() {
    std::bitset<128> set;
    for (char d = '0'; d <= '9'; ++d) set.set(static_cast<unsigned char>(d));
    return set;
  }

  Frag group() {
    int slot = -1;
    if (eat('?')) {
      if (!eat(':')) return fail();
    } else if (groups_ + 1 < kMaxGroups) {
      slot = ++groups_;
    } else {
      return fail();
    }
    Frag inner = alternation();
    if (!eat(')')) return fail();
    if (slot < 0) return inner;
    Frag f{Inst{Op::save, 2 * slot, 0, {}}};
    append(f, inner);
    f.push_back(Inst{Op::save, 2 * slot + 1, 0, {}});
    return f;
  }

  // [...]: single characters, ranges and \d; no negation in the subset.
  Frag char_class() {
    std::bitset<128> set;
    if (at('^')) return fail();
    while (ok_ && i_ < p_.size() && !at(']')) {
      if (eat('\\')) {
        if (!eat('d')) return fail();
        set |= digits();
        continue;
      }
      auto lo = static_cast<unsigned char>(p_[i_++]);
      unsigned char hi = lo;
      if (at('-') && i_ + 1 < p_.size() && p_[i_ + 1] != ']') {
        ++i_;
        hi = static_cast<unsigned char>(p_[i_++]);
      }
      if (hi >= 128 || hi < lo) return fail();
      for (unsigned c = lo; c <= hi; ++c) set.set(c);
    }
    if (!eat(']')) return fail();
    return {cls(set)};
  }
};

Program compile(std::string_view pattern) {
  Program prog;
  prog.ok = Parser(pattern).parse(prog.code);
  prog.code.push_back(Inst{});
  if (prog.ok) analyse(prog);
  return prog;
}

// The metadata holds about 1,300 distinct patterns; each is compiled once.
// Those of the metadata table (all but the tests') are views into one
// static text, so they are found by where they are in it, without hashing
// the pattern (some are 1,500 characters long).
//
// A number takes some thirty matches, so in front of that index sits a
// direct-mapped table of the programs last used, by place: a hit costs one
// comparison. (Each program has its own allocation, so the pointers stay
// valid as more are compiled.)
class Programs {
 public:
  const Program& of(std::string_view key, std::string_view pattern) {
    const std::uint32_t known = keys_.find(key);
    if (known != TextIndex::kNone) return *programs_[known];
    // Compiled and kept before the key is numbered, and dropped again if
    // numbering it fails: the numbers and the programs never part.
    programs_.push_back(std::make_unique<Program>(compile(pattern)));
    struct Unless {
      std::vector<std::unique_ptr<Program>>& programs;
      bool numbered = false;
      ~Unless() {
        if (!numbered) programs.pop_back();
      }
    } undo{programs_};
    (void)keys_.insert(key);  // number programs_.size() - 1
    undo.numbered = true;
    return *programs_.back();
  }

 private:
  TextIndex keys_;
  std::vector<std::unique_ptr<Program>> programs_;  // by the key's number
};

const Program& compiled(std::string_view pattern) {
  static const std::string_view table = metadata_table();
  if (pattern.data() >= table.data() && pattern.data() + pattern.size() <= table.end()) {
    struct Recent {
      std::uint64_t key = UINT64_MAX;
      const Program* program = nullptr;
    };
    static std::array<Recent, 512> recent;
    const auto offset = static_cast<std::uint64_t>(pattern.data() - table.data());
    const std::uint64_t key = offset << 32 | pattern.size();
    Recent& r = recent[(offset ^ offset >> 9) & (recent.size() - 1)];
    if (r.key == key) return *r.program;
    static Programs by_place;
    const Program& p =
        by_place.of(std::string_view(reinterpret_cast<const char*>(&key), sizeof key), pattern);
    r = {key, &p};
    return p;
  }
  static Programs by_text;
  return by_text.of(pattern, pattern);
}

struct Job {
  int pc;
  int pos;
  int slot;  // >= 0: restore captures[slot] to pos instead of running
};

// The states seen by one run and its stack of jobs, kept from run to run
// so that a match allocates nothing: a state is seen when it holds the
// run's stamp, so nothing needs clearing either. (The engine runs on one
// thread, as does the rest of the matcher's caching.)
class Scratch {
 public:
  // Starts a run over this many states: a state is seen when it holds
  // stamp() (a pointer, for the same reason as Inst::set).
  std::uint32_t* start(std::size_t states) {
    if (seen_.size() < states || stamp_ == UINT32_MAX) {
      seen_.assign(std::max(states, seen_.size()), 0);
      stamp_ = 0;
    }
    ++stamp_;
    depth = 0;
    return seen_.data();
  }
  [[nodiscard]] std::uint32_t stamp() const { return stamp_; }
  // The jobs, stack[0..depth): a vector kept at its largest size, pushed
  // to by index (push_back is a call in the wasm build, on the hot path).
  std::vector<Job> stack = std::vector<Job>(64);
  std::size_t depth = 0;
  LF_INLINE void push(Job job) {
    if (depth == stack.size()) stack.resize(stack.size() * 2);
    stack[depth++] = job;
  }

 private:
  std::vector<std::uint32_t> seen_;
  std::uint32_t stamp_ = 0;
};

// What the program's analysis rules out before any run.
bool ruled_out(const Program& prog, std::string_view text) {
  const int n = static_cast<int>(text.size());
  return !prog.ok || n < prog.min_length ||
         (!prog.may_be_empty && (n == 0 || !prog.may_start(static_cast<unsigned char>(text[0]))));
}

// Backtracking in priority order, with each (pc, pos) state tried at most
// once: without back-references, a state that failed once fails again.
// A whole match is only asked whether there is one: it keeps no captures
// (they never change whether a pattern matches) and answers true or false.
template <bool kWhole>
std::conditional_t<kWhole, bool, std::optional<PrefixMatch>> run(const Program& prog,
                                                                 std::string_view text) {
  if (ruled_out(prog, text)) return {};
  const int n = static_cast<int>(text.size());
  static Scratch scratch;
  std::uint32_t* seen = scratch.start(prog.code.size() * (text.size() + 1));
  const std::uint32_t stamp = scratch.stamp();
  const Inst* code = prog.code.data();
  const char* chars = text.data();
  std::array<int, 2 * kMaxGroups> caps;
  if constexpr (!kWhole) caps.fill(-1);
  scratch.push({0, 0, -1});
  while (scratch.depth > 0) {
    const Job job = scratch.stack[--scratch.depth];
    if (job.slot >= 0) {
      caps[job.slot] = job.pos;
      continue;
    }
    for (int pc = job.pc, pos = job.pos;;) {
      std::size_t state = static_cast<std::size_t>(pc) * (text.size() + 1) + pos;
      if (seen[state] == stamp) break;
      seen[state] = stamp;
      const Inst& in = code[pc];
      if (in.op == Op::cls) {
        if (!in.accepts(pos < n ? static_cast<unsigned char>(chars[pos]) : 255u)) break;
        ++pc, ++pos;
      } else if (in.op == Op::split) {
        scratch.push({pc + in.y, pos, -1});
        pc += in.x;
      } else if (in.op == Op::jump) {
        pc += in.x;
      } else if (in.op == Op::save) {
        if constexpr (!kWhole) {
          scratch.push({0, caps[in.x], in.x});
          caps[in.x] = pos;
        }
        ++pc;
      } else if (in.op == Op::end) {
        if (pos != n) break;
        ++pc;
      } else {
        if constexpr (kWhole) {
          if (pos != n) break;
          return true;
        } else {
          PrefixMatch m;
          m.end = static_cast<std::size_t>(pos);
          m.groups[0] = {0, pos};
          for (int g = 1; g < kMaxGroups; ++g) m.groups[g] = {caps[2 * g], caps[2 * g + 1]};
          return m;
        }
      }
    }
  }
  return {};
}

// The instructions reachable from those in `from` without consuming a
// character, sorted: classes and the match, and `$` unless at_end, where it
// is passed.
std::vector<std::int32_t> closure(const Frag& code, const std::vector<std::int32_t>& from,
                                  bool at_end) {
  static Scratch marks;  // the instructions seen, one state each (its job stack unused)
  std::uint32_t* seen = marks.start(code.size());
  const std::uint32_t stamp = marks.stamp();
  std::vector<std::int32_t> todo(from.rbegin(), from.rend()), out;
  while (!todo.empty()) {
    const std::int32_t pc = todo.back();
    todo.pop_back();
    if (seen[static_cast<std::size_t>(pc)] == stamp) continue;
    seen[static_cast<std::size_t>(pc)] = stamp;
    const Inst& in = code[static_cast<std::size_t>(pc)];
    if (in.op == Op::split) {
      todo.push_back(pc + in.y);
      todo.push_back(pc + in.x);
    } else if (in.op == Op::jump) {
      todo.push_back(pc + in.x);
    } else if (in.op == Op::save || (in.op == Op::end && at_end)) {
      todo.push_back(pc + 1);
    } else {
      out.push_back(pc);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The number of the state made of these instructions, made if new. The
// state is numbered last, once its rows of the tables exist: if making
// them fails (an allocation), the tables are only longer than the states,
// never shorter.
std::int32_t state_of(Dfa& dfa, const Frag& code, const std::vector<std::int32_t>& set) {
  const std::string_view key(reinterpret_cast<const char*>(set.data()),
                             set.size() * sizeof(std::int32_t));
  const std::uint32_t known = dfa.sets.find(key);
  if (known != TextIndex::kNone) return static_cast<std::int32_t>(known);
  const std::size_t number = dfa.sets.size();
  const std::vector<std::int32_t> at_end = closure(code, set, true);
  const bool accepts = std::any_of(at_end.begin(), at_end.end(), [&](std::int32_t pc) {
    return code[static_cast<std::size_t>(pc)].op == Op::match;
  });
  dfa.next.resize(std::max(dfa.next.size(), (number + 1) * 10), Dfa::kUnknown);
  dfa.accepts.resize(std::max(dfa.accepts.size(), number + 1));
  dfa.accepts[number] = accepts;
  return static_cast<std::int32_t>(dfa.sets.insert(key).number);
}

// The state after digit c (a character code) from state s.
std::int32_t step(Dfa& dfa, const Frag& code, std::int32_t s, unsigned c) {
  const std::string_view set = dfa.sets.text(static_cast<std::uint32_t>(s));
  std::vector<std::int32_t> moved;
  for (std::size_t i = 0; i < set.size(); i += sizeof(std::int32_t)) {
    std::int32_t pc = 0;
    std::memcpy(&pc, set.data() + i, sizeof pc);
    const Inst& in = code[static_cast<std::size_t>(pc)];
    if (in.op == Op::cls && in.accepts(c)) moved.push_back(pc + 1);
  }
  return state_of(dfa, code, closure(code, moved, false));
}

// run<true>'s answer, from the DFA for texts of digits.
bool whole_match(const Program& prog, std::string_view text) {
  if (ruled_out(prog, text)) return false;
  if (!prog.dfa) {  // kept only once both of its first states are made
    auto made = std::make_unique<Dfa>();
    (void)state_of(*made, prog.code, {});                              // kDead
    (void)state_of(*made, prog.code, closure(prog.code, {0}, false));  // kStart
    prog.dfa = std::move(made);
  }
  Dfa& dfa = *prog.dfa;
  std::int32_t s = Dfa::kStart;
  for (const char ch : text) {
    const unsigned digit = static_cast<unsigned char>(ch) - unsigned{'0'};
    if (digit > 9) return run<true>(prog, text);
    const std::size_t at = static_cast<std::size_t>(s) * 10 + digit;
    if (dfa.next[at] == Dfa::kUnknown) {
      if (dfa.sets.size() >= Dfa::kMaxStates) return run<true>(prog, text);
      const std::int32_t to = step(dfa, prog.code, s, static_cast<unsigned char>(ch));
      dfa.next[at] = to;  // after step, which may have grown the table
    }
    s = dfa.next[at];
    if (s == Dfa::kDead) return false;
  }
  return dfa.accepts[static_cast<std::size_t>(s)] != 0;
}

}  // namespace

bool full_match(std::string_view pattern, std::string_view text) {
  return whole_match(compiled(pattern), text);
}

bool full_match_walked(std::string_view pattern, std::string_view text) {
  return run<true>(compiled(pattern), text);
}

std::optional<PrefixMatch> prefix_match(std::string_view pattern, std::string_view text) {
  return run<false>(compiled(pattern), text);
}

bool pattern_compiles(std::string_view pattern) {
  return compiled(pattern).ok;
}

}  // namespace licenseform::phone_detail
