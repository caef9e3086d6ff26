-- Schema v9: candidate imports as batches that can be undone later. Each item
-- says what the import did to one candidate: created them, or merged the file's
-- values into an existing candidate (keeping the fields it replaced, so undo
-- can put them back) and possibly added an application to the opening.
CREATE TABLE import_batches (
  id           {{ID}},
  opening_id   BIGINT REFERENCES openings(id) ON DELETE SET NULL,
  file_name    TEXT NOT NULL DEFAULT '',
  actor        TEXT NOT NULL DEFAULT '',
  started_at   BIGINT NOT NULL,
  rows_read    BIGINT NOT NULL DEFAULT 0,
  created      BIGINT NOT NULL DEFAULT 0,
  merged       BIGINT NOT NULL DEFAULT 0,
  skipped      BIGINT NOT NULL DEFAULT 0,
  undone_at    BIGINT
);
-- No foreign key to candidates: a candidate erased later leaves the item,
-- which undo then passes over.
CREATE TABLE import_batch_items (
  batch_id       BIGINT NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
  candidate_id   BIGINT NOT NULL,
  application_id BIGINT,
  kind           TEXT NOT NULL CHECK (kind IN ('created', 'merged')),
  previous       TEXT NOT NULL DEFAULT '',
  version_after  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX import_batch_items_batch ON import_batch_items(batch_id);
CREATE INDEX import_batch_items_candidate ON import_batch_items(candidate_id);
