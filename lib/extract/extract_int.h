/*
 * extract_int.h — what the files of lib/extract/ share and nobody else
 * sees: the prepared sentence (struct unit), the letter being read
 * (struct letter), the word classes and the rules.
 *
 * Ownership: unit_init() allocates a unit's copies, unit_free() frees
 * them. quote_of() and actor_before() return strings the caller owns;
 * add_commitment(), add_deflection() and add_meeting() take ownership of
 * the strings passed to them. Rule names are static strings.
 */
#ifndef PTRAIL_EXTRACT_INT_H
#define PTRAIL_EXTRACT_INT_H

#include <stddef.h>
#include <stdint.h>

#include "extract/dates.h"
#include "extract/extract.h"
#include "extract/sentences.h"

#define MAX_CLAUSES 4
#define BIGRAM_WORDS 8		/* 512 bits of byte pairs per unit */
#define TRIGRAM_WORDS 64	/* 4,096 bits of byte triples per unit */
#define PHRASE_POOL 4096	/* any_of()'s phrases, all lists; ~2,300 */

/* A sentence prepared for matching. */
struct unit {
	const char	*orig;		/* the letter's text */
	size_t		 start, end;	/* the unit within it */
	char		*lc;		/* lower case, spaces collapsed */
	size_t		 len;
	uint32_t	*map;		/* lc offset -> orig offset (a letter
					   is under MIME_MAX_MESSAGE) */
	struct date_span spans[DATE_SPAN_MAX];
	int		 nspans;
	int		 is_row;
	int		 is_item;	/* a list item (bullet or number) */
	int		 heading;	/* its list heading's unit, or -1 */
	int		 cut;		/* longer than EXTRACT_MAX_SENTENCE */
	uint64_t	 pairs[BIGRAM_WORDS];	/* byte pairs in lc, hashed */
	uint64_t	 triples[TRIGRAM_WORDS];	/* byte triples, hashed */
	uint64_t	 live[PHRASE_POOL / 64];	/* pool phrases whose key
					   triple is in lc (unit.c) */
	int		 live_upto;	/* live[] knows the pool this far */
};

struct letter {
	const struct civil *ref;
	struct extraction *ex;
	long		 meeting_day;	/* first meeting's day, for "3 days
					   before the meeting"; 0: none */
	int		 table_cols;	/* a header row was seen */
	int		 cur_sent;	/* the sentence being judged */
	const struct unit *cur_unit;	/* and its text and spans */
	int		*c_sent;	/* per commitment: its sentence */
	int		 person_col;
	size_t		 cap_c, cap_d, cap_m, cap_x;
	const struct unit *units;	/* the letter's sentences, for an
					   event named in another one */
	size_t		 nunits;
	int		 by_parent;	/* the parent wrote it: "you" is
					   the school person she writes to */
};

/* unit.c */
void	unit_init(struct unit *u, const char *text, size_t start, size_t end,
	    const struct civil *ref);
void	unit_init_row(struct unit *u, const char *text, size_t start,
	    size_t end, const struct civil *ref);
void	unit_free(struct unit *u);
int	is_alnum_at(const struct unit *u, long i);
int	unit_starts(const struct unit *u, size_t at, const char *s);
size_t	ends_at(const struct unit *u, size_t i, const char *const *list);
size_t	lc_at(const struct unit *u, size_t off);
size_t	span_lc(const struct unit *u, const struct date_span *sp);
typedef int (*span_test)(const struct unit *, const struct date_span *);
int	spans_in(const struct unit *u, size_t a, size_t b, span_test ok);
int	unit_has_clock(const struct unit *u);
long	find_in(const struct unit *u, const char *phrase, size_t from,
	    size_t to);
long	first_comma(const struct unit *u, size_t from);
/* Is one of list's phrases in [from, to)? list is a static, NULL-ended
 * array: its byte pairs are kept by its address (unit.c). */
int	any_of(const struct unit *u, const char *const *list, size_t from,
	    size_t to);
char   *quote_of(const struct unit *u, size_t a, size_t b);
int	is_request_to_parent(const struct unit *u);
int	ends_with_colon(const struct unit *u);
int	is_question(const struct unit *u);
int	find_word_class(const char *s, const char *const *list);

