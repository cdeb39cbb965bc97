// SPDX-License-Identifier: Apache-2.0
// The public signing API (include/medcert/signing.hpp): one-step and two-step PAdES B-B signatures, made
// of the PDF slot (signature_slot), the CMS (cms) and the certificate checks (certificates).
#include <medcert/signing.hpp>

#include <fmt/format.h>

#include <medcert/engine.hpp>  // default_data_dir(), where the fonts of the signed box are

#include "model/diag.hpp"
#include "pdf/read_back.hpp"
#include "pdf/xmp.hpp"
#include "sign/appearance.hpp"
#include "sign/certificates.hpp"
#include "sign/cms.hpp"
#include "sign/signature_slot.hpp"

MEDCERT_BEGIN_NAMESPACE
namespace {

using sign::SignatureCms;
using sign::Slot;

constexpr const char* default_reason = "Je suis l'auteur de ce certificat";


SignResult refused(SignCategory category, Diagnostics diagnostics) { return {std::move(diagnostics), {}, category}; }

PreparedSignature not_prepared(SignCategory category, Diagnostics diagnostics) {
  return {std::move(diagnostics), {}, {}, category};
}

Diagnostic cms_error(const std::string& error) { return model::error("S-CMS", "", {}, {model::param("detail", error)}); }

// A training specimen (RenderOptions::specimen) says so in its XMP; signing it would make it look real.
bool is_specimen(const pdf::ReadBack& back) { return pdf::xmp_property(back.xmp, "medcert:Specimen") == "True"; }

// A document its template wants signed by hand (the dentist's, R.4127-229 CSP) is still signed, with a warning:
// the electronic signature may come besides the handwritten one, the author decides.
std::optional<Diagnostic> handwritten_only(const pdf::ReadBack& back) {
  if (pdf::xmp_property(back.xmp, "medcert:Signature") != "handwritten") return std::nullopt;
  return model::warning("R-CD-4", "", {});
}

struct Prepared {
  Slot slot;
  SignatureCms cms;
};

// Everything up to the signature value: the chain checked, the hole reserved for the CMS this chain
// gives, the update written, the CMS built over its signed bytes.
sign::Outcome<Prepared> prepare(std::string_view pdf, const std::vector<std::string>& chain_entries,
                                const SignOptions& options) {
  // Read through the gate for PDFs medcert did not write (pdf/untrusted.hpp): a refused file goes no further.
  auto back = pdf::read_back(pdf);
  if (!back.value) {
    // The gate's refusals keep their V- rule; a file that cannot be read at all is S-PDF, as open_slot says.
    for (auto& d : back.diagnostics)
      if (d.rule == "P-UNREADABLE")
        d = model::error("S-PDF", "", {}, {model::param("detail", d.param("detail", Language::en))});
    return {std::nullopt, std::move(back.diagnostics), SignCategory::unreadable_pdf};
  }
  if (is_specimen(*back.value))
    return sign::failed<Prepared>(SignCategory::specimen,
                             model::error("S-SPECIMEN", "", {}));
  // The default time is read once: the certificate's validity and /M must agree.
  const std::int64_t time = options.time ? *options.time : options.environment->now();
  auto chain = sign::read_chain(chain_entries, time);
  if (!chain.value) return {std::nullopt, std::move(chain.diagnostics), chain.category};
  auto fonts = sign::load_box_fonts(
      *options.environment, options.fonts_manifest.empty() ? default_data_dir() + "/fonts/manifest.yaml" : options.fonts_manifest);
  if (!fonts.value) return {std::nullopt, std::move(fonts.diagnostics), fonts.category};
  std::string error;
  auto sizing = SignatureCms::build(*chain.value, std::string(32, '\0'), error);
  if (!sizing) return sign::failed<Prepared>(SignCategory::internal, cms_error(error));
  const std::size_t reserve =
      sizing->der_size_with_signature(sign::max_signature_size(chain.value->front().get())) + options.extra_reserve;

  sign::SlotRequest request{signature_field_name, time,
                            options.reason.empty() ? default_reason : options.reason,
                            options.location.empty() ? pdf::embedded_text(*back.value, "issuance", "place") : options.location, reserve,
                            sign::SignedBox{std::move(*fonts.value), sign::signer_name(chain.value->front().get()),
                                            sign::signing_time_text(time, pdf::embedded_text(*back.value, "author", "time_zone"))}};
  auto slot = sign::open_slot(pdf, request);
  if (!slot.value) return {std::nullopt, std::move(slot.diagnostics), slot.category};
  const std::string digest = sign::sha256(sign::signed_content(slot.value->pdf, slot.value->ranges));
  auto cms = SignatureCms::build(*chain.value, digest, error);
  if (!cms) return sign::failed<Prepared>(SignCategory::internal, cms_error(error));
  if (const auto warning = handwritten_only(*back.value))
    chain.diagnostics.push_back(*warning);
  return {Prepared{std::move(*slot.value), std::move(*cms)}, std::move(chain.diagnostics), SignCategory::ok};
}

SignResult fill(const Slot& slot, const std::string& der) {
  auto filled = sign::fill_hole(slot.pdf, slot.ranges, der);
  if (!filled)
    return refused(SignCategory::reserve_too_small,
                   {model::error("S-RESERVE", "", {},
                                 {model::param("size", std::to_string(der.size())),
                                  model::param("reserved", std::to_string(sign::hole_capacity(slot.ranges))),
                                  model::param("missing", std::to_string(der.size() - sign::hole_capacity(slot.ranges)))})});
  return {{}, std::move(*filled), SignCategory::ok};
}

Diagnostic wrong_signature(const std::string& detail) {
  return model::error("S-SIGNATURE", "", {}, {model::param("detail", detail)});
}

// A whole CMS from an external signer: it must sign exactly the prepared PDF's signed bytes.
SignResult complete_with_cms(const Slot& slot, std::string_view der, SignatureCms& cms) {
  const std::string content = sign::signed_content(slot.pdf, slot.ranges);
  sign::BioPtr data = sign::memory_bio(content);
  if (!data || !CMS_is_detached(cms.get()) ||
      CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr, CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) != 1)
    return refused(SignCategory::wrong_signature, {wrong_signature(sign::take_openssl_error())});
  return fill(slot, std::string(der));
}

}  // namespace

