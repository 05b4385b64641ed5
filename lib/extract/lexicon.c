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
	"have asked", "has asked", "i've asked", "have also asked",
	"has also asked", "is to", "are to",
	"has been asked to", "have been asked to", "is responsible for",
	"will be responsible", "going to", "aiming to", "let me",
	"offered to", "offers to", "volunteered to", "promised to",
	"promise to", "have instructed", "has instructed", "i've instructed",
	"have directed", "has directed",
	"have arranged for", "has arranged for", "i've arranged for",
	/* "I'm due to assess him on 19 October": a booked duty */
	"'m due to", "am due to", "'re due to",
	/* "you should receive it by Friday 8 May": only so (marker_at) */
	"should", NULL };

const char *const zh_markers[] = { "將會", "將於", "將", "會",
	"預計", "負責", "承諾", "答應", "打算", "已安排", "已指示", "已請",
	"已經請", "已要求", "已經要求", "已叫", "已經叫", "叫咗", "已吩咐", "已委派", "已指派", "預咗", "已定於",
	"已訂於", "應承", "已委託", "已同意", "已經同意",
	/* has invited or told somebody to: a delegation like 已請 */
	"已邀請", "已經邀請", "已囑咐", NULL };

const char *const en_negations[] = { "will not", "won't", "shall not",
	/* "the school will take no responsibility": a disclaimer */
	"will take no", "will accept no", "will bear no",
	"will no longer", "cannot", "can't", "not be able", "will never",
	"not going to",
	/* an agreement denied: "Dr Chow did not agree to a reassessment" */
	"did not agree", "didn't agree", "never agreed", "has not agreed",
	"hasn't agreed", "have not agreed", "haven't agreed",
	/* a refusal in a modal of obligation: "I'll have to say no" */
	"have to say no", "have to decline", "must decline", "have to refuse",
	"have to turn down", NULL };

const char *const person_titles[] = { "mr", "mrs", "ms", "miss", "dr",
	"mdm", "madam", "prof", "sir", NULL };

const char *const roles_en[] = { "senco", "sen coordinator",
	"sen co-ordinator", "ep", "educational psychologist", "psychologist",
	"class teacher", "form teacher", "teacher", "teachers", "social worker",
	"therapist", "speech therapist", "principal", "vice-principal",
	"vice principal", "deputy", "coordinator", "co-ordinator", "school",
	"team", "committee", "office", "panel", "department", "counsellor",
	"board", "imc",
	"nurse", "technician", "sst", "staff", "colleague", "colleagues",
	"assistant", "tutor", "librarian", "head", "chairperson", "supervisor",
	"slp", "ot", "occupational therapist", "specialist", "officer",
	"panel head", "teaching assistant", "imc", "secretariat",
	/* the office and the clinic: "our clerk will call you" */
	"clerk", "secretary", "receptionist", "administrator", "manager",
	"case manager", "caseworker", "case worker", "coach", "doctor",
	"paediatrician", "pediatrician", "psychiatrist", "physiotherapist",
	"audiologist", "escort",
	/* one of several, in apposition: "Kelvin, one of our volunteer
	 * tutors, has agreed to"; a team by its members */
	"chairman", "chairwoman", "convenor", "convener",
	/* the parent by her child: "Ho Long's dad will pass the log" */
	"dad", "mum", "mom", "mother", "father", "daddy", "mummy",
	"my wife", "my husband",
	"tutors", "therapists", "assistants", "counsellors", "volunteer",
	"volunteers", "mentor", "mentors", "aide", "aides", "governors",
	"governing body", "social workers", "nurses", "specialists",
	/* a government body writing as itself: "The Bureau will write" */
	"bureau",
	/* the writer's own service acts ("our centre has agreed to");
	 * "the Child Assessment Centre" is a place */
	"our centre", "our center", "our clinic", "our kindergarten",
	"the centre", "the center",
	/* a kindergarten passing papers on acts as a school does ("the
	 * kindergarten will hand our form over"); a TA is an assistant */
	"the kindergarten", "ta", "tas", NULL };

const char *const pronouns_en[] = { "i", "we", "she", "he", "they",
	"you", NULL };

