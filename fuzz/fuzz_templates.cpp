// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: arbitrary bytes as a template file beside the real common template, so that
// `extends: commun.violences-majeur` merges against it; then conversion, and for a template that loads
// cleanly, the checker, composition and layout of the example findings of its profession.
// Everything but the fuzzed file (common template, fonts, examples) is read once.
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "compose/compose.hpp"
#include "fonts/font_set.hpp"
#include "layout/layout.hpp"
#include "load/load.hpp"
#include "validate/validate.hpp"

namespace {

using namespace medcert;

constexpr std::int64_t kNow = 1795219200;  // SOURCE_DATE_EPOCH of the tests
constexpr const char* kDir = "templates";
constexpr const char* kCommonDir = "templates/commun";
constexpr const char* kCommonName = "violences-majeur.yaml";
constexpr const char* kFuzzedName = "fuzzed.yaml";
constexpr const char* kLexiconPath = "wording/lexique-fr.tsv";

std::string read_or_die(const Environment& env, const std::string& path) {
  auto text = env.read_file(path);
  if (!text) __builtin_trap();
  return std::move(*text);
}

// A templates directory in memory: the fuzzed file at the top, the real common template below it, and
// the real morphological table its wording rules need.
class OneTemplateEnvironment final : public Environment {
 public:
  OneTemplateEnvironment(const std::string& common, const std::string& lexicon, std::string fuzzed)
      : common_(common), lexicon_(lexicon), fuzzed_(std::move(fuzzed)) {}
  std::optional<std::string> read_file(const std::string& path) const override {
    if (path == std::string(kDir) + "/" + kFuzzedName) return fuzzed_;
    if (path == std::string(kCommonDir) + "/" + kCommonName) return common_;
    if (path == std::string(kDir) + "/" + kLexiconPath) return lexicon_;
    return std::nullopt;
  }
  std::vector<std::string> list_directory(const std::string& path) const override {
    if (path == kDir) return {kFuzzedName};
    if (path == kCommonDir) return {kCommonName};
    return {};
  }
  std::vector<std::string> list_subdirectories(const std::string& path) const override {
    if (path == kDir) return {"commun"};
    return {};
  }
  std::int64_t now() const override { return kNow; }

 private:
  const std::string& common_;
  const std::string& lexicon_;
  std::string fuzzed_;
};

struct Fixtures {
  std::string common;
  std::string lexicon;
  std::shared_ptr<const fonts::FontSet> fonts;
  std::map<std::string, model::Findings> findings_by_profession;  // the examples', by French profession id
};

const Fixtures& fixtures() {
  static const Fixtures instance = [] {
    const auto& env = *system_environment();
    const std::string root = MEDCERT_FUZZ_DATA_DIR;
    Fixtures f;
    f.common = read_or_die(env, root + "/templates/commun/" + kCommonName);
    f.lexicon = read_or_die(env, root + "/templates/" + kLexiconPath);
    auto manifest = load::load_font_manifest(env, root + "/fonts/manifest.yaml");
    if (!manifest.value) __builtin_trap();
    auto fonts = fonts::FontSet::load(env, *manifest.value);
    if (!fonts.value) __builtin_trap();
    f.fonts = std::move(*fonts.value);
    for (const auto& profession : env.list_subdirectories(root + "/examples"))
      for (const auto& name : env.list_directory(root + "/examples/" + profession)) {
        const std::string path = root + "/examples/" + profession + "/" + name;
        auto loaded = load::load_findings(read_or_die(env, path), path);
        if (loaded.value && !has_errors(loaded.diagnostics))
          f.findings_by_profession.emplace(profession, std::move(*loaded.value));
      }
    return f;
  }();
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Fixtures& f = fixtures();
  const OneTemplateEnvironment env(f.common, f.lexicon, std::string(reinterpret_cast<const char*>(data), size));
  const auto loaded = load::load_templates(env, kDir);
  if (!loaded.value || has_errors(loaded.diagnostics)) return 0;
  for (const auto& tmpl : *loaded.value) {
    const auto findings = f.findings_by_profession.find(tmpl.profession.id);
    if (findings == f.findings_by_profession.end()) continue;
    if (has_errors(validate::validate(tmpl, findings->second, kNow, f.fonts.get()))) continue;
    const auto document = compose::compose(tmpl, findings->second);
    if (document.value && !has_errors(document.diagnostics)) layout::layout(*document.value, *f.fonts);
  }
  return 0;
}
