#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerates templates/wording/lexique-fr.tsv, the morphological table of the wording rules
# (docs/lexicon.md): every form, with its analyses, of the lemmas the templates name, from hunspell's
# French dictionary (Debian's hunspell-fr-comprehensive). Run it after changing a template's
# word_classes or the @lemmas of its wording rules, and commit the table with the template.
#
#   scripts/regenerate-lexicon.sh                 write the table
#   scripts/regenerate-lexicon.sh --check         exit 1, with a diff, when the committed table is stale
#   options: --lemmas FILE (this lemma list instead of the templates'), --output FILE (instead of the
#            committed table), --list-lemmas (print the templates' lemmas and stop)
#   environment: LEXGEN (default build/release/tools/lexgen/lexgen), HUNSPELL_AFF, HUNSPELL_DIC
#
# Needs python3, python3-yaml, hunspell-fr-comprehensive, hunspell-tools (unmunch) and a built lexgen.
set -euo pipefail
export LC_ALL=C  # byte order for sort and stable messages: the table must not depend on the machine

root=$(cd "$(dirname "$0")/.." && pwd)
lexgen=${LEXGEN:-$root/build/release/tools/lexgen/lexgen}
aff=${HUNSPELL_AFF:-/usr/share/hunspell/fr.aff}
dic=${HUNSPELL_DIC:-/usr/share/hunspell/fr.dic}
table=$root/templates/wording/lexique-fr.tsv
check=false list=false lemma_file=""

usage() { echo "usage: $0 [--check] [--lemmas FILE] [--output FILE] [--list-lemmas]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case $1 in
    --check) check=true ;;
    --list-lemmas) list=true ;;
    --lemmas) [ $# -ge 2 ] || usage; lemma_file=$2; shift ;;
    --output) [ $# -ge 2 ] || usage; table=$2; shift ;;
    *) usage ;;
  esac
  shift
done

