//! Translations: every key used in templates and code exists in German and English; every
//! catalogue parses; the Arabic, Ukrainian, Farsi and Turkish catalogues cover every page that
//! mentees and mentors see; pages render in each language and direction.

#![allow(clippy::unwrap_used)]

mod common;

use axum::{
    body::Body,
    http::{Request, StatusCode, header},
};
use common::Session;
use std::{
    collections::BTreeSet,
    path::{Path, PathBuf},
};
use tandem_web::i18n::{LOCALES_OFFERED, Tr};

/// Languages whose catalogues must be complete for every page, staff pages included.
const COMPLETE: &[&str] = &["de", "en"];
/// Languages that cover the pages mentees and mentors see.
const PARTICIPANT_LANGUAGES: &[&str] = &["ar", "uk", "fa", "tr"];
/// Marks a catalogue that a native speaker still has to review.
const MACHINE_MADE: &str = "# machine-made translation: to be reviewed by a native speaker";
/// Templates that mentees, mentors and the public see.
const PARTICIPANT_TEMPLATES: &[&str] = &[
    "base.html",
    "home.html",
    "programme.html",
    "register.html",
    "registered.html",
    "login.html",
    "error.html",
    "proposal.html",
    "pager.html",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The keys of every translator call in `source`: `t.get("…")`, `layout.t.count("…", n)`,
/// `context.tr.get("…")`, `t.with(\n "…", …)` – the receiver is `t` or `tr`, the first argument
/// a string literal, possibly on the next line.
fn keys_in(source: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for method in ["get", "count", "with", "arg"] {
        let marker = format!(".{method}(");
        let mut from = 0;
        while let Some(found) = source[from..].find(&marker) {
            let at = from + found;
            from = at + marker.len();
            let receiver: String = source[..at]
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if receiver != "t" && receiver != "rt" {
                continue; // reversed: "rt" is `tr`
            }
            let rest = source[from..].trim_start();
            if let Some(literal) = rest.strip_prefix('"')
                && let Some(key) = literal.split('"').next()
            {
                keys.push(key.to_owned());
            }
        }
    }
    keys
}

fn files(dir: &Path, extensions: &[&str], found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, extensions, found);
        } else if path
            .extension()
            .is_some_and(|ext| extensions.iter().any(|e| ext == *e))
        {
            found.push(path);
        }
    }
}

fn keys_in_files(paths: &[PathBuf]) -> BTreeSet<String> {
    paths
        .iter()
        .flat_map(|path| keys_in(&std::fs::read_to_string(path).unwrap()))
        .filter(|key| key != "key")
        .collect()
}

/// Keys built at run time from the domain's enumerations and error kinds.
fn dynamic_keys() -> BTreeSet<String> {
    let mut keys: BTreeSet<String> = tandem_web::labels::all_dynamic_keys().into_iter().collect();
    keys.extend(
        [
            "error-not-found",
            "error-forbidden",
            "error-conflict",
            "error-invalid",
            "error-too-large",
            "error-internal",
        ]
        .map(String::from),
    );
    keys.extend(["screened", "ready", "withdrawn", "registered"].map(|s| format!("screen-to-{s}")));
    keys.extend(["mentor", "mentee"].map(|s| format!("side-{s}")));
    keys.extend(
        [
            "alliance_admin",
            "org_admin",
            "coordinator",
            "mentor",
            "mentee",
        ]
        .map(|s| format!("role-{s}")),
    );
    keys
}

/// Every key used anywhere: Rust code, templates, and the dynamic ones.
fn used_keys() -> BTreeSet<String> {
    let mut paths = Vec::new();
    files(&root().join("src"), &["rs"], &mut paths);
    files(&root().join("templates"), &["html"], &mut paths);
    let mut keys = keys_in_files(&paths);
    keys.extend(dynamic_keys());
    keys
}

