// SPDX-License-Identifier: Apache-2.0
#include "load/parse_yaml.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include "load/source_text.hpp"
#include "load/syntax_messages.hpp"
#include "model/diag.hpp"

namespace medcert::load {
namespace {

// Thrown from the event handler to stop yaml-cpp at the first input that cannot become a tree.
struct Abort {
  Diagnostic diagnostic;
};

std::size_t count_nodes(const Node& node) {
  std::size_t count = 1;
  for (const auto& entry : node.entries) count += 1 + count_nodes(entry.value);
  for (const auto& item : node.items) count += count_nodes(item);
  return count;
}

Diagnostic nesting_error(const Location& where) {
  return model::error("F-NESTING", {}, where, {model::param("max", std::to_string(model::kMaxNesting))});
}

Diagnostic size_error(std::size_t bytes, const std::string& name, SizeLimit limit) {
  const auto kib = [](std::size_t n) { return (n + 1023) / 1024; };
  auto d = model::error("F-SIZE", {}, Location{name, 0, 0},
                        {model::param("size", std::to_string(kib(bytes))), model::param("max", std::to_string(kib(limit.bytes)))});
  d.rule = limit.rule;  // T-SIZE for a template: the same message
  return d;
}

// yaml-cpp's events, in document order, become the tree; yaml-cpp's own Node is never built.
class TreeBuilder final : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view text, const std::string& name, Diagnostics& diagnostics)
      : text_(text), name_(name), diagnostics_(diagnostics) {}

