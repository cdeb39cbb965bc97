# SPDX-License-Identifier: Apache-2.0
# Shared helpers for the end-to-end tests: each test is a bash script run by CTest with
#   MEDCERT   the medcert executable      SRC   the source tree
# It prints one line per check and exits non-zero on the first failure.
set -euo pipefail

: "${MEDCERT:?MEDCERT must name the medcert executable}"
: "${SRC:?SRC must name the source tree}"
# A fixed clock: same input, same bytes (and no "issuance in the future" from a slow machine).
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795219200}  # 2026-11-21T00:00:00Z
export LC_ALL=C.UTF-8
unset LANG LC_MESSAGES

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

# The text of a PDF as one line: pdftotext output with no-break spaces (U+00A0, U+202F) and
# line breaks folded to single spaces, so that phrases broken across lines still match.
pdf_text() {
  pdftotext -enc UTF-8 "$1" - 2>/dev/null | sed 's/\xc2\xa0/ /g; s/\xe2\x80\xaf/ /g' | tr '\n\f' '  ' | tr -s ' '
}

# The line that opens a notice (a danger prompt, a signalement's reminder…) in what `check` or `render` prints.
notice_line=': (information|notice) [[][A-Z][A-Z0-9.-]*[]] '  # [[] and []]: a bracket for grep -E and awk

# What `check` or `render` printed (FILE) once its notices, with their source line and caret, and the count
# line of notices alone are set aside: empty for a case with no error or warning.
beyond_notices() {
  awk -v notice="$notice_line" '$0 ~ notice { skip = 1; next }
       skip && /^    / { next }
       { skip = 0 }
       /^0 (erreur|error)\(s\), 0 (avertissement|warning)\(s\), [0-9]+ (information|notice)\(s\)$/ { next }
       { print }' "$1"
}

# assert_in_order TEXT PHRASE... : every phrase occurs in TEXT, each after the previous one.
assert_in_order() {
  local rest=$1; shift
  local phrase
  for phrase in "$@"; do
    case "$rest" in
      *"$phrase"*) rest=${rest#*"$phrase"} ;;
      *) fail "phrase not found (or out of order): «$phrase»" ;;
    esac
  done
}

# The `# expect: exit=N` line of a faulty example's FILE.expect (the diagnostics follow it, one a line).
expectation() {
  grep -a -m1 '^# expect:' "$1.expect" || true
}

# PDFBox preflight, the PDF/A-1b validator (Debian libpdfbox2-java): prints the error codes found in a
# file ("1.2.9 1.4.7 7.11.2"), or "valid".
preflight() {
  local jars=(preflight pdfbox2 fontbox2 xmpbox commons-logging javax.activation jaxb-api) jar report classpath
  for jar in "${jars[@]}"; do
    [ -f "/usr/share/java/$jar.jar" ] || fail "/usr/share/java/$jar.jar is missing: run scripts/install-deps.sh"
  done
  classpath=$(printf '/usr/share/java/%s.jar:' "${jars[@]}")
  report=$(java -cp "$classpath" org.apache.pdfbox.preflight.Validator_A1b "$1" 2>&1 || true)
  if grep -q "is a valid PDF/A-1b file" <<<"$report"; then echo valid; return; fi
  grep -oE '^[0-9]+(\.[0-9]+)+ :' <<<"$report" | cut -d' ' -f1 | sort -u | tr '\n' ' ' | sed 's/ $//'
}

# expect_exit CODE COMMAND...: runs COMMAND (its stdout in $WORK/out, stderr in $WORK/err) and fails
# unless it exits with CODE.
expect_exit() {
  local want=$1; shift
  set +e; "$@" >"$WORK/out" 2>"$WORK/err"; local code=$?; set -e
  [ "$code" = "$want" ] || { cat "$WORK/out" "$WORK/err" >&2; fail "'$*' exited $code, expected $want"; }
}

# render_good FINDINGS OUT [OPTIONS…]: renders a good example, which prints no error or warning (notices
# aside), and qpdf --check passes on the PDF.
render_good() {
  local in=$1 out=$2; shift 2
  "$MEDCERT" render "$in" -o "$out" --force "$@" 2>"$WORK/render.err" || { cat "$WORK/render.err" >&2; fail "$(basename "$in"): render failed"; }
  [ -z "$(beyond_notices "$WORK/render.err")" ] || { cat "$WORK/render.err" >&2; fail "$(basename "$in"): errors or warnings on a good example"; }
  qpdf --check "$out" >/dev/null 2>&1 || fail "$(basename "$in"): qpdf --check"
}

# refused_cases DIR: for each "NAME|RULE|LINE:COLUMN" line of the standard input, DIR/NAME.yaml exits 1 from
# render with a French error of RULE at that file:line:column, and no PDF is written.
refused_cases() {
  local name rule where input out
  while IFS='|' read -r name rule where; do
    input="$1/$name.yaml"
    out="$WORK/$name.pdf"
    expect_exit 1 "$MEDCERT" render "$input" -o "$out"
    [ ! -e "$out" ] || fail "$name: a PDF was written"
    grep -q "$(basename "$input"):$where: erreur \[$rule\]" "$WORK/err" || { cat "$WORK/err" >&2; fail "$name: no $rule at $where"; }
    pass "$name: refused, $rule at $where, no PDF"
  done
}

# Pieces of a file, by offset (dd, not head/tail pipes that pipefail turns into SIGPIPE failures).
slice() { dd if="$1" iflag=skip_bytes,count_bytes skip="$2" count="$3" bs=65536 status=none; }
# The four /ByteRange numbers of the last signature, and the pieces they delimit.
byte_range() { grep -a -o '/ByteRange *\[[ 0-9]*\]' "$1" | tail -1 | tr -dc '0-9 ' | xargs; }
signed_bytes() {  # signed_bytes PDF OUT: the signed ranges, concatenated
  read -r a b c d <<<"$(byte_range "$1")"
  { slice "$1" 0 "$b"; slice "$1" "$c" "$d"; } >"$2"
}

# A test PKI in $WORK/pki (make_test_pki.sh), examples/medecin/court.yaml rendered to $WORK/unsigned.pdf and
# signed with pki/signer.p12 to $WORK/signed.pdf.
signed_court() {
  bash "$SRC/tests/e2e/make_test_pki.sh" "$WORK/pki" >/dev/null
  "$MEDCERT" render "$SRC/examples/medecin/court.yaml" -o "$WORK/unsigned.pdf"
  "$MEDCERT" sign "$WORK/unsigned.pdf" -o "$WORK/signed.pdf" --p12 "$WORK/pki/signer.p12" --password-file "$WORK/pki/password"
}
