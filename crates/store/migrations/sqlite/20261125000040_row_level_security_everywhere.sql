-- Row-level security is a PostgreSQL feature (see the PostgreSQL file of this migration and of
-- migration 0015); this migration changes nothing here. It exists so both folders keep the same
-- numbers.
SELECT 1;
