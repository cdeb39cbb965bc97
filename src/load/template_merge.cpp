// SPDX-License-Identifier: Apache-2.0
#include "load/template_merge.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "model/diag.hpp"
#include "model/spelling.hpp"

namespace medcert::load {
namespace {

// The keys that steer a merge by id; they never reach the merged template.
constexpr std::string_view kAfter = "after";
constexpr std::string_view kBefore = "before";
constexpr std::string_view kRemove = "remove";

bool has_id(const Node& node) {
  const auto* id = node.is_mapping() ? node.find("id") : nullptr;
  return id && id->value.is_scalar();
}

bool is_id_list(const Node& node) {
  return node.is_sequence() && !node.items.empty() && std::all_of(node.items.begin(), node.items.end(), has_id);
}

std::optional<std::size_t> index_of(const std::vector<Node>& items, std::string_view id) {
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i].text_of("id") == id) return i;
  return std::nullopt;
}

std::vector<std::string> ids(const std::vector<Node>& items) {
  std::vector<std::string> out;
  for (const auto& item : items) out.push_back(item.text_of("id"));
  return out;
}

Node without_directives(const Node& element) {
  Node copy = element;
  std::erase_if(copy.entries,
                [](const Node::Entry& e) { return e.key == kAfter || e.key == kBefore || e.key == kRemove; });
  return copy;
}

class Merger {
 public:
  Merger(Sink& sink, Absent absent) : sink_(sink), absent_(absent) {}

  // The parent is taken by value: a caller that owns it moves it in, and a template's tree is copied
  // once, not once per level.
  Node merge(Node parent, const Node& child, const std::string& path) {
    if (parent.is_mapping() && child.is_mapping()) return merge_mappings(std::move(parent), child, path);
    if (is_id_list(child) && parent.is_sequence() && (parent.items.empty() || is_id_list(parent)))
      return merge_by_id(std::move(parent), child, path);
    return child;
  }

 private:
  Node merge_mappings(Node parent, const Node& child, const std::string& path) {
    Node result = std::move(parent);
    result.where = child.where;
    for (const auto& entry : child.entries) {
      auto* inherited = result.find(entry.key);
      if (!inherited) {
        result.entries.push_back(entry);
        continue;
      }
      inherited->value = merge(std::move(inherited->value), entry.value, path.empty() ? entry.key : path + "." + entry.key);
      inherited->key_where = entry.key_where;
    }
    return result;
  }

  Node merge_by_id(Node parent, const Node& child, const std::string& path) {
    Node result = std::move(parent);
    result.where = child.where;
    std::map<std::string, std::string> last_after;  // "after: X" places each new element after the previous one
    for (std::size_t i = 0; i < child.items.size(); ++i) {
      const Node& element = child.items[i];
      const std::string element_path = fmt::format("{}[{}]", path, i);
      const std::string id = element.text_of("id");
      const auto index = index_of(result.items, id);
      if (removes(element, element_path)) {
        if (index)
          result.items.erase(result.items.begin() + static_cast<std::ptrdiff_t>(*index));
        else if (absent_ == Absent::error)
          nothing_to_remove(element, id, result.items, element_path);
        continue;
      }
      Node merged =
          index ? merge(std::move(result.items[*index]), without_directives(element), element_path)
                : without_directives(element);
      const auto* after = element.find(kAfter);
      const auto* before = element.find(kBefore);
      if (after && before) {
        sink_.error("T-SCHEMA.after_before", element_path, before->key_where);
        before = nullptr;
      }
      const auto* placement = after ? after : before;
      if (!placement) {
        if (index)
          result.items[*index] = std::move(merged);
        else
          result.items.push_back(std::move(merged));
        continue;
      }
      if (index) result.items.erase(result.items.begin() + static_cast<std::ptrdiff_t>(*index));
      const std::string anchor = placement->value.is_scalar() ? placement->value.text : std::string{};
      auto target = index_of(result.items, anchor);
      if (!target) {
        unknown_anchor(*placement, anchor, result.items, element_path);
        result.items.insert(result.items.begin() + static_cast<std::ptrdiff_t>(index.value_or(result.items.size())),
                            std::move(merged));
        continue;
      }
      if (after) {
        if (const auto tail = last_after.find(anchor); tail != last_after.end())
          target = index_of(result.items, tail->second).value_or(*target);
        last_after[anchor] = id;
        ++*target;
      }
      result.items.insert(result.items.begin() + static_cast<std::ptrdiff_t>(*target), std::move(merged));
    }
    return result;
  }

  bool removes(const Node& element, const std::string& path) {
    const auto* remove = element.find(kRemove);
    if (!remove) return false;
    if (remove->value.is_scalar() && (remove->value.text == "true" || remove->value.text == "false"))
      return remove->value.text == "true";
    sink_.error("T-SCHEMA.remove_value", path + ".remove", remove->value.where);
    return false;
  }

  void nothing_to_remove(const Node& element, const std::string& id, const std::vector<Node>& items,
                         const std::string& path) {
    const auto suggestion = model::closest(id, ids(items));
    sink_.error("T-SCHEMA.nothing_to_remove", path, element.find(kRemove)->key_where,
                {model::param("found", id), model::did_you_mean_param(suggestion)});
  }

  void unknown_anchor(const Node::Entry& placement, const std::string& anchor, const std::vector<Node>& items,
                      const std::string& path) {
    const auto suggestion = model::closest(anchor, ids(items));
    sink_.error("T-SCHEMA.unknown_anchor", path + "." + placement.key, placement.value.where,
                {model::param("placement", placement.key), model::param("found", anchor),
                 model::did_you_mean_param(suggestion)});
  }

  Sink& sink_;
  Absent absent_;
};

}  // namespace

Node extend(const Node& parent, const Node& child, Sink& sink, Absent absent) {
  Node inherited = parent;
  std::erase_if(inherited.entries, [](const Node::Entry& e) { return e.key == "template"; });
  return Merger(sink, absent).merge(std::move(inherited), child, {});
}

}  // namespace medcert::load
