// SPDX-License-Identifier: Apache-2.0
// The templates shipped in the repository's templates/, read once from disk through the real loader, for
// the tests that check the data itself (each profession's wording, rules and skeleton).
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <medcert/environment.hpp>

#include "load/load.hpp"

namespace medcert::testing {

/// Files read from disk, directories listed sorted; a fixed clock.
class DirectoryEnvironment : public Environment {
 public:
  std::optional<std::string> read_file(const std::string& path) const override {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }
  std::vector<std::string> list_directory(const std::string& path) const override { return entries(path, false); }
  std::vector<std::string> list_subdirectories(const std::string& path) const override { return entries(path, true); }
  std::int64_t now() const override { return 1795000000; }

 private:
  static std::vector<std::string> entries(const std::string& path, bool directories) {
    std::vector<std::string> names;
    std::error_code error;
    for (const auto& e : std::filesystem::directory_iterator(path, error))
      if (e.is_directory() == directories) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }
};

/// Every non-abstract template of templates/; loading them must give no diagnostic at all.
inline const std::vector<model::Template>& shipped_templates() {
  static const auto loaded = load::load_templates(DirectoryEnvironment{}, MEDCERT_SOURCE_DIR "/templates");
  for (const auto& d : loaded.diagnostics)
    UNSCOPED_INFO(d.location.file << ":" << d.location.line << ":" << d.location.column << " " << d.rule << " "
                                  << d.message_en);
  REQUIRE(loaded.value);
  CHECK(loaded.diagnostics.empty());
  return *loaded.value;
}

/// The shipped templates of one document kind for adults: the certificates, or the signalements to the prosecutor.
inline std::vector<model::Template> shipped_documents(bool signalement) {
  std::vector<model::Template> out;
  for (const auto& t : shipped_templates())
    if (t.is_signalement() == signalement && !t.for_minor()) out.push_back(t);
  return out;
}
inline std::vector<model::Template> shipped_certificates() { return shipped_documents(false); }
inline std::vector<model::Template> shipped_signalements() { return shipped_documents(true); }

/// The certificate template of a profession (French id), or its signalement, for adults.
inline const model::Template& shipped_template(const std::string& profession, bool signalement = false) {
  const auto& all = shipped_templates();
  const auto it = std::find_if(all.begin(), all.end(), [&](const auto& t) {
    return t.profession.id == profession && t.is_signalement() == signalement && !t.for_minor();
  });
  REQUIRE(it != all.end());
  return *it;
}

/// A shipped template by its id ("medecin.information-preoccupante").
inline const model::Template& shipped_template_id(const std::string& id) {
  const auto& all = shipped_templates();
  const auto it = std::find_if(all.begin(), all.end(), [&](const auto& t) { return t.id == id; });
  REQUIRE(it != all.end());
  return *it;
}

/// The text of examples/`name` ("medecin/requisition.yaml").
inline std::string example_text(const std::string& name) {
  std::ifstream in(MEDCERT_SOURCE_DIR "/examples/" + name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// `yaml` with its first `from` replaced by `to`, which must be found: one change to a good example.
inline std::string changed_once(std::string yaml, const std::string& from, const std::string& to) {
  const auto at = yaml.find(from);
  REQUIRE(at != std::string::npos);
  return yaml.replace(at, from.size(), to);
}

/// The six professions of the reference, French ids.
inline const std::vector<std::string> kProfessions{"medecin",           "infirmier",  "masseur-kinesitherapeute",
                                                   "pedicure-podologue", "sage-femme", "chirurgien-dentiste"};

}  // namespace medcert::testing
