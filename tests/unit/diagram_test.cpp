// SPDX-License-Identifier: Apache-2.0
// The annex's body diagrams: their files read by load/ (every mistake located, with its message), the
// markers' places chosen by compose/, and the views shipped in diagrams/ against the shipped vocabularies.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "compose/diagram_markers.hpp"
#include "load/load.hpp"
#include "model/limits.hpp"
#include "shipped_templates.hpp"

using namespace medcert;

namespace {

// A folder of the temporary directory holding `files` (name → text), removed with it.
class DiagramFolder {
 public:
  explicit DiagramFolder(const std::map<std::string, std::string>& files) {
    static int made = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("medcert-diagrams-" + std::to_string(::getpid()) + "-" + std::to_string(++made));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
    for (const auto& [name, text] : files) std::ofstream(path_ / name, std::ios::binary) << text;
  }
  ~DiagramFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  DiagramFolder(const DiagramFolder&) = delete;
  DiagramFolder& operator=(const DiagramFolder&) = delete;

  std::string path() const { return path_.string(); }
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  model::Result<model::Diagrams> load() const { return load::load_diagrams(testing::DirectoryEnvironment{}, path()); }

 private:
  std::filesystem::path path_;
};

std::string listing(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics)
    out += d.location.file + ":" + std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + " " +
           d.rule + " " + d.message_id + " " + d.message_en + "\n";
  return out;
}

// The only diagnostic, with its message id, rule and position; its messages fully rendered in both languages.
Diagnostic only(const model::Result<model::Diagrams>& loaded, const std::string& message_id, const std::string& rule,
                int line, int column) {
  INFO(listing(loaded.diagnostics));
  CHECK_FALSE(loaded.value);
  REQUIRE(loaded.diagnostics.size() == 1);
  const auto& d = loaded.diagnostics.front();
  CHECK(d.message_id == message_id);
  CHECK(d.rule == rule);
  CHECK(d.location.line == line);
  CHECK(d.location.column == column);
  for (const auto* message : {&d.message_fr, &d.message_en}) {
    CHECK_FALSE(message->empty());
    CHECK(message->find('{') == std::string::npos);
  }
  return d;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A view of its own for one mistake: `lines` after a valid header of 220 × 480.
std::string view(const std::string& id, const std::string& lines) {
  return "id: " + id + "\nwidth: 220\nheight: 480\n" + lines;
}

// A folder of one file, v.yaml.
std::map<std::string, std::string> one_file(const std::string& text) { return {{"v.yaml", text}}; }

// Five views, in files whose names sort otherwise than the views' fixed order, and two views of no fixed
// place. The patient's right is on the reader's left in a front view.
const std::map<std::string, std::string> kGood{
    {"corps_face.yaml", R"(id: corps_face
label: Schéma corporel, face antérieure
label_en: Body diagram, front view
width: 220
height: 480
outline: ["M 110 12 C 124 12 134 24 134 40 L 120 60 Z", "M10,5 20,5", "M.5.5L1,1"]
details: ["M 100 100 L 120 100"]
labels: [{text: Droite, at: [30, 470], size: 9}, {text: Gauche, at: [180, 470], size: 9}]
anchors:
  - {region: front, side: mediane, at: [110, 30]}
  - {region: bras, side: droite, at: [60, 160]}
  - {region: bras, side: gauche, at: [160, 160]}
  - {region: bras, side: droite, faces: [anterieure, interne], at: [62, 170]}
  - {region: cou, side: mediane, at: [110, 66]}
  - {region: main, side: droite, at: [40, 250]}
  - {region: main, side: gauche, at: [180, 250]}
  - {region: thorax, side: mediane, at: [110, 120]}
  - {region: dents, at: [110, 36]}
)"},
    {"mains.yaml", R"(id: mains
width: 200
height: 100
anchors:
  - {region: main, side: droite, faces: [palmaire], at: [50, 50]}
  - {region: main, side: gauche, faces: [palmaire], at: [150, 50]}
  - {region: main, side: droite, faces: [dorsale], at: [50, 20]}
)"},
    {"odontogramme.yaml", R"(id: odontogramme
width: 300
height: 120
anchors:
  - {region: dents, tooth: "11", at: [140, 30]}
  - {region: dents, tooth: "21", at: [160, 30]}
)"},
    {"perinee_f.yaml", "id: perinee_f\nwidth: 100\nheight: 100\nanchors: [{region: perinee, at: [50, 50]}]\n"},
    {"pieds.yaml", R"(id: pieds
width: 200
height: 150
anchors:
  - {region: pied, side: droite, at: [50, 75]}
  - {region: pied, side: gauche, at: [150, 75]}
  - {region: orteils, at: [100, 10]}
)"},
    {"a.yaml", "id: tete_profil\nwidth: 10\nheight: 10\n"},
    {"z.yaml", "id: dos_detail\nwidth: 10\nheight: 10\n"},
};

const model::Diagrams& good_diagrams() {
  static const auto loaded = DiagramFolder(kGood).load();
  INFO(listing(loaded.diagnostics));
  REQUIRE(loaded.value);
  CHECK(loaded.diagnostics.empty());
  return *loaded.value;
}

const std::vector<std::string> kAllViews{"corps_face",   "corps_dos", "visage",   "mains",
                                         "pieds", "odontogramme", "perinee_f", "perinee_m"};

std::vector<compose::MarkerPlace> place(const std::vector<std::string>& offered, std::string_view region,
                                        std::string_view side = {}, std::string_view face = {},
                                        std::string_view tooth = {}) {
  return compose::place_marker(good_diagrams(), offered, region, side, face, tooth);
}

compose::MarkerPlace at(std::string view, double x, double y) { return compose::MarkerPlace{std::move(view), x, y}; }

}  // namespace

