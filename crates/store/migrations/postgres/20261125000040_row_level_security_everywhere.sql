-- The organisation wall of migration 0015 on every table that belongs to one organisation.
-- 0015 covered the tables about people; the store's functions now name their organisation per
-- transaction (`in_organisation!`) and say so when they work across organisations
-- (`as_system!`), so the wall can cover the rest too:
--   * tables with their own `organisation_id`: programmes, events, outbox, users (an alliance
--     admin has none, so only the system sees that row);
--   * tables keyed by a row of a walled table, which follow that row: a row is visible exactly
--     when its parent is (the parent's own policy applies inside the subquery).
-- Left out, because they belong to no organisation: organisations, login_failures (per address
-- and account, counts only), statewide_months and rollup_state (counts across organisations, no
-- id, no name). store/tests/security.rs fails when a new table is neither walled nor listed.
DO $$
DECLARE
    scoped TEXT;
    child RECORD;
    condition TEXT;
BEGIN
    FOREACH scoped IN ARRAY ARRAY['programmes', 'events', 'outbox', 'users'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', scoped);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', scoped);
        EXECUTE format(
            'CREATE POLICY organisation_wall ON %I '
            'USING (current_setting(''tandem.bypass'', true) = ''on'' '
            'OR organisation_id = current_setting(''tandem.organisation'', true)) '
            'WITH CHECK (current_setting(''tandem.bypass'', true) = ''on'' '
            'OR organisation_id = current_setting(''tandem.organisation'', true))',
            scoped
        );
    END LOOP;
    FOR child IN SELECT * FROM (VALUES
        ('survey_invitations', 'tandem_id', 'tandems'),
        ('checkin_invitations', 'tandem_id', 'tandems'),
        ('followup_links', 'tandem_id', 'tandems'),
        ('run_proposals', 'run_id', 'matching_runs'),
        ('declined_pairs', 'programme_id', 'programmes'),
        ('event_sessions', 'event_id', 'events'),
        ('event_registrations', 'event_id', 'events'),
        ('sessions', 'user_id', 'users'),
        ('login_challenges', 'user_id', 'users')
    ) AS walled (name, key, parent) LOOP
        condition := format(
            '(current_setting(''tandem.bypass'', true) = ''on'' '
            'OR EXISTS (SELECT 1 FROM %I parent WHERE parent.id = %I.%I))',
            child.parent, child.name, child.key
        );
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', child.name);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', child.name);
        EXECUTE format(
            'CREATE POLICY organisation_wall ON %I USING %s WITH CHECK %s',
            child.name, condition, condition
        );
    END LOOP;
END
$$;
