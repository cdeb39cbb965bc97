// SPDX-License-Identifier: Apache-2.0
// Owning handles for the OpenSSL objects of sign/ and verify/ (the only stages that include OpenSSL),
// so that every early return frees what it allocated.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace medcert::sign {

template <typename T, void (*Free)(T*)>
struct OpensslDeleter {
  void operator()(T* p) const { Free(p); }
};

using BioPtr = std::unique_ptr<BIO, OpensslDeleter<BIO, BIO_free_all>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, OpensslDeleter<CMS_ContentInfo, CMS_ContentInfo_free>>;
using X509Ptr = std::unique_ptr<X509, OpensslDeleter<X509, X509_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, OpensslDeleter<EVP_PKEY, EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpensslDeleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;

struct X509StackDeleter {
  void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;

/// A read-only memory BIO over `bytes` (which must outlive it).
BioPtr memory_bio(std::string_view bytes);

/// The certificate encoded in DER `bytes`, or null.
X509Ptr certificate_from_der(std::string_view bytes);

/// The DER encoding of a certificate.
std::string certificate_der(const X509* certificate);

/// The subject (or issuer) as one line, RFC 2253 order ("CN=..., O=..., C=FR").
std::string name_line(const X509_NAME* name);

/// The oldest queued OpenSSL error as text, and the queue emptied (errors are per thread).
std::string take_openssl_error();

/// SHA-256 of `bytes`, 32 raw bytes (pdf::sha256 gives them as an array).
std::string sha256(std::string_view bytes);

/// Lower-case hexadecimal of `bytes`.
std::string to_hex(std::string_view bytes);

}  // namespace medcert::sign