// ---------------------------------------------------------------------------------------------------------------
// Loading

TEST_CASE("the views load in their fixed order, then the others by id, with their paths and anchors") {
  const auto& diagrams = good_diagrams();
  std::vector<std::string> ids;
  for (const auto& v : diagrams.views()) ids.push_back(v.id);
  CHECK(ids == std::vector<std::string>{"corps_face", "mains", "pieds", "odontogramme", "perinee_f", "dos_detail",
                                        "tete_profil"});
  CHECK_FALSE(diagrams.find("corps_dos"));
  const auto* face = diagrams.find("corps_face");
  REQUIRE(face);
  CHECK(face->label_en == "Body diagram, front view");
  CHECK(face->width == 220);
  CHECK(face->height == 480);
  CHECK(contains(face->file, "corps_face.yaml"));

  using Kind = model::PathOp::Kind;
  REQUIRE(face->outline.size() == 3);
  const auto& contour = face->outline[0];
  REQUIRE(contour.size() == 4);
  CHECK(contour[0].kind == Kind::move);
  CHECK(contour[0].points[0].x == 110);
  CHECK(contour[0].points[0].y == 12);
  CHECK(contour[1].kind == Kind::curve);
  CHECK(contour[1].points[0].x == 124);
  CHECK(contour[1].points[1].y == 24);
  CHECK(contour[1].points[2].x == 134);
  CHECK(contour[1].points[2].y == 40);
  CHECK(contour[2].kind == Kind::line);
  CHECK(contour[3].kind == Kind::close);
  // As in SVG: a move's further pairs draw lines; a sign or a second point starts a number.
  REQUIRE(face->outline[1].size() == 2);
  CHECK(face->outline[1][1].kind == Kind::line);
  CHECK(face->outline[1][1].points[0].x == 20);
  REQUIRE(face->outline[2].size() == 2);
  CHECK(face->outline[2][0].points[0].x == 0.5);
  CHECK(face->outline[2][0].points[0].y == 0.5);
  CHECK(face->details.size() == 1);

  REQUIRE(face->labels.size() == 2);
  CHECK(face->labels[0].text == "Droite");
  CHECK(face->labels[0].x == 30);
  CHECK(face->labels[0].size == 9);

  REQUIRE(face->anchors.size() == 9);
  const auto& arm = face->anchors[3];
  CHECK(arm.region == "bras");
  CHECK(arm.side == "droite");
  CHECK(arm.faces == std::vector<std::string>{"anterieure", "interne"});
  CHECK(arm.x == 62);
  CHECK(arm.location.line == 13);
  CHECK(arm.location.column == 5);
  CHECK(contains(arm.location.file, "corps_face.yaml"));
  CHECK(diagrams.find("odontogramme")->anchors[1].tooth == "21");
}

