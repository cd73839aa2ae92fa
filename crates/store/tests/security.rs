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
use tandem_store::{PeopleQuery, Store, TandemQuery, backend_tests, testing::TestDb};

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
