#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The checks of tests/e2e/serve.sh that speak HTTP to a running `medcert serve` (python3 stdlib + PyYAML).

usage: serve_client.py PORT MEDCERT SRC WORK
Prints one "ok: ..." line per check; exits 1 at the first failure.
"""
import base64
import concurrent.futures
import http.client
import json
import os
import socket
import subprocess
import sys

import yaml

PORT, MEDCERT, SRC, WORK = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
HOST = f"127.0.0.1:{PORT}"
PROFESSIONS = {"medecin", "infirmier", "masseur-kinesitherapeute", "pedicure-podologue", "sage-femme",
               "chirurgien-dentiste"}


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def ok(message):
    print(f"ok: {message}")


def request(method, path, body=None, content_type="application/json", headers=None):
    """(status, headers dict with lower-case names, body bytes); never raises on a refused upload. A body
    that is neither text nor bytes (a generator of bytes) is sent chunked (Transfer-Encoding: chunked)."""
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
    sent = {"Host": HOST}
    chunked = body is not None and not isinstance(body, (str, bytes))
    if body is not None:
        sent["Content-Type"] = content_type
    if chunked:
        sent["Transfer-Encoding"] = "chunked"
    sent.update(headers or {})
    data = body.encode() if isinstance(body, str) else body
    try:
        conn.request(method, path, body=data, headers=sent, encode_chunked=chunked)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the server may answer (413) before taking the whole body
    response = conn.getresponse()
    result = response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    conn.close()
    return result


def chunks(data, size=64 * 1024):
    """`data` as a generator of pieces: request() sends it chunked."""
    return (data[i:i + size] for i in range(0, len(data), size))


def as_json_text(yaml_path):
    """A findings YAML file as JSON text, every scalar kept as written (BaseLoader: no type guessing)."""
    with open(yaml_path, encoding="utf-8") as f:
        return json.dumps(yaml.load(f, Loader=yaml.BaseLoader), ensure_ascii=False, indent=2)


def write(name, data):
    path = os.path.join(WORK, name)
    with open(path, "wb" if isinstance(data, bytes) else "w") as f:
        f.write(data)
    return path


def pdf_text(path):
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def cli_check(path):
    run = subprocess.run([MEDCERT, "check", "--format", "json", path], capture_output=True, text=True)
    return json.loads(run.stdout)


def key(diagnostics):
    return [(d["severity"], d["rule"], d["path"], d["line"], d["column"]) for d in diagnostics]


def texts(value):
    """Every scalar as text: what the findings loader reads."""
    if isinstance(value, dict):
        return {k: texts(v) for k, v in value.items()}
    if isinstance(value, list):
        return [texts(v) for v in value]
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def check_static_and_headers():
    if not os.path.exists(os.path.join(SRC, "web", "index.html")):
        print("skip: web/index.html does not exist yet")
        return
    status, headers, body = request("GET", "/")
    if status != 200 or not headers["content-type"].startswith("text/html") or b"<form" not in body.lower() and b"<html" not in body.lower():
        fail(f"GET / gives {status} {headers.get('content-type')}")
    for name in ("content-security-policy", "x-content-type-options", "referrer-policy"):
        if name not in headers:
            fail(f"GET / has no {name} header")
    if "default-src 'self'" not in headers["content-security-policy"]:
        fail("the CSP does not restrict sources to 'self'")
    status, headers, _ = request("GET", "/app.js")
    if status != 200 or not headers["content-type"].startswith("text/javascript"):
        fail(f"GET /app.js gives {status} {headers.get('content-type')}")
    for path in ("/../CMakeLists.txt", "/%2e%2e/CMakeLists.txt", "/templates", "/.git"):
        if request("GET", path)[0] == 200:
            fail(f"GET {path} is served")
    ok("the form's files, and nothing outside web/, with the security headers")


def check_professions_and_forms():
    status, headers, body = request("GET", "/api/professions")
    ids = {p["id"] for p in json.loads(body)["professions"]}
    if status != 200 or ids != PROFESSIONS:
        fail(f"/api/professions: {status} {ids}")
    if headers.get("cache-control") != "no-store":
        fail("/api/professions is not Cache-Control: no-store")
    sections = {}
    for profession in ("medecin", "infirmier", "physician"):
        status, _, body = request("GET", f"/api/form?profession={profession}")
        if status != 200:
            fail(f"/api/form?profession={profession}: {status}")
        schema = json.loads(body)
        sections[profession] = [s["id"] for s in schema["sections"]]
        if "lesion_types" not in schema["vocabularies"] or "regions" not in schema["vocabularies"]:
            fail(f"/api/form?profession={profession} has no lesion vocabularies")
    if "itt" not in sections["medecin"] or "itt" in sections["infirmier"] or sections["physician"] != sections["medecin"]:
        fail(f"ITT section: {sections}")
    _, _, body = request("GET", "/api/form?profession=pedicure-podologue")
    regions = {r["id"] for r in json.loads(body)["vocabularies"]["regions"]}
    if "pied" not in regions or "thorax" in regions:
        fail(f"the podiatrist's regions are not those of the foot and ankle: {regions}")
    if request("GET", "/api/form?profession=plombier")[0] != 404:
        fail("an unknown profession is not 404")
    ok("professions, and a form per profession (ITT only where the profession may state one)")

    labels = {}
    for lang in ("fr", "en"):
        status, _, body = request("GET", f"/api/form?profession=medecin&lang={lang}")
        schema = json.loads(body)
        fields = {f["path"]: f for s in schema["sections"] for f in s.get("fields", []) if "path" in f}
        colours = {c["id"]: c["label"] for c in schema["vocabularies"]["colours"]}
        labels[lang] = (schema["language"], fields["findings.patient.birth_date"]["label"], colours["violacee"])
    if labels != {"fr": ("fr", "Date de naissance", "violacée"), "en": ("en", "Date of birth", "purple")}:
        fail(f"the form's labels and choices by language: {labels}")
    status, _, body = request("GET", "/api/professions")
    english = {p["id"]: p["label_en"] for p in json.loads(body)["professions"]}
    if english.get("masseur-kinesitherapeute") != "physiotherapist":
        fail(f"the professions' English labels: {english}")
    ok("the form in English: field labels and choices in English (Date of birth, purple), French by default")


def check_check():
    court = write("court.json", as_json_text(f"{SRC}/examples/medecin/court.yaml"))
    status, _, body = request("POST", "/api/check", open(court, "rb").read())
    result = json.loads(body)
    if status != 200 or result["ok"] is not True or result["format_version"] != 1:
        fail(f"/api/check on court.yaml: {status} {body[:300]}")
    compared = 0
    for name in ("bad-rpps", "missing-field", "unknown-key", "dates-out-of-order", "wrong-type", "jugement"):
        source = f"{SRC}/examples/medecin/faulty/{name}.yaml"
        if not os.path.exists(source):
            continue
        path = write(f"{name}.json", as_json_text(source))
        status, _, body = request("POST", "/api/check", open(path, "rb").read())
        served, cli = json.loads(body), cli_check(path)
        if status != 200 or served["ok"] or key(served["diagnostics"]) != key(cli["diagnostics"]):
            fail(f"/api/check on {name}: {key(served['diagnostics'])} != medcert check's {key(cli['diagnostics'])}")
        compared += 1
    if compared < 4:
        fail("too few faulty examples found")
    missing = open(os.path.join(WORK, "missing-field.json"), "rb").read()
    french = [d["message"] for d in json.loads(request("POST", "/api/check", missing)[2])["diagnostics"]]
    english = [d["message"] for d in json.loads(request("POST", "/api/check?lang=en", missing)[2])["diagnostics"]]
    if not english or len(english) != len(french) or any(f == e for f, e in zip(french, english)):
        fail(f"lang=en does not give English messages: {english}")
    ok(f"/api/check: the same diagnostics as medcert check --format json ({compared} faulty cases)")
    return court


def check_render(court):
    status, headers, pdf = request("POST", "/api/render", open(court, "rb").read())
    if status != 200 or headers["content-type"] != "application/pdf" or not pdf.startswith(b"%PDF-"):
        fail(f"/api/render: {status} {headers.get('content-type')} {pdf[:200]}")
    if "attachment" not in headers.get("content-disposition", "") or headers.get("cache-control") != "no-store":
        fail("the PDF is not sent as a no-store attachment")
    served = write("served.pdf", pdf)
    if "Certificat médical initial" not in pdf_text(served) or "EXEMPLE" not in pdf_text(served).upper():
        fail("the served PDF lacks its title or the patient's name")
    if subprocess.run(["qpdf", "--check", served], capture_output=True).returncode != 0:
        fail("qpdf --check fails on the served PDF")
    cli_pdf = os.path.join(WORK, "cli.pdf")
    subprocess.run([MEDCERT, "render", court, "-o", cli_pdf], check=True, capture_output=True)
    if open(cli_pdf, "rb").read() != pdf:
        fail("the served PDF differs from medcert render's")
    status, headers, body = request("POST", "/api/render", open(write("missing.json", as_json_text(
        f"{SRC}/examples/medecin/faulty/missing-field.yaml")), "rb").read())
    if status != 422 or json.loads(body)["ok"] is not False:
        fail(f"/api/render of faulty findings: {status}")
    status, _, pdf = request("POST", "/api/render?specimen=1&pdfa=2b", open(court, "rb").read())
    if status != 200 or "SPÉCIMEN" not in pdf_text(write("specimen.pdf", pdf)):
        fail("specimen=1 does not mark the PDF")
    ok("/api/render: the same bytes as medcert render; 422 with diagnostics when faulty; specimen")


def check_render_with_photos():
    """The form's render request with photographs: {"findings", "photos": [{"file", "data"}]}."""
    example = f"{SRC}/examples/medecin/annexes.yaml"
    findings = json.loads(as_json_text(example))
    photos = [{"file": p["file"], "data": base64.b64encode(open(f"{SRC}/examples/medecin/{p['file']}", "rb").read())
               .decode()} for p in findings["photos"]]
    status, _, pdf = request("POST", "/api/render", json.dumps({"findings": findings, "photos": photos}))
    if status != 200 or not pdf.startswith(b"%PDF-"):
        fail(f"/api/render with photographs: {status} {pdf[:300]}")
    cli_pdf = os.path.join(WORK, "annexes-cli.pdf")
    subprocess.run([MEDCERT, "render", example, "-o", cli_pdf], check=True, capture_output=True)
    if open(cli_pdf, "rb").read() != pdf:
        fail("the PDF served with photographs differs from medcert render's")
    listed = subprocess.run(["pdfimages", "-list", write("served-annexes.pdf", pdf)], capture_output=True,
                            text=True).stdout.splitlines()[2:]
    if len(listed) != len(photos):
        fail(f"{len(photos)} photographs sent, {len(listed)} images in the PDF")
    # A photograph named by the findings but not sent: its row says so; nothing is rendered.
    status, _, body = request("POST", "/api/render", json.dumps({"findings": findings, "photos": photos[1:]}))
    missing = [d for d in json.loads(body).get("diagnostics", []) if d["rule"] == "P-PHOTO"]
    if status != 422 or [d["path"] for d in missing] != ["findings.photos[0].file"]:
        fail(f"a photograph not sent: {status} {body[:300]}")
    for bad in ({"findings": findings, "photos": [{"file": photos[0]["file"], "data": "pas du base64 !"}]},
                {"findings": findings, "photos": {"file": "x"}},
                {"findings": findings, "photos": [photos[0], photos[0]]},
                {"findings": "medcert: 1"}):
        status, _, body = request("POST", "/api/render", json.dumps(bad))
        if status != 400 or "error" not in json.loads(body):
            fail(f"a malformed render request is not 400: {status} {body[:200]}")
    # Photographs make bodies larger than the 1 MiB of the other endpoints: up to 128 MiB for a render.
    padded = json.dumps({"findings": findings, "photos": photos + [
        {"file": "non-cite.jpg", "data": base64.b64encode(b"\0" * (2 * 1024 * 1024)).decode()}]})
    if request("POST", "/api/render", padded)[0] != 200:
        fail("a 3 MiB render request is refused")
    if request("POST", "/api/check", padded)[0] != 413:
        fail("a 3 MiB check request is accepted")
    # A declared length beyond 128 MiB is refused before a byte of the body is sent.
    with socket.create_connection(("127.0.0.1", PORT), timeout=30) as raw:
        raw.sendall(f"POST /api/render HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {200 * 1024 * 1024}\r\n\r\n".encode())
        head = raw.recv(4096).decode(errors="replace")
    if not head.startswith("HTTP/1.1 413") or "128 Mio" not in head:
        fail(f"a 200 MiB Content-Length is not refused at once: {head[:300]}")
    ok("/api/render with photographs: the CLI's bytes, each photo an image; a photo not sent (422), malformed "
       "(400); 3 MiB accepted for a render only; 200 MiB declared refused at once (413)")


