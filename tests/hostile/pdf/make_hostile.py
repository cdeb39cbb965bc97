#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""make_hostile.py SIGNED.pdf OUTDIR — PDFs made to crash, hang or exhaust a PDF reader (standard library
only, deterministic: same input, same files). PoDoFo 0.9.8 failed on each before medcert parsed untrusted
PDFs with qpdf first (docs/security.md, "Hostile PDFs"); tests/e2e/hostile_pdfs.sh runs `verify`,
`extract` and `sign` on every file: each must end within 5 s and 200 MB, exit 1 or 2 with a message.

  encrypt_*   a bogus /Encrypt dictionary (PoDoFo: segmentation fault), in a small file and in an update
              appended to a signed certificate
  nesting_*   dictionaries (or arrays) nested 1,000 / 20,000 / 100,000 deep (PoDoFo: endless CPU from about
              1,000, stack overflow from about 20,000; qpdf refuses beyond 500), and 200 deep (medcert's own
              limit, 64)
  objects_*   more indirect objects than medcert reads
  bomb_*      a 1 GiB flate bomb (1 MB compressed) as the embedded findings, as the XMP, as an object
              stream, as a cross-reference stream (qpdf itself would inflate it whole), and as the findings
              or the XMP of a signed certificate redefined by a later update
"""
import os
import re
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_attacks import object_body, trailer_value, update  # noqa: E402  (the same update writer)

FINDINGS_NAME = b"medcert-findings.json"  # pdf/embedded_names.hpp, kFindingsFileName


def flate_bomb(mib=1024):
    """`mib` MiB of zeros, deflated: about 1 KB per MiB."""
    compressor = zlib.compressobj(9)
    zeros = bytes(1 << 20)
    parts = [compressor.compress(zeros) for _ in range(mib)]
    parts.append(compressor.flush())
    return b"".join(parts)


def stream(data, extra=b""):
    return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), extra, data)


def build(objects, trailer_extra=b"", version=b"1.7"):
    """A whole PDF from {number: body}, object 1 the catalog, with a classic xref table."""
    out = bytearray(b"%%PDF-%s\n%%\xe2\xe3\xcf\xd3\n" % version)
    size = max(objects) + 1
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (size, trailer_extra, xref_at)
    return bytes(out)


def page_objects(catalog_extra=b""):
    """Catalog (1), pages (2), one empty A4 page (3)."""
    return {
        1: b"<< /Type /Catalog /Pages 2 0 R %s>>" % catalog_extra,
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    }


def nested(depth, opening=b"<< /A ", closing=b" >>"):
    return opening * depth + b"null" + closing * depth


BOGUS_ENCRYPT = (b"/Encrypt << /Filter /Standard /V 4 /R 4 /Length 128 /CF << /StdCF << /CFM /AESV2 >> >> "
                 b"/StmF /StdCF /StrF /StdCF /O <00> /U <00> /P -4 >> /ID [<00> <00>] ")


def with_trailer_entry(pdf, entry):
    """`pdf` with `entry` added to its last trailer (the update writer knows only /Size, /Root, /Prev)."""
    at = pdf.rindex(b"trailer\n<< ") + len(b"trailer\n<< ")
    return pdf[:at] + entry + pdf[at:]


def findings_stream(signed):
    """The number of the signed certificate's embedded findings stream (catalog /AF → /EF /F)."""
    catalog = object_body(signed, trailer_value(signed, b"Root"))
    spec = int(re.search(rb"/AF\s*\[\s*(\d+) 0 R", catalog).group(1))
    return int(re.search(rb"/EF\s*<<\s*/F (\d+) 0 R", object_body(signed, spec)).group(1))


def object_stream_file(bomb):
    """A PDF 1.5 whose objects 1-3 live in an object stream (object 4) that is a flate bomb, listed by a
    cross-reference stream (object 5)."""
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    objstm_at = len(out)
    out += b"4 0 obj\n%s\nendobj\n" % stream(bomb, b"/Type /ObjStm /N 3 /First 20 /Filter /FlateDecode ")
    xref_at = len(out)
    rows = [(0, 0, 65535), (2, 4, 0), (2, 4, 1), (2, 4, 2), (1, objstm_at, 0), (1, xref_at, 0)]
    table = b"".join(bytes([kind]) + field.to_bytes(4, "big") + index.to_bytes(2, "big") for kind, field, index in rows)
    out += b"5 0 obj\n%s\nendobj\n" % stream(table, b"/Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R ")
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def xref_stream_file(bomb):
    """A PDF 1.5 whose only cross-reference section is a stream (object 4) that is a flate bomb."""
    objects = page_objects()
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    for number in sorted(objects):
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref_at = len(out)
    out += b"4 0 obj\n%s\nendobj\n" % stream(bomb, b"/Type /XRef /Size 5 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode ")
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def hostile(signed):
    bomb = flate_bomb()
    bomb_stream = stream(bomb, b"/Filter /FlateDecode ")
    out = {}
    out["encrypt_bogus"] = build(page_objects(), BOGUS_ENCRYPT)
    catalog_number = trailer_value(signed, b"Root")
    catalog = {catalog_number: object_body(signed, catalog_number)}
    out["encrypt_in_update"] = with_trailer_entry(update(signed, catalog), BOGUS_ENCRYPT)
    for depth in (200, 1000, 20000, 100000):
        out[f"nesting_{depth}"] = build({**page_objects(b"/Deep 4 0 R "), 4: nested(depth)})
    out["nesting_arrays_20000"] = build({**page_objects(b"/Deep 4 0 R "), 4: nested(20000, b"[", b"]")})
    many = 30000
    out["objects_30000"] = build({**page_objects(b"/Many 4 0 R "),
                                  4: b"[" + b" ".join(b"%d 0 R" % n for n in range(5, many)) + b"]",
                                  **{n: b"%d" % n for n in range(5, many)}})
    spec = (b"[<< /Type /Filespec /F (%s) /UF (%s) /AFRelationship /Source /EF << /F 4 0 R >> >>]"
            % (FINDINGS_NAME, FINDINGS_NAME))
    out["bomb_findings"] = build({**page_objects(b"/AF " + spec + b" "),
                                  4: stream(bomb, b"/Type /EmbeddedFile /Subtype /application#2Fjson /Filter /FlateDecode ")})
    out["bomb_xmp"] = build({**page_objects(b"/Metadata 4 0 R "),
                             4: stream(bomb, b"/Type /Metadata /Subtype /XML /Filter /FlateDecode ")})
    out["bomb_object_stream"] = object_stream_file(bomb)
    out["bomb_xref_stream"] = xref_stream_file(bomb)
    out["bomb_update_findings"] = update(signed, {findings_stream(signed): bomb_stream})
    metadata = int(re.search(rb"/Metadata (\d+) 0 R", catalog[catalog_number]).group(1))
    out["bomb_update_xmp"] = update(signed, {metadata: bomb_stream})
    return out


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    with open(sys.argv[1], "rb") as f:
        signed = f.read()
    os.makedirs(sys.argv[2], exist_ok=True)
    for name, data in hostile(signed).items():
        with open(os.path.join(sys.argv[2], name + ".pdf"), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
