// SPDX-License-Identifier: Apache-2.0
// A certificate template: data only (templates/*.yaml), after `extends:` has been resolved.
// The YAML keys map one to one onto these members; docs/templates.md is the authoring guide.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <medcert/diagnostics.hpp>

namespace medcert::model {

/// `when:` entries: "var" (present, non-empty), "!var" (absent), "var == value", "var != value".
struct Condition {
  enum class Op { present, absent, equals, not_equals };
  std::string variable;
  Op op = Op::present;
  std::string value;
  Location where;
};

// Named Template* because document.hpp has the composed Block and BlockKind in the same namespace.
enum class TemplateBlockKind {
  paragraph,  ///< `text`
  list,       ///< `each` over a findings list: optional `intro`, one `item` per element, or `empty`
  signature,  ///< `text` lines above the signature box; never split from the preceding block
};

struct TemplateBlock {
  std::string id;
  Location where;
  TemplateBlockKind kind = TemplateBlockKind::paragraph;
  std::vector<Condition> when;
  std::string text;   ///< paragraph, signature: a template string with {placeholders} and [optional parts]
  std::string each;   ///< list: declarations | complaints | lesions | negative_findings | complementary_exams
  std::string as;     ///< list: the item's variable prefix, e.g. "lesion"
  std::string intro;  ///< list: printed once before the items when the list is not empty
  std::string item;   ///< list: one paragraph per element
  std::string empty;  ///< list: printed instead when the list is empty (may be empty: nothing printed)
  /// list: each item opens with its rank (« 1. ») instead of a dash: the lesions, whose numbers the body
  /// diagram's markers and the photographs' captions repeat.
  bool numbered = false;
};

struct Section {
  std::string id;
  Location where;
  std::string heading;  ///< optional
  std::vector<Condition> when;
  std::vector<TemplateBlock> blocks;
};

/// A controlled vocabulary entry: a code and its French forms ("label" always; others as the
/// vocabulary needs, e.g. "article", "gender", "plural" for body regions), and "label_en", its English label
/// for forms and messages.
struct VocabEntry {
  std::string code;
  std::map<std::string, std::string> forms;
  Location where;

  const std::string& form(const std::string& name) const;  ///< "" when absent
  /// The label a person reads: "label" in French, "label_en" in English (the French one when a template of
  /// one's own has none; every shipped entry has one: templates_test).
  const std::string& label(Language lang) const;
};

struct Vocabulary {
  std::string name;
  std::vector<VocabEntry> entries;

  const VocabEntry* find(std::string_view code) const;
  std::vector<std::string> codes() const;
};

struct Capabilities {
  bool itt = false;
  bool diagnosis = false;
  std::string compatibility = "forbidden";  ///< forbidden | warn | allowed
  std::string body_scope = "full";          ///< full, or a key of Template::body_scopes (foot_ankle, oral)
  /// The findings blocks only some professions have (the field table's `block`): pregnancy, dental, care_reason.
  std::vector<std::string> blocks;
  /// electronic | handwritten: a document its profession's code wants signed by hand (the dentist's,
  /// R.4127-229 CSP) is printed and signed; the XMP says so and `medcert sign` warns (R-CD-4).
  std::string signature = "electronic";
  /// The body diagram's views this profession may annex, in the order they are printed (R-PH-5: the
  /// perineal views only for the physician and the midwife); codes of the vocabulary "diagram_views".
  std::vector<std::string> diagram_views;

  bool offers(std::string_view block) const;
};

struct Profession {
  std::string id;       ///< French id: medecin
  std::string id_en;    ///< English id: physician
  std::string label;    ///< as printed: "médecin", "infirmier"
  std::string label_f;  ///< optional feminine form, printed for an author who is "madame": "infirmière"
  std::vector<std::string> aliases;  ///< other names people use: "kiné", "podologue", "dentiste"