const char *const roles_zh[] = { "我們", "我哋", "我", "本人", "本組",
	"本校", "學校", "校方", "老師", "主任", "姑娘", "先生", "小姐", "太太",
	"校長", "社工", "治療師", "心理學家", "統籌", "學生支援組", "支援組",
	"同事", "您", "你", "佢", "她", "他", "導師", "中心", "小組", "教師",
	"職員", "護士",
	/* the parents addressed as "you two" (兩位會於…交回), a doctor
	 * by title like "Dr" (黃博士會…) */
	"兩位", "博士",
	/* a government body writing as itself (本局會再函覆) */
	"本局", "本署", "助教",
	/* a council or committee writing as itself (本會會適時檢討) */
	"本會",
	/* a team or office by its name: 教務組, 考試組, 校務處, 秘書處 */
	"組", "處", "委員會",
	/* a doctor by role, as 博士 by title (李醫生已同意撰寫…) */
	"醫生", NULL };

const char *const uncheckable[] = { "follow up", "circle back",
	"look into", "looking into", "consider", "discuss", "review",
	"raise it with", "raise this with", "raise the matter", "keep an eye on",
	"get back to you", "contact you about", "be in touch", "get in touch",
	"let you know", "deal with", "dealt with", "monitor", "see what we can do",
	"explore", "think about", "look at", "talk to", "speak to",
	"keep you posted", "keep you updated", "keep you informed", "revert",
	"have a look", "take a look", "see what i can do", "check with",
	"revisit", "reconsider", "re-examine", "look again at",
	"keep in view", "keep under review", "keep it under review",
	"sort out", "sort it out", "sort this out", "sort that out",
	"respond", "reply to you", "reply to",
	"come back to you", "on board", "eye on",
	"have a word with", "a word with", "speak with", "talk with",
	"update you", "chase", "come back to", "bear in mind",
	"bear this in mind", "keep in mind", "keep this in mind",
	"make enquiries", "make inquiries", "find out more", "look further",
	"reflect on", "take this up", "take it up", "take the matter up",
	"raise your", "raise this", "raise these", "raise the issue",
	"taken into account", "taken into consideration", "take into account",
	"take into consideration", "addressed", "look again", "see whether",
	"see if", "check whether", "check if", "see what can be", "in contact",
	"what else can be done", "what can be done",
	/* a matter picked up again some day: "we will pick this up again
	 * next term", "we'll see where we are after Christmas" */
	/* passed on in words, or written about again some day:
	 * "I'll mention it to the committee", "will write to you
	 * further", 會再函覆 */
	"mention", "write to you further", "write to you again",
	"write further", "write again", "再函覆", "另函通知", "另函回覆",
	"再函告", "再行函覆",
	"touch base", "pick this up", "pick it up again", "pick the matter up",
	"return to this", "return to it", "return to the matter",
	"return to the question", "return to the issue", "see where we are",
	"see where things stand",
	"跟進", "研究", "考慮", "商討", "商量", "討論", "檢討", "通知",
	"聯絡您", "聯絡你", "致電", "留意", "處理",
	/* adjustments unnamed: 我們會再作適當調整, "make suitable
	 * adjustments" */
	"適當調整", "適切調整", "適當的調整", "suitable adjustments",
	"appropriate adjustments", "necessary adjustments",
	/* care from the side, and a fresh look: 會繼續從旁關顧, 重新審視 */
	"從旁", "關顧", "睇住", "看顧", "關心", "審視",
	/* an enquiry made later (遲啲再幫你問吓), like "make enquiries" */
	"問吓", "問下", "問問", "查詢", "打聽", "問清楚", "搵吓", "搵下",
	"follow吓", "follow下", "跟吓",
	"諗吓", "諗下", "想想", "check吓", "check下", "contacted about",
	"reply to your", "call you about",
	"ring you about", "monitoring", "反映", "講返", "講番", "keep住",
	/* a date to be named later: "Ms Chan will confirm a date" */
	"confirm a date", "confirm the date", "confirm a time",
	"confirm a day",
	/* a talk to be had some day: 我會再同主任傾吓 */
	"傾吓", "傾下", "傾傾",
	/* a fuller picture to be had some day: 作進一步了解 */
	"進一步了解", "作了解", "了解一下", "了解清楚", "了解情況", NULL };

