// Findings (formats.md §1): the tree read key by key into model::Findings. Shape only: whether a required
// value is there, or a code is in a vocabulary, is validate/'s business.
#include <fmt/format.h>

#include "load/load.hpp"
#include "load/map_reader.hpp"
#include "load/parse_yaml.hpp"
#include "load/scalars.hpp"
#include "model/diag.hpp"

namespace medcert::load {
namespace {

using model::Field;

constexpr int kFormatVersion = 1;

Field<int> read_version(const Slot& slot) {
  const auto expected = std::to_string(kFormatVersion);
  if (slot.value && slot.value->is_scalar() && slot.value->text == expected)
    return Field<int>{kFormatVersion, slot.where, slot.path, true};
  if (!slot.value) {
    slot.sink->report("F-VERSION", "F-VERSION.missing", slot.path, slot.where, {model::param("expected", expected)});
  } else {
    const std::string written = slot.value->is_scalar() ? slot.value->text : std::string(kind_fr(slot.value->kind));
    slot.sink->report("F-VERSION", "F-VERSION", slot.path, slot.where,
                      {model::param("found", written), model::param("expected", expected)});
  }
  return Field<int>{0, slot.where, slot.path, false};
}

void read_author(MapReader m, model::Author& a) {
  a.where = m.where();
  a.path = m.path();
  a.civility = to_text(m.slot("civility"));
  a.title = to_text(m.slot("title"));
  a.given_name = to_text(m.slot("given_name"));
  a.family_name = to_text(m.slot("family_name"));
  a.profession = to_text(m.slot("profession"));
  a.specialty = to_text(m.slot("specialty"));
  a.rpps = to_text(m.slot("rpps"));
  a.adeli = to_text(m.slot("adeli"));
  a.ordinal_number = to_text(m.slot("ordinal_number"));
  a.structure = to_text(m.slot("structure"));
  a.address = to_text_list(m.slot("address"), true);
  a.phone = to_text(m.slot("phone"));
  a.email = to_text(m.slot("email"));
  m.finish();
}

void read_patient(MapReader m, model::Patient& p) {
  p.where = m.where();
  p.path = m.path();
  p.civility = to_text(m.slot("civility"));
  p.family_name = to_text(m.slot("family_name"));
  p.birth_name = to_text(m.slot("birth_name"));
  p.given_names = to_text(m.slot("given_names"));
  p.birth_date = to_date(m.slot("birth_date"));
  p.address = to_text_list(m.slot("address"), true);
  p.identity = to_text(m.slot("identity"));
  m.finish();
}

enum class AttendantKind { legal_representative, interpreter };

std::optional<model::Attendant> read_attendant(MapReader m, AttendantKind kind) {
  std::optional<model::Attendant> attendant;
  if (m.present()) {
    auto& a = attendant.emplace();
    a.where = m.where();
    a.path = m.path();
    const bool interpreter = kind == AttendantKind::interpreter;
    if (interpreter) a.kind = to_text(m.slot("kind"));
    a.given_name = to_text(m.slot("given_name"));
    a.family_name = to_text(m.slot("family_name"));
    if (interpreter) a.language = to_text(m.slot("language"));
  }
  m.finish();
  return attendant;
}

void read_examination(MapReader m, model::Examination& e) {
  e.where = m.where();
  e.path = m.path();
  e.datetime = to_datetime(m.slot("datetime"), TimeForm::with_offset);
  e.place_type = to_text(m.slot("place_type"));
  e.place = to_text(m.slot("place"));
  e.request_mode = to_text(m.slot("request_mode"));
  auto requisition = m.child("requisition");
  e.requisition_authority = to_text(requisition.slot("authority"));
  e.requisition_reference = to_text(requisition.slot("reference"));
  e.requisition_date = to_date(requisition.slot("date"));
  requisition.finish();
  e.legal_representative = read_attendant(m.child("legal_representative"), AttendantKind::legal_representative);
  e.interpreter = read_attendant(m.child("interpreter"), AttendantKind::interpreter);
  m.finish();
}

void read_facts(MapReader m, model::Facts& f) {
  f.where = m.where();
  f.path = m.path();
  f.datetime = to_datetime(m.slot("datetime"), TimeForm::date_or_offset);
  f.place = to_text(m.slot("place"));
  m.finish();
}

model::Lesion read_lesion(MapReader m) {
  model::Lesion l;
  l.where = m.where();
  l.path = m.path();
  l.type = to_text(m.slot("type"));
  l.region = to_text(m.slot("region"));
  l.side = to_text(m.slot("side"));
  l.face = to_text(m.slot("face"));
  l.tooth = to_text(m.slot("tooth"));
  l.location_detail = to_text(m.slot("location_detail"));
  auto size = m.child("size");
  l.size.length_cm = to_decimal(size.slot("length_cm"));
  l.size.width_cm = to_decimal(size.slot("width_cm"));
  size.finish();
  l.colour = to_text(m.slot("colour"));
  l.aspect = to_text(m.slot("aspect"));
  l.note = to_text(m.slot("note"));
  m.finish();
  return l;
}

model::ComplementaryExam read_exam(MapReader m) {
  model::ComplementaryExam exam;
  exam.where = m.where();
  exam.path = m.path();
  exam.exam = to_text(m.slot("exam"));
  exam.result = to_text(m.slot("result"));
  m.finish();
  return exam;
}

std::optional<model::Itt> read_itt(MapReader m) {
  std::optional<model::Itt> itt;
  if (m.present()) {
    itt.emplace();
    itt->where = m.where();
    itt->path = m.path();
    itt->mode = to_text(m.slot("mode"));
    itt->days = to_int(m.slot("days"));
  }
  m.finish();
  return itt;
}

void read_issuance(MapReader m, model::Issuance& i) {
  i.where = m.where();
  i.path = m.path();
  i.datetime = to_datetime(m.slot("datetime"), TimeForm::with_offset);
  i.place = to_text(m.slot("place"));
  i.recipient = to_text(m.slot("recipient"));
  m.finish();
}

model::Findings read_findings(MapReader m, const std::string& name) {
  model::Findings f;
  f.source_name = name;
  f.where = m.where();
  f.format = read_version(m.slot("medcert"));
  f.template_id = to_text(m.slot("template"));
  read_author(m.child("author"), f.author);
  read_patient(m.child("patient"), f.patient);
  read_examination(m.child("examination"), f.examination);
  read_facts(m.child("facts"), f.facts);
  f.declarations = to_text_list(m.slot("declarations"));
  f.complaints = to_text_list(m.slot("complaints"));
  for (auto& lesion : mapping_items(m.slot("lesions"), "lésions", "lesions"))
    f.lesions.push_back(read_lesion(std::move(lesion)));
  f.negative_findings = to_text_list(m.slot("negative_findings"));
  f.psychological_state = to_text(m.slot("psychological_state"));
  f.functional_impact = to_text(m.slot("functional_impact"));
  for (auto& exam : mapping_items(m.slot("complementary_exams"), "examens", "examinations"))
    f.complementary_exams.push_back(read_exam(std::move(exam)));
  f.follow_up_certificate = to_bool(m.slot("follow_up_certificate"));
  f.itt = read_itt(m.child("itt"));
  read_issuance(m.child("issuance"), f.issuance);
  m.finish();
  return f;
}

}  // namespace

model::Result<model::Findings> load_findings(const std::string& text, const std::string& name) {
  auto parsed = parse_yaml(text, name, kFindingsSize);
  model::Result<model::Findings> result{std::nullopt, std::move(parsed.diagnostics)};
  if (!parsed.value) return result;
  const Node& root = *parsed.value;
  if (!root.is_mapping()) {
    result.diagnostics.push_back(model::error(
        "F-TYPE", "findings", root.where,
        fmt::format("un fichier de constatations est un bloc de clés «\u202Fclé: valeur\u202F», pas {}\u202F; "
                    "commencez par «\u202Fmedcert: {}\u202F» («\u202Fmedcert new <profession>\u202F» écrit un "
                    "squelette)",
                    kind_fr(root.kind), kFormatVersion),
        fmt::format("a findings file is a mapping of \"key: value\" lines, not {}; start with \"medcert: {}\" "
                    "(\"medcert new <profession>\" prints a skeleton)",
                    kind_en(root.kind), kFormatVersion)));
    return result;
  }
  Sink sink{result.diagnostics, kFindingsRules};
  result.value = read_findings(MapReader(sink, &root, root.where, "findings"), name);
  return result;
}

}  // namespace medcert::load
