//! `TestApp`: the whole router on a fresh database (SQLite or PostgreSQL), driven in-process.

#![allow(dead_code, clippy::unwrap_used)]

use axum::{
    Router,
    body::Body,
    http::{Request, StatusCode, header},
};
use http_body_util::BodyExt;
use tandem_core::{
    ids::{OrganisationId, ProgrammeId},
    programme::ProgrammeDetails,
    user::Role,
    values::Email,
};
use tandem_store::{Backend, NewUser, Store, testing::TestDb};
use tower::ServiceExt;

pub const PASSWORD: &str = "correct horse battery staple";

pub struct TestApp {
    pub db: TestDb,
    pub store: Store,
    router: Router,
}

pub struct TestResponse {
    pub status: StatusCode,
    pub location: Option<String>,
    pub set_cookies: Vec<String>,
    pub body: String,
}

/// A signed-in browser: the session cookie to send.
#[derive(Clone, Debug, Default)]
pub struct Session(pub Option<String>);

pub fn now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

/// The configuration tests run with: admins log in without a second factor, except in
/// `tests/login.rs`, which tests exactly that with the production default.
pub fn test_config() -> tandem_web::WebConfig {
    tandem_web::WebConfig {
        require_admin_second_factor: false,
        ..tandem_web::WebConfig::default()
    }
}

impl TestApp {
    /// `None` when the backend is PostgreSQL and no server answers (a SKIPPED line was printed).
    pub async fn spawn(backend: Backend) -> Option<Self> {
        let db = TestDb::new(backend).await?;
        let store = db.store.clone();
        let router = tandem_web::router(store.clone(), test_config());
        Some(Self { db, store, router })
    }

    pub async fn finish(self) {
        self.db.finish().await;
    }

    pub async fn send(&self, request: Request<Body>) -> TestResponse {
        Self::send_to(self.router.clone(), request).await
    }

    /// Sends through a router over the same database with another configuration (e.g. a
    /// proposal expiry of 0 days, to see expired links without waiting).
    pub async fn send_configured(
        &self,
        config: tandem_web::WebConfig,
        request: Request<Body>,
    ) -> TestResponse {
        Self::send_to(tandem_web::router(self.store.clone(), config), request).await
    }

    async fn send_to(router: Router, request: Request<Body>) -> TestResponse {
        let response = router.oneshot(request).await.unwrap();
        let status = response.status();
        let location = response
            .headers()
            .get(header::LOCATION)
            .map(|v| v.to_str().unwrap().to_owned());
        let set_cookies = response
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        TestResponse {
            status,
            location,
            set_cookies,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    pub async fn get(&self, path: &str, session: &Session) -> TestResponse {
        let mut request = Request::get(path);
        if let Some(cookie) = &session.0 {
            request = request.header(header::COOKIE, cookie);
        }
        self.send(request.body(Body::empty()).unwrap()).await
    }

    pub async fn post_form(
        &self,
        path: &str,
        session: &Session,
        fields: &[(&str, &str)],
    ) -> TestResponse {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let mut request =
            Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some(cookie) = &session.0 {
            request = request.header(header::COOKIE, cookie);
        }
        self.send(request.body(Body::from(body)).unwrap()).await
    }

    pub async fn send_json(
        &self,
        method: &str,
        path: &str,
        session: &Session,
        json: serde_json::Value,
    ) -> TestResponse {
        let mut request = Request::builder()
            .method(method)
            .uri(path)
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(cookie) = &session.0 {
            request = request.header(header::COOKIE, cookie);
        }
        self.send(request.body(Body::from(json.to_string())).unwrap())
            .await
    }

    pub async fn organisation(&self, name: &str) -> OrganisationId {
        self.store
            .create_organisation(name, "Hannover", now())
            .await
            .unwrap()
            .id
    }

    pub async fn user(
        &self,
        email: &str,
        role: Role,
        organisation: Option<&OrganisationId>,
    ) -> tandem_core::ids::UserId {
        let new = NewUser {
            email: Email::parse(email).unwrap(),
            display_name: format!("{role:?}"),
            role,
            organisation_id: organisation.cloned(),
            password_hash: tandem_web::hash_password(PASSWORD).unwrap(),
            locale: "de".into(),
        };
        self.store.create_user(&new, now()).await.unwrap().id
    }

    pub async fn programme(&self, organisation: &OrganisationId) -> ProgrammeId {
        let details = ProgrammeDetails::parse(
            "Start with a Friend",
            "buddy",
            "Tandems im Alltag",
            "30159,30161",
            "de,ar",
            "6",
            "1",
            true,
        )
        .unwrap();
        self.store
            .create_programme(organisation, &details, now())
            .await
            .unwrap()
            .id
    }

    /// Logs in through the form and returns the session cookie.
    pub async fn login(&self, email: &str) -> Session {
        let response = self
            .post_form(
                "/login",
                &Session::default(),
                &[("email", email), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "log-in of {email} failed: {}",
            response.body
        );
        let cookie = response
            .set_cookies
            .iter()
            .find(|c| c.starts_with("tandem_session="))
            .expect("session cookie")
            .split(';')
            .next()
            .unwrap()
            .to_owned();
        Session(Some(cookie))
    }
}

/// Defines `name::sqlite` and `name::postgres` from one async body that receives a `TestApp`.
#[macro_export]
macro_rules! app_tests {
    ($(async fn $name:ident($app:ident) $body:block)*) => {$(
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            async fn run($app: &$crate::common::TestApp) $body

            #[tokio::test]
            async fn sqlite() {
                let app = $crate::common::TestApp::spawn(tandem_store::Backend::Sqlite).await.unwrap();
                run(&app).await;
                app.finish().await;
            }

            #[tokio::test]
            async fn postgres() {
                let Some(app) = $crate::common::TestApp::spawn(tandem_store::Backend::Postgres).await else { return };
                run(&app).await;
                app.finish().await;
            }
        }
    )*};
}
