#include "pdf/findings_json.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace medcert::pdf {
namespace {

using nlohmann::json;

std::string date_text(const model::CivilDate& d) { return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day); }

std::string datetime_text(const model::DateTime& dt) {
  if (!dt.has_time) return date_text(dt.date);
  const int offset = dt.offset_minutes < 0 ? -dt.offset_minutes : dt.offset_minutes;
  return fmt::format("{}T{:02}:{:02}:{:02}{}{:02}:{:02}", date_text(dt.date), dt.hour, dt.minute, dt.second,
                     dt.offset_minutes < 0 ? '-' : '+', offset / 60, offset % 60);
}

// Each put() writes a value only when the findings had one, so absent stays absent.
void put(json& to, const char* key, const model::Text& field) {
  if (field.present) to[key] = field.value;
}
void put(json& to, const char* key, const model::Field<int>& field) {
  if (field.present) to[key] = field.value;
}
void put(json& to, const char* key, const model::Field<double>& field) {
  if (field.present) to[key] = field.value;
}
void put(json& to, const char* key, const model::Field<bool>& field) {
  if (field.present) to[key] = field.value;
}
void put(json& to, const char* key, const model::Field<model::CivilDate>& field) {
  if (field.present) to[key] = date_text(field.value);
}
void put(json& to, const char* key, const model::Field<model::DateTime>& field) {
  if (field.present) to[key] = datetime_text(field.value);
}
void put(json& to, const char* key, const std::vector<model::Text>& lines) {
  json list = json::array();
  for (const auto& line : lines)
    if (line.present) list.push_back(line.value);
  if (!list.empty()) to[key] = std::move(list);
}
void put(json& to, const char* key, json object) {
  if (!object.empty()) to[key] = std::move(object);
}

json author(const model::Author& a) {
  json o = json::object();
  put(o, "civility", a.civility);
  put(o, "title", a.title);
  put(o, "given_name", a.given_name);
  put(o, "family_name", a.family_name);
  put(o, "profession", a.profession);
  put(o, "specialty", a.specialty);
  put(o, "rpps", a.rpps);
  put(o, "adeli", a.adeli);
  put(o, "ordinal_number", a.ordinal_number);
  put(o, "structure", a.structure);
  put(o, "address", a.address);
  put(o, "phone", a.phone);
  put(o, "email", a.email);
  return o;
}

json patient(const model::Patient& p) {
  json o = json::object();
  put(o, "civility", p.civility);
  put(o, "family_name", p.family_name);
  put(o, "birth_name", p.birth_name);
  put(o, "given_names", p.given_names);
  put(o, "birth_date", p.birth_date);
  put(o, "address", p.address);
  put(o, "identity", p.identity);
  return o;
}

json attendant(const model::Attendant& a) {
  json o = json::object();
  put(o, "kind", a.kind);
  put(o, "given_name", a.given_name);
  put(o, "family_name", a.family_name);
  put(o, "language", a.language);
  return o;
}

json examination(const model::Examination& e) {
  json o = json::object();
  put(o, "datetime", e.datetime);
  put(o, "place_type", e.place_type);
  put(o, "place", e.place);
  put(o, "request_mode", e.request_mode);
  json requisition = json::object();
  put(requisition, "authority", e.requisition_authority);
  put(requisition, "reference", e.requisition_reference);
  put(requisition, "date", e.requisition_date);
  put(o, "requisition", std::move(requisition));
  if (e.legal_representative) o["legal_representative"] = attendant(*e.legal_representative);
  if (e.interpreter) o["interpreter"] = attendant(*e.interpreter);
  return o;
}

json facts(const model::Facts& f) {
  json o = json::object();
  put(o, "datetime", f.datetime);
  put(o, "place", f.place);
  return o;
}

json lesion(const model::Lesion& l) {
  json o = json::object();
  put(o, "type", l.type);
  put(o, "region", l.region);
  put(o, "tooth", l.tooth);
  put(o, "side", l.side);
  put(o, "face", l.face);
  put(o, "location_detail", l.location_detail);
  json size = json::object();
  put(size, "length_cm", l.size.length_cm);
  put(size, "width_cm", l.size.width_cm);
  put(o, "size", std::move(size));
  put(o, "colour", l.colour);
  put(o, "aspect", l.aspect);
  put(o, "note", l.note);
  return o;
}

json complementary_exam(const model::ComplementaryExam& e) {
  json o = json::object();
  put(o, "exam", e.exam);
  put(o, "result", e.result);
  return o;
}

json itt(const model::Itt& i) {
  json o = json::object();
  put(o, "mode", i.mode);
  put(o, "days", i.days);
  return o;
}

json issuance(const model::Issuance& i) {
  json o = json::object();
  put(o, "datetime", i.datetime);
  put(o, "place", i.place);
  put(o, "recipient", i.recipient);
  return o;
}

template <class T, class Convert>
void put_items(json& to, const char* key, const std::vector<T>& items, Convert convert) {
  json list = json::array();
  for (const auto& item : items) list.push_back(convert(item));
  if (!list.empty()) to[key] = std::move(list);
}

}  // namespace

std::string findings_json(const model::Findings& f) {
  json root = json::object();  // nlohmann::json keeps object keys sorted: the canonical order
  put(root, "medcert", f.format);
  put(root, "template", f.template_id);
  put(root, "author", author(f.author));
  put(root, "patient", patient(f.patient));
  put(root, "examination", examination(f.examination));
  put(root, "facts", facts(f.facts));
  put(root, "declarations", f.declarations);
  put(root, "complaints", f.complaints);
  put_items(root, "lesions", f.lesions, lesion);
  put(root, "negative_findings", f.negative_findings);
  put(root, "psychological_state", f.psychological_state);
  put(root, "functional_impact", f.functional_impact);
  put_items(root, "complementary_exams", f.complementary_exams, complementary_exam);
  put(root, "follow_up_certificate", f.follow_up_certificate);
  if (f.itt) root["itt"] = itt(*f.itt);
  put(root, "issuance", issuance(f.issuance));
  return root.dump(2) + "\n";
}

}  // namespace medcert::pdf
