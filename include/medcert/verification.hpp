// SPDX-License-Identifier: Apache-2.0
// Verifying a signed medcert PDF: integrity (the digest over the /ByteRange, which must cover the whole
// file but /Contents, with nothing appended or changed after the signature), the CMS signature and its
// signer certificate, the PAdES attributes, and what the certificate says about itself (PDF/A
// identification, template, embedded findings and their hash). docs/signing.md tells what each check means.
//
// Trust: the signer's certificate is checked against a trust list only when one is given; otherwise a
// valid signature means "signed by the holder of this certificate's key, unmodified since", not "signed by
// someone a trust list vouches for". No revocation check (no OCSP or CRL: PAdES B-B carries none).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <medcert/diagnostics.hpp>
#include <medcert/export.hpp>

MEDCERT_BEGIN_NAMESPACE

enum class VerifyStatus {
  valid,       ///< signed, every signature checks, nothing changed after signing
  not_signed,  ///< no signature (an empty signature field, or none)
  invalid,     ///< a signature, a digest, the byte range or the embedded findings do not check
  modified,    ///< the signed revision checks, but bytes were added or changed after it
  unreadable,  ///< not a PDF that can be read (or beyond the limits of docs/security.md), or a trust list entry without a certificate
};

enum class TrustStatus {
  not_checked,  ///< no trust list was given
  trusted,      ///< the signer's chain leads to a certificate of the trust list
  untrusted,    ///< a trust list was given and the chain does not lead to it
};

struct SignatureReport {
  std::string field;            ///< "medcert_signature"
  std::string sub_filter;       ///< "ETSI.CAdES.detached" for PAdES
  std::string signer_subject;   ///< RFC 2253 ("CN=Dr Claire Martin,O=...,C=FR")
  std::string signer_issuer;
  std::string time_text;        ///< /M as written
  std::optional<std::int64_t> time;  ///< /M, Unix seconds
  std::string reason, location;
  bool byte_range_ok = false;       ///< well formed, and nothing but /Contents is left out
  bool covers_whole_file = false;   ///< the signed bytes run to the end of the file
  bool digest_ok = false;           ///< messageDigest = digest of the signed bytes
  bool signature_ok = false;        ///< the signature value checks with the signer's public key
  bool signing_certificate_v2 = false;  ///< present, and names the signer's certificate
  bool signing_time_attribute = false;  ///< a CMS signing-time: PAdES baseline forbids it
  TrustStatus trust = TrustStatus::not_checked;
  std::string trust_detail;  ///< why the chain was refused
  /// PAdES baseline B-B: ETSI.CAdES.detached, signing-certificate-v2, no signing-time.
  bool pades_b_b() const {
    return sub_filter == "ETSI.CAdES.detached" && signing_certificate_v2 && !signing_time_attribute;
  }
};

struct VerifyReport {
  VerifyStatus status = VerifyStatus::unreadable;
  std::vector<SignatureReport> signatures;
  std::optional<int> pdfa_part;     ///< pdfaid:part of the XMP
  std::string pdfa_conformance;     ///< pdfaid:conformance ("B")
  std::string template_id;          ///< medcert:TemplateId of the XMP
  bool findings_embedded = false;   ///< the findings file is attached (PDF/A-3b)
  std::optional<bool> findings_hash_ok;  ///< the attached findings match medcert:FindingsSHA256; unset without both
  bool specimen = false;            ///< medcert:Specimen True: a training specimen, not a certificate
  /// Every problem found, errors and warnings (rule ids V-*, docs/signing.md), in both languages.
  Diagnostics diagnostics;
};

struct VerifyOptions {
  /// Certificates to trust (DER, or PEM text with one or more): the signer's chain must lead to one. An
  /// entry holding none makes the report `unreadable` (V-TRUST-LIST).
  std::vector<std::string> trusted_certificates;
};

/// Never throws on hostile input: a malformed PDF gives `unreadable` and a diagnostic.
/// `status` is the category a program acts on (docs/signing.md maps it to `medcert verify`'s exit codes).
MEDCERT_API VerifyReport verify_pdf(std::string_view pdf, const VerifyOptions& options = {});

/// The verdict in one sentence, as a person reads it first ("signature valide, document non modifié…").
MEDCERT_API std::string verify_verdict(const VerifyReport& report, Language lang);

/// The report as JSON, UTF-8, {"format_version": 1, "file": `file`, "status", "verdict", "signatures", …}:
/// the shape of `medcert verify --format json` (docs/signing.md). Messages in `lang`.
MEDCERT_API std::string verify_report_json(const VerifyReport& report, Language lang, const std::string& file);

/// A Unix time as ISO 8601 UTC, "2026-11-21T00:00:00Z" (SignatureReport::time as the reports write it).
MEDCERT_API std::string utc_time_text(std::int64_t unix_seconds);

MEDCERT_END_NAMESPACE
