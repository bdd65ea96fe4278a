-- Turn state (IStorage): one JSON document per key, replaced whole; the etag changes on every write.
-- json, not jsonb: the document must come back byte for byte, so that a turn that changed nothing is seen as unchanged.
CREATE TABLE bot_state (
    key        text PRIMARY KEY,
    json       json NOT NULL,
    etag       text NOT NULL,
    updated_at timestamptz NOT NULL
);

-- Complaints (IComplaintStore): the whole record in document; the columns are copies for filtering and sorting.
CREATE TABLE complaints (
    reference  text PRIMARY KEY,
    channel_id text NOT NULL,
    user_id    text NOT NULL,
    status     text NOT NULL,
    category   text NOT NULL,
    priority   text NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version    integer NOT NULL,
    document   jsonb NOT NULL
);

CREATE INDEX ix_complaints_created_at ON complaints (created_at DESC, reference DESC);
CREATE INDEX ix_complaints_status ON complaints (status, created_at DESC);
CREATE INDEX ix_complaints_category ON complaints (category, created_at DESC);
CREATE INDEX ix_complaints_customer ON complaints (channel_id, user_id, created_at DESC);
