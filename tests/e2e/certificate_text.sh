#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# What a reader of the PDF sees, read back by pdftotext: the certificate's sentences, in order.
# The checks follow the physician's model (HAS 2011 / CNOM–MIPROF): engagement, identity, the
# examination written in French, the person's words inside « », the ITT in letters, the closing.
source "$(dirname "$0")/lib.sh"

render_text() {  # render_text FINDINGS → the PDF's text on one line
  local out="$WORK/$(basename "$1" .yaml).pdf"
  "$MEDCERT" render "$1" -o "$out" --force 2>/dev/null || fail "$(basename "$1"): render failed"
  pdf_text "$out"
}

text=$(render_text "$SRC/examples/medecin/court.yaml")
assert_in_order "$text" \
  "Certificat médical initial" \
  "Je soussignée, Docteur Claire Martin, médecin, certifie avoir examiné" \
  "Madame Alice EXEMPLE, née le 12 avril 1990" \
  "L’examen a eu lieu le 20 novembre 2026, à 10 h 15" \
  "Selon ses déclarations, les faits se seraient produits le 19 novembre 2026" \
  "Elle déclare :" \
  "« J'ai été poussée contre le mur de la cuisine, puis il m'a tenue par le bras. »" \
  "Depuis, elle dit se plaindre de :" \
  "Ecchymose violacée au niveau de la face antérieure de l’avant-bras gauche" \
  "mesurant 4 × 2,5 cm" \
  "L’incapacité totale de travail (ITT) est de deux (2) jours à compter du 19 novembre 2026, date déclarée des faits, sous réserve de complications." \
  "Certificat établi le 20 novembre 2026, à 10 h 50, à Lyon, à la demande de l’intéressée et remis en main propre." \
  "Docteur Claire Martin" \
  "page 2/2"
pass "short physician case: every sentence, in order; the conclusion kept with the signature"

text=$(render_text "$SRC/examples/medecin/long.yaml")
assert_in_order "$text" \
  "Je soussigné, Docteur Paul Durand, médecin, certifie avoir examiné une personne qui déclare se nommer" \
  "Cet examen a nécessité la présence de Monsieur Karim BENEXEMPLE, interprète professionnel en langue arabe." \
  "Elle déclare :" "« Il est rentré vers onze heures et demie" \
  "Examens complémentaires" \
  "Après réception des résultats, un certificat médical complémentaire sera établi." \
  "est de sept (7) jours à compter du 18 novembre 2026, date déclarée des faits, sous réserve de complications." \
  "remis en main propre." \
  "page 3/3"
# Each lesion is a list item opening with its number, whose first line says where it is ("3. … au niveau de …").
lesions=$(pdftotext -enc UTF-8 "$WORK/long.pdf" - 2>/dev/null | grep -oE "^[0-9]{1,2}\. .* au niveau d" | cut -d. -f1 | xargs)
[ "$lesions" = "1 2 3 4 5 6 7 8 9 10 11 12" ] || fail "long case: expected lesions numbered 1 to 12, found $lesions"
pass "long case: declared identity, interpreter, 12 lesions, ITT in letters, paginated"

text=$(render_text "$SRC/examples/medecin/requisition.yaml")
assert_in_order "$text" \
  "Cet examen a été pratiqué sur réquisition signée le 17 novembre 2026, à 15 h 10" \
  "Il déclare :" \
  "sur réquisition (Commissariat de police de Lyon" "et remis à l’autorité requérante."
# Not determined: said in so many words, with its reason and when it will be fixed; no duration.
assert_in_order "$text" \
  "L’incapacité totale de travail (ITT) ne peut être fixée ce jour (dans l'attente de l'avis spécialisé demandé) ; elle le sera à l'issue d'un nouvel examen après réception de cet avis." \
  "et remis à l’autorité requérante."
case "$text" in *"(ITT) est de"*) fail "ITT not determined, yet a duration is printed" ;; esac
case "$text" in *"remis en main propre"*) fail "a requisition certificate is not handed to the person" ;; esac
pass "requisition: recipient and closing change; an ITT not determined says why and when it will be fixed"

# The first of the month is "1er" in French dates.
sed -e 's/2026-11-20T10:15/2026-11-01T10:15/; s/2026-11-20T10:50/2026-11-01T10:50/; s/2026-11-19T22:00/2026-10-31T22:00/' \
  "$SRC/examples/medecin/court.yaml" >"$WORK/first.yaml"
text=$(render_text "$WORK/first.yaml")
assert_in_order "$text" "L’examen a eu lieu le 1er novembre 2026, à 10 h 15" "Certificat établi le 1er novembre 2026"
pass "1er novembre"

# Typography survives into the PDF. pdftotext folds U+202F into a space, so read the content streams
# instead, decompressed by qpdf: with Identity-H fonts the text is UTF-16 code units in hex.
qpdf --qdf --object-streams=disable "$WORK/court.pdf" "$WORK/qdf.pdf"
streams=$(grep -a ' Tj$' "$WORK/qdf.pdf" | tr 'A-F' 'a-f')
grep -q '00ab202f' <<<"$streams" || fail "no narrow no-break space after «"
grep -q '202f00bb' <<<"$streams" || fail "no narrow no-break space before »"
grep -q '202f003a' <<<"$streams" || fail "no narrow no-break space before :"
grep -q '00a0006a006f007500720073' <<<"$streams" || fail "no no-break space in « (2) jours »"
pass "narrow no-break spaces in « », before :, and a no-break space before the unit"
