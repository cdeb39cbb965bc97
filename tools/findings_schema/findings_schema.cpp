// SPDX-License-Identifier: Apache-2.0
// Prints what the field table (src/model/field_table.hpp) makes of the findings format:
//   findings_schema --schema     the JSON Schema (draft 2020-12), committed as schema/findings.schema.json
//   findings_schema --markdown   the field tables of docs/findings-format.md (between its markers)
#include <cstdio>
#include <map>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "model/field_table.hpp"

namespace {

using medcert::model::Authorship;
using medcert::model::FieldSpec;
using medcert::model::ValueKind;
using Json = nlohmann::ordered_json;

std::size_t text_limit(const FieldSpec& f) { return medcert::model::max_characters(f.text_kind); }

// ----- JSON Schema -----

constexpr const char* kDate = R"(^[0-9]{4}-[0-9]{2}-[0-9]{2}$)";
constexpr const char* kDateTime =
    R"(^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2})?$)";

Json text_schema(const FieldSpec& f) { return {{"type", "string"}, {"maxLength", text_limit(f)}}; }

Json value_schema(const FieldSpec& f) {
  switch (f.kind) {
    case ValueKind::version:
      return {{"const", f.min}};
    case ValueKind::text:
      return text_schema(f);
    case ValueKind::code:
      return {{"type", "string"}, {"maxLength", text_limit(f)}};
    case ValueKind::lines:
      return {{"anyOf",
               {text_schema(f),
                {{"type", "array"}, {"items", text_schema(f)}, {"maxItems", medcert::model::kMaxListEntries}}}}};
    case ValueKind::text_list:
      return {{"type", "array"}, {"items", text_schema(f)}, {"maxItems", medcert::model::kMaxListEntries}};
    case ValueKind::date:
      return {{"type", "string"}, {"pattern", kDate}};
    case ValueKind::datetime:
      return {{"type", "string"}, {"pattern", kDateTime}};
    case ValueKind::date_or_datetime:
      return {{"type", "string"}, {"anyOf", {{{"pattern", kDate}}, {{"pattern", kDateTime}}}}};
    case ValueKind::integer: {
      Json s = {{"type", "integer"}};
      if (f.max > f.min) {
        s["minimum"] = f.min;
        s["maximum"] = f.max;
      }
      return s;
    }
    case ValueKind::number:
      return {{"type", "number"}};
    case ValueKind::boolean:
      return {{"type", "boolean"}};
    case ValueKind::group:
    case ValueKind::section:
    case ValueKind::section_list:
      break;
  }
  return {{"type", "object"}, {"additionalProperties", false}, {"properties", Json::object()}};
}

// A third party's text (a réquisition's question), said alike in the schema and the doc's tables.
constexpr std::string_view kCited = "; a third party's words (the requisition's), printed as written inside « »";

std::string describe(const FieldSpec& f) {
  std::string text = fmt::format("{} ({})", f.description_en, f.description_fr);
  if (!f.vocabulary.empty()) text += fmt::format("; a code of the template's vocabulary `{}`", f.vocabulary);
  if (f.authorship == Authorship::own_words) text += "; the professional's own words";
  if (f.authorship == Authorship::quoted) text += "; the person's words, printed verbatim inside « »";
  if (f.authorship == Authorship::cited) text += kCited;
  return text;
}

// Where the object schema that holds a row's property is: the document's, or its mapping's (by JSON pointer:
// ordered_json moves its members as it grows).
std::string holder_of(const std::map<std::string, std::string>& objects, std::string_view path) {
  const auto dot = path.rfind('.');
  return dot == std::string_view::npos ? std::string{} : objects.at(std::string(path.substr(0, dot)));
}

Json schema() {
  Json root = {{"$schema", "https://json-schema.org/draft/2020-12/schema"},
               {"$id", "urn:medcert:findings:1"},
               {"title", "medcert findings, format 1"},
               {"description", "What a French certificate of findings after violence says (docs/findings-format.md). "
                               "Generated from src/model/field_table.hpp: do not edit."},
               {"type", "object"},
               {"additionalProperties", false},
               {"required", {"medcert"}},
               {"properties", Json::object()}};
  std::map<std::string, std::string> objects;  // a mapping's path ("lesions[]") → its object schema
  for (const auto& f : medcert::model::field_table()) {
    Json schema = value_schema(f);
    const std::string at = holder_of(objects, f.path) + "/properties/" + std::string(f.key());
    if (f.kind == ValueKind::section_list) {
      schema = {{"type", "array"}, {"maxItems", medcert::model::kMaxListEntries}, {"items", std::move(schema)}};
      objects[std::string(f.path) + "[]"] = at + "/items";
    } else if (f.kind == ValueKind::group || f.kind == ValueKind::section) {
      objects[std::string(f.path)] = at;
    }
    schema["title"] = f.label_fr;
    schema["description"] = describe(f);
    root[Json::json_pointer(at)] = std::move(schema);
  }
  return root;
}

// ----- docs/findings-format.md -----

std::string type_words(const FieldSpec& f) {
  std::string type;
  switch (f.kind) {
    case ValueKind::version: type = "whole number"; break;
    case ValueKind::text: type = "text"; break;
    case ValueKind::lines: type = "lines"; break;
    case ValueKind::text_list: type = "list of texts"; break;
    case ValueKind::code: type = "code"; break;
    case ValueKind::date: type = "date"; break;
    case ValueKind::datetime: type = "date-time"; break;
    case ValueKind::date_or_datetime: type = "date or date-time"; break;
    case ValueKind::integer: type = "whole number"; break;
    case ValueKind::number: type = "decimal"; break;
    case ValueKind::boolean: type = "boolean"; break;
    case ValueKind::group: type = "mapping"; break;
    case ValueKind::section: type = "mapping, optional"; break;
    case ValueKind::section_list: type = "list of mappings"; break;
  }
  if (!f.vocabulary.empty()) type += fmt::format(" (vocabulary `{}`)", f.vocabulary);
  if (f.kind == ValueKind::integer && f.max > f.min) type += fmt::format(", {} to {}", f.min, f.max);
  const bool texts = f.kind == ValueKind::text || f.kind == ValueKind::lines || f.kind == ValueKind::text_list;
  if (texts) type += fmt::format(", ≤ {} characters{}", text_limit(f), f.kind == ValueKind::text ? "" : " each");
  const bool list = f.kind == ValueKind::lines || f.kind == ValueKind::text_list || f.kind == ValueKind::section_list;
  if (list) type += fmt::format(", ≤ {} entries", medcert::model::kMaxListEntries);
  if (f.authorship == Authorship::own_words) type += "; the professional's own words (wording rules)";
  if (f.authorship == Authorship::quoted) type += "; the person's words, printed verbatim inside « »";
  if (f.authorship == Authorship::identifier) type += "; an identifier (ASCII)";
  if (f.authorship == Authorship::cited) type += kCited;
  if (!f.doc.empty()) type += "; " + std::string(f.doc);
  return type;
}

// A table cell: a "|" of the text would end it.
std::string cell(std::string_view text) {
  std::string out;
  for (const char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

std::string table_row(const FieldSpec& f, std::string_view key) {
  return fmt::format("| `{}` | {} | {} | {} | `{}` | {} |\n", key, cell(f.description_en), cell(type_words(f)),
                     cell(f.required), cell(f.example), cell(f.rules));
}

constexpr const char* kHeader = "| key | what | type | required | example | checked by |\n|---|---|---|---|---|---|\n";

std::string markdown() {
  const auto& rows = medcert::model::field_table();
  std::string out = "### Top level\n\n";
  out += kHeader;
  for (const auto& f : rows)
    if (f.path.find('.') == std::string_view::npos) out += table_row(f, f.path);
  for (const auto& top : rows) {
    const bool mapping = top.kind == ValueKind::group || top.kind == ValueKind::section ||
                         top.kind == ValueKind::section_list;
    if (!mapping || top.path.find('.') != std::string_view::npos) continue;
    const std::string prefix = std::string(top.path) + (top.kind == ValueKind::section_list ? "[]." : ".");
    out += fmt::format("\n### `{}{}` — {}\n\n", top.path, top.kind == ValueKind::section_list ? "[]" : "",
                       top.description_en);
    out += kHeader;
    for (const auto& f : rows)
      if (f.path.substr(0, prefix.size()) == prefix) out += table_row(f, f.path.substr(prefix.size()));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string_view mode = argc == 2 ? argv[1] : "";
  if (mode == "--schema") {
    std::fputs((schema().dump(2) + "\n").c_str(), stdout);
  } else if (mode == "--markdown") {
    std::fputs(markdown().c_str(), stdout);
  } else {
    std::fputs("usage: findings_schema --schema | --markdown\n", stderr);
    return 2;
  }
  return 0;
}
