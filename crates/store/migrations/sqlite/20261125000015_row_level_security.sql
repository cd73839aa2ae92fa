-- Row-level security is a PostgreSQL feature (see the PostgreSQL file of this migration); SQLite
-- has no roles or policies, and an installation on SQLite is one file read by one process, so
-- this migration changes nothing here. It exists so both folders keep the same numbers.
SELECT 1;
