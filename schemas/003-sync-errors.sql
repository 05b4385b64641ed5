-- 003-sync-errors.sql — schema version 3: a folder's last error stays
-- until a newer one. A letter that went well after a skipped one used to
-- clear it, so `ptrail status` showed the skip only when it was the very
-- last message of a sync; last_error_at says when it happened.
ALTER TABLE sync_state ADD COLUMN last_error_at INTEGER;
UPDATE sync_state SET last_error_at = last_sync WHERE last_error IS NOT NULL;
