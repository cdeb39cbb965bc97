// SPDX-License-Identifier: Apache-2.0
// Signing a medcert PDF: PAdES baseline B-B into its empty signature field "medcert_signature", by one
// incremental update (the unsigned bytes stay as they were, so the file stays PDF/A).
//   SubFilter ETSI.CAdES.detached; SHA-256; signed attributes contentType, messageDigest and
//   signing-certificate-v2 only (no CMS signing-time: the time is the dictionary's /M); the /Contents
//   reserve sized from the certificate chain. docs/signing.md tells the whole story.
// Two ways to hold the key:
//   - in the process: a Signer (open_pkcs12 for a software key, or your own for a card or an HSM),
//     then sign_pdf();
//   - outside it (two steps): prepare_signature() gives the prepared PDF and the 32 bytes to sign; the
//     card signs them; complete_signature() takes the prepared PDF and the signature. Nothing but the
//     prepared PDF needs to be kept in between: it holds the certificates and the time.
// Nothing is printed; problems come back as diagnostics (rule ids S-*, docs/signing.md).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <medcert/diagnostics.hpp>
#include <medcert/environment.hpp>
#include <medcert/export.hpp>

MEDCERT_BEGIN_NAMESPACE

/// The name of the empty signature field of every medcert PDF (docs/pdf.md).
inline constexpr const char* signature_field_name = "medcert_signature";

/// Why a signing step failed, for a program to act on (an exit code, a retry, a message of its own) without
/// reading rule ids; the diagnostics say the same in words. Values are only appended.
enum class SignCategory {
  ok,                  ///< nothing failed (warnings allowed)
  unreadable_pdf,      ///< not a PDF that can be read (S-PDF)
  not_signable,        ///< no empty medcert signature field, or already signed (S-FIELD, S-SIGNED)
  specimen,            ///< a training specimen, never signed (S-SPECIMEN)
  bad_key,             ///< the PKCS#12 cannot be used: unreadable, no key, undecryptable (S-P12)
  wrong_password,      ///< the PKCS#12's password is wrong (S-P12-PASSWORD)
  certificate,         ///< the chain cannot sign: no certificate, expired, wrong key usage or type (S-CERTIFICATE)
  signer_refused,      ///< the Signer gave no signature: card removed, PIN blocked (S-SIGNER)
  wrong_signature,     ///< the signature is not the certificate's key's over the prepared digest (S-SIGNATURE)
  not_prepared,        ///< not a prepared PDF, or changed since it was prepared (S-PREPARED)
  reserve_too_small,   ///< the CMS does not fit the space reserved (S-RESERVE)
  internal,            ///< OpenSSL could not build the CMS (S-CMS), or the signed box's fonts cannot be read (C-FONT)
};

/// True for the failures that are the document's (it cannot take a signature), not the caller's inputs.
constexpr bool is_document_problem(SignCategory category) {
  return category == SignCategory::not_signable || category == SignCategory::specimen;
}

/// Whoever holds the private key: a software key (open_pkcs12), a smart card (CPS), an HSM.
class MEDCERT_API Signer {
 public:
  virtual ~Signer() = default;
  /// The signer's certificate first, then the certificates that lead to its root: each DER, or PEM text.
  virtual std::vector<std::string> certificate_chain() const = 0;
  /// The signature of `digest`, 32 bytes of SHA-256: for an RSA key, PKCS#1 v1.5 over
  /// DigestInfo(SHA-256, digest) (what a card's "sign hash" does); for an EC key, ECDSA in DER.
  /// Nullopt when the key refuses (card removed, PIN blocked).
  virtual std::optional<std::string> sign_digest(std::string_view digest) const = 0;
};

struct OpenedSigner {
  std::unique_ptr<Signer> signer;  ///< null when the file could not be used
  Diagnostics diagnostics;         ///< S-P12-PASSWORD (wrong password), S-P12 (unreadable, no key...)
  SignCategory category = SignCategory::ok;  ///< bad_key or wrong_password when `signer` is null
};

/// A software key: the bytes of a PKCS#12 (.p12/.pfx) file and its password. The library keeps no copy of
/// either (the caller should wipe its own); the key lives in the signer until it is destroyed.
MEDCERT_API OpenedSigner open_pkcs12(std::string_view pkcs12, std::string_view password);

