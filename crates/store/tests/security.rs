//! Security properties of storage on SQLite and PostgreSQL: paging that cannot overflow, and (on
//! PostgreSQL) row-level security keyed by organisation as a second wall.

#![allow(clippy::unwrap_used)]

use tandem_store::{PeopleQuery, Store, TandemQuery, backend_tests};

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
