// MEDCERT_API marks what libmedcert.so exports; everything else is hidden (-fvisibility=hidden).
#pragma once

#if defined(__GNUC__) || defined(__clang__)
#define MEDCERT_API __attribute__((visibility("default")))
#else
#define MEDCERT_API
#endif
