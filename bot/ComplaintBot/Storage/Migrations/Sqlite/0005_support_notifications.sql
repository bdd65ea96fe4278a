-- The support teams' outbox (ISupportOutbox): one row per notification (a negative check-in result, a daily digest)
-- and target (TeamsChannel, Webhook). The primary key makes each notification durable and once-only per target; a
-- dispatcher claims a pending row by setting lease_owner/lease_until, and lease_until also holds the time of the next
-- attempt after a failure. payload is the notification's JSON exactly as the webhook receives it (customer comments
-- included: never logged). Timestamps as in 0001 (UTC ISO-8601 text).
CREATE TABLE support_notifications (
    notification_id TEXT NOT NULL,
    target          TEXT NOT NULL,
    kind            TEXT NOT NULL,
    payload         TEXT NOT NULL,
    status          TEXT NOT NULL,
    attempts        INTEGER NOT NULL,
    lease_owner     TEXT,
    lease_until     TEXT,
    last_failure    TEXT,
    created_at      TEXT NOT NULL,
    completed_at    TEXT,
    PRIMARY KEY (notification_id, target)
) STRICT;

CREATE INDEX ix_support_notifications_pending ON support_notifications (status, lease_until);