/* Futures that describe a state, not an action anyone takes. */
const char *const stative_after_be[] = { "closed", "open",
	"on", "at", "a", "an", "the", "available", "able", "happy", "glad",
	"pleased", "fine", "ok", "okay", "helpful", "useful", "busy",
	"away", "absent", "late", "difficult", "possible", "necessary",
	"good", "great", "better", "ready", "there", "here", "back", "fun",
	"important", "beneficial", "enough", "more", "less", "very", "too",
	"interesting", "different", "similar", "same", "no", "any", "some",
	"his", "her", "their", "your", "our", "my", "its", "held", NULL };


/* ---- deflections: classes of form (deflections.c) ---------------------- */

/* Somebody or something else must come first. */
const char *const waiting_frames[] = { "waiting for", "waiting to hear",
	"before we can", "before the school can", "before anything can",
	"before this can", "before that can",
	"waiting until", "wait for", "waiting on", "await", "awaiting",
	"pending", "not been finalised", "not been finalized",
	"not yet finalised", "yet to be finalised", "haven't given us a date", "not given us a date",
	"not yet back", "isn't back yet", "not back yet",
	"最快要", "最快都要", "not been confirmed", "hasn't been confirmed",
	"not confirmed yet", "now before the",
	/* still being weighed: 考試組仍在商議, 仲傾緊 */
	"仍在商議", "傾緊", "remains on our waiting list",
	"remains on the waiting list", "still on our waiting list",
	"still on the waiting list", "not yet confirmed", "still no date", "no date yet",
	"don't know where it stands", "not sure where it stands",
	"don't know where things stand", "not sure where things stand",
	"need to wait until", "have to wait until",
	/* "any decision must wait until my report is finalised" */
	"must wait until", "must wait for", "will have to wait",
	"has to wait", "would have to wait", "needs to wait",
	"will need to wait",
	"until we receive", "until we hear", "once we receive",
	"held up", "yet to hear", "know more when", "know more once",
	"know more after", "have more information once",
	"have more information when",
	"等待", "等候", "有待", "仍待", "尚待",
	/* 時間表仲未出, 日期尚未落實: what is needed is not out yet */
	"仲未出", "還未出", "尚未公佈", "尚未公布", "仲未定", "尚未落實",
	"仲未落實", "未有日子", "仲未有日子", "尚未確定", "仍在等", "要等", "完先",
	/* "the timetable isn't out yet": the same in English */
	"not out yet", "isn't out yet", "aren't out yet", "not yet out",
	"not yet been published", "not been published yet",
	"not yet been released", "not been released yet",
	"hasn't come out", "haven't come out", "has not come out", NULL };

/* Time itself is the plan. */
const char *const wait_and_see_frames[] = { "wait and see", "再算",
	/* time as the answer: "it may take some time before she can" */
	"may take some time", "might take some time", "could take some time",
	"will take some time", "may take a while", "might take a while",
	"could take a while", "will take a while",
	"have to see about", "we'll see about", "see about that",
	"few more weeks", "few more days", "few more months", "see how she goes",
	"see how he goes", "see how it goes", "see how things go", "premature",
	"too early to", "too soon to", "has yet to", "have yet to",
	"take stock", "hold off", "should settle", "should improve",
	"should ease", "will settle down", "resolve itself", "hold fire", "bed in", "bed down",
	"early to say", "early to tell", "early days",
	"before we decide", "before deciding", "before making any",
	"before making changes", "before making a decision",
	"before changing anything", "before we change", "before we make any",
	"before any decision", "before taking any", "before taking further",
	"before committing", "before we commit", "before going further",
	"before we go further", "before we consider", "while longer",
	"see what happens", "has had time to", "have had time to",
	"had a chance to settle",
	"little longer", "bit longer",
	"再作決定", "再作檢討", "再作安排", "再決定", "暫時觀察", "先觀察",
	NULL };

/* Papers a school writes and hands on: "the report will follow" (sent),
 * "the notes will be shared with you" (delivered, not thought about),
 * "I have passed your notes to his teachers" (given to those who use
 * them). */
const char *const paper_nouns[] = { "report", "reports", "letter", "copy",
	"summary", "notes", "minutes", "sheets", "worksheets", "handouts",
	"invite", "invitation", "plan", "profile", "results", "certificate",
	"pack", "booklet", "form", "forms", "write-up", "feedback", "record",
	"records", "timetable", "schedule", "list", NULL };

