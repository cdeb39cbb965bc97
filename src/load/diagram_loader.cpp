// SPDX-License-Identifier: Apache-2.0
// The body diagrams (diagrams/*.yaml, one view per file): each read as the font manifest is, against the keys
// a view allows; then their anchors checked together, so that every lesion finds one place at most.
#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

#include <fmt/format.h>

#include "load/data_files.hpp"
#include "load/diagram_geometry.hpp"
#include "load/load.hpp"
#include "load/parse_yaml.hpp"
#include "load/scalars.hpp"
#include "load/template_fields.hpp"
#include "model/diag.hpp"
#include "model/limits.hpp"

namespace medcert::load {
namespace {

// The patient's sides an anchor names; a lesion's `bilaterale` takes the anchor of each side.
const std::vector<std::string> kSides{"droite", "gauche", "mediane"};

// A width, a height, a text's size: a number above 0, or nullopt (reported).
std::optional<double> positive(const Slot& slot, std::string_view example) {
  if (!slot.value) {
    report_missing(slot, example);
    return std::nullopt;
  }
  const auto number = to_decimal(slot);
  if (!number) return std::nullopt;
  if (number.value > 0) return number.value;
  slot.sink->error("T-SCHEMA.diagram_positive", slot.path, slot.where,
                   {model::param("found", slot.value->text), model::param("example", std::string(example))});
  return std::nullopt;
}

std::vector<model::Path> read_paths(const Slot& slot, const std::optional<ViewBox>& box) {
  std::vector<model::Path> paths;
  for (const auto& item : list_items(slot, "tracés", "paths"))
    if (auto path = read_path(item, box)) paths.push_back(std::move(*path));
  return paths;
}

std::vector<model::DiagramLabel> read_labels(const Slot& slot, const std::optional<ViewBox>& box) {
  std::vector<model::DiagramLabel> labels;
  for (auto& item : mapping_items(slot, "libellés {text, at, size}", "labels {text, at, size}")) {
    auto text = required_text(item.slot("text"), "Droite");
    const auto at = read_point(item.slot("at"), box);
    const auto size = positive(item.slot("size"), "9");
    item.finish();
    if (!text.empty() && at && size) labels.push_back(model::DiagramLabel{std::move(text), at->x, at->y, *size});
  }
  return labels;
}

// The anchors read without an error: one that had some takes no part in the checks across views, which
// would only repeat its mistake.
std::vector<model::DiagramAnchor> read_anchors(const Slot& slot, const std::optional<ViewBox>& box) {
  std::vector<model::DiagramAnchor> anchors;
  for (auto& item : mapping_items(slot, "points d'ancrage {region, side, faces, tooth, at}",
                                  "anchors {region, side, faces, tooth, at}")) {
    const auto reported = slot.sink->diagnostics.size();
    model::DiagramAnchor anchor;
    anchor.location = item.where();
    anchor.region = required_text(item.slot("region"), "bras");
    if (const auto side = item.slot("side"); side.value) anchor.side = one_of(side, kSides);
    for (auto& face : to_text_list(item.slot("faces"))) anchor.faces.push_back(std::move(face.value));
    anchor.tooth = to_text(item.slot("tooth")).value;
    const auto at = read_point(item.slot("at"), box);
    item.finish();
    if (slot.sink->diagnostics.size() != reported || !at) continue;
    anchor.x = at->x;
    anchor.y = at->y;
    anchors.push_back(std::move(anchor));
  }
  return anchors;
}

struct ReadView {
  model::DiagramView view;
  Location id_where;
};

// One view, read as far as it goes; nullopt when the file is not a mapping.
std::optional<ReadView> read_view(const Environment& env, const std::string& file, Sink& sink) {
  const auto tree = read_mapping(env, file, kDiagramSize, {"F-SYNTAX.unreadable", "T-SCHEMA.diagram_kind"}, sink);
  if (!tree) return std::nullopt;
  MapReader root(sink, &*tree, tree->where, {});
  ReadView read;
  auto& view = read.view;
  view.file = file;
  const auto id = root.slot("id");
  read.id_where = id.where;
  view.id = required_text(id, "corps_face");
  view.label = to_text(root.slot("label")).value;
  view.label_en = to_text(root.slot("label_en")).value;
  view.alternative = to_text(root.slot("alternative")).value;
  const auto width = positive(root.slot("width"), "220");
  const auto height = positive(root.slot("height"), "480");
  // Without the view's size, its points cannot be checked; the missing size is the one message.
  std::optional<ViewBox> box;
  if (width && height) {
    box = ViewBox{*width, *height};
    view.width = *width;
    view.height = *height;
  }
  view.outline = read_paths(root.slot("outline"), box);
  view.details = read_paths(root.slot("details"), box);
  view.labels = read_labels(root.slot("labels"), box);
  view.anchors = read_anchors(root.slot("anchors"), box);
  root.finish();
  return read;
}

// "region: bras, side: droite": the anchor as its author wrote it, the same in both languages.
std::string anchor_name(const model::DiagramAnchor& anchor) {
  auto name = fmt::format("region: {}", anchor.region);
  if (!anchor.side.empty()) name += fmt::format(", side: {}", anchor.side);
  if (!anchor.tooth.empty()) name += fmt::format(", tooth: {}", anchor.tooth);
  return name;
}

std::string position(const Location& where) { return fmt::format("{}:{}:{}", where.file, where.line, where.column); }

// Two views a template may offer together: any two, but two alternatives of each other.
bool together(const model::DiagramView& a, const model::DiagramView& b) {
  return &a == &b || a.alternative.empty() || a.alternative != b.alternative;
}

// Across the views offered together, in their order then their files': a region has one anchor without
// faces per side (per tooth on the odontogram), where a lesion without a face goes, and a face one anchor at
// most. Otherwise the marker's place would depend on the order of the files.
void check_anchors(const model::Diagrams& diagrams, Sink& sink) {
  using Key = std::tuple<std::string, std::string, std::string, std::string>;  // region, side, tooth, face
  struct Holder {
    const model::DiagramView* view;
    const model::DiagramAnchor* anchor;
  };
  std::map<Key, std::vector<Holder>> taken;
  // The anchor that already holds `key` in a view offered with `view`, or null; `anchor` holds it too now.
  const auto claim = [&](Key key, const model::DiagramView& view,
                         const model::DiagramAnchor& anchor) -> const model::DiagramAnchor* {
    auto& holders = taken[std::move(key)];
    const auto clash =
        std::find_if(holders.begin(), holders.end(), [&](const Holder& h) { return together(*h.view, view); });
    const auto* first = clash == holders.end() ? nullptr : clash->anchor;
    holders.push_back(Holder{&view, &anchor});
    return first;
  };
  for (const auto& view : diagrams.views()) {
    for (std::size_t i = 0; i < view.anchors.size(); ++i) {
      const auto& anchor = view.anchors[i];
      const auto path = fmt::format("anchors[{}]", i);
      if (anchor.faces.empty())
        if (const auto* first = claim(Key{anchor.region, anchor.side, anchor.tooth, {}}, view, anchor))
          sink.error("T-DUPLICATE-ID.anchor", path, anchor.location,
                     {model::param("anchor", anchor_name(anchor)), model::param("first", position(first->location))});
      for (const auto& face : anchor.faces)
        if (const auto* first = claim(Key{anchor.region, anchor.side, anchor.tooth, face}, view, anchor))
          sink.error("T-DUPLICATE-ID.anchor_face", path, anchor.location,
                     {model::param("anchor", anchor_name(anchor)), model::param("face", face),
                      model::param("first", position(first->location))});
    }
  }
}

}  // namespace

model::Result<model::Diagrams> load_diagrams(const Environment& env, const std::string& dir) {
  model::Result<model::Diagrams> result;
  const auto files = yaml_files(env, dir);
  if (files.size() > model::kMaxDiagramViews) {
    result.diagnostics.push_back(model::error("T-SIZE.diagrams", {}, Location{dir, 0, 0},
                                              {model::param("directory", dir),
                                               model::param("count", std::to_string(files.size())),
                                               model::param("max", std::to_string(model::kMaxDiagramViews))}));
    return result;
  }
  Sink sink{result.diagnostics, kConfigRules};
  std::vector<model::DiagramView> views;
  std::map<std::string, std::string> file_of;  // by view id
  for (const auto& file : files) {
    auto read = read_view(env, file, sink);
    if (!read) continue;
    if (!read->view.id.empty()) {
      const auto [first, fresh] = file_of.emplace(read->view.id, file);
      if (!fresh) {  // left out: its anchors would all be reported again
        sink.error("T-DUPLICATE-ID.diagram", "id", read->id_where,
                   {model::param("found", read->view.id), model::param("file", first->second)});
        continue;
      }
    }
    views.push_back(std::move(read->view));
  }
  model::Diagrams diagrams(std::move(views));
  check_anchors(diagrams, sink);
  if (!has_errors(result.diagnostics)) result.value = std::move(diagrams);
  return result;
}

}  // namespace medcert::load