SignResult sign_pdf(std::string_view pdf, const Signer& signer, const SignOptions& options) {
  auto prepared = prepare(pdf, signer.certificate_chain(), options);
  if (!prepared.value) return refused(prepared.category, std::move(prepared.diagnostics));
  const auto signature = signer.sign_digest(prepared.value->cms.digest_to_sign());
  if (!signature)
    return refused(SignCategory::signer_refused,
                   {model::error("S-SIGNER", "", {})});
  std::string error;
  if (!prepared.value->cms.set_signature(*signature, error))
    return refused(SignCategory::wrong_signature, {wrong_signature(error)});
  auto result = fill(prepared.value->slot, prepared.value->cms.der());
  result.diagnostics.insert(result.diagnostics.begin(), prepared.diagnostics.begin(), prepared.diagnostics.end());
  return result;
}

PreparedSignature prepare_signature(std::string_view pdf, const std::vector<std::string>& certificate_chain,
                                    const SignOptions& options) {
  auto prepared = prepare(pdf, certificate_chain, options);
  if (!prepared.value) return not_prepared(prepared.category, std::move(prepared.diagnostics));
  // The unsigned CMS waits in the hole: step two needs nothing but this file.
  auto filled = fill(prepared.value->slot, prepared.value->cms.der());
  if (!filled.ok()) return not_prepared(filled.category, std::move(filled.diagnostics));
  return {std::move(prepared.diagnostics), std::move(filled.pdf), prepared.value->cms.digest_to_sign(),
          SignCategory::ok};
}

SignResult complete_signature(std::string_view prepared_pdf, std::string_view signature) {
  auto slot = sign::find_slot(prepared_pdf, signature_field_name);
  if (!slot.value) return refused(slot.category, std::move(slot.diagnostics));
  std::string error;
  auto pending = SignatureCms::parse(sign::hole_bytes(slot.value->pdf, slot.value->ranges), error);
  const std::string digest = sign::sha256(sign::signed_content(slot.value->pdf, slot.value->ranges));
  if (!pending || pending->message_digest() != digest)
    return refused(SignCategory::not_prepared,
                   {model::error("S-PREPARED.changed", "", {})});
  if (auto external = SignatureCms::parse(signature, error)) return complete_with_cms(*slot.value, signature, *external);
  if (!pending->set_signature(signature, error)) return refused(SignCategory::wrong_signature, {wrong_signature(error)});
  return fill(*slot.value, pending->der());
}

MEDCERT_END_NAMESPACE
