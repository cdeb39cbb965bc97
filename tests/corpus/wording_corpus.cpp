// SPDX-License-Identifier: Apache-2.0
// wording_corpus: measures the wording checker on the labelled corpus (tests/wording-corpus/*.tsv).
//
// Each row puts one sentence into one free-text field of a clean base document of its profession
// (tests/wording-corpus/base/<profession>.json) and checks it with the public Engine. Only diagnostics
// whose path is that field's count, so that the measure is the checker's, not the base's.
//
// usage: wording_corpus [--data-dir DIR] [--base DIR] [--verbose] [--markdown] [CORPUS_DIR]
// Exit: 0 every target met; 1 a target missed (named on the output); 2 usage, a malformed corpus line,
// an unusable base document, or engine data that cannot be loaded.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <medcert/engine.hpp>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr std::array<std::string_view, 6> kProfessions = {
    "medecin", "infirmier", "masseur-kinesitherapeute", "pedicure-podologue", "sage-femme", "chirurgien-dentiste"};
constexpr std::array<std::string_view, 8> kCategories = {
    "facts", "credibility", "qualification", "author", "mechanism", "dating", "diagnosis", "itt"};
constexpr std::array<std::string_view, 7> kFields = {
    "psychological_state", "functional_impact", "negative_findings", "lesion.aspect",
    "lesion.location_detail", "lesion.note", "exam.result"};
constexpr std::string_view kNone = "none";  // a legitimate row no naive checker would fire on
constexpr std::string_view kHeader = "profession\tfield\tcategory\tsentence";
constexpr double kCatchTarget = 0.95;   // each category: share of harmful rows caught
constexpr double kRefuseLimit = 0.01;   // all legitimate rows: share refused (an error at the field)

template <std::size_t N>
std::optional<std::size_t> index_of(const std::array<std::string_view, N>& names, std::string_view name) {
  const auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) return std::nullopt;
  return static_cast<std::size_t>(it - names.begin());
}

template <std::size_t N>
std::string joined(const std::array<std::string_view, N>& names) {
  std::string out;
  for (const auto name : names) out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

// Malformed input (corpus, base, usage): reported as file:line and exit 2.
struct InputError {
  std::string message;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError{path.string() + ": cannot be read"};
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

// Strict UTF-8 (no overlongs, no surrogates): nlohmann would throw on dump, the engine would refuse it.
bool valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    std::uint32_t point = 0;
    if (byte < 0x80) {
      ++i;
      continue;
    } else if ((byte & 0xE0) == 0xC0) {
      length = 2, point = byte & 0x1Fu;
    } else if ((byte & 0xF0) == 0xE0) {
      length = 3, point = byte & 0x0Fu;
    } else if ((byte & 0xF8) == 0xF0) {
      length = 4, point = byte & 0x07u;
    } else {
      return false;
    }
    if (i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      point = (point << 6) | (next & 0x3Fu);
    }
    constexpr std::array<std::uint32_t, 5> kMinimum = {0, 0, 0x80, 0x800, 0x10000};
    if (point < kMinimum[length] || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF)) return false;
    i += length;
  }
  return true;
}

// The first `count` characters (not bytes) of a message, for one-line listings.
std::string message_start(const std::string& message, std::size_t count = 90) {
  std::size_t characters = 0;
  for (std::size_t i = 0; i < message.size(); ++i) {
    if ((static_cast<unsigned char>(message[i]) & 0xC0) == 0x80) continue;
    if (characters++ == count) return message.substr(0, i) + "…";
  }
  return message;
}

// ---- the base documents ------------------------------------------------------------------------

struct Base {
  json document;
  std::int64_t now = 0;  // issuance + 1 day: the check never depends on the machine's clock
};

