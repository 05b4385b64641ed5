/*
 * sync.c — the sync engine of ptraild: what to fetch from a folder, in
 * which batches, and what the ledger keeps of it. The protocol is imap.c's
 * (the contract is in imap.h); this file never sees libetpan.
 *
 * Per folder: SELECT, compare UIDVALIDITY with sync_state (a change means
 * the server renumbered: re-scan from UID 1, and ingest's Message-ID +
 * SHA-256 check keeps anything from being stored twice), then the school
 * search for UIDs above the folder's last one, their sizes (a message
 * over the limit is never downloaded), and UID FETCH of those, in batches
 * that a reader thread fetches and reads (MIME, extraction) while the main
 * thread stores the one before — and helps to read, when it has nothing
 * to store.
 *
 * Invariants:
 *  - each message is stored whole, together with the folder's new last
 *    UID (a savepoint in its batch's transaction), so a kill at any point
 *    loses nothing and stores nothing twice;
 *  - a batch the ledger refuses (full disk, a lock held by another
 *    process) stops the folder there: nothing after it is stored, the last
 *    UID does not move past it, and the reason is kept for `ptrail
 *    status` — the next sync starts at that batch;
 *  - only the main thread touches the ledger.
 */
#include <fcntl.h>
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "ledger/ingest.h"
#include "ledger_why.h"
#include "mail/mime.h"
#include "base/log.h"
#include "sync.h"
#include "ledger/sync_state.h"
#include "base/xmalloc.h"

/* 100, not 50: half the round trips and commits (each commit rewrites the
 * random-key index pages it touched) cost a 10,000-letter first sync 4%
 * less CPU; three batches in memory cost the 10%-school bench 0.7 MB */
#define FETCH_BATCH	100		/* messages per UID FETCH */
/* The bytes of every batch alive at once (being read, waiting, being
 * stored), by the server's sizes; a message over it is fetched alone. A
 * budget per batch let three of them hold three times as much. */
#define FLIGHT_BYTES	(8u << 20)
#define READER_TICK_MS	200		/* how often a wait looks at SIGTERM */

/* A message the search found, and its size as the server gives it. */
struct want {
	uint32_t	 uid;
	uint32_t	 size;
	int		 sent;	/* in the Sent folder: the parent's letter */
};

static int
too_big(const struct want *w)
{
	return w->size > MIME_MAX_MESSAGE;
}

/* One fetched message: where its bytes are (inside the batch's
 * imap_bodies) and what ingest_prepare() read from them. */
struct fetched {
	uint32_t	 uid;
	uint32_t	 too_big;	/* its size, when over the limit */
	int		 sent;		/* from the Sent folder */
	const char	*body;
	size_t		 len;
	struct ingest_prep prep;
};

struct batch {
	struct imap_bodies *bodies;	/* owns the bytes */
	struct fetched	*v;
	size_t		 n;
	size_t		 bytes;		/* counted against FLIGHT_BYTES */
};

static void
batch_free(struct batch *b)
{
	for (size_t k = 0; k < b->n; k++)
		ingest_prep_free(&b->v[k].prep);
	free(b->v);
	imap_bodies_free(b->bodies);
	memset(b, 0, sizeof(*b));
}


/* Fetch the wanted messages, in UID order, not read yet; one over the
 * size limit is an entry without bytes and is not fetched. */
static enum imap_status
fetch_batch(struct imap_conn *c, const struct want *w, size_t n,
    struct batch *b, struct buf *why)
{
	uint32_t *uids = xreallocarray(NULL, n ? n : 1, sizeof(*uids));
	size_t nu = 0;
	enum imap_status st;

