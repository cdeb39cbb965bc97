// SPDX-License-Identifier: Apache-2.0
// Findings (formats.md §1): the tree read key by key into model::Findings, the keys and their kinds those
// of the field table (model/field_table.hpp). Shape only: whether a required value is there, or a code is
// in a vocabulary, is validate/'s business.

#include "load/load.hpp"
#include "load/map_reader.hpp"
#include "load/parse_yaml.hpp"
#include "load/scalars.hpp"
#include "model/diag.hpp"
#include "model/field_table.hpp"

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

// Reads each row of the field table from the mapping that holds it (the top of `open`): a value converted
// by its kind, a mapping opened and closed (its unknown keys reported), a list element by element.
class Reader : public model::FieldVisitor {
 public:
  explicit Reader(MapReader root) { open_.push_back(std::move(root)); }
  /// Reports the root's unknown keys, once every row was read.
  void finish() { close(); }

  void value(const model::FieldSpec& spec, model::Field<int>& field) {
    const Slot slot = top().slot(spec.key());
    field = spec.kind == model::ValueKind::version ? read_version(slot) : to_int(slot);
  }
  void value(const model::FieldSpec& spec, model::Text& field) { field = to_text(top().slot(spec.key())); }
  void value(const model::FieldSpec& spec, model::Field<double>& field) {
    field = to_decimal(top().slot(spec.key()));
  }
  void value(const model::FieldSpec& spec, model::Field<bool>& field) { field = to_bool(top().slot(spec.key())); }
  void value(const model::FieldSpec& spec, model::Field<model::CivilDate>& field) {
    field = to_date(top().slot(spec.key()));
  }
  void value(const model::FieldSpec& spec, model::Field<model::DateTime>& field) {
    const auto form = spec.kind == model::ValueKind::date_or_datetime ? TimeForm::date_or_offset : TimeForm::with_offset;
    field = to_datetime(top().slot(spec.key()), form);
  }
  void value(const model::FieldSpec& spec, std::vector<model::Text>& texts) {
    texts = to_text_list(top().slot(spec.key()), spec.kind == model::ValueKind::lines);
  }

  void group(const model::FieldSpec& spec, auto&& descend) {
    open_.push_back(top().child(spec.key()));
    descend();
    close();
  }
  void group(const model::FieldSpec& spec, auto& located, auto&& descend) {
    open_.push_back(top().child(spec.key()));
    locate(located);
    descend();
    close();
  }
  void section(const model::FieldSpec& spec, auto& optional, auto&& descend) {
    open_.push_back(top().child(spec.key()));
    if (top().present()) {
      locate(optional.emplace());
      descend(*optional);
    }
    close();
  }
  void list(const model::FieldSpec& spec, auto& items, auto&& descend) {
    for (auto& element : mapping_items(top().slot(spec.key()), spec.items_fr, spec.items_en)) {
      open_.push_back(std::move(element));
      locate(items.emplace_back());
      descend(items.back());
      close();
    }
  }

 private:
  MapReader& top() { return open_.back(); }
  void locate(auto& located) {
    located.where = top().where();
    located.path = top().path();
  }
  void close() {
    top().finish();
    open_.pop_back();
  }

  std::vector<MapReader> open_;
};

model::Findings read_findings(MapReader m, const std::string& name) {
  model::Findings f;
  f.source_name = name;
  f.where = m.where();
  Reader reader(std::move(m));
  model::visit_fields(reader, f);
  reader.finish();
  return f;
}

}  // namespace

model::Result<model::Findings> load_findings(const std::string& text, const std::string& name) {
  auto parsed = parse_yaml(text, name, kFindingsSize);
  if (!parsed.value) return {std::nullopt, std::move(parsed.diagnostics)};
  auto result = load_findings(*parsed.value, name);
  parsed.diagnostics.insert(parsed.diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
  result.diagnostics = std::move(parsed.diagnostics);
  return result;
}

model::Result<model::Findings> load_findings(const Node& root, const std::string& name) {
  model::Result<model::Findings> result;
  if (!root.is_mapping()) {
    result.diagnostics.push_back(model::error("F-TYPE.findings_root", "findings", root.where,
                                              {kind_param(root.kind), model::param("version", std::to_string(kFormatVersion))}));
    return result;
  }
  Sink sink{result.diagnostics, kFindingsRules};
  result.value = read_findings(MapReader(sink, &root, root.where, "findings"), name);
  return result;
}

}  // namespace medcert::load
