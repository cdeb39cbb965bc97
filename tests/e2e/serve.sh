#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# `medcert serve` as the form's browser and a hostile page meet it: the form's files, the API (the same
# diagnostics and PDF bytes as the CLI), export/import, the Host/Origin/size refusals, concurrent renders,
# a listener on 127.0.0.1 only, and a clean stop on SIGTERM. The HTTP checks are in serve_client.py.
source "$(dirname "$0")/lib.sh"

"$MEDCERT" --data-dir "$SRC" serve --port 0 >"$WORK/serve.out" 2>"$WORK/serve.err" &
server=$!
stop_server() { kill "$server" 2>/dev/null || true; }
trap 'stop_server; rm -rf "$WORK"' EXIT

# The port a server (pid $1) printed on its standard output ($2; its errors in $3), once it listens;
# waits up to 60 s, as the templates load slowly on a machine running the suite in parallel.
listening_port() {
  local found=""
  for _ in $(seq 600); do
    found=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$2" | head -1 | sed 's/.*:\([0-9]*\)\//\1/') || true
    [ -n "$found" ] && { echo "$found"; return; }
    kill -0 "$1" 2>/dev/null || { cat "$3" >&2; fail "medcert serve exited at start"; }
    sleep 0.1
  done
  fail "medcert serve printed no URL"
}

port=$(listening_port "$server" "$WORK/serve.out" "$WORK/serve.err")
grep -q "formulaire disponible sur http://127.0.0.1:$port/" "$WORK/serve.out" || fail "the URL line is not French"
pass "medcert serve --port 0 listens on port $port"

listeners=$(ss -ltnpH | grep "pid=$server," | awk '{print $4}')
[ -n "$listeners" ] || fail "ss shows no listener for the server"
if grep -v "^127\.0\.0\.1:$port\$" <<<"$listeners"; then fail "a listener is not on 127.0.0.1:$port"; fi
pass "the only listener is 127.0.0.1:$port"

expect_exit 2 timeout 10 "$MEDCERT" --data-dir "$SRC" serve --port "$port"
grep -q "impossible d'écouter sur 127.0.0.1, port $port" "$WORK/err" || fail "a port in use: $(cat "$WORK/err")"
expect_exit 0 "$MEDCERT" --lang en serve --help
grep -q -- "--port" "$WORK/out" || fail "serve --help does not name --port"
pass "a port in use is refused (exit 2); serve --help"

python3 "$SRC/tests/e2e/serve_client.py" "$port" "$MEDCERT" "$SRC" "$WORK"

if grep -q "Exemple\|Martin\|10000000009" "$WORK/serve.err"; then fail "the server's log shows findings"; fi
grep -q "^medcert serve.*POST /api/render 200" "$WORK/serve.err" || fail "the server logs no request line"
pass "log lines carry method, path, status and duration, never findings"

kill -TERM "$server"
set +e; wait "$server"; code=$?; set -e
[ "$code" = 0 ] || fail "SIGTERM: exit $code, expected 0"
pass "SIGTERM stops the server with exit 0"

"$MEDCERT" --data-dir "$SRC" serve --port "$port" >"$WORK/again.out" 2>&1 &
again=$!
listening_port "$again" "$WORK/again.out" "$WORK/again.out" >/dev/null
kill -INT "$again"
set +e; wait "$again"; code=$?; set -e
[ "$code" = 0 ] || { cat "$WORK/again.out" >&2; fail "Ctrl-C (SIGINT): exit $code, expected 0"; }
pass "the port is free again after a stop; SIGINT stops with exit 0"
