-- Data protection (Privacy/): when a complaint's personal data was erased (on request or after the retention period),
-- so the retention sweep finds only what is left to erase. The anonymised record itself stays for statistics.
ALTER TABLE complaints ADD COLUMN erased_at timestamptz;

CREATE INDEX ix_complaints_retention ON complaints (updated_at) WHERE erased_at IS NULL AND status IN ('Resolved', 'Closed');
CREATE INDEX ix_bot_state_updated_at ON bot_state (updated_at);
CREATE INDEX ix_handoffs_complaint ON handoffs (complaint_reference);
CREATE INDEX ix_check_ins_complaint ON check_ins (complaint_reference);
