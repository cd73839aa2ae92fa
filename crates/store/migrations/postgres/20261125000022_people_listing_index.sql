-- The coordinator's people list shows a programme's people oldest registration first, a page at
-- a time. With only `people_counting` the planner fetched every person of the programme and
-- sorted them for each page; this index hands them over in order, so a page reads its 25 rows
-- (measured on 20,000 people with 280 per programme: 157 µs → 49 µs per page in SQLite).
CREATE INDEX people_listing ON people (programme_id, registered_at, id) WHERE erased_at IS NULL;