/// The message ids of one `.ftl` file; panics with the parser's errors when it does not parse.
fn message_ids(path: &Path) -> BTreeSet<String> {
    use fluent_templates::fluent_bundle::FluentResource;
    let text = std::fs::read_to_string(path).unwrap();
    if let Err((_, errors)) = FluentResource::try_new(text.clone()) {
        panic!("{} does not parse: {errors:?}", path.display());
    }
    // A message starts a line with its identifier (terms start with `-`, comments with `#`).
    text.lines()
        .filter_map(|line| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let valid = id.starts_with(|c: char| c.is_ascii_alphabetic())
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            valid.then(|| id.to_owned())
        })
        .collect()
}

fn catalogue_files(lang: &str) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    files(&root().join("locales").join(lang), &["ftl"], &mut paths);
    paths.sort();
    paths
}

/// Every message id of a language, over all its `.ftl` files.
fn catalogue(lang: &str) -> BTreeSet<String> {
    catalogue_files(lang)
        .iter()
        .flat_map(|path| message_ids(path))
        .collect()
}

#[test]
fn the_scan_finds_calls_over_several_lines() {
    let source = "t.with(\n    \"a-key\",\n &[]); layout.t.get(\"b-key\"); context.tr.count(\"c-key\", 2); \
                  other.get(\"not-a-key\"); at.get(\"nor-this\")";
    assert_eq!(keys_in(source), ["b-key", "c-key", "a-key"]);
}

#[test]
fn every_used_key_exists_in_german_and_english() {
    let keys = used_keys();
    assert!(
        keys.len() > 150,
        "only {} keys found: the scan is broken",
        keys.len()
    );
    let missing: Vec<String> = COMPLETE
        .iter()
        .flat_map(|lang| {
            keys.iter()
                .filter(|key| !Tr::has(lang, key))
                .map(move |key| format!("{lang}:{key}"))
        })
        .collect();
    assert!(missing.is_empty(), "missing translations: {missing:?}");
    // `Tr::has` falls back to German; the catalogue files themselves must have every key too.
    for lang in COMPLETE {
        let defined = catalogue(lang);
        let missing: Vec<&String> = keys.iter().filter(|k| !defined.contains(*k)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
    }
}

#[test]
fn german_and_english_have_the_same_keys() {
    let (de, en) = (catalogue("de"), catalogue("en"));
    let only_de: Vec<&String> = de.difference(&en).collect();
    let only_en: Vec<&String> = en.difference(&de).collect();
    assert!(
        only_de.is_empty() && only_en.is_empty(),
        "only in German: {only_de:?}; only in English: {only_en:?}"
    );
}

#[test]
fn every_catalogue_parses_and_every_offered_language_has_one() {
    for locale in LOCALES_OFFERED {
        let files = catalogue_files(locale.code);
        assert!(!files.is_empty(), "no catalogue for {}", locale.code);
        for path in &files {
            assert!(!message_ids(path).is_empty(), "{} is empty", path.display());
        }
    }
}

#[test]
fn new_catalogues_are_marked_machine_made_and_translate_all_of_main() {
    let english = message_ids(&root().join("locales/en/main.ftl"));
    for lang in PARTICIPANT_LANGUAGES {
        let path = root().join("locales").join(lang).join("main.ftl");
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            text.lines().next(),
            Some(MACHINE_MADE),
            "{lang}: first line"
        );
        let ids = message_ids(&path);
        let missing: Vec<&String> = english.difference(&ids).collect();
        let unused: Vec<&String> = ids.difference(&english).collect();
        assert!(missing.is_empty(), "{lang}/main.ftl lacks {missing:?}");
        assert!(
            unused.is_empty(),
            "{lang}/main.ftl has unknown keys {unused:?}"
        );
    }
}

