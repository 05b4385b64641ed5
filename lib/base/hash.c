/*
 * hash.c — SHA-256 and random tokens through GnuTLS; see hash.h.
 */
#include <gnutls/crypto.h>
#include <gnutls/gnutls.h>
#include <stdio.h>
#include <sys/random.h>

#include "base/hash.h"
#include "base/log.h"

static void
to_hex(const unsigned char *in, size_t n, char *out)
{
	static const char hex[] = "0123456789abcdef";
	for (size_t i = 0; i < n; i++) {
		out[2 * i] = hex[in[i] >> 4];
		out[2 * i + 1] = hex[in[i] & 15];
	}
	out[2 * n] = '\0';
}

void
sha256_hex(const void *data, size_t len, char out[SHA256_HEX_LEN + 1])
{
	unsigned char d[32];
	if (gnutls_hash_fast(GNUTLS_DIG_SHA256, data, len, d) < 0)
		fatalx(70, "sha256: GnuTLS refused the digest");
	to_hex(d, sizeof(d), out);
}

void
sha256_begin(struct sha256_ctx *ctx)
{
	gnutls_hash_hd_t h;
	if (gnutls_hash_init(&h, GNUTLS_DIG_SHA256) < 0)
		fatalx(70, "sha256: GnuTLS refused the digest");
	ctx->h = h;
}

void
sha256_update(struct sha256_ctx *ctx, const void *data, size_t len)
{
	gnutls_hash((gnutls_hash_hd_t)ctx->h, data, len);
}

void
sha256_end(struct sha256_ctx *ctx, char out[SHA256_HEX_LEN + 1])
{
	unsigned char d[32];
	gnutls_hash_deinit((gnutls_hash_hd_t)ctx->h, d);
	ctx->h = NULL;
	to_hex(d, sizeof(d), out);
}

int
random_hex(char *out, size_t n)
{
	unsigned char b[64];
	if (n > sizeof(b) || getrandom(b, n, 0) != (ssize_t)n)
		return -1;
	to_hex(b, n, out);
	return 0;
}
