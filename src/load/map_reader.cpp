// SPDX-License-Identifier: Apache-2.0
#include "load/map_reader.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "load/source_text.hpp"
#include "model/diag.hpp"
#include "model/limits.hpp"
#include "model/spelling.hpp"

namespace medcert::load {

void Sink::error(std::string_view message_id, std::string path, Location where, std::vector<MessageParam> params) {
  diagnostics.push_back(model::error(message_id, std::move(path), std::move(where), std::move(params)));
}

void Sink::report(const char* rule, std::string_view message_id, std::string path, Location where,
                  std::vector<MessageParam> params) {
  auto d = model::diagnose(Severity::error, message_id, std::move(path), std::move(where), std::move(params));
  d.rule = rule;
  diagnostics.push_back(std::move(d));
}

std::string_view shown_path(std::string_view path) {
  constexpr std::string_view kRoot = "findings";
  if (path.substr(0, kRoot.size()) != kRoot) return path;
  return path.size() == kRoot.size() ? std::string_view{} : path.substr(kRoot.size() + 1);
}

void Slot::type_error(std::string_view expected_fr, std::string_view expected_en, std::string_view message_id) const {
  const auto kind = value ? value->kind : Node::Kind::null;
  sink->report(sink->rules.type, message_id, path, where,
               {model::param("expected", std::string(expected_fr), std::string(expected_en)), kind_param(kind)});
}

MapReader::MapReader(Sink& sink, const Node* node, Location fallback, std::string path)
    : sink_(&sink), node_(node), where_(node ? node->where : std::move(fallback)), path_(std::move(path)) {}

std::string MapReader::path_of(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

Slot MapReader::slot(std::string_view key) {
  allowed_.emplace_back(key);
  Slot slot{sink_, nullptr, where_, path_of(key)};
  if (const auto* entry = node_ ? node_->find(key) : nullptr) {
    slot.where = entry->value.where;
    if (!entry->value.is_null()) slot.value = &entry->value;
  }
  return slot;
}

MapReader MapReader::child(std::string_view key) { return as_mapping(slot(key)); }

const std::vector<Node::Entry>& MapReader::entries() {
  static const std::vector<Node::Entry> none;
  any_key_ = true;
  return node_ ? node_->entries : none;
}

void MapReader::finish() {
  if (!node_ || any_key_) return;
  for (const auto& entry : node_->entries) {
    if (std::find(allowed_.begin(), allowed_.end(), entry.key) != allowed_.end()) continue;
    const auto suggestion = model::closest(entry.key, allowed_);
    const bool top = shown_path(path_).empty();
    sink_->report(sink_->rules.unknown_key,
                  suggestion.empty() ? (top ? "F-UNKNOWN-KEY.top_list" : "F-UNKNOWN-KEY.list")
                                     : (top ? "F-UNKNOWN-KEY.top" : "F-UNKNOWN-KEY"),
                  path_of(entry.key), entry.key_where,
                  {model::param("found", excerpt(entry.key)), model::param("parent", std::string(shown_path(path_))),
                   model::param("did_you_mean", model::did_you_mean_fr(suggestion), model::did_you_mean_en(suggestion)),
                   model::param("keys", fmt::format("{}", fmt::join(allowed_, ", ")))});
  }
}

namespace {

void mapping_expected(const Slot& slot) {
  slot.type_error("un bloc de clés", "a mapping", "F-TYPE.kind_mapping");
}

}  // namespace

MapReader as_mapping(const Slot& slot) {
  if (slot.value && !slot.value->is_mapping()) {
    mapping_expected(slot);
    return MapReader(*slot.sink, nullptr, slot.where, slot.path);
  }
  return MapReader(*slot.sink, slot.value, slot.where, slot.path);
}

std::vector<Slot> list_items(const Slot& slot, std::string_view element_fr, std::string_view element_en,
                             bool text_allowed) {
  if (!slot.value) return {};
  if (slot.value->is_scalar() && text_allowed) return {slot};
  const auto shown = shown_path(slot.path);
  if (!slot.value->is_sequence()) {
    slot.type_error(fmt::format("une liste de {}", element_fr), fmt::format("a list of {}", element_en),
                    "F-TYPE.kind_list");
    return {};
  }
  std::vector<Slot> items;
  const auto& elements = slot.value->items;
  std::size_t count = elements.size();
  if (slot.sink->rules.too_many && count > model::kMaxListEntries) {
    count = model::kMaxListEntries;
    slot.sink->report(slot.sink->rules.too_many, "F-COUNT", fmt::format("{}[{}]", slot.path, count),
                      elements[count].where,
                      {model::param("list", std::string(shown)), model::param("count", std::to_string(elements.size())),
                       model::param("max", std::to_string(count))});
  }
  for (std::size_t i = 0; i < count; ++i) {
    const Node& element = elements[i];
    Slot item{slot.sink, &element, element.where, fmt::format("{}[{}]", slot.path, i)};
    if (element.is_null()) {
      slot.sink->report(slot.sink->rules.type, "F-TYPE.empty_element", item.path, item.where,
                        {model::param("list", std::string(shown))});
      continue;
    }
    items.push_back(std::move(item));
  }
  return items;
}

std::vector<MapReader> mapping_items(const Slot& slot, std::string_view element_fr, std::string_view element_en) {
  std::vector<MapReader> readers;
  for (const auto& item : list_items(slot, element_fr, element_en)) {
    if (item.value->is_mapping())
      readers.emplace_back(*item.sink, item.value, item.where, item.path);
    else
      mapping_expected(item);
  }
  return readers;
}

}  // namespace medcert::load
