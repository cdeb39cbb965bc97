// SPDX-License-Identifier: Apache-2.0
// A PNG reduced to the chunks its pixels need, before libpng sees it.
#pragma once

#include <string>
#include <string_view>

namespace medcert::images {

/// `png` (signature included) with only the chunks the conversion uses: IHDR, PLTE, tRNS, iCCP, IDAT and IEND.
/// Why: libpng inflates every zTXt and iTXt chunk while it reads the header, up to 50 MiB each and a hundred
/// of them under libvips's settings (a 2.4 MB file of 60 such chunks kept vipsheader busy 55 s), and medcert
/// drops that text anyway. From where the chunk structure breaks, the rest is kept as it is (libpng refuses it).
std::string decoding_chunks(std::string_view png);

}  // namespace medcert::images
