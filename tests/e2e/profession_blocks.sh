#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The blocks only some professions have (docs/professions.md), read back from the PDFs by pdftotext: the
# pregnancy and its term in the midwife's and the physician's certificates, the dentist's reservations as
# the conclusion, the reason for care of the physiotherapist and the podiatrist; the dentist's document,
# wanted signed by hand, signed with the R.4127-229 warning; each block refused in another profession's
# findings, and the new rules' faulty examples, with rule id, file:line:column, a non-zero exit and no PDF.
# The template's words come with typographic apostrophes (’), the professional's as written.
source "$(dirname "$0")/lib.sh"

render_text() {  # render_text FINDINGS NAME: renders with no diagnostic at all, prints the text on one line
  expect_exit 0 "$MEDCERT" render "$1" -o "$WORK/$2.pdf"
  [ -z "$(beyond_notices "$WORK/err")" ] || fail "$2: errors or warnings on a good case: $(cat "$WORK/err")"
  qpdf --check "$WORK/$2.pdf" >/dev/null || fail "$2: qpdf --check fails"
  pdf_text "$WORK/$2.pdf"
}

# --- the midwife: the term « 24 SA + 3 j », no-break spaces inside it ------------------------------------
text=$(render_text "$SRC/examples/sage-femme/certificat.yaml" sage-femme)
assert_in_order "$text" "Grossesse" "Grossesse en cours : terme de 24 SA + 3 j, établi d’après l’échographie de datation." \
  "Selon ses déclarations, elle perçoit les mouvements actifs fœtaux." "Les bruits du cœur fœtal sont entendus au Doppler fœtal." \
  "Hauteur utérine de 23 cm" "Examen clinique"
# pdftotext folds no-break spaces into spaces: read the content streams (UTF-16 hex, as certificate_text.sh).
qpdf --qdf --object-streams=disable "$WORK/sage-femme.pdf" "$WORK/qdf.pdf"
streams=$(grep -a ' Tj$' "$WORK/qdf.pdf" | tr 'A-F' 'a-f' | tr -d '<> \n')
grep -q '0032003400a00053004100a0002b00a0003300a0006a' <<<"$streams" ||
  fail "the term is not « 24 SA + 3 j » with no-break spaces"
pass "midwife: « Grossesse en cours : terme de 24 SA + 3 j », fetal movements and heart, before the findings"

# --- the physician: the same block, a term she declares --------------------------------------------------
cp "$SRC/examples/medecin/court.yaml" "$WORK/medecin.yaml"
printf 'pregnancy: {term_weeks: 24, term_basis: declaration, fetal_heart: non_recherches}\n' >>"$WORK/medecin.yaml"
text=$(render_text "$WORK/medecin.yaml" medecin)
assert_in_order "$text" "Grossesse" "Selon ses déclarations, elle est enceinte de 24 SA." "Les bruits du cœur fœtal n’ont pas été recherchés."
case "$text" in *"24 SA +"*) fail "a term without days printed « + » : $text" ;; esac
pass "physician: « Selon ses déclarations, elle est enceinte de 24 SA » (a declared term is reported, never asserted)"

# --- the dentist: the prior dental state, the emergency care, the reservations as the conclusion ---------
text=$(render_text "$SRC/examples/chirurgien-dentiste/certificat.yaml" dentiste)
assert_in_order "$text" "État bucco-dentaire antérieur" "À ma connaissance : dents 11 et 21 sans restauration" \
  "Soins d’urgence et prescriptions" "Soins prodigués en urgence : repositionnement et contention souple" \
  "Conclusion et réserves" \
  "Sous réserve de l’évolution de la vitalité pulpaire de la dent 11 (incisive centrale supérieure droite) ; test de vitalité à renouveler à un mois et à trois mois." \
  "Sous réserve du maintien sur l’arcade de la dent 11 (incisive centrale supérieure droite)." \
  "Sous réserve de l’évolution de la vitalité pulpaire de la dent 21 (incisive centrale supérieure gauche)." \
  "Certificat établi le"
pass "dentist: prior dental state, emergency care, then the reservations on each tooth as the conclusion"

# --- the physiotherapist and the podiatrist: the reason for care, the prior state ------------------------
text=$(render_text "$SRC/examples/masseur-kinesitherapeute/constatation.yaml" kine)
assert_in_order "$text" "Motif de la prise en charge" "Rééducation de l'épaule droite depuis le 2 octobre 2026" \
  "État antérieur" "À ma connaissance : à la séance du 13 novembre 2026" \
  "Limitation de l’amplitude articulaire" "en majoration par rapport aux séances antérieures aux faits déclarés."
