-- 008-tier-index.sql — schema version 8: the tier look-up reads an index.
--
-- The answer to a deflection names the support tier of the newest school
-- letter that names one (lib/act/advice.c, advice_ctx_load). That look-up
-- ran twelve LIKEs over the body of every school letter, once per
-- deflection answered, so a backlog grew as its square: a first sync of
-- 1,000 school letters took 30 s of CPU, 2,000 several minutes. This
-- partial index holds only the school letters whose body mentions a tier
-- at all (every pattern advice.c looks for contains "tier" or 層), by
-- date, so the look-up reads those rows, newest first, and stops at the
-- first. The query must repeat this WHERE clause word for word for SQLite
-- to use the index (TIER_NAMED in advice.c).
CREATE INDEX messages_tier_named ON messages(date, id)
	WHERE direction = 'in' AND is_school = 1
	AND (body LIKE '%tier%' OR body LIKE '%層%');
