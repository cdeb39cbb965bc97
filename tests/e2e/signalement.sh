#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The signalement to the public prosecutor (Code pénal art. 226-14, documents-fr §A), read back by independent
# programs: its title in the page and in the PDF's metadata; the addressee first; the legal route with the
# law's words; her consent, or when and how she was told; the criteria of danger as what she reports; the
# children of the household; the closing that sends it to the prosecutor only, never « remis » to anyone;
# no ITT. Every profession has one (`medcert new PROFESSION --signalement`, `medcert templates`), chosen by
# the findings' `signalement:` section. PDF/A-1b by PDFBox preflight. The faulty cases refuse, at
# file:line:column, and write no PDF.
source "$(dirname "$0")/lib.sh"

physician="$WORK/signalement.pdf"
render_good "$SRC/examples/medecin/signalement.yaml" "$physician"
text=$(pdf_text "$physician")
assert_in_order "$text" \
  "Signalement au procureur de la République" \
  "À l’attention de Madame ou Monsieur le procureur de la République près le tribunal judiciaire de Lyon." \
  "URGENT — Ce signalement confirme l’appel téléphonique passé au parquet le 20 novembre 2026, à 15 h 20." \
  "Je soussignée, Docteur Claire Martin, médecin, porte à votre connaissance les éléments suivants, relatifs à des violences déclarées par Madame Alice EXEMPLE" \
  "Cadre du signalement" \
  "Ce signalement est fait en application de l’article 226-14, 3°, du code pénal : j’estime en conscience" \
  "« en raison de la contrainte morale résultant de l’emprise exercée par l’auteur des violences »." \
  "Son accord n’a pas pu être obtenu ; elle a été informée de ce signalement le 20 novembre 2026, à 15 h 05, oralement, au cours de la consultation." \
  "Pour joindre la personne examinée sans la mettre en danger :" \
  "Elle déclare :" \
  "« Il a dit que si je partais, il me tuerait, et les enfants avec. »" \
  "Éléments de danger immédiat rapportés" \
  "Critères d’évaluation du danger immédiat relevés dans ses déclarations :" \
  "Menaces de mort, notamment scénarisées, contre sa personne ou contre les enfants : contre elle et contre les enfants, en cas de départ, selon ses déclarations" \
  "Éléments de contrainte morale rapportés" \
  "Confiscation de son téléphone et de sa carte bancaire, selon ses déclarations" \
  "Enfants vivant au foyer" \
  "enfant de 6 ans, sans violence rapportée envers lui" \
  "Signalement établi le 20 novembre 2026, à 15 h 40, à Lyon, et adressé au seul procureur de la République près le tribunal judiciaire de Lyon ; j’en conserve une copie."
case "$text" in *ITT*|*"en main propre"*|*"Certificat"*|*"prête serment"*) fail "the signalement prints an ITT, a handing over, a certificate's title or an oath" ;; esac
pass "physician: to the prosecutor first, the 3° in the law's words, she was told, the criteria as she reports them, sent to him only"

# A declared identity is said once, not « déclarées par une personne qui déclare se nommer ».
sed 's/  identity: verified/  identity: declared/; /identity_document/d' "$SRC/examples/medecin/signalement.yaml" >"$WORK/declared.yaml"
render_good "$WORK/declared.yaml" "$WORK/declared.pdf"
assert_in_order "$(pdf_text "$WORK/declared.pdf")" \
  "relatifs à des violences déclarées par une personne qui se présente comme Alice EXEMPLE, née le 12 avril 1990 selon ses déclarations, demeurant"
pass "a declared identity: « une personne qui se présente comme … selon ses déclarations »"

# The telephone number is never broken across lines.
layout=$(pdftotext -layout -enc UTF-8 "$physician" -)
grep -q "06 00 00 00 00" <<<"$(sed 's/\xc2\xa0/ /g' <<<"$layout")" || fail "the telephone number is broken across lines"
pass "the telephone number to reach her stays on one line"

info=$(pdfinfo -enc UTF-8 "$physician")
grep -qx "Title: *Signalement au procureur de la République" <<<"$info" || fail "the Info /Title is not the signalement's"
pass "the PDF's Info /Title is the signalement's"

render_good "$SRC/examples/medecin/signalement.yaml" "$WORK/signalement-1b.pdf" --pdfa 1b
verdict=$(preflight "$WORK/signalement-1b.pdf")
[ "$verdict" = valid ] || fail "PDFBox preflight (PDF/A-1b): $verdict"
pass "PDFBox preflight: the signalement is valid PDF/A-1b"

nurse="$WORK/infirmier-signalement.pdf"
render_good "$SRC/examples/infirmier/signalement.yaml" "$nurse"
text=$(pdf_text "$nurse")
assert_in_order "$text" \
  "Signalement au procureur de la République" \
  "Je soussignée, Sophie Lambert, infirmière, porte à votre connaissance" \
  "Ce signalement est fait en application de l’article 226-14, 2°, du code pénal." \
  "Elle a donné son accord à ce signalement le 20 novembre 2026, à 9 h 30." \
  "Signalement établi le 20 novembre 2026, à 9 h 50, à Lyon, et adressé au seul procureur de la République"
case "$text" in *URGENT*|*"3°"*|*"informée de ce signalement"*) fail "the nurse's signalement prints an urgency, the 3° or an information it was not given" ;; esac
pass "nurse: the 2° with her consent and its date, no urgency"

# Every profession has its signalement: listed by `medcert templates`, its skeleton checks without error or
# warning and renders.
templates=$("$MEDCERT" templates)
for profession in medecin infirmier masseur-kinesitherapeute pedicure-podologue sage-femme chirurgien-dentiste; do
  grep -q "^$profession\.signalement-procureur-majeur[[:space:]]" <<<"$templates" || fail "$profession: no signalement in medcert templates"
  "$MEDCERT" new "$profession" --signalement >"$WORK/$profession.yaml"
  render_good "$WORK/$profession.yaml" "$WORK/$profession.pdf"
  text=$(pdf_text "$WORK/$profession.pdf")
  assert_in_order "$text" "Signalement au procureur de la République" "porte à votre connaissance" "adressé au seul procureur"
  pass "$profession: its signalement is listed, its skeleton checks and renders"
done
"$MEDCERT" new medecin >"$WORK/certificate.yaml"
grep -q "^signalement:" "$WORK/certificate.yaml" && fail "the certificate's skeleton has a signalement section"
pass "the certificate's skeleton has no signalement section"

# The faulty cases: exit 1, the rule at file:line:column, no PDF.
refused_cases "$SRC/examples/medecin/faulty" <<'CASES'
signalement-remis-personne|R-SIG-4|86:14
signalement-remis-conjoint|R-SIG-4|86:14
signalement-tiers-designe|R-SIG-5|74:13
signalement-sans-criteres|R-SIG-1|27:10
signalement-sans-criteres|R-SIG-2|27:3
CASES
