// SPDX-License-Identifier: Apache-2.0
#include "compose/variables.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "compose/french.hpp"
#include "compose/lesion_wording.hpp"
#include "compose/vocabulary.hpp"
#include "model/field_table.hpp"
#include "zone/time_zone.hpp"

namespace medcert::compose {
namespace {

using model::Provenance;

// Flags are meant for `when:`; their text only says that they are set.
constexpr std::string_view kYes = "oui";

// A findings text as it was written, tagged with who wrote it according to the field table's row `path`.
Value text_value(const model::Text& field, std::string_view path) {
  const auto* spec = model::find_field(path);
  return {field ? french::nfc(field.value) : std::string{}, model::provenance_of(spec->authorship), field.where, {}, {}};
}

Value computed(std::string text, const Location& where) { return {std::move(text), Provenance::computed, where, {}, {}}; }

Value flag(bool set, const Location& where) { return computed(set ? std::string(kYes) : std::string{}, where); }

// A vocabulary value (from the vocabulary of the field table's row `path`): its label to print, its code to compare.
Value coded(const model::Template& tmpl, const model::Text& field, std::string_view path) {
  const auto vocabulary = model::find_field(path)->vocabulary;
  // Absent, it still names its vocabulary: the start-up check (template_check.cpp) reads it from empty findings.
  Value value = field ? Value{vocabulary_label(tmpl, vocabulary, field.value), Provenance::computed, field.where,
                              field.value, {}}
                      : computed({}, field.where);
  value.vocabulary = vocabulary;
  return value;
}

// A phrase of the template as a value: its words, as written (no placeholders in it).
Value phrase_value(const model::Template& tmpl, const std::string& name) {
  const auto found = tmpl.phrases.find(name);
  return {found != tmpl.phrases.end() ? french::nfc(found->second) : std::string{}, Provenance::template_text,
          tmpl.where, {}, {}};
}

Value lines(const std::vector<model::Text>& address) {
  std::string text;
  for (const auto& line : address) {
    if (!line || line.value.empty()) continue;
    if (!text.empty()) text += '\n';
    text += french::nfc(line.value);
  }
  return computed(std::move(text), address.empty() ? Location{} : address.front().where);
}

Value date_value(const model::Field<model::CivilDate>& date) {
  return computed(date ? french::long_date(date.value) : std::string{}, date.where);
}

// The date and the time printed come from one instant seen in the practice's zone: 23:30Z on 31 December
// is 1 January, 0 h 30, in Paris.
Value date_of(const model::Field<model::DateTime>& datetime, const zone::TimeZone& zone) {
  return computed(datetime ? french::long_date(zone.local(datetime.value).date) : std::string{}, datetime.where);
}

Value time_of(const model::Field<model::DateTime>& datetime, const zone::TimeZone& zone) {
  if (!datetime || !datetime.value.has_time) return computed({}, datetime.where);
  const auto local = zone.local(datetime.value);
  return computed(french::time_of_day(local.hour, local.minute), datetime.where);
}

Value count(std::size_t size, const Location& where) {
  return computed(size == 0 ? std::string{} : std::to_string(size), where);
}

// Words joined by single spaces, the empty ones left out.
std::string join_words(std::initializer_list<std::string> words) {
  std::string out;
  for (const auto& word : words) {
    if (word.empty()) continue;
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

std::string family(const model::Text& name) { return name ? french::upper(french::nfc(name.value)) : std::string{}; }
std::string given(const model::Text& name) { return name ? french::nfc(name.value) : std::string{}; }

// The civility entry that drives agreement; "neutre" when the civility is not given.
const model::VocabEntry* civility_entry(const model::Template& tmpl, const model::Text& civility) {
  const auto* entry = civility ? vocabulary_entry(tmpl, "civility", civility.value) : nullptr;
  return entry ? entry : vocabulary_entry(tmpl, "civility", "neutre");
}

// "Madame", "Monsieur", or "" (neutre has no title): the civility's form "title", its code to compare.
Value civility_title(const model::Template& tmpl, const model::Text& civility) {
  const auto* entry = civility ? vocabulary_entry(tmpl, "civility", civility.value) : nullptr;
  return {vocabulary_form(entry, "title"), Provenance::computed, civility.where, civility ? civility.value : "", {}};
}

void add_author(Variables& v, const model::Template& tmpl, const model::Author& a) {
  const Location& where = a.family_name.where;
  v["author.display_name"] = computed(join_words({given(a.title), given(a.given_name), given(a.family_name)}), where);
  v["author.title"] = text_value(a.title, "author.title");
  v["author.given_name"] = text_value(a.given_name, "author.given_name");
  v["author.family_name"] = text_value(a.family_name, "author.family_name");
  v["author.civility"] = civility_title(tmpl, a.civility);
  v["author.e"] = computed(vocabulary_form(civility_entry(tmpl, a.civility), "e"), a.civility.where);
  v["author.specialty"] = text_value(a.specialty, "author.specialty");
  v["author.rpps"] = text_value(a.rpps, "author.rpps");
  v["author.adeli"] = text_value(a.adeli, "author.adeli");
  v["author.ordinal_number"] = text_value(a.ordinal_number, "author.ordinal_number");
  v["author.structure"] = text_value(a.structure, "author.structure");
  v["author.address"] = lines(a.address);
  v["author.phone"] = text_value(a.phone, "author.phone");
  v["author.email"] = text_value(a.email, "author.email");
}

void add_patient(Variables& v, const model::Template& tmpl, const model::Patient& p) {
  const auto* civility = civility_entry(tmpl, p.civility);
  const std::string e = vocabulary_form(civility, "e");
  const std::string pronoun = vocabulary_form(civility, "pronoun");
  std::string name = join_words({given(p.given_names), family(p.family_name)});
  if (p.birth_name && family(p.birth_name) != family(p.family_name))
    // Not ", née X": the sentence goes on with "née le <date>", and two "née" in a row read badly.
    name += fmt::format(" (nom de naissance\u202F: {})", family(p.birth_name));
  const Location& where = p.family_name.where;
  v["patient.display_name"] = computed(join_words({civility_title(tmpl, p.civility).text, name}), where);
  // Without the civility: a declared identity is the name she gives, « qui déclare se nommer Alice EXEMPLE ».
  v["patient.name"] = computed(std::move(name), where);
  v["patient.civility"] = civility_title(tmpl, p.civility);
  v["patient.given_names"] = text_value(p.given_names, "patient.given_names");
  v["patient.family_name"] = computed(family(p.family_name), where);
  v["patient.birth_name"] = computed(family(p.birth_name), p.birth_name.where);
  v["patient.e"] = computed(e, p.civility.where);
  v["patient.pronoun"] = computed(pronoun, p.civility.where);
  v["patient.pronoun_lower"] = computed(french::lower_first(pronoun), p.civility.where);
  v["patient.birth_date"] = date_value(p.birth_date);
  v["patient.birth_date_letters"] =
      computed(p.birth_date ? french::date_in_letters(p.birth_date.value) : std::string{}, p.birth_date.where);
  v["patient.address"] = lines(p.address);
  v["patient.identity"] = coded(tmpl, p.identity, "patient.identity");
  v["patient.identity_declared"] = flag(p.identity && p.identity.value == "declared", p.identity.where);
  // What the running line adds to the name: a declared identity is never printed there as a fact.
  const auto* identity = p.identity ? vocabulary_entry(tmpl, "identity", p.identity.value) : nullptr;
  v["patient.identity_mention"] = computed(vocabulary_form(identity, "mention"), p.identity.where);
  v["patient.identity_document"] = coded(tmpl, p.identity_document, "patient.identity_document");
  const auto* document =
      p.identity_document ? vocabulary_entry(tmpl, "identity_documents", p.identity_document.value) : nullptr;
  v["patient.identity_document_of"] = computed(vocabulary_form(document, "of"), p.identity_document.where);
}

// A vocabulary value that agrees with a person's civility: the entry's form named by the civility's `gender`
// (m, f; n without one: « sa curatrice », « son curateur »), its code to compare.
Value agreeing(const model::Template& tmpl, const model::Text& field, std::string_view path,
               const model::Text& civility) {
  Value value = coded(tmpl, field, path);
  if (!field) return value;
  const auto gender = vocabulary_form(civility_entry(tmpl, civility), "gender");
  value.text = vocabulary_form(vocabulary_entry(tmpl, value.vocabulary, field.value), gender.empty() ? "n" : gender);
  return value;
}

// An interpreter or a legal representative: "Madame Nadia EXEMPLE" under `prefix`, the parts under `prefix.*`,
// `prefix.e` the agreement of a participle.
void add_attendant(Variables& v, const model::Template& tmpl, const std::string& prefix,
                   const std::optional<model::Attendant>& attendant) {
  const model::Attendant& a = attendant ? *attendant : model::Attendant{};
  v[prefix] = computed(
      join_words({civility_title(tmpl, a.civility).text, given(a.given_name), family(a.family_name)}), a.where);
  v[prefix + ".given_name"] = text_value(a.given_name, prefix + ".given_name");
  v[prefix + ".family_name"] = computed(family(a.family_name), a.family_name.where);
  v[prefix + ".e"] = computed(vocabulary_form(civility_entry(tmpl, a.civility), "e"), a.civility.where);
}

// The réquisition; its legal basis is the findings' when given, else the template's wording of the articles
// (the code de procédure pénale is renumbered in 2029: the template changes, not the code).
void add_requisition(Variables& v, const model::Template& tmpl, const model::Requisition& r,
                     const zone::TimeZone& zone) {
  v["requisition.authority"] = text_value(r.authority, "examination.requisition.authority");
  v["requisition.reference"] = text_value(r.reference, "examination.requisition.reference");
  v["requisition.date"] = date_of(r.datetime, zone);
  v["requisition.time"] = time_of(r.datetime, zone);
  v["requisition.officer.name"] = text_value(r.officer.name, "examination.requisition.officer.name");
  v["requisition.officer.rank"] = text_value(r.officer.rank, "examination.requisition.officer.rank");
  v["requisition.officer.unit"] = text_value(r.officer.unit, "examination.requisition.officer.unit");
  v["requisition.legal_basis"] = r.legal_basis ? text_value(r.legal_basis, "examination.requisition.legal_basis")
                                               : phrase_value(tmpl, "requisition_legal_basis");
  v["requisition.sworn_expert"] = flag(r.sworn_expert && r.sworn_expert.value, r.sworn_expert.where);
}

void add_examination(Variables& v, const model::Template& tmpl, const model::Examination& x,
                     const zone::TimeZone& zone) {
  v["examination.date"] = date_of(x.datetime, zone);
  v["examination.date_letters"] =
      computed(x.datetime ? french::date_in_letters(zone.local(x.datetime.value).date) : std::string{}, x.datetime.where);
  v["examination.time"] = time_of(x.datetime, zone);
  v["examination.place"] = text_value(x.place, "examination.place");
  v["examination.place_type"] = coded(tmpl, x.place_type, "examination.place_type");
  const auto* place_type = x.place_type ? vocabulary_entry(tmpl, "place_types", x.place_type.value) : nullptr;
  v["examination.place_type_at"] = computed(vocabulary_form(place_type, "at"), x.place_type.where);
  v["examination.request_mode"] = coded(tmpl, x.request_mode, "examination.request_mode");
  add_attendant(v, tmpl, "examination.legal_representative", x.legal_representative);
  add_attendant(v, tmpl, "examination.interpreter", x.interpreter);
  const model::Attendant none;
  const auto& representative = x.legal_representative ? *x.legal_representative : none;
  v["examination.legal_representative.role"] =
      agreeing(tmpl, representative.role, "examination.legal_representative.role", representative.civility);
  const auto& interpreter = x.interpreter ? *x.interpreter : none;
  v["examination.interpreter.kind"] =
      agreeing(tmpl, interpreter.kind, "examination.interpreter.kind", interpreter.civility);
  v["examination.interpreter.link"] =
      agreeing(tmpl, interpreter.link, "examination.interpreter.link", interpreter.civility);
  v["examination.interpreter.language"] = text_value(interpreter.language, "examination.interpreter.language");
  add_requisition(v, tmpl, x.requisition, zone);
}

// The names a number of ITT days is printed under: in digits; in letters with the digits after them, as the
// HAS form asks ("cinq (5)"); the same with its preposition, elided as French writes it ("d’un (1)", "de huit
// (8)", "de onze (11)"); its unit ("jour", "jours").
struct DaysNames {
  const char* digits;
  const char* letters;
  const char* de_letters;
  const char* unit;
};

void add_days(Variables& v, const model::Field<int>& days, const DaysNames& names) {
  const int n = days.value;
  const std::string letters =
      days ? fmt::format("{}{}({})", french::spellout(n), french::kNoBreakSpace, n) : std::string{};
  v[names.digits] = computed(days ? std::to_string(n) : std::string{}, days.where);
  v[names.letters] = computed(letters, days.where);
  v[names.de_letters] = computed(days ? french::de(letters) : std::string{}, days.where);
  v[names.unit] = computed(days ? (n <= 1 ? "jour" : "jours") : std::string{}, days.where);
}

void add_itt(Variables& v, const model::Template& tmpl, const std::optional<model::Itt>& itt) {
  const model::Itt& i = itt ? *itt : model::Itt{};
  v["itt.mode"] = coded(tmpl, i.mode, "itt.mode");
  add_days(v, i.days, {"itt.days", "itt.days_letters", "itt.de_days_letters", "itt.unit"});
  v["itt.reason"] = text_value(i.reason, "itt.reason");
  v["itt.follow_up"] = text_value(i.follow_up, "itt.follow_up");
  v["itt.psychological_reserve"] =
      flag(i.psychological_reserve && i.psychological_reserve.value, i.psychological_reserve.where);
}

// The SHA-256 as `sha256sum` prints it, in lower case, for a reader to compare it character by character.
std::string lower_ascii(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return text;
}

// The initial document a follow-up refers to (documents-fr §E): its rank, its examination's date and hour,
// its author when another professional wrote it, the SHA-256 of its PDF, its ITT recalled beside the revised one.
void add_follow_up(Variables& v, const std::optional<model::FollowUp>& follow_up, const zone::TimeZone& zone) {
  const model::FollowUp& u = follow_up ? *follow_up : model::FollowUp{};
  const model::InitialDocument& i = u.initial;
  v["follow_up"] = flag(follow_up.has_value(), u.where);
  v["follow_up.number"] = computed(u.number ? std::to_string(u.number.value) : std::string{}, u.number.where);
  v["follow_up.initial.date"] = date_of(i.datetime, zone);
  v["follow_up.initial.time"] = time_of(i.datetime, zone);
  v["follow_up.initial.author"] = text_value(i.author, "follow_up.initial.author");
  v["follow_up.initial.rpps"] = text_value(i.rpps, "follow_up.initial.rpps");
  v["follow_up.initial.sha256"] = computed(i.sha256 ? lower_ascii(i.sha256.value) : std::string{}, i.sha256.where);
  add_days(v, i.itt_days,
           {"follow_up.initial.itt_days", "follow_up.initial.itt_days_letters",
            "follow_up.initial.itt_de_days_letters", "follow_up.initial.itt_unit"});
}

// The report to the prosecutor (documents-fr §A): its route and the consent as codes for `when:`, the dates of
// the consent, of her information and of the call to the parquet, the professional's own texts.
void add_signalement(Variables& v, const model::Template& tmpl, const std::optional<model::Signalement>& signalement,
                     const zone::TimeZone& zone) {
  const model::Signalement& s = signalement ? *signalement : model::Signalement{};
  v["signalement"] = flag(signalement.has_value(), s.where);
  v["signalement.route"] = coded(tmpl, s.route, "signalement.route");
  v["signalement.consent"] = coded(tmpl, s.consent, "signalement.consent");
  v["signalement.consent_date"] = date_of(s.consent_datetime, zone);
  v["signalement.consent_time"] = time_of(s.consent_datetime, zone);
  v["signalement.informed_date"] = date_of(s.informed_datetime, zone);
  v["signalement.informed_time"] = time_of(s.informed_datetime, zone);
  v["signalement.informed_how"] = text_value(s.informed_how, "signalement.informed_how");
  v["signalement.not_informed_reason"] = text_value(s.not_informed_reason, "signalement.not_informed_reason");
  v["signalement.unable_to_protect"] = text_value(s.unable_to_protect, "signalement.unable_to_protect");
  v["signalement.parquet"] = text_value(s.parquet, "signalement.parquet");
  v["signalement.safe_contact"] = text_value(s.safe_contact, "signalement.safe_contact");
  v["signalement.urgent"] = flag(s.urgent && s.urgent.value, s.urgent.where);
  v["signalement.phoned_date"] = date_of(s.phoned_datetime, zone);
  v["signalement.phoned_time"] = time_of(s.phoned_datetime, zone);
  v["signalement.crip"] = text_value(s.crip, "signalement.crip");
  v["signalement.copy_crip"] = flag(s.copy_crip && s.copy_crip.value, s.copy_crip.where);
  v["signalement.parents_informed"] = coded(tmpl, s.parents_informed, "signalement.parents_informed");
  v["signalement.parents_not_informed_reason"] =
      text_value(s.parents_not_informed_reason, "signalement.parents_not_informed_reason");
}

// Who came with a minor: "Madame Claire EXEMPLE" under `accompanying`, the link agreeing with her civility
// (« sa tante »), her status as a code for `when:` (seul) and as its label (« personne majeure »).
void add_accompanying(Variables& v, const model::Template& tmpl, const std::optional<model::Accompanying>& accompanying) {
  const model::Accompanying& a = accompanying ? *accompanying : model::Accompanying{};
  v["accompanying"] = computed(
      join_words({civility_title(tmpl, a.civility).text, given(a.given_name), family(a.family_name)}), a.where);
  v["accompanying.status"] = coded(tmpl, a.status, "accompanying.status");
  v["accompanying.link"] = agreeing(tmpl, a.link, "accompanying.link", a.civility);
  v["accompanying.contact"] = text_value(a.contact, "accompanying.contact");
  v["accompanying.person"] = flag(a.status && a.status.value != "seul", a.status.where);
}

// The statements a section prints instead of its content, and the prior state and care.
void add_statements(Variables& v, const model::Template& tmpl, const model::Findings& f) {
  v["declarations_statement"] = coded(tmpl, f.declarations_statement, "declarations_statement");
  v["complaints_statement"] = coded(tmpl, f.complaints_statement, "complaints_statement");
  v["psychological_state_statement"] = coded(tmpl, f.psychological_state_statement, "psychological_state_statement");
  v["functional_impact_statement"] = coded(tmpl, f.functional_impact_statement, "functional_impact_statement");
  v["prior_state.description"] = text_value(f.prior_state.description, "prior_state.description");
  v["prior_state.source"] = coded(tmpl, f.prior_state.source, "prior_state.source");
  v["examined_regions"] = text_value(f.examined_regions, "examined_regions");
  v["examination_limit.kind"] = coded(tmpl, f.examination_limit.kind, "examination_limit.kind");
  v["examination_limit.detail"] = text_value(f.examination_limit.detail, "examination_limit.detail");
  v["care.treatment"] = text_value(f.care.treatment, "care.treatment");
  v["care.emergency"] = text_value(f.care.emergency, "care.emergency");
}

// The profession blocks: the reason for care (physiotherapist, podiatrist), the pregnancy (midwife, physician).
void add_profession_blocks(Variables& v, const model::Template& tmpl, const model::Findings& f) {
  const model::CareReason& c = f.care_reason ? *f.care_reason : model::CareReason{};
  v["care_reason"] = flag(f.care_reason.has_value(), c.where);
  v["care_reason.description"] = text_value(c.description, "care_reason.description");
  v["care_reason.region"] = coded(tmpl, c.region, "care_reason.region");
  v["care_reason.side"] = coded(tmpl, c.side, "care_reason.side");
  const model::Pregnancy& p = f.pregnancy ? *f.pregnancy : model::Pregnancy{};
  v["pregnancy"] = flag(f.pregnancy.has_value(), p.where);
  // « 24 SA + 3 j », with no-break spaces: the unit never leaves its number.
  std::string term;
  if (p.term_weeks) term = fmt::format("{}{}SA", p.term_weeks.value, french::kNoBreakSpace);
  if (p.term_weeks && p.term_days && p.term_days.value > 0)
    term += fmt::format("{0}+{0}{1}{0}j", french::kNoBreakSpace, p.term_days.value);
  v["pregnancy.term"] = computed(std::move(term), p.term_weeks.where);
  v["pregnancy.term_basis"] = coded(tmpl, p.term_basis, "pregnancy.term_basis");
  v["pregnancy.fetal_movements"] = coded(tmpl, p.fetal_movements, "pregnancy.fetal_movements");
  v["pregnancy.fetal_heart"] = coded(tmpl, p.fetal_heart, "pregnancy.fetal_heart");
  v["pregnancy.fetal_heart_method"] = text_value(p.fetal_heart_method, "pregnancy.fetal_heart_method");
  v["pregnancy.obstetric_findings"] = text_value(p.obstetric_findings, "pregnancy.obstetric_findings");
}

// A tooth's FDI number and its name in words ("incisive centrale supérieure droite"), when the template has a
// `teeth` vocabulary.
void add_tooth(Variables& v, const std::string& name, const model::Text& tooth, const model::Template& tmpl,
               std::string_view path) {
  v[name] = text_value(tooth, path);
  const auto* entry = tooth ? vocabulary_entry(tmpl, "teeth", tooth.value) : nullptr;
  v[name + "_label"] = computed(vocabulary_form(entry, "label"), tooth.where);
}

// The list the table's row `each` names: its length, and its texts when it is a list of texts.
struct ListFinder : model::FieldVisitor {
  std::string_view each;
  const std::vector<model::Text>* texts = nullptr;
  std::size_t size = 0;

  explicit ListFinder(std::string_view name) : each(name) {}
  using FieldVisitor::value;
  void value(const model::FieldSpec& spec, const std::vector<model::Text>& list) {
    if (spec.path != each) return;
    texts = &list;
    size = list.size();
  }
  void list(const model::FieldSpec& spec, const auto& items, auto&&) {
    if (spec.path == each) size = items.size();
  }
};

ListFinder find_list(std::string_view each, const model::Findings& f) {
  ListFinder finder(each);
  model::visit_fields(finder, f);
  return finder;
}

void add_lesion(Variables& v, const std::string& as, const model::Lesion& l, const model::Template& tmpl) {
  v[as + ".type"] = coded(tmpl, l.type, "lesions[].type");
  v[as + ".nature"] = computed(lesion_nature(l, tmpl), l.type.where);
  v[as + ".count"] = computed(l.count ? std::to_string(l.count.value) : std::string{}, l.count.where);
  v[as + ".shape"] = coded(tmpl, l.shape, "lesions[].shape");
  v[as + ".grouping"] = coded(tmpl, l.grouping, "lesions[].grouping");
  v[as + ".region"] = coded(tmpl, l.region, "lesions[].region");
  v[as + ".side"] = coded(tmpl, l.side, "lesions[].side");
  v[as + ".face"] = coded(tmpl, l.face, "lesions[].face");
  add_tooth(v, as + ".tooth", l.tooth, tmpl, "lesions[].tooth");
  v[as + ".location"] = computed(lesion_location(l, tmpl), l.region.where);
  v[as + ".location_detail"] = text_value(l.location_detail, "lesions[].location_detail");
  v[as + ".size"] = computed(lesion_size(l.size), l.size.length_cm.where);
  v[as + ".measure"] = computed(lesion_measure(l, tmpl), l.size.length_cm.where);
  // The colour as observed, never turned into an age of the lesion.
  v[as + ".colour"] = coded(tmpl, l.colour, "lesions[].colour");
  v[as + ".aspect"] = text_value(l.aspect, "lesions[].aspect");
  v[as + ".note"] = text_value(l.note, "lesions[].note");
  v[as + ".prior_comparison"] = coded(tmpl, l.prior_comparison, "lesions[].prior_comparison");
}

// A photograph's caption: its rank, the lesion it shows (its number, nature and place), when and by whom it was
// taken (the author when nobody else is named), whether a scale shows, the original's fingerprint.
void add_photo(Variables& v, const std::string& as, std::size_t index, const model::Findings& f,
               const model::Template& tmpl, const zone::TimeZone& zone) {
  const model::Photo photo = index < f.photos.size() ? f.photos[index] : model::Photo{};
  v[as + ".number"] = computed(std::to_string(index + 1), photo.where);
  v[as + ".lesion"] = computed(photo.lesion ? std::to_string(photo.lesion.value) : std::string{}, photo.lesion.where);
  const bool shown = photo.lesion && photo.lesion.value >= 1 && static_cast<std::size_t>(photo.lesion.value) <= f.lesions.size();
  const model::Lesion lesion = shown ? f.lesions[static_cast<std::size_t>(photo.lesion.value) - 1] : model::Lesion{};
  v[as + ".lesion_nature"] = computed(shown ? lesion_nature(lesion, tmpl) : std::string{}, photo.lesion.where);
  v[as + ".lesion_location"] = computed(shown ? lesion_location(lesion, tmpl) : std::string{}, photo.lesion.where);
  v[as + ".date"] = date_of(photo.taken, zone);
  v[as + ".time"] = time_of(photo.taken, zone);
  v[as + ".taken_by"] = photo.taken_by ? text_value(photo.taken_by, "photos[].taken_by")
                                       : phrase_value(tmpl, "photo_by_author");
  // Said only when the findings say it (R-PH-3 asks for it): the template's phrase for either answer.
  v[as + ".scale_note"] = !photo.scale        ? computed({}, photo.where)
                          : photo.scale.value ? phrase_value(tmpl, "photo_scale")
                                              : phrase_value(tmpl, "photo_no_scale");
  v[as + ".sha256"] = text_value(photo.sha256, "photos[].sha256");
}

void add_reservation(Variables& v, const std::string& as, const model::DentalReservation& r,
                     const model::Template& tmpl) {
  add_tooth(v, as + ".tooth", r.tooth, tmpl, "dental_reservations[].tooth");
  v[as + ".kind"] = coded(tmpl, r.kind, "dental_reservations[].kind");
  // What the reservation bears on, before « de la dent 11 »: « de l'évolution de la vitalité pulpaire ».
  const auto* kind = r.kind ? vocabulary_entry(tmpl, "dental_reservations", r.kind.value) : nullptr;
  v[as + ".on"] = computed(vocabulary_form(kind, "on"), r.kind.where);
  v[as + ".detail"] = text_value(r.detail, "dental_reservations[].detail");
}

void add_exam(Variables& v, const std::string& as, const model::ComplementaryExam& exam) {
  v[as + ".name"] = text_value(exam.exam, "complementary_exams[].exam");
  v[as + ".result"] = text_value(exam.result, "complementary_exams[].result");
}

void add_danger_criterion(Variables& v, const std::string& as, const model::DangerCriterion& c,
                          const model::Template& tmpl) {
  v[as + ".criterion"] = coded(tmpl, c.criterion, "danger_criteria[].criterion");
  v[as + ".detail"] = text_value(c.detail, "danger_criteria[].detail");
}

// « de moins d'un an », « d'un an », « de 4 ans »: the child's age after « un enfant ».
std::string child_age(const model::Field<int>& age) {
  if (!age) return {};
  if (age.value == 0) return french::de("moins d\u2019un an");
  if (age.value == 1) return french::de("un an");
  return french::de(fmt::format("{}{}ans", age.value, french::kNoBreakSpace));
}

void add_household_child(Variables& v, const std::string& as, const model::HouseholdChild& c,
                         const model::Template& tmpl) {
  v[as + ".age"] = computed(child_age(c.age_years), c.age_years.where);
  v[as + ".violence"] = coded(tmpl, c.violence, "household_children[].violence");
}

void add_question(Variables& v, const std::string& as, const model::MissionQuestion& question) {
  v[as + ".question"] = text_value(question.question, "mission[].question");
  v[as + ".answer"] = text_value(question.answer, "mission[].answer");
}

}  // namespace

const Value* Scope::find(std::string_view name) const {
  if (item_) {
    if (auto it = item_->find(name); it != item_->end()) return &it->second;
  }
  auto it = document_.find(name);
  return it == document_.end() ? nullptr : &it->second;
}

std::vector<std::string> Scope::names() const {
  std::vector<std::string> out;
  for (const auto& [name, value] : document_) out.push_back(name);
  if (item_)
    for (const auto& [name, value] : *item_) out.push_back(name);
  return out;
}

Variables document_variables(const model::Template& tmpl, const model::Findings& f, std::string_view time_zone) {
  // An unknown findings zone is R-DT-4 (validate): the engine's is the one left.
  const auto zone = zone::TimeZone::first_known({f.author.time_zone.value, time_zone});
  Variables v;
  add_author(v, tmpl, f.author);
  v["profession.id"] = {french::nfc(tmpl.profession.id), Provenance::template_text, tmpl.where, {}, {}};
  // The profession agrees with its author: "infirmière" for madame when the template gives that form.
  const bool feminine = f.author.civility.value == "madame" && !tmpl.profession.label_f.empty();
  v["profession.label"] = {french::nfc(feminine ? tmpl.profession.label_f : tmpl.profession.label),
                           Provenance::template_text, tmpl.where, {}, {}};
  add_patient(v, tmpl, f.patient);
  add_examination(v, tmpl, f.examination, zone);
  add_follow_up(v, f.follow_up, zone);
  add_signalement(v, tmpl, f.signalement, zone);
  add_accompanying(v, tmpl, f.accompanying);
  v["facts.date"] = date_of(f.facts.datetime, zone);
  v["facts.time"] = time_of(f.facts.datetime, zone);
  v["facts.place"] = text_value(f.facts.place, "facts.place");
  v["facts.place_own_words"] = text_value(f.facts.place_own_words, "facts.place_own_words");
  v["facts.place_given"] = flag(f.facts.place || f.facts.place_own_words, f.facts.where);
  // Each list's length, for `when:` ("lesions": "2"), under the list's name.
  for (const auto& each : model::list_fields()) v[each] = count(list_size(each, f), {});
  v["psychological_state"] = text_value(f.psychological_state, "psychological_state");
  v["functional_impact"] = text_value(f.functional_impact, "functional_impact");
  v["follow_up_certificate"] =
      flag(f.follow_up_certificate && f.follow_up_certificate.value, f.follow_up_certificate.where);
  v["diagram"] = flag(f.diagram && f.diagram.value, f.diagram.where);
  v["annex_consent.date"] = f.annex_consent ? date_of(f.annex_consent->datetime, zone) : computed({}, {});
  add_itt(v, tmpl, f.itt);
  add_statements(v, tmpl, f);
  add_profession_blocks(v, tmpl, f);
  v["issuance.date"] = date_of(f.issuance.datetime, zone);
  v["issuance.time"] = time_of(f.issuance.datetime, zone);
  v["issuance.place"] = text_value(f.issuance.place, "issuance.place");
  v["issuance.recipient"] = coded(tmpl, f.issuance.recipient, "issuance.recipient");
  v["issuance.requested_by"] = coded(tmpl, f.issuance.requested_by, "issuance.requested_by");
  return v;
}

bool is_list(std::string_view each) {
  const auto& lists = model::list_fields();
  return std::find(lists.begin(), lists.end(), each) != lists.end();
}

std::size_t list_size(std::string_view each, const model::Findings& f) { return find_list(each, f).size; }

Variables item_variables(std::string_view each, const std::string& as, std::size_t index, const model::Template& tmpl,
                         const model::Findings& f, std::string_view time_zone) {
  Variables v;
  if (const auto* list = find_list(each, f).texts) {
    v[as] = text_value(index < list->size() ? (*list)[index] : model::Text{}, each);
  } else if (each == "lesions") {
    add_lesion(v, as, index < f.lesions.size() ? f.lesions[index] : model::Lesion{}, tmpl);
  } else if (each == "dental_reservations") {
    add_reservation(v, as, index < f.dental_reservations.size() ? f.dental_reservations[index]
                                                                 : model::DentalReservation{}, tmpl);
  } else if (each == "complementary_exams") {
    add_exam(v, as, index < f.complementary_exams.size() ? f.complementary_exams[index] : model::ComplementaryExam{});
  } else if (each == "mission") {
    add_question(v, as, index < f.mission.size() ? f.mission[index] : model::MissionQuestion{});
  } else if (each == "danger_criteria") {
    add_danger_criterion(v, as, index < f.danger_criteria.size() ? f.danger_criteria[index] : model::DangerCriterion{},
                         tmpl);
  } else if (each == "photos") {
    add_photo(v, as, index, f, tmpl, zone::TimeZone::first_known({f.author.time_zone.value, time_zone}));
  } else if (each == "household_children") {
    add_household_child(v, as, index < f.household_children.size() ? f.household_children[index]
                                                                   : model::HouseholdChild{}, tmpl);
  }
  return v;
}

}  // namespace medcert::compose
