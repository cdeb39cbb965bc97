#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The committed JSON Schema (schema/findings.schema.json) and the field tables of docs/findings-format.md
# (between its two "field tables" markers) are what tools/findings_schema prints from the field table
# (src/model/field_table.hpp): a row added, changed or removed there must come with both regenerated.
# `FINDINGS_SCHEMA=… SRC=… bash tests/e2e/field_table_fresh.sh --update` rewrites them.
set -euo pipefail
: "${FINDINGS_SCHEMA:?FINDINGS_SCHEMA must name the built tools/findings_schema}"
: "${SRC:?SRC must name the source tree}"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$FINDINGS_SCHEMA" --schema > "$tmp/findings.schema.json"
"$FINDINGS_SCHEMA" --markdown > "$tmp/fields.md"

# The doc's part between the markers, replaced by the generated tables (or compared with them).
python3 - "$SRC/docs/findings-format.md" "$tmp/fields.md" "${1:-}" <<'PY'
import sys
doc_path, generated_path, mode = sys.argv[1:4]
begin, end = "<!-- field tables: begin -->\n", "<!-- field tables: end -->\n"
doc = open(doc_path, encoding="utf-8").read()
if doc.count(begin) != 1 or doc.count(end) != 1:
    sys.exit(f"FAIL: {doc_path} needs one '{begin.strip()}' and one '{end.strip()}' line")
head, rest = doc.split(begin)
body, tail = rest.split(end)
generated = "\n" + open(generated_path, encoding="utf-8").read() + "\n"
if mode == "--update":
    open(doc_path, "w", encoding="utf-8").write(head + begin + generated + end + tail)
elif body != generated:
    import difflib
    sys.stdout.writelines(difflib.unified_diff(body.splitlines(True), generated.splitlines(True),
                                               "docs/findings-format.md", "generated from the field table"))
    sys.exit("FAIL: docs/findings-format.md's field tables disagree with src/model/field_table.hpp "
             "(run this script with --update)")
PY

schema="$SRC/schema/findings.schema.json"
if [ "${1:-}" = "--update" ]; then
  cp "$tmp/findings.schema.json" "$schema"
  echo "updated: $schema and docs/findings-format.md"
  exit 0
fi
if ! diff -u "$schema" "$tmp/findings.schema.json"; then
  echo "FAIL: schema/findings.schema.json is stale (run this script with --update)" >&2
  exit 1
fi
echo "ok: the JSON Schema and the documentation's field tables follow the field table"