def check_export_import(court):
    original = json.load(open(court, encoding="utf-8"))
    status, headers, exported = request("POST", "/api/export?format=yaml", json.dumps(original, ensure_ascii=False))
    if status != 200 or not headers["content-type"].startswith("text/yaml") or not exported.startswith(b"# "):
        fail(f"/api/export: {status} {exported[:200]}")
    saved = write("exported.yaml", exported)
    run = subprocess.run([MEDCERT, "check", saved], capture_output=True, text=True)
    if run.returncode != 0:
        fail(f"medcert check refuses the exported file: {run.stdout}{run.stderr}")
    status, _, body = request("POST", "/api/import", exported, content_type="text/plain")
    imported = json.loads(body)
    if status != 200 or texts(imported["findings"]) != texts(original) or imported["ok"] is not True:
        fail(f"export then import changes the findings: {status} {body[:300]}")
    status, _, body = request("POST", "/api/export?format=json", json.dumps(original))
    if status != 200 or json.loads(body) != original:
        fail("/api/export?format=json changes the findings")
    status, _, body = request("POST", "/api/import", "author: [unclosed", content_type="text/plain")
    if status != 400 or not json.loads(body)["diagnostics"]:
        fail(f"importing a broken file: {status} {body[:200]}")
    ok("export (YAML that medcert check accepts) and import give back the same findings")


