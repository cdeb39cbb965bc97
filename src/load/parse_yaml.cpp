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

// Aliases copy their anchor's subtree: a cap keeps "billion laughs" documents from exhausting memory.
constexpr std::size_t kMaxNodes = 200000;

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
  return model::error("F-SYNTAX", {}, where,
                      fmt::format("imbrication de plus de {} niveaux de blocs ou de listes\u202F; un fichier "
                                  "medcert n'en utilise que quelques-uns\u202F: vérifiez les crochets et "
                                  "l'indentation",
                                  kMaxNesting),
                      fmt::format("nesting deeper than {} levels of mappings or lists; a medcert file needs only "
                                  "a few: check the brackets and the indentation",
                                  kMaxNesting));
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
      throw Abort{model::error("F-SYNTAX", {}, where(mark),
                               "un fichier ne contient qu'un document\u202F; supprimez la ligne «\u202F---\u202F» "
                               "et ce qui la suit, ou faites-en un autre fichier",
                               "a file holds one document only; remove the \"---\" line and what follows it, or "
                               "make it another file")};
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node node = leaf(Node::Kind::null, mark, {});
    if (!open_.empty() && open_.back().node.is_sequence()) node.where = empty_item_location(mark);
    complete(std::move(node), anchor);
  }

  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string& value) override {
    // The file was clean, but escapes ("\0", "\u001B", "\uD800") can still write what it may not hold.
    if (find_bad_character(value))
      throw Abort{model::error("F-ENCODING", {}, where(mark),
                               "ce texte écrit un caractère de contrôle ou un code invalide par une séquence "
                               "«\u202F\\\u202F»\u202F; supprimez la séquence",
                               "this text writes a control character or an invalid code point with a \"\\\" "
                               "escape; remove the escape")};
    complete(leaf(Node::Kind::scalar, mark, value), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const auto it = anchors_.find(anchor);
    if (it == anchors_.end())  // yaml-cpp only knows the anchor: it names a node still open around the alias
      throw Abort{model::error("F-SYNTAX", {}, where(mark),
                               "cet alias désigne le bloc qui le contient\u202F; écrivez la valeur elle-même",
                               "this alias refers to the node that contains it; write the value itself")};
    count(count_nodes(it->second), mark);
    complete(it->second, 0);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(Node::Kind::sequence, mark, anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(Node::Kind::mapping, mark, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    Node node;
    YAML::anchor_t anchor = 0;
    std::optional<Node> key;  // a mapping's key waiting for its value
  };

  Location where(const YAML::Mark& mark) const { return mark_location(text_, mark.pos, mark.line, mark.column, name_); }

  // yaml-cpp marks an empty list element ("-" alone) at the token after it: point at its dash instead.
  Location empty_item_location(const YAML::Mark& mark) const {
    auto pos = std::min(static_cast<std::size_t>(std::max(mark.pos, 0)), text_.size());
    while (pos > 0 && std::isspace(static_cast<unsigned char>(text_[pos - 1]))) --pos;
    return pos > 0 && text_[pos - 1] == '-' ? location_at(text_, pos - 1, name_) : where(mark);
  }

  void count(std::size_t nodes, const YAML::Mark& mark) {
    nodes_ += nodes;
    if (nodes_ > kMaxNodes)
      throw Abort{model::error("F-SYNTAX", {}, where(mark),
                               fmt::format("document trop grand (plus de {} valeurs, alias compris)", kMaxNodes),
                               fmt::format("document too large (more than {} values, aliases included)", kMaxNodes))};
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
    if (open_.size() >= static_cast<std::size_t>(kMaxNesting)) throw Abort{nesting_error(node.where)};
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
      diagnostics_.push_back(model::error(
          "F-TYPE", {}, key.where,
          fmt::format("une clé doit être un mot, pas {}\u202F; écrivez «\u202Fclé: valeur\u202F»", kind_fr(key.kind)),
          fmt::format("a key must be a word, not {}; write \"key: value\"", kind_en(key.kind))));
      return;
    }
    if (const auto* first = mapping.find(key.text)) {
      diagnostics_.push_back(model::error(
          "F-DUPLICATE-KEY", {}, key.where,
          fmt::format("«\u202F{}\u202F» est déjà écrit ligne {} dans ce bloc\u202F; gardez une seule fois cette "
                      "clé (seule la première est lue)",
                      key.text, first->key_where.line),
          fmt::format("\"{}\" is already written on line {} in this mapping; keep this key once (only the "
                      "first one is read)",
                      key.text, first->key_where.line)));
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
  int documents_ = 0;
};

}  // namespace

model::Result<Node> parse_yaml(const std::string& text, const std::string& name) {
  model::Result<Node> result;
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
  } catch (const YAML::DeepRecursion&) {
    result.diagnostics.push_back(nesting_error(builder.innermost()));
    return result;
  } catch (const YAML::ParserException& e) {
    auto explained = explain_syntax_error(e.msg);
    result.diagnostics.push_back(model::error("F-SYNTAX", {},
                                              mark_location(body, e.mark.pos, e.mark.line, e.mark.column, name),
                                              std::move(explained.fr), std::move(explained.en)));
    return result;
  }
  if (!builder.root() || builder.root()->is_null()) {
    result.diagnostics.push_back(model::error(
        "F-EMPTY", {}, Location{name, 0, 0},
        "le document est vide (ou ne contient que des commentaires)\u202F; remplissez-le (pour des constatations, "
        "«\u202Fmedcert new <profession>\u202F» écrit un squelette à compléter)",
        "the document is empty (or holds only comments); fill it in (for findings, \"medcert new <profession>\" "
        "prints a skeleton to complete)"));
    return result;
  }
  result.value = std::move(*builder.root());
  return result;
}

}  // namespace medcert::load
