// SPDX-License-Identifier: Apache-2.0
#include "sign/certificates.hpp"

#include <ctime>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include "model/diag.hpp"
#include "sign/cms.hpp"

namespace medcert::sign {
namespace {

// S-CERTIFICATE's variants name the certificate by its subject.
Diagnostic certificate_error(std::string_view message_id, const std::string& subject) {
  return model::error(message_id, "", {}, {model::param("subject", subject)});
}

std::optional<Diagnostic> unusable_for_signing(X509* signer, std::int64_t time) {
  const auto problem = signing_problem(signer, time);
  if (!problem) return std::nullopt;
  return certificate_error(messages(*problem).sign, name_line(X509_get_subject_name(signer)));
}

}  // namespace

std::optional<SigningProblem> signing_problem(X509* signer, std::optional<std::int64_t> time) {
  if (time) {
    auto t = static_cast<std::time_t>(*time);
    if (X509_cmp_time(X509_get0_notBefore(signer), &t) > 0 || X509_cmp_time(X509_get0_notAfter(signer), &t) < 0)
      return SigningProblem::validity;
  }
  // No key usage extension means any usage; with one, it must allow signatures.
  const std::uint32_t usage = X509_get_key_usage(signer);
  if (!(usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION))) return SigningProblem::key_usage;
  if (!supported_key(X509_get0_pubkey(signer))) return SigningProblem::key_type;
  return std::nullopt;
}

SigningProblemMessages messages(SigningProblem problem) {
  switch (problem) {
    case SigningProblem::validity: return {"S-CERTIFICATE.validity", "V-CERTIFICATE.validity"};
    case SigningProblem::key_usage: return {"S-CERTIFICATE.key_usage", "V-CERTIFICATE.key_usage"};
    case SigningProblem::key_type: break;
  }
  return {"S-CERTIFICATE.key_type", "V-CERTIFICATE.key_type"};
}

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
          model::error("S-CERTIFICATE.chain", "", {}, {model::param("item", std::to_string(i + 1))}));
    for (auto& c : certificates) chain.push_back(std::move(c));
  }
  if (chain.empty())
    return failed<std::vector<X509Ptr>>(
        SignCategory::certificate,
        model::error("S-CERTIFICATE", "", {}));
  if (auto problem = unusable_for_signing(chain.front().get(), time))
    return failed<std::vector<X509Ptr>>(SignCategory::certificate, std::move(*problem));
  return {std::move(chain), {}, SignCategory::ok};
}

}  // namespace medcert::sign