TEST_CASE("no folder, or a folder without views, is an empty set") {
  const auto missing = load::load_diagrams(testing::DirectoryEnvironment{}, "/nonexistent/medcert/diagrams");
  REQUIRE(missing.value);
  CHECK(missing.value->views().empty());
  CHECK(missing.diagnostics.empty());
  const DiagramFolder folder({{"notes.txt", std::string("not a view")}});
  const auto empty = folder.load();
  REQUIRE(empty.value);
  CHECK(empty.value->views().empty());
  CHECK(empty.diagnostics.empty());
}

TEST_CASE("a key the format does not have, with \"did you mean\"") {
  const DiagramFolder top(one_file(view("corps_face", "lebel: Face\n")));
  CHECK(contains(only(top.load(), "F-UNKNOWN-KEY.top", "T-SCHEMA", 4, 1).message_en, "did you mean \"label\""));
  const DiagramFolder anchor(one_file(view("corps_face", "anchors:\n  - {region: bras, sid: droite, at: [1, 1]}\n")));
  const auto d = only(anchor.load(), "F-UNKNOWN-KEY", "T-SCHEMA", 5, 20);
  CHECK(contains(d.message_en, "did you mean \"side\""));
  CHECK(d.path == "anchors[0].sid");
}

TEST_CASE("id, width and height are required, at the view's mapping") {
  const DiagramFolder folder(one_file("label: Face\n"));
  const auto loaded = folder.load();
  INFO(listing(loaded.diagnostics));
  CHECK_FALSE(loaded.value);
  REQUIRE(loaded.diagnostics.size() == 3);
  std::vector<std::string> paths;
  for (const auto& d : loaded.diagnostics) {
    CHECK(d.message_id == "T-SCHEMA.missing");
    CHECK(d.location.line == 1);
    CHECK(d.location.column == 1);
    paths.push_back(d.path);
  }
  CHECK(paths == std::vector<std::string>{"id", "width", "height"});
  CHECK(contains(loaded.diagnostics[1].message_en, "width: 220"));
}

TEST_CASE("a size is a number above 0, a point two numbers, a side one of the patient's") {
  const DiagramFolder zero(one_file("id: visage\nwidth: 0\nheight: 480\n"));
  only(zero.load(), "T-SCHEMA.diagram_positive", "T-SCHEMA", 2, 8);
  const DiagramFolder three(one_file(view("visage", "anchors:\n  - {region: nez, at: [1, 2, 3]}\n")));
  CHECK(contains(only(three.load(), "T-SCHEMA.diagram_point", "T-SCHEMA", 5, 23).message_en, "not 3 values"));
  const DiagramFolder side(one_file(view("visage", "anchors:\n  - {region: joue, side: droit, at: [1, 2]}\n")));
  CHECK(contains(only(side.load(), "T-SCHEMA.unknown_value_suggestion", "T-SCHEMA", 5, 26).message_en,
                 "did you mean \"droite\""));
  const DiagramFolder list(one_file("- id: visage\n"));
  only(list.load(), "T-SCHEMA.diagram_kind", "T-SCHEMA", 1, 1);
}

