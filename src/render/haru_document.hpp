// SPDX-License-Identifier: Apache-2.0
// One libharu document, owned (HPDF_Free on every path) and with its errors recorded.
// libharu reports errors through a C callback and then fails every later call (the error is
// sticky); nothing may be thrown through C, so the callback only records, and check() throws
// HaruError from C++ once the C call has returned.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>

#include <hpdf.h>

namespace medcert::render {

class HaruError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class HaruDocument {
 public:
  /// Throws HaruError when libharu cannot even create a document.
  HaruDocument();
  HaruDocument(const HaruDocument&) = delete;
  HaruDocument& operator=(const HaruDocument&) = delete;

  HPDF_Doc get() const { return doc_.get(); }
  /// Throws HaruError naming `step` when libharu recorded an error during it (or before).
  void check(const std::string& step) const;

 private:
  struct Status {
    HPDF_STATUS error = HPDF_OK;
    HPDF_STATUS detail = HPDF_OK;
  };
  static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) noexcept;

  struct Free {
    void operator()(HPDF_Doc doc) const { HPDF_Free(doc); }
  };
  // Allocated apart so its address, given to libharu, stays fixed.
  std::unique_ptr<Status> status_ = std::make_unique<Status>();
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, Free> doc_;
};

}  // namespace medcert::render
