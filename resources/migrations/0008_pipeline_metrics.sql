-- Schema v8: what pipeline metrics aggregate without replaying every stage
-- event of an opening.
-- applications.furthest_stage_id: the furthest pipeline stage (by position,
-- exits excluded) the application ever entered; Reached(stage) counts these.
-- stage_events.left_at: when the application left the stage this event put
-- it in (the next event's time), NULL while it is still there; time in stage
-- reads one row per visit. Triggers (backend parts) keep both current; bulk
-- loads pause them with the search key and fill both themselves.
ALTER TABLE applications ADD COLUMN furthest_stage_id BIGINT REFERENCES stages(id);
ALTER TABLE stage_events ADD COLUMN left_at BIGINT;

UPDATE stage_events SET left_at = n.next_at
FROM (SELECT id, LEAD(at) OVER (PARTITION BY application_id ORDER BY at, id) AS next_at FROM stage_events) n
WHERE n.id = stage_events.id AND n.next_at IS NOT NULL;

UPDATE applications SET furthest_stage_id = f.stage_id
FROM (SELECT application_id, stage_id FROM (
        SELECT e.application_id, s.id AS stage_id,
               ROW_NUMBER() OVER (PARTITION BY e.application_id ORDER BY s.position DESC) AS rank
        FROM stage_events e JOIN stages s ON s.id = e.to_stage_id
        WHERE s.category NOT IN ('rejected', 'withdrawn')) ranked
      WHERE rank = 1) f
WHERE f.application_id = applications.id;

-- Cohort funnels and source tables read applications of an opening by date.
CREATE INDEX applications_opening_applied_furthest ON applications(opening_id, applied_at, furthest_stage_id, status);
-- Visits per stage, in time order: time in stage, activity, hires, exits.
CREATE INDEX stage_events_to_stage ON stage_events(to_stage_id, at);