	memset(b, 0, sizeof(*b));
	for (size_t k = 0; k < n; k++)
		if (!too_big(&w[k]))
			uids[nu++] = w[k].uid;
	st = imap_fetch_bodies(c, uids, nu, &b->bodies, why);
	free(uids);
	if (st != IMAP_OK)
		return st;
	b->v = xcalloc(n + 1, sizeof(*b->v));
	for (size_t k = 0; k < n; k++) {
		struct fetched *f = &b->v[b->n];

		f->uid = w[k].uid;
		f->sent = w[k].sent;
		if (too_big(&w[k])) {
			f->too_big = w[k].size;
			b->n++;
			continue;
		}
		if ((f->body = imap_body(b->bodies, f->uid, &f->len)) == NULL)
			continue;	/* gone from the server meanwhile */
		b->n++;
	}
	return IMAP_OK;
}

/* Read one fetched message: hash, MIME, extraction — everything but the
 * ledger. Messages are independent: any thread may read any of them. */
static void
read_one(const struct config *cfg, time_t now, struct fetched *f)
{
	if (f->body)
		ingest_prepare(cfg, f->body, f->len, f->sent, now, &f->prep);
}

/* Fetch and read, in turn (when no reader thread could be made). */
static enum imap_status
fetch_and_read(struct imap_conn *c, const struct config *cfg, time_t now,
    const struct want *w, size_t n, struct batch *b, struct buf *why)
{
	enum imap_status st = fetch_batch(c, w, n, b, why);

	for (size_t k = 0; st == IMAP_OK && k < b->n; k++)
		read_one(cfg, now, &b->v[k]);
	return st;
}

/* How many wanted messages from w[k] make the next batch: up to
 * FETCH_BATCH of them and room bytes (their sum in *bytes); at least one
 * when alone (no other batch is alive), else 0 when none fits. */
static size_t
batch_len(const struct want *w, size_t k, size_t n, size_t room, int alone,
    size_t *bytes)
{
	size_t len = 0;

	*bytes = 0;
	while (k + len < n && len < FETCH_BATCH) {
		size_t sz = too_big(&w[k + len]) ? 0 : w[k + len].size;
		if ((len > 0 || !alone) && *bytes + sz > room)
			break;
		*bytes += sz;
		len++;
	}
	return len;
}

/*
 * The reader: a thread that fetches and reads batch after batch while the
 * main thread stores them, so transfer, MIME and extraction overlap the
 * ledger's writes. It hands each batch over through one slot and waits
 * only when the slot is still full, so at most three batches are in memory
 * (one being stored, one in the slot, one being read), and before a fetch
 * while the others leave no room of FLIGHT_BYTES. Reading costs more
 * than storing (a 10,000-letter first sync: about twice), so the main
 * thread, finding the slot empty, reads messages of the batch in hand
 * instead of waiting: each message is claimed by one thread under the
 * lock, and the batch is handed over when all are read. Only the reader
 * uses the connection until it is joined; only the main thread uses the
 * ledger; the config is not changed meanwhile (SIGHUP is acted on between
 * syncs). Signals stay with the main thread, whose waits they must end.
 */
struct reader {
	pthread_t	 thread;
	pthread_mutex_t	 lock;
	pthread_cond_t	 changed;	/* slot filled or emptied, or done */
	struct imap_conn *c;
	const struct config *cfg;
	time_t		 now;
	const struct want *w;
	size_t		 n;
	struct batch	 slot;
	int		 full;		/* slot holds a batch */
	size_t		 flight;	/* bytes of the batches alive */
	struct batch	*reading;	/* the batch being read, or NULL */
	size_t		 claim;		/* its next message to read */
	int		 helping;	/* of it, read by the main thread now */
	int		 done;		/* the reader has stopped */
	int		 quit;		/* the main thread wants no more */
	enum imap_status st;		/* of the failed fetch, with why */
	struct buf	 why;
};

/* The next unread message of the batch being read, claimed (the lock
 * held); NULL when none is left or the main thread wants no more. */
static struct fetched *
claim_one(struct reader *rd)
{
	if (rd->reading == NULL || rd->quit || rd->claim >= rd->reading->n)
		return NULL;
	return &rd->reading->v[rd->claim++];
}

/* The reader's side of reading b: claim and read until none is left,
 * then wait for what the main thread claimed. */
