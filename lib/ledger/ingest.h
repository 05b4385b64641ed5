/*
 * ingest.h — keep one message: the raw bytes and their SHA-256, its
 * headers, its place in a thread, and the items read from it, in one
 * transaction with the folder's sync state (a savepoint, when the caller
 * has a transaction open: ptraild commits a fetch batch at a time), so a
 * crash never leaves half of a message and never loses one.
 *
 * A message is known by Message-ID plus SHA-256: a second copy (the same
 * letter in INBOX and a label, a re-scan after UIDVALIDITY changed) adds
 * nothing.
 */
#ifndef PTRAIL_INGEST_H
#define PTRAIL_INGEST_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "base/config.h"
#include "extract/extract.h"
#include "ledger/ledger.h"
#include "ledger/sync_state.h"	/* ingest moves a folder's sync state */
#include "mail/mime.h"

struct ingest_result {
	int64_t	 id;		/* messages.id (the existing one if known) */
	int	 was_new;
	int	 is_school;
	unsigned commitments, deflections, meetings;
};

/*
 * A message read but not yet stored: what ingest_prepare() makes of the
 * bytes without the ledger (it may run on another thread than the one
 * that stores). Free with ingest_prep_free().
 */
struct ingest_prep {
	char			 sha[65];
	int			 parsed;	/* 0: not a message; why says why */
	struct buf		 why;
	struct mime_message	 m;
	struct extraction	 ex;		/* school mail, and the parent's own
						   letters to the school */
	int			 out, school;
	const struct config	*cfg;		/* not owned: the caller's */
};

/* sent: the letter is from the parent's Sent folder, and so hers
 * whatever its From says (a second parent, an alias, an old address). */
void	ingest_prepare(const struct config *cfg, const char *raw, size_t len,
	    int sent, time_t now, struct ingest_prep *p);
void	ingest_prep_free(struct ingest_prep *p);
/* The ledger half of ingest_message(), for what ingest_prepare() read from
 * the same raw bytes. */
int	ingest_store(struct ledger *l, const char *folder, uint32_t uidvalidity,
	    uint32_t uid, const char *raw, size_t len,
	    const struct ingest_prep *p, time_t now, struct ingest_result *res,
	    struct buf *err);

/*
 * Store raw (len bytes) fetched from folder/uid. uidvalidity and uid also
 * advance sync_state in the same transaction (uid 0: no sync state, e.g.
 * a file given on the command line). 0 ok; -1 with a sentence in err and
 * the ledger as it was.
 */
int	ingest_message(struct ledger *l, const struct config *cfg,
	    const char *folder, uint32_t uidvalidity, uint32_t uid,
	    const char *raw, size_t len, time_t now,
	    struct ingest_result *res, struct buf *err);

#endif
