// SPDX-License-Identifier: Apache-2.0
// The findings blocks only some professions have (the field table's `block`, a template's
// `capabilities.blocks`): R-SC-2 refuses one the template does not print, rather than drop it silently.
// R-SF-1: a pregnancy's term in weeks of amenorrhoea (« 24 SA + 3 j ») is a term a pregnancy can have.
// R-CD-2: each injured tooth carries a reservation on its future (CNSD model: pulp vitality, the tooth kept on
// the arch). R-AN-2: a deficit found in the region the care under way treats says how it compares with the
// earlier sessions, so that the document does not present a prior state as a finding after the facts.
#include <algorithm>

#include "model/field_table.hpp"
#include "model/lesion_count.hpp"
#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

constexpr std::string_view kYes = "oui";
constexpr int kMaxTermWeeks = 44;
constexpr int kMaxTermDays = 6;

// The first value or section of each block the template does not offer, where it was written.
struct OfferedBlocks : model::FieldVisitor {
  const model::Template& tmpl;
  Diagnostics& out;
  std::vector<std::string_view> reported;

  OfferedBlocks(const model::Template& t, Diagnostics& o) : tmpl(t), out(o) {}

  void refuse(const model::FieldSpec& spec, bool present, const std::string& path, const Location& where) {
    if (!present || tmpl.capabilities.offers(spec.block)) return;
    if (std::find(reported.begin(), reported.end(), spec.block) != reported.end()) return;
    reported.push_back(spec.block);
    out.push_back(report(Severity::error, "R-SC-2", path, where,
                         {param("template", tmpl.id), param("profession", tmpl.profession.label),
                          param("block", std::string(spec.block))}));
  }
  template <class T>
  void value(const model::FieldSpec& spec, const model::Field<T>& field) {
    refuse(spec, field.present, field.path, field.where);
  }
  void value(const model::FieldSpec& spec, const std::vector<model::Text>& texts) {
    if (!texts.empty()) refuse(spec, true, texts.front().path, texts.front().where);
  }
  void section(const model::FieldSpec& spec, const auto& optional, auto&& descend) {
    if (!optional) return;
    refuse(spec, true, optional->path, optional->where);
    descend(*optional);
  }
  void list(const model::FieldSpec& spec, const auto& items, auto&& descend) {
    if (!items.empty()) refuse(spec, true, items.front().path, items.front().where);
    for (const auto& item : items) descend(item);
  }
};

void require_in_row(const model::Text& field, std::string_view rule, Diagnostics& out) {
  if (field) return;
  const auto* spec = model::find_field(field.path);
  const auto section = field.path.substr(0, field.path.rfind('.'));
  auto d = report(Severity::error, "common.missing", field,
                  {param("what", std::string(spec->description_fr), std::string(spec->description_en)),
                   param("example", std::string(spec->example)), param("section", section)});
  d.rule = rule;
  out.push_back(std::move(d));
}

void check_pregnancy(const model::Pregnancy& p, Diagnostics& out) {
  if (p.term_weeks && (p.term_weeks.value < 1 || p.term_weeks.value > kMaxTermWeeks))
    out.push_back(report(Severity::error, "R-SF-1.weeks", p.term_weeks,
                         {param("found", std::to_string(p.term_weeks.value)),
                          param("max", std::to_string(kMaxTermWeeks))}));
  if (p.term_days && (p.term_days.value < 0 || p.term_days.value > kMaxTermDays))
    out.push_back(report(Severity::error, "R-SF-1.days", p.term_days,
                         {param("found", std::to_string(p.term_days.value))}));
  // Days or a basis without weeks would print no term at all.
  if (!p.term_weeks && p.term_days) out.push_back(report(Severity::error, "R-SF-1.without_weeks", p.term_days));
  if (!p.term_weeks && p.term_basis) out.push_back(report(Severity::error, "R-SF-1.without_weeks", p.term_basis));
  // A method says how the heart was sought: not when it was not.
  const bool sought = p.fetal_heart && p.fetal_heart.value != "non_recherches";
  if (p.fetal_heart_method && !sought) out.push_back(report(Severity::error, "R-SF-1.method", p.fetal_heart_method));
}

void check_reservations(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  for (const auto& reservation : findings.dental_reservations) {
    require_in_row(reservation.tooth, "R-CD-2", out);
    require_in_row(reservation.kind, "R-CD-2", out);
    check_tooth(reservation.tooth, out);
  }
  if (!tmpl.capabilities.offers("dental")) return;
  const auto reserved = [&](const std::string& tooth) {
    return std::any_of(findings.dental_reservations.begin(), findings.dental_reservations.end(),
                       [&](const model::DentalReservation& r) { return r.tooth.value == tooth; });
  };
  std::vector<std::string> warned;
  for (const auto& lesion : findings.lesions) {
    const auto& tooth = lesion.tooth;
    // A wrong number is R-L-4's alone.
    if (!tooth || !fdi_tooth(tooth.value) || reserved(tooth.value) ||
        std::find(warned.begin(), warned.end(), tooth.value) != warned.end())
      continue;
    warned.push_back(tooth.value);
    out.push_back(report(Severity::warning, "R-CD-2", tooth));
  }
}

// Sides that may be the same place: equal, one of them both sides, or one not given.
bool same_side(const model::Text& a, const model::Text& b) {
  return !a || !b || a.value == b.value || a.value == "bilaterale" || b.value == "bilaterale";
}

void check_deficits_in_treated_region(const model::Template& tmpl, const model::Findings& findings,
                                      Diagnostics& out) {
  if (!findings.care_reason || !findings.care_reason->region) return;
  const auto& treated = *findings.care_reason;
  const auto* region = model::find_entry(tmpl, "regions", treated.region.value);
  for (const auto& lesion : findings.lesions) {
    const auto* type = model::find_entry(tmpl, "lesion_types", lesion.type.value);
    if (!type || type->form("deficit") != kYes || lesion.prior_comparison) continue;
    if (lesion.region.value != treated.region.value || !same_side(lesion.side, treated.side)) continue;
    out.push_back(report(Severity::warning, "R-AN-2", lesion.path + ".prior_comparison", lesion.where,
                         {param("type_label", type->label(Language::fr), type->label(Language::en)),
                          param("region_label", region ? region->label(Language::fr) : treated.region.value,
                                region ? region->label(Language::en) : treated.region.value)}));
  }
}

}  // namespace

void check_profession_blocks(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  OfferedBlocks offered(tmpl, out);
  model::visit_fields(offered, findings);
  if (findings.pregnancy) check_pregnancy(*findings.pregnancy, out);
  if (findings.care_reason) require(out, findings, "care_reason.description", "R-REQ");
  check_reservations(tmpl, findings, out);
  if (tmpl.capabilities.offers("care_reason")) check_deficits_in_treated_region(tmpl, findings, out);
}

}  // namespace medcert::validate
