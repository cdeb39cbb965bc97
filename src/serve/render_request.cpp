// SPDX-License-Identifier: Apache-2.0
#include "serve/render_request.hpp"

#include <climits>
#include <memory>

#include <nlohmann/json.hpp>
#include <openssl/evp.h>

namespace medcert::serve {
namespace {

// Standard base64 (RFC 4648 §4, padded; OpenSSL also skips line breaks); nullopt when it is not.
std::optional<std::string> base64_decode(const std::string& text) {
  const std::unique_ptr<EVP_ENCODE_CTX, decltype(&EVP_ENCODE_CTX_free)> ctx(EVP_ENCODE_CTX_new(), EVP_ENCODE_CTX_free);
  if (!ctx || text.size() > static_cast<std::size_t>(INT_MAX)) return std::nullopt;
  std::string out(text.size() / 4 * 3 + 3, '\0');
  auto* bytes = reinterpret_cast<unsigned char*>(out.data());
  int written = 0;
  int last = 0;
  EVP_DecodeInit(ctx.get());
  if (EVP_DecodeUpdate(ctx.get(), bytes, &written, reinterpret_cast<const unsigned char*>(text.data()),
                       static_cast<int>(text.size())) < 0 ||
      EVP_DecodeFinal(ctx.get(), bytes + written, &last) != 1)
    return std::nullopt;
  out.resize(static_cast<std::size_t>(written + last));
  return out;
}

}  // namespace

std::optional<RenderRequest> render_request(const std::string& body, RequestError& error) {
  error = {"le corps de la requête doit être un objet JSON de constatations",
           "the request body must be a JSON object of findings"};
  auto value = nlohmann::ordered_json::parse(body, nullptr, false);
  if (value.is_discarded() || !value.is_object()) return std::nullopt;
  // Findings never have a top-level "findings" key: an object that has one is the envelope.
  const auto findings = value.find("findings");
  if (findings == value.end()) return RenderRequest{body, {}};
  if (!findings->is_object()) return std::nullopt;
  RenderRequest request{findings->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), {}};
  const auto photos = value.find("photos");
  if (photos == value.end()) return request;
  error = {"photos : une liste de {\"file\", \"data\"} (octets en base64)",
           "photos: a list of {\"file\", \"data\"} (bytes in base64)"};
  if (!photos->is_array()) return std::nullopt;
  for (const auto& photo : *photos) {
    const auto file = photo.is_object() ? photo.find("file") : photo.end();
    const auto data = photo.is_object() ? photo.find("data") : photo.end();
    if (file == photo.end() || data == photo.end() || !file->is_string() || !data->is_string()) return std::nullopt;
    auto bytes = base64_decode(data->get<std::string>());
    if (!bytes) {
      error = {"photos : des données qui ne sont pas du base64", "photos: data that is not base64"};
      return std::nullopt;
    }
    if (!request.photos.emplace(file->get<std::string>(), std::move(*bytes)).second) {
      error = {"photos : deux photographies du même nom", "photos: two photographs of the same name"};
      return std::nullopt;
    }
  }
  return request;
}

}  // namespace medcert::serve
