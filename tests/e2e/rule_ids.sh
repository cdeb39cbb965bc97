#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Every rule id the code reports is documented (docs/rules.md) and worded in both languages of the message
# catalogue (src/model/messages/{fr,en}.txt); every message id the code names is in both; every catalogue
# entry belongs to a documented rule (or is a shared piece: common.*, cli.*) and is named in src/. No message
# is worded in C++: src/model/diag.hpp builds diagnostics from catalogue entries only. Needs SRC.
set -euo pipefail
: "${SRC:?SRC must name the source tree}"
exec python3 - "$SRC" <<'PY'
import pathlib, re, sys

src = pathlib.Path(sys.argv[1])
rule = r"[A-Z]-[A-Z0-9]+(?:-[A-Z0-9]+)*"
code = "\n".join(p.read_text() for p in sorted((src / "src").rglob("*")) if p.suffix in (".cpp", ".hpp"))
used_rules = set(re.findall(rf'"({rule})(?:\.[a-z_]+)?"', code))
used_messages = set(re.findall(rf'"((?:{rule}|common|cli)\.[a-z_]+)"', code))
# A rule id alone given to a diagnostic's builder is the message id of the rule's own entry.
used_messages |= set(re.findall(rf'\b(?:error|warning|diagnose|failure)\([^;"]*?"({rule})"', code))
documented = set(re.findall(rf"^\| ({rule}) \|", (src / "docs/rules.md").read_text(), re.M))

# The wording rules' messages are template data (`wording:` in templates/, message_fr/message_en), not
# catalogue entries; the code names one only as an example value (a template's missing rule id).
wording_rules = set()
for template in sorted((src / "templates").rglob("*.yaml")):
    wording_rules |= set(re.findall(rf"^\s*- id: ({rule})\s*$", template.read_text(), re.M))

failures = []
for lang in ("fr", "en"):
    text = (src / f"src/model/messages/{lang}.txt").read_text()
    entries = set(re.findall(r"^\[(.+)\]$", text, re.M))
    # A rule whose only message is shared (common.missing) is named in the comment above that entry.
    mentioned = set(re.findall(rule, text))
    for r in sorted(used_rules - mentioned - wording_rules):
        failures.append(f"{r}: used in src/, absent from src/model/messages/{lang}.txt")
    for m in sorted(used_messages - entries):
        failures.append(f"{m}: named in src/, no entry in src/model/messages/{lang}.txt")
    for e in sorted(entries):
        if not e.startswith(("common.", "cli.")) and e.split(".")[0] not in documented:
            failures.append(f"{e}: entry of src/model/messages/{lang}.txt, its rule is not in docs/rules.md")
        # An entry no code names is dead.
        if f'"{e}"' not in code:
            failures.append(f"{e}: entry of src/model/messages/{lang}.txt that no file of src/ names")
for r in sorted(used_rules - documented):
    failures.append(f"{r}: used in src/, not in docs/rules.md")

for f in failures:
    print("FAIL:", f, file=sys.stderr)
if failures:
    sys.exit(1)
print(f"ok: {len(used_rules)} rule ids and {len(used_messages)} message ids of src/ are documented and in both "
      f"catalogues (wording rules: in their templates)")
PY
