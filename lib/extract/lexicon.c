/*
 * lexicon.c — the word classes the rules read: future and obligation
 * markers, negations, people and roles, uncheckable actions, stative
 * complements (English and 繁中/粵語). A rule names a class, never a
 * sentence; a word joins a class only when it stands for the class in
 * letters the corpus does not hold.
 */
#include <stddef.h>

#include "extract/extract_int.h"

const char *const en_markers[] = { "will", "'ll", "shall",
	"is going to", "are going to", "am going to", "aim to", "aims to",
	"agreed to", "agree to", "agrees to", "expect to", "expects to",
	"is scheduled", "are scheduled", "has been scheduled",
	"have been scheduled", "plan to", "plans to", "is planning to",
	"are planning to", "intend to", "intends to", "undertake to",
	"have asked", "has asked", "i've asked", "is to", "are to",
	"has been asked to", "have been asked to", "is responsible for",
	"will be responsible", NULL };

const char *const zh_markers[] = { "將會", "將於", "將", "會",
	"預計", "負責", "承諾", "答應", "打算", NULL };

const char *const en_negations[] = { "will not", "won't", "shall not",
	"will no longer", "cannot", "can't", "not be able", "will never", NULL };

const char *const person_titles[] = { "mr", "mrs", "ms", "miss", "dr",
	"mdm", "madam", "prof", "sir", NULL };

const char *const roles_en[] = { "senco", "sen coordinator",
	"sen co-ordinator", "ep", "educational psychologist", "psychologist",
	"class teacher", "form teacher", "teacher", "teachers", "social worker",
	"therapist", "speech therapist", "principal", "vice-principal",
	"vice principal", "deputy", "coordinator", "co-ordinator", "school",
	"team", "committee", "office", "panel", "department", "counsellor",
	"nurse", "technician", "sst", "staff", "colleague", "colleagues",
	"assistant", "tutor", "librarian", "head", "chairperson", "supervisor",
	"slp", "ot", "occupational therapist", "specialist", "officer",
	"panel head", "teaching assistant", NULL };

const char *const pronouns_en[] = { "i", "we", "she", "he", "they",
	"you", NULL };

const char *const roles_zh[] = { "我們", "我哋", "我", "本人", "本組",
	"本校", "學校", "校方", "老師", "主任", "姑娘", "先生", "小姐", "太太",
	"校長", "社工", "治療師", "心理學家", "統籌", "學生支援組", "支援組",
	"同事", "您", "你", "佢", "她", "他", NULL };

const char *const uncheckable[] = { "follow up", "follow-up",
	"look into", "looking into", "consider", "discuss", "review",
	"raise it with", "raise this with", "raise the matter", "keep an eye on",
	"get back to you", "contact you about", "be in touch", "get in touch",
	"let you know", "deal with", "dealt with", "monitor", "see what we can do",
	"explore", "think about", "look at", "talk to", "speak to",
	"keep you posted", "keep you updated", "keep you informed", "跟進",
	"研究", "考慮", "商討", "討論", "再通知", "通知您", "通知你", "聯絡您",
	"聯絡你", "留意", "處理", NULL };

/* Futures that describe a state, not an action anyone takes. */
const char *const stative_after_be[] = { "closed", "open",
	"on", "at", "a", "an", "the", "available", "able", "happy", "glad",
	"pleased", "fine", "ok", "okay", "helpful", "useful", "busy",
	"away", "absent", "late", "difficult", "possible", "necessary",
	"good", "great", "better", "ready", "there", "here", "back", "fun",
	"important", "beneficial", "enough", "more", "less", "very", "too",
	"interesting", "different", "similar", "same", "no", "any", "some",
	"his", "her", "their", "your", "our", "my", "its", "held", NULL };

