-- Keep furthest_stage_id and left_at current as stage events come and go
-- (moves, undo of moves). Per application, so a handful of rows each time.
CREATE FUNCTION stage_events_metrics_refresh(aid BIGINT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended') THEN
    RETURN;
  END IF;
  UPDATE stage_events e SET left_at = n.next_at
  FROM (SELECT id, LEAD(at) OVER (ORDER BY at, id) AS next_at FROM stage_events WHERE application_id = aid) n
  WHERE n.id = e.id AND e.left_at IS DISTINCT FROM n.next_at;
  UPDATE applications SET furthest_stage_id = (
      SELECT s.id FROM stage_events e JOIN stages s ON s.id = e.to_stage_id
      WHERE e.application_id = aid AND s.category NOT IN ('rejected', 'withdrawn')
      ORDER BY s.position DESC LIMIT 1)
    WHERE id = aid;
END;
$$;

CREATE FUNCTION stage_events_metrics_on_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM stage_events_metrics_refresh(OLD.application_id);
  ELSE
    PERFORM stage_events_metrics_refresh(NEW.application_id);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER stage_events_metrics AFTER INSERT OR DELETE ON stage_events
  FOR EACH ROW EXECUTE FUNCTION stage_events_metrics_on_event();