/* Capacity nouns, and the limit words that make them a reason. */
const char *const capacity_nouns[] = { "resources", "resource", "manpower",
	"staffing", "caseload", "capacity", "diary", "places", "slots", "quota",
	"allocation", "invigilators", "days allocated", "timetable",
	"spaces",
	"schedule", "waiting list", "waitlist", "人手", "資源", "時數",
	"名額", "撥款", "節數", "空缺", NULL };
const char *const limit_words[] = { "limited", "stretched", "tight", "full",
	"more than", "scarce", "oversubscribed", "fully booked", "有限", "不足",
	"heavy", "overloaded", "at capacity", "over capacity", "do not allow",
	"does not allow", "doesn't allow", "don't allow", "won't allow",
	"will not allow", "not permit",
	"緊張", "未有足夠", "唔夠", "短缺", "已滿", "不夠", "繁重", "太多",
	"飽和", NULL };

/* Limit words that name a strained capacity on their own. */
const char *const strained_words[] = { "oversubscribed", "booked up",
	"已經用罄", "已用罄", "已經用晒", "用晒", "冇額外", "沒有額外",
	"分晒", "分配晒",
	"spread thin", "spread very thin", "spread too thin", "stretched thin",
	"full stretch", "fully booked", "short-staffed", "short staffed", "understaffed",
	"at capacity", "over capacity", "no spare capacity",
	"don't have a spare", "do not have a spare", "no spare room",
	"no spare staff", "no spare teacher",
	"long waiting list", "long wait", "no places", "no spaces",
	"no vacancies", "no availability", "no slots", "stretched very thin",
	"stretched too thin", "stretched so thin", "spread so thin",
	"at a premium", "in short supply", "thin on the ground",
	"limited number of", "demand far exceeds", "demand exceeds",
	"demand outstrips", "more requests than", "more referrals than",
	/* one person's service spread over schools */
	"shared with other schools", "shared between schools",
	"shared among schools", "shared across schools",
	"serving several schools", "serves several schools",
	"serving a few schools", "serves a few schools",
	"covers several schools", "covering several schools",
	NULL };

/* Limit words read only as the predicate of a capacity noun ("the
 * waiting list is very long", "her diary is full"): beside any other
 * word of the sentence they mean nothing ("a full report"). */
const char *const limit_predicates[] = { "long", "full", "booked",
	"committed", "used up", "taken", "short", "not until", "stretched",
	"overstretched", "packed", "at capacity", "allocated",
	"fully allocated", "tied up", "at its limit", "at the limit", "at their limit",
	"at maximum", "at its maximum", "maxed out", "gone", "filled",
	NULL };

/* Money named as the reason. */
const char *const budget_frames[] = { "budget", "funding", "funds",
	"no provision for", "not funded", "does not stretch", "only fund",
	"doesn't stretch", "won't stretch", "only bought", "isn't funded", "aren't funded",
	"unfunded", "only covers", "a fixed number of hours",
	"no money", "not the money", "cannot cover", "can't cover",
	"unable to cover",
	"fully allocated", "lack of resources", "afford", "經費", "預算",
	NULL };

/* The answer hangs on something else. */
const char *const condition_frames[] = { "depend on", "depends on",
	"depending on", "depend upon", "depends upon", "is depend",
	"subject to the availability", "rests on", "rest on", "rests upon",
	"hinges on", "hinge on", "hinging on",
	"need to be approved", "needs to be approved", "subject to approval",
	"requires approval", "require approval", "視乎", "取決於",
	NULL };

/* The school says it cannot. */
const char *const inability_frames[] = { "unable to", "not able to",
	"cannot guarantee", "can't guarantee", "cannot commit", "can't commit",
	"cannot promise", "can't promise", "not something we can",
	"not something i can", "not in a position", "can't say when",
	"not really in a position", "in no position to", "not really able to",
	"no way to", "no way of", "can't comment", "cannot comment",
	"cannot say when", "not be possible", "not always possible",
	"won't be possible", "isn't possible", "is not possible",
	"are not possible", "aren't possible",
	"not realistic", "unrealistic", "not practical", "impractical",
	"not practicable",
	"unlikely", "not likely",
	"未能", "無法", "唔能夠", "冇辦法", "好難再", "難以再",
	/* "there is nothing I can do about the order" */
	"nothing i can do", "nothing we can do", "nothing more i can do",
	"nothing more we can do", "nothing the school can do",
	"not much more i can do", "not much more we can do",
	"not much we can do", "not be able to", "won't be able to",
	/* what the school says cannot happen: "the observation cannot
	 * take place this term", "so they cannot be taken in Room 305" */
	"cannot take place", "can't take place", "cannot go ahead",
	"can't go ahead", "cannot be taken", "cannot be held",
	"cannot be offered", "cannot be provided", "cannot be arranged",
	"cannot be accommodated", "cannot be given", "cannot be granted",
	"cannot be moved", "cannot be extended",
	/* 唔可以幫你判斷: cannot help with it (not "you can't", a rule) */
	"唔可以幫", "不可以幫", "不能幫", "幫唔到", NULL };