static void
read_batch(struct reader *rd, struct batch *b)
{
	struct fetched *f;

	pthread_mutex_lock(&rd->lock);
	rd->reading = b;
	rd->claim = 0;
	while ((f = claim_one(rd)) != NULL) {
		pthread_mutex_unlock(&rd->lock);
		read_one(rd->cfg, rd->now, f);
		pthread_mutex_lock(&rd->lock);
	}
	while (rd->helping)
		pthread_cond_wait(&rd->changed, &rd->lock);
	rd->reading = NULL;
	pthread_mutex_unlock(&rd->lock);
}

static void *
reader_run(void *arg)
{
	struct reader *rd = arg;
	size_t k = 0;
	enum imap_status st = IMAP_OK;

	while (k < rd->n) {
		struct batch b;
		size_t bytes, len = 0;	/* set unless quit, which leaves */

		/* the next batch takes what the batches alive leave of
		 * FLIGHT_BYTES; when not one message fits, the main thread
		 * frees one first */
		pthread_mutex_lock(&rd->lock);
		while (!rd->quit && (len = batch_len(rd->w, k, rd->n,
		    rd->flight < FLIGHT_BYTES ? FLIGHT_BYTES - rd->flight : 0,
		    rd->flight == 0, &bytes)) == 0)
			pthread_cond_wait(&rd->changed, &rd->lock);
		int quit = rd->quit;
		rd->flight += quit ? 0 : bytes;
		pthread_mutex_unlock(&rd->lock);
		if (quit)
			break;
		if ((st = fetch_batch(rd->c, rd->w + k, len, &b, &rd->why)) !=
		    IMAP_OK) {
			batch_free(&b);
			break;
		}
		b.bytes = bytes;
		read_batch(rd, &b);
		pthread_mutex_lock(&rd->lock);
		while (rd->full && !rd->quit)
			pthread_cond_wait(&rd->changed, &rd->lock);
		if (rd->quit) {
			pthread_mutex_unlock(&rd->lock);
			batch_free(&b);
			break;
		}
		rd->slot = b;
		rd->full = 1;
		pthread_cond_broadcast(&rd->changed);
		pthread_mutex_unlock(&rd->lock);
		k += len;
	}
	pthread_mutex_lock(&rd->lock);
	rd->st = st;
	rd->done = 1;
	pthread_cond_broadcast(&rd->changed);
	pthread_mutex_unlock(&rd->lock);
	return NULL;
}

/* Start rd; 0, or -1 when no thread could be made. */
static int
reader_start(struct reader *rd)
{
	sigset_t all, old;
	pthread_condattr_t ca;
	int rc;

#ifdef PTRAIL_TEST_HOOKS
	/* ptraild-test: the path taken when no thread can be made */
	if (getenv("PTRAIL_TEST_NO_READER"))
		return -1;
#endif
	pthread_mutex_init(&rd->lock, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&rd->changed, &ca);
	pthread_condattr_destroy(&ca);
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	rc = pthread_create(&rd->thread, NULL, reader_run, rd);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (rc != 0) {
		pthread_cond_destroy(&rd->changed);
		pthread_mutex_destroy(&rd->lock);
		return -1;
	}
	return 0;
}

/* Wait on rd's condition for at most a tick (the lock held). */
static void
reader_wait_tick(struct reader *rd)
{
	struct timespec until;

	clock_gettime(CLOCK_MONOTONIC, &until);
	until.tv_nsec += READER_TICK_MS * 1000000L;
	if (until.tv_nsec >= 1000000000L) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000L;
	}
	pthread_cond_timedwait(&rd->changed, &rd->lock, &until);
}

/* The next batch into *b: 1, or 0 when the reader has stopped or *stop
 * was set (SIGTERM: the main thread does not wait for a slow fetch).
 * While there is none, read messages of the batch in hand. */
