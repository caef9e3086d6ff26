-- Schema v2: indexes that let the application table sort and page in SQL
-- without a temporary sort over a whole opening.
CREATE INDEX candidates_sort_name ON candidates(sort_name, id);
CREATE INDEX applications_opening_stage_entered ON applications(opening_id, stage_entered_at, id);
CREATE INDEX applications_opening_applied ON applications(opening_id, applied_at, id);
CREATE INDEX applications_opening_stage ON applications(opening_id, stage_id, id);
CREATE INDEX applications_opening_status_stage ON applications(opening_id, status, stage_id);
-- The default view lists active applications only: keep them contiguous per sort key.
CREATE INDEX applications_opening_active_stage_entered ON applications(opening_id, status, stage_entered_at, id);
CREATE INDEX applications_opening_active_applied ON applications(opening_id, status, applied_at, id);
