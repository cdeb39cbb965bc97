#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Follow-up documents (« certificat médical complémentaire n° 1 », documents-fr §E), read back by independent
# programs: the title with its number, in the page and in the PDF's metadata (Info and XMP); the reference to
# the initial document after the identity clause (the date and hour of its examination, its author when
# another professional wrote it, the SHA-256 of its PDF whole on one line); the revised ITT, counted from the
# facts, replacing the initial one, with the reserve on the psychological impact; each profession's own title;
# PDF/A-1b by PDFBox preflight. The faulty cases exit 1 naming the rule at file:line:column, and write no PDF.
source "$(dirname "$0")/lib.sh"

SHA=e7ee4250f57e60ac62ece7bcebf7e207c89a411cd81b3b21d23a45f27cd01de1

physician="$WORK/complementaire.pdf"
render_good "$SRC/examples/medecin/complementaire.yaml" "$physician"
text=$(pdf_text "$physician")
assert_in_order "$text" \
  "Certificat médical complémentaire n° 1" \
  "Je soussignée, Docteur Claire Martin, médecin, certifie avoir examiné Madame Leïla Nour EXEMPLAIRE" \
  "Le présent certificat complète le certificat médical initial, établi à l’issue de l’examen pratiqué le 19 novembre 2026, à 9 h 40, par le Docteur Paul DURAND (RPPS 10001234565)." \
  "Empreinte SHA-256 du fichier PDF du document initial : $SHA" \
  "L’examen a eu lieu le 20 novembre 2026, à 17 h," \
  "Conclusion" \
  "Réévaluée ce jour, l’incapacité totale de travail (ITT) est de huit (8) jours au total à compter du 18 novembre 2026, date déclarée des faits, sous réserve de complications." \
  "Cette durée remplace l’ITT de sept (7) jours indiquée dans le certificat initial ; elle ne s’y ajoute pas." \
  "Cette évaluation comprend le retentissement psychologique ; des réserves sont émises quant à son évolution, et un nouvel examen sera nécessaire à distance des faits." \
  "Certificat établi le 20 novembre 2026, à 17 h 40"
case "$text" in *"Certificat médical initial"*) fail "a follow-up is titled as the initial certificate" ;; esac
pass "physician: the follow-up title with its number, the initial certificate referred to, the revised ITT with its reserve"

# The digest whole on one line of the page, as sha256sum prints it, for a reader to compare.
layout=$(pdftotext -layout -enc UTF-8 "$physician" -)
grep -qxE "[[:space:]]*$SHA[[:space:]]*" <<<"$layout" || fail "the SHA-256 is not whole on a line of its own"
pass "the SHA-256 of the initial PDF is printed whole, on a line of its own"

# The no-break space after « n° » read as a space.
spaced() { sed 's/\xc2\xa0/ /g'; }
# Read whole before grep -q stops reading (pipefail would take pdfinfo's SIGPIPE for a failure).
info=$(pdfinfo -enc UTF-8 "$physician" | spaced)
grep -qx "Title: *Certificat médical complémentaire n° 1" <<<"$info" || fail "the Info /Title is not the follow-up's"
meta=$(pdfinfo -meta "$physician" | spaced)
grep -q "<dc:title>.*>Certificat médical complémentaire n° 1</rdf:li>" <<<"$meta" || fail "the XMP dc:title is not the follow-up's"
pass "the PDF's metadata (Info /Title, XMP dc:title) carry the follow-up title"

render_good "$SRC/examples/medecin/complementaire.yaml" "$WORK/complementaire-1b.pdf" --pdfa 1b
verdict=$(preflight "$WORK/complementaire-1b.pdf")
[ "$verdict" = valid ] || fail "PDFBox preflight (PDF/A-1b): $verdict"
pass "PDFBox preflight: the follow-up is valid PDF/A-1b"

nurse="$WORK/infirmier-complementaire.pdf"
render_good "$SRC/examples/infirmier/complementaire.yaml" "$nurse"
text=$(pdf_text "$nurse")
assert_in_order "$text" \
  "Attestation clinique infirmière complémentaire n° 1" \
  "Je soussignée, Sophie Lambert, infirmière, atteste avoir examiné Madame Jeanne EXEMPLE" \
  "La présente attestation complète l’attestation clinique infirmière initiale que j’ai établie à l’issue de l’examen pratiqué le 20 novembre 2026, à 9 h." \
  "L’examen a eu lieu le 20 novembre 2026, à 18 h 30" \
  "Attestation établie le 20 novembre 2026, à 19 h,"
case "$text" in *ITT*|*"Empreinte"*|*RPPS\ 1*) fail "the nurse's follow-up prints an ITT, a digest or an author it was not given" ;; esac
pass "nurse: her own title, the attestation she wrote referred to, no ITT"

# Every profession's template titles a follow-up its own way: its skeleton (which checks without diagnostic)
# with a follow-up n° 2 of an examination the day before.
while IFS='|' read -r profession title; do
  { "$MEDCERT" new "$profession"; printf 'follow_up:\n  number: 2\n  initial:\n    datetime: 2026-11-19\n'; } >"$WORK/$profession.yaml"
  render_good "$WORK/$profession.yaml" "$WORK/$profession.pdf"
  text=$(pdf_text "$WORK/$profession.pdf")
  assert_in_order "$text" "$title n° 2" "complète" "à l’issue de l’examen pratiqué le 19 novembre 2026."
  pass "$profession: « $title n° 2 »"
done <<'TITLES'
medecin|Certificat médical complémentaire
infirmier|Attestation clinique infirmière complémentaire
masseur-kinesitherapeute|Certificat de constatation complémentaire
pedicure-podologue|Attestation clinique complémentaire
sage-femme|Certificat médical descriptif complémentaire
chirurgien-dentiste|Certificat médical complémentaire
TITLES

# The faulty cases: exit 1, the rule at file:line:column, no PDF.
refused_cases "$SRC/examples/medecin/faulty" <<'CASES'
complementaire-sans-initial|R-FU-1|24:3
complementaire-avant-initial|R-FU-3|26:15
CASES
