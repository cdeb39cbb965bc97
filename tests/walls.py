#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The walls between stages, built: fails when a file of src/ includes what its stage may not see.

Usage: walls.py WALLS SRC_DIR. WALLS is written by CMake from medcert_stage() and medcert_walls()
(CMakeLists.txt), one line per folder of src/: "NAME: STAGE... | ENTRY...". A file of src/NAME/ may
include its own folder's headers and, of another folder, only an ENTRY header (a file name or a glob),
and only of a stage NAME depends on, directly or through another. Public headers (<medcert/...>) are
for everyone. Tests, benchmarks and tools are not stages: they may look inside.
"""
import fnmatch
import pathlib
import re
import sys

# Reach-ins tolerated for now, each until the change named beside it. An entry that no longer occurs
# fails the test, so that the list only shrinks.
EXCEPTIONS = set()

INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]')


def read_walls(path):
    walls = {}
    for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        name, rest = line.split(":", 1)
        deps, entry = rest.split("|", 1)
        walls[name.strip()] = (deps.split(), entry.split())
    return walls


def below(walls, name):
    """Every stage `name` depends on, directly or through another."""
    seen, todo = set(), list(walls[name][0])
    while todo:
        stage = todo.pop()
        if stage in seen or stage not in walls:
            continue
        seen.add(stage)
        todo.extend(walls[stage][0])
    return seen


def main(walls_file, src):
    walls = read_walls(walls_file)
    src = pathlib.Path(src)
    problems, used = [], set()
    for folder in sorted(p for p in src.iterdir() if p.is_dir()):
        if folder.name not in walls:
            problems.append(f"src/{folder.name}/ is no stage: declare it with medcert_stage() or medcert_walls()")
    for name in sorted(walls):
        allowed = below(walls, name)
        for file in sorted((src / name).glob("*")):
            if file.suffix not in (".cpp", ".hpp", ".h"):
                continue
            relative = f"{name}/{file.name}"
            for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
                match = INCLUDE.match(line)
                if not match:
                    continue
                header = match.group(1)
                stage, _, rest = header.partition("/")
                where = f"src/{relative}:{number}: #include {header}"
                if ".." in header.split("/"):
                    problems.append(f"{where}: a relative path around the walls")
                    continue
                if stage == name or stage not in walls:
                    continue  # its own folder, or not a stage (<medcert/...>, a library)
                if (relative, header) in EXCEPTIONS:
                    used.add((relative, header))
                elif stage not in allowed:
                    problems.append(f"{where}: {stage}/ is not below {name}/ (its DEPS in CMake)")
                elif not any(fnmatch.fnmatchcase(rest, entry) for entry in walls[stage][1]):
                    entries = " ".join(walls[stage][1]) or "none"
                    problems.append(f"{where}: not an entry header of {stage}/ (entries: {entries})")
    for relative, header in sorted(EXCEPTIONS - used):
        problems.append(f"exception no longer needed, remove it from tests/walls.py: {relative} -> {header}")
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"ok: {len(walls)} folders of src/, each including only what its walls allow")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
