-- The check-in survey (ICheckInStore): what the support team's results need without reading the complaint (its
-- category, language and resolving agent at resolution time), both answer parts and the optional comment, the one
-- reminder and the end of the answer window. A reminder is claimed with the same lease columns as the first send.
ALTER TABLE check_ins ADD COLUMN resolved_at TEXT;
ALTER TABLE check_ins ADD COLUMN category TEXT;
ALTER TABLE check_ins ADD COLUMN language TEXT;
ALTER TABLE check_ins ADD COLUMN agent_name TEXT;
ALTER TABLE check_ins ADD COLUMN rating INTEGER;
ALTER TABLE check_ins ADD COLUMN comment TEXT;
ALTER TABLE check_ins ADD COLUMN comment_asked_at TEXT;
ALTER TABLE check_ins ADD COLUMN reminder_due_at TEXT;
ALTER TABLE check_ins ADD COLUMN reminded_at TEXT;
ALTER TABLE check_ins ADD COLUMN answer_ends_at TEXT;

UPDATE check_ins SET
    resolved_at = created_at,
    category = COALESCE((SELECT c.category FROM complaints c WHERE c.reference = check_ins.complaint_reference), 'Other'),
    language = COALESCE((SELECT json_extract(c.document, '$.language') FROM complaints c WHERE c.reference = check_ins.complaint_reference), 'en');

CREATE INDEX ix_check_ins_resolved ON check_ins (resolved_at, id);
CREATE INDEX ix_check_ins_awaiting ON check_ins (status, reminder_due_at);

-- The customer's time zone per conversation (IANA or Windows id, as the channel reported it), for quiet hours.
CREATE TABLE conversation_time_zones (
    conversation_key TEXT NOT NULL PRIMARY KEY,
    time_zone        TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;