pass "physiotherapist: the reason for care, the prior state, the limitation compared with earlier sessions"
text=$(render_text "$SRC/examples/pedicure-podologue/attestation.yaml" podologue)
assert_in_order "$text" "Motif de la prise en charge" "Soins de pédicurie tous les deux mois" "État antérieur"
pass "podiatrist: the reason for care and the prior state"

# --- signing the dentist's document warns, citing R.4127-229; the physician's does not -------------------
pki="$WORK/pki"
bash "$SRC/tests/e2e/make_test_pki.sh" "$pki" >/dev/null
key=(--p12 "$pki/signer.p12" --password-file "$pki/password")
expect_exit 0 "$MEDCERT" sign "$WORK/dentiste.pdf" -o "$WORK/dentiste-signed.pdf" "${key[@]}"
grep -q "R-CD-4" "$WORK/err" && grep -q "R.4127-229" "$WORK/err" && grep -q "manuscrite" "$WORK/err" ||
  fail "sign on a dentist's PDF: no R.4127-229 warning: $(cat "$WORK/err")"
pdfsig "$WORK/dentiste-signed.pdf" 2>&1 | grep -q "Signature is Valid" || fail "the dentist's PDF is not validly signed"
expect_exit 0 "$MEDCERT" sign "$WORK/medecin.pdf" -o "$WORK/medecin-signed.pdf" "${key[@]}"
! grep -q "R-CD-4" "$WORK/err" || fail "sign on a physician's PDF warns R-CD-4: $(cat "$WORK/err")"
pass "sign: a dentist's document is signed with the R.4127-229 warning (R-CD-4); a physician's without"

# --- refused or faulty: rule id, file:line:column, exit 1, no PDF ---------------------------------------
refused() {  # refused FINDINGS RULE LINE:COLUMN
  rm -f "$WORK/refused.pdf"
  expect_exit 1 "$MEDCERT" render "$1" -o "$WORK/refused.pdf"
  grep -q "$(basename "$1"):$3.*$2\|$2.*$(basename "$1"):$3" "$WORK/err" ||
    fail "$(basename "$1"): no $2 at $3: $(cat "$WORK/err")"
  [ ! -e "$WORK/refused.pdf" ] || fail "$(basename "$1"): a PDF was written"
}
cp "$SRC/examples/infirmier/attestation.yaml" "$WORK/infirmier-grossesse.yaml"
line=$(($(wc -l <"$WORK/infirmier-grossesse.yaml") + 2))
printf 'pregnancy:\n  term_weeks: 24\n' >>"$WORK/infirmier-grossesse.yaml"
refused "$WORK/infirmier-grossesse.yaml" R-SC-2 "$line:3"
refused "$SRC/examples/sage-femme/faulty/terme.yaml" R-SF-1 "$(grep -n 'term_weeks' "$SRC/examples/sage-femme/faulty/terme.yaml" | cut -d: -f1):15"
pass "refused: a pregnancy in a nurse's findings (R-SC-2), a term of 54 SA (R-SF-1), each at its line and column"
for faulty in chirurgien-dentiste/faulty/itt-sans-reserve masseur-kinesitherapeute/faulty/limitation-anterieure; do
  expect_exit "$(expectation "$SRC/examples/$faulty.yaml" | sed 's/.*exit=//')" "$MEDCERT" check "$SRC/examples/$faulty.yaml"
done
expect_exit 1 "$MEDCERT" check "$SRC/examples/chirurgien-dentiste/faulty/itt-sans-reserve.yaml"
grep -q "R-ITT-1" "$WORK/out" || fail "a dentist's ITT is not refused: $(cat "$WORK/out")"
! grep -qi "seul un médecin" "$WORK/out" || fail "R-ITT-1 claims only a physician may state an ITT: $(cat "$WORK/out")"
grep -q "R-CD-2" "$WORK/out" || fail "a dentist's tooth without reservation: no R-CD-2"
expect_exit 0 "$MEDCERT" check "$SRC/examples/masseur-kinesitherapeute/faulty/limitation-anterieure.yaml"
grep -q "R-AN-2" "$WORK/out" || fail "a limitation of the treated shoulder: no R-AN-2: $(cat "$WORK/out")"
pass "faulty: a dentist's ITT refused without claiming physicians only (R-ITT-1), a tooth without reservation (R-CD-2), a limitation of the treated region (R-AN-2)"
