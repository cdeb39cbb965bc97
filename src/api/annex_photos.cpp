// SPDX-License-Identifier: Apache-2.0
#include "api/annex_photos.hpp"

#include <filesystem>

#include "images/photo.hpp"
#include "model/diag.hpp"

namespace medcert::api {
namespace {

// Large enough for a photograph printed across the text's width at 200 dpi (16.5 cm), small enough that four
// of them keep the PDF near a megabyte.
constexpr int kPrintedPixels = 1300;

// A photograph's bytes: given by the caller, else read from the folder, unless the file's size alone says
// images/ would refuse it (a file of gigabytes named in the findings is never read).
// The caller's bytes are used where they are, not copied (a camera's photograph weighs megabytes).
struct Bytes {
  const std::string* given = nullptr;
  std::optional<std::string> read;
  std::optional<Diagnostic> refusal;

  const std::string* bytes() const { return given ? given : read ? &*read : nullptr; }
};

Bytes bytes_of(const model::Photo& photo, const std::map<std::string, std::string>& given,
               const std::optional<std::string>& folder, const Environment& env) {
  if (const auto found = given.find(photo.file.value); found != given.end()) return {&found->second, {}, {}};
  if (!folder) return {};
  const auto path = (std::filesystem::path(*folder) / photo.file.value).string();
  if (const auto size = env.file_size(path))
    if (auto refusal = images::too_large(*size, photo.file.value)) return {nullptr, {}, std::move(refusal)};
  return {nullptr, env.read_file(path), {}};
}

}  // namespace

model::Result<std::vector<model::PhotoImage>> prepare_photos(model::Findings& findings,
                                                             const std::map<std::string, std::string>& given,
                                                             const std::optional<std::string>& folder,
                                                             const Environment& env) {
  model::Result<std::vector<model::PhotoImage>> out;
  std::vector<model::PhotoImage> images;
  for (auto& photo : findings.photos) {
    if (!photo.file) continue;  // R-PH-3 says it is missing
    // images/ names the file; the findings say where it was named.
    const auto report = [&](Diagnostic d) {
      d.path = photo.file.path;
      d.location = photo.file.where;
      out.diagnostics.push_back(std::move(d));
    };
    auto found = bytes_of(photo, given, folder, env);
    if (found.refusal) {
      report(std::move(*found.refusal));
      continue;
    }
    const std::string* bytes = found.bytes();
    if (!bytes) {
      out.diagnostics.push_back(model::error("P-PHOTO.missing", photo.file.path, photo.file.where,
                                             {model::param("file", photo.file.value),
                                              model::param("reason", folder ? "introuvable ou illisible" : "non fourni",
                                                           folder ? "not found or unreadable" : "not given")}));
      continue;
    }
    auto prepared = images::prepare_photo(*bytes, photo.file.value, kPrintedPixels, kPrintedPixels);
    for (auto& d : prepared.diagnostics) report(std::move(d));
    if (!prepared.value) continue;
    const std::string& actual = prepared.value->original_sha256;
    if (photo.sha256 && photo.sha256.value != actual)
      out.diagnostics.push_back(model::error("R-PH-6", photo.sha256.path, photo.sha256.where,
                                             {model::param("file", photo.file.value),
                                              model::param("found", photo.sha256.value), model::param("actual", actual)}));
    photo.sha256 = model::Text{actual, photo.sha256.where, photo.path + ".sha256", true};
    images.push_back({std::move(prepared.value->jpeg), prepared.value->width, prepared.value->height});
  }
  if (images.size() == findings.photos.size()) out.value = std::move(images);
  return out;
}

}  // namespace medcert::api
