/* sha256.h — the SHA-256 compression function and its two codes, for tests
 * (private). */
#ifndef LOYAL_SHA256_H
#define LOYAL_SHA256_H

#include "loyal.h"

/* True when this CPU has the SHA extensions and the code for them is built
 * (CPUID asked once per process). */
bool loyalp_sha256_accelerated(void);

/* Compresses `blocks` 64-byte blocks at p into the state h, on the SHA
 * extensions when `accelerated` (only if loyalp_sha256_accelerated()),
 * with the portable code otherwise. Both give the same state. */
void loyalp_sha256_blocks(uint32_t h[8], const unsigned char *p, size_t blocks, bool accelerated);

/* loyal_sha256_update on the given code (for tests: the portable one on a
 * CPU with SHA extensions). */
void loyalp_sha256_update_accel(loyal_sha256 *ctx, const void *data, size_t len, bool accelerated);

#endif
