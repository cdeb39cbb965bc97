#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Nothing silent (issue 14): the "silent" case prints each explicit statement the professional chose; the
# same case without its statements is reported section by section (an error for the physician's missing
# psychological state, which refuses the PDF; warnings otherwise, a nurse's included); and no PDF of any
# example asserts violence in the author's voice in its titles or fixed sentences. Read back by pdftotext.
source "$(dirname "$0")/lib.sh"

# 1. The statements, in the order of the sections.
"$MEDCERT" render "$SRC/examples/medecin/sans-declaration.yaml" -o "$WORK/silent.pdf" 2>"$WORK/err" ||
  { cat "$WORK/err" >&2; fail "sans-declaration.yaml: render failed"; }
[ ! -s "$WORK/err" ] || { cat "$WORK/err" >&2; fail "sans-declaration.yaml: diagnostics on a good example"; }
text=$(pdf_text "$WORK/silent.pdf")
assert_in_order "$text" \
  "Personne majeure déclarant avoir subi des violences" \
  "Déclarations" "Elle n’a pas souhaité relater les faits." \
  "Doléances" "Elle n’exprime aucune doléance." \
  "État antérieur" "Selon ses déclarations : asthme traité au long cours." \
  "Aucune lésion visible n’est constatée à l’examen des régions suivantes : le cuir chevelu, le visage" \
  "Une partie de l’examen n’a pas été pratiquée, la personne examinée ne l’ayant pas souhaité : la région génitale." \
  "État psychique et comportement" "L’état psychique n’a pas pu être apprécié lors de cet examen." \
  "Soins" "Soins prodigués en urgence : surveillance clinique pendant deux heures." \
  "Retentissement fonctionnel" \
  "Aucun retentissement fonctionnel sur les actes de la vie courante n’est décrit ni constaté." \
  "Conclusion" \
  "L’incapacité totale de travail (ITT) ne peut être fixée ce jour (la personne n'ayant pas souhaité relater les faits ni décrire de gêne) ; elle le sera à l'issue d'un nouvel examen"
case "$text" in *"à compter de la date des faits"*) fail "an ITT not determined has no reference point" ;; esac
pass "the silent case prints every explicit statement, section by section"

# 2. The same case without its statements: each silent section is reported, the physician's psychological
#    state as an error, and render refuses (no file).
json=$("$MEDCERT" check "$SRC/examples/medecin/faulty/silencieux.yaml" --format json || true)
for want in "R-SI-1 warning" "R-SI-2 warning" "R-SI-3 warning" "R-SI-4 error" "R-SI-5 warning" "R-SI-6 warning" \
  "R-SI-8 warning" "R-AN-1 warning"; do
  jq -r '.diagnostics[] | "\(.rule) \(.severity)"' <<<"$json" | grep -qx "$want" || fail "silencieux.yaml: no «$want»"
done
[ "$(jq '[.diagnostics[] | select(.severity == "error")] | length' <<<"$json")" = 1 ] || fail "silencieux.yaml: one error expected"
jq -r '.diagnostics[] | select(.rule == "R-SI-4") | .message' <<<"$json" | grep -q "État psychique et comportement" ||
  fail "R-SI-4 does not name the section by its heading"
expect_exit 1 "$MEDCERT" render "$SRC/examples/medecin/faulty/silencieux.yaml" -o "$WORK/refused.pdf"
[ ! -e "$WORK/refused.pdf" ] || fail "render wrote a PDF for a certificate without a psychological assessment"
pass "without its statements: warnings, an error for the physician's psychological state, render refused"

# 3. For a nurse, the same omission is a warning: the attestation is produced.
nurse="$SRC/examples/infirmier/faulty/sans-etat-psychique.yaml"
json=$("$MEDCERT" check "$nurse" --format json)
[ "$(jq -r '[.diagnostics[] | "\(.rule) \(.severity)"] | join(",")' <<<"$json")" = "R-SI-4 warning" ] ||
  fail "sans-etat-psychique.yaml: expected one R-SI-4 warning, got $json"
"$MEDCERT" render "$nurse" -o "$WORK/nurse.pdf" 2>/dev/null || fail "a warning refused the nurse's attestation"
pass "a nurse's missing psychological state: a warning, the attestation rendered"

# 4. No example's PDF asserts violence in the author's voice: not the old subtitle, nor a title naming the
#    violence and its target, nor "victime" as the author's word for the person.
for example in "$SRC"/examples/*/*.yaml; do
  out="$WORK/$(basename "$(dirname "$example")")-$(basename "$example" .yaml).pdf"
  "$MEDCERT" render "$example" -o "$out" 2>/dev/null || fail "$example: render failed"
  text=$(pdf_text "$out")
  grep -qiE "violences? (sur|envers|contre) (une |la |les )?personnes? majeures?|agression (sur|d['’]une?) (personne|femme)|(^| )(la|une) victime " <<<"$text" &&
    fail "$(basename "$example"): a sentence asserts violence in the author's voice"
  case "$text" in
    *"Personne majeure déclarant avoir subi des violences"* | *"Personne mineure — violences déclarées par elle ou rapportées par un tiers"* | \
      *"Personne mineure — article 226-14 du code pénal"* | *"Personne mineure — transmise à la cellule départementale"*) ;;
    *) fail "$(basename "$example"): no neutral subtitle" ;;
  esac
done
pass "no example's PDF asserts violence in the author's voice; each carries the neutral subtitle (an adult's, a minor's)"