/* lexicon.c: NULL-terminated word classes */
extern const char *const en_markers[];
extern const char *const zh_markers[];
extern const char *const en_negations[];
extern const char *const person_titles[];
extern const char *const roles_en[];
extern const char *const pronouns_en[];
extern const char *const roles_zh[];
extern const char *const uncheckable[];
extern const char *const stative_after_be[];
extern const char *const waiting_frames[];
extern const char *const wait_and_see_frames[];
extern const char *const paper_nouns[];
extern const char *const capacity_nouns[];
extern const char *const limit_words[];
extern const char *const strained_words[];
extern const char *const limit_predicates[];
extern const char *const budget_frames[];
extern const char *const condition_frames[];
extern const char *const inability_frames[];
extern const char *const remit_frames[];
extern const char *const legal_frames[];
extern const char *const consideration_participles[];
extern const char *const zh_consideration_verbs[];
extern const char *const reassurance_frames[];
extern const char *const refusal_frames[];
extern const char *const praise_words[];
extern const char *const child_nouns[];
extern const char *const meeting_nouns[];
extern const char *const call_forms[];
extern const char *const meeting_nouns_with_you[];
extern const char *const the_parent[];
extern const char *const meeting_held[];
extern const char *const meeting_proposed[];
extern const char *const meeting_not_ours[];
extern const char *const diary_full[];
extern const char *const parent_invited[];

/* lexicon_zh.c: Chinese classes (書面語, 粵語) */
extern const char *const zh_capacity_nouns[];
extern const char *const zh_limit_words[];
extern const char *const zh_queue_frames[];
extern const char *const zh_waiting_frames[];
extern const char *const zh_wait_and_see[];
extern const char *const zh_reassurance[];
extern const char *const zh_no_need[];
extern const char *const zh_worry[];
extern const char *const zh_remit_frames[];
extern const char *const zh_outside_bodies[];
extern const char *const zh_decide_words[];
extern const char *const zh_remit_openers[];
extern const char *const zh_refusal[];
extern const char *const zh_handover[];
extern const char *const zh_matters[];
extern const char *const zh_handled[];
extern const char *const zh_statives[];
extern const char *const zh_reported[];
extern const char *const zh_persons[];
extern const char *const zh_tell[];
extern const char *const zh_if_requests[];
extern const char *const zh_adverbs[];
extern const char *const zh_soft_time[];
extern const char *const zh_passes[];
extern const char *const zh_comfort[];
extern const char *const zh_depend[];
extern const char *const zh_whether[];
extern const char *const zh_copula[];
extern const char *const zh_their_call[];
extern const char *const zh_cannot[];
extern const char *const zh_meddle[];
extern const char *const zh_understand[];
extern const char *const zh_addressee[];
extern const char *const zh_not_yet[];
extern const char *const zh_strained[];
extern const char *const zh_held[];
extern const char *const zh_sessions[];
int	zh_newsletter_title(const char *t, size_t n);
extern const char *const zh_filled[];
extern const char *const zh_services[];
extern const char *const zh_load_nouns[];
extern const char *const zh_much[];
extern const char *const zh_await[];
extern const char *const zh_then_again[];
extern const char *const zh_unless[];
extern const char *const zh_otherwise[];
extern const char *const zh_talent_before[];
extern const char *const zh_takes_time[];
extern const char *const zh_always[];
extern const char *const zh_care[];
extern const char *const zh_child_fine[];
extern const char *const zh_not_in[];
extern const char *const zh_scope[];
extern const char *const zh_authority[];
extern const char *const zh_now[];
extern const char *const zh_manner[];
extern const char *const zh_degree[];
extern const char *const zh_staff[];
extern const char *const zh_pupils[];
extern const char *const zh_watch[];
extern const char *const zh_how_goes[];
extern const char *const zh_then_decide[];
extern const char *const zh_until[];
extern const char *const zh_later_stage[];
extern const char *const zh_only_then_words[];
extern const char *const zh_believe[];
extern const char *const zh_done_well[];
extern const char *const zh_habitual[];
extern const char *const zh_unaffordable[];
extern const char *const zh_no_breach[];
extern const char *const zh_breach[];
extern const char *const zh_comply[];
extern const char *const zh_rules[];
extern const char *const zh_certain[];
extern const char *const zh_cope[];
extern const char *const zh_events[];
extern const char *const zh_soon[];
extern const char *const zh_school_acts[];
extern const char *const zh_power[];
extern const char *const zh_power_not[];
extern const char *const zh_cannot_after[];
extern const char *const zh_outcome[];

