#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Every source file of the repository names its licence in its first lines (SPDX), as LICENSE says.

Usage: spdx.py SRC_DIR [--fix]. Source files are the tracked code, build and script files (the kinds in
COMMENT below); data (templates, examples, fixtures, fonts) is covered by LICENSE and the notices beside it.
With --fix, a missing line is added in the file's comment syntax (after a shebang or a doctype).
"""
import pathlib
import subprocess
import sys

TAG = "SPDX-License-Identifier: Apache-2.0"
COMMENT = {
    ".cpp": "// {}", ".hpp": "// {}", ".h": "// {}", ".c": "// {}", ".js": "// {}", ".mjs": "// {}",
    ".css": "/* {} */", ".html": "<!-- {} -->",
    ".sh": "# {}", ".py": "# {}", ".cmake": "# {}", ".supp": "# {}",
}
BY_NAME = {"CMakeLists.txt": "# {}", "Makefile": "# {}", "run": "# {}", "CMakePresets.json": None}
IN_FILES = {".hpp.in": "// {}", ".cmake.in": "# {}", ".pc.in": "# {}"}
# Files whose syntax has no comment, or which are third-party: named here so that the list is deliberate.
EXEMPT = {"CMakePresets.json"}


def comment_for(path):
    name = path.name
    if name in EXEMPT:
        return None
    if name in BY_NAME:
        return BY_NAME[name]
    for suffix, style in IN_FILES.items():
        if name.endswith(suffix):
            return style
    return COMMENT.get(path.suffix)


def tracked(src):
    """The repository's files: git's list, or (a source tree outside git) every file but builds and node_modules."""
    out = subprocess.run(["git", "-C", str(src), "ls-files", "-z"], capture_output=True)
    if out.returncode == 0:
        return [src / p for p in out.stdout.decode().split("\0") if p]
    skip = {".git", "build", "node_modules"}
    return [p for p in src.rglob("*") if p.is_file() and not skip.intersection(p.relative_to(src).parts)]


def main(src, fix):
    missing = []
    for path in tracked(src):
        style = comment_for(path)
        if style is None or not path.is_file():
            continue
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        if any(TAG in line for line in lines[:3]):
            continue
        missing.append(path.relative_to(src))
        if fix:
            at = 1 if lines and lines[0].startswith(("#!", "<!DOCTYPE", "<!doctype")) else 0
            lines.insert(at, style.format(TAG) + "\n")
            path.write_text("".join(lines), encoding="utf-8")
    for path in missing:
        print(("added: " if fix else "FAIL: no SPDX line: ") + str(path), file=sys.stderr)
    if missing and not fix:
        print(f"{len(missing)} file(s) lack '{TAG}' in their first lines: run tests/spdx.py . --fix", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1]), "--fix" in sys.argv[2:]))
