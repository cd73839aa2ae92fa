-- The statewide report's monthly rollup, kept exact in the transactions that change what it
-- counts (store::rollup). Keep in step with ../sqlite/: same tables, columns and indexes; only types differ.

-- Per programme kind, mentee's postal code and month (YYYY-MM, German local time): tandems
-- started, ended (any end, for "active at the end of a period"), completed and ended early in
-- that month; meetings, their minutes, and how many tandems met in that month. Only counts:
-- no id, no name. A few thousand rows statewide, whatever the number of meetings.
CREATE TABLE statewide_months (
    kind TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    month TEXT NOT NULL,
    started BIGINT NOT NULL,
    ended BIGINT NOT NULL,
    completed BIGINT NOT NULL,
    ended_early BIGINT NOT NULL,
    meetings BIGINT NOT NULL,
    minutes BIGINT NOT NULL,
    tandems_met BIGINT NOT NULL,
    PRIMARY KEY (month, kind, postal_code)
);

-- Whether a rollup has been built from the rows that existed before it: the store builds it
-- once after migrating (month boundaries follow German local time, which the store computes).
CREATE TABLE rollup_state (
    name TEXT PRIMARY KEY NOT NULL,
    built BOOLEAN NOT NULL
);
INSERT INTO rollup_state (name, built) VALUES ('statewide_months', FALSE);

-- People waiting now, per programme and postal code, without reading every person.
CREATE INDEX people_waiting ON people (programme_id, postal_code)
    WHERE status = 'ready' AND erased_at IS NULL;

-- What happened when a tandem ended early for a reason not on the list ("other"): a short
-- text for the coordinator, emptied when either person is erased.
ALTER TABLE tandems ADD COLUMN end_reason_detail TEXT;