/* Somebody else decides. */
const char *const remit_frames[] = { "a matter for", "matter reserved",
	/* "a formal diagnosis can only be made by a medical professional" */
	"can only be made by", "can only be given by", "can only be decided by",
	"can only be diagnosed by", "can only be approved by",
	"can only be done by", "can only be confirmed by",
	"to the discretion of", "at the discretion of", "discretion of each",
	"reserved to", "reserved for", "decisions are made by",
	"decision is made by", "falls outside", "fall outside",
	"outside our remit", "outside the remit", "not our decision",
	"not for the school to", "not for us to", "rest with", "rests with",
	"professional judgement", "professional judgment", "is determined by",
	"are determined by",
	"lie with", "lies with", "no say", "not up to the school", "remit of",
	/* "the Bureau does not intervene in", 本局不會介入 */
	"does not intervene", "do not intervene", "cannot intervene",
	"will not intervene", "doesn't intervene", "不會介入", "不介入",
	"無權介入", "唔會介入",
	"under the remit", "falls under", "made centrally", "decided centrally",
	"final say", "no control over", "not within my discretion",
	"not within our discretion", "outside my discretion",
	"beyond my discretion", "not the school", "not by the school",
	"rather than the school", "not by us", "not ours to", "not our call",
	"not my call", "isn't my call", "isn't our call", "not our call",
	"not up to us", "not up to me", "no authority",
	"not authorised to", "not authorized to", "no power to",
	"responsibility of", "a question for", "a decision for",
	"no role in", "no part in deciding", "no involvement in",
	"not the body", "not the ones who decide", "not the people who decide", "話事", "話唔到事", "should go to", "should be addressed to",
	"should be directed to", "can only pass on", "唔係我可以決定", "不是我可以決定",
	"discretion of the", "professional discretion",
	"作不了主", "做唔到主", "不屬於", "並非本校",
	NULL };

/* A rule says no. */
const char *const legal_frames[] = { "not required", "aren't required",
	"no requirement for", "not a requirement", "no legal requirement",
	"no statutory duty", "does not require", "doesn't require",
	"do not permit", "does not permit", "not indicate a need",
	/* a reply that disclaims: "nothing in this letter constitutes an
	 * admission of liability", 並不構成本校承認任何法律責任 */
	"admission of liability", "admission of any liability",
	"承認任何法律責任", "承認任何責任",
	/* a general rule of no provision: 閱讀卷一般不設讀卷安排 */
	"一般不設", "一般不會提供", "一般不提供", "通常不設", "一向不設",
	"一般不會安排",
	"唔係法例規定", "不是法例規定", "並非學校", "唔可以俾意見",
	"唔可以畀意見", "不能給予意見", "not under a statutory duty", "not under any duty",
	"under no duty", "no duty to", "not under a duty",
	"isn't required", "not obliged", "not obligated", "no obligation",
	/* bound the other way: "the school is required to report", "has
	 * no discretion to stop", 學校並無酌情權 */
	"school is required to", "schools are required to",
	"we are required to", "school is obliged to", "we are obliged to",
	"is legally required to", "are legally required to",
	"has no discretion", "have no discretion", "no discretion to",
	"並無酌情權", "沒有酌情權", "無酌情權", "冇酌情權",
	"does not oblige", "doesn't oblige", "do not oblige",
	"only draws up", "only draw up",
	"not compulsory", "not mandatory", "not entitled", "not a legal",
	"not legally", "policy does not allow", "policy doesn't allow",
	"only drawn up for", "is only for", "are only for", "only provided for",
	"may not be applied", "not eligible", "ineligible", "not qualify",
	"doesn't qualify", "don't qualify", "does not meet the",
	"do not meet the", "doesn't meet the", "don't meet the",
	"only available to", "only available for", "only offered to",
	"only given to", "only granted to", "only open to", "restricted to",
	"only applies to", "only apply to", "並非法定", "沒有責任", "並無責任", "不是必須",
	"非強制", "政策不容許", "只適用於", "只須為", "只需為", "並無規定", "required only for", "only required for", "並非教育局規定", "毋須為", "無須為",
	"do not require", "don't require", "硬性規定", "冇法例規定", "沒有法例規定", "唔係法定", "不是法定", "非法定要求",
	"並非所有", "並非每位",
	/* the family pays: "must arrange and fund it privately" */
	"fund it privately", "at your own expense", "at their own expense",
	"at your own cost", "at their own cost",
	"冇硬性規定", "沒有硬性規定", "並無硬性規定",
	"沒有規定", "冇規定", "並未要求學校", "並無要求學校",
	"沒有要求學校", "冇要求學校", NULL };

