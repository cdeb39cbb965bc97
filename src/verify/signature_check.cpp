// SPDX-License-Identifier: Apache-2.0
#include "verify/signature_check.hpp"

#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/x509_vfy.h>

#include "model/diag.hpp"
#include "sign/byte_range.hpp"
#include "sign/certificates.hpp"
#include "sign/cms.hpp"
#include "verify/pdf_date.hpp"

namespace medcert::verify {
namespace {

using sign::SignatureCms;

struct X509StoreDeleter {
  void operator()(X509_STORE* s) const { X509_STORE_free(s); }
};
struct X509StoreCtxDeleter {
  void operator()(X509_STORE_CTX* c) const { X509_STORE_CTX_free(c); }
};
struct EssDeleter {
  void operator()(ESS_SIGNING_CERT_V2* e) const { ESS_SIGNING_CERT_V2_free(e); }
};

void error(Diagnostics& out, std::string_view message_id, std::vector<MessageParam> params = {}) {
  out.push_back(model::error(message_id, "", {}, std::move(params)));
}

void warning(Diagnostics& out, std::string_view message_id, std::vector<MessageParam> params = {}) {
  out.push_back(model::warning(message_id, "", {}, std::move(params)));
}

MessageParam number(std::string name, std::size_t value) { return model::param(std::move(name), std::to_string(value)); }

// What lies after the signed bytes (from `begin` to the end of the file): new revisions (each incremental
// update ends with %%EOF) or bare bytes.
void report_tail(std::string_view tail, std::size_t begin, Diagnostics& out) {
  std::size_t revisions = 0;
  for (auto at = tail.find("%%EOF"); at != std::string_view::npos; at = tail.find("%%EOF", at + 5)) ++revisions;
  const std::size_t end = begin + tail.size();
  if (revisions > 0)
    error(out, "V-MODIFIED", {number("revisions", revisions), number("begin", begin), number("end", end)});
  else
    error(out, "V-MODIFIED.bytes", {number("bytes", tail.size()), number("begin", begin), number("end", end)});
}

// The digest of the signed bytes with the algorithm the SignerInfo names.
std::string content_digest(CMS_SignerInfo* si, std::string_view content) {
  X509_ALGOR* algorithm = nullptr;
  CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &algorithm, nullptr);
  const ASN1_OBJECT* oid = nullptr;
  X509_ALGOR_get0(&oid, nullptr, nullptr, algorithm);
  const EVP_MD* md = oid ? EVP_get_digestbyobj(oid) : nullptr;
  std::string digest(EVP_MAX_MD_SIZE, '\0');
  unsigned int length = 0;
  if (!md || EVP_Digest(content.data(), content.size(), reinterpret_cast<unsigned char*>(digest.data()), &length, md,
                        nullptr) != 1)
    return {};
  digest.resize(length);
  return digest;
}

// The signer's certificate first, then the others the CMS carries: the order ESS certificate ids refer to.
sign::X509StackPtr signer_chain(const SignatureCms& cms, X509* signer) {
  sign::X509StackPtr chain(sk_X509_new_null());
  X509_up_ref(signer);
  sk_X509_push(chain.get(), signer);
  sign::X509StackPtr carried(CMS_get1_certs(cms.get()));
  for (int i = 0; i < sk_X509_num(carried.get()); ++i) {
    X509* c = sk_X509_value(carried.get(), i);
    if (X509_cmp(c, signer) == 0) continue;
    X509_up_ref(c);
    sk_X509_push(chain.get(), c);
  }
  return chain;
}

void check_attributes(const SignatureCms& cms, X509* signer, SignatureReport& report, Diagnostics& out) {
  CMS_SignerInfo* si = cms.signer_info();
  report.signing_time_attribute = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1) >= 0;
  const auto* value = static_cast<const ASN1_STRING*>(
      CMS_signed_get0_data_by_OBJ(si, OBJ_nid2obj(NID_id_smime_aa_signingCertificateV2), -3, V_ASN1_SEQUENCE));
  if (value) {
    const unsigned char* p = ASN1_STRING_get0_data(value);
    std::unique_ptr<ESS_SIGNING_CERT_V2, EssDeleter> ess(d2i_ESS_SIGNING_CERT_V2(nullptr, &p, ASN1_STRING_length(value)));
    const auto chain = signer_chain(cms, signer);
    report.signing_certificate_v2 = ess && OSSL_ESS_check_signing_certs(nullptr, ess.get(), chain.get(), 1) == 1;
    ERR_clear_error();
    if (!report.signing_certificate_v2)
      error(out, "V-SIGNING-CERTIFICATE");
  }
  if (report.sub_filter != "ETSI.CAdES.detached")
    warning(out, "V-PADES", {model::param("found", report.sub_filter)});
  if (!value) warning(out, "V-PADES.no_signing_certificate");
  if (report.signing_time_attribute) warning(out, "V-PADES.signing_time");
}

