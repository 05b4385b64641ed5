/*
 * fuzz_imap.c — libFuzzer target for the IMAP response reader: libetpan's
 * parser, fed what a server would send, through the same three commands
 * a sync sends (UID SEARCH, UID FETCH of sizes and From/Sender headers,
 * UID FETCH BODY.PEEK[]). The bytes come from a memory stream that hands
 * them over in uneven pieces (a literal split across reads, as on a real
 * socket) and fails at the end, as ptraild's EOF guard makes every stream
 * do. Every result is walked as daemon/imap.c walks it, so a malformed
 * response that libetpan turns into a bad tree shows up here.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libetpan/libetpan.h>

struct membuf {
	const uint8_t	*p;
	size_t		 n, off;
};

static ssize_t
mem_read(mailstream_low *s, void *buf, size_t n)
{
	struct membuf *m = s->data;
	size_t k;

	if (m->off >= m->n)
		return -1;	/* EOF is an error, as under ptraild's guard */
	k = m->n - m->off;
	if (k > n)
		k = n;
	if (k > 1 + m->off % 61)	/* uneven pieces */
		k = 1 + m->off % 61;
	memcpy(buf, m->p + m->off, k);
	m->off += k;
	return (ssize_t)k;
}

static ssize_t
mem_write(mailstream_low *s, const void *buf, size_t n)
{
	(void)s;
	(void)buf;
	return (ssize_t)n;	/* the commands go nowhere */
}

static int mem_close(mailstream_low *s) { (void)s; return 0; }
static int mem_get_fd(mailstream_low *s) { (void)s; return -1; }
static void mem_free(mailstream_low *s) { free(s); }
static void mem_cancel(mailstream_low *s) { (void)s; }

static mailstream_low_driver mem_driver = {
	.mailstream_read = mem_read,
	.mailstream_write = mem_write,
	.mailstream_close = mem_close,
	.mailstream_get_fd = mem_get_fd,
	.mailstream_free = mem_free,
	.mailstream_cancel = mem_cancel,
};

static volatile size_t sink;

/* What daemon/imap.c's read_att() reads of each FETCH item. */
static void
walk_fetch(clist *result)
{
	for (clistiter *it = clist_begin(result); it; it = clist_next(it)) {
		struct mailimap_msg_att *ma = clist_content(it);
		for (clistiter *a = clist_begin(ma->att_list); a;
		    a = clist_next(a)) {
			struct mailimap_msg_att_item *item = clist_content(a);
			if (item->att_type != MAILIMAP_MSG_ATT_ITEM_STATIC)
				continue;
			struct mailimap_msg_att_static *st =
			    item->att_data.att_static;
			switch (st->att_type) {
			case MAILIMAP_MSG_ATT_UID:
				sink += st->att_data.att_uid;
				break;
			case MAILIMAP_MSG_ATT_RFC822_SIZE:
				sink += st->att_data.att_rfc822_size;
				break;
			case MAILIMAP_MSG_ATT_BODY_SECTION: {
				struct mailimap_msg_att_body_section *b =
				    st->att_data.att_body_section;
				for (size_t k = 0; k < b->sec_length; k++)
					sink += (unsigned char)b->sec_body_part[k];
				break;
			}
			default:
				break;
			}
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct membuf mb = { data, size, 0 };
	mailimap *imap = mailimap_new(0, NULL);
	mailstream_low *low = mailstream_low_new(&mb, &mem_driver);
	struct mailimap_search_key *key;
	struct mailimap_fetch_type *ft;
	struct mailimap_set *set;
	clist *result = NULL, *names;

	imap->imap_stream = mailstream_new(low, 8192);
	imap->imap_state = MAILIMAP_STATE_SELECTED;

	key = mailimap_search_key_new_from(strdup("school.example"));
	if (mailimap_uid_search(imap, NULL, key, &result) == MAILIMAP_NO_ERROR) {
		for (clistiter *it = clist_begin(result); it; it = clist_next(it))
			sink += *(uint32_t *)clist_content(it);
		mailimap_search_result_free(result);
	}
	mailimap_search_key_free(key);

	names = clist_new();
	clist_append(names, strdup("From"));
	clist_append(names, strdup("Sender"));
	ft = mailimap_fetch_type_new_fetch_att_list_empty();
	mailimap_fetch_type_new_fetch_att_list_add(ft, mailimap_fetch_att_new_uid());
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_rfc822_size());
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_body_peek_section(
	    mailimap_section_new_header_fields(mailimap_header_list_new(names))));
	set = mailimap_set_new_interval(1, 0);
	result = NULL;
	if (imap->imap_stream && mailimap_uid_fetch(imap, set, ft, &result) ==
	    MAILIMAP_NO_ERROR) {
		walk_fetch(result);
		mailimap_fetch_list_free(result);
	}
	mailimap_set_free(set);
	mailimap_fetch_type_free(ft);

	ft = mailimap_fetch_type_new_fetch_att_list_empty();
	mailimap_fetch_type_new_fetch_att_list_add(ft, mailimap_fetch_att_new_uid());
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_body_peek_section(mailimap_section_new(NULL)));
	set = mailimap_set_new_interval(1, 0);
	result = NULL;
	if (imap->imap_stream && mailimap_uid_fetch(imap, set, ft, &result) ==
	    MAILIMAP_NO_ERROR) {
		walk_fetch(result);
		mailimap_fetch_list_free(result);
	}
	mailimap_set_free(set);
	mailimap_fetch_type_free(ft);

	mailimap_free(imap);
	return 0;
}
