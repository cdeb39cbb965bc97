#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A minor's documents (documents-fr §B), read back by independent programs: the certificate, the signalement
# to the prosecutor and the information préoccupante to the département's cell (CRIP), each chosen by the
# person's age and the findings' `signalement:` section; the accompanying person's words and the child's as two
# separate quoted fields; the birth date in letters (HAS model); the addressee; who was or was not told; the
# closing. PDF/A-1b by PDFBox preflight, qpdf --check. Every profession has the three (`medcert new PROFESSION
# --mineur [--signalement]`, `--crip`). The faulty cases refuse, at file:line:column, and write no PDF.
source "$(dirname "$0")/lib.sh"

certificate="$WORK/mineur.pdf"
render_good "$SRC/examples/medecin/mineur.yaml" "$certificate"
qpdf --check "$certificate" >/dev/null || fail "qpdf --check on the minor's certificate"
text=$(pdf_text "$certificate")
assert_in_order "$text" \
  "Certificat médical initial" \
  "Personne mineure" \
  "certifie avoir examiné Léa EXEMPLE, née le 12 mars 2014 (douze mars deux mille quatorze)" \
  "L’examen a eu lieu le 20 novembre 2026 (vingt novembre deux mille vingt-six), à 17 h 30" \
  "Représentant légal de la personne examinée : sa mère, titulaire de l’autorité parentale, Madame Claire EXEMPLE." \
  "La personne examinée était accompagnée d’une personne majeure : sa mère, Madame Claire EXEMPLE, joignable au 06" \
  "Propos de la personne qui l’accompagne (sa mère) :" \
  "« Elle est rentrée du centre de loisirs en pleurant, avec des marques au bras. »" \
  "Propos de la personne examinée elle-même :" \
  "« Un grand m'a tenu le bras très fort contre le mur. »" \
  "remis en main propre à sa mère, titulaire de l’autorité parentale, Madame Claire EXEMPLE."
case "$text" in *"Madame Léa"*) fail "a child is named with a civility title" ;; esac
pass "certificate: the birth date in letters, who came with her, two separate quoted fields, handed to her mother"

signalement="$WORK/mineur-signalement.pdf"
render_good "$SRC/examples/medecin/mineur-signalement.yaml" "$signalement"
text=$(pdf_text "$signalement")
assert_in_order "$text" \
  "Signalement au procureur de la République" \
  "À l’attention de Madame ou Monsieur le procureur de la République près le tribunal judiciaire de Lyon." \
  "URGENT — Ce signalement confirme l’appel téléphonique passé au parquet le 20 novembre 2026, à 18 h." \
  "relatifs à la situation de Léa EXEMPLE, personne mineure née le 12 mars 2014 (douze mars deux mille quatorze)" \
  "Ce signalement est fait en application de l’article 226-14 du code pénal : la personne examinée étant mineure, son accord n’est pas nécessaire." \
  "Les titulaires de l’autorité parentale n’ont pas été informés de ce signalement" \
  "Propos de la personne qui l’accompagne (sa tante) :" \
  "Propos de la personne examinée elle-même :" \
  "Signalement établi le 20 novembre 2026, à 18 h 30, à Lyon, et adressé au procureur de la République près le tribunal judiciaire de Lyon, avec copie à la cellule de recueil des informations préoccupantes (CRIP), conseil départemental du Rhône ; j’en conserve une copie."
case "$text" in *ITT*|*"en main propre"*|*"au seul procureur"*|*"226-14, 3°"*) fail "the minor's signalement prints an ITT, a handing over, « au seul » or the couple's 3°" ;; esac
pass "signalement: to the prosecutor, no consent needed, parents not told and why, a copy to the CRIP"

ip="$WORK/information-preoccupante.pdf"
render_good "$SRC/examples/infirmier/information-preoccupante.yaml" "$ip"
text=$(pdf_text "$ip")
assert_in_order "$text" \
  "Information préoccupante" \
  "À l’attention de la cellule de recueil des informations préoccupantes (CRIP), conseil départemental du Rhône." \
  "Je soussignée, Sophie Lambert, infirmière, vous transmets une information préoccupante relative à la situation d’une personne mineure présentée comme Noé EXEMPLE, né le 1er juin 2017 (premier juin deux mille dix-sept)" \
  "La personne examinée s’est présentée seule à l’examen" \
  "Cadre de la transmission" \
  "article L.226-2-1 du code de l’action sociale et des familles" \
  "Les titulaires de l’autorité parentale ont été informés de cette transmission." \
  "Information préoccupante établie le 20 novembre 2026, à 11 h, à Lyon, et adressée à la cellule de recueil des informations préoccupantes (CRIP), conseil départemental du Rhône ; j’en conserve une copie."
case "$text" in *procureur*|*"en main propre"*|*"Propos de la personne qui l"*) fail "the information préoccupante names the prosecutor, a handing over or an accompanying person's words" ;; esac
grep -qx "Title: *Information préoccupante" <<<"$(pdfinfo -enc UTF-8 "$ip")" || fail "the Info /Title is not the information préoccupante's"
pass "information préoccupante: to the CRIP, the child came alone, the parents told, its title in the metadata"

for pdf in certificate signalement ip; do
  render_good "$SRC/examples/$(case $pdf in certificate) echo medecin/mineur ;; signalement) echo medecin/mineur-signalement ;; ip) echo infirmier/information-preoccupante ;; esac).yaml" \
    "$WORK/$pdf-1b.pdf" --pdfa 1b
  verdict=$(preflight "$WORK/$pdf-1b.pdf")
  [ "$verdict" = valid ] || fail "PDFBox preflight (PDF/A-1b) of the $pdf: $verdict"
  qpdf --check "$WORK/$pdf-1b.pdf" >/dev/null || fail "qpdf --check on the $pdf"
done
pass "PDFBox preflight and qpdf --check: the three minor's documents are valid PDF/A-1b"

# Every profession has the three: listed by `medcert templates` (person « mineur »), their skeletons check and
# render.
templates=$("$MEDCERT" templates)
for profession in medecin infirmier masseur-kinesitherapeute pedicure-podologue sage-femme chirurgien-dentiste; do
  for document in "certificat-mineur|--mineur|Personne mineure" \
                  "signalement-procureur-mineur|--mineur --signalement|Signalement au procureur de la République" \
                  "information-preoccupante|--crip|Information préoccupante"; do
    IFS='|' read -r id flags title <<<"$document"
    grep -q "^$profession\.$id[[:space:]].*[[:space:]]mineur[[:space:]]" <<<"$templates" || fail "$profession: no $id for a minor in medcert templates"
    # shellcheck disable=SC2086  # the flags are words
    "$MEDCERT" new "$profession" $flags >"$WORK/$profession-$id.yaml"
    render_good "$WORK/$profession-$id.yaml" "$WORK/$profession-$id.pdf"
    assert_in_order "$(pdf_text "$WORK/$profession-$id.pdf")" "$title"
  done
  pass "$profession: its three minor's documents are listed, their skeletons check and render"
done

# The faulty cases: exit 1, the rule at file:line:column, no PDF.
refused_cases "$SRC/examples/medecin/faulty" <<'CASES'
mineur-remis-representant-mis-en-cause|R-MIN-2|70:14
mineur-modele-majeur|R-MN-1|22:15
CASES
refused_cases "$SRC/examples/infirmier/faulty" <<'CASES'
information-preoccupante-urgente|R-MIN-3|28:20
information-preoccupante-urgente|R-MIN-1|32:5
CASES
