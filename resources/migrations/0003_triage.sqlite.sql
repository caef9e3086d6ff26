-- Full-text search over candidates with FTS5: diacritics folded by the
-- tokenizer, rowid = candidates.id. Kept current by triggers, which a bulk load
-- pauses (meta key search_index_suspended, inside its transaction) before
-- indexing the new candidates in one statement.
CREATE VIRTUAL TABLE candidate_search USING fts5(
  name, email, work, skills, tags, notes,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIEW candidate_search_source AS
SELECT c.id AS candidate_id, c.name, c.email,
       c.current_title || ' ' || c.current_company AS work,
       c.skills,
       coalesce((SELECT group_concat(t.name, ' ') FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id
                 WHERE ct.candidate_id = c.id), '') AS tags,
       coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.candidate_id = c.id), '') AS notes
FROM candidates c;

INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes)
SELECT * FROM candidate_search_source;

CREATE TRIGGER candidate_search_candidate_insert AFTER INSERT ON candidates
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes)
  SELECT * FROM candidate_search_source WHERE candidate_id = NEW.id;
END;

CREATE TRIGGER candidate_search_candidate_update
AFTER UPDATE OF name, email, current_title, current_company, skills ON candidates
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  DELETE FROM candidate_search WHERE rowid = OLD.id;
  INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes)
  SELECT * FROM candidate_search_source WHERE candidate_id = NEW.id;
END;

CREATE TRIGGER candidate_search_candidate_delete AFTER DELETE ON candidates
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  DELETE FROM candidate_search WHERE rowid = OLD.id;
END;

CREATE TRIGGER candidate_search_tag_insert AFTER INSERT ON candidate_tags
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  DELETE FROM candidate_search WHERE rowid = NEW.candidate_id;
  INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes)
  SELECT * FROM candidate_search_source WHERE candidate_id = NEW.candidate_id;
END;

CREATE TRIGGER candidate_search_tag_delete AFTER DELETE ON candidate_tags
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  DELETE FROM candidate_search WHERE rowid = OLD.candidate_id;
  INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes)
  SELECT * FROM candidate_search_source WHERE candidate_id = OLD.candidate_id;
END;

CREATE TRIGGER candidate_search_tag_rename AFTER UPDATE OF name ON tags
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  DELETE FROM candidate_search WHERE rowid IN (SELECT candidate_id FROM candidate_tags WHERE tag_id = NEW.id);
  INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes)
  SELECT * FROM candidate_search_source
  WHERE candidate_id IN (SELECT candidate_id FROM candidate_tags WHERE tag_id = NEW.id);
END;

CREATE TRIGGER candidate_search_note_insert AFTER INSERT ON notes
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  DELETE FROM candidate_search WHERE rowid = NEW.candidate_id;
  INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes)
  SELECT * FROM candidate_search_source WHERE candidate_id = NEW.candidate_id;
END;

CREATE TRIGGER candidate_search_note_update AFTER UPDATE ON notes
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  DELETE FROM candidate_search WHERE rowid IN (OLD.candidate_id, NEW.candidate_id);
  INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes)
  SELECT * FROM candidate_search_source WHERE candidate_id IN (OLD.candidate_id, NEW.candidate_id);
END;

CREATE TRIGGER candidate_search_note_delete AFTER DELETE ON notes
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  DELETE FROM candidate_search WHERE rowid = OLD.candidate_id;
  INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes)
  SELECT * FROM candidate_search_source WHERE candidate_id = OLD.candidate_id;
END;
