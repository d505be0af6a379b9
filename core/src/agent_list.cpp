// The accepted agents and the refused rows of a check, kept compactly
// (order.hpp).
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <type_traits>

#include "licenseform/order.hpp"
#include "licenseform/ordering.hpp"

namespace licenseform {

void AgentList::reserve(std::size_t agents, std::size_t text_bytes) {
  entries_.reserve(agents);
  texts_.reserve(text_bytes);
}

void AgentList::push_back(const Agent& agent) {
  push_back(Values{agent.line, agent.row, agent.name, agent.email, agent.phone,
                   agent.cancellation_date, agent.billing.has_value()});
}

void AgentList::push_back(const Values& agent) {
  Entry e;
  e.line = agent.line;
  e.row = agent.row;
  e.name = texts_.keep(agent.name);
  e.email = texts_.keep(agent.email);
  e.phone = agent.phone_at == kNotShared ? texts_.keep(agent.phone)
                                         : Span{agent.phone_at, agent.phone.size()};
  e.cancellation_date = agent.cancellation_date;
  e.billed = agent.billed;
  entries_.push_back(e);
}

void AgentList::clear() {
  entries_.clear();
  texts_.clear();
}

void AgentList::sort_by_row() {
  stable_sort_by(entries_, [](const Entry& e) { return e.row; });
}

std::size_t AgentList::find_row(std::size_t row) const {
  std::size_t from = 0;
  return find_row(row, from);
}

std::size_t AgentList::find_row(std::size_t row, std::size_t& from) const {
  // Steps of 1, 2, 4, ... past from until an agent of that row or later,
  // then a binary search in the last step.
  const std::size_t n = entries_.size();
  std::size_t low = std::min(from, n), step = 1, high = low;
  while (high < n && entries_[high].row < row) {
    low = high + 1;
    high = std::min(n, high + step);
    step *= 2;
  }
  auto it = std::lower_bound(entries_.begin() + static_cast<std::ptrdiff_t>(low),
                             entries_.begin() + static_cast<std::ptrdiff_t>(high), row,
                             [](const Entry& e, std::size_t r) { return e.row < r; });
  from = static_cast<std::size_t>(it - entries_.begin());
  return from < n && entries_[from].row == row ? from : n;
}

void AgentList::erase_rows(const std::vector<std::size_t>& rows) {
  std::size_t kept = 0, r = 0;
  for (const Entry& e : entries_) {
    while (r < rows.size() && rows[r] < e.row) ++r;
    if (r < rows.size() && rows[r] == e.row) continue;
    entries_[kept++] = e;
  }
  entries_.resize(kept);  // their texts stay kept, unread
}

bool AgentList::billed_alike() const {
  if (entries_.empty()) return true;
  const Entry& first = entries_.front();
  for (const Entry& e : entries_) {
    if (e.billed != first.billed || (e.billed && e.cancellation_date != first.cancellation_date)) {
      return false;
    }
  }
  return true;
}

Agent AgentList::operator[](std::size_t i) const {
  const Entry& e = entries_[i];
  Agent a;
  a.line = e.line;
  a.row = e.row;
  a.name = text(e.name);
  a.email = text(e.email);
  a.phone = text(e.phone);
  a.cancellation_date = e.cancellation_date;
  if (e.billed) a.billing = billing_end(today_, e.cancellation_date, policy_);
  return a;
}

void RefusedList::push_back(const Values& row) {
  entries_.push_back({row.line, row.row, texts_.keep(row.name), texts_.keep(row.cancellation_date),
                      texts_.keep(row.phone), texts_.keep(row.email)});
}

RefusedList::Values RefusedList::values(std::size_t i) const {
  const Entry& e = entries_[i];
  return {e.line, e.row, texts_.view(e.name), texts_.view(e.cancellation_date),
          texts_.view(e.phone), texts_.view(e.email)};
}

RefusedRow RefusedList::operator[](std::size_t i) const {
  const Values v = values(i);
  return {v.line, v.row,
          {std::string(v.name), std::string(v.cancellation_date), std::string(v.phone),
           std::string(v.email)}};
}

std::size_t RefusedList::find_row(std::size_t row) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), row,
                             [](const Entry& e, std::size_t r) { return e.row < r; });
  const auto at = static_cast<std::size_t>(it - entries_.begin());
  return at < entries_.size() && entries_[at].row == row ? at : entries_.size();
}

void RefusedList::sort_by_row() {
  stable_sort_by(entries_, [](const Entry& e) { return e.row; });
}

void RefusedList::clear() {
  entries_.clear();
  texts_.clear();
}

}  // namespace licenseform
