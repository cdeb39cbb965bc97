#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The committed morphological table, templates/wording/lexique-fr.tsv, is what
# scripts/regenerate-lexicon.sh makes of today's templates and dictionary (docs/lexicon.md): a template
# that names a new lemma must come with its regenerated table. Needs LEXGEN (the built tools/lexgen) and
# SRC; registered only where lexgen is built. Skipped (77) until the table is first committed.
set -euo pipefail
: "${LEXGEN:?LEXGEN must name the lexgen executable}"
: "${SRC:?SRC must name the source tree}"

if [ ! -f "$SRC/templates/wording/lexique-fr.tsv" ]; then
  echo "skip: templates/wording/lexique-fr.tsv does not exist yet (scripts/regenerate-lexicon.sh writes it)"
  exit 77
fi
LEXGEN=$LEXGEN bash "$SRC/scripts/regenerate-lexicon.sh" --check || { echo "FAIL: the lexicon is stale" >&2; exit 1; }
echo "ok: the lexicon is fresh"
