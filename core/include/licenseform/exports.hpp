// The files the product writes back for the customer after a CSV check:
// the rows to fix, each with what is wrong, and the accepted rows in the
// template's own form. Both go through write_csv, so every field is quoted
// and cells that start like a formula are neutralized.
//
//   problems_csv(result, options, Lang::en)
//   // "Row","Name",...,"Email","Problem"  then one record per refused row
#pragma once

#include <string>

#include "licenseform/messages.hpp"
#include "licenseform/order.hpp"

namespace licenseform {

// The result's issues in row order, as every check gives them.
[[nodiscard]] std::string problems_csv(const CheckResult& result, const OrderOptions& options,
                                       Lang lang);
[[nodiscard]] std::string accepted_csv(const CheckResult& result, const OrderOptions& options,
                                       Lang lang);

}  // namespace licenseform
