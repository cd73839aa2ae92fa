//! Security properties of storage on SQLite and PostgreSQL: paging that cannot overflow, and (on
//! PostgreSQL) row-level security keyed by organisation as a second wall.

#![allow(clippy::unwrap_used)]

use sqlx::{Connection, PgConnection};
use tandem_core::{
    followup::{LoggedBy, MeetingForm},
    ids::OrganisationId,
    person::{ConsentRecord, PersonStatus, ProfileForm, Side},
    programme::ProgrammeDetails,
    tandem::TandemAction,
};
use tandem_store::{
    NewUser, PeopleQuery, SecondFactorOutcome, Store, StoreError, TandemQuery, backend_tests,
    sealing::DataKey,
    testing::{TestDb, execute, rows_seen_without_filter, traces_of},
};

async fn organisation(store: &Store, name: &str) -> tandem_core::ids::OrganisationId {
    store
        .create_organisation(name, "Hannover", time::OffsetDateTime::now_utc())
        .await
        .unwrap()
        .id
}

backend_tests! {
    // The API fuzzer sent page=2147483648: (page - 1) * per_page overflowed u32 and the
    // request's task panicked. Any page number now answers an empty page.
    async fn a_page_far_beyond_the_end_is_empty(store) {
        let org = organisation(&store, "Exil e.V.").await;
        for page in [u32::MAX, 2_147_483_648, 452_150_424] {
            let people = store
                .list_people(&org, &PeopleQuery { page, per_page: 200, ..PeopleQuery::default() })
                .await
                .unwrap();
            assert!(people.items.is_empty());
            assert_eq!(people.page, page);
            let tandems = store
                .list_tandems(&org, &TandemQuery { page, per_page: u32::MAX, ..TandemQuery::default() })
                .await
                .unwrap();
            assert!(tandems.items.is_empty());
            assert_eq!(tandems.per_page, 200);
        }
    }
}

/// An organisation admin without a second factor yet.
async fn admin(store: &Store) -> tandem_core::ids::UserId {
    let org = organisation(store, "Exil e.V.").await;
    let new = NewUser {
        email: tandem_core::values::Email::parse("admin@exil.example.org").unwrap(),
        display_name: "Admin".into(),
        role: tandem_core::user::Role::OrgAdmin,
        organisation_id: Some(org),
        password_hash: "$argon2id$not-checked-here".into(),
        locale: "de".into(),
    };
    store
        .create_user(&new, time::OffsetDateTime::now_utc())
        .await
        .unwrap()
        .id
}

backend_tests! {
    // The second factor's secret is sealed with the data key: the database (SQLite's files,
    // every PostgreSQL row) never holds it in plaintext, the store reads it back, and a store
    // with another key fails with a clear error instead of a panic or a wrong secret.
    async fn second_factor_secrets_are_sealed_at_rest(store) {
        let user = admin(&store).await;
        let secret = "JBSWY3DPEHPK3PXPMZXW6YTBOI4TEMZU";
        let now = time::OffsetDateTime::now_utc();
        store
            .create_login_challenge("challenge-hash", &user, Some(secret), "/account", now, now + time::Duration::minutes(10))
            .await
            .unwrap();
        let challenge = store.login_challenge("challenge-hash", now).await.unwrap().unwrap();
        assert_eq!(challenge.pending_secret.as_deref(), Some(secret));
        store.checkpoint().await.unwrap();
        assert_eq!(traces_of(&store, secret).await, Vec::<String>::new(), "pending secret sealed");

        let outcome = store
            .complete_second_factor(Some("challenge-hash"), &user, Some(secret), 1000)
            .await
            .unwrap();
        assert_eq!(outcome, SecondFactorOutcome::Done);
        assert_eq!(store.second_factor(&user).await.unwrap(), Some((secret.to_owned(), Some(1000))));
        store.checkpoint().await.unwrap();
        assert_eq!(traces_of(&store, secret).await, Vec::<String>::new(), "stored secret sealed");
        assert!(!traces_of(&store, "sealed1:").await.is_empty(), "the sealed form is what is stored");

        let stranger = store.clone().with_data_key(DataKey::generate().0);
        let refused = stranger.second_factor(&user).await;
        assert!(matches!(refused, Err(StoreError::DataKey(_))), "{refused:?}");
        assert!(refused.unwrap_err().to_string().contains("wrong data key"));
    }

    // Secrets written in plaintext by a version before sealing are sealed at the next start
    // (`seal_plaintext_secrets`, run by the CLI after the migrations), once.
    async fn plaintext_secrets_of_an_older_version_are_sealed_at_start(store) {
        let user = admin(&store).await;
        let secret = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
        execute(&store, &format!("UPDATE users SET totp_secret = '{secret}' WHERE id = '{}'", user.as_str())).await;
        let now = time::OffsetDateTime::now_utc();
        execute(&store, &format!(
            "INSERT INTO login_challenges (token_hash, user_id, pending_secret, next_path, expires_at) \
             VALUES ('old', '{}', '{secret}', '/', {})", user.as_str(), now.unix_timestamp() + 600)).await;
        assert!(matches!(store.second_factor(&user).await, Err(StoreError::DataKey(_))), "plaintext is not taken silently");

        assert_eq!(store.seal_plaintext_secrets().await.unwrap(), 1);
        assert_eq!(store.seal_plaintext_secrets().await.unwrap(), 0, "a second start changes nothing");
        assert_eq!(store.second_factor(&user).await.unwrap(), Some((secret.to_owned(), None)));
        assert_eq!(store.login_challenge("old", now).await.unwrap(), None, "the plaintext enrolment was dropped");
        store.checkpoint().await.unwrap();
        assert_eq!(traces_of(&store, secret).await, Vec::<String>::new());
    }
}

