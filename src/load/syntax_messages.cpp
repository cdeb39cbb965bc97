#include "load/syntax_messages.hpp"

#include <array>
#include <string_view>

#include <fmt/format.h>

namespace medcert::load {
namespace {

struct Known {
  std::string_view prefix;  // yaml-cpp's message (ErrorMsg), or the start of it
  std::string_view fr;
  std::string_view en;
};

// The messages a hand-written findings file or template meets; the others keep yaml-cpp's words.
constexpr std::array kKnown{
    Known{"illegal map value",
          "«\u202F:\u202F» inattendu\u202F; une valeur qui contient un deux-points suivi d'une espace s'écrit entre "
          "guillemets, par exemple place: \"Lyon : cabinet\"",
          "unexpected \":\"; a value that contains \": \" must be quoted, for example place: \"Lyon: practice\""},
    Known{"end of sequence flow not found",
          "liste entre crochets non fermée\u202F: ajoutez le «\u202F]\u202F» manquant",
          "unclosed list in brackets: add the missing \"]\""},
    Known{"end of map flow not found", "bloc entre accolades non fermé\u202F: ajoutez le «\u202F}\u202F» manquant",
          "unclosed mapping in braces: add the missing \"}\""},
    Known{"end of map not found", "indentation incohérente\u202F: alignez les clés d'un même bloc sur la même colonne",
          "inconsistent indentation: align the keys of one mapping on the same column"},
    Known{"end of sequence not found",
          "indentation incohérente\u202F: alignez les tirets d'une même liste sur la même colonne",
          "inconsistent indentation: align the dashes of one list on the same column"},
    Known{"illegal tab when looking for indentation", "tabulation dans l'indentation\u202F: indentez avec des espaces",
          "tab in the indentation: indent with spaces"},
    Known{"illegal block entry",
          "tiret «\u202F-\u202F» mal placé\u202F: un élément de liste se met sur sa propre ligne, sous la clé "
          "et indenté",
          "misplaced \"-\": a list element goes on its own line, under its key, indented"},
    Known{"illegal EOF in scalar",
          "guillemet fermant manquant\u202F: terminez le texte par le même guillemet qu'au début",
          "missing closing quote: end the text with the quote it starts with"},
    Known{"unknown escape character",
          "séquence «\u202F\\\u202F» inconnue dans un texte entre guillemets doubles\u202F: écrivez «\u202F\\\\\u202F» "
          "ou utilisez des guillemets simples",
          "unknown \"\\\" escape in a double-quoted text: write \"\\\\\" or use single quotes"},
    Known{"the referenced anchor is not defined",
          "alias «\u202F*nom\u202F» sans ancre «\u202F&nom\u202F» définie avant lui",
          "alias \"*name\" without an anchor \"&name\" defined before it"},
    Known{"illegal map key", "clé mal placée\u202F: une clé s'écrit «\u202Fclé: valeur\u202F» au début de sa ligne",
          "misplaced key: a key is written \"key: value\" at the start of its line"},
    Known{"illegal flow end", "«\u202F]\u202F» ou «\u202F}\u202F» en trop", "one \"]\" or \"}\" too many"},
    Known{"invalid unicode",
          "séquence «\u202F\\u\u202F» qui n'écrit pas un caractère (une moitié de paire de substitution UTF-16, "
          "par exemple)\u202F; écrivez le caractère lui-même",
          "a \"\\u\" escape that writes no character (half of a UTF-16 surrogate pair, for example); write the "
          "character itself"},
};

}  // namespace

Explanation explain_syntax_error(const std::string& message) {
  for (const auto& known : kKnown)
    if (std::string_view(message).substr(0, known.prefix.size()) == known.prefix)
      return {fmt::format("syntaxe YAML\u202F: {}", known.fr), fmt::format("YAML syntax: {}", known.en)};
  return {fmt::format("syntaxe YAML incorrecte (yaml-cpp\u202F: {})\u202F; vérifiez l'indentation et les "
                      "guillemets à cet endroit",
                      message),
          fmt::format("YAML syntax error (yaml-cpp: {}); check the indentation and the quotes here", message)};
}

}  // namespace medcert::load
