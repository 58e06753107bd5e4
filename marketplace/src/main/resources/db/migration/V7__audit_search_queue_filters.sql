-- Staff search the audit log by who acted and by action, newest first.
CREATE INDEX audit_entry_actor ON audit_entry (actor_id, id);
CREATE INDEX audit_entry_action ON audit_entry (action, id);

-- The curation queue narrows a status to one verdict, best score first.
CREATE INDEX partner_match_queue_verdict ON partner_match (status, verdict, score);
