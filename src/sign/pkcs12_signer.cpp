// SPDX-License-Identifier: Apache-2.0
// A software key: the private key and certificates of a PKCS#12 file, as a Signer.
#include <medcert/signing.hpp>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/pkcs12.h>

#include "model/diag.hpp"
#include "sign/cms.hpp"
#include "sign/openssl_ptr.hpp"

MEDCERT_BEGIN_NAMESPACE
namespace {

using sign::PkeyPtr;

class Pkcs12Signer final : public Signer {
 public:
  Pkcs12Signer(PkeyPtr key, std::vector<std::string> chain) : key_(std::move(key)), chain_(std::move(chain)) {}

  std::vector<std::string> certificate_chain() const override { return chain_; }

  std::optional<std::string> sign_digest(std::string_view digest) const override {
    sign::PkeyCtxPtr ctx(EVP_PKEY_CTX_new(key_.get(), nullptr));
    const auto* in = reinterpret_cast<const unsigned char*>(digest.data());
    std::size_t length = 0;
    // With the digest named, RSA signs PKCS#1 v1.5 over DigestInfo(SHA-256, digest) and EC signs ECDSA (DER).
    if (!ctx || EVP_PKEY_sign_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_signature_md(ctx.get(), EVP_sha256()) != 1 ||
        EVP_PKEY_sign(ctx.get(), nullptr, &length, in, digest.size()) != 1)
      return std::nullopt;
    std::string signature(length, '\0');
    if (EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, in, digest.size()) != 1)
      return std::nullopt;
    signature.resize(length);
    return signature;
  }

 private:
  PkeyPtr key_;
  std::vector<std::string> chain_;
};

struct Pkcs12Deleter {
  void operator()(PKCS12* p) const { PKCS12_free(p); }
};

OpenedSigner failure(SignCategory category, std::string_view message_id, std::vector<MessageParam> params = {}) {
  return {nullptr, {model::error(message_id, "", {}, std::move(params))}, category};
}

OpenedSigner unreadable() {
  return failure(SignCategory::bad_key, "S-P12");
}

bool mac_checks(PKCS12* p12, const Secret& password) {
  const auto length = static_cast<int>(password.view().size());
  if (PKCS12_verify_mac(p12, password.c_str(), length) == 1) return true;
  // An empty password may have been applied as "no password": OpenSSL's own tools try both.
  return length == 0 && PKCS12_verify_mac(p12, nullptr, 0) == 1;
}

}  // namespace

void wipe_secret(std::string& secret) {
  // The whole capacity: what a longer earlier value left beyond the current size is a secret too.
  secret.resize(secret.capacity());
  OPENSSL_cleanse(secret.data(), secret.size());
  secret.clear();
}

OpenedSigner open_pkcs12(std::string_view pkcs12, std::string_view password) {
  sign::BioPtr in = sign::memory_bio(pkcs12);
  std::unique_ptr<PKCS12, Pkcs12Deleter> p12(in ? d2i_PKCS12_bio(in.get(), nullptr) : nullptr);
  if (!p12) {
    ERR_clear_error();
    return unreadable();
  }
  // NUL-terminated, as OpenSSL wants it, and wiped on every path out.
  const Secret pass{std::string(password)};
  if (PKCS12_mac_present(p12.get()) && !mac_checks(p12.get(), pass)) {
    ERR_clear_error();
    return failure(SignCategory::wrong_password, "S-P12-PASSWORD");
  }
  EVP_PKEY* key = nullptr;
  X509* certificate = nullptr;
  STACK_OF(X509)* authorities = nullptr;
  const int parsed = PKCS12_parse(p12.get(), pass.c_str(), &key, &certificate, &authorities);
  PkeyPtr owned_key(key);
  sign::X509Ptr owned_certificate(certificate);
  sign::X509StackPtr owned_authorities(authorities);
  if (parsed != 1)
    return failure(SignCategory::bad_key, "S-P12.decrypt", {model::param("detail", sign::take_openssl_error())});
  if (!owned_key || !owned_certificate)
    return failure(SignCategory::bad_key, "S-P12.incomplete");
  std::vector<std::string> chain{sign::certificate_der(owned_certificate.get())};
  for (int i = 0; i < sk_X509_num(owned_authorities.get()); ++i)
    chain.push_back(sign::certificate_der(sk_X509_value(owned_authorities.get(), i)));
  return {std::make_unique<Pkcs12Signer>(std::move(owned_key), std::move(chain)), {}, SignCategory::ok};
}

MEDCERT_END_NAMESPACE
