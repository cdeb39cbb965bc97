#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Every profession's document, end to end: its good example renders, qpdf finds the PDF sound, and
# pdftotext shows the profession's title, engagement formula and closing formula — and no ITT sentence
# where the profession states none. `medcert new` gives each profession a skeleton that renders with no error
# or warning (the midwife's pregnancy is a danger prompt, a notice), in French or English ids. A seventh profession is one YAML file: no code.
source "$(dirname "$0")/lib.sh"

render_text() {  # render_text FINDINGS NAME → the PDF's text on one line
  "$MEDCERT" render "$1" -o "$WORK/$2.pdf" 2>"$WORK/$2.err" || { cat "$WORK/$2.err" >&2; fail "$2: render failed"; }
  [ -z "$(beyond_notices "$WORK/$2.err")" ] || { cat "$WORK/$2.err" >&2; fail "$2: errors or warnings printed"; }
  qpdf --check "$WORK/$2.pdf" >"$WORK/$2.qpdf" 2>&1 || { cat "$WORK/$2.qpdf" >&2; fail "$2: qpdf --check"; }
  pdf_text "$WORK/$2.pdf"
}

no_itt() {  # no_itt TEXT NAME
  case "$1" in *"incapacité totale de travail"* | *"(ITT)"*) fail "$2: an ITT sentence where the profession states none" ;; esac
}

# example | title | engagement formula | closing formula | itt (yes: the sentence must be there; deferred: the
# physician says it cannot be fixed today)
while IFS='|' read -r example title engagement closing itt; do
  name=$(tr / - <<<"${example%.yaml}")
  text=$(render_text "$SRC/examples/$example" "$name")
  assert_in_order "$text" "$title" "Personne majeure déclarant avoir subi des violences" "$engagement" "$closing"
  if [ "$itt" = yes ]; then
    assert_in_order "$text" "L’incapacité totale de travail (ITT) est de" "sous réserve de complications." "$closing"
  elif [ "$itt" = deferred ]; then
    assert_in_order "$text" "L’incapacité totale de travail (ITT) ne peut être fixée ce jour" "$closing"
  else
    no_itt "$text" "$name"
  fi
  pass "$name: rendered, qpdf clean; title, « $engagement », closing formula${itt:+, ITT}"
