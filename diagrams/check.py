#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Check the body-diagram views (diagrams/*.yaml).

    python3 diagrams/check.py [view.yaml ...]      # default: every *.yaml next to this script

Exit 1 with a message per problem when a view breaks the format or the anchor rules (README.md);
warnings (an anchor outside its view's outlines, an outline crossing itself, a label running out of the
view box) are printed and do not fail. Python 3 standard library and PyYAML only.
"""
import glob
import itertools
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

# The regions of the templates (templates/commun/violences-majeur.yaml, professions/*.yaml): single regions
# (`single: oui`) need a `mediane` anchor, paired ones a `droite` and a `gauche` anchor.
SINGLE = {"cuir_chevelu", "front", "nez", "levre", "levre_superieure", "levre_inferieure", "bouche", "menton",
          "cou", "nuque", "thorax", "dos", "abdomen", "dents", "gencive", "langue", "palais", "plancher_buccal",
          "maxillaire", "mandibule", "perinee", "organes_genitaux"}
PAIRED = {"tempe", "region_orbitaire", "paupiere", "paupiere_superieure", "paupiere_inferieure", "oeil", "joue",
          "oreille", "sein", "region_lombaire", "flanc", "region_fessiere", "epaule", "bras", "coude", "avant_bras",
          "poignet", "main", "doigts", "hanche", "cuisse", "genou", "jambe", "cheville", "pied", "orteils",
          "muqueuse_jugale", "talon", "malleole", "hallux", "ongle_hallux"}
REGIONS = SINGLE | PAIRED
SIDES = {"droite", "gauche", "mediane"}
FACES = {"anterieure", "posterieure", "laterale", "interne", "externe", "palmaire", "dorsale", "plantaire"}
TEETH = [f"{q}{p}" for q in (1, 2, 3, 4) for p in range(1, 9)] + [f"{q}{p}" for q in (5, 6, 7, 8) for p in range(1, 6)]
EXPECTED_VIEWS = {"corps_face", "corps_dos", "visage", "mains", "pieds", "odontogramme", "perinee_f", "perinee_m"}
KEYS = {"id", "label", "label_en", "width", "height", "outline", "details", "labels", "anchors", "alternative"}
ARITY = {"M": 2, "L": 2, "C": 6, "Z": 0}
NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")

errors, warnings = [], []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def warn(where, msg):
    warnings.append(f"{where}: {msg}")


def parse_path(d, where, closed):
    """Subpaths of (command, points) lists, or None. Checks the commands, their number counts, the numbers."""
    if not isinstance(d, str) or not d.strip():
        err(where, "a path is a non-empty string")
        return None
    tokens = d.split()
    i, subpaths, cur, pen = 0, [], None, None
    while i < len(tokens):
        cmd = tokens[i]
        if cmd not in ARITY:
            err(where, f"command {cmd!r} at token {i + 1}: only M, L, C and Z, absolute, separated by spaces")
            return None
        args = tokens[i + 1:i + 1 + ARITY[cmd]]
        if len(args) != ARITY[cmd] or any(a in ARITY for a in args):
            err(where, f"{cmd} at token {i + 1} needs {ARITY[cmd]} numbers")
            return None
        for a in args:
            if not NUMBER.match(a):
                err(where, f"{a!r} at token {i + 1}: numbers are plain decimals (no exponent, comma or sign +)")
                return None
        vals = [float(a) for a in args]
        if cmd == "M":
            cur = {"start": (vals[0], vals[1]), "segs": [], "closed": False}
            subpaths.append(cur)
            pen = (vals[0], vals[1])
        else:
            if cur is None:
                err(where, "a path starts with M")
                return None
            if cur["closed"]:
                err(where, f"{cmd} after Z without a new M")
                return None
            if cmd == "L":
                cur["segs"].append((pen, (vals[0], vals[1])))
                pen = (vals[0], vals[1])
            elif cmd == "C":
                cur["segs"].append((pen, (vals[0], vals[1]), (vals[2], vals[3]), (vals[4], vals[5])))
                pen = (vals[4], vals[5])
            else:
                cur["closed"] = True
                pen = cur["start"]
        i += 1 + ARITY[cmd]
    for sp in subpaths:
        if not sp["segs"]:
            err(where, "a subpath without any segment")
            return None
        if closed and not sp["closed"]:
            err(where, "an outline is closed: each subpath ends with Z")
    return subpaths


def flatten(subpath, steps=10):
    pts = [subpath["start"]]
    for seg in subpath["segs"]:
        if len(seg) == 2:
            pts.append(seg[1])
        else:
            p0, p1, p2, p3 = seg
            for k in range(1, steps + 1):
                t = k / steps
                u = 1 - t
                pts.append((u ** 3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t ** 3 * p3[0],
                            u ** 3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t ** 3 * p3[1]))
    return pts


def inside(poly, x, y):
    c = False
    n = len(poly)
    for i in range(n):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            c = not c
    return c


def _cross(a, b, c):
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def self_intersections(poly):
    """Pairs of non-adjacent edges of a closed polygon that cross (a grid keeps it quick)."""
    n = len(poly)
    edges = [(poly[i], poly[(i + 1) % n]) for i in range(n) if poly[i] != poly[(i + 1) % n]]
    cell, grid = 4.0, {}
    for i, (a, b) in enumerate(edges):
        for gx in range(int(min(a[0], b[0]) // cell), int(max(a[0], b[0]) // cell) + 1):
            for gy in range(int(min(a[1], b[1]) // cell), int(max(a[1], b[1]) // cell) + 1):
                grid.setdefault((gx, gy), []).append(i)
    found = set()
    m = len(edges)
    for ids in grid.values():
        for i, j in itertools.combinations(ids, 2):
            if abs(i - j) <= 1 or abs(i - j) == m - 1 or (i, j) in found:
                continue
            a, b = edges[i]
            c, d = edges[j]
            if (_cross(a, b, c) * _cross(a, b, d) < 0) and (_cross(c, d, a) * _cross(c, d, b) < 0):
                found.add((i, j))
    return [edges[i][0] for i, _ in sorted(found)]


def check_view(path):
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as f:
            v = yaml.safe_load(f)
    except (OSError, yaml.YAMLError) as e:
        err(name, f"cannot be read: {e}")
        return None
    if not isinstance(v, dict):
        err(name, "a view is a mapping")
        return None
    for k in sorted(set(v) - KEYS):
        err(name, f"unknown key {k!r}")
    for k in ("id", "label", "label_en", "width", "height", "outline", "anchors"):
        if k not in v:
            err(name, f"missing {k!r}")
    if not all(k in v for k in ("id", "width", "height", "outline", "anchors")):
        return None
    vid = v["id"]
    if os.path.splitext(name)[0].replace("-", "_") != vid:
        err(name, f"id {vid!r} does not match the file name")
    W, H = v["width"], v["height"]
    if not (isinstance(W, (int, float)) and isinstance(H, (int, float)) and W > 0 and H > 0):
        err(name, "width and height are positive numbers")
        return None
    if os.path.getsize(path) > 40 * 1024:
        warn(name, f"{os.path.getsize(path)} bytes, over 40 KB")

    polys = []
    for kind in ("outline", "details"):
        items = v.get(kind) or []
        if not isinstance(items, list) or (kind == "outline" and not items):
            err(name, f"{kind} is a list of paths" + (" (at least one)" if kind == "outline" else ""))
            continue
        for i, d in enumerate(items):
            where = f"{name}: {kind}[{i}]"
            sps = parse_path(d, where, kind == "outline")
            if sps is None:
                continue
            for sp in sps:
                coords = [sp["start"]] + [p for seg in sp["segs"] for p in seg[1:]]
                bad = [p for p in coords if not (0 <= p[0] <= W and 0 <= p[1] <= H)]
                if bad:
                    err(where, f"point {bad[0]} outside the view box {W} x {H}")
                if kind == "outline":
                    poly = flatten(sp)
                    polys.append(poly)
                    crossings = self_intersections(poly)
                    if crossings:
                        warn(where, f"the outline crosses itself near {tuple(round(c, 1) for c in crossings[0])}")

    for i, lab in enumerate(v.get("labels") or []):
        where = f"{name}: labels[{i}]"
        if not isinstance(lab, dict) or not str(lab.get("text", "")).strip() or "at" not in lab:
            err(where, "a label has a text and an at")
            continue
        x, y = lab["at"]
        size = lab.get("size", 0)
        if not (isinstance(size, (int, float)) and size > 0):
            err(where, "size is a positive number")
        if not (0 <= x <= W and 0 <= y <= H) or y - size * 0.75 < 0:
            err(where, f"{lab['text']!r} at {lab['at']} outside the view box")
        elif x + len(str(lab["text"])) * size * 0.56 > W:
            warn(where, f"{lab['text']!r} may run past the right edge")

    anchors = []
    for i, a in enumerate(v["anchors"] or []):
        where = f"{name}: anchors[{i}]"
        if not isinstance(a, dict):
            err(where, "an anchor is a mapping")
            continue
        region, side, faces, tooth = a.get("region"), a.get("side"), a.get("faces"), a.get("tooth")
        for k in sorted(set(a) - {"region", "side", "faces", "tooth", "at"}):
            err(where, f"unknown key {k!r}")
        if region not in REGIONS:
            err(where, f"region {region!r} is not in the list")
        if tooth is None and side not in SIDES:
            err(where, f"side {side!r}: droite, gauche or mediane")
        if side is not None and side not in SIDES:
            err(where, f"side {side!r}: droite, gauche or mediane")
        if faces is not None:
            if not isinstance(faces, list) or not faces or any(f not in FACES for f in faces) \
                    or len(set(faces)) != len(faces):
                err(where, f"faces {faces!r}: a non-empty list of distinct faces among {sorted(FACES)}")
                faces = None
        if tooth is not None and (region != "dents" or str(tooth) not in TEETH):
            err(where, f"tooth {tooth!r}: an FDI number, on region dents")
        at = a.get("at")
        if not (isinstance(at, list) and len(at) == 2 and all(isinstance(c, (int, float)) for c in at)):
            err(where, "at is [x, y]")
            continue
        if not (0 <= at[0] <= W and 0 <= at[1] <= H):
            err(where, f"{region}/{side} at {at} outside the view box")
        elif polys and not any(inside(p, at[0], at[1]) for p in polys):
            warn(where, f"{region}/{side} at {at} lies outside the view's outlines")
        anchors.append({"view": vid, "region": region, "side": side,
                        "faces": tuple(faces) if faces else None, "tooth": None if tooth is None else str(tooth),
                        "where": where})
    return {"id": vid, "alternative": v.get("alternative"), "anchors": anchors, "name": name}


def check_set(views, label):
    """The anchor rules over a set of views that can be used together."""
    anchors = [a for v in views for a in v["anchors"]]
    seen_keys, seen_face = {}, {}
    defaults = {}
    for a in anchors:
        key = (a["region"], a["side"], frozenset(a["faces"] or ()), a["tooth"])
        if key in seen_keys:
            err(a["where"], f"ties with {seen_keys[key]} (same region, side, faces{', tooth' if a['tooth'] else ''})"
                + label)
        seen_keys[key] = a["where"]
        for f in a["faces"] or ():
            fk = (a["region"], a["side"], f, a["tooth"])
            if fk in seen_face and seen_face[fk] != a["where"]:
                err(a["where"], f"a second anchor for {a['region']}/{a['side']} face {f} ({seen_face[fk]})" + label)
            seen_face[fk] = a["where"]
        if a["tooth"] is None:
            rs = (a["region"], a["side"])
            defaults.setdefault(rs, [])
            if not a["faces"]:
                defaults[rs].append(a["where"])
    for (region, side), ds in sorted(defaults.items(), key=str):
        if len(ds) == 0:
            err(f"{region}/{side}", "has anchors with faces but none without faces (the default)" + label)
        elif len(ds) > 1:
            err(f"{region}/{side}", f"{len(ds)} default anchors (without faces): {', '.join(ds)}" + label)
    for region in sorted(REGIONS):
        need = ("mediane",) if region in SINGLE else ("droite", "gauche")
        for side in need:
            if not defaults.get((region, side)):
                err(f"{region}/{side}", "no default anchor (without faces) in any view" + label)
    for region in sorted(PAIRED):
        if (region, "mediane") in defaults:
            warn(f"{region}/mediane", "a paired region with a mediane anchor" + label)


def main(argv):
    paths = argv[1:] or sorted(glob.glob(os.path.join(HERE, "*.yaml")))
    views = [v for v in (check_view(p) for p in paths) if v]
    ids = [v["id"] for v in views]
    for vid in sorted({i for i in ids if ids.count(i) > 1}):
        err(vid, "two views with this id")
    if not argv[1:]:
        for vid in sorted(EXPECTED_VIEWS - set(ids)):
            err(vid, "the view is missing")
    teeth = [a["tooth"] for v in views if v["id"] == "odontogramme" for a in v["anchors"] if a["tooth"]]
    if "odontogramme" in ids:
        for t in TEETH:
            if teeth.count(t) != 1:
                err("odontogramme", f"tooth {t}: {teeth.count(t)} anchors (one expected)")
    # Views sharing an `alternative` are used one at a time: check every combination.
    common = [v for v in views if not v["alternative"]]
    groups = {}
    for v in views:
        if v["alternative"]:
            groups.setdefault(v["alternative"], []).append(v)
    combos = list(itertools.product(*groups.values())) or [()]
    for combo in combos:
        label = "" if len(combos) == 1 else f" [with {', '.join(v['id'] for v in combo)}]"
        check_set(common + list(combo), label)
    for w in dict.fromkeys(warnings):
        print(f"warning: {w}")
    for e in dict.fromkeys(errors):
        print(f"error: {e}")
    n = sum(len(v["anchors"]) for v in views)
    if errors:
        print(f"check.py: {len(set(errors))} error(s) in {len(views)} view(s)")
        return 1
    print(f"check.py: {len(views)} views, {n} anchors, OK" + (f" ({len(set(warnings))} warning(s))" if warnings else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
