//! Stage 4: the gazetteer — every known name in one Aho-Corasick automaton over folded text.

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::analysis::Lang;
use crate::text::{fold, Folded};

/// How a form names its country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// A name of the country (`Chine`, `République populaire de Chine`).
    Name,
    /// A nationality noun or adjective (`chinoise`, `Chinese`).
    Demonym,
    /// A combining form used before a hyphen (`sino` in `sino-russe`).
    Prefix,
    /// The capital, standing for the government only in context.
    Capital,
    /// A building or metonym standing for the government (`Kremlin`).
    Standin,
}

/// Kind of a title or role word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    /// Head of state or government.
    Head,
    /// Minister.
    Minister,
    /// Military rank or command.
    Military,
    /// Other official role.
    Official,
    /// Civil honorific (`M.`, `Mr`).
    Civil,
}

/// One meaning of a gazetteer pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sense {
    /// A form of country `countries[idx]`.
    Country(u16, FormKind),
    /// Place `places[idx]`.
    Place(u32),
    /// Organization `orgs[idx]`.
    Org(u16),
    /// A given name, with the index of its origin in `origins`.
    GivenName(u8),
    /// A surname of a surname-first culture, with its origin.
    Surname(u8),
    /// A title.
    Title(TitleKind),
}

/// What the original text must look like for a sense to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Any,
    Capitalised,
    Exact,
}

/// A country.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// ISO 3166 alpha-3.
    pub iso3: String,
    /// Usual French name.
    pub name_fr: String,
    /// Usual English name.
    pub name_en: String,
    /// Latitude, longitude of the capital.
    pub coords: Option<[f64; 2]>,
}

impl Country {
    /// The usual name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.name_fr,
            Lang::En => &self.name_en,
        }
    }
}

/// A place.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Name as written in the gazetteer.
    pub name: String,
    /// city, region, sea, strait, peninsula, island, base, area.
    pub kind: String,
    /// Country (ISO alpha-3), empty when none.
    pub iso3: String,
    /// Latitude, longitude.
    pub coords: Option<[f64; 2]>,
    /// Population (0 when unknown).
    pub population: u64,
}

/// An organization known by name.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Org {
    /// Stable key (`NATO`).
    pub key: String,
    /// intl, alliance, media, platform, party, military…
    pub kind: String,
    /// First French form.
    pub name_fr: String,
    /// First English form.
    pub name_en: String,
    /// Country it belongs to (ISO alpha-3), if any.
    pub iso3: Option<String>,
}

/// The raw tables (tab-separated text) a gazetteer is built from.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tables<'a> {
    /// `iso3 iso2 fr_name en_name lat lon`
    pub countries: &'a str,
    /// `iso3 lang kind form`
    pub country_forms: &'a str,
    /// `name lang kind iso3 lat lon population`
    pub places: &'a str,
    /// `key kind lang form country`
    pub orgs: &'a str,
    /// `name origin`
    pub given_names: &'a str,
    /// `name origin`
    pub surnames: &'a str,
    /// `lang kind form`
    pub titles: &'a str,
}

/// A match of a gazetteer pattern in the text.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Original byte offset of the start.
    pub start: usize,
    /// Original byte offset of the end.
    pub end: usize,
    /// The meanings that fit the case of the text.
    pub senses: Vec<Sense>,
}

/// Every known name, ready to be found in text.
pub struct Gazetteer {
    /// Countries, indexed by [`Sense::Country`].
    pub countries: Vec<Country>,
    /// Places, indexed by [`Sense::Place`].
    pub places: Vec<Place>,
    /// Organizations, indexed by [`Sense::Org`].
    pub orgs: Vec<Org>,
    /// Origins of names (`ru`, `zh`…), indexed by [`Sense::GivenName`] and [`Sense::Surname`].
    pub origins: Vec<String>,
    patterns: Vec<Vec<(Sense, Case)>>,
    by_key: HashMap<String, usize>,
    automaton: AhoCorasick,
    iso3_index: HashMap<String, u16>,
}

static GLOBAL: LazyLock<Gazetteer> = LazyLock::new(|| {
    Gazetteer::new(Tables {
        countries: trame_gazetteer::COUNTRIES,
        country_forms: trame_gazetteer::COUNTRY_FORMS,
        places: trame_gazetteer::PLACES,
        orgs: trame_gazetteer::ORGS,
        given_names: trame_gazetteer::GIVEN_NAMES,
        surnames: trame_gazetteer::SURNAMES,
        titles: trame_gazetteer::TITLES,
    })
});

