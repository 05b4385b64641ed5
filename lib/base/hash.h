/*
 * hash.h — SHA-256 as lower-case hex, the fingerprint of evidence.
 *
 * Used for raw messages (what the school sent, byte for byte) and for the
 * events chain. GnuTLS supplies the digest; nothing here touches a network.
 */
#ifndef PTRAIL_HASH_H
#define PTRAIL_HASH_H

#include <stddef.h>

#define SHA256_HEX_LEN 64

void sha256_hex(const void *data, size_t len, char out[SHA256_HEX_LEN + 1]);

/* Incremental form for hashing several fields without concatenating. */
struct sha256_ctx { void *h; };
void sha256_begin(struct sha256_ctx *ctx);
void sha256_update(struct sha256_ctx *ctx, const void *data, size_t len);
void sha256_end(struct sha256_ctx *ctx, char out[SHA256_HEX_LEN + 1]);

/* 'n' random bytes as hex (2n chars + NUL), from the system CSPRNG. */
int  random_hex(char *out, size_t n);

#endif
