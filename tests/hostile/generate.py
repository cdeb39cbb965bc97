#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes the hostile inputs that are too big, or hold bytes too odd, to live in the repository as files:
each findings NAME.yaml goes to OUT/faulty/ (its NAME.yaml.expect is tests/hostile/generated/NAME.yaml.expect)
or, for inputs medcert must accept, to OUT/valid/; each template to OUT/templates/ (its .expect in
tests/hostile/generated/templates/). Every findings case is tests/hostile/base.yaml (a valid certificate)
with one thing changed, at a line the .expect names.

usage: generate.py OUT
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
BASE = (HERE / "base.yaml").read_bytes()
LINES = BASE.split(b"\n")


def replace_line(number, new):
    """The base with its 1-based line `number` replaced by `new` (bytes, may span several lines)."""
    lines = list(LINES)
    lines[number - 1] = new
    return b"\n".join(lines)


def in_value(number, old, new):
    """The base with `old` replaced by `new` on line `number`."""
    line = LINES[number - 1]
    assert old in line, (number, old, line)
    return replace_line(number, line.replace(old, new, 1))


def lesions(count):
    """The base with its lesions replaced by `count` valid ones (from line 36, the first lesion)."""
    lesion = b"  - {type: ecchymose, region: bras, side: gauche, size: {length_cm: 1, width_cm: 1}, colour: violacee}"
    lines = LINES[:35] + [lesion] * count + LINES[55:]
    return b"\n".join(lines)


# The bidirectional controls, each in another field (line of base.yaml, text to put it in).
BIDI = [
    ("\u202A", 8, b"Claire"), ("\u202B", 9, b"Martin"), ("\u202C", 11, b"m\xc3\xa9decine"),
    ("\u202D", 13, b"Cabinet"), ("\u202E", 18, b"Exemple"), ("\u2066", 19, b"Alice"),
    ("\u2067", 26, b"Lyon"), ("\u2068", 30, b"domicile"), ("\u2069", 32, b"pouss"),
    ("\u200E", 34, b"bras"), ("\u200F", 58, b"Pleurs"), ("\u061C", 64, b"Lyon"),
]
# Invisible characters that split a word (R-TXT-2), each in another field.
INVISIBLE = [("\u200B", 40, b"pli"), ("\u00AD", 49, b"ecchymoses"), ("\uFEFF", 55, b"cro"),
             ("\u2060", 57, b"visible"), ("\u200D", 59, b"mobilisation")]


def with_each(pairs):
    lines = list(LINES)
    for char, number, word in pairs:
        assert word in lines[number - 1], (number, word)
        lines[number - 1] = lines[number - 1].replace(word, char.encode() + word, 1)
    return b"\n".join(lines)


FAULTY = {
    # Size, nesting and counts (model/limits.hpp).
    "huge.yaml": BASE + (b"# " + b"x" * 98 + b"\n") * 11000,
    "nesting-flow-lists.yaml": BASE + b"note: " + b"[" * 10000 + b"]" * 10000 + b"\n",
    "nesting-flow-mappings.yaml": BASE + b"note: " + b"{a: " * 10000 + b"x" + b"}" * 10000 + b"\n",
    "nesting-block-mappings.yaml": BASE + b"note:\n" + b"".join(b" " * i + b"a:\n" for i in range(1, 1000)),
    "nesting-block-lists.yaml": BASE + b"note:\n  " + b"- " * 10000 + b"x\n",
    "long-free-text.yaml": replace_line(58, b"psychological_state: " + b"Pleurs. " * 2500),
    "long-name.yaml": in_value(18, b"Exemple", b"Exemple" * 40),
    "lesions-10000.yaml": lesions(10000),
    "page-limit.yaml": replace_line(32, b"\n".join([b"  - " + b"J'ai eu peur, il criait fort. " * 300] * 40)),
    # Bytes that are not UTF-8 text, or control characters (the loader: F-ENCODING, at the byte).
    "invalid-utf8.yaml": in_value(18, b"Exemple", b"Ex\xffemple"),
    "latin1.yaml": in_value(11, b"m\xc3\xa9decine", b"m\xe9decine"),
    "nul.yaml": in_value(19, b"Alice", b"Ali\x00ce"),
    "c0-escape.yaml": in_value(58, b"Pleurs", b"\x1b[2JPleurs"),
    "c1-control.yaml": in_value(58, b"Pleurs", b"\xc2\x85Pleurs"),
    "delete.yaml": in_value(9, b"Martin", b"Mar\x7ftin"),
    "cesu-surrogate.yaml": in_value(18, b"Exemple", b"Exemple\xed\xa0\xbd\xed\xb8\x80"),
    "overlong-slash.yaml": in_value(26, b"Lyon", b"Lyon\xc0\xaf"),
    "truncated-sequence.yaml": in_value(64, b"Lyon", b"Lyon\xe2\x80"),
    "above-u10ffff.yaml": in_value(64, b"Lyon", b"Lyon\xf4\x90\x80\x80"),
    "utf16.yaml": b"\xff\xfe" + BASE.decode().encode("utf-16-le"),
    # Characters that would change what the PDF shows, or hide from checks (validate: R-TXT-*).
    "bidi-controls.yaml": with_each(BIDI),
    "invisible-characters.yaml": with_each(INVISIBLE),
    "rpps-arabic-indic-digit.yaml": in_value(12, b'"10000000009"', '"1000000000\u0669"'.encode()),
}

# Templates (to add to a copy of medcert's data): too big, too deep, not UTF-8.
TEMPLATE = b"""template:
  id: hostile.generated
  version: 1
  extends: commun.violences-majeur
profession: {id: hostile, id_en: hostile, label: essai, label_f: essai}
document_kind: attestation_clinique
"""
TEMPLATES = {
    "huge.yaml": TEMPLATE + b"title: Attestation\n" + (b"# " + b"x" * 98 + b"\n") * 11000,
    "nesting.yaml": TEMPLATE + b"title: " + b"[" * 10000 + b"]" * 10000 + b"\n",
    "latin1.yaml": TEMPLATE + b"title: Attestation d\xe9taill\xe9e\n",
}

VALID = {
    # A byte order mark and Windows line ends: the same certificate as base.yaml.
    "bom-crlf.yaml": b"\xef\xbb\xbf" + BASE.replace(b"\n", b"\r\n"),
}


def main():
    out = pathlib.Path(sys.argv[1])
    for folder, cases in (("faulty", FAULTY), ("valid", VALID), ("templates", TEMPLATES)):
        (out / folder).mkdir(parents=True, exist_ok=True)
        for name, content in cases.items():
            (out / folder / name).write_bytes(content)


if __name__ == "__main__":
    main()