/// What keeps a software key out of core files, for a program about to open one (`medcert sign` calls it
/// first, before it reads a password or a key file). Process-wide, so the library never calls it by
/// itself: the process becomes non-dumpable (prctl PR_SET_DUMPABLE 0: no core file, and no ptrace or
/// /proc/PID/mem by other processes of the same user), its core size limit 0 (RLIMIT_CORE, soft and hard),
/// and OpenSSL's secure heap starts (CRYPTO_secure_malloc_init, 64 KiB: locked in memory, excluded from
/// core dumps), where OpenSSL 3.0 puts the private components of the keys it decodes (RSA d, p, q and the
/// CRT values, the EC private scalar). Not there: the PKCS#12 file's bytes and the password (wiped after
/// use, Secret) and OpenSSL's transient decryption buffers. True when all three took effect.
MEDCERT_API bool protect_key_material();

/// Overwrites a secret (a password, a key file's bytes) with zeros in a way the compiler cannot drop
/// (OPENSSL_cleanse), then empties it.
MEDCERT_API void wipe_secret(std::string& secret);

/// A password or a key file's bytes, wiped (wipe_secret) when it goes out of scope, on every path out.
/// Moving one wipes the source too: a short string's bytes live in the object itself, not in the buffer
/// a move hands over.
class Secret {
 public:
  Secret() = default;
  explicit Secret(std::string&& text) : text_(std::move(text)) { wipe_secret(text); }
  Secret(Secret&& other) noexcept : text_(std::move(other.text_)) { wipe_secret(other.text_); }
  Secret(const Secret&) = delete;
  Secret& operator=(const Secret&) = delete;
  Secret& operator=(Secret&&) = delete;
  ~Secret() { wipe_secret(text_); }

  std::string_view view() const { return text_; }
  const char* c_str() const { return text_.c_str(); }
  /// For filling it in place: reserve first, as a reallocation would leave a copy in freed memory.
  std::string& text() { return text_; }

 private:
  std::string text_;
};

struct SignOptions {
  /// The signing time, Unix seconds, written in /M and checked against the certificate's validity.
  /// Unset: `environment`'s clock, i.e. now. Set it for reproducible bytes (the CLI: SOURCE_DATE_EPOCH).
  std::optional<std::int64_t> time;
  /// Where "now" comes from when `time` is unset (the library reads no clock of its own).
  std::shared_ptr<const Environment> environment = system_environment();
  /// /Reason. Empty: « Je suis l'auteur de ce certificat ».
  std::string reason;
  /// /Location. Empty: the place of issuance of the embedded findings, or none.
  std::string location;
  /// Bytes reserved beyond what the chain needs, for a CMS an external signer makes bigger (a timestamp
  /// or revocation data): two-step signing only.
  std::size_t extra_reserve = 0;
  /// The font manifest whose regular font draws the signed box (who signed, and when). Empty: the one of
  /// default_data_dir(), as the engine's by default.
  std::string fonts_manifest;
};

struct SignResult {
  Diagnostics diagnostics;
  std::string pdf;  ///< the signed PDF: the input, then one incremental update; empty unless ok()
  SignCategory category = SignCategory::ok;  ///< why not, when pdf is empty
  bool ok() const { return !has_errors(diagnostics) && !pdf.empty(); }
};

/// Signs `pdf` (an unsigned medcert PDF) with `signer`, in one go.
MEDCERT_API SignResult sign_pdf(std::string_view pdf, const Signer& signer, const SignOptions& options);

struct PreparedSignature {
  Diagnostics diagnostics;
  std::string pdf;     ///< the prepared PDF, signature pending: keep it until the signature comes back
  std::string digest;  ///< the 32 bytes to sign (SHA-256 of the CMS signed attributes)
  SignCategory category = SignCategory::ok;  ///< why not, when pdf is empty
  bool ok() const { return !has_errors(diagnostics) && !pdf.empty(); }
};

/// Step one of an external signature: `certificate_chain` as for Signer::certificate_chain().
MEDCERT_API PreparedSignature prepare_signature(std::string_view pdf, const std::vector<std::string>& certificate_chain,
                                                const SignOptions& options);

/// Step two: `signature` is either the raw signature of the prepared digest (as Signer::sign_digest gives
/// it) or a whole DER CMS SignedData over the prepared PDF's signed bytes. It is checked before anything
/// is written: a signature by another key, or a PDF changed since it was prepared, is an error.
MEDCERT_API SignResult complete_signature(std::string_view prepared_pdf, std::string_view signature);

MEDCERT_END_NAMESPACE