/* Participles of consideration: somebody's thinking, not a deliverable. */
const char *const consideration_participles[] = { "reviewed", "considered",
	"looked into", "looked at", "determined", "escalated", "noted",
	"forwarded", "passed on", "referred", "discussed", "handled",
	"recorded", "decided", "communicated", "followed up", "explored",
	"dealt with", "evaluated", "logged", "raised", "passed to", "shared",
	"revisited", "reconsidered", "reassessed", "re-examined",
	"re-evaluated", "weighed", "weighed up", "looked at again",
	"flagged", "taken on board", "taken into account",
	"taken into consideration", "brought to the attention",
	"brought to the notice", "put on file", "placed on file",
	"kept on file", "relayed", "fed back", "acknowledged", "investigated",
	NULL };
const char *const zh_consideration_verbs[] = { "研究", "處理", "跟進",
	"考慮", "商討", "討論", "檢討", "審批", "審核", NULL };

/* Comfort with no action in it. */
const char *const reassurance_frames[] = { "doing everything we can",
	"everything we can", "everything it can", "everything they can",
	"everything the school can", "everything possible", "do our best",
	"doing our best", "as best they can", "as best we can",
	"don't worry", "do not worry", "no need to worry",
	/* a miss made small: "I'm sure missing one session won't set him
	 * back" */
	"won't set him back", "won't set her back", "not set him back",
	"not set her back",
	"nothing to worry", "rest assured", "in good hands",
	"takes every concern", "take every concern", "concerns seriously",
	"doing fine", "is doing well", "making good progress",
	"monitoring the situation", "at their own pace", "at his own pace",
	"at her own pace", "experienced in", "well supported",
	"settling in well", "great importance", "sort themselves out",
	"sort itself out", "children like", "pupils first", "students first", "child first", "pupil first",
	"be assured", "assure you", "our priority", "top priority",
	"highest priority", "best interests", "at heart", "reassured",
	"reassure you", "is committed to", "are committed to", "fully committed",
	"remain committed", "confident that", "working hard", "behind the scenes",
	"close eye", "watchful eye", "by themselves", "by itself",
	"nothing to suggest", "no cause for concern", "lots of friends",
	"we value", "we greatly value", "all we can", "all that we can",
	"in good faith", "do its best", "do their best", "最佳利益",
	"nothing serious", "i'm sure it'll", "i am sure it will",
	"繼續盡力", "按既定", "按照既定", "既定程序", "盡力照顧",
	"已經足夠", "已足夠",
	"應該冇問題", "應該沒有問題",
	"the best we can", "'m confident", "'re confident", "am confident",
	"are confident", "will be fine", "'ll be fine", "will be okay",
	"'ll be okay", "things take time",
	"many friends", "plenty of friends",
	"of their own accord", "grow out of", "full attention",
	"undivided attention", "utmost attention", "paramount", "safe hands",
	"capable hands", "good hands", "care deeply", "cares deeply",
	"we care about", "we really care", "care a great deal", "close watch",
	"utmost care", "great care", "on our radar", "our first concern",
	"our main concern", "our primary concern", "first concern is",
	"main concern is the", "primary concern is",
	"every confidence", "full confidence", "complete confidence",
	"uppermost in", "forefront of our minds", "front of our minds",
	"as an individual", "as individuals", "all committed to",
	"very committed to", "deeply committed to", "is thriving",
	"are thriving", "fond of him", "well cared for", "well looked after",
	"never forgotten", "never overlooked", "care about him",
	"care about her", "cares about him", "cares about her", "fond of her", "on his side",
	"on her side", "on your side", "have our full support",
	"have our support", "have my full support", "have my support",
	/* a worry played down: "a score like that is nothing unusual" */
	"growing pains", "just a phase",
	"a passing phase", "read too much into", "minor issue",
	"minor problem", "no big deal", "not a big deal", "nothing major",
	"doesn't mean there is", "does not mean there is",
	"doesn't necessarily mean", "does not necessarily mean",
	"放心", "不用擔心", "唔使擔心", "無需擔心", "重視", "盡力", NULL };

