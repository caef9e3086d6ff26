-- Schema v4: keys for finding duplicate candidates, so that each duplicate
-- check is an index lookup. Written with every candidate by the application
-- (DuplicateRepository's key functions): the email trimmed and lower-cased,
-- the phone's digits with a leading '+' kept, the current company folded like
-- sort_name.
ALTER TABLE candidates ADD COLUMN email_key TEXT NOT NULL DEFAULT '';
ALTER TABLE candidates ADD COLUMN phone_key TEXT NOT NULL DEFAULT '';
ALTER TABLE candidates ADD COLUMN company_key TEXT NOT NULL DEFAULT '';
-- SQL cannot compute the phone and folded keys: existing candidates get theirs
-- from the application on its next writable open.
INSERT INTO meta (key, value) VALUES ('duplicate_keys_stale', '1');
-- Partial indexes: the empty key never matches, and many candidates have it.
CREATE INDEX candidates_email_key ON candidates(email_key) WHERE email_key <> '';
CREATE INDEX candidates_phone_key ON candidates(phone_key) WHERE phone_key <> '';
CREATE INDEX candidates_name_company ON candidates(sort_name, company_key) WHERE company_key <> '';
