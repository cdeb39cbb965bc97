// SPDX-License-Identifier: Apache-2.0
#include "validate/duration_text.hpp"

#include <array>
#include <charconv>
#include <string_view>

namespace medcert::validate {
namespace {

// How far after the mention the duration may stand: « ITT fixée à titre provisoire à dix jours ».
constexpr std::size_t kReach = 8;

struct NumberWord {
  std::u16string_view word;  // folded
  int value;
};

constexpr std::array<NumberWord, 28> kNumberWords{{
    {u"un", 1},       {u"une", 1},      {u"deux", 2},      {u"trois", 3},    {u"quatre", 4},
    {u"cinq", 5},     {u"six", 6},      {u"sept", 7},      {u"huit", 8},     {u"neuf", 9},
    {u"dix", 10},     {u"onze", 11},    {u"douze", 12},    {u"treize", 13},  {u"quatorze", 14},
    {u"quinze", 15},  {u"seize", 16},   {u"vingt", 20},    {u"vingts", 20},  {u"trente", 30},
    {u"quarante", 40}, {u"cinquante", 50}, {u"soixante", 60}, {u"cent", 100}, {u"zero", 0},
    {u"nulle", 0},    {u"nul", 0},      {u"aucune", 0},
}};

std::optional<int> number_word(const std::u16string& word) {
  for (const auto& [text, value] : kNumberWords)
    if (word == text) return value;
  return std::nullopt;
}

std::optional<int> digits(const Token& token) {
  if (!token.digits) return std::nullopt;
  std::string ascii(token.text.begin(), token.text.end());
  int value = 0;
  const auto [end, error] = std::from_chars(ascii.data(), ascii.data() + ascii.size(), value);
  if (error != std::errc{} || end != ascii.data() + ascii.size()) return std::nullopt;
  return value;
}

// Days in one unit, or nullopt when the word is no unit of time.
std::optional<int> unit_days(const std::u16string& word) {
  if (word == u"jour" || word == u"jours" || word == u"journee" || word == u"journees" || word == u"j" ||
      word == u"jrs")
    return 1;
  if (word == u"semaine" || word == u"semaines" || word == u"sem") return 7;
  if (word == u"mois") return 30;
  return std::nullopt;
}

// A duration that starts at token `i`: a number (digits, « 15j », or words that add up) then a unit of
// time in the same clause; 0 for « nulle ». Nullopt when token `i` starts none.
std::optional<int> duration_at(const std::vector<Token>& tokens, std::size_t i) {
  const int clause = tokens[i].clause;
  // "15j": the digits and the unit may be one word.
  if (const auto& text = tokens[i].text; text.size() > 1 && text.back() == u'j') {
    Token number = tokens[i];
    number.text = text.substr(0, text.size() - 1);
    number.digits = number.text.find_first_not_of(u"0123456789") == std::u16string::npos;
    if (const auto value = digits(number)) return *value;
  }
  std::optional<int> value = digits(tokens[i]);
  std::size_t next = i + 1;
  if (!value && (value = number_word(tokens[i].text))) {
    // « vingt et un », « trente-cinq » add up; « quatre-vingt-onze » multiplies first, as « deux cents ».
    int last = *value;
    while (next < tokens.size() && tokens[next].clause == clause) {
      if (tokens[next].text == u"et") {
        ++next;
        continue;
      }
      const auto more = number_word(tokens[next].text);
      if (!more || *more == 0) break;
      if (*more == 20 && last == 4)
        *value += 80 - 4;
      else if (*more == 100)
        *value = (*value == 0 ? 1 : *value) * 100;
      else
        *value += *more;
      last = *more;
      ++next;
    }
  }
  if (!value) return std::nullopt;
  if (*value == 0) return 0;
  if (next < tokens.size() && tokens[next].clause == clause)
    if (const auto unit = unit_days(tokens[next].text)) return *value * *unit;
  return std::nullopt;
}

}  // namespace

std::optional<int> days_after(const std::vector<Token>& tokens, std::size_t from) {
  // « I.T.T. : quinze jours »: the duration may follow a colon, so one clause mark is crossed, no more.
  const int first_clause = tokens[from].clause;
  for (std::size_t i = from + 1; i < tokens.size() && i <= from + kReach && tokens[i].clause <= first_clause + 1; ++i)
    if (const auto days = duration_at(tokens, i)) return days;
  return std::nullopt;
}

std::optional<int> days_before(const std::vector<Token>& tokens, std::size_t mention) {
  // « 15 j d'ITT », « quinze jours d'incapacité totale de travail »: the number, its unit, then « de ».
  for (std::size_t back = 2; back <= 4 && back <= mention; ++back) {
    const std::size_t i = mention - back;
    if (tokens[i].clause != tokens[mention].clause) break;
    if (const auto days = duration_at(tokens, i); days && *days > 0) return days;
  }
  return std::nullopt;
}

}  // namespace medcert::validate
