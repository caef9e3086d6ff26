-- Shortlist schema v1: the whole hiring domain.
-- Portable SQL: {{ID}} is the backend's auto-increment primary key, {{BLOB}} its
-- binary type. Timestamps are UTC seconds since the epoch (BIGINT); calendar
-- dates are ISO 'YYYY-MM-DD' text; booleans are 0/1 integers.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE people (
  id         {{ID}},
  name       TEXT NOT NULL CHECK (length(name) > 0),
  email      TEXT NOT NULL DEFAULT '',
  role       TEXT NOT NULL CHECK (role IN ('hiring_manager', 'recruiter', 'interviewer', 'coordinator')),
  title      TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);

CREATE TABLE openings (
  id                {{ID}},
  title             TEXT NOT NULL CHECK (length(title) > 0),
  team              TEXT NOT NULL DEFAULT '',
  location          TEXT NOT NULL DEFAULT '',
  headcount         INTEGER NOT NULL CHECK (headcount >= 1),
  hiring_manager_id BIGINT REFERENCES people(id) ON DELETE SET NULL,
  status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'on_hold', 'filled', 'closed')),
  created_on        TEXT NOT NULL,
  target_on         TEXT,
  description       TEXT NOT NULL DEFAULT '',
  template_key      TEXT NOT NULL DEFAULT '',
  version           INTEGER NOT NULL DEFAULT 1,
  created_at        BIGINT NOT NULL,
  updated_at        BIGINT NOT NULL
);

-- The opening's four-level rating scale (level names; each competency describes
-- the behaviour at each level in competency_levels).
CREATE TABLE rating_levels (
  opening_id BIGINT NOT NULL REFERENCES openings(id) ON DELETE CASCADE,
  level      INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
  name       TEXT NOT NULL,
  PRIMARY KEY (opening_id, level)
);

CREATE TABLE stages (
  id         {{ID}},
  opening_id BIGINT NOT NULL REFERENCES openings(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  name       TEXT NOT NULL CHECK (length(name) > 0),
  category   TEXT NOT NULL CHECK (category IN ('applied', 'screen', 'interview', 'offer', 'hired', 'rejected', 'withdrawn')),
  stall_days INTEGER NOT NULL DEFAULT 0 CHECK (stall_days >= 0),
  UNIQUE (opening_id, position),
  UNIQUE (opening_id, name)
);

CREATE TABLE requirements (
  id         {{ID}},
  opening_id BIGINT NOT NULL REFERENCES openings(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  skill      TEXT NOT NULL CHECK (length(skill) > 0),
  detail     TEXT NOT NULL DEFAULT '',
  weight     INTEGER NOT NULL DEFAULT 1 CHECK (weight BETWEEN 1 AND 10),
  must_have  INTEGER NOT NULL DEFAULT 0 CHECK (must_have IN (0, 1)),
  min_years  INTEGER NOT NULL DEFAULT 0 CHECK (min_years >= 0),
  keywords   TEXT NOT NULL DEFAULT '',
  UNIQUE (opening_id, position)
);

CREATE TABLE competencies (
  id          {{ID}},
  opening_id  BIGINT NOT NULL REFERENCES openings(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  name        TEXT NOT NULL CHECK (length(name) > 0),
  description TEXT NOT NULL DEFAULT '',
  weight      DOUBLE PRECISION NOT NULL DEFAULT 1 CHECK (weight > 0),
  UNIQUE (opening_id, position)
);

CREATE TABLE competency_levels (
  competency_id BIGINT NOT NULL REFERENCES competencies(id) ON DELETE CASCADE,
  level         INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
  description   TEXT NOT NULL,
  PRIMARY KEY (competency_id, level)
);

CREATE TABLE candidates (
  id               {{ID}},
  name             TEXT NOT NULL CHECK (length(name) > 0),
  sort_name        TEXT NOT NULL,
  email            TEXT NOT NULL DEFAULT '',
  phone            TEXT NOT NULL DEFAULT '',
  location         TEXT NOT NULL DEFAULT '',
  current_title    TEXT NOT NULL DEFAULT '',
  current_company  TEXT NOT NULL DEFAULT '',
  years_experience INTEGER CHECK (years_experience BETWEEN 0 AND 60),
  skills           TEXT NOT NULL DEFAULT '',
  source           TEXT NOT NULL DEFAULT '',
  referrer         TEXT NOT NULL DEFAULT '',
  links            TEXT NOT NULL DEFAULT '',
  consent_on       TEXT,
  consent_basis    TEXT NOT NULL DEFAULT '',
  retain_until     TEXT,
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       BIGINT NOT NULL,
  updated_at       BIGINT NOT NULL
);
CREATE INDEX candidates_email ON candidates(email);

CREATE TABLE tags (
  id   {{ID}},
  name TEXT NOT NULL UNIQUE CHECK (length(name) > 0)
);

CREATE TABLE candidate_tags (
  candidate_id BIGINT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
  tag_id       BIGINT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (candidate_id, tag_id)
);
CREATE INDEX candidate_tags_tag ON candidate_tags(tag_id);

CREATE TABLE applications (
  id               {{ID}},
  candidate_id     BIGINT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
  opening_id       BIGINT NOT NULL REFERENCES openings(id) ON DELETE CASCADE,
  stage_id         BIGINT NOT NULL REFERENCES stages(id),
  status           TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'rejected', 'withdrawn', 'hired')),
  rejection_reason TEXT NOT NULL DEFAULT '',
  applied_at       BIGINT NOT NULL,
  stage_entered_at BIGINT NOT NULL,
  version          INTEGER NOT NULL DEFAULT 1,
  updated_at       BIGINT NOT NULL,
  UNIQUE (candidate_id, opening_id)
);

CREATE TABLE stage_events (
  id             {{ID}},
  application_id BIGINT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
  at             BIGINT NOT NULL,
  from_stage_id  BIGINT REFERENCES stages(id),
  to_stage_id    BIGINT NOT NULL REFERENCES stages(id),
  actor          TEXT NOT NULL DEFAULT '',
  reason         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX stage_events_application ON stage_events(application_id, at);

CREATE TABLE notes (
  id             {{ID}},
  candidate_id   BIGINT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
  application_id BIGINT REFERENCES applications(id) ON DELETE CASCADE,
  author         TEXT NOT NULL DEFAULT '',
  created_at     BIGINT NOT NULL,
  body           TEXT NOT NULL
);
CREATE INDEX notes_candidate ON notes(candidate_id, created_at);

CREATE TABLE interviews (
  id               {{ID}},
  application_id   BIGINT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
  stage_id         BIGINT NOT NULL REFERENCES stages(id),
  title            TEXT NOT NULL DEFAULT '',
  starts_at        BIGINT NOT NULL,
  duration_minutes INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes > 0),
  time_zone        TEXT NOT NULL DEFAULT 'UTC',
  location         TEXT NOT NULL DEFAULT '',
  status           TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'completed', 'cancelled')),
  sequence         INTEGER NOT NULL DEFAULT 0,
  uid              TEXT NOT NULL UNIQUE,
  created_at       BIGINT NOT NULL
);
CREATE INDEX interviews_application ON interviews(application_id);
CREATE INDEX interviews_starts ON interviews(starts_at);

