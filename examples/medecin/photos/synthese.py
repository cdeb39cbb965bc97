# SPDX-License-Identifier: Apache-2.0
# A synthetic « photograph » for medcert's examples (generer.sh): a skin-coloured gradient, a soft coloured
# patch standing for a lesion, a metric scale. Written as PPM: usage synthese.py N OUT.ppm.
import sys
W, H = 1600, 1200
def ppm(path, bruise):
    cx, cy, rx, ry, tint = bruise
    rows = []
    px_cm = 60
    for y in range(H):
        row = bytearray()
        for x in range(W):
            # skin-like background with a gentle gradient
            r, g, b = 224 - y * 0.02, 186 - y * 0.02, 160 - y * 0.015
            d = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2
            if d < 1.6:
                k = max(0.0, min(1.0, (1.6 - d) / 0.9))
                r = r * (1 - 0.45 * k) + tint[0] * 0.45 * k
                g = g * (1 - 0.45 * k) + tint[1] * 0.45 * k
                b = b * (1 - 0.45 * k) + tint[2] * 0.45 * k
            # a metric scale along the bottom: a white band with a tick every centimetre
            if H - 150 < y < H - 90 and 100 < x < 100 + 15 * px_cm:
                r = g = b = 245
                if (x - 100) % px_cm < 3 and y < H - 120: r = g = b = 20
                if (x - 100) % (px_cm // 2) < 2 and y < H - 135: r = g = b = 20
            row += bytes((int(r), int(g), int(b)))
        rows.append(bytes(row))
    with open(path, 'wb') as f:
        f.write(b'P6\n%d %d\n255\n' % (W, H))
        f.write(b''.join(rows))
specs = [(700, 550, 260, 170, (110, 60, 120)), (820, 500, 330, 120, (90, 70, 130)),
         (760, 560, 200, 200, (150, 40, 60)), (800, 520, 380, 240, (120, 140, 70))]
n = int(sys.argv[1]); ppm(sys.argv[2], specs[n - 1])