/// An organisation with a running tandem (two people) and one logged meeting.
async fn organisation_with_a_tandem(store: &Store, name: &str) -> OrganisationId {
    let now = time::OffsetDateTime::now_utc();
    let org = organisation(store, name).await;
    let details =
        ProgrammeDetails::parse("Lernpaten", "buddy", "", "30159", "de", "12", "1", true).unwrap();
    let programme = store
        .create_programme(&org, &details, now)
        .await
        .unwrap()
        .id;
    let consent = ConsentRecord {
        text_version: "v1".into(),
        locale: "de".into(),
        given_at: now,
    };
    let mut ids = Vec::new();
    for (side, first) in [(Side::Mentor, "jana"), (Side::Mentee, "yusuf")] {
        let form = ProfileForm {
            first_name: first.into(),
            last_name: "Muster".into(),
            email: format!("{first}@{}.example.org", name.len()),
            postal_code: "30159".into(),
            languages: "de:native".into(),
            birth_year: "1990".into(),
            ..ProfileForm::default()
        };
        let person = store
            .register_person(&programme, side, &form.parse(2026).unwrap(), &consent, now)
            .await
            .unwrap();
        store
            .screen_person(&org, &person.id, PersonStatus::Ready, now)
            .await
            .unwrap();
        ids.push(person.id);
    }
    let tandem = store
        .create_tandem(&org, &ids[0], &ids[1], now)
        .await
        .unwrap()
        .id;
    let started = now - time::Duration::days(10);
    for action in [
        TandemAction::Accept(Side::Mentor),
        TandemAction::Accept(Side::Mentee),
        TandemAction::Start,
    ] {
        store
            .apply_tandem_action(&org, &tandem, action, started)
            .await
            .unwrap();
    }
    let today = tandem_core::event::to_local(now).date();
    let meeting = MeetingForm {
        date: tandem_core::followup::iso_date(today),
        minutes: "60".into(),
        kind: "in_person".into(),
        note: String::new(),
    }
    .parse(today, tandem_core::event::to_local(started).date())
    .unwrap();
    store
        .log_meeting(&org, &tandem, LoggedBy::Mentor, &meeting, now)
        .await
        .unwrap();
    org
}

/// Counts rows of `table` in one transaction under a role that is neither superuser nor
/// owner's bypass, after running `setup` (statements naming an organisation or the bypass).
async fn visible(connection: &mut PgConnection, table: &str, setup: &[String]) -> i64 {
    let mut tx = connection.begin().await.unwrap();
    sqlx::query("SET LOCAL ROLE tandem_rls_probe")
        .execute(&mut *tx)
        .await
        .unwrap();
    for statement in setup {
        sqlx::query(statement).execute(&mut *tx).await.unwrap();
    }
    let count: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    tx.rollback().await.unwrap();
    count
}

