-- The candidate document gains scope tokens (see 0005_scoped_search.sql);
-- applications refresh it when they are added, removed, or become active or
-- closed. The candidate trigger skips updates that change nothing indexed.
CREATE OR REPLACE VIEW candidate_search_source AS
SELECT c.id AS candidate_id,
       setweight(to_tsvector('simple', candidate_search_words(c.name)), 'A')
    || setweight(to_tsvector('simple', candidate_search_words(c.email)), 'B')
    || setweight(to_tsvector('simple', candidate_search_words(c.current_title || ' ' || c.current_company)), 'B')
    || setweight(to_tsvector('simple', candidate_search_words(c.skills)), 'C')
    || setweight(to_tsvector('simple', candidate_search_words(
         (SELECT string_agg(t.name, ' ') FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.candidate_id = c.id))), 'C')
    || setweight(to_tsvector('simple', candidate_search_words(
         (SELECT string_agg(n.body, ' ') FROM notes n WHERE n.candidate_id = c.id))), 'D')
    || coalesce((SELECT array_to_tsvector(array_agg(DISTINCT token)) FROM (
         SELECT 'opening' || a.opening_id AS token FROM applications a WHERE a.candidate_id = c.id
         UNION SELECT 'opening' || a.opening_id || 'active' FROM applications a WHERE a.candidate_id = c.id AND a.status = 'active') scope),
       ''::tsvector) AS document
FROM candidates c;

DELETE FROM candidate_search;
INSERT INTO candidate_search (candidate_id, document) SELECT candidate_id, document FROM candidate_search_source;

DROP TRIGGER candidate_search_candidate ON candidates;
CREATE TRIGGER candidate_search_candidate_insert AFTER INSERT ON candidates
  FOR EACH ROW EXECUTE FUNCTION candidate_search_on_candidate();
CREATE TRIGGER candidate_search_candidate
  AFTER UPDATE OF name, email, current_title, current_company, skills ON candidates
  FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.email IS DISTINCT FROM NEW.email
        OR OLD.current_title IS DISTINCT FROM NEW.current_title OR OLD.current_company IS DISTINCT FROM NEW.current_company
        OR OLD.skills IS DISTINCT FROM NEW.skills)
  EXECUTE FUNCTION candidate_search_on_candidate();

CREATE TRIGGER candidate_search_applications AFTER INSERT OR DELETE ON applications
  FOR EACH ROW EXECUTE FUNCTION candidate_search_on_child();
CREATE TRIGGER candidate_search_application_update AFTER UPDATE OF status, opening_id, candidate_id ON applications
  FOR EACH ROW
  WHEN ((OLD.status = 'active') IS DISTINCT FROM (NEW.status = 'active') OR OLD.opening_id IS DISTINCT FROM NEW.opening_id
        OR OLD.candidate_id IS DISTINCT FROM NEW.candidate_id)
  EXECUTE FUNCTION candidate_search_on_child();
