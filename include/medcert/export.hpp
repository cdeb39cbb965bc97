// SPDX-License-Identifier: Apache-2.0
// MEDCERT_API marks what libmedcert.so exports; everything else is hidden (-fvisibility=hidden).
// MEDCERT_BEGIN_NAMESPACE opens `medcert` and its inline ABI namespace, v<major>_<minor> (version.hpp):
// on 0.x every minor release may change the ABI (the SONAME says so), and a program compiled against
// 0.1 headers then fails to link against 0.2 instead of calling it with the wrong layouts.
#pragma once

#include <medcert/version.hpp>

#if defined(__GNUC__) || defined(__clang__)
#define MEDCERT_API __attribute__((visibility("default")))
#else
#define MEDCERT_API
#endif

#define MEDCERT_BEGIN_NAMESPACE \
  namespace medcert {           \
  inline namespace MEDCERT_ABI_NAMESPACE {
#define MEDCERT_END_NAMESPACE \
  }                           \
  }
