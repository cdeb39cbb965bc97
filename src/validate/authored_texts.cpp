// SPDX-License-Identifier: Apache-2.0
#include "validate/authored_texts.hpp"

#include "model/field_table.hpp"

namespace medcert::validate {
namespace {

// The present, non-empty texts the table says `authorship` wrote, in document order.
struct ByAuthor : model::FieldVisitor {
  model::Authorship authorship;
  std::vector<const model::Text*> out;

  explicit ByAuthor(model::Authorship a) : authorship(a) {}
  using FieldVisitor::value;
  void value(const model::FieldSpec& spec, const model::Text& text) {
    if (spec.authorship == authorship && text && !text.value.empty()) out.push_back(&text);
  }
  void value(const model::FieldSpec& spec, const std::vector<model::Text>& texts) {
    for (const auto& text : texts) value(spec, text);
  }
};

std::vector<const model::Text*> texts_by(const model::Findings& f, model::Authorship authorship) {
  ByAuthor walk(authorship);
  model::visit_fields(walk, f);
  return std::move(walk.out);
}

}  // namespace

std::vector<const model::Text*> own_texts(const model::Findings& f) {
  return texts_by(f, model::Authorship::own_words);
}

std::vector<const model::Text*> quoted_texts(const model::Findings& f) {
  return texts_by(f, model::Authorship::quoted);
}

}  // namespace medcert::validate
