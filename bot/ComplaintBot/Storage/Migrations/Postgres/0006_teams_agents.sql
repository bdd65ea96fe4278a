-- Agents in Teams (Agents/Teams): which Teams user (Entra object id) is which agent account, the agent's 1:1 chat with
-- the bot once it exists, and the handoff their plain messages go to.
CREATE TABLE teams_agents (
    agent_id             text PRIMARY KEY,
    aad_object_id        text NOT NULL UNIQUE,
    teams_user_id        text,
    chat_conversation_id text,
    focus_handoff_id     text,
    linked_at            timestamptz NOT NULL
);

-- The handoff cards in the agents' Teams channel: a row claims the post (claimed_at, retried once it is older than
-- the retry interval), conversation_id and activity_id say where the posted card is, to update it.
CREATE TABLE teams_handoff_cards (
    handoff_id      text PRIMARY KEY,
    conversation_id text,
    activity_id     text,
    claimed_at      timestamptz NOT NULL
);
