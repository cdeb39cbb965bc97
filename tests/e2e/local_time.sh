#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Issue 14, read back from the PDF: every date and time in the practice's time zone (UTC and offsets
# converted, the date with the hour), the embedded findings as written; the ITT's reference point and the
# place of the facts without a date; the identity document; French typography (no-break spaces after the
# day and after « n° », « d’un (1) jour », typographic apostrophes, the person's words untouched).
source "$(dirname "$0")/lib.sh"

NBSP=$'\u00a0'

render_pdf() {  # render_pdf FINDINGS NAME → $WORK/NAME.pdf
  "$MEDCERT" render "$1" -o "$WORK/$2.pdf" --force 2>"$WORK/$2.err" || fail "$2: render failed: $(cat "$WORK/$2.err")"
  [ ! -s "$WORK/$2.err" ] || fail "$2: diagnostics on a good example: $(cat "$WORK/$2.err")"
}

# --- UTC from an EHR, winter: 09:15Z is 10 h 15 in Paris -----------------------------------------------
render_pdf "$SRC/examples/medecin/heure-utc.yaml" utc
text=$(pdf_text "$WORK/utc.pdf")
assert_in_order "$text" \
  "Madame Inès FICTIVE, née le 3 juin 1985, demeurant 14 rue de l'Exemple, 69007 Lyon, identité vérifiée sur présentation de son passeport." \
  "L’examen a eu lieu le 15 janvier 2026, à 10 h 15" \
  "les faits se seraient produits le 14 janvier 2026, à 23 h 30, « dans la cage d'escalier »." \
  "L’incapacité totale de travail (ITT) est d’un (1) jour à compter du 14 janvier 2026, date déclarée des faits, sous réserve de complications." \
  "Certificat établi le 15 janvier 2026, à 10 h 50"
case "$text" in *"9 h 15"*) fail "the UTC hour is printed as it was sent" ;; esac
pass "UTC examination 09:15Z in winter prints « 10 h 15 »; « d’un (1) jour »; the passport named"

"$MEDCERT" extract "$WORK/utc.pdf" >"$WORK/utc.json" || fail "extract failed"
python3 - "$WORK/utc.json" <<'PY' || fail "the embedded findings do not keep the values as written"
import json, sys
f = json.load(open(sys.argv[1], encoding="utf-8"))
assert f["examination"]["datetime"] == "2026-01-15T09:15:00Z", f["examination"]["datetime"]
assert f["facts"]["datetime"] == "2026-01-14T22:30:00Z", f["facts"]["datetime"]
assert f["issuance"]["datetime"] == "2026-01-15T09:50:00Z", f["issuance"]["datetime"]
PY
pass "the embedded findings (medcert extract) keep 09:15Z"

# --- midnight: 23:30Z on 31 December is 1 January, 0 h 30, in Paris (the date changes too) -------------
sed -e 's/datetime: 2026-01-14T22:30:00Z/datetime: 2025-12-31T23:30:00Z/' \
  "$SRC/examples/medecin/heure-utc.yaml" >"$WORK/midnight.yaml"
render_pdf "$WORK/midnight.yaml" midnight
assert_in_order "$(pdf_text "$WORK/midnight.pdf")" \
  "les faits se seraient produits le 1er janvier 2026, à 0 h 30" \
  "à compter du 1er janvier 2026, date déclarée des faits"
pass "23:30Z on 31 December prints « 1er janvier 2026, à 0 h 30 »"

# --- summer, local time without offset, and the engine's zone -------------------------------------------
sed -e 's/datetime: 2026-01-15T09:15:00Z/datetime: 2026-07-15T09:15:00Z/; s/datetime: 2026-01-15T09:50:00Z/datetime: 2026-07-15T11:50:00/; s/datetime: 2026-01-14T22:30:00Z/datetime: 2026-07-14/' \
  "$SRC/examples/medecin/heure-utc.yaml" >"$WORK/summer.yaml"
render_pdf "$WORK/summer.yaml" summer
assert_in_order "$(pdf_text "$WORK/summer.pdf")" \
  "L’examen a eu lieu le 15 juillet 2026, à 11 h 15" "Certificat établi le 15 juillet 2026, à 11 h 50"
pass "summer: 09:15Z is « 11 h 15 »; a local time without offset is printed as written"

# --- overseas: La Réunion (UTC+4), the place in the physician's words (no « ») -------------------------
render_pdf "$SRC/examples/medecin/outre-mer.yaml" reunion
text=$(pdf_text "$WORK/reunion.pdf")
assert_in_order "$text" \
  "identité vérifiée sur présentation de son titre de séjour." \
  "L’examen a eu lieu le 1er août 2026, à 8 h 30" \
  "les faits se seraient produits le 31 juillet 2026, au domicile de la personne examinée." \
  "est de huit (8) jours à compter du 31 juillet 2026" \
  "Certificat établi le 1er août 2026, à 9 h 10"