/// PostgreSQL only: row-level security is a PostgreSQL feature (SQLite's migration 0015 is
/// empty). Superusers are never subject to policies, so the probe switches to an ordinary role.
#[tokio::test]
async fn postgres_rows_are_invisible_to_a_connection_that_names_no_organisation() {
    let Some(db) = TestDb::postgres().await else {
        return;
    };
    let a = organisation_with_a_tandem(&db.store, "Exil e.V.").await;
    let b = organisation_with_a_tandem(&db.store, "Start with a Friend").await;
    let mut connection = PgConnection::connect(&db.url()).await.unwrap();
    // Roles belong to the cluster: create it once, tolerate a parallel test doing the same.
    sqlx::query(
        "DO $$ BEGIN CREATE ROLE tandem_rls_probe NOLOGIN; \
         EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$",
    )
    .execute(&mut connection)
    .await
    .unwrap();
    let tables = ["people", "tandems", "meetings"];
    for table in tables {
        sqlx::query(&format!(
            "GRANT SELECT, INSERT ON {table} TO tandem_rls_probe"
        ))
        .execute(&mut connection)
        .await
        .unwrap();
    }
    sqlx::query("GRANT INSERT ON audit_log TO tandem_rls_probe")
        .execute(&mut connection)
        .await
        .unwrap();
    let name = |org: &OrganisationId| {
        vec![format!(
            "SELECT set_config('tandem.organisation', '{}', true)",
            org.as_str()
        )]
    };
    let bypass = vec!["SELECT set_config('tandem.bypass', 'on', true)".to_owned()];
    for table in tables {
        let all = visible(&mut connection, table, &bypass).await;
        let of_a = visible(&mut connection, table, &name(&a)).await;
        let of_b = visible(&mut connection, table, &name(&b)).await;
        assert!(
            of_a > 0 && of_b > 0,
            "{table}: each organisation has rows ({of_a}, {of_b})"
        );
        assert_eq!(
            of_a + of_b,
            all,
            "{table}: naming an organisation shows exactly its rows"
        );
        assert_eq!(
            visible(&mut connection, table, &[]).await,
            0,
            "{table}: nothing without a name"
        );
        let unknown = name(&OrganisationId::generate());
        assert_eq!(
            visible(&mut connection, table, &unknown).await,
            0,
            "{table}: nothing of others"
        );
    }
    // Writing a row of another organisation is refused by the policy's check.
    let mut tx = connection.begin().await.unwrap();
    sqlx::query("SET LOCAL ROLE tandem_rls_probe")
        .execute(&mut *tx)
        .await
        .unwrap();
    sqlx::query(&name(&a)[0]).execute(&mut *tx).await.unwrap();
    let refused = sqlx::query(
        "INSERT INTO audit_log (id, organisation_id, actor_id, actor_name, action, person_id, at) \
         VALUES ('probe', $1, NULL, 'probe', 'viewed', 'nobody', 0)",
    )
    .bind(b.as_str())
    .execute(&mut *tx)
    .await;
    let message = refused.unwrap_err().to_string();
    assert!(message.contains("row-level security"), "{message}");
    tx.rollback().await.unwrap();
    // The store's own connections carry the explicit system bypass and keep working.
    assert_eq!(
        db.store
            .list_people(&a, &PeopleQuery::default())
            .await
            .unwrap()
            .total,
        2
    );
    connection.close().await.unwrap();
    db.finish().await;
}

