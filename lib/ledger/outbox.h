/*
 * outbox.h — mail ptrail writes on the parent's behalf, and its states:
 *
 *   draft -> approved -> sending -> sent
 *                    \-> retrying (4xx, network) -> sending ...
 *                    \-> failed (5xx: the server's reply is kept)
 *   draft | approved | retrying -> cancelled
 *
 * Nothing addressed to the school leaves without the parent's approval
 * unless [send] says auto for that kind. The Message-ID is fixed when the
 * row is created, so every try and every witness (the Sent folder, the
 * Bcc to the parent) carry the same one. Every change writes its event in
 * the same transaction.
 *
 * Ownership: struct outbox_row strings belong to the row;
 * outbox_row_free() releases them.
 */
#ifndef PTRAIL_OUTBOX_H
#define PTRAIL_OUTBOX_H

#include <json-c/json.h>
#include <stdint.h>
#include <time.h>

#include "base/buf.h"
#include "base/config.h"
#include "ledger/ledger.h"

struct outbox_row {
	int64_t	 id;
	char	*kind;		/* confirmation reminder escalation notice */
	char	*state;
	char	*msgid;		/* <...> */
	int64_t	 message_id;	/* the letter it answers, 0: none */
	int64_t	 commitment_id;
	char	*to_addrs;	/* "a@x, b@y" */
	char	*cc_addrs;
	char	*subject;
	char	*body;		/* UTF-8, LF line ends */
	char	*lang;
	char	*in_reply_to;
	char	*refs;
	char	*token;		/* APPROVE token */
	int	 attempts;
	int64_t	 next_try_at;
	char	*last_error;
	int64_t	 created_at, updated_at, sent_at;
	int64_t	 not_before;	/* do not send earlier (0: any time) */
};

/* Create a row; its state follows the send policy for its kind (notices
 * to the parent are always approved). r->id and r->msgid are set. */
int	outbox_create(struct ledger *l, const struct config *cfg,
	    struct outbox_row *r, time_t now);
int	outbox_get(struct ledger *l, int64_t id, struct outbox_row *r);
/* Rows in a state (NULL: all), oldest first. */
int	outbox_list(struct ledger *l, const char *state, struct outbox_row **v,
	    size_t *n);
/*
 * Ids, oldest first, in a malloc'd array the caller frees: the rows due to
 * go now (approved, or retrying and past next_try_at; not_before passed),
 * and the rows waiting for the parent (drafts and failed rows, notices
 * aside). Callers read each row with outbox_get(): a long-lived outbox
 * holds every letter ever sent, and loading them all with their bodies on
 * every round grew with the ledger's age.
 */
int	outbox_due_ids(struct ledger *l, time_t now, int64_t **ids, size_t *n);
int	outbox_waiting_ids(struct ledger *l, int64_t **ids, size_t *n);
void	outbox_row_free(struct outbox_row *r);
void	outbox_list_free(struct outbox_row *v, size_t n);

/* Move a row, checked against the state machine; error (may be NULL) is
 * kept as last_error; next_try (0: none) for retrying. */
int	outbox_set_state(struct ledger *l, int64_t id, const char *to,
	    const char *error, time_t next_try, time_t now, struct buf *err);

/*
 * A message from the parent's own address: every "APPROVE <token>" in its
 * text approves the draft with that token. A token that matches no draft
 * does nothing and is logged. Returns how many drafts were approved.
 */
int	outbox_approve_by_mail(struct ledger *l, const char *text, time_t now);

/* A draft grew: new To/Cc/subject/body from r (the ladder's letter with
 * more commitments in it), only while it is a draft, and a new APPROVE
 * token; the outbox.join event names the commitments added (ids: a JSON
 * array, consumed). */
int	outbox_redraft(struct ledger *l, int64_t id, const struct outbox_row *r,
	    json_object *ids, time_t now);

/* Do not send before t (a school morning). */
int	outbox_set_not_before(struct ledger *l, int64_t id, time_t t);

/* Replace a draft's body (only while it is a draft), with its event. Its
 * APPROVE token is replaced too (as by outbox_redraft()): the old one
 * approved a text that is gone; the next digest shows the new one. */
int	outbox_set_body(struct ledger *l, int64_t id, const char *body,
	    time_t now, struct buf *err);

/* The RFC 5322 message as it goes out: CRLF, lines <= 78, UTF-8 body in
 * base64, RFC 2047 subject, no CR or LF from anywhere inside a header. */
void	outbox_render(const struct outbox_row *r, const struct config *cfg,
	    time_t date, struct buf *out);

/* Header-safe copy: CR and LF (and other controls) removed. */
char	*header_clean(const char *s);

#endif
