#include "model/findings.hpp"

namespace medcert::model {
namespace {

void visit(const std::vector<Text>& texts, const std::function<void(const Text&)>& fn) {
  for (const auto& t : texts) fn(t);
}

void visit(const std::optional<Attendant>& a, const std::function<void(const Text&)>& fn) {
  if (!a) return;
  for (const Text* t : {&a->kind, &a->given_name, &a->family_name, &a->language}) fn(*t);
}

}  // namespace

void for_each_text(const Findings& f, const std::function<void(const Text&)>& fn) {
  const auto& a = f.author;
  for (const Text* t : {&f.template_id, &a.civility, &a.title, &a.given_name, &a.family_name, &a.profession,
                        &a.specialty, &a.rpps, &a.adeli, &a.ordinal_number, &a.structure, &a.phone, &a.email})
    fn(*t);
  visit(a.address, fn);
  const auto& p = f.patient;
  for (const Text* t : {&p.civility, &p.family_name, &p.birth_name, &p.given_names, &p.identity}) fn(*t);
  visit(p.address, fn);
  const auto& x = f.examination;
  for (const Text* t : {&x.place_type, &x.place, &x.request_mode, &x.requisition_authority, &x.requisition_reference})
    fn(*t);
  visit(x.legal_representative, fn);
  visit(x.interpreter, fn);
  fn(f.facts.place);
  visit(f.declarations, fn);
  visit(f.complaints, fn);
  for (const auto& l : f.lesions)
    for (const Text* t :
         {&l.type, &l.region, &l.side, &l.face, &l.tooth, &l.location_detail, &l.colour, &l.aspect, &l.note})
      fn(*t);
  visit(f.negative_findings, fn);
  fn(f.psychological_state);
  fn(f.functional_impact);
  for (const auto& e : f.complementary_exams) {
    fn(e.exam);
    fn(e.result);
  }
  if (f.itt) fn(f.itt->mode);
  for (const Text* t : {&f.issuance.place, &f.issuance.recipient}) fn(*t);
}

}  // namespace medcert::model
