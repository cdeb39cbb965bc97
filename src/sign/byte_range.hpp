// SPDX-License-Identifier: Apache-2.0
// The /ByteRange of a PDF signature, checked against the file it claims to cover. Pure byte
// arithmetic, shared by signing (filling the hole) and verification (trusting nothing in it).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace medcert::sign {

/// What a well-formed /ByteRange [0 a b c] describes: bytes [0, hole_begin) and [hole_end, signed_end)
/// are signed; the hole [hole_begin, hole_end) holds exactly the hexadecimal string "<...>" of /Contents.
struct SignedRanges {
  std::size_t hole_begin = 0;
  std::size_t hole_end = 0;
  std::size_t signed_end = 0;
};

/// The ranges described by the four /ByteRange numbers, or nullopt when they do not start at 0, overlap,
/// leave the file, or leave anything but one hexadecimal string unsigned. Every bound is checked.
std::optional<SignedRanges> check_byte_range(std::string_view file, const std::array<std::int64_t, 4>& numbers);

/// The signed bytes, concatenated: what the CMS message digest is computed over.
std::string signed_content(std::string_view file, const SignedRanges& ranges);

/// The bytes the hole's hexadecimal string encodes (trailing zero padding included).
std::string hole_bytes(std::string_view file, const SignedRanges& ranges);

/// `file` with the hole rewritten: "<", the hexadecimal of `der`, zeros up to the reserve, ">".
/// nullopt when `der` does not fit.
std::optional<std::string> fill_hole(std::string_view file, const SignedRanges& ranges, std::string_view der);

/// How many bytes the hole can hold.
std::size_t hole_capacity(const SignedRanges& ranges);

}  // namespace medcert::sign
