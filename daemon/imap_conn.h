/*
 * imap_conn.h — the inside of an IMAP connection, for the files that speak
 * the protocol (imap.c, imap_idle.c) and no one else: the rest of the
 * daemon holds a struct imap_conn only by pointer, through imap.h.
 */
#ifndef PTRAIL_IMAP_CONN_H
#define PTRAIL_IMAP_CONN_H

#include <stdint.h>

#include <libetpan/libetpan.h>

struct imap_conn {
	mailimap	*imap;
	char		*host;
	uint16_t	 port;
	char		*selected;
	char		*sent;		/* the folder marked \Sent, or NULL */
	int		 has_idle;
	struct searched	*searched;	/* each folder's count at its search */
	size_t		 nsearched;
};

/* A folder's message count when the round last searched it: imap.c
 * writes it, imap_idle.c compares it before IDLE. */
struct searched {
	char		*folder;
	uint32_t	 exists;
};

/* The server's last response text for a command that returned r (a lost
 * stream's is "connection lost": the text left is an earlier command's).
 * Owned by the connection: valid until its next command. */
const char *imap_error(mailimap *imap, int r);

#endif
