// The cancellation policy: notice days, then (by default) to the end of the
// month in which the notice period ends.
//
//   earliest    = notice + notice_days
//   billing end = last day of the month of max(earliest, requested)
//
//   billing_end(2025-01-15, nullopt, Policy{}).billing_end  // 2025-02-28
#pragma once

#include <optional>
#include <string>

#include "licenseform/calendar.hpp"
#include "licenseform/messages.hpp"

namespace licenseform {

struct Policy {
  int notice_days = 30;     // days of notice counted from the notice date
  bool end_of_month = true;  // round the end up to the last day of its month
};

struct BillingEnd {
  Day notice;                        // the day the notice is given ("today")
  Day earliest;                      // notice + notice_days
  std::optional<Day> requested;      // the cancellation date asked for, if any
  Day billing_end;                   // last day that is billed
  bool requested_before_earliest = false;  // the agent may stop earlier than billing ends
};

// requested must not lie before notice; callers check that first.
[[nodiscard]] BillingEnd billing_end(Day notice, std::optional<Day> requested,
                                     const Policy& policy);

// The reason for a billing end as a message code with parameters (rendered
// in words by the catalog), e.g. code "policy.reason.end_of_month":
// "30 days' notice from 3 December 2026 runs to 2 January 2027, and billing
// runs to the end of that month: 31 January 2027."
struct Reason {
  std::string code;
  Params params;
};
// Date parameters are ISO; the catalog writes them in words when rendering.
[[nodiscard]] Reason explain(const BillingEnd& end, const Policy& policy);

}  // namespace licenseform
