//! The public directory ("Projektmesse"): which published programmes match a visitor's search, in
//! which order, and where each one is on the map.
//!
//! Searching happens here, over the few hundred published programmes, rather than in SQL: distance
//! needs the gazetteer, the rules are the same on both storage backends, and they can be tested
//! without a database.

use crate::{
    DomainError,
    gazetteer::{self, Place},
    organisation::Organisation,
    person::Side,
    programme::{Listing, Programme, ProgrammeKind, Region},
    values::{LanguageCode, PostalCode},
};

/// The radius used when a visitor gives a postal code but no distance.
pub const DEFAULT_RADIUS_KM: u16 = 25;
/// Results per page.
pub const PAGE_SIZE: usize = 20;

/// One published programme as the directory knows it.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectoryEntry {
    pub programme: Programme,
    pub organisation: Organisation,
    pub listing: Listing,
}

/// The search fields as the visitor typed them (all optional).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchForm {
    pub text: String,
    pub kind: String,
    pub language: String,
    pub postal_code: String,
    pub radius_km: String,
    pub district: String,
    pub seeking: String,
}

/// Where the visitor looks from.
#[derive(Debug, Clone, PartialEq)]
pub struct Near {
    pub place: &'static Place,
    pub radius_km: u16,
}

/// A parsed search. A field that does not parse is left out (and reported), so the visitor still
/// sees results and a hint instead of an empty page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Search {
    /// Lower-cased words that must all appear somewhere in the programme's texts.
    pub words: Vec<String>,
    pub kind: Option<ProgrammeKind>,
    pub language: Option<LanguageCode>,
    pub near: Option<Near>,
    /// Official key (AGS) of a Lower Saxony district.
    pub district: Option<&'static str>,
    pub seeking: Option<Side>,
}

impl Search {
    /// Parses what the visitor typed; the errors name the fields that were left out.
    pub fn parse(form: &SearchForm) -> (Self, Vec<DomainError>) {
        let mut errors = Vec::new();
        let words = form
            .text
            .split_whitespace()
            .take(10)
            .map(str::to_lowercase)
            .collect();
        let kind = match form.kind.trim() {
            "" => None,
            raw => ProgrammeKind::parse(raw)
                .map_err(|error| errors.push(error))
                .ok(),
        };
        let language = match form.language.trim() {
            "" => None,
            raw => LanguageCode::parse(raw)
                .map_err(|error| errors.push(error))
                .ok(),
        };
        let radius_km = match form.radius_km.trim() {
            "" => DEFAULT_RADIUS_KM,
            raw => match raw.parse::<u16>() {
                Ok(km) if (1..=300).contains(&km) => km,
                _ => {
                    errors.push(DomainError::invalid("radius_km", "range-1-300"));
                    DEFAULT_RADIUS_KM
                }
            },
        };
        let near = match form.postal_code.trim() {
            "" => None,
            raw => match PostalCode::parse(raw) {
                Err(error) => {
                    errors.push(error);
                    None
                }
                Ok(code) => match gazetteer::lookup(&code) {
                    Some(place) => Some(Near { place, radius_km }),
                    None => {
                        errors.push(DomainError::invalid("postal_code", "postal-code-unknown"));
                        None
                    }
                },
            },
        };
        let district = match form.district.trim() {
            "" => None,
            raw => {
                let found = districts().iter().find(|d| d.key == raw).map(|d| d.key);
                if found.is_none() {
                    errors.push(DomainError::invalid("district", "choice"));
                }
                found
            }
        };
        let seeking = match form.seeking.trim() {
            "" => None,
            "mentors" => Some(Side::Mentor),
            "mentees" => Some(Side::Mentee),
            _ => {
                errors.push(DomainError::invalid("seeking", "choice"));
                None
            }
        };
        let search = Self {
            words,
            kind,
            language,
            near,
            district,
            seeking,
        };
        (search, errors)
    }

    /// Whether the visitor narrowed anything down.
    pub fn is_filtered(&self) -> bool {
        !self.words.is_empty()
            || self.kind.is_some()
            || self.language.is_some()
            || self.near.is_some()
            || self.district.is_some()
            || self.seeking.is_some()
    }
}

/// One result: the entry's position in the input and, for a search near a place, its distance.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub index: usize,
    /// Kilometres from the visitor's place to the programme's nearest postal code; `None` for
    /// online programmes and searches without a place.
    pub distance_km: Option<f64>,
}

