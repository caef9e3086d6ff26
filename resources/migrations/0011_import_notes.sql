-- Schema v11: a row merged into a candidate who already applied to the
-- opening keeps its note, added to that application; the batch item records
-- the note so that undoing the import removes it too. No foreign key, as for
-- candidate_id: a note deleted later is passed over by undo.
ALTER TABLE import_batch_items ADD COLUMN note_id BIGINT;
