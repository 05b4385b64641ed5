/*
 * meetings_zh.c — Chinese shapes meetings.c asks about.
 *
 * zh_meeting_as_record(): 會議 that only names where a document comes
 * from (整理今日會議的摘要, 會議紀錄, 面談內容) fixes no meeting: every
 * meeting noun of the sentence is followed, after at most 的/嘅, by a
 * noun of a record.
 */
#include <string.h>

#include "extract/extract_int.h"

static const char *const record_nouns[] = { "紀錄", "記錄", "摘要",
	"內容", "重點", "結論", "決議", "議決", "撮要", "報告", "文件",
	"筆記", "notes", "minutes", NULL };

/* Is the meeting noun at lc[i, e) a record's modifier? */
static int
names_a_record(const struct unit *u, size_t e)
{
	static const char *const of[] = { "的", "嘅", "之", NULL };

	while (e < u->len && u->lc[e] == ' ')
		e++;
	for (int k = 0; of[k]; k++)
		if (strncmp(u->lc + e, of[k], strlen(of[k])) == 0) {
			e += strlen(of[k]);
			break;
		}
	for (int k = 0; record_nouns[k]; k++)
		if (strncmp(u->lc + e, record_nouns[k], strlen(record_nouns[k])) == 0)
			return 1;
	return 0;
}

int
zh_meeting_as_record(const struct unit *u)
{
	int seen = 0;

	for (int k = 0; meeting_nouns[k]; k++) {
		if ((unsigned char)meeting_nouns[k][0] < 0x80)
			continue;
		long i = find_in(u, meeting_nouns[k], 0, u->len);
		while (i >= 0) {
			if (!names_a_record(u, (size_t)i + strlen(meeting_nouns[k])))
				return 0;
			seen = 1;
			i = find_in(u, meeting_nouns[k], (size_t)i + 1, u->len);
		}
	}
	return seen;
}
