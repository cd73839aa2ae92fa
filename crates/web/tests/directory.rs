//! The public directory, the map and the fair, through HTTP on both backends.

#![allow(clippy::unwrap_used)]

mod common;

use axum::{
    body::Body,
    http::{Request, StatusCode, header},
};
use common::{Session, TestApp, now};
use tandem_core::{
    ids::OrganisationId,
    organisation::Profile,
    programme::{Listing, ProgrammeDetails},
    user::Role,
};

async fn programme(
    app: &TestApp,
    org: &OrganisationId,
    name: &str,
    kind: &str,
    region: &str,
    languages: &str,
) {
    let details =
        ProgrammeDetails::parse(name, kind, "", region, languages, "12", "1", true).unwrap();
    let programme = app
        .store
        .create_programme(org, &details, now())
        .await
        .unwrap();
    let listing =
        Listing::parse("Für alle", "Melden Sie sich", "", kind != "career", true).unwrap();
    app.store
        .set_programme_listing(org, &programme.id, &listing, now())
        .await
        .unwrap();
}

/// The programme names in the order the page lists them.
fn listed(body: &str) -> Vec<String> {
    body.split("<h2><a href=\"/programmes/")
        .skip(1)
        .map(|piece| {
            piece
                .split('>')
                .nth(1)
                .unwrap()
                .split('<')
                .next()
                .unwrap()
                .to_owned()
        })
        .collect()
}

