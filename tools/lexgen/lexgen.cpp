// SPDX-License-Identifier: Apache-2.0
// lexgen: for the lemmas the wording rules name, every word form with its analyses, as a small table
// (docs/lexicon.md). Loading the whole dictionary costs ~110 ms per process, too much at run time, so
// the analyses are computed once, here, and the table is committed as data.
//
//   lexgen --aff fr.aff --dic fr.dic --lemmas LEMMAS.txt [--comment TEXT]... < forms.txt > table.tsv
//
// stdin: candidate forms, one a line (scripts/regenerate-lexicon.sh expands the lemmas' dictionary
// entries with unmunch). Each form is analysed by hunspell; an analysis whose lemma (st:) is in the list
// gives a line "key<TAB>spelling<TAB>lemma<TAB>lemma key<TAB>tags": the form folded as the checker folds
// text (no accents, lower case: its search key, the lines sorted by it), the form in lower case with its
// accents, the lemma as hunspell spells it and folded. The checker then finds a word by a binary search
// in the table as read, without parsing it. A lemma that no analysis gives is written as itself, tagged
// "inconnu", with a warning on stderr.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <hunspell.hxx>
#include <unicode/unistr.h>

#include "validate/fold.hpp"
#include "validate/morphology.hpp"

namespace {

constexpr std::string_view kUsage =
    "usage: lexgen --aff FILE.aff --dic FILE.dic --lemmas LEMMAS.txt [--comment TEXT]... < forms.txt > table.tsv\n";

struct Options {
  std::string aff;
  std::string dic;
  std::string lemmas;
  std::vector<std::string> comments;  // each written first, as a '#' line
};

std::optional<Options> parse_options(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view name = argv[i];
    if (i + 1 >= argc) return std::nullopt;
    const std::string value = argv[++i];
    if (name == "--aff")
      options.aff = value;
    else if (name == "--dic")
      options.dic = value;
    else if (name == "--lemmas")
      options.lemmas = value;
    else if (name == "--comment")
      options.comments.push_back(value);
    else
      return std::nullopt;
  }
  if (options.aff.empty() || options.dic.empty() || options.lemmas.empty()) return std::nullopt;
  return options;
}

std::string_view trim(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  const auto first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

// Trimmed non-empty lines; with `comments`, lines starting with '#' are skipped.
std::vector<std::string> read_lines(std::istream& in, bool comments) {
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    const auto text = trim(line);
    if (text.empty() || (comments && text.front() == '#')) continue;
    lines.emplace_back(text);
  }
  return lines;
}

std::string fold_case(const std::string& utf8) {
  std::string folded;
  icu::UnicodeString::fromUTF8(utf8).foldCase().toUTF8String(folded);
  return folded;
}

// The coarse tags of one po: or is: value (docs/lexicon.md has the table). Persons (3sg…), locutions
// (loc.*), proper nouns (npr, prn) and the like give none: no rule asks for them.
void add_tags(std::string_view value, std::set<std::string>& tags) {
  static const std::map<std::string_view, std::string_view> kTags{
      {"ppas", "ppas"},       {"ppre", "ppre"},       {"infi", "inf"},
      {"ipre", "verbe_conj"}, {"ifu", "verbe_conj"},  {"iimp", "verbe_conj"}, {"ipsi", "verbe_conj"},
      {"cond", "verbe_conj"}, {"spre", "verbe_conj"}, {"simp", "verbe_conj"}, {"impe", "verbe_conj"},
      {"nom", "nom"},         {"adj", "adj"},         {"adv", "adv"},         {"negadv", "adv"},
      {"advin", "adv"},       {"prep", "prep"},       {"prepv", "prep"},      {"fem", "fem"},
      {"mas", "mas"},         {"epi", "epi"},         {"sg", "sg"},           {"pl", "pl"},
      {"inv", "inv"}};
  // Verb classes read "v1_it_q_zz", "v3_itxq__a", "v0ei_____a": the class of the verb, not the form.
  if (value.size() >= 2 && value[0] == 'v' && value[1] >= '0' && value[1] <= '9')
    tags.insert("v");
  else if (value.substr(0, 3) == "det")  // det, detdem, detind, detneg, detpos, detex
    tags.insert("det");
  else if (value.substr(0, 3) == "pro")  // prodem, proind, proint, proneg, prorel, properobj, propersuj…
    tags.insert("pro");
  else if (const auto found = kTags.find(value); found != kTags.end())
    tags.insert(std::string(found->second));
}

struct Analysis {
  std::string lemma;  // empty: not one word of the dictionary (see below)
  std::string tags;   // sorted, space-separated
};

// One line of hunspell's analyze(): " st:casser po:v1_it_q_zz po:ppas po:adj is:fem is:sg".
Analysis parse_analysis(const std::string& line) {
  std::istringstream fields(line);
  std::vector<std::string> stems;
  bool part_of_something_else = false;
  std::set<std::string> tags;
  std::string field;
  while (fields >> field) {
    const std::string_view view = field;
    if (view.substr(0, 3) == "st:")
      stems.emplace_back(view.substr(3));
    else if (view.substr(0, 3) == "dp:" || view.substr(0, 3) == "pa:")
      // An elided prefix ("l'agresseur": dp:le) or a compound's part: the run time cuts these words
      // apart itself, so the whole is no form of the lemma.
      part_of_something_else = true;
    else if (view.substr(0, 3) == "po:" || view.substr(0, 3) == "is:")
      add_tags(view.substr(3), tags);
  }
  Analysis analysis;
  if (part_of_something_else || stems.size() != 1) return analysis;
  analysis.lemma = stems.front();
  for (const auto& tag : tags) analysis.tags += (analysis.tags.empty() ? "" : " ") + tag;
  return analysis;
}

