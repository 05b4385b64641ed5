-- 005-date-flag.sql — schema version 5: a doubtful date is a question.
--
-- The date reader flags a date it could not take at its word: "inconsistent"
-- (its weekday disagrees with its date: "Thursday 15 March" when 15 March is
-- a Sunday), "impossible" (31/2) or "ambiguous" (3/4 in a letter that also
-- writes month-first dates). The due day or meeting day is still the
-- reader's best guess; the flag says that the parent should ask which day
-- was meant (ptrail list/show mark it, the confirmation summary asks).
-- NULL: the date was read without doubt (and every row from before step 5).
ALTER TABLE commitments ADD COLUMN date_flag TEXT;
ALTER TABLE meetings ADD COLUMN date_flag TEXT;