static int
reader_next(struct reader *rd, struct batch *b, volatile sig_atomic_t *stop)
{
	struct fetched *f;
	int got = 0;

	pthread_mutex_lock(&rd->lock);
	while (!rd->full && !rd->done && !(stop && *stop)) {
		if ((f = claim_one(rd)) == NULL) {
			reader_wait_tick(rd);
			continue;
		}
		rd->helping++;
		pthread_mutex_unlock(&rd->lock);
		read_one(rd->cfg, rd->now, f);
		pthread_mutex_lock(&rd->lock);
		rd->helping--;
		pthread_cond_broadcast(&rd->changed);
	}
	if (rd->full) {
		*b = rd->slot;
		rd->full = 0;
		got = 1;
		pthread_cond_broadcast(&rd->changed);
	}
	pthread_mutex_unlock(&rd->lock);
	return got;
}

/* The main thread has stored and freed a batch of that many bytes: room
 * for the reader's next. */
static void
reader_freed(struct reader *rd, size_t bytes)
{
	pthread_mutex_lock(&rd->lock);
	rd->flight -= bytes;
	pthread_cond_broadcast(&rd->changed);
	pthread_mutex_unlock(&rd->lock);
}

/* Stop the reader (what it read ahead is dropped: the next sync fetches
 * it again) and join it; the status of its failed fetch, if any, with the
 * sentence in why. */
static enum imap_status
reader_finish(struct reader *rd, volatile sig_atomic_t *stop, struct buf *why)
{
	pthread_mutex_lock(&rd->lock);
	rd->quit = 1;
	pthread_cond_broadcast(&rd->changed);
	/* A fetch ends at the config's timeout at the latest; on SIGTERM
	 * nobody waits that long: the connection is cut under the reader,
	 * whose read then fails at once. */
	while (!rd->done) {
		if (stop && *stop) {
			imap_interrupt(rd->c);
			break;
		}
		reader_wait_tick(rd);
	}
	pthread_mutex_unlock(&rd->lock);
	pthread_join(rd->thread, NULL);
	if (rd->full)
		batch_free(&rd->slot);
	pthread_cond_destroy(&rd->changed);
	pthread_mutex_destroy(&rd->lock);
	if (rd->st != IMAP_OK)
		buf_addstr(why, buf_str(&rd->why));
	buf_free(&rd->why);
	return rd->st;
}

/*
 * Store a batch (consumed): one transaction, a savepoint per message.
 * 0, or -1 when the ledger would not take it (why says why): nothing of
 * the batch is kept, the folder's last UID has not moved, and the caller
 * must store nothing after it — the next sync starts at this batch.
 */
static int
store_batch(struct daemon *d, const char *folder, uint32_t uidvalidity,
    struct batch *b, struct sync_stats *stats, struct buf *why)
{
	unsigned fetched0 = stats->fetched, stored0 = stats->stored;
	unsigned failed0 = stats->failed, letters0 = d->new_letters;
	int changed0 = d->changed;