/// The entries that match, nearest first when a place is given (online programmes after the local
/// ones), otherwise in the input order.
pub fn search(entries: &[DirectoryEntry], search: &Search) -> Vec<Hit> {
    let mut hits: Vec<Hit> = entries
        .iter()
        .enumerate()
        .filter_map(|(index, entry)| {
            let details = &entry.programme.details;
            if search.kind.is_some_and(|kind| kind != details.kind) {
                return None;
            }
            if let Some(language) = &search.language
                && !details.languages.contains(language)
            {
                return None;
            }
            match search.seeking {
                Some(Side::Mentor) if !entry.listing.seeks_mentors => return None,
                Some(Side::Mentee) if !entry.listing.seeks_mentees => return None,
                _ => {}
            }
            if let Some(district) = search.district
                && !places(&details.region).any(|place| place.district_key == district)
            {
                return None;
            }
            if !search.words.is_empty() {
                let haystack = haystack(entry);
                if !search.words.iter().all(|word| haystack.contains(word)) {
                    return None;
                }
            }
            let distance_km = match (&search.near, &details.region) {
                (None, _) | (Some(_), Region::Online) => None,
                (Some(near), Region::PostalCodes(_)) => {
                    let nearest = places(&details.region)
                        .map(|place| gazetteer::distance_km(near.place, place))
                        .min_by(f64::total_cmp)?;
                    if nearest > f64::from(near.radius_km) {
                        return None;
                    }
                    Some(nearest)
                }
            };
            Some(Hit { index, distance_km })
        })
        .collect();
    if search.near.is_some() {
        // Stable: equal distances keep the input (name) order; online (None) goes last.
        hits.sort_by(|a, b| match (a.distance_km, b.distance_km) {
            (Some(a), Some(b)) => a.total_cmp(&b),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
    }
    hits
}

/// Everything free text is matched against, lower-cased.
fn haystack(entry: &DirectoryEntry) -> String {
    let details = &entry.programme.details;
    let mut text = [
        details.name.as_str(),
        details.description.as_str(),
        entry.organisation.name.as_str(),
        entry.organisation.city.as_str(),
        entry.listing.target_group.as_str(),
    ]
    .join("\n");
    for place in places(&details.region) {
        text.push('\n');
        text.push_str(place.locality);
        text.push('\n');
        text.push_str(place.district);
    }
    text.to_lowercase()
}

/// The gazetteer places of a region's postal codes (unknown codes are skipped).
pub fn places(region: &Region) -> impl Iterator<Item = &'static Place> + '_ {
    let codes: &[PostalCode] = match region {
        Region::Online => &[],
        Region::PostalCodes(codes) => codes,
    };
    codes.iter().filter_map(gazetteer::lookup)
}

/// Where a programme goes on the map: the mean position of its places in Lower Saxony.
pub fn map_position(region: &Region) -> Option<(f64, f64)> {
    let (mut latitude, mut longitude, mut count) = (0.0, 0.0, 0.0);
    for place in places(region).filter(|place| place.state == "NI") {
        latitude += place.latitude;
        longitude += place.longitude;
        count += 1.0;
    }
    (count > 0.0).then(|| (latitude / count, longitude / count))
}

/// A district of Lower Saxony (Landkreis, Region Hannover or kreisfreie Stadt).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct District {
    pub key: &'static str,
    pub name: &'static str,
}

/// The districts of Lower Saxony, by name, as the gazetteer knows them.
pub fn districts() -> &'static [District] {
    static DISTRICTS: std::sync::OnceLock<Vec<District>> = std::sync::OnceLock::new();
    DISTRICTS.get_or_init(|| {
        let mut found: Vec<District> = Vec::new();
        for place in gazetteer::all().iter().filter(|place| place.state == "NI") {
            if place.district_key.starts_with("03")
                && !found.iter().any(|d| d.key == place.district_key)
            {
                found.push(District {
                    key: place.district_key,
                    name: place.district,
                });
            }
        }
        found.sort_by(|a, b| a.name.cmp(b.name));
        found
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        ids::{OrganisationId, ProgrammeId},
        programme::ProgrammeDetails,
    };

    fn entry(
        name: &str,
        kind: &str,
        region: &str,
        languages: &str,
        seeks: (bool, bool),
    ) -> DirectoryEntry {
        let details =
            ProgrammeDetails::parse(name, kind, "", region, languages, "12", "1", true).unwrap();
        DirectoryEntry {
            programme: Programme {
                id: ProgrammeId::generate(),
                organisation_id: OrganisationId::generate(),
                details,
            },
            organisation: Organisation {
                id: OrganisationId::generate(),
                name: "Verein".to_owned(),
                city: "Niedersachsen".to_owned(),
                created_at: time::OffsetDateTime::UNIX_EPOCH,
            },
            listing: Listing {
                target_group: "Geflüchtete Frauen".to_owned(),
                seeks_mentors: seeks.0,
                seeks_mentees: seeks.1,
                ..Listing::default()
            },
        }
    }

    fn form(postal_code: &str, radius_km: &str) -> SearchForm {
        SearchForm {
            postal_code: postal_code.to_owned(),
            radius_km: radius_km.to_owned(),
            ..SearchForm::default()
        }
    }

    fn names(entries: &[DirectoryEntry], hits: &[Hit]) -> Vec<String> {
        hits.iter()
            .map(|hit| entries[hit.index].programme.details.name.clone())
            .collect()
    }

    fn sample() -> Vec<DirectoryEntry> {
        vec![
            entry(
                "Göttingen Buddies",
                "buddy",
                "37073",
                "de,ar",
                (true, false),
            ),
            entry(
                "Hannover Lernpaten",
                "learning",
                "30159,30161",
                "de",
                (true, true),
            ),
            entry(
                "Online Karriere",
                "career",
                "online",
                "de,en,uk",
                (false, true),
            ),
            entry(
                "Braunschweig Tandem",
                "buddy",
                "38100",
                "de,fa",
                (true, true),
            ),
            entry(
                "Oldenburg Paten",
                "learning",
                "26122",
                "de,tr",
                (false, false),
            ),
        ]
    }

    #[test]
    fn near_a_postal_code_nearest_first_within_the_radius_online_last() {
        let entries = sample();
        let (search_near, errors) = Search::parse(&form("30159", "80"));
        assert!(errors.is_empty());
        let hits = search(&entries, &search_near);
        assert_eq!(
            names(&entries, &hits),
            [
                "Hannover Lernpaten",
                "Braunschweig Tandem",
                "Online Karriere"
            ]
        );
        let to_brunswick = hits[1].distance_km.unwrap();
        assert!((50.0..65.0).contains(&to_brunswick), "{to_brunswick}");
        assert!(hits[0].distance_km.unwrap() < 2.0);
        assert_eq!(hits[2].distance_km, None);

        let (wide, _) = Search::parse(&form("30159", "300"));
        let all = names(&entries, &search(&entries, &wide));
        assert_eq!(all.len(), 5);
        assert_eq!(all.last().unwrap(), "Online Karriere");
        assert_eq!(all[..2], ["Hannover Lernpaten", "Braunschweig Tandem"]);
    }

    #[test]
    fn filters_combine() {
        let entries = sample();
        let parse = |form: SearchForm| Search::parse(&form).0;
        let by_kind = parse(SearchForm {
            kind: "buddy".into(),
            ..SearchForm::default()
        });
        assert_eq!(
            names(&entries, &search(&entries, &by_kind)),
            ["Göttingen Buddies", "Braunschweig Tandem"]
        );
        let farsi_mentees = parse(SearchForm {
            language: "fa".into(),
            seeking: "mentees".into(),
            ..SearchForm::default()
        });
        assert_eq!(
            names(&entries, &search(&entries, &farsi_mentees)),
            ["Braunschweig Tandem"]
        );
        let words = parse(SearchForm {
            text: "FRAUEN hannover".into(),
            ..SearchForm::default()
        });
        assert_eq!(
            names(&entries, &search(&entries, &words)),
            ["Hannover Lernpaten"]
        );
        let region_hannover = parse(SearchForm {
            district: "03241".into(),
            ..SearchForm::default()
        });
        assert_eq!(
            names(&entries, &search(&entries, &region_hannover)),
            ["Hannover Lernpaten"]
        );
        let nothing = parse(SearchForm::default());
        assert!(!nothing.is_filtered());
        assert_eq!(search(&entries, &nothing).len(), 5);
    }

    #[test]
    fn bad_fields_are_named_and_left_out() {
        let (search, errors) = Search::parse(&SearchForm {
            postal_code: "3015".into(),
            kind: "party".into(),
            radius_km: "0".into(),
            seeking: "x".into(),
            district: "09162".into(),
            ..SearchForm::default()
        });
        let fields: Vec<&str> = errors
            .iter()
            .map(|error| match error {
                DomainError::Invalid { field, .. } => *field,
                _ => "other",
            })
            .collect();
        assert_eq!(
            fields,
            ["kind", "radius_km", "postal_code", "district", "seeking"]
        );
        assert!(!search.is_filtered());
        let (_, unknown) = Search::parse(&form("99999", ""));
        assert_eq!(
            unknown,
            [DomainError::invalid("postal_code", "postal-code-unknown")]
        );
    }

    #[test]
    fn lower_saxony_has_45_districts_and_programmes_sit_among_them() {
        assert_eq!(districts().len(), 45);
        assert!(districts().iter().any(|d| d.key == "03159"));
        let (latitude, longitude) = map_position(&Region::parse("30159,30161").unwrap()).unwrap();
        assert!((52.3..52.5).contains(&latitude) && (9.6..9.9).contains(&longitude));
        assert_eq!(map_position(&Region::Online), None);
    }
}
