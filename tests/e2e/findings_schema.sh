#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The findings' JSON Schema (schema/findings.schema.json), checked by an independent validator (Debian's
# python3-jsonschema): every good example, read from YAML, is valid; the same findings with a value of the
# wrong type (a size written with its unit, a list where a text goes, an unknown key) are not.
set -euo pipefail
: "${SRC:?SRC must name the source tree}"

python3 - "$SRC" <<'PY'
import glob, json, os, sys
import jsonschema, yaml

src = sys.argv[1]
schema = json.load(open(os.path.join(src, "schema/findings.schema.json"), encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

# medcert reads every scalar as text: keep dates and date-times as written, not as Python dates.
class TextDates(yaml.SafeLoader):
    pass
TextDates.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}

def errors(document):
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]

examples = sorted(p for p in glob.glob(os.path.join(src, "examples/*/*.yaml")))
if len(examples) < 5:
    sys.exit(f"FAIL: only {len(examples)} examples found under {src}/examples")
failed = False
for path in examples:
    document = yaml.load(open(path, encoding="utf-8"), Loader=TextDates)
    problems = errors(document)
    if problems:
        failed = True
        print(f"FAIL: {path} does not validate:\n  " + "\n  ".join(problems))
if failed:
    sys.exit(1)
print(f"ok: {len(examples)} examples validate")

base = yaml.load(open(os.path.join(src, "examples/medecin/court.yaml"), encoding="utf-8"), Loader=TextDates)
def faulty(change):
    document = json.loads(json.dumps(base))
    change(document)
    return document
cases = {
    "a size with its unit": lambda d: d["lesions"][0].update(size={"length_cm": "6 cm"}),
    "a list where a text goes": lambda d: d["issuance"].update(place=["Lyon"]),
    "a number where a text goes": lambda d: d["patient"].update(family_name=12),
    "an unknown key": lambda d: d["patient"].update(surname="Exemple"),
    "a date in French order": lambda d: d["patient"].update(birth_date="12/04/1990"),
    "an ITT of a year and a day": lambda d: d.update(itt={"mode": "fixed", "days": 366}),
    "another format version": lambda d: d.update(medcert=2),
}
for name, change in cases.items():
    if not errors(faulty(change)):
        sys.exit(f"FAIL: {name} passes the schema")
    print(f"ok: {name} fails the schema")
PY