def check_refusals(court):
    body = open(court, "rb").read()
    status, headers, answer = request("POST", "/api/render", body, headers={"Host": "evil.example"})
    if status not in (421, 403) or answer.startswith(b"%PDF"):
        fail(f"a foreign Host header is not refused: {status}")
    if request("GET", "/api/professions", headers={"Host": f"evil.example:{PORT}"})[0] not in (421, 403):
        fail("a foreign Host header is refused on POST only")
    if request("GET", "/", headers={"Host": f"localhost:{PORT}"})[0] in (421, 403):
        fail("localhost:PORT is refused")
    status, _, answer = request("POST", "/api/render", body, headers={"Origin": "http://evil.example"})
    if status != 403 or answer.startswith(b"%PDF"):
        fail(f"a foreign Origin is not refused: {status}")
    if request("POST", "/api/check", body, headers={"Origin": f"http://127.0.0.1:{PORT}"})[0] != 200:
        fail("the form's own Origin is refused")
    if request("POST", "/api/check", body, content_type="text/plain")[0] != 403:
        fail("a text/plain POST (what a cross-site form can send) is accepted")
    status, _, _ = request("POST", "/api/check", b"{" + b" " * (2 * 1024 * 1024) + b"}")
    if status != 413:
        fail(f"a 2 MiB body gives {status}, not 413")
    # Chunked, the body has no Content-Length to refuse up front: it is counted as it comes.
    status, _, _ = request("POST", "/api/check", chunks(b"{" + b" " * (2 * 1024 * 1024) + b"}"))
    if status != 413:
        fail(f"a 2 MiB chunked body gives {status}, not 413")
    if request("GET", "/api/professions")[0] != 200:
        fail("the server does not answer after a chunked body too large")
    status, _, answer = request("POST", "/api/check", chunks(body))
    if status != 200 or b"diagnostics" not in answer:
        fail(f"a chunked body within the limit is not checked: {status}")
    for bad in (b"{not json", b"[1, 2]", b"\"text\"", b"[" * 100000):
        if request("POST", "/api/check", bad)[0] != 400:
            fail(f"a body that is not a findings object is not 400: {bad[:20]}")
    if request("GET", "/api/professions")[0] != 200:
        fail("the server does not answer after a malformed body")
    ok("foreign Host (421), foreign Origin and text/plain (403), 2 MiB (413, chunked too), malformed JSON (400), "
       "still serving")


def check_concurrency(court):
    original = json.load(open(court, encoding="utf-8"))
    names = [f"Simultane{chr(ord('A') + i)}" for i in range(16)]

    def render(name):
        findings = json.loads(json.dumps(original))
        findings["patient"]["family_name"] = name
        status, _, pdf = request("POST", "/api/render", json.dumps(findings, ensure_ascii=False))
        return name, status, pdf

    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(render, names))
    for name, status, pdf in results:
        if status != 200:
            fail(f"concurrent render for {name}: {status}")
        text = pdf_text(write(f"{name}.pdf", pdf)).upper()  # family names are printed in capitals
        others = [n for n in names if n != name and n.upper() in text]
        if name.upper() not in text or others:
            fail(f"the PDF for {name} does not hold its own name only (also: {others})")
    ok("16 concurrent renders, each answered 200 with its own certificate")


check_static_and_headers()
check_professions_and_forms()
court_json = check_check()
check_render(court_json)
check_render_with_photos()
check_export_import(court_json)
check_refusals(court_json)
check_concurrency(court_json)
