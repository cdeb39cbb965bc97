// SPDX-License-Identifier: Apache-2.0
#include "sign/cms.hpp"

#include <algorithm>
#include <climits>

#include <openssl/objects.h>

namespace medcert::sign {
namespace {

constexpr unsigned cms_flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP;

std::string attribute_der(X509_ATTRIBUTE* attribute) {
  unsigned char* der = nullptr;
  const int length = i2d_X509_ATTRIBUTE(attribute, &der);
  if (length <= 0) return {};
  std::string bytes(reinterpret_cast<const char*>(der), static_cast<std::size_t>(length));
  OPENSSL_free(der);
  return bytes;
}

std::vector<std::string> attribute_ders(CMS_SignerInfo* si) {
  std::vector<std::string> ders;
  const int count = CMS_signed_get_attr_count(si);
  for (int i = 0; i < count; ++i) ders.push_back(attribute_der(CMS_signed_get_attr(si, i)));
  return ders;
}

std::string der_length(std::size_t length) {
  if (length < 0x80) return std::string(1, static_cast<char>(length));
  std::string bytes;
  for (; length > 0; length >>= 8) bytes.insert(bytes.begin(), static_cast<char>(length & 0xff));
  bytes.insert(bytes.begin(), static_cast<char>(0x80 | bytes.size()));
  return bytes;
}

// CMS_SignerInfo_verify hashes the attributes in the order of the SignerInfo's stack, while DER wants a
// SET OF sorted by encoding: putting the stack itself in DER order makes the two agree.
bool sort_signed_attributes(CMS_SignerInfo* si) {
  const int count = CMS_signed_get_attr_count(si);
  std::vector<std::pair<std::string, X509_ATTRIBUTE*>> attributes;
  for (int i = 0; i < count; ++i) {
    X509_ATTRIBUTE* a = CMS_signed_get_attr(si, i);
    attributes.emplace_back(attribute_der(a), X509_ATTRIBUTE_dup(a));
  }
  std::sort(attributes.begin(), attributes.end(), [](const auto& a, const auto& b) {
    return std::lexicographical_compare(a.first.begin(), a.first.end(), b.first.begin(), b.first.end(),
                                        [](char x, char y) { return static_cast<unsigned char>(x) < static_cast<unsigned char>(y); });
  });
  bool ok = true;
  while (CMS_signed_get_attr_count(si) > 0) X509_ATTRIBUTE_free(CMS_signed_delete_attr(si, 0));
  for (auto& [der, attribute] : attributes) {
    ok = ok && attribute && CMS_signed_add1_attr(si, attribute) == 1;
    X509_ATTRIBUTE_free(attribute);
  }
  return ok;
}

}  // namespace

std::optional<SignatureCms> SignatureCms::build(const std::vector<X509Ptr>& chain, std::string_view document_digest,
                                                std::string& error) {
  if (chain.empty() || document_digest.size() != 32) {
    error = "no certificate, or a digest that is not SHA-256";
    return std::nullopt;
  }
  X509* certificate = chain.front().get();
  CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, cms_flags));
  // The certificate's own public key stands in for the private one: with CMS_PARTIAL nothing is signed
  // here, the key only selects the signature algorithm.
  CMS_SignerInfo* si = cms ? CMS_add1_signer(cms.get(), certificate, X509_get0_pubkey(certificate), EVP_sha256(),
                                             cms_flags | CMS_CADES)
                           : nullptr;
  bool ok = si && CMS_set_detached(cms.get(), 1) == 1;
  for (std::size_t i = 1; ok && i < chain.size(); ++i) ok = CMS_add1_cert(cms.get(), chain[i].get()) == 1;
  ok = ok &&
       CMS_signed_add1_attr_by_NID(si, NID_pkcs9_contentType, V_ASN1_OBJECT, OBJ_nid2obj(NID_pkcs7_data), -1) == 1 &&
       CMS_signed_add1_attr_by_NID(si, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING, document_digest.data(),
                                   static_cast<int>(document_digest.size())) == 1 &&
       sort_signed_attributes(si);
  if (!ok) {
    error = take_openssl_error();
    return std::nullopt;
  }
  return SignatureCms(std::move(cms), si);
}

std::optional<SignatureCms> SignatureCms::parse(std::string_view der, std::string& error) {
  const auto* p = reinterpret_cast<const unsigned char*>(der.data());
  CmsPtr cms(der.size() <= static_cast<std::size_t>(LONG_MAX)
                 ? d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(der.size()))
                 : nullptr);
  if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
    error = cms ? "not a CMS SignedData" : take_openssl_error();
    return std::nullopt;
  }
  STACK_OF(CMS_SignerInfo)* infos = CMS_get0_SignerInfos(cms.get());
  if (!infos || sk_CMS_SignerInfo_num(infos) != 1) {
    error = "the CMS does not hold exactly one SignerInfo";
    return std::nullopt;
  }
  CMS_SignerInfo* si = sk_CMS_SignerInfo_value(infos, 0);
  // Binds the signer's certificate (and its public key) from those the CMS carries.
  if (CMS_set1_signers_certs(cms.get(), nullptr, 0) < 0) {
    error = take_openssl_error();
    return std::nullopt;
  }
  return SignatureCms(std::move(cms), si);
}

std::string SignatureCms::digest_to_sign() const {
  std::string content;
  for (const auto& der : attribute_ders(signer_)) content += der;
  return sha256("\x31" + der_length(content.size()) + content);
}

std::string SignatureCms::message_digest() const {
  const auto* digest = static_cast<const ASN1_OCTET_STRING*>(
      CMS_signed_get0_data_by_OBJ(signer_, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
  if (!digest) return {};
  return std::string(reinterpret_cast<const char*>(ASN1_STRING_get0_data(digest)),
                     static_cast<std::size_t>(ASN1_STRING_length(digest)));
}

bool SignatureCms::set_signature(std::string_view signature, std::string& error) {
  if (signature.empty() || signature.size() > static_cast<std::size_t>(INT_MAX) ||
      ASN1_STRING_set(CMS_SignerInfo_get0_signature(signer_), signature.data(), static_cast<int>(signature.size())) != 1) {
    error = "empty or unusable signature value";
    return false;
  }
  return signature_checks(error);
}

bool SignatureCms::signature_checks(std::string& error) const {
  if (CMS_SignerInfo_verify(signer_) == 1) return true;
  error = take_openssl_error();
  return false;
}

std::string SignatureCms::der() const {
  unsigned char* der = nullptr;
  const int length = i2d_CMS_ContentInfo(cms_.get(), &der);
  if (length <= 0) return {};
  std::string bytes(reinterpret_cast<const char*>(der), static_cast<std::size_t>(length));
  OPENSSL_free(der);
  return bytes;
}

std::size_t SignatureCms::der_size_with_signature(std::size_t signature_size) {
  ASN1_OCTET_STRING* value = CMS_SignerInfo_get0_signature(signer_);
  const std::string stand_in(signature_size, '\0');
  if (ASN1_STRING_set(value, stand_in.data(), static_cast<int>(stand_in.size())) != 1) return 0;
  const std::size_t size = der().size();
  ASN1_STRING_set(value, "", 0);
  return size;
}

std::size_t max_signature_size(const X509* certificate) {
  const int size = EVP_PKEY_get_size(X509_get0_pubkey(certificate));
  return size > 0 ? static_cast<std::size_t>(size) : 0;
}

bool supported_key(const EVP_PKEY* key) { return EVP_PKEY_is_a(key, "RSA") || EVP_PKEY_is_a(key, "EC"); }

}  // namespace medcert::sign
