#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A certificate on réquisition (documents-fr §C), read back by pdftotext: the written oath at the head of a
# requisitioned non-expert's document (after the title, before the identity clause) and not in a sworn
# expert's; the réquisition identified (officer, date and hour, legal basis: the template's, or the
# findings'); each question of the mission with its answer; the ITT; handed to the requiring authority.
# The faulty cases exit 1 naming the rule at file:line:column, and write no PDF.
source "$(dirname "$0")/lib.sh"

OATH="prête serment d’apporter mon concours à la justice en mon honneur et en ma conscience."

render_text() {  # render_text FINDINGS → the PDF's text on one line; the render prints no diagnostic
  local out="$WORK/$(basename "$1" .yaml).pdf"
  "$MEDCERT" render "$1" -o "$out" --force 2>"$WORK/render.err" || { cat "$WORK/render.err" >&2; fail "$(basename "$1"): render failed"; }
  [ ! -s "$WORK/render.err" ] || { cat "$WORK/render.err" >&2; fail "$(basename "$1"): diagnostics on a good example"; }
  pdf_text "$out"
}

text=$(render_text "$SRC/examples/medecin/requisition.yaml")
assert_in_order "$text" \
  "Certificat médical initial" \
  "Je soussignée, Docteur Claire Martin, médecin, requise par Julien Exemple, capitaine de police (Commissariat de police de Lyon-Exemple), $OATH" \
  "Je soussignée, Docteur Claire Martin, médecin, certifie avoir examiné Monsieur Marc ESSAI" \
  "Cet examen a été pratiqué sur réquisition signée le 17 novembre 2026, à 15 h 10, par Julien Exemple, capitaine de police, brigade de sûreté urbaine (Commissariat de police de Lyon-Exemple, réf. PV n° 2026/004512)." \
  "Fondement juridique de la réquisition : articles 60 et 77-1 du code de procédure pénale." \
  "Il déclare :"
[ "$(grep -o "$OATH" <<<"$text" | wc -l)" = 1 ] || fail "the oath is printed once"
pass "non-expert: the written oath heads the certificate, with the author's name and quality; the réquisition identified"

assert_in_order "$text" \
  "Examen clinique" \
  "Réponses aux questions de la réquisition" \
  "Question : « Procéder à l'examen médical de M. Marc ESSAI et décrire les lésions constatées. » Réponse : Les lésions constatées sont décrites à la rubrique « Examen clinique » ci-dessus." \
  "Question : « Décrire le retentissement psychologique des faits allégués. » Réponse : L'état psychique observé pendant l'examen est décrit" \
  "Question : « Fixer la durée de l'incapacité totale de travail (ITT). » Réponse : Elle ne peut être fixée ce jour ; voir la conclusion." \
  "L’incapacité totale de travail (ITT) ne peut être fixée ce jour (dans l'attente de l'avis spécialisé demandé)" \
  "sur réquisition (Commissariat de police de Lyon-Exemple, réf. PV n° 2026/004512) et remis à l’autorité requérante."
case "$text" in *"remis en main propre"*) fail "a réquisition certificate is handed to the person" ;; esac
pass "each question of the mission in « », with its answer, after the findings; the ITT; handed to the authority"

text=$(render_text "$SRC/examples/medecin/requisition-expert.yaml")
case "$text" in *"prête serment"*|*"mon honneur et en ma conscience"*) fail "a sworn expert's certificate carries the oath" ;; esac
assert_in_order "$text" \
  "Certificat médical initial" \
  "Je soussigné, Docteur Louis Exemple, médecin, certifie avoir examiné" \
  "par Sophie Fictive, adjudant-chef, officier de police judiciaire (Brigade de gendarmerie de Villefranche-Exemple, réf. PV n° 2026/000731)." \
  "Fondement juridique de la réquisition : article 60 du code de procédure pénale." \
  "Question : « Fixer l'ITT. » Réponse : Voir la conclusion." \
  "L’incapacité totale de travail (ITT) est de trois (3) jours" \
  "et remis à l’autorité requérante."
case "$text" in *"articles 60 et 77-1"*) fail "the findings' legal basis did not replace the template's" ;; esac
pass "sworn expert: no oath; the findings' legal basis replaces the template's; the ITT the mission asks"

# A spontaneous request prints neither oath nor mission.
text=$(render_text "$SRC/examples/medecin/court.yaml")
case "$text" in *"prête serment"*|*"Réponses aux questions"*|*"Fondement juridique"*) fail "a spontaneous certificate prints réquisition text" ;; esac
pass "spontaneous request: no oath, no mission"

# The faulty cases: exit 1, the rule at file:line:column of the value (or of its mapping), no PDF.
refused_cases "$SRC/examples/medecin/faulty" <<'CASES'
requisition-sans-heure|R-RQ-1|31:15
requisition-sans-reponse|R-RQ-2|78:5
requisition-remise-patient|R-DL-3|90:14
requisition-itt-sans-reponse|R-RQ-3|80:5
CASES
