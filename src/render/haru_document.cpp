// SPDX-License-Identifier: Apache-2.0
#include "render/haru_document.hpp"

#include <fmt/format.h>

namespace medcert::render {

void HaruDocument::on_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) noexcept {
  auto* status = static_cast<Status*>(user_data);
  if (status->error == HPDF_OK) *status = {error, detail};  // the first error is the cause
}

HaruDocument::HaruDocument() : doc_(HPDF_New(&HaruDocument::on_error, status_.get())) {
  if (!doc_) throw HaruError("libharu could not create a document (out of memory)");
}

void HaruDocument::check(const std::string& step) const {
  if (status_->error == HPDF_OK) return;
  throw HaruError(fmt::format("{}: libharu error 0x{:04X} (detail {})", step, status_->error, status_->detail));
}

}  // namespace medcert::render
