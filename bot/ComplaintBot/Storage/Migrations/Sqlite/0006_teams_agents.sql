-- Agents in Teams (Agents/Teams): which Teams user (Entra object id) is which agent account, the agent's 1:1 chat with
-- the bot once it exists, and the handoff their plain messages go to.
CREATE TABLE teams_agents (
    agent_id             TEXT NOT NULL PRIMARY KEY,
    aad_object_id        TEXT NOT NULL UNIQUE,
    teams_user_id        TEXT,
    chat_conversation_id TEXT,
    focus_handoff_id     TEXT,
    linked_at            TEXT NOT NULL
) STRICT;

-- The handoff cards in the agents' Teams channel: a row claims the post (claimed_at, retried once it is older than
-- the retry interval), conversation_id and activity_id say where the posted card is, to update it.
CREATE TABLE teams_handoff_cards (
    handoff_id      TEXT NOT NULL PRIMARY KEY,
    conversation_id TEXT,
    activity_id     TEXT,
    claimed_at      TEXT NOT NULL
) STRICT;