/* actors.c */
size_t	clause_start(const struct unit *u, size_t pos);
char   *actor_before(const struct unit *u, size_t from, size_t pos,
	    int *is_thing);
int	same_actor(const char *a, const char *b);
/* "The report will follow": a paper the school sends, no sender named. */
int	paper_delivered(const struct unit *u, size_t from, size_t ms,
	    size_t me);
/* The subject an English clause leaves out (an apposition's, "I've
 * asked", a note's dropped "I": *zero set), or NULL. */
char   *en_implied_actor(const struct unit *u, size_t a, size_t from,
	    size_t ms, int *is_thing, int *zero);

/* extract.c: the letter's items */
void	add_commitment(struct letter *lt, char *quote, char *actor,
	    char *action, const char *due, const char *due_time,
	    const char *rule);
void	add_deflection(struct letter *lt, char *quote, const char *kind,
	    const char *rule);
void	add_meeting(struct letter *lt, char *quote, const struct civil *d,
	    const char *time, const char *rule);
void	add_dropped(struct letter *lt, char *quote, const char *rule);

/* due.c: the deadline of lc range [a, b) of the unit, "YYYY-MM-DD" or ""
 * (returns 0 when none) */
int	event_counted_day(const struct letter *, const struct unit *,
	    const struct date_span *, struct civil *);
/* due_event.c */
long	preceding_event_day(const struct letter *, const struct unit *,
	    size_t);
long	preceding_zh_event_day(const struct letter *, const struct unit *,
	    const char *);
int	zh_event_noun(const char *);
long	this_meeting_day(const struct letter *, const struct unit *,
	    const char *);
long	day_after_dated(const struct letter *lt, const struct unit *u,
	    size_t a, size_t b);
int	due_in(const struct letter *lt, const struct unit *u, size_t a,
	    size_t b, char due[11], char tm[6]);
void	clause_due(const struct letter *lt, const struct unit *u, size_t a,
	    size_t b, size_t from, size_t ms, size_t me, char due[11],
	    char tm[6]);
int	has_vague_period(const struct unit *u, size_t a, size_t b);

/* commitments.c */
void	commitment_sentence(struct letter *lt, const struct unit *u);
int	span_count_in(const struct unit *u, size_t a, size_t b);
int	period_in(const struct unit *u, size_t a, size_t b);
void	commitment_clause(struct letter *lt, const struct unit *u, size_t a,
	    size_t b, size_t ms, size_t me, int whole);

/* commitments_shape.c: forms besides "X will" (1 when added or when
 * the form holds) */
int	reported_promise(const struct letter *lt, const struct unit *u,
	    size_t *ms, size_t *me);
int	progressive_future(struct letter *lt, const struct unit *u);
int	obligation_dated(struct letter *lt, const struct unit *u);
int	belief_future(const struct unit *u, size_t a, size_t ms);
int	other_future(const struct unit *u, size_t ms, size_t me);
const char *future_not_ours(const struct unit *u, size_t a, size_t ms,
	    size_t b);
int	reported_from_you(const struct unit *u, size_t a, size_t ms);
int	let_me_talk(const struct unit *u, size_t at);
char   *zh_delegate(const struct unit *u, size_t ms, size_t b);
int	passive_describes(const struct unit *u, size_t a, size_t me,
	    size_t b);
int	attendance_only(const struct unit *u, size_t me, size_t b);
int	you_receive(const struct unit *u, size_t me, size_t b);
int	someone_acts(const struct unit *u, size_t from, size_t ms);
int	service_scheduled(const struct unit *u, size_t a, size_t b,
	    size_t from, size_t ms, size_t me);

/* split.c: one marker, two dated actions joined by "and"/"then"/，並;
 * clause judges each (commitments.c). 1 when split. */
int	two_dated_actions(struct letter *lt, const struct unit *u, size_t ms,
	    size_t me, void (*clause)(struct letter *, const struct unit *,
	    size_t, size_t, size_t, size_t, int));
/* split.c: 李姑娘將於…前寫好，副本會稍後寄出: a second clause with its
 * own subject, its own 將/會 and an unbounded time */
int	zh_vague_own_clause(const struct unit *u, size_t cut, size_t ms);

