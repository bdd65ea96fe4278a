-- The agents' handoff queue (IHandoffStore): the whole ticket in document; the columns are copies for finding and
-- ordering. At most one waiting or accepted handoff per conversation (the partial unique index).
CREATE TABLE handoffs (
    id                  text PRIMARY KEY,
    complaint_reference text NOT NULL,
    conversation_key    text NOT NULL,
    status              text NOT NULL,
    agent_id            text,
    priority            integer NOT NULL,
    language            text NOT NULL,
    requested_at        timestamptz NOT NULL,
    accepted_at         timestamptz,
    version             integer NOT NULL,
    document            jsonb NOT NULL
);

CREATE UNIQUE INDEX ux_handoffs_active_conversation ON handoffs (conversation_key) WHERE status IN ('Waiting', 'Accepted');
CREATE INDEX ix_handoffs_queue ON handoffs (status, priority DESC, requested_at);

-- Agent accounts (IAgentAccountStore): name_key is the name in lower case, unique; the password only as its hash.
CREATE TABLE agents (
    id            text PRIMARY KEY,
    name          text NOT NULL,
    name_key      text NOT NULL UNIQUE,
    languages     text NOT NULL,
    skills        text NOT NULL,
    password_hash text NOT NULL,
    created_at    timestamptz NOT NULL
);
