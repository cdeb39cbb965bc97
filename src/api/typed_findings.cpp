#include "api/typed_findings.hpp"

#include <cmath>

#include <fmt/format.h>

namespace medcert::api {
namespace {

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        else
          out += c;
    }
  }
  return out + "\"";
}

// Each section as a JSON object (defined below; Object's templates call them).
std::string json(const FindingsAuthor& a);
std::string json(const FindingsPatient& p);
std::string json(const FindingsAttendant& a);
std::string json(const FindingsRequisition& r);
std::string json(const FindingsExamination& e);
std::string json(const FindingsFacts& f);
std::string json(const FindingsLesionSize& s);
std::string json(const FindingsLesion& l);
std::string json(const FindingsComplementaryExam& e);
std::string json(const FindingsItt& i);
std::string json(const FindingsIssuance& i);

// One JSON object, written member by member; absent optionals and empty lists are left out.
class Object {
 public:
  void add_raw(const char* key, const std::string& json) {
    text_ += (text_.empty() ? "{" : ",") + quoted(key) + ":" + json;
  }
  void add(const char* key, const std::optional<std::string>& value) {
    if (value) add_raw(key, quoted(*value));
  }
  void add(const char* key, const std::optional<double>& value) {
    // A NaN or an infinity has no JSON form: as a string, the loader reports the wrong type at its path.
    if (value) add_raw(key, std::isfinite(*value) ? fmt::format("{}", *value) : quoted(fmt::format("{}", *value)));
  }
  void add(const char* key, const std::optional<int>& value) {
    if (value) add_raw(key, std::to_string(*value));
  }
  void add(const char* key, const std::optional<bool>& value) {
    if (value) add_raw(key, *value ? "true" : "false");
  }
  void add(const char* key, const std::vector<std::string>& lines) {
    if (lines.empty()) return;
    std::string json;
    for (const auto& line : lines) json += (json.empty() ? "[" : ",") + quoted(line);
    add_raw(key, json + "]");
  }
  template <class T>
  void add(const char* key, const std::optional<T>& section) {
    if (section) add_raw(key, json(*section));
  }
  template <class T>
  void add(const char* key, const std::vector<T>& items) {
    if (items.empty()) return;
    std::string list;
    for (const auto& item : items) list += (list.empty() ? "[" : ",") + json(item);
    add_raw(key, list + "]");
  }
  std::string str() const { return text_.empty() ? "{}" : text_ + "}"; }

 private:
  std::string text_;
};

std::string json(const FindingsAuthor& a) {
  Object o;
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
  return o.str();
}

std::string json(const FindingsPatient& p) {
  Object o;
  o.add("civility", p.civility);
  o.add("family_name", p.family_name);
  o.add("birth_name", p.birth_name);
  o.add("given_names", p.given_names);
  o.add("birth_date", p.birth_date);
  o.add("address", p.address);
  o.add("identity", p.identity);
  return o.str();
}

std::string json(const FindingsAttendant& a) {
  Object o;
  o.add("kind", a.kind);
  o.add("given_name", a.given_name);
  o.add("family_name", a.family_name);
  o.add("language", a.language);
  return o.str();
}

std::string json(const FindingsRequisition& r) {
  Object o;
  o.add("authority", r.authority);
  o.add("reference", r.reference);
  o.add("date", r.date);
  return o.str();
}

std::string json(const FindingsExamination& e) {
  Object o;
  o.add("datetime", e.datetime);
  o.add("place_type", e.place_type);
  o.add("place", e.place);
  o.add("request_mode", e.request_mode);
  o.add("requisition", e.requisition);
  o.add("legal_representative", e.legal_representative);
  o.add("interpreter", e.interpreter);
  return o.str();
}

std::string json(const FindingsFacts& f) {
  Object o;
  o.add("datetime", f.datetime);
  o.add("place", f.place);
  return o.str();
}

std::string json(const FindingsLesionSize& s) {
  Object o;
  o.add("length_cm", s.length_cm);
  o.add("width_cm", s.width_cm);
  return o.str();
}

std::string json(const FindingsLesion& l) {
  Object o;
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
  return o.str();
}

std::string json(const FindingsComplementaryExam& e) {
  Object o;
  o.add("exam", e.exam);
  o.add("result", e.result);
  return o.str();
}

std::string json(const FindingsItt& i) {
  Object o;
  o.add("mode", i.mode);
  o.add("days", i.days);
  return o.str();
}

std::string json(const FindingsIssuance& i) {
  Object o;
  o.add("datetime", i.datetime);
  o.add("place", i.place);
  o.add("recipient", i.recipient);
  return o.str();
}

}  // namespace

std::string findings_json(const Findings& f) {
  Object o;
  o.add("medcert", std::optional<int>(f.format));
  o.add("template", f.template_id);
  o.add("author", f.author);
  o.add("patient", f.patient);
  o.add("examination", f.examination);
  o.add("facts", f.facts);
  o.add("declarations", f.declarations);
  o.add("complaints", f.complaints);
  o.add("lesions", f.lesions);
  o.add("negative_findings", f.negative_findings);
  o.add("psychological_state", f.psychological_state);
  o.add("functional_impact", f.functional_impact);
  o.add("complementary_exams", f.complementary_exams);
  o.add("follow_up_certificate", f.follow_up_certificate);
  o.add("itt", f.itt);
  o.add("issuance", f.issuance);
  return o.str();
}

void forget_lines(Diagnostics& diagnostics, const std::string& name) {
  for (auto& d : diagnostics) d.location = Location{name, 0, 0};
}

}  // namespace medcert::api
