-- Schema v6: debrief decisions. Each keeps the formula score and advice it was
-- taken against and the competency weights used, so changing an opening's
-- weights later never rewrites a past debrief; a decision against the advice
-- is an override and needs its rationale.
CREATE TABLE decisions (
  id             {{ID}},
  application_id BIGINT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
  decided_at     BIGINT NOT NULL,
  actor          TEXT NOT NULL DEFAULT '',
  decision       TEXT NOT NULL CHECK (decision IN ('advance', 'reject', 'hire')),
  rationale      TEXT NOT NULL DEFAULT '',
  formula_score  DOUBLE PRECISION,
  formula_advice TEXT CHECK (formula_advice IN ('strong_no', 'no', 'yes', 'strong_yes')),
  weights        TEXT NOT NULL DEFAULT '',
  override       INTEGER NOT NULL DEFAULT 0 CHECK (override IN (0, 1))
);
CREATE INDEX decisions_application ON decisions(application_id, decided_at);
