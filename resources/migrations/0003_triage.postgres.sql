-- Full-text search over candidates with a tsvector per candidate: accents
-- removed by unaccent, punctuation split like SQLite's unicode61 tokenizer.
-- Kept current by triggers, which a bulk load pauses (meta key
-- search_index_suspended, inside its transaction) before indexing the new
-- candidates in one statement.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Lower case and letter classes by Unicode rules (ICU) whatever the database's
-- LC_CTYPE: under LC_CTYPE C, lower() and [:alnum:] know ASCII only, which would
-- drop Cyrillic or Chinese names from the index. Servers built without ICU use
-- the database's own locale (fine when it is a UTF-8 one).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu') THEN
    CREATE FUNCTION candidate_search_words(t TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $f$
      SELECT regexp_replace(lower(unaccent(coalesce(t, '')) COLLATE "und-x-icu"), '[^[:alnum:]]+' COLLATE "und-x-icu", ' ', 'g')
    $f$;
  ELSE
    CREATE FUNCTION candidate_search_words(t TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $f$
      SELECT regexp_replace(lower(unaccent(coalesce(t, ''))), '[^[:alnum:]]+', ' ', 'g')
    $f$;
  END IF;
END
$$;

CREATE TABLE candidate_search (
  candidate_id BIGINT PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
  document     tsvector NOT NULL
);
CREATE INDEX candidate_search_document ON candidate_search USING GIN (document);

CREATE VIEW candidate_search_source AS
SELECT c.id AS candidate_id,
       setweight(to_tsvector('simple', candidate_search_words(c.name)), 'A')
    || setweight(to_tsvector('simple', candidate_search_words(c.email)), 'B')
    || setweight(to_tsvector('simple', candidate_search_words(c.current_title || ' ' || c.current_company)), 'B')
    || setweight(to_tsvector('simple', candidate_search_words(c.skills)), 'C')
    || setweight(to_tsvector('simple', candidate_search_words(
         (SELECT string_agg(t.name, ' ') FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.candidate_id = c.id))), 'C')
    || setweight(to_tsvector('simple', candidate_search_words(
         (SELECT string_agg(n.body, ' ') FROM notes n WHERE n.candidate_id = c.id))), 'D') AS document
FROM candidates c;

INSERT INTO candidate_search (candidate_id, document) SELECT candidate_id, document FROM candidate_search_source;

CREATE FUNCTION candidate_search_refresh(cid BIGINT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended') THEN
    RETURN;
  END IF;
  DELETE FROM candidate_search WHERE candidate_id = cid;
  INSERT INTO candidate_search (candidate_id, document)
  SELECT candidate_id, document FROM candidate_search_source WHERE candidate_id = cid;
END;
$$;

CREATE FUNCTION candidate_search_on_candidate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM candidate_search_refresh(NEW.id);
  RETURN NULL;
END;
$$;
CREATE TRIGGER candidate_search_candidate
  AFTER INSERT OR UPDATE OF name, email, current_title, current_company, skills ON candidates
  FOR EACH ROW EXECUTE FUNCTION candidate_search_on_candidate();

-- Tags and notes: refresh the candidate they belong (or belonged) to.
CREATE FUNCTION candidate_search_on_child() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM candidate_search_refresh(OLD.candidate_id);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM candidate_search_refresh(NEW.candidate_id);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER candidate_search_tags AFTER INSERT OR UPDATE OR DELETE ON candidate_tags
  FOR EACH ROW EXECUTE FUNCTION candidate_search_on_child();
CREATE TRIGGER candidate_search_notes AFTER INSERT OR UPDATE OR DELETE ON notes
  FOR EACH ROW EXECUTE FUNCTION candidate_search_on_child();

CREATE FUNCTION candidate_search_on_tag_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM candidate_search_refresh(ct.candidate_id) FROM candidate_tags ct WHERE ct.tag_id = NEW.id;
  RETURN NULL;
END;
$$;
CREATE TRIGGER candidate_search_tag_rename AFTER UPDATE OF name ON tags
  FOR EACH ROW EXECUTE FUNCTION candidate_search_on_tag_rename();
