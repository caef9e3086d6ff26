-- Schema v7: each opening's interview plan. For each interview stage, the
-- interviews it holds; per interviewer slot, the competencies and
-- requirements assessed and the questions (the interview kit).
CREATE TABLE plan_interviews (
  id               {{ID}},
  opening_id       BIGINT NOT NULL REFERENCES openings(id) ON DELETE CASCADE,
  stage_id         BIGINT NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
  position         INTEGER NOT NULL,
  title            TEXT NOT NULL CHECK (length(title) > 0),
  duration_minutes INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes > 0),
  UNIQUE (opening_id, position)
);

CREATE TABLE plan_slots (
  id                {{ID}},
  plan_interview_id BIGINT NOT NULL REFERENCES plan_interviews(id) ON DELETE CASCADE,
  position          INTEGER NOT NULL,
  role              TEXT NOT NULL DEFAULT '',
  questions         TEXT NOT NULL DEFAULT '',
  UNIQUE (plan_interview_id, position)
);

CREATE TABLE plan_slot_competencies (
  slot_id       BIGINT NOT NULL REFERENCES plan_slots(id) ON DELETE CASCADE,
  competency_id BIGINT NOT NULL REFERENCES competencies(id) ON DELETE CASCADE,
  PRIMARY KEY (slot_id, competency_id)
);

CREATE TABLE plan_slot_requirements (
  slot_id        BIGINT NOT NULL REFERENCES plan_slots(id) ON DELETE CASCADE,
  requirement_id BIGINT NOT NULL REFERENCES requirements(id) ON DELETE CASCADE,
  PRIMARY KEY (slot_id, requirement_id)
);