// Unix seconds of "YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)", the findings' date-time form.
std::optional<std::int64_t> unix_seconds(const std::string& text) {
  std::size_t at = 0;
  bool ok = true;
  // Reads `count` digits at `at` (then skips `separator` when given); clears `ok` on anything else.
  const auto number = [&](std::size_t count, char separator) {
    int value = 0;
    for (std::size_t k = 0; k < count; ++k, ++at) {
      if (at >= text.size() || text[at] < '0' || text[at] > '9') {
        ok = false;
        return 0;
      }
      value = value * 10 + (text[at] - '0');
    }
    if (separator != 0) ok = ok && at < text.size() && text[at++] == separator;
    return value;
  };
  const int year = number(4, '-'), month = number(2, '-'), day = number(2, 'T'), hour = number(2, ':');
  const int minute = number(2, 0);
  const int second = ok && at < text.size() && text[at] == ':' ? (++at, number(2, 0)) : 0;
  int offset = 0;
  if (ok && at < text.size() && (text[at] == '+' || text[at] == '-')) {
    const int sign = text[at++] == '-' ? -1 : 1;
    const int zone_hours = number(2, ':');
    offset = sign * (zone_hours * 3600 + number(2, 0) * 60);
  } else if (ok && at < text.size() && text[at] == 'Z') {
    ++at;
  } else {
    ok = false;
  }
  if (!ok || at != text.size()) return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                         std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok()) return std::nullopt;
  const std::int64_t days = std::chrono::sys_days{date}.time_since_epoch().count();
  return days * 86400 + hour * 3600 + minute * 60 + second - offset;
}

// Loads one base and checks what the corpus relies on: the fields exist, and the engine finds nothing.
Base load_base(const medcert::Engine& engine, const fs::path& path) {
  Base base;
  try {
    base.document = json::parse(read_file(path));
  } catch (const json::exception& error) {
    throw InputError{path.string() + ": not JSON: " + error.what()};
  }
  const json& document = base.document;
  const auto has_text = [](const json& object, const char* key) {
    return object.is_object() && object.contains(key) && object[key].is_string();
  };
  if (!document.is_object() || !has_text(document, "psychological_state") ||
      !has_text(document, "functional_impact") || !document.contains("negative_findings") ||
      !document.contains("lesions") || !document["lesions"].is_array() || document["lesions"].empty() ||
      !document.contains("complementary_exams") || !document["complementary_exams"].is_array() ||
      document["complementary_exams"].empty() || !document.contains("issuance") ||
      !has_text(document["issuance"], "datetime"))
    throw InputError{path.string() +
                     ": a base needs psychological_state, functional_impact, negative_findings, "
                     "lesions[0], complementary_exams[0] and issuance.datetime"};
  const auto issued = unix_seconds(document["issuance"]["datetime"].get<std::string>());
  if (!issued) throw InputError{path.string() + ": issuance.datetime is not a date-time"};
  base.now = *issued + 86400;

  auto result = engine.check(medcert::Source{document.dump(2), path.string()}, medcert::RenderOptions{base.now});
  // Notices are not measured here (measure()): a base may have some (the midwife's pregnancy is one).
  std::erase_if(result.diagnostics, [](const medcert::Diagnostic& d) { return d.severity == medcert::Severity::notice; });
  if (!result.parsed || !result.diagnostics.empty()) {
    // T- rules blame the templates of --data-dir, not the base: say so rather than send one to edit it.
    const bool templates = std::any_of(result.diagnostics.begin(), result.diagnostics.end(),
                                       [](const medcert::Diagnostic& d) { return d.rule.rfind("T-", 0) == 0; });
    std::string message = path.string() + ": a base must check with no diagnostic; it has" +
                          (templates ? " (T- rules: the templates are at fault, not the base):" : ":");
    for (const auto& d : result.diagnostics) message += "\n  " + d.rule + " " + d.path + ": " + message_start(d.message_fr);
    if (!result.parsed) message += "\n  (not parsed)";
    throw InputError{message};
  }
  return base;
}

