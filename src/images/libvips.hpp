// SPDX-License-Identifier: Apache-2.0
// libvips for images/ (the only stage that includes it): started once for the process, owned handles
// that free on every path, and its error text taken as a value. Nothing here throws: libvips is C.
#pragma once

#include <memory>
#include <string>

#include <vips/vips.h>

namespace medcert::images {

struct ImageUnref {
  void operator()(VipsImage* image) const noexcept { g_object_unref(image); }
};
/// A reference to an image, dropped on every path (an image keeps its input images alive).
using ImagePtr = std::unique_ptr<VipsImage, ImageUnref>;

/// libvips started once for the whole process, whatever the thread: false when it could not start. Also sets
/// what medcert needs of its global state: no operation cache (nothing of a photograph outlives the call,
/// and the buffer loaders would otherwise match a new buffer at a freed one's address), one worker thread
/// (the output does not depend on scheduling, and the caller has its own threads), its warnings dropped
/// (the library never prints; the errors that matter come back as values, take_libvips_error()).
bool libvips_ready() noexcept;

/// libvips's error text as one short line (printable ASCII, at most 160 characters: never pixel data), or
/// else its last warning on this thread (libpng's errors come as warnings), both emptied; "no message" when
/// it said nothing.
std::string take_libvips_error();

}  // namespace medcert::images
