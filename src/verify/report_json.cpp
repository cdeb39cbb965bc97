// SPDX-License-Identifier: Apache-2.0
// The verify report in words and as JSON (include/medcert/verification.hpp): the CLI prints them, an EHR or
// the C API hands them on; one writer for all.
#include <medcert/verification.hpp>

#include <algorithm>
#include <ctime>

#include <nlohmann/json.hpp>

MEDCERT_BEGIN_NAMESPACE
namespace {

using nlohmann::json;

const char* tr(Language lang, const char* fr, const char* en) { return lang == Language::en ? en : fr; }

const char* status_id(VerifyStatus status) {
  switch (status) {
    case VerifyStatus::valid: return "valid";
    case VerifyStatus::not_signed: return "not_signed";
    case VerifyStatus::invalid: return "invalid";
    case VerifyStatus::modified: return "modified";
    case VerifyStatus::unreadable: break;
  }
  return "unreadable";
}

const char* trust_id(TrustStatus trust) {
  switch (trust) {
    case TrustStatus::trusted: return "trusted";
    case TrustStatus::untrusted: return "untrusted";
    case TrustStatus::not_checked: break;
  }
  return "not_checked";
}

}  // namespace

std::string utc_time_text(std::int64_t unix_seconds) {
  const auto seconds = static_cast<std::time_t>(unix_seconds);
  std::tm utc{};
  char text[32] = "";
  if (gmtime_r(&seconds, &utc)) std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

// A valid signature never reads as "trusted" unless a trust list vouched for the signer.
std::string verify_verdict(const VerifyReport& report, Language lang) {
  switch (report.status) {
    case VerifyStatus::valid: {
      const bool trusted = !report.signatures.empty() &&
                           std::all_of(report.signatures.begin(), report.signatures.end(),
                                       [](const auto& s) { return s.trust == TrustStatus::trusted; });
      return trusted ? tr(lang, "signature valide, document non modifié depuis la signature, signataire reconnu par la liste de confiance",
                          "signature valid, document unmodified since signing, signer verified against the trust list")
                     : tr(lang, "signature valide, document non modifié depuis la signature\u202F; signataire non vérifié auprès d'une liste de confiance",
                          "signature valid, document unmodified since signing; signer not verified against a trust list");
    }
    case VerifyStatus::not_signed: return tr(lang, "document non signé", "document not signed");
    case VerifyStatus::invalid: return tr(lang, "signature INVALIDE", "signature INVALID");
    case VerifyStatus::modified: return tr(lang, "document MODIFIÉ après la signature", "document MODIFIED after signing");
    case VerifyStatus::unreadable: break;
  }
  const bool trust_list = std::any_of(report.diagnostics.begin(), report.diagnostics.end(),
                                      [](const Diagnostic& d) { return d.rule == "V-TRUST-LIST"; });
  return trust_list ? tr(lang, "liste de confiance illisible, rien n'a été vérifié", "unreadable trust list, nothing was verified")
                    : tr(lang, "fichier illisible", "unreadable file");
}

std::string verify_report_json(const VerifyReport& report, Language lang, const std::string& file) {
  json signatures = json::array();
  for (const auto& s : report.signatures)
    signatures.push_back({{"field", s.field},
                          {"sub_filter", s.sub_filter},
                          {"signer_subject", s.signer_subject},
                          {"signer_issuer", s.signer_issuer},
                          {"time", s.time ? json(utc_time_text(*s.time)) : json(nullptr)},
                          {"time_pdf", s.time_text},
                          {"reason", s.reason},
                          {"location", s.location},
                          {"byte_range_ok", s.byte_range_ok},
                          {"covers_whole_file", s.covers_whole_file},
                          {"digest_ok", s.digest_ok},
                          {"signature_ok", s.signature_ok},
                          {"signing_certificate_v2", s.signing_certificate_v2},
                          {"signing_time_attribute", s.signing_time_attribute},
                          {"pades_b_b", s.pades_b_b()},
                          {"trust", trust_id(s.trust)},
                          {"trust_detail", s.trust_detail}});
  json diagnostics = json::array();
  for (const auto& d : report.diagnostics) {
    json params = json::object();
    for (const auto& p : d.params) params[p.name] = lang == Language::en ? p.en : p.fr;
    diagnostics.push_back({{"severity", severity_name(d.severity)},
                           {"rule", d.rule},
                           {"message", d.message(lang)},
                           {"message_id", d.message_id},
                           {"params", params}});
  }
  const json out = {
      {"format_version", 1},
      {"file", file},
      {"status", status_id(report.status)},
      {"verdict", verify_verdict(report, lang)},
      {"signatures", signatures},
      {"pdfa", report.pdfa_part ? json{{"part", *report.pdfa_part}, {"conformance", report.pdfa_conformance}} : json(nullptr)},
      {"template_id", report.template_id},
      {"findings", {{"embedded", report.findings_embedded},
                    {"hash_ok", report.findings_hash_ok ? json(*report.findings_hash_ok) : json(nullptr)}}},
      {"diagnostics", diagnostics}};
  // Text from the file may not be UTF-8: replaced, not thrown on.
  return out.dump(2, ' ', false, json::error_handler_t::replace);
}

MEDCERT_END_NAMESPACE
