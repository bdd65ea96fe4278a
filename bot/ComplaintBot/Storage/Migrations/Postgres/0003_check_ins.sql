-- Satisfaction check-ins after a resolution (ICheckInStore): one row per resolution, sent once through the complaint's
-- conversation. A dispatcher claims a due row by setting lease_owner/lease_until; lease_until also holds the time of
-- the next attempt after a transient failure.
CREATE TABLE check_ins (
    id                  text PRIMARY KEY,
    complaint_reference text NOT NULL,
    conversation_key    text NOT NULL,
    status              text NOT NULL,
    due_at              timestamptz NOT NULL,
    window_ends_at      timestamptz NOT NULL,
    lease_owner         text,
    lease_until         timestamptz,
    attempts            integer NOT NULL,
    last_failure        text,
    sent_at             timestamptz,
    answered_at         timestamptz,
    solved              boolean,
    created_at          timestamptz NOT NULL
);

CREATE INDEX ix_check_ins_due ON check_ins (status, due_at);
CREATE INDEX ix_check_ins_conversation ON check_ins (conversation_key, status, sent_at DESC);