/// Posts the profile form as the browser does (multipart), with a logo file of `bytes`.
async fn post_profile(
    app: &TestApp,
    session: &Session,
    logo: (&str, &[u8]),
) -> common::TestResponse {
    let boundary = "tandem-test-boundary";
    let mut body = Vec::new();
    for (name, value) in [
        ("description", "Wir begleiten Geflüchtete."),
        ("website", ""),
        ("partner_note", ""),
        ("contact_email", ""),
    ] {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    let (file_name, bytes) = logo;
    body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let request = Request::post("/admin/profile")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header(header::COOKIE, session.0.clone().unwrap())
        .body(Body::from(body))
        .unwrap();
    app.send(request).await
}

/// A PNG of the given size, encoded by the same image library a browser upload would meet.
fn png(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut bytes = std::io::Cursor::new(Vec::new());
    picture
        .write_to(&mut bytes, image::ImageFormat::Png)
        .unwrap();
    bytes.into_inner()
}

app_tests! {
    async fn a_logo_upload_is_checked_shrunk_and_served(app) {
        let org = app.organisation("Exil e.V.").await;
        app.user("admin@exil.example.org", Role::OrgAdmin, Some(&org)).await;
        let admin = app.login("admin@exil.example.org").await;

        let not_an_image = post_profile(app, &admin, ("logo.pdf", b"%PDF-1.7 not a picture")).await;
        assert_eq!(not_an_image.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(not_an_image.body.contains("logo-error") && not_an_image.body.contains("Wir begleiten Geflüchtete."), "error named, text kept");
        let too_large = post_profile(app, &admin, ("huge.png", &vec![0_u8; tandem_core::organisation::LOGO_MAX_BYTES + 1])).await;
        assert_eq!(too_large.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(too_large.body.contains("512"), "the limit is named: {}", too_large.body);
        assert_eq!(app.store.organisation_logo(&org).await.unwrap(), None, "nothing was stored");

        let saved = post_profile(app, &admin, ("logo.png", &png(800, 400))).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        let served = app.get(&format!("/organisations/{org}/logo.png"), &Session::default()).await;
        assert_eq!(served.status, StatusCode::OK);
        let stored = app.store.organisation_logo(&org).await.unwrap().unwrap();
        let shrunk = image::load_from_memory(&stored).unwrap();
        assert_eq!((shrunk.width(), shrunk.height()), (320, 160), "re-encoded to at most 320 px, aspect kept");
    }

    async fn the_directory_filters_and_orders_by_distance(app) {
        let org = app.organisation("Exil e.V.").await;
        programme(app, &org, "Göttinger Buddies", "buddy", "37073", "de,ar").await;
        programme(app, &org, "Hannover Lernpaten", "learning", "30159", "de,uk").await;
        programme(app, &org, "Online Karriere", "career", "online", "de,en").await;
        programme(app, &org, "Braunschweiger Tandem", "buddy", "38100", "de,fa").await;
        let visitor = Session::default();

        let all = app.get("/", &visitor).await;
        assert_eq!(all.status, StatusCode::OK);
        assert_eq!(listed(&all.body).len(), 4);

        let near = app.get("/?postal_code=30159&radius_km=100", &visitor).await;
        assert_eq!(
            listed(&near.body),
            ["Hannover Lernpaten", "Braunschweiger Tandem", "Göttinger Buddies", "Online Karriere"]
        );
        assert!(near.body.contains("km entfernt"), "distances are shown");

        let close = app.get("/?postal_code=30159&radius_km=25", &visitor).await;
        assert_eq!(listed(&close.body), ["Hannover Lernpaten", "Online Karriere"]);

        let buddies_in_farsi = app.get("/?kind=buddy&language=fa", &visitor).await;
        assert_eq!(listed(&buddies_in_farsi.body), ["Braunschweiger Tandem"]);
        let seeking_mentors = app.get("/?seeking=mentors", &visitor).await;
        assert!(!listed(&seeking_mentors.body).contains(&"Online Karriere".to_owned()));
        let words = app.get("/?q=g%C3%B6ttingen", &visitor).await;
        assert_eq!(listed(&words.body), ["Göttinger Buddies"]);
        let district = app.get("/?district=03101", &visitor).await;
        assert_eq!(listed(&district.body), ["Braunschweiger Tandem"]);
    }

    async fn a_bad_postal_code_gets_a_hint_not_an_empty_page(app) {
        let org = app.organisation("Exil e.V.").await;
        programme(app, &org, "Hannover Lernpaten", "learning", "30159", "de").await;
        let visitor = Session::default();
        let malformed = app.get("/?postal_code=3015", &visitor).await;
        assert_eq!(malformed.status, StatusCode::OK);
        assert!(malformed.body.contains("aria-invalid=\"true\" aria-describedby=\"postal_code-error\""));
        assert!(malformed.body.contains("value=\"3015\""), "what was typed stays");
        assert_eq!(listed(&malformed.body), ["Hannover Lernpaten"], "results still show");
        let unknown = app.get("/?postal_code=99999&lang=en", &visitor).await;
        assert!(unknown.body.contains("know this postal code"), "{}", unknown.body);
        let none = app.get("/?q=zzzz", &visitor).await;
        assert!(none.body.contains("class=\"empty\""));
    }

    async fn the_map_shows_every_district_and_the_programmes(app) {
        let org = app.organisation("Exil e.V.").await;
        programme(app, &org, "Hannover Lernpaten", "learning", "30159", "de").await;
        programme(app, &org, "Online Karriere", "career", "online", "de").await;
        let map = app.get("/map", &Session::default()).await;
        assert_eq!(map.status, StatusCode::OK);
        assert_eq!(map.body.matches("<path ").count(), 45);
        assert_eq!(map.body.matches("<circle ").count(), 1, "online programmes are no point");
        assert!(map.body.contains("href=\"/?district=03241\""), "Region Hannover filters the directory");
        assert!(map.body.contains("GeoBasis-DE / BKG"));
    }

    async fn the_contact_form_writes_to_the_organisation_without_showing_its_address(app) {
        let org = app.organisation("Exil e.V.").await;
        programme(app, &org, "Hannover Lernpaten", "learning", "30159", "de").await;
        let profile = Profile::parse("Wir begleiten Geflüchtete.", "https://exil.example.org", "Sprachcafés", "geheim@exil.example.org").unwrap();
        app.store.set_organisation_profile(&org, &profile).await.unwrap();
        let visitor = Session::default();
        let page = app.get(&format!("/organisations/{org}"), &visitor).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Sprachcafés") && page.body.contains("Hannover Lernpaten"));
        assert!(!page.body.contains("geheim@"), "the contact address is never shown");

        let path = format!("/organisations/{org}/contact");
        let bad = app.post_form(&path, &visitor, &[("name", "Lena"), ("email", "lena-at-example"), ("message", "Wir möchten kooperieren.")]).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.body.contains("Wir möchten kooperieren."), "the message is kept");
        assert!(app.store.pending_mails(10, 8).await.unwrap().is_empty());

        let bot = app.post_form(&path, &visitor, &[("name", "Bot"), ("email", "bot@example.org"), ("message", "Buy cheap things now"), ("website", "x")]).await;
        assert_eq!(bot.status, StatusCode::SEE_OTHER);
        assert!(app.store.pending_mails(10, 8).await.unwrap().is_empty(), "the honeypot sends nothing");

        let sent = app.post_form(&path, &visitor, &[("name", "Lena Berg"), ("email", "lena@example.org"), ("message", "Wir möchten kooperieren.")]).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
        let mails = app.store.pending_mails(10, 8).await.unwrap();
        assert_eq!(mails.len(), 1);
        assert_eq!(mails[0].recipient, "geheim@exil.example.org");
        assert_eq!(mails[0].reply_to.as_deref(), Some("lena@example.org"));
        assert!(mails[0].body.contains("Wir möchten kooperieren.") && mails[0].subject.contains("Lena Berg"));
    }

    async fn admins_edit_the_listing_and_the_profile_of_their_own_organisation(app) {
        let org = app.organisation("Exil e.V.").await;
        let programme = app.programme(&org).await;
        app.user("admin@exil.example.org", Role::OrgAdmin, Some(&org)).await;
        let admin = app.login("admin@exil.example.org").await;
        let path = format!("/admin/programmes/{programme}/listing");
        let long = "x".repeat(600);
        let refused = app.post_form(&path, &admin, &[("target_group", long.as_str()), ("how_to_join", "Anrufen")]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("Anrufen"), "what was typed stays");
        let saved = app.post_form(&path, &admin, &[("target_group", "Kinder"), ("how_to_join", "Anrufen"), ("seeks_mentors", "yes")]).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);
        let listing = app.store.programme_listing(&org, &programme).await.unwrap();
        assert_eq!((listing.target_group.as_str(), listing.seeks_mentors, listing.seeks_mentees), ("Kinder", true, false));
        let public = app.get(&format!("/programmes/{programme}"), &Session::default()).await;
        assert!(public.body.contains("Kinder") && public.body.contains("Anrufen"));
        let form = app.get("/admin/profile", &admin).await;
        assert_eq!(form.status, StatusCode::OK);
        assert!(form.body.contains("multipart/form-data"));
    }
}