TEST_CASE("a path's mistake is said once, at the path, with the character where it is") {
  const auto path = [](const std::string& p) {
    return one_file(view("corps_face", "outline:\n  - \"" + p + "\"\n"));
  };
  // A relative (lower-case) command, an exponent: neither is drawn.
  const DiagramFolder relative(path("M 10 10 l 5 5"));
  const auto l = only(relative.load(), "T-SCHEMA.diagram_command", "T-SCHEMA", 5, 5);
  CHECK(l.param("found", Language::en) == "l");
  CHECK(l.param("at", Language::en) == "9");
  CHECK(l.path == "outline[0]");
  const DiagramFolder exponent(path("M 1e2 10"));
  CHECK(only(exponent.load(), "T-SCHEMA.diagram_command", "T-SCHEMA", 5, 5).param("found", Language::en) == "e");

  const DiagramFolder curve(path("M 10 10 C 1 2 3 4 Z"));
  const auto c = only(curve.load(), "T-SCHEMA.diagram_numbers", "T-SCHEMA", 5, 5);
  CHECK(c.param("command", Language::en) == "C");
  CHECK(c.param("count", Language::en) == "4");
  CHECK(c.param("at", Language::en) == "9");
  CHECK(contains(c.message_en, "a multiple of 6"));
  const DiagramFolder odd(path("M 10 10 L 5"));
  only(odd.load(), "T-SCHEMA.diagram_numbers", "T-SCHEMA", 5, 5);
  const DiagramFolder close(path("M 10 10 Z 4"));
  CHECK(contains(only(close.load(), "T-SCHEMA.diagram_numbers", "T-SCHEMA", 5, 5).message_en, "it takes none"));

  const DiagramFolder start(path("L 10 10"));
  only(start.load(), "T-SCHEMA.diagram_path_start", "T-SCHEMA", 5, 5);
  // A path with nothing to draw is an empty element of its list.
  const DiagramFolder empty(path(" "));
  CHECK(contains(only(empty.load(), "F-TYPE.empty_element", "T-SCHEMA", 5, 5).message_en, "\"outline\""));
}

TEST_CASE("every point lies within 0..width and 0..height") {
  const DiagramFolder path(one_file(view("corps_face", "outline: [\"M 10 10 L 230 10\"]\n")));
  const auto p = only(path.load(), "T-SCHEMA.diagram_path_outside", "T-SCHEMA", 4, 11);
  CHECK(p.param("at", Language::en) == "11");
  CHECK(p.param("x", Language::en) == "230");
  CHECK(contains(p.message_fr, "de 0 à 220 en largeur"));
  const DiagramFolder negative(one_file(view("corps_face", "details: [\"M10-5\"]\n")));
  only(negative.load(), "T-SCHEMA.diagram_path_outside", "T-SCHEMA", 4, 11);
  const DiagramFolder anchor(one_file(view("corps_face", "anchors:\n  - {region: front, at: [110, 480.5]}\n")));
  CHECK(contains(only(anchor.load(), "T-SCHEMA.diagram_outside", "T-SCHEMA", 5, 25).message_en, "(110, 480.5)"));
  const DiagramFolder label(one_file(view("corps_face", "labels: [{text: Droite, at: [-1, 10], size: 9}]\n")));
  only(label.load(), "T-SCHEMA.diagram_outside", "T-SCHEMA", 4, 29);
}

TEST_CASE("of two views of one id, the second is reported and left out") {
  const DiagramFolder folder({{"a.yaml", view("visage", "")}, {"b.yaml", view("visage", "")}});
  const auto d = only(folder.load(), "T-DUPLICATE-ID.diagram", "T-DUPLICATE-ID", 1, 5);
  CHECK(d.location.file == folder.file("b.yaml"));
  CHECK(d.param("file", Language::en) == folder.file("a.yaml"));
}

