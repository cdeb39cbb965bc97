#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A crash of `medcert sign` leaves no key behind (docs/security.md, "Keys"). medcert signs to a pipe that
# nobody reads, so it blocks in write(2) with the private key loaded; it is then killed with SIGSEGV under
# `ulimit -c unlimited`, and every file left in its working folder is searched for the key's bytes: the
# PKCS#8 DER (tests/e2e/make_test_pki.sh's signer.key) and the prime p, big-endian and in the little-endian
# limb order OpenSSL's BIGNUMs use in memory.
# What it proves depends on the machine, and the test says which case it met: where a core file pattern
# writes into the process's folder (kernel.core_pattern = core, the usual default), a control process (an
# `openssl s_server` holding the same key) killed the same way does leave a core holding the key, so medcert's
# leaving none is the proof; where cores go elsewhere (a pipe to a crash collector, as in many containers),
# only the settings can be checked: RLIMIT_CORE 0 in /proc/PID/limits, and, when the process runs under an
# unprivileged user, /proc/PID/status owned by root, which the kernel does for non-dumpable processes only.
# tests/unit/sign_test.cpp checks prctl(PR_GET_DUMPABLE) and OpenSSL's secure heap in process.
source "$(dirname "$0")/lib.sh"
pki="$WORK/pki"
bash "$SRC/tests/e2e/make_test_pki.sh" "$pki" >/dev/null
"$MEDCERT" render "$SRC/examples/medecin/court.yaml" -o "$WORK/unsigned.pdf"
openssl pkey -in "$pki/signer.key" -outform DER -out "$WORK/key.der"
openssl rsa -in "$pki/signer.key" -noout -text 2>/dev/null |
  awk '/^prime1:/ {on = 1; next} /^prime2:/ {on = 0} on' | tr -d ' :\n' >"$WORK/p.hex"

# key_bytes_in FOLDER: the files of FOLDER that hold the key's bytes (none: empty).
key_bytes_in() {
  python3 - "$1" "$WORK/key.der" "$WORK/p.hex" <<'PY'
import os, sys
folder, der_path, p_path = sys.argv[1:]
der = open(der_path, "rb").read()
p = bytes.fromhex(open(p_path).read().strip())
p = p.lstrip(b"\0")
needles = [der, p, p[::-1]]
for name in sorted(os.listdir(folder)):
    path = os.path.join(folder, name)
    if os.path.isfile(path):
        data = open(path, "rb").read()
        if any(n in data for n in needles):
            print(name)
PY
}

# As an unprivileged user when run as root: the ownership of /proc/PID then shows dumpability.
runner=()
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  runner=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  chmod -R a+rwX "$WORK"
fi

# A pipe of one page (F_SETPIPE_SZ), held open for reading and never read: the writer blocks once it is
# full, and the holder then creates $WORK/full (FIONREAD: a page waits in the pipe). No /proc/PID/syscall:
# an unprivileged user cannot read it of a non-dumpable process.
mkfifo "$WORK/pipe"
python3 - "$WORK/pipe" "$WORK/full" <<'PY' &
import fcntl, os, struct, sys, termios, time
fd = os.open(sys.argv[1], os.O_RDWR)
fcntl.fcntl(fd, 1031, 4096)  # F_SETPIPE_SZ
for _ in range(2400):
    if struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0" * 4))[0] >= 4096:
        open(sys.argv[2], "w").close()
    time.sleep(0.05)
PY
holder=$!
trap 'kill "$holder" 2>/dev/null; rm -rf "$WORK"' EXIT

# The control: a process that is not protected, holding the same key, killed the same way.
mkdir -m 777 "$WORK/control"
(cd "$WORK/control" && ulimit -c unlimited &&
  exec "${runner[@]}" openssl s_server -quiet -accept 127.0.0.1:0 -key "$pki/signer.key" -cert "$pki/signer.pem" \
    </dev/null >/dev/null 2>&1) &
control=$!
sleep 1
kill -SEGV "$control" 2>/dev/null || true
wait "$control" 2>/dev/null || true
control_leak=$(key_bytes_in "$WORK/control")

mkdir -m 777 "$WORK/run"
(cd "$WORK/run" && ulimit -c unlimited &&
  exec "${runner[@]}" "$MEDCERT" sign "$WORK/unsigned.pdf" -o - --p12 "$pki/signer.p12" --password-file "$pki/password" \
    >"$WORK/pipe" 2>"$WORK/err") &
pid=$!
for _ in $(seq 200); do [ -e "$WORK/full" ] && break; sleep 0.1; done
[ -e "$WORK/full" ] || fail "medcert sign never filled the pipe: $(cat "$WORK/err")"
grep -qE '^Max core file size +0 +0 ' "/proc/$pid/limits" || fail "RLIMIT_CORE is not 0: $(grep core "/proc/$pid/limits")"
if [ ${#runner[@]} -gt 0 ] || [ "$(id -u)" != 0 ]; then
  [ "$(stat -c %u "/proc/$pid/status")" = 0 ] || fail "/proc/$pid/status is not owned by root: the process is dumpable"
  dumpable_checked="non-dumpable (/proc/PID/status owned by root while medcert runs unprivileged)"
else
  dumpable_checked="dumpability not observable here (root without setpriv)"
fi
kill -SEGV "$pid"
wait "$pid" 2>/dev/null || true
leak=$(key_bytes_in "$WORK/run")
[ -z "$leak" ] || fail "the key's bytes are in $leak"
! ls "$WORK/run" | grep -q core || fail "a core file was written: $(ls "$WORK/run")"
if [ -n "$control_leak" ]; then
  pass "killed while holding the key: no core and no key bytes left, where an unprotected process leaves $control_leak holding the key; RLIMIT_CORE 0; $dumpable_checked"
else
  pass "killed while holding the key: no file with key bytes; RLIMIT_CORE 0; $dumpable_checked (this machine writes no core into the process's folder: the absence of a core proves nothing more here)"
fi
