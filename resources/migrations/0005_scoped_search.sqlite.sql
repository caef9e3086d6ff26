-- The candidate index rebuilt with a scope column (see 0005_scoped_search.sql)
-- and prefix indexes for prefixes of one to four characters, so the first
-- keystrokes of a search do not scan every term. Triggers now skip updates that
-- change nothing the index holds.
DROP TRIGGER candidate_search_candidate_insert;
DROP TRIGGER candidate_search_candidate_update;
DROP TRIGGER candidate_search_candidate_delete;
DROP TRIGGER candidate_search_tag_insert;
DROP TRIGGER candidate_search_tag_delete;
DROP TRIGGER candidate_search_tag_rename;
DROP TRIGGER candidate_search_note_insert;
DROP TRIGGER candidate_search_note_update;
DROP TRIGGER candidate_search_note_delete;
DROP VIEW candidate_search_source;
DROP TABLE candidate_search;

CREATE VIRTUAL TABLE candidate_search USING fts5(
  name, email, work, skills, tags, notes, scope,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3 4'
);

CREATE VIEW candidate_search_source AS
SELECT c.id AS candidate_id, c.name, c.email,
       c.current_title || ' ' || c.current_company AS work,
       c.skills,
       coalesce((SELECT group_concat(t.name, ' ') FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id
                 WHERE ct.candidate_id = c.id), '') AS tags,
       coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.candidate_id = c.id), '') AS notes,
       coalesce((SELECT group_concat('opening' || a.opening_id || CASE WHEN a.status = 'active' THEN ' opening' || a.opening_id || 'active' ELSE '' END, ' ')
                 FROM applications a WHERE a.candidate_id = c.id), '') AS scope
FROM candidates c;

INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes, scope)
SELECT * FROM candidate_search_source;

CREATE TRIGGER candidate_search_candidate_insert AFTER INSERT ON candidates
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes, scope)
  SELECT * FROM candidate_search_source WHERE candidate_id = NEW.id;
END;

CREATE TRIGGER candidate_search_candidate_update
AFTER UPDATE OF name, email, current_title, current_company, skills ON candidates
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
  AND (OLD.name IS NOT NEW.name OR OLD.email IS NOT NEW.email OR OLD.current_title IS NOT NEW.current_title
       OR OLD.current_company IS NOT NEW.current_company OR OLD.skills IS NOT NEW.skills)
BEGIN
  DELETE FROM candidate_search WHERE rowid = OLD.id;
  INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes, scope)
  SELECT * FROM candidate_search_source WHERE candidate_id = OLD.id;
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
  INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes, scope)
  SELECT * FROM candidate_search_source WHERE candidate_id = NEW.candidate_id;
END;

CREATE TRIGGER candidate_search_tag_delete AFTER DELETE ON candidate_tags
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  DELETE FROM candidate_search WHERE rowid = OLD.candidate_id;
  INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes, scope)
  SELECT * FROM candidate_search_source WHERE candidate_id = OLD.candidate_id;
END;

CREATE TRIGGER candidate_search_tag_rename AFTER UPDATE OF name ON tags
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  DELETE FROM candidate_search WHERE rowid IN (SELECT candidate_id FROM candidate_tags WHERE tag_id = NEW.id);
  INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes, scope)
  SELECT * FROM candidate_search_source
  WHERE candidate_id IN (SELECT candidate_id FROM candidate_tags WHERE tag_id = NEW.id);
END;

CREATE TRIGGER candidate_search_note_insert AFTER INSERT ON notes
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  DELETE FROM candidate_search WHERE rowid = NEW.candidate_id;
  INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes, scope)
  SELECT * FROM candidate_search_source WHERE candidate_id = NEW.candidate_id;
END;

CREATE TRIGGER candidate_search_note_update AFTER UPDATE ON notes
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  DELETE FROM candidate_search WHERE rowid IN (OLD.candidate_id, NEW.candidate_id);
  INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes, scope)
  SELECT * FROM candidate_search_source WHERE candidate_id IN (OLD.candidate_id, NEW.candidate_id);
END;

CREATE TRIGGER candidate_search_note_delete AFTER DELETE ON notes
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  DELETE FROM candidate_search WHERE rowid = OLD.candidate_id;
  INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes, scope)
  SELECT * FROM candidate_search_source WHERE candidate_id = OLD.candidate_id;
END;

-- Applications change the scope: a new one, a deleted one, or one that became
-- active or closed (moves between active stages do not touch the index).
CREATE TRIGGER candidate_search_application_insert AFTER INSERT ON applications
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  DELETE FROM candidate_search WHERE rowid = NEW.candidate_id;
  INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes, scope)
  SELECT * FROM candidate_search_source WHERE candidate_id = NEW.candidate_id;
END;

CREATE TRIGGER candidate_search_application_delete AFTER DELETE ON applications
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  DELETE FROM candidate_search WHERE rowid = OLD.candidate_id;
  INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes, scope)
  SELECT * FROM candidate_search_source WHERE candidate_id = OLD.candidate_id;
END;

CREATE TRIGGER candidate_search_application_update AFTER UPDATE OF status, opening_id, candidate_id ON applications
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
  AND ((OLD.status = 'active') IS NOT (NEW.status = 'active') OR OLD.opening_id IS NOT NEW.opening_id
       OR OLD.candidate_id IS NOT NEW.candidate_id)
BEGIN
  DELETE FROM candidate_search WHERE rowid IN (OLD.candidate_id, NEW.candidate_id);
  INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes, scope)
  SELECT * FROM candidate_search_source WHERE candidate_id IN (OLD.candidate_id, NEW.candidate_id);
END;