TEST_CASE("one default anchor per region and side, one anchor per face, across views in their order") {
  // corps_dos.yaml sorts before corps_face.yaml, but the front view comes first: the back's anchor is the second.
  const std::string right_arm = "anchors:\n  - {region: bras, side: droite, at: [1, 1]}\n";
  const DiagramFolder defaults(
      {{"corps_dos.yaml", view("corps_dos", right_arm)}, {"corps_face.yaml", view("corps_face", right_arm)}});
  const auto d = only(defaults.load(), "T-DUPLICATE-ID.anchor", "T-DUPLICATE-ID", 5, 5);
  CHECK(d.location.file == defaults.file("corps_dos.yaml"));
  CHECK(d.param("anchor", Language::en) == "region: bras, side: droite");
  CHECK(d.param("first", Language::en) == defaults.file("corps_face.yaml") + ":5:5");
  // Other sides, another tooth: no clash.
  const DiagramFolder sides(one_file(view("odontogramme", R"(anchors:
  - {region: bras, side: droite, at: [1, 1]}
  - {region: bras, side: gauche, at: [1, 1]}
  - {region: bras, at: [1, 1]}
  - {region: dents, tooth: "11", at: [1, 1]}
  - {region: dents, tooth: "12", at: [1, 1]}
  - {region: dents, at: [1, 1]}
)")));
  const auto fine = sides.load();
  INFO(listing(fine.diagnostics));
  CHECK(fine.value);

  // Alternatives (one perineum's view or the other, never both) may name the same places; not another view.
  const std::string perineum = "alternative: perinee\nanchors:\n  - {region: perinee, side: mediane, at: [1, 1]}\n";
  const DiagramFolder alternatives({{"f.yaml", view("perinee_f", perineum)}, {"m.yaml", view("perinee_m", perineum)}});
  const auto both = alternatives.load();
  INFO(listing(both.diagnostics));
  CHECK(both.value);
  CHECK(both.value->find("perinee_m")->alternative == "perinee");
  const DiagramFolder third({{"f.yaml", view("perinee_f", perineum)},
                             {"m.yaml", view("perinee_m", perineum)},
                             {"z.yaml", view("zz", "anchors:\n  - {region: perinee, side: mediane, at: [1, 1]}\n")}});
  const auto clash = only(third.load(), "T-DUPLICATE-ID.anchor", "T-DUPLICATE-ID", 5, 5);
  CHECK(clash.location.file == third.file("z.yaml"));
  CHECK(clash.param("first", Language::en) == third.file("f.yaml") + ":6:5");

  const DiagramFolder faces(one_file(view("mains", R"(anchors:
  - {region: main, side: droite, faces: [palmaire, dorsale], at: [1, 1]}
  - {region: main, side: droite, faces: [dorsale], at: [2, 2]}
)")));
  const auto f = only(faces.load(), "T-DUPLICATE-ID.anchor_face", "T-DUPLICATE-ID", 6, 5);
  CHECK(f.param("face", Language::en) == "dorsale");
  CHECK(f.param("first", Language::en) == faces.file("v.yaml") + ":5:5");
}

TEST_CASE("the input is bounded: 64 views, 100,000 numbers a path, 2 MiB a file") {
  std::map<std::string, std::string> many;
  for (std::size_t i = 0; i <= model::kMaxDiagramViews; ++i)
    many.emplace("v" + std::to_string(1000 + i) + ".yaml", view("v" + std::to_string(i), ""));
  const DiagramFolder too_many(many);
  const auto views = only(too_many.load(), "T-SIZE.diagrams", "T-SIZE", 0, 0);
  CHECK(views.param("count", Language::en) == "65");

  std::string long_path = "M 1 1 L";
  for (std::size_t i = 0; i < model::kMaxPathNumbers / 2; ++i) long_path += " 1 1";
  const DiagramFolder numbers(one_file(view("corps_face", "outline: [\"" + long_path + "\"]\n")));
  CHECK(only(numbers.load(), "T-SIZE.diagram_path", "T-SIZE", 4, 11).param("max", Language::en) == "100000");

  const DiagramFolder big(one_file(view("corps_face", "# " + std::string(model::kMaxDiagramBytes, 'x') + "\n")));
  only(big.load(), "F-SIZE", "T-SIZE", 0, 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Markers

TEST_CASE("markers: the patient's side, its midline fallback, both sides") {
  // A front view shows the patient's right on the reader's left.
  CHECK(place(kAllViews, "bras", "droite") == std::vector{at("corps_face", 60.0 / 220, 160.0 / 480)});
  CHECK(place(kAllViews, "bras", "gauche") == std::vector{at("corps_face", 160.0 / 220, 160.0 / 480)});
  CHECK(place(kAllViews, "bras", "bilaterale") ==
        std::vector{at("corps_face", 60.0 / 220, 160.0 / 480), at("corps_face", 160.0 / 220, 160.0 / 480)});
  // The neck has no side of its own: its midline anchor, whatever the side; both sides give one marker.
  const auto neck = std::vector{at("corps_face", 0.5, 66.0 / 480)};
  CHECK(place(kAllViews, "cou", "gauche") == neck);
  CHECK(place(kAllViews, "cou") == neck);
  CHECK(place(kAllViews, "cou", "bilaterale") == neck);
  // No side written, none on the anchor: the region's own.
  CHECK(place(kAllViews, "orteils", "droite") == std::vector{at("pieds", 0.5, 10.0 / 150)});
  // The arm's sides only, without a side: no midline anchor, no anchor of the region alone.
  CHECK(place(kAllViews, "bras").empty());
  CHECK(place(kAllViews, "nez", "droite").empty());
}

TEST_CASE("markers: a listed face first, then the default anchor, then the first faced one") {
  CHECK(place(kAllViews, "bras", "droite", "interne") == std::vector{at("corps_face", 62.0 / 220, 170.0 / 480)});
  CHECK(place(kAllViews, "bras", "droite", "posterieure") == std::vector{at("corps_face", 60.0 / 220, 160.0 / 480)});
  // The palm goes to the hands' view when the template offers it, else to the hand's default anchor.
  CHECK(place(kAllViews, "main", "droite", "palmaire") == std::vector{at("mains", 0.25, 0.5)});
  CHECK(place({"corps_face", "corps_dos"}, "main", "droite", "palmaire") ==
        std::vector{at("corps_face", 40.0 / 220, 250.0 / 480)});
  // Without a default anchor offered, the first faced one, in the views' order then the file's.
  CHECK(place({"mains"}, "main", "droite") == std::vector{at("mains", 0.25, 0.5)});
}

TEST_CASE("markers: a tooth on the odontogram, a profession's views only") {
  CHECK(place(kAllViews, "dents", {}, {}, "21") == std::vector{at("odontogramme", 160.0 / 300, 0.25)});
  // Without the odontogram, the tooth's region places it; a tooth's anchor is never a region's.
  CHECK(place({"corps_face"}, "dents", {}, {}, "21") == std::vector{at("corps_face", 0.5, 36.0 / 480)});
  CHECK(place({"odontogramme"}, "dents").empty());
  // A podiatrist offered the feet only.
  const std::vector<std::string> feet{"pieds"};
  CHECK(place(feet, "pied", "droite") == std::vector{at("pieds", 0.25, 0.5)});
  CHECK(place(feet, "pied", "bilaterale") == std::vector{at("pieds", 0.25, 0.5), at("pieds", 0.75, 0.5)});
  CHECK(place(feet, "bras", "droite").empty());
  // A nurse whose template does not offer the perineum's view: no place, the caller says so.
  CHECK(place({"corps_face", "corps_dos", "visage", "mains", "pieds"}, "perinee").empty());
  CHECK(place(kAllViews, "perinee") == std::vector{at("perinee_f", 0.5, 0.5)});
}

TEST_CASE("markers: the views shown are the offered ones holding a marker, in the order offered") {
  const std::vector<std::string> offered{"pieds", "corps_face", "mains", "visage"};
  std::vector<compose::MarkerPlace> markers;
  const std::vector<std::tuple<std::string, std::string, std::string>> lesions{
      {"main", "gauche", "palmaire"}, {"bras", "droite", ""}, {"pied", "gauche", ""}, {"main", "droite", "palmaire"}};
  for (const auto& [region, side, face] : lesions)
    for (auto& m : place(offered, region, side, face)) markers.push_back(std::move(m));
  CHECK(markers.size() == 4);
  CHECK(compose::views_shown(markers, offered) == std::vector<std::string>{"pieds", "corps_face", "mains"});
  CHECK(compose::views_shown({}, offered).empty());
}

// ---------------------------------------------------------------------------------------------------------------
// The shipped views

TEST_CASE("the shipped views load, each region of the shipped vocabularies with its default anchors") {
  const std::string dir = MEDCERT_SOURCE_DIR "/diagrams";
  const auto names = testing::DirectoryEnvironment{}.list_directory(dir);
  if (std::none_of(names.begin(), names.end(), [](const std::string& n) { return n.ends_with(".yaml"); })) {
    WARN("no view in " << dir << ": the shipped body diagrams are not checked");
    return;
  }
  const auto loaded = load::load_diagrams(testing::DirectoryEnvironment{}, dir);
  INFO(listing(loaded.diagnostics));
  REQUIRE(loaded.value);
  CHECK(loaded.diagnostics.empty());
  const auto& views = loaded.value->views();
  const auto has_anchor = [&](auto accepts) {
    return std::any_of(views.begin(), views.end(), [&](const model::DiagramView& v) {
      return std::any_of(v.anchors.begin(), v.anchors.end(), accepts);
    });
  };
  std::map<std::string, const model::VocabEntry*> regions;
  std::set<std::string> faces;
  std::set<std::string> teeth;
  static const std::vector<model::VocabEntry> none;
  for (const auto& t : testing::shipped_templates()) {
    const auto codes = [&](const char* name) -> const std::vector<model::VocabEntry>& {
      const auto found = t.vocabularies.find(name);
      return found == t.vocabularies.end() ? none : found->second.entries;
    };
    for (const auto& entry : codes("regions")) regions.emplace(entry.code, &entry);
    for (const auto& entry : codes("faces")) faces.insert(entry.code);
    for (const auto& entry : codes("teeth")) teeth.insert(entry.code);
  }
  CHECK(regions.size() > 40);
  // Any lesion of a region, without a face, finds a place on its side: a region of its own (`single: oui`,
  // the neck, the mouth) on the midline, a paired one on the right and on the left.
  for (const auto& [region, entry] : regions) {
    const auto sides = entry->form("single") == "oui" ? std::vector<std::string>{"mediane"}
                                                      : std::vector<std::string>{"droite", "gauche"};
    for (const auto& side : sides) {
      INFO("region " << region << ", side " << side);
      CHECK(has_anchor([&](const model::DiagramAnchor& a) {
        return a.region == region && a.side == side && a.faces.empty() && a.tooth.empty();
      }));
    }
  }
  // Every anchor names a region and faces of the vocabularies: a misspelt one would never be taken.
  for (const auto& v : views)
    for (const auto& a : v.anchors) {
      INFO(a.location.file << ":" << a.location.line << ":" << a.location.column);
      CHECK(regions.count(a.region) == 1);
      for (const auto& face : a.faces) CHECK(faces.count(face) == 1);
    }
  // The dentist's chart: each FDI tooth of the vocabulary, permanent and deciduous, has its anchor.
  if (loaded.value->find("odontogramme")) {
    for (const auto& tooth : teeth) {
      INFO("tooth " << tooth);
      CHECK(has_anchor([&](const model::DiagramAnchor& a) { return a.tooth == tooth; }));
    }
  }
}

TEST_CASE("markers: a marker placed by hand on the other sex's perineal view is refused, not dropped") {
  const auto loaded = load::load_diagrams(testing::DirectoryEnvironment{}, MEDCERT_SOURCE_DIR "/diagrams");
  REQUIRE(loaded.value);
  const auto& physician = testing::shipped_template("medecin");
  const auto findings = load::load_findings(R"(medcert: 1
patient: {civility: madame}
lesions:
  - {type: ecchymose, region: organes_genitaux, marker: {view: perinee_m, x: 0.5, y: 0.5}}
  - {type: ecchymose, region: organes_genitaux, marker: {view: perinee_f, x: 0.4, y: 0.6}}
)",
                                            "cas.yaml");
  REQUIRE(findings.value);
  const auto placed = compose::place_markers(*loaded.value, physician, *findings.value);
  REQUIRE(placed.diagnostics.size() == 1);
  const auto& refusal = placed.diagnostics[0];
  CHECK(refusal.message_id == "R-PH-7.not_shown");
  CHECK(refusal.severity == Severity::error);
  CHECK(refusal.path == "findings.lesions[0].marker.view");
  CHECK(refusal.location.line == 4);
  CHECK(refusal.message(Language::fr).find("Périnée et vulve (position gynécologique)") != std::string::npos);
  REQUIRE(placed.panels.size() == 1);
  CHECK(placed.panels[0].view == "perinee_f");
  REQUIRE(placed.panels[0].markers.size() == 1);
  CHECK(placed.panels[0].markers[0].number == 2);
}
