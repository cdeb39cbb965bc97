#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Lesions read back by pdftotext as a magistrate reads them: each size says whose it is. In the long
# example's lesion list, a size after several lesions (a count, a plural type, both sides) says « chacune »,
# « la plus grande », « l'ensemble » or « de chaque côté »; types and adjectives agree with the count;
# eyelids and lips carry upper/lower in the region. The examples of several professions say it too.
source "$(dirname "$0")/lib.sh"

render_text() {  # render_text FINDINGS → the PDF's text on one line
  local out="$WORK/$(basename "$1" .yaml).pdf"
  "$MEDCERT" render "$1" -o "$out" 2>"$WORK/render.err" || { cat "$WORK/render.err" >&2; fail "$1: render failed"; }
  [ -z "$(beyond_notices "$WORK/render.err")" ] || { cat "$WORK/render.err" >&2; fail "$1: render printed errors or warnings"; }
  # Without the page furniture (the running line, then the next page's header) that a page break puts in a list.
  pdf_text "$out" | python3 -c 'import re, sys; print(re.sub(r" (?:Madame|Monsieur) [^,—]*, née? le [^,—]* — examinée? le [^,—]* — page \d+/\d+ .*?RPPS : \d+ ", " ", sys.stdin.read()), end="")'
}

text=$(render_text "$SRC/examples/medecin/long.yaml")
list=${text#*"L’examen clinique met en évidence :"}
list=${list%%"Absence de plaie du cuir chevelu."*}
[ "$list" != "$text" ] || fail "long example: the lesion list is not found"

# One item per line: each lesion opens with its number (« 3. »), the same on the diagram and the photographs.
items=$(printf '%s' "$list" | python3 -c 'import re, sys; print("\n".join(i.strip(" –") for i in re.split(r" \d{1,2}\. ", sys.stdin.read()) if i.strip(" –")))')
count=$(printf '%s\n' "$items" | wc -l)
[ "$count" -eq 12 ] || { printf '%s\n' "$items" >&2; fail "long example: 12 lesion items expected, $count read"; }

numbers='Deux|Trois|Quatre|Cinq|Six|Sept|Huit|Neuf|Dix'
# ambiguous ITEM: succeeds when a size follows several lesions (a count, a plural type, both sides) without
# saying whose it is.
ambiguous() {
  local item=$1 nature=${1%%" au niveau "*}
  printf '%s' "$nature" | grep -Eq "^($numbers) |^[^ ]*[sx]( |$)" || case "$item" in *" des deux "*) ;; *) return 1 ;; esac
  printf '%s' "$item" | grep -q 'mesurant\|sur une zone' || return 1
  printf '%s' "$item" | grep -Eq "(^|, )mesurant [0-9]" && return 0
  ! printf '%s' "$item" | grep -Eq "chacune|chacun|la plus grande|le plus grand|l[’']ensemble|de chaque côté"
}
# The check itself, on sentences medcert used to print and on unambiguous ones.
ambiguous "Trois excoriations au niveau du cou, mesurant 4 × 0,2 cm." || fail "checker: a count missed"
ambiguous "Ecchymose au niveau des deux poignets, mesurant 3 × 1,5 cm." || fail "checker: both sides missed"
ambiguous "Pétéchies au niveau des deux joues, mesurant 3 × 2 cm." || fail "checker: a plural type missed"
! ambiguous "Ecchymose violacée au niveau du bras droit, mesurant 2 cm." || fail "checker: one lesion flagged"
! ambiguous "Deux ecchymoses au niveau du bras, mesurant chacune 2 cm." || fail "checker: « chacune » flagged"

while IFS= read -r item; do
  ! ambiguous "$item" || fail "long example: a size after several lesions does not say whose it is: «$item»"
done <<<"$items"
pass "long example: every size after several lesions or both sides says whose it is"

assert_in_order "$text" \
  "Ecchymose violacée au niveau de la paupière supérieure gauche, mesurant 2 × 1,5 cm." \
  "Pétéchies rouges au niveau des deux joues, sur une zone de 3 × 2 cm de chaque côté" \
  "Trois excoriations linéaires rouges parallèles au niveau de la face latérale gauche du cou, mesurant chacune 4 × 0,2 cm" \
  "Quatre ecchymoses arrondies bleues alignées au niveau de la face latérale droite du cou, selon un axe vertical, la plus grande mesurant 1,5 × 1,2 cm." \
  "Deux érosions cutanées brunes au niveau de la face antérieure des deux genoux, une de chaque côté, mesurant chacune 3 × 2 cm"
case "$text" in *"paupière gauche, paupière"*) fail "long example: the eyelid is said twice" ;; esac
pass "long example: counts, agreement, extent, both sides, the upper eyelid"

text=$(render_text "$SRC/examples/sage-femme/certificat.yaml")
assert_in_order "$text" \
  "Deux ecchymoses en bande rouges au niveau de la face antérieure des deux poignets, une de chaque côté, mesurant chacune 3 × 1,5 cm."
text=$(render_text "$SRC/examples/masseur-kinesitherapeute/constatation.yaml")
assert_in_order "$text" \
  "Quatre ecchymoses ovalaires bleues alignées au niveau de la face interne du bras droit, l’ensemble occupant une zone de 5 × 2 cm"
text=$(render_text "$SRC/examples/medecin/court.yaml")
assert_in_order "$text" \
  "Trois ecchymoses arrondies violacées alignées au niveau de la face interne du bras gauche, mesurant chacune 1,5 × 1 cm."
pass "midwife, physiotherapist, short physician case: both wrists, a group's extent, each of three"
