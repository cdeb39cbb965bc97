// SPDX-License-Identifier: Apache-2.0
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <medcert/verification.hpp>

#include "cli/command_support.hpp"
#include "cli/language.hpp"
#include "cli/print_diagnostics.hpp"
#include "cli/signing_support.hpp"

namespace medcert::cli {
namespace {

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
       fmt::format("{} ({})", s.time ? utc_time_text(*s.time) : tr(lang, "date illisible", "unreadable date"), s.time_text));
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
  fmt::print(out, "{}: {}\n", file, verify_verdict(report, lang));
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
      ctx.out << verify_report_json(report, ctx.lang, pdf->name) << '\n';
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