/* A refusal in other words. */
const char *const refusal_frames[] = { "hands are tied", "delayed because",
	/* the matter closed: "I have nothing to add to my letter" */
	"nothing to add", "nothing further to add", "nothing further i can add",
	"put a timeline on", "not put a date on",
	"outside my control", "beyond my control", "out of my control",
	"not be answering further", "not be responding further",
	"no further correspondence",
	"nothing more to add", "作出任何評論", "不便評論", "不作評論",
	"don't think", "do not think", "not necessary", "unnecessary",
	"beyond our control", "outside our control", "out of our control",
	"outside the school's control", "beyond the school's control",
	"not a matter within", "not within the school's control",
	"not within our control", "not within my control",
	"not possible at", "out of our hands",
	"not our responsibility", "accede", "duly noted", "not feasible",
	"don't feel", "do not feel", "don't believe", "do not believe",
	"not needed",
	"不需要", "並無需要", "沒有需要", "冇需要", NULL };

/* Praise of the child with no data: "a lovely girl", "very good boy". */
const char *const praise_words[] = { "lovely", "good", "bright", "sweet",
	"delightful", "wonderful", "kind", "happy", "pleasant", "polite",
	"乖", "聰明", "可愛", NULL };
const char *const child_nouns[] = { "boy", "girl", "child", "kid",
	"student", "pupil", "小朋友", "孩子", "學生", NULL };

/* ---- meetings (meetings.c) ---------------------------------------------- */

/* Nouns and verbs of a meeting the parent takes part in. */
const char *const meeting_nouns[] = { "meeting", "case conference",
	"conference", "review with", "iep review", "review meeting",
	"feedback session", "session with you", "session with both",
	"meet you", "meet with you", "meet again", "see you", "seeing you",
	"appointment", "zoom", "a chat with you", "catch up with you",
	"telephone interview", "phone interview", "parent session",
	"parents' session",
	"會議", "面談", "聆訊", "hearing before", "appeal hearing",
	"會面", "見面", "傾談", "檢討會", "家長會", "面見", NULL };

/* Nouns of a meeting only when the parent is in it: "a consultation for
 * you", "a Parent-Teacher Interview" (not "with the class teacher"). */
const char *const meeting_nouns_with_you[] = { "consultation",
	"coaching session",
	"briefing for you", "briefing with you",
	"interview", "slot", "a chat", "a quick chat", "for a chat",
	"catch-up", "catchup", "check-in", NULL };
const char *const the_parent[] = { "you", "your", "u", "parent", "parents",
	"您", "你", "家長", NULL };

/* A call with the parent: a verb with "you", or "a call". */
const char *const call_forms[] = { "call you", "call u", "phone you",
	"phone u", "ring you", "ring u", "telephone you", "give you a call",
	"a call", "quick call", "phone call", "video call", "teams call",
	"zoom call", "give you a ring", "a quick ring", "give you a buzz",
	"give you a bell", "try you", "on the phone", "by phone",
	"my call", "a call from me",
	/* a call named and fixed: "the parent briefing call is fixed for" */
	"call is fixed", "call is booked", "call is scheduled", "call is set",
	"call has been fixed", "call has been booked",
	"call has been scheduled", "call has been set",
	/* the parent's own phone named: "I'll call your mobile" */
	"call your mobile", "phone your mobile", "ring your mobile",
	"call your phone", "call your home", "ring your home",
	"phone your home", "call your cell",
	"over the phone", "致電您", "致電你", "致電閣下", "致電 閣下", "致電台端", "致電 台端", "致電家長", "致電兩位", "致電二位", "電話聯絡", "打電話", "打俾你",
	"通電話", "傾電話", "講電話", "傾吓電話", "傾下電話", "電話會談",
	"電話傾",
	"電話會議",
	/* 粵語 borrows the English verb: 我會call你, call返您 */
	"call你", "call您", "call返你", "call返您", "call翻你", NULL };