#[test]
fn new_catalogues_cover_the_pages_of_mentees_and_mentors() {
    let paths: Vec<PathBuf> = PARTICIPANT_TEMPLATES
        .iter()
        .map(|name| root().join("templates").join(name))
        .collect();
    let mut keys = keys_in_files(&paths);
    // The labels these pages show: languages, levels, times, genders, kinds, field errors.
    let english_main = message_ids(&root().join("locales/en/main.ftl"));
    keys.extend(
        dynamic_keys()
            .into_iter()
            .filter(|key| english_main.contains(key)),
    );
    assert!(keys.len() > 100, "only {} participant keys", keys.len());
    for lang in PARTICIPANT_LANGUAGES {
        let defined = catalogue(lang);
        // Keys from catalogues other than main.ftl (e.g. the proposal page's `matching.ftl`) are
        // required only once that language has such a file; until then they fall back to German
        // and `scripts/i18n-report.py` lists them.
        let own: BTreeSet<String> = catalogue_files("en")
            .iter()
            .filter(|path| {
                path.file_name()
                    .is_some_and(|name| root().join("locales").join(lang).join(name).exists())
            })
            .flat_map(|path| message_ids(path))
            .collect();
        let missing: Vec<&String> = keys
            .iter()
            .filter(|key| own.contains(*key) && !defined.contains(*key))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
    }
}

fn page_request(path: &str, accept_language: Option<&str>) -> Request<Body> {
    let mut builder = Request::get(path);
    if let Some(value) = accept_language {
        builder = builder.header(header::ACCEPT_LANGUAGE, value);
    }
    builder.body(Body::empty()).unwrap()
}

app_tests! {
    async fn pages_render_in_every_language_and_direction(app) {
        let org = app.organisation("Exil e.V.").await;
        let programme = app.programme(&org).await.to_string();
        let anonymous = Session::default();
        let register = format!("/programmes/{programme}/register?side=mentee");
        for locale in LOCALES_OFFERED {
            let tr = Tr::new(*locale);
            for path in ["/".to_owned(), format!("/programmes/{programme}"), register.clone()] {
                let joined = if path.contains('?') { '&' } else { '?' };
                let page = app.get(&format!("{path}{joined}lang={}", locale.code), &anonymous).await;
                assert_eq!(page.status, StatusCode::OK, "{path} in {}", locale.code);
                let opening = format!("<html lang=\"{}\" dir=\"{}\">", locale.code, locale.dir());
                assert!(page.body.contains(&opening), "{path} in {}: {opening}", locale.code);
                assert!(page.body.contains(&tr.get("skip-to-content")), "{path} in {}", locale.code);
            }
            let form = app.get(&format!("{register}&lang={}", locale.code), &anonymous).await;
            assert!(form.body.contains(&tr.get("register-title-mentee")), "{}", locale.code);
            assert!(form.body.contains(&tr.get("field-postal-code")), "{}", locale.code);
        }

        // An unknown language falls back to German without an error.
        let unknown = app.get("/?lang=xx", &anonymous).await;
        assert_eq!(unknown.status, StatusCode::OK);
        assert!(unknown.body.contains("<html lang=\"de\" dir=\"ltr\">"));

        // The browser's language is honoured: Farsi is right to left.
        let farsi = app.send(page_request("/", Some("fa-IR,fa;q=0.9,en;q=0.5"))).await;
        assert!(farsi.body.contains("<html lang=\"fa\" dir=\"rtl\">"), "{}", farsi.body);
        let turkish = app.send(page_request("/", Some("tr"))).await;
        assert!(turkish.body.contains("<html lang=\"tr\" dir=\"ltr\">"));

        // A registration with an error in Arabic keeps what was typed and ties the error to its field.
        let typed = [
            ("side", "mentee"),
            ("first_name", "أمينة"),
            ("last_name", "Haddad"),
            ("email", "amina@example.org"),
            ("postal_code", "3015"),
            ("birth_year", "1994"),
            ("language_0", "ar"),
            ("level_0", "native"),
            ("consent", "yes"),
        ];
        let failed = app
            .post_form(&format!("/programmes/{programme}/register?lang=ar"), &anonymous, &typed)
            .await;
        assert!(failed.body.contains("dir=\"rtl\""), "{}", failed.body);
        assert!(failed.body.contains("value=\"أمينة\""), "{}", failed.body);
        assert!(failed.body.contains("value=\"3015\""));
        assert!(failed.body.contains("aria-describedby=\"postal_code-error\""));
        let arabic = Tr::new(*LOCALES_OFFERED.iter().find(|l| l.code == "ar").unwrap());
        assert!(failed.body.contains(&arabic.get("error-field-postal-code")));
    }
}