case "$text" in *"« au domicile"*) fail "the physician's own words are printed between guillemets" ;; esac
pass "Réunion: 04:30Z prints « 8 h 30 »; the place in the physician's words has no « »"

# --- the facts without a date: the place, and the ITT from the day of the examination --------------------
render_pdf "$SRC/examples/medecin/faits-sans-date.yaml" undated
text=$(pdf_text "$WORK/undated.pdf")
assert_in_order "$text" \
  "certifie avoir examiné une personne qui déclare se nommer Leïla Nour EXEMPLAIRE, être née le 3 février 1996" \
  "Selon ses déclarations, les faits se seraient produits « sur le parking du supermarché », à une date non précisée." \
  "L’incapacité totale de travail (ITT) est de quatre (4) jours à compter du jour de l’examen, le 2 novembre 2026, la date des faits n’étant pas connue, sous réserve de complications."
case "$text" in *"se nommer Madame"*) fail "the civility is inside the declared name" ;; esac
case "$text" in *"compter de la date des faits"*) fail "the ITT counts from a date of facts that is not known" ;; esac
pass "facts without a date: the place is printed, and the ITT's reference date is the examination's"

# --- typography read back with its no-break spaces -------------------------------------------------------
# pdftotext prints U+00A0 as a space: read the content streams, decompressed by qpdf (Identity-H fonts: the
# text is UTF-16 code units in hex; a justified line is set word by word, so each needle is one word or
# words joined by no-break spaces).
streams() {
  qpdf --qdf --object-streams=disable "$1" "$WORK/qdf.pdf"
  grep -a ' Tj$' "$WORK/qdf.pdf" | tr 'A-F' 'a-f'
}
utf16() { printf '%s' "$1" | iconv -f UTF-8 -t UTF-16BE | xxd -p | tr -d '\n'; }
has() {  # has STREAMS TEXT WHAT
  grep -q "$(utf16 "$2")" <<<"$1" || fail "$3"
}
s=$(streams "$WORK/undated.pdf")
has "$s" "3${NBSP}février" "no no-break space between the day and the month"
has "$s" "l’intéressée" "no typographic apostrophe in the template's text"
has "$s" "c'était," "the person's words were changed"
s=$(streams "$WORK/midnight.pdf")
has "$s" "1er${NBSP}janvier" "no no-break space after « 1er »"
render_pdf "$SRC/examples/medecin/requisition.yaml" requisition
s=$(streams "$WORK/requisition.pdf")
has "$s" "n°${NBSP}2026/004512" "no no-break space after « n° »"
has "$s" "l’autorité" "no typographic apostrophe before « autorité »"
pass "no-break spaces after the day and after « n° »; apostrophes: the template’s typographic, hers as typed"

# --- the rules: unknown zone, identity without document; the ITT notice names no penal threshold ------------
set +e
"$MEDCERT" check "$SRC/examples/medecin/faulty/fuseau-identite.yaml" >"$WORK/zone.out" 2>&1; code=$?
set -e
[ "$code" = 1 ] || fail "an unknown time zone: exit $code, expected 1"
grep -q 'R-DT-4' "$WORK/zone.out" || fail "no R-DT-4 for Europe/Lyon"
grep -q 'R-ID-4' "$WORK/zone.out" || fail "no R-ID-4 for a verified identity without its document"
sed -e 's/itt: {mode: fixed, days: 1}/itt: {mode: fixed, days: 12}/' "$SRC/examples/medecin/heure-utc.yaml" >"$WORK/twelve.yaml"
"$MEDCERT" check "$WORK/twelve.yaml" >"$WORK/twelve.out" 2>&1 || fail "a 12-day ITT is refused"
grep -q 'R-ITT-6' "$WORK/twelve.out" || fail "no R-ITT-6 notice above 8 days"
! grep -qi 'pénal\|seuil\|qualification' "$WORK/twelve.out" || fail "the ITT notice speaks of a penal threshold"
pass "R-DT-4 and R-ID-4 reported; the notice above 8 days of ITT names no penal threshold"

# The place in the professional's words is own text: the wording rules read it (here: a designation).
sed -e 's/place_own_words: au domicile de la personne examinée/place_own_words: au domicile de son mari/' \
  "$SRC/examples/medecin/outre-mer.yaml" >"$WORK/designation.yaml"
set +e
"$MEDCERT" check "$WORK/designation.yaml" >"$WORK/designation.out" 2>&1; code=$?
set -e
[ "$code" = 1 ] && grep -q 'R-A-1' "$WORK/designation.out" || fail "the place in the professional's words escapes the wording rules"
pass "the place in the professional's words is checked by the wording rules"