/// PostgreSQL only: the wall holds for the store's own connections too. Organisation-scoped
/// store functions name their organisation per transaction (`in_organisation!`) and drop the
/// system bypass for it, so a statement that forgot its `organisation_id` filter — simulated by
/// `rows_seen_without_filter` — still sees only that organisation's rows. The test store works
/// as an ordinary role (superusers are never subject to row-level security).
#[tokio::test]
async fn postgres_the_stores_own_scoped_queries_see_only_their_organisation() {
    let Some(db) = TestDb::postgres().await else {
        return;
    };
    let a = organisation_with_a_tandem(&db.store, "Exil e.V.").await;
    let b = organisation_with_a_tandem(&db.store, "Start with a Friend").await;
    // A signed-in coordinator per organisation: users carry the organisation, sessions follow
    // their user (migration 0040).
    let now = time::OffsetDateTime::now_utc();
    for (org, name) in [(&a, "a"), (&b, "b")] {
        let new = NewUser {
            email: tandem_core::values::Email::parse(&format!("coordinator@{name}.example.org"))
                .unwrap(),
            display_name: "Coordinator".into(),
            role: tandem_core::user::Role::Coordinator,
            organisation_id: Some(org.clone()),
            password_hash: "$argon2id$not-checked-here".into(),
            locale: "de".into(),
        };
        let user = db.store.create_user(&new, now).await.unwrap();
        db.store
            .create_session(
                &format!("session-{name}"),
                &user.id,
                now,
                now + time::Duration::hours(1),
            )
            .await
            .unwrap();
    }
    let mut owner = PgConnection::connect(&db.url()).await.unwrap();
    for table in [
        "people",
        "tandems",
        "meetings",
        "audit_log",
        "programmes",
        "users",
        "sessions",
    ] {
        let all: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&mut owner)
            .await
            .unwrap();
        let of_a = rows_seen_without_filter(&db.store, &a, table).await;
        let of_b = rows_seen_without_filter(&db.store, &b, table).await;
        let of_nobody =
            rows_seen_without_filter(&db.store, &OrganisationId::generate(), table).await;
        assert_eq!(
            of_a + of_b,
            all,
            "{table}: each scope sees exactly its organisation's rows"
        );
        assert_eq!(
            of_nobody, 0,
            "{table}: an unknown organisation sees nothing"
        );
        if table != "audit_log" {
            assert!(
                of_a > 0 && of_b > 0,
                "{table}: both organisations have rows ({of_a}, {of_b})"
            );
        }
    }
    // The converted functions work behind the wall, and B's objects stay out of A's reach.
    let people_of_a = db
        .store
        .list_people(&a, &PeopleQuery::default())
        .await
        .unwrap();
    assert_eq!(people_of_a.total, 2);
    let person_of_b = &db
        .store
        .list_people(&b, &PeopleQuery::default())
        .await
        .unwrap()
        .items[0];
    let reached = db
        .store
        .person(
            &a,
            &tandem_core::ids::PersonId::from_string(person_of_b.id.clone()),
        )
        .await;
    assert!(matches!(reached, Err(StoreError::NotFound)), "{reached:?}");
    assert_eq!(
        db.store
            .list_tandems(&a, &TandemQuery::default())
            .await
            .unwrap()
            .total,
        1
    );
    owner.close().await.unwrap();
    db.finish().await;
}

/// PostgreSQL only: every table of the schema is behind the organisation wall, except the few
/// that belong to no organisation — so a table added later with an `organisation_id` (or keyed
/// by a walled row) and no policy fails here instead of slipping past the second wall.
#[tokio::test]
async fn postgres_every_organisation_table_is_walled() {
    let Some(db) = TestDb::postgres().await else {
        return;
    };
    let mut owner = PgConnection::connect(&db.url()).await.unwrap();
    let tables: Vec<(String, bool, bool, bool, i64)> = sqlx::query_as(
        "SELECT c.relname::text, c.relrowsecurity, c.relforcerowsecurity, \
         EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid \
           AND a.attname = 'organisation_id' AND NOT a.attisdropped), \
         (SELECT COUNT(*) FROM pg_policy p WHERE p.polrelid = c.oid) \
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname",
    )
    .fetch_all(&mut owner)
    .await
    .unwrap();
    // Counts across organisations (no id, no name), log-in throttling, the organisations
    // themselves, and the migrations' own bookkeeping.
    let outside = [
        "_sqlx_migrations",
        "login_failures",
        "organisations",
        "rollup_state",
        "statewide_months",
    ];
    let mut walled = 0;
    for (table, enabled, forced, keyed, policies) in &tables {
        if outside.contains(&table.as_str()) {
            assert!(
                !keyed,
                "{table} has an organisation key but is listed as outside the wall"
            );
            continue;
        }
        assert!(
            *enabled && *forced && *policies == 1,
            "{table}: row-level security enabled, forced and one policy \
             ({enabled}, {forced}, {policies}); add it to a migration like 0040"
        );
        walled += 1;
    }
    assert!(walled >= 32, "{walled} walled tables");
    owner.close().await.unwrap();
    db.finish().await;
}
