-- Further mentors and mentees of a tandem (issue 5, item 7): the tandem keeps its primary mentor
-- and mentee in `tandems`; everyone who joined later is a row here. Rows stay after the tandem
-- ends (certificate of volunteering, export); erasure keeps them (ids only, no personal data).
CREATE TABLE tandem_members (
    tandem_id TEXT NOT NULL REFERENCES tandems (id),
    person_id TEXT NOT NULL REFERENCES people (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    side TEXT NOT NULL,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (tandem_id, person_id)
);
CREATE INDEX tandem_members_person ON tandem_members (person_id);
CREATE INDEX tandem_members_organisation ON tandem_members (organisation_id);

-- The same organisation wall as every other organisation-scoped table (migration 0015).
ALTER TABLE tandem_members ENABLE ROW LEVEL SECURITY;
ALTER TABLE tandem_members FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_wall ON tandem_members
    USING (current_setting('tandem.bypass', true) = 'on'
        OR organisation_id = current_setting('tandem.organisation', true))
    WITH CHECK (current_setting('tandem.bypass', true) = 'on'
        OR organisation_id = current_setting('tandem.organisation', true));
