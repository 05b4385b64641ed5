/*
 * httpd_guard.c — the feed server's guard against slow clients.
 *
 * libmicrohttpd 0.9.75 knows only an idle timeout, which every header
 * line resets: a client that dribbles one line every few seconds holds a
 * connection for as long as it likes, and a few hundred of them hold all
 * of them. The guard adds what MHD lacks, from two of its hooks
 * (MHD_OPTION_NOTIFY_CONNECTION and MHD_OPTION_NOTIFY_COMPLETED):
 *
 *  - a deadline: a request must be whole, and answered, within
 *    deadline seconds of its connection's accept (or of the end of the
 *    request before it on a kept-alive connection). A sweeper thread
 *    shuts down the socket of one past it; MHD then sees the socket end
 *    and closes the connection itself.
 *  - room for the next client: a newcomer that finds the server nearly
 *    full (GUARD_SPARE short of MHD's limit) takes the place of the
 *    oldest unanswered connection of the address holding the most, if
 *    that address holds more than the newcomer's; else it is shut down
 *    itself. Slow clients that come back the moment they are closed
 *    then only take each other's places: a calendar asking from an
 *    address of its own, which sends its request at once and is
 *    answered in milliseconds, gets in every time, unless the slow ones
 *    come from as many addresses as the guard keeps places (112): then
 *    each holds its place no longer than the deadline, but one that
 *    comes back at once may take it again before the calendar does.
 *
 * The table is locked: MHD's thread adds and removes, the sweeper reads.
 * MHD tells of a connection's close before it closes the descriptor
 * (MHD_CONNECTION_NOTIFY_CLOSED), and the slot is emptied then, under the
 * lock: so the sweeper never shuts down a descriptor that was closed and
 * given to someone else.
 */
#include <netinet/in.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "base/log.h"
#include "httpd_guard.h"

/* MHD refuses a connection past its limit before the guard hears of it:
 * the guard makes room this many connections earlier */
#define GUARD_SPARE	16

struct slot {
	int		 fd;		/* -1: free */
	int		 answered;	/* a response is queued: no deadline */
	int		 cut;		/* shut down, MHD has yet to close it */
	int64_t		 start_ms;	/* accept, or end of the last request */
	uint32_t	 addr;		/* the peer's IPv4 address */
};

static struct slot slots[GUARD_SLOTS];
static unsigned soft_limit;		/* past it, make_room() */
static int64_t deadline_ms;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static pthread_t sweeper;
static int running;

static int64_t
now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Ask MHD to close this connection: it sees the socket end. */
static void
cut(struct slot *s, const char *why)
{
	log_debug("feed: closing a connection: %s", why);
	shutdown(s->fd, SHUT_RDWR);
	s->cut = 1;
}

static void
sweep(int64_t now)
{
	for (size_t k = 0; k < GUARD_SLOTS; k++) {
		struct slot *s = &slots[k];
		if (s->fd != -1 && !s->answered && !s->cut &&
		    now - s->start_ms >= deadline_ms)
			cut(s, "its request was not whole by the deadline");
	}
}

static void *
sweeper_main(void *arg)
{
	/* a quarter of the deadline between sweeps: a request lives at
	 * most 1.25 deadlines, and an idle server wakes rarely */
	int64_t step = deadline_ms / 4 < 1000 ? deadline_ms / 4 : 1000;
	struct timespec at;

	(void)arg;
	pthread_mutex_lock(&lock);
	while (running) {
		clock_gettime(CLOCK_MONOTONIC, &at);
		at.tv_nsec += (long)(step % 1000) * 1000000;
		at.tv_sec += (time_t)(step / 1000) + at.tv_nsec / 1000000000;
		at.tv_nsec %= 1000000000;
		pthread_cond_timedwait(&wake, &lock, &at);
		if (running)
			sweep(now_ms());
	}
	pthread_mutex_unlock(&lock);
	return NULL;
}

/* How many live connections come from this address. */
static unsigned
from_addr(uint32_t addr)
{
	unsigned n = 0;
	for (size_t k = 0; k < GUARD_SLOTS; k++)
		n += slots[k].fd != -1 && !slots[k].cut && slots[k].addr == addr;
	return n;
}