/* A diary or a list said to be full: no slot is given (meetings.c),
 * a limit is (deflections_limit.c). */
const char *const diary_full[] = { "fully booked", "booked up",
	"all taken", "are full", "is full", "is now full", "are now full",
	"oversubscribed", NULL };

/* A meeting held, or one the letter refers back to. */
const char *const meeting_held[] = { "was held", "we met", "had a meeting",
	"at yesterday", "thank you for", "thanks for", "thank you both for",
	"for attending", "for coming", "last week", "refer to our",
	"today's", "this morning's", "this afternoon's",
	/* what was said at it: "You also asked at the meeting whether" */
	"asked at the meeting", "asked during the meeting", "you raised at",
	"you mentioned at", "you said at",
	"會議上",
	"會上", "已於",
	"多謝", "謝謝", "感謝", "抽空", NULL };

/* A proposal that waits for the parent's answer, a form to fill in, a
 * request to the parent, or a promise to arrange one by a deadline. */
const char *const meeting_proposed[] = { "could we", "would you",
	"let me know", "pls",
	"are you available", "let me know if", "would it be possible",
	"suggest", "is there a time", "which time", "please call",
	"please contact", "please ring", "if needed", "if necessary",
	"請致電", "請於", "請聯絡", "arrange a", "arrange an", "to arrange",
	"schedule a", "organise a", "organize a", "安排一次",
	"if that suits", "if it suits", "if you wish", "if convenient",
	"if that works", "if you would like", "if you'd like",
	"available to meet", "happy to meet",
	/* an offer in a modal of possibility, for the parent to take up */
	"i could", "we could", "if you would rather", "if you'd rather",
	"if you would prefer", "if you'd prefer", "whether that works",
	"whether that suits", "whether this works", "whether this suits",
	"可供選擇", "選擇", "希望", "合適", "歡迎", "□", "☐",
	/* 如有需要，我和丈夫可於…到校面談: "if needed", as in English */
	"如有需要", "如需要", NULL };

/* The parent asked to come: an invitation makes a meeting hers, whatever
 * its name ("支援小組會議，請家長出席", "we invite you to the panel meeting"). */
const char *const parent_invited[] = { "invite you", "you are invited",
	"invited to attend", "please attend",
	/* a briefing named as the parent's own, not one for all parents */
	"briefing for you", "briefing with you",
	"請家長出席", "家長出席",
	"邀請家長", "邀請您", "邀請你", "請您出席", "請你出席", NULL };

/* Meetings the parent does not attend, and events for all parents. */
const char *const meeting_not_ours[] = { "internal", "staff meeting",
	/* the school's own support team (SPEC.md: an internal SST
	 * meeting), unless the parent is asked to it (parent_invited) */
	"sst meeting", "student support team meeting", "支援小組會議",
	"committee meeting", "its meeting", "talk for parents", "a talk",
	"online talk", "webinar", "workshop", "seminar", "parents' evening",
	"parents' talk", "parent talk", "parents talk",
	"their meeting", "team meeting", "panel meeting",
	"department meeting", "all families", "all parents", "briefing",
	/* parents as a class: 讓家長與班主任面談, 屆時家長可… (a parents' day
	 * for the form; the family's own slot on it is a meeting) */
	"全校家長", "全級家長", "各位家長", "各家長", "讓家長與", "屆時家長",
	/* a meeting of staff by their level, form or subject */
	"level meeting", "form meeting", "teachers' meeting",
	"teachers meeting", "subject meeting", "級會", "科會", "科務會議",
	"級務會議", "教師會議", "校務會議",
	"講座", "工作坊", "內部", "小組會議",
	/* an open session for any parent who comes */
	"drop-in", "drop in session", "open day", "open house", "開放日",
	/* the meeting only names a document's source */
	"notes of", "notes from", "minutes of", "minutes from", "summary of",
	"action points", "actions from", "points from", "outcome of",
	"record of", NULL };	/* 會議紀錄: meetings_zh.c */
