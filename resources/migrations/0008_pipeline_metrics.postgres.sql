-- Keep the metric summaries of 0008 current. Per application (a handful of
-- stage events each), so moves and their undo stay cheap.
CREATE FUNCTION stage_events_metrics_refresh(aid BIGINT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended') THEN
    RETURN;
  END IF;
  UPDATE stage_events e SET left_at = n.next_at, stay_hours = (n.next_at - e.at) / 3600
  FROM (SELECT id, LEAD(at) OVER (ORDER BY at, id) AS next_at FROM stage_events WHERE application_id = aid) n
  WHERE n.id = e.id AND e.left_at IS DISTINCT FROM n.next_at;
  UPDATE applications SET
    furthest_stage_id = (SELECT s.id FROM stage_events e JOIN stages s ON s.id = e.to_stage_id
                         WHERE e.application_id = aid AND s.category NOT IN ('rejected', 'withdrawn')
                         ORDER BY s.position DESC LIMIT 1),
    exited_from_stage_id = (SELECT CASE WHEN s.category IN ('rejected', 'withdrawn') THEN e.from_stage_id END
                            FROM stage_events e JOIN stages s ON s.id = e.to_stage_id
                            WHERE e.application_id = aid ORDER BY e.at DESC, e.id DESC LIMIT 1)
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

CREATE FUNCTION applications_metrics_on_candidate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended') THEN
    RETURN NULL;
  END IF;
  UPDATE applications a SET candidate_source = c.source, candidate_referrer = c.referrer
  FROM candidates c WHERE c.id = a.candidate_id AND a.id = NEW.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER applications_metrics_candidate AFTER INSERT OR UPDATE OF candidate_id ON applications
  FOR EACH ROW EXECUTE FUNCTION applications_metrics_on_candidate();

CREATE FUNCTION candidates_metrics_on_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended') THEN
    RETURN NULL;
  END IF;
  UPDATE applications SET candidate_source = NEW.source, candidate_referrer = NEW.referrer WHERE candidate_id = NEW.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER candidates_metrics_source AFTER UPDATE OF source, referrer ON candidates
  FOR EACH ROW WHEN (OLD.source IS DISTINCT FROM NEW.source OR OLD.referrer IS DISTINCT FROM NEW.referrer)
  EXECUTE FUNCTION candidates_metrics_on_source();