/* action_items.c: 1 when the unit is such an item, added */
int	action_item(struct letter *lt, const struct unit *u);
int	labelled_item(struct letter *lt, const struct unit *u);
int	minutes_item(struct letter *lt, const struct unit *u);
int	heading_item(struct letter *lt, const struct unit *u);
int	table_heads(const struct unit *u);
int	table_header(struct letter *lt, const struct unit *u);
void	table_row(struct letter *lt, const struct unit *u);
int	item_uncheckable(const struct unit *u, size_t a, size_t b);
void	merge_continued(struct letter *lt, const struct sentence_list *sl);

/* deflections.c: the kind and rule of a deflecting sentence, or NULL;
 * and the helpers of its forms: a date that could be checked, the end
 * of a phrase of list within max words after pos (or -1), a word of
 * firsts followed within max words by one of thens */
const char *deflection_kind(const struct unit *u, const char **rule);
int	has_checkable_date(const struct unit *u);
int	uncheckable_in(const struct unit *u, size_t a, size_t b);
int	names_its_owner(const struct unit *u);
/* deflections_setting.c: deflection words that set the scene */
int	zh_cause_clause(const struct unit *u);
int	parents_inability(const struct unit *u);
int	remedied_miss(const struct unit *u);
int	account_of_events(const struct unit *u);
int	own_step_first(const struct unit *u);
int	wait_as_backdrop(const struct unit *u);
int	waiting_as_deed(const struct unit *u);
int	zh_wait_lasted(const struct unit *u);
long	next_within(const struct unit *u, size_t pos, const char *const *list,
	    int max);
int	word_then(const struct unit *u, const char *const *firsts,
	    const char *const *thens, int max);

/* deflections_en.c: English forms read by structure */
int	scarcity_form(const struct unit *u);
int	remit_form(const struct unit *u);
int	only_role_decides(const struct unit *u);
int	change_forecast(const struct unit *u);
int	forecast_at(const struct unit *u, size_t i, size_t n);
int	comfort_more(const struct unit *u);
int	wait_more(const struct unit *u);
int	third_party_condition(const struct unit *u);
int	refusal_more(const struct unit *u);
int	considered_by_us(const struct unit *u);
int	still_undecided(const struct unit *u);
int	fixed_in_advance(const struct unit *u);
int	place_may_free(const struct unit *u);
int	en_passing_on(const struct unit *u, size_t me, size_t b);

/* commitments_zh.c: Chinese shapes commitments.c asks about */
int	zh_adverb_span(const struct unit *u, size_t from, size_t to);
int	zh_date_clause(const struct unit *u, size_t from, size_t to);
int	zh_soft_future(const struct unit *u, size_t ms, size_t me, size_t b);
int	zh_stative_future(const struct unit *u, size_t me, size_t b);
int	zh_reported_promise(const struct unit *u, size_t from, size_t ms);
/* zh_refused.c: a Chinese marker that is no promise after all */
int	zh_marker_refused(const struct unit *u, size_t i, const char *marker);
int	zh_list_action(struct letter *lt, const struct unit *u);
int	zh_hedged(const struct unit *u, size_t a, size_t ms);
int	zh_negated(const struct unit *u, size_t a, size_t b, size_t ms);
int	heading_promise(const struct letter *lt, const struct unit *u);
int	find_markers(const struct unit *u, size_t *starts, size_t *ends,
	    int max);
int	zh_soft_tell(struct letter *lt, const struct unit *u);
size_t	zh_dated_split(const struct unit *u, size_t ms, size_t me);
int	zh_owner_field(struct letter *lt, const struct unit *u);
int	zh_handling_verb(const struct unit *u, size_t me, size_t b);
size_t	zh_role_subject(const struct unit *u, size_t *at);
void	zh_dated_intent(struct letter *lt, const struct unit *u);
int	dated_in(const struct unit *u, size_t a, size_t b);
int	remit_is_to(const struct unit *u, size_t i);
int	bare_do_after(const struct unit *u, size_t e);
int	consent_to_proposal(const struct unit *u, size_t e);
/* clauses.c */
size_t	coordinate_start(const struct unit *u, size_t a, size_t ms);
int	gone_day_only(const struct letter *lt, const struct unit *u, size_t a,
	    size_t b);
int	past_reason(const struct unit *u, size_t *ms, size_t *me, int n);
size_t	split_point(const struct unit *u, size_t lo, size_t hi);
size_t	after_cut(const struct unit *u, size_t cut);
int	zh_within(const struct unit *u, const struct date_span *sp);
void	zh_follow_clause(struct letter *lt, const struct unit *u, size_t a,
	    size_t b, const char *actor);
