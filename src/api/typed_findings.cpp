#include "api/typed_findings.hpp"

#include "load/load.hpp"

#include <fmt/format.h>

namespace medcert::api {
namespace {

using load::Node;

// Each section as a mapping node (defined below; Mapping's templates call them).
Node tree(const FindingsAuthor& a, const Location& where);
Node tree(const FindingsPatient& p, const Location& where);
Node tree(const FindingsAttendant& a, const Location& where);
Node tree(const FindingsRequisition& r, const Location& where);
Node tree(const FindingsExamination& e, const Location& where);
Node tree(const FindingsFacts& f, const Location& where);
Node tree(const FindingsLesionSize& s, const Location& where);
Node tree(const FindingsLesion& l, const Location& where);
Node tree(const FindingsComplementaryExam& e, const Location& where);
Node tree(const FindingsItt& i, const Location& where);
Node tree(const FindingsPriorState& p, const Location& where);
Node tree(const FindingsExaminationLimit& l, const Location& where);
Node tree(const FindingsCare& c, const Location& where);
Node tree(const FindingsIssuance& i, const Location& where);

// Every value of the typed findings is read where the caller's object is: there is no line to point at.
Node scalar(std::string text, const Location& where) {
  Node node;
  node.kind = Node::Kind::scalar;
  node.text = std::move(text);
  node.where = where;
  return node;
}

// One mapping, written member by member as the loader reads text: numbers and booleans as their text
// ("2.5", "true"); absent optionals and empty lists are left out.
class Mapping {
 public:
  explicit Mapping(const Location& where) : where_(where) {
    node_.kind = Node::Kind::mapping;
    node_.where = where;
  }
  void add(const char* key, Node value) { node_.entries.push_back({key, where_, std::move(value)}); }
  void add(const char* key, const std::optional<std::string>& value) {
    if (value) add(key, scalar(*value, where_));
  }
  void add(const char* key, const std::optional<double>& value) {
    // A NaN or an infinity is written "nan", "inf": the loader reports the wrong type at its path.
    if (value) add(key, scalar(fmt::format("{}", *value), where_));
  }
  void add(const char* key, const std::optional<int>& value) {
    if (value) add(key, scalar(std::to_string(*value), where_));
  }
  void add(const char* key, const std::optional<bool>& value) {
    if (value) add(key, scalar(*value ? "true" : "false", where_));
  }
  void add(const char* key, const std::vector<std::string>& lines) {
    if (lines.empty()) return;
    add(key, list(lines, [this](const std::string& line) { return scalar(line, where_); }));
  }
  template <class T>
  void add(const char* key, const std::optional<T>& section) {
    if (section) add(key, tree(*section, where_));
  }
  template <class T>
  void add(const char* key, const std::vector<T>& items) {
    if (items.empty()) return;
    add(key, list(items, [this](const T& item) { return tree(item, where_); }));
  }
  Node take() { return std::move(node_); }

 private:
  template <class T, class Convert>
  Node list(const std::vector<T>& items, Convert convert) const {
    Node node;
    node.kind = Node::Kind::sequence;
    node.where = where_;
    for (const auto& item : items) node.items.push_back(convert(item));
    return node;
  }

