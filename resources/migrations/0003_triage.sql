-- Schema v3: requirement-match scores, user synonyms, saved views.
-- The full-text search index is backend-specific (0003_triage.<backend>.sql).

-- Kept current by the match repository whenever a candidate, an opening's
-- requirements or the synonym list change; NULL while the opening has no
-- requirements.
ALTER TABLE applications ADD COLUMN match_score INTEGER CHECK (match_score BETWEEN 0 AND 100);
ALTER TABLE applications ADD COLUMN missing_must_haves INTEGER NOT NULL DEFAULT 0 CHECK (missing_must_haves >= 0);
-- Existing applications are scored by the application on its next writable open.
INSERT INTO meta (key, value) VALUES ('match_scores_stale', '1');
CREATE INDEX applications_opening_match ON applications(opening_id, match_score, id);
CREATE INDEX applications_opening_active_match ON applications(opening_id, status, match_score, id);

-- The user's additions to the built-in synonym list (normalized spellings).
CREATE TABLE skill_synonyms (
  alias      TEXT PRIMARY KEY CHECK (length(alias) > 0),
  canonical  TEXT NOT NULL CHECK (length(canonical) > 0),
  created_at BIGINT NOT NULL
);

-- A named filter + search + sort + columns. definition is JSON; opening_id
-- NULL means the view applies to whichever opening is open.
CREATE TABLE saved_views (
  id         {{ID}},
  name       TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  opening_id BIGINT REFERENCES openings(id) ON DELETE CASCADE,
  definition TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE INDEX interview_panel_person ON interview_panel(person_id);
CREATE INDEX applications_candidate ON applications(candidate_id);
