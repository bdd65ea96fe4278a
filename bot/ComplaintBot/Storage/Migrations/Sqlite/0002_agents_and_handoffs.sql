-- The agents' handoff queue (IHandoffStore): the whole ticket in document; the columns are copies for finding and
-- ordering. At most one waiting or accepted handoff per conversation (the partial unique index).
CREATE TABLE handoffs (
    id                  TEXT NOT NULL PRIMARY KEY,
    complaint_reference TEXT NOT NULL,
    conversation_key    TEXT NOT NULL,
    status              TEXT NOT NULL,
    agent_id            TEXT,
    priority            INTEGER NOT NULL,
    language            TEXT NOT NULL,
    requested_at        TEXT NOT NULL,
    accepted_at         TEXT,
    version             INTEGER NOT NULL,
    document            TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX ux_handoffs_active_conversation ON handoffs (conversation_key) WHERE status IN ('Waiting', 'Accepted');
CREATE INDEX ix_handoffs_queue ON handoffs (status, priority DESC, requested_at);

-- Agent accounts (IAgentAccountStore): name_key is the name in lower case, unique; the password only as its hash.
CREATE TABLE agents (
    id            TEXT NOT NULL PRIMARY KEY,
    name          TEXT NOT NULL,
    name_key      TEXT NOT NULL UNIQUE,
    languages     TEXT NOT NULL,
    skills        TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL
) STRICT;
