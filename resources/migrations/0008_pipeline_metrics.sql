-- Schema v8: what pipeline metrics aggregate, kept next to the rows they
-- describe so that each metric is one scan of a covering index instead of a
-- replay of every stage event or a join per application.
-- applications.furthest_stage_id: the furthest pipeline stage (by position,
--   exits excluded) the application ever entered; Reached(stage) counts these.
-- applications.exited_from_stage_id: for a rejected or withdrawn application,
--   the stage it left.
-- applications.candidate_source, candidate_referrer: the candidate's, mirrored
--   so source tables never join a million candidates.
-- stage_events.left_at: when the application left the stage this event put it
--   in (the next event's time), NULL while it is still there; stay_hours: the
--   whole hours it stayed, for time-in-stage histograms read in index order.
-- Triggers (backend parts) keep all of them current; bulk loads pause them
-- with the search key and fill them themselves.
ALTER TABLE applications ADD COLUMN furthest_stage_id BIGINT REFERENCES stages(id);
ALTER TABLE applications ADD COLUMN exited_from_stage_id BIGINT REFERENCES stages(id);
ALTER TABLE applications ADD COLUMN candidate_source TEXT;
ALTER TABLE applications ADD COLUMN candidate_referrer TEXT;
ALTER TABLE stage_events ADD COLUMN left_at BIGINT;
ALTER TABLE stage_events ADD COLUMN stay_hours BIGINT;

UPDATE stage_events SET left_at = n.next_at, stay_hours = (n.next_at - stage_events.at) / 3600
FROM (SELECT id, LEAD(at) OVER (PARTITION BY application_id ORDER BY at, id) AS next_at FROM stage_events) n
WHERE n.id = stage_events.id AND n.next_at IS NOT NULL;

UPDATE applications SET furthest_stage_id = f.stage_id
FROM (SELECT application_id, stage_id FROM (
        SELECT e.application_id, s.id AS stage_id,
               ROW_NUMBER() OVER (PARTITION BY e.application_id ORDER BY s.position DESC) AS place
        FROM stage_events e JOIN stages s ON s.id = e.to_stage_id
        WHERE s.category NOT IN ('rejected', 'withdrawn')) ranked
      WHERE place = 1) f
WHERE f.application_id = applications.id;

UPDATE applications SET exited_from_stage_id = x.from_stage_id
FROM (SELECT application_id, from_stage_id FROM (
        SELECT e.application_id, e.from_stage_id, s.category,
               ROW_NUMBER() OVER (PARTITION BY e.application_id ORDER BY e.at DESC, e.id DESC) AS place
        FROM stage_events e JOIN stages s ON s.id = e.to_stage_id) latest
      WHERE place = 1 AND category IN ('rejected', 'withdrawn')) x
WHERE x.application_id = applications.id;

UPDATE applications SET candidate_source = c.source, candidate_referrer = c.referrer
FROM candidates c WHERE c.id = applications.candidate_id;

-- Funnels and weekly counts by application date; sources and referrers;
-- rejections and withdrawals by stage left, reason and date.
CREATE INDEX applications_opening_applied_furthest ON applications(opening_id, applied_at, furthest_stage_id, status);
CREATE INDEX applications_opening_source ON applications(opening_id, candidate_source, candidate_referrer, furthest_stage_id, status, applied_at);
CREATE INDEX applications_opening_exits ON applications(opening_id, status, exited_from_stage_id, rejection_reason, stage_entered_at);
-- Stage visits: time in stage in duration order, and entries per stage by date.
CREATE INDEX stage_events_visits ON stage_events(to_stage_id, stay_hours, at);
