// SPDX-License-Identifier: Apache-2.0
// The CMS SignedData of a PAdES baseline B-B signature, built by hand with OpenSSL 3.0 (which always adds
// a signing-time attribute when it signs): the signed attributes are exactly contentType, messageDigest
// and signingCertificateV2, in DER order; their SHA-256 is what the key signs, so a software key, a smart
// card or an HSM all take the same 32 bytes (pdf-toolchain.md, "Checked recipe: strict PAdES B-B").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sign/openssl_ptr.hpp"

namespace medcert::sign {

class SignatureCms {
 public:
  /// The unsigned CMS for `document_digest` (SHA-256 of the signed byte ranges): `chain` is the signer's
  /// certificate first, then the certificates that lead to its root. Nullopt with `error` set.
  static std::optional<SignatureCms> build(const std::vector<X509Ptr>& chain, std::string_view document_digest,
                                           std::string& error);
  /// A CMS read back from DER (a prepared PDF's placeholder, or one an external signer made).
  static std::optional<SignatureCms> parse(std::string_view der, std::string& error);

  /// SHA-256 of the DER SET OF signed attributes: what the private key signs.
  std::string digest_to_sign() const;
  /// The messageDigest signed attribute (empty when absent).
  std::string message_digest() const;
  /// Sets the signature value, then checks it against the signer's certificate. False with `error`.
  bool set_signature(std::string_view signature, std::string& error);
  /// True when the signature value checks against the signer certificate and the signed attributes.
  bool signature_checks(std::string& error) const;
  std::string der() const;
  /// The DER size once a signature of `signature_size` bytes is in: what the /Contents reserve must hold.
  /// Leaves the signature value empty.
  std::size_t der_size_with_signature(std::size_t signature_size);

  CMS_ContentInfo* get() const { return cms_.get(); }
  CMS_SignerInfo* signer_info() const { return signer_; }

 private:
  SignatureCms(CmsPtr cms, CMS_SignerInfo* signer) : cms_(std::move(cms)), signer_(signer) {}
  CmsPtr cms_;
  CMS_SignerInfo* signer_;  ///< owned by cms_
};

/// The largest signature `certificate`'s key can produce, in bytes (RSA: the modulus; ECDSA: DER maximum).
std::size_t max_signature_size(const X509* certificate);

/// True for the key types whose digest signature fits a CMS SignerInfo as built here (RSA, EC).
bool supported_key(const EVP_PKEY* key);

}  // namespace medcert::sign
