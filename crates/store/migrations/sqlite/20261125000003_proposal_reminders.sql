-- When the reminder for an unanswered proposal went out.
ALTER TABLE tandems ADD COLUMN reminded_at INTEGER;
CREATE INDEX tandems_proposed_at ON tandems (status, proposed_at);
