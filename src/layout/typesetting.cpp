// SPDX-License-Identifier: Apache-2.0
#include "layout/typesetting.hpp"

namespace medcert::layout {

BlockStyle block_style(model::BlockKind kind, const LayoutOptions& options) {
  const double body = options.body_size;
  BlockStyle style;
  style.size = body;
  switch (kind) {
    case model::BlockKind::title:
      style = {body * 1.45, model::FontStyle::bold, Align::centre, 0, 0, body * 0.3, true};
      break;
    case model::BlockKind::subtitle:
      style = {body * 1.15, model::FontStyle::bold, Align::centre, 0, 0, body * 1.1, true};
      break;
    case model::BlockKind::heading:
      style = {body, model::FontStyle::bold, Align::left, 0, body * 0.9, body * 0.35, true};
      break;
    case model::BlockKind::paragraph: style = {body, std::nullopt, Align::justify, 0, 0, body * 0.5, false}; break;
    case model::BlockKind::item: style = {body, std::nullopt, Align::justify, 18, 0, body * 0.25, false}; break;
    case model::BlockKind::signature: style = {body, std::nullopt, Align::left, 0, body * 0.6, 0, false}; break;
    case model::BlockKind::caption: style = {body * 0.85, std::nullopt, Align::left, 0, 0, 0, false}; break;
  }
  return style;
}

BlockStyle header_style(const LayoutOptions& options) {
  return {options.body_size * 0.8, std::nullopt, Align::left, 0, 0, 0, false};
}

BlockStyle footer_style(const LayoutOptions& options) {
  return {options.body_size * 0.8, model::FontStyle::regular, Align::centre, 0, 0, 0, false};
}

namespace {

std::string numbered(const std::string& text, int page, int pages) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (text.compare(i, 7, "{pages}") == 0) {
      out += std::to_string(pages);
      i += 7;
    } else if (text.compare(i, 6, "{page}") == 0) {
      out += std::to_string(page);
      i += 6;
    } else {
      out += text[i++];
    }
  }
  return out;
}

}  // namespace

std::vector<model::Run> footer_runs(const std::vector<model::Run>& footer, int page, int pages) {
  std::vector<model::Run> runs = footer;
  for (auto& run : runs)
    if (run.provenance == model::Provenance::template_text) run.text = numbered(run.text, page, pages);
  return runs;
}

}  // namespace medcert::layout
