#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerates the example's photographs: synthetic images (a skin-coloured gradient, a coloured patch, a metric
# scale, the words « IMAGE DE SYNTHÈSE »), never photographs of a person. Needs python3 and libvips-tools.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
vips text "$work/t.png" "IMAGE DE SYNTHÈSE — cas fictif, exemple medcert" --dpi 220
vips embed "$work/t.png" "$work/at.v" 60 50 1600 1200
vips linear "$work/at.v" "$work/inverse.v" -- -1 255
n=0
for name in avant-bras-droit cuisse-gauche epaule-gauche bras-droit; do
  n=$((n + 1))
  python3 synthese.py "$n" "$work/fond.ppm"
  vips multiply "$work/fond.ppm" "$work/inverse.v" "$work/produit.v"
  vips linear "$work/produit.v" "$work/image.v" 0.00392157 0 --uchar
  vips copy "$work/image.v" "$name.jpg[Q=80,strip]"
done
