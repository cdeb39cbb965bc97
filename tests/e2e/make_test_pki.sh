#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# make_test_pki.sh DIR — a throw-away PKI for the signing tests, generated with the openssl CLI at test
# time (no private key is ever committed). Every certificate is valid from 2020 to 2040, so that any
# SOURCE_DATE_EPOCH the tests use falls inside (hence `openssl ca`: `req -x509` cannot backdate in 3.0).
# DIR receives:
#   ca.key ca.pem                  a test CA ("medcert test CA")
#   signer.key signer.pem          RSA-2048, keyUsage digitalSignature + nonRepudiation, issued by the CA
#   signer.p12 password            the signer's key, certificate and CA in PKCS#12, and its password
#   ec-signer.key ec-signer.pem ec-signer.p12   the same with an EC P-256 key
#   auth.key auth.pem              a certificate whose key usage excludes signatures (keyEncipherment only)
#   NAME.key NAME.pem NAME.p12     EC certificates no one may sign with, issued by the CA: expired (2020–2021),
#                                  future (2030–2040), encipher (keyEncipherment only), agreement
#                                  (keyAgreement, dataEncipherment), ca-only (keyCertSign, cRLSign)
set -euo pipefail
dir=${1:?usage: make_test_pki.sh DIR}
mkdir -p "$dir/newcerts"
cd "$dir"
: >index.txt
echo 1000 >serial
printf 'test-password-%s\n' "$RANDOM$RANDOM" >password

cat >ca.cnf <<CNF
[ca]
default_ca = test_ca
[test_ca]
database = index.txt
new_certs_dir = newcerts
serial = serial
default_md = sha256
policy = any_name
unique_subject = no
email_in_dn = no
copy_extensions = none
[any_name]
countryName = optional
organizationName = optional
commonName = supplied
[ca_ext]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[signer_ext]
basicConstraints = CA:false
keyUsage = critical, digitalSignature, nonRepudiation
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[auth_ext]
basicConstraints = CA:false
keyUsage = critical, keyEncipherment
[agreement_ext]
basicConstraints = CA:false
keyUsage = critical, keyAgreement, dataEncipherment
[ca_only_ext]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
CNF

issue() {  # issue NAME EXTENSIONS SUBJECT KEYALG [SELF [START END]]
  local name=$1 ext=$2 subject=$3 alg=$4 self=${5:-} start=${6:-20200101000000Z} end=${7:-20401231235959Z}
  case $alg in
    rsa) openssl genpkey -quiet -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$name.key" ;;
    ec) openssl genpkey -quiet -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$name.key" ;;
  esac
  openssl req -new -key "$name.key" -subj "$subject" -out "$name.csr"
  if [ -n "$self" ]; then
    openssl ca -batch -notext -config ca.cnf -selfsign -keyfile "$name.key" -in "$name.csr" -extensions "$ext" \
      -startdate "$start" -enddate "$end" -out "$name.pem" 2>/dev/null
  else
    openssl ca -batch -notext -config ca.cnf -cert ca.pem -keyfile ca.key -in "$name.csr" -extensions "$ext" \
      -startdate "$start" -enddate "$end" -out "$name.pem" 2>/dev/null
  fi
}

issue ca ca_ext "/C=FR/O=medcert tests/CN=medcert test CA" rsa self
issue signer signer_ext "/C=FR/O=medcert tests/CN=Dr Claire Martin (TEST)" rsa
issue ec-signer signer_ext "/C=FR/O=medcert tests/CN=Dr Paul Durand (TEST EC)" ec
issue auth auth_ext "/C=FR/O=medcert tests/CN=Authentication only (TEST)" rsa
issue expired signer_ext "/C=FR/O=medcert tests/CN=expired (TEST)" ec "" 20200101000000Z 20211231235959Z
issue future signer_ext "/C=FR/O=medcert tests/CN=future (TEST)" ec "" 20300101000000Z 20401231235959Z
issue encipher auth_ext "/C=FR/O=medcert tests/CN=encipher (TEST)" ec
issue agreement agreement_ext "/C=FR/O=medcert tests/CN=agreement (TEST)" ec
issue ca-only ca_only_ext "/C=FR/O=medcert tests/CN=ca-only (TEST)" ec
# The password comes from a file, never from the command line, here as in medcert.
for name in signer ec-signer expired future encipher agreement ca-only; do
  openssl pkcs12 -export -inkey "$name.key" -in "$name.pem" -certfile ca.pem -name "$name" \
    -passout file:password -out "$name.p12"
done