// Where the sentence goes (a copy of the base), and the diagnostic path that names it.
std::string place_sentence(json& document, std::string_view field, const std::string& sentence) {
  if (field == "psychological_state" || field == "functional_impact") {
    document[std::string(field)] = sentence;
    return "findings." + std::string(field);
  }
  if (field == "negative_findings") {  // a list of texts (docs/findings-format.md)
    document["negative_findings"] = json::array({sentence});
    return "findings.negative_findings[0]";
  }
  if (field == "exam.result") {
    document["complementary_exams"][0]["result"] = sentence;
    return "findings.complementary_exams[0].result";
  }
  const std::string key(field.substr(std::string_view("lesion.").size()));  // lesion.aspect → aspect
  document["lesions"][0][key] = sentence;
  return "findings.lesions[0]." + key;
}

// The field itself, or a part of it (should a rule ever point inside it).
bool points_at(const std::string& path, const std::string& field_path) {
  if (path.rfind(field_path, 0) != 0) return false;
  return path.size() == field_path.size() || path[field_path.size()] == '.' || path[field_path.size()] == '[';
}

// ---- the corpus ----------------------------------------------------------------------------------

struct Row {
  std::string where;  // file:line
  bool harmful = false;
  std::size_t profession = 0;
  std::string field;
  std::string category;  // a harmful row's category; a legitimate row's naive category or "none"
  std::string sentence;
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> columns;
  std::size_t start = 0;
  while (true) {
    const auto tab = line.find('\t', start);
    columns.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return columns;
    start = tab + 1;
  }
}