  Location where_;
  Node node_;
};

Node tree(const FindingsAuthor& a, const Location& where) {
  Mapping o(where);
  o.add("civility", a.civility);
  o.add("title", a.title);
  o.add("given_name", a.given_name);
  o.add("family_name", a.family_name);
  o.add("profession", a.profession);
  o.add("specialty", a.specialty);
  o.add("rpps", a.rpps);
  o.add("adeli", a.adeli);
  o.add("ordinal_number", a.ordinal_number);
  o.add("structure", a.structure);
  o.add("address", a.address);
  o.add("phone", a.phone);
  o.add("email", a.email);
  return o.take();
}

Node tree(const FindingsPatient& p, const Location& where) {
  Mapping o(where);
  o.add("civility", p.civility);
  o.add("family_name", p.family_name);
  o.add("birth_name", p.birth_name);
  o.add("given_names", p.given_names);
  o.add("birth_date", p.birth_date);
  o.add("address", p.address);
  o.add("identity", p.identity);
  return o.take();
}

Node tree(const FindingsAttendant& a, const Location& where) {
  Mapping o(where);
  o.add("kind", a.kind);
  o.add("given_name", a.given_name);
  o.add("family_name", a.family_name);
  o.add("language", a.language);
  return o.take();
}

Node tree(const FindingsRequisition& r, const Location& where) {
  Mapping o(where);
  o.add("authority", r.authority);
  o.add("reference", r.reference);
  o.add("date", r.date);
  return o.take();
}

Node tree(const FindingsExamination& e, const Location& where) {
  Mapping o(where);
  o.add("datetime", e.datetime);
  o.add("place_type", e.place_type);
  o.add("place", e.place);
  o.add("request_mode", e.request_mode);
  o.add("requisition", e.requisition);
  o.add("legal_representative", e.legal_representative);
  o.add("interpreter", e.interpreter);
  return o.take();
}

Node tree(const FindingsFacts& f, const Location& where) {
  Mapping o(where);
  o.add("datetime", f.datetime);
  o.add("place", f.place);
  return o.take();
}

Node tree(const FindingsLesionSize& s, const Location& where) {
  Mapping o(where);
  o.add("length_cm", s.length_cm);
  o.add("width_cm", s.width_cm);
  return o.take();
}

Node tree(const FindingsLesion& l, const Location& where) {
  Mapping o(where);
  o.add("type", l.type);
  o.add("region", l.region);
  o.add("side", l.side);
  o.add("face", l.face);
  o.add("location_detail", l.location_detail);
  o.add("tooth", l.tooth);
  o.add("size", l.size);
  o.add("colour", l.colour);
  o.add("aspect", l.aspect);
  o.add("note", l.note);
  return o.take();
}

Node tree(const FindingsComplementaryExam& e, const Location& where) {
  Mapping o(where);
  o.add("exam", e.exam);
  o.add("result", e.result);
  return o.take();
}

Node tree(const FindingsItt& i, const Location& where) {
  Mapping o(where);
  o.add("mode", i.mode);
  o.add("days", i.days);
  o.add("reason", i.reason);
  o.add("follow_up", i.follow_up);
  return o.take();
}

Node tree(const FindingsPriorState& p, const Location& where) {
  Mapping o(where);
  o.add("description", p.description);
  o.add("source", p.source);
  return o.take();
}

Node tree(const FindingsExaminationLimit& l, const Location& where) {
  Mapping o(where);
  o.add("kind", l.kind);
  o.add("detail", l.detail);
  return o.take();
}

Node tree(const FindingsCare& c, const Location& where) {
  Mapping o(where);
  o.add("treatment", c.treatment);
  o.add("emergency", c.emergency);
  return o.take();
}

Node tree(const FindingsIssuance& i, const Location& where) {
  Mapping o(where);
  o.add("datetime", i.datetime);
  o.add("place", i.place);
  o.add("recipient", i.recipient);
  return o.take();
}

}  // namespace

model::Result<model::Findings> load_typed(const Findings& f, const std::string& name) {
  Mapping o(Location{name, 0, 0});
  o.add("medcert", std::optional<int>(f.format));
  o.add("template", f.template_id);
  o.add("author", f.author);
  o.add("patient", f.patient);
  o.add("examination", f.examination);
  o.add("facts", f.facts);
  o.add("declarations", f.declarations);
  o.add("declarations_statement", f.declarations_statement);
  o.add("complaints", f.complaints);
  o.add("complaints_statement", f.complaints_statement);
  o.add("prior_state", f.prior_state);
  o.add("examined_regions", f.examined_regions);
  o.add("examination_limit", f.examination_limit);
  o.add("lesions", f.lesions);
  o.add("negative_findings", f.negative_findings);
  o.add("psychological_state", f.psychological_state);
  o.add("psychological_state_statement", f.psychological_state_statement);
  o.add("functional_impact", f.functional_impact);
  o.add("functional_impact_statement", f.functional_impact_statement);
  o.add("complementary_exams", f.complementary_exams);
  o.add("care", f.care);
  o.add("follow_up_certificate", f.follow_up_certificate);
  o.add("itt", f.itt);
  o.add("issuance", f.issuance);
  return load::load_findings(o.take(), name);
}

}  // namespace medcert::api