  /// Whether `name` designates this profession: its ids, labels or aliases, case and accents aside
  /// (fold_name): « infirmière », « Médecin », « kine ».
  bool answers_to(std::string_view name) const;
  /// Every name "did you mean" may suggest: the ids, then the aliases.
  std::vector<std::string> names() const;
};

/// A text of a template with where it was written (a lexicon term, a pattern, a region code).
struct TemplateText {
  std::string text;
  Location where;
};

/// A wording rule as data (`wording:` of a template): words, token patterns over lemmas and parts of
/// speech, or ICU regular expressions that must not appear in the professional's own text (or, with
/// applies_to quoted, in the person's quoted words), matched case- and accent-insensitively on word
/// boundaries. docs/rules.md lists them; docs/templates.md gives the token pattern syntax.
struct WordingRule {
  std::string id;                       ///< the rule id of its diagnostics: "R-C-1"
  Location where;
  std::string severity = "error";       ///< error | warning | off
  std::string applies_to = "own_text";  ///< own_text | quoted
  /// Optional: the capability that decides instead of `severity`. itt, diagnosis: the rule is off
  /// when the profession has it; compatibility: forbidden → error, warn → warning, allowed → off.
  std::string capability;
  std::string source;                   ///< where the rule comes from (reference, notice)
  std::vector<TemplateText> terms;      ///< words or phrases, matched literally
  std::vector<TemplateText> patterns;   ///< ICU regular expressions on the folded text (no accents, lower case)
  std::vector<TemplateText> tokens;     ///< token patterns: "<possessif> <relation>", "@griffer:ppas"
  std::vector<TemplateText> unless;     ///< token patterns that cancel a match they overlap ("porté en écharpe")
  /// applies (default): a negated mention counts too (« ne semble pas affabuler »); exempt: a match
  /// preceded in its clause by a word of the `negation` class is not one (« pas de trace de morsure »).
  std::string negation = "applies";
  std::string category;                 ///< what it guards (facts, credibility, …): docs/rules.md groups by it
  /// itt_days: a match is the mention of an ITT, reported only when the duration written after it
  /// differs from the findings' ITT section (or the text states one that the section does not).
  /// other_person: a match names someone, reported unless its capitalised words are the person's names.
  std::string compare;
  std::map<std::string, std::string> instead;  ///< optional: term → what to write instead (abbreviations)
  std::string message_fr;               ///< what to write instead, in French
  std::string message_en;
};

/// A danger prompt (`danger:` of a template, R-DG-*): a criterion of danger (reference documents-fr §A.4,
/// certificates-fr §8.6) found in the person's words, in the professional's text or in the findings. It
/// never decides anything: `check` shows a notice that says what to record and which documents exist.
struct DangerPrompt {
  /// id, source, the words (terms, patterns, tokens, unless, negation) and the messages; `severity`
  /// notice | off; `applies_to` all (every text, quoted or not) | quoted (the person's words only).
  WordingRule rule;
  std::vector<std::string> present;         ///< findings paths whose presence is the criterion ("pregnancy")
  std::vector<TemplateText> lesion_regions;  ///< codes of `regions`: a lesion there is the criterion
};

/// A section that never stays silent (`silence:` of a template): it prints its content or an explicit
/// statement the professional chose, so that "nothing to report" never reads like "forgotten".
struct SilenceRule {
  std::string id;  ///< the rule id of its diagnostics, such as R-SI-4
  Location where;
  std::string section;               ///< the template section it guards; its heading names it in the message
  std::string severity = "warning";  ///< error | warning | off; a profession changes it by giving the id again
  std::vector<Condition> when;       ///< on findings paths ("itt.mode == not_determined"); all must hold
  std::vector<std::string> fields;   ///< findings paths: any one present is the section's content
  /// Findings paths of the statements "nothing to report": one present speaks for the section; with content
  /// it contradicts it (R-SI-7).
  std::vector<std::string> statements;
};

/// The morphological table of the templates' folder (`wording/lexique-fr.tsv`, generated from hunspell's
/// French dictionary by scripts/regenerate-lexicon.sh): every form of the lemmas the rules name, one per
/// line, "form<TAB>lemma<TAB>tags". Kept as read; validate indexes it (docs/lexicon.md).
struct LexiconTable {
  std::string text;
  std::string file;
};

/// A profession's field of competence (`capabilities.body_scope`): the regions it examines.
struct BodyScope {
  std::string id;
  std::string label;  ///< "le pied et la cheville"
  std::vector<std::string> regions;  ///< codes of the `regions` vocabulary (and "dents" for teeth)
  Location where;
};

struct Template {
  std::string id;
  int version = 0;
  bool abstract = false;
  std::vector<std::string> chain;  ///< files from the most derived to the root of `extends:`
  Location where;

  Profession profession;
  /// certificat_medical | certificat_constatation | attestation_clinique | signalement (to the prosecutor) |
  /// information_preoccupante (to the département's cell, a minor)
  std::string document_kind;
  /// majeur | mineur: whom the document is for; a minor's documents add who came with the child (R-MN-1).
  std::string person = "majeur";
  std::string title;
  /// The title instead, when the findings follow an initial document (follow_up:); empty: the template writes
  /// no follow-up document (R-FU-8).
  std::string follow_up_title;
  std::string subtitle;
  Capabilities capabilities;

  std::vector<std::string> required;     ///< findings paths that must be present, e.g. "patient.birth_date"
  std::map<std::string, std::string> phrases;  ///< named template strings, e.g. "engagement_verb"
  std::vector<std::string> header;       ///< running header lines (template strings)
  std::string footer;                    ///< the running line; "{page}" and "{pages}" left for layout
  std::map<std::string, Vocabulary> vocabularies;
  std::vector<Section> sections;
  std::string skeleton;                  ///< the commented findings skeleton `medcert new` prints
  std::vector<WordingRule> wording;      ///< the wording rules (lexicons) of validate
  std::vector<SilenceRule> silence;      ///< the sections that must say something, content or statement
  std::vector<DangerPrompt> danger;      ///< the criteria of danger `check` points out (notices)
  /// Word classes the token patterns name (`<relation>`): lemmas (every inflection) or, written
  /// "=mot", one literal word form.
  std::map<std::string, std::vector<TemplateText>> word_classes;
  std::shared_ptr<const LexiconTable> lexicon;  ///< shared by every template of a folder; may be null
  std::map<std::string, BodyScope> body_scopes;  ///< by id; `capabilities.body_scope` names one, or "full"

  /// A report to an authority rather than a certificate — a signalement to the prosecutor or an information
  /// préoccupante to the département's cell: chosen by findings with `signalement:`.
  bool is_signalement() const { return document_kind == "signalement" || is_information_preoccupante(); }
  bool is_information_preoccupante() const { return document_kind == "information_preoccupante"; }
  bool for_minor() const { return person == "mineur"; }
};

}  // namespace medcert::model
