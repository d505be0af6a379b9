// A callable lent to a function for the length of one call: a pointer to
// the caller's callable and the one function that calls it, where
// std::function would keep a copy. In the WebAssembly build each
// std::function of another callable type was a wrapper class of its own,
// and the engine has a size budget (150 KB gzipped); a FunctionRef costs one
// small function per callable type.
//
//   SheetSummary read_sheet(..., FunctionRef<void(const SheetRow&)> on_row);
//   read_sheet(..., [&](const SheetRow& r) { ... });  // lives until the call returns
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace licenseform {

template <typename Signature>
class FunctionRef;

template <typename R, typename... Args>
class FunctionRef<R(Args...)> {
 public:
  template <typename F,
            typename = std::enable_if_t<!std::is_same_v<std::decay_t<F>, FunctionRef>>>
  FunctionRef(F&& f)  // NOLINT(google-explicit-constructor): passed as a lambda
      : object_(const_cast<void*>(static_cast<const void*>(std::addressof(f)))),
        call_(&call<std::remove_reference_t<F>>) {
    // A view made of a string the callable returns would dangle at once.
    static_assert(!std::is_same_v<R, std::string_view> ||
                      !std::is_same_v<std::decay_t<std::invoke_result_t<F&, Args...>>, std::string>,
                  "the callable returns a string: return a view of one that outlives the call");
  }

  R operator()(Args... args) const { return call_(object_, std::forward<Args>(args)...); }

 private:
  template <typename F>
  static R call(void* f, Args... args) {
    if constexpr (std::is_void_v<R>) {
      (*static_cast<F*>(f))(std::forward<Args>(args)...);  // a result, if any, is not wanted
    } else {
      return (*static_cast<F*>(f))(std::forward<Args>(args)...);
    }
  }

  void* object_;
  R (*call_)(void*, Args...);
};

}  // namespace licenseform
