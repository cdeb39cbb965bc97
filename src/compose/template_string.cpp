// SPDX-License-Identifier: Apache-2.0
#include "compose/template_string.hpp"

#include <algorithm>
#include <utility>

#include "compose/french.hpp"
#include "model/diag.hpp"
#include "model/spelling.hpp"

namespace medcert::compose {
namespace {

using model::Provenance;
using model::Run;

constexpr std::string_view kPhrasePrefix = "phrase.";
// A phrase may name other phrases; deeper than this is a cycle (check() reports it).
constexpr int kMaxPhraseDepth = 8;

struct Piece {
  enum class Kind { literal, placeholder, optional };
  Kind kind = Kind::literal;
  std::string text;  ///< literal: the text; placeholder: the variable's name
  std::string filter;
  std::vector<Piece> children;  ///< optional: its content
};

struct SyntaxError {
  std::string_view message_id;  ///< a T-SCHEMA entry of the catalogue
  std::vector<MessageParam> params;
};

struct Parsed {
  std::vector<Piece> pieces;
  std::vector<SyntaxError> errors;
};

std::string trim(std::string_view s) {
  const auto first = s.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(' ') - first + 1));
}

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  Parsed parse() {
    Parsed parsed;
    parsed.pieces = sequence(false);
    parsed.errors = std::move(errors_);
    return parsed;
  }

 private:
  std::vector<Piece> sequence(bool in_optional) {
    std::vector<Piece> out;
    std::string literal;
    const auto flush = [&] {
      if (!literal.empty()) out.push_back({Piece::Kind::literal, std::exchange(literal, {}), {}, {}});
    };
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c == '\\' && pos_ + 1 < text_.size() &&
          std::string_view("{}[]\\").find(text_[pos_ + 1]) != std::string_view::npos) {
        literal += text_[pos_ + 1];
        pos_ += 2;
      } else if (c == '{') {
        const auto close = text_.find('}', pos_);
        const auto nested = text_.find('{', pos_ + 1);
        if (close == std::string_view::npos || nested < close) {
          error("T-SCHEMA.open_brace");
          literal += c;
          ++pos_;
          continue;
        }
        flush();
        out.push_back(placeholder(text_.substr(pos_ + 1, close - pos_ - 1)));
        pos_ = close + 1;
      } else if (c == '[') {
        ++pos_;
        flush();
        out.push_back({Piece::Kind::optional, {}, {}, sequence(true)});
      } else if (c == ']' && in_optional) {
        ++pos_;
        flush();
        return out;
      } else {
        if (c == ']' || c == '}')
          error("T-SCHEMA.unopened", {model::param("found", std::string(1, c))});
        literal += c;
        ++pos_;
      }
    }
    if (in_optional)
      error("T-SCHEMA.open_optional");
    flush();
    return out;
  }

  Piece placeholder(std::string_view content) {
    const auto bar = content.find('|');
    Piece piece{Piece::Kind::placeholder, trim(content.substr(0, bar)), {}, {}};
    if (bar != std::string_view::npos) piece.filter = trim(content.substr(bar + 1));
    if (piece.text.empty()) error("T-SCHEMA.empty_placeholder");
    return piece;
  }

  void error(std::string_view message_id, std::vector<MessageParam> params = {}) {
    errors_.push_back({message_id, std::move(params)});
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::vector<SyntaxError> errors_;
};

Parsed parse(std::string_view text) { return Parser(text).parse(); }

bool passed_through(const Context& context, const std::string& name) {
  return std::find(context.passed_through.begin(), context.passed_through.end(), name) != context.passed_through.end();
}

const std::string* phrase(const Context& context, std::string_view name) {
  if (!name.starts_with(kPhrasePrefix)) return nullptr;
  const auto it = context.phrases.find(std::string(name.substr(kPhrasePrefix.size())));
  return it == context.phrases.end() ? nullptr : &it->second;
}

// ---- rendering ------------------------------------------------------------------------------------