int	zh_comfort_only(const struct unit *u);
int	zh_effort_only(const struct unit *u, size_t me, size_t b);
/* zh_stance.c: the school's stance in Chinese (deflections_zh.c) */
int	zh_parent_looks(const struct unit *u);
int	zh_believed_future(const struct unit *u);
int	zh_no_provision(const struct unit *u);
int	zh_ask_first(const struct unit *u);
int	zh_no_rule_for_plan(const struct unit *u);
int	zh_held_enough(const struct unit *u);
int	zh_comment_declined(const struct unit *u);
int	zh_start_dated(const struct unit *u, size_t a, size_t b);
int	near_after(const struct unit *u, const char *const *a,
	    const char *const *b, size_t gap);

/* deflections_zh.c: the Chinese forms, when deflection_kind() found none */
const char *zh_deflection_kind(const struct unit *u, const char **rule);
int	zh_limit_denied(const struct unit *u);
int	zh_thanks_for_concern(const struct unit *u);
/* deflections_terms.c: cost, eligibility, rules, privacy, consent,
 * waits from referral, the matter made ordinary */
const char *terms_kind(const struct unit *u, const char **rule);
int	quotes_parent(const struct unit *u);
/* a "not" just before lc[i]: "not limited to", 不只限 */
int	negated_at(const struct unit *u, long i);
/* "drop in on his lesson to see how he copes": a visit's purpose */
int	seen_on_visit(const struct unit *u);
/* deflections_policy.c: allocation, policy, another body's decision, a
 * plan only hoped for, a word passed on (asked by terms_kind()) */
const char *policy_kind(const struct unit *u, const char **rule);
/* deflections_limit.c */
const char *limit_kind(const struct unit *u, const char **rule);
int	zh_not_everyone(const struct unit *u);
int	zh_one_for_many(const struct unit *u);

/* deflections_roles.c: a closed-class head and the role it needs */
const char *roles_kind(const struct unit *u, const char **rule);
const char *more_kind(const struct unit *u, const char **rule);
const char *staff_kind(const struct unit *u, const char **rule);
int	zh_look_how(const struct unit *u, size_t me, size_t b);
int	child_doing_well(const struct unit *u);
/* zh_rationed.c: 只批咗八節 (budget), 已經盡咗力 (reassurance), or NULL */
const char *zh_rationed_kind(const struct unit *u, const char **rule);

/* meetings_zh.c */
int	zh_meeting_as_record(const struct unit *u);
int	zh_meet_at(const struct unit *u);
int	zh_booked_for_you(const struct unit *u);
int	zh_with_you(const struct unit *u);
int	zh_talk_done(const struct unit *u);
int	zh_call_coming(const struct unit *u);
int	zh_attendance_only(const struct unit *u, size_t me, size_t b);
int	zh_visit_arranged(const struct unit *u);
int	fixed_slot(const struct letter *lt, const struct unit *u);
int	zh_come_at_date(const struct unit *u);
int	zh_not_a_meeting(const struct unit *u);
int	zh_before_meeting(const struct unit *u, size_t a, size_t b);
int	zh_date_names_event(const struct unit *u, size_t a, size_t e);
int	letter_by_parent(const char *text, size_t len);
int	sent_from_home(const char *from_addr, const char *to);
int	parents_voice(const struct unit *u);
int	date_superseded(const struct unit *u, const struct date_span *sp);
int	fresh_meeting_noun(const struct unit *u);
int	others_meeting(const struct unit *u);
int	held_by_pronoun(const struct letter *lt, const struct unit *u);
int	review_noun(const struct unit *u);
int	call_to_parent(const struct letter *lt, const struct unit *u);
size_t	call_then_purpose(const struct letter *lt, const struct unit *u);
int	noun_in_question(const struct unit *u);
int	meeting_as_time(const struct unit *u);
int	parent_meets_school(const struct letter *lt, const struct unit *u);
int	family_comes(const struct letter *lt, const struct unit *u);
int	zh_condition_date(const struct unit *u, const struct date_span *sp);

/* meetings.c */
int	meeting_sentence(struct letter *lt, const struct unit *u);

/* place.c: where the meeting of unit u is held, from u or the next
 * sentence; caller frees; NULL when the letter names no place */
char   *meeting_place(const struct letter *lt, const struct unit *u);
const struct unit *sentence_after(const struct letter *lt,
	    const struct unit *u);

#endif
