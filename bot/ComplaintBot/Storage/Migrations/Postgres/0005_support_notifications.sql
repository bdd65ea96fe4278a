-- The support teams' outbox (ISupportOutbox): one row per notification (a negative check-in result, a daily digest)
-- and target (TeamsChannel, Webhook). The primary key makes each notification durable and once-only per target; a
-- dispatcher claims a pending row by setting lease_owner/lease_until, and lease_until also holds the time of the next
-- attempt after a failure. payload is the notification's JSON exactly as the webhook receives it (customer comments
-- included: never logged); text, not jsonb, so the signed bytes are the stored bytes.
CREATE TABLE support_notifications (
    notification_id text NOT NULL,
    target          text NOT NULL,
    kind            text NOT NULL,
    payload         text NOT NULL,
    status          text NOT NULL,
    attempts        integer NOT NULL,
    lease_owner     text,
    lease_until     timestamptz,
    last_failure    text,
    created_at      timestamptz NOT NULL,
    completed_at    timestamptz,
    PRIMARY KEY (notification_id, target)
);

CREATE INDEX ix_support_notifications_pending ON support_notifications (status, lease_until);
