//! Translations. Every user-visible text is a Fluent message in `locales/<lang>/main.ftl`;
//! templates and handlers ask for it through [`Tr`] by key.
//!
//! The language of a request is, in order: `?lang=`, the `lang` cookie, the signed-in user's stored
//! choice, the browser's `Accept-Language`, then German. A language Tandem does not offer falls back
//! to German without error; a key missing in a language falls back to German, then English.

use fluent_templates::{fluent_bundle::FluentValue, static_loader};
use std::{
    borrow::Cow,
    collections::{HashMap, HashSet},
    sync::{LazyLock, Mutex},
};
use unic_langid::LanguageIdentifier;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "de",
    };
}

/// A language the interface is offered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    pub code: &'static str,
    /// The language's own name, for the switcher.
    pub name: &'static str,
    pub rtl: bool,
}

/// Languages with a catalogue. German first: the default for public pages. German and English
/// are complete (staff pages included); Arabic, Ukrainian, Farsi and Turkish cover every page that
/// mentees and mentors see and fall back to German, then English, elsewhere.
pub const LOCALES_OFFERED: &[Locale] = &[
    Locale {
        code: "de",
        name: "Deutsch",
        rtl: false,
    },
    Locale {
        code: "en",
        name: "English",
        rtl: false,
    },
    Locale {
        code: "ar",
        name: "العربية",
        rtl: true,
    },
    Locale {
        code: "uk",
        name: "Українська",
        rtl: false,
    },
    Locale {
        code: "fa",
        name: "فارسی",
        rtl: true,
    },
    Locale {
        code: "tr",
        name: "Türkçe",
        rtl: false,
    },
];

pub const DEFAULT_LOCALE: Locale = LOCALES_OFFERED[0];

impl Locale {
    /// The offered locale for a code such as `en`, `en-GB` or `EN`; `None` when not offered.
    pub fn find(code: &str) -> Option<Self> {
        let primary = code
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        LOCALES_OFFERED
            .iter()
            .copied()
            .find(|locale| locale.code == primary)
    }

    /// Picks the first offered language from an `Accept-Language` header, by quality.
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut ranked: Vec<(f32, Self)> = header
            .split(',')
            .filter_map(|item| {
                let mut parts = item.split(';');
                let locale = Self::find(parts.next()?)?;
                let quality = parts
                    .find_map(|param| param.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                Some((quality, locale))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranked.first().map(|(_, locale)| *locale)
    }

    pub fn dir(self) -> &'static str {
        if self.rtl { "rtl" } else { "ltr" }
    }
}

/// The translator handed to every template: `t.get("key")`.
#[derive(Debug, Clone)]
pub struct Tr {
    pub locale: Locale,
    langid: LanguageIdentifier,
}

impl Tr {
    pub fn new(locale: Locale) -> Self {
        let langid = locale
            .code
            .parse()
            .unwrap_or_else(|_| unic_langid::langid!("de"));
        Self { locale, langid }
    }

    /// The message for `key`; falls back to German, then English (each gap logged once per
    /// language and key); a key missing everywhere renders as nothing, never as the raw key.
    pub fn get(&self, key: &str) -> String {
        self.lookup(key, None)
    }

    /// The message for `key` with Fluent arguments (numbers pick CLDR plural forms).
    pub fn with(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(name, value)| (Cow::Owned((*name).to_owned()), value.clone()))
            .collect();
        self.lookup(key, Some(&map))
    }

    /// Shorthand for a message with one numeric argument `count`.
    pub fn count(&self, key: &str, count: u64) -> String {
        self.with(key, &[("count", FluentValue::from(count))])
    }

    /// Shorthand for a message with one text argument `value`.
    pub fn arg(&self, key: &str, value: &str) -> String {
        self.with(key, &[("value", FluentValue::from(value.to_owned()))])
    }

    fn lookup(
        &self,
        key: &str,
        args: Option<&HashMap<Cow<'static, str>, FluentValue<'_>>>,
    ) -> String {
        let mut missing_in = None;
        for langid in [
            &self.langid,
            &unic_langid::langid!("de"),
            &unic_langid::langid!("en"),
        ] {
            match LOCALES.lookup_single_language(langid, key, args) {
                Ok(text) => {
                    if let Some(lang) = missing_in {
                        log_once(lang, key, "translation missing: falling back");
                    }
                    return text;
                }
                Err(_) => {
                    missing_in.get_or_insert(self.locale.code);
                }
            }
        }
        log_once(
            self.locale.code,
            key,
            "missing translation in every language",
        );
        // Never show a raw key: a missing message is at worst an empty string.
        String::new()
    }

