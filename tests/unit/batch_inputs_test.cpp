// SPDX-License-Identifier: Apache-2.0
// What `medcert batch` renders: folder listing, manifest parsing, output names and their clashes.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "cli/batch_inputs.hpp"

using medcert::cli::BatchJob;
using medcert::cli::find_clashes;
using medcert::cli::list_findings_folder;
using medcert::cli::parse_manifest;
using medcert::cli::plan_batch;
using Strings = std::vector<std::string>;

TEST_CASE("a manifest lists paths relative to its folder, without comments or blank lines") {
  const std::string text = "# cases of the week\n\na.yaml\n  sub/b.json  \r\n\t# indented comment\n/abs/c.yml\nd.yaml";
  CHECK(parse_manifest(text, "lists") == Strings{"lists/a.yaml", "lists/sub/b.json", "/abs/c.yml", "lists/d.yaml"});
  CHECK(parse_manifest(text, "") == Strings{"a.yaml", "sub/b.json", "/abs/c.yml", "d.yaml"});
  CHECK(parse_manifest("", "x").empty());
  CHECK(parse_manifest("#only\n\n   \n", "x").empty());
}

TEST_CASE("each input becomes OUTDIR/<name without extension>.pdf") {
  const auto jobs = plan_batch({"in/a.yaml", "lists/sub/b.json", "c.d.yml", "noext"}, "out");
  REQUIRE(jobs.size() == 4);
  CHECK(jobs[0].output == "out/a.pdf");
  CHECK(jobs[1].output == "out/b.pdf");
  CHECK(jobs[2].output == "out/c.d.pdf");
  CHECK(jobs[3].output == "out/noext.pdf");
  CHECK(jobs[1].input == "lists/sub/b.json");
}

TEST_CASE("two inputs that would give the same PDF are a clash, listed with every input") {
  CHECK(find_clashes(plan_batch({"a.yaml", "b.yaml", "c.json"}, "out")).empty());
  const auto clashes = find_clashes(plan_batch({"x/a.yaml", "b.yaml", "a.json", "y/a.yml", "b.yaml"}, "out"));
  REQUIRE(clashes.size() == 2);
  CHECK(clashes[0].output == "out/a.pdf");
  CHECK(clashes[0].inputs == Strings{"x/a.yaml", "a.json", "y/a.yml"});
  CHECK(clashes[1].output == "out/b.pdf");
  CHECK(clashes[1].inputs == Strings{"b.yaml", "b.yaml"});
}

TEST_CASE("a folder gives its findings files sorted by name, not hidden files, not subfolders") {
  const auto dir = std::filesystem::temp_directory_path() / "medcert-batch-inputs-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "sub.yaml");  // a folder, even with a findings name
  for (const char* name : {"b.yml", "a.yaml", "c.json", "notes.txt", ".hidden.yaml", "d.YAML"})
    std::ofstream(dir / name) << "medcert: 1\n";
  std::ofstream(dir / "sub.yaml" / "e.yaml") << "medcert: 1\n";
  const auto d = dir.string();
  CHECK(list_findings_folder(dir) == Strings{d + "/a.yaml", d + "/b.yml", d + "/c.json"});
  std::filesystem::remove_all(dir);
  CHECK_THROWS_AS(list_findings_folder(dir), std::filesystem::filesystem_error);
}
