-- Turn state (IStorage): one JSON document per key, replaced whole; the etag changes on every write.
CREATE TABLE bot_state (
    key        TEXT NOT NULL PRIMARY KEY,
    json       TEXT NOT NULL,
    etag       TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

-- Complaints (IComplaintStore): the whole record in document; the columns are copies for filtering and sorting.
-- Timestamps are UTC in ISO-8601 with seven fractional digits, so they sort as text.
CREATE TABLE complaints (
    reference  TEXT NOT NULL PRIMARY KEY,
    channel_id TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    status     TEXT NOT NULL,
    category   TEXT NOT NULL,
    priority   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    INTEGER NOT NULL,
    document   TEXT NOT NULL
) STRICT;

CREATE INDEX ix_complaints_created_at ON complaints (created_at DESC, reference DESC);
CREATE INDEX ix_complaints_status ON complaints (status, created_at DESC);
CREATE INDEX ix_complaints_category ON complaints (category, created_at DESC);
CREATE INDEX ix_complaints_customer ON complaints (channel_id, user_id, created_at DESC);