fn rows(table: &str) -> impl Iterator<Item = Vec<&str>> {
    table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| l.split('\t').collect())
}

fn case_of(form: &str) -> Case {
    let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) && letters.len() <= 6 {
        Case::Exact
    } else if form.chars().next().is_some_and(|c| c.is_uppercase()) {
        Case::Capitalised
    } else {
        Case::Any
    }
}

fn coords(lat: Option<&&str>, lon: Option<&&str>) -> Option<[f64; 2]> {
    let lat = lat?.trim().parse::<f64>().ok()?;
    let lon = lon?.trim().parse::<f64>().ok()?;
    Some([lat, lon])
}

impl Gazetteer {
    /// The gazetteer compiled from the embedded tables (built once, on first use).
    pub fn global() -> &'static Gazetteer {
        &GLOBAL
    }

    /// Builds a gazetteer from tables; malformed rows are skipped.
    pub fn new(t: Tables<'_>) -> Gazetteer {
        let mut g = Builder::default();
        for r in rows(t.countries) {
            if r.len() < 4 {
                continue;
            }
            let idx = g.countries.len() as u16;
            g.iso3_index.insert(r[0].to_string(), idx);
            g.countries.push(Country {
                iso3: r[0].to_string(),
                name_fr: r[2].to_string(),
                name_en: r[3].to_string(),
                coords: coords(r.get(4), r.get(5)),
            });
            g.add(r[2], Sense::Country(idx, FormKind::Name));
            g.add(r[3], Sense::Country(idx, FormKind::Name));
        }
        for r in rows(t.country_forms) {
            if r.len() < 4 {
                continue;
            }
            let Some(&idx) = g.iso3_index.get(r[0]) else {
                continue;
            };
            let kind = match r[2] {
                "name" => FormKind::Name,
                "demonym" => FormKind::Demonym,
                "prefix" => FormKind::Prefix,
                "capital" => FormKind::Capital,
                "standin" => FormKind::Standin,
                _ => continue,
            };
            g.add(r[3], Sense::Country(idx, kind));
        }
        for r in rows(t.places) {
            if r.len() < 4 {
                continue;
            }
            let idx = g.places.len() as u32;
            g.places.push(Place {
                name: r[0].to_string(),
                kind: r[2].to_string(),
                iso3: if r[3] == "-" { String::new() } else { r[3].to_string() },
                coords: coords(r.get(4), r.get(5)),
                population: r.get(6).and_then(|p| p.trim().parse().ok()).unwrap_or(0),
            });
            g.add(r[0], Sense::Place(idx));
        }
        let mut org_index: HashMap<String, u16> = HashMap::new();
        for r in rows(t.orgs) {
            if r.len() < 4 {
                continue;
            }
            let idx = *org_index.entry(r[0].to_string()).or_insert_with(|| {
                g.orgs.push(Org {
                    key: r[0].to_string(),
                    kind: r[1].to_string(),
                    iso3: r.get(4).filter(|c| !c.is_empty() && **c != "-").map(|c| c.to_string()),
                    ..Org::default()
                });
                (g.orgs.len() - 1) as u16
            });
            let org = &mut g.orgs[idx as usize];
            if (r[2] == "fr" || r[2] == "*") && org.name_fr.is_empty() {
                org.name_fr = r[3].to_string();
            }
            if (r[2] == "en" || r[2] == "*") && org.name_en.is_empty() {
                org.name_en = r[3].to_string();
            }
            g.add(r[3], Sense::Org(idx));
        }
        for r in rows(t.given_names) {
            let origin = g.origin(r.get(1).copied().unwrap_or(""));
            g.add(r[0], Sense::GivenName(origin));
        }
        for r in rows(t.surnames) {
            let origin = g.origin(r.get(1).copied().unwrap_or(""));
            g.add(r[0], Sense::Surname(origin));
        }
        for r in rows(t.titles) {
            if r.len() < 3 {
                continue;
            }
            let kind = match r[1] {
                "head" => TitleKind::Head,
                "minister" => TitleKind::Minister,
                "military" => TitleKind::Military,
                "official" => TitleKind::Official,
                "civil" => TitleKind::Civil,
                _ => continue,
            };
            g.add(r[2], Sense::Title(kind));
        }
        g.finish()
    }

    /// Senses of an exact folded form (`fold("Pékin")`), ignoring case requirements.
    pub fn senses_of(&self, folded: &str) -> impl Iterator<Item = Sense> + '_ {
        self.by_key.get(folded).into_iter().flat_map(|&i| self.patterns[i].iter().map(|&(s, _)| s))
    }

    /// Index of a country by ISO alpha-3.
    pub fn country_index(&self, iso3: &str) -> Option<u16> {
        self.iso3_index.get(iso3).copied()
    }

    /// All matches in the text (overlapping), on word boundaries, whose case fits at least one sense.
    pub fn lookup(&self, text: &str, folded: &Folded) -> Vec<Candidate> {
        let mut out = Vec::new();
        for m in self.automaton.find_overlapping_iter(folded.text.as_str()) {
            let (fs, fe) = (m.start(), m.end());
            let (start, end) = (folded.original(fs), folded.original(fe));
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            if before.is_some_and(|c| c.is_alphanumeric()) || after.is_some_and(|c| c.is_alphanumeric()) {
                continue;
            }
            let surface = &text[start..end];
            let senses: Vec<Sense> = self.patterns[m.pattern().as_usize()]
                .iter()
                .filter(|(sense, case)| {
                    let ok = match case {
                        Case::Any => true,
                        Case::Capitalised => surface.chars().next().is_some_and(|c| c.is_uppercase()),
                        Case::Exact => {
                            let letters: Vec<char> = surface.chars().filter(|c| c.is_alphabetic()).collect();
                            // "OTAN", and the press's "Otan", "Onu", "Brics" for longer acronyms
                            letters.iter().all(|c| c.is_uppercase())
                                || letters.len() >= 3
                                    && letters[0].is_uppercase()
                                    && letters[1..].iter().all(|c| c.is_lowercase())
                                    && !surface.contains('.')
                        }
                    };
                    let prefix_ok =
                        !matches!(sense, Sense::Country(_, FormKind::Prefix)) || after == Some('-');
                    ok && prefix_ok
                })
                .map(|&(s, _)| s)
                .collect();
            if !senses.is_empty() {
                out.push(Candidate { start, end, senses });
            }
        }
        out
    }
}

