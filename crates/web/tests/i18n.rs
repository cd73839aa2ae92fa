//! Every translation key used in templates and code exists in German and English.

use tandem_web::i18n::Tr;

fn keys_in(source: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for marker in [
        "t.get(\"",
        "t.count(\"",
        "t.with(\"",
        "tr.get(\"",
        "tr.count(\"",
    ] {
        for piece in source.split(marker).skip(1) {
            if let Some(key) = piece.split('"').next() {
                keys.push(key.to_owned());
            }
        }
    }
    keys
}

fn all_sources(dir: &std::path::Path, found: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            all_sources(&path, found);
        } else if path
            .extension()
            .is_some_and(|ext| ext == "rs" || ext == "html")
        {
            found.push(std::fs::read_to_string(&path).expect("read source"));
        }
    }
}

#[test]
fn every_used_key_exists_in_german_and_english() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    all_sources(&root.join("src"), &mut sources);
    all_sources(&root.join("templates"), &mut sources);
    let mut keys: Vec<String> = sources.iter().flat_map(|source| keys_in(source)).collect();
    keys.extend(tandem_web::labels::all_dynamic_keys());
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
    keys.sort();
    keys.dedup();
    keys.retain(|key| key != "key");
    assert!(
        keys.len() > 150,
        "only {} keys found: the scan is broken",
        keys.len()
    );
    let missing: Vec<String> = ["de", "en"]
        .iter()
        .flat_map(|lang| {
            keys.iter()
                .filter(|key| !Tr::has(lang, key))
                .map(move |key| format!("{lang}:{key}"))
        })
        .collect();
    assert!(missing.is_empty(), "missing translations: {missing:?}");
}
