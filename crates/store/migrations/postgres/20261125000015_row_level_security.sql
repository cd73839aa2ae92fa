-- Row-level security keyed by organisation: a second wall behind the store's
-- `WHERE organisation_id = $1`. A row of these tables is visible (and may be written) only when
-- the transaction names its organisation (`set_config('tandem.organisation', $1, true)`) or the
-- connection says explicitly that it works for the whole system (`tandem.bypass = 'on'`).
-- FORCE makes the tables' owner subject to the policies too (superusers never are).
-- The store's own pool sets the bypass on each connection (Store::connect), because its
-- organisation-scoped functions do not yet name the organisation per transaction; any other
-- connection (psql, a reporting role, another tool with the same credentials) sees no rows
-- of these tables until it names an organisation.
DO $$
DECLARE
    scoped TEXT;
BEGIN
    FOREACH scoped IN ARRAY ARRAY[
        'people', 'tandems', 'matching_runs', 'audit_log', 'followup_settings', 'meetings',
        'checkin_answers', 'import_uploads', 'minor_details', 'conduct_certificates',
        'diary_entries', 'consent_events', 'self_service_links', 'data_requests', 'outcomes',
        'trainings', 'intake_answers'
    ] LOOP
        CONTINUE WHEN to_regclass(scoped) IS NULL;
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
END
$$;
