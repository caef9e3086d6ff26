-- Keep furthest_stage_id and left_at current as stage events come and go
-- (moves, undo of moves). Per application, so a handful of rows each time.
CREATE TRIGGER stage_events_metrics_insert AFTER INSERT ON stage_events
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  UPDATE stage_events SET left_at = (
      SELECT min(n.at) FROM stage_events n WHERE n.application_id = stage_events.application_id
        AND (n.at > stage_events.at OR (n.at = stage_events.at AND n.id > stage_events.id)))
    WHERE application_id = NEW.application_id;
  UPDATE applications SET furthest_stage_id = (
      SELECT s.id FROM stage_events e JOIN stages s ON s.id = e.to_stage_id
      WHERE e.application_id = NEW.application_id AND s.category NOT IN ('rejected', 'withdrawn')
      ORDER BY s.position DESC LIMIT 1)
    WHERE id = NEW.application_id;
END;

CREATE TRIGGER stage_events_metrics_delete AFTER DELETE ON stage_events
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  UPDATE stage_events SET left_at = (
      SELECT min(n.at) FROM stage_events n WHERE n.application_id = stage_events.application_id
        AND (n.at > stage_events.at OR (n.at = stage_events.at AND n.id > stage_events.id)))
    WHERE application_id = OLD.application_id;
  UPDATE applications SET furthest_stage_id = (
      SELECT s.id FROM stage_events e JOIN stages s ON s.id = e.to_stage_id
      WHERE e.application_id = OLD.application_id AND s.category NOT IN ('rejected', 'withdrawn')
      ORDER BY s.position DESC LIMIT 1)
    WHERE id = OLD.application_id;
END;