struct Output {
  std::vector<Run> runs;
  bool complete = true;  ///< false when a placeholder was absent or empty
};

void add_template_text(Output& out, std::string text, const Context& context) {
  out.runs.push_back({std::move(text), Provenance::template_text, model::FontStyle::regular, context.where});
}

// The filters a placeholder may name: {var|capitalize}, {var|upper}, {var|inline} (lines joined by ", ").
const std::vector<std::string> kFilters = {"capitalize", "upper", "inline"};

std::string join_lines(std::string text) {
  for (auto pos = text.find('\n'); pos != std::string::npos; pos = text.find('\n', pos + 2)) text.replace(pos, 1, ", ");
  return text;
}

void apply_filter(std::vector<Run>& runs, std::size_t first, const std::string& filter) {
  for (std::size_t i = first; i < runs.size(); ++i) {
    // Filters never change the person's words.
    if (runs[i].provenance == Provenance::patient_quote) continue;
    if (filter == "upper") runs[i].text = french::upper(runs[i].text);
    if (filter == "capitalize" && i == first) runs[i].text = french::capitalize(runs[i].text);
    if (filter == "inline") runs[i].text = join_lines(std::move(runs[i].text));
  }
}

void render_pieces(const std::vector<Piece>& pieces, const Context& context, int depth, Output& out);

void render_value(const Value& value, const Context& context, Output& out) {
  if (value.provenance == Provenance::patient_quote) {
    add_template_text(out, "«\u202F", context);
    out.runs.push_back({value.text, Provenance::patient_quote, model::FontStyle::regular, value.source});
    add_template_text(out, "\u202F»", context);
    return;
  }
  std::string text = value.text;
  if (!context.multiline)
    for (auto pos = text.find('\n'); pos != std::string::npos; pos = text.find('\n', pos)) text.replace(pos, 1, ", ");
  out.runs.push_back({std::move(text), value.provenance, model::FontStyle::regular, value.source});
}

void render_placeholder(const Piece& piece, const Context& context, int depth, Output& out) {
  if (passed_through(context, piece.text)) {
    add_template_text(out, "{" + piece.text + "}", context);
    return;
  }
  const std::size_t first = out.runs.size();
  if (const std::string* body = phrase(context, piece.text)) {
    Output inner;
    if (depth < kMaxPhraseDepth) render_pieces(parse(french::nfc(*body)).pieces, context, depth + 1, inner);
    const bool empty = std::all_of(inner.runs.begin(), inner.runs.end(), [](const Run& r) { return r.text.empty(); });
    out.complete = out.complete && inner.complete && !empty;
    out.runs.insert(out.runs.end(), inner.runs.begin(), inner.runs.end());
  } else if (const Value* value = context.scope.find(piece.text); value && !value->text.empty()) {
    render_value(*value, context, out);
  } else {
    out.complete = false;
  }
  apply_filter(out.runs, first, piece.filter);
}

void render_pieces(const std::vector<Piece>& pieces, const Context& context, int depth, Output& out) {
  for (const Piece& piece : pieces) {
    switch (piece.kind) {
      case Piece::Kind::literal:
        add_template_text(out, piece.text, context);
        break;
      case Piece::Kind::placeholder:
        render_placeholder(piece, context, depth, out);
        break;
      case Piece::Kind::optional: {
        Output part;
        render_pieces(piece.children, context, depth, part);
        if (part.complete) out.runs.insert(out.runs.end(), part.runs.begin(), part.runs.end());
        break;
      }
    }
  }
}

bool same_origin(const Run& a, const Run& b) {
  return a.provenance == b.provenance && a.style == b.style && a.source.file == b.source.file &&
         a.source.line == b.source.line && a.source.column == b.source.column;
}

// Neighbouring pieces of the same origin become one run (template text split by optional parts).
std::vector<Run> merged(std::vector<Run> runs) {
  std::vector<Run> out;
  for (auto& run : runs) {
    if (run.text.empty()) continue;
    if (!out.empty() && same_origin(out.back(), run) && run.provenance != Provenance::patient_quote)
      out.back().text += run.text;
    else
      out.push_back(std::move(run));
  }
  return out;
}

