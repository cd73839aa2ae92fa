//! Translations. Every user-visible text is a Fluent message in `locales/<lang>/main.ftl`;
//! templates and handlers ask for it through [`Tr`] by key.
//!
//! The language of a request is, in order: `?lang=`, the `lang` cookie, the signed-in user's stored
//! choice, the browser's `Accept-Language`, then German. A language Tandem does not offer falls back
//! to German without error; a key missing in a language falls back to German, then English.

use fluent_templates::{Loader, fluent_bundle::FluentValue, static_loader};
use std::{borrow::Cow, collections::HashMap};
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

/// Languages with a catalogue. German first: the default for public pages.
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

    /// The message for `key`; falls back to German, then English, then the key itself (logged).
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
        for langid in [
            &self.langid,
            &unic_langid::langid!("de"),
            &unic_langid::langid!("en"),
        ] {
            let found = match args {
                Some(args) => LOCALES.try_lookup_with_args(langid, key, args),
                None => LOCALES.try_lookup(langid, key),
            };
            if let Some(text) = found {
                return text;
            }
        }
        tracing::warn!(key, "missing translation");
        key.to_owned()
    }

    /// Whether a key exists in a given language (for the catalogue tests).
    pub fn has(code: &str, key: &str) -> bool {
        // Messages with variables only resolve with arguments: give every variable we use.
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> =
            ["count", "page", "pages", "total", "value"]
                .into_iter()
                .map(|name| (Cow::Borrowed(name), FluentValue::from(1)))
                .collect();
        code.parse::<LanguageIdentifier>()
            .ok()
            .is_some_and(|langid| LOCALES.try_lookup_with_args(&langid, key, &args).is_some())
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
    }

    #[test]
    fn messages_exist_in_both_languages() {
        assert_eq!(Tr::new(DEFAULT_LOCALE).get("nav-home"), "Start");
        assert_eq!(Tr::new(LOCALES_OFFERED[1]).get("nav-home"), "Home");
    }
}
