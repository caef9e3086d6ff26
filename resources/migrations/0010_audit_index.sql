-- Schema v10: indexes for the audit log viewer, which pages a log of millions
-- of entries newest first, by person, by action and by item, and lists the
-- people, actions and item types present with one index seek per value.
-- Erasure and subject access find an item's entries through the last one.
CREATE INDEX audit_log_at ON audit_log(at, id);
CREATE INDEX audit_log_actor ON audit_log(actor, at);
CREATE INDEX audit_log_action ON audit_log(action, at);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, at);
