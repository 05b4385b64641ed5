/*
 * items.h — commitments, deflections and meetings as the ledger keeps them.
 *
 * Every change to a commitment or meeting goes through one function here
 * that writes the row and its event in one transaction (nested inside the
 * caller's, if any): the events chain is the proof that the record was not
 * edited afterwards.
 *
 * State machine (DESIGN.md): open -> confirmed -> done | disputed |
 * withdrawn; "overdue" is derived (past due, unanswered), never stored.
 *
 * Ownership: struct commitment/meeting strings are owned by the struct;
 * *_free() releases them (not the struct itself). Arrays returned by
 * *_list() are freed with *_list_free().
 */
#ifndef PTRAIL_ITEMS_H
#define PTRAIL_ITEMS_H

#include <stdint.h>
#include <stddef.h>
#include <time.h>

#include "ledger/ledger.h"

struct commitment {
	int64_t	 id;
	int64_t	 message_id;	/* 0: none */
	int64_t	 meeting_id;	/* 0: none */
	int64_t	 thread_id;	/* 0: none */
	char	*source;	/* "letter" | "manual" | "meeting" */
	char	*actor;	/* read: the person's name, else the words as
			 * written; add: the words as written */
	char	*written;	/* read: the words as written ("She") */
	int64_t	 person_id;	/* people.id, 0: nobody named */
	char	*action;
	char	*quote;
	char	*due;		/* "YYYY-MM-DD" or NULL */
	char	*due_time;	/* "HH:MM" or NULL */
	int	 vague;
	char	*date_flag;	/* "inconsistent" | "impossible" | "ambiguous":
				 * the due day is a guess to ask about; NULL */
	char	*state;		/* open confirmed done disputed withdrawn */
	char	*note;
	int64_t	 answered_at;	/* 0: not answered */
	int64_t	 answered_by;	/* the letter that answered it, 0: the
				 * parent said so (or not answered) */
	int	 chase;		/* the parent asked to chase an old one */
	int64_t	 sequence;
	int64_t	 created_at;
	int64_t	 updated_at;
};

struct meeting {
	int64_t	 id;
	int64_t	 message_id;
	int64_t	 thread_id;
	char	*quote;
	char	*date;		/* YYYY-MM-DD */
	char	*time;		/* HH:MM or NULL */
	char	*with_whom;
	char	*note;
	char	*date_flag;	/* as for a commitment, or NULL */
	char	*location;	/* "Room 204", or NULL: none named */
	char	*state;		/* scheduled held cancelled */
	int64_t	 sequence;
	int64_t	 created_at;
	int64_t	 updated_at;
};

enum list_filter { LIST_OPEN, LIST_OVERDUE, LIST_ALL };

struct commitment_query {
	enum list_filter which;
	const char	*since;		/* YYYY-MM-DD: created on/after, or NULL */
	const char	*who;		/* substring of actor, any case, or NULL */
	const char	*today;		/* YYYY-MM-DD in the family's zone */
};

/* c->id is set on success. The row's created_at/updated_at are 'now'. */
int	commitment_add(struct ledger *l, struct commitment *c, time_t now);
/* Move to a new state (validated against the state machine) with a note. */
int	commitment_set_state(struct ledger *l, int64_t id, const char *state,
	    const char *note, time_t now, struct buf *err);
/* Mark answered at time 'at' by letter 'by' (0: the parent said so, with
 * `ptrail answered`); an event says which. */
int	commitment_mark_answered(struct ledger *l, int64_t id, time_t at,
	    time_t now);
int	commitment_answer(struct ledger *l, int64_t id, int64_t by, time_t at,
	    time_t now);

/*
 * A school letter (msg, in thread, from from_addr, text body) came in a
 * thread: it answers each earlier open promise of the thread that it is
 * about — it quotes it, names its action (two of its words side by side,
 * or a third of them), names its person with a word of its action, or
 * comes from the promiser saying done/attached/sent about it. Any other
 * promise stays open (or overdue); the reply is recorded on the thread as
 * an event naming what it answered. Returns how many it answered, -1 on
 * error.
 */
int	commitments_answer_by_letter(struct ledger *l, int64_t msg,
	    int64_t thread, const char *from_addr, const char *body, time_t at,
	    time_t now);
/* The decision above, for one promise (exposed for the tests). */
int	letter_answers(const char *body, int from_promiser, const char *action,
	    const char *quote, const char *person_name);

/* The parent asks to chase a promise first seen past its due day. */
int	commitment_set_chase(struct ledger *l, int64_t id, time_t now,
	    struct buf *err);
int	commitment_get(struct ledger *l, int64_t id, struct commitment *out);
int	commitment_list(struct ledger *l, const struct commitment_query *q,
	    struct commitment **out, size_t *n);
/* A deep copy of src into dst, the caller's to commitment_free(). */
void	commitment_copy(struct commitment *dst, const struct commitment *src);
void	commitment_free(struct commitment *c);
void	commitment_list_free(struct commitment *arr, size_t n);
/*
 * The rows of commitment_list(), in the same order, one at a time. Both
 * leave out the fields a list never shows (thread_id, sequence, written,
 * person_id, chase: 0 or NULL; commitment_get() has them). fn gets each
 * row with its strings lent by SQLite: valid during the call only, not
 * to be freed or kept (commitment_copy() keeps one); fn returns non-zero
 * to stop. Memory does not grow with the ledger. 0 ok (also when fn
 * stopped), -1 on error.
 */
int	commitment_each(struct ledger *l, const struct commitment_query *q,
	    int (*fn)(struct commitment *c, void *arg), void *arg);
/* Past its due day ('today' in the family's zone), unanswered, open or
 * confirmed. */
int	commitment_is_overdue(const struct commitment *c, const char *today);

int	deflection_add(struct ledger *l, int64_t message_id, const char *quote,
	    const char *kind, time_t now, int64_t *id);

/* done, withdrawn or disputed back to open, as the event
 * "commitment.reopened" (the history stays); -1 with why in err when it is
 * open or confirmed already. */
int	commitment_reopen(struct ledger *l, int64_t id, const char *note,
	    time_t now, struct buf *err);

int	meeting_add(struct ledger *l, struct meeting *m, time_t now);
int	meeting_get(struct ledger *l, int64_t id, struct meeting *out);
void	meeting_free(struct meeting *m);
/* The parent says a scheduled meeting took place: state 'held', as the
 * event "meeting.held". -1 with why in err when it is not scheduled (held
 * already, cancelled, or no such meeting). */
int	meeting_set_held(struct ledger *l, int64_t id, time_t now,
	    struct buf *err);

#endif
