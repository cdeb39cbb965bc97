#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Render one body-diagram view (diagrams/*.yaml) as an SVG, for review.

    python3 diagrams/preview.py diagrams/corps-face.yaml /tmp/x.svg [--scale 3] [--no-anchors]
    vips copy /tmp/x.svg /tmp/x.png

Draws the outlines (1-unit line), the details (thinner), the labels, and, unless --no-anchors,
a small numbered circle at every anchor with its region/side (and faces or tooth) as a tiny label.
Python 3 standard library and PyYAML only.
"""
import argparse
import sys
from xml.sax.saxutils import escape

import yaml

OUTLINE_WIDTH = 1.0
DETAIL_WIDTH = 0.5
SIDE_COLOURS = {"droite": "#c0392b", "gauche": "#1f5fbf", "mediane": "#1e8449"}


def svg_path(d):
    """The path text is already SVG syntax (absolute M, L, C, Z); normalise the spacing only."""
    return " ".join(d.split())


def render(view, scale, anchors):
    w, h = view["width"], view["height"]
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w * scale:g}" height="{h * scale:g}" '
        f'viewBox="0 0 {w:g} {h:g}">',
        f'<rect x="0" y="0" width="{w:g}" height="{h:g}" fill="white"/>',
        f'<rect x="0" y="0" width="{w:g}" height="{h:g}" fill="none" stroke="#dddddd" stroke-width="0.3"/>',
    ]
    for d in view.get("outline", []):
        out.append(f'<path d="{svg_path(d)}" fill="none" stroke="black" stroke-width="{OUTLINE_WIDTH}" '
                   'stroke-linejoin="round" stroke-linecap="round"/>')
    for d in view.get("details", []):
        out.append(f'<path d="{svg_path(d)}" fill="none" stroke="black" stroke-width="{DETAIL_WIDTH}" '
                   'stroke-linejoin="round" stroke-linecap="round"/>')
    for lab in view.get("labels", []):
        x, y = lab["at"]
        out.append(f'<text x="{x:g}" y="{y:g}" font-family="DejaVu Sans, sans-serif" '
                   f'font-size="{lab.get("size", 8):g}" fill="black">{escape(str(lab["text"]))}</text>')
    if anchors:
        for i, a in enumerate(view.get("anchors", []), 1):
            x, y = a["at"]
            colour = SIDE_COLOURS.get(a.get("side"), "#7d3c98")
            r = 2.2
            out.append(f'<circle cx="{x:g}" cy="{y:g}" r="{r}" fill="white" fill-opacity="0.8" '
                       f'stroke="{colour}" stroke-width="0.35"/>')
            out.append(f'<text x="{x:g}" y="{y + 0.9:g}" font-family="DejaVu Sans, sans-serif" font-size="2.4" '
                       f'text-anchor="middle" fill="{colour}">{i}</text>')
            tag = a["region"]
            if a.get("tooth"):
                tag = f'{a["tooth"]}'
            else:
                tag += "/" + {"droite": "D", "gauche": "G", "mediane": "M"}.get(a.get("side"), "?")
            if a.get("faces"):
                tag += "[" + ",".join(f[:4] for f in a["faces"]) + "]"
            out.append(f'<text x="{x + r + 0.4:g}" y="{y + 0.7:g}" font-family="DejaVu Sans, sans-serif" '
                       f'font-size="1.7" fill="{colour}">{escape(tag)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("view", help="a view file, e.g. diagrams/corps-face.yaml")
    ap.add_argument("svg", help="the SVG to write")
    ap.add_argument("--scale", type=float, default=3.0, help="pixels per view unit (default 3)")
    ap.add_argument("--no-anchors", action="store_true", help="leave the anchors out")
    args = ap.parse_args()
    with open(args.view, encoding="utf-8") as f:
        view = yaml.safe_load(f)
    with open(args.svg, "w", encoding="utf-8") as f:
        f.write(render(view, args.scale, not args.no_anchors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