#[derive(Default)]
struct Builder {
    countries: Vec<Country>,
    places: Vec<Place>,
    orgs: Vec<Org>,
    origins: Vec<String>,
    patterns: Vec<Vec<(Sense, Case)>>,
    keys: Vec<String>,
    by_key: HashMap<String, usize>,
    iso3_index: HashMap<String, u16>,
}

impl Builder {
    fn add(&mut self, form: &str, sense: Sense) {
        let key = fold(form);
        if key.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
            return;
        }
        let case = case_of(form.trim());
        let idx = *self.by_key.entry(key.clone()).or_insert_with(|| {
            self.patterns.push(Vec::new());
            self.keys.push(key);
            self.patterns.len() - 1
        });
        let senses = &mut self.patterns[idx];
        if let Some(existing) = senses.iter_mut().find(|(s, _)| *s == sense) {
            // the most permissive case wins for the same sense
            if case == Case::Any || (case == Case::Capitalised && existing.1 == Case::Exact) {
                existing.1 = case;
            }
        } else {
            senses.push((sense, case));
        }
    }

    fn origin(&mut self, o: &str) -> u8 {
        match self.origins.iter().position(|x| x == o) {
            Some(i) => i as u8,
            None => {
                self.origins.push(o.to_string());
                (self.origins.len() - 1).min(255) as u8
            }
        }
    }

    fn finish(self) -> Gazetteer {
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&self.keys)
            .expect("gazetteer automaton builds");
        Gazetteer {
            countries: self.countries,
            places: self.places,
            orgs: self.orgs,
            origins: self.origins,
            patterns: self.patterns,
            by_key: self.by_key,
            automaton,
            iso3_index: self.iso3_index,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn small() -> Gazetteer {
        Gazetteer::new(Tables {
            countries: "#iso3\tiso2\tfr\ten\tlat\tlon\nCHN\tCN\tChine\tChina\t39.9\t116.4\nRUS\tRU\tRussie\tRussia\t55.7\t37.6\nUSA\tUS\tÉtats-Unis\tUnited States\t38.9\t-77.0\n",
            country_forms: "CHN\tfr\tdemonym\tchinois\nCHN\tfr\tdemonym\tchinoises\nCHN\tfr\tprefix\tsino\nCHN\tfr\tcapital\tPékin\nRUS\tfr\tdemonym\trusse\nRUS\ten\tstandin\tKremlin\nUSA\ten\tname\tUS\n",
            places: "Brest\t*\tcity\tBLR\t52.1\t23.7\t340000\n",
            orgs: "NATO\talliance\tfr\tOTAN\t-\nNATO\talliance\ten\tNATO\t-\n",
            given_names: "Vladimir\tru\n",
            surnames: "Li\tzh\n",
            titles: "fr\thead\tprésident\n",
        })
    }

    fn found(g: &Gazetteer, text: &str) -> Vec<String> {
        let f = Folded::new(text);
        g.lookup(text, &f).into_iter().map(|c| text[c.start..c.end].to_string()).collect()
    }

    #[test]
    fn finds_forms_on_word_boundaries_with_case() {
        let g = small();
        assert_eq!(found(&g, "Les Chinoises et la Chine"), ["Chinoises", "Chine"]);
        assert_eq!(found(&g, "relations sino-russe à Pékin"), ["sino", "russe", "Pékin"]);
        assert!(found(&g, "chine us sinologue").is_empty());
        assert_eq!(found(&g, "l’OTAN et les US"), ["OTAN", "US"]);
    }

    #[test]
    fn keeps_all_senses() {
        let g = small();
        let f = Folded::new("le président Vladimir");
        let c = g.lookup("le président Vladimir", &f);
        assert_eq!(c[0].senses, [Sense::Title(TitleKind::Head)]);
        assert!(matches!(c[1].senses[0], Sense::GivenName(_)));
    }

    fn places_named<'g>(g: &'g Gazetteer, name: &str) -> Vec<&'g Place> {
        g.senses_of(&fold(name))
            .filter_map(|s| match s {
                Sense::Place(p) => Some(&g.places[p as usize]),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn embedded_regions_belong_to_their_country() {
        let g = Gazetteer::global();
        for (name, iso3) in [
            ("Rajasthan", "IND"),
            ("Goa", "IND"),
            ("Fujian", "CHN"),
            ("Ningxia", "CHN"),
            ("Guangdong", "CHN"),
            ("Bavière", "DEU"),
            ("Bavaria", "DEU"),
            ("Primorié", "RUS"),
            ("Primorsky Krai", "RUS"),
            ("Kaliningrad Oblast", "RUS"),
            ("oblast de Kaliningrad", "RUS"),
            ("Gyeonggi", "KOR"),
            ("Khuzestan", "IRN"),
            ("Khouzistan", "IRN"),
            ("Donetsk Oblast", "UKR"),
            ("Florida", "USA"),
        ] {
            let places = places_named(g, name);
            assert!(places.iter().any(|p| p.kind == "region" && p.iso3 == iso3), "{name}: {places:?}");
        }
    }

    #[test]
    fn embedded_regions_leave_other_senses_alone() {
        let g = Gazetteer::global();
        // capitals, cities, countries and common words are no region
        for name in [
            "Washington",
            "Moscou",
            "Moskva",
            "Brest",
            "Minsk",
            "Mexico",
            "Georgia",
            "Géorgie",
            "Jordan",
            "Centre",
            "Nord",
            "Northern",
            "Central",
            "Victoria",
            "Orange",
            "Var",
            "Lot",
            "Vienne",
            "Jura",
            "Punjab",
        ] {
            let regions: Vec<_> = places_named(g, name).into_iter().filter(|p| p.kind == "region").collect();
            assert!(regions.is_empty(), "{name}: {regions:?}");
        }
        assert!(places_named(g, "Brest").iter().any(|p| p.kind == "city"));
        let washington: Vec<Sense> = g.senses_of(&fold("Washington")).collect();
        assert!(washington.iter().any(|s| matches!(s, Sense::Country(_, FormKind::Capital))));
    }
}