void read_corpus_file(const fs::path& path, std::vector<Row>& rows) {
  const std::string name = path.filename().string();
  bool harmful = false;
  std::string file_category;
  if (name == "legitimate.tsv") {
    harmful = false;
  } else if (name.rfind("harmful-", 0) == 0) {
    harmful = true;
    file_category = name.substr(8, name.size() - 8 - 4);
    if (!index_of(kCategories, file_category))
      throw InputError{name + ": unknown category '" + file_category + "' (known: " + joined(kCategories) + ")"};
  } else {
    throw InputError{name + ": not a corpus file name (harmful-<category>.tsv or legitimate.tsv)"};
  }

  std::string text = read_file(path);
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // a byte order mark from some editors
  std::istringstream lines(text);
  std::string line;
  int number = 0;
  bool header_seen = false;
  while (std::getline(lines, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::string where = name + ":" + std::to_string(number);
    if (line.empty() || line[0] == '#') continue;
    if (!valid_utf8(line)) throw InputError{where + ": not UTF-8"};
    if (!header_seen) {
      if (line != kHeader)
        throw InputError{where + ": the header must be 'profession<TAB>field<TAB>category<TAB>sentence'"};
      header_seen = true;
      continue;
    }
    const auto columns = split_tabs(line);
    if (columns.size() != 4)
      throw InputError{where + ": " + std::to_string(columns.size()) + " tab-separated columns, 4 expected"};
    Row row{where, harmful, 0, columns[1], columns[2], columns[3]};
    const auto profession = index_of(kProfessions, columns[0]);
    if (!profession)
      throw InputError{where + ": unknown profession '" + columns[0] + "' (known: " + joined(kProfessions) + ")"};
    row.profession = *profession;
    if (!index_of(kFields, row.field))
      throw InputError{where + ": unknown field '" + row.field + "' (known: " + joined(kFields) + ")"};
    if (harmful && row.category != file_category)
      throw InputError{where + ": category '" + row.category + "' in the file of '" + file_category + "'"};
    if (!harmful && row.category != kNone && !index_of(kCategories, row.category))
      throw InputError{where + ": unknown category '" + row.category + "' (known: " + joined(kCategories) + ", none)"};
    if (row.sentence.find_first_not_of(' ') == std::string::npos) throw InputError{where + ": empty sentence"};
    rows.push_back(std::move(row));
  }
  if (!header_seen) throw InputError{name + ": no header line"};
}

// ---- measuring -----------------------------------------------------------------------------------

enum class Outcome { caught, missed, refused, warned, accepted };

struct Measured {
  Outcome outcome = Outcome::missed;
  std::vector<medcert::Diagnostic> at_field;   // what fired at the sentence's field
  std::vector<medcert::Diagnostic> elsewhere;  // side effects on the rest of a clean base
};

Measured measure(const medcert::Engine& engine, const Base& base, const Row& row, std::chrono::nanoseconds& spent) {
  json document = base.document;
  const std::string field_path = place_sentence(document, row.field, row.sentence);
  const auto start = std::chrono::steady_clock::now();
  const auto result = engine.check(medcert::Source{document.dump(2), row.where}, medcert::RenderOptions{base.now});
  spent += std::chrono::steady_clock::now() - start;
  // Unreadable findings have no diagnostic at the field: they would count as accepted, or as missed.
  if (!result.parsed) {
    std::string message = row.where + ": the sentence makes the findings unreadable:";
    for (const auto& d : result.diagnostics) message += "\n  " + d.rule + ": " + message_start(d.message_fr);
    throw InputError{message};
  }

  Measured measured;
  // The danger prompts (notices) decide nothing and have their own corpus (tests/wording-corpus/danger/).
  for (const auto& d : result.diagnostics)
    if (d.severity != medcert::Severity::notice)
      (points_at(d.path, field_path) ? measured.at_field : measured.elsewhere).push_back(d);
  const bool error = std::any_of(measured.at_field.begin(), measured.at_field.end(),
                                 [](const medcert::Diagnostic& d) { return d.severity == medcert::Severity::error; });
  if (row.harmful) {
    // A dated lesion is a false statement in the certificate: only an error (which blocks it) counts.
    const bool caught = row.category == "dating" ? error : !measured.at_field.empty();
    measured.outcome = caught ? Outcome::caught : Outcome::missed;
  } else {
    measured.outcome = error ? Outcome::refused : measured.at_field.empty() ? Outcome::accepted : Outcome::warned;
  }
  return measured;
}

struct Cell {
  int total = 0;
  int caught = 0;   // harmful
  int refused = 0;  // legitimate
  int warned = 0;   // legitimate
};

std::string percent(int part, int whole) {
  return whole == 0 ? std::string("-") : fmt::format("{:.1f} %", 100.0 * part / whole);
}

void print_details(const Row& row, const Measured& measured) {
  const char* what = measured.outcome == Outcome::missed ? "MISSED" : measured.outcome == Outcome::refused ? "REFUSED" : "WARNED";
  fmt::print("{} {} [{} {}{}{}] {}\n", what, row.where, kProfessions[row.profession], row.field,
             row.harmful ? "" : ", naive: ", row.harmful ? "" : row.category, row.sentence);
  if (measured.at_field.empty()) fmt::print("    nothing at the field\n");
  for (const auto& d : measured.at_field)
    fmt::print("    {} {}: {}\n", d.rule, medcert::severity_name(d.severity),
               message_start(d.message_fr));
  for (const auto& d : measured.elsewhere)
    fmt::print("    elsewhere {} {} {}: {}\n", d.path, d.rule, medcert::severity_name(d.severity),
               message_start(d.message_fr));
}

// One table: a row per category, a column per profession, then the total and its rate.
struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

void print_table(const Table& table, bool markdown) {
  if (markdown) {
    const auto line = [](const std::vector<std::string>& cells) {
      std::string out = "|";
      for (const auto& cell : cells) out += " " + cell + " |";
      fmt::print("{}\n", out);
    };
    line(table.header);
    std::vector<std::string> rule;
    for (std::size_t i = 0; i < table.header.size(); ++i) rule.emplace_back(i == 0 ? "---" : "---:");
    line(rule);
    for (const auto& row : table.rows) line(row);
    return;
  }
  std::vector<std::size_t> width(table.header.size(), 0);
  const auto measure_row = [&width](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) width[i] = std::max(width[i], cells[i].size());
  };
  measure_row(table.header);
  for (const auto& row : table.rows) measure_row(row);
  const auto line = [&width](const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i)
      out += i == 0 ? fmt::format("{:<{}}", cells[i], width[i]) : fmt::format("  {:>{}}", cells[i], width[i]);
    fmt::print("{}\n", out);
  };
  line(table.header);
  for (const auto& row : table.rows) line(row);
}

