#include <ctime>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <nlohmann/json.hpp>

#include <medcert/verification.hpp>

#include "cli/command_support.hpp"
#include "cli/language.hpp"
#include "cli/print_diagnostics.hpp"
#include "cli/signing_support.hpp"

namespace medcert::cli {
namespace {

using nlohmann::json;

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

std::string iso_time(const std::optional<std::int64_t>& time) {
  if (!time) return {};
  const auto seconds = static_cast<std::time_t>(*time);
  std::tm utc{};
  char text[32] = "";
  if (gmtime_r(&seconds, &utc)) std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

// The verdict in one line, as a person reads it first. A valid signature never reads as "trusted"
// unless a trust list vouched for the signer.
std::string verdict(const VerifyReport& report, Language lang) {
  switch (report.status) {
    case VerifyStatus::valid: {
      const bool trusted = !report.signatures.empty() && std::all_of(report.signatures.begin(), report.signatures.end(),
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
  return tr(lang, "fichier illisible", "unreadable file");
}

const char* yes_no(bool value, Language lang) { return value ? tr(lang, "oui", "yes") : tr(lang, "non", "no"); }

// "label : value" with French typography in French (a narrow no-break space before the colon).
void line(std::ostream& out, const char* indent, Language lang, const char* label, std::string_view value) {
  fmt::print(out, "{}{}{}{}\n", indent, label, tr(lang, "\u202F: ", ": "), printable(value));
}

void print_signature(std::ostream& out, const SignatureReport& s, Language lang) {
  const char* semicolon = tr(lang, "\u202F; ", "; ");
  line(out, "  ", lang, tr(lang, "champ", "field"), s.field);
  line(out, "    ", lang, tr(lang, "signataire", "signer"), s.signer_subject);
  line(out, "    ", lang, tr(lang, "émetteur", "issuer"), s.signer_issuer);
  line(out, "    ", lang, tr(lang, "signé le (/M)", "signed at (/M)"),
       fmt::format("{} ({})", s.time ? iso_time(s.time) : tr(lang, "date illisible", "unreadable date"), s.time_text));
  if (!s.reason.empty()) line(out, "    ", lang, tr(lang, "motif", "reason"), s.reason);
  if (!s.location.empty()) line(out, "    ", lang, tr(lang, "lieu", "location"), s.location);
  line(out, "    ", lang, "SubFilter",
       fmt::format("{}{}PAdES B-B{}{} (signing-certificate-v2{}{}, signing-time{}{})", s.sub_filter, semicolon,
                   tr(lang, "\u202F: ", ": "), yes_no(s.pades_b_b(), lang), tr(lang, "\u202F: ", ": "),
                   yes_no(s.signing_certificate_v2, lang), tr(lang, "\u202F: ", ": "),
                   yes_no(s.signing_time_attribute, lang)));
  line(out, "    ", lang, tr(lang, "intégrité", "integrity"),
       fmt::format("{} {}{}{} {}{}{} {}{}{} {}", tr(lang, "ByteRange correcte", "ByteRange well formed"),
                   yes_no(s.byte_range_ok, lang), semicolon, tr(lang, "tout le fichier signé", "whole file signed"),
                   yes_no(s.covers_whole_file, lang), semicolon, tr(lang, "empreinte conforme", "digest matches"),
                   yes_no(s.digest_ok, lang), semicolon, tr(lang, "signature vérifiée", "signature verifies"),
                   yes_no(s.signature_ok, lang)));
  const char* trust = s.trust == TrustStatus::trusted     ? tr(lang, "reconnu par la liste de confiance", "verified against the trust list")
                      : s.trust == TrustStatus::untrusted ? tr(lang, "REFUSÉ par la liste de confiance", "REFUSED by the trust list")
                                                          : tr(lang, "non vérifié (aucune liste de confiance donnée\u202F: --trust)",
                                                               "not verified (no trust list given: --trust)");
  line(out, "    ", lang, tr(lang, "confiance", "trust"), s.trust_detail.empty() ? std::string(trust) : fmt::format("{} ({})", trust, s.trust_detail));
}

void print_text_report(std::ostream& out, const VerifyReport& report, Language lang, const std::string& file) {
  fmt::print(out, "{}: {}\n", file, verdict(report, lang));
  for (const auto& s : report.signatures) print_signature(out, s, lang);
  if (report.status == VerifyStatus::unreadable) return;
  line(out, "  ", lang, "PDF/A",
       report.pdfa_part ? fmt::format("PDF/A-{}{}", *report.pdfa_part, report.pdfa_conformance) : tr(lang, "non identifié", "not identified"));
  line(out, "  ", lang, tr(lang, "modèle", "template"),
       report.template_id.empty() ? tr(lang, "inconnu", "unknown") : report.template_id);
  line(out, "  ", lang, tr(lang, "constatations jointes", "embedded findings"),
       !report.findings_embedded   ? tr(lang, "absentes", "absent")
       : !report.findings_hash_ok  ? tr(lang, "présentes, sans empreinte à comparer", "present, no hash to compare with")
       : *report.findings_hash_ok  ? tr(lang, "présentes, conformes à leur empreinte", "present, matching their hash")
                                   : tr(lang, "présentes, NE correspondent PAS à leur empreinte", "present, NOT matching their hash"));
}

json json_report(const VerifyReport& report, Language lang, const std::string& file) {
  json signatures = json::array();
  for (const auto& s : report.signatures)
    signatures.push_back({{"field", s.field},
                          {"sub_filter", s.sub_filter},
                          {"signer_subject", s.signer_subject},
                          {"signer_issuer", s.signer_issuer},
                          {"time", s.time ? json(iso_time(s.time)) : json(nullptr)},
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
  for (const auto& d : report.diagnostics)
    diagnostics.push_back({{"severity", d.severity == Severity::error ? "error" : "warning"},
                           {"rule", d.rule},
                           {"message", d.message(lang)}});
  return {{"format_version", 1},
          {"file", file},
          {"status", status_id(report.status)},
          {"verdict", verdict(report, lang)},
          {"signatures", signatures},
          {"pdfa", report.pdfa_part ? json{{"part", *report.pdfa_part}, {"conformance", report.pdfa_conformance}} : json(nullptr)},
          {"template_id", report.template_id},
          {"findings", {{"embedded", report.findings_embedded},
                        {"hash_ok", report.findings_hash_ok ? json(*report.findings_hash_ok) : json(nullptr)}}},
          {"diagnostics", diagnostics}};
}

}  // namespace

// `medcert verify`: 0 validly signed and unmodified; 1 unsigned, invalid or modified; 2 unreadable.
std::function<int(Context&)> declare_verify(CLI::App& sub, Language lang) {
  struct Args {
    std::string input;
    std::string format = "text";
    std::vector<std::string> trust;
  };
  auto args = std::make_shared<Args>();
  sub.add_option("PDF", args->input, tr(lang, "certificat PDF signé («\u202F-\u202F»\u202F: entrée standard)",
                                        "signed certificate PDF (\"-\": standard input)"))
      ->required();
  sub.add_option("--format", args->format, tr(lang, "text (défaut) ou json", "text (default) or json"))
      ->check(CLI::IsMember({"text", "json"}));
  sub.add_option("--trust", args->trust,
                 tr(lang, "certificats de confiance (PEM ou DER, répétable)\u202F: la chaîne du signataire doit y mener",
                    "trusted certificates (PEM or DER, repeatable): the signer's chain must lead to one"));
  return [args](Context& ctx) {
    const auto pdf = read_input(ctx, args->input);
    if (!pdf) return int{exit_unusable};
    VerifyOptions options;
    for (const auto& path : args->trust) {
      auto certificates = read_whole_file(ctx, path);
      if (!certificates) return int{exit_unusable};
      options.trusted_certificates.push_back(std::move(*certificates));
    }
    const auto report = verify_pdf(pdf->text, options);
    if (args->format == "json") {
      // Text from the file may not be UTF-8: replaced, not thrown on.
      ctx.out << json_report(report, ctx.lang, pdf->name).dump(2, ' ', false, json::error_handler_t::replace) << '\n';
    } else {
      print_text_report(ctx.out, report, ctx.lang, pdf->name);
      print_signing_diagnostics(ctx.out, ctx.lang, report.diagnostics, pdf->name);
    }
    switch (report.status) {
      case VerifyStatus::valid: return int{exit_ok};
      case VerifyStatus::unreadable: return int{exit_unusable};
      case VerifyStatus::not_signed:
      case VerifyStatus::invalid:
      case VerifyStatus::modified: break;
    }
    return int{exit_findings_errors};
  };
}

}  // namespace medcert::cli