void check_trust(const SignatureCms& cms, X509* signer, const std::vector<sign::X509Ptr>& trusted,
                 SignatureReport& report, Diagnostics& out) {
  if (trusted.empty()) return;
  std::unique_ptr<X509_STORE, X509StoreDeleter> store(X509_STORE_new());
  for (const auto& c : trusted) X509_STORE_add_cert(store.get(), c.get());
  std::unique_ptr<X509_STORE_CTX, X509StoreCtxDeleter> ctx(X509_STORE_CTX_new());
  sign::X509StackPtr carried(CMS_get1_certs(cms.get()));
  bool ok = ctx && X509_STORE_CTX_init(ctx.get(), store.get(), signer, carried.get()) == 1;
  // B-B has no trusted time: the chain is checked at the time the signer claims, /M.
  if (ok && report.time) X509_STORE_CTX_set_time(ctx.get(), 0, static_cast<time_t>(*report.time));
  ok = ok && X509_verify_cert(ctx.get()) == 1;
  report.trust = ok ? TrustStatus::trusted : TrustStatus::untrusted;
  if (!ok) {
    report.trust_detail = ctx ? X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())) : "no context";
    error(out, "V-TRUST", {model::param("detail", report.trust_detail)});
  }
  ERR_clear_error();
}

void check_cms(std::string_view content, const std::string& der, const std::vector<sign::X509Ptr>& trusted,
               SignatureReport& report, Diagnostics& out) {
  std::string detail;
  auto cms = SignatureCms::parse(der, detail);
  X509* signer = nullptr;
  if (cms) CMS_SignerInfo_get0_algs(cms->signer_info(), nullptr, &signer, nullptr, nullptr);
  if (!cms || !signer) {
    if (cms) detail = "the signer's certificate is not in the CMS";
    error(out, "V-CMS", {model::param("detail", detail)});
    return;
  }
  report.signer_subject = sign::name_line(X509_get_subject_name(signer));
  report.signer_issuer = sign::name_line(X509_get_issuer_name(signer));
  const std::string attribute = cms->message_digest();
  sign::BioPtr data = sign::memory_bio(content);
  const bool verified = data && CMS_verify(cms->get(), nullptr, nullptr, data.get(), nullptr,
                                           CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
  ERR_clear_error();
  // With signed attributes the two halves can be told apart; without, CMS_verify alone says.
  report.digest_ok = verified || (!attribute.empty() && attribute == content_digest(cms->signer_info(), content));
  report.signature_ok = verified || (!attribute.empty() && cms->signature_checks(detail));
  if (!report.digest_ok)
    error(out, "V-DIGEST");
  else if (!report.signature_ok)
    error(out, "V-SIGNATURE");
  check_attributes(*cms, signer, report, out);
  // The checks sign makes before signing, at /M: a certificate that could not have signed then is invalid,
  // with or without a trust list.
  if (const auto problem = sign::signing_problem(signer, report.time))
    error(out, sign::messages(*problem).verify, {model::param("subject", report.signer_subject)});
  check_trust(*cms, signer, trusted, report, out);
}

}  // namespace

void check_signature(std::string_view file, const sign::SignatureDictionary& value,
                     const std::vector<sign::X509Ptr>& trusted, SignatureReport& report, Diagnostics& diagnostics) {
  report.sub_filter = value.sub_filter;
  report.time_text = value.time;
  report.time = parse_pdf_date(value.time);
  report.reason = value.reason;
  report.location = value.location;
  const auto ranges = value.byte_range ? sign::check_byte_range(file, *value.byte_range) : std::nullopt;
  // Only the hole may escape the signature, and the hole must be this dictionary's own /Contents.
  if (!value.byte_range || value.contents.empty() || !ranges) {
    error(diagnostics, !value.byte_range       ? "V-BYTE-RANGE"
                       : value.contents.empty() ? "V-BYTE-RANGE.no_contents"
                                                : "V-BYTE-RANGE.outside");
    return;
  }
  if (sign::hole_bytes(file, *ranges) != value.contents) {
    error(diagnostics, "V-BYTE-RANGE.hole",
          {number("begin", ranges->hole_begin), number("end", ranges->hole_end)});
    return;
  }
  report.byte_range_ok = true;
  report.covers_whole_file = ranges->signed_end == file.size();
  if (!report.covers_whole_file) report_tail(file.substr(ranges->signed_end), ranges->signed_end, diagnostics);
  check_cms(sign::signed_content(file, *ranges), value.contents, trusted, report, diagnostics);
}

}  // namespace medcert::verify