// Whether `lemma` is a word of the dictionary, spelled so. An upper-case form is also analysed in other
// cases ("ADN" gives st:ADN and a made-up st:Adn, which analyze() accepts but spell() does not).
bool is_own_lemma(Hunspell& hunspell, const std::string& lemma) {
  static std::map<std::string, bool> known;
  const auto [entry, inserted] = known.try_emplace(lemma, false);
  if (inserted && hunspell.spell(lemma))
    for (const auto& text : hunspell.analyze(lemma))
      if (parse_analysis(text).lemma == lemma) entry->second = true;
  return entry->second;
}

// The folding and the spelling are the checker's own (validate/), so that the keys agree with it.
std::string line_of(const std::string& form, const std::string& lemma, const std::string& tags) {
  const auto key = medcert::validate::to_utf8(medcert::validate::fold(form).text);
  const auto spelling = medcert::validate::spelling_of(form);
  std::string spelling_utf8;
  icu::UnicodeString(spelling.data(), static_cast<std::int32_t>(spelling.size())).toUTF8String(spelling_utf8);
  const auto lemma_key = medcert::validate::to_utf8(medcert::validate::fold(lemma).text);
  return key + '\t' + spelling_utf8 + '\t' + lemma + '\t' + lemma_key + '\t' + tags;
}

}  // namespace

int main(int argc, char** argv) {
  const auto options = parse_options(argc, argv);
  if (!options) {
    std::cerr << kUsage;
    return 2;
  }
  // Hunspell's constructor does not report a missing file: it just knows no word.
  for (const auto& path : {options->aff, options->dic, options->lemmas})
    if (!std::ifstream(path)) {
      std::cerr << "lexgen: cannot read " << path << '\n';
      return 2;
    }
  std::ifstream lemma_file(options->lemmas);
  const auto lemma_lines = read_lines(lemma_file, true);
  const std::set<std::string> lemmas(lemma_lines.begin(), lemma_lines.end());
  std::map<std::string, std::vector<std::string>> lemmas_by_fold;
  for (const auto& lemma : lemmas) lemmas_by_fold[fold_case(lemma)].push_back(lemma);

  Hunspell hunspell(options->aff.c_str(), options->dic.c_str());

  std::set<std::string> lines;  // std::string compares bytes: the output is in byte order
  std::set<std::string> found;  // lemmas some analysis gave exactly
  struct Loose {
    std::string line;
    std::string folded;
  };
  std::vector<Loose> loose;  // analyses whose lemma matches only in another case
  for (const auto& form : read_lines(std::cin, false)) {
    for (const auto& text : hunspell.analyze(form)) {
      const auto analysis = parse_analysis(text);
      if (analysis.lemma.empty()) continue;
      if (lemmas.count(analysis.lemma)) {
        lines.insert(line_of(form, analysis.lemma, analysis.tags));
        found.insert(analysis.lemma);
      } else if (auto folded = fold_case(analysis.lemma);
                 lemmas_by_fold.count(folded) && is_own_lemma(hunspell, analysis.lemma)) {
        loose.push_back({line_of(form, analysis.lemma, analysis.tags), std::move(folded)});
      }
    }
  }
  // Another case only for a lemma the dictionary lacks as written ("itt" for "ITT"): with "pierre", the
  // first name "Pierre" stays out.
  std::set<std::string> resolved = found;
  for (const auto& candidate : loose) {
    const auto& same_fold = lemmas_by_fold.at(candidate.folded);
    if (std::all_of(same_fold.begin(), same_fold.end(), [&](const auto& l) { return found.count(l) > 0; }))
      continue;
    lines.insert(candidate.line);
    resolved.insert(same_fold.begin(), same_fold.end());
  }

  // A lemma no analysis gives: written as itself, so that the rules still find the exact word, and
  // named on stderr, so that the author can name the dictionary's lemma instead.
  for (const auto& lemma : lemmas) {
    if (resolved.count(lemma)) continue;
    std::set<std::string> others;
    for (const auto& text : hunspell.analyze(lemma))
      if (const auto analysis = parse_analysis(text); !analysis.lemma.empty()) others.insert(analysis.lemma);
    std::cerr << "lexgen: warning: « " << lemma << " »: ";
    if (others.empty()) {
      std::cerr << "not in the dictionary";
    } else {
      std::cerr << "not a lemma of the dictionary, which reads it as a form of";
      for (const auto& other : others) std::cerr << " « " << other << " »";
    }
    std::cerr << "; written as itself, tag inconnu\n";
    lines.insert(line_of(lemma, lemma, "inconnu"));
  }

  for (const auto& comment : options->comments) std::cout << "# " << comment << '\n';
  for (const auto& line : lines) std::cout << line << '\n';
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "lexgen: cannot write the table\n";
    return 2;
  }
  return 0;
}
