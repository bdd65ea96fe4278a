-- Satisfaction check-ins after a resolution (ICheckInStore): one row per resolution, sent once through the complaint's
-- conversation. A dispatcher claims a due row by setting lease_owner/lease_until; lease_until also holds the time of
-- the next attempt after a transient failure. Timestamps as in 0001 (UTC ISO-8601 text).
CREATE TABLE check_ins (
    id                  TEXT NOT NULL PRIMARY KEY,
    complaint_reference TEXT NOT NULL,
    conversation_key    TEXT NOT NULL,
    status              TEXT NOT NULL,
    due_at              TEXT NOT NULL,
    window_ends_at      TEXT NOT NULL,
    lease_owner         TEXT,
    lease_until         TEXT,
    attempts            INTEGER NOT NULL,
    last_failure        TEXT,
    sent_at             TEXT,
    answered_at         TEXT,
    solved              INTEGER,
    created_at          TEXT NOT NULL
) STRICT;

CREATE INDEX ix_check_ins_due ON check_ins (status, due_at);
CREATE INDEX ix_check_ins_conversation ON check_ins (conversation_key, status, sent_at DESC);