done <<'TABLE'
medecin/court.yaml|Certificat médical initial|Je soussignée, Docteur Claire Martin, médecin, certifie avoir examiné|Certificat établi le 20 novembre 2026, à 10 h 50, à Lyon, à la demande de l’intéressée et remis en main propre.|yes
medecin/requisition.yaml|Certificat médical initial|médecin, certifie avoir examiné|sur réquisition (Commissariat de police de Lyon|deferred
infirmier/attestation.yaml|Attestation clinique infirmière|Je soussignée, Sophie Lambert, infirmière, atteste avoir examiné|Attestation établie le 20 novembre 2026, à 9 h 40, à Lyon, à la demande de l’intéressée et remise en main propre.|
masseur-kinesitherapeute/constatation.yaml|Certificat de constatation|Je soussigné, Marc Exemple, masseur-kinésithérapeute, certifie avoir examiné|Certificat établi le 20 novembre 2026, à 18 h 15, à Lyon, à la demande de l’intéressée et remis en main propre.|
pedicure-podologue/attestation.yaml|Attestation clinique|Je soussignée, Hélène Exemple, pédicure-podologue, atteste avoir examiné|Attestation établie le 20 novembre 2026, à 11 h 30, à Lyon, à la demande de l’intéressée et remise en main propre.|
sage-femme/certificat.yaml|Certificat médical descriptif|Je soussignée, Anne Exemple, sage-femme, certifie avoir examiné|Certificat établi le 20 novembre 2026, à 10 h 45, à Lyon, à la demande de l’intéressée et remis en main propre.|
chirurgien-dentiste/certificat.yaml|Certificat médical initial|Je soussigné, Docteur Julien Exemple, chirurgien-dentiste, certifie avoir examiné|Certificat établi le 20 novembre 2026, à 16 h 50, à Lyon, à la demande de l’intéressé et remis en main propre.|
TABLE

# The dentist's findings name each tooth by its FDI number, in words too.
text=$(pdf_text "$WORK/chirurgien-dentiste-certificat.pdf")
assert_in_order "$text" "Examen bucco-dentaire" "Fracture coronaire de la dent 21 (incisive centrale supérieure gauche)" \
  "Luxation latérale de la dent 11 (incisive centrale supérieure droite)"
pass "dentist: teeth by FDI number and name"

# Each profession's skeleton, by its French and English ids, checks and renders with no diagnostic.
for ids in medecin:physician infirmier:nurse masseur-kinesitherapeute:physiotherapist \
           pedicure-podologue:podiatrist sage-femme:midwife chirurgien-dentiste:dentist; do
  for id in ${ids/:/ }; do
    "$MEDCERT" new "$id" >"$WORK/$id.yaml" || fail "new $id"
    "$MEDCERT" check --format json "$WORK/$id.yaml" >"$WORK/$id.json" || { cat "$WORK/$id.json" >&2; fail "new $id: check"; }
    [ "$(jq '[.diagnostics[] | select(.severity != "notice")] | length' "$WORK/$id.json")" = 0 ] || { cat "$WORK/$id.json" >&2; fail "new $id: errors or warnings"; }
  done
  cmp -s "$WORK/${ids%%:*}.yaml" "$WORK/${ids##*:}.yaml" || fail "new ${ids%%:*} and new ${ids##*:} differ"
  text=$(render_text "$WORK/${ids%%:*}.yaml" "skeleton-${ids%%:*}")
  [ "${ids%%:*}" = medecin ] || no_itt "$text" "skeleton-${ids%%:*}"
  "$MEDCERT" templates | grep -qF "${ids%%:*} / ${ids##*:}" || fail "templates does not list ${ids/:/ \/ }"
done
pass "six skeletons (French and English ids) check and render cleanly; six templates listed"

# Profession names as people write them: accents and case aside, the labels, the templates' aliases.
while IFS='|' read -r name id; do
  "$MEDCERT" new "$name" >"$WORK/by-name.yaml" || fail "new $name is refused"
  cmp -s "$WORK/by-name.yaml" "$WORK/$id.yaml" || fail "new $name is not the skeleton of $id"
done <<'NAMES'
infirmière|infirmier
Infirmière|infirmier
médecin|medecin
Médecin|medecin
kiné|masseur-kinesitherapeute
kine|masseur-kinesitherapeute
kinésithérapeute|masseur-kinesitherapeute
masseur kinésithérapeute|masseur-kinesitherapeute
podologue|pedicure-podologue
pédicure-podologue|pedicure-podologue
dentiste|chirurgien-dentiste
sage-femme|sage-femme
maïeuticien|sage-femme
NAMES
# The same names in a findings document choose its template and satisfy its profession check.
sed 's/^\( *profession:\) infirmier /\1 infirmière /' "$WORK/infirmier.yaml" >"$WORK/infirmiere.yaml"
grep -q 'profession: infirmière' "$WORK/infirmiere.yaml" || fail "the nurse's skeleton has no profession line to edit"
"$MEDCERT" check --format json "$WORK/infirmiere.yaml" >"$WORK/infirmiere.json" || { cat "$WORK/infirmiere.json" >&2; fail "author.profession: infirmière is refused"; }
[ "$(jq '.diagnostics | length' "$WORK/infirmiere.json")" = 0 ] || { cat "$WORK/infirmiere.json" >&2; fail "author.profession: infirmière: diagnostics"; }
assert_in_order "$(render_text "$WORK/infirmiere.yaml" infirmiere)" "Attestation clinique infirmière" "infirmière, atteste avoir examiné"
pass "names with accents, capitals, spaces and the usual short forms (kiné, podologue, dentiste…) select their profession"

# A near miss gets "did you mean", accents and case aside; exit 2, nothing on stdout.
while IFS='|' read -r typed suggestion; do
  expect_exit 2 "$MEDCERT" new "$typed"
  [ ! -s "$WORK/out" ] || fail "new $typed printed a skeleton"
  grep -qF "vouliez-vous dire « $suggestion »" <(sed 's/\xe2\x80\xaf/ /g' "$WORK/err") ||
    { cat "$WORK/err" >&2; fail "new $typed: no « vouliez-vous dire « $suggestion » »"; }
done <<'NEAR'
kinee|kiné
podologe|podologue
infirmer|infirmier
sage-fmme|sage-femme
NEAR
expect_exit 2 "$MEDCERT" --lang en new kinee
grep -qF 'did you mean "kiné"?' "$WORK/err" || { cat "$WORK/err" >&2; fail "new kinee (English): no did you mean"; }
sed 's/^\( *profession:\) infirmier /\1 infirmiere-x /' "$WORK/infirmier.yaml" >"$WORK/near.yaml"
expect_exit 1 "$MEDCERT" check --format json "$WORK/near.yaml"
jq -e '.diagnostics[] | select(.rule == "F-TEMPLATE" and (.message | contains("vouliez-vous dire")))' "$WORK/out" >/dev/null ||
  { cat "$WORK/out" >&2; fail "author.profession: infirmiere-x: no F-TEMPLATE with a suggestion"; }
pass "near misses (kinee, podologe, infirmer, sage-fmme) get « vouliez-vous dire », in French and English, in the CLI and in findings"

# A seventh profession is data only: a YAML file in a copy of the data directory.
mkdir -p "$WORK/data"
cp -r "$SRC/templates" "$SRC/fonts" "$WORK/data/"
cat >"$WORK/data/templates/professions/ergotherapeute.yaml" <<'YAML'
template: {id: ergotherapeute.attestation-violences-majeur, version: 1, extends: commun.violences-majeur}
profession: {id: ergotherapeute, id_en: occupational-therapist, label: ergothérapeute}
document_kind: attestation_clinique
title: Attestation d'ergothérapie
capabilities: {itt: false, diagnosis: false, compatibility: forbidden, body_scope: full}
phrases: {engagement_verb: atteste, issued: "Attestation établie le {issuance.date}, à {issuance.time}, à {issuance.place}", handed: remise}
skeleton:
  - id: profession
    text: |2
        profession: ergotherapeute
YAML
"$MEDCERT" --data-dir "$WORK/data" templates | grep -qF "ergotherapeute / occupational-therapist" || fail "seventh profession not listed"
"$MEDCERT" --data-dir "$WORK/data" new occupational-therapist >"$WORK/ergo.yaml" || fail "new occupational-therapist"
"$MEDCERT" --data-dir "$WORK/data" render "$WORK/ergo.yaml" -o "$WORK/ergo.pdf" 2>"$WORK/ergo.err" || { cat "$WORK/ergo.err" >&2; fail "seventh profession: render"; }
assert_in_order "$(pdf_text "$WORK/ergo.pdf")" "Attestation d’ergothérapie" "ergothérapeute, atteste avoir examiné" "et remise en main propre."
pass "a seventh profession needs one YAML file and no code"
