#include "licenseform/policy.hpp"

#include <algorithm>

namespace licenseform {

BillingEnd billing_end(Day notice, std::optional<Day> requested, const Policy& policy) {
  BillingEnd end;
  end.notice = notice;
  end.earliest = notice + date::days{policy.notice_days};
  end.requested = requested;
  Day last = requested ? std::max(end.earliest, *requested) : end.earliest;
  end.billing_end = policy.end_of_month ? last_day_of_month(last) : last;
  end.requested_before_earliest = requested && *requested < end.earliest;
  return end;
}

Reason explain(const BillingEnd& end, const Policy& policy) {
  Reason r;
  r.params = {{"noticeDays", std::to_string(policy.notice_days)},
              {"notice", format_iso_date(end.notice)},
              {"earliest", format_iso_date(end.earliest)},
              {"billingEnd", format_iso_date(end.billing_end)}};
  if (end.requested) r.params.emplace_back("requested", format_iso_date(*end.requested));
  std::string base = policy.end_of_month ? "policy.reason.end_of_month" : "policy.reason.plain";
  if (!end.requested) {
    r.code = base;
  } else if (end.requested_before_earliest) {
    r.code = base + ".requested_early";
  } else {
    r.code = base + ".requested";
  }
  return r;
}

}  // namespace licenseform