/*
 * Past the soft limit, someone goes: the oldest unanswered connection of
 * the address that holds the most, when that is more than the
 * newcomer's address holds; else the newcomer. A calendar asking from an
 * address of its own is let in for as long as the slow ones come from
 * fewer addresses than there are connections.
 */
static void
make_room(struct slot *newcomer)
{
	struct slot *victim = NULL;
	unsigned live = 0, most = 0;

	for (size_t k = 0; k < GUARD_SLOTS; k++)
		live += slots[k].fd != -1 && !slots[k].cut;
	if (live <= soft_limit)
		return;
	for (size_t k = 0; k < GUARD_SLOTS; k++) {
		struct slot *s = &slots[k];
		unsigned n;
		if (s->fd == -1 || s->cut || s->answered || s == newcomer)
			continue;
		n = from_addr(s->addr);
		if (n > most || (n == most && s->start_ms < victim->start_ms)) {
			victim = s;
			most = n;
		}
	}
	if (victim && most > from_addr(newcomer->addr))
		cut(victim, "the server is full and its address holds the most");
	else
		cut(newcomer, "the server is full");
}

static uint32_t
peer_addr(struct MHD_Connection *c)
{
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c,
	    MHD_CONNECTION_INFO_CLIENT_ADDRESS);

	if (ci == NULL || ci->client_addr->sa_family != AF_INET)
		return 0;
	return ((const struct sockaddr_in *)(const void *)ci->client_addr)->
	    sin_addr.s_addr;
}

static struct slot *
slot_of(struct MHD_Connection *c)
{
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c,
	    MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	return ci ? ci->socket_context : NULL;
}

void
guard_on_connection(void *cls, struct MHD_Connection *c, void **ctx,
    enum MHD_ConnectionNotificationCode what)
{
	const union MHD_ConnectionInfo *ci;
	struct slot *s = *ctx;

	(void)cls;
	pthread_mutex_lock(&lock);
	if (what == MHD_CONNECTION_NOTIFY_CLOSED) {
		if (s)
			s->fd = -1;
		*ctx = NULL;
	} else if ((ci = MHD_get_connection_info(c,
	    MHD_CONNECTION_INFO_CONNECTION_FD)) != NULL) {
		for (size_t k = 0; k < GUARD_SLOTS && *ctx == NULL; k++)
			if (slots[k].fd == -1)
				*ctx = &slots[k];
		if ((s = *ctx) != NULL) {
			s->fd = ci->connect_fd;
			s->addr = peer_addr(c);
			s->answered = s->cut = 0;
			s->start_ms = now_ms();
			make_room(s);
		}
	}
	pthread_mutex_unlock(&lock);
}

void
guard_answered(struct MHD_Connection *c)
{
	struct slot *s = slot_of(c);

	pthread_mutex_lock(&lock);
	if (s)
		s->answered = 1;
	pthread_mutex_unlock(&lock);
}

/* A request is over: the next one on a kept-alive connection has a
 * deadline of its own, counted from now. */
void
guard_on_completed(void *cls, struct MHD_Connection *c, void **req_ctx,
    enum MHD_RequestTerminationCode toe)
{
	struct slot *s = slot_of(c);

	(void)cls; (void)req_ctx; (void)toe;
	pthread_mutex_lock(&lock);
	if (s) {
		s->answered = 0;
		s->start_ms = now_ms();
	}
	pthread_mutex_unlock(&lock);
}

int
guard_start(unsigned connection_limit, unsigned deadline_seconds)
{
	pthread_condattr_t ca;

	for (size_t k = 0; k < GUARD_SLOTS; k++)
		slots[k].fd = -1;
	soft_limit = connection_limit > GUARD_SPARE ? connection_limit -
	    GUARD_SPARE : 1;
	deadline_ms = (int64_t)deadline_seconds * 1000;
	running = 1;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&wake, &ca);
	pthread_condattr_destroy(&ca);
	if (pthread_create(&sweeper, NULL, sweeper_main, NULL) != 0) {
		running = 0;
		return -1;
	}
	return 0;
}

void
guard_stop(void)
{
	if (!running)
		return;
	pthread_mutex_lock(&lock);
	running = 0;
	pthread_cond_signal(&wake);
	pthread_mutex_unlock(&lock);
	pthread_join(sweeper, NULL);
	pthread_cond_destroy(&wake);
}