struct Options {
  std::string data_dir = MEDCERT_SOURCE_DIR;
  std::string corpus_dir = MEDCERT_SOURCE_DIR "/tests/wording-corpus";
  std::string base_dir;  // default: CORPUS_DIR/base
  bool verbose = false;
  bool markdown = false;
};

Options parse_options(int argc, char** argv) {
  Options options;
  bool corpus_given = false;
  const std::vector<std::string> args(argv + 1, argv + argc);
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= args.size()) throw InputError{arg + " needs a value"};
      return args[++i];
    };
    if (arg == "--data-dir") {
      options.data_dir = value();
    } else if (arg == "--base") {
      options.base_dir = value();
    } else if (arg == "--verbose" || arg == "-v") {
      options.verbose = true;
    } else if (arg == "--markdown") {
      options.markdown = true;
    } else if (arg == "--help" || arg == "-h" || (!arg.empty() && arg[0] == '-') || corpus_given) {
      throw InputError{
          "usage: wording_corpus [--data-dir DIR] [--base DIR] [--verbose] [--markdown] [CORPUS_DIR]"};
    } else {
      options.corpus_dir = arg;
      corpus_given = true;
    }
  }
  if (options.base_dir.empty()) options.base_dir = options.corpus_dir + "/base";
  return options;
}

