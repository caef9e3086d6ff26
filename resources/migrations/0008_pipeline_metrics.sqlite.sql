-- Keep the metric summaries of 0008 current. A move appends the newest event
-- of an application and an undo removes it: both touch a row or two through
-- the (application_id, at) index. An event inserted or deleted anywhere else
-- recomputes the application's summaries from its few events.

CREATE TRIGGER stage_events_metrics_append AFTER INSERT ON stage_events
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
  AND NOT EXISTS (SELECT 1 FROM stage_events n WHERE n.application_id = NEW.application_id
                  AND (n.at > NEW.at OR (n.at = NEW.at AND n.id > NEW.id)))
BEGIN
  -- The stay this event ends.
  UPDATE stage_events SET left_at = NEW.at, stay_hours = (NEW.at - at) / 3600
  WHERE application_id = NEW.application_id AND left_at IS NULL AND id <> NEW.id;
  UPDATE applications SET
    furthest_stage_id = CASE
      WHEN (SELECT category FROM stages WHERE id = NEW.to_stage_id) IN ('rejected', 'withdrawn') THEN furthest_stage_id
      WHEN furthest_stage_id IS NULL
        OR (SELECT position FROM stages WHERE id = NEW.to_stage_id) > (SELECT position FROM stages WHERE id = furthest_stage_id)
        THEN NEW.to_stage_id
      ELSE furthest_stage_id END,
    exited_from_stage_id = CASE WHEN (SELECT category FROM stages WHERE id = NEW.to_stage_id) IN ('rejected', 'withdrawn')
                                THEN NEW.from_stage_id END
  WHERE id = NEW.application_id;
END;

CREATE TRIGGER stage_events_metrics_insert AFTER INSERT ON stage_events
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
  AND EXISTS (SELECT 1 FROM stage_events n WHERE n.application_id = NEW.application_id
              AND (n.at > NEW.at OR (n.at = NEW.at AND n.id > NEW.id)))
BEGIN
  UPDATE stage_events SET left_at = n.next_at, stay_hours = (n.next_at - stage_events.at) / 3600
  FROM (SELECT id, LEAD(at) OVER (ORDER BY at, id) AS next_at FROM stage_events WHERE application_id = NEW.application_id) n
  WHERE n.id = stage_events.id AND stage_events.left_at IS NOT n.next_at;
  UPDATE applications SET
    furthest_stage_id = (SELECT s.id FROM stage_events e JOIN stages s ON s.id = e.to_stage_id
                         WHERE e.application_id = NEW.application_id AND s.category NOT IN ('rejected', 'withdrawn')
                         ORDER BY s.position DESC LIMIT 1),
    exited_from_stage_id = (SELECT CASE WHEN s.category IN ('rejected', 'withdrawn') THEN e.from_stage_id END
                            FROM stage_events e JOIN stages s ON s.id = e.to_stage_id
                            WHERE e.application_id = NEW.application_id ORDER BY e.at DESC, e.id DESC LIMIT 1)
  WHERE id = NEW.application_id;
END;

CREATE TRIGGER stage_events_metrics_delete AFTER DELETE ON stage_events
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  -- The stay the deleted event ended is open again, or ends at the event after it.
  UPDATE stage_events SET left_at = (SELECT min(n.at) FROM stage_events n WHERE n.application_id = OLD.application_id
                                     AND (n.at > OLD.at OR (n.at = OLD.at AND n.id > OLD.id)))
  WHERE application_id = OLD.application_id AND left_at = OLD.at;
  UPDATE stage_events SET stay_hours = (left_at - at) / 3600
  WHERE application_id = OLD.application_id AND stay_hours IS NOT (left_at - at) / 3600;
  UPDATE applications SET
    furthest_stage_id = CASE WHEN furthest_stage_id IS NOT OLD.to_stage_id THEN furthest_stage_id
      ELSE (SELECT s.id FROM stage_events e JOIN stages s ON s.id = e.to_stage_id
            WHERE e.application_id = OLD.application_id AND s.category NOT IN ('rejected', 'withdrawn')
            ORDER BY s.position DESC LIMIT 1) END,
    exited_from_stage_id = (SELECT CASE WHEN s.category IN ('rejected', 'withdrawn') THEN e.from_stage_id END
                            FROM stage_events e JOIN stages s ON s.id = e.to_stage_id
                            WHERE e.application_id = OLD.application_id ORDER BY e.at DESC, e.id DESC LIMIT 1)
  WHERE id = OLD.application_id;
END;

CREATE TRIGGER applications_metrics_candidate AFTER INSERT ON applications
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  UPDATE applications SET candidate_source = (SELECT source FROM candidates WHERE id = NEW.candidate_id),
                          candidate_referrer = (SELECT referrer FROM candidates WHERE id = NEW.candidate_id)
  WHERE id = NEW.id;
END;

CREATE TRIGGER applications_metrics_candidate_moved AFTER UPDATE OF candidate_id ON applications
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
BEGIN
  UPDATE applications SET candidate_source = (SELECT source FROM candidates WHERE id = NEW.candidate_id),
                          candidate_referrer = (SELECT referrer FROM candidates WHERE id = NEW.candidate_id)
  WHERE id = NEW.id;
END;

CREATE TRIGGER candidates_metrics_source AFTER UPDATE OF source, referrer ON candidates
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'search_index_suspended')
  AND (OLD.source IS NOT NEW.source OR OLD.referrer IS NOT NEW.referrer)
BEGIN
  UPDATE applications SET candidate_source = NEW.source, candidate_referrer = NEW.referrer WHERE candidate_id = NEW.id;
END;
