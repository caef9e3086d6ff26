-- Schema v11: a row merged into a candidate who already applied to the
-- opening keeps its note, added to that application; the batch item records
-- the note so that undoing the import removes it too. No foreign key, as for
-- candidate_id: a note deleted later is passed over by undo.
ALTER TABLE import_batch_items ADD COLUMN note_id BIGINT;

-- Deleting an application cascades to its notes: without an index on the
-- column every deleted application scanned the whole notes table (undoing a
-- large import, erasing a candidate with many applications).
CREATE INDEX notes_application ON notes(application_id);
-- The same for the other foreign keys that had none (small tables, but the
-- rule is simple: every foreign key column leads an index; tst_migrations).
CREATE INDEX saved_views_opening ON saved_views(opening_id);
CREATE INDEX import_batches_opening ON import_batches(opening_id);

-- Undo reads a batch's created candidates in slices of their ids.
DROP INDEX import_batch_items_batch;
CREATE INDEX import_batch_items_batch ON import_batch_items(batch_id, kind, candidate_id);
