# The letters gen.py writes (read by gen.py with exec). Names, schools
# and events are invented. Dates: Date: header is day D (+0800).

letter('101', 'Tue, 10 Mar 2026 09:12:40 +0800',
       ('Joyce Lam', 'jlam@lokwah-pri.edu.hk'), 'Marcus - dictation and exams', '''
Dear Mrs Fong,

Thank you for your email on Sunday about Marcus and the dictation tests.

Your request for a reader in the mid-year exams is being evaluated.

Mrs Kwan has agreed to draft a revised homework timetable by March 20th.

I will email you the speech therapist's observation notes on or before 17/3.

Unfortunately our therapist's timetable is completely full until after Easter.

I'll ring you on Thursday the 19th at 12.30pm to talk it through.

Best wishes,
Joyce Lam
SENCO, Lok Wah Primary School
''', [
    D('request for a reader in the mid-year exams is being evaluated', 'other'),
    C('Mrs Kwan has agreed to draft a revised homework timetable', 'Mrs Kwan', '2026-03-20'),
    C("email you the speech therapist's observation notes", 'I', '2026-03-17'),
    D("therapist's timetable is completely full", 'budget'),
    M("I'll ring you on Thursday the 19th", '2026-03-19', '12:30'),
], notes='SENCO, plain: agentless passive of evaluation; "has agreed to" with a US ordinal; "on or before"; a timetable that is full; a call fixed for a day-only date with a weekday.')

letter('102', 'Wed, 04 Mar 2026 16:40:02 +0800',
       ('Leung Wing Sze', 'wsleung@shatin-cps.edu.hk'), 'Jasper - what we agreed', '''
Dear Mr and Mrs Tang,

It was lovely to see you both at Monday's parent consultation.

As promised, here is a summary of what we agreed.

Next steps

- Mr Ho: 11/3: move Jasper to a desk near the whiteboard
- Ms Leung: Friday 13 March: start a home-school communication book
- Mrs Tang: 16/3: send in the paediatrician's letter

We would like to give the new seating a couple of weeks to bed in before we decide on anything further.

We are all fully committed to helping Jasper thrive.

Kind regards,
Ms Leung
Class Teacher, 2C
''', [
    C('move Jasper to a desk near the whiteboard', 'Mr Ho', '2026-03-11'),
    C('start a home-school communication book', 'Ms Leung', '2026-03-13'),
    C("send in the paediatrician's letter", 'Mrs Tang', '2026-03-16'),
    D('give the new seating a couple of weeks to bed in', 'waiting'),
    D('fully committed to helping Jasper thrive', 'reassurance'),
], kind='html', notes='Class teacher, HTML only: a consultation already held (Monday = before D) is no meeting; a "Next steps" list of actor: date: action; wait-and-see; reassurance.')

letter('103', 'Mon, 16 Mar 2026 11:00:15 +0800',
       ('Dr Agnes Pang', 'principal@kowloonbay-pri.edu.hk'), 'Your letter of 9 March', '''
Dear Ms Yeung,

I write in response to your letter of 9 March regarding Kelvin's support in P.5.

Decisions on additional staffing rest with the Education Bureau, not with individual schools.

Every member of staff here has Kelvin's welfare at heart.

Mr Szeto, our Vice-Principal, will be contacting the Regional Education Office on your behalf before the end of the month.

I will write to you again once we have heard back from them.

Yours sincerely,
Dr Agnes Pang
Principal
''', [
    D('Decisions on additional staffing rest with the Education Bureau', 'legal-position'),
    D("has Kelvin's welfare at heart", 'reassurance'),
    C('will be contacting the Regional Education Office', 'Mr Szeto', '2026-03-31'),
    C('I will write to you again once we have heard back', 'I', None),
    D('I will write to you again once we have heard back', 'no-date'),
], notes='Principal, plain: remit ("rest with"); reassurance with no action; future progressive with a month-end period; a promise waiting on a third party.')

letter('104', 'Thu, 05 Mar 2026 14:20:00 +0800',
       ('Dr Rachel Ip', 'rachel.ip@ep-services.hk'), 'Chloe Chiu - EP involvement', '''
Dear Mr Chiu,

I am the educational psychologist who visits Lok Wah Primary School this year.

My assessment slots are booked up until the end of April.

An observation of Chloe in class will be arranged with her teacher.

I will send you and the school a short written summary within a month of the observation.

A full cognitive assessment can only go ahead once the school has submitted a referral.

Best regards,
Dr Rachel Ip
Educational Psychologist
''', [
    D('My assessment slots are booked up', 'budget'),
    C('An observation of Chloe in class will be arranged', None, None),
    C('a short written summary within a month of the observation', 'I', None),
    D('can only go ahead once the school has submitted a referral', 'waiting'),
], notes='EP, plain: slots booked up; a passive with a concrete action and no date; a period counted from an undated event (vague, kept); a condition on a third party.')

letter('105', 'Fri, 06 Mar 2026 17:30:00 +0800',
       ('Fiona Leung', 'fiona.leung@talkwell-slt.hk'), 'Toby - therapy update', '''
Dear Mrs Ma,

Thanks for your message about Toby's therapy.

Our waiting list for individual sessions is very long at present.

In the meantime I will be running a small group for Toby and two classmates, starting on Tuesday the 17th.

I'll send you some home practice sheets on Monday the 9th.

Let's sit down together on Tuesday the 24th at 3:45pm to see how the group is going.

I'll revert about individual sessions as soon as I can.

Warm regards,
Fiona Leung
Speech and Language Therapist
''', [
    D('waiting list for individual sessions is very long', 'budget'),
    C('I will be running a small group for Toby', 'I', '2026-03-17'),
    C("I'll send you some home practice sheets", 'I', '2026-03-09'),
    M("Let's sit down together on Tuesday the 24th", '2026-03-24', '15:45'),
    C("I'll revert about individual sessions as soon as I can", 'I', None),
    D("I'll revert about individual sessions as soon as I can", 'no-date'),
], notes='Speech therapist, plain: a long waiting list; future progressive with "starting on"; weekday with day-only dates; a meeting in other words; soft time with no date.')

letter('106', 'Mon, 20 Apr 2026 08:50:31 +0800',
       ('Alan Chow', 'achow@tkoss.edu.hk'), 'Ethan (S2B) - subject support', '''
Dear Mrs Lau,

Following your call last Thursday, I have spoken with the subject teachers.

Mr Kwok will be preparing a modified worksheet pack for Integrated Science w/c 27/4.

The Examination Committee has agreed to confirm Ethan's extra-time arrangement on or before May 8th.

I will phone you on Wednesday 29 April between 5:00 and 5:30 pm.

A separate room for exams hinges on whether we can find an extra invigilator.

We will revisit the seating question later in the term.

Regards,
Mr Alan Chow
Form Teacher, S2B
''', [
    C('will be preparing a modified worksheet pack', 'Mr Kwok', '2026-05-03'),
    C("has agreed to confirm Ethan's extra-time arrangement", 'the Examination Committee', '2026-05-08'),
    M('I will phone you on Wednesday 29 April', '2026-04-29', '17:00'),
    D('A separate room for exams hinges on whether', 'budget'),
    C('We will revisit the seating question', 'we', None),
    D('We will revisit the seating question', 'no-date'),
], kind='alt', notes='Secondary form teacher, multipart/alternative: future progressive with w/c; "has agreed to" with a US ordinal; a call with a time range; a condition; "revisit" with a school-calendar period.')

letter('107', 'Wed, 11 Mar 2026 10:05:12 +0800',
       ('Lee Ka Fai', 'kflee@northpoint-pri.edu.hk'), 'FW: Kayla - support update', '''
Dear Mrs Ho,

I am forwarding below Miss Tse's note, which she wrote for you at my request.

I will personally check on progress on or before 27 March.

Regards,
Mr Lee
Vice-Principal

From: Tse Mei Yee
Sent: Tuesday, March 10, 2026 4:02 PM
To: Lee Ka Fai
Subject: Kayla - support update

Mr Lee,

Kayla has settled into the new group well. I will send her mother the word lists by Friday 13 March, and the class teacher will be rearranging the seating plan next week.

Miss Tse
''', [
    C('I will personally check on progress', 'I', '2026-03-27'),
], notes='Forwarded chain below an Outlook From/Sent header: only the forwarder\'s own lines are annotated.')

letter('108', 'Thu, 26 Mar 2026 15:15:00 +0800',
       ('Wu Suk Han', 'shwu@fanling-pri.edu.hk'), 'Nathan - actions from this morning', '''
Dear Ms Cheng,

Thank you for making the time to come in this morning.

Below are the actions from today's meeting.

Actions

- Mrs Wu (SENCO) - 2 April - apply for the additional learning support grant
- Mr Fok (PE) - 9/4 - give Nathan a movement break during double lessons
- Ms Cheng - 3/4 - share the OT's report with the school

I'll circulate the minutes of this morning's meeting by Monday.

We have pencilled in a follow-up review with you for Tuesday 21 April, 16:00-16:45.

Kind regards,
Mrs Wu
SENCO
''', [
    C('apply for the additional learning support grant', 'Mrs Wu (SENCO)', '2026-04-02'),
    C('give Nathan a movement break during double lessons', 'Mr Fok (PE)', '2026-04-09'),
    C("share the OT's report with the school", 'Ms Cheng', '2026-04-03'),
    C("circulate the minutes of this morning's meeting", 'I', '2026-03-30'),
    M('pencilled in a follow-up review with you', '2026-04-21', '16:00'),
], notes='SENCO, plain: an "Actions" list (actor - date - action); the minutes of a meeting are no meeting; a provisional review with a 24-hour time range.')

letter('109', 'Fri, 13 Mar 2026 12:00:00 +0800',
       ('Ng Yuen Ting', 'ytng@shamshuipo-pri.edu.hk'), 'Sophie - IEP review', '''
Dear Mr and Mrs Lai,

The SEN team would like to meet both of you on Wednesday 25 March at 3.30 pm in Room 204.

Ms Ng will send you the draft targets two days before the meeting.

Sophie's new reading scheme will be looked at when the English panel next gets together.

With best wishes,
Ms Ng
SEN Coordinator
''', [
    M('would like to meet both of you on Wednesday 25 March', '2026-03-25', '15:30'),
    C('Ms Ng will send you the draft targets', 'Ms Ng', '2026-03-23'),
    C("Sophie's new reading scheme will be looked at", None, None),
    D("Sophie's new reading scheme will be looked at", 'no-owner'),
], kind='alt', notes='SENCO, multipart/alternative: "would like to meet" with a date and time is a meeting; a due counted back from the meeting; an agentless passive of consideration tied to an undated event.')

letter('110', 'Mon, 11 May 2026 18:00:00 +0800',
       ('Poon Hoi Ling', 'hlpoon@yuenlong-pri.edu.hk'), 'Ryan - behaviour plan', '''
Dear Mrs Chan,

Miss Poon will give you a call on Tuesday the 12th of May at 10am to go over the new behaviour plan.

Our counsellor has agreed to start weekly sessions with Ryan from Thursday the 14th.

I will return his corrected assessment folder on Friday 15th.

We take Ryan's happiness at school very seriously.

Kind regards,
Mr Tam
Class Teacher, 4A
''', [
    M('give you a call on Tuesday the 12th of May', '2026-05-12', '10:00'),
    C('has agreed to start weekly sessions with Ryan', 'our counsellor', '2026-05-14'),
    C('return his corrected assessment folder', 'I', '2026-05-15'),
    D("take Ryan's happiness at school very seriously", 'reassurance'),
], kind='html', notes='Class teacher, HTML only: a call fixed for "Tuesday the 12th of May"; "from Thursday the 14th"; "Friday 15th"; taking something seriously.')

letter('111', 'Tue, 07 Apr 2026 10:30:00 +0800',
       ('Dr Agnes Pang', 'principal@kowloonbay-pri.edu.hk'), 'Re: Aiden - complaint', '''
Dear Mr Wong,

Thank you for your further letter.

Please be reassured that our staff have long experience of supporting pupils with ADHD.

The school is confident that the current arrangements meet Aiden's needs.

Your complaint has been passed to the chair of the Incorporated Management Committee.

We will take your comments on board when planning next year's provision.

Yours sincerely,
Dr Agnes Pang
Principal
''', [
    D('Please be reassured that our staff', 'reassurance'),
    D('The school is confident that the current arrangements', 'reassurance'),
    D('Your complaint has been passed to the chair', 'other'),
    C('take your comments on board', 'we', None),
    D('take your comments on board', 'no-date'),
], notes='Principal, plain: reassurance frames with no action; an agentless passive of handing on; "take on board" with an undated event.')

letter('112', 'Wed, 01 Apr 2026 13:45:00 +0800',
       ('Yip Siu Man', 'nurse@happyvalley-pri.edu.hk'), 'Olivia - medical plan', '''
Dear Mrs Kwok,

Thank you for the paediatrician's letter.

Dr Cheung has agreed to write a letter supporting the exam arrangements by April 10th.

I am going to train the class teachers to use the inhaler spacer on April 15th.

The clinic will be in touch with you about the next appointment.

Rest assured that Olivia's teachers know exactly what to do.

Best regards,
Ms Yip
School Nurse
''', [
    C('Dr Cheung has agreed to write a letter', 'Dr Cheung', '2026-04-10'),
    C('train the class teachers to use the inhaler spacer', 'I', '2026-04-15'),
    C('The clinic will be in touch with you', 'the clinic', None),
    D('The clinic will be in touch with you', 'no-date'),
    D("Rest assured that Olivia's teachers know exactly", 'reassurance'),
], notes='School nurse, plain: "has agreed to" and "going to" with US-style dates; "be in touch" with no date; reassurance.')

letter('113', 'Wed, 18 Mar 2026 09:00:00 +0800',
       ('Chan Ka Yee', 'kychan@taipo-pri.edu.hk'), 'Daniel - Chinese dictation', '''
Dear Mrs Lo,

Thank you for your patience while we looked at Daniel's dictation marks.

Ms Chan will be shortening his dictation lists from next week.

She will send you the first shortened list on Friday.

The question of a laptop for written work will be considered further when the time is right.

We would prefer to see how he gets on with the shorter lists for a few weeks first.

Best wishes,
Ms Chan
Chinese Teacher, 3D
''', [
    C('Ms Chan will be shortening his dictation lists', 'Ms Chan', '2026-03-29'),
    C('She will send you the first shortened list', 'she', '2026-03-20'),
    C('will be considered further when the time is right', None, None),
    D('will be considered further when the time is right', 'no-owner'),
    D('see how he gets on with the shorter lists', 'waiting'),
], kind='alt', notes='Chinese teacher writing in English, multipart/alternative: future progressive "from next week"; a pronoun promise with a weekday; consideration passive with a soft time; wait-and-see in other words.')

letter('114', 'Mon, 23 Mar 2026 19:10:00 +0800',
       ('Lai Chun Wah', 'cwlai@tsuenwan-ss.edu.hk'), 'Re: homework support', '''
Dear Mr Tsang,

Thank you for your email of Sunday evening.

I have discussed this with the S1 team. Mr Lam will be setting up a lunchtime homework club starting Monday 30 March.

I shall forward Jason's timetable for the club to you no later than Friday 27th.

Extra tutoring outside school hours is not something the school funds.

Our learning support assistants are spread very thin this year.

Regards,
Mr Lai
Assistant Year Coordinator, S1
''', [
    C('Mr Lam will be setting up a lunchtime homework club', 'Mr Lam', '2026-03-30'),
    C("I shall forward Jason's timetable for the club", 'I', '2026-03-27'),
    D('Extra tutoring outside school hours is not something the school funds', 'budget'),
    D('learning support assistants are spread very thin', 'budget'),
], notes='Secondary, plain: "starting Monday 30 March"; "shall" with "no later than Friday 27th"; money named as a refusal; capacity in other words.')

letter('115', 'Thu, 19 Mar 2026 16:20:00 +0800',
       ('Mok Wai Kit', 'wkmok@shekkipmei-pri.edu.hk'), 'Meeting about Leo', '''
Dear Mrs Yuen,

As discussed at the gate this afternoon, let's meet again on Monday at 8:15 before school starts.

I'll bring the reading records to that meeting.

In the meantime our social worker, Mr Ho, has agreed to speak with Leo's grandmother by Tuesday the 24th.

Please do not worry, Leo is a happy and well-liked member of the class.

Best regards,
Mr Mok
Class Teacher, 1B
''', [
    M("let's meet again on Monday at 8:15", '2026-03-23', '08:15'),
    C("I'll bring the reading records to that meeting", 'I', '2026-03-23'),
    C("has agreed to speak with Leo's grandmother", 'Mr Ho', '2026-03-24'),
    D('Please do not worry', 'reassurance'),
], notes='Class teacher, plain: "let\'s meet again" with a weekday and a time; a promise tied to that meeting; "has agreed to" with a weekday and day-only date; reassurance.')

letter('116', 'Tue, 14 Apr 2026 12:25:00 +0800',
       ('Ho Mei Kuen', 'mkho@wongtaisin-pri.edu.hk'), 'Re: Anna - speech therapy', '''
Dear Ms Siu,

Our school speech therapist only comes in on alternate Wednesdays, and her list is already oversubscribed.

Anna's referral has been logged on the system.

I appreciate this is frustrating. I'll see what else can be done and come back to you.

Kind regards,
Mrs Ho
SENCO
''', [
    D('her list is already oversubscribed', 'budget'),
    D("Anna's referral has been logged", 'other'),
    C("I'll see what else can be done and come back to you", 'I', None),
    D("I'll see what else can be done and come back to you", 'no-date'),
], notes='SENCO, plain: capacity; an agentless passive of logging with "in due course"; an undated promise to come back.')

letter('117', 'Fri, 08 May 2026 15:00:00 +0800',
       ('Kwan Tsz Ching', 'tckwan@shatin-cps.edu.hk'), 'Bella - exam arrangements', '''
Dear Mr and Mrs Au,

Following the SEN panel's decision, here is where things stand for Bella.

Next steps:

- Ms Kwan: 15/5: send you the signed exam arrangement form
- Mr Lo: 20/5: brief the invigilators on Bella's rest breaks
- Ms Kwan: 22/5: book the small exam room

I am also going to check the timetable with the exams officer, and I will let you know the room number by Wednesday 20th.

Any further accommodations would need to be approved by the Principal first.

Best wishes,
Ms Kwan
Exams Officer
''', [
    C('send you the signed exam arrangement form', 'Ms Kwan', '2026-05-15'),
    C("brief the invigilators on Bella's rest breaks", 'Mr Lo', '2026-05-20'),
    C('book the small exam room', 'Ms Kwan', '2026-05-22'),
    C('I will let you know the room number', 'I', '2026-05-20'),
    D('would need to be approved by the Principal first', 'waiting'),
], kind='html', notes='Exams officer, HTML only: a "Next steps:" list; a promise whose date is in its second clause; an approval that waits on somebody else.')

letter('118', 'Mon, 09 Mar 2026 08:05:00 +0800',
       ('Cheng Lok Yin', 'lycheng@kwuntong-pri.edu.hk'), 'Ivan', '''
Dear Mrs Lee,

Sorry for the slow reply, it has been a hectic week.

We hear your concerns, and the whole team is working hard behind the scenes for Ivan.

I've asked our teaching assistant, Miss Fung, to sit with Ivan during maths. She will start this Wednesday.

Mr Yau will update Ivan's IEP targets. He expects to finish this by 20 March.

Best,
Ms Cheng
''', [
    D('the whole team is working hard behind the scenes', 'reassurance'),
    C('She will start this Wednesday', 'Miss Fung', '2026-03-11'),
    C('He expects to finish this by 20 March', 'Mr Yau', '2026-03-20'),
], notes='Class teacher, plain: reassurance with no action; a delegation whose date is in the next sentence; a promise whose date is in the next sentence.')

letter('119', 'Thu, 02 Apr 2026 11:11:00 +0800',
       ('Yu Chi Man', 'cmyu@tuenmun-ss.edu.hk'), 'Re: Request for a scribe', '''
Dear Mrs Leung,

Thank you for your letter about Kevin's handwriting.

Special examination arrangements for public exams are decided by the HKEAA, and the school has no say in them.

For internal tests, your request will be raised at the next SEN panel meeting.

The panel meeting is internal, but I will write to you with its decision within five working days of the meeting.

Yours sincerely,
Mr Yu
Vice-Principal
''', [
    D('are decided by the HKEAA, and the school has no say', 'legal-position'),
    C('your request will be raised at the next SEN panel meeting', None, None),
    D('your request will be raised at the next SEN panel meeting', 'no-owner'),
    C('I will write to you with its decision', 'I', None),
], notes='Secondary VP, plain: remit; an internal meeting that is no meeting; a period counted from an undated internal meeting (vague, kept).')

letter('120', 'Fri, 27 Mar 2026 17:50:00 +0800',
       ('Tang Siu Fan', 'sftang@chaiwan-pri.edu.hk'), 'Chris - OT referral', '''
Dear Mr Fung,

The occupational therapy referral form has been completed and sent on to the district team.

Their turnaround is not something we can influence, I'm afraid.

Miss Tang will send home a pencil grip and a sloped board for Chris on or before Thursday 2 April.

It would be best to hold off on any changes to his seat until the therapist has seen him.

Kind regards,
Miss Tang
Class Teacher, 3A
''', [
    D('Their turnaround is not something we can influence', 'other'),
    C('Miss Tang will send home a pencil grip', 'Miss Tang', '2026-04-02'),
    D('hold off on any changes to his seat until the therapist', 'waiting'),
], notes='Class teacher, plain: "not something we can"; "on or before Thursday 2 April"; waiting on a third party without "wait".')

letter('121', 'Tue, 21 Apr 2026 20:40:00 +0800',
       ('Li Wing Yan', 'wyli@aplei-chau-pri.edu.hk'), 'Update on Hannah', '''
Dear Ms Chow,

It was helpful to go through Hannah's progress at Monday's review.

As we discussed, I will be putting together a sensory break plan for Hannah and will share it with you by the end of next week.

Mr Pang is going to talk to the school bus company.

Our next review will be on Tuesday 19 May, 4.00-5.00pm, in the SEN room.

Warm regards,
Miss Li
SENCO
''', [
    C('will be putting together a sensory break plan', 'I', '2026-05-03'),
    C('Mr Pang is going to talk to the school bus company', 'Mr Pang', None),
    D('Mr Pang is going to talk to the school bus company', 'no-date'),
    M('Our next review will be on Tuesday 19 May', '2026-05-19', '16:00'),
], kind='alt', notes='SENCO, multipart/alternative: a review already held; future progressive with "by the end of next week"; an undated "talk to"; a review with a dotted time range.')

letter('122', 'Wed, 25 Mar 2026 09:40:00 +0800',
       ('Lo Ka Ho', 'khlo@maonshan-pri.edu.hk'), 'Sam - lunchtime', '''
Dear Mrs Wan,

I've had a word with the lunchtime supervisors about what happened on Monday.

Going forward, the duty teacher will be keeping a closer eye on Sam in the playground.

I'd like to give this arrangement until the Easter holiday and then take stock.

I will email you a short update every Friday afternoon, starting on 27 March.

Best wishes,
Mr Lo
Assistant SENCO
''', [
    C('the duty teacher will be keeping a closer eye on Sam', 'the duty teacher', None),
    D('the duty teacher will be keeping a closer eye on Sam', 'no-date'),
    D('give this arrangement until the Easter holiday and then take stock', 'waiting'),
    C('I will email you a short update every Friday afternoon', 'I', '2026-03-27'),
], notes='Assistant SENCO, plain: an undated "keep an eye on" in the progressive; wait-and-see until a holiday; a weekly promise with a start date.')

letter('123', 'Mon, 30 Mar 2026 10:10:00 +0800',
       ('Pang Yuk Lan', 'ylpang@wanchai-pri.edu.hk'), 'Zoe - reading assessment', '''
Dear Mr Kwan,

Thank you for meeting me last Friday.

Mrs Pang will test Zoe's reading age on Wednesday 1 April and will give you the results within 3 school days.

Our literacy support teacher is available only two mornings a week, so places in her group are very limited.

I would like to meet on Thursday 16 April at 4:30pm to go through the results together.

Regards,
Mrs Pang
Literacy Coordinator
''', [
    C("Mrs Pang will test Zoe's reading age", 'Mrs Pang', '2026-04-01'),
    C('will give you the results within 3 school days', 'Mrs Pang', '2026-04-02'),
    D('places in her group are very limited', 'budget'),
    M('I would like to meet on Thursday 16 April', '2026-04-16', '16:30'),
], notes='Literacy coordinator, plain: two dated promises in one sentence; school days; capacity; "would like to meet on" a date and time.')

letter('124', 'Thu, 14 May 2026 13:30:00 +0800',
       ('Siu Ka Lok', 'klsiu@saikung-ss.edu.hk'), 'Transition to S1', '''
Dear Mr and Mrs Ip,

Thank you for your enquiry about Max's move to our school in September.

We're unable to confirm which class Max will join until the allocation results are out.

I am more than happy to speak with you on Thursday 21 May at 2pm by Zoom.

Our SENCO, Ms Siu, will arrange a visit for Max before the summer holiday.

We always look after our new S1 students carefully.

Kind regards,
Mr Siu
S1 Coordinator
''', [
    D("We're unable to confirm which class Max will join", 'other'),
    M('speak with you on Thursday 21 May at 2pm', '2026-05-21', '14:00'),
    C('will arrange a visit for Max', 'Ms Siu', None),
    D('We always look after our new S1 students carefully', 'reassurance'),
], kind='html', notes='Secondary S1 coordinator, HTML only: inability waiting on allocation; a Zoom call with a date and time; a visit before a school holiday (vague); reassurance.')

letter('125', 'Fri, 20 Mar 2026 18:30:00 +0800',
       ('Fok Hiu Tung', 'htfok@tinshuiwai-pri.edu.hk'), 'Emily - follow-up', '''
Dear Mrs Cheung,

I'm sorry I could not answer your call this afternoon.

Your concerns about Emily's friendships have been shared with the pastoral team.

A plan will be agreed at some point after the holidays.

I will telephone you on Tuesday 24 March, sometime between 1 and 2pm.

The counselling service cannot take on new cases this term.

Best,
Ms Fok
Class Teacher, 5C
''', [
    D("Your concerns about Emily's friendships have been shared", 'other'),
    C('A plan will be agreed at some point after the holidays', None, None),
    D('A plan will be agreed at some point after the holidays', 'no-owner'),
    M('I will telephone you on Tuesday 24 March', '2026-03-24', '13:00'),
    D('The counselling service cannot take on new cases', 'other'),
], notes='Class teacher, plain: agentless passive of sharing; a passive with a soft time; a call with a time range; a service that cannot.')

# 126-135: a second batch, written after the rules for 101-125 were in
# and scored before any rule read them.

letter('126', 'Mon, 01 Jun 2026 10:20:00 +0800',
       ('Chow Man Yee', 'mychow@laichikok-pri.edu.hk'), 'Ethan - clinic report', '''
Dear Mrs Tsui,

Thank you for sharing the clinic's report with us.

I have read it carefully and passed a copy to Ethan's class teacher.

The recommendations on seating will be put in place from next Monday.

Regarding a teaching assistant, the allocation of TA hours is decided at the start of each school year.

Our TA hours for this year are all committed already.

I'll get back to you about the laptop request once I've spoken with our IT coordinator.

Ms Lui and I would like to meet you on Thursday 11 June at 4pm in the library to go through a support plan.

Regards,
Ms Chow
SENCO
''', [
    C('recommendations on seating will be put in place', None, '2026-06-08'),
    D('allocation of TA hours is decided at the start of each', 'other'),
    D('Our TA hours for this year are all committed already', 'budget'),
    C("I'll get back to you about the laptop request", 'I', None),
    D("I'll get back to you about the laptop request", 'no-date'),
    M('would like to meet you on Thursday 11 June at 4pm', '2026-06-11', '16:00'),
], kind='alt', notes='SENCO, multipart/alternative: a passive from next Monday; a timetable of decisions as a deflection; hours all committed; an undated get-back; a meeting the writer would like.')

letter('127', 'Wed, 03 Jun 2026 17:05:00 +0800',
       ('Ho Ka Man', 'kmho@hunghom-pri.edu.hk'), 'Kayden today', '''
Hi Mr Chan,

Just a quick note after today's pick-up.

Kayden had a tricky afternoon, but he recovered well after a short break.

I'm going to try a 'first-then' board with him from tomorrow.

I'll let you know how it's going at the end of next week.

We've been keeping a close eye on things at lunchtime and it all seems fine.

Things like this often settle down by themselves at this age.

Cheers,
Miss Ho
''', [
    C("I'm going to try a 'first-then' board with him", 'I', '2026-06-04'),
    C("I'll let you know how it's going", 'I', '2026-06-14'),
    D('keeping a close eye on things at lunchtime', 'reassurance'),
    D('often settle down by themselves at this age', 'reassurance'),
], notes='Class teacher, plain: "going to" from tomorrow; a dated let-you-know (no deflection); reassurance without action.')

letter('128', 'Fri, 05 Jun 2026 12:00:00 +0800',
       ('Dr Agnes Pang', 'principal@kowloonbay-pri.edu.hk'), 'Your email of 2 June', '''
Dear Mr and Mrs Lam,

I refer to your email of 2 June.

The school follows the EDB's guidelines on the use of the Learning Support Grant.

Additional one-to-one support is not something the grant can cover.

Your request for a change of class has been noted and will be considered in due course.

Mr Leung, our Vice-Principal, will write to you on or before 19 June with the outcome of the class review.

Yours faithfully,
Dr Agnes Pang
Principal
''', [
    D("The school follows the EDB's guidelines", 'legal-position'),
    D('not something the grant can cover', 'budget'),
    C('will be considered in due course', None, None),
    D('will be considered in due course', 'no-owner'),
    C('will write to you on or before 19 June', 'Mr Leung', '2026-06-19'),
], kind='html', notes='Principal, HTML only: guidelines as a position; a grant that cannot cover; noted and considered in due course; "on or before".')

letter('129', 'Tue, 09 Jun 2026 09:30:00 +0800',
       ('Dr Rachel Ip', 'rachel.ip@ep-services.hk'), 'Observation at St Mark\'s', '''
Dear Ms Wan,

Following my visit to St Mark's on 4 June, I have a few initial thoughts.

I will finish writing up my observation notes by the end of the week.

My next available slot for a full assessment is not until October.

I will phone you on Monday 15 June at 9.30am to talk it over.

Kind regards,
Dr Rachel Ip
Educational Psychologist
''', [
    C('finish writing up my observation notes', 'I', '2026-06-14'),
    D('My next available slot for a full assessment is not until October', 'budget'),
    M('I will phone you on Monday 15 June at 9.30am', '2026-06-15', '09:30'),
], notes='EP, plain: "by the end of the week"; a slot not until a month; a call fixed for a day.')

letter('130', 'Thu, 11 Jun 2026 16:40:00 +0800',
       ('Fiona Leung', 'fiona.leung@talkwell-slt.hk'), 'Mia - summer group', '''
Dear Mrs Ko,

Sessions for the summer term are now fully allocated.

I will start Mia's group sessions on Tuesday the 16th.

I'll be sending home a short practice booklet two days after the first session.

It's a bit early to say how many sessions she'll need in total.

Best,
Fiona
''', [
    D('Sessions for the summer term are now fully allocated', 'budget'),
    C("I will start Mia's group sessions", 'I', '2026-06-16'),
    C("I'll be sending home a short practice booklet", 'I', '2026-06-18'),
    D('a bit early to say how many sessions', 'waiting'),
], kind='alt', notes='Speech therapist, multipart/alternative: fully allocated; weekday and day-only date; future progressive counted from a dated event; too early to say.')

letter('131', 'Mon, 15 Jun 2026 13:15:00 +0800',
       ('Lau Chi Ho', 'chlau@kwaichung-ss.edu.hk'), 'Re: Jason - exams', '''
Dear Mrs Yu,

Please see my answers below.

> 1. Will Jason get extra time in the final exams?

Yes. The Examination Committee has approved 25% extra time, and Mr Ko will confirm the room arrangements by Thursday.

> 2. Can he use a laptop?

This is for the HKEAA to decide for public exams; for school exams we are not in a position to provide one this year.

> 3. Can we meet?

Certainly. I have booked the small meeting room for Wednesday 24 June, 3.45pm to 4.30pm.

Regards,
Mr Lau
S3 Form Teacher
''', [
    C('Mr Ko will confirm the room arrangements', 'Mr Ko', '2026-06-18'),
    D('for school exams we are not in a position to provide one', 'legal-position'),
    M('I have booked the small meeting room for Wednesday 24 June', '2026-06-24', '15:45'),
], notes='Secondary form teacher, plain, inline answers between quoted questions (not annotated): a promise in the second clause; remit and inability; a room booked for a meeting with a time range.')

letter('132', 'Tue, 16 Jun 2026 18:00:00 +0800',
       ('Kwok Wai Lun', 'wlkwok@tseungkwano-pri.edu.hk'), 'Agreed actions for Sam', '''
Dear Mr Ho,

Thanks for meeting with us yesterday. Here are the agreed actions.

Agreed actions:

1. Class teacher to send home a weekly behaviour chart, starting Friday 19 June.
2. SENCO to apply for a place on the EDB's social skills programme by 30 June.
3. Parents to book an appointment with the paediatrician before the summer holiday.

Our next meeting will be on Tuesday 7 July at 4.15pm.

Best regards,
Mr Kwok
SENCO
''', [
    C('Class teacher to send home a weekly behaviour chart', 'class teacher', '2026-06-19'),
    C("SENCO to apply for a place on the EDB's social skills programme", 'SENCO', '2026-06-30'),
    C('Parents to book an appointment with the paediatrician', 'parents', None),
    M('Our next meeting will be on Tuesday 7 July', '2026-07-07', '16:15'),
], notes='SENCO, plain: minutes-style actions ("Class teacher to send ..."); a meeting held yesterday; the next meeting.')

letter('133', 'Thu, 18 Jun 2026 15:50:00 +0800',
       ('Yeung Sze Wan', 'swyeung@mongkok-pri.edu.hk'), 'Chloe', '''
Dear Mrs Lee,

I completely understand your worries about Chloe's friendships.

Every child has ups and downs at this age, and Chloe is coping very well overall.

Our pastoral team are aware and are keeping a watchful eye.

Moving her to another class mid-year is not something we would normally consider.

We will of course continue to monitor the situation.

Kind regards,
Miss Yeung
Class Teacher, 4C
''', [
    D('Chloe is coping very well overall', 'reassurance'),
    D('Our pastoral team are aware and are keeping a watchful eye', 'reassurance'),
    D('not something we would normally consider', 'other'),
    C('We will of course continue to monitor the situation', 'we', None),
    D('We will of course continue to monitor the situation', 'no-date'),
], kind='html', notes='Class teacher, HTML only: reassurance in several forms; a refusal in other words; an undated promise to monitor.')

letter('134', 'Mon, 22 Jun 2026 11:10:00 +0800',
       ('Chan Wing Kei', 'wkchan@yautong-pri.edu.hk'), 'Tommy - OT recommendations', '''
Dear Mr Fong,

Following the OT's visit, the school has agreed to buy a wobble cushion and a pencil grip for Tommy.

The items will be ordered this week.

The OT has also offered to run a short training session for staff on Wednesday 1 July.

Any further equipment would have to come out of next year's budget.

Best wishes,
Mrs Chan
SENCO
''', [
    C('the school has agreed to buy a wobble cushion', 'the school', None),
    C('The items will be ordered this week', None, '2026-06-28'),
    C('offered to run a short training session for staff', 'the OT', '2026-07-01'),
    D("would have to come out of next year's budget", 'budget'),
], notes='SENCO, plain: "has agreed to" with no date; a passive this week; an offer with a date; budget.')

letter('135', 'Wed, 24 Jun 2026 08:45:00 +0800',
       ('Wong Siu Ling', 'principal@shaukeiwan-pri.edu.hk'), 'Oscar', '''
Dear Mrs Kwok,

Thank you for your letter. I am sorry to hear that Oscar has been unhappy.

I have asked Mr Tam, our Discipline Master, to look into the incident and report back to me by Friday.

I will then call you on Monday 29 June at about 10am.

Please be assured that bullying is never tolerated at our school.

Yours sincerely,
Mrs Wong
Principal
''', [
    C('to look into the incident and report back to me', 'Mr Tam', '2026-06-26'),
    M('I will then call you on Monday 29 June', '2026-06-29', '10:00'),
    D('bullying is never tolerated at our school', 'reassurance'),
], notes='Principal, plain: a dated delegation; a call fixed for a day and time; reassurance.')

# 136-145: a third batch, written after the rules for 126-135 were in
# and scored before any rule read them.

letter('136', 'Mon, 07 Sep 2026 08:30:00 +0800',
       ('Tang Ka Yan', 'kytang@shatin-cps.edu.hk'), 'Lucas - start of term', '''
Dear Mr and Mrs Cheung,

Welcome back. I hope Lucas had a restful summer.

As discussed in July, Lucas's IEP will be reviewed with you in October.

Mrs Lo, his new class teacher, is putting together a visual timetable for him this week.

Speech therapy sessions will resume once the new therapist has started.

I'd be grateful if you could send in the updated medical form.

I'm available to meet on Wednesday 16 September at 3.30pm if that suits.

Best wishes,
Ms Tang
SENCO
''', [
    C("Lucas's IEP will be reviewed with you in October", None, '2026-10-31'),
    C('is putting together a visual timetable for him this week', 'Mrs Lo', '2026-09-13'),
    D('will resume once the new therapist has started', 'waiting'),
], notes='SENCO, plain: a dated passive review; a present progressive with a period; waiting on a new therapist; a request; a proposed slot (no meeting).')

letter('137', 'Thu, 10 Sep 2026 16:10:00 +0800',
       ('Kwan Pui Shan', 'pskwan@kowloonbay-pri.edu.hk'), 'Jayden - homework diary', '''
Dear Mrs Ng,

Thanks for your note in the homework diary.

Going forward, I'll check Jayden's homework diary every afternoon before he leaves.

I will change his reading book on Monday.

The issue with the lunch queue has been passed on to the duty team.

At this stage there is nothing to suggest a wider problem.

Warm regards,
Ms Kwan
''', [
    C("I'll check Jayden's homework diary every afternoon", 'I', None),
    C('I will change his reading book on Monday', 'I', '2026-09-14'),
    D('The issue with the lunch queue has been passed on', 'other'),
    D('there is nothing to suggest a wider problem', 'reassurance'),
], kind='html', notes='Class teacher, HTML only: an undated habit promised; a weekday; handed on; nothing to suggest a problem.')

letter('138', 'Tue, 15 Sep 2026 14:00:00 +0800',
       ('Lau Kwok Wing', 'principal@laichikok-pri.edu.hk'), 'Your letter of 11 September', '''
Dear Dr Wong,

Thank you for your letter dated 11 September.

Allocation of school-based speech therapy is determined by the therapist's professional judgement.

Our resources this year are, frankly, very stretched.

I have nevertheless instructed our SENCO to prepare a summary of Mandy's support by 30 September.

She will also arrange for Mandy to be seen by the therapist before the October holiday.

Yours sincerely,
Mr Lau
Principal
''', [
    D("determined by the therapist's professional judgement", 'other'),
    D('Our resources this year are, frankly, very stretched', 'budget'),
    C("instructed our SENCO to prepare a summary of Mandy's support", 'our SENCO', '2026-09-30'),
    C('She will also arrange for Mandy to be seen by the therapist', 'she', None),
], kind='alt', notes='Principal, multipart/alternative: a decision that is somebody else\'s; stretched resources; "instructed X to" with a date; a vague promise before a holiday.')

letter('139', 'Fri, 18 Sep 2026 11:40:00 +0800',
       ('Dr Lam Wai Yee', 'wylam@mindbridge.hk'), 'Report on Tiffany', '''
Dear Ms Ho,

Please find attached my report on Tiffany.

I will go through the recommendations with the school team at their meeting on 25 September.

Some of the recommendations may not be possible for the school to put in place straight away.

Kind regards,
Dr Lam
Educational Psychologist
''', [
    C('I will go through the recommendations with the school team', 'I', '2026-09-25'),
    D('may not be possible for the school to put in place', 'other'),
], notes='EP, plain: a promise tied to an internal meeting (no meeting of the parent); a hedge on what the school can do.')

letter('140', 'Mon, 21 Sep 2026 17:20:00 +0800',
       ('Amy Cheung', 'amy@talkwell-slt.hk'), 'Noah - articulation programme', '''
Hi Mrs Chan,

Quick update on Noah.

We started the new articulation programme today and he did brilliantly.

I'll pop a copy of the target words in his bag tomorrow.

I'll aim to send you a progress note every four weeks, the first one by Friday 16 October.

There's a waiting list for the social communication group, so I can't promise a place this term.

Cheers,
Amy
''', [
    C("I'll pop a copy of the target words in his bag", 'I', '2026-09-22'),
    C("I'll aim to send you a progress note every four weeks", 'I', '2026-10-16'),
    D("so I can't promise a place this term", 'other'),
], notes='Speech therapist, plain: tomorrow; a recurring promise with its first date; a waiting list and a promise refused.')

letter('141', 'Wed, 23 Sep 2026 12:30:00 +0800',
       ('Chu Yuet Mei', 'ymchu@tkoss.edu.hk'), 'Sam - S4 electives', '''
Dear Mr Fung,

Thank you for raising your concerns about Sam's timetable.

The option blocks for S4 were finalised in June and cannot be changed for individual students.

However, Ms Yip will look at whether Sam can drop one elective, and she will email you her answer by Friday 2 October.

We can meet on Tuesday 29 September at 4.45pm in the S4 office if you wish.

Regards,
Mrs Chu
Year Head (S4)
''', [
    D('cannot be changed for individual students', 'other'),
    C('she will email you her answer by Friday 2 October', 'Ms Yip', '2026-10-02'),
], kind='html', notes='Secondary year head, HTML only: a fixed timetable as a refusal; an undated look-at with a dated answer in the next clause (one item); a slot offered if the parent wishes (no meeting).')

letter('142', 'Fri, 25 Sep 2026 15:05:00 +0800',
       ('Tang Ka Yan', 'kytang@shatin-cps.edu.hk'), 'Action points for Mia', '''
Dear Mrs Lee,

Here are the action points from Thursday's review meeting.

Action points:

- Provide a laptop for extended writing (IT department, by 9 October)
- Arrange a reader for the mid-term tests (Mr Lam, before the tests)
- Share the OT programme with the PE teacher (Mrs Lee, 2 October)

The next review meeting is pencilled in for Friday 27 November.

Best wishes,
Ms Tang
SENCO
''', [
    C('Provide a laptop for extended writing', 'IT department', '2026-10-09'),
    C('Arrange a reader for the mid-term tests', 'Mr Lam', None),
    C('Share the OT programme with the PE teacher', 'Mrs Lee', '2026-10-02'),
    M('The next review meeting is pencilled in for Friday 27 November', '2026-11-27'),
], notes='SENCO, plain: a meeting held (Thursday\'s, the day before D); action points as "action (who, when)"; a provisional next meeting.')

letter('143', 'Tue, 29 Sep 2026 16:45:00 +0800',
       ('Chan Hoi Yan', 'hychan@taipo-pri.edu.hk'), 'Chloe settling in', '''
Dear Mrs Wu,

I appreciate you taking the time to write.

All children find the start of P1 a big adjustment.

Chloe has lots of friends and is always smiling in class.

We don't feel a referral to the EP is needed at this point.

I will keep you posted if anything changes.

Kind regards,
Miss Chan
Class Teacher, 1A
''', [
    D('All children find the start of P1 a big adjustment', 'reassurance'),
    D('Chloe has lots of friends and is always smiling', 'reassurance'),
    D('a referral to the EP is needed at this point', 'other'),
    C('I will keep you posted if anything changes', 'I', None),
    D('I will keep you posted if anything changes', 'no-date'),
], notes='Class teacher, plain: reassurance by normalising and praise; a refusal as a feeling; keep you posted.')

letter('144', 'Thu, 01 Oct 2026 10:15:00 +0800',
       ('Poon Suk Yee', 'sypoon@northpoint-pri.edu.hk'), 'RE: Bullying', '''
Dear Mr Tsang,

Ms Chiu passed me your email below.

I have arranged for Mr Wong, our Discipline Master, to speak to both boys on Monday 5 October.

I will contact you after that conversation to let you know the outcome.

Regards,
Mrs Poon
Vice-Principal

-----Original Message-----
From: Tsang Ka Wai
Sent: Tuesday, September 29, 2026 9:14 PM
To: Chiu Man Yi
Subject: Bullying

Dear Ms Chiu, I am writing because my son has been pushed twice this week. Please can someone call me by Thursday. I will keep him at home on Friday if nothing is done.
''', [
    C('arranged for Mr Wong, our Discipline Master, to speak to both boys', 'Mr Wong', '2026-10-05'),
    C('I will contact you after that conversation', 'I', None),
    D('I will contact you after that conversation', 'no-date'),
], notes='Vice-Principal, plain, above an Outlook original message (not annotated): "arranged for X to" with a date; an undated contact after it.')

letter('145', 'Mon, 05 Oct 2026 09:00:00 +0800',
       ('Jenny Lo', 'jenny.lo@brightsteps.org.hk'), 'Social skills programme', '''
Dear parents,

Thank you for enrolling Jacob in our social skills programme.

The parent briefing will be held on Zoom on Saturday 10 October, 10:00-11:00, for all families in the group.

Our coordinator, Miss Ip, will send you the Zoom link the day before the briefing.

Places for the follow-on group in January are limited and will be offered on a first-come, first-served basis.

Kind regards,
Jenny Lo
Programme Manager
''', [
    C('will send you the Zoom link the day before the briefing', 'Miss Ip', '2026-10-09'),
    D('Places for the follow-on group in January are limited', 'budget'),
], notes='Centre, plain: a briefing for all families (no meeting of the parent\'s own); a due the day before a dated event; limited places.')

# 146-153: a fourth batch, written after every rule change of this round
# and never tuned on: the held-out measure of the final rules.

letter('146', 'Mon, 12 Oct 2026 09:10:00 +0800',
       ('Chan Siu Wai', 'swchan@tsuenwan-pri.edu.hk'), 'Kai - lunchtimes', '''
Dear Mrs Ip,

Thank you for coming in on Friday.

As agreed, Miss Wan will be running a lunchtime social group for Kai from next Tuesday.

I will ask the class teacher to move Kai's seat nearer the front by Wednesday.

The EP's visiting schedule for this term is already fixed, so an assessment before Christmas is unlikely.

Please rest assured that Kai is in safe hands.

Best,
Ms Chan
SENCO
''', [
    C('Miss Wan will be running a lunchtime social group for Kai', 'Miss Wan', '2026-10-20'),
    C("I will ask the class teacher to move Kai's seat", 'I', '2026-10-14'),
    D('so an assessment before Christmas is unlikely', 'budget'),
    D('Please rest assured that Kai is in safe hands', 'reassurance'),
], notes='SENCO, plain: future progressive from next Tuesday; a delegation by Wednesday; a fixed schedule making an assessment unlikely; reassurance.')

letter('147', 'Wed, 14 Oct 2026 15:30:00 +0800',
       ('Ho Chun Kit', 'ckho@shamshuipo-pri.edu.hk'), 'Science Museum trip', '''
Dear Mr Lee,

Just to let you know that the class is going on a trip to the Science Museum on Friday 23 October.

I'll make sure Oliver sits with a buddy on the coach.

I'll ring you on Monday 19 October after school to talk about the trip.

Kind regards,
Mr Ho
''', [
    C("I'll make sure Oliver sits with a buddy on the coach", 'I', None),
    M("I'll ring you on Monday 19 October after school", '2026-10-19'),
], kind='html', notes='Class teacher, HTML only: a class trip (no item); an undated concrete promise; a call fixed for a day, after school.')

letter('148', 'Fri, 16 Oct 2026 11:00:00 +0800',
       ('Lam Wing Chi', 'principal@kwuntong-pri.edu.hk'), 'Your complaint', '''
Dear Mr and Mrs Chow,

I have received your complaint about the handling of the incident on 8 October.

The matter is currently under review by the senior leadership team.

I will respond to you in writing within 14 days.

In the meantime, the school's complaints procedure is attached for your reference.

We value our partnership with parents.

Yours sincerely,
Mrs Lam
Principal
''', [
    D('The matter is currently under review', 'other'),
    C('I will respond to you in writing within 14 days', 'I', '2026-10-30'),
    D('We value our partnership with parents', 'reassurance'),
], notes='Principal, plain: under review; within 14 days; a value statement.')

letter('149', 'Tue, 20 Oct 2026 18:20:00 +0800',
       ('Karen Siu', 'karen.siu@handsonot.hk'), 'Ethan - OT sessions', '''
Dear Mrs Yau,

Following Ethan's assessment today, I am pleased to confirm a block of six OT sessions.

Sessions will take place every Thursday at 4pm, starting on 5 November.

I will email you a home programme by the end of this week.

Funding for further sessions would need to be agreed with the school.

Best wishes,
Karen Siu
Occupational Therapist
''', [
    C('Sessions will take place every Thursday at 4pm', None, '2026-11-05'),
    C('I will email you a home programme', 'I', '2026-10-25'),
    D('Funding for further sessions would need to be agreed', 'budget'),
], kind='alt', notes='OT, multipart/alternative: sessions for the child starting on a date; end of this week; funding waiting on the school.')

letter('150', 'Thu, 22 Oct 2026 13:40:00 +0800',
       ('Chan Tak Ming', 'tmchan@shatin-ss.edu.hk'), 'Next steps for Ivy', '''
Dear Ms Fung,

Thank you for the meeting this morning. Next steps are below.

Next steps

- Mr Chan: arrange a trial of a reading pen in English lessons, by Friday 30 October
- Ms Fung: send in the optometrist's report, by 6 November
- Miss Lee: update the exam access form after the trial

We will meet again on Thursday 12 November at 5.15pm to review progress.

Regards,
Mr Chan
S2 Form Teacher
''', [
    C('arrange a trial of a reading pen in English lessons', 'Mr Chan', '2026-10-30'),
    C("send in the optometrist's report", 'Ms Fung', '2026-11-06'),
    C('update the exam access form after the trial', 'Miss Lee', None),
    M('We will meet again on Thursday 12 November', '2026-11-12', '17:15'),
], notes='Secondary, plain: "Next steps" lines as "who: action, by when"; a meeting held this morning; the next meeting.')

letter('151', 'Mon, 26 Oct 2026 10:05:00 +0800',
       ('Dr Chan Hoi Ling', 'hlchan@ep-services.hk'), 'Grace - observation', '''
Dear Mr Wong,

I was able to observe Grace in her classroom last Thursday.

I'm currently writing up my findings and expect to send the report to you and the school by 20 November.

Given the number of referrals this term, I am unable to offer a follow-up visit before January.

I would welcome a chat with you by phone; do let me know a convenient time.

Regards,
Dr Chan
Educational Psychologist
''', [
    C('expect to send the report to you and the school', 'I', '2026-11-20'),
    D('I am unable to offer a follow-up visit before January', 'other'),
], notes='EP, plain: "expect to" with a date; inability for the number of referrals; a call proposed without a time (nothing).')

letter('152', 'Wed, 28 Oct 2026 07:55:00 +0800',
       ('Kwok Mei Ling', 'mlkwok@yuenlong-pri.edu.hk'), 'Re: Lily spelling test', '''
Hi Mrs Tam,

Sorry, I missed your message yesterday.

Yes, that's fine. I'll keep Lily's spelling test back and she can do it on Monday 2 November instead.

Thanks,
Miss Kwok

On Tue, 27 Oct 2026 at 20:15, Tam Wai Man <tam.wm@example.com> wrote:
> Dear Miss Kwok, Lily has been unwell. Could she take the spelling test next week? We will send a doctor's note tomorrow.
''', [
    C("I'll keep Lily's spelling test back", 'I', '2026-11-02'),
], notes='Class teacher, plain reply above a quoted message (not annotated): a promise whose date is in its second clause.')

letter('153', 'Fri, 30 Oct 2026 16:00:00 +0800',
       ('Sally Ng', 'sally@talkwell-slt.hk'), 'Ben - session change', '''
Dear Mr Lo,

I'm afraid I have to postpone Ben's session on Tuesday because of a training day.

We will make up the session on Thursday 12 November at the usual time.

Our team is short-staffed until the new therapist joins in December, so some delays are unavoidable.

Warm regards,
Sally
''', [
    C('We will make up the session on Thursday 12 November', 'we', '2026-11-12'),
    D('Our team is short-staffed until the new therapist joins', 'budget'),
], kind='html', notes='Speech therapist, HTML only: a session postponed; a make-up session with a date; short-staffed.')

# 154-161: a fresh batch, gold written before the extractor read them.

letter('154', 'Tue, 10 Nov 2026 17:20:00 +0800',
       ('Catherine Yau', 'cyau@tkoss.edu.hk'), 'Kelvin - learning support follow-up', '''
Dear Mrs Chow,

Thank you for coming in to see the Learning Support team last week about Kelvin.

Following our discussion, Mr Siu, our Learning Support Coordinator, will set up a weekly check-in with Kelvin starting Monday 16 November.

The access arrangements form for the mock papers will be submitted to the Examinations Office by 27 November.

I am going to brief all of Kelvin's subject teachers on his reading profile before the end of this week.

Regarding a laptop for written papers, the Examinations Office has the final say and we have no control over that decision.

We will revisit the homework load at some later stage.

Best regards,
Ms Yau
SENCO, Tseung Kwan O Secondary School
''', [
    C('will set up a weekly check-in with Kelvin', 'Mr Siu', '2026-11-16'),
    C('access arrangements form for the mock papers will be submitted', None, '2026-11-27'),
    C("brief all of Kelvin's subject teachers on his reading profile", 'I', '2026-11-15'),
    D('the Examinations Office has the final say', 'other'),
    C('We will revisit the homework load', 'we', None),
    D('We will revisit the homework load', 'no-date'),
], notes='Secondary SENCO, plain: "starting" gives the start date; agentless passive with a date; "is going to" before the end of this week; remit; an undated revisit.')

letter('155', 'Thu, 19 Nov 2026 12:05:00 +0800',
       ('Dr Patrick Man', 'principal@hillview-pri.edu.hk'), 'Your letter of 12 November', '''
Dear Mr and Mrs Leung,

I acknowledge receipt of your letter dated 12 November concerning the support provided to Chloe.

I have considered the matters you raised carefully. Let me assure you that our staff have acted in line with the school's policies at all times.

The school is bound by the EDB guidelines on the use of the Learning Support Grant, and it is not within my discretion to fund a one-to-one assistant.

Nevertheless, I have instructed our Vice-Principal, Mrs Yip, to carry out a review of Chloe's support plan and to write to you with her findings no later than 11 December.

I would also like to invite you to meet me in my office on Wednesday 2 December at 4:30 p.m.

Yours sincerely,
Dr Patrick Man
Principal
''', [
    D("our staff have acted in line with the school's policies", 'reassurance'),
    D('not within my discretion to fund a one-to-one assistant', 'budget'),
    C("carry out a review of Chloe's support plan", 'Mrs Yip', '2026-12-11'),
    M('invite you to meet me in my office on Wednesday 2 December', '2026-12-02', '16:30'),
], kind='alt', notes='Principal replying to a complaint, multipart: reassurance; discretion/budget; a delegation with "no later than"; an invitation to a meeting with date and time.')

letter('156', 'Mon, 23 Nov 2026 18:40:00 +0800',
       ('Grace Pang', 'grace@brightvoice-therapy.hk'), 'Ethan - today session notes', '''
Hi Mrs Kwok,

Here is a quick update after today's session with Ethan.

He is making steady progress with his /s/ blends, especially at word level.

I'll put together a home practice pack and post it to you by Friday.

Unfortunately the centre sets the fees and I'm not in a position to offer a discount.

I will see Ethan again on Monday 30 November.

Best,
Grace Pang
Speech and Language Therapist
''', [
    C('put together a home practice pack and post it to you', 'I', '2026-11-27'),
    D("I'm not in a position to offer a discount", 'budget'),
    C('I will see Ethan again on Monday 30 November', 'I', '2026-11-30'),
], kind='html', notes='Outside speech therapist, HTML only: a pack posted by Friday; fees outside her power; a therapy session with the child (commitment, not meeting).')

letter('157', 'Wed, 06 Jan 2027 15:00:00 +0800',
       ('Dr Lau Ka Yan', 'kylau@ep-services.hk'), 'EP visit note - Wong Tsz Hin (P.3)', '''
EP school visit note, 5 January 2027
Student: Wong Tsz Hin (P.3)

Summary

- Observed Tsz Hin in a Chinese lesson and during recess.
- Discussed attention strategies with the class teacher and the SENCO.

Follow-up

- Dr Lau (EP) will complete the cognitive assessment on 20 January.
- The SENCO will set up a Tier 2 small group for reading from 1 February.
- A written report will be issued within four weeks of the assessment.
- Dr Lau will look at the classroom seating plan at her next visit.

A feedback meeting with the parents has been provisionally fixed for Friday 26 February at 10:00 a.m.

Dr Lau Ka Yan
Educational Psychologist
''', [
    C('will complete the cognitive assessment on 20 January', 'Dr Lau', '2027-01-20'),
    C('will set up a Tier 2 small group for reading', 'the SENCO', '2027-02-01'),
    C('A written report will be issued within four weeks', None, '2027-02-17'),
    C('will look at the classroom seating plan', 'Dr Lau', None),
    D('will look at the classroom seating plan', 'no-date'),
    M('provisionally fixed for Friday 26 February', '2027-02-26', '10:00'),
], notes='EP visit note, plain, list items: assessment dated; "from" gives the start; within N weeks of a dated event; look at at her next visit (undated); a provisional feedback meeting.')

letter('158', 'Thu, 14 Jan 2027 16:10:00 +0800',
       ('Yuen Hoi Ting', 'htyuen@kwuntong-cps.edu.hk'), 'Jayden', '''
Hi Mr Cheung,

Just a quick note - Jayden's reading record is in his bag.

I'll swap his reader for a decodable one tomorrow morning.

I'll also have a word with the PE teacher about his trainers.

Could you sign the dictation sheet and return it by Monday?

Cheers,
Miss Yuen
''', [
    C("swap his reader for a decodable one", 'I', '2027-01-15'),
    C('have a word with the PE teacher about his trainers', 'I', None),
    D('have a word with the PE teacher about his trainers', 'no-date'),
], notes='Class teacher, short plain email: tomorrow morning; an undated "have a word with"; a request to the parent (nothing).')

letter('159', 'Fri, 22 Jan 2027 09:30:00 +0800',
       ('P.4 Class Teachers', 'p4@harbourview-pri.edu.hk'), 'P.4 Term 2 Newsletter', '''
P.4 Term 2 Newsletter

Upcoming events

- Sports Day will be held on 5 March at Wan Chai Sports Ground.
- The Book Fair will run from 8 to 12 February in the school hall.
- A parent talk on screen time will take place on 19 February at 7 p.m.

A note for Hannah's family

As discussed on the phone, I will send you Hannah's adapted spelling list every Thursday, starting on 28 January.

Reminders

- Winter uniform is worn until the end of March.
- Library books are due back every Monday.

Ms Cheng
Class Teacher, 4B
''', [
    C("I will send you Hannah's adapted spelling list", 'I', '2027-01-28'),
], kind='html', notes='HTML newsletter: events for all parents and reminders carry nothing; one personal promise with a start date.')

letter('160', 'Tue, 02 Feb 2027 13:15:00 +0800',
       ('Lai Wing Yan', 'wylai@taipo-pri.edu.hk'), 'Re: Social skills group', '''
Dear Mrs Ma,

Thanks for your patience.

Mr Tong has now agreed to run the social skills group on Wednesday lunchtimes, and the first session is on 10 February.

As for the EP report, we are still waiting to hear from the EDB on when it can be released.

I will chase them again and update you before the Lunar New Year holiday.

Best,
Ms Lai
SENCO

On Mon, 1 Feb 2027 at 22:03, Ma Siu Fong <msf@example.com> wrote:
> Dear Ms Lai,
> It has been three weeks. When will the social skills group start? I will bring the doctor's letter on Friday.
> Regards
''', [
    C('has now agreed to run the social skills group', 'Mr Tong', '2027-02-10'),
    D('we are still waiting to hear from the EDB', 'waiting'),
    C('I will chase them again and update you', 'I', None),
    D('I will chase them again and update you', 'no-date'),
], notes='SENCO reply above a quoted parent (not annotated): "has now agreed to" dated in its second clause; waiting for the EDB; an update before a holiday (calendar-defined, null).')

letter('161', 'Mon, 08 Feb 2027 11:45:00 +0800',
       ('Mrs Ho Siu Ling', 'vp@shamshuipo-pri.edu.hk'), 'Toby - assessment', '''
Dear Mr Fung,

I understand your frustration about the delay with Toby's assessment.

Please rest assured that Toby is very much on our radar.

Our EP service is provided by the EDB and its schedule is outside the school's control.

At the moment every member of the support team is stretched very thin.

Things should settle down once the new term gets going.

The matter of a teaching assistant will be raised at a future committee meeting.

In the meantime, we're giving it our full attention.

Kind regards,
Mrs Ho
Vice-Principal
''', [
    D('Toby is very much on our radar', 'reassurance'),
    D("its schedule is outside the school's control", 'other'),
    D('every member of the support team is stretched very thin', 'budget'),
    D('Things should settle down once the new term gets going', 'other'),
    C('The matter of a teaching assistant will be raised', None, None),
    D('The matter of a teaching assistant will be raised', 'no-owner'),
    D("we're giving it our full attention", 'reassurance'),
], notes='Vice-principal, a letter of deflections: reassurance, outside control, capacity, soft time, an agentless raise at an undated meeting.')

# 162-173 (and zh/052-059): written blind - by a helper who had not read
# lib/extract/ nor its tests, with their gold, before any score.

letter('162', 'Tue, 20 Apr 2027 10:05:00 +0800',
       ('Wendy Kwok', 'wkwok@skm-methodist-pri.edu.hk'), 'Kai - after our chat yesterday', '''
Dear Mrs Cheung,

Thank you for coming in yesterday; it was useful to hear how Kai manages his mornings at home.

I have asked Mr Chan, Kai's class teacher, to put together a picture timetable for his desk and to report back to you by 30 April.

Kai will be taken out of class for a short reading group every Tuesday and Thursday starting 27/4.

The request for a reader in tests now sits with the Assessment Panel to weigh up.

Let us give the picture timetable a fair run before we pile anything else on.

We have pencilled in a review with you, Mr Chan and me for Monday 10 May at 4.30 pm.

Best wishes,
Wendy Kwok
SENCO, Shek Kip Mei Methodist Primary School
''', [
    C('to put together a picture timetable for his desk', 'Mr Chan', '2027-04-30'),
    C('for a short reading group every Tuesday and Thursday', None, '2027-04-27'),
    D('now sits with the Assessment Panel to weigh up', 'other'),
    D('give the picture timetable a fair run', 'waiting'),
    M('pencilled in a review with you, Mr Chan and me', '2027-05-10', '16:30'),
], notes='Blind batch A. SENCO, plain: delegation "I have asked X to ... report back by"; an agentless passive with a start date (day-first 27/4); remit as "sits with ... to weigh up"; wait-and-see; a provisional ("pencilled in") review is a meeting; yesterday\'s meeting is held.')

letter('163', 'Thu, 04 Mar 2027 17:40:00 +0800',
       ('Yip Hoi Ting', 'htyip@tkw-catholic-pri.edu.hk'), "Notes of today's meeting - Ada (3B)", '''
Dear Mr Kwan,

Here are the notes of today's meeting about Ada, as promised.

Ada has settled better since the seating change, but copying homework from the board is still hard for her.

Actions

- Ms Yip to photocopy the homework list for Ada each day, starting Monday 8 March
- Mr Lo (English) to set up a word bank folder for Ada by 12/3
- Mr Kwan to book the hearing test at the audiology clinic before the end of March

We'll reconvene on Thursday 25 March at 8:15 am, before lessons begin.

Mr Lo will pass you a photocopy of the word bank two days ahead of that meeting.

Regards,
Ms Yip
Class Teacher, 3B
''', [
    C('photocopy the homework list for Ada each day', 'Ms Yip', '2027-03-08'),
    C('set up a word bank folder for Ada', 'Mr Lo', '2027-03-12'),
    C('book the hearing test at the audiology clinic', 'Mr Kwan', '2027-03-31'),
    M("We'll reconvene on Thursday 25 March", '2027-03-25', '08:15'),
    C('will pass you a photocopy of the word bank', 'Mr Lo', '2027-03-23'),
], kind='html', notes='Blind batch A. Class teacher, HTML only: "the notes of today\'s meeting" (held, no meeting); an Actions list of "X to do Y" with a start date, a day-first date and a month end; the next meeting; a date counted back from the meeting ("two days ahead of that meeting").')

letter('164', 'Mon, 15 Mar 2027 09:30:00 +0800',
       ('Tam Kwok Wai', 'principal@wongchukhang-pri.edu.hk'), 'RE: Ryan - Chinese lessons', '''
Dear Mr and Mrs Lai,

Thank you for your email of Friday.

The deployment of teaching assistants across classes is decided by the school's SEN committee as a whole, and I am not in a position to overrule it for one pupil.

Under our present funding, a full-time aide for one child is simply beyond us.

That said, Mrs Chiu, our Vice-Principal, has agreed to sit in on two of Ryan's Chinese lessons next week and to share what she sees with you afterwards.

Yours sincerely,
Tam Kwok Wai
Principal

________________________________
From: Lai Ka Yan <laiky.family@example.com>
Sent: Friday, 12 March 2027 22:41
To: Principal <principal@wongchukhang-pri.edu.hk>
Subject: Ryan - Chinese lessons

Dear Mr Tam,

We will come to the school office on Monday to sign the consent form. Will the school provide an aide for Ryan in Chinese lessons by next month? His Chinese teacher said she would phone us this week but we have heard nothing.

Lai Ka Yan
''', [
    D("is decided by the school's SEN committee as a whole", 'other'),
    D('a full-time aide for one child is simply beyond us', 'budget'),
    C("has agreed to sit in on two of Ryan's Chinese lessons", 'Mrs Chiu', '2027-03-28'),
], notes='Blind batch A. Principal, plain reply above an Outlook "From: / Sent:" quote (not annotated, though it holds a parent promise and dates): remit; funding; "has agreed to" with "next week" (a sitting-in on lessons is no meeting).')

letter('165', 'Wed, 21 Apr 2027 15:10:00 +0800',
       ('Dr Melissa Yuen', 'myuen@hk-ep-partners.hk'), 'Jacky Ho - assessment plan', '''
Dear Ms Ho,

I am the educational psychologist now attached to Tsz Wan Shan Lutheran Primary School, and Jacky's file has been passed to me.

I will be seeing Jacky in school over two mornings, on 6 May and 11 May, to complete the cognitive and literacy assessment.

Before the first session I'll be ringing Jacky's class teacher to hear how he is doing in class.

Afterwards I would like to go through the findings with you in person; the feedback session is booked for Thursday 27 May, 10:00-11:00, in the school's conference room.

The written report will reach you within two weeks of the feedback session.

I can't promise a diagnosis at this stage, as that depends on what the assessment shows.

Kind regards,
Dr Melissa Yuen
Educational Psychologist
''', [
    C('seeing Jacky in school over two mornings', 'I', '2027-05-11'),
    C("be ringing Jacky's class teacher to hear how he is doing", 'I', '2027-05-06'),
    M('the feedback session is booked for Thursday 27 May', '2027-05-27', '10:00'),
    C('The written report will reach you within two weeks', None, '2027-06-10'),
    D("I can't promise a diagnosis at this stage", 'other'),
], kind='alt', notes='Blind batch A. EP, multipart/alternative: future progressive over two sessions (latest date); "before the first session" (a dated event, 6 May); a feedback session with a time range; a report due within two weeks of the dated feedback session (passive, vague, concrete); a hedge.')

letter('166', 'Tue, 09 Mar 2027 20:25:00 +0800',
       ('Carmen Ng', 'carmen.ng@brightvoices-ngo.org.hk'), 'Re: Bella - a few questions', '''
Hi Mrs Chan,

Answers below, in between your questions.

> 1. When will Bella's next block of speech therapy start?

The next block starts after the Easter break; the exact dates are still being worked out by our centre manager.

> 2. Can she have her sessions at school instead of at the centre?

School-based sessions are paid for by the school, so it would be for the school to request them.

> 3. Can I have the home exercises?

Yes. I'll be emailing you a set of home exercises tomorrow evening, with a short video for each.

> 4. Can we talk about her progress soon? I will send you her school report on Friday.

Certainly. I'll phone you at 6.15 pm on Friday 19 March.

Thanks,
Carmen Ng
Speech Therapist, Bright Voices (a charity)
''', [
    D('the exact dates are still being worked out', 'waiting'),
    D('it would be for the school to request them', 'other'),
    C("I'll be emailing you a set of home exercises", 'I', '2027-03-10'),
    M("I'll phone you at 6.15 pm on Friday 19 March", '2027-03-19', '18:15'),
], notes='Blind batch A. NGO speech therapist, plain, inline answers between quoted (>) questions (the quoted parent promise is not annotated): dates being worked out by someone else; remit; future progressive with "tomorrow evening"; a call fixed with the time before the date.')

letter('167', 'Fri, 16 Apr 2027 12:50:00 +0800',
       ('Cheng Hiu Tung', 'htcheng@shatin-tsungtsin-ss.edu.hk'), 'Nathan (S3C) - exam access and planner', '''
Dear Mr Wong,

I am writing as Nathan's form teacher in S3C following last week's report.

Our SENCO, Mr Poon, is to brief every subject teacher on Nathan's arrangements at the staff meeting on Monday 19 April.

Mr Poon expects to have the exam access paperwork signed off; the deadline we are working to is 30 April.

We also discussed a homework planner. Ms Lee, the S3 level coordinator, will go over it with Nathan each Monday from 26 April.

Parents' Day is on Saturday 8 May, and all parents are welcome to drop in between 9:00 and 12:00.

If it would help, I could do a phone call on Tuesday 20 April at 5 pm; just let me know.

Whether Nathan can change class next year is a decision for the Principal, not for me.

Regards,
Ms Cheng Hiu Tung
Form Teacher, S3C
''', [
    C("is to brief every subject teacher on Nathan's arrangements", 'Mr Poon', '2027-04-19'),
    C('expects to have the exam access paperwork signed off', 'Mr Poon', '2027-04-30'),
    C('will go over it with Nathan each Monday', 'Ms Lee', '2027-04-26'),
    D('is a decision for the Principal, not for me', 'other'),
], kind='alt', notes='Blind batch A. Secondary form teacher, multipart/alternative: obligation "X is to" tied to a staff meeting (no meeting); "expects to" with its date in the next clause; a start date; Parents\' Day (all parents) and a slot merely offered are no meetings; remit.')

letter('168', 'Fri, 05 Mar 2027 08:00:00 +0800',
       ('Little Seeds Kindergarten', 'news@littleseeds-kg.edu.hk'), 'Little Seeds - March newsletter', '''
Dear Parents,

Spring is here, and the children have been busy planting beans in the garden corner!

Coming up this month

- Easter egg hunt for K1 to K3: Thursday 25 March, 9:30 am
- K3 graduation photos will be taken on Thursday 15 April
- Parent workshop on picky eaters: Saturday 20 March, 10:00-11:30, in the hall

The school will be closed from 26 March to 5 April for the Easter and Ching Ming holidays.

Our library corner will lend two picture books a week to every child from next Monday.

Reminder: April tuition fees are due by 10 March.

Thank you for your support,
The Little Seeds Team
''', [], kind='html', notes='Blind batch A. Kindergarten newsletter, HTML only: events for all families, closures, a library service and a fee reminder carry nothing, though they say "will" and give dates.')

letter('169', 'Mon, 12 Apr 2027 16:15:00 +0800',
       ('Wu Chi Keung', 'vp@kwuntong-baptist-pri.edu.hk'), 'Sum Yi - outside tutor', '''
Dear Mrs Yeung,

I have read your letter asking for an outside tutor for Sum Yi.

Sum Yi's needs have been noted and are being weighed alongside those of the other children on the list.

Our learning support teachers are carrying full loads this term.

Money for outside tutors comes from the Learning Support Grant, and how it is spent is fixed at the start of each school year.

A place in the afternoon group may open up if one of the current children moves on.

Sum Yi is a lovely girl and she is in very good hands with Miss Lo.

It would be best to see how the summer term unfolds before changing anything.

Yours sincerely,
Wu Chi Keung
Vice-Principal
''', [
    D('are being weighed alongside those of the other children', 'other'),
    D('learning support teachers are carrying full loads', 'budget'),
    D('how it is spent is fixed at the start', 'budget'),
    D('may open up if one of the current children moves on', 'waiting'),
    D('she is in very good hands with Miss Lo', 'reassurance'),
    D('see how the summer term unfolds before changing anything', 'waiting'),
], notes='Blind batch A. Vice-principal, plain, deflections only and none with a cue word: an agentless passive of consideration, capacity, a fixed budget, a condition on a third party, reassurance, wait-and-see.')

letter('170', 'Thu, 22 Apr 2027 11:35:00 +0800',
       ('Natalie Lau', 'natalie.lau@sensoryplay-ot.org.hk'), 'Hugo - occupational therapy plan', '''
Dear Mrs Siu,

It was a pleasure to meet Hugo at the centre last week.

What happens next

We will:

- send the sensory profile questionnaire to you and his class teacher by Friday
- visit Hugo's kindergarten on the morning of 6 May to observe him at play
- run a half-day workshop for Hugo's teachers in the week of 17 May

Hugo's sensory diet shall be revisited once the eight-week block is over.

Our team leader, Mr Lau, will be in touch regarding the fee waiver.

Best regards,
Natalie Lau
Occupational Therapist
''', [
    C('send the sensory profile questionnaire to you and his class teacher', 'We', '2027-04-23'),
    C("visit Hugo's kindergarten on the morning of 6 May", 'We', '2027-05-06'),
    C("run a half-day workshop for Hugo's teachers", 'We', '2027-05-23'),
    C("sensory diet shall be revisited once the eight-week block", None, None),
    D("sensory diet shall be revisited once the eight-week block", 'no-owner'),
    C('will be in touch regarding the fee waiver', 'Mr Lau', None),
    D('will be in touch regarding the fee waiver', 'no-date'),
], kind='alt', notes='Blind batch A. NGO occupational therapist, multipart/alternative: a "We will:" lead-in over a list (each item a commitment: "by Friday", a dated visit to observe the child, "in the week of"); "shall be revisited" once an undated block is over; "will be in touch".')

letter('171', 'Fri, 07 May 2027 18:05:00 +0800',
       ('Kelly Fok', 'kfok@kwaifong-youth-centre.org.hk'), 'RE: Oscar', '''
Dear Ms Lam,

Sorry for the slow reply; it has been a busy fortnight.

I met Oscar twice this week and he seems calmer.

I'm due to see him again on Wednesday for a longer session, and we'll practise the anger thermometer together then.

Mr Siu, our family support worker, will be sending you the application form for the summer camp subsidy by 14 May.

The case review with you, Oscar's class teacher and me is fixed for Tuesday 25 May, 7:00 to 8:00 pm, at our centre in Kwai Fong.

Whether Oscar qualifies for the subsidy rests on the Social Welfare Department's own assessment.

Regards,
Kelly Fok
Social Worker

-----Original Message-----
From: Lam Mei Kuen <mk.lam@example.com>
Sent: Monday, May 3, 2027 8:12 PM
To: Kelly Fok <kfok@kwaifong-youth-centre.org.hk>
Subject: Oscar

Dear Miss Fok, could you tell me when you will see Oscar next? I will send the consent form tomorrow.
''', [
    C("I'm due to see him again on Wednesday", 'I', '2027-05-12'),
    C('will be sending you the application form for the summer camp subsidy', 'Mr Siu', '2027-05-14'),
    M('The case review with you, Oscar\'s class teacher and me is fixed', '2027-05-25', '19:00'),
    D("rests on the Social Welfare Department's own assessment", 'waiting'),
], notes='Blind batch A. NGO social worker, plain, above an "-----Original Message-----" quote: sessions met (past); "I\'m due to see him" (a session with the child: commitment); future progressive with "by"; a case review fixed with a time range; another body\'s decision.')

letter('172', 'Wed, 02 Jun 2027 11:20:00 +0800',
       ('Angela Ko', 'ako@cheungshawan-ss.edu.hk'), 'Marco Chau (S4A) - IEP review', '''
Dear Mr and Mrs Chau,

Marco's IEP review is scheduled for Monday 14 June, from 3:40 to 4:30 pm, in Room 214.

At the last review on 14 April we agreed to try a lighter homework load, and his subject teachers tell me this has helped.

Ms Fung, our assistant SENCO, will circulate the draft IEP to you two days prior to the review so that you have time to read it.

We are aiming to have the laptop trial for Marco up and running starting in September.

On the question of a reader for the mock papers, we will look at it again nearer the time.

Best regards,
Angela Ko
SENCO
''', [
    M("Marco's IEP review is scheduled for Monday 14 June", '2027-06-14', '15:40'),
    C('will circulate the draft IEP to you', 'Ms Fung', '2027-06-12'),
    C('aiming to have the laptop trial for Marco up and running', 'We', '2027-09-30'),
    C('we will look at it again nearer the time', 'we', None),
    D('we will look at it again nearer the time', 'no-date'),
], kind='alt', notes='Blind batch A. Secondary SENCO, multipart/alternative: a review "scheduled for" with a time range; the last review (held) is no meeting; a date counted back from the meeting; "aiming to" with "starting in September" (month end); "nearer the time".')

letter('173', 'Tue, 11 May 2027 16:00:00 +0800',
       ('Kan Wai Man', 'principal@littleacorns-kg.edu.hk'), 'Lok Yin - support in class', '''
Dear Mrs Tse,

Thank you for sharing the report from the Child Assessment Centre.

From next Monday, Miss Au will be sitting beside Lok Yin during circle time and story time.

Our visiting speech therapist has a full caseload until July.

Even so, she has agreed to see Lok Yin for a screening on 26 May.

I'll give you a ring on Friday 21 May at 12:45 to tell you how his first week with Miss Au has gone.

For the Primary One placement, we will send the transition form to the primary school once you have chosen one.

Our parents' talk on handwriting readiness is on Saturday 22 May at 10 am; all K2 and K3 families are invited.

Warm regards,
Kan Wai Man
Principal, Little Acorns Kindergarten
''', [
    C('Miss Au will be sitting beside Lok Yin', 'Miss Au', '2027-05-17'),
    D('has a full caseload until July', 'budget'),
    C('she has agreed to see Lok Yin for a screening', 'our visiting speech therapist', '2027-05-26'),
    M("I'll give you a ring on Friday 21 May", '2027-05-21', '12:45'),
    C('we will send the transition form to the primary school', 'we', None),
], notes='Blind batch A. Kindergarten principal, plain: future progressive "From next Monday" (start date); a full caseload; "has agreed to" a screening (a session with the child); a call fixed as "give you a ring"; a concrete undated promise waiting on the parent (not a deflection); a talk for all families.')

# Batch B (174-185): written blind with batch A, kept out of the repository
# and scored before and after the rules were tuned on batch A (README).
letter('174', 'Mon, 08 Mar 2027 14:25:00 +0800',
       ('Gloria Mak', 'gmak@yaumatei-cath-ss.edu.hk'), "Ivan (S2D) - after Friday's case conference", '''
Dear Mrs Leung,

Thank you again for your time at Friday's case conference.

I have asked Ms Wan, our assistant SENCO, to draw up a rest-break card for Ivan and to have it laminated and in his hands by 12 March.

Ivan will be given his mathematics tests in the resource room from 15 March.

The question of support in the science lab is being thrashed out with the Science panel.

We have tentatively booked Friday 16 April, 4:00 pm, for a follow-up conference with you.

His anxiety tends to dip once exams are behind him, so let's keep an open mind until then.

With best wishes,
Gloria Mak
SENCO, Yau Ma Tei Catholic Secondary School
''', [
    C('to draw up a rest-break card for Ivan', 'Ms Wan', '2027-03-12'),
    C('given his mathematics tests in the resource room', None, '2027-03-15'),
    D('is being thrashed out with the Science panel', 'other'),
    M('tentatively booked Friday 16 April, 4:00 pm', '2027-04-16', '16:00'),
    D("let's keep an open mind until then", 'waiting'),
], kind='alt', notes='Blind batch B. Secondary SENCO, multipart/alternative: a case conference held; delegation "I have asked X to ... by"; an agentless passive with a start date; an agentless consideration; a tentative booking (provisional: a meeting); wait-and-see.')

letter('175', 'Tue, 13 Apr 2027 18:10:00 +0800',
       ('Ho Sze Wing', 'swho@tinshuiwai-pri.edu.hk'), "This afternoon's meeting - Kayden (4A)", '''<html><body>
<p>Dear Mrs Fung,</p>
<p>Thank you for meeting Mr Yeung and me this afternoon. Below is what each of us will do.</p>
<table border="1" cellpadding="4">
<tr><th>Action</th><th>Person in charge</th><th>Deadline</th></tr>
<tr><td>Send the weekly Chinese vocabulary list home</td><td>Miss Ho</td><td>from 19/4</td></tr>
<tr><td>Pair Kayden with a recess buddy</td><td>Mr Yeung (PE)</td><td>16 Apr</td></tr>
<tr><td>Sign and hand back the OT referral consent</td><td>Mrs Fung</td><td>23/4</td></tr>
</table>
<p>The OT referral itself will then be forwarded to the Education Bureau.</p>
<p>Next time, let&rsquo;s catch up by phone on Wednesday 5 May at 1.15pm.</p>
<p>Best,<br>Miss Ho<br>Class Teacher, 4A</p>
</body></html>
''', [
    C('Send the weekly Chinese vocabulary list home', 'Miss Ho', '2027-04-19'),
    C('Pair Kayden with a recess buddy', 'Mr Yeung', '2027-04-16'),
    C('Sign and hand back the OT referral consent', 'Mrs Fung', '2027-04-23'),
    C('The OT referral itself will then be forwarded', None, None),
    M('catch up by phone on Wednesday 5 May', '2027-05-05', '13:15'),
], kind='rawhtml', notes='Blind batch B. Class teacher, HTML only with a real table (Action | Person in charge | Deadline): rows are commitments (a start date, a plain date, a parent row); a passive concrete forward (vague); a call fixed; the meeting this afternoon is held.')

letter('176', 'Thu, 29 Apr 2027 10:40:00 +0800',
       ('Lo Man Kit', 'principal@tsingyi-anglican-pri.edu.hk'), 'Re: Class allocation for Ethan', '''
Dear Dr Chow,

I appreciate you setting out your concerns so clearly.

Class allocation for next year is a whole-school exercise run by our Allocation Working Group, and it would not be appropriate for me to intervene in one case.

Resources for small-group teaching are committed for the year.

Your points will be put to the Working Group when it next sits.

Please be assured that Ethan's teachers know him well.

Yours sincerely,
Lo Man Kit
Principal

On Tue, 27 Apr 2027 at 21:14, Chow Wing Hei <chow.wh@example.com> wrote:
> Dear Mr Lo,
> I would like Ethan to stay with Miss Tang next year. Will you promise to keep him in her class?
> I will also send the doctor's letter by Friday.
> Dr Chow
''', [
    D('it would not be appropriate for me to intervene', 'other'),
    D('Resources for small-group teaching are committed for the year', 'budget'),
    C('Your points will be put to the Working Group', None, None),
    D('Your points will be put to the Working Group', 'no-owner'),
    D("Ethan's teachers know him well", 'reassurance'),
], notes='Blind batch B. Principal, plain, above an "On ... wrote:" quote (not annotated): remit; resources committed; "will be put to" a group at its next sitting (raise: vague, no owner); reassurance.')

letter('177', 'Mon, 10 May 2027 09:05:00 +0800',
       ('Dr Vincent Lee', 'vlee@kowloon-edpsych.hk'), 'Mei Tsui (P2) - observation', '''
Dear Mr and Mrs Tsui,

As agreed with the school, I shall observe Mei in her P2 classroom on the morning of Friday 21 May.

Her class teacher, Ms Yau, has agreed to complete the teacher rating scales ahead of my visit.

I'll email my written observations to you and Ms Yau within a week of the visit.

I would then like to meet you both; could we say Thursday 3 June, 4:30-5:30 pm, at the school? Do let me know if that suits.

Mei's position on the list for a full assessment is set centrally, not by me.

Kind regards,
Dr Vincent Lee
Educational Psychologist
''', [
    C('I shall observe Mei in her P2 classroom', 'I', '2027-05-21'),
    C('has agreed to complete the teacher rating scales', 'Ms Yau', '2027-05-21'),
    C('email my written observations to you and Ms Yau', 'I', '2027-05-28'),
    D('is set centrally, not by me', 'other'),
], notes='Blind batch B. EP, plain: "I shall" observe (a session with the child: commitment); "has agreed to ... ahead of my visit" (the dated visit); a week counted from the visit; a slot offered pending the parents\' answer (no meeting); remit.')

letter('178', 'Wed, 03 Mar 2027 16:55:00 +0800',
       ('Joanne Tse', 'jtse.slt@laichikok-baptist-pri.edu.hk'), 'Hayden - speech therapy this term', '''
Dear Mrs Chu,

I'm the school-based speech therapist at Lai Chi Kok Baptist Primary School from this term.

I'll be starting fortnightly sessions with Hayden from Tuesday 9 March.

Extra individual time would need the school to buy in more therapy hours, which is not up to me.

I'll call you tomorrow at 8:45 am to go through his targets.

Practice sheets will go home in his bag after each session.

Best regards,
Joanne Tse
Speech Therapist
''', [
    C('starting fortnightly sessions with Hayden', 'I', '2027-03-09'),
    D('would need the school to buy in more therapy hours', 'other'),
    M("I'll call you tomorrow at 8:45 am", '2027-03-04', '08:45'),
    C('Practice sheets will go home in his bag', None, None),
], kind='alt', notes='Blind batch B. School-based speech therapist, multipart/alternative: future progressive "be starting ... from" a start date; remit and money; a call fixed for tomorrow; a passive concrete undated promise (not a deflection).')

letter('179', 'Thu, 18 Mar 2027 12:15:00 +0800',
       ('Siu Ka Ming', 'vp.siu@fotan-methodist-ss.edu.hk'), 'Tiffany - exam arrangements', '''
Dear Mr Ng,

Thank you for raising the matter of Tiffany's exam arrangements again.

The Hong Kong Examinations and Assessment Authority sets the criteria for special arrangements in the DSE, and the school can only forward applications that meet them.

Whether she sits school exams in a separate room is a question that is still open.

Space in the building is at a premium during the exam fortnight.

Tiffany is coping far better than she gives herself credit for.

Once the HKEAA has replied on her case, things will become clearer.

We'll circle back to you on the room question.

Yours sincerely,
Siu Ka Ming
Vice-Principal
''', [
    D('sets the criteria for special arrangements in the DSE', 'legal-position'),
    D('is a question that is still open', 'other'),
    D('Space in the building is at a premium', 'budget'),
    D('coping far better than she gives herself credit for', 'reassurance'),
    D('things will become clearer', 'waiting'),
    C("We'll circle back to you on the room question", 'We', None),
    D("We'll circle back to you on the room question", 'no-date'),
], kind='plain64', notes='Blind batch B. Secondary vice-principal, plain base64, deflections only: another body\'s criteria; an open question; space; reassurance without data; wait for a third party ("things will become clearer", nobody acts); "circle back" (vague, no-date).')

letter('180', 'Wed, 24 Mar 2027 19:02:00 +0800',
       ('Little Steps Therapy Centre', 'billing@littlesteps-therapy.hk'), 'Payment receipt RC-88214', '''
Little Steps Therapy Centre - Payment receipt

Receipt no.: RC-88214
Client: WONG Hoi Lam
Service: Occupational therapy, individual session (45 min), 24/3/2027
Amount paid: HK$850.00
Payment method: FPS

A yearly statement of payments will be issued by 30 April for your tax records.
Your card on file will be charged on 1 April for the April package.

This is a computer-generated receipt. No signature is required.
Little Steps Therapy Centre, 5/F, 88 Hennessy Road, Wan Chai
''', [], notes='Blind batch B. Therapy centre receipt, plain: carries nothing, though it says "will" with dates.')

letter('181', 'Tue, 04 May 2027 13:30:00 +0800',
       ('Iris Chan', 'iris.chan@handsup-ot.org.hk'), 'Joshua - next steps after today', '''
Dear Mr Lee,

Thanks for bringing Joshua to the clinic this morning.

Next steps:

- Me - write up today's fine-motor assessment - COB Friday
- Joshua's class teacher - trial the sloped writing board - w/e 14/5
- You - try the pencil grips at home and note which he prefers - before our next session

I will see Joshua again on Tuesday 18 May at 10:15.

Paying for the weighted cutlery is down to the school's own budget, so I've flagged it to them.

We may extend the block, depending on his progress.

Kind regards,
Iris Chan
Occupational Therapist
''', [
    C("write up today's fine-motor assessment", 'I', '2027-05-07'),
    C('trial the sloped writing board', "Joshua's class teacher", '2027-05-14'),
    C('try the pencil grips at home and note which he prefers', 'Mr Lee (parent)', '2027-05-18'),
    C('I will see Joshua again on Tuesday 18 May', 'I', '2027-05-18'),
    D("is down to the school's own budget", 'other'),
    D('We may extend the block, depending on his progress', 'waiting'),
], kind='alt', notes='Blind batch B. NGO occupational therapist, multipart/alternative: a "who - what - when" list with COB Friday, week ending, and "before our next session" (dated in the next sentence); a therapy session (commitment, no meeting); remit; wait-and-see.')

letter('182', 'Fri, 28 May 2027 17:45:00 +0800',
       ('Penny Wai', 'pwai@shamshuipo-family-ngo.org.hk'), 'RE: Tommy - update', '''
Dear Mrs Kwok,

Quick update on Tommy.

Our clinical psychologist, Dr Lui, has agreed to take Tommy on from June.

An appointment letter will be posted to you.

I'll be phoning the school's guidance teacher on Monday to share the plan.

Let's touch base on the phone next Thursday at 7:30 pm.

Tommy's school placement for September is for the EDB's Placement Section to decide.

Best,
Penny Wai
Case Worker

From: Kwok Lai Ha <kwok.lh@example.com>
Sent: Wednesday, 26 May 2027 10:03
To: Penny Wai <pwai@shamshuipo-family-ngo.org.hk>
Subject: Tommy - update

Hi Penny, is there any news? I will call the school on Monday about the placement.
''', [
    C('has agreed to take Tommy on from June', 'Dr Lui', '2027-06-30'),
    C('An appointment letter will be posted to you', None, None),
    C("phoning the school's guidance teacher on Monday", 'I', '2027-05-31'),
    M('touch base on the phone next Thursday', '2027-06-03', '19:30'),
    D("is for the EDB's Placement Section to decide", 'other'),
], notes='Blind batch B. NGO case worker, plain, above an Outlook "From: / Sent:" quote: "has agreed to ... from June" (a month: its last day); a passive concrete letter; a call to a teacher (commitment, not a meeting); a call with the parent fixed "next Thursday"; remit.')

letter('183', 'Tue, 01 Jun 2027 15:20:00 +0800',
       ('Raymond Sze', 'rsze@hunghom-ss.edu.hk'), 'Chloe (S2B) - after the IEP review', '''
Dear Mrs Ho,

The minutes of yesterday's IEP review are attached for your records.

As agreed, Mr Kong is to trial a text-to-speech app with Chloe in History lessons and report back by the 15th.

Chloe's subject teachers will each be submitting a short progress note within three days after the final exam ends on 18 June.

We will keep you posted about the S3 subject choices.

Your next review with us falls on Thursday 16 September at 4:45 pm.

The summer reading programme is open to all S2 students; details will be in the July circular.

Regards,
Raymond Sze
SENCO
''', [
    C('is to trial a text-to-speech app with Chloe', 'Mr Kong', '2027-06-15'),
    C('will each be submitting a short progress note', "Chloe's subject teachers", '2027-06-21'),
    C('We will keep you posted about the S3 subject choices', 'We', None),
    D('We will keep you posted about the S3 subject choices', 'no-date'),
    M('next review with us falls on Thursday 16 September', '2027-09-16', '16:45'),
], kind='alt', notes='Blind batch B. Secondary SENCO, multipart/alternative: yesterday\'s review (held); obligation "is to" with "by the 15th" (a day with no month); days counted after a dated event; "keep you posted" (vague); a review that "falls on" a date; a programme for all students.')

letter('184', 'Mon, 19 Apr 2027 12:40:00 +0800',
       ('Chan Pui Shan', 'pschan@tko-gospel-pri.edu.hk'), "Chi Ho's reading", '''
Dear Mrs Yau,

Just a note about Chi Ho's first week with the new reading scheme.

I'm going to send home a levelled reader every Tuesday, starting tomorrow.

Mrs Lam, our teaching assistant, will have his phonics checklist done in 10 days.

We've sent his name to the EP for her next round of visits, though it's entirely up to her who she sees first.

Honestly, he's one of the happiest boys in the class.

Shall we have a quick word at pick-up on Thursday?

Sports Day is on Friday 30 April at the Tseung Kwan O Sports Ground, and parents are welcome.

Warm regards,
Miss Chan
Class Teacher, P1B
''', [
    C('send home a levelled reader every Tuesday', 'I', '2027-04-20'),
    C('will have his phonics checklist done', 'Mrs Lam', '2027-04-29'),
    D("it's entirely up to her who she sees first", 'other'),
    D("he's one of the happiest boys in the class", 'reassurance'),
], notes='Blind batch B. Primary class teacher, plain: "I\'m going to ... starting tomorrow" (start date); "will have ... done in 10 days"; someone else\'s choice; reassurance; a chat proposed as a question and Sports Day are no meetings.')

letter('185', 'Tue, 16 Mar 2027 11:00:00 +0800',
       ('Yiu Suet Ying', 'office@chaiwan-special-school.edu.hk'), 'Annual review and transition - Sam', '''
Dear Mr and Mrs Cheng,

You are invited to Sam's annual review on Wednesday 24 March at 9:30 a.m. in the Conference Room.

Sam's transition plan will be drafted by Ms Yiu, our transition coordinator, by 19 March.

Transport after Sam leaves us is the responsibility of the Social Welfare Department.

Please let the office know by 19 March if you need an interpreter.

Our staff are determined to make the move a smooth one.

Yours sincerely,
School Office
Chai Wan Special School
''', [
    M("invited to Sam's annual review on Wednesday 24 March", '2027-03-24', '09:30'),
    C("transition plan will be drafted by Ms Yiu", 'Ms Yiu', '2027-03-19'),
    D('is the responsibility of the Social Welfare Department', 'legal-position'),
    D('determined to make the move a smooth one', 'reassurance'),
], kind='html', notes='Blind batch B. Special school office, HTML only: an invitation to the child\'s own review (a meeting); a passive with "by Ms Yiu" (an owner) and "by 19 March" (a date); another body\'s responsibility; a request to the parent; reassurance.')

# Batch C (186-197): written blind, kept out of the repository while the
# rules were tuned on batch B, then scored (README).
letter('186', 'Tue, 12 Jan 2027 16:30:00 +0800',
       ('Dr Cheryl Lo', 'cheryl.lo@kt-ep-service.org.hk'), 'Ethan (P2C) - after this morning', '''
Dear Mr Fung,

Thank you for sitting down with me this morning to go through Ethan's cognitive and literacy profile.

I will have my written report with you on or before 26 January.

I'll be observing Ethan during his Maths lessons on Thursday 21 January.

I will share my observation notes with Miss Ko, his class teacher, within three days after that visit.

Whether Ethan is placed on Tier 3 intensive support rests with the school's Student Support Team rather than with me.

It may be wise to see how he copes after the Chinese New Year break before anyone talks about a referral to a child assessment centre.

We have pencilled in a follow-up discussion for Wednesday 3 March at 4.30 pm, in the Student Support Room.

With best wishes,
Dr Cheryl Lo
Educational Psychologist (school-based)
''', [
    C('I will have my written report with you', 'I (Dr Lo, EP)', '2027-01-26'),
    C("be observing Ethan during his Maths lessons", 'I (Dr Lo, EP)', '2027-01-21'),
    C('share my observation notes with Miss Ko', 'I (Dr Lo, EP)', '2027-01-24'),
    D("rests with the school's Student Support Team rather than with me", 'other'),
    D('see how he copes after the Chinese New Year break', 'waiting'),
    M('pencilled in a follow-up discussion for Wednesday 3 March', '2027-03-03', '16:30'),
], kind='alt', notes='Blind batch C. School-based EP, multipart/alternative QP: a meeting held this morning (no meeting); "will have ... with you on or before"; a future progressive observation of the child (a commitment, not a meeting); three days after the dated visit of the previous sentence; remit ("rests with ... rather than with me"); wait-and-see without a cue verb; a follow-up "pencilled in" by the school (a provisional date: meeting, dotted time).')

letter('187', 'Thu, 21 Jan 2027 21:05:00 +0800',
       ('Winnie Tsoi', 'wtsoi@ngautaukok-cath-pri.edu.hk'), 'Re: Kayla - seating and homework', '''
Hi Mrs Cheung,

Sorry this reply comes so late - report-card marking ate my evening.

Kayla now sits in the second row, next to the window; I moved her this morning.

I'm going to start a daily sticker chart with her the week of 1 February.

Mr Tse, who runs PE, has agreed to make her his equipment monitor at lunchtime, starting Monday.

About the extra homework help: our after-school homework club only has room for P1 and P2 pupils this year.

Honestly, I wouldn't fret over her spelling marks at this stage.

Perhaps we could chat on Tuesday 26th at 3:45? Let me know whether that time suits you.

Winnie Tsoi
Class Teacher, 3A

On Wed, 20 Jan 2027 at 22:14, Cheung Mei <cheung.mei.hk@example.com> wrote:
> Dear Miss Tsoi,
> Kayla says she cannot see the board. Could she move nearer the front?
> I will sign her homework diary every night from now on.
> Can she join the homework class after school?
''', [
    C('start a daily sticker chart with her', 'I (Miss Tsoi)', '2027-02-07'),
    C('has agreed to make her his equipment monitor', 'Mr Tse (PE)', '2027-01-25'),
    D('only has room for P1 and P2 pupils this year', 'budget'),
    D("wouldn't fret over her spelling marks", 'reassurance'),
], notes='Blind batch C. Primary class teacher, plain QP, above a Gmail "On ... wrote:" quote whose parent promise is not annotated: a seat already moved (past); "I\'m going to ... the week of 1 February" (its Sunday); "has agreed to ... starting Monday" (start date, Monday after Thu 21 Jan); capacity; reassurance; a slot offered as a question (no meeting).')

letter('188', 'Mon, 08 Mar 2027 10:00:00 +0800',
       ('Principal, Shek Wu Hui Lutheran Primary School', 'principal@swh-lutheran-pri.edu.hk'), 'Your letter of 2 March - Hayden TANG (4D)', '''
Dear Mr and Mrs Tang,

Thank you for your letter of 2 March regarding Hayden's place in the small-group English class.

Having gone over the matter with the Vice-Principal (Curriculum), I regret that we cannot transfer Hayden into the small-group class this term.

Each small-group class is capped at twelve pupils, and every seat was filled in September.

That said, Ms Ho, our English panel chairperson, is to prepare a weekly pack of differentiated reading tasks for Hayden, beginning 15 March.

I have also asked Mr Yip, our SENCO, to set up a meeting with you on or before 24 March.

A fresh look at Hayden's placement may be taken at the start of the coming school year.

Rest assured that every colleague here cares deeply about how Hayden is getting on.

Yours sincerely,

Lam Siu Fong
Principal
''', [
    D('we cannot transfer Hayden into the small-group class this term', 'other'),
    D('Each small-group class is capped at twelve pupils', 'budget'),
    C('is to prepare a weekly pack of differentiated reading tasks', 'Ms Ho (English panel chairperson)', '2027-03-15'),
    C('to set up a meeting with you on or before 24 March', 'Mr Yip (SENCO)', '2027-03-24'),
    D("A fresh look at Hayden's placement may be taken", 'other'),
    D('every colleague here cares deeply about how Hayden is getting on', 'reassurance'),
], kind='html', notes='Blind batch C. Principal, formal, HTML only: a polite refusal; capacity; "X is to ... beginning 15 March" (start date); a delegation to set up a meeting "on or before" a date (a commitment, not a meeting); agentless "may be taken" (not a future form: a deflection only); reassurance.')

PLAIN_189 = '''
Dear Mrs Lam,

Notes of today's meeting - LAM Jason (S3C)

Present: Mrs Lam (mother), Ms Chow (SENCO), Mr Lui (class teacher), Mr Sin (IT)

Agreed actions
1. Ask the Exam Affairs Team for 25% extra time in the S3 Final Exam
   Who: Ms Chow (SENCO) / By when: Fri 30/4
2. Email Jason's subject teachers a one-page learning profile
   Who: Mr Lui (class teacher) / By when: within 7 days
3. Put a visual weekly timetable on Jason's bedroom wall
   Who: Mrs Lam / By when: from Monday
4. Load text-to-speech software onto one library computer
   Who: Mr Sin (IT) / By when: before the summer holiday

Next meeting: Thursday 20 May, 3:30-4:15 pm, Room 214.

The counselling sessions you asked about will depend on whether the school social worker has space once her current groups finish.

Kind regards,
Chow Ka Man
SENCO, Tuen Mun Kei Wan Secondary School
'''

HTML_189 = '''<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Mrs Lam,</p>
<p><b>Notes of today's meeting - LAM Jason (S3C)</b></p>
<p>Present: Mrs Lam (mother), Ms Chow (SENCO), Mr Lui (class teacher), Mr Sin (IT)</p>
<p><b>Agreed actions</b></p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>#</th><th>Action</th><th>Who</th><th>By when</th></tr>
<tr><td>1</td><td>Ask the Exam Affairs Team for 25% extra time in the S3 Final Exam</td><td>Ms Chow (SENCO)</td><td>Fri 30/4</td></tr>
<tr><td>2</td><td>Email Jason's subject teachers a one-page learning profile</td><td>Mr Lui (class teacher)</td><td>within 7 days</td></tr>
<tr><td>3</td><td>Put a visual weekly timetable on Jason's bedroom wall</td><td>Mrs Lam</td><td>from Monday</td></tr>
<tr><td>4</td><td>Load text-to-speech software onto one library computer</td><td>Mr Sin (IT)</td><td>before the summer holiday</td></tr>
</table>
<p><b>Next meeting: Thursday 20 May, 3:30-4:15 pm, Room 214.</b></p>
<p>The counselling sessions you asked about will depend on whether the school social worker has space once her current groups finish.</p>
<p>Kind regards,<br>Chow Ka Man<br>SENCO, Tuen Mun Kei Wan Secondary School</p>
</body></html>
'''

letter('189', 'Wed, 14 Apr 2027 17:40:00 +0800',
       ('Chow Ka Man', 'chowkm@tmkeiwan-ss.edu.hk'), "Notes of today's meeting - Jason (S3C)", PLAIN_189, [
    C('Ask the Exam Affairs Team for 25% extra time', 'Ms Chow (SENCO)', '2027-04-30'),
    C("Email Jason's subject teachers a one-page learning profile", 'Mr Lui (class teacher)', '2027-04-21'),
    C("Put a visual weekly timetable on Jason's bedroom wall", 'Mrs Lam (parent)', '2027-04-19'),
    C('Load text-to-speech software onto one library computer', 'Mr Sin (IT)', None),
    M('Next meeting: Thursday 20 May, 3:30-4:15 pm', '2027-05-20', '15:30'),
    D('will depend on whether the school social worker has space', 'waiting'),
], kind='alt', html=HTML_189, crlf=True,
   notes='Blind batch C. Secondary SENCO, multipart/alternative QP with CRLF, "notes of today\'s meeting" (held: no meeting): an action table (Action | Who | By when) with "Fri 30/4", "within 7 days", a parent row "from Monday" and a calendar period "before the summer holiday" (null, vague, concrete); next meeting with a time range; a third party\'s condition ("will depend on whether ...": not a commitment).')

letter('190', 'Fri, 07 May 2027 13:15:00 +0800',
       ('Tracy Ng (Speech Therapist)', 'tracy.ng@talkbridge-hk.org'), 'Nathan - speech update', '''
Dear Ms Kwan,

A quick update after Nathan's fourth session with me this term.

I will be running a small narrative group for Nathan and two classmates, starting Tuesday 18 May.

I'll also record a short video of the story-map cue cards and send it to you by next Wednesday, so you can use them at home.

Our service agreement with the school allows 20 sessions per child per year, so individual sessions beyond that are not something I can add.

Ms Leung, the school's SENCO, is going to come back to you on the reading assessment.

Nathan's end-of-year review with Ms Leung and me takes place on Thursday 10 June from 2:30 to 3:15 pm, and we would love you to join us.

Best wishes,
Tracy Ng
Speech Therapist
TalkBridge School-based Speech Therapy Service
''', [
    C('be running a small narrative group for Nathan', 'I (Tracy Ng)', '2027-05-18'),
    C('record a short video of the story-map cue cards', 'I (Tracy Ng)', '2027-05-12'),
    D('allows 20 sessions per child per year', 'budget'),
    C('is going to come back to you on the reading assessment', 'Ms Leung (SENCO)', None),
    D('is going to come back to you on the reading assessment', 'no-date'),
    M("end-of-year review with Ms Leung and me takes place", '2027-06-10', '14:30'),
], kind='plain64', notes='Blind batch C. NGO speech therapist in a school, plain base64: future progressive group for the child with a start date (a commitment, not a meeting); "by next Wednesday" from Friday 7 May (12 May); a service agreement as capacity; "is going to come back to you" with an owner (vague, no-date); the child\'s review "takes place on ... from 2:30 to 3:15 pm" with an invitation (meeting, start time).')

letter('191', 'Mon, 14 Jun 2027 09:50:00 +0800',
       ('Yuen Sze Wing', 'sw.yuen@wtsfamilyhub.org.hk'), 'RE: Ryan - summer and school bus', '''
Dear Mr Chow,

Following our phone call on Friday, here is where things stand.

Our centre has agreed to hold a summer programme place for Ryan until 2 July.

I will be going with you and Ryan to the CAS appointment on 23 June.

My supervisor, Ms Au, will write to the principal about the school bus route; she aims to post the letter by Friday.

Whether the school bus can stop outside your building is not a call our centre gets to make.

The fee waiver would have to pass through SWD's own means test, and that tends to drag on for a while.

Let's speak again on Thursday 17 June at 7 pm - I'll ring your mobile.

Regards,
Yuen Sze Wing
Registered Social Worker
Wong Tai Sin Family Hub

-----Original Message-----
From: Chow Ka Wai <chowkw.hk@example.com>
Sent: Friday, June 11, 2027 8:12 PM
To: Yuen Sze Wing <sw.yuen@wtsfamilyhub.org.hk>
Subject: Ryan - summer and school bus

Dear Ms Yuen, thank you for the call. I will send you the CAS appointment letter tomorrow. Can the bus stop nearer to us?
''', [
    C('has agreed to hold a summer programme place for Ryan', 'Our centre', '2027-07-02'),
    C('be going with you and Ryan to the CAS appointment', 'I (Ms Yuen)', '2027-06-23'),
    C('will write to the principal about the school bus route', 'Ms Au (supervisor)', '2027-06-18'),
    D('is not a call our centre gets to make', 'other'),
    D("would have to pass through SWD's own means test", 'waiting'),
    M("Let's speak again on Thursday 17 June at 7 pm", '2027-06-17', '19:00'),
], notes='Blind batch C. NGO social worker, plain QP, above an Outlook "-----Original Message-----" quote (its parent promise not annotated): a phone call held on Friday (no meeting); "has agreed to hold ... until 2 July"; a future progressive accompaniment to the child\'s assessment (a commitment); a date in the next clause after a semicolon ("she aims to post the letter by Friday"); remit; another body\'s vetting with soft time; a fixed call (meeting).')

letter('192', 'Wed, 09 Jun 2027 15:00:00 +0800',
       ('Mrs Wendy Kam', 'principal@littleacorn-kg.edu.hk'), 'Chloe MA (K3) - moving on to Primary One', '''
Dear Mr and Mrs Ma,

Thank you for coming in on 4 June to talk about Chloe's move to Primary One.

Miss Yeung, Chloe's K3 teacher, will be completing the transition form for Chloe's primary school, and she will hand it to you at dismissal on Friday 18 June.

The On-site Pre-school Rehabilitation Services therapist is scheduled to see Chloe on 22 June for a last check on her fine-motor goals.

Arranging speech therapy for Chloe once she is in Primary One falls outside what a kindergarten can do.

Our K3 graduation ceremony for all families will be held on Saturday 3 July at 10 am in the hall.

If you would like to talk things through again, a few slots remain open on 24 and 25 June; the office can book one for you.

Warm regards,
Mrs Wendy Kam
Principal
Little Acorn Kindergarten (Ma On Shan)
''', [
    C("completing the transition form for Chloe's primary school", 'Miss Yeung (K3 teacher)', '2027-06-18'),
    C('is scheduled to see Chloe on 22 June', 'the OPRS therapist', '2027-06-22'),
    D('falls outside what a kindergarten can do', 'other'),
], kind='html', notes='Blind batch C. Kindergarten principal, HTML only: a meeting held on 4 June; one commitment over two clauses with one date (Friday 18 June); "is scheduled to" a session with the child (commitment); remit; a graduation for all families and open slots (no meetings).')

letter('193', 'Tue, 20 Apr 2027 08:45:00 +0800',
       ('Rachel Moore', 'rmoore@harbourview-intl.edu.hk'), "Arjun's Grade 7 learning support", '''
Dear Mr and Mrs Rao,

I'm writing on behalf of the Learning Support department about Arjun's accommodations for the rest of Grade 7.

Our Learning Support Coordinator, Mr Daniel Hughes, will finalize Arjun's Individual Learning Plan by April 30, 2027.

Beginning Monday, May 3rd, Arjun will be given short movement breaks during tests longer than an hour.

I have asked our counselor, Ms Grace Park, to check in with Arjun twice a week and report back to me before May 14.

Unfortunately the school does not provide one-on-one aides, as they sit outside our learning support model.

Your Student Support Meeting is set for Wednesday, May 12 at 3:15 p.m. in the Secondary Library.

The Grade 7 Parent Information Evening on May 6 is also a good chance to meet Arjun's teachers.

Sincerely,
Rachel Moore
Vice Principal (Secondary)
Harbourview International School
''', [
    C("will finalize Arjun's Individual Learning Plan", 'Mr Daniel Hughes (Learning Support Coordinator)', '2027-04-30'),
    C('will be given short movement breaks during tests', None, '2027-05-03'),
    C('to check in with Arjun twice a week', 'Ms Grace Park (counselor)', '2027-05-14'),
    D('the school does not provide one-on-one aides', 'other'),
    M('Your Student Support Meeting is set for Wednesday, May 12', '2027-05-12', '15:15'),
], kind='alt', notes='Blind batch C. Vice Principal of an international school, multipart/alternative QP, US spelling and US-style dates ("April 30, 2027", "Monday, May 3rd", "May 14", "Wednesday, May 12"): a passive with a start date and no agent (vague, concrete); a delegation with "report back to me before"; a polite refusal; a meeting "is set for"; a parent evening for the whole grade (no meeting).')

letter('194', 'Thu, 25 Feb 2027 12:20:00 +0800',
       ('Nurse Li', 'nurse@staghes-pri.edu.hk'), 'Re: Amy CHAN (4B) - wheezing in PE', '''<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<div>Dear Mrs Chan,</div>
<div><br></div>
<div>I'm the school nurse, replying to your message about Amy's wheezing in PE yesterday.</div>
<div><br></div>
<div>I will keep a spare inhaler for Amy in the medical room and record each time she uses it.</div>
<div>I'll go over the spacer technique with Amy at morning recess on Tuesday 2nd.</div>
<div>The PE department will be told about her asthma today.</div>
<div><br></div>
<div>Amy can sit out the cross-country race only on a doctor's certificate.</div>
<div>A little wheeze after running is very common at her age and usually eases within minutes.</div>
<div><br></div>
<div>Our allergy awareness talk for all P4 parents is on 11 March at 7 pm.</div>
<div><br></div>
<div>Li Wai Han<br>Registered Nurse, St Agnes' Primary School</div>
<div><br></div>
<div class="gmail_quote">
<div dir="ltr" class="gmail_attr">On Wed, Feb 24, 2027 at 6:41 PM Chan Yee Man &lt;chan.yeeman@example.com&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">
<div>Dear Nurse Li, Amy was wheezing after PE today. I will bring her new inhaler to school on Friday. Can she skip the cross-country race?</div>
</blockquote>
</div>
</body></html>
''', [
    C('keep a spare inhaler for Amy in the medical room', 'I (school nurse)', None),
    C('go over the spacer technique with Amy', 'I (school nurse)', '2027-03-02'),
    C('The PE department will be told about her asthma today', None, '2027-02-25'),
    D("only on a doctor's certificate", 'waiting'),
    D('is very common at her age and usually eases within minutes', 'reassurance'),
], kind='rawhtml', notes='Blind batch C. School nurse, HTML only with <div> lines and a Gmail <blockquote> (not annotated): an undated concrete promise (vague, not a deflection); weekday with a day only ("Tuesday 2nd"); a passive with no agent dated today (vague, keeps its date); a third party\'s condition; reassurance; a talk for all P4 parents (no meeting).')

letter('195', 'Mon, 22 Mar 2027 11:30:00 +0800',
       ('Education Bureau - Special Education Support', 'sesec@edb.gov.hk'), 'Your email of 15 March 2027 (Our ref: SES/KLN/27/0391)', '''
Dear Mr Siu,

Thank you for your email of 15 March 2027 concerning the support your son receives at school.

The deployment of the Learning Support Grant falls to each school's management, within the guidelines issued by the Bureau.

The frequency of school-based educational psychologist visits is set by the school according to the needs of all its students.

The Special Education Support Section is handling an unusually large number of cases at present.

Should the school's own assessment point to further needs, a referral could then be looked at.

We are confident that Ka Ho's school is well placed to meet his needs.

For further enquiries, please contact the Kowloon Regional Education Office at 3698 4123.

Yours sincerely,

(Ms Helen CHEUNG)
for Permanent Secretary for Education
''', [
    D("falls to each school's management", 'legal-position'),
    D('is set by the school according to the needs', 'other'),
    D('is handling an unusually large number of cases at present', 'budget'),
    D('a referral could then be looked at', 'waiting'),
    D('is well placed to meet his needs', 'reassurance'),
], kind='alt64', notes='Blind batch C. EDB officer\'s reply, multipart/alternative base64, deflections only: a grant that falls to school management (position); remit; capacity; a conditional, agentless "could then be looked at" (not a future form, so no commitment); reassurance; a request to contact an office.')

letter('196', 'Sat, 10 Apr 2027 18:02:00 +0800',
       ('BrightPath Learning Centre', 'receipts@brightpath-edu.com.hk'), 'Official receipt BP-2027-04-1187', '''
BrightPath Learning Centre (Tai Wai)
Shop 12, 1/F, Tai Wai Plaza

OFFICIAL RECEIPT No. BP-2027-04-1187
Date: 10/04/2027

Student: LEUNG Hiu Tung (P4)
Paid by: Mrs Leung (FPS)

Item                                   Qty   Amount (HKD)
Phonics & Reading (small group), April   4        1,440.00
Material fee                              1          120.00
Total                                               1,560.00

Lessons resume on Saturday 17 April at 10:00 after the Easter break.
Refunds will be processed within 14 working days of an approved request.
Your tutor will send the May timetable by 25 April.

Thank you for choosing BrightPath!
This is a computer-generated receipt. No signature is required.
''', [], kind='plain64', notes='Blind batch C. Tutor centre receipt, plain base64: carries nothing, though it says "will" with dates (refunds, a timetable, resumed lessons).')

letter('197', 'Tue, 11 May 2027 16:05:00 +0800',
       ('Fiona Mak (SENCO)', 'fmak@kowloonbay-meth-pri.edu.hk'), 'Sophie LAU (5C) - support plan for the rest of P5', '''
Dear Mrs Lau,

Good news on Sophie's support plan for the rest of P5.

From Monday 17 May, Mrs Poon will be taking Sophie for small-group reading three mornings a week.

Mr Chiu, her Chinese teacher, will adapt her dictation lists; he hopes to have them ready for you by Friday 21st.

The SEN committee will look again at Sophie's progress when it sits on 2 June, and I will drop you a line about what they decide within a week of that meeting.

Sophie's request to use a laptop in exams is sitting with the Examination Panel, who are rarely quick with these.

I know these weeks feel long, but Sophie is being looked after wonderfully by her teachers.

You are welcome at the P5 parent workshop on study habits on 27 May.

I'll phone you on Monday 31 May at 12:45 to hear how the first fortnight has gone.

Best regards,
Fiona Mak
SENCO
Kowloon Bay Methodist Primary School
''', [
    C('will be taking Sophie for small-group reading', 'Mrs Poon', '2027-05-17'),
    C('will adapt her dictation lists', 'Mr Chiu (Chinese teacher)', '2027-05-21'),
    C("will look again at Sophie's progress when it sits", 'the SEN committee', '2027-06-02'),
    C('drop you a line about what they decide', 'I (Ms Mak, SENCO)', '2027-06-09'),
    D('is sitting with the Examination Panel', 'waiting'),
    D('being looked after wonderfully by her teachers', 'reassurance'),
    M("I'll phone you on Monday 31 May at 12:45", '2027-05-31', '12:45'),
], crlf=True, notes='Blind batch C. Primary SENCO, plain QP with CRLF: future progressive with a start date; a date in the next clause after a semicolon with weekday + day only ("Friday 21st"); a committee\'s own sitting (commitment, not meeting) and, in the same sentence, a letter "within a week of that meeting" (two commitments, each dated); soft time with a third party; reassurance; a workshop for all P5 parents; a fixed call (meeting).')

# Batch D (198-209): written blind, kept out of the repository while the
# rules were tuned on batch C, then scored (README).

letter('198', 'Thu, 14 Jan 2027 17:10:00 +0800',
       ('Dr Vivian Tse', 'vtse.ep@shunlee-catholic-pri.edu.hk'), "Marcus FONG (3A) - after Tuesday's assessment", '''
Dear Mrs Fong,

Thank you for bringing Marcus to the assessment room on Tuesday; he worked hard through both sessions and never once asked to stop.

I will be writing up his report over the next fortnight, and I aim to get it to you on or before Friday 29 January.

Until the report is out, Miss Kwok has agreed to read the Maths word problems aloud to Marcus in class tests.

Whether Marcus moves up to Tier 3 support is for the school's support panel to settle once they have my findings.

My caseload this term stretches across eleven schools, so fortnightly sessions with Marcus are beyond what I can give.

Once the report is ready, we will sit down together with his class teacher on Wednesday 3 February at 4:30 pm in the school's conference room.

If you would rather talk before then, I could ring you on Monday 25 January in the late afternoon; just reply to say whether that works for you.

Warm regards,
Dr Vivian Tse
Educational Psychologist (school-based)
Shun Lee Catholic Primary School
''', [
    C('aim to get it to you on or before', 'I (Dr Tse, EP)', '2027-01-29'),
    C('has agreed to read the Maths word problems aloud', 'Miss Kwok', None),
    D("is for the school's support panel to settle", 'other'),
    D('My caseload this term stretches across eleven schools', 'budget'),
    M('we will sit down together with his class teacher', '2027-02-03', '16:30'),
], notes='Blind batch D. School-based EP, plain QP: assessment sessions already held (nothing); a future progressive whose date comes in the next clause with "aim to ... on or before Friday 29 January" (one commitment, date after the deadline word); "has agreed to" with no date (vague, concrete action, not a deflection); remit ("is for the SST to settle"); capacity with no cue word; a fixed meeting phrased "we will sit down together" (meeting, not commitment); a call slot merely offered pending a reply (no meeting).')

letter('199', 'Mon, 08 Mar 2027 12:35:00 +0800',
       ('Connie Leung (Vice-Principal)', 'cleung@tsuenwan-lutheran-ss.edu.hk'), 'Ethan YIP (S2C) - notes of this morning', '''<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Mr and Mrs Yip,</p>
<p>Below are my notes of this morning's meeting about Ethan, which you attended with Mr Lam and me.</p>
<p><b>Follow-up</b></p>
<p>WHO: Mr Lam (form teacher)<br>
WHAT: Move Ethan to a front-row seat away from the window<br>
WHEN: from Wednesday 10 March</p>
<p>WHO: Ms Kwan (Guidance Team)<br>
WHAT: Enrol Ethan in the lunchtime anger-management group<br>
WHEN: w/c 15 March</p>
<p>WHO: Mr and Mrs Yip<br>
WHAT: Pass the clinic's ADHD report to the school office<br>
WHEN: before 19 March</p>
<p>Mr Lam is to message you a brief summary of Ethan's week every Friday, the first one on 12 March.</p>
<p>On a teaching assistant in lessons: the secondary section simply has no staff of that grade.</p>
<p>It makes sense to watch how the first month goes before any change to his exam timetable is talked about.</p>
<p>Our next review with you is fixed for Tuesday 13 April, 5.15 pm, in the VP office on 2/F.</p>
<p>Kind regards,<br>
Connie Leung<br>
Vice-Principal<br>
Tsuen Wan Lutheran Secondary School</p>
</body></html>
''', [
    C('Move Ethan to a front-row seat away from the window', 'Mr Lam (form teacher)', '2027-03-10'),
    C('Enrol Ethan in the lunchtime anger-management group', 'Ms Kwan (Guidance Team)', '2027-03-21'),
    C("Pass the clinic's ADHD report to the school office", 'Mr and Mrs Yip (parents)', '2027-03-19'),
    C("is to message you a brief summary of Ethan's week", 'Mr Lam', '2027-03-12'),
    D('the secondary section simply has no staff of that grade', 'other'),
    D('watch how the first month goes before any change', 'waiting'),
    M('Our next review with you is fixed for Tuesday 13 April', '2027-04-13', '17:15'),
], kind='rawhtml', notes='Blind batch D. Secondary Vice-Principal, HTML only (hand-written), notes of a meeting held this morning (no meeting): three WHO/WHAT/WHEN blocks (each a row: keyed on its WHAT line, owner and date from the other lines; "from Wednesday 10 March" start; "w/c 15 March" -> Sunday 21 March; the parents\' own row "before 19 March"); "X is to" with a start date in the same sentence; capacity with no cue word; wait-and-see without a future verb; a review "fixed for" with a dotted time.')

letter('200', 'Fri, 16 Apr 2027 13:40:00 +0800',
       ('Joyce Ho (Speech Therapist)', 'joyce.ho@hopewell-sts.org.hk'), "Re: Ka Yan's speech sessions", '''
Hi Mrs Cheng,

Thanks for your note - my answers are below.

From next Tuesday I'll be seeing Ka Yan at 2:30 pm instead of 11:00, so she no longer misses Chinese.

I'll make up the session she lost to the fire drill within two weeks of her class trip on 22 April.

I'll tuck the home practice cards for the /s/ sound into her bag on Friday.

Group sessions with other P1 children are decided by our clinical supervisor at Hopewell, not by me.

Ka Yan's sound errors sit comfortably within what I hear in P1 classes every year.

I'll try you on the phone on Wednesday 28 April at 12:30 to go over the home practice.

Joyce Ho
Speech Therapist, Hopewell School-based Speech Therapy Service
(serving Ma On Shan Methodist Primary School)

On Thu, 15 Apr 2027 at 21:05, Cheng Mei Ling <cheng.meiling@example.com> wrote:
> Dear Ms Ho, could Ka Yan have her sessions in a group with her friends?
> I will send in the signed consent form on Monday.
''', [
    C("I'll be seeing Ka Yan at 2:30 pm", 'I (Joyce Ho, speech therapist)', '2027-04-20'),
    C('make up the session she lost to the fire drill', 'I (Joyce Ho, speech therapist)', '2027-05-06'),
    C("tuck the home practice cards for the /s/ sound into her bag", 'I (Joyce Ho, speech therapist)', '2027-04-23'),
    D('are decided by our clinical supervisor at Hopewell', 'other'),
    D('sit comfortably within what I hear in P1 classes', 'reassurance'),
    M("I'll try you on the phone on Wednesday 28 April", '2027-04-28', '12:30'),
], kind='alt', html='''<html><body style="font-family:Calibri,sans-serif">
<p>Hi Mrs Cheng,</p>
<p>Thanks for your note - my answers are below.</p>
<p>From next Tuesday I'll be seeing Ka Yan at 2:30 pm instead of 11:00, so she no longer misses Chinese.</p>
<p>I'll make up the session she lost to the fire drill within two weeks of her class trip on 22 April.</p>
<p>I'll tuck the home practice cards for the /s/ sound into her bag on Friday.</p>
<p>Group sessions with other P1 children are decided by our clinical supervisor at Hopewell, not by me.</p>
<p>Ka Yan's sound errors sit comfortably within what I hear in P1 classes every year.</p>
<p>I'll try you on the phone on Wednesday 28 April at 12:30 to go over the home practice.</p>
<p>Joyce Ho<br>Speech Therapist, Hopewell School-based Speech Therapy Service<br>(serving Ma On Shan Methodist Primary School)</p>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, 15 Apr 2027 at 21:05, Cheng Mei Ling &lt;cheng.meiling@example.com&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">
<div>Dear Ms Ho, could Ka Yan have her sessions in a group with her friends?<br>I will send in the signed consent form on Monday.</div>
</blockquote></div>
</body></html>
''', notes='Blind batch D. NGO school-based speech therapist, multipart/alternative QP, written on a Friday, a Gmail reply with the parent\'s promise quoted below (not annotated): future progressive with "From next Tuesday" (Fri 16 Apr -> Tue 20 Apr); a make-up session "within two weeks of" a dated event (22 April + 14 = 6 May); "on Friday" written on a Friday (the Friday a week later, 23 April); remit; reassurance with no cue word; a fixed call "try you on the phone" (meeting).')

letter('201', 'Wed, 01 Sep 2027 09:00:00 +0800',
       ('Little Acorns Kindergarten', 'office@littleacorns-kg.edu.hk'), 'Circular 2027/28-03: first month arrangements', '''
Dear Parents,

Welcome to the 2027/28 school year at Little Acorns Kindergarten!

1. Half-day classes for K1 children will run until Friday 10 September; full-day timetables begin on Monday 13 September.
2. Our Parents' Orientation Evening will be held in the hall on Thursday 23 September at 7:00 pm; the Principal will explain the K1 curriculum there.
3. Class teachers will send home the name stickers and indoor shoe bags by next Friday.
4. The school nurse will carry out height and weight checks for all children during the week of 20 September.
5. The school will be closed on Friday 1 October (National Day) and Friday 8 October (Chung Yeung Festival).

Thank you for your continued support.

Mrs Annie Wong
Principal
Little Acorns Kindergarten
''', [], kind='html', crlf=True, notes='Blind batch D. Kindergarten circular for all parents, HTML only (generated), CRLF: an orientation evening for all parents (with "the Principal will explain"), name stickers, health checks for every child and closures carry nothing, though they say "will" with dates (a circular is a newsletter).')

letter('202', 'Wed, 22 Sep 2027 16:20:00 +0800',
       ('Ivy Tang (Class Teacher, J3B)', 'ivytang@taipo-brighthill-sch.edu.hk'), 'Tsz Ching - after this afternoon', '''
Dear Mrs Chow,

It was good to see you at this afternoon's parent-teacher meeting, and thank you for bringing Tsz Ching's new wheelchair in for us to look at.

As we agreed, our occupational therapist Miss Lo will be fitting Tsz Ching's new standing frame during the week of 4 October.

Our nurse, Mr Pang, has agreed to update her feeding protocol and give you a copy by 30/9.

The school bus has no seat that takes her new wheelchair, and the operator cannot refit one this term.

Hydrotherapy places for the first term were all taken up in June.

The class team will keep watching how she copes with the standing frame.

Her IEP meeting with you, me and the therapists is pencilled in for Wednesday 27 October at 10:30 am.

Best wishes,
Ivy Tang
Class Teacher, J3B
Tai Po Bright Hill School
''', [
    C("will be fitting Tsz Ching's new standing frame", 'Miss Lo (occupational therapist)', '2027-10-10'),
    C('has agreed to update her feeding protocol', 'Mr Pang (nurse)', '2027-09-30'),
    D('the operator cannot refit one this term', 'other'),
    D('Hydrotherapy places for the first term were all taken up', 'budget'),
    C('will keep watching how she copes with the standing frame', 'the class team', None),
    D('will keep watching how she copes with the standing frame', 'no-date'),
    M('is pencilled in for Wednesday 27 October', '2027-10-27', '10:30'),
], crlf=True, notes='Blind batch D. Special school class teacher, plain QP with CRLF: a parent-teacher meeting held this afternoon (no meeting); future progressive "during the week of 4 October" (Sunday 10 October); "has agreed to ... by 30/9" (day first); a third party that cannot act (bus operator); places all taken (capacity, no cue word); "keep watching" (vague + no-date deflection); an IEP meeting "pencilled in" (provisional, a meeting).')

letter('203', 'Thu, 10 Jun 2027 11:00:00 +0800',
       ('Mr Stephen Lau (Principal)', 'principal@yaumatei-anglican-pri.edu.hk'), 'Your letter of 3 June regarding Chloe MA (5A)', '''
Dear Mr and Mrs Ma,

Thank you for your letter of 3 June, which I have read carefully with our SENCO.

Under a policy adopted by our Incorporated Management Committee, privately employed shadow teachers may not accompany pupils in lessons.

This year's Learning Support Grant has been fully earmarked for the whole-school reading programme.

A change of class in the middle of the year could only be made if a place fell vacant in 5C.

I am satisfied that Chloe's teachers are already doing all that can reasonably be asked of them.

As to when the arrangements might next be revisited, that is not something I am in a position to fix at present.

Should you wish to take the matter further, you may write to our School Supervisor.

Yours sincerely,
Stephen Lau
Principal
Yau Ma Tei Anglican Primary School
''', [
    D('privately employed shadow teachers may not accompany pupils', 'legal-position'),
    D('has been fully earmarked for the whole-school reading programme', 'budget'),
    D('could only be made if a place fell vacant', 'waiting'),
    D("I am satisfied that Chloe's teachers are already doing", 'reassurance'),
    D('not something I am in a position to fix at present', 'other'),
], kind='html', notes='Blind batch D. Principal\'s reply, HTML only (generated), deflections only: a management committee policy (position); a grant fully earmarked (budget); a third party\'s condition (a vacant place); reassurance with no data; soft time / polite refusal with no cue word; a request to write to the Supervisor (nothing).')

letter('204', 'Mon, 15 Mar 2027 16:45:00 +0800',
       ('Winnie Chow (SENCO)', 'wchow@kwuntong-baptist-pri.edu.hk'), 'Jacky (2B) - support this term', '''
Dear Mr Ho,

Thank you for calling the office last week about Jacky's reading.

Mr Szeto, his English teacher, will prepare enlarged worksheets for Jacky, and the first set is to be in his tray by Monday 22nd.

The SEN committee meets on 24 March; I'll let you know its decision on the reading pen within three days after that.

After the Easter holiday, our teaching assistant Miss Fung will be pre-teaching Jacky's vocabulary list every Monday, from 12 April.

Whether a reading pen would really help him is hard to say until we see his term test results.

Jacky is settling in far better than his first weeks suggested.

Your meeting with Miss Fung and me on Thursday 18 March runs from 3:45 to 4:30 pm in Room 105.

If a phone call suits you better, I am free on Wednesday 17 March after 5 pm - do let me know.

Best regards,
Winnie Chow
SENCO
Kwun Tong Baptist Primary School
''', [
    C('will prepare enlarged worksheets for Jacky', 'Mr Szeto (English teacher)', '2027-03-22'),
    C('let you know its decision on the reading pen', 'I (Ms Chow, SENCO)', '2027-03-27'),
    C("will be pre-teaching Jacky's vocabulary list", 'Miss Fung (teaching assistant)', '2027-04-12'),
    D('is hard to say until we see his term test results', 'waiting'),
    D('settling in far better than his first weeks suggested', 'reassurance'),
    M('Your meeting with Miss Fung and me on Thursday 18 March', '2027-03-18', '15:45'),
], kind='alt', notes='Blind batch D. Primary SENCO, multipart/alternative QP: a commitment whose date sits in the next clause ("the first set is to be in his tray by Monday 22nd": weekday + day only); an SEN committee\'s own sitting (not a meeting) and "within three days after that" (24 March + 3; dated, so "let you know" is not a deflection); a future progressive beside a calendar phrase, the computable "from 12 April" winning; wait-and-see without a cue word; reassurance; a meeting with a time range (start); a call slot merely offered (no meeting).')

letter('205', 'Wed, 26 May 2027 18:30:00 +0800',
       ('Kelvin Sham (Case Worker)', 'kelvin.sham@brightstep-asd.org.hk'), 'Jason WU - plan from this morning', '''
Dear Mrs Wu,

Thank you for meeting us at the centre this morning. Here is the plan we drew up together.

Task | Lead | Target date
- Prepare a visual schedule for Jason's mornings | Kelvin (case worker) | Mon 31st
- Liaise with Jason's school on a quiet corner at recess | Kelvin (case worker) | on or before 11/6
- Start Jason in the Saturday social skills group | Ms Ng (group leader) | 5 June
- Keep a sleep diary for Jason | Mrs Wu | within 2 weeks

Sensory integration therapy is not among the services our team is funded to deliver.

How soon the Child Assessment Service sees Jason again is up to the Department of Health.

Our review with you and Jason's class teacher will be held at his school on Thursday 17 June, 4:00-5:00 pm.

Best regards,
Kelvin Sham
Registered Social Worker
BrightStep Community Support Service for Students with ASD
''', [
    C("Prepare a visual schedule for Jason's mornings", 'Kelvin (case worker)', '2027-05-31'),
    C('Liaise with Jason\'s school on a quiet corner at recess', 'Kelvin (case worker)', '2027-06-11'),
    C('Start Jason in the Saturday social skills group', 'Ms Ng (group leader)', '2027-06-05'),
    C('Keep a sleep diary for Jason', 'Mrs Wu (parent)', '2027-06-09'),
    D('is not among the services our team is funded to deliver', 'budget'),
    D('is up to the Department of Health', 'other'),
    M("Our review with you and Jason's class teacher will be held", '2027-06-17', '16:00'),
], kind='alt', html='''<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Mrs Wu,</p>
<p>Thank you for meeting us at the centre this morning. Here is the plan we drew up together.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Task</th><th>Lead</th><th>Target date</th></tr>
<tr><td>Prepare a visual schedule for Jason's mornings</td><td>Kelvin (case worker)</td><td>Mon 31st</td></tr>
<tr><td>Liaise with Jason's school on a quiet corner at recess</td><td>Kelvin (case worker)</td><td>on or before 11/6</td></tr>
<tr><td>Start Jason in the Saturday social skills group</td><td>Ms Ng (group leader)</td><td>5 June</td></tr>
<tr><td>Keep a sleep diary for Jason</td><td>Mrs Wu</td><td>within 2 weeks</td></tr>
</table>
<p>Sensory integration therapy is not among the services our team is funded to deliver.</p>
<p>How soon the Child Assessment Service sees Jason again is up to the Department of Health.</p>
<p>Our review with you and Jason's class teacher will be held at his school on Thursday 17 June, 4:00-5:00 pm.</p>
<p>Best regards,<br>Kelvin Sham<br>Registered Social Worker<br>BrightStep Community Support Service for Students with ASD</p>
</body></html>
''', notes='Blind batch D. NGO case worker, multipart/alternative QP with an HTML table (Task | Lead | Target date) and a pipe-separated plain rendering, after a meeting held this morning (no meeting): rows keyed on the task cell; "Mon 31st" (weekday + day only, 31 May); "on or before 11/6" (day first); a start date "5 June"; the parent\'s row "within 2 weeks" (26 May + 14 = 9 June); funding remit; a government department\'s decision (remit); a review meeting with a time range.')

letter('206', 'Thu, 02 Dec 2027 15:00:00 +0800',
       ('Agnes Kwok (SENCO)', 'akwok@shatin-pooito-ss.edu.hk'), 'FW: Kelvin SZE (S3B) - clinic letter', '''
Dear Mr and Mrs Sze,

As you asked, I am forwarding below the letter we received from the Child and Adolescent Psychiatry clinic about Kelvin.

Kelvin will sit his January tests in the small exam room, and Mr Tong, our examinations officer, is to confirm the room booking to you in writing by 10 December.

The clinic suggests a weekly check-in with a trusted adult; I have asked Ms Mok, the school social worker, to start these after the Christmas holiday.

The timing of his medication is a matter between you and the doctor.

A shorter school day would need the Principal's approval, and she does not look at such requests without the clinic's full report.

The question of lift access on exam days will be looked at.

Regards,
Agnes Kwok
SENCO, Sha Tin Pooi To Secondary School

From: CAP Clinic, Prince of Wales Hospital <capclinic.pwh@example.org>
Sent: Tuesday, 30 November 2027 10:12
To: SENCO, Sha Tin Pooi To Secondary School
Subject: SZE Kelvin (HN12345678) - school liaison

Dear SENCO,

Kelvin was seen in our clinic on 25 November 2027. He will be reviewed again on 15 January 2028, and we will send the school an updated report within four weeks of that visit. Our clinic nurse will call the school before 17 December to discuss classroom strategies.

Dr Rebecca Lam
Associate Consultant, Child and Adolescent Psychiatry
''', [
    C('is to confirm the room booking to you in writing', 'Mr Tong (examinations officer)', '2027-12-10'),
    C('to start these after the Christmas holiday', 'Ms Mok (school social worker)', None),
    D('is a matter between you and the doctor', 'other'),
    D("would need the Principal's approval", 'waiting'),
    C('The question of lift access on exam days will be looked at', None, None),
    D('The question of lift access on exam days will be looked at', 'no-owner'),
], notes='Blind batch D. Secondary SENCO forwarding a hospital clinic letter below an Outlook From/Sent block (the clinic\'s promises are quoted text: nothing): "X is to ... by 10 December" in the second clause of a sentence whose first clause is an arrangement; a delegation with only a calendar period ("after the Christmas holiday": null, vague, concrete action, not a deflection); remit; a third party\'s condition (the Principal, the full report); an agentless "will be looked at" (vague + no-owner).')

letter('207', 'Mon, 04 Oct 2027 08:30:00 +0800',
       ('Sarah Mitchell', 'smitchell@lantau-ridge-intl.edu.hk'), "Noah's first month in Grade 8", '''
Dear Mr and Mrs Baker,

Now that Noah has finished his first month in Grade 8, I wanted to share where things stand.

Ms Carter will be running a weekly organization check-in with Noah starting October 11.

I'll send you his updated accommodation plan no later than Friday, October 15.

I've asked Mr Reyes, our counselor, to set up a peer mentor for Noah and let me know how it's going by Oct. 29.

I'll also look into whether Noah can join the robotics club mid-semester.

Extended time on MAP Growth testing follows the provider's own rules, which we can't override.

A full psycho-educational evaluation through our partner clinic is something to revisit further down the road.

We have a video call booked for Thursday, October 21 at 7:30 p.m.

I'll send the Teams invite out the day before the call.

The Grade 8 Parent Coffee Morning on October 13 is a nice way to meet the team.

Best,
Sarah Mitchell
Grade 8 Homeroom Teacher and Learning Support Liaison
Lantau Ridge International School
''', [
    C('will be running a weekly organization check-in with Noah', 'Ms Carter', '2027-10-11'),
    C('send you his updated accommodation plan', 'I (Sarah Mitchell, homeroom teacher)', '2027-10-15'),
    C('to set up a peer mentor for Noah', 'Mr Reyes (counselor)', '2027-10-29'),
    C('look into whether Noah can join the robotics club', 'I (Sarah Mitchell, homeroom teacher)', None),
    D('look into whether Noah can join the robotics club', 'no-date'),
    D("follows the provider's own rules, which we can't override", 'other'),
    D('is something to revisit further down the road', 'waiting'),
    M('We have a video call booked for Thursday, October 21', '2027-10-21', '19:30'),
    C('send the Teams invite out the day before the call', 'I (Sarah Mitchell, homeroom teacher)', '2027-10-20'),
], kind='alt64', notes='Blind batch D. International school homeroom teacher, multipart/alternative base64, US style ("starting October 11", "no later than Friday, October 15", "by Oct. 29", "Thursday, October 21 at 7:30 p.m."): future progressive with a start date; a delegation whose date is on "let me know" (one commitment of Mr Reyes); "look into" with an owner and no date (vague + no-date); a provider\'s rules (remit); soft time with no cue word; a fixed video call (meeting) and a link sent "the day before the call" (20 October); a coffee morning for all Grade 8 parents (no meeting).')

letter('208', 'Tue, 09 Nov 2027 12:05:00 +0800',
       ('Bonnie Cheuk (School Social Worker)', 'bcheuk@kwaichung-methodist-ss.edu.hk'), 'RE: Chloe (3D)', '''
Dear Mrs Lai,

Following our phone call yesterday, here is what I can do for Chloe.

I'll be meeting Chloe every Tuesday at lunchtime, beginning next Tuesday, in the social work room.

I will also write to Ms Yuen, her form teacher, about moving her seat. I'll get that done by Thursday.

Referrals to a clinical psychologist go through our EP, and Mr Wan's next visit to us is not until after the exams.

From what I have seen, Chloe has a solid circle of friends in 3D.

I'm afraid I can't pass on what other students have told me in confidence.

Best wishes,
Bonnie Cheuk
School Social Worker
Kwai Chung Methodist Secondary School

From: Lai Wing Sze <laiwingsze@example.com>
Sent: Monday, 8 November 2027 22:14
To: Bonnie Cheuk <bcheuk@kwaichung-methodist-ss.edu.hk>
Subject: Chloe (3D)

Dear Ms Cheuk,
Chloe came home in tears again. I will talk to her tonight and let you know by Wednesday what she says. Could the school arrange for her to see a psychologist?
Mrs Lai
''', [
    C("I'll be meeting Chloe every Tuesday at lunchtime", 'I (Ms Cheuk, school social worker)', '2027-11-16'),
    C("I'll get that done by Thursday", 'I (Ms Cheuk, school social worker)', '2027-11-11'),
    D("Mr Wan's next visit to us is not until after the exams", 'waiting'),
    D('Chloe has a solid circle of friends in 3D', 'reassurance'),
    D("can't pass on what other students have told me", 'other'),
], kind='plain64', notes='Blind batch D. Secondary school social worker, plain base64, above an Outlook From/Sent block (the parent\'s promise not annotated): a phone call held yesterday (no meeting); sessions with the child, future progressive "beginning next Tuesday" (Tue 9 Nov -> 16 Nov); one commitment over two sentences, keyed in the one with the date ("by Thursday": 11 Nov); waiting on the EP\'s next visit (soft time); reassurance; a polite refusal.')

letter('209', 'Sat, 16 Jan 2027 10:20:00 +0800',
       ('Rainbow Bridge After-School Programme', 'coordinator@rainbowbridge-asp.org.hk'), "Owen's first weeks with us", '''<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<div>Dear Mr Tam,</div>
<div><br></div>
<div>I coordinate the Rainbow Bridge After-School Programme at Tsz Wan Shan, and I am writing about Owen's first weeks with us.</div>
<div><br></div>
<div>Starting next Monday, our tutor Mr Chan will be sitting with Owen for the first half hour of homework time.</div>
<div>Owen's reading check is to be done by Miss Yeung in the week of 25 January.</div>
<div>We close at 6:00 pm sharp, so a later pick-up cannot be arranged.</div>
<div>Our Community Care Fund grant doesn't stretch to one-to-one tutoring.</div>
<div>Owen's appointment at the Child Assessment Centre on 2 February at 9:15 am means he will miss that day's session.</div>
<div><br></div>
<div>You are invited to Owen's progress review with me on Friday 29 January at 6:15 pm here at the centre.</div>
<div><br></div>
<div>Regards,<br>Maggie Lo<br>Programme Coordinator<br>Rainbow Bridge After-School Programme (Tsz Wan Shan)</div>
</body></html>
''', [
    C('will be sitting with Owen for the first half hour', 'Mr Chan (tutor)', '2027-01-18'),
    C("Owen's reading check is to be done by Miss Yeung", 'Miss Yeung', '2027-01-31'),
    D('a later pick-up cannot be arranged', 'other'),
    D("doesn't stretch to one-to-one tutoring", 'budget'),
    M("You are invited to Owen's progress review with me", '2027-01-29', '18:15'),
], kind='rawhtml', notes='Blind batch D. NGO after-school programme coordinator, HTML only with <div> lines, written on a Saturday: future progressive "Starting next Monday" (Sat 16 Jan -> Mon 18 Jan); "is to be done by Miss Yeung" (a passive with an agent) "in the week of 25 January" (Sunday 31 January); capacity / refusal; budget; the child\'s own appointment (no meeting, no commitment); an invitation to the child\'s own progress review with a fixed time (meeting).')

# Batch F (210-221): written blind, kept out of the repository while the
# rules were tuned on batch D, then scored (README).

letter('210', 'Wed, 10 Mar 2027 16:40:00 +0800',
       ('Tom Lowe (Individual Needs)', 't.lowe@harbourview-fp.edu.hk'), "Anika (Y3 Kingfisher) - notes from this afternoon", '''
Dear Priya and Arjun,

Thank you both for giving up your afternoon. As promised, below are my notes of today's meeting about Anika.

Who | What | When

- Mrs Dsouza (Kingfisher class teacher) | move Anika's desk nearer the whiteboard | by Fri 12/3
- Mr Lowe (Individual Needs) | run a short dyslexia screener with Anika | w/b 15/3
- Priya and Arjun | send in a copy of the optometrist's letter | before the Easter break

On top of that, I will be seeing Anika in a small phonics group twice a week, beginning on Monday 15 March.

Whether Anika is referred to an outside educational psychologist is a decision for our Head of Inclusion rather than for me.

She is a bright, sociable girl and I genuinely don't see anything to lose sleep over.

We've pencilled in a review for Thursday 22 April, 3:15-3:45pm, in the Kingfisher classroom.

The Year 3 Reading Together evening on 25 March at 6pm is open to all families, and I'd recommend it.

Warm wishes,
Tom Lowe
Individual Needs Teacher
Harbourview Foundation Primary School
''', [
    C("move Anika's desk nearer the whiteboard", 'Mrs Dsouza (Kingfisher class teacher)', '2027-03-12'),
    C('run a short dyslexia screener with Anika', 'Mr Lowe (Individual Needs)', '2027-03-21'),
    C("send in a copy of the optometrist's letter", 'Priya and Arjun (parents)', None),
    C('I will be seeing Anika in a small phonics group', 'I (Mr Lowe, Individual Needs)', '2027-03-15'),
    D('is a decision for our Head of Inclusion rather than for me', 'other'),
    D("I genuinely don't see anything to lose sleep over", 'reassurance'),
    M("We've pencilled in a review for Thursday 22 April", '2027-04-22', '15:15'),
], kind='alt', notes='Batch F. ESF-style Individual Needs teacher, multipart/alternative QP, "notes of today\'s meeting" (held meeting: no meeting) with a pipe list Who | What | When rendered as <ul> in HTML: rows keyed on the action cell; "by Fri 12/3" (weekday + day-first numeric); "w/b 15/3" (week beginning: Sunday 21 March); the parents\' row "before the Easter break" (calendar period: null, vague, concrete, not a deflection); future progressive with a start date; remit (who decides); reassurance; a provisional review "pencilled in" with a time range (meeting); an evening for all families (no meeting).')

letter('211', 'Thu, 02 Sep 2027 10:00:00 +0800',
       ('Little Acorns Kindergarten Office', 'office@littleacorns-kg.edu.hk'), 'Notice: school fees for the first term 2027/28', '''
Dear Parents,

Please find below the fee schedule for the first term of the 2027/28 school year (K1 to K3).

- Half-day class: HK$2,950 per month
- Whole-day class: HK$4,480 per month
- Meals and snacks (whole-day class only): HK$560 per month

Fees for September to December may be paid in one lump sum, or monthly by autopay on the 5th of each month.

Please settle the September fee on or before 15 September 2027. Cheques should be crossed and made payable to "Little Acorns Kindergarten Limited", with your child's name and class written on the back.

A late charge of HK$100 applies to payments received after the due date.

Families wishing to apply for fee remission under the Kindergarten Education Scheme may collect the application form from the school office.

The school office will be closed on Friday 1 October (National Day).

For enquiries, please contact Ms Chu at 2345 6789, Monday to Friday, 8:30 am to 5:00 pm.

Little Acorns Kindergarten (Tseung Kwan O)
''', [], kind='html', notes='Batch F. Kindergarten fee notice to all parents, HTML only (QP) with a bullet list: carries nothing. Distractors: "on or before 15 September 2027" in a request to parents, "autopay on the 5th", a closure "will be closed on Friday 1 October" (nobody to act), office hours.')

letter('212', 'Mon, 19 Apr 2027 21:05:00 +0800',
       ('Joanne Mak, Speech Therapist', 'joanne@talkbright-therapy.hk'), 'Re: Lucas - this week', '''
Hi Karen,

Thanks for the update on Lucas's week - so glad the visual timer is helping at home.

Quick answers to your questions:

I'm going to write up Lucas's six-month progress summary this week and it will be in your inbox by Sunday.

Ms Leung, his teacher at Tai Hang Garden Kindergarten, has agreed to try the first-then board in class from next Monday.

I'll see Lucas as usual on Thursday at 4:30.

My Saturday mornings are fully booked until the summer, so a weekday slot is the only option for the extra session you asked about.

I'm afraid I don't write letters recommending a particular primary school, so I'll have to say no to that one.

I could do a quick call with you and Ms Leung on Wednesday 28 April at 12:30 if that works for you both - just let me know.

Good luck with his hearing re-test at the audiology centre on Friday 30 April at 10am.

Best,
Joanne

Joanne Mak
Speech and Language Therapist (MSc, RSLT)
TalkBright Therapy Centre, Causeway Bay

On Sun, 18 Apr 2027 at 22:31, Karen Ho <karen.ho.family@example.com> wrote:
> Hi Joanne,
> Lucas has had a better week. I will send you the video of his storytelling by Wednesday.
> Could you write a letter to support his primary school application? And is there any
> chance of an extra session on a Saturday morning?
> Also, would it help if his teacher used the board you showed me?
> Karen
''', [
    C("write up Lucas's six-month progress summary", 'I (Joanne Mak, speech therapist)', '2027-04-25'),
    C('has agreed to try the first-then board in class', 'Ms Leung (class teacher)', '2027-04-26'),
    C("I'll see Lucas as usual on Thursday", 'I (Joanne Mak, speech therapist)', '2027-04-22'),
    D('My Saturday mornings are fully booked until the summer', 'other'),
    D("I don't write letters recommending a particular primary school", 'other'),
], kind='plain64', notes='Batch F. Private speech therapist, plain base64, reply above "On ... wrote:" with > lines (the parent\'s promise is quoted: nothing): "this week ... by Sunday" (Mon 19 Apr -> 25 Apr); "has agreed to ... from next Monday" (26 Apr, start date); a therapy session with the child on Thursday (commitment, 22 Apr); capacity; a polite refusal with "I\'ll have to say no" (not a commitment); a call slot merely offered (no meeting); the child\'s own hearing re-test (no meeting).')

letter('213', 'Fri, 14 May 2027 17:20:00 +0800',
       ('Mr HO Wing-kei (Vice-Principal)', 'howk@ngauchiwan-baptist-ss.edu.hk'), 'RE: Jonathan CHAN (2D) - PE lessons', '''
Dear Mrs Chan,

Thank you for your email of 10 May regarding Jonathan's experience in S2 Physical Education lessons. I have read your concerns carefully.

I should explain that teaching assistants are deployed at the start of each school year by the SEN Committee, and changes mid-year are not within my discretion.

Our allocation from the Learning Support Grant has already been spent in full on this year's group programmes.

As for the incident in the changing room, the matter is now with the Discipline Team, and I must hold back any comment until their enquiry has run its course.

Under the Personal Data (Privacy) Ordinance, the names of the other boys involved cannot be disclosed to you.

With respect, a separate changing area for one student is simply not practical in our building.

The PE department's view is that it is best to wait and see how Jonathan settles after the summer.

I can assure you that Jonathan is well liked by his classmates and teachers.

Yours sincerely,
HO Wing-kei
Vice-Principal
Ngau Chi Wan Baptist Secondary School

-----Original Message-----
From: Chan Siu Ling <chansiuling88@example.com>
Sent: Monday, May 10, 2027 10:02 PM
To: Ho Wing-kei <howk@ngauchiwan-baptist-ss.edu.hk>
Subject: Jonathan CHAN (2D) - PE lessons

Dear Mr Ho,
Jonathan has been teased again while changing for PE. I will bring his doctor's note to the school office on Thursday. I would like to know who was involved, and I ask the school to give him a teaching assistant in PE and a separate place to change.
Chan Siu Ling
''', [
    D('changes mid-year are not within my discretion', 'other'),
    D('has already been spent in full on this year\'s group programmes', 'budget'),
    D('hold back any comment until their enquiry', 'waiting'),
    D('the names of the other boys involved cannot be disclosed', 'legal-position'),
    D('a separate changing area for one student is simply not practical', 'other'),
    D('best to wait and see how Jonathan settles', 'waiting'),
    D('Jonathan is well liked by his classmates and teachers', 'reassurance'),
], kind='plain', crlf=True, notes='Batch F. Local secondary Vice-Principal writing in English, plain QP with CRLF, above "-----Original Message-----" (the parent\'s promise and requests are quoted: nothing). Deflections only, no commitment and no meeting: remit (SEN Committee decides), budget (LSG spent), waiting on the Discipline Team\'s enquiry, the Privacy Ordinance (legal-position), a polite refusal on space, wait-and-see "after the summer", reassurance.')

letter('214', 'Tue, 06 Apr 2027 10:15:00 +0800',
       ('Dr Natalie Sin, Educational Psychologist', 'nsin@pathways-psych.com.hk'), 'Hayden - next steps after Saturday', '''
Dear Mr and Mrs Yip,

Thank you for bringing Hayden in for his second assessment session on Saturday. He worked hard and was good company.

I'll see Hayden for his third and last session on Saturday 10 April at 9:30 am; please make sure he brings his glasses.

We have set the feedback session with you for Thursday 22 April, 6:30-7:45 pm, at our Causeway Bay office.

I'll forward the draft write-up to you three days before the feedback session, so that you have time to read it.

The final signed report will follow within two weeks after the feedback session.

With your consent, I will also be speaking to Hayden's class teacher, Mr Fong, by phone before the feedback session.

Whether Hayden needs special examination arrangements at secondary level will be for his new school to decide.

The attention questionnaires from school have not come back yet, so I can't say anything on ADHD for now.

We can think about a reassessment somewhere around the middle of Primary 6.

Kind regards,
Dr Natalie Sin
Educational Psychologist (Registered, HKPS)
Pathways Psychology Practice
''', [
    C('see Hayden for his third and last session', 'I (Dr Sin, educational psychologist)', '2027-04-10'),
    M('set the feedback session with you for Thursday 22 April', '2027-04-22', '18:30'),
    C('forward the draft write-up to you three days before', 'I (Dr Sin, educational psychologist)', '2027-04-19'),
    C('The final signed report will follow', None, '2027-05-06'),
    C("will also be speaking to Hayden's class teacher", 'I (Dr Sin, educational psychologist)', '2027-04-22'),
    D('will be for his new school to decide', 'other'),
    D("so I can't say anything on ADHD for now", 'waiting'),
    D('We can think about a reassessment somewhere around', 'waiting'),
], kind='alt64', notes='Batch F. Private EP, multipart/alternative base64, written the day after a public holiday: an assessment session with the child (commitment, Sat 10 Apr); a feedback session fixed with a time range (meeting 22 Apr 18:30); dates relative to that dated event ("three days before" -> 19 Apr; "within two weeks after" -> 6 May, agentless "will follow": vague, concrete); future progressive "before the feedback session" (22 Apr); remit; waiting on questionnaires; soft time "somewhere around the middle of Primary 6" with "can" (no commitment).')

letter('215', 'Thu, 30 Sep 2027 15:50:00 +0800',
       ('Elena Alvarez (Learning Support)', 'ealvarez@peakside-isl.edu.hk'), 'Tobi - support plan for October', '''<html><head><style>td,th{padding:4px 8px;border:1px solid #999}</style></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hi Mr. and Mrs. Okafor,</p>
<p>Following up on Tuesday's Student Support Team discussion about Tobi, here is our plan of action for the coming weeks.</p>
<table style="border-collapse:collapse">
<thead><tr><th>Action</th><th>Owner</th><th>By</th></tr></thead>
<tbody>
<tr><td>Share Tobi's learning profile with all Grade 7 teachers</td><td>Ms. Alvarez (Learning Support)</td><td>October 8</td></tr>
<tr><td>Set up a daily planner check at the end of Period 6</td><td>Mr. Dubois (Homeroom)</td><td>starting Monday, October 11</td></tr>
<tr><td>Arrange a vision and hearing screen for Tobi</td><td>Nurse Ramos</td><td>Oct 15th</td></tr>
<tr><td>Complete the attention rating scales at home</td><td>Mr. and Mrs. Okafor</td><td>October 22nd</td></tr>
</tbody>
</table>
<p>I will also be pushing in to Tobi's Humanities class on Wednesdays from October 13.</p>
<p>Our counselor, Mr. Whitfield, has offered Tobi a few lunchtime check-ins, and he'll confirm the days with you by Friday, October 8.</p>
<p>A one-to-one aide falls outside what our Learning Support program provides.</p>
<p>Any change to Tobi's MYP eAssessment conditions rests with the IB, not with us.</p>
<p>The Learning Support budget for 2027-28 was set in June and has no room for an additional aide in any case.</p>
<p>Your conference with the team is confirmed for Tuesday, October 19, 3:30-4:15 p.m. in the Learning Commons.</p>
<p>The MYP Parent Information Night on October 14 at 6 p.m. will walk all families through the new grading system.</p>
<p>All the best,<br>
Elena Alvarez<br>
MYP Learning Support Coordinator<br>
Peakside International School of Lantau</p>
</body></html>
''', [
    C("Share Tobi's learning profile with all Grade 7 teachers", 'Ms. Alvarez (Learning Support)', '2027-10-08'),
    C('Set up a daily planner check at the end of Period 6', 'Mr. Dubois (Homeroom)', '2027-10-11'),
    C('Arrange a vision and hearing screen for Tobi', 'Nurse Ramos', '2027-10-15'),
    C('Complete the attention rating scales at home', 'Mr. and Mrs. Okafor (parents)', '2027-10-22'),
    C("will also be pushing in to Tobi's Humanities class", 'I (Ms. Alvarez, Learning Support)', '2027-10-13'),
    C("he'll confirm the days with you by Friday, October 8", 'Mr. Whitfield (counselor)', '2027-10-08'),
    D('falls outside what our Learning Support program provides', 'other'),
    D('rests with the IB, not with us', 'other'),
    D('has no room for an additional aide in any case', 'budget'),
    M('Your conference with the team is confirmed for Tuesday, October 19', '2027-10-19', '15:30'),
], kind='rawhtml', notes='Batch F. International school (MYP) learning support coordinator, HTML only with an Action | Owner | By table and US-style dates ("October 8", "starting Monday, October 11", "Oct 15th", "October 22nd"); rows keyed on the action cell, the parents\' row included; an internal SST discussion held (no meeting); future progressive with a start date; a counselor\'s "he\'ll confirm ... by Friday, October 8"; limits; remit (the IB); budget; a conference with a time range (meeting); a parent information night for all families (no meeting, "will walk" is no commitment).')

letter('216', 'Mon, 07 Jun 2027 11:30:00 +0800',
       ('Candy Yiu (Harbour Light Family Services)', 'candy.yiu@harbourlight-fs.org.hk'), 'Re: Kayden', '''<div dir="ltr"><div>Dear Mrs Siu,</div>
<div><br></div>
<div>Thanks for your message on Friday night. I'm sorry the last fortnight has been so hard for you and Kayden.</div>
<div><br></div>
<div>Our centre's clinical psychologist, Dr Lau, has agreed to see Kayden for an initial consultation on or before 30 June.</div>
<div><br></div>
<div>Ms Kwan, our parent support worker, is to ring you with details of the July parenting group no later than 18 June.</div>
<div><br></div>
<div>I will be accompanying you to the school meeting, which the school has provisionally set for Monday 21 June at 9:15 am.</div>
<div><br></div>
<div>If it helps, I could also come to your home on Thursday 10 June between 2 and 4 pm; just reply and tell me if that suits.</div>
<div><br></div>
<div>Our waiting list for the free tutoring scheme is closed until September, I'm sorry to say.</div>
<div><br></div>
<div>Emergency financial help comes only through the Social Welfare Department, so our centre has no means of providing it directly.</div>
<div><br></div>
<div>We will keep Kayden's file open and touch base again after the summer.</div>
<div><br></div>
<div>Take care,</div>
<div>Candy Yiu</div>
<div>Registered Social Worker, Harbour Light Family Services (Sham Shui Po Centre)</div>
</div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, 4 Jun 2027 at 23:48, Siu Mei Ling &lt;siumeiling.k@example.com&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
<div>Dear Ms Yiu,</div>
<div>Kayden refused to go to school three times this week. I will call the school on Monday to explain. The school says there will be a meeting soon. Can your centre help with money for his tutoring?</div>
<div>Mrs Siu</div>
</blockquote></div>
''', [
    C('has agreed to see Kayden for an initial consultation', 'Dr Lau (clinical psychologist)', '2027-06-30'),
    C('is to ring you with details of the July parenting group', 'Ms Kwan (parent support worker)', '2027-06-18'),
    M('I will be accompanying you to the school meeting', '2027-06-21', '09:15'),
    D('Our waiting list for the free tutoring scheme is closed', 'other'),
    D('our centre has no means of providing it directly', 'other'),
    C('touch base again after the summer', 'we (the centre)', None),
    D('touch base again after the summer', 'no-date'),
], kind='rawhtml', notes='Batch F. NGO social worker, Gmail-style HTML only with the parent\'s message in a <blockquote> under an "On ... wrote:" line (quoted: nothing): "has agreed to ... on or before 30 June" (a session with the child: commitment); "X is to ring you ... no later than 18 June" (a call by a deadline: commitment); a school meeting provisionally set (meeting, the worker\'s attendance is not a second item); a home visit slot merely offered (no meeting); capacity; remit (SWD); "touch base again after the summer" (owner, calendar period: vague + no-date).')

letter('217', 'Tue, 02 Nov 2027 13:10:00 +0800',
       ('Miss Wendy Ho (K1 Sunflower)', 'wendy.ho@brightmeadow-kg.edu.hk'), "Sofia - settling in", '''
Dear Mr and Mrs Fernandes,

It was lovely to chat with you at pick-up yesterday.

Ms Tang, our visiting speech therapist, will be screening Sofia on Thurs 11th during the morning session.

I'll put together a short picture book of our daily routine for Sofia to take home, and it should be in her bag by Friday the 5th.

Please send in a spare set of clothes by Monday.

A part-time helper for the Sunflower class depends on the Education Bureau approving our grant application.

The question of a later start time for Sofia will be raised with the management committee.

Lots of K1 children are shy in the first term, so please don't worry too much.

Our Parents' Morning on Saturday 13 November, 9:30-11:00, is for all K1 families.

We'd love you to join Ms Tang and me on Wednesday 17 November at 12:15 pm, after the morning session, to go over the screening results.

Good luck with Sofia's eye check at the Maternal and Child Health Centre on the 9th.

Miss Wendy Ho
K1 Sunflower Class Teacher
Bright Meadow Kindergarten (Tai Wai)
''', [
    C('will be screening Sofia on Thurs 11th', 'Ms Tang (visiting speech therapist)', '2027-11-11'),
    C('put together a short picture book of our daily routine', 'I (Miss Ho, K1 class teacher)', '2027-11-05'),
    D('depends on the Education Bureau approving our grant application', 'waiting'),
    C('will be raised with the management committee', None, None),
    D('will be raised with the management committee', 'no-owner'),
    D('Lots of K1 children are shy in the first term', 'reassurance'),
    M("We'd love you to join Ms Tang and me", '2027-11-17', '12:15'),
], kind='html', notes='Batch F. Kindergarten class teacher, HTML only (QP): a chat at pick-up yesterday (no meeting); a screening with the child on "Thurs 11th" (weekday + day only: 11 Nov); a promise whose date sits in the next clause ("Friday the 5th"); a request to the parent; a third party\'s condition (EDB grant); an agentless "will be raised with" (vague + no-owner); reassurance; a Parents\' Morning for all K1 families (no meeting); an invitation with a fixed date and time (meeting); the child\'s own eye check "on the 9th" (no meeting).')

SEC218 = '''
Dear Mr Cheung,

Re: Special examination arrangements for CHEUNG Hoi-yan (6C)

I refer to our telephone conversation on 20 September.

I will compile Hoi-yan's SEA request form together with her subject teachers, and it will go to the HKEAA no later than Friday 8 October.

Mr Yuen, the English panel head, is to arrange a trial of the reader-and-scribe arrangement during the mock examination in January.

The first after-school study skills session is on Tuesday 5 October, and I have asked Miss Fung, our school social worker, to meet Hoi-yan within one week after that session to see how she is coping.

You can expect my call on Thursday 14 October at 12.30 pm, when I will tell you the outcome of our internal review.

Please note that the HKEAA alone approves or rejects such applications; the outcome lies wholly in the Authority's hands.

As for a separate examination room, we prefer to see how Hoi-yan manages in the mock before making any request.

The school is unable to pay for the private assessment, as this is not an expense covered by our SEN funding.

Yours sincerely,
Mrs IP Ka-man
SENCO
Tsuen Wan Kwong Ming Secondary School
'''

H218 = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="EN-HK"><div class="WordSection1">
<p class="MsoNormal">Dear Mr Cheung,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b><u>Re: Special examination arrangements for CHEUNG Hoi-yan (6C)</u></b></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I refer to our telephone conversation on 20 September.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I will compile Hoi-yan's SEA request form together with her subject teachers, and it will go to the HKEAA no later than <b>Friday 8 October</b>.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mr Yuen, the English panel head, is to arrange a trial of the reader-and-scribe arrangement during the mock examination in January.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The first after-school study skills session is on Tuesday 5 October, and I have asked Miss Fung, our school social worker, to meet Hoi-yan within one week after that session to see how she is coping.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">You can expect my call on <b>Thursday 14 October at 12.30 pm</b>, when I will tell you the outcome of our internal review.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please note that the HKEAA alone approves or rejects such applications; the outcome lies wholly in the Authority's hands.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">As for a separate examination room, we prefer to see how Hoi-yan manages in the mock before making any request.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The school is unable to pay for the private assessment, as this is not an expense covered by our SEN funding.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Yours sincerely,</p>
<p class="MsoNormal">Mrs IP Ka-man<br>SENCO<br>Tsuen Wan Kwong Ming Secondary School</p>
</div></body></html>
'''

letter('218', 'Wed, 22 Sep 2027 09:40:00 +0800',
       ('IP Ka-man (SENCO)', 'ipkm@twkmss.edu.hk'), 'Special examination arrangements - CHEUNG Hoi-yan (6C)',
       SEC218, [
    C("compile Hoi-yan's SEA request form together with", 'I (Mrs Ip, SENCO)', '2027-10-08'),
    C('is to arrange a trial of the reader-and-scribe arrangement', 'Mr Yuen (English panel head)', '2028-01-31'),
    C('to meet Hoi-yan within one week after that session', 'Miss Fung (school social worker)', '2027-10-12'),
    M('You can expect my call on Thursday 14 October', '2027-10-14', '12:30'),
    D("the outcome lies wholly in the Authority's hands", 'other'),
    D('we prefer to see how Hoi-yan manages in the mock', 'waiting'),
    D('this is not an expense covered by our SEN funding', 'budget'),
], kind='alt', html=H218, notes='Batch F. Local secondary SENCO writing in English, multipart/alternative QP with an Outlook/Word HTML part (<b> inside sentences): a telephone conversation held (no meeting); a promise whose date sits in the next clause ("no later than Friday 8 October"); "X is to ... in January" written in September (31 January 2028, nearest January); a delegation "within one week after that session" (Tue 5 Oct + 7 = 12 Oct); a fixed call with a dotted time (meeting); remit (HKEAA); wait-and-see; budget.')

letter('219', 'Fri, 21 May 2027 18:00:00 +0800',
       ('Sam Osborne (OT)', 'sam@handsonot.com.hk'), 'Zara - actions from today', '''
Dear Ms Rahman,
(cc Miss Poon, P2 class teacher, Bayview Primary School)

Thank you for joining today's three-way video call with Miss Poon. Here are the actions we agreed, so that everyone has the same copy.

Action 1
Who: Miss Poon
What: trial a slanted writing board for Zara in Chinese and English lessons
When: from Monday 24 May

Action 2
Who: Sam (OT)
What: send the school a set of pencil grips and a warm-up sheet
When: by next Friday

Action 3
Who: Ms Rahman
What: practise the button-and-zip board with Zara three times a week
When: until the end of June

I'll be observing Zara in class for one lesson in the week of 7 June.

Our next review call is fixed for Friday 25 June, 4.00-4.30pm, using the same link.

Sensory equipment for the classroom would be paid from the school's own funds, which are not mine to commit.

An OT letter for extra time in the P2 exams can only be issued after Dr Mak has reviewed her file.

Best wishes,
Sam Osborne
Occupational Therapist
Hands On OT Clinic, Kowloon Tong
''', [
    C('trial a slanted writing board for Zara', 'Miss Poon (P2 class teacher)', '2027-05-24'),
    C('send the school a set of pencil grips', 'Sam (OT)', '2027-05-28'),
    C('practise the button-and-zip board with Zara', 'Ms Rahman (parent)', '2027-06-30'),
    C("I'll be observing Zara in class for one lesson", 'I (Sam Osborne, OT)', '2027-06-13'),
    M('Our next review call is fixed for Friday 25 June', '2027-06-25', '16:00'),
    D("paid from the school's own funds, which are not mine", 'budget'),
    D('can only be issued after Dr Mak has reviewed her file', 'waiting'),
], kind='plain', crlf=True, notes='Batch F. Private OT, plain QP with CRLF, after a three-way video call held today (no meeting): action blocks in Who: / What: / When: lines, each keyed on its What line with owner and date from the other lines ("from Monday 24 May" start date; "by next Friday" written on Friday 21 May -> 28 May; the parent\'s "until the end of June" -> 30 June); an observation of the child "in the week of 7 June" (future progressive, Sunday 13 June); a fixed review call with a dotted time range (meeting); budget (not the writer\'s to commit); a third party\'s condition.')

letter('220', 'Wed, 17 Feb 2027 16:25:00 +0800',
       ('Miss WONG Mei-yee (Class Teacher 4B)', 'wongmy@shaukeiwan-catholic-ps.edu.hk'), 'Follow-up on our phone conversation - LEE Marcus (4B)', '''
Dear Mrs Lee,

Further to our phone conversation this morning, I would like to confirm the following for Marcus.

Kindly be informed that Miss Cheng will supervise Marcus's dictations in a separate classroom from this Friday onwards.

Our school will set up an appointment for you with the SENCO, Mr Au, on or before 5 March.

Mr Au will be going through Marcus's case at the SST meeting on 24 February and will send you a note of the result by 26 February.

As for the homework load, I will discuss it with the other subject teachers.

I am sorry that the school bus route cannot be changed for one student.

Please note that Marcus's appointment at the Child Assessment Centre on 3 March is during school hours, so kindly submit a leave application in advance.

Thank you for your kind attention.

Yours sincerely,
Miss WONG Mei-yee
Class Teacher, 4B
Shau Kei Wan Catholic Primary School
''', [
    C("will supervise Marcus's dictations in a separate classroom", 'Miss Cheng', '2027-02-19'),
    C('will set up an appointment for you with the SENCO', 'our school', '2027-03-05'),
    C("will be going through Marcus's case at the SST meeting", 'Mr Au (SENCO)', '2027-02-24'),
    C('will send you a note of the result by 26 February', 'Mr Au (SENCO)', '2027-02-26'),
    C('I will discuss it with the other subject teachers', 'I (Miss Wong, class teacher)', None),
    D('I will discuss it with the other subject teachers', 'no-date'),
    D('the school bus route cannot be changed for one student', 'other'),
], kind='plain64', notes='Batch F. Local primary class teacher writing formal HK English ("Kindly be informed", "Further to"), plain base64: a phone conversation held this morning (no meeting); "from this Friday onwards" (Wed 17 Feb -> 19 Feb, start); a promise to arrange a meeting "on or before 5 March" (commitment, not a meeting); one sentence with two actions each with its own date (an internal SST meeting: commitment; "send you a note of the result by 26 February": owner + date, not a deflection); "discuss it with" (vague + no-date); a polite refusal; the child\'s own CAC appointment (no meeting) and a request to the parent.')

letter('221', 'Sat, 23 Oct 2027 08:50:00 +0800',
       ('Lionel Tse (3E Form Teacher)', 'ltse@southside-anglican-college.edu.hk'), 'Re: Ravi - a few questions', '''
Dear Mrs Kaur,

Thanks for your email last night. I've answered each point below.

> 1. Can Ravi get the Physics notes he missed while he was sick?

Yes - Mr Tsoi will drop a full set of the notes into Ravi's locker by Tuesday.

> 2. He says he has no one to sit with at lunch.

Our peer buddies are already matched for this term, so I can't add him to the scheme right now.

I've asked Winnie, one of our S4 prefects, to invite Ravi to the chess club at lunch, starting next Monday.

> 3. Could we meet to talk about his Maths?

Mr Chow and I will see you on Thursday 28 October, 5:15 to 5:45 pm, in Room 204.

> 4. Is there extra Maths help after school?

The after-school Maths clinic is only for S3 students who scored below 40 in the first test; Ravi scored 52, so he isn't eligible this term.

Honestly, a 52 is not a bad start for someone new to the school.

> 5. Any news about the school trip?

The S3 trip to Sai Kung is on Friday 12 November; the details are in the notice that went home on Wednesday.

Best regards,
Lionel Tse
Form Teacher, 3E
Southside Anglican College
''', [
    C("will drop a full set of the notes into Ravi's locker", 'Mr Tsoi (Physics teacher)', '2027-10-26'),
    D('Our peer buddies are already matched for this term', 'other'),
    C('to invite Ravi to the chess club at lunch', 'Winnie (S4 prefect)', '2027-10-25'),
    M('Mr Chow and I will see you on Thursday 28 October', '2027-10-28', '17:15'),
    D("so he isn't eligible this term", 'other'),
    D('a 52 is not a bad start', 'reassurance'),
], kind='plain', notes='Batch F. Secondary form teacher answering inline between > quoted questions (no "On ... wrote:" line; the > lines are quoted, the answers are new text), plain QP, written on a Saturday: "by Tuesday" (26 Oct); capacity; a delegation to a prefect "starting next Monday" (Sat 23 Oct -> 25 Oct); a fixed meeting with a time range (meeting 17:15); an eligibility rule (refusal, other); reassurance; a trip for the whole form (no meeting, no commitment).')

# Batch G (222-233): written blind, kept out of the repository while the
# rules were tuned on batch F, then scored (README).

B222 = '''
Dear Dr and Mrs Fernandes,

NOTES OF TODAY'S MEETING - FERNANDES Joel (S2 Lotus)

Present: Dr and Mrs Fernandes; Ms Carmen Lo (SENCO); Mr Hui Tak-shing (Form Teacher); Ms Agnes Yip (School-based Educational Psychologist)

1. Summary
We met from 3:45 to 4:50 pm today to go over Joel's progress since the Christmas break. Joel's reading has improved, but written work in Science and History remains well below what he can say orally.

2. Agreed follow-up
Follow-up | Staff responsible | Target date
Prepare a one-page learner profile of Joel for every subject teacher | Mr Hui | 22/1/2027
Screen Joel's reading fluency with the new secondary reading battery | Ms Yip (EP) | Within 10 school days
Draft a shortened composition paper for Joel with the English panel | Ms Lo (SENCO) | Before the Term 2 uniform test

3. Other points
Mr Hui has agreed to move Joel to a seat at the front of the room from Monday.
Mrs Fernandes will pass us the latest CAC paediatrician's letter on or before 29 January.
Our next review is set down for Tuesday 2 March 2027, 4:00-5:00 pm, in the SEN Room (to be confirmed nearer the time).
Ms Yip is to send you a written summary of the screening three days before that review.
A classroom assistant for Science practicals was discussed; the 2026/27 Learning Support Grant is already fully spoken for.
Any use of a laptop in public examinations is the HKEAA's call rather than ours.
In our experience, many boys become far more organised in the course of S2 without extra help.

Please tell me if anything above does not match your own notes.

Ms Carmen Lo
SENCO
Heng Fa Chuen Christian College (DSS)
'''

H222 = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>td,th{border:1px solid #999;padding:4px 6px;font-size:10pt}</style></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Dr and Mrs Fernandes,</p>
<p><b>NOTES OF TODAY'S MEETING - FERNANDES Joel (S2 Lotus)</b></p>
<p><i>Present:</i> Dr and Mrs Fernandes; Ms Carmen Lo (SENCO); Mr Hui Tak-shing (Form Teacher); Ms Agnes Yip (School-based Educational Psychologist)</p>
<p><b>1. Summary</b><br>
We met from 3:45 to 4:50 pm today to go over Joel's progress since the Christmas break. Joel's reading has improved, but written work in Science and History remains well below what he can say orally.</p>
<p><b>2. Agreed follow-up</b></p>
<table cellspacing="0">
<tr><th>Follow-up</th><th>Staff responsible</th><th>Target date</th></tr>
<tr><td>Prepare a one-page learner profile of Joel for every subject teacher</td><td>Mr Hui</td><td>22/1/2027</td></tr>
<tr><td>Screen Joel's reading fluency with the new secondary reading battery</td><td>Ms Yip (EP)</td><td>Within 10 school days</td></tr>
<tr><td>Draft a shortened composition paper for Joel with the English panel</td><td>Ms Lo (SENCO)</td><td>Before the Term 2 uniform test</td></tr>
</table>
<p><b>3. Other points</b></p>
<ul>
<li>Mr Hui has agreed to move Joel to a seat at the front of the room from Monday.</li>
<li>Mrs Fernandes will pass us the latest CAC paediatrician's letter on or before 29 January.</li>
<li>Our next review is set down for <b>Tuesday 2 March 2027, 4:00-5:00 pm</b>, in the SEN Room (to be confirmed nearer the time).</li>
<li>Ms Yip is to send you a written summary of the screening three days before that review.</li>
<li>A classroom assistant for Science practicals was discussed; the 2026/27 Learning Support Grant is already fully spoken for.</li>
<li>Any use of a laptop in public examinations is the HKEAA's call rather than ours.</li>
<li>In our experience, many boys become far more organised in the course of S2 without extra help.</li>
</ul>
<p>Please tell me if anything above does not match your own notes.</p>
<p>Ms Carmen Lo<br>SENCO<br>Heng Fa Chuen Christian College (DSS)</p>
</body></html>
'''

letter('222', 'Thu, 14 Jan 2027 17:30:00 +0800',
       ('Carmen Lo (SENCO)', 'carmen.lo@hfccc.edu.hk'), "Notes of today's meeting - FERNANDES Joel (S2 Lotus)",
       B222, [
    C('Prepare a one-page learner profile of Joel', 'Mr Hui (form teacher)', '2027-01-22'),
    C("Screen Joel's reading fluency with the new secondary reading battery", 'Ms Yip (EP)', '2027-01-28'),
    C('Draft a shortened composition paper for Joel', 'Ms Lo (SENCO)', None),
    C('has agreed to move Joel to a seat', 'Mr Hui (form teacher)', '2027-01-18'),
    C("will pass us the latest CAC paediatrician's letter", 'Mrs Fernandes (parent)', '2027-01-29'),
    M('Our next review is set down for Tuesday', '2027-03-02', '16:00'),
    C('is to send you a written summary of the screening', 'Ms Yip (EP)', '2027-02-27'),
    D('the 2026/27 Learning Support Grant is already fully spoken for', 'budget'),
    D("is the HKEAA's call rather than ours", 'other'),
    D('many boys become far more organised in the course of S2', 'reassurance'),
], kind='alt', html=H222, notes='Batch G. DSS secondary SENCO, "notes of today\'s meeting" (the meeting held today from 3:45 is no meeting), multipart/alternative QP with an HTML table (plain part: pipe rows): rows keyed on the action cell - "22/1/2027" day first; "Within 10 school days" from Thu 14 Jan -> 28 Jan; "Before the Term 2 uniform test" (undated event: null, vague, concrete so not a deflection). "has agreed to ... from Monday" (start, 18 Jan); the parent\'s promise "on or before 29 January"; a review fixed but "to be confirmed nearer the time" (school-set provisional: meeting 2 Mar 16:00); "X is to ... three days before that review" (2 Mar - 3 = 27 Feb); budget; remit (HKEAA); reassurance.')

letter('223', 'Mon, 16 Aug 2027 10:15:00 +0800',
       ('Transport Office', 'transport@harbourview-is.edu.hk'), 'School Bus Service 2027-28: routes, fees and forms', '''
Dear Parents and Guardians,

SCHOOL BUS SERVICE 2027-28

Please find below the arrangements for the school bus service in the coming school year.

- Services begin on the first day of term, Wednesday 1 September 2027.
- Route 4 (Tseung Kwan O) now stops at LOHAS Park instead of Tiu Keng Leng.
- Route 9 (Tung Chung) is withdrawn for 2027-28 because of low demand.
- Monthly fees: Zone A $1,480; Zone B $1,720; Zone C $1,960, in ten instalments by autopay.
- The first instalment is debited on or about 6 September.

New applications and changes of stop must reach the Transport Office by Friday 27 August. Requests received after that date go onto a waiting list and are handled in order of receipt.

A bus safety briefing for all new families takes place in the Hall on Saturday 4 September at 10:00 am. Children travelling alone should attend with a parent.

Each bus carries a bus nanny trained in first aid, and every seat has a lap belt which must be worn.

Our bus operator, Golden Bay Coaches, can be reached on 2987 6543 from 7:00 am to 6:30 pm on school days.

Transport Office
Harbourview International School

This is an automated notice. Replies to this address are not monitored.
''', [], kind='plain64', notes='Batch G. International school transport notice to all families, plain base64: carries nothing. Distractors: a start date for all ("Services begin ... Wednesday 1 September"), a request with a deadline ("must reach the Transport Office by Friday 27 August"), "on or about 6 September" (autopay), a safety briefing for all new families with date and time (an event, no meeting), an operator\'s phone hours.')

H224 = '''<div dir="ltr"><div>Dear Mrs Chan,</div><div><br></div>
<div>Thank you for your email of 3 March about Kai's therapy and support. I have discussed your requests with our therapy team and with Miss Wan, Kai's class teacher, and I am writing to explain where things stand.</div><div><br></div>
<div>Our speech therapist is currently serving 46 pupils across eleven classes, so increasing Kai to daily sessions is beyond what she can absorb.</div><div><br></div>
<div>Under the Code of Aid, a personal care worker is deployed to a class rather than assigned to one child.</div><div><br></div>
<div>Decisions on rehabilitation bus routes sit with the Social Welfare Department's operator and not with the school.</div><div><br></div>
<div>Hydrotherapy is not something our subvention stretches to this year.</div><div><br></div>
<div>With regret, we are unable to add Kai to the Tuesday swimming group, which is already at its safe staffing ratio.</div><div><br></div>
<div>Any extra physiotherapy would depend on a fresh referral from Kai's paediatrician at Caritas Medical Centre.</div><div><br></div>
<div>Our preference is to let the new visual schedule run until the summer before making further changes to his day.</div><div><br></div>
<div>Please be assured that Kai is settled and content in class, and that the staff know him well.</div><div><br></div>
<div>Yours sincerely,</div><div>Ms Rebecca Lam</div><div>Principal</div><div>Sunbeam School (aided special school, Sham Shui Po)</div><div><br></div>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, 3 Mar 2027 at 22:41, Chan Mei-ling &lt;chanmeiling.kai@example.com&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
<div dir="ltr">Dear Ms Lam,<div><br></div><div>I am writing again about Kai. I would like him to have speech therapy every day, a helper of his own, hydrotherapy, a place in the swimming group and more physiotherapy. The bus also arrives too early. I will come to school on Friday to sign the consent form for the swimming.</div><div><br></div><div>Could you reply by next Monday please?</div><div><br></div><div>Mei-ling</div></div>
</blockquote></div></div>
'''

letter('224', 'Tue, 9 Mar 2027 16:52:00 +0800',
       ('Rebecca Lam', 'principal@sunbeam-school.edu.hk'), "Re: Kai's therapy and support", H224, [
    D('increasing Kai to daily sessions is beyond what she can absorb', 'other'),
    D('a personal care worker is deployed to a class', 'legal-position'),
    D("sit with the Social Welfare Department's operator and not with the school", 'other'),
    D('Hydrotherapy is not something our subvention stretches to', 'budget'),
    D('we are unable to add Kai to the Tuesday swimming group', 'other'),
    D('would depend on a fresh referral from Kai\'s paediatrician', 'waiting'),
    D('let the new visual schedule run until the summer', 'waiting'),
    D('Please be assured that Kai is settled and content', 'reassurance'),
], kind='rawhtml', notes='Batch G. Principal of an aided special school, Gmail-style HTML only (rawhtml QP) above a Gmail blockquote with the parent\'s email (not annotated: the parent\'s "I will come to school on Friday", "by next Monday"). Holds only deflections, no "will" in the new text: capacity (caseload); the Code of Aid (legal-position); remit (SWD\'s operator decides routes); budget (subvention); a polite refusal (ratio); a third party\'s condition (paediatrician\'s referral); wait-and-see ("until the summer"); reassurance. A past discussion carries nothing.')

B225 = '''
Hi Mr and Mrs Mehta,

Thank you for letting me know about Aanya's difficult week. I've sent you a calendar invitation for a video call on Wednesday, April 21 from 8:15 to 8:45am, so that we can talk before the school day starts. The Google Meet link is in the invitation.

In the meantime, I'll be seeing Aanya for a short check-in every Monday lunchtime, starting on the 19th.

Mr. Brooks, our Grade 7 Dean, has agreed to look at her elective change request and give you an answer by April 23rd.

We'll revisit the question of a lighter homework load at some point next term.

The Term 3 timetable has already been published, which means a move into the other Spanish group can't happen this year.

On a separate note, the Grade 7 Parent Coffee Morning on online safety is on Friday, April 30 at 8:30am in the Black Box Theatre, and all Grade 7 families are welcome.

Warm regards,
Hannah Okafor
Middle School Counsellor
Clearwater Bay International School
'''

ICS225 = '''BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20270421T001500Z
DTEND:20270421T004500Z
DTSTAMP:20270416T030200Z
ORGANIZER;CN=Hannah Okafor:mailto:hokafor@cwbis.edu.hk
UID:5c1e9d0a7b3f@google.com
SUMMARY:Aanya Mehta (G7) - counsellor video call
LOCATION:https://meet.google.com/qvx-drmt-kpa
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
'''

letter('225', 'Fri, 16 Apr 2027 11:02:00 +0800',
       ('Hannah Okafor', 'hokafor@cwbis.edu.hk'), 'Aanya - video call next week', B225, [
    M("I've sent you a calendar invitation for a video call", '2027-04-21', '08:15'),
    C("I'll be seeing Aanya for a short check-in", 'I (Hannah Okafor, counsellor)', '2027-04-19'),
    C('has agreed to look at her elective change request', 'Mr. Brooks (Grade 7 Dean)', '2027-04-23'),
    C("We'll revisit the question of a lighter homework load", 'we', None),
    D("We'll revisit the question of a lighter homework load", 'no-date'),
    D("a move into the other Spanish group can't happen this year", 'other'),
], kind='altcal', ics=ICS225, notes='Batch G. International school counsellor, multipart/mixed: alternative (QP, plain + generated HTML) plus an invite.ics attachment (not annotated). A video call fixed through a calendar invitation with a US-style date and a time range (meeting 21 Apr 08:15); counselling check-ins with the child, future progressive, "starting on the 19th" (day only, written Fri 16 Apr -> Mon 19 Apr: commitment); "has agreed to look at ... by April 23rd" (owner and date: not vague, not a deflection); soft time "at some point next term" (vague, no-date); timetable already published (refusal, other); a coffee morning for all Grade 7 families (no meeting).')

letter('226', 'Sun, 6 Jun 2027 21:40:00 +0800',
       ('Olivia Chan-Harris', 'olivia@littlevoices.com.hk'), 'Re: Leo - ENT and sessions', '''
Hi Priya,

Thanks for your message last night, and glad to hear the ENT appointment went smoothly.

Here's the plan for the next few weeks:

- I'll be re-assessing Leo over his next two sessions, Tues 15th and Tues 22nd, so we can compare with his January scores.
- His progress report will be emailed over a week after the second of those sessions.
- I've asked Jenny, my assistant, to email you the new home-practice videos tomorrow evening.

On adding a second weekly session: I'd hold off until we've seen what the re-assessment shows.

Lots of four-year-olds are still fronting their 'k' and 'g' sounds, so it's nothing to lose sleep over.

I'm sorry, but the centre isn't able to offer a sibling discount this year.

If you'd like to talk the report through, I have a phone slot on Friday 2 July at 6pm or Saturday 3 July at 10am - let me know which suits you best.

Best,
Olivia

Olivia Chan-Harris
Speech and Language Therapist
Little Voices Therapy Centre, Tai Koo

On Sat, 5 Jun 2027 at 22:13, Priya Nair <priya.nair@example.com> wrote:
> Hi Olivia,
> Leo saw the ENT doctor today and they said his ears are fine. I will bring
> the doctor's letter to his session on Tuesday.
> Could we add a second session each week? His teacher says he is hard to
> understand. Also, is there any discount since his sister might start too?
> Thanks,
> Priya
''', [
    C("I'll be re-assessing Leo over his next two sessions", 'I (Olivia, speech therapist)', '2027-06-22'),
    C('His progress report will be emailed over', None, '2027-06-29'),
    C('to email you the new home-practice videos tomorrow evening', 'Jenny (assistant, asked by the therapist)', '2027-06-07'),
    D("I'd hold off until we've seen what the re-assessment shows", 'waiting'),
    D("it's nothing to lose sleep over", 'reassurance'),
    D("isn't able to offer a sibling discount this year", 'budget'),
], kind='plain', notes='Batch G. Private speech therapist, plain QP, written on a Sunday above "On ... wrote:" and > lines (the parent\'s own promise there is not annotated). Sessions with the child on "Tues 15th and Tues 22nd" (weekday + day only; latest date wins: 22 Jun); a passive report "a week after the second of those sessions" (22 + 7 = 29 Jun, no owner: vague, concrete so no deflection); a delegation "tomorrow evening" (7 Jun); wait-and-see; reassurance; budget; two phone slots merely offered (no meeting); an ENT appointment already held.')

letter('227', 'Thu, 4 Nov 2027 16:00:00 +0800',
       ('Mrs Grace Lau (Principal)', 'principal@rainbowgarden-kg.edu.hk'), 'Follow-up for YEUNG Ho-yin (K2B)', '''
Dear Mr and Mrs Yeung,

Thank you for coming in to meet Miss Tang and me on Tuesday afternoon. I am writing to set out what happens next for Ho-yin.

You are both warmly invited to a case conference with the On-site Pre-school Rehabilitation Services (OPRS) team on Monday 15 November at 9:30 a.m. in the Activity Room.

Starting from 11 November, the OPRS speech therapist will be seeing Ho-yin in a small group every Thursday morning.

Miss Tang is going to put up a picture timetable in the K2B classroom by next Wednesday.

I shall forward the OPRS consent form to you on Monday for your signature.

Whether Ho-yin receives an extra individual session each week is decided by the OPRS service provider, not by the kindergarten.

A transition report for his primary school will be prepared in due course.

For your diary: the K2 parents' talk "Getting Ready for Primary One" is on Saturday 20 November at 10:00 a.m. in the school hall.

We also note Ho-yin's appointment at the Child Assessment Centre on 23 November; please let Miss Tang know if he is to be absent that morning.

Yours sincerely,
Mrs Grace Lau
Principal
Rainbow Garden Kindergarten (Tai Po)
''', [
    M('are both warmly invited to a case conference', '2027-11-15', '09:30'),
    C('will be seeing Ho-yin in a small group', 'the OPRS speech therapist', '2027-11-11'),
    C('is going to put up a picture timetable', 'Miss Tang (class teacher)', '2027-11-10'),
    C('I shall forward the OPRS consent form to you', 'I (Mrs Lau, principal)', '2027-11-08'),
    D('is decided by the OPRS service provider, not by the kindergarten', 'other'),
    C('A transition report for his primary school will be prepared', None, None),
], kind='html', notes='Batch G. Kindergarten principal, HTML only (QP, generated paragraphs): a meeting held on Tuesday (no meeting); an invitation "You are both warmly invited to a case conference" with date and dotted a.m. time (meeting 15 Nov 09:30); therapy sessions with the child "Starting from 11 November" (future progressive, start date: commitment); "is going to ... by next Wednesday" (Thu 4 Nov -> 10 Nov); "I shall ... on Monday" (8 Nov); remit (OPRS provider decides); passive "in due course" (vague, concrete, no deflection); a parents\' talk for all K2 parents and the child\'s CAC appointment (no meetings).')

letter('228', 'Mon, 11 Oct 2027 09:05:00 +0800',
       ('Dr Natalie Fung (SBEP)', 'nfung@hkfla-sbeps.org.hk'), 'LEUNG Cheuk-hin (P3A) - assessment plan', '''
Dear Mrs Leung,

I am the educational psychologist who visits Kowloon City Baptist Primary School under the School-based Educational Psychology Service. Thank you for talking with Miss Kwok and me at the school last Thursday.

To recap the plan:

I'm due to assess Cheuk-hin on the mornings of 19 and 20 October, in the school's resource room.

The class teacher, Mr Chan Chi-wai, is to fill in the teacher questionnaire (Conners 4) by Friday 15th.

I have booked the Conference Room for our feedback session on Wednesday 3 November from 2:30 to 3:15 pm.

I aim to send you my written report within three weeks of that feedback session.

Whether Cheuk-hin should also be referred to the Child Assessment Service is best decided once my assessment is complete.

My visit days to the school this term are nearly all allocated, so a classroom observation before the assessment is not possible.

Please return the parent questionnaire to Miss Kwok in a sealed envelope by 15 October.

Yours sincerely,
Dr Natalie Fung
Educational Psychologist
School-based Educational Psychology Service
Hong Kong Family Learning Association
''', [
    C("I'm due to assess Cheuk-hin on the mornings", 'I (Dr Fung, EP)', '2027-10-20'),
    C('is to fill in the teacher questionnaire', 'Mr Chan Chi-wai (class teacher)', '2027-10-15'),
    M('I have booked the Conference Room for our feedback session', '2027-11-03', '14:30'),
    C('I aim to send you my written report', 'I (Dr Fung, EP)', '2027-11-24'),
    D('is best decided once my assessment is complete', 'waiting'),
    D('a classroom observation before the assessment is not possible', 'other'),
], kind='plain', crlf=True, notes='Batch G. School-based EP from an NGO, plain QP with CRLF: a consultation held "last Thursday" (no meeting); an assessment of the child "on the mornings of 19 and 20 October" ("I\'m due to assess"; latest date 20 Oct: commitment); "X is to ... by Friday 15th" (day only, 15 Oct); a feedback session fixed through a room booking with a time range (meeting 3 Nov 14:30); "I aim to ... within three weeks of that feedback session" (3 Nov + 21 = 24 Nov); wait-and-see; capacity (visit days); a request to the parent.')

letter('229', 'Tue, 2 Mar 2027 15:30:00 +0800',
       ('Jessica Moore', 'jmoore@peakview.edu.hk'), "Maya's IEP review - invitation", '''
Dear Mr. and Mrs. Donovan,

I hope this finds you well. I'm writing to follow up on our quick chat at drop-off yesterday.

Please join us for Maya's Individual Education Plan review on Thursday, March 11 at 3:30 p.m. in the Learning Support Hub (Room G14). A Zoom link is included in the calendar invite if either of you would rather join remotely.

Ahead of the review:

- Ms. Ortiz will be taking Maya for small-group literacy three mornings a week, beginning Monday, March 8.
- Mr. Kwan, our Assistive Technology lead, has agreed to install the text-to-speech toolbar on Maya's laptop by March 5th.
- I will upload the draft IEP to the parent portal on or before March 9.
- Please complete the parent input form by Monday, March 8.

Additional one-to-one hours fall outside the level of support funded under Maya's current placement.

For what it's worth, Maya is a joy to teach and her teachers are really pleased with how she has settled.

Kind regards,
Jessica Moore
Head of Learning Support
Peak View School, Mid-Levels
''', [
    M("Please join us for Maya's Individual Education Plan review", '2027-03-11', '15:30'),
    C('will be taking Maya for small-group literacy', 'Ms. Ortiz', '2027-03-08'),
    C('has agreed to install the text-to-speech toolbar', 'Mr. Kwan (Assistive Technology lead)', '2027-03-05'),
    C('I will upload the draft IEP to the parent portal', 'I (Jessica Moore, Head of Learning Support)', '2027-03-09'),
    D('fall outside the level of support funded', 'budget'),
    D('her teachers are really pleased with how she has settled', 'reassurance'),
], kind='alt64', notes='Batch G. ESF-style independent school, Head of Learning Support writing US-style dates ("Thursday, March 11", "Monday, March 8", "March 5th", "March 9"), multipart/alternative base64 with a bullet list: "Please join us for" an IEP review (an invitation to a fixed meeting, 11 Mar 15:30) with a Zoom option; future progressive with "beginning Monday, March 8" (start date); "has agreed to ... by March 5th"; "on or before March 9"; a request to the parents; budget; reassurance; a chat at drop-off yesterday (no meeting).')

letter('230', 'Sat, 17 Jul 2027 10:20:00 +0800',
       ('Yvonne Chow (RSW)', 'yvonne.chow@twicyc.org.hk'), 'Tsz-ching - summer plans', '''
Dear Ms Ho,

It was good to see you and Tsz-ching at the centre on Thursday. Here is where things stand after our talk.

You'll hear from me by phone on Tuesday 20 July at about 11 am to go over the summer programme timetable.

The Zoom meeting with Tsz-ching's new secondary school has been confirmed for 9 August (Monday) at 3 pm. I'll send the link through on the morning of the meeting.

I expect to lodge the Community Care Fund application for her tutoring within a fortnight.

Kelvin, one of our volunteer tutors, has agreed to start English sessions with Tsz-ching from Monday 2 August.

Her place at the Sai Kung summer camp depends on the Jockey Club approving our extra quota, so I can't confirm it yet.

The centre's emergency fund for household items has been used up for this financial year.

As for a mentor, I'll look at the mentoring scheme again once the summer rush is over.

I hope the follow-up at the child psychiatry clinic on 27 July goes well.

Take care,
Yvonne Chow
Registered Social Worker
Tsuen Wan Integrated Children and Youth Services Centre
''', [
    M("You'll hear from me by phone on Tuesday 20 July", '2027-07-20', '11:00'),
    M("The Zoom meeting with Tsz-ching's new secondary school", '2027-08-09', '15:00'),
    C('send the link through on the morning', 'I (Yvonne Chow, social worker)', '2027-08-09'),
    C('I expect to lodge the Community Care Fund application', 'I (Yvonne Chow, social worker)', '2027-07-31'),
    C('has agreed to start English sessions with Tsz-ching', 'Kelvin (volunteer tutor)', '2027-08-02'),
    D('depends on the Jockey Club approving our extra quota', 'waiting'),
    D('emergency fund for household items has been used up', 'budget'),
    C("I'll look at the mentoring scheme again", 'I (Yvonne Chow, social worker)', None),
    D("I'll look at the mentoring scheme again", 'no-date'),
], kind='plain', notes='Batch G. NGO social worker, plain QP, written on a Saturday: a meeting held on Thursday (no meeting); a fixed call "You\'ll hear from me by phone on Tuesday 20 July at about 11 am" (meeting); a Zoom meeting "confirmed for 9 August (Monday) at 3 pm" (meeting); a promise dated by that event in the next sentence ("I\'ll send the link through on the morning of the meeting": 9 Aug); "I expect to ... within a fortnight" (31 Jul); a volunteer\'s sessions with the child "has agreed to ... from Monday 2 August" (start); a third party\'s condition (waiting); budget; soft time "once the summer rush is over" (look at: vague, no-date); the child\'s own clinic appointment (no meeting).')

H231 = '''<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal{margin:0cm;font-size:12.0pt;font-family:"Times New Roman",serif;} --></style></head>
<body lang="ZH-HK"><div class="WordSection1">
<p class="MsoNormal"><span lang="EN-US">Dear Mrs Tam,</span></p>
<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
<p class="MsoNormal"><b><span lang="EN-US">Re: TAM Wing-lam (P2C)</span></b></p>
<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
<p class="MsoNormal"><span lang="EN-US">Thank you for your letter dated 24 May 2027. We had a talk with Wing-lam on Monday and she was willing to share her feelings with us.</span></p>
<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
<p class="MsoNormal"><span lang="EN-US">You are cordially invited to meet with our Student Guidance Team on <u>4 June (Friday)</u> between 4:00 and 4:30 p.m. at the Student Guidance Room, 2/F.</span></p>
<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
<p class="MsoNormal"><span lang="EN-US">I will arrange for Wing-lam to join our &#8220;Little Leaders&#8221; social skills group, the first session of which falls on Thursday 3 June.</span></p>
<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
<p class="MsoNormal"><span lang="EN-US">Our School Social Worker, Mr MA Chun-kit, will contact you within 5 working days to arrange a home visit.</span></p>
<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
<p class="MsoNormal"><span lang="EN-US">Please be informed that a parent talk on &#8220;Positive Discipline at Home&#8221; will be held on 12 June (Saturday) at 9:30 a.m. for all P1 to P3 parents.</span></p>
<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
<p class="MsoNormal"><span lang="EN-US">There is no cause for concern, as Wing-lam gets along well with her classmates during recess.</span></p>
<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
<p class="MsoNormal"><span lang="EN-US">Regarding your request for a change of class, school policy does not allow a transfer partway through the year.</span></p>
<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
<p class="MsoNormal"><span lang="EN-US">Should you have any enquiries, please do not hesitate to contact me at 2651 0378.</span></p>
<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
<p class="MsoNormal"><span lang="EN-US">Yours faithfully,</span></p>
<p class="MsoNormal"><span lang="EN-US">Miss CHOI Sze-wan<br>Student Guidance Teacher<br>Tai Po Wesley Primary School</span></p>
</div></body></html>
'''

letter('231', 'Wed, 26 May 2027 12:40:00 +0800',
       ('Miss CHOI Sze-wan', 'choisw@tpwps.edu.hk'), 'TAM Wing-lam (P2C) - Student Guidance', H231, [
    M('invited to meet with our Student Guidance Team', '2027-06-04', '16:00'),
    C('I will arrange for Wing-lam to join', 'I (Miss Choi, Student Guidance Teacher)', '2027-06-03'),
    C('will contact you within 5 working days', 'Mr MA Chun-kit (School Social Worker)', '2027-06-02'),
    D('There is no cause for concern', 'reassurance'),
    D('does not allow a transfer partway through the year', 'other'),
], kind='rawhtml', notes='Batch G. Local primary Student Guidance Teacher in formal HK English, Word-style HTML only (rawhtml QP, spans, &#8220; quotes, <u> inside a date): a talk with the child on Monday (past); "cordially invited ... on 4 June (Friday) between 4:00 and 4:30 p.m." (meeting 16:00, date before weekday); a promise whose date sits in a following clause ("the first session of which falls on Thursday 3 June"); "will contact you within 5 working days" (owner + date: Wed 26 May -> 2 Jun, not a deflection); a parent talk for all P1-P3 parents ("will be held": nobody acts, no meeting); reassurance; school policy refusal.')

letter('232', 'Thu, 2 Dec 2027 08:30:00 +0800',
       ('Patrick Wong (SENCO)', 'pwong@stwc.edu.hk'), 'RE: Hugo - mock exams', '''
Dear Mrs Kwok,

Thanks for your email last night, and sorry for the slow reply.

Mr Leung will be sitting in on two of Hugo's Chinese lessons next week to see how the dictation arrangement is working.

The mock examination begins on Monday 10 January. I will let you have Hugo's room and seating plan five days before the first paper.

Our Teams call with Dr Chiu, Hugo's clinical psychologist, is on Tuesday 14 December at 5.30pm.

I'll email you the Teams link the day before the call.

I have asked Mrs So, our librarian, to order the large-print edition of the Literature set text by 17 December.

We will look at extending rest breaks to the other subjects in due course.

Exemption from the Chinese oral is for the Principal to approve, and she has yet to make a decision.

Kind regards,
Patrick Wong
SENCO
Sha Tin Wesleyan College

From: Anna Kwok <anna.kwok@example.com>
Sent: Wednesday, 1 December 2027 22:04
To: Patrick Wong <pwong@stwc.edu.hk>
Subject: Hugo - mock exams

Dear Mr Wong,

Hugo is worried about the mock in January. Can he have his rest breaks in all subjects, not only English? Will he be exempted from the Chinese oral? I will send you Dr Chiu's letter by Friday.

Thank you,
Anna Kwok
''', [
    C("will be sitting in on two of Hugo's Chinese lessons", 'Mr Leung', '2027-12-12'),
    C("I will let you have Hugo's room and seating plan", 'I (Patrick Wong, SENCO)', '2028-01-05'),
    M('Our Teams call with Dr Chiu', '2027-12-14', '17:30'),
    C("I'll email you the Teams link the day before", 'I (Patrick Wong, SENCO)', '2027-12-13'),
    C('to order the large-print edition of the Literature set text', 'Mrs So (librarian, asked by the SENCO)', '2027-12-17'),
    C('We will look at extending rest breaks to the other subjects', 'we', None),
    D('We will look at extending rest breaks to the other subjects', 'no-date'),
    D('is for the Principal to approve, and she has yet', 'waiting'),
], kind='plain', crlf=True, notes='Batch G. Local secondary SENCO writing in English, plain QP with CRLF, above an Outlook "From: ... Sent: ..." block (the parent\'s "by Friday" promise there is not annotated): future progressive "next week" (Thu 2 Dec -> Sun 12 Dec); a promise dated relative to an event dated in the previous sentence ("five days before the first paper": 10 Jan 2028 - 5 = 5 Jan 2028); a fixed Teams call with a dotted time (meeting 14 Dec 17:30) and, in its own sentence, "the day before the call" (13 Dec); a delegation "by 17 December"; "look at ... in due course" (vague, no-date); who decides / not yet decided (waiting).')

letter('233', 'Fri, 24 Sep 2027 19:00:00 +0800',
       ('Dr Sarah Lim', 'sarah.lim@harbourminds.hk'), 'Ethan - next steps after this morning', '''
Dear Olivia and Mark,

Thank you for bringing Ethan in this morning; he worked really hard in the first part of the assessment.

Next steps:

- I'll complete the second half of Ethan's assessment on Saturday 2 October, 9:30-11:30 am.
- I'll get the parent and teacher questionnaire links to you by COB Wednesday.
- From Monday 11 October, my colleague Rachel will be running his weekly literacy sessions online.

Our video call with Ms Barker, Ethan's Year 4 teacher, stays at Tuesday 28 September, 7.45 am, on Zoom.

For the feedback meeting, I can offer Saturday 9 October at 10:00 or 11:30 - please let me know which you prefer.

The complete written report will follow within 15 working days of the feedback meeting.

Whether the school accepts a private report for exam access arrangements is a matter for their Learning Support team.

I'm afraid the assessment fee can't be split across two insurance years.

Warm wishes,
Dr Sarah Lim
Clinical Psychologist
Harbour Minds Psychology, Central
''', [
    C("complete the second half of Ethan's assessment", 'I (Dr Lim, clinical psychologist)', '2027-10-02'),
    C('questionnaire links to you by COB Wednesday', 'I (Dr Lim, clinical psychologist)', '2027-09-29'),
    C('will be running his weekly literacy sessions online', 'Rachel (colleague)', '2027-10-11'),
    M('Our video call with Ms Barker', '2027-09-28', '07:45'),
    C('The complete written report will follow within 15 working days', None, None),
    D('is a matter for their Learning Support team', 'other'),
    D("the assessment fee can't be split across two insurance years", 'budget'),
], kind='alt', notes='Batch G. Private clinical psychologist, multipart/alternative QP (generated HTML list): an assessment session held this morning (no meeting); the second assessment session with the child with a date and time range ("I\'ll complete the second half of Ethan\'s assessment": commitment, not a meeting); "by COB Wednesday" (Fri 24 Sep -> 29 Sep, no time); "From Monday 11 October" + future progressive (start); a fixed video call with the class teacher "stays at Tuesday 28 September, 7.45 am" (meeting); two feedback slots merely offered (no meeting); a report "within 15 working days of the feedback meeting" that has no date yet (null, vague, concrete: no deflection); remit (the school decides); budget.')

# Batch I (234-245): written blind, kept out of the repository while the
# rules were tuned on batch G, then scored (README).

letter('234', 'Mon, 18 Jan 2027 09:15:00 +0800',
       ('Chan Wai Ling (SENCO)', 'wlchan@lokfubaptist.edu.hk'), 'Kelvin - support in P3', '''
Dear Mr and Mrs Ho,

Following our phone conversation on Friday, here is where things stand for Kelvin.

Miss Yeung, his class teacher, has agreed to trial a visual timetable on his desk from Wednesday 20 January.

Our school social worker, Mr Fung, is to meet Kelvin in small-group sessions every Thursday lunchtime, beginning on 28 January.

I will photocopy the enlarged worksheets for Chinese and hand them to Kelvin by Friday, and the teaching assistant will collate his homework checklist by the 29th.

The parent meeting to go over his progress is fixed for Tuesday 2 February at 4.30 pm in Room 204.

Unfortunately our two teaching assistants are already stretched across six classes, so a dedicated helper in lessons is not possible this year.

Whether Kelvin can sit the TSA in a separate room is decided by the HKEAA, not by us.

Please sign and return the consent form for the social worker sessions by Wednesday.

Yours sincerely,
Chan Wai Ling
SENCO
Lok Fu Baptist Primary School
''', [
    C('has agreed to trial a visual timetable on his desk', 'Miss Yeung (class teacher)', '2027-01-20'),
    C('is to meet Kelvin in small-group sessions', 'Mr Fung (school social worker)', '2027-01-28'),
    C('photocopy the enlarged worksheets for Chinese', 'I (Chan Wai Ling, SENCO)', '2027-01-22'),
    C('will collate his homework checklist by the 29th', 'the teaching assistant', '2027-01-29'),
    M('The parent meeting to go over his progress', '2027-02-02', '16:30'),
    D('already stretched across six classes', 'other'),
    D('is decided by the HKEAA, not by us', 'other'),
], kind='plain', notes='Batch I. Local aided primary writing in English, plain QP: "has agreed to ... from Wednesday 20 January" (start date); "X is to" sessions with the child, "beginning on 28 January" (commitment, not meeting); one sentence, two dated actions ("by Friday" Mon 18 Jan -> 22 Jan; "by the 29th" -> 29 Jan); a fixed parent meeting with a dotted time; capacity (other); remit (other); request to the parent (nothing).')

letter('235', 'Wed, 3 Mar 2027 16:05:00 +0800',
       ('Sean Doyle', 'sdoyle@kowloonjunction.edu.hk'), "Aarav - action plan from yesterday's meeting", '''
Dear Ms Patel,

Thank you for coming in yesterday to talk about Aarav's Year 9 options.

Here is the action plan we agreed at the meeting (action - who - by when):

- Share Aarav's access arrangements summary with his new teachers - Mr Doyle - 12/3/2027
- Book a careers interview with the school's careers adviser - Ms Okafor - Friday 19 March
- Post home a printed copy of the revised Individual Learning Plan - Learning Support - on or before 26 March

Mr Doyle will also be observing Aarav in Design Technology over the next fortnight.

We will arrange a review with you and Aarav's tutor by 16 April.

The Year 9 options evening for all parents takes place on Thursday 11 March at 6.30 pm in the Hall.

Exam concessions for IGCSE are ultimately approved by the exam board, and our part is limited to submitting the evidence.

Best wishes,
Sean Doyle
Head of Learning Support
Kowloon Junction School
''', [
    C("Share Aarav's access arrangements summary with his new teachers", 'Mr Doyle', '2027-03-12'),
    C("Book a careers interview with the school's careers adviser", 'Ms Okafor', '2027-03-19'),
    C('Post home a printed copy of the revised Individual Learning Plan', 'Learning Support', '2027-03-26'),
    C('will also be observing Aarav in Design Technology', 'Mr Doyle', '2027-03-17'),
    C("will arrange a review with you and Aarav's tutor", 'we', '2027-04-16'),
    D('are ultimately approved by the exam board', 'other'),
], kind='alt', html='''<html><body style="font-family:Arial,sans-serif">
<p>Dear Ms Patel,</p>
<p>Thank you for coming in yesterday to talk about Aarav's Year 9 options.</p>
<p>Here is the action plan we agreed at the meeting:</p>
<table border="1" cellpadding="4">
<tr><th>Action</th><th>Who</th><th>By when</th></tr>
<tr><td>Share Aarav's access arrangements summary with his new teachers</td><td>Mr Doyle</td><td>12/3/2027</td></tr>
<tr><td>Book a careers interview with the school's careers adviser</td><td>Ms Okafor</td><td>Friday 19 March</td></tr>
<tr><td>Post home a printed copy of the revised Individual Learning Plan</td><td>Learning Support</td><td>on or before 26 March</td></tr>
</table>
<p>Mr Doyle will also be observing Aarav in Design Technology over the next fortnight.</p>
<p>We will arrange a review with you and Aarav's tutor by 16 April.</p>
<p>The Year 9 options evening for all parents takes place on Thursday 11 March at 6.30 pm in the Hall.</p>
<p>Exam concessions for IGCSE are ultimately approved by the exam board, and our part is limited to submitting the evidence.</p>
<p>Best wishes,<br>Sean Doyle<br>Head of Learning Support<br>Kowloon Junction School</p>
</body></html>
''', notes='Batch I. ESF-style secondary, multipart/alternative QP; HTML has an action table (action | who | by when), plain has the same rows as list lines: each row is a commitment keyed in its action cell (12/3/2027 day first; "Friday 19 March"; "on or before 26 March"); a meeting held yesterday (nothing); future progressive "over the next fortnight" (3 Mar + 14 = 17 Mar); a promise to arrange a review by a deadline (commitment, not meeting); options evening for all parents (not a meeting); remit (other).')

letter('236', 'Thu, 15 Apr 2027 11:20:00 +0800',
       ('Lau Chi Keung', 'cklau@tsuenwandss.edu.hk'), "Re: Chloe's timetable and tutoring", '''<html><body>
<p>Dear Mrs Cheung,</p>
<p>Thanks for your message about Chloe's timetable.</p>
<p>Our counselling teacher, Miss Ip, will be holding weekly check-ins with Chloe starting April 26th.</p>
<p>I'll circulate the revised seating plan to all subject teachers by April 22.</p>
<p>I have asked our librarian, Mrs Chow, to reserve audiobook versions of the set texts for Chloe by April 30.</p>
<p>Our video call with Chloe's psychiatrist, Dr Mak, is confirmed for May 3, 2027 at 5:15 p.m. via Zoom.</p>
<p>The school will consider extending her homework deadlines as well.</p>
<p>Sadly, our fee remission fund has been fully allocated for this school year, so we cannot cover the tutoring costs.</p>
<p>Kind regards,<br>Lau Chi Keung<br>Vice-Principal<br>Tsuen Wan Direct Subsidy Secondary School</p>
<div>On Wed, 14 Apr 2027 at 21:02, Mandy Cheung &lt;mandy.cheung@example.com&gt; wrote:</div>
<blockquote style="border-left:1px solid #ccc;padding-left:8px">
<p>Dear Mr Lau, Chloe is exhausted by the timetable change. I will bring Dr Mak's letter to the office on Monday. Could the school pay for a tutor this term?</p>
<p>Mandy Cheung</p>
</blockquote>
</body></html>
''', [
    C('will be holding weekly check-ins with Chloe', 'Miss Ip (counselling teacher)', '2027-04-26'),
    C("I'll circulate the revised seating plan to all subject teachers", 'I (Lau Chi Keung, Vice-Principal)', '2027-04-22'),
    C('to reserve audiobook versions of the set texts', 'Mrs Chow (librarian, asked by the Vice-Principal)', '2027-04-30'),
    M("Our video call with Chloe's psychiatrist, Dr Mak", '2027-05-03', '17:15'),
    C('will consider extending her homework deadlines', 'the school', None),
    D('will consider extending her homework deadlines', 'no-date'),
    D('fee remission fund has been fully allocated', 'budget'),
], kind='rawhtml', notes='Batch I. DSS secondary, HTML-only reply with the parent\'s message in a <blockquote> (her "on Monday" promise is not annotated): US-style dates ("starting April 26th" start; "by April 22"; "May 3, 2027 at 5:15 p.m."); future progressive; a delegation "I have asked ... to ... by April 30"; a fixed video call with the psychiatrist (meeting); "will consider" (vague, no-date); budget.')

letter('237', 'Fri, 7 May 2027 14:00:00 +0800',
       ('Rebecca Tam', 'rtam@sunrisebay.edu.hk'), 'Jason - frame, home programme and IEP review', '''
Dear Mr Siu,

It was lovely to see Jason so relaxed at the swimming gala this week.

Our physiotherapist will re-measure Jason's standing frame on Tuesday the 18th.

The speech therapist expects to send you a home programme for his communication board on or before 28 May.

From 31 May, Mr Ko will be taking Jason to the vocational taster group on Wednesday mornings.

We have pencilled in Thursday 10 June at 10:00 for his IEP review with you and the class team.

As for the bruise you noticed on his arm, Jason was perfectly settled all day and the staff saw nothing untoward.

A place on the hydrotherapy rota depends on the hospital renewing his medical clearance.

Please send in a spare set of clothes on Monday.

With best regards,
Rebecca Tam
Class Teacher
Sunrise Bay School
''', [
    C("will re-measure Jason's standing frame", 'our physiotherapist', '2027-05-18'),
    C('expects to send you a home programme', 'the speech therapist', '2027-05-28'),
    C('will be taking Jason to the vocational taster group', 'Mr Ko', '2027-05-31'),
    M('We have pencilled in Thursday 10 June at 10:00', '2027-06-10', '10:00'),
    D('the staff saw nothing untoward', 'reassurance'),
    D('depends on the hospital renewing his medical clearance', 'waiting'),
], kind='plain64', notes='Batch I. Special school class teacher, plain base64: weekday + day-only "on Tuesday the 18th" (Fri 7 May -> 18 May); "expects to ... on or before 28 May"; "From 31 May ... will be taking" (start, future progressive); an IEP review the school has pencilled in (provisional: meeting); reassurance with no action; a third party\'s condition (waiting); request to the parent (nothing).')

letter('238', 'Tue, 8 Jun 2027 10:30:00 +0800',
       ('Kitty Law', 'kitty.law@bridgesfamily.org.hk'), 'Tommy - workshop, OT group and summer camp', '''
Dear Mrs Wu,

Thank you for joining our parent support circle on Saturday.

Our workshop on managing screen time is open to all families and runs on Saturday 19 June, 10:00-12:00, at our Yau Tong centre.

I'll forward the workshop slides to you three days after the workshop.

Our occupational therapist, Mr Poon, is going to start Tommy's fine-motor group on 5 July, and he will hand you a progress sheet two weeks after the first session.

Our WhatsApp video call to plan Tommy's summer is booked for Monday 14 June at 8 pm.

The subsidy for the summer camp can only be released if the Social Welfare Department approves our funding bid.

We cannot offer individual counselling at present, as our waiting list runs to about five months.

Warm regards,
Kitty Law
Registered Social Worker
Bridges Family Centre
''', [
    C("I'll forward the workshop slides to you", 'I (Kitty Law, social worker)', '2027-06-22'),
    C("is going to start Tommy's fine-motor group", 'Mr Poon (occupational therapist)', '2027-07-05'),
    C('he will hand you a progress sheet', 'Mr Poon (occupational therapist)', '2027-07-19'),
    M("Our WhatsApp video call to plan Tommy's summer", '2027-06-14', '20:00'),
    D('if the Social Welfare Department approves our funding bid', 'waiting'),
    D('our waiting list runs to about five months', 'other'),
], kind='alt64', notes='Batch I. NGO social worker, multipart/alternative base64: a support circle held on Saturday (nothing); a workshop for all families with a time range (not a meeting); "three days after the workshop" dated in the previous sentence (19 Jun + 3 = 22 Jun); one sentence, two dated actions ("is going to start ... on 5 July"; "two weeks after the first session" = 19 Jul); a fixed WhatsApp video call (meeting 14 Jun 20:00); a third party\'s condition (waiting); capacity (other).')

letter('239', 'Sat, 10 Jul 2027 09:05:00 +0800',
       ('Joanne Ho', 'joanne@littlevoices.hk'), 'Re: Arjun restarting therapy', '''
Hi Priya,

Thanks for the update about Arjun's summer plans - welcome back!

I'll be seeing Arjun for his therapy block on Tuesdays at 4pm, starting next Tuesday.

I can do a parent coaching call on Thursday 15 July at 7pm or Friday 16 July at 12:30 - just tell me which suits.

My assistant, Carmen, is to post the printed visual cue cards to you on Monday 12 July.

I'll put together a short report for his new teacher and email it to you before the 30th.

Sorry, but I don't write letters for the school about exam arrangements; that needs to come from the educational psychologist.

Best,
Joanne Ho
Speech-Language Pathologist
Little Voices Speech Therapy, Tsim Sha Tsui

On Fri, 9 Jul 2027 at 22:41, Priya Nair <priya.nair@example.com> wrote:
> Hi Joanne, we're back from Singapore. Could Arjun restart therapy next week?
> I will send you the school's report by Monday.
> Priya
''', [
    C('for his therapy block on Tuesdays at 4pm', 'I (Joanne Ho, speech therapist)', '2027-07-13'),
    C('is to post the printed visual cue cards', 'Carmen (assistant)', '2027-07-12'),
    C('put together a short report for his new teacher', 'I (Joanne Ho, speech therapist)', '2027-07-30'),
    D("I don't write letters for the school about exam arrangements", 'other'),
], kind='plain', crlf=True, notes='Batch I. Private speech therapist, plain QP with CRLF, reply above "On ... wrote:" and ">" lines (the parent\'s "by Monday" promise is not annotated): therapy sessions with the child "starting next Tuesday" (Sat 10 Jul -> 13 Jul; commitment, not meeting); two coaching-call slots offered (no meeting); "X is to ... on Monday 12 July"; "before the 30th" (day only -> 30 Jul); polite refusal (other).')

letter('240', 'Mon, 23 Aug 2027 17:45:00 +0800',
       ('Dr Michael Yip', 'myip@clearviewlearning.hk'), 'Invitation: feedback session for Lucy (1 September)', '''
Dear Mr and Mrs Ng,

Please find attached a calendar invitation for our online feedback session on Wednesday 1 September, 8:00-9:00 pm, via Google Meet.

Ahead of the session, I shall e-mail a one-page summary of the results to you on Monday 30 August.

My colleague Ms Sung has agreed to observe Lucy in her P2 classroom during the first week of term.

Lucy's complete written findings are to be released within three weeks after the feedback session.

Extra time in school tests sits with the school's SENCO, who makes that call.

Kind regards,
Dr Michael Yip
Educational Psychologist
Clearview Learning Centre
''', [
    M('calendar invitation for our online feedback session', '2027-09-01', '20:00'),
    C('I shall e-mail a one-page summary of the results', 'I (Dr Yip, educational psychologist)', '2027-08-30'),
    C('has agreed to observe Lucy in her P2 classroom', 'Ms Sung (colleague)', None),
    C('complete written findings are to be released', None, '2027-09-22'),
    D("Extra time in school tests sits with the school's SENCO", 'other'),
], kind='altcal', ics='''
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Clearview Learning Centre//Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lucy-feedback-20270901@clearviewlearning.hk
DTSTAMP:20270823T094500Z
DTSTART;TZID=Asia/Hong_Kong:20270901T200000
DTEND;TZID=Asia/Hong_Kong:20270901T210000
SUMMARY:Feedback session - Lucy Ng
LOCATION:Google Meet
ORGANIZER:mailto:myip@clearviewlearning.hk
END:VEVENT
END:VCALENDAR
''', notes='Batch I. Private educational psychologist, multipart/mixed (alternative QP + text/calendar attachment, not annotated): an invitation to an online feedback session with a time range (meeting 1 Sep 20:00); "on Monday 30 August" commitment; "has agreed to observe" the child "during the first week of term" (school calendar: null, vague, concrete: no deflection); a passive "are to be released ... within three weeks after the feedback session" dated earlier (1 Sep + 21 = 22 Sep, no owner); remit (other).')

letter('241', 'Wed, 22 Sep 2027 15:30:00 +0800',
       ('Winnie Chow', 'principal@littleacorns.edu.hk'), "Sophie's allergy form - thank you", '''
Dear Mrs Leung,

Thank you for returning Sophie's allergy form and the EpiPen on Monday.

Our school nurse went through the allergy action plan with all K2 teachers yesterday afternoon.

Please label the spare EpiPen with Sophie's full name and bring it in by Friday.

The kindergarten will be closed on Friday 1 October for National Day.

Our lantern evening for all families is on Thursday 23 September from 6:30 pm in the playground.

The talk on picky eating for K1 to K3 parents takes place on Saturday 9 October at 9:30 am.

Kind regards,
Winnie Chow
Principal
Little Acorns Kindergarten
''', [], kind='html', notes='Batch I. Kindergarten principal, HTML-only (generated): holds nothing - a thank-you for past actions, a past briefing by the nurse, a request to the parent, a closure nobody acts on, and two events for all parents (not meetings).')

letter('242', 'Tue, 12 Oct 2027 12:10:00 +0800',
       ('Fiona Grant', 'fgrant@islandpeak.edu.hk'), 'Re: Daniel at lunchtimes', '''
Dear Mr Choi,

Thank you for your email about Daniel and the lunchtime incidents.

I can reassure you that Daniel is well liked in his tutor group and seems perfectly content.

My feeling is that we should give him until half-term to find his feet before putting anything formal in place.

A dedicated lunchtime supervisor for Year 7 is not something our staffing allows at the moment.

Moving him to a different tutor group rests with the Deputy Head (Pastoral), not with me.

The learning support budget for this year was fixed last summer and cannot be reopened.

I'm sorry not to have better news.

Best regards,
Fiona Grant
Head of Year 7
Island Peak International School
''', [
    D('Daniel is well liked in his tutor group', 'reassurance'),
    D('give him until half-term to find his feet', 'waiting'),
    D('not something our staffing allows at the moment', 'other'),
    D('rests with the Deputy Head (Pastoral), not with me', 'other'),
    D('was fixed last summer and cannot be reopened', 'budget'),
], kind='plain', notes='Batch I. International school Head of Year, plain QP: holds only deflections - reassurance with no data, wait-and-see until half-term (no future verb, no commitment), capacity (staffing), remit (the Deputy Head decides), budget.')

letter('243', 'Thu, 4 Nov 2027 18:20:00 +0800',
       ('Kenneth Tse', 'ktse@saikunglutheran.edu.hk'), "Re: Bryan's questions", '''
Dear Mrs Lam,

Please see my answers below each of your questions.

> 1. Can Bryan get a copy of the notes when he misses lessons for therapy?

Yes. From Monday 8 November, our teaching assistant Miss Kwan will be scanning the lesson notes for Bryan.

> 2. When will the school social worker see him?

Mr Ho, our school social worker, will meet Bryan for a first session, and he has set aside Wednesday 17 November for it.

> 3. Can we meet the Principal?

Meetings with the Principal are booked through her office, so I cannot promise a slot.

> 4. Will the school move Bryan's seat?

We will come back to where Bryan sits at some point this term.

In the meantime, our phone call goes ahead on Monday 15 November at 5pm as planned.

Regards,
Kenneth Tse
Form Teacher, 2C
Sai Kung Lutheran Secondary School
''', [
    C('will be scanning the lesson notes for Bryan', 'Miss Kwan (teaching assistant)', '2027-11-08'),
    C('will meet Bryan for a first session', 'Mr Ho (school social worker)', '2027-11-17'),
    D('Meetings with the Principal are booked through her office', 'other'),
    C('We will come back to where Bryan sits', 'we', None),
    D('We will come back to where Bryan sits', 'no-date'),
    M('our phone call goes ahead on Monday 15 November', '2027-11-15', '17:00'),
], kind='alt', html='''<html><body style="font-family:Calibri,sans-serif">
<p>Dear Mrs Lam,</p>
<p>Please see my answers below each of your questions.</p>
<blockquote>1. Can Bryan get a copy of the notes when he misses lessons for therapy?</blockquote>
<p>Yes. From Monday 8 November, our teaching assistant Miss Kwan will be scanning the lesson notes for Bryan.</p>
<blockquote>2. When will the school social worker see him?</blockquote>
<p>Mr Ho, our school social worker, will meet Bryan for a first session, and he has set aside Wednesday 17 November for it.</p>
<blockquote>3. Can we meet the Principal?</blockquote>
<p>Meetings with the Principal are booked through her office, so I cannot promise a slot.</p>
<blockquote>4. Will the school move Bryan's seat?</blockquote>
<p>We will come back to where Bryan sits at some point this term.</p>
<p>In the meantime, our phone call goes ahead on Monday 15 November at 5pm as planned.</p>
<p>Regards,<br>Kenneth Tse<br>Form Teacher, 2C<br>Sai Kung Lutheran Secondary School</p>
</body></html>
''', notes='Batch I. Local secondary form teacher writing in English, multipart/alternative QP, inline answers between quoted questions (">" lines / <blockquote>, not annotated): start date + future progressive; a session with the child whose date comes in the next clause (17 Nov; commitment, not meeting); remit (other); soft time "at some point this term" with "come back to" (vague, no-date); a fixed phone call "goes ahead on" (meeting 15 Nov 17:00).')

letter('244', 'Fri, 26 Nov 2027 13:00:00 +0800',
       ('Grace Kwan', 'grace@kidsinmotion.hk'), 'Mia - after today', '''<html><body style="font-family:Helvetica,sans-serif">
<p>Hi Mr and Mrs Fong,</p>
<p>Here's a quick summary after today's session with Mia.</p>
<p>I'll be assessing Mia's handwriting speed on December 3rd, and Jenny, our OT assistant, will drop off the sloped writing board at her school by Dec 10, 2027.</p>
<p>The winter sensory-play morning for all our families is on Saturday, December 18th, 10am&ndash;12pm; do come along if you can.</p>
<p>Our Zoom check-in with Mia's class teacher, Ms Rowe, is set for Tuesday, November 30th at 3:45 pm.</p>
<p>I aim to send the home exercise sheet no later than Wednesday.</p>
<p>Insurance claims aren't something we can process on your behalf, I'm afraid; the receipts will need to go in from you.</p>
<p>Let's not book a second weekly slot yet, until we see how she responds to the board.</p>
<p>Cheers,<br>Grace Kwan<br>Occupational Therapist<br>Kids in Motion OT, Wan Chai</p>
</body></html>
''', [
    C("I'll be assessing Mia's handwriting speed", 'I (Grace Kwan, occupational therapist)', '2027-12-03'),
    C('will drop off the sloped writing board at her school', 'Jenny (OT assistant)', '2027-12-10'),
    M("Our Zoom check-in with Mia's class teacher", '2027-11-30', '15:45'),
    C('I aim to send the home exercise sheet', 'I (Grace Kwan, occupational therapist)', '2027-12-01'),
    D("Insurance claims aren't something we can process", 'other'),
    D("Let's not book a second weekly slot yet", 'waiting'),
], kind='rawhtml', notes='Batch I. Private occupational therapist, HTML-only (hand-written, &ndash; entity): a session held today (nothing); one sentence, two dated actions in US-style dates ("on December 3rd"; "by Dec 10, 2027"); an event for all families with a time range (not a meeting); a fixed Zoom check-in with the class teacher (meeting); "aim to ... no later than Wednesday" (Fri 26 Nov -> 1 Dec); polite refusal (other); wait-and-see (waiting).')

letter('245', 'Mon, 13 Dec 2027 10:00:00 +0800',
       ('Helen Ma', 'hma@harbourviewprimary.edu.hk'), "RE: Noah's reading", '''
Dear Ms Yuen,

Thank you for meeting with Mr Brooks and me last Thursday; it was a helpful conversation.

As agreed, I will draft Noah's Individual Education Plan within 5 school days.

Mr Brooks will be testing out a C-Pen reader with Noah from Wednesday, and our EAL teacher is to re-test his phonics by 7 January.

You are warmly invited to Noah's IEP review with us on Friday 14 January at 8:15 am in the Learning Support room.

We will be watching how his friendships develop in the playground.

Should the paediatrician's letter arrive in time, the OT's recommendations could go into the plan too.

Please could you drop the paediatrician's letter at the office before the holidays.

Best wishes,
Helen Ma
Learning Support Coordinator
Harbourview Primary School

-----Original Message-----
From: Grace Yuen <grace.yuen@example.com>
Sent: Friday, 10 December 2027 21:15
To: Helen Ma <hma@harbourviewprimary.edu.hk>
Subject: Noah's reading

Dear Mrs Ma,
Thanks for Thursday. I will bring the paediatrician's letter in on Wednesday. Will Noah get a reading pen?
Grace
''', [
    C("I will draft Noah's Individual Education Plan", 'I (Helen Ma, Learning Support Coordinator)', '2027-12-20'),
    C('will be testing out a C-Pen reader with Noah', 'Mr Brooks', '2027-12-15'),
    C('is to re-test his phonics by 7 January', 'our EAL teacher', '2028-01-07'),
    M("invited to Noah's IEP review with us", '2028-01-14', '08:15'),
    C('We will be watching how his friendships develop', 'we', None),
    D('We will be watching how his friendships develop', 'no-date'),
    D("Should the paediatrician's letter arrive in time", 'waiting'),
], kind='plain', notes='Batch I. International-style primary Learning Support Coordinator, plain QP, above an Outlook "-----Original Message-----" block (the parent\'s "on Wednesday" promise is not annotated): a meeting held last Thursday (nothing); "within 5 school days" (Mon 13 Dec -> Mon 20 Dec); one sentence, two dated actions ("from Wednesday" start -> 15 Dec; "X is to ... by 7 January" -> 2028); an invitation to an IEP review (meeting 14 Jan 2028 08:15); "watching how ... develop" (vague, no-date); a third party\'s condition (waiting); request to the parent (nothing).')

# Batch K (246-253): written blind as the session's final measure; no rule
# was tuned on it (README).

letter('246', 'Tue, 12 Oct 2027 16:20:00 +0800',
       ('Yip Mei Kuen (SENCO)', 'mkyip@shatinmethodist-pri.edu.hk'), "Ethan's reading support - after yesterday's meeting", '''
Dear Mrs Lam,

Thank you for meeting Mr Chiu and me yesterday afternoon to talk about Ethan's reading.

As agreed, I will post you a copy of Ethan's draft support plan by 22 October.

Mr Chiu, his English teacher, is going to give Ethan a reading ruler and large-print handouts from next Monday.

Our teaching assistant will sit beside Ethan during English dictations this term.

We will also look into whether he can join the lunchtime reading club.

The school's educational psychologist has no free sessions until January, so a new assessment cannot be arranged before then.

I have booked a follow-up meeting with you on Thursday 25 November at 4:00 pm in the Student Support Room.

Please tell me if Ethan's eye test shows anything new.

Best regards,
Yip Mei Kuen
SENCO
Sha Tin Methodist Primary School
''', [
    C("I will post you a copy of Ethan's draft support plan", 'I (Yip Mei Kuen, SENCO)', '2027-10-22'),
    C('is going to give Ethan a reading ruler', 'Mr Chiu (English teacher)', '2027-10-18'),
    C('will sit beside Ethan during English dictations', 'our teaching assistant', None),
    C('look into whether he can join the lunchtime reading club', 'we', None),
    D('look into whether he can join the lunchtime reading club', 'no-date'),
    D('has no free sessions until January', 'other'),
    M('I have booked a follow-up meeting with you', '2027-11-25', '16:00'),
], kind='plain', notes='Batch K. Local primary SENCO after a parent meeting held yesterday (nothing), plain QP: "by 22 October"; "is going to ... from next Monday" (Tue 12 Oct -> 18 Oct, start); "this term" (school calendar: null, vague, concrete: no deflection); "will also look into" (vague, no-date); EP capacity (other); a booked follow-up meeting with date and time; request to the parent (nothing).')

letter('247', 'Thu, 4 Mar 2027 13:10:00 +0800',
       ('Ms Fiona Chan', 'fchan@kowloonbaychristian-ss.edu.hk'), "Kelly's outstanding homework (3B)", '''
Dear Mr Wong,

I am writing as Kelly's class teacher in 3B about the homework you asked about on Tuesday.

I have checked with her subject teachers, and Kelly has four pieces of work outstanding at the moment.

Mr Tse will hand her a printed list of the missing work tomorrow.

Ms Ho has agreed to accept the Chinese composition up to next Wednesday without any mark deduction.

I'll keep an eye on how Kelly settles after the change of class.

Kelly is a bright, well-liked girl and I am sure she will catch up quickly.

The S3 subject selection talk for parents will be held on Saturday 20 March at 10:00 am in the school hall.

Please sign Kelly's homework record every evening.

Kind regards,
Fiona Chan
Class Teacher, 3B
Kowloon Bay Christian Secondary School
''', [
    C('will hand her a printed list of the missing work', 'Mr Tse', '2027-03-05'),
    C('has agreed to accept the Chinese composition', 'Ms Ho', '2027-03-10'),
    C("I'll keep an eye on how Kelly settles", 'I (Fiona Chan, class teacher)', None),
    D("I'll keep an eye on how Kelly settles", 'no-date'),
    D('I am sure she will catch up quickly', 'reassurance'),
], kind='html', notes='Batch K. Secondary class teacher, HTML only QP: "tomorrow" (Thu 4 Mar -> 5 Mar); "has agreed to accept ... up to next Wednesday" (-> 10 Mar); "keep an eye on" (vague, no-date); reassurance; a subject selection talk for all parents (not a meeting); request to the parent (nothing).')

letter('248', 'Mon, 26 Apr 2027 18:00:00 +0800',
       ('Dr Lee Siu Ming', 'principal@tkocanaan-pri.edu.hk'), 'Re: Marcus - incident in the playground', '''
Dear Mr and Mrs Cheng,

Thank you for your email of 22 April about the playground incident involving Marcus. I am sorry that he came home so upset.

I have spoken to the teachers on duty that day and to the two pupils involved.

Our Discipline Master, Mr Kwok, will complete a written account of the incident by Friday 30 April.

I have also asked our school social worker to see Marcus this week.

Additional teachers will be put on playground duty at recess from Monday 3 May.

Our staff followed the school's anti-bullying procedures on the day, and I am satisfied that they acted properly.

As for your request for the CCTV footage, Hong Kong's privacy law restricts its release, so we are unable to give you a copy.

I will meet you in my office on Thursday 6 May at 5:30 pm, together with Mr Kwok.

Yours sincerely,
Dr Lee Siu Ming
Principal
Tseung Kwan O Canaan Primary School

On Thu, 22 Apr 2027 at 21:15, Alan Cheng <alan.cheng@example.com> wrote:
> Dear Principal, Marcus was pushed over at recess today and nobody saw it.
> I will keep him at home tomorrow. We would like to see the CCTV.
> Alan Cheng
''', [
    C('will complete a written account of the incident', 'Mr Kwok (Discipline Master)', '2027-04-30'),
    C('asked our school social worker to see Marcus this week', 'our school social worker (asked by the Principal)', '2027-05-02'),
    C('Additional teachers will be put on playground duty', None, '2027-05-03'),
    D('I am satisfied that they acted properly', 'reassurance'),
    D("Hong Kong's privacy law restricts its release", 'legal-position'),
    M('I will meet you in my office on Thursday 6 May', '2027-05-06', '17:30'),
], kind='alt', html='''<html><body style="font-family:Arial,sans-serif">
<p>Dear Mr and Mrs Cheng,</p>
<p>Thank you for your email of 22 April about the playground incident involving Marcus. I am sorry that he came home so upset.</p>
<p>I have spoken to the teachers on duty that day and to the two pupils involved.</p>
<p>Our Discipline Master, Mr Kwok, will complete a written account of the incident by Friday 30 April.</p>
<p>I have also asked our school social worker to see Marcus this week.</p>
<p>Additional teachers will be put on playground duty at recess from Monday 3 May.</p>
<p>Our staff followed the school's anti-bullying procedures on the day, and I am satisfied that they acted properly.</p>
<p>As for your request for the CCTV footage, Hong Kong's privacy law restricts its release, so we are unable to give you a copy.</p>
<p>I will meet you in my office on Thursday 6 May at 5:30 pm, together with Mr Kwok.</p>
<p>Yours sincerely,<br>Dr Lee Siu Ming<br>Principal<br>Tseung Kwan O Canaan Primary School</p>
<div>On Thu, 22 Apr 2027 at 21:15, Alan Cheng &lt;alan.cheng@example.com&gt; wrote:</div>
<blockquote style="border-left:1px solid #ccc;padding-left:8px">
<p>Dear Principal, Marcus was pushed over at recess today and nobody saw it.<br>I will keep him at home tomorrow. We would like to see the CCTV.<br>Alan Cheng</p>
</blockquote>
</body></html>
''', notes='Batch K. Principal replying to a complaint, multipart/alternative QP with the parent\'s message quoted (">" lines / <blockquote>; his "I will keep him at home tomorrow" not annotated): past actions (nothing); "by Friday 30 April"; a delegation "I have also asked ... to see Marcus this week" (session with the child; Mon 26 Apr -> Sun 2 May); a passive with no agent "from Monday 3 May" (vague, concrete: no deflection); reassurance; privacy law (legal-position); a fixed meeting with the principal.')

letter('249', 'Wed, 9 Jun 2027 10:40:00 +0800',
       ('Dr Karen Li', 'karen.li@harbourviewcdc.hk'), "Noah's assessment - next steps", '''
Dear Ms Fernandes,

Thank you for bringing Noah to the centre for his assessment sessions on 3 and 5 June.

I am now scoring the tests and will have the full written report with you within three weeks.

Our feedback meeting is scheduled for Saturday 3 July at 10:00 am at our Central office.

With your consent, I will also phone Noah's class teacher before the end of June to hear how he copes in class.

The report will be written in English, and a Chinese translation can be ordered at extra cost.

Whether Noah gets special examination arrangements at school is for the school to decide; my report can only recommend them.

Warm regards,
Dr Karen Li
Educational Psychologist
Harbourview Child Development Centre
''', [
    C('will have the full written report with you', 'I (Dr Karen Li, EP)', '2027-06-30'),
    M('Our feedback meeting is scheduled for Saturday 3 July', '2027-07-03', '10:00'),
    C("I will also phone Noah's class teacher", 'I (Dr Karen Li, EP)', '2027-06-30'),
    D('is for the school to decide; my report can only recommend them', 'other'),
], kind='alt64', notes='Batch K. Private educational psychologist, multipart/alternative base64: assessment sessions already held (nothing); "within three weeks" (Wed 9 Jun + 21 = 30 Jun); a scheduled feedback meeting with date and time; "before the end of June" (-> 30 Jun) for a call to the teacher (commitment, not a meeting with the parent); "The report will be written in English" (nothing); remit (other).')

letter('250', 'Thu, 18 Nov 2027 15:00:00 +0800',
       ('Sarah Wong', 'swong.st@tuenmunfaith-pri.edu.hk'), "Riya's speech therapy - progress this term", '''
Dear Mrs Singh,

This is a short update on Riya's speech therapy this term.

Riya has finished six of her eight sessions, and she now says the /s/ sound much more clearly in single words.

I will put a new set of practice cards into her school bag on Monday.

I will see Riya for her final two sessions on 25 November and 2 December.

A short progress note will be sent home within a week after the last session.

Five minutes of practice a day at home really does make a difference.

The EDB has not yet confirmed the school's therapy hours for next year, so I cannot tell you yet whether Riya will continue in January.

Kind regards,
Sarah Wong
School-based Speech Therapist
Tuen Mun Faith Primary School
''', [
    C('put a new set of practice cards into her school bag', 'I (Sarah Wong, speech therapist)', '2027-11-22'),
    C('for her final two sessions on 25 November and 2 December', 'I (Sarah Wong, speech therapist)', '2027-12-02'),
    C('A short progress note will be sent home', None, '2027-12-09'),
    D("The EDB has not yet confirmed the school's therapy hours", 'waiting'),
], kind='plain64', notes='Batch K. School-based speech therapist, plain base64: past progress (nothing); "on Monday" (Thu 18 Nov -> 22 Nov); "I will see Riya" (therapy sessions with the child: commitment, two dates -> the latest, 2 Dec); a passive "within a week after the last session" (2 Dec + 7 = 9 Dec, no owner); advice (nothing); waiting for the EDB.')

letter('251', 'Tue, 17 Aug 2027 09:50:00 +0800',
       ('Mandy Tsoi', 'mandy.tsoi@harmonyfamily.org.hk'), 'Ka Ho - after our talk on Thursday', '''
Dear Mr Chan,

It was good to see you and Ka Ho at the centre last Thursday.

As promised, our social worker Miss Yuen will ring you next Tuesday at 7 pm to go through Ka Ho's timetable before the new term.

I'll email you the application form for the Community Care Fund tutoring scheme today.

Our youth worker, Jacky, will run Ka Ho's Saturday social skills group from 4 September.

We will try to find some other way to help with the school bus fee.

The tutoring scheme is funded for only 40 children this year, and places go in order of application.

Best regards,
Mandy Tsoi
Case Worker
Harmony Family Services (Sham Shui Po)
''', [
    M('Miss Yuen will ring you next Tuesday at 7 pm', '2027-08-24', '19:00'),
    C("I'll email you the application form", 'I (Mandy Tsoi, case worker)', '2027-08-17'),
    C("will run Ka Ho's Saturday social skills group", 'Jacky (youth worker)', '2027-09-04'),
    C('We will try to find some other way to help', 'we', None),
    D('We will try to find some other way to help', 'no-date'),
    D('is funded for only 40 children this year', 'budget'),
], kind='plain', crlf=True, notes='Batch K. NGO case worker, plain QP with CRLF: a visit held last Thursday (nothing); a fixed phone call "next Tuesday at 7 pm" (Tue 17 Aug -> 24 Aug; meeting, not commitment); "today"; a group for the child "from 4 September" (commitment, start date); "will try to find some other way to help" (vague, no-date); budget.')

letter('252', 'Fri, 10 Dec 2027 16:00:00 +0800',
       ('Little Lambs Kindergarten', 'office@littlelambs-kg.edu.hk'), 'Christmas party and holiday dates', '''<html><body style="font-family:Verdana,sans-serif">
<p>Dear Parents,</p>
<p>Thank you to every family who gave books to our book drive last month &ndash; we collected over 300!</p>
<p>Our Christmas party takes place on Wednesday 22 December from 9:30 am to 11:30 am, and parents are warmly invited.</p>
<p>Children may come to school in party clothes on that day.</p>
<p>Please return the reply slip to the class teacher by Friday 17 December.</p>
<p>The kindergarten is closed from 24 December to 2 January, and classes resume on Monday 3 January.</p>
<p>We wish you and your family a joyful Christmas.</p>
<p>Little Lambs Kindergarten<br>Ma On Shan</p>
</body></html>
''', [], kind='rawhtml', notes='Batch K. Kindergarten notice to all parents, HTML only QP: carries nothing (a book drive held, a party for all families with a time range, a request with a deadline, holiday closure dates).')

letter('253', 'Mon, 25 Jan 2027 08:45:00 +0800',
       ('Hannah Cole', 'hcole@peakviewintl.edu.hk'), "Invitation: Leo's learning plan review (9 February)", '''
Dear Mr and Mrs Kumar,

I've attached a calendar invitation for Leo's Individual Learning Plan review on Tuesday 9 February at 3:45 pm in the Learning Support room.

Ms Ortiz will re-test Leo's reading and spelling next week.

I'll share the new scores with you by Friday 5 February, so you have time to read them before we meet.

The Chinese department will carry on giving Leo a shortened spelling list.

One-to-one literacy lessons are not covered by the school fees and are charged separately.

Best wishes,
Hannah Cole
Head of Learning Support
Peak View International School
''', [
    M('calendar invitation for Leo\'s Individual Learning Plan review', '2027-02-09', '15:45'),
    C("will re-test Leo's reading and spelling next week", 'Ms Ortiz', '2027-02-07'),
    C("I'll share the new scores with you by Friday 5 February", 'I (Hannah Cole, Head of Learning Support)', '2027-02-05'),
    C('will carry on giving Leo a shortened spelling list', 'the Chinese department', None),
    D('are not covered by the school fees', 'budget'),
], kind='altcal', ics='''
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Peak View International School//Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:leo-ilp-review-20270209@peakviewintl.edu.hk
DTSTAMP:20270125T004500Z
DTSTART;TZID=Asia/Hong_Kong:20270209T154500
DTEND;TZID=Asia/Hong_Kong:20270209T163000
SUMMARY:ILP review - Leo Kumar
LOCATION:Learning Support room
ORGANIZER:mailto:hcole@peakviewintl.edu.hk
END:VEVENT
END:VCALENDAR
''', notes='Batch K. International school Head of Learning Support, multipart/mixed (alternative QP + text/calendar attachment, not annotated): an ILP review invitation with date and time (meeting); "next week" (Mon 25 Jan -> Sun 7 Feb) re-testing the child (commitment); "by Friday 5 February" (the date wins); "will carry on giving" with no date (vague, concrete: no deflection); fees (budget).')

# Batch L (254-265): written blind, scored with the rules of the session's
# start (506abf9), then given to a round of tuning (README).

letter('254', 'Tue, 21 Sep 2027 17:05:00 +0800',
       ('Cheryl Ho (SENCO)', 'cho.senco@kwaichung-lutheran-pri.edu.hk'), "Re: Jasper's spelling lists", '''
Dear Mrs Tang,

Thanks for your note, and sorry for the slow reply - we have been running the first-term SEN screening this week.

I spoke with Miss Kwan, Jasper's English teacher, this morning.

From next Monday she will give Jasper a ten-word spelling list in place of the usual twenty.

I'll send you the list of this term's target words by Thursday 30 September.

Reading the tests aloud to Jasper is something we can only decide once the Student Guidance Teacher has seen him.

I have booked the SEN room for the two of us on Wednesday 6 October at 8:15 am, before lessons start.

Best wishes,
Cheryl Ho
SENCO
Kwai Chung Lutheran Primary School

On Mon, 20 Sep 2027 at 22:40, Tang Wai Man <twm.family@example.com> wrote:
> Dear Ms Ho, Jasper spent two hours on his spelling again tonight and cried.
> Can the list be shortened? I will ask his tutor to help on Saturdays.
> Tang Wai Man
''', [
    C('she will give Jasper a ten-word spelling list', 'she (Miss Kwan, English teacher)', '2027-09-27'),
    C("I'll send you the list of this term's target words", 'I (Cheryl Ho, SENCO)', '2027-09-30'),
    D('we can only decide once the Student Guidance Teacher has seen him', 'waiting'),
    M('booked the SEN room for the two of us', '2027-10-06', '08:15'),
], kind='plain', notes='Batch L. Primary SENCO replying to a parent, plain QP, the parent\'s message quoted with "On ... wrote:" and ">" lines (her "I will ask his tutor" not annotated): a talk held this morning (nothing); "From next Monday she will give" (Tue 21 Sep -> Mon 27 Sep, start date, actor a pronoun for Miss Kwan); "by Thursday 30 September"; a decision that waits for another teacher\'s assessment (waiting, no cue word); a booked meeting with date and time.')

letter('255', 'Thu, 14 Jan 2027 11:30:00 +0800',
       ('Phoebe Lau', 'phoebe.lau@littlestepstherapy.hk'), "Chloe's handwriting programme - where we are", '''
Dear Mr and Mrs Yeung,

Here is a summary of where we are with Chloe's handwriting programme after her block of eight sessions.

Her pencil grip is steadier, though her letters still drift above the line when she gets tired.

Our senior therapist, Ms Janet Ip, has agreed to look over Chloe's handwriting video samples before 28 January.

I will start Chloe's next block of eight sessions on Saturday 6 February.

I have asked our front desk to post you the receipts for the autumn sessions within seven days.

At present we cannot visit schools during term time, as our two outreach therapists are fully committed till the summer.

I will ring you on Tuesday 19 January at 8:30 pm to talk through the home exercises.

Warm regards,
Phoebe Lau
Occupational Therapist
Little Steps Therapy Centre, Kowloon Tong
''', [
    C("has agreed to look over Chloe's handwriting video samples", 'Ms Janet Ip (senior therapist)', '2027-01-28'),
    C("I will start Chloe's next block of eight sessions", 'I (Phoebe Lau, OT)', '2027-02-06'),
    C('asked our front desk to post you the receipts', 'our front desk (asked by Phoebe Lau)', '2027-01-21'),
    D('our two outreach therapists are fully committed', 'other'),
    M('ring you on Tuesday 19 January at 8:30 pm', '2027-01-19', '20:30'),
], kind='alt64', notes='Batch L. Private occupational therapist, multipart/alternative base64: progress (nothing); "has agreed to ... before 28 January"; therapy sessions with the child starting "on Saturday 6 February" (commitment, start date); a delegation "I have asked our front desk to post ... within seven days" (Thu 14 Jan + 7 = 21 Jan); capacity (other, no cue word); a phone call at a fixed time (meeting, not commitment).')

letter('256', 'Mon, 8 Mar 2027 19:20:00 +0800',
       ('Mr Dennis Cheung', 'dcheung@shekkipmei-baptist.edu.hk'), 'Kenneth (2C) - classmates, phone and uniform', '''
Dear Mrs Chow,

Thank you for calling the general office this afternoon. I am Kenneth's form teacher in 2C.

I moved Kenneth to a desk near the front this morning, away from the boys he mentioned.

I have asked Miss Lo, our Student Guidance Teacher, to speak with Kenneth on Thursday about the trouble he has been having with classmates.

Mr Fung, the discipline teacher, is to return Kenneth's phone to you at the general office on Friday.

About the winter uniform, the rules are set by the Incorporated Management Committee, and form teachers have no power to make exceptions.

I'll raise the sweater question with the Vice-Principal.

Kind regards,
Dennis Cheung
Form Teacher, 2C
Shek Kip Mei Baptist College
''', [
    C('to speak with Kenneth on Thursday about the trouble', 'Miss Lo (Student Guidance Teacher, asked by the form teacher)', '2027-03-11'),
    C("is to return Kenneth's phone to you", 'Mr Fung (discipline teacher)', '2027-03-12'),
    D('form teachers have no power to make exceptions', 'other'),
    C("I'll raise the sweater question with the Vice-Principal", 'I (Dennis Cheung, form teacher)', None),
    D("I'll raise the sweater question with the Vice-Principal", 'no-date'),
], kind='html', notes='Batch L. Secondary form teacher, HTML only QP: a seat moved this morning (past, nothing); delegation "I have asked Miss Lo ... to speak with Kenneth on Thursday" (Mon 8 Mar -> 11 Mar; a session with the child: commitment); obligation "is to return ... on Friday" (-> 12 Mar; handing back at the office is not a meeting); remit of another body (other, no cue word); "raise ... with" (vague, no-date).')

letter('257', 'Fri, 28 May 2027 18:30:00 +0800',
       ('Annie Kwok (SENCO)', 'akwok@tsingyi-methodist-ss.edu.hk'), "Notes of today's meeting - Samuel Lui (1D)", '''
Dear Mr and Mrs Lui,

Thank you both for coming in this afternoon. Below are the notes of today's meeting about Samuel.

Present: Mr and Mrs Lui; Ms Annie Kwok (SENCO); Mr Paul Ma (form teacher, 1D)

What we agreed

We will:

- hand Samuel a printout of the teacher's slides after each Maths and Science lesson, starting on Monday 7 June
- arrange for Samuel to sit his end-of-year papers in the small exam room
- email you his updated support plan within five working days

Mr Ma will also move Samuel's seat nearer the whiteboard from Monday.

Mr and Mrs Lui will forward the paediatrician's letter to Ms Kwok by 11 June.

What we could not agree

A full-time teaching assistant for Samuel is beyond what our Learning Support Grant can pay for.

Next review: Thursday 23 September 2027, 4:30-5:30 pm, Room 204

Regards,
Annie Kwok
SENCO
Tsing Yi Methodist Secondary School
''', [
    C("hand Samuel a printout of the teacher's slides", 'we (the school)', '2027-06-07'),
    C('arrange for Samuel to sit his end-of-year papers', 'we (the school)', None),
    C('email you his updated support plan within five working days', 'we (the school)', '2027-06-04'),
    C("will also move Samuel's seat nearer the whiteboard", 'Mr Ma (form teacher)', '2027-05-31'),
    C("will forward the paediatrician's letter to Ms Kwok", 'Mr and Mrs Lui (parents)', '2027-06-11'),
    D('is beyond what our Learning Support Grant can pay for', 'budget'),
    M('Next review: Thursday 23 September 2027', '2027-09-23', '16:30'),
], kind='alt', notes='Batch L. Secondary SENCO, notes of a meeting held today (not a meeting), multipart/alternative QP, bare-verb bullets under "We will:" (each a commitment of "we"): "starting on Monday 7 June" (start); "end-of-year papers" (an undated event: null, vague, concrete: no deflection); "within five working days" (Fri 28 May -> Fri 4 Jun, no holiday crossed); "from Monday" (-> 31 May); the parents\' own promise "by 11 June"; budget; a next review line without a verb and with a time range (start 16:30).')

letter('258', 'Wed, 3 Nov 2027 09:10:00 +0800',
       ('Dr Vivian Shum', 'vshum@lighthouselearning.com.hk'), "Aiden - contacting his school", '''
Dear Ms Pereira,

Thank you for returning the signed consent form on Monday.

I will send Aiden's class teacher a short questionnaire this week.

When the questionnaire comes back, I'll finalise the written report.

It is too early to say whether Aiden meets the criteria for dyslexia; I would rather wait until I have seen his spring test results.

We have a phone call booked for Thursday 18 November at 1:00 pm to go through the first findings.

The school liaison is part of the assessment package, so there is nothing more to pay.

Best regards,
Dr Vivian Shum
Educational Psychologist
Lighthouse Learning Clinic, Wan Chai
''', [
    C("I will send Aiden's class teacher a short questionnaire", 'I (Dr Vivian Shum, EP)', '2027-11-07'),
    C("I'll finalise the written report", 'I (Dr Vivian Shum, EP)', None),
    D('I would rather wait until I have seen his spring test results', 'waiting'),
    M('We have a phone call booked for Thursday 18 November', '2027-11-18', '13:00'),
], kind='plain64', notes='Batch L. Private educational psychologist, plain base64: a form returned (nothing); "this week" (Wed 3 Nov -> Sun 7 Nov); a report that waits on the questionnaire (undated event: null, vague, concrete: no deflection); wait-and-see (waiting, no cue word "waiting"); a booked phone call with date and time (meeting); fees (nothing: no refusal).')

letter('259', 'Wed, 6 Oct 2027 16:00:00 +0800',
       ('Parent-Teacher Association', 'pta@shaukeiwan-stjoseph-pri.edu.hk'), 'PTA Newsletter - October 2027', '''<html><body style="font-family:Georgia,serif">
<h2>PTA Newsletter &ndash; October 2027</h2>
<p>Dear Parents,</p>
<p>Our second-hand uniform sale raised $8,460 for the school library. Thank you to all the helpers!</p>
<h3>Coming up</h3>
<ul>
<li>The PTA Annual General Meeting will take place on Friday 22 October at 7:00 pm in the school hall. All members are welcome.</li>
<li>Volunteers will be needed for Sports Day on Friday 12 November; the sign-up sheet will be at the school gate from Monday.</li>
<li>Our Chairlady, Mrs Kwong, will lead a parent workshop on healthy lunchboxes on Saturday 30 October at 10:00 am.</li>
</ul>
<p>The PTA committee will review the school bus arrangements at its next meeting.</p>
<p>With best wishes,<br>The PTA Committee<br>Shau Kei Wan St Joseph's Primary School</p>
</body></html>
''', [], kind='rawhtml', notes='Batch L. PTA newsletter to all parents, HTML only QP: carries nothing (an AGM and a workshop for all parents, volunteers wanted, a committee that will review something: newsletters carry nothing even with "will" and dates).')

letter('260', 'Thu, 15 Apr 2027 21:00:00 +0800',
       ('Miss Joyce Leung', 'jleung.3b@shamshuipo-grace-pri.edu.hk'), 'Re: A few questions about Mia', '''
Dear Mrs Fong,

My answers are below each of your questions.

> 1. Why did Mia lose marks for handwriting in the GS test?

She was marked with the same rubric as the rest of the class. Mia is doing fine overall, and one weak test is nothing to be anxious about.

> 2. Can she sit nearer the whiteboard?

Yes. I will move her up to the second row on Monday.

> 3. Will there be extra help before the exams?

Our after-school remedial group is run by the Curriculum Team, and every place for this term has already gone.
I'll put together some extra practice papers for her, and you will have them by Wednesday 21 April.

> 4. Could we talk?

Of course. I will phone you at 6:30 pm on Tuesday 20 April.

Joyce Leung
Class Teacher, 3B
Sham Shui Po Grace Primary School

> Thank you,
> Fong Ka Wai
''', [
    D('one weak test is nothing to be anxious about', 'reassurance'),
    C('I will move her up to the second row', 'I (Joyce Leung, class teacher)', '2027-04-19'),
    D('every place for this term has already gone', 'other'),
    C("I'll put together some extra practice papers for her", 'I (Joyce Leung, class teacher)', '2027-04-21'),
    M('phone you at 6:30 pm on Tuesday 20 April', '2027-04-20', '18:30'),
], kind='plain', crlf=True, notes='Batch L. Primary class teacher answering inline between the parent\'s ">" questions, plain QP with CRLF: the unquoted answers are annotated, the quoted questions not; reassurance; "on Monday" (Thu 15 Apr -> 19 Apr); capacity of another team (other, no cue word); a date in the next clause ("and you will have them by Wednesday 21 April"); a call at a fixed time (meeting).')

letter('261', 'Sat, 10 Jul 2027 10:00:00 +0800',
       ('Agnes Mok', 'agnes.mok@brightpath-learning.hk'), "Hayden's summer literacy programme", '''
Dear Mr Kwan,

Thank you for enrolling Hayden in our summer literacy programme at the Mong Kok branch.

Kelvin, one of our tutors, will work with Hayden one-to-one on Tuesdays and Thursdays from 20 July.

He will also read through Hayden's latest school report two days before the first lesson.

We will post you a one-page progress update at some point during the programme.

For the parent briefing we have slots on Friday 16 July at 5:00 pm or Saturday 17 July at 11:00 am; please reply to tell us which suits you.

Your end-of-programme review with Kelvin is on Saturday 21 August, 10:30-11:00 am.

Please note that our tutors are not trained to diagnose dyslexia, so we cannot comment on whether Hayden has it.

Best wishes,
Agnes Mok
Centre Manager
Bright Path Learning Centre
''', [
    C('will work with Hayden one-to-one on Tuesdays and Thursdays', 'Kelvin (tutor)', '2027-07-20'),
    C("He will also read through Hayden's latest school report", 'he (Kelvin, tutor)', '2027-07-18'),
    C('We will post you a one-page progress update', 'we (the centre)', None),
    M('Your end-of-programme review with Kelvin is on Saturday', '2027-08-21', '10:30'),
    D('our tutors are not trained to diagnose dyslexia', 'other'),
], kind='alt', notes='Batch L. Private tutoring centre, multipart/alternative QP: an actor in apposition "Kelvin, one of our tutors, will ... from 20 July" (start date); a date relative to another date in the letter "two days before the first lesson" (20 Jul - 2 = 18 Jul); soft time "at some point during the programme" (null, vague, concrete: no deflection); two slots offered to the parent (not a meeting); a review with a time range (start 10:30); limits of competence (other).')

letter('262', 'Mon, 1 Feb 2027 16:45:00 +0800',
       ('Mrs Rita Chu', 'rchu.senco@taipo-sacredheart-pri.edu.hk'), "Ka Yan - IEP review on 22 February", '''
Dear Mr Lam,

I am writing to confirm Ka Yan's IEP review meeting on Monday 22 February at 3:45 pm in the school library.

To give you time to read it, I will email you the draft plan three days before the meeting.

Our school-based speech therapist is to see Ka Yan on 10 February and will add her comments to the draft.

Your request for a laptop in class has been passed to the SEN committee and will be considered at their next meeting.

The after-school tutoring group was cut when our grant was reduced this year, and we have no way to restart it for now.

Ka Yan is a hard-working girl and her teachers are pleased with her attitude.

Yours sincerely,
Rita Chu
SENCO
Tai Po Sacred Heart Primary School
''', [
    M("to confirm Ka Yan's IEP review meeting", '2027-02-22', '15:45'),
    C('email you the draft plan three days', 'I (Rita Chu, SENCO)', '2027-02-19'),
    C('is to see Ka Yan on 10 February', 'our school-based speech therapist', '2027-02-10'),
    C('will be considered at their next meeting', None, None),
    D('will be considered at their next meeting', 'no-owner'),
    D('the after-school tutoring group was cut when our grant was reduced', 'budget'),
    D('her teachers are pleased with her attitude', 'reassurance'),
], kind='plain', notes='Batch L. Primary SENCO, plain QP: a confirmed IEP review with date and time (meeting); a date relative to the meeting "three days before the meeting" (22 Feb - 3 = 19 Feb); obligation "is to see Ka Yan on 10 February" (a session with the child: commitment); agentless passive of consideration at an undated internal meeting (vague, no-owner); budget with no cue word "budget"; reassurance with no action.')

letter('263', 'Wed, 10 Mar 2027 12:20:00 +0800',
       ('Wellspring Therapy Accounts', 'accounts@wellspringtherapy.hk'), 'Receipt WT-27-0318 - speech therapy, February', '''
Wellspring Therapy Ltd
Receipt no. WT-27-0318
Date: 10/03/2027

Received from: Mrs Tsang Lai Ping
Client: Tsang Chun Hei

Speech therapy session (45 min) x 4: 3/2, 10/2, 17/2, 24/2 ..... HK$3,400.00
Home programme booklet .......................................... HK$120.00
Total received (FPS, 8/3/2027) .................................. HK$3,520.00

Your next statement will be issued on 31/3/2027.
This receipt may be used for claims under your employer's medical scheme.

Thank you.
Wellspring Therapy Ltd, 12/F, 88 Nathan Road, Tsim Sha Tsui
''', [], kind='plain', notes='Batch L. A therapy centre receipt, plain QP: carries nothing (past sessions, an amount, a statement date).')

letter('264', 'Tue, 12 Oct 2027 15:30:00 +0800',
       ('Mr Simon Yau', 'syau@saikung-lokman.edu.hk'), 'Special examination arrangements for Oscar (6A)', '''
Dear Mrs Ng,

Thank you for the psychologist's report you sent us last week.

Our SEN Coordinator, Ms Tam, will submit Oscar's application for DSE special examination arrangements to the HKEAA by 29 October.

The HKEAA alone decides which arrangements are approved for the DSE, and the school cannot promise any particular outcome.

For the school's mock examination, Oscar will be allowed a quarter more time and will write in a room of his own.

The HKEAA normally replies to schools in January. We will pass the result on to you as soon as it reaches us.

We would prefer to see how Oscar manages the mock examination before asking for a reader or a word processor.

Miss Ho, Oscar's form teacher, and I will meet you on Thursday 21 October at 4:30 pm in the Conference Room to go through the application.

Yours sincerely,
Simon Yau
Vice-Principal
Sai Kung Lok Man College
''', [
    C("will submit Oscar's application for DSE special examination arrangements", 'Ms Tam (SEN Coordinator)', '2027-10-29'),
    D('The HKEAA alone decides which arrangements are approved', 'other'),
    C('Oscar will be allowed a quarter more time', None, None),
    C('We will pass the result on to you', 'we (the school)', None),
    D('We will pass the result on to you', 'no-date'),
    D('to see how Oscar manages the mock examination before asking', 'waiting'),
    M('and I will meet you on Thursday 21 October', '2027-10-21', '16:30'),
], kind='alt', notes='Batch L. Secondary vice-principal on DSE special examination arrangements, multipart/alternative QP: "by 29 October"; another body\'s decision (other); a passive with no agent tied to an undated exam (null, vague, concrete: no deflection); "as soon as it reaches us" (pass the result on = let you know) in its own sentence next to one that names January (unbounded: vague, no-date); wait-and-see (waiting); a fixed meeting with two staff.')

letter('265', 'Sun, 5 Dec 2027 20:15:00 +0800',
       ('Nicole Tam', 'nicole@chatterboxspeech.hk'), 'RE: Ryan', '''
Dear Mrs Wong,

Thanks for your message. I'm glad Ryan enjoyed the Christmas story session on Friday.

Sessions stop over the holidays, and I will see Ryan again on Saturday 8 January.

My colleague Ben will send you the invoice for December by 15 December.

I'll come back to you regarding the Saturday social group in due course.

Ryan can only join that group if his paediatrician confirms that his grommets have healed.

Lots of children of Ryan's age still mix up these sounds, so please don't be alarmed.

Best,
Nicole Tam
Speech and Language Therapist
Chatterbox Speech Clinic, Tai Koo

-----Original Message-----
From: Wong Mei Ling <wongml.home@example.com>
Sent: Friday, 3 December 2027 22:10
To: Nicole Tam <nicole@chatterboxspeech.hk>
Subject: Ryan

Hi Nicole, Ryan loved today's session. Will there be sessions in the holidays?
I will bring the referral letter next time.
Mei Ling
''', [
    C('I will see Ryan again on Saturday 8 January', 'I (Nicole Tam, speech therapist)', '2028-01-08'),
    C('will send you the invoice for December', 'Ben (colleague)', '2027-12-15'),
    C("come back to you regarding the Saturday social group", 'I (Nicole Tam, speech therapist)', None),
    D("come back to you regarding the Saturday social group", 'no-date'),
    D('if his paediatrician confirms that his grommets have healed', 'waiting'),
    D("so please don't be alarmed", 'reassurance'),
], kind='plain', notes='Batch L. Private speech therapist, plain QP, Outlook "-----Original Message-----" reply (the parent\'s "I will bring the referral letter" not annotated): a therapy session with the child "on Saturday 8 January" written on 5 Dec 2027 (nearest occurrence: 2028-01-08); "by 15 December"; "come back to you regarding ... in due course" (vague, no-date); a condition on a third party (waiting); reassurance.')

# Batch M (266-277): written blind at the same time as L, kept back through
# the round on L, then given to a round of its own (README).

letter('266', 'Fri, 7 May 2027 17:30:00 +0800',
       ('Dr Chan Kwok-leung (Principal)', 'principal@shekkipmei-baptist-pri.edu.hk'), 'Re: Complaint - Hayden Tang (P.4C)', '''
Dear Mrs Tang,

Re: Your letter of 3 May 2027 concerning Hayden (P.4C)

I acknowledge receipt of your letter of 3 May and write to respond on behalf of the school.

Having reviewed the written accounts of the staff present, I am confident that the teachers on duty on 29 April responded to Hayden's distress calmly and with his safety as their first concern.

I have asked Mr Ho Wing-kei, our Vice-Principal (Student Affairs), to set out in writing how each of the five concerns in your letter has been handled, and he is to send this to you no later than Friday 14 May.

Your request that Hayden sit his Term 2 examinations in a quiet room has been noted and will be considered together with the other applications received this term.

The number of teaching assistants is fixed by the School Management Committee when the annual budget is approved, and falls outside what I am able to decide on my own.

From Monday 10 May, Hayden's class teacher, Miss Fung, will walk with him from the classroom to the school bus at the end of each day.

A meeting between you, Mr Ho and myself is provisionally scheduled for Tuesday 18 May at 4.30 pm in the Principal's Office.

Should you remain dissatisfied after that meeting, you may write to the Supervisor of the Incorporated Management Committee at the school address.

Yours sincerely,
Dr Chan Kwok-leung
Principal
Shek Kip Mei Baptist Primary School

-----Original Message-----
From: Tang Wai-man <tangwm.family@example.com>
Sent: Monday, 3 May 2027 22:04
To: Principal
Subject: Complaint - Hayden Tang (P.4C)

Dear Principal,
Hayden came home in tears again on 29 April. I will keep him at home until I receive a written answer to each of my five concerns.
Tang Wai-man
''', [
    D("responded to Hayden's distress calmly and with his safety", 'reassurance'),
    C('he is to send this to you no later', 'Mr Ho Wing-kei (Vice-Principal, asked by the Principal)', '2027-05-14'),
    C('will be considered together with the other applications', None, None),
    D('will be considered together with the other applications', 'no-owner'),
    D('falls outside what I am able to decide on my own', 'other'),
    C('will walk with him from the classroom to the school bus', 'Miss Fung (class teacher)', '2027-05-10'),
    M('is provisionally scheduled for Tuesday 18 May', '2027-05-18', '16:30'),
], kind='alt', html='''<html><body style="font-family:'Times New Roman',serif">
<p>Dear Mrs Tang,</p>
<p><b>Re: Your letter of 3 May 2027 concerning Hayden (P.4C)</b></p>
<p>I acknowledge receipt of your letter of 3 May and write to respond on behalf of the school.</p>
<p>Having reviewed the written accounts of the staff present, I am confident that the teachers on duty on 29 April responded to Hayden's distress calmly and with his safety as their first concern.</p>
<p>I have asked Mr Ho Wing-kei, our Vice-Principal (Student Affairs), to set out in writing how each of the five concerns in your letter has been handled, and he is to send this to you no later than Friday 14 May.</p>
<p>Your request that Hayden sit his Term 2 examinations in a quiet room has been noted and will be considered together with the other applications received this term.</p>
<p>The number of teaching assistants is fixed by the School Management Committee when the annual budget is approved, and falls outside what I am able to decide on my own.</p>
<p>From Monday 10 May, Hayden's class teacher, Miss Fung, will walk with him from the classroom to the school bus at the end of each day.</p>
<p>A meeting between you, Mr Ho and myself is provisionally scheduled for Tuesday 18 May at 4.30 pm in the Principal's Office.</p>
<p>Should you remain dissatisfied after that meeting, you may write to the Supervisor of the Incorporated Management Committee at the school address.</p>
<p>Yours sincerely,<br>Dr Chan Kwok-leung<br>Principal<br>Shek Kip Mei Baptist Primary School</p>
<div>-----Original Message-----<br>
From: Tang Wai-man &lt;tangwm.family@example.com&gt;<br>
Sent: Monday, 3 May 2027 22:04<br>
To: Principal<br>
Subject: Complaint - Hayden Tang (P.4C)</div>
<div>Dear Principal,<br>Hayden came home in tears again on 29 April. I will keep him at home until I receive a written answer to each of my five concerns.<br>Tang Wai-man</div>
</body></html>
''', notes='Batch M. Principal\'s formal reply to a complaint, multipart/alternative QP, the parent\'s letter below "-----Original Message-----" (her "I will keep him at home" not annotated): reassurance with no cue word; a delegation "I have asked Mr Ho ... and he is to send this to you no later than Friday 14 May" (obligation form, one commitment); an agentless passive of consideration (vague, no-owner deflection); remit of the SMC (other); an actor in apposition "Hayden\'s class teacher, Miss Fung, will ... From Monday 10 May" (start date); a provisionally fixed meeting (4.30 pm); complaint route (nothing).')

letter('267', 'Wed, 17 Nov 2027 12:05:00 +0800',
       ('Mr Wong Chi-hang (Vice-Principal)', 'vp.academic@lokfu-anglican-ss.edu.hk'), 'Special examination arrangements - Cheuk Hin (2D)', '''<html><body style="font-family:Arial,sans-serif;font-size:11pt">
<p>Dear Mr and Mrs Yeung,</p>
<p><b>Special examination arrangements for Cheuk Hin (S.2D) &ndash; First Term Examination</b></p>
<p>Following the Student Support Team&rsquo;s review of the occupational therapist&rsquo;s report on Cheuk Hin, I write to confirm the arrangements for the First Term Examination, which begins on Wednesday 8 December.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Action</th><th>Person in charge</th><th>Deadline</th></tr>
<tr><td>Print every question paper for Cheuk Hin on A3 paper</td><td>Ms Lau Ka-yan (Examinations Officer)</td><td>3/12/2027</td></tr>
<tr><td>Reserve a seat for him in the Room 204 small-group venue</td><td>Mr Sze (Assistant Examinations Officer)</td><td>2 days before the examination begins</td></tr>
<tr><td>Brief the Room 204 invigilators on his 25% extra time</td><td>Mr Sze (Assistant Examinations Officer)</td><td>TBC</td></tr>
<tr><td>Send the parents a copy of his individual exam timetable</td><td>Miss Ng (class teacher, 2D)</td><td>Within 5 working days</td></tr>
</table>
<p>A word processor was also discussed; the hall has too few power sockets for one to be offered at this sitting.</p>
<p>Arrangements for the HKDSE rest with the HKEAA, and the school can apply to it on Cheuk Hin&rsquo;s behalf only in S.6.</p>
<p>Miss Ng will ring you on Friday at about 6 pm to check that the timetable suits Cheuk Hin.</p>
<p>Yours sincerely,<br>Wong Chi-hang<br>Vice-Principal (Academic Affairs)<br>Lok Fu Anglican Secondary School</p>
</body></html>
''', [
    C('Print every question paper for Cheuk Hin on A3 paper', 'Ms Lau Ka-yan (Examinations Officer)', '2027-12-03'),
    C('Reserve a seat for him in the Room 204 small-group venue', 'Mr Sze (Assistant Examinations Officer)', '2027-12-06'),
    C('Brief the Room 204 invigilators on his 25% extra time', 'Mr Sze (Assistant Examinations Officer)', None),
    C('Send the parents a copy of his individual exam timetable', 'Miss Ng (class teacher, 2D)', '2027-11-24'),
    D('has too few power sockets for one to be offered', 'other'),
    D('Arrangements for the HKDSE rest with the HKEAA', 'other'),
    M('Miss Ng will ring you on Friday at about 6 pm', '2027-11-19', '18:00'),
], kind='rawhtml', notes='Batch M. Secondary Vice-Principal, HTML only QP with an action table (each row a commitment keyed in its action cell): "3/12/2027" day first; "2 days before the examination begins" relative to the dated exam start (8 Dec - 2 = 6 Dec); "TBC" (null, vague, concrete: no deflection); "Within 5 working days" from Wed 17 Nov (-> Wed 24 Nov); capacity without a cue word (other); remit of another body (other); a call at a fixed time "on Friday at about 6 pm" (-> 19 Nov 18:00, meeting).')

letter('268', 'Mon, 30 Aug 2027 19:20:00 +0800',
       ('Miss Cherry Lee', 'cherry.lee@rainbowbridge-kg.edu.hk'), "Chloe's first week in K2", '''
Hi Mrs Ho,

Just a quick note after Chloe's first days back in K2 (Tree class).

Chloe cried at drop-off most mornings but usually calmed down once we started our morning song.

Plenty of little ones need a few weeks to find their feet after the summer, so please don't read too much into the tears.

From tomorrow I'll use a picture schedule with her so she can see what comes next in the day.

Miss Tam, who teaches our afternoon session, will film a short clip of Chloe at circle time and put it on the parent app the day after tomorrow.

About the speech therapy you asked about: our visiting therapist comes once a month, and her caseload until Christmas has no spaces left.

It might be kinder to give Chloe until the Mid-Autumn break before anyone talks about a referral.

Which support she gets in Primary One is decided by the primary school itself, not by the kindergarten.

Our principal, Mrs Kwan, would love to meet you. Would Thursday 2 September at 11:45 suit you? Just reply to this email.

Warmly,
Miss Cherry Lee
K2 Tree Class Teacher
Rainbow Bridge Kindergarten (Tseung Kwan O)
''', [
    D("please don't read too much into the tears", 'reassurance'),
    C("I'll use a picture schedule with her", 'I (Miss Cherry Lee, class teacher)', '2027-08-31'),
    C('will film a short clip of Chloe at circle time', 'Miss Tam (afternoon session teacher)', '2027-09-01'),
    D('her caseload until Christmas has no spaces left', 'other'),
    D('give Chloe until the Mid-Autumn break before anyone talks', 'waiting'),
    D('is decided by the primary school itself', 'other'),
], kind='plain64', notes='Batch M. Kindergarten class teacher, plain base64: past events (nothing); reassurance with no cue word; "From tomorrow I\'ll" (Mon 30 Aug -> 31 Aug, start); an actor in a relative clause "Miss Tam, who teaches ..., will ... the day after tomorrow" (-> 1 Sep); capacity (other); wait-and-see without "wait" (waiting); remit of the primary school (other); a proposed slot with the principal waiting for the parent\'s answer (not a meeting).')

letter('269', 'Thu, 7 Oct 2027 18:40:00 +0800',
       ('Winnie Chau (RSW)', 'winnie.chau@brightharbour-family.org.hk'), "Yan Yan - summary of today's case conference", '''
Dear Ms Pang,

Thank you for joining today's case conference with Yan Yan's class teacher and the school social worker. I attach the notes of today's meeting for your records.

Everyone agreed that Yan Yan's school refusal has eased since the summer but has not gone away.

We will:
- send the referral letter to the Child Assessment Centre by 15 October
- visit you and Yan Yan at home in the week of 25 October
- forward the conference notes to your family doctor, with your consent

Mr Lai, our clinical psychologist, has agreed to see Yan Yan for four sessions starting 3 November.

New cases at the Child Assessment Centre are currently being seen roughly a year after referral.

The school has been asked to look again at her timetable.

Your next review with us is booked at the centre for 12 November (Friday), 2:30-4:00 pm.

Best regards,
Winnie Chau
Registered Social Worker
Bright Harbour Family Support Centre (Kwun Tong)
''', [
    C('send the referral letter to the Child Assessment Centre', 'we (Bright Harbour Family Support Centre)', '2027-10-15'),
    C('visit you and Yan Yan at home in the week', 'we (Bright Harbour Family Support Centre)', '2027-10-31'),
    C('forward the conference notes to your family doctor', 'we (Bright Harbour Family Support Centre)', None),
    C('has agreed to see Yan Yan for four sessions', 'Mr Lai (clinical psychologist)', '2027-11-03'),
    D('are currently being seen roughly a year after referral', 'waiting'),
    C('has been asked to look again at her timetable', 'the school', None),
    D('has been asked to look again at her timetable', 'no-date'),
    M('is booked at the centre for 12 November', '2027-11-12', '14:30'),
], kind='alt64', notes='Batch M. NGO case worker after a case conference held today (nothing; "the notes of today\'s meeting" is not a meeting), multipart/alternative base64: bare-verb bullets under "We will:" (each a commitment of "we"): "by 15 October"; "in the week of 25 October" (-> Sun 31 Oct; a home visit promised for a week, no day: commitment); no date (vague, concrete: no deflection); "has agreed to see ... starting 3 November" (sessions with the child, start date); CAC waiting time (waiting); a delegation in the passive "The school has been asked to look again at" (vague review, no-date deflection); a review meeting with a date and a time range (start 14:30).')

letter('270', 'Tue, 13 Apr 2027 15:10:00 +0800',
       ('Ivy Kwok (School Social Worker)', 'ivy.kwok@careway-sws.org.hk'), 'Jason (P.5A) - sleeping difficulties', '''
Dear Mr Lok,

I am the school social worker stationed at Wah Fu Catholic Primary School. Jason came to see me last Friday and told me he has been sleeping badly since the family moved flat.

I'll phone you at 9:15 am on Thursday 22 April, when Jason is in class, to hear how things are at home.

I have asked Ms Chow, of our agency's family team, to send you details of the parents' support group within a week of our phone call.

I will see Jason once a week at lunch recess from next Monday.

Referral to a clinical psychologist needs the written consent of both parents.

Jason is a thoughtful boy, and children often sleep badly for a while after moving house.

Regards,
Ivy Kwok
School Social Worker (Wah Fu Catholic Primary School)
Careway School Social Work Service
''', [
    M("I'll phone you at 9:15 am on Thursday 22 April", '2027-04-22', '09:15'),
    C("to send you details of the parents' support group", "Ms Chow (agency family team, asked by Ivy Kwok)", '2027-04-29'),
    C('I will see Jason once a week at lunch recess', 'I (Ivy Kwok, school social worker)', '2027-04-19'),
    D('needs the written consent of both parents', 'waiting'),
    D('children often sleep badly for a while after moving', 'reassurance'),
], kind='plain', crlf=True, notes='Batch M. School social worker (NGO-stationed), plain QP with CRLF: a talk with the child last Friday (nothing); a call at a fixed time (meeting, 09:15); a delegation dated relative to that call "within a week of our phone call" (22 Apr + 7 = 29 Apr); sessions with the child "from next Monday" (Tue 13 Apr -> 19 Apr, start); a condition on a third party without a cue word (waiting); reassurance.')

letter('271', 'Mon, 22 Feb 2027 10:00:00 +0800',
       ('Special Education Support Section (Kowloon), Education Bureau', 'sess-kln@edb.gov.hk.test'), 'Your complaint concerning support for your daughter at Hung Hom Lutheran Primary School', '''
Our Ref.: EDB(SES-K)/CMP/27/0418
Your Ref.: email of 5 February 2027

Dear Ms Cheung,

Complaint concerning support for your daughter at Hung Hom Lutheran Primary School

I refer to your email of 5 February 2027 to the Education Bureau (EDB) and write to reply on behalf of the Bureau.

Our officers have since contacted the school and studied the information it provided, including the minutes of the Student Support Team meetings held in the current school year.

Under the prevailing policy, the deployment of the Learning Support Grant, including whether to engage additional teaching assistants, falls within the purview of individual schools.

There is no statutory requirement for schools to draw up an Individual Education Plan for every student with special educational needs.

Our School Development Officer, Mr Yuen, will sit in on the SST meeting the school has scheduled for 9 March, as an observer.

The school is to submit a written report on the support provided to your daughter to this Section by 31 March 2027.

The Bureau will write to you further upon receipt of the school's report.

Should you wish to discuss the matter, please contact Miss So at 3698 4410.

Yours sincerely,

(Miss SO Wing-yee)
for Permanent Secretary for Education
''', [
    D('falls within the purview of individual schools', 'other'),
    D('There is no statutory requirement for schools to draw up', 'legal-position'),
    C("will sit in on the SST meeting", 'Mr Yuen (EDB School Development Officer)', '2027-03-09'),
    C('The school is to submit a written report', 'the school', '2027-03-31'),
    C('The Bureau will write to you further upon receipt', 'the Bureau (EDB)', None),
    D('The Bureau will write to you further upon receipt', 'no-date'),
], kind='plain', notes='Batch M. EDB reply to a parent complaint, bureaucratic register, plain QP: past enquiries (nothing); remit of schools without a cue word (other); legal position; an EDB officer at an internal SST meeting the parent does not attend (commitment, not a meeting); obligation "The school is to submit ... by 31 March 2027"; "will write to you further upon receipt of the school\'s report" (undated event: vague, no-date deflection); contact request (nothing).')

letter('272', 'Sat, 2 Oct 2027 21:35:00 +0800',
       ('Rachel @ Bright Path Tutorial', 'hello@brightpath-tutorial.hk'), 'Tim - quick update', '''
Hi Mrs Lam! \U0001F60A

Quick update re Timothy (P5) from Bright Path.

Kelvin, one of our tutors, will mark Tim's mock paper and go through it with him on Tuesday.

Miss Joey will be taking over his Thursday group from 7/10, Mr Ip is moving to our Tai Wai branch.

Our monthly fee covers 2 lessons a week only, a 3rd lesson is charged separately ($280 each).

Honestly Tim is doing fine, his English grammar is way better than in summer \U0001F44D

For dictation we just follow the word list the school gives out, we can't change what's on it.

We'll also try to find him a Saturday slot in the reading class.

Can we have a quick call Wed around 8pm? Let me know if ok!

Cheers,
Rachel
Centre Manager, Bright Path Tutorial Centre (Ma On Shan)
WhatsApp 6123 4580
''', [
    C("will mark Tim's mock paper and go through it", 'Kelvin (tutor)', '2027-10-05'),
    C('will be taking over his Thursday group', 'Miss Joey (tutor)', '2027-10-07'),
    D('a 3rd lesson is charged separately', 'budget'),
    D('his English grammar is way better than in summer', 'reassurance'),
    D("we can't change what's on it", 'other'),
    C('try to find him a Saturday slot in the reading class', 'we (Bright Path)', None),
    D('try to find him a Saturday slot in the reading class', 'no-date'),
], kind='plain', notes='Batch M. After-school tutor centre, chatty WhatsApp-style email with emoji, plain QP: actor in apposition "Kelvin, one of our tutors, will ... on Tuesday" (Sat 2 Oct -> 5 Oct); "will be taking over ... from 7/10" (day first, start); budget; reassurance; limit set by the school (other); "try to find him a Saturday slot" (vague, no-date); a proposed call waiting for the parent\'s answer (not a meeting).')

letter('273', 'Thu, 2 Sep 2027 09:12:00 +0800',
       ('Tsz Wan Shan Methodist Primary School via SchoolPay', 'no-reply@schoolpay-hk.test'), 'Payment receipt SP-2027-0902-55817', '''
PAYMENT RECEIPT

Receipt no.: SP-2027-0902-55817
Payer: Mrs Mak Lai-ying
Pupil: MAK Chun Yin (P.3B)
Item: Textbooks and exercise books, school year 2027/28
Amount: HK$1,265.00
Paid by: FPS, 2 September 2027, 09:11

Thank you for your payment. The textbooks will be handed out to pupils in class on Monday 6 September.

Please keep this receipt for your records. Refunds for returned books will be credited to the same account within 14 working days.

This is a system-generated message. Please do not reply.
SchoolPay Hong Kong Ltd
''', [], kind='alt', notes='Batch M. E-payment receipt, multipart/alternative QP: carries nothing ("will be handed out ... on Monday 6 September" and "will be credited ... within 14 working days" are in a shop-style receipt).')

letter('274', 'Tue, 5 Jan 2027 17:50:00 +0800',
       ('Mr Benjamin Tso', 'btso@yaumatei-wahyan-ss.edu.hk'), "Kit's revision for the mid-year exams", '''
Dear Mrs Poon,

Thank you for your note about how hard Kit is finding revision for the mid-year exams.

Your meeting with Ms Yu, our SENCO, and me is set for Friday 15 January at 3:15 pm in Room 105.

Ms Yu will let you have her draft of Kit's learning profile by email two days before that meeting, so that you can read it first.

I'll write up some History revision notes for Kit, and you should have them by Thursday.

Mr Lo, who teaches Kit Integrated Science, is to give her copies of the lab worksheets she missed while she was ill.

I'll also mention the laptop question to the IT committee.

Laptops for exams have only ever been approved for students with a diagnosed writing difficulty.

Kit's results last term were perfectly respectable for a first year in secondary school.

Best wishes,
Benjamin Tso
Class Teacher, 1E
Yau Ma Tei Wah Yan Secondary School
''', [
    M('is set for Friday 15 January at 3:15 pm', '2027-01-15', '15:15'),
    C("let you have her draft of Kit's learning profile", 'Ms Yu (SENCO)', '2027-01-13'),
    C("I'll write up some History revision notes", 'I (Benjamin Tso, class teacher)', '2027-01-07'),
    C('is to give her copies of the lab worksheets', 'Mr Lo (Integrated Science teacher)', None),
    C("I'll also mention the laptop question to the IT committee", 'I (Benjamin Tso, class teacher)', None),
    D("I'll also mention the laptop question to the IT committee", 'no-date'),
    D('have only ever been approved for students with a diagnosed', 'other'),
    D('were perfectly respectable for a first year', 'reassurance'),
], kind='plain', notes='Batch M. Secondary class teacher, plain QP: a fixed meeting; a commitment dated relative to it "two days before that meeting" (15 Jan - 2 = 13 Jan); the date in the next clause "I\'ll put together ..., and you should have them by Thursday" (Tue 5 Jan -> 7 Jan); obligation "is to give" with no date (vague, concrete: no deflection); "mention ... to the IT committee" (raise it with: vague, no-date); a limit (other); reassurance.')

letter('275', 'Fri, 11 Jun 2027 16:00:00 +0800',
       ('Complaints Handling Panel, IMC', 'imc.panel@chaiwan-stmark-pri.edu.hk'), 'Outcome of your complaint dated 14 May 2027', '''<html><body style="font-family:'Times New Roman',serif;font-size:12pt">
<p>Dear Mr Chow,</p>
<p><b>Outcome of your complaint dated 14 May 2027</b></p>
<p>The Complaints Handling Panel of the Incorporated Management Committee met on 8 June 2027 to consider your complaint about the school&rsquo;s handling of the incidents involving your son, Dylan Chow (P.6B).</p>
<p>Having examined the documents and interviewed the staff concerned, the Panel found that the school&rsquo;s actions were consistent with its published behaviour management procedures.</p>
<p>Information on any internal action taken in respect of individual staff members is protected personal data and cannot be released to you.</p>
<p>The Panel has nevertheless asked the Principal:</p>
<ul>
<li>to let you view the redacted incident records in person by 25 June 2027; and</li>
<li>to make sure that Dylan&rsquo;s behaviour support plan is reviewed with you at the start of the new school year.</li>
</ul>
<p>The Panel&rsquo;s suggestion of de-escalation training for all staff will be taken forward by the IMC in the coming school year.</p>
<p>This letter concludes the school-level complaint procedure. If you are not satisfied with the outcome, you may approach the Education Bureau within 30 days of the date of this letter.</p>
<p>Yours sincerely,</p>
<p>Mrs Ada Leung<br>Chairperson, Complaints Handling Panel<br>Incorporated Management Committee<br>Chai Wan St Mark&rsquo;s Primary School</p>
</body></html>
''', [
    D("the school\u2019s actions were consistent with its published", 'reassurance'),
    D('in respect of individual staff members is protected', 'legal-position'),
    C('let you view the redacted incident records in person', 'the Principal (asked by the Panel)', '2027-06-25'),
    C("behaviour support plan is reviewed with you at the start", 'the Principal (asked by the Panel)', None),
    D("behaviour support plan is reviewed with you at the start", 'no-date'),
    C('will be taken forward by the IMC', 'the IMC', None),
    D('will be taken forward by the IMC', 'no-date'),
], kind='rawhtml', notes='Batch M. IMC complaints panel reply, formal, HTML only QP: a panel meeting already held (nothing); reassurance without a cue word; personal data (legal-position); delegation as infinitive bullets under "The Panel has ... asked the Principal:" ("by 25 June 2027"; "reviewed with you at the start of the new school year": school calendar, vague review -> no-date); "will be taken forward by the IMC in the coming school year" (owner after "by", vague, no-date); the complaint route "within 30 days" is addressed to the parent (nothing).')

letter('276', 'Mon, 15 Mar 2027 08:30:00 +0800',
       ('Ms Grace Whitfield', 'gwhitfield@lantauhills-intl.edu.hk'), 'Ava - next steps after the reading screening', '''
Dear Mr and Mrs Okafor,

Ava's reading screening results came back last week, and they show that her decoding is about a year behind her year group.

Next steps (who, what, by when):

- Mrs Patel (Year 3 teacher): move Ava into the small phonics group, from Monday 22 March
- Mr Dunn (Learning Support): send you a set of decodable readers for home, by Friday 19 March
- Learning Support team: repeat the screening to measure progress, in June

I'll call you at lunchtime on Wednesday to talk the results through.

With so many students now on our register, one-to-one tutoring is kept for those with a formal diagnosis.

A full psycho-educational assessment is something the family would need to arrange privately.

We'll keep you posted on how she gets on in the new group.

Kind regards,
Grace Whitfield
Learning Support Coordinator (Primary)
Lantau Hills International School
''', [
    C('move Ava into the small phonics group', 'Mrs Patel (Year 3 teacher)', '2027-03-22'),
    C('send you a set of decodable readers for home', 'Mr Dunn (Learning Support)', '2027-03-19'),
    C('repeat the screening to measure progress', 'Learning Support team', '2027-06-30'),
    M("I'll call you at lunchtime on Wednesday", '2027-03-17', None),
    D('one-to-one tutoring is kept for those with a formal diagnosis', 'other'),
    D('something the family would need to arrange privately', 'budget'),
    C('keep you posted on how she gets on', 'we', None),
    D('keep you posted on how she gets on', 'no-date'),
], kind='html', notes='Batch M. International school learning support coordinator, HTML only QP (generated list): an action list "Next steps (who, what, by when)" with owner, action and date in each item (no future verb; rows of an action list): "from Monday 22 March" (start); "by Friday 19 March"; "in June" (-> 30 Jun); a call "at lunchtime on Wednesday" (Mon 15 Mar -> 17 Mar, time null); capacity (other); cost left to the family (budget); "keep you posted" (vague, no-date).')

letter('277', 'Thu, 25 Nov 2027 22:05:00 +0800',
       ('Mr Fong Ka-chun (Vice-Principal)', 'fongkc@sheungshui-shunyi-pri.edu.hk'), "Re: Questions about Sam's support in P.1", '''
Dear Mrs Ahmed,

Thank you for your questions. I have answered each one below it.

> 1. Will Sam have a teaching assistant with him in class?

Not a full-time one. Our teaching assistants are shared across the six P.1 classes, and that is how it will stay this year.

> 2. When will the school contact his kindergarten?

Miss Kong, our SENCO, will phone Sam's kindergarten teacher before 10 December to ask about his routines.

> 3. Can I see the school's SEN policy?

Yes. I will post a printed copy to your home address tomorrow.

> 4. Can we meet to talk about all this?

Miss Kong will see you at 4:45 pm on Monday 29 November in the meeting room next to the General Office.
The school's drop-in consultation for P.1 parents also runs from 2:00 to 5:00 pm on Saturday 4 December.

> 5. What happens if his assessment is delayed?

Support in class does not depend on the assessment; anything further would be looked at once the report arrives.

Regards,
Fong Ka-chun
Vice-Principal
Sheung Shui Shun Yi Primary School
''', [
    D('are shared across the six P.1 classes', 'other'),
    C("will phone Sam's kindergarten teacher before 10 December", 'Miss Kong (SENCO)', '2027-12-10'),
    C('I will post a printed copy to your home address', 'I (Fong Ka-chun, Vice-Principal)', '2027-11-26'),
    M('Miss Kong will see you at 4:45 pm', '2027-11-29', '16:45'),
    D('would be looked at once the report arrives', 'waiting'),
], kind='plain', notes='Batch M. Vice-Principal answering inline between the parent\'s ">" questions (the questions, with their "will", not annotated), plain QP: capacity (other); "before 10 December" (a call promised by a deadline: commitment); "tomorrow" (Thu 25 Nov -> 26 Nov); a fixed meeting "at 4:45 pm on Monday 29 November"; a drop-in session for all P.1 parents with a time range (not a meeting); "would be looked at once the report arrives" (conditional, no commitment: waiting).')

# Batch O (288-297): written blind, scored, then given to a round of tuning
# (README).

letter('288', 'Thu, 16 Sep 2027 17:05:00 +0800',
       ('Cheryl Tang (SENCO)', 'ctang@maonshan-lutheran-pri.edu.hk'), "Isaac (3D) - where we got to this afternoon", '''
Dear Mr and Mrs Yuen,

Many thanks for coming in this afternoon. Here is my record of where we got to on Isaac's handwriting and reading, so we all have the same list.

Action | Who | By when
- Lend Isaac a sloped writing board for class | Ms Tang | 24/9
- Trial a triangular pencil grip for all written work | Mr Ng (class teacher) | from 27/9
- Copy his weekly spelling lists onto cream paper | Mrs Lo (teaching assistant) | weekly, from next Monday
- Bring in the eye doctor's written findings | Mr Yuen | 30/9

Isaac's name is already down for a full assessment by the school's educational psychologist; this year the list runs to about thirty children and is worked through in order of referral.

On the question of a scribe for tests: scribes are granted to children who have a diagnosis on file, which Isaac does not yet have.

Handwriting like Isaac's is really common in the first term of P3, when the amount of copying jumps.

We'll review how the pencil grip is going at our next SST meeting.

Our next meeting with you is pencilled in for Tuesday 9 November at 3:45 pm in the Resource Room.

Kind regards,
Cheryl Tang
SENCO
Ma On Shan Lutheran Primary School
''', [
    C('Lend Isaac a sloped writing board for class', 'Ms Tang (SENCO)', '2027-09-24'),
    C('Trial a triangular pencil grip for all written work', 'Mr Ng (class teacher)', '2027-09-27'),
    C('Copy his weekly spelling lists onto cream paper', 'Mrs Lo (teaching assistant)', '2027-09-20'),
    C("Bring in the eye doctor's written findings", 'Mr Yuen (parent)', '2027-09-30'),
    D('this year the list runs to about thirty children', 'waiting'),
    D('scribes are granted to children who have a diagnosis on file', 'other'),
    D("Handwriting like Isaac's is really common in the first term", 'reassurance'),
    C('review how the pencil grip is going', 'we', None),
    D('review how the pencil grip is going', 'no-date'),
    M('Our next meeting with you is pencilled in', '2027-11-09', '15:45'),
], kind='plain', notes='Batch O. Primary SENCO after a parent meeting held today (nothing), plain QP: an action table under a heading (action | who | by when), each row a commitment keyed in its action cell: "24/9", "from 27/9" (start), "weekly, from next Monday" (Thu 16 Sep -> Mon 20 Sep), the parent\'s own row (30/9); waiting list without a cue word (waiting); eligibility rule for a scribe (other); normalising (reassurance); review at the next SST meeting (undated: vague, no-date); a pencilled-in meeting with date and time (provisional, set by the school: meeting).')

letter('289', 'Mon, 8 Nov 2027 20:15:00 +0800',
       ('Bonnie Kwan', 'bkwan@shekkipmei-cath-pri.edu.hk'), 'Re: Jayden getting upset at lunch', '''
Dear Mrs Fernandez,

Thanks for your note in Jayden's handbook. I'm sorry to hear he has been coming home teary.

I watched him at lunch today and he did eat most of his rice, but he sat on his own for a lot of it.

From tomorrow I'm going to seat him with Ethan and Lok Yin, who are both gentle boys.

Lots of P2 children go through a wobbly patch around now, once the novelty of the new classroom has worn off.

Let's leave the new seating in place for a fortnight or so and see whether the tears settle.

The lunch helpers are shared between four classes, so nobody can sit with him for the whole break.

I'll try to pop into the canteen when I'm not on duty elsewhere.

I will also ask Mr Siu, our school social worker, to have a chat with Jayden before Friday.

Could I ring you on Thursday evening around 7:30 to see how the week has gone? Just reply to say if that suits.

Best wishes,
Bonnie Kwan
Class Teacher, 2C
Shek Kip Mei Catholic Primary School
''', [
    C('seat him with Ethan and Lok Yin', 'I (Miss Kwan, class teacher)', '2027-11-09'),
    D('go through a wobbly patch around now', 'reassurance'),
    D('leave the new seating in place for a fortnight', 'other'),
    D('The lunch helpers are shared between four classes', 'other'),
    D('try to pop into the canteen', 'other'),
    C('to have a chat with Jayden before Friday', 'I (Miss Kwan), asking Mr Siu (school social worker)', '2027-11-12'),
], kind='html', notes='Batch O. Primary class teacher, HTML only QP, informal: a past observation (nothing); "From tomorrow I\'m going to" (Mon 8 Nov -> 9 Nov, start); normalising (reassurance); wait-and-see without a cue word (other); staff capacity (other); "I\'ll try to pop into" (other, no commitment); a chat with the child before Friday (-> Fri 12 Nov: commitment, not a meeting); a proposed call that waits for the parent\'s answer (not a meeting).')

letter('290', 'Fri, 21 Jan 2028 16:40:00 +0800',
       ('Lam Chi Keung (Principal)', 'principal@taipo-holylight-pri.edu.hk'), 'Re: Formal request - teaching assistant and class for Chloe (5C)', '''
Dear Dr and Mrs Ho,

I acknowledge receipt of your letter dated 14 January, in which you ask the school to provide a full-time teaching assistant for Chloe and to move her to 5A.

I have discussed both requests with our SENCO, Mrs Mak, and with Chloe's class teacher.

A dedicated assistant for one pupil is not something the Learning Support Grant is designed to fund; the grant is spread across all pupils on our SEN register according to their tier of support.

Class placement for Primary 5 was decided by the School Management Committee in July and is not reopened part-way through the year.

Mrs Mak will, however, write Chloe an individual plan with termly targets and send it to you by 18 February.

Starting on Monday 7 February, a teaching assistant will join Chloe's Mathematics and English lessons on three mornings a week.

Regarding the incident records you asked to see, those documents name other pupils and I can only release the parts that concern Chloe.

I would like to invite you both to meet Mrs Mak and me on Wednesday 9 February at 4:30 pm in the conference room.

Should you remain dissatisfied after that meeting, you may write to the Incorporated Management Committee under the school's complaints procedure.

Yours sincerely,
Lam Chi Keung
Principal
Tai Po Holy Light Primary School

On Fri, 14 Jan 2028 at 22:03, Raymond Ho <raymond.ho@example.com> wrote:
> Dear Principal Lam,
> We formally request that the school provides Chloe with a full-time teaching
> assistant and moves her to 5A from next term. We will send the paediatrician's
> letter on Monday.
> Dr and Mrs Ho
''', [
    D('not something the Learning Support Grant is designed to fund', 'budget'),
    D('is not reopened part-way through the year', 'other'),
    C('write Chloe an individual plan with termly targets', 'Mrs Mak (SENCO)', '2028-02-18'),
    C("a teaching assistant will join Chloe's Mathematics and English lessons", 'a teaching assistant', '2028-02-07'),
    D('those documents name other pupils', 'legal-position'),
    M('invite you both to meet Mrs Mak and me', '2028-02-09', '16:30'),
], kind='alt', html='''<html><body style="font-family:Georgia,serif">
<p>Dear Dr and Mrs Ho,</p>
<p>I acknowledge receipt of your letter dated 14 January, in which you ask the school to provide a full-time teaching assistant for Chloe and to move her to 5A.</p>
<p>I have discussed both requests with our SENCO, Mrs Mak, and with Chloe's class teacher.</p>
<p>A dedicated assistant for one pupil is not something the Learning Support Grant is designed to fund; the grant is spread across all pupils on our SEN register according to their tier of support.</p>
<p>Class placement for Primary 5 was decided by the School Management Committee in July and is not reopened part-way through the year.</p>
<p>Mrs Mak will, however, write Chloe an individual plan with termly targets and send it to you by 18 February.</p>
<p>Starting on Monday 7 February, a teaching assistant will join Chloe's Mathematics and English lessons on three mornings a week.</p>
<p>Regarding the incident records you asked to see, those documents name other pupils and I can only release the parts that concern Chloe.</p>
<p>I would like to invite you both to meet Mrs Mak and me on Wednesday 9 February at 4:30 pm in the conference room.</p>
<p>Should you remain dissatisfied after that meeting, you may write to the Incorporated Management Committee under the school's complaints procedure.</p>
<p>Yours sincerely,<br>Lam Chi Keung<br>Principal<br>Tai Po Holy Light Primary School</p>
<div>On Fri, 14 Jan 2028 at 22:03, Raymond Ho &lt;raymond.ho@example.com&gt; wrote:</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">
<p>Dear Principal Lam,<br>We formally request that the school provides Chloe with a full-time teaching assistant and moves her to 5A from next term. We will send the paediatrician's letter on Monday.<br>Dr and Mrs Ho</p>
</blockquote>
</body></html>
''', notes='Batch O. Principal replying to a formal letter, multipart/alternative QP quoting the parent (">" lines / <blockquote>: the parents\' "We will send ... on Monday" not annotated): past actions (nothing); grant rules (budget); another body\'s decision plus policy, no cue word (other); "by 18 February"; "Starting on Monday 7 February, a teaching assistant will join" (role as actor, start date); privacy without the word (legal-position); an invitation with date and time (meeting); complaints route (nothing).')

letter('291', 'Tue, 2 May 2028 11:20:00 +0800',
       ('Daniel Chow (Vice-Principal)', 'dchow@shatin-baptist-college.edu.hk'), 'Kayla (2B) - arrangements for the final examinations', '''
Dear Ms Patel,

I write about the arrangements for Kayla in the final examinations, which run from 5 June to 16 June. The first paper, English Language, is on Monday 5 June.

The Examination Committee met on Friday and approved 25% extra time for all of Kayla's written papers.

Her question papers will be enlarged to A3 for every subject.

The committee did not approve a reader. The access arrangements guidelines we follow keep readers for students whose reading age is more than three years behind their actual age.

Ms Yiu, our Examination Officer, will send you a timetable showing Kayla's room and finishing time for each paper three days before the first paper.

About your request for a laptop: we have eight exam laptops for the whole school, and all of them are already allocated to students with approved word-processing arrangements.

Mr Fok, her form teacher, will go through the arrangements with Kayla in class on 24 May so she knows what to expect.

If you would like to discuss any of this, I am free on 10 May at 5:00 pm or on 12 May at 9:00 am; please let my secretary know which you prefer.

Yours sincerely,
Daniel Chow
Vice-Principal
Sha Tin Baptist College
''', [
    C('Her question papers will be enlarged to A3', None, None),
    D('keep readers for students whose reading age', 'other'),
    C("will send you a timetable showing Kayla's room", 'Ms Yiu (Examination Officer)', '2028-06-02'),
    D('we have eight exam laptops for the whole school', 'other'),
    C('will go through the arrangements with Kayla in class', 'Mr Fok (form teacher)', '2028-05-24'),
], kind='plain64', notes='Batch O. Secondary vice-principal, plain text base64: a committee decision already made (nothing); a passive with no agent and no date (vague, concrete: no deflection); eligibility rule for a reader (other); a date relative to an event the letter dates ("three days before the first paper", first paper Mon 5 June -> 2 June); equipment capacity (other); a session with the child on 24 May (commitment); two slots offered that wait for the parent\'s choice (not meetings).')

letter('292', 'Wed, 13 Oct 2027 09:30:00 +0800',
       ('Vivian Hui', 'vhui.ssw@kwuntong-grace-pri.edu.hk'), 'Following up on Hei Hei', '''
Hi Mrs Chan,

It was good to talk to you after the parents' day on Saturday.

As we agreed, I have started seeing Hei Hei on her own on Tuesday lunchtimes, and the first session went well.

I'll carry on with these weekly sessions until the Christmas holiday, and then we can decide together whether she needs more.

You asked whether she can join the friendship group I run for P4 girls. The group only starts when every family has signed the consent form, and two families have not yet returned theirs.

I also understand you would like me to speak to the mother of the girl who has been unkind to Hei Hei. What I talk about with another family stays between us, in the same way that I would not pass on our conversations to them.

Friendship fall-outs at this age are very much part of growing up, and most of them blow over in a few weeks.

Our parents' drop-in, "Coffee Corner", is open to all parents on the first Friday of every month from 8:15 to 9:00 am in the parents' room; you would be very welcome.

I'll call you at 12:45 on Tuesday 26 October, after my session with Hei Hei, to tell you how she is getting on.

Take care,
Vivian Hui
School Social Worker
Kwun Tong Grace Primary School
''', [
    C('carry on with these weekly sessions', 'I (Vivian Hui, school social worker)', None),
    D('two families have not yet returned theirs', 'other'),
    D('What I talk about with another family stays between us', 'legal-position'),
    D('Friendship fall-outs at this age are very much part', 'reassurance'),
    M("I'll call you at 12:45 on Tuesday 26 October", '2027-10-26', '12:45'),
], kind='plain', crlf=True, notes='Batch O. School social worker, plain QP, CRLF: sessions with the child already started (nothing); "until the Christmas holiday" (school calendar: null, vague; concrete, no deflection); consent needed from other families (other); confidentiality without a cue word (legal-position); normalising (reassurance); a drop-in for all parents (not a meeting); a fixed-time call (meeting, not a commitment).')

letter('293', 'Sat, 4 Dec 2027 10:05:00 +0800',
       ('Grace Leung', 'grace@littlevoices-therapy.hk'), 'Owen - speech therapy from January', '''
Dear Mr Tam,

Thank you for your message. I am glad Owen enjoyed his trial session on Wednesday.

Our Tuesday 4:30 pm slot becomes free in the new year, and I will keep it for Owen, with his first weekly session on Tuesday 11 January.

Before we start, I will write a short home practice plan and email it to you by 20 December.

You mentioned that Owen's kindergarten would like me to visit. A school visit costs HK$1,800 plus travel, as it takes about half a day of my time.

The kindergarten would also need to agree to a visit in writing, and some kindergartens only accept visitors in the second term.

As for the group social-skills class, there are currently eleven children waiting for the Saturday group, and places open up only when a child leaves.

Owen's sound errors are the kind we see a lot in four-year-olds, and they respond very well to regular practice.

Our parent review, where we go over Owen's progress together, is booked for Saturday 26 February at 11:00 am.

Best wishes,
Grace Leung
Speech and Language Therapist (Reg.)
Little Voices Therapy Centre
''', [
    C('keep it for Owen, with his first weekly session', 'I (Grace Leung, speech therapist)', '2028-01-11'),
    C('write a short home practice plan and email it', 'I (Grace Leung, speech therapist)', '2027-12-20'),
    D('A school visit costs HK$1,800 plus travel', 'budget'),
    D('would also need to agree to a visit in writing', 'other'),
    D('eleven children waiting for the Saturday group', 'waiting'),
    D('the kind we see a lot in four-year-olds', 'reassurance'),
    M('where we go over Owen\'s progress together, is booked for', '2028-02-26', '11:00'),
], kind='alt64', notes='Batch O. Private speech therapist, multipart/alternative base64: a trial session held (nothing); therapy sessions with the child from Tuesday 11 January (commitment; "in the new year" beside it is not computable, the date wins; next year); "by 20 December"; cost of a school visit (budget); consent from another body (other); waiting list without the word "waiting list" (waiting); normalising (reassurance); a booked parent review in 2028 (meeting).')

letter('294', 'Thu, 24 Feb 2028 18:30:00 +0800',
       ('Alan Yau', 'alan.yau@brightsteps-tko.hk'), "Tim's homework sessions - your questions", '''
Dear Mrs Chiu,

Thank you for dropping by on Tuesday and for your frank comments about Tim's homework time with us.

We currently have one tutor for every eight children in the homework room, and Tim's group is already full at eight.

One-to-one help is available as an add-on at HK$220 per hour, which I know is a lot on top of the monthly fee.

Here is what we will change:

- Miss Cheng will check Tim's homework diary with him at the start of every session, from Monday 28 February.
- Mr Lee will take Tim into the quiet room for dictation revision on Wednesdays, beginning 1 March.
- I will write you a few lines on what he got through every Friday, starting tomorrow.

We'll try to move Tim to the earlier group after the Easter break, if a place comes up.

The homework load in P4 is heavy for most children, so a few unfinished pieces now and then are nothing unusual.

Our open evening for all parents is on Friday 10 March at 7:00 pm, where you can see how the homework sessions run.

Kind regards,
Alan Yau
Centre Manager
Bright Steps After-School Centre (Tseung Kwan O)
''', [
    D('one tutor for every eight children in the homework room', 'other'),
    D('available as an add-on at HK$220 per hour', 'budget'),
    C("will check Tim's homework diary with him", 'Miss Cheng', '2028-02-28'),
    C('take Tim into the quiet room for dictation revision', 'Mr Lee', '2028-03-01'),
    C('write you a few lines on what he got through', 'I (Alan Yau, centre manager)', '2028-02-25'),
    D('try to move Tim to the earlier group', 'other'),
    D('a few unfinished pieces now and then are nothing unusual', 'reassurance'),
], kind='html', notes='Batch O. After-school centre manager, HTML only QP with a bulleted list under "Here is what we will change:": staff capacity (other); cost of one-to-one help (budget); list items as commitments with start dates ("from Monday 28 February", "beginning 1 March", "every Friday, starting tomorrow" -> Fri 25 Feb); "We\'ll try to move Tim ... after the Easter break, if a place comes up" (other); normalising (reassurance); an open evening for all parents (not a meeting).')

letter('295', 'Mon, 18 Oct 2027 15:50:00 +0800',
       ('Learning Support Office', 'learningsupport@kowloontong-stpaul-college.edu.hk'), 'Marco (1E) - summary of our meeting on 15 October', '''
Dear Mr and Mrs Ferreira,

Thank you for meeting the Learning Support Team on Friday 15 October. This email records what was agreed.

The Learning Support Team will hold a short briefing for all of Marco's subject teachers by 29 October.

Ms Chung, our teaching assistant, has been asked by the Team to meet Marco every Monday and Thursday morning before registration to help him pack his bag for the day, starting next week.

We will put in his application for extra time in the December tests before the closing date of 5 November.

Mr Pang, Marco's form teacher, will email you at the end of every week about homework that is still missing.

Regarding the request for Marco to use a laptop for all classwork, the school's IT policy allows personal devices only from S3 onwards, and it applies to every student in the same way.

Speech therapy at school is provided through a contractor, and the therapist's caseload for this year was set in September.

We are hoping to start a study-skills group for S1 later in the year.

We have booked a review meeting with you for Thursday 2 December at 4:15 pm in Room 305.

Please bring along any new reports from Marco's paediatrician.

Best regards,
Rachel Ip
Learning Support Coordinator
on behalf of the Learning Support Team
Kowloon Tong St Paul's College
''', [
    C("hold a short briefing for all of Marco's subject teachers", 'the Learning Support Team', '2027-10-29'),
    C('to meet Marco every Monday and Thursday morning before registration', 'Ms Chung (teaching assistant), asked by the Team', '2027-10-31'),
    C('put in his application for extra time', 'we (Learning Support Team)', '2027-11-05'),
    C('will email you at the end of every week', 'Mr Pang (form teacher)', None),
    D('allows personal devices only from S3 onwards', 'legal-position'),
    D("the therapist's caseload for this year was set in September", 'other'),
    D('hoping to start a study-skills group for S1', 'other'),
    M('We have booked a review meeting with you', '2027-12-02', '16:15'),
], kind='alt', notes='Batch O. Secondary learning-support office, multipart/alternative QP: a meeting held (nothing); a body as actor "The Learning Support Team will ... by 29 October"; a passive delegation "has been asked by the Team to meet Marco ... starting next week" (Mon 18 Oct -> Sun 31 Oct); "before the closing date of 5 November"; a recurring email with no date (vague, concrete); device policy (legal-position); contractor capacity (other); soft time "hoping to ... later in the year" (other); a booked review meeting with date and time; request to the parent (nothing).')

letter('296', 'Tue, 6 Jun 2028 14:00:00 +0800',
       ('Carmen Lo (EDB)', 'sdo-kln@edb.gov.hk'), 'Your enquiry of 23 May 2028 (Ref: KC/SEN/2028/0417)', '''
Dear Ms Leung,

Thank you for your email of 23 May 2028 concerning the support your son, Jason, is receiving at his primary school.

The Education Bureau does not direct how the Learning Support Grant is deployed in individual schools; under school-based management, decisions on the support given to a particular pupil rest with the school.

We have, however, passed your concerns to the school's School Development Officer, Mr Wong Ka Fai.

Mr Wong will contact the school's principal within ten working days to ask how Jason's needs are being met.

He will then come back to you with what he has learned.

On your request for a special school place: places are allocated through the central placement process, which starts with a referral from the school's educational psychologist.

A copy of our leaflet on the Whole School Approach to Integrated Education is attached for your reference.

Yours sincerely,

(Ms Carmen Lo)
for Permanent Secretary for Education
School Development Section (Kowloon)
Education Bureau
''', [
    D('decisions on the support given to a particular pupil rest', 'other'),
    C("contact the school's principal within ten working days", 'Mr Wong Ka Fai (School Development Officer)', '2028-06-20'),
    C('He will then come back to you with what he has learned', 'Mr Wong Ka Fai (School Development Officer)', None),
    D('He will then come back to you with what he has learned', 'no-date'),
    D("starts with a referral from the school's educational psychologist", 'other'),
], kind='plain', notes='Batch O. EDB reply, formal, plain QP: the Bureau\'s remit (other); a past action (nothing); "within ten working days" (Tue 6 Jun -> Tue 20 Jun; no holiday in the span); "He will then come back to you with what he has learned" (no date: vague, no-date); a placement process owned by others (other); an attached leaflet (nothing).')

letter('297', 'Fri, 3 Mar 2028 22:10:00 +0800',
       ('Kelvin So', 'kso@wongtaisin-methodist-pri.edu.hk'), 'Quick update on Sum Yi + next week', '''
Hi Mr Lau,

Quick one before the weekend.

Sum Yi's maths test went better than she thought - 68, up from 51 last time.

The practice papers you asked for: I'll put three in her bag on Monday.

About moving her seat away from the window: seating in 6B is done by the class committee each month, and the next reshuffle is on 1 April.

Honestly she's doing fine - the secondary school interviews make all of them jittery at this point.

I'd leave things as they are until after the mock interview and then take stock.

Ms Au (our English panel head) has offered to run a mock interview with Sum Yi on Thursday lunchtime.

Expect a call from me next Friday at 5.15pm to tell you how the mock interview went.

Have a good weekend,
Kelvin

Kelvin So
Class Teacher, 6B
Wong Tai Sin Methodist Primary School
''', [
    C("I'll put three in her bag on Monday", 'I (Kelvin So, class teacher)', '2028-03-06'),
    D('seating in 6B is done by the class committee', 'other'),
    D('the secondary school interviews make all of them jittery', 'reassurance'),
    D('leave things as they are until after the mock interview', 'other'),
    C('has offered to run a mock interview with Sum Yi', 'Ms Au (English panel head)', '2028-03-09'),
    M("Expect a call from me next Friday at 5.15pm", '2028-03-10', '17:15'),
], kind='plain', notes='Batch O. Primary class teacher, very informal plain QP late on a Friday: a past result (nothing); "on Monday" (Fri 3 Mar -> 6 Mar); another body\'s decision (class committee, other); normalising (reassurance); wait-and-see without a cue word (other); "has offered to run ... on Thursday lunchtime" (-> Thu 9 Mar, a session with the child: commitment); a fixed-time call without a future verb "Expect a call from me next Friday at 5.15pm" (Fri 3 Mar -> Fri 10 Mar 17:15: meeting).')

# Batch P (298-307): written blind, scored, then given to a round of tuning
# (README).

letter('298', 'Wed, 3 Nov 2027 17:35:00 +0800',
       ('Derek Ho (Student Support Team)', 'dho.sst@wangtauhom-lutheran.edu.hk'), 'Jason (3C) - what each of us took on this morning', '''
Dear Mrs Tang,

Thank you for joining the Student Support Team meeting about Jason this morning. Below is what each of us took on.

WHAT HAPPENS NEXT
1. Draft a rest-break card Jason can show his teachers
   Who: Miss Kwan (school nurse)
   When: by 10/11
2. Brief every S3 teacher on the seating plan we agreed
   Who: Mr Ho (SST)
   When: w/e 12/11
3. Trial a reader pen in Chinese Language quizzes
   Who: Ms Lau (Chinese panel)
   When: within 2 weeks
4. Bring Jason's latest hospital letter to the general office
   Who: Mrs Tang
   When: Friday
5. Look at whether Jason can move to a ground-floor locker
   Who: Mr Ho (SST)
   When: TBC

You asked about a quiet place at lunch. The learning-support room is booked every lunchtime by the S6 revision classes until their mock examinations are over.

Jason went onto the school-based educational psychologist's list in September, and she takes students strictly in the order they were referred.

We have pencilled in Jason's next review for Wednesday 15 December at 4:30 pm in Room 204.

With best wishes,
Derek Ho
Student Support Team Coordinator
Wang Tau Hom Lutheran College
''', [
    C('Draft a rest-break card Jason can show his teachers', 'Miss Kwan (school nurse)', '2027-11-10'),
    C('Brief every S3 teacher on the seating plan we agreed', 'Mr Ho (SST)', '2027-11-12'),
    C('Trial a reader pen in Chinese Language quizzes', 'Ms Lau (Chinese panel)', '2027-11-17'),
    C("Bring Jason's latest hospital letter to the general office", 'Mrs Tang (parent)', '2027-11-05'),
    C('Look at whether Jason can move to a ground-floor locker', 'Mr Ho (SST)', None),
    D('Look at whether Jason can move to a ground-floor locker', 'no-date'),
    D('booked every lunchtime by the S6 revision classes', 'other'),
    D('she takes students strictly in the order they were referred', 'waiting'),
    M("We have pencilled in Jason's next review", '2027-12-15', '16:30'),
], kind='alt', html='''<html><body style="font-family:Segoe UI,sans-serif">
<p>Dear Mrs Tang,</p>
<p>Thank you for joining the Student Support Team meeting about Jason this morning. Below is what each of us took on.</p>
<p><b>WHAT HAPPENS NEXT</b></p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Action</th><th>Who</th><th>When</th></tr>
<tr><td>Draft a rest-break card Jason can show his teachers</td><td>Miss Kwan (school nurse)</td><td>by 10/11</td></tr>
<tr><td>Brief every S3 teacher on the seating plan we agreed</td><td>Mr Ho (SST)</td><td>w/e 12/11</td></tr>
<tr><td>Trial a reader pen in Chinese Language quizzes</td><td>Ms Lau (Chinese panel)</td><td>within 2 weeks</td></tr>
<tr><td>Bring Jason&#39;s latest hospital letter to the general office</td><td>Mrs Tang</td><td>Friday</td></tr>
<tr><td>Look at whether Jason can move to a ground-floor locker</td><td>Mr Ho (SST)</td><td>TBC</td></tr>
</table>
<p>You asked about a quiet place at lunch. The learning-support room is booked every lunchtime by the S6 revision classes until their mock examinations are over.</p>
<p>Jason went onto the school-based educational psychologist&#39;s list in September, and she takes students strictly in the order they were referred.</p>
<p>We have pencilled in Jason&#39;s next review for Wednesday 15 December at 4:30 pm in Room 204.</p>
<p>With best wishes,<br>Derek Ho<br>Student Support Team Coordinator<br>Wang Tau Hom Lutheran College</p>
</body></html>
''', notes='Batch P. Secondary SST coordinator after a meeting held this morning (nothing), multipart/alternative QP: an action list under a heading (plain: numbered rows with Who/When lines; HTML: Action | Who | When table); each row a commitment keyed in its action cell: "by 10/11" (day first), "w/e 12/11" (named date), "within 2 weeks" (Wed 3 Nov + 14 = 17 Nov), the parent\'s own row "Friday" (-> Fri 5 Nov), "TBC" with "Look at whether" (vague, no-date deflection); capacity without a cue word (other); a waiting list in referral order (waiting); a pencilled-in review with date and time (meeting).')

letter('299', 'Fri, 14 Jan 2028 15:50:00 +0800',
       ('Carmen Ng', 'carmen.ng@chaiwan-stmark-pri.edu.hk'), "Re: Arjun's b's and d's", '''
Hi Mrs Bhatia,

Thanks for your note in Arjun's handbook this morning.

I've looked back over his dictations since September. He flips b and d (and now and then p and q), mostly when he is rushing to finish.

Honestly, plenty of P2 children are still doing this at seven, and most of them have stopped by the middle of P3.

I'm sending home a little set of b/d picture cards in his bag on Monday - five minutes with them after dinner is plenty.

Mr Pang, our English co-ordinator, has offered to sit in on one of Arjun's phonics lessons next week and jot down what he notices.

Let's give it until after the Chinese New Year holiday and see where his spelling is before anybody starts talking about referrals.

I'll try to keep his homework load sensible in the meantime.

Parents' Day is Saturday 29 January - your slot with me is 9:40 in 2C.

Have a good weekend,
Carmen Ng
Class Teacher, 2C
Chai Wan St Mark's Primary School
''', [
    D('plenty of P2 children are still doing this at seven', 'reassurance'),
    C('a little set of b/d picture cards in his bag', 'I (Carmen Ng, class teacher)', '2028-01-17'),
    C("has offered to sit in on one of Arjun's phonics lessons", 'Mr Pang (English co-ordinator)', '2028-01-23'),
    D('see where his spelling is before anybody starts talking about referrals', 'waiting'),
    C('try to keep his homework load sensible', 'I (Carmen Ng, class teacher)', None),
    D('try to keep his homework load sensible', 'no-date'),
    M('your slot with me is 9:40 in 2C', '2028-01-29', '09:40'),
], kind='plain', notes='Batch P. Primary class teacher, short plain QP email: past checking (nothing); normalising the child\'s difficulty with no cue word (reassurance); present progressive "I\'m sending home ... on Monday" (Fri 14 Jan -> Mon 17 Jan; commitment); "has offered to ... next week" (-> Sun 23 Jan; observing a lesson: commitment); wait-and-see until after a holiday (waiting); "I\'ll try to keep ... sensible" (vague, no-date); a Parents\' Day individual slot with date and time (meeting with the parent).')

letter('300', 'Tue, 7 Mar 2028 11:20:00 +0800',
       ('Dr Aileen Mok', 'aileen.mok@sbeps-kowloon.org.hk'), 'Chloe Lui (P5B) - my plan for this term', '''
Dear Mr and Mrs Lui,

Ms Yau, the SENCO, passed me your questions about Chloe after last Thursday's meeting, and I am writing to set out what I can and cannot do this term.

I will observe Chloe in her Mathematics and General Studies lessons during the week of 20 March.

Before then, Ms Yau will ask Chloe's class teacher to complete a short behaviour checklist by Friday 17 March.

I expect to send my written findings to Ms Yau and to you within two weeks after the second observation, which is timetabled for 23 March.

A full cognitive assessment is kept for pupils at Tier 3 of the school's support, and Chloe is at present on Tier 2.

Changes to her examination arrangements go through the school's SEN Coordinating Committee. I can recommend, but the decision is theirs.

Our feedback session is fixed for Thursday 13 April at 2:15 pm in the school's interview room, and both of you would be very welcome.

Yours sincerely,
Dr Aileen Mok
School-based Educational Psychologist
''', [
    C('observe Chloe in her Mathematics and General Studies lessons', 'I (Dr Aileen Mok, EP)', '2028-03-26'),
    C("ask Chloe's class teacher to complete a short behaviour checklist", 'Ms Yau (SENCO)', '2028-03-17'),
    C('expect to send my written findings to Ms Yau', 'I (Dr Aileen Mok, EP)', '2028-04-06'),
    D('A full cognitive assessment is kept for pupils at Tier 3', 'other'),
    D('I can recommend, but the decision is theirs', 'other'),
    M('Our feedback session is fixed for Thursday 13 April', '2028-04-13', '14:15'),
], kind='alt64', notes='Batch P. School-based EP, multipart/alternative base64: a meeting held last Thursday (nothing); observation of the child "during the week of 20 March" (-> Sun 26 Mar; commitment); Ms Yau "will ask ... by Friday 17 March" (commitment of Ms Yau); "expect to send ... within two weeks after the second observation, which is timetabled for 23 March" (event date + 14 = 6 Apr); eligibility by tier (other); another body\'s remit (other); a feedback session fixed with date and time (meeting).')

letter('301', 'Fri, 22 Oct 2027 18:10:00 +0800',
       ('Jade Ho', 'jade.ho@brightsteps-children.org.hk'), 'Ka Yan - a few changes from November', '''<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hi Mrs Yuen,</p>
<p>Quick update after Ka Yan&rsquo;s group this afternoon &ndash; she joined in the turn-taking game without any prompting, which is lovely to see.</p>
<p>From Tuesday 2 November my colleague Ms Lorraine Ip is taking over the Tuesday 4:30 group, as I am moving to our Tsuen Wan branch.</p>
<p>I will write Ms Ip a handover note on Ka Yan&rsquo;s goals before I leave on 29 October.</p>
<p>Our accounts team will email you the receipt for the October fees by 5 November.</p>
<p>On the individual slot you asked about: there are still 46 children ahead of Ka Yan.</p>
<p>Home visits are $950 each and sit outside the subsidised package.</p>
<p>The centre&rsquo;s workshop on visual timetables is on Saturday 13 November, 10:00&ndash;12:00, at our Mong Kok office, and any parent can sign up at reception.</p>
<p>If you&rsquo;d like to talk before I go, I could phone you on Tuesday 26 October at 6 pm or Wednesday 27 October at 1 pm. Just tell me which is easier.</p>
<p>Warmly,<br>Jade Ho<br>Speech Therapist<br>Bright Steps Children&rsquo;s Centre</p>
</body></html>
''', [
    C('is taking over the Tuesday 4:30 group', 'Ms Lorraine Ip (speech therapist)', '2027-11-02'),
    C("write Ms Ip a handover note on Ka Yan\u2019s goals", 'I (Jade Ho, speech therapist)', '2027-10-29'),
    C('will email you the receipt for the October fees', 'our accounts team', '2027-11-05'),
    D('there are still 46 children ahead of Ka Yan', 'waiting'),
    D('sit outside the subsidised package', 'budget'),
], kind='rawhtml', notes='Batch P. NGO speech therapist, HTML only QP: progress (nothing); present progressive "is taking over ... From Tuesday 2 November" (start date; commitment); "before I leave on 29 October" (deadline word -> 29 Oct); a body as actor "Our accounts team will email ... by 5 November"; a waiting list with no cue word (waiting); cost (budget); a workshop for any parent (nothing); two phone slots offered for the parent to choose (not meetings).')

letter('302', 'Mon, 8 May 2028 17:05:00 +0800',
       ('Mrs Angela Wai (Principal)', 'principal@yautong-baptist-pri.edu.hk'), "Re: Tiago's homework detention", '''
Dear Ms Ferreira,

Thank you for writing to me about the homework detention Tiago was given last Wednesday. I have read your message carefully and have spoken with Mr Yeung, his class teacher.

Mr Yeung followed our P4 homework guidelines, which are based on the Education Bureau's guidance and are applied in the same way in every class.

I have complete confidence in Mr Yeung's judgement, and he knows Tiago well.

That said, our Vice-Principal (Curriculum), Mrs Lo, will look again at how the guidelines treat pupils with a diagnosed writing difficulty.

Until then, Tiago's homework will be cut to two subjects a night.

Transport to and from his occupational therapy is arranged by the therapy centre, not by the school.

I have set aside Tuesday 16 May at 4:15 pm to meet you, with Mrs Lo, in the conference room on the second floor.

Mrs Lo will put her recommendations to you in writing no later than three days after that meeting.

Yours sincerely,
Angela Wai
Principal
Yau Tong Baptist Primary School

On Thu, 4 May 2028 at 22:40, Luisa Ferreira <luisa.ferreira@example.com> wrote:
> Dear Principal, Tiago was kept in at lunch on Wednesday for unfinished writing homework.
> He has dysgraphia and the school has the report. I will be writing to the EDB if nothing changes by Friday.
> Could a teacher also walk him to the OT centre on Thursdays?
> Luisa Ferreira
''', [
    D('are applied in the same way in every class', 'legal-position'),
    D("I have complete confidence in Mr Yeung's judgement", 'reassurance'),
    C('will look again at how the guidelines treat pupils', 'Mrs Lo (Vice-Principal, Curriculum)', None),
    D('will look again at how the guidelines treat pupils', 'no-date'),
    C("Tiago's homework will be cut to two subjects a night", None, None),
    D('is arranged by the therapy centre, not by the school', 'other'),
    M('I have set aside Tuesday 16 May at 4:15 pm', '2028-05-16', '16:15'),
    C('will put her recommendations to you in writing', 'Mrs Lo (Vice-Principal, Curriculum)', '2028-05-19'),
], kind='alt', html='''<html><body style="font-family:Georgia,serif">
<p>Dear Ms Ferreira,</p>
<p>Thank you for writing to me about the homework detention Tiago was given last Wednesday. I have read your message carefully and have spoken with Mr Yeung, his class teacher.</p>
<p>Mr Yeung followed our P4 homework guidelines, which are based on the Education Bureau&#39;s guidance and are applied in the same way in every class.</p>
<p>I have complete confidence in Mr Yeung&#39;s judgement, and he knows Tiago well.</p>
<p>That said, our Vice-Principal (Curriculum), Mrs Lo, will look again at how the guidelines treat pupils with a diagnosed writing difficulty.</p>
<p>Until then, Tiago&#39;s homework will be cut to two subjects a night.</p>
<p>Transport to and from his occupational therapy is arranged by the therapy centre, not by the school.</p>
<p>I have set aside Tuesday 16 May at 4:15 pm to meet you, with Mrs Lo, in the conference room on the second floor.</p>
<p>Mrs Lo will put her recommendations to you in writing no later than three days after that meeting.</p>
<p>Yours sincerely,<br>Angela Wai<br>Principal<br>Yau Tong Baptist Primary School</p>
<div>On Thu, 4 May 2028 at 22:40, Luisa Ferreira &lt;luisa.ferreira@example.com&gt; wrote:</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">
<p>Dear Principal, Tiago was kept in at lunch on Wednesday for unfinished writing homework.<br>
He has dysgraphia and the school has the report. I will be writing to the EDB if nothing changes by Friday.<br>
Could a teacher also walk him to the OT centre on Thursdays?<br>
Luisa Ferreira</p>
</blockquote>
</body></html>
''', notes='Batch P. Principal replying to a complaint, multipart/alternative QP quoting the parent (">" lines / <blockquote>; her "I will be writing to the EDB" not annotated): past actions (nothing); policy compliance without a cue word (legal-position); reassurance; "will look again at" (vague, no-date); a passive with no agent "homework will be cut" (vague, concrete: no deflection); another body\'s remit (other); "I have set aside Tuesday 16 May at 4:15 pm to meet you" (meeting); a date relative to that meeting "no later than three days after that meeting" (16 May + 3 = 19 May).')

letter('303', 'Wed, 24 May 2028 12:05:00 +0800',
       ('Little Acorns Kindergarten (Tai Wai)', 'office@littleacorns-kg.edu.hk'), 'Hei Hei - after Monday', '''
Dear Mr and Mrs Kwok,

Thank you for coming in on Monday to talk about Hei Hei's move to primary school in September.

Our principal, Mrs Chow, will fill in the Child's Profile for Hei Hei's primary school and give it to you by 14 June.

Miss Lam will ring you at 12:30 on Friday to say how Hei Hei managed with the new quiet corner this week.

We will keep giving Hei Hei the job of class messenger, which she loves.

A lot of children who say very little in class at this age chat away once they are in P1 and among new faces.

We would rather watch her for the rest of the term than rush into an assessment.

The on-site rehabilitation service in our kindergarten is open only to children who already sit on the Social Welfare Department's central waiting list.

The K3 talk for parents on getting ready for P1 is at 7:00 pm on Friday 2 June in the hall.

With warm regards,
Miss Lam Wing Sze (K3 class teacher)
for Mrs Chow, Principal
Little Acorns Kindergarten (Tai Wai)
''', [
    C("will fill in the Child's Profile for Hei Hei's primary school", 'Mrs Chow (principal)', '2028-06-14'),
    M('Miss Lam will ring you at 12:30 on Friday', '2028-05-26', '12:30'),
    C('keep giving Hei Hei the job of class messenger', 'we (the kindergarten)', None),
    D('chat away once they are in P1 and among new faces', 'reassurance'),
    D('rather watch her for the rest of the term', 'waiting'),
    D("is open only to children who already sit on", 'other'),
], kind='plain64', notes='Batch P. Kindergarten K3 teacher writing for the principal, plain base64: a meeting held on Monday (nothing); "by 14 June"; a fixed-time call "at 12:30 on Friday" (Wed 24 May -> Fri 26 May; meeting); "will keep giving ..." no date (vague, concrete: no deflection); normalising (reassurance); wait-and-see for the rest of term (waiting); eligibility for on-site rehabilitation (other); a talk for all K3 parents (nothing).')

letter('304', 'Mon, 10 Jan 2028 09:25:00 +0800',
       ('Dennis Lo (School OT)', 'dlo.ot@shamshuipo-holyfamily-pri.edu.hk'), 'Matthew - OT starting this week', '''
Dear Mrs Murphy,

Following my screening of Matthew in December, I will start seeing him in a group of three from Thursday 13 January, in the OT room during period 7.

The block runs for eight weekly sessions, the last on 2 March. Under the school's therapy service agreement I must put a written summary of his progress in your hands within a week after that last session.

I'll also drop in on one of his PE lessons at some point after Chinese New Year to see how he copes with ball skills.

Ms Chan, his class teacher, has agreed to let Matthew use a pencil grip in all subjects starting tomorrow.

About the sloped writing board: it has to come out of the general stores budget, and that is only set in April.

Lending the weighted cushion for use at home would need the Principal's sign-off under the school's asset rules.

Best regards,
Dennis Lo
Occupational Therapist (school-based)
Sham Shui Po Holy Family Primary School
''', [
    C('will start seeing him in a group of three', 'I (Dennis Lo, OT)', '2028-01-13'),
    C('must put a written summary of his progress', 'I (Dennis Lo, OT)', '2028-03-09'),
    C('drop in on one of his PE lessons', 'I (Dennis Lo, OT)', None),
    C('has agreed to let Matthew use a pencil grip', 'Ms Chan (class teacher)', '2028-01-11'),
    D('has to come out of the general stores budget', 'budget'),
    D("would need the Principal's sign-off under the school's asset rules", 'legal-position'),
], kind='alt', crlf=True, notes='Batch P. School-based OT, multipart/alternative QP with CRLF: therapy for the child "from Thursday 13 January" (start; commitment); an obligation "I must put a written summary ... within a week after that last session" where the last session is dated in the previous sentence (2 Mar + 7 = 9 Mar 2028); soft time "at some point after Chinese New Year" (vague, concrete: no deflection); "has agreed to ... starting tomorrow" (-> 11 Jan); cost / budget cycle (budget); policy compliance (legal-position). No meeting.')

letter('305', 'Thu, 16 Sep 2027 16:40:00 +0800',
       ('Rebecca Sze', 'rsze@tsingyi-trinity-ss.edu.hk'), 'Ivan - settling into 1D', '''
Dear Mr Leung,

Thank you for meeting me on Monday about Ivan's first weeks in S1. I have passed your notes on his sensory needs to all his subject teachers.

Our school social worker, Mr Chung, is going to see Ivan once a week from next Monday.

The Guidance Committee will decide on a peer buddy for Ivan at its meeting on 22 September, and I'll pass the outcome on to you the following day.

The lunchtime quiet room holds twelve students, and every place has gone to S2 and S3 students.

I'm confident Ivan will find his feet within a few weeks.

The S1 parents' evening on Thursday 30 September at 7 pm will introduce the new e-learning platform.

If you want to talk things over before then, I'm free on Friday 24 September after 4 pm - let me know if that suits you.

Kind regards,
Rebecca Sze
Form Teacher, 1D
Tsing Yi Trinity Secondary School
''', [
    C('is going to see Ivan once a week', 'Mr Chung (school social worker)', '2027-09-20'),
    C('will decide on a peer buddy for Ivan', 'the Guidance Committee', '2027-09-22'),
    C('pass the outcome on to you the following day', 'I (Rebecca Sze, form teacher)', '2027-09-23'),
    D('every place has gone to S2 and S3 students', 'other'),
    D('confident Ivan will find his feet', 'reassurance'),
], kind='html', notes='Batch P. Secondary form teacher, HTML only QP: a meeting held on Monday and past actions (nothing); "is going to see Ivan once a week from next Monday" (Thu 16 Sep -> Mon 20 Sep; sessions with the child: commitment); one sentence, two commitments with their own dates: a committee as actor at its internal meeting on 22 September, and "the following day" (-> 23 Sep; owner and date, so no deflection); capacity (other); reassurance; a parents\' evening for all S1 parents (nothing); a slot offered for the parent to confirm (not a meeting).')

letter('306', 'Wed, 1 Mar 2028 14:15:00 +0800',
       ('Margaret Cheung (SENCO)', 'mcheung@fanling-assembly-pri.edu.hk'), 'Support for Sze Wing in the second term', '''
Dear Mr and Mrs Ho,

Re: Support for Sze Wing (6A) in the second term

Further to the SEN Coordinating Committee meeting on 24 February, I am writing to confirm the arrangements for Sze Wing.

The Examination Committee has agreed to give Sze Wing 25% extra time in the Final Examination.

Ms Poon, our teaching assistant, will begin a small-group phonics programme for Sze Wing and two classmates on Monday 6 March.

The school will purchase a set of coloured overlays for her with this year's Learning Support Grant by 31 March.

Your request for one-to-one tutoring cannot be met, as the Grant is already fully committed to the group programmes this year.

A hearing test is not something the school arranges; it is handled by the Department of Health's Student Health Service.

The arrangements will be reviewed after the second term test.

I have provisionally reserved Tuesday 25 April, 3:30 pm, for our next meeting with Sze Wing's class teacher.

Please sign and return the enclosed consent slip by Friday 10 March.

Yours sincerely,
Margaret Cheung
Special Educational Needs Coordinator
Fanling Assembly of God Primary School
''', [
    C('has agreed to give Sze Wing 25% extra time', 'the Examination Committee', None),
    C('will begin a small-group phonics programme for Sze Wing', 'Ms Poon (teaching assistant)', '2028-03-06'),
    C('purchase a set of coloured overlays for her', 'the school', '2028-03-31'),
    D('the Grant is already fully committed to the group programmes', 'budget'),
    D("handled by the Department of Health's Student Health Service", 'other'),
    C('The arrangements will be reviewed after the second term test', None, None),
    D('The arrangements will be reviewed after the second term test', 'no-owner'),
    M('I have provisionally reserved Tuesday 25 April', '2028-04-25', '15:30'),
], kind='plain', notes='Batch P. Primary SENCO, formal plain QP: an internal committee meeting already held (nothing); a body as actor "has agreed to give ... in the Final Examination" (undated exam: null, vague, concrete: no deflection); "on Monday 6 March"; "The school will purchase ... by 31 March"; budget; another body\'s remit (other); a passive review after an undated test (vague, no-owner deflection); a provisionally reserved meeting with date and time (meeting); request to the parent (nothing).')

letter('307', 'Mon, 13 Mar 2028 10:30:00 +0800',
       ('Grace Lau', 'grace.lau@ktparentsresource.org.hk'), 'Following up your call about Yan Yan', '''
Dear Mrs Mak,

Thank you for calling us last Tuesday about Yan Yan's school placement. I could hear how tiring the past few months have been.

I'll post you our leaflet on the school placement review, together with the EDB's complaint form, on Wednesday.

Our volunteer parent mentor, Mrs Fung, is going to ring you on Thursday 16 March at 8.15pm. Her own son went through the same process two years ago.

Whether Yan Yan moves to a special school is decided by the EDB's placement section, and our centre has no say in it.

The Child Assessment Centre in Kwun Tong is quoting about ten months for new cases at the moment.

We'll do our best to help you get ready for the IEP meeting.

Our free talk "Reading an IEP" is on Saturday 25 March at 2:30 pm at our Hoi Yuen Road office.

Take care,
Grace Lau
Parent Support Officer
Kwun Tong Parents' Resource Centre
''', [
    C('post you our leaflet on the school placement review', 'I (Grace Lau, parent support officer)', '2028-03-15'),
    M('Mrs Fung, is going to ring you on Thursday', '2028-03-16', '20:15'),
    D('our centre has no say in it', 'other'),
    D('is quoting about ten months for new cases', 'waiting'),
    C('do our best to help you get ready', 'we (the centre)', None),
    D('do our best to help you get ready', 'no-date'),
], kind='plain', crlf=True, notes='Batch P. Parent-resource centre officer, plain QP with CRLF: a call held last Tuesday (nothing); "on Wednesday" (Mon 13 Mar -> 15 Mar); a fixed phone call with date and dotted time "8.15pm" (meeting, not commitment); another body\'s remit (other); a clinic waiting time (waiting); "We\'ll do our best to help" (vague, no-date); a free talk for all parents (nothing).')

# Batch Q (308-317): written blind, scored, then given to a round of tuning
# (README). CT() is a commitment with a clock time.


def CT(key, actor, due, t):
    c = C(key, actor, due)
    c[1]['due_time'] = t
    return c


letter('308', 'Thu, 9 Sep 2027 16:05:00 +0800',
       ('Rebecca Araujo', 'raraujo@mos-trinity-pri.edu.hk'), 'Oscar - first week in 6C', '''
Dear Mr and Mrs Leung,

Welcome back after the summer. I'm Oscar's class teacher in 6C this year, and I have gone through the handover notes Miss Tam left for me.

I'm shifting Oscar's desk forward two rows on Monday, to the window side, where the glare off the board is least.

You'll have a copy of his homework timetable from me by Friday, printed in the larger font his OT suggested.

Mr Dhillon, who takes 6C for Maths, has agreed to let Oscar type his longer written explanations on the class laptop starting 20 September.

You mentioned the tears at the gate on the first two mornings. A wobble in the opening fortnight of P6 is something we see in most of the class, so I wouldn't read too much into it just yet.

On the afternoon reading group: Miss Tam's group runs with P3 and P4 children only now, and the six places went in June.

I've pencilled in a get-to-know-you chat with the two of you for Wednesday 22 September at 3:45 pm in Room 204.

The P6 secondary-places briefing for all parents takes place on Saturday 16 October in the hall.

Could you slip his spare glasses into the front pocket of his bag? He left them at home twice last week.

Best wishes,
Rebecca Araujo
Class Teacher, 6C
Ma On Shan Trinity Primary School
''', [
    C("shifting Oscar's desk forward two rows on Monday", 'I (Rebecca Araujo, class teacher)', '2027-09-13'),
    C('a copy of his homework timetable from me by Friday', 'I (Rebecca Araujo, class teacher)', '2027-09-10'),
    C('has agreed to let Oscar type his longer written explanations', 'Mr Dhillon (Maths teacher)', '2027-09-20'),
    D("so I wouldn't read too much into it just yet", 'reassurance'),
    D('and the six places went in June', 'other'),
    M('pencilled in a get-to-know-you chat with the two of you', '2027-09-22', '15:45'),
], kind='plain', notes='Batch Q. P6 class teacher at the start of the year, plain QP. Present progressive as a future ("I\'m shifting ... on Monday": Thu 9 Sep -> 13 Sep); "You\'ll have ... from me by Friday" (owner is "me", not "you"; -> 10 Sep); "has agreed to ... starting 20 September"; normalising reassurance with no cue word; capacity refusal told as a fact ("the six places went in June", other); a pencilled-in chat set by the school (meeting 22 Sep 15:45); a briefing for all parents (nothing); a request (nothing).')

letter('309', 'Mon, 18 Oct 2027 14:30:00 +0800',
       ('Dr Vivian Sze', 'vsze.ep@mos-trinity-pri.edu.hk'), 'Oscar - classroom observation', '''
Dear Mrs Leung,

I observed Oscar in his English and Maths lessons last Thursday, as Mrs Kwan had arranged.

He stayed on task well when the instructions were on the board, and drifted when they were only spoken; twice during the Maths exercise I saw him copy from his neighbour.

I shall write up my classroom notes and pass them to Mrs Kwan within ten working days.

I expect to have spoken with Mr Dhillon about visual prompts for Maths by 3 November.

You asked about a full cognitive reassessment. Under our service guidelines a reassessment is offered once the previous report is over three years old, and Oscar's was completed in March 2026.

Whether the school can fund a private reading tutor is not mine to decide; it sits with Mrs Kwan and the Principal.

The parent consultation is fixed for Friday 5 November, 4.30pm, in the Resource Room on the ground floor.

For now I would keep the 25% extra time in his internal tests.

Kind regards,
Dr Vivian Sze
Educational Psychologist (school-based)
Ma On Shan Trinity Primary School
''', [
    C('shall write up my classroom notes and pass them to Mrs Kwan', 'I (Dr Vivian Sze, EP)', '2027-11-01'),
    C('to have spoken with Mr Dhillon about visual prompts', 'I (Dr Vivian Sze, EP)', '2027-11-03'),
    D('once the previous report is over three years old', 'other'),
    D('it sits with Mrs Kwan and the Principal', 'other'),
    M('The parent consultation is fixed for Friday 5 November', '2027-11-05', '16:30'),
], kind='html', notes='Batch Q. School-based EP after a classroom observation (past: nothing), HTML only QP. "shall ... within ten working days" (Mon 18 Oct -> Mon 1 Nov, no public holiday in the span); "I expect to have spoken with ... by 3 November" (expect to, owner + date: not a deflection); eligibility rule told as a guideline (other); remit (other); a fixed consultation with a dotted time "4.30pm"; a recommendation with "would" (nothing).')

letter('310', 'Wed, 24 Nov 2027 17:40:00 +0800',
       ('Janet Kwan (SENCO)', 'jkwan@mos-trinity-pri.edu.hk'), 'Re: Reader in tests and a tutor for Oscar', '''
Dear Mrs Leung,

Thank you for your email. I took both of your requests to the SEN committee on 19 November.

The reader: yes. A reader will be provided for Oscar in the January mock tests, starting 10 January.

The tutor: the committee did not agree this time. The Learning Support Grant is already stretched across forty-one pupils this year, and one-to-one tutoring would take a large share of it.

I'll put the tutor question back before the committee when it meets in February.

Mr Ho, our IT technician, is to set up the text-to-speech software on Oscar's school laptop by Tuesday 30 November.

His teachers tell me he is a good deal more settled than he was in September.

The date for Oscar's IEP review is Thursday 16 December at 4:00 pm, and Dr Sze will join us.

Best regards,
Janet Kwan
SENCO, Ma On Shan Trinity Primary School

On Mon, 22 Nov 2027 at 22:40, Amanda Leung <amanda.leung@example.com> wrote:
> Dear Mrs Kwan,
> Could Oscar have a reader in tests? And could the school pay for a tutor twice a week?
> We will bring the private EP report to school next week.
> Amanda
''', [
    C('A reader will be provided for Oscar in the January mock tests', None, '2028-01-10'),
    D('already stretched across forty-one pupils this year', 'budget'),
    C("I'll put the tutor question back before the committee", 'I (Janet Kwan, SENCO)', '2028-02-29'),
    C('is to set up the text-to-speech software', 'Mr Ho (IT technician)', '2027-11-30'),
    D('a good deal more settled than he was in September', 'reassurance'),
    M("The date for Oscar's IEP review is Thursday", '2027-12-16', '16:00'),
], kind='alt', html='''<html><body style="font-family:Calibri,sans-serif">
<p>Dear Mrs Leung,</p>
<p>Thank you for your email. I took both of your requests to the SEN committee on 19 November.</p>
<p>The reader: yes. A reader will be provided for Oscar in the January mock tests, starting 10 January.</p>
<p>The tutor: the committee did not agree this time. The Learning Support Grant is already stretched across forty-one pupils this year, and one-to-one tutoring would take a large share of it.</p>
<p>I&#39;ll put the tutor question back before the committee when it meets in February.</p>
<p>Mr Ho, our IT technician, is to set up the text-to-speech software on Oscar&#39;s school laptop by Tuesday 30 November.</p>
<p>His teachers tell me he is a good deal more settled than he was in September.</p>
<p>The date for Oscar&#39;s IEP review is Thursday 16 December at 4:00 pm, and Dr Sze will join us.</p>
<p>Best regards,<br>Janet Kwan<br>SENCO, Ma On Shan Trinity Primary School</p>
<div>On Mon, 22 Nov 2027 at 22:40, Amanda Leung &lt;amanda.leung@example.com&gt; wrote:</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">
<p>Dear Mrs Kwan,<br>Could Oscar have a reader in tests? And could the school pay for a tutor twice a week?<br>We will bring the private EP report to school next week.<br>Amanda</p>
</blockquote>
</body></html>
''', notes='Batch Q. SENCO answering two requests after an internal committee (held: nothing), multipart/alternative QP, parent quoted below "On ... wrote:" / <blockquote> (her "We will bring ... next week" not annotated). Granted: passive with no agent "will be provided ... starting 10 January" (vague, concrete: no deflection). Refused: budget told with no cue word ("stretched across forty-one pupils"). "I\'ll put ... back before the committee when it meets in February" (owner + month -> 29 Feb 2028, leap year; not vague so no deflection). "is to set up ... by Tuesday 30 November" (obligation form). Reassurance without data; an IEP review with date and time.')

letter('311', 'Fri, 14 Jan 2028 11:20:00 +0800',
       ('Gordon Yuen', 'exams@shatinkeitak-college.edu.hk'), 'Chloe Leung (5D) - special examination arrangements', '''
Dear Mr Leung,

Thank you for returning the special examination arrangements form for Chloe (5D).

I will lodge Chloe's SEA application for the 2029 HKDSE with the HKEAA no later than 31 January.

The HKEAA, not the school, decides the final arrangements, and its reply usually reaches us in the summer.

In the second-term examination the school will again let her sit in a room of her own, with a quarter more time.

You asked whether I could send the psychologist's report to her tutorial centre. Chloe turned sixteen in October, and we release her records to outside bodies only with her own signature on the consent form.

The briefing on examination arrangements for all S5 parents is on Saturday 22 January at 9:30 am in the lecture theatre.

Please sign and return the enclosed declaration by 21 January.

Regards,
Gordon Yuen
Examinations Officer
Shatin Kei Tak College
''', [
    C("I will lodge Chloe's SEA application", 'I (Gordon Yuen, Examinations Officer)', '2028-01-31'),
    D('The HKEAA, not the school, decides the final arrangements', 'other'),
    C('will again let her sit in a room of her own', 'the school', None),
    D('only with her own signature on the consent form', 'other'),
], kind='plain64', notes='Batch Q. Secondary examinations officer about an older sibling\'s DSE arrangements, plain base64: "no later than 31 January"; remit of the HKEAA (other); "In the second-term examination the school will again let her sit ..." (school calendar: due null, vague, concrete: no deflection); consent of the student (other); a briefing for all S5 parents with date and time (not a meeting); a request (nothing).')

letter('312', 'Tue, 29 Feb 2028 12:30:00 +0800',
       ('Hilda Ng', 'hng.st@mos-trinity-pri.edu.hk'), "Oscar's speech therapy - plan for March", '''<html><head><style>td,th{border:1px solid #999;padding:4px 8px}</style></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Dear Mr and Mrs Leung,</p>
<p>This is where we have got to after this morning&#39;s session with Oscar. He now joins two ideas with <i>and then</i> quite reliably; <i>because</i> and <i>so</i> are the next step.</p>
<p>The plan for the next few weeks:</p>
<table style="border-collapse:collapse">
<tr><th>What</th><th>Who</th><th>When</th></tr>
<tr><td>Send home a set of sentence-linking picture cards</td><td>Miss Ng</td><td>10/3/2028</td></tr>
<tr><td>Watch Oscar during group work in General Studies</td><td>Miss Ng</td><td>week of 20/3</td></tr>
<tr><td>Practise three linked sentences with Oscar at bedtime</td><td>Parents</td><td>most evenings</td></tr>
</table>
<p>You asked about moving him up to two sessions a week. I&#39;d give the cards a couple of months to do their work before we decide anything about the timetable.</p>
<p>I&#39;d be glad to talk it through on the phone. Would Thursday 9 March at 1:15 pm suit you? Just reply with a yes or another time.</p>
<p>Best,<br>Hilda Ng<br>Speech Therapist<br>Ma On Shan Trinity Primary School</p>
</body></html>
''', [
    C('Send home a set of sentence-linking picture cards', 'Miss Ng (speech therapist)', '2028-03-10'),
    C('Watch Oscar during group work in General Studies', 'Miss Ng (speech therapist)', '2028-03-26'),
    C('Practise three linked sentences with Oscar at bedtime', 'Parents', None),
    D('give the cards a couple of months to do their work', 'waiting'),
], kind='rawhtml', notes='Batch Q. School-based speech therapist, hand-written HTML only QP with an action table (action | who | when): rows are commitments keyed in the action cell; "10/3/2028" day first; "week of 20/3" (Mon 20 Mar -> Sun 26 Mar); a parents\' row with no date (vague, concrete: no deflection); wait-and-see with no cue word (waiting); a proposed phone slot waiting for the parent\'s answer (not a meeting). Dated 29 Feb 2028.')

letter('313', 'Wed, 15 Mar 2028 10:20:00 +0800',
       ('Liam Chow', 'liam.chow@brightsteps.org.hk'), 'A place for Oscar in the Saturday handwriting group', '''
Dear Mrs Leung,

Good news: a place has come up for Oscar in our Saturday handwriting group at the Tai Wai centre.

I'll run his first session myself on Saturday 8 April at 10:00 am; the group then meets weekly for eight weeks.

On the fee: the subsidised rate is open only to families with a CSSA or WFSA letter, so the standard $420 per session applies in your case.

Should a subsidised place free up later in the year, you'll hear from us.

I'll email you the home exercise sheet tonight, with photos of the pencil grip we tried.

A parent review meeting is booked for Saturday 6 May at 11:30 am, once Oscar has had four sessions.

Warm regards,
Liam Chow
Occupational Therapist
Bright Steps Family Services
''', [
    CT("I'll run his first session myself on Saturday 8 April", 'I (Liam Chow, OT)', '2028-04-08', '10:00'),
    D('open only to families with a CSSA or WFSA letter', 'budget'),
    C("free up later in the year, you'll hear from us", 'we (Bright Steps)', None),
    D("free up later in the year, you'll hear from us", 'no-date'),
    C("I'll email you the home exercise sheet tonight", 'I (Liam Chow, OT)', '2028-03-15'),
    M('A parent review meeting is booked for Saturday 6 May', '2028-05-06', '11:30'),
], kind='alt64', notes='Batch Q. NGO occupational therapist, multipart/alternative base64: a session with the child "I\'ll run his first session ... on Saturday 8 April at 10:00 am" (commitment with a time, not a meeting); fee eligibility (budget); conditional "you\'ll hear from us" (owner us, no date, a let-you-know action: vague + no-date deflection); "tonight" (= D, 15 Mar); a booked parent review meeting 6 May 11:30.')

letter('314', 'Mon, 10 Apr 2028 17:50:00 +0800',
       ('Stephen Tong (Vice-Principal)', 'vp.tong@mos-trinity-pri.edu.hk'), 'Your request for a shadow teacher for Oscar', '''
Dear Mr and Mrs Leung,

Thank you for your letter of 3 April, and for coming in to explain the idea of a privately employed shadow teacher for Oscar.

I have discussed it with the Principal and with Mrs Kwan. I am sorry to say that an outside shadow teacher in lessons is not something our insurance cover or our staffing policy allows.

What I will do instead is have Ms Wai, our teaching assistant, sit with Oscar in two Chinese lessons a week from 24 April.

The shadow teacher question could be looked at again once the School Management Committee approves our revised SEN policy.

Mrs Kwan will ring you on Wednesday 19 April at 5:15 pm to go over how Ms Wai's support will work.

We do take Oscar's progress very seriously, and I hope this arrangement shows it.

Yours sincerely,
Stephen Tong
Vice-Principal
Ma On Shan Trinity Primary School
''', [
    D('not something our insurance cover or our staffing policy allows', 'legal-position'),
    C('have Ms Wai, our teaching assistant, sit with Oscar', 'I (Stephen Tong, Vice-Principal) / Ms Wai', '2028-04-24'),
    D('could be looked at again once the School Management Committee approves', 'waiting'),
    M('Mrs Kwan will ring you on Wednesday 19 April', '2028-04-19', '17:15'),
    D("We do take Oscar's progress very seriously", 'reassurance'),
], kind='alt', crlf=True, notes='Batch Q. Vice-principal refusing a request politely, multipart/alternative QP with CRLF: insurance/staffing policy (legal-position); an unusual shape "What I will do instead is have Ms Wai ... from 24 April" (commitment, start date); "could be looked at again once ..." (no future verb: not a commitment; waiting on an undated event); a call fixed with date and time (meeting, not a commitment); reassurance.')

letter('315', 'Thu, 18 May 2028 15:00:00 +0800',
       ('Adrian Fok', 'afok.senco@taiwai-evangel.edu.hk'), "Welcome to Tai Wai Evangel College - Oscar's transition", '''
Dear Mr and Mrs Leung,

Congratulations on Oscar's discretionary place with us for September.

I coordinate special educational needs support at the College, and Mrs Kwan has kindly told me a little about Oscar already.

A transition meeting for you and Oscar has been set for Tuesday 11 July, 10:00-11:00, in our Student Support Centre (Room G12). The calendar invitation is attached.

Once we have your signed transfer consent, I will request Oscar's Student Support Profile from his primary school.

All new S1 students join the bridging course from 17 to 21 July.

Ms Jo Lai, our school social worker, is scheduled to meet Oscar on 19 July, the Wednesday of the bridging course.

Places in the small English class are settled only after the placement tests in late August have been marked, so I can't tell you yet whether Oscar will be in it.

With best wishes,
Adrian Fok
SENCO
Tai Wai Evangel College
''', [
    M('A transition meeting for you and Oscar has been set', '2028-07-11', '10:00'),
    C("I will request Oscar's Student Support Profile", 'I (Adrian Fok, SENCO)', None),
    C('is scheduled to meet Oscar on 19 July', 'Ms Jo Lai (school social worker)', '2028-07-19'),
    D('settled only after the placement tests in late August', 'waiting'),
], kind='altcal', ics='''
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Tai Wai Evangel College//SEN//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:transition-oscar-20280711@taiwai-evangel.edu.hk
DTSTAMP:20280518T070000Z
DTSTART;TZID=Asia/Hong_Kong:20280711T100000
DTEND;TZID=Asia/Hong_Kong:20280711T110000
SUMMARY:Transition meeting - Oscar Leung
LOCATION:Student Support Centre (Room G12)
ORGANIZER;CN=Adrian Fok:mailto:afok.senco@taiwai-evangel.edu.hk
ATTENDEE;RSVP=TRUE:mailto:parent.family@example.com
END:VEVENT
END:VCALENDAR
''', notes='Batch Q. Secondary SENCO, transition to S1: multipart/mixed (alternative QP + text/calendar attachment, not annotated twice). A set transition meeting with a range "10:00-11:00" (start); a commitment conditional on the parent\'s consent with no date (vague, concrete: no deflection); a course for all new students (nothing); "is scheduled to meet Oscar on 19 July" (a session with the child: commitment); waiting on placement tests (no cue word).')

letter('316', 'Fri, 9 Jun 2028 18:10:00 +0800',
       ('Rebecca Araujo', 'raraujo@mos-trinity-pri.edu.hk'), 'Thank you, 6C families', '''
Dear 6C parents,

A very big thank you to everyone who helped at Sports Day on 2 June, and to the families who sent in fruit for the relay teams.

The children have now returned all their library books. Lost property has been laid out on the tables outside the hall, so please have a look before Thursday.

The school will be closed on Tuesday 13 June for a staff development day.

The graduation ceremony will be held on Friday 7 July at 10:00 am in the school hall, and each family may bring two guests.

Report cards will be in both Chinese and English this year.

It has been a privilege to teach this class, and I'll miss them.

Rebecca Araujo
Class Teacher, 6C
Ma On Shan Trinity Primary School
''', [], kind='html', notes='Batch Q. A letter that holds nothing, HTML only QP: thanks and past actions; a request to parents; "The school will be closed" (nobody acts); a ceremony for all families with date and time (not a meeting); "Report cards will be in both Chinese and English" (nothing); "I\'ll miss them" (no action).')

letter('317', 'Tue, 19 Sep 2028 20:15:00 +0800',
       ('Priya Menon', 'pmenon@taiwai-evangel.edu.hk'), 'Re: Oscar - a few questions', '''
Dear Mrs Leung,

Thanks for your list. My answers are under each question.

> 1. Could Oscar have a locker nearer the classroom? The one on the
> ground floor means he is late for every lesson after recess.

Yes. I'll swap his locker for one on the third floor, next to 1B, by Friday.

> 2. Will he get extra time in the uniform tests? We will send in
> the doctor's letter if you need it.

He is on the extra-time list already. Mr Ip, our examinations officer, will send you Oscar's seating plan two days before the first uniform test on 16 October.

> 3. Could you write a note in his homework diary every day so I
> know what is due?

That is a lot for one teacher across 34 students, and in S1 we ask the children to fill in their own diaries from the start. I'll check and initial his diary every Monday and Thursday, though.

> 4. Can we talk about how he is settling?

Of course. I'll ring you at home on Thursday 28 September at 7:30 pm.

Best wishes,
Priya Menon
Class Teacher, 1B
Tai Wai Evangel College
''', [
    C("I'll swap his locker for one on the third floor", 'I (Priya Menon, class teacher)', '2028-09-22'),
    C("will send you Oscar's seating plan two days before", 'Mr Ip (examinations officer)', '2028-10-14'),
    D('a lot for one teacher across 34 students', 'other'),
    C("I'll check and initial his diary every Monday and Thursday", 'I (Priya Menon, class teacher)', None),
    M("I'll ring you at home on Thursday 28 September", '2028-09-28', '19:30'),
], kind='plain', notes='Batch Q. S1 class teacher answering inline between the parent\'s ">" lines (the quoted "We will send in the doctor\'s letter" is not annotated), plain QP: "by Friday" (Tue 19 Sep -> 22 Sep); "two days before the first uniform test on 16 October" (event - 2 = 14 Oct); capacity refusal (other); a recurring check "every Monday and Thursday" (no single due: null, vague, concrete: no deflection); a fixed call with date and time (meeting).')

# Batch N: written blind as this session's final measure and never tuned on
# (README).

letter('278', 'Wed, 20 Oct 2027 17:05:00 +0800',
       ('Tang Wai Ling (SENCO)', 'wltang@kwaichungbaptist-pri.edu.hk'), "Chloe - what we agreed on Monday", '''
Dear Mr and Mrs Fok,

Many thanks for coming in on Monday to talk through Chloe's handwriting with Miss Ho and me. I know it was not easy to get away from work.

Here is what we settled on.

Miss Ho will start giving Chloe printed copies of the whiteboard notes from Monday 25 October, so that she no longer has to copy everything down.

I will refer Chloe to our visiting educational psychologist by 5 November.

Mr Lau, her PE teacher, has agreed to let Chloe do her finger-strength exercises in the first ten minutes of Thursday lunch.

Our occupational therapist covers four schools in the district, so she can only see Chloe about once a month.

We'll see how Chloe gets on over the next few weeks and take it from there.

I have pencilled in a short review with you for Tuesday 30 November at 3:45 pm.

Please keep sending in the writing she does at home; it helps us a great deal.

Best wishes,
Tang Wai Ling
SENCO
Kwai Chung Baptist Primary School
''', [
    C('start giving Chloe printed copies of the whiteboard notes', 'Miss Ho', '2027-10-25'),
    C('I will refer Chloe to our visiting educational psychologist', 'I (Tang Wai Ling, SENCO)', '2027-11-05'),
    C('has agreed to let Chloe do her finger-strength exercises', 'Mr Lau (PE teacher)', None),
    D('covers four schools in the district', 'other'),
    C("We'll see how Chloe gets on over the next few weeks", 'we', None),
    D("We'll see how Chloe gets on over the next few weeks", 'no-date'),
    M('I have pencilled in a short review with you', '2027-11-30', '15:45'),
], kind='plain', notes='Batch N. Primary SENCO after a parent meeting held on Monday (nothing), plain QP: "from Monday 25 October" (date wins, start); "by 5 November"; "has agreed to" with no date (vague, concrete: no deflection); OT capacity (other); "We\'ll see how ... over the next few weeks" (not computable: vague, no-date); a provisional review pencilled in with date and time (meeting); request to the parent (nothing).')

letter('279', 'Mon, 17 Jan 2028 08:20:00 +0800',
       ('Ms Chow Pui Shan', 'chowps@tsingyi-lutheran-ss.edu.hk'), 'Re: Arjun - seat and dictation mark', '''
Hi Mrs Sharma,

Got your message last night - quick answers below.

Yes, Arjun can sit in the front row, and I'll swap his seat first thing tomorrow.

His missing English dictation mark is with Mr Yeung, who will put it into eClass by Wednesday.

About the worksheets being printed too small, I'll mention it to the English panel head.

Honestly, Arjun is coping well with the S1 workload overall.

Thanks,
Ms Chow
1D Class Teacher
''', [
    C("I'll swap his seat first thing tomorrow", 'I (Ms Chow, class teacher)', '2028-01-18'),
    C('who will put it into eClass by Wednesday', 'Mr Yeung', '2028-01-19'),
    C("I'll mention it to the English panel head", 'I (Ms Chow, class teacher)', None),
    D("I'll mention it to the English panel head", 'no-date'),
    D('Arjun is coping well with the S1 workload overall', 'reassurance'),
], kind='html', notes='Batch N. Secondary class teacher, brisk, HTML only QP: "first thing tomorrow" (Mon 17 Jan -> 18 Jan); a relative clause "who will put it into eClass by Wednesday" (-> Wed 19 Jan); "I\'ll mention it to" (raise it with: vague, no-date); reassurance.')

letter('280', 'Thu, 11 Nov 2027 15:30:00 +0800',
       ('Vivian Ng (Educational Psychologist)', 'vivian.ng.ep@yantung-pri.edu.hk'), 'Hoi Lam - assessment findings', '''
Dear Ms Lo,

I am the school-based educational psychologist who visits Yan Tung Primary School every Thursday. I saw Hoi Lam for testing on 4 November, and I watched her in a Maths lesson last week.

My first impression is that Hoi Lam's reading is slow and effortful for her age, and her spelling is well below that of her classmates. This pattern fits a specific learning difficulty in reading and writing.

I will finalise my written report on Hoi Lam within four weeks and pass it to the SENCO, Mrs Yuen.

The school will hold a case conference to talk you through the findings on Wednesday 15 December at 4:30 pm.

In the meantime, Mrs Yuen will slip a sheet of short reading games into Hoi Lam's schoolbag for the two of you to try.

Please bear in mind that my report can only make recommendations; what support Hoi Lam actually receives rests with the school and its staffing.

Kind regards,
Vivian Ng
Educational Psychologist
School-based Educational Psychology Service
''', [
    C('I will finalise my written report on Hoi Lam', 'I (Vivian Ng, EP)', '2027-12-09'),
    M('hold a case conference to talk you through the findings', '2027-12-15', '16:30'),
    C('will slip a sheet of short reading games into', 'Mrs Yuen (SENCO)', None),
    D('rests with the school and its staffing', 'other'),
], kind='alt64', notes='Batch N. School-based EP, multipart/alternative base64: testing and observation already done (nothing); findings (nothing); "within four weeks" (Thu 11 Nov + 28 = 9 Dec); a case conference with date and time (meeting); "will slip ... into" with no date (vague, concrete: no deflection); remit / resources (other).')

letter('281', 'Fri, 3 Dec 2027 12:00:00 +0800',
       ('Chan Ho Yin (Examinations Coordinator)', 'exam@shamshuipo-chungwah-ss.edu.hk'), 'Special examination arrangements - Ng Tsz Kin (2C)', '''
Dear Parent of Ng Tsz Kin (2C),

First Term Examination 2027-28: special examination arrangements

I am pleased to tell you that the Examination Committee has approved the following arrangements for Tsz Kin in the First Term Examination (13 to 22 December):

- 25% extra time for every written paper
- a separate room (Room 204) shared with no more than six candidates
- a supervised five-minute rest break in papers longer than 90 minutes

Mr Lam, who invigilates Room 204, will read the paper instructions aloud to the candidates at the start of each session.

The General Office will send you Tsz Kin's personal timetable for Room 204 by Wednesday 8 December.

A request for a reader cannot be considered this term, because under the school's examination rules it must be backed by a specialist report issued within the last three years.

Please sign and return the reply slip to the class teacher by Tuesday 7 December.

Yours faithfully,
Chan Ho Yin
Examinations Coordinator
Sham Shui Po Chung Wah Secondary School
''', [
    C('will read the paper instructions aloud to the candidates', 'Mr Lam (invigilator)', None),
    C("The General Office will send you Tsz Kin's personal timetable", 'the General Office', '2027-12-08'),
    D("under the school's examination rules it must be backed", 'legal-position'),
], kind='alt', notes='Batch N. Secondary examinations coordinator, formal, multipart/alternative QP: approved arrangements listed without a future verb (nothing); an invigilator reading instructions with no date (vague, concrete: no deflection); "by Wednesday 8 December"; school rules (legal-position); request to the parent (nothing). No meeting.')

letter('282', 'Tue, 8 Feb 2028 18:40:00 +0800',
       ('Lo Ka Wai', 'lokawai@tsuenwan-stmark-pri.edu.hk'), "Re: Request for a teaching assistant in Jason's class", '''
Dear Mrs Kwan,

Thank you for your email of 2 February, and for your patience while I looked into it.

I have passed your request for a teaching assistant in Jason's class to our Student Support Team.

The team will discuss it when it next meets, and I will come back to you after that.

At this stage we are still waiting for the educational psychologist's report on Jason, so it is too early to talk about an IEP.

As you may know, the grant we receive for learning support is already spoken for until August.

Jason is a lovely boy, and his teachers tell me he is settling in nicely.

Somebody from the team will be back in touch with you in due course.

Regards,
Lo Ka Wai
Vice-Principal (Student Support)
Tsuen Wan St Mark's Primary School
''', [
    C('The team will discuss it when it next meets', 'the Student Support Team / I (Lo Ka Wai)', None),
    D('The team will discuss it when it next meets', 'no-date'),
    D("still waiting for the educational psychologist's report on Jason", 'waiting'),
    D('the grant we receive for learning support is already spoken for', 'budget'),
    D('his teachers tell me he is settling in nicely', 'reassurance'),
    C('Somebody from the team will be back in touch with you', None, None),
    D('Somebody from the team will be back in touch with you', 'no-owner'),
], kind='plain64', crlf=True, notes='Batch N. A reply that stalls (vice-principal), plain base64 with CRLF: passing on the request (past, nothing); "will discuss it when it next meets, and I will come back to you" (undated internal meeting: one vague commitment, no-date deflection); waiting for the EP; budget; reassurance; "Somebody from the team will be back in touch with you in due course" (no owner, unbounded: vague, no-owner).')

letter('283', 'Mon, 6 Mar 2028 09:15:00 +0800',
       ('Ana Ferreira', 'aferreira@lantauwest-academy.edu.hk'), "Invitation: Kayden's IEP review, Thursday 23 March", '''
Dear Mr and Mrs Ho,

Please find attached an invitation to Kayden's termly IEP review, which will take place on Thursday 23 March at 4:15 pm in Room G08.

I will email you Kayden's draft targets for next term three days before the meeting, so that you can look them over at home.

Mr Dixon, our speech and language therapist, and Kayden's homeroom teacher will also be there.

If you would like a Cantonese interpreter, please tell the school office by Friday 17 March.

Warm regards,
Ana Ferreira
Learning Support Teacher
Lantau West Academy
''', [
    M("an invitation to Kayden's termly IEP review", '2028-03-23', '16:15'),
    C("I will email you Kayden's draft targets for next term", 'I (Ana Ferreira, learning support teacher)', '2028-03-20'),
], kind='altcal', ics='''
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lantau West Academy//Learning Support//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:kayden-iep-20280323@lantauwest-academy.edu.hk
DTSTAMP:20280306T011500Z
DTSTART;TZID=Asia/Hong_Kong:20280323T161500
DTEND;TZID=Asia/Hong_Kong:20280323T170000
SUMMARY:IEP review - Kayden Ho
LOCATION:Room G08
ORGANIZER:mailto:aferreira@lantauwest-academy.edu.hk
END:VEVENT
END:VCALENDAR
''', notes='Batch N. IEP review invitation from a learning support teacher, multipart/mixed (alternative QP + text/calendar attachment, not annotated): the review with date and time (meeting); "three days before the meeting" (23 Mar - 3 = 20 Mar); who attends ("will also be there": attendance at the meeting, nothing); request to the parent (nothing).')

letter('284', 'Thu, 16 Sep 2027 21:30:00 +0800',
       ('Miss Tam Hoi Ying', 'tamhy@taipo-oldmarket-pri.edu.hk'), "RE: Sum Yi's homework", '''
Dear Mrs Yeung,

Thank you so much for telling me - I had no idea Sum Yi was still doing homework at ten o'clock.

From tomorrow I'll cut her Chinese copying down to half a page a night.

I have spoken to her other teachers as well, and Mr Fung will give her a shorter Maths worksheet starting next Monday.

She works so hard, and I'm sure she will find her feet once she gets used to P2.

Let's talk properly at the parent-teacher day on Saturday 2 October; I've put you down for the 10:20 slot.

Best wishes,
Miss Tam
2B Class Teacher

-----Original Message-----
From: Yeung Ka Man <kaman.yeung@example.com>
Sent: Wednesday, 15 September 2027 22:48
To: Miss Tam
Subject: Sum Yi's homework

Dear Miss Tam,
Sum Yi cried again tonight. She was still copying Chinese words at 10pm.
I will keep a note of how long each subject takes this week.
Could the homework be reduced?
Yeung Ka Man
''', [
    C("I'll cut her Chinese copying down to half a page", 'I (Miss Tam, class teacher)', '2027-09-17'),
    C('will give her a shorter Maths worksheet starting next Monday', 'Mr Fung', '2027-09-20'),
    D("she will find her feet once she gets used to P2", 'reassurance'),
    M("I've put you down for the 10:20 slot", '2027-10-02', '10:20'),
], kind='plain', notes='Batch N. Primary class teacher, warm, plain QP with the parent\'s message below "-----Original Message-----" (her "I will keep a note" not annotated): "From tomorrow" (Thu 16 Sep -> 17 Sep); "starting next Monday" (-> 20 Sep); reassurance; an individual parent-teacher day slot with date and time (meeting).')

letter('285', 'Mon, 10 Jan 2028 10:02:00 +0800',
       ('Ma On Shan Lutheran Primary School - ePayment', 'no-reply@epay.maonshan-lutheran-pri.edu.hk'), 'Payment receipt: Social Skills Group (Term 2) - 3A Chan Lok Yin', '''<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table cellpadding="4" style="border:1px solid #999">
<tr><td colspan="2"><b>Payment Receipt</b></td></tr>
<tr><td>Receipt no.</td><td>EP-2028-004417</td></tr>
<tr><td>Student</td><td>CHAN Lok Yin (3A, class no. 7)</td></tr>
<tr><td>Item</td><td>Social Skills Group (Term 2, 8 sessions, 18/1 - 7/3)</td></tr>
<tr><td>Amount</td><td>HK$ 240.00</td></tr>
<tr><td>Paid by</td><td>PPS, 09/01/2028 22:41</td></tr>
</table>
<p>This is a computer-generated receipt and requires no signature.</p>
<p>Sessions will be held in Room 105 on Tuesdays after school.</p>
<p>For enquiries, please contact the General Office at 2633 0000 between 8:30 am and 5:00 pm, Monday to Friday.</p>
<p>Please do not reply to this email.</p>
</body></html>
''', [], kind='rawhtml', notes='Batch N. An ePayment receipt for a group fee, HTML only QP with a table: carries nothing (a session schedule in a passive with no one promising, office hours, a no-reply line).')

letter('286', 'Wed, 12 May 2027 16:10:00 +0800',
       ('Kitty Leung', 'kitty.leung.st@shatin-wahyan-pri.edu.hk'), "Tin Yau's speech session today", '''
Dear Mr Cheung,

Just a quick note after today's session with Tin Yau.

We worked on answering "who" and "where" questions, and he got nearly all of them right by the end.

I'll send the home practice booklet back with him on Friday.

I will see Tin Yau again on 19 May for the next session of the block.

I'm afraid the school's speech therapy hours this year only stretch to group sessions, so one-to-one therapy isn't possible for now.

Could we have a quick phone chat next Tuesday at 5 pm about his goals? Please let me know if that suits you.

Best,
Kitty Leung
School-based Speech Therapist
Sha Tin Wah Yan Primary School
''', [
    C("I'll send the home practice booklet back with him", 'I (Kitty Leung, speech therapist)', '2027-05-14'),
    C('I will see Tin Yau again on 19 May', 'I (Kitty Leung, speech therapist)', '2027-05-19'),
    D("therapy hours this year only stretch to group sessions", 'budget'),
], kind='plain', notes='Batch N. School-based speech therapist, short, plain QP: today\'s session (nothing); "on Friday" (Wed 12 May -> 14 May); a therapy session with the child on 19 May (commitment, not a meeting); budget; a proposed phone call that waits for the parent\'s answer (not a meeting).')

letter('287', 'Thu, 24 Jun 2027 14:50:00 +0800',
       ('Mabel Yiu', 'myiu@tseungkwano-methodist-ss.edu.hk'), "Hiu Fung's move to S1 - your questions", '''
Dear Mr Li,

Thank you for your questions about Hiu Fung's support when he joins S1 in September.

I have read the transfer form from his primary school and the IEP summary you sent on Monday.

I will find a time for you to meet his new class teacher before the end of July.

Our IT technician will have Hiu Fung's school iPad ready for you to collect by 9 July.

Our social worker, Ms Kwok, will invite Hiu Fung to the S1 bridging camp in the summer holiday.

Only the HKEAA can approve extra time in the HKDSE, and that is still years away for Hiu Fung.

We'll keep you posted over the summer.

Yours sincerely,
Mabel Yiu
SENCO
Tseung Kwan O Methodist Secondary School
''', [
    C('for you to meet his new class teacher', 'I (Mabel Yiu, SENCO)', '2027-07-31'),
    C("will have Hiu Fung's school iPad ready for you to collect", 'our IT technician', '2027-07-09'),
    C('will invite Hiu Fung to the S1 bridging camp', 'Ms Kwok (social worker)', None),
    D('Only the HKEAA can approve extra time in the HKDSE', 'other'),
    C("We'll keep you posted over the summer", 'we', None),
    D("We'll keep you posted over the summer", 'no-date'),
], kind='alt', notes='Batch N. Secondary SENCO answering a P6 parent\'s transition questions, multipart/alternative QP: a promise to arrange a meeting "before the end of July" (commitment, -> 31 Jul, not a meeting); "by 9 July"; "in the summer holiday" (school calendar: null, vague, concrete: no deflection); remit of the HKEAA (other); "keep you posted over the summer" (vague, no-date).')

# Batch R: written blind as this session's final measure and never tuned on
# (README).
# Isaac Fung (S.2, ASD; 324-327). The Chinese letters of the same threads are in zh_batchR.py.
# usage: python3 gen_en_i.py letters_r.py en

letter('318', 'Thu, 23 Sep 2027 17:05:00 +0800',
       ('Ip Wai Ling (SENCO)', 'wlip@swhhope-lutheran.edu.hk'), 'Hayden (2C) - after this morning\'s Student Support Team meeting', '''
Dear Mrs Kwok,

Our Student Support Team met this morning and went through Hayden's P.2 screening results together with the notes you gave us in August.

The team agreed that Hayden needs more help with sounding out words than the class lessons can give him.

Mrs Cheuk, our literacy support teacher, will start taking Hayden in her small phonics group from Tuesday 5 October.

I am going to send the referral form for a full assessment by the educational psychologist before 8 October.

Hayden's spelling lists will be printed in a larger, clearer font.

The EP's waiting list is long this year, so we cannot say yet when she will be able to see Hayden.

We will also think about whether a reader could help him in the end-of-term tests.

You are invited to a short review with Miss Chung and me on Wednesday 3 November at 3:45 pm.

Please bring Hayden's home reading log to that meeting if you can.

Best wishes,
Ip Wai Ling
SENCO
Shek Wu Hui Hope Lutheran Primary School
''', [
    C('will start taking Hayden in her small phonics group', 'Mrs Cheuk (literacy support teacher)', '2027-10-05'),
    C('send the referral form for a full assessment', 'I (Ip Wai Ling, SENCO)', '2027-10-08'),
    C('spelling lists will be printed in a larger, clearer font', None, None),
    D('we cannot say yet when she will be able to see Hayden', 'waiting'),
    C('think about whether a reader could help him', 'we', None),
    D('think about whether a reader could help him', 'no-date'),
    M('a short review with Miss Chung and me', '2027-11-03', '15:45'),
], kind='plain', notes='Batch R, family A (P.2, dyslexia). Primary SENCO after an internal SST meeting held this morning (not a parent meeting: nothing), plain QP: "from Tuesday 5 October" (start date); "is going to send ... before 8 October" (deadline word keeps the date); passive with no agent and no date (vague, concrete: no deflection); EP waiting list (waiting; "she will be able to" is not a promise); "think about whether" (vague, no-date); an invited review with date and 3:45 pm (meeting); request to the parent (nothing).')

letter('319', 'Mon, 11 Oct 2027 20:30:00 +0800',
       ('Chung Hoi Yan', 'hychung@swhhope-lutheran.edu.hk'), 'Re: Hayden - seat and dictation', '''
Hi Mrs Kwok,

Thanks for your note in Hayden's handbook this morning.

Yes, he can sit at the front for dictations; I moved his seat after recess today.

I'll photocopy the Chinese word list and slip it into his schoolbag tomorrow.

Mr Yeung, his English teacher, says he will record the new spelling words on the class iPad by Thursday.

Hayden also asked to sit next to Jacky, so I'll have a think about the seating plan.

Honestly, he puts real effort in and is coping nicely in lessons.

Miss Chung
Class Teacher, 2C
''', [
    C('photocopy the Chinese word list and slip it into his schoolbag', 'I (Miss Chung, class teacher)', '2027-10-12'),
    C('will record the new spelling words on the class iPad', 'Mr Yeung (English teacher)', '2027-10-14'),
    C("I'll have a think about the seating plan", 'I (Miss Chung, class teacher)', None),
    D("I'll have a think about the seating plan", 'no-date'),
    D('he puts real effort in and is coping nicely', 'reassurance'),
], kind='plain64', notes='Batch R, family A. Class teacher\'s quick evening reply, plain base64: a seat already moved (past: nothing); "tomorrow" (Mon 11 Oct -> 12 Oct); reported promise "says he will ... by Thursday" (-> Thu 14 Oct); "have a think about" (vague, no-date); reassurance.')

letter('320', 'Fri, 19 Nov 2027 11:15:00 +0800',
       ('Dr Priya Menon', 'priya.menon@brightside-learning.hk'), 'Hayden Kwok - literacy programme progress note', '''
Dear Mr and Mrs Kwok,

Hayden has now completed eight of the twelve sessions of his structured literacy programme with us.

He can blend most three-letter words without help, and he reverses b and d far less often than he did in September.

I will see him for the last four sessions on the Saturday mornings of 27 November and 4, 11 and 18 December.

With your consent, I will write a short progress summary for his school by 3 December.

His tutor, Mr Ansel Ho, is going to lend you a box of phonics storybooks next Saturday.

At this stage I cannot tell you whether Hayden will need a second block next year; that depends on how he does in the final sessions.

We have set aside 10:30 am on Saturday 8 January for a feedback meeting with you both.

Kind regards,
Dr Priya Menon
Educational Psychologist
Brightside Learning Clinic
''', [
    C('see him for the last four sessions', 'I (Dr Priya Menon, EP)', '2027-12-18'),
    C('write a short progress summary for his school', 'I (Dr Priya Menon, EP)', '2027-12-03'),
    C('is going to lend you a box of phonics storybooks', 'Mr Ansel Ho (tutor)', '2027-11-27'),
    D('that depends on how he does in the final sessions', 'waiting'),
    M('for a feedback meeting with you both', '2028-01-08', '10:30'),
], kind='alt64', notes='Batch R, family A. Private EP progress note, multipart/alternative base64: progress (present/past: nothing); sessions with the child over several dates "27 November and 4, 11 and 18 December" (one commitment, latest date 18 Dec; hard form); "by 3 December"; "next Saturday" (Fri 19 Nov -> Sat 27 Nov); "depends on" (waiting); a feedback meeting "Saturday 8 January" written in November (-> 2028-01-08) at 10:30 am.')

letter('321', 'Mon, 6 Dec 2027 16:50:00 +0800',
       ('Ip Wai Ling (SENCO)', 'wlip@swhhope-lutheran.edu.hk'), 'Re: Hayden - EP assessment and a reader for the tests', '''
Dear Mrs Kwok,

Thank you for your email asking about Hayden's assessment and about a reader for the tests.

I'm afraid there is still no date for the EP's visit, as the service is working through its schools in turn.

We are still talking the reader question through as a team and will give you our answer after that.

Whether we can free a teacher to read for him depends on how many staff are free during test week, and we will not know that until the timetable is out.

All his teachers know Hayden well and make allowances for him in class.

In the meantime, Mrs Cheuk will send you a half-term report from the phonics group on Friday 10 December.

Regards,
Ip Wai Ling
SENCO
Shek Wu Hui Hope Lutheran Primary School
''', [
    D("there is still no date for the EP's visit", 'waiting'),
    C('will give you our answer after that', 'we', None),
    D('will give you our answer after that', 'no-date'),
    D('we will not know that until the timetable is out', 'waiting'),
    D('make allowances for him in class', 'reassurance'),
    C('will send you a half-term report from the phonics group', 'Mrs Cheuk (literacy support teacher)', '2027-12-10'),
], kind='html', notes='Batch R, family A. The letter that stalls: SENCO, HTML only QP: no EP date (waiting); "will give you our answer after that" (vague, no-date); staffing not known until the timetable (waiting; "we will not know" is no promise); reassurance; one concrete promise "on Friday 10 December".')

letter('322', 'Mon, 10 Apr 2028 15:30:00 +0800',
       ('Lau Tsz Kin', 'tklau@ktgracelight-pri.edu.hk'), 'Special examination arrangements - LEUNG Cheuk Him (5C)', '''
Dear Mr Leung,

Thank you for your letter of 3 April asking for special examination arrangements for Cheuk Him in the Second Term Examination.

The Examination Committee met on 6 April and considered the clinical psychologist's report you sent us.

I will arrange a separate room for Cheuk Him, with no more than eight other candidates.

He will be given fifteen minutes of extra time for each paper.

Rest breaks cannot be approved, because we have no spare invigilators to supervise them.

Ms Chiu, the P.5 level coordinator, will send you the full timetable of his papers by 19 May.

The committee will review these arrangements again once the examination results are out.

I shall ring you at 5 pm on Thursday 13 April to go through the arrangements in more detail.

Yours sincerely,
Lau Tsz Kin
Examination Coordinator
Kwun Tong Grace Light Primary School
''', [
    C('arrange a separate room for Cheuk Him', 'I (Lau Tsz Kin, Examination Coordinator)', None),
    C('will be given fifteen minutes of extra time', None, None),
    D('we have no spare invigilators to supervise them', 'budget'),
    C('will send you the full timetable of his papers', 'Ms Chiu (P.5 level coordinator)', '2028-05-19'),
    C('review these arrangements again once the examination results are out', 'the committee', None),
    D('review these arrangements again once the examination results are out', 'no-date'),
    M('I shall ring you at 5 pm on Thursday 13 April', '2028-04-13', '17:00'),
], kind='alt', notes='Batch R, family B (P.5, ADHD). Exam-accommodation reply, multipart/alternative QP: the committee meeting already held (nothing); an owner with no date (vague, concrete); passive extra time (vague, concrete); no invigilators (budget); "by 19 May"; review after an undated event (null, vague, no-date deflection); a fixed phone call with date and 5 pm (meeting, not a commitment).')

letter('323', 'Thu, 18 May 2028 12:20:00 +0800',
       ('Lo Ka Man', 'kmlo@ktgracelight-pri.edu.hk'), 'FW: Summer attention group', '''
Dear Mr Leung,

I am forwarding Mr Sit's note below, since you asked me about support over the summer holiday.

I have put Cheuk Him's name on the list and will hand him the consent form tomorrow.

I will also ask Mr Sit whether younger brothers and sisters can come along.

We have seen a real change in Cheuk Him since Easter, so please don't let the report card worry you.

Ms Lo
Class Teacher, 5C

________________________________
From: Sit Chun Kit <ckslt@ktgracelight-pri.edu.hk>
Sent: Wednesday, 17 May 2028 16:02
To: P5 Class Teachers
Subject: Summer attention group

Dear colleagues,

The school social work team will run a summer attention group for P.4-P.6 pupils on 10, 12 and 14 July, 9:30 am to 11:30 am.
I will send the parent letters out by 2 June. Please pass me names by 26 May.

Thanks,
Sit Chun Kit
School Social Worker
''', [
    C('will hand him the consent form tomorrow', 'I (Ms Lo, class teacher)', '2028-05-19'),
    C('ask Mr Sit whether younger brothers and sisters', 'I (Ms Lo, class teacher)', None),
    D('ask Mr Sit whether younger brothers and sisters', 'no-date'),
    D("please don't let the report card worry you", 'reassurance'),
], kind='plain', crlf=True, notes='Batch R, family B. Outlook forward, plain QP with CRLF: only the class teacher\'s lines above the "From: ... Sent: ..." block are annotated (the social worker\'s group dates and "I will send the parent letters out by 2 June" carry nothing). "tomorrow" (Thu 18 May -> 19 May); "ask Mr Sit whether" (raise it with: vague, no-date); reassurance.')

letter('324', 'Wed, 15 Nov 2028 18:10:00 +0800',
       ('Kwan Sze Wing (SENCO)', 'swkwan@lantinharmony-ss.edu.hk'), 'Isaac Fung (2D) - IEP review: agreed actions', '''
Dear Mr and Mrs Fung,

Thank you for coming to this afternoon's IEP review for Isaac. The actions we agreed are set out below.

1. Give Isaac a visual timetable showing every room change - Mr Ho (form teacher) - by 17/11
2. Open a quiet corner in the library for Isaac at lunchtime - Ms Yuen (librarian) - from 20/11
3. Brief all S.2 subject teachers on Isaac's sensory profile - Ms Kwan (SENCO) - within 7 school days
4. Pair Isaac with a peer buddy for Science practical lessons - Mr Tam (Science) - TBC
5. Post you a signed copy of the revised IEP - Ms Kwan (SENCO) - w/e 1/12

I will also raise the idea of a part-time teaching assistant for Isaac with our SEN Committee.

A short check-in with you both is pencilled in for Thursday 14 December at 4:00 pm.

Best regards,
Kwan Sze Wing
SENCO
Lam Tin Harmony Secondary School
''', [
    C('Give Isaac a visual timetable showing every room change', 'Mr Ho (form teacher)', '2028-11-17'),
    C('Open a quiet corner in the library for Isaac', 'Ms Yuen (librarian)', '2028-11-20'),
    C("Brief all S.2 subject teachers on Isaac's sensory profile", 'Ms Kwan (SENCO)', '2028-11-24'),
    C('Pair Isaac with a peer buddy for Science practical lessons', 'Mr Tam (Science)', None),
    C('Post you a signed copy of the revised IEP', 'Ms Kwan (SENCO)', '2028-12-01'),
    C('raise the idea of a part-time teaching assistant', 'I (Kwan Sze Wing, SENCO)', None),
    D('raise the idea of a part-time teaching assistant', 'no-date'),
    M('A short check-in with you both is pencilled in', '2028-12-14', '16:00'),
], kind='alt', html='''<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Dear Mr and Mrs Fung,</p>
<p>Thank you for coming to this afternoon's IEP review for Isaac. The actions we agreed are set out below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Action</th><th>Person in charge</th><th>Deadline</th></tr>
<tr><td>1</td><td>Give Isaac a visual timetable showing every room change</td><td>Mr Ho (form teacher)</td><td>by 17/11</td></tr>
<tr><td>2</td><td>Open a quiet corner in the library for Isaac at lunchtime</td><td>Ms Yuen (librarian)</td><td>from 20/11</td></tr>
<tr><td>3</td><td>Brief all S.2 subject teachers on Isaac's sensory profile</td><td>Ms Kwan (SENCO)</td><td>within 7 school days</td></tr>
<tr><td>4</td><td>Pair Isaac with a peer buddy for Science practical lessons</td><td>Mr Tam (Science)</td><td>TBC</td></tr>
<tr><td>5</td><td>Post you a signed copy of the revised IEP</td><td>Ms Kwan (SENCO)</td><td>w/e 1/12</td></tr>
</table>
<p>I will also raise the idea of a part-time teaching assistant for Isaac with our SEN Committee.</p>
<p>A short check-in with you both is pencilled in for Thursday 14 December at 4:00 pm.</p>
<p>Best regards,<br>Kwan Sze Wing<br>SENCO<br>Lam Tin Harmony Secondary School</p>
</body></html>
''', notes='Batch R, family C (S.2, ASD). IEP review action list, multipart/alternative QP: a dash-separated numbered list in text/plain and an HTML table (Action | Person in charge | Deadline); each row a commitment keyed in its action cell. "by 17/11" day first; "from 20/11" start; "within 7 school days" from Wed 15 Nov (Thu 16, Fri 17, Mon 20 ... Fri 24; no holiday crossed); "TBC" (null, vague, concrete: no deflection); "w/e 1/12" the named date; "raise ... with our SEN Committee" (vague, no-date); "pencilled in" a check-in with date and time (provisional: meeting).')

letter('325', 'Fri, 17 Nov 2028 19:05:00 +0800',
       ('Rachel Tong', 'rachel.tong@pathways-comm.hk'), 'Isaac - mid-block progress note (social communication)', '''
Dear Mr and Mrs Fung,

Here is Isaac's progress note for the first half of his social communication block.

Over the last six sessions Isaac has practised joining a group conversation and checking what the listener already knows. He now waits for a pause before he speaks in about two turns out of three.

I will carry on seeing Isaac every Wednesday until 20 December.

I will email his form teacher a one-page list of the prompts that work best for him by 1 December.

Mrs Fung has kindly agreed to film two short dinner-table conversations for me next week.

Skills like these tend to hold once they are practised at home, so I am not concerned about the break over Christmas.

I have asked the school twice about watching Isaac in a lesson, and I am waiting for their reply before I can book a visit.

Our review call is booked for Tuesday 12 December at 7:30 pm.

Warm regards,
Rachel Tong
Speech Therapist
Pathways Communication Centre
''', [
    C('carry on seeing Isaac every Wednesday', 'I (Rachel Tong, speech therapist)', '2028-12-20'),
    C('email his form teacher a one-page list of the prompts', 'I (Rachel Tong, speech therapist)', '2028-12-01'),
    C('has kindly agreed to film two short dinner-table conversations', 'Mrs Fung (parent)', '2028-11-26'),
    D('I am not concerned about the break over Christmas', 'reassurance'),
    D('waiting for their reply before I can book a visit', 'waiting'),
    M('Our review call is booked for Tuesday 12 December', '2028-12-12', '19:30'),
], kind='plain', crlf=True, notes='Batch R, family C. Private speech therapist progress note, plain QP with CRLF: progress (past/present: nothing); therapy sessions with the child "until 20 December" (commitment, due the named date); "by 1 December"; the parent\'s own promise "has kindly agreed to ... next week" (Fri 17 Nov -> Sun 26 Nov); reassurance; waiting on the school; a booked review call with date and 7:30 pm (meeting).')

letter('326', 'Mon, 20 Nov 2028 09:40:00 +0800',
       ('Wan Kwok Leung', 'kl.wan@lantinharmony-ss.edu.hk'), 'Re: Isaac Fung (2D) - First Term Examination arrangements', '''
Dear Mrs Fung,

Thank you for your email of 15 November about Isaac's arrangements for the First Term Examination, which begins on 11 December.

We will seat Isaac in the small examination room on the second floor for all of his papers.

Isaac may also wear his ear defenders in every paper.

Mr Tam will walk Isaac to the room ten minutes before each paper starts.

You will receive Isaac's own copy of the timetable, with his room marked on it, by 1 December.

I am sorry, but a personal reader is only offered where the assessment report names a reading difficulty, and Isaac's report does not.

The committee will look at a laptop for the long written papers again next term.

Yours sincerely,
Wan Kwok Leung
Examination Coordinator
Lam Tin Harmony Secondary School
''', [
    C('seat Isaac in the small examination room', 'we', None),
    C('will walk Isaac to the room ten minutes before', 'Mr Tam', None),
    C("You will receive Isaac's own copy of the timetable", None, '2028-12-01'),
    D('a personal reader is only offered where the assessment report', 'other'),
    C('will look at a laptop for the long written papers', 'the committee', None),
    D('will look at a laptop for the long written papers', 'no-date'),
], kind='plain64', notes='Batch R, family C. Exam-accommodation reply from the Examination Coordinator, plain base64: exam start date in a statement (nothing); "We will seat ..." (owner, no date: vague, concrete); a permission "may also wear" (nothing); "ten minutes before each paper" (undated event: null, vague, concrete); "You will receive ... by 1 December" (no agent: vague, keeps the date; hard form); reader policy (other); "look at ... again next term" (school calendar: null; vague, no-date).')

letter('327', 'Fri, 8 Dec 2028 17:30:00 +0800',
       ('Dr Chow Man Kit', 'principal@lantinharmony-ss.edu.hk'), 'Re: Isaac Fung - IEP actions not carried out', '''
Dear Mr Fung,

Thank you for your letter of 1 December. I have read it carefully, and I understand your frustration that some of the actions agreed at Isaac's IEP review on 15 November were carried out late.

I have gone through each point with Ms Kwan and the teachers concerned.

The library quiet corner has been open to Isaac every lunchtime since 27 November, and Ms Yuen keeps a note of when he uses it.

Ms Kwan will finish briefing the remaining three subject teachers by Wednesday 13 December.

I will write to you myself with the findings of my review of the delays within ten working days.

The school cannot fund a personal shadow teacher for Isaac, as our Learning Support Grant pays for group support across the whole school.

Please be assured that every member of staff takes Isaac's needs seriously.

On your request for an independent investigation, complaints are handled under the Education Bureau's framework for school complaints, a copy of which is attached.

I have reserved 9:15 am on Tuesday 19 December to meet you and Mrs Fung in my office.

Yours sincerely,
Dr Chow Man Kit
Principal
Lam Tin Harmony Secondary School

On Fri, 1 Dec 2028 at 22:40, Fung Chi Wai <fung.chiwai@example.com> wrote:
> Dear Dr Chow,
> At the IEP review on 15 November the school promised a quiet corner from 20 November and a briefing for all teachers within seven school days. Neither happened on time.
> I will send you copies of Isaac's therapy reports by Monday. We ask for an independent review and a shadow teacher.
> Fung Chi Wai
''', [
    C('will finish briefing the remaining three subject teachers', 'Ms Kwan (SENCO)', '2028-12-13'),
    C('write to you myself with the findings of my review', 'I (Dr Chow Man Kit, Principal)', '2028-12-22'),
    D('cannot fund a personal shadow teacher for Isaac', 'budget'),
    D("every member of staff takes Isaac's needs seriously", 'reassurance'),
    D("handled under the Education Bureau's framework for school complaints", 'legal-position'),
    M('reserved 9:15 am on Tuesday 19 December to meet you', '2028-12-19', '09:15'),
], kind='alt', html='''<html><body style="font-family:'Times New Roman',serif">
<p>Dear Mr Fung,</p>
<p>Thank you for your letter of 1 December. I have read it carefully, and I understand your frustration that some of the actions agreed at Isaac's IEP review on 15 November were carried out late.</p>
<p>I have gone through each point with Ms Kwan and the teachers concerned.</p>
<p>The library quiet corner has been open to Isaac every lunchtime since 27 November, and Ms Yuen keeps a note of when he uses it.</p>
<p>Ms Kwan will finish briefing the remaining three subject teachers by Wednesday 13 December.</p>
<p>I will write to you myself with the findings of my review of the delays within ten working days.</p>
<p>The school cannot fund a personal shadow teacher for Isaac, as our Learning Support Grant pays for group support across the whole school.</p>
<p>Please be assured that every member of staff takes Isaac's needs seriously.</p>
<p>On your request for an independent investigation, complaints are handled under the Education Bureau's framework for school complaints, a copy of which is attached.</p>
<p>I have reserved 9:15 am on Tuesday 19 December to meet you and Mrs Fung in my office.</p>
<p>Yours sincerely,<br>Dr Chow Man Kit<br>Principal<br>Lam Tin Harmony Secondary School</p>
<div>On Fri, 1 Dec 2028 at 22:40, Fung Chi Wai &lt;fung.chiwai@example.com&gt; wrote:</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">
<p>Dear Dr Chow,<br>At the IEP review on 15 November the school promised a quiet corner from 20 November and a briefing for all teachers within seven school days. Neither happened on time.<br>I will send you copies of Isaac's therapy reports by Monday. We ask for an independent review and a shadow teacher.<br>Fung Chi Wai</p>
</blockquote>
</body></html>
''', notes='Batch R, family C. Principal\'s reply to the parent\'s formal letter, multipart/alternative QP with the letter quoted (">" lines / <blockquote>; the parent\'s "I will send you copies ... by Monday" not annotated): past and present facts (nothing); "by Wednesday 13 December"; "within ten working days" from Fri 8 Dec (Mon 11 ... Fri 22 Dec; no holiday crossed); budget; reassurance; complaints framework (legal-position); "I have reserved 9:15 am on Tuesday 19 December to meet you" (meeting).')

# Batch S: written blind as this session's final measure and never tuned on
# (README).

letter('328', 'Tue, 14 Sep 2027 17:05:00 +0800',
       ('Cheng Wing Sze (SENCO)', 'wscheng@kwuntong-baptist-pri.edu.hk'), "Re: Hoi Lam - your written questions of 10 September", '''
Dear Mrs Cheung,

Thank you for your letter of 10 September, and for setting out your questions so clearly. I have answered them below in the order you wrote them.

1. The written support plan. Ms Lau Pui Shan, our SENCO assistant, will type up Hoi Lam's Tier 3 plan and hand a signed copy to you by Friday 24 September.

2. Extra time in tests. Extra time of 25% will be given to Hoi Lam in the first uniform test in October.

3. A copy of the EP report. The psychologist's report is an Education Bureau document, and the school is not permitted to release it to parents without the psychologist's own consent. I have written to Dr Ho to ask for that consent, and I will pass on her answer as soon as it arrives.

4. A teaching assistant in class. We have no second teaching assistant for P4 this year, because our whole learning support allocation is already tied up in the small reading groups.

5. Homework. Mr Yeung, her Mathematics teacher, has agreed to check her homework diary every Monday and Thursday, starting next Monday.

If anything here is unclear, I am happy to go through it with you on the phone.

Yours sincerely,
Cheng Wing Sze
Special Educational Needs Coordinator
Kwun Tong Baptist Primary School
''', [
    C("will type up Hoi Lam's Tier 3 plan", 'Ms Lau Pui Shan (SENCO assistant)', '2027-09-24'),
    C('Extra time of 25% will be given to Hoi Lam', None, '2027-10-31'),
    D('is not permitted to release it to parents', 'legal-position'),
    C('I will pass on her answer as soon as it arrives', 'I (Cheng Wing Sze, SENCO)', None),
    D('I will pass on her answer as soon as it arrives', 'no-date'),
    D('our whole learning support allocation is already tied up', 'budget'),
    C('has agreed to check her homework diary', 'Mr Yeung (Maths teacher)', '2027-09-20'),
], kind='plain', notes='Batch S. Local primary SENCO answering a parent\'s numbered written questions, plain QP: "by Friday 24 September" (date); a passive with no agent "in the first uniform test in October" (month with no day -> 31 Oct; vague, concrete: no deflection); EDB document release rule (legal-position); "I will pass on her answer as soon as it arrives" (unbounded -> vague, let-you-know kind -> no-date deflection); budget; "has agreed to check ... starting next Monday" (Tue 14 Sep -> Mon 20 Sep, start); offer of a phone chat with no date (nothing).')

letter('329', 'Thu, 18 Nov 2027 20:30:00 +0800',
       ('Ms Kwan Yee Man', 'ymkwan@shamshuipo-anglican-pri.edu.hk'), "Jasper - what we are doing in 2C", '''
Dear Mr Ho,

Thanks for your note in Jasper's handbook and your email yesterday. I understand you would like the seating change and the report card confirmed in writing, so here goes.

Jasper has been sitting in the front row beside the whiteboard since Monday.

I'll try to write a short comment home in his handbook on most days.

A formal daily report card is something we normally only use when a behaviour plan is in place, so I would rather not start one for Jasper.

Honestly, he is chatty, but no more than most boys his age.

About the spelling lists, I will look into getting them to you a few days earlier.

Our school OT, Miss Tong, will bring Jasper a wobble cushion to try from next Tuesday.

Have a good weekend when it comes!

Kwan Yee Man
Class Teacher, 2C
Sham Shui Po Anglican Primary School
''', [
    C('write a short comment home in his handbook', 'I (Ms Kwan, class teacher)', None),
    D('we normally only use when a behaviour plan is in place', 'other'),
    D('no more than most boys his age', 'reassurance'),
    C('I will look into getting them to you', 'I (Ms Kwan, class teacher)', None),
    D('I will look into getting them to you', 'no-date'),
    C('will bring Jasper a wobble cushion to try', 'Miss Tong (school OT)', '2027-11-23'),
], kind='html', notes='Batch S. Primary class teacher, informal, HTML only QP: a seating change already made (nothing); "I\'ll try to write a short comment ... on most days" (no date -> vague, concrete: no deflection); refuses a report card by school practice (other); reassurance; "will look into" (vague, no-date); "from next Tuesday" (Thu 18 Nov -> Tue 23 Nov, start) for the school OT.')

letter('330', 'Mon, 7 Feb 2028 18:20:00 +0800',
       ('Dr Margaret Leung', 'principal@tsuenwan-lutheran-ss.edu.hk'), "Re: Arjun Singh (S3) - no reply from the SEN team", '''
Dear Mrs Singh,

Your email of 3 February reached me directly, and I have also read the earlier messages to our SENCO that you forwarded with it.

I accept that you should have had an answer long before now, and I apologise for that.

I have asked our Deputy Principal, Mr Ian Walsh, to act as your single point of contact from today.

Mr Walsh will email the draft IEP to you, with the exam access arrangements filled in, no later than Wednesday 16 February.

The IEP meeting you were promised is now fixed for Tuesday 22 February at 4:30 pm in the conference room, and I will chair it myself.

A full-time shadow teacher is not something the school can pay for, as the government grant we receive does not cover one-to-one staffing.

Whether Arjun may type his answers in the public examinations rests with the HKEAA and its own application rules.

I will also review how our SEN team logs and answers parents' emails, so that this does not happen again.

Yours sincerely,
Dr Margaret Leung
Principal
Tsuen Wan Lutheran Secondary School

On Thu, 3 Feb 2028 at 22:41, Priya Singh <priya.singh@example.com> wrote:
> Dear Dr Leung, I have written to the SENCO four times since Christmas without any reply.
> I will be contacting the EDB next week if I do not hear from the school.
> Priya Singh
''', [
    C('to act as your single point of contact from today', 'Mr Ian Walsh (Deputy Principal, asked by the Principal)', '2028-02-07'),
    C('will email the draft IEP to you, with the exam access', 'Mr Walsh (Deputy Principal)', '2028-02-16'),
    M('The IEP meeting you were promised is now fixed', '2028-02-22', '16:30'),
    D('does not cover one-to-one staffing', 'budget'),
    D('rests with the HKEAA and its own application rules', 'other'),
    C("review how our SEN team logs and answers parents' emails", 'I (Dr Margaret Leung, Principal)', None),
    D("review how our SEN team logs and answers parents' emails", 'no-date'),
], kind='alt', html='''<html><body style="font-family:Georgia,serif">
<p>Dear Mrs Singh,</p>
<p>Your email of 3 February reached me directly, and I have also read the earlier messages to our SENCO that you forwarded with it.</p>
<p>I accept that you should have had an answer long before now, and I apologise for that.</p>
<p>I have asked our Deputy Principal, Mr Ian Walsh, to act as your single point of contact from today.</p>
<p>Mr Walsh will email the draft IEP to you, with the exam access arrangements filled in, no later than Wednesday 16 February.</p>
<p>The IEP meeting you were promised is now fixed for Tuesday 22 February at 4:30 pm in the conference room, and I will chair it myself.</p>
<p>A full-time shadow teacher is not something the school can pay for, as the government grant we receive does not cover one-to-one staffing.</p>
<p>Whether Arjun may type his answers in the public examinations rests with the HKEAA and its own application rules.</p>
<p>I will also review how our SEN team logs and answers parents' emails, so that this does not happen again.</p>
<p>Yours sincerely,<br>Dr Margaret Leung<br>Principal<br>Tsuen Wan Lutheran Secondary School</p>
<div>On Thu, 3 Feb 2028 at 22:41, Priya Singh &lt;priya.singh@example.com&gt; wrote:</div>
<blockquote style="border-left:2px solid #999;padding-left:6px">
<p>Dear Dr Leung, I have written to the SENCO four times since Christmas without any reply.<br>I will be contacting the EDB next week if I do not hear from the school.<br>Priya Singh</p>
</blockquote>
</body></html>
''', notes='Batch S. Principal\'s escalation reply, multipart/alternative QP quoting the parent (">" lines / <blockquote>; her "I will be contacting the EDB next week" not annotated): apology (nothing); a delegation "I have asked ... to act as ... from today" (Mon 7 Feb -> 7 Feb); "no later than Wednesday 16 February"; a fixed IEP meeting with date and time (meeting, "I will chair it" is part of it); budget; HKEAA rules (other); "I will also review" (vague, no-date).')

letter('331', 'Wed, 12 Apr 2028 09:15:00 +0800',
       ('Dr Natalie Chu', 'natalie.chu.ep@example-sbeps.hk'), "Cheuk Hin - your request for an assessment", '''
Dear Mr and Mrs Tam,

The school has passed on your written request for an assessment of Cheuk Hin, and I am replying as the educational psychologist who serves the school.

I visit the school only once every two weeks, and at present there are eleven children ahead of Cheuk Hin on my assessment list.

I will observe him in his Chinese and Mathematics lessons on my next visit, on 26 April.

Miss Chow, the SENCO, has agreed to collect the teacher checklists and return them to me three days before the observation.

Whether the full cognitive assessment goes ahead this year hangs on what the SST at Cheuk Hin's school makes of my observation notes.

I have attached a parent questionnaire; you are welcome to send it back through the class teacher.

I would be glad to talk with you by phone on Friday 5 May at 9:30 am. Please let me know whether that time suits you.

Kind regards,
Dr Natalie Chu
Educational Psychologist
School-based Educational Psychology Service
''', [
    D('there are eleven children ahead of Cheuk Hin', 'other'),
    C('I will observe him in his Chinese and Mathematics lessons', 'I (Dr Natalie Chu, EP)', '2028-04-26'),
    C('collect the teacher checklists and return them to me', 'Miss Chow (SENCO)', '2028-04-23'),
    D("hangs on what the SST at Cheuk Hin's school makes", 'waiting'),
], kind='alt64', notes='Batch S. Visiting EP, multipart/alternative base64: capacity and a waiting list (other); an observation of the child "on 26 April" (commitment); "has agreed to ... three days before the observation" (event dated 26 Apr -> 23 Apr); the decision waits for the SST (waiting); questionnaire invitation (nothing); a proposed call slot that waits for the parent\'s answer (not a meeting).')

letter('332', 'Mon, 15 May 2028 12:50:00 +0800',
       ('Rachel Ng', 'rachel.ng.st@taipo-hoichun-pri.edu.hk'), "Tsz Yau's speech therapy - in writing as requested", '''
Hi Mrs Lo,

Thanks for your email asking for Tsz Yau's therapy arrangements in writing. Happy to!

This term Tsz Yau has one 30-minute group session every other week.

I know you asked for weekly individual sessions. Our speech therapy contract with the school buys only 40 sessions a term for the whole school, so I can't give any one child more than that.

What I can do is make you a home practice booklet. I'll put it in her schoolbag on Thursday.

I start maternity leave at the end of May. My colleague Anson Yip will take over her group from June.

Anson's caseload is already very full, so I can't promise that she will stay in exactly the same group.

Let's talk before I go: I'll ring you on Wednesday 24 May at 12:45 pm, in my lunch break.

Cheers,
Rachel Ng
School-based Speech Therapist
Tai Po Hoi Chun Primary School
''', [
    D('buys only 40 sessions a term for the whole school', 'budget'),
    C("I'll put it in her schoolbag on Thursday", 'I (Rachel Ng, speech therapist)', '2028-05-18'),
    C('will take over her group from June', 'Anson Yip (speech therapist)', '2028-06-30'),
    D("Anson's caseload is already very full", 'other'),
    M("I'll ring you on Wednesday 24 May", '2028-05-24', '12:45'),
], kind='plain64', notes='Batch S. School-based speech therapist, chatty, plain base64: current provision (nothing); contract hours (budget); "on Thursday" (Mon 15 May -> 18 May); "from June" (month with no day -> 30 Jun); staff capacity (other); a fixed phone call with date and time (meeting, not commitment).')

letter('333', 'Fri, 3 Dec 2027 11:40:00 +0800',
       ('Kelvin Lui (School Social Worker)', 'kelvin.lui@yuenlong-pokoi-ss.edu.hk'), "Hei Man - attendance support", '''
Dear Ms Yeung,

I am the school social worker. Ms Leung, Hei Man's class teacher, passed your letter to me yesterday.

You asked for written confirmation of what the school is doing about Hei Man's difficulty coming to school, so here it is.

From next Monday, I will meet Hei Man at the school gate every morning at 7:45 am for the first two weeks.

I will make a referral to the Integrated Family Service Centre for counselling within five working days.

A place in the centre's day programme is allocated by the centre's own panel, and at the moment they have a waiting list.

Provisionally, the three of us (you, Ms Leung and I) will sit down together on Thursday 9 December at 10:00 am in the social work room.

If that day is impossible for you, please phone me on 2476 3318.

Best wishes,
Kelvin Lui
Registered Social Worker
Yuen Long Po Kok Secondary School
''', [
    C('I will meet Hei Man at the school gate every morning', 'I (Kelvin Lui, school social worker)', '2027-12-06'),
    C('make a referral to the Integrated Family Service Centre', 'I (Kelvin Lui, school social worker)', '2027-12-10'),
    D("is allocated by the centre's own panel", 'waiting'),
    M('will sit down together on Thursday 9 December', '2027-12-09', '10:00'),
], kind='plain', crlf=True, notes='Batch S. Secondary school social worker, plain QP with CRLF: "From next Monday" (Fri 3 Dec -> Mon 6 Dec, start; sessions with the child: commitment); "within five working days" (Fri 3 Dec -> Fri 10 Dec, no holiday crossed); another body\'s panel and waiting list (waiting); a provisional meeting set by the school (meeting); request to phone (nothing).')

letter('334', 'Wed, 19 Jan 2028 16:10:00 +0800',
       ('Ms Irene Fung', 'irene.fung@shatin-tsungtsin-pri.edu.hk'), "Re: Notes of our meeting on Monday (Yan Yan, P5)", '''
Dear Mr Kwok,

Thank you for writing up Monday's meeting so carefully. I can confirm your notes, except for the points I answer below, between your lines.

> 1. Ms Chan will give Yan Yan a copy of the board notes after every Chinese lesson.

Confirmed. Ms Chan will start this from next Monday, 24 January.

> 2. The school will apply for special exam arrangements for the Term 2 exam by 31 January.

Not quite. The Examination Committee only sits on 9 February, so I will submit the application by 7 February, not 31 January.

> 3. The school will pay for private OT sessions.

I can't confirm this one. I said we would ask, and the answer is that therapy outside school is not something our SEN budget may be spent on.

> 4. We will meet again in March.

Yes, I have put our next review in the diary for Thursday 16 March at 3:45 pm.

I will also ask the school nurse about the new medication timing you mentioned and get back to you.

Regards,
Irene Fung
SENCO
Sha Tin Tsung Tsin Primary School
''', [
    C('Ms Chan will start this from next Monday', 'Ms Chan', '2028-01-24'),
    C('I will submit the application by 7 February', 'I (Irene Fung, SENCO)', '2028-02-07'),
    D('not something our SEN budget may be spent on', 'budget'),
    M('put our next review in the diary', '2028-03-16', '15:45'),
    C('ask the school nurse about the new medication timing', 'I (Irene Fung, SENCO)', None),
    D('ask the school nurse about the new medication timing', 'no-date'),
], kind='plain', crlf=True, notes='Batch S. Hard form: SENCO confirming the parent\'s meeting notes "except ...", answering inline between ">" lines (the quoted minutes, with their "will", are not annotated): "from next Monday, 24 January" (the date wins); "by 7 February, not 31 January" (deadline word wins; the committee sitting on 9 Feb is a staff meeting); budget; a review put in the diary with date and time (meeting); "ask the school nurse ... and get back to you" (vague, no-date). Plain QP, CRLF.')

letter('335', 'Mon, 6 Mar 2028 08:30:00 +0800',
       ('Ma On Shan Tsung Wah Primary School', 'office@mos-tsungwah-pri.edu.hk'), 'Parent talk: helping your child with homework at home', '''<html><body style="font-family:Tahoma,sans-serif">
<p>Dear Parents and Guardians,</p>
<p>Many thanks to the 140 families who came to our open morning last month.</p>
<p>Our Student Support Team will host a talk for parents, &ldquo;Homework without tears&rdquo;, on Saturday 25 March from 10:00 am to 11:30 am in the school hall.</p>
<p>The speaker is a registered educational psychologist, and the talk will be given in Cantonese.</p>
<p>Seats are limited, so kindly hand in the reply slip by Friday 17 March.</p>
<p>The school will be closed for the Easter holiday from 14 April to 23 April.</p>
<p>We look forward to seeing many of you there.</p>
<p>Principal<br>Ma On Shan Tsung Wah Primary School</p>
</body></html>
''', [], kind='rawhtml', notes='Batch S. Circular to all parents, HTML only QP: carries nothing (an open morning held; a talk for all parents with a time range; "the talk will be given in Cantonese"; a reply-slip request with a deadline; holiday closure dates).')

letter('336', 'Fri, 9 Jun 2028 17:35:00 +0800',
       ('Ms Ip Ka Wai', 'kwip@tuenmun-hoiping-ss.edu.hk'), 'Wing Hei (S2) - IEP meeting follow-up actions', '''
Dear Mr and Mrs Lee,

Thank you for coming in this afternoon. As you asked, here are the follow-up actions we agreed, with who is doing what.

- Prepare enlarged A3 question papers for Wing Hei's final exams | Mr Siu (Examinations Officer) | 16/6
- Book a quiet room with its own invigilator | Ms Ma (Vice-Principal) | w/e 23/6
- Email you the revised IEP targets for signature | Ms Ip (SENCO) | within 3 working days
- Enrol Wing Hei in the summer friendship group run by the SSW | Mr Chong (SSW) | TBC

Peer tutoring in Mathematics could not be agreed today, as the Mathematics panel has not settled its staffing for next year.

Next IEP review: Tuesday 12 September, 4:00-5:00 pm (provisional).

Best regards,
Ip Ka Wai
SENCO
Tuen Mun Hoi Ping Secondary School
''', [
    C("Prepare enlarged A3 question papers for Wing Hei's final exams", 'Mr Siu (Examinations Officer)', '2028-06-16'),
    C('Book a quiet room with its own invigilator', 'Ms Ma (Vice-Principal)', '2028-06-23'),
    C('Email you the revised IEP targets for signature', 'Ms Ip (SENCO)', '2028-06-14'),
    C('Enrol Wing Hei in the summer friendship group', 'Mr Chong (SSW)', None),
    D('the Mathematics panel has not settled its staffing', 'waiting'),
    M('Next IEP review: Tuesday 12 September', '2028-09-12', '16:00'),
], kind='alt', html='''<html><body style="font-family:Arial,sans-serif">
<p>Dear Mr and Mrs Lee,</p>
<p>Thank you for coming in this afternoon. As you asked, here are the follow-up actions we agreed, with who is doing what.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Action</th><th>Person in charge</th><th>Deadline</th></tr>
<tr><td>Prepare enlarged A3 question papers for Wing Hei's final exams</td><td>Mr Siu (Examinations Officer)</td><td>16/6</td></tr>
<tr><td>Book a quiet room with its own invigilator</td><td>Ms Ma (Vice-Principal)</td><td>w/e 23/6</td></tr>
<tr><td>Email you the revised IEP targets for signature</td><td>Ms Ip (SENCO)</td><td>within 3 working days</td></tr>
<tr><td>Enrol Wing Hei in the summer friendship group run by the SSW</td><td>Mr Chong (SSW)</td><td>TBC</td></tr>
</table>
<p>Peer tutoring in Mathematics could not be agreed today, as the Mathematics panel has not settled its staffing for next year.</p>
<p><b>Next IEP review:</b> Tuesday 12 September, 4:00-5:00 pm (provisional).</p>
<p>Best regards,<br>Ip Ka Wai<br>SENCO<br>Tuen Mun Hoi Ping Secondary School</p>
</body></html>
''', notes='Batch S. Hard form: secondary SENCO action list after an IEP meeting held today, multipart/alternative QP with an HTML table (Action | Person in charge | Deadline) and "|"-separated plain rows; each row a commitment keyed in its action cell: "16/6" day first; "w/e 23/6" (the named date); "within 3 working days" (Fri 9 Jun -> Wed 14 Jun); "TBC" (null, vague, concrete: no deflection); a panel yet to decide (waiting); a provisional next review without a verb (meeting, range start 16:00).')

letter('337', 'Thu, 2 Mar 2028 19:05:00 +0800',
       ('Tom Hargreaves', 't.hargreaves@clearwaterbay-intl.edu.hk'), "Finn - update on your requests", '''
Hi Ms O'Brien,

Following your two emails last week, here is where each of your requests stands.

Laptop for written work: our IT team will have a school Chromebook set up for Finn within 10 school days.

Reading pen: Mrs Abbott in Learning Support expects to hand Finn a reading pen by the 20th.

Shorter homework: I'll talk to his subject teachers early next week and then let you know what they can offer.

IGCSE access arrangements: applications are only made in Year 10, and the exam board will not accept one for a Year 8 student.

Pupil profile: the Learning Support team will update his one-page profile before the mid-year reports go out.

Meeting: we'll see you and Finn's dad on Thursday 16 March at 8 am in the Year 8 office, as you suggested.

For what it's worth, Finn is a lovely lad and he's holding his own in most subjects.

Best,
Tom Hargreaves
Head of Year 8
Clearwater Bay International School
''', [
    C('will have a school Chromebook set up for Finn', 'our IT team', '2028-03-16'),
    C('expects to hand Finn a reading pen by the 20th', 'Mrs Abbott (Learning Support)', '2028-03-20'),
    C("I'll talk to his subject teachers early next week", 'I (Tom Hargreaves, Head of Year 8)', '2028-03-12'),
    D('the exam board will not accept one for a Year 8 student', 'legal-position'),
    C('will update his one-page profile before the mid-year reports', 'the Learning Support team', None),
    M("we'll see you and Finn's dad on Thursday 16 March", '2028-03-16', '08:00'),
    D("he's holding his own in most subjects", 'reassurance'),
], kind='alt', notes='Batch S. International school Head of Year, informal, multipart/alternative QP, headed lines: "within 10 school days" (Thu 2 Mar -> Thu 16 Mar, no holiday); "expects to ... by the 20th" (day with no month -> 20 Mar); "early next week" (= next week -> Sun 12 Mar; owner and date, so not vague and no deflection); exam-board rule (legal-position); "before the mid-year reports go out" (undated event -> null, vague, concrete: no deflection); a fixed meeting with date and 8 am; reassurance.')

# Batch T (338-345): written blind after the session's rounds; one rule
# was then fixed from it (README).

letter('338', 'Wed, 13 Oct 2027 17:05:00 +0800',
       ('Ms Winnie Tsoi (SENCO)', 'wtsoi@laichikok-baptist-ss.edu.hk'), "Tiffany (2C) - notes from Monday's meeting", '''
Dear Mr and Mrs Ho,

Many thanks for coming in on Monday to go through Tiffany's first month in Form 2.

I'll email the typed minutes of Monday's meeting to you by this Friday.

Mr Yeung, who heads the Maths panel, has agreed to hand Tiffany his lesson slides ahead of each topic test.

Our speech therapist will see Tiffany for six individual sessions starting on 1 November.

We will also discuss Tiffany's seat in the science lab with her form teacher.

The next review of Tiffany's support plan is provisionally set for Thursday 16 December at 4:30 pm.

Please let me know if Tiffany mentions any difficulty with the new timetable.

Best wishes,
Winnie Tsoi
SENCO, Lai Chi Kok Baptist Secondary School
''', [
    C("email the typed minutes of Monday's meeting", 'I (Winnie Tsoi, SENCO)', '2027-10-15'),
    C('agreed to hand Tiffany his lesson slides', 'Mr Yeung (Maths panel head)', None),
    C('will see Tiffany for six individual sessions', 'our speech therapist', '2027-11-01'),
    C("We will also discuss Tiffany's seat in the science lab", 'we', None),
    D("We will also discuss Tiffany's seat in the science lab", 'no-date'),
    M("The next review of Tiffany's support plan is provisionally set", '2027-12-16', '16:30'),
], kind='plain', notes='Batch T. Secondary SENCO after a meeting held on Monday (nothing), plain QP: "by this Friday" (Wed 13 Oct -> 15 Oct); "has agreed to give ... ahead of each topic test" (no date: vague, concrete, no deflection); therapy sessions with the child "starting on 1 November" (commitment, start date); "will also discuss" (vague, no-date); a provisionally set review with date and time (meeting); request to the parent (nothing).')

letter('339', 'Sat, 13 Nov 2027 12:40:00 +0800',
       ('Joanne Fung, Occupational Therapist', 'joanne@littlestepsot.hk'), "Today's session with Kai", '''
<html><body style="font-family:Georgia,serif;font-size:14px">
<p>Hi Mrs Leung,</p>
<p>Kai worked really hard this morning. We spent most of the hour on pencil grip and on the cutting task he found frustrating last time, and he managed the whole zig-zag line with only one reminder.</p>
<p>A few notes for home:</p>
<ul>
<li>Theraputty squeezes, five minutes before homework</li>
<li>Pegs on the edge of a shoebox while he watches TV</li>
<li>The short pencil only, no long ones for now</li>
</ul>
<p>I&rsquo;ll email you the home programme with photos of each exercise by Wednesday.</p>
<p>I am also going to write a one-page note on Kai&rsquo;s pencil grip for his class teacher within 10 days.</p>
<p>I can&rsquo;t say much about his writing speed until the school sends me copies of his exercise books.</p>
<p>I will phone you next Tuesday at 8 pm to hear how the week has gone.</p>
<p>Have a lovely weekend,<br>Joanne</p>
<p style="color:#888;font-size:11px">Little Steps Occupational Therapy &middot; Unit 1203, Kwun Tong &middot; This email may contain confidential information.</p>
</body></html>
''', [
    C('email you the home programme with photos of each exercise', 'I (Joanne Fung, OT)', '2027-11-17'),
    C('am also going to write a one-page note', 'I (Joanne Fung, OT)', '2027-11-23'),
    D('until the school sends me copies of his exercise books', 'waiting'),
    M('I will phone you next Tuesday at 8 pm', '2027-11-16', '20:00'),
], kind='rawhtml', notes='Batch T. Private OT after a Saturday session, HTML only QP with a list of home exercises (requests, nothing): "by Wednesday" (Sat 13 Nov -> 17 Nov); "is going to ... within 10 days" (-> 23 Nov); waiting for the school; a call "next Tuesday at 8 pm" (Sat 13 Nov -> Tue 16 Nov, meeting, not also a commitment); signature/disclaimer nothing.')

letter('340', 'Thu, 9 Dec 2027 15:30:00 +0800',
       ('Examination Committee', 'exam@shamshuipo-cath-ss.edu.hk'), 'Special examination arrangements for Ryan Chow (3D)', '''
Dear Mrs Chow,

Further to your application of 22 November and the report from Ryan's educational psychologist, the Examination Committee has approved the following arrangements for the second term uniform test and the final examination:

- 25% additional time for all written papers
- a separate room shared with no more than four candidates
- papers printed in 14-point font on cream paper

Ms Ho, our examinations coordinator, will brief the invigilators on Ryan's arrangements by 5 January.

Mr Lam of our IT team will set up the text-to-speech laptop for Ryan before the mock test on 20 December.

A scribe cannot be provided, because every available teacher is invigilating in that week.

Please return the signed consent form to the General Office by Friday 17 December.

Yours sincerely,
Cheng Ka Wai
Chairperson, Examination Committee
Sham Shui Po Catholic Secondary School
''', [
    C("will brief the invigilators on Ryan's arrangements", 'Ms Ho (examinations coordinator)', '2028-01-05'),
    C('will set up the text-to-speech laptop for Ryan', 'Mr Lam (IT team)', '2027-12-20'),
    D('because every available teacher is invigilating in that week', 'other'),
], kind='alt', notes='Batch T. Exam arrangements granted, multipart/alternative QP: list of approved arrangements without a future verb (nothing); "by 5 January" written 9 Dec 2027 (nearest: 2028-01-05); "before the mock test on 20 December" (deadline word + date); scribe declined for staffing (other); request to the parent (nothing).')

letter('341', 'Mon, 17 Jan 2028 16:50:00 +0800',
       ('Miss Angela Yuen', 'ayuen.p2b@tinshui-ling-pri.edu.hk'), 'Sophie - reading record', '''
Dear Ms Au,

Thanks for your note in Sophie's handbook this morning.

Sophie's reading record was left in my tray by mistake, sorry about that! I will slip it back into her schoolbag tomorrow.

Her spelling list will be cut to eight words from Monday 24 January.

She joined in with the group story today and volunteered to read a page aloud. Honestly, there is nothing at all to worry about.

I've pencilled in a call to you for Thursday at 6:15 pm so we can talk about the reading scheme properly.

Best,
Angela Yuen
P.2B Class Teacher
Tin Shui Ling Primary School
''', [
    C('I will slip it back into her schoolbag tomorrow', 'I (Angela Yuen, class teacher)', '2028-01-18'),
    C('Her spelling list will be cut to eight words', None, '2028-01-24'),
    D('there is nothing at all to worry about', 'reassurance'),
    M("pencilled in a call to you for Thursday at 6:15 pm", '2028-01-20', '18:15'),
], kind='plain64', notes='Batch T. Primary class teacher, short, plain base64: "tomorrow" (Mon 17 Jan -> 18 Jan); passive with no agent "from Monday 24 January" (vague, concrete: no deflection); reassurance; a call pencilled in by the teacher "for Thursday at 6:15 pm" (Mon 17 Jan -> Thu 20 Jan, meeting set by the teacher).')

letter('342', 'Fri, 3 Mar 2028 09:00:00 +0800',
       ('Tai Po Wesley Primary School', 'office@taipowesley-pri.edu.hk'), 'Circular 28/2027-28: Sports Day and March arrangements', '''
Dear Parents,

Circular 28/2027-28

1. Sports Day
Our annual Sports Day will take place at Tai Po Sports Ground on Thursday 23 March. P.4 to P.6 pupils will travel by coach from school at 8:00 am. Parents are welcome to watch from the spectator stand.

2. School holiday
The school will be closed on Friday 31 March for the Ching Ming holiday.

3. Parent talk
A talk on "Screen Time and Sleep" by a paediatrician will be held in the school hall on Saturday 18 March at 10:00 am. All parents are welcome; seats are limited.

4. Reply slip
Please complete the reply slip on the parent app by Wednesday 8 March.

Thank you for your continued support.

School Office
Tai Po Wesley Primary School
''', [], kind='alt', notes='Batch T. General school circular, multipart/alternative QP: holds nothing (an event, a closure "will be closed", a talk for all parents, a request to parents).')

letter('343', 'Tue, 15 Feb 2028 19:20:00 +0800',
       ('Mr Kenneth Mak, Principal', 'principal@wongtaisin-grace-pri.edu.hk'), 'Re: Request for a full-time helper for Oscar', '''
Dear Mrs Sze,

Thank you for your email and for explaining so clearly how Oscar has been finding the afternoons.

I understand why you asked for a full-time assistant. However, the school's Learning Support Grant cannot pay for a one-to-one assistant for a single child.

Oscar's educational psychologist will observe him again next month, and we would rather wait for her report before changing the level of support.

Miss Tang, our SENCO, will organise a joint case conference with his class teacher by 3 March.

The school will consider a place for Oscar in the Tuesday homework group.

With best regards,
Kenneth Mak
Principal
Wong Tai Sin Grace Primary School

On Sun, 13 Feb 2028 at 22:04, Cindy Sze <cindysze@example.com> wrote:
> Dear Mr Mak,
> Oscar is exhausted after lunch and cannot follow the lessons.
> Could the school give him a full-time helper? I will bring the
> doctor's letter to the office on Wednesday.
> Cindy Sze (mother of Oscar, 3A)
''', [
    D('cannot pay for a one-to-one assistant for a single child', 'budget'),
    C('will observe him again next month', "Oscar's educational psychologist", '2028-03-31'),
    D('we would rather wait for her report', 'waiting'),
    C('will organise a joint case conference with his class teacher', 'Miss Tang (SENCO)', '2028-03-03'),
    C('The school will consider a place for Oscar', 'the school', None),
    D('The school will consider a place for Oscar', 'no-date'),
], kind='plain', notes='Batch T. Principal declining a request, plain QP, replying with the parent\'s message quoted under "On ... wrote:" (her "I will bring the doctor\'s letter" not annotated): budget; an observation of the child "next month" (Tue 15 Feb -> 31 Mar, commitment) in the same sentence as waiting for the report (deflection keyed on the other clause); a case conference promised "by 3 March" (commitment, not a meeting); "will consider" (vague, no-date).')

letter('344', 'Thu, 2 Mar 2028 11:15:00 +0800',
       ('Dr Priscilla Ng, Educational Psychologist', 'priscilla.ng@kowloonfamilyservice.org.hk'), "Mia's assessment at school", '''
Dear Mr Kwan,

I saw Mia at school on Tuesday and Wednesday this week for the cognitive and literacy tests. She was cooperative throughout and took the breaks she needed.

To complete the picture, I will observe Mia in her Chinese lesson next week.

I expect to complete the written report within two weeks and will send it to the school's SENCO.

A copy will be posted to your home address at the same time.

Whether Mia is given a special educational needs category is decided by the Education Bureau, not by me.

The feedback meeting with you and the SENCO is fixed for Tuesday 21 March at 10:00 am at the school.

Kind regards,
Dr Priscilla Ng
Educational Psychologist (School-based EP Service)
Kowloon Family Service Association
''', [
    C('I will observe Mia in her Chinese lesson next week', 'I (Dr Priscilla Ng, EP)', '2028-03-12'),
    C('I expect to complete the written report within two weeks', 'I (Dr Priscilla Ng, EP)', '2028-03-16'),
    C('A copy will be posted to your home address', None, None),
    D('is decided by the Education Bureau, not by me', 'other'),
    M('The feedback meeting with you and the SENCO is fixed', '2028-03-21', '10:00'),
], kind='plain', crlf=True, notes='Batch T. School-based EP after assessment sessions (past, nothing), plain QP with CRLF: an observation of the child "next week" (Thu 2 Mar -> Sun 12 Mar, commitment); "expect to complete ... within two weeks" (-> 16 Mar); passive "at the same time" (undated: null, vague, concrete action: no deflection); SEN category is EDB\'s decision (other); a fixed feedback meeting.')

letter('345', 'Wed, 26 Apr 2028 18:30:00 +0800',
       ('Ms Rebecca Kwan (SENCO)', 'rkwan@shatin-tsungtsin-ss.edu.hk'), "Aaron (1E) - action points from today's meeting", '''
<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Dear Mr and Mrs Poon,</p>
<p>Thank you both for staying on after school today. As promised, here are the action points we agreed for Aaron.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Action</th><th>Person in charge</th><th>Deadline</th></tr>
<tr><td>Send the revised behaviour support plan to the parents</td><td>Ms Kwan (SENCO)</td><td>5/5/2028</td></tr>
<tr><td>Set up a quiet reading corner in the library for Aaron at recess</td><td>Mr Poon Chi Keung (Librarian)</td><td>10/5/2028</td></tr>
<tr><td>Give Aaron a printed weekly homework checklist</td><td>Mrs Tam (Form Teacher)</td><td>19/5/2028</td></tr>
</table>
<p>Aaron is a kind and thoughtful boy, and we are confident the new plan will work well for him.</p>
<p>Our next review meeting is fixed for 31 May at 4:15 pm in Room 203.</p>
<p>Regards,<br>Rebecca Kwan<br>SENCO, Sha Tin Tsung Tsin Secondary School</p>
</body></html>
''', [
    C('Send the revised behaviour support plan to the parents', 'Ms Kwan (SENCO)', '2028-05-05'),
    C('Set up a quiet reading corner in the library', 'Mr Poon Chi Keung (Librarian)', '2028-05-10'),
    C('Give Aaron a printed weekly homework checklist', 'Mrs Tam (Form Teacher)', '2028-05-19'),
    D('we are confident the new plan will work well for him', 'reassurance'),
    M('Our next review meeting is fixed for 31 May', '2028-05-31', '16:15'),
], kind='rawhtml', notes='Batch T (hard form). Secondary SENCO, HTML only QP with an action table (action | person in charge | deadline): each row a commitment keyed in its action cell, owner and due from the other cells (day-first numeric dates); reassurance; a fixed review meeting.')