die() { echo "regenerate-lexicon.sh: $*" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# (a) The lemmas: the single words of every word_classes list (not "=form" literals, not several words),
# and every @lemma of the wording rules' tokens and unless patterns.
if [ -n "$lemma_file" ]; then
  [ -r "$lemma_file" ] || die "cannot read $lemma_file"
  sed 's/^[[:space:]]*//; s/[[:space:]]*$//' "$lemma_file" | { grep -v '^\(#\|$\)' || true; } | sort -u >"$work/lemmas.txt"
else
  python3 - "$root/templates" >"$work/lemmas.txt" <<'PY'
import pathlib, sys
import yaml

def strings(value):
    """The strings of a YAML value that may be one string or a list of them."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []

def pattern_lemmas(pattern):
    # "<possessif> @enfant|@famille !~9", "@créer:ppas", "mot?": elements are space-separated, an element
    # may be negated (!), optional (?), an alternation (a|@b|<c>); "@lemma:tag" names a lemma.
    for element in pattern.split():
        for alternative in element.split("|"):
            alternative = alternative.lstrip("!").rstrip("?")
            if alternative.startswith("@"):
                lemma = alternative[1:].split(":", 1)[0]
                if lemma:
                    yield lemma

lemmas = set()
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.y*ml")):
    # BaseLoader: every scalar a string, as the template loader reads it ("on", "no" stay words).
    with open(path, encoding="utf-8") as f:
        document = yaml.load(f, Loader=yaml.BaseLoader)
    if not isinstance(document, dict):
        continue
    classes = document.get("word_classes")
    if isinstance(classes, dict):
        for entries in classes.values():
            for entry in strings(entries):
                # One word as the run time cuts words (letters and digits): "beau-père", "l'homme" and
                # "mis en cause" are compared word by word, "=pas" is a literal form.
                if not entry.startswith("=") and entry.isalnum():
                    lemmas.add(entry)
    # The wording rules and the danger prompts write the same patterns.
    rules = [rule for key in ("wording", "danger") if isinstance(document.get(key), list) for rule in document[key]]
    if rules:
        for rule in rules:
            if isinstance(rule, dict):
                for key in ("tokens", "unless"):
                    for pattern in strings(rule.get(key)):
                        lemmas.update(pattern_lemmas(pattern))
for lemma in sorted(lemmas):
    print(lemma)
PY
fi
if $list; then cat "$work/lemmas.txt"; exit 0; fi
[ -s "$work/lemmas.txt" ] || die "no lemma found"

[ -x "$lexgen" ] || die "no lexgen at $lexgen: build it (cmake --build build/release --target lexgen) or set LEXGEN"
if [ ! -r "$dic" ] || [ ! -r "$aff" ]; then die "no French dictionary at $dic: install hunspell-fr-comprehensive"; fi
command -v unmunch >/dev/null || die "no unmunch: install hunspell-tools"
version=$(dpkg-query -W -f='${Version}' hunspell-fr-comprehensive 2>/dev/null) ||
  die "hunspell-fr-comprehensive is not installed (dpkg-query)"

# (b) The candidate forms: the dictionary's lines for these lemmas (by their word, or by an explicit st:
# field, "aux … st:au"), expanded by unmunch, plus the lemmas themselves. unmunch misreads part of the
# affix file (FLAG long) and prints some non-words: lexgen keeps only what hunspell analyses.
python3 - "$dic" "$work/lemmas.txt" >"$work/mini.dic" <<'PY'
import re, sys

lemmas = set(open(sys.argv[2], encoding="utf-8").read().split("\n")) - {""}
stem_of = re.compile(r"^([^/\s]+)")
st_of = re.compile(r"(?:^|\s)st:(\S+)")
with open(sys.argv[1], encoding="utf-8") as f:
    lines = f.read().split("\n")[1:]  # the first line is the count
entries = []
for line in lines:
    stem = stem_of.match(line)
    if stem:
        st = st_of.search(line)
        entries.append((line, stem.group(1), st.group(1) if st else None))

def selected(keys):
    return [line for line, stem, st in entries if stem in keys or st in keys]

chosen = selected(lemmas)
# A lemma written in another case than the dictionary's ("itt", "ITT"): its entries in any case.
found = {stem for _, stem, _ in entries if stem in lemmas} | {st for _, _, st in entries if st in lemmas}
missing = {lemma.casefold() for lemma in lemmas - found}
chosen += [line for line, stem, st in entries
           if stem not in lemmas and st not in lemmas
           and (stem.casefold() in missing or (st is not None and st.casefold() in missing))]
print(len(chosen))
for line in chosen:
    print(line)
PY
{
  if [ "$(head -n1 "$work/mini.dic")" != 0 ]; then
    unmunch "$work/mini.dic" "$aff" 2>/dev/null | sed 's#/.*##' || die "unmunch failed"
    tail -n +2 "$work/mini.dic" | sed 's#[/[:space:]].*##'
  fi
  cat "$work/lemmas.txt"
} | grep -v '^$' | sort -u >"$work/forms.txt"

# (c) The analyses, (d) the table.
"$lexgen" --aff "$aff" --dic "$dic" --lemmas "$work/lemmas.txt" \
  --comment "generated by scripts/regenerate-lexicon.sh from hunspell-fr-comprehensive $version — do not edit" \
  --comment "Derived from the Dicollecte French dictionary (Grammalecte, Dicollecte contributors): subject to the" \
  --comment "terms of the Mozilla Public License, v. 2.0, https://mozilla.org/MPL/2.0/ (docs/lexicon.md)." \
  <"$work/forms.txt" >"$work/table.tsv" || die "lexgen failed"

if $check; then
  if [ ! -f "$table" ]; then
    echo "regenerate-lexicon.sh: ${table#"$root"/} is missing: run scripts/regenerate-lexicon.sh" >&2
    exit 1
  fi
  if ! diff -u "$table" "$work/table.tsv" >"$work/diff"; then
    head -n 200 "$work/diff"
    echo "regenerate-lexicon.sh: ${table#"$root"/} is stale: run scripts/regenerate-lexicon.sh and commit it" >&2
    exit 1
  fi
  echo "${table#"$root"/} is up to date ($(grep -vc '^#' "$table") lines)"
  exit 0
fi
mkdir -p "$(dirname "$table")"
mv "$work/table.tsv" "$table.tmp.$$" && mv "$table.tmp.$$" "$table"
echo "wrote ${table#"$root"/}: $(grep -vc '^#' "$table") lines from $(wc -l <"$work/lemmas.txt") lemmas"
