//! The map of Lower Saxony, drawn on the server as SVG from the district outlines in
//! `assets/ni-districts.txt` (BKG VG250, simplified by `scripts/make-district-map.mjs`). No tiles,
//! no scripts, nothing from third parties.

use std::sync::OnceLock;

const DATA: &str = include_str!("../assets/ni-districts.txt");

/// The projection of the data file: equirectangular around 52.8° N, 1000 units wide.
const LON0: f64 = 6.65;
const LAT_MAX: f64 = 53.90;
const SCALE: f64 = 334.1391;
const COS_LAT0: f64 = 0.604_599_114_862_476_4; // cos(52.8°)
pub const WIDTH: u32 = 1000;
pub const HEIGHT: u32 = 873;

/// The attribution the licence asks for, shown under the map.
pub const ATTRIBUTION: &str = "© GeoBasis-DE / BKG (2016), dl-de/by-2.0";

/// One district outline.
#[derive(Debug)]
pub struct Outline {
    pub key: &'static str,
    pub name: &'static str,
    /// SVG path data in map units.
    pub path: &'static str,
}

/// The 45 outlines, in file order.
pub fn outlines() -> &'static [Outline] {
    static OUTLINES: OnceLock<Vec<Outline>> = OnceLock::new();
    OUTLINES.get_or_init(|| {
        DATA.lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .filter_map(|line| {
                let mut fields = line.splitn(3, '\t');
                Some(Outline {
                    key: fields.next()?,
                    name: fields.next()?,
                    path: fields.next()?,
                })
            })
            .collect()
    })
}

/// Map units of a latitude/longitude.
pub fn project(latitude: f64, longitude: f64) -> (f64, f64) {
    (
        (longitude - LON0) * SCALE * COS_LAT0,
        (LAT_MAX - latitude) * SCALE,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_has_every_district_and_hannover_lands_where_the_script_put_it() {
        assert_eq!(outlines().len(), 45);
        assert!(
            outlines()
                .iter()
                .all(|o| o.path.starts_with('M') && o.key.starts_with("03"))
        );
        let (x, y) = project(52.3759, 9.7320);
        assert!(
            (x - 622.63).abs() < 0.05 && (y - 509.26).abs() < 0.05,
            "{x} {y}"
        );
        assert!((COS_LAT0 - 52.8_f64.to_radians().cos()).abs() < 1e-12);
    }
}