	/*
	 * The batch is one transaction and each message a savepoint inside
	 * it: a message still lands whole or not at all, with the folder's
	 * last UID, and a crash loses at most this batch's commit, which the
	 * next sync fetches again. One commit per message was a WAL write of
	 * every touched page per letter.
	 */
	if (ledger_begin(d->ledger) == -1) {
		buf_printf(why, "%s: cannot store UID %u and after: ", folder,
		    b->n ? b->v[0].uid : 0);
		ledger_why(d->ledger, why);
		batch_free(b);
		return -1;	/* the next sync fetches them again */
	}
	for (size_t k = 0; k < b->n; k++) {
		struct fetched *f = &b->v[k];
		struct ingest_result res;
		struct buf err = BUF_INIT;

		if (f->too_big) {
			/* never downloaded; the folder moves past it, with
			 * the reason in sync_state for ptrail status */
			buf_printf(&err, "UID %u: %u bytes, over the %u byte "
			    "limit: not fetched", f->uid, f->too_big,
			    MIME_MAX_MESSAGE);
			log_warnx("%s %s", folder, buf_str(&err));
			if (sync_state_set(d->ledger, folder, uidvalidity,
			    f->uid, d->now, buf_str(&err), 0) == -1) {
				buf_free(&err);
				goto fail;
			}
			stats->failed++;
			buf_free(&err);
			continue;
		}
		if (ingest_store(d->ledger, folder, uidvalidity, f->uid, f->body,
		    f->len, &f->prep, d->now, &res, &err) == -1) {
			if (ledger_fault(d->ledger)) {
				buf_free(&err);
				goto fail;
			}
			log_warnx("%s UID %u: %s", folder, f->uid, buf_str(&err));
			stats->failed++;
		} else {
			stats->fetched++;
			if (res.was_new) {
				stats->stored++;
				if (res.is_school)
					d->new_letters++;
				d->changed = 1;
			}
		}
		buf_free(&err);
		if (d->stop && *d->stop)
			break;	/* SIGTERM: the message in hand is stored */
	}
	if (ledger_commit(d->ledger) == -1)
		goto fail_committed;
	batch_free(b);
	return 0;
fail:
	ledger_rollback(d->ledger);
fail_committed:
	if (b->n)
		buf_printf(why, "%s: cannot store UID %u to %u: ", folder,
		    b->v[0].uid, b->v[b->n - 1].uid);
	else
		buf_printf(why, "%s: cannot store: ", folder);
	ledger_why(d->ledger, why);
	stats->stored = stored0;
	stats->fetched = fetched0;
	stats->failed = failed0;
	d->new_letters = letters0;
	d->changed = changed0;
	batch_free(b);
	return -1;
}

/* Fetch and store the wanted messages in batches, read by the reader
 * thread while the main thread stores. Anything but IMAP_OK means a fetch
 * failed and the connection is suspect; IMAP_LEDGER that the ledger
 * refused a batch: nothing after it was stored, and the next sync starts
 * there. why says why. */
static enum imap_status
sync_batches(struct imap_conn *c, struct daemon *d, const char *folder,
    uint32_t validity, const struct want *w, size_t n,
    struct sync_stats *stats, struct buf *why)
{
	struct reader rd = { .c = c, .cfg = d->cfg, .now = d->now, .w = w,
	    .n = n };
	struct batch cur;
	enum imap_status st;
	int stuck = 0;

	if (n == 0)
		return IMAP_OK;
	if (reader_start(&rd) == -1) {
		/* no thread: read and store in turn; SIGTERM cuts the
		 * connection under a fetch that stalls (imap_arm_cut()) */
		for (size_t k = 0, len, bytes; k < n && !(d->stop && *d->stop);
		    k += len) {
			len = batch_len(w, k, n, FLIGHT_BYTES, 1, &bytes);
			imap_arm_cut(c);
			if (d->stop && *d->stop)	/* before the arming */
				imap_interrupt(c);
			st = fetch_and_read(c, d->cfg, d->now, w + k, len, &cur,
			    why);
			imap_arm_cut(NULL);
			if (st != IMAP_OK) {
				batch_free(&cur);
				return st;
			}
			if (store_batch(d, folder, validity, &cur, stats,
			    why) == -1)
				return IMAP_LEDGER;
		}
		return IMAP_OK;
	}
	while (!(d->stop && *d->stop) && reader_next(&rd, &cur, d->stop)) {
		size_t bytes = cur.bytes;
		if (store_batch(d, folder, validity, &cur, stats, why) == -1) {
			/* what the reader has read ahead is dropped: the
			 * next sync fetches it again, after this batch */
			stuck = 1;
			break;
		}
		reader_freed(&rd, bytes);
	}
	/* SIGTERM: the message in hand was stored; what was read ahead is
	 * fetched again on the next sync */
	if (stuck) {
		struct buf ignored = BUF_INIT;
		reader_finish(&rd, d->stop, &ignored);
		buf_free(&ignored);
		return IMAP_LEDGER;
	}
	return reader_finish(&rd, d->stop, why);
}


