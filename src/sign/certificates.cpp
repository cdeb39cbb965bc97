#include "sign/certificates.hpp"

#include <ctime>

#include <fmt/format.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include "model/diag.hpp"
#include "sign/cms.hpp"

namespace medcert::sign {
namespace {

Diagnostic certificate_error(const std::string& fr, const std::string& en) {
  return model::error("S-CERTIFICATE", "", {}, fr, en);
}

std::optional<Diagnostic> unusable_for_signing(X509* signer, std::int64_t time) {
  const std::string subject = name_line(X509_get_subject_name(signer));
  auto t = static_cast<std::time_t>(time);
  if (X509_cmp_time(X509_get0_notBefore(signer), &t) > 0 || X509_cmp_time(X509_get0_notAfter(signer), &t) < 0)
    return certificate_error(
        fmt::format("le certificat de signature ({}) n'est pas valide à la date de signature\u202F; utilisez un "
                    "certificat en cours de validité",
                    subject),
        fmt::format("the signing certificate ({}) is not valid at the signing time; use a certificate that is",
                    subject));
  // No key usage extension means any usage; with one, it must allow signatures.
  const std::uint32_t usage = X509_get_key_usage(signer);
  if (!(usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)))
    return certificate_error(
        fmt::format("le certificat ({}) n'est pas un certificat de signature (usage de clé sans digitalSignature ni "
                    "nonRepudiation)\u202F; sur une carte CPS, choisissez le certificat de signature",
                    subject),
        fmt::format("the certificate ({}) is not a signing certificate (its key usage has neither digitalSignature "
                    "nor nonRepudiation); on a CPS card, choose the signing certificate",
                    subject));
  if (!supported_key(X509_get0_pubkey(signer)))
    return certificate_error(
        fmt::format("la clé du certificat ({}) n'est ni RSA ni EC\u202F; medcert signe avec ces deux types", subject),
        fmt::format("the certificate's key ({}) is neither RSA nor EC; medcert signs with these two types", subject));
  return std::nullopt;
}

}  // namespace

std::vector<X509Ptr> parse_certificates(const std::string& entry) {
  std::vector<X509Ptr> certificates;
  if (entry.find("-----BEGIN") == std::string::npos) {
    if (auto certificate = certificate_from_der(entry)) certificates.push_back(std::move(certificate));
    return certificates;
  }
  BioPtr in = memory_bio(entry);
  while (in) {
    X509Ptr certificate(PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr));
    if (!certificate) break;
    certificates.push_back(std::move(certificate));
  }
  ERR_clear_error();  // the read that ends the loop queues a "no start line"
  return certificates;
}

Outcome<std::vector<X509Ptr>> read_chain(const std::vector<std::string>& entries, std::int64_t time) {
  std::vector<X509Ptr> chain;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    auto certificates = parse_certificates(entries[i]);
    if (certificates.empty())
      return failed<std::vector<X509Ptr>>(
          SignCategory::certificate,
          certificate_error(fmt::format("l'élément {} de la chaîne n'est pas un certificat (PEM ou DER)", i + 1),
                            fmt::format("item {} of the chain is not a certificate (PEM or DER)", i + 1)));
    for (auto& c : certificates) chain.push_back(std::move(c));
  }
  if (chain.empty())
    return failed<std::vector<X509Ptr>>(
        SignCategory::certificate,
        certificate_error("aucun certificat de signature n'a été donné", "no signing certificate was given"));
  if (auto problem = unusable_for_signing(chain.front().get(), time))
    return failed<std::vector<X509Ptr>>(SignCategory::certificate, std::move(*problem));
  return {std::move(chain), {}, SignCategory::ok};
}

}  // namespace medcert::sign
