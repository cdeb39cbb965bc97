// SPDX-License-Identifier: Apache-2.0
// protect_key_material() (include/medcert/signing.hpp): no core file, and the key's private parts in
// OpenSSL's secure heap.
#include <medcert/signing.hpp>

#include <sys/prctl.h>
#include <sys/resource.h>

#include <openssl/crypto.h>

MEDCERT_BEGIN_NAMESPACE

bool protect_key_material() {
  const bool not_dumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
  const rlimit no_core{0, 0};
  const bool no_core_file = setrlimit(RLIMIT_CORE, &no_core) == 0;
  // 1: the heap exists and is locked; 2: it exists but mlock failed (RLIMIT_MEMLOCK): its pages are still
  // excluded from core dumps (MADV_DONTDUMP), so the key stays out of them either way.
  const bool secure_heap = CRYPTO_secure_malloc_initialized() || CRYPTO_secure_malloc_init(64 * 1024, 32) != 0;
  return not_dumpable && no_core_file && secure_heap;
}

MEDCERT_END_NAMESPACE
