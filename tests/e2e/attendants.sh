#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# An interpreter and a legal representative, as a magistrate reads the PDF (pdftotext): the words said
# gathered through the interpreter before the first quoted words; the interpreter's link to the person;
# the representative's protection measure agreeing with the civility; under curatelle, the certificate
# handed to the person herself; the faulty cases refused (or warned) at their file:line:column.
source "$(dirname "$0")/lib.sh"

render_text() {  # render_text FINDINGS → the PDF's text on one line
  local out="$WORK/$(basename "$1" .yaml).pdf"
  "$MEDCERT" render "$1" -o "$out" --force 2>"$WORK/err" || { cat "$WORK/err" >&2; fail "$(basename "$1"): render failed"; }
  pdf_text "$out"
}

# before TEXT FIRST SECOND: FIRST occurs in TEXT, and before any SECOND.
before() {
  case "$1" in *"$2"*) ;; *) fail "not found: «$2»" ;; esac
  local head=${1%%"$2"*}
  case "$head" in *"$3"*) fail "«$3» occurs before «$2»" ;; esac
}

statement="Les propos de la personne examinée rapportés ci-après ont été recueillis par l’intermédiaire de"

# A professional interpreter: present, and the person's words said gathered through him before any « ».
text=$(render_text "$SRC/examples/medecin/long.yaml")
[ -z "$(beyond_notices "$WORK/err")" ] || { cat "$WORK/err" >&2; fail "long.yaml: errors or warnings printed"; }
presence="Cet examen a nécessité la présence de Monsieur Karim BENEXEMPLE, interprète professionnel en langue arabe."
assert_in_order "$text" "$presence" "$statement Monsieur Karim BENEXEMPLE, interprète professionnel en langue arabe." \
  "Selon ses déclarations" "Elle déclare :" "« Il est rentré vers onze heures et demie"
before "$text" "$statement" "«"
pass "professional interpreter: presence, then the words gathered through him before the first quoted words"

# A communication assistant (feminine) and a curator (masculine): each agrees; the person receives it.
text=$(render_text "$SRC/examples/infirmier/curatelle.yaml")
[ -z "$(beyond_notices "$WORK/err")" ] || { cat "$WORK/err" >&2; fail "curatelle.yaml: errors or warnings printed"; }
assert_in_order "$text" \
  "La personne examinée était accompagnée de son curateur, Monsieur Henri FICTIF, présent lors de l’examen." \
  "Cet examen a nécessité la présence de Madame Inès EXEMPLAIRE, assistante de communication en langue des signes française (LSF)." \
  "$statement Madame Inès EXEMPLAIRE, assistante de communication" \
  "« On m'a attrapé le poignet" \
  "Attestation établie le 20 novembre 2026, à 11 h 10, à Lyon, à la demande de l’intéressée et remise en main propre à la personne examinée elle-même."
before "$text" "$statement" "«"
case "$text" in *"remise en main propre à son curateur"*) fail "curatelle: handed to the curator" ;; esac
pass "curatelle: « son curateur » present, the attestation handed to the person herself"

# A tutor (feminine) receives it, confirmed not implicated.
text=$(render_text "$SRC/examples/medecin/tutelle.yaml")
[ -z "$(beyond_notices "$WORK/err")" ] || { cat "$WORK/err" >&2; fail "tutelle.yaml: errors or warnings printed"; }
assert_in_order "$text" \
  "La personne examinée était accompagnée de sa tutrice, Madame Sophie FICTIVE, présente lors de l’examen." \
  "à la demande de l’intéressé et remis en main propre à sa tutrice, Madame Sophie FICTIVE."
pass "tutelle: « sa tutrice » present and receiving the certificate"

# Every measure, in both genders and without a gender: the printed form agrees with the civility.
check_role() {  # check_role ROLE CIVILITY TITLE EXPECTED
  sed -e "s/^    role: tutelle$/    role: $1/" -e "/^  legal_representative:/,/^facts:/s/^    civility: madame$/    civility: $2/" \
    "$SRC/examples/medecin/tutelle.yaml" >"$WORK/role.yaml"
  text=$(render_text "$WORK/role.yaml")
  assert_in_order "$text" "accompagnée de $4, $3Sophie FICTIVE, présent"
}
check_role tutelle monsieur "Monsieur " "son tuteur"
check_role tutelle neutre "" "son tuteur ou sa tutrice"
check_role habilitation_representation madame "Madame " "sa représentante au titre d’une habilitation familiale"
check_role habilitation_representation monsieur "Monsieur " "son représentant au titre d’une habilitation familiale"
check_role mandat_protection_future madame "Madame " "sa mandataire de protection future"
check_role mandat_protection_future monsieur "Monsieur " "son mandataire de protection future"
pass "each measure printed in the representative's gender"

# The partner as interpreter: a warning at the link (exit 0, per the convention), the link printed.
faulty=$SRC/examples/medecin/faulty/interprete-conjoint.yaml
expect_exit 0 "$MEDCERT" render "$faulty" -o "$WORK/conjoint.pdf"
grep -qaF "interprete-conjoint.yaml:36:11" "$WORK/err" || { cat "$WORK/err" >&2; fail "conjoint: no file:line:column"; }
grep -qaF "[R-IN-1]" "$WORK/err" || { cat "$WORK/err" >&2; fail "conjoint: no R-IN-1"; }
text=$(pdf_text "$WORK/conjoint.pdf")
assert_in_order "$text" \
  "Cet examen a nécessité la présence de Monsieur Karim FICTIF, conjoint ou partenaire de la personne examinée, interprète non professionnel en langue arabe." \
  "$statement Monsieur Karim FICTIF, conjoint ou partenaire de la personne examinée, interprète non professionnel en langue arabe." \
  "« J'ai été poussée"
before "$text" "$statement" "«"
# Every link said to be a partner's or a relative's warns; the others do not.
for link in conjoint ex_conjoint famille aucun ami autre; do
  sed "s/^    link: conjoint$/    link: $link/" "$faulty" >"$WORK/link.yaml"
  set +e; "$MEDCERT" check "$WORK/link.yaml" >"$WORK/out" 2>&1; set -e
  case $link in
    conjoint|ex_conjoint|famille) grep -qaF "[R-IN-1]" "$WORK/out" || fail "link $link: no R-IN-1" ;;
    *) ! grep -qaF "[R-IN-1]" "$WORK/out" || fail "link $link: R-IN-1" ;;
  esac
done
pass "interpreter who is the partner: R-IN-1 at 36:11, the link printed, the PDF written"

# Refused: no PDF, the rule at the recipient's file:line:column.
refused() {  # refused FILE RULE LINE:COLUMN
  rm -f "$WORK/refused.pdf"
  expect_exit 1 "$MEDCERT" render "$1" -o "$WORK/refused.pdf"
  grep -qaF "$(basename "$1"):$3" "$WORK/err" || { cat "$WORK/err" >&2; fail "$(basename "$1"): not at $3"; }
  grep -qaF "[$2]" "$WORK/err" || { cat "$WORK/err" >&2; fail "$(basename "$1"): no $2"; }
  [ ! -e "$WORK/refused.pdf" ] || fail "$(basename "$1"): a PDF was written"
}
refused "$SRC/examples/medecin/faulty/representant-non-confirme.yaml" R-DL-5 72:14
refused "$SRC/examples/infirmier/faulty/remise-curatelle.yaml" R-DL-6 62:14
pass "representative not confirmed uninvolved, curator receiving: refused at the recipient, no PDF"
