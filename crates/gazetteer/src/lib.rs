//! Trame's compiled gazetteers and lexicons, embedded as tab-separated text tables.
//!
//! The files in `data/` are written by `generate.py` from registry packages (see `data/SOURCES.md`)
//! and the hand-curated files in `source/`. Each table starts with a `#` line naming its columns;
//! the engine parses them once.

/// Countries: `iso3 iso2 fr_name en_name lat lon` (coordinates of the capital).
pub const COUNTRIES: &str = include_str!("../data/countries.tsv");
/// Forms naming a country: `iso3 lang kind form`, kind is name, demonym, prefix, capital or standin.
pub const COUNTRY_FORMS: &str = include_str!("../data/country_forms.tsv");
/// Places: `name lang kind iso3 lat lon population`.
pub const PLACES: &str = include_str!("../data/places.tsv");
/// Organizations known by name: `key kind lang form country parent` (parent: the key of the known
/// body it is part of, or `-`).
pub const ORGS: &str = include_str!("../data/orgs.tsv");
/// Given names: `name origin`.
pub const GIVEN_NAMES: &str = include_str!("../data/given_names.tsv");
/// Surnames of surname-first cultures: `name origin`.
pub const SURNAMES: &str = include_str!("../data/surnames.tsv");
/// Titles and roles before a person's name: `lang kind form`.
pub const TITLES: &str = include_str!("../data/titles.tsv");
/// Public figures whose country news often leaves unsaid: `name iso3 role`.
pub const PEOPLE: &str = include_str!("../data/people.tsv");

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(table: &str) -> Vec<Vec<&str>> {
        table.lines().filter(|l| !l.starts_with('#')).map(|l| l.split('\t').collect()).collect()
    }

    #[test]
    fn tables_have_their_columns() {
        for (table, cols) in [
            (COUNTRIES, 7),
            (COUNTRY_FORMS, 4),
            (PLACES, 7),
            (ORGS, 6),
            (GIVEN_NAMES, 2),
            (SURNAMES, 2),
            (TITLES, 3),
        ] {
            assert!(table.starts_with("# generated"), "header line");
            for r in rows(table) {
                assert_eq!(r.len(), cols, "{r:?}");
                assert!(r.iter().take(cols.min(4)).all(|f| !f.is_empty()), "{r:?}");
            }
        }
        // coordinates are both numbers, or both empty (a region the source gives no position)
        for r in rows(PLACES) {
            let both = r[4].parse::<f64>().is_ok() && r[5].parse::<f64>().is_ok();
            assert!(both || r[4].is_empty() && r[5].is_empty(), "{r:?}");
        }
        assert!(rows(PLACES).iter().filter(|r| r[4].is_empty()).count() * 5 < rows(PLACES).len());
        // a former state says the last year it existed, a present one nothing
        let former: Vec<&str> = rows(COUNTRIES).iter().filter(|r| !r[6].is_empty()).map(|r| r[0]).collect();
        assert!(former.contains(&"SUN") && former.len() < 10, "{former:?}");
        assert!(rows(COUNTRIES)
            .iter()
            .all(|r| r[6].is_empty() || r[6].parse::<i32>().is_ok_and(|y| y < 2000)));
    }

    fn has_form(iso3: &str, kind: &str, form: &str) -> bool {
        rows(COUNTRY_FORMS).iter().any(|r| r[0] == iso3 && r[2] == kind && r[3] == form)
    }

    #[test]
    fn knows_countries_in_both_languages() {
        assert!(has_form("JPN", "demonym", "japonaise"));
        assert!(has_form("JPN", "demonym", "Japanese"));
        assert!(has_form("JPN", "capital", "Tokyo"));
        assert!(has_form("DEU", "demonym", "allemandes"));
        assert!(has_form("PRK", "demonym", "nord-coréen"));
        assert!(has_form("CHN", "capital", "Pékin"));
        assert!(has_form("IND", "capital", "New Delhi"));
        assert!(has_form("RUS", "standin", "Kremlin"));
        assert!(rows(ORGS).iter().any(|r| r[0] == "NATO" && r[3] == "OTAN"));
        assert!(!rows(PLACES).iter().any(|r| r[0] == "Nice"), "common words are not places");
    }
}