/*
 * A folder's error that the ledger could not take when it happened (the
 * disk was full): kept here and written before anything else the next time
 * the folder is synced, so `ptrail status` still learns of it.
 */
struct held_error {
	struct held_error *next;
	char		*folder;
	char		*error;
	time_t		 at;
};
static struct held_error *held;

static void
keep_error(struct ledger *l, const char *folder, time_t now, const char *error)
{
	struct held_error *h;

	if (sync_state_error(l, folder, now, error) == 0)
		return;
	log_warnx("%s: cannot keep the error in the ledger now (%s): it is "
	    "written on the next sync", folder, ledger_errmsg(l));
	for (h = held; h; h = h->next)
		if (strcmp(h->folder, folder) == 0)
			break;
	if (h == NULL) {
		h = xcalloc(1, sizeof(*h));
		h->folder = xstrdup(folder);
		h->next = held;
		held = h;
	}
	free(h->error);
	h->error = xstrdup(error);
	h->at = now;
}

/* Write a held error of folder, if the ledger takes it now. */
static void
write_held_error(struct ledger *l, const char *folder)
{
	for (struct held_error **p = &held; *p; p = &(*p)->next) {
		struct held_error *h = *p;
		if (strcmp(h->folder, folder) != 0)
			continue;
		if (sync_state_error(l, folder, h->at, h->error) == -1)
			return;
		*p = h->next;
		free(h->folder);
		free(h->error);
		free(h);
		return;
	}
}


/*
 * Is the letter whose From/Sender header block is head one to fetch? Only
 * when its From address is exactly a school address, at a school domain
 * or a subdomain of one, or the parent's own (her APPROVE replies): the
 * server's FROM search matched a substring anywhere in the header, so
 * "wong@school.edu.hk" <evil@attacker.example>,
 * evil@school.edu.hk.attacker.example and evil@evilschool.edu.hk are
 * candidates too, and must never be downloaded.
 */
static int
sender_wanted(const struct config *cfg, const char *folder, uint32_t uid,
    const char *head)
{
	struct mime_message m;
	struct buf err = BUF_INIT;
	int want;

	if (head == NULL)
		return 0;	/* gone from the server meanwhile */
	if (mime_parse(head, strlen(head), &m, &err) == -1) {
		log_info("%s UID %u: its From cannot be read (%s): not fetched",
		    folder, uid, buf_str(&err));
		buf_free(&err);
		return 0;
	}
	buf_free(&err);
	want = config_is_school_addr(cfg, m.from_addr) ||
	    config_is_parent_addr(cfg, m.from_addr);
	if (!want)
		log_debug("%s UID %u: from %s, not the school: not fetched",
		    folder, uid, m.from_addr ? m.from_addr : "(no address)");
	mime_message_free(&m);
	return want;
}

/*
 * Leave out of uids[*n] what no server may send: UID 4294967295 (the
 * folder could never go on after it; RFC 3501 wants a new UIDVALIDITY
 * first) and, when the server announced one, UIDs not below its UIDNEXT
 * (mail that came in after SELECT is there on the next sync). Such a UID
 * must not move the folder's last UID.
 */
static void
drop_impossible(const char *folder, uint32_t uidnext, uint32_t *uids,
    size_t *n)
{
	size_t k, m = 0;

	for (k = 0; k < *n; k++) {
		if (uids[k] == UINT32_MAX) {
			log_warnx("%s: the server named UID %u, which cannot "
			    "be: ignored (the server's error)", folder, uids[k]);
			continue;
		}
		if (uidnext && uids[k] >= uidnext) {
			log_debug("%s: UID %u is not below UIDNEXT %u: left "
			    "for the next sync", folder, uids[k], uidnext);
			continue;
		}
		uids[m++] = uids[k];
	}
	*n = m;
}