// ---- checking -------------------------------------------------------------------------------------

std::vector<std::string> known_names(const Context& context) {
  std::vector<std::string> names = context.scope.names();
  for (const auto& [name, body] : context.phrases) names.push_back(std::string(kPhrasePrefix) + name);
  return names;
}

Diagnostic schema_error(const Context& context, const std::string& path, std::string_view message_id,
                        std::vector<MessageParam> params) {
  return model::error(message_id, path, context.where, std::move(params));
}

void check_pieces(const std::vector<Piece>& pieces, const Context& context, const std::string& path,
                  std::vector<std::string>& phrase_stack, Diagnostics& out);

void check_phrase(const std::string& name, const std::string& body, const Context& context,
                  std::vector<std::string>& phrase_stack, Diagnostics& out) {
  const std::string path = "phrases." + name.substr(kPhrasePrefix.size());
  if (std::find(phrase_stack.begin(), phrase_stack.end(), name) != phrase_stack.end()) {
    out.push_back(model::error("T-VARIABLE.self", path, context.where, {model::param("found", name)}));
    return;
  }
  const Parsed parsed = parse(body);
  for (const auto& e : parsed.errors) out.push_back(schema_error(context, path, e.message_id, e.params));
  phrase_stack.push_back(name);
  check_pieces(parsed.pieces, context, path, phrase_stack, out);
  phrase_stack.pop_back();
}

void check_placeholder(const Piece& piece, const Context& context, const std::string& path,
                       std::vector<std::string>& phrase_stack, Diagnostics& out) {
  if (!piece.filter.empty() && std::find(kFilters.begin(), kFilters.end(), piece.filter) == kFilters.end()) {
    const auto suggestion = model::closest(piece.filter, kFilters);
    out.push_back(schema_error(context, path, "T-SCHEMA.filter",
                               {model::param("found", piece.filter), model::did_you_mean_param(suggestion)}));
  }
  if (passed_through(context, piece.text)) return;
  if (const std::string* body = phrase(context, piece.text)) {
    check_phrase(piece.text, *body, context, phrase_stack, out);
    return;
  }
  const Value* value = context.scope.find(piece.text);
  if (!value) {
    out.push_back(unknown_variable(piece.text, known_names(context), path, context.where));
  } else if (value->provenance == Provenance::patient_quote && !piece.filter.empty()) {
    out.push_back(schema_error(context, path, "T-SCHEMA.quote_filter",
                               {model::param("variable", piece.text), model::param("found", piece.filter)}));
  }
}

void check_pieces(const std::vector<Piece>& pieces, const Context& context, const std::string& path,
                  std::vector<std::string>& phrase_stack, Diagnostics& out) {
  for (const Piece& piece : pieces) {
    if (piece.kind == Piece::Kind::optional) check_pieces(piece.children, context, path, phrase_stack, out);
    if (piece.kind == Piece::Kind::placeholder) check_placeholder(piece, context, path, phrase_stack, out);
  }
}

}  // namespace

std::vector<Run> render(std::string_view text, const Context& context) {
  Output out;
  render_pieces(parse(french::nfc(text)).pieces, context, 0, out);
  return merged(std::move(out.runs));
}

void check(std::string_view text, const Context& context, Diagnostics& out) {
  const Parsed parsed = parse(french::nfc(text));
  for (const auto& e : parsed.errors) out.push_back(schema_error(context, context.path, e.message_id, e.params));
  std::vector<std::string> phrase_stack;
  check_pieces(parsed.pieces, context, context.path, phrase_stack, out);
}

Diagnostic unknown_variable(std::string_view name, const std::vector<std::string>& known, const std::string& path,
                            const Location& where) {
  const auto suggestion = model::closest(name, known);
  return model::error("T-VARIABLE", path, where,
                      {model::param("found", std::string(name)), model::did_you_mean_param(suggestion)});
}

}  // namespace medcert::compose