CREATE TABLE interview_panel (
  interview_id BIGINT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  person_id    BIGINT NOT NULL REFERENCES people(id),
  PRIMARY KEY (interview_id, person_id)
);

-- Focus competencies of each panelist (the interview kit).
CREATE TABLE panel_focus (
  interview_id  BIGINT NOT NULL,
  person_id     BIGINT NOT NULL,
  competency_id BIGINT NOT NULL REFERENCES competencies(id) ON DELETE CASCADE,
  PRIMARY KEY (interview_id, person_id, competency_id),
  FOREIGN KEY (interview_id, person_id) REFERENCES interview_panel(interview_id, person_id) ON DELETE CASCADE
);

CREATE TABLE scorecards (
  id           {{ID}},
  interview_id BIGINT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  person_id    BIGINT NOT NULL REFERENCES people(id),
  revision     INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
  overall      TEXT CHECK (overall IN ('strong_no', 'no', 'yes', 'strong_yes')),
  summary      TEXT NOT NULL DEFAULT '',
  amend_reason TEXT NOT NULL DEFAULT '',
  submitted_at BIGINT,
  updated_at   BIGINT NOT NULL,
  UNIQUE (interview_id, person_id, revision)
);
CREATE INDEX scorecards_person ON scorecards(person_id);

CREATE TABLE scorecard_ratings (
  scorecard_id  BIGINT NOT NULL REFERENCES scorecards(id) ON DELETE CASCADE,
  competency_id BIGINT NOT NULL REFERENCES competencies(id) ON DELETE CASCADE,
  rating        INTEGER CHECK (rating BETWEEN 1 AND 4),
  not_assessed  INTEGER NOT NULL DEFAULT 0 CHECK (not_assessed IN (0, 1)),
  evidence      TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (scorecard_id, competency_id),
  CHECK (NOT (not_assessed = 1 AND rating IS NOT NULL))
);

CREATE TABLE attachments (
  id           {{ID}},
  candidate_id BIGINT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
  file_name    TEXT NOT NULL,
  mime_type    TEXT NOT NULL DEFAULT 'application/octet-stream',
  size_bytes   BIGINT NOT NULL,
  content      {{BLOB}} NOT NULL,
  added_at     BIGINT NOT NULL
);
CREATE INDEX attachments_candidate ON attachments(candidate_id);

-- Append-only: the backend-specific step adds triggers that refuse UPDATE and DELETE.
CREATE TABLE audit_log (
  id        {{ID}},
  at        BIGINT NOT NULL,
  actor     TEXT NOT NULL DEFAULT '',
  action    TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id BIGINT,
  detail    TEXT NOT NULL DEFAULT ''
);