#ifdef PTRAIL_TEST_HOOKS
/*
 * ptraild-test: PTRAIL_TEST_PAUSE_AFTER_SEARCH=FILE makes the process's
 * first search of a folder other than Sent create FILE and wait until it
 * is gone (at most 30 s): a test delivers a letter in that gap, between
 * the round's search and its IDLE.
 */
static void
pause_after_search(int sent)
{
	static int done;
	const char *path = getenv("PTRAIL_TEST_PAUSE_AFTER_SEARCH");
	int fd;

	if (done || sent || path == NULL)
		return;
	done = 1;
	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600)) == -1)
		return;
	close(fd);
	for (int k = 0; k < 3000 && access(path, F_OK) == 0; k++)
		usleep(10000);
}
#endif

enum imap_status
sync_folder(struct imap_conn *c, struct daemon *d, const char *folder,
    int sent, struct sync_stats *stats, struct buf *why)
{
	uint32_t validity, uidnext, known_validity = 0, last = 0, top;
	uint32_t *uids = NULL, *sizes = NULL;
	char **heads = NULL;
	struct want *w = NULL;
	size_t n = 0, nw = 0;
	enum imap_status st;

	memset(stats, 0, sizeof(*stats));
	write_held_error(d->ledger, folder);
	if ((st = imap_select(c, folder, &validity, &uidnext, why)) != IMAP_OK)
		return st;
	/* a folder's row can exist before its first sync (an error kept
	 * for ptrail status): UIDVALIDITY 0 there is "not known yet" */
	if (sync_state_get(d->ledger, folder, &known_validity, &last) == 0 &&
	    known_validity != validity) {
		if (known_validity != 0)
			log_notice("%s: UIDVALIDITY changed (%u -> %u): "
			    "scanning it again", folder, known_validity,
			    validity);
		last = 0;
	}
	if ((st = imap_search_school(c, d->cfg, sent, last, &uids, &n, why)) !=
	    IMAP_OK)
		goto fail;
#ifdef PTRAIL_TEST_HOOKS
	pause_after_search(sent);
#endif
	drop_impossible(folder, uidnext, uids, &n);
	top = n ? uids[n - 1] : last;
	w = xreallocarray(NULL, n ? n : 1, sizeof(*w));
	sizes = xreallocarray(NULL, n ? n : 1, sizeof(*sizes));
	heads = xcalloc(n ? n : 1, sizeof(*heads));
	if (n > 0 && (st = imap_fetch_senders(c, uids, n, sizes, heads, why)) !=
	    IMAP_OK)
		goto fail;
	for (size_t k = 0; k < n; k++) {
		/* the Sent folder holds the parent's own letters, found by
		 * their recipients: nothing there to tell apart by From */
		if (!sent && !sender_wanted(d->cfg, folder, uids[k], heads[k]))
			continue;
		w[nw].uid = uids[k];
		w[nw].size = sizes[k];
		w[nw].sent = sent;
		nw++;
	}
	stats->found = (unsigned)nw;
	if ((st = sync_batches(c, d, folder, validity, w, nw, stats, why)) !=
	    IMAP_OK)
		goto fail;
	/* Batches of letters are large and short-lived: give the memory
	 * back once the folder is done, not after every batch (with two
	 * threads each trim costs a TLB shootdown on every core). */
	if (nw > 0)
		malloc_trim(0);
	/* every candidate was stored or turned down: the next search
	 * starts after the last of them */
	if (!(d->stop && *d->stop))
		sync_state_set(d->ledger, folder, validity, top, d->now, NULL, 0);
	st = IMAP_OK;
	goto done;
fail:
	/* the real error, in the log (the caller's) and for ptrail status;
	 * when the ledger cannot take even that line now (a full disk), it
	 * is written with the next sync of the folder */
	keep_error(d->ledger, folder, d->now, buf_str(why));
	if (st != IMAP_LEDGER)
		st = IMAP_UNREACHABLE;
done:
	for (size_t k = 0; heads && k < n; k++)
		free(heads[k]);
	free(heads);
	free(uids);
	free(sizes);
	free(w);
	return st;
}
