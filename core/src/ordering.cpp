#include "licenseform/ordering.hpp"

#include <algorithm>

namespace licenseform {

std::vector<std::uint32_t> stable_order(const std::vector<std::uint64_t>& keys) {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> pairs;
  pairs.reserve(keys.size());
  for (std::uint32_t i = 0; i < keys.size(); ++i) pairs.emplace_back(keys[i], i);
  std::sort(pairs.begin(), pairs.end());  // the index breaks ties: stable
  std::vector<std::uint32_t> order;
  order.reserve(pairs.size());
  for (const auto& p : pairs) order.push_back(p.second);
  return order;
}

}  // namespace licenseform