int run(const Options& options) {
  std::vector<fs::path> files;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(options.corpus_dir, error))
    if (entry.is_regular_file() && entry.path().extension() == ".tsv") files.push_back(entry.path());
  if (error) throw InputError{options.corpus_dir + ": " + error.message()};
  std::sort(files.begin(), files.end());  // directory order is not deterministic
  if (files.empty()) throw InputError{options.corpus_dir + ": no *.tsv file"};
  std::vector<Row> rows;
  for (const auto& file : files) read_corpus_file(file, rows);

  const medcert::Engine engine(medcert::EngineConfig{options.data_dir, {}, {}, medcert::system_environment()});
  std::vector<Base> bases;
  for (const auto profession : kProfessions)
    bases.push_back(load_base(engine, fs::path(options.base_dir) / (std::string(profession) + ".json")));

  // harmful[category][profession], legitimate[naive category or none][profession]
  std::map<std::string, std::array<Cell, kProfessions.size()>> harmful, legitimate;
  for (const auto category : kCategories) harmful[std::string(category)], legitimate[std::string(category)];
  legitimate[std::string(kNone)];
  std::chrono::nanoseconds spent{0};
  for (const auto& row : rows) {
    const auto measured = measure(engine, bases[row.profession], row, spent);
    Cell& cell = (row.harmful ? harmful : legitimate)[row.category][row.profession];
    ++cell.total;
    cell.caught += measured.outcome == Outcome::caught;
    cell.refused += measured.outcome == Outcome::refused;
    cell.warned += measured.outcome == Outcome::warned;
    if (options.verbose && measured.outcome != Outcome::caught && measured.outcome != Outcome::accepted)
      print_details(row, measured);
  }
  if (options.verbose) fmt::print("\n");

  // Categories in the brief's order, not alphabetical: the order of docs/rules.md.
  std::vector<std::string> order(kCategories.begin(), kCategories.end());
  Table caught_table{{"harmful: caught/total"}, {}};
  Table legit_table{{"legitimate: refused/warned/total"}, {}};
  for (const auto profession : kProfessions) {
    caught_table.header.emplace_back(profession);
    legit_table.header.emplace_back(profession);
  }
  caught_table.header.insert(caught_table.header.end(), {"total", "caught"});
  legit_table.header.insert(legit_table.header.end(), {"total", "refused", "warned"});

  std::vector<std::string> missed_targets;
  for (const auto& category : order) {
    std::vector<std::string> line{category};
    Cell sum;
    for (const auto& cell : harmful[category]) {
      line.push_back(cell.total == 0 ? "-" : fmt::format("{}/{}", cell.caught, cell.total));
      sum.total += cell.total, sum.caught += cell.caught;
    }
    line.push_back(fmt::format("{}/{}", sum.caught, sum.total));
    line.push_back(percent(sum.caught, sum.total));
    caught_table.rows.push_back(std::move(line));
    // An absent category must not pass unnoticed: a deleted file would otherwise raise the score.
    if (sum.total == 0)
      missed_targets.push_back(fmt::format("harmful '{}': no rows, nothing measured", category));
    else if (sum.caught < kCatchTarget * sum.total)
      missed_targets.push_back(fmt::format("harmful '{}': {} caught, {:.0f} % required", category,
                                           percent(sum.caught, sum.total), 100 * kCatchTarget));
  }
  order.emplace_back(kNone);
  Cell all;
  std::array<Cell, kProfessions.size()> per_profession{};
  for (const auto& category : order) {
    std::vector<std::string> line{category};
    Cell sum;
    for (std::size_t p = 0; p < kProfessions.size(); ++p) {
      const Cell& cell = legitimate[category][p];
      line.push_back(cell.total == 0 ? "-" : fmt::format("{}/{}/{}", cell.refused, cell.warned, cell.total));
      sum.total += cell.total, sum.refused += cell.refused, sum.warned += cell.warned;
      per_profession[p].total += cell.total, per_profession[p].refused += cell.refused,
          per_profession[p].warned += cell.warned;
    }
    line.push_back(fmt::format("{}/{}/{}", sum.refused, sum.warned, sum.total));
    line.push_back(percent(sum.refused, sum.total));
    line.push_back(percent(sum.warned, sum.total));
    legit_table.rows.push_back(std::move(line));
    all.total += sum.total, all.refused += sum.refused, all.warned += sum.warned;
  }
  std::vector<std::string> total_line{"all"};
  for (const auto& cell : per_profession)
    total_line.push_back(cell.total == 0 ? "-" : fmt::format("{}/{}/{}", cell.refused, cell.warned, cell.total));
  total_line.insert(total_line.end(), {fmt::format("{}/{}/{}", all.refused, all.warned, all.total),
                                       percent(all.refused, all.total), percent(all.warned, all.total)});
  legit_table.rows.push_back(std::move(total_line));
  if (all.total == 0)
    missed_targets.emplace_back("legitimate: no rows, the refusal rate is not measured");
  else if (all.refused > kRefuseLimit * all.total)
    missed_targets.push_back(fmt::format("legitimate: {} refused, at most {:.0f} % allowed", percent(all.refused, all.total),
                                         100 * kRefuseLimit));

  print_table(caught_table, options.markdown);
  fmt::print("\n");
  print_table(legit_table, options.markdown);

  // In Markdown mode stdout is only the tables (pasted into docs/rules.md); the verdict goes to stderr.
  auto& verdict = options.markdown ? std::cerr : std::cout;
  verdict << "\n";
  if (missed_targets.empty()) {
    verdict << fmt::format("all targets met: every category catches ≥ {:.0f} %, ≤ {:.0f} % of legitimate rows refused\n",
                           100 * kCatchTarget, 100 * kRefuseLimit);
  } else {
    for (const auto& missed : missed_targets) verdict << "target missed: " << missed << "\n";
  }
  verdict.flush();
  const double total_ms = std::chrono::duration<double, std::milli>(spent).count();
  std::cerr << fmt::format("{} checks in {:.1f} ms, {:.3f} ms per check\n", rows.size(), total_ms,
                           rows.empty() ? 0.0 : total_ms / static_cast<double>(rows.size()));
  return missed_targets.empty() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(parse_options(argc, argv));
  } catch (const InputError& error) {
    std::cout.flush();
    std::cerr << "wording_corpus: " << error.message << "\n";
    return 2;
  } catch (const medcert::ConfigError& error) {
    std::cout.flush();
    std::cerr << "wording_corpus: the engine's data cannot be loaded: " << error.what() << "\n";
    return 2;
  }
}
