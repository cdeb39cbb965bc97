#include "validate/authored_texts.hpp"

namespace medcert::validate {
namespace {

void add(std::vector<const model::Text*>& out, const model::Text& text) {
  if (text && !text.value.empty()) out.push_back(&text);
}

void add(std::vector<const model::Text*>& out, const std::vector<model::Text>& texts) {
  for (const auto& text : texts) add(out, text);
}

}  // namespace

std::vector<const model::Text*> own_texts(const model::Findings& f) {
  std::vector<const model::Text*> out;
  add(out, f.examination.place);
  for (const auto& lesion : f.lesions) {
    add(out, lesion.location_detail);
    add(out, lesion.aspect);
    add(out, lesion.note);
  }
  add(out, f.negative_findings);
  add(out, f.psychological_state);
  add(out, f.functional_impact);
  for (const auto& exam : f.complementary_exams) {
    add(out, exam.exam);
    add(out, exam.result);
  }
  add(out, f.issuance.place);
  return out;
}

std::vector<const model::Text*> quoted_texts(const model::Findings& f) {
  std::vector<const model::Text*> out;
  add(out, f.facts.place);
  add(out, f.declarations);
  add(out, f.complaints);
  return out;
}

}  // namespace medcert::validate
