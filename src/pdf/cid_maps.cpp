// SPDX-License-Identifier: Apache-2.0
#include "pdf/cid_maps.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace medcert::pdf {
namespace {

constexpr std::size_t kMaxPerBlock = 100;  // PostScript CMap operators take at most 100 entries

bool is_surrogate(std::uint16_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

struct Range {
  std::uint16_t first, last;
};

// Consecutive CIDs with the same high byte (a bfrange may only vary the last byte).
std::vector<Range> runs(const std::vector<std::uint16_t>& cids) {
  std::vector<Range> out;
  for (const std::uint16_t cid : cids) {
    if (is_surrogate(cid)) continue;
    if (!out.empty() && cid == out.back().last + 1 && (cid >> 8) == (out.back().first >> 8))
      out.back().last = cid;
    else
      out.push_back({cid, cid});
  }
  return out;
}

}  // namespace

std::vector<std::uint16_t> mapped_cids(std::string_view map, int glyph_count) {
  std::vector<std::uint16_t> cids;
  for (std::size_t cid = 1; 2 * cid + 1 < map.size() && cid <= 0xFFFF; ++cid) {
    const int gid = static_cast<unsigned char>(map[2 * cid]) << 8 | static_cast<unsigned char>(map[2 * cid + 1]);
    if (gid != 0 && gid < glyph_count) cids.push_back(static_cast<std::uint16_t>(cid));
  }
  return cids;
}

std::string identity_to_unicode(const std::vector<std::uint16_t>& cids) {
  std::string out =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n"
      "<0000> <FFFF>\n"
      "endcodespacerange\n";
  const auto ranges = runs(cids);
  for (std::size_t block = 0; block < ranges.size(); block += kMaxPerBlock) {
    const std::size_t end = std::min(ranges.size(), block + kMaxPerBlock);
    out += fmt::format("{} beginbfrange\n", end - block);
    for (std::size_t i = block; i < end; ++i)
      out += fmt::format("<{:04X}> <{:04X}> <{:04X}>\n", ranges[i].first, ranges[i].last, ranges[i].first);
    out += "endbfrange\n";
  }
  out +=
      "endcmap\n"
      "CMapName currentdict /CMapResource defineresource pop\n"
      "end\n"
      "end\n";
  return out;
}

std::string cid_set(const std::vector<std::uint16_t>& cids) {
  const std::size_t highest = cids.empty() ? 0 : *std::max_element(cids.begin(), cids.end());
  std::string bits(highest / 8 + 1, '\0');
  const auto set = [&bits](std::size_t cid) {
    bits[cid / 8] = static_cast<char>(static_cast<unsigned char>(bits[cid / 8]) | 0x80u >> (cid % 8));
  };
  set(0);
  for (const std::uint16_t cid : cids) set(cid);
  return bits;
}

}  // namespace medcert::pdf
