#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Pages that cannot be swapped, read back page by page with pdftotext -f N -l N:
# - every page of the long example names the person, her birth date, the examination date and « page N/M »;
#   every page of every example names the person and its number;
# - no page of any example holds only the closing and the signature: the page that carries the closing
#   has body text above it (for the physician's long example, the conclusion and its ITT).
source "$(dirname "$0")/lib.sh"

# The text of page N of a PDF, one line per printed line, no-break spaces folded, blank lines dropped.
page_text() {
  pdftotext -f "$2" -l "$2" -enc UTF-8 "$1" - 2>/dev/null | sed 's/\xc2\xa0/ /g; s/\xe2\x80\xaf/ /g' |
    grep -v '^[[:space:]]*$' || true
}

page_count() {
  pdfinfo "$1" | awk '/^Pages:/ { print $2 }'
}

render() {
  local example=$1 out=$2
  "$MEDCERT" render "$example" -o "$out" 2>"$WORK/render.err" ||
    { cat "$WORK/render.err" >&2; fail "$example: render failed"; }
}

# --- every page of the long example names the person ------------------------------------------------------
long="$WORK/long.pdf"
render "$SRC/examples/medecin/long.yaml" "$long"
pages=$(page_count "$long")
[ "$pages" -ge 2 ] || fail "the long example fits on $pages page: nothing to prove about later pages"
for ((n = 1; n <= pages; n++)); do
  text=$(page_text "$long" "$n" | tr '\n' ' ' | tr -s ' ')
  # Her identity was only declared: the running line says so, as the body does (« déclare se nommer »).
  for phrase in "Madame Leïla Nour EXEMPLAIRE (identité déclarée), née le 3 février 1987" \
    "examinée le 19 novembre 2026" "page $n/$pages"; do
    case "$text" in
      *"$phrase"*) ;;
      *) fail "long example, page $n/$pages: «$phrase» is missing" ;;
    esac
  done
done
pass "every page of the long example ($pages pages) names the person (identity declared, said so), her birth date, the examination date, page N/M"
render "$SRC/examples/medecin/court.yaml" "$WORK/court.pdf"
court=$(page_text "$WORK/court.pdf" 1 | tr '\n' ' ' | tr -s ' ')
case "$court" in
  *"Madame Alice EXEMPLE, née le 12 avril 1990"*) ;;
  *) fail "a verified identity: the running line names the person without a mention" ;;
esac
pass "a verified identity is named in the running line without « identité déclarée »"

# The physician's signature keeps the conclusion (its ITT) on its page.
last=$(page_text "$long" "$pages" | tr '\n' ' ' | tr -s ' ')
assert_in_order "$last" "Conclusion" "L’incapacité totale de travail" "Certificat établi le" "Docteur Paul Durand"
pass "the long example's last page holds the conclusion, the closing and the signature, in that order"

# --- no page holds only the closing and the signature -----------------------------------------------------
shopt -s nullglob
examples=("$SRC"/examples/*/*.yaml)
[ ${#examples[@]} -ge 8 ] || fail "expected at least eight good examples in $SRC/examples/<profession>/"
multi=0
for example in "${examples[@]}"; do
  name=$(basename "$(dirname "$example")")-$(basename "$example" .yaml)
  out="$WORK/$name.pdf"
  render "$example" "$out"
  pages=$(page_count "$out")
  # Page numbers aside, the header (the author) and the running line are the same on every page: what a
  # page has beyond what it shares with page 1 at its top and its foot is its body.
  # The family name, in capitals as the certificate prints it.
  family=$(python3 -c 'import sys, yaml; print(str(yaml.safe_load(open(sys.argv[1]))["patient"]["family_name"]).upper())' \
    "$example")
  for ((n = 1; n <= pages; n++)); do
    text=$(page_text "$out" "$n" | tr '\n' ' ' | tr -s ' ')
    case "$text" in *"$family"*"page $n/$pages"*) ;; *) fail "$name: page $n/$pages does not name $family" ;; esac
    page_text "$out" "$n" | sed -E 's#page [0-9]+/[0-9]+#page N/M#' >"$WORK/$name.$n"
  done
  closing_page=0
  for ((n = 1; n <= pages; n++)); do
    grep -qE '(établi|établie) le ' "$WORK/$name.$n" && closing_page=$n
  done
  [ "$closing_page" -gt 0 ] || fail "$name: no page carries the closing (« … établi(e) le … »)"
  if [ "$closing_page" -gt 1 ]; then
    multi=$((multi + 1))
    above=$(python3 - "$WORK/$name.1" "$WORK/$name.$closing_page" <<'PY'
import re, sys
first, page = (open(p, encoding="utf-8").read().splitlines() for p in sys.argv[1:3])
top = 0
while top < min(len(first), len(page)) and first[top] == page[top]:
    top += 1
foot = 0
while foot < min(len(first), len(page)) - top and first[-1 - foot] == page[-1 - foot]:
    foot += 1
body = page[top:len(page) - foot]
closing = next(i for i, line in enumerate(body) if re.search(r"(établi|établie) le ", line))
print(closing)
PY
)
    [ "$above" -gt 0 ] || fail "$name: page $closing_page/$pages holds only the closing and the signature"
  fi
  pass "$name: every page names $family; the closing's page ($closing_page/$pages) has body text above it"
done
[ "$multi" -ge 1 ] || fail "no example puts its closing after page 1: nothing was tested"