  std::optional<Node>& root() { return root_; }
  /// Where the innermost open mapping or list starts (yaml-cpp's DeepRecursion has no useful mark).
  Location innermost() const { return open_.empty() ? Location{name_, 1, 1} : open_.back().node.where; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1)
      throw Abort{model::error("F-SYNTAX.documents", {}, where(mark))};
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node node = leaf(Node::Kind::null, mark, {});
    if (!open_.empty() && open_.back().node.is_sequence()) node.where = empty_item_location(mark);
    complete(std::move(node), anchor);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, const std::string& value) override {
    check_tag(mark, tag);
    // The file was clean, but escapes ("\0", "\u001B", "\uD800") can still write what it may not hold.
    if (find_bad_character(value))
      throw Abort{model::error("F-ENCODING.escape", {}, where(mark))};
    complete(leaf(Node::Kind::scalar, mark, value), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const auto it = anchors_.find(anchor);
    if (it == anchors_.end())  // yaml-cpp only knows the anchor: it names a node still open around the alias
      throw Abort{model::error("F-SYNTAX.alias", {}, where(mark))};
    count(count_nodes(it->second), mark);
    complete(it->second, 0);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    check_tag(mark, tag);
    open(Node::Kind::sequence, mark, anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    check_tag(mark, tag);
    open(Node::Kind::mapping, mark, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Cursor {
    int line = -1;
    std::size_t pos = 0;  ///< a byte offset on `line`
    int characters = 0;   ///< characters of `line` before `pos`
  };

  struct Open {
    Node node;
    YAML::anchor_t anchor = 0;
    std::optional<Node> key;  // a mapping's key waiting for its value
  };

  // Marks come in document order: the columns of one line are counted on from the previous mark of that
  // line, so a long line (a 1 MiB flow list) costs its length once, not once per value.
  Location where(const YAML::Mark& mark) {
    if (mark.pos < 0 || mark.line < 0 || mark.column < 0 || static_cast<std::size_t>(mark.pos) > text_.size() ||
        mark.column > mark.pos)
      return Location{name_, 0, 0};
    const auto pos = static_cast<std::size_t>(mark.pos);
    if (mark.line != cursor_.line || pos < cursor_.pos)
      cursor_ = Cursor{mark.line, pos - static_cast<std::size_t>(mark.column), 0};
    cursor_.characters += count_characters(text_.substr(cursor_.pos, pos - cursor_.pos));
    cursor_.pos = pos;
    return Location{name_, mark.line + 1, cursor_.characters + 1};
  }

  // yaml-cpp marks an empty list element ("-" alone) at the token after it: point at its dash instead,
  // counting back from the mark (never from the start of the text, which would cost the whole text per item).
  Location empty_item_location(const YAML::Mark& mark) {
    const Location after = where(mark);
    auto pos = std::min(static_cast<std::size_t>(std::max(mark.pos, 0)), text_.size());
    int lines_back = 0;
    while (pos > 0 && std::isspace(static_cast<unsigned char>(text_[pos - 1]))) lines_back += text_[--pos] == '\n';
    if (pos == 0 || text_[pos - 1] != '-' || after.line == 0) return after;
    const auto line_start = text_.rfind('\n', pos - 1);
    const auto start = line_start == std::string_view::npos ? 0 : line_start + 1;
    return Location{name_, after.line - lines_back, count_characters(text_.substr(start, pos - 1 - start)) + 1};
  }

  // yaml-cpp gives "?" to a plain value and "!" to a quoted one; anything else was written: "!!binary" would
  // make a value bytes in base64, "!!int" a number, which a reader of the file would not see. A written
  // non-specific tag ("! value", "!<!>") is "!" too: yaml-cpp's mark then points at the "!" itself, where
  // a quoted value's points at its quote. Every tag is refused, so that none can ever change a value.
  void check_tag(const YAML::Mark& mark, const std::string& tag) {
    const bool written = mark.pos >= 0 && static_cast<std::size_t>(mark.pos) < text_.size() && text_[static_cast<std::size_t>(mark.pos)] == '!';
    if (tag == "?" || (tag == "!" && !written)) return;
    constexpr std::string_view kCore = "tag:yaml.org,2002:";  // what "!!" stands for
    const std::string shown = excerpt(tag.rfind(kCore, 0) == 0 ? "!!" + tag.substr(kCore.size()) : tag);
    diagnostics_.push_back(model::error("F-TYPE.tag", {}, where(mark), {model::param("found", shown)}));
  }

  void count(std::size_t nodes, const YAML::Mark& mark) {
    nodes_ += nodes;
    if (nodes_ > model::kMaxValues)
      throw Abort{model::error("F-VALUES", {}, where(mark), {model::param("max", std::to_string(model::kMaxValues))})};
  }

  Node leaf(Node::Kind kind, const YAML::Mark& mark, const std::string& text) {
    count(1, mark);
    Node node;
    node.kind = kind;
    node.where = where(mark);
    node.text = text;
    return node;
  }

  void open(Node::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    Node node = leaf(kind, mark, {});
    if (open_.size() >= static_cast<std::size_t>(model::kMaxNesting)) throw Abort{nesting_error(node.where)};
    open_.push_back(Open{std::move(node), anchor, std::nullopt});
  }

  void close() {
    Open done = std::move(open_.back());
    open_.pop_back();
    complete(std::move(done.node), done.anchor);
  }

  void complete(Node node, YAML::anchor_t anchor) {
    if (anchor != 0) anchors_[anchor] = node;
    if (open_.empty()) {
      root_ = std::move(node);
      return;
    }
    Open& parent = open_.back();
    if (parent.node.is_sequence()) {
      parent.node.items.push_back(std::move(node));
    } else if (!parent.key) {
      parent.key = std::move(node);
    } else {
      add_entry(parent.node, std::move(*parent.key), std::move(node));
      parent.key.reset();
    }
  }

  void add_entry(Node& mapping, Node key, Node value) {
    if (!key.is_scalar()) {
      diagnostics_.push_back(model::error("F-TYPE.key", {}, key.where,
                                          {model::param("kind", std::string(kind_fr(key.kind)), std::string(kind_en(key.kind)))}));
      return;
    }
    if (const auto* first = mapping.find(key.text)) {
      diagnostics_.push_back(model::error("F-DUPLICATE-KEY", {}, key.where,
                                          {model::param("found", excerpt(key.text)), model::param("line", std::to_string(first->key_where.line))}));
      return;
    }
    // An empty value ("key:") has no position of its own worth showing: yaml-cpp marks the next token.
    if (value.is_null()) value.where = key.where;
    mapping.entries.push_back(Node::Entry{std::move(key.text), key.where, std::move(value)});
  }

  std::string_view text_;
  const std::string& name_;
  Diagnostics& diagnostics_;
  std::vector<Open> open_;
  std::optional<Node> root_;
  std::map<YAML::anchor_t, Node> anchors_;
  std::size_t nodes_ = 0;
  Cursor cursor_;
  int documents_ = 0;
};

}  // namespace

model::Result<Node> parse_yaml(const std::string& text, const std::string& name, SizeLimit limit) {
  model::Result<Node> result;
  if (text.size() > limit.bytes) {
    result.diagnostics.push_back(size_error(text.size(), name, limit));
    return result;
  }
  const std::string_view body = without_bom(text);
  if (auto bad = check_encoding(body, name)) {
    result.diagnostics.push_back(std::move(*bad));
    return result;
  }
  std::istringstream in{std::string(body)};
  YAML::Parser parser(in);
  TreeBuilder builder(body, name, result.diagnostics);
  try {
    // The second call finds nothing, or a second document, which the builder refuses.
    if (parser.HandleNextDocument(builder)) parser.HandleNextDocument(builder);
  } catch (const Abort& abort) {
    result.diagnostics.push_back(abort.diagnostic);
    return result;
  } catch (const YAML::DeepRecursion&) {  // yaml-cpp's own limit (500): ours (100) comes first, kept as a net
    result.diagnostics.push_back(nesting_error(builder.innermost()));
    return result;
  } catch (const YAML::ParserException& e) {
    result.diagnostics.push_back(model::error(syntax_message_id(e.msg), {},
                                              mark_location(body, e.mark.pos, e.mark.line, e.mark.column, name),
                                              {model::param("detail", e.msg)}));
    return result;
  }
  if (!builder.root() || builder.root()->is_null()) {
    result.diagnostics.push_back(model::error("F-EMPTY", {}, Location{name, 0, 0}));
    return result;
  }
  result.value = std::move(*builder.root());
  return result;
}

}  // namespace medcert::load
