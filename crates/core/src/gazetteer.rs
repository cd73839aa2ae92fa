//! German postal codes with locality, district and coordinates, shipped with Tandem so that distance
//! works without any network access.
//!
//! Data: GeoNames (geonames.org), CC BY 4.0, extracted by `scripts/build-gazetteer.py` into
//! `data/postal-codes-de.tsv` (all 8,308 German postal codes, 822 of them in Lower Saxony). A code has
//! one coordinate: the mean of its localities.

use crate::values::PostalCode;
use std::sync::OnceLock;

/// One postal code's place.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub postal_code: &'static str,
    /// Localities, the main one first (`Dresden / Dresden Friedrichstadt`).
    pub locality: &'static str,
    /// Two-letter state code (`NI` for Lower Saxony).
    pub state: &'static str,
    pub district: &'static str,
    /// Official municipality key of the district (AGS, five digits).
    pub district_key: &'static str,
    pub latitude: f64,
    pub longitude: f64,
}

const DATA: &str = include_str!("../data/postal-codes-de.tsv");

fn places() -> &'static [Place] {
    static PLACES: OnceLock<Vec<Place>> = OnceLock::new();
    PLACES.get_or_init(|| {
        DATA.lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let mut fields = line.split('\t');
                Some(Place {
                    postal_code: fields.next()?,
                    locality: fields.next()?,
                    state: fields.next()?,
                    district: fields.next()?,
                    district_key: fields.next()?,
                    latitude: fields.next()?.parse().ok()?,
                    longitude: fields.next()?.parse().ok()?,
                })
            })
            .collect()
    })
}

/// The place of a postal code, if GeoNames knows it.
pub fn lookup(code: &PostalCode) -> Option<&'static Place> {
    let places = places();
    places
        .binary_search_by(|place| place.postal_code.cmp(code.as_str()))
        .ok()
        .map(|index| &places[index])
}

/// Every known place, sorted by postal code.
pub fn all() -> &'static [Place] {
    places()
}

/// Great-circle distance in kilometres (haversine; good to well under 1 % at these distances).
pub fn distance_km(a: &Place, b: &Place) -> f64 {
    const EARTH_RADIUS_KM: f64 = 6371.0;
    let (lat1, lat2) = (a.latitude.to_radians(), b.latitude.to_radians());
    let d_lat = lat2 - lat1;
    let d_lon = (b.longitude - a.longitude).to_radians();
    let h = (d_lat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (d_lon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(code: &str) -> &'static Place {
        lookup(&PostalCode::parse(code).unwrap()).unwrap()
    }

    #[test]
    fn covers_all_of_lower_saxony() {
        let codes = all().iter().filter(|place| place.state == "NI").count();
        assert!(codes >= 820, "{codes} Lower Saxony codes");
        assert_eq!(all().len(), 8308);
        assert!(
            all()
                .windows(2)
                .all(|pair| pair[0].postal_code < pair[1].postal_code)
        );
    }

    #[test]
    fn hannover_to_osnabrueck_is_about_115_km() {
        let hannover = place("30159");
        assert!(hannover.locality.starts_with("Hannover"));
        assert_eq!(hannover.district_key, "03241");
        let km = distance_km(hannover, place("49074"));
        assert!((110.0..125.0).contains(&km), "{km}");
        assert!(lookup(&PostalCode::parse("99999").unwrap()).is_none());
    }
}