    /// Whether a key exists in a given language's own catalogue, without falling back (for the
    /// catalogue tests). A message whose variables were not given still counts as present.
    pub fn has(code: &str, key: &str) -> bool {
        let Ok(langid) = code.parse::<LanguageIdentifier>() else {
            return false;
        };
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> =
            ["count", "page", "pages", "total", "value"]
                .into_iter()
                .map(|name| (Cow::Borrowed(name), FluentValue::from(1)))
                .collect();
        match LOCALES.lookup_single_language(&langid, key, Some(&args)) {
            Ok(_) => true,
            // fluent-templates does not export its error type: a formatting error (a variable we
            // did not pass) means the message exists; a retrieval error means it does not.
            Err(error) => format!("{error:?}").starts_with("FluentError"),
        }
    }
}

/// Keys already reported as missing, per language: each gap is logged once, not on every request.
static REPORTED: LazyLock<Mutex<HashSet<String>>> = LazyLock::new(|| Mutex::new(HashSet::new()));

fn log_once(lang: &str, key: &str, what: &'static str) {
    let first = REPORTED
        .lock()
        .map(|mut reported| reported.insert(format!("{lang}:{key}")))
        .unwrap_or(true);
    if first {
        tracing::warn!(lang, key, "{what}");
    }
}

/// Removes the bidi isolation marks Fluent puts around arguments. Right for plain-text e-mails:
/// a mail client would otherwise take the marks as part of a link.
pub fn without_isolation(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_falls_back_to_german() {
        assert_eq!(Locale::find("xx"), None);
        assert_eq!(Locale::find("en-GB").map(|l| l.code), Some("en"));
        let header = "fr-FR,fr;q=0.9,en;q=0.8,de;q=0.7";
        assert_eq!(
            Locale::from_accept_language(header).map(|l| l.code),
            Some("en")
        );
        assert_eq!(Locale::from_accept_language("fr"), None);
        assert_eq!(Locale::find("prs"), None);
        let farsi = Locale::from_accept_language("fa-IR,fa;q=0.9,de;q=0.5");
        assert_eq!(farsi.map(|l| (l.code, l.dir())), Some(("fa", "rtl")));
        assert_eq!(Locale::find("ar-SY").map(Locale::dir), Some("rtl"));
        assert_eq!(Locale::find("uk").map(Locale::dir), Some("ltr"));
    }

    #[test]
    fn messages_exist_in_both_languages() {
        assert_eq!(Tr::new(DEFAULT_LOCALE).get("nav-home"), "Start");
        assert_eq!(Tr::new(LOCALES_OFFERED[1]).get("nav-home"), "Home");
    }

    fn tr(code: &str) -> Tr {
        Tr::new(Locale::find(code).unwrap_or(DEFAULT_LOCALE))
    }

    #[test]
    fn six_languages_two_of_them_right_to_left() {
        let codes: Vec<&str> = LOCALES_OFFERED.iter().map(|l| l.code).collect();
        assert_eq!(codes, ["de", "en", "ar", "uk", "fa", "tr"]);
        let rtl: Vec<&str> = LOCALES_OFFERED
            .iter()
            .filter(|l| l.rtl)
            .map(|l| l.code)
            .collect();
        assert_eq!(rtl, ["ar", "fa"]);
        assert_eq!(tr("ar").get("nav-home"), "الصفحة الرئيسية");
        assert_eq!(tr("tr").get("login"), "Giriş yap");
    }

    #[test]
    fn plurals_follow_each_languages_rules() {
        let plain = |text: String| without_isolation(&text);
        // Ukrainian: one / few / many.
        assert_eq!(plain(tr("uk").count("days-waiting", 1)), "1 день");
        assert_eq!(plain(tr("uk").count("days-waiting", 3)), "3 дні");
        assert_eq!(plain(tr("uk").count("days-waiting", 5)), "5 днів");
        assert_eq!(plain(tr("uk").count("days-waiting", 21)), "21 день");
        // Arabic: one / two / few / many / other.
        assert_eq!(plain(tr("ar").count("months", 1)), "شهر واحد");
        assert_eq!(plain(tr("ar").count("months", 2)), "شهران");
        assert_eq!(plain(tr("ar").count("months", 4)), "4 أشهر");
        assert_eq!(plain(tr("ar").count("months", 12)), "12 شهرًا");
        assert_eq!(plain(tr("en").count("months", 1)), "1 month");
    }

    #[test]
    fn a_missing_key_falls_back_and_never_shows_raw() {
        // A key only the German and English catalogues have falls back to German.
        let german = tr("de").get("nav-home");
        assert_eq!(tr("xx").get("nav-home"), german);
        assert_eq!(tr("ar").get("no-such-key-anywhere"), "");
        assert_eq!(tr("de").get("no-such-key-anywhere"), "");
    }
}
