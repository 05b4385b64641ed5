/*
 * tls.c — certificate verification with GnuTLS; see tls.h.
 *
 * RFC 5280 path validation and RFC 6125 host name checking are GnuTLS's
 * (gnutls_x509_trust_list_verify_crt2 with a GNUTLS_DT_DNS_HOSTNAME
 * datum, which also matches IP addresses in subjectAltName).
 */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <stdlib.h>
#include <string.h>

#include "tls.h"
#include "base/xmalloc.h"

#define MAX_CHAIN 16

/* Why a certificate is not trusted, in words that say what to change. */
static void
cert_words(unsigned int status, const char *host, struct buf *why)
{
	static const struct { unsigned int bit; const char *words; } w[] = {
		{ GNUTLS_CERT_UNEXPECTED_OWNER, "it was issued for another name "
		    "(write the name the certificate has in the URL)" },
		{ GNUTLS_CERT_SIGNER_NOT_FOUND, "it is signed by an authority "
		    "this machine does not trust (self-signed or a private CA: "
		    "set ca_file to that CA)" },
		{ GNUTLS_CERT_EXPIRED, "it has expired" },
		{ GNUTLS_CERT_NOT_ACTIVATED, "it is not valid yet (is this "
		    "machine's clock right?)" },
		{ GNUTLS_CERT_REVOKED, "it was revoked" },
	};
	gnutls_datum_t text;
	int said = 0;

	buf_printf(why, "%s: certificate not trusted", host);
	for (size_t k = 0; k < sizeof(w) / sizeof(w[0]); k++)
		if (status & w[k].bit)
			buf_printf(why, "%s%s", said++ ? "; " : ": ", w[k].words);
	if (said == 0 && gnutls_certificate_verification_status_print(status,
	    GNUTLS_CRT_X509, &text, 0) == 0) {
		buf_printf(why, ": %s", text.data);
		gnutls_free(text.data);
	}
}

int
tls_verify_chain(const unsigned char *const *der, const size_t *len, size_t n,
    const char *host, const char *ca_file, struct buf *why)
{
	gnutls_x509_trust_list_t list = NULL;
	gnutls_x509_crt_t certs[MAX_CHAIN];
	gnutls_typed_vdata_st vdata;
	unsigned int status = 0;
	size_t ncerts = 0;
	int rc = -1, r;

	if (n == 0) {
		buf_printf(why, "%s: the server sent no certificate", host);
		return -1;
	}
	if (gnutls_x509_trust_list_init(&list, 0) < 0)
		goto internal;
	if (ca_file) {
		r = gnutls_x509_trust_list_add_trust_file(list, ca_file, NULL,
		    GNUTLS_X509_FMT_PEM, 0, 0);
		if (r <= 0) {
			buf_printf(why, "%s: no CA certificate could be read from "
			    "ca_file %s", host, ca_file);
			goto out;
		}
	} else if (gnutls_x509_trust_list_add_system_trust(list, 0, 0) <= 0) {
		buf_printf(why, "%s: the system has no trusted CA certificates "
		    "(install ca-certificates, or set ca_file)", host);
		goto out;
	}
	for (size_t k = 0; k < n && k < MAX_CHAIN; k++) {
		gnutls_datum_t d = { (unsigned char *)(uintptr_t)der[k],
		    (unsigned int)len[k] };
		if (gnutls_x509_crt_init(&certs[ncerts]) < 0)
			goto internal;
		if (gnutls_x509_crt_import(certs[ncerts], &d,
		    GNUTLS_X509_FMT_DER) < 0) {
			gnutls_x509_crt_deinit(certs[ncerts]);
			buf_printf(why, "%s: the server's certificate %zu does not "
			    "parse", host, k);
			goto out;
		}
		ncerts++;
	}
	memset(&vdata, 0, sizeof(vdata));
	vdata.type = GNUTLS_DT_DNS_HOSTNAME;
	vdata.data = (unsigned char *)(uintptr_t)host;
	vdata.size = 0;
	r = gnutls_x509_trust_list_verify_crt2(list, certs, (unsigned)ncerts,
	    &vdata, 1, 0, &status, NULL);
	if (r < 0)
		goto internal;
	if (status != 0) {
		cert_words(status, host, why);
		goto out;
	}
	rc = 0;
	goto out;
internal:
	buf_printf(why, "%s: GnuTLS could not check the certificate", host);
out:
	for (size_t k = 0; k < ncerts; k++)
		gnutls_x509_crt_deinit(certs[k]);
	if (list)
		gnutls_x509_trust_list_deinit(list, 1);
	return rc;
}

int
tls_verify_stream(mailstream *s, const char *host, const char *ca_file,
    struct buf *why)
{
	carray *chain = mailstream_get_certificate_chain(s);
	const unsigned char *der[MAX_CHAIN];
	size_t len[MAX_CHAIN], n = 0;
	int rc;

	if (chain == NULL) {
		buf_printf(why, "%s: no certificate chain from the TLS layer",
		    host);
		return -1;
	}
	for (unsigned k = 0; k < carray_count(chain) && n < MAX_CHAIN; k++) {
		MMAPString *c = carray_get(chain, k);
		der[n] = (const unsigned char *)c->str;
		len[n++] = c->len;
	}
	rc = tls_verify_chain(der, len, n, host, ca_file, why);
	mailstream_certificate_chain_free(chain);
	return rc;
}
