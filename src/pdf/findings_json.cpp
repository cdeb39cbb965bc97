// SPDX-License-Identifier: Apache-2.0
#include "pdf/findings_json.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "model/field_table.hpp"

namespace medcert::pdf {
namespace {

using nlohmann::json;

std::string date_text(const model::CivilDate& d) { return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day); }

// As written: "Z" stays "Z", a local time (no offset) stays without one; the certificate prints it in the
// practice's zone, the embedded findings keep what was sent.
std::string datetime_text(const model::DateTime& dt) {
  if (!dt.has_time) return date_text(dt.date);
  const auto clock = fmt::format("{}T{:02}:{:02}:{:02}", date_text(dt.date), dt.hour, dt.minute, dt.second);
  switch (dt.anchor) {
    case model::Anchor::local: return clock;
    case model::Anchor::utc: return clock + "Z";
    case model::Anchor::offset: break;
  }
  const int offset = dt.offset_minutes < 0 ? -dt.offset_minutes : dt.offset_minutes;
  return fmt::format("{}{}{:02}:{:02}", clock, dt.offset_minutes < 0 ? '-' : '+', offset / 60, offset % 60);
}

// Writes each row of the field table into the object that holds it (the top of `open_`), a value only
// when the findings had one, so absent stays absent. A mapping that only gathers keys (author, size) is
// left out when empty; an optional section (itt) is written when present, even empty; a list when it has
// elements.
class Writer : public model::FieldVisitor {
 public:
  json root = json::object();  // nlohmann::json keeps object keys sorted: the canonical order

  Writer() { open_.push_back(&root); }

  template <class T>
  void value(const model::FieldSpec& spec, const model::Field<T>& field) {
    if (field.present) top()[std::string(spec.key())] = scalar(field.value);
  }
  void value(const model::FieldSpec& spec, const std::vector<model::Text>& texts) {
    json list = json::array();
    for (const auto& text : texts)
      if (text.present) list.push_back(text.value);
    if (!list.empty()) top()[std::string(spec.key())] = std::move(list);
  }
  void group(const model::FieldSpec& spec, auto&& descend) {
    auto object = nested(descend);
    if (!object.empty()) top()[std::string(spec.key())] = std::move(object);
  }
  void group(const model::FieldSpec& spec, const auto&, auto&& descend) { group(spec, descend); }
  void section(const model::FieldSpec& spec, const auto& optional, auto&& descend) {
    if (optional) top()[std::string(spec.key())] = nested([&] { descend(*optional); });
  }
  void list(const model::FieldSpec& spec, const auto& items, auto&& descend) {
    json list = json::array();
    for (const auto& item : items) list.push_back(nested([&] { descend(item); }));
    if (!list.empty()) top()[std::string(spec.key())] = std::move(list);
  }

 private:
  json& top() { return *open_.back(); }
  json nested(auto&& descend) {
    json object = json::object();
    open_.push_back(&object);
    descend();
    open_.pop_back();
    return object;
  }
  static json scalar(const std::string& text) { return text; }
  static json scalar(int n) { return n; }
  static json scalar(double x) { return x; }
  static json scalar(bool b) { return b; }
  static json scalar(const model::CivilDate& d) { return date_text(d); }
  static json scalar(const model::DateTime& dt) { return datetime_text(dt); }

  std::vector<json*> open_;
};

}  // namespace

std::string findings_json(const model::Findings& f) {
  Writer writer;
  model::visit_fields(writer, f);
  return writer.root.dump(2) + "\n";
}

}  // namespace medcert::pdf
