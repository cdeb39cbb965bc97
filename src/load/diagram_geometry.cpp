// SPDX-License-Identifier: Apache-2.0
#include "load/diagram_geometry.hpp"

#include <array>
#include <cctype>
#include <charconv>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "load/scalars.hpp"
#include "load/source_text.hpp"
#include "model/diag.hpp"
#include "model/limits.hpp"

namespace medcert::load {
namespace {

std::vector<MessageParam> point_params(const model::Point& p, const ViewBox& box) {
  return {model::param("x", fmt::format("{}", p.x)), model::param("y", fmt::format("{}", p.y)),
          model::param("width", fmt::format("{}", box.width)), model::param("height", fmt::format("{}", box.height))};
}

// A command of the path syntax: the operation it draws and the numbers each operation takes (Z: none).
struct Command {
  char letter;
  model::PathOp::Kind kind;
  std::size_t numbers;
  std::string_view expected_fr;  // what the message says it takes
  std::string_view expected_en;
};

constexpr std::string_view kPairsFr = "elle en prend 2 (x y), ou plusieurs paires";
constexpr std::string_view kPairsEn = "it takes 2 (x y), or several pairs";
constexpr std::array<Command, 4> kCommands{{
    {'M', model::PathOp::Kind::move, 2, kPairsFr, kPairsEn},
    {'L', model::PathOp::Kind::line, 2, kPairsFr, kPairsEn},
    {'C', model::PathOp::Kind::curve, 6, "elle en prend 6 (x1 y1 x2 y2 x y), ou un multiple de 6",
     "it takes 6 (x1 y1 x2 y2 x y), or a multiple of 6"},
    {'Z', model::PathOp::Kind::close, 0, "elle n'en prend aucun", "it takes none"},
}};

const Command* find_command(char letter) {
  for (const auto& command : kCommands)
    if (command.letter == letter) return &command;
  return nullptr;
}

bool is_separator(char c) { return c == ' ' || c == ',' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// One path, read from left to right, a command and its numbers at a time. Stops at the first mistake.
class PathReader {
 public:
  PathReader(const Slot& slot, std::string_view text, const std::optional<ViewBox>& box)
      : slot_(slot), text_(text), box_(box) {}

  std::optional<model::Path> read() {
    std::size_t pos = 0;
    for (;;) {
      while (pos < text_.size() && is_separator(text_[pos])) ++pos;
      if (pos == text_.size()) break;
      if (std::isalpha(static_cast<unsigned char>(text_[pos]))) {
        const Command* command = find_command(text_[pos]);
        if (!command) return fail_character(pos);
        if (!command_ && command->letter != 'M') return fail_start(pos);
        if (command_ && !draw()) return std::nullopt;
        command_ = command;
        command_at_ = pos++;
        numbers_.clear();
        offsets_.clear();
        continue;
      }
      const auto start = pos;
      const auto value = scan_number(pos);
      if (!value) return fail_character(start);
      if (!command_) return fail_start(start);
      if (++count_ > model::kMaxPathNumbers) {
        fail("T-SIZE.diagram_path", start, {model::param("max", std::to_string(model::kMaxPathNumbers))});
        return std::nullopt;
      }
      numbers_.push_back(*value);
      offsets_.push_back(start);
    }
    if (!command_) return empty();
    if (!draw()) return std::nullopt;
    return std::move(path_);
  }

 private:
  // SVG's number without an exponent: an optional sign, then digits, a point and digits, either part
  // possibly absent but not both ("12", "-3.5", ".5", "5."). `pos` moves past it.
  std::optional<double> scan_number(std::size_t& pos) const {
    std::size_t end = pos;
    const bool plus = text_[end] == '+';
    if (plus || text_[end] == '-') ++end;
    const std::size_t whole = end;
    while (end < text_.size() && is_digit(text_[end])) ++end;
    bool digits = end > whole;
    if (end < text_.size() && text_[end] == '.') {
      const std::size_t fraction = ++end;
      while (end < text_.size() && is_digit(text_[end])) ++end;
      digits = digits || end > fraction;
    }
    if (!digits) return std::nullopt;
    double value = 0;
    const char* first = text_.data() + pos + (plus ? 1 : 0);  // from_chars takes no '+'
    const char* last = text_.data() + end;
    const auto [ptr, ec] = std::from_chars(first, last, value);
    if (ec != std::errc{} || ptr != last) return std::nullopt;  // hundreds of digits: out of range
    pos = end;
    return value;
  }

  // The operations of the current command, from its numbers.
  bool draw() {
    const std::size_t per = command_->numbers;
    const std::size_t count = numbers_.size();
    if (per == 0 ? count != 0 : count == 0 || count % per != 0) {
      fail("T-SCHEMA.diagram_numbers", command_at_,
           {model::param("command", std::string(1, command_->letter)), model::param("count", std::to_string(count)),
            model::param("expected", std::string(command_->expected_fr), std::string(command_->expected_en))});
      return false;
    }
    if (per == 0) path_.push_back(model::PathOp{model::PathOp::Kind::close, {}});
    for (std::size_t i = 0; i < count; i += per) {
      // As in SVG, the pairs after a move's first one draw lines.
      model::PathOp op{i > 0 && command_->kind == model::PathOp::Kind::move ? model::PathOp::Kind::line
                                                                               : command_->kind,
                       {}};
      for (std::size_t k = 0; k < per / 2; ++k) {
        const model::Point point{numbers_[i + 2 * k], numbers_[i + 2 * k + 1]};
        if (box_ && !box_->contains(point)) {
          fail("T-SCHEMA.diagram_path_outside", offsets_[i + 2 * k], point_params(point, *box_));
          return false;
        }
        op.points[k] = point;
      }
      path_.push_back(op);
    }
    return true;
  }

  // `message_id` at the path's position, naming the character at byte `offset` (1-based, in characters).
  void fail(std::string_view message_id, std::size_t offset, std::vector<MessageParam> params) const {
    params.push_back(model::param("at", std::to_string(count_characters(text_.substr(0, offset)) + 1)));
    slot_.sink->error(message_id, slot_.path, slot_.where, std::move(params));
  }

  // The character at `offset` is neither a command nor the start of a number.
  std::nullopt_t fail_character(std::size_t offset) const {
    const auto character = text_.substr(offset, prefix_bytes(text_.substr(offset), 1));
    fail("T-SCHEMA.diagram_command", offset, {model::param("found", std::string(character))});
    return std::nullopt;
  }

  // Nothing but spaces: an empty element of its list, as the other lists say it.
  std::nullopt_t empty() const {
    // shown_path gives a view into its argument: the list's path must outlive it.
    const std::string list_path = slot_.path.substr(0, slot_.path.rfind('['));
    slot_.sink->report(slot_.sink->rules.type, "F-TYPE.empty_element", slot_.path, slot_.where,
                       {model::param("list", std::string(shown_path(list_path)))});
    return std::nullopt;
  }

  std::nullopt_t fail_start(std::size_t offset) const {
    fail("T-SCHEMA.diagram_path_start", offset, {model::param("found", excerpt(text_.substr(offset)))});
    return std::nullopt;
  }

  const Slot& slot_;
  std::string_view text_;
  std::optional<ViewBox> box_;
  const Command* command_ = nullptr;
  std::size_t command_at_ = 0;
  std::vector<double> numbers_;
  std::vector<std::size_t> offsets_;  // of each number, for the messages
  std::size_t count_ = 0;             // numbers of the whole path
  model::Path path_;
};

}  // namespace

std::optional<model::Point> read_point(const Slot& slot, const std::optional<ViewBox>& box) {
  if (!slot.value) {
    report_missing(slot, "[110, 30]");
    return std::nullopt;
  }
  const auto items = list_items(slot, "nombres", "numbers");
  if (!slot.value->is_sequence()) return std::nullopt;  // reported by list_items
  if (slot.value->items.size() != 2) {
    slot.sink->error("T-SCHEMA.diagram_point", slot.path, slot.where,
                     {model::param("count", std::to_string(slot.value->items.size()))});
    return std::nullopt;
  }
  if (items.size() != 2) return std::nullopt;  // an empty element, reported
  const auto x = to_decimal(items[0]);
  const auto y = to_decimal(items[1]);
  if (!x || !y) return std::nullopt;
  const model::Point point{x.value, y.value};
  if (box && !box->contains(point)) {
    slot.sink->error("T-SCHEMA.diagram_outside", slot.path, slot.where, point_params(point, *box));
    return std::nullopt;
  }
  return point;
}

std::optional<model::Path> read_path(const Slot& slot, const std::optional<ViewBox>& box) {
  const auto text = to_text(slot);
  if (!text) return std::nullopt;
  return PathReader(slot, text.value, box).read();
}

}  // namespace medcert::load
