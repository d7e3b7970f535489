//! Stage 4: the gazetteer — every known name, found in folded text by a hashed key index.
//!
//! The index of the embedded tables is compiled by the build script (see [`table`]), so the first
//! analysis of a run only reads the records (countries, places, organizations) and starts at once.

mod table;

use std::collections::HashMap;
use std::sync::LazyLock;

use table::{hash_more, Case, KeyIndex, KeyView, Records, HASH_START};
pub use table::{Country, FormKind, Org, Place, Sense, Tables, TitleKind};

use crate::analysis::Lang;
use crate::text::Folded;

/// The key index of the embedded tables, written by `build.rs`.
#[allow(clippy::all, clippy::pedantic)]
mod compiled {
    use super::table::{Case, Entry, FormKind, KeyView, Sense, TitleKind};
    include!(concat!(env!("OUT_DIR"), "/gazetteer_index.rs"));
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

/// Where a gazetteer's key index lives.
enum Keys {
    /// Compiled into the binary (the embedded tables).
    Compiled,
    /// Built at run time from tables given by the caller.
    Built(KeyIndex),
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
    keys: Keys,
    iso3_index: HashMap<String, u16>,
    people: HashMap<String, u16>,
    /// The one organization naming a country's whole armed forces, by country index (countries
    /// with several such are left out).
    forces: HashMap<u16, usize>,
}

/// The tables embedded in the binary (`trame-gazetteer`), the ones `build.rs` compiles.
pub const EMBEDDED: Tables<'static> = Tables {
    countries: trame_gazetteer::COUNTRIES,
    country_forms: trame_gazetteer::COUNTRY_FORMS,
    places: trame_gazetteer::PLACES,
    orgs: trame_gazetteer::ORGS,
    given_names: trame_gazetteer::GIVEN_NAMES,
    surnames: trame_gazetteer::SURNAMES,
    titles: trame_gazetteer::TITLES,
    people: trame_gazetteer::PEOPLE,
};

static GLOBAL: LazyLock<Gazetteer> =
    LazyLock::new(|| Gazetteer::with_keys(Records::parse(&EMBEDDED), Keys::Compiled));

impl Gazetteer {
    /// The gazetteer of the embedded tables (its records read once, on first use; its key index
    /// compiled into the binary).
    pub fn global() -> &'static Gazetteer {
        &GLOBAL
    }

    /// Builds a gazetteer from tables; malformed rows are skipped.
    pub fn new(t: Tables<'_>) -> Gazetteer {
        let records = Records::parse(&t);
        let keys = KeyIndex::build(&t, &records);
        Gazetteer::with_keys(records, Keys::Built(keys))
    }

    fn with_keys(r: Records, keys: Keys) -> Gazetteer {
        let mut forces: HashMap<u16, Option<usize>> = HashMap::new();
        for (i, o) in r.orgs.iter().enumerate().filter(|(_, o)| o.whole_forces) {
            if let Some(&c) = o.iso3.as_deref().and_then(|iso| r.iso3_index.get(iso)) {
                forces.entry(c).and_modify(|x| *x = None).or_insert(Some(i));
            }
        }
        let forces = forces.into_iter().filter_map(|(c, o)| o.map(|o| (c, o))).collect();
        Gazetteer {
            forces,
            countries: r.countries,
            places: r.places,
            orgs: r.orgs,
            origins: r.origins,
            keys,
            iso3_index: r.iso3_index,
            people: r.people,
        }
    }

    fn keys(&self) -> KeyView<'_> {
        match &self.keys {
            Keys::Compiled => compiled::view(),
            Keys::Built(k) => k.view(),
        }
    }

    /// Senses of an exact folded form (`fold("Pékin")`), ignoring case requirements.
    pub fn senses_of(&self, folded: &str) -> impl Iterator<Item = Sense> + '_ {
        let keys = self.keys();
        keys.get(folded).into_iter().flat_map(move |e| keys.senses_of(e).iter().map(|&(s, _)| s))
    }

    /// The country of a public figure known by this folded full name (`fold("Paul Biya")`):
    /// the reviewed table of heads of state and government and of ministers whose country news
    /// often leaves unsaid.
    pub fn person_country(&self, folded: &str) -> Option<u16> {
        self.people.get(folded).copied()
    }

    /// The organization (index into `orgs`) naming the whole armed forces of country `c`, when
    /// the tables know exactly one ("FARDC" for the Democratic Republic of the Congo).
    pub fn forces_of(&self, c: u16) -> Option<usize> {
        self.forces.get(&c).copied()
    }

    /// Index of a country by ISO alpha-3.
    pub fn country_index(&self, iso3: &str) -> Option<u16> {
        self.iso3_index.get(iso3).copied()
    }

    /// All matches in the text (overlapping), on word boundaries, whose case fits at least one sense;
    /// in order of their end, the longer first for one end.
    ///
    /// Linear in the text: from each word start the span grows word by word while it is a key or
    /// the prefix of one (no longer than the longest key), one hash probe per step.
    pub fn lookup(&self, text: &str, folded: &Folded) -> Vec<Candidate> {
        let keys = self.keys();
        let mut out = Vec::new();
        let mut prev_alnum = false;
        for (s, c) in folded.text.char_indices() {
            let word_start = !prev_alnum && !c.is_whitespace();
            prev_alnum = c.is_alphanumeric();
            if word_start {
                matches_from(keys, text, folded, s, &mut out);
            }
        }
        out.sort_unstable_by_key(|c| (c.end, c.start));
        out
    }
}

/// Reads the forms several countries share ("Dominican", "congolais", "the Kingdom") by the text:
/// a form whose owners include exactly one country the text names by a form of its own (name,
/// nationality, capital or stand-in, or a known body of that country: "FARDC") is that country's
/// nationality, or its form of state for a [`FormKind::Polity`]; any other shared sense is dropped,
/// and a candidate left with no sense with it. Linear in the candidates.
pub fn resolve_shared(gaz: &Gazetteer, candidates: &mut Vec<Candidate>) {
    let shared = |s: &Sense| matches!(s, Sense::Country(_, FormKind::Shared | FormKind::Polity));
    let own = |s: &Sense| match *s {
        Sense::Country(_, FormKind::Shared | FormKind::Polity) => None,
        Sense::Country(c, _) => Some(c),
        Sense::Org(o) => gaz.orgs[o as usize].iso3.as_deref().and_then(|iso| gaz.country_index(iso)),
        _ => None,
    };
    let named: std::collections::HashSet<u16> =
        candidates.iter().flat_map(|c| c.senses.iter()).filter_map(own).collect();
    for c in candidates.iter_mut() {
        if !c.senses.iter().any(shared) {
            continue;
        }
        let owners: Vec<(u16, FormKind)> = c
            .senses
            .iter()
            .filter_map(|s| match *s {
                Sense::Country(o, k @ (FormKind::Shared | FormKind::Polity)) if named.contains(&o) => {
                    Some((o, k))
                }
                _ => None,
            })
            .collect();
        c.senses.retain(|s| !shared(s));
        if let [(one, kind)] = owners[..] {
            let kind = if kind == FormKind::Polity { FormKind::Polity } else { FormKind::Demonym };
            c.senses.push(Sense::Country(one, kind));
        }
    }
    candidates.retain(|c| !c.senses.is_empty());
}

/// Pushes the keys found at folded offset `s` (spans ending on a word boundary).
fn matches_from(keys: KeyView<'_>, text: &str, folded: &Folded, s: usize, out: &mut Vec<Candidate>) {
    let f = folded.text.as_str();
    let mut h = HASH_START;
    let mut chars = f[s..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let e = s + i + c.len_utf8();
        if e - s > keys.max_len {
            break;
        }
        h = hash_more(h, &f.as_bytes()[s + i..e]);
        if chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric()) {
            continue;
        }
        // a longer key through here would have this span as a prefix
        let Some(entry) = keys.find(&f[s..e], h) else { break };
        let senses = keys.senses_of(entry);
        if !senses.is_empty() {
            out.extend(candidate(text, folded.original(s), folded.original(e), senses));
        }
    }
}

/// The match of a key at original offsets `start..end`, if it is on word boundaries and its case fits
/// at least one of its senses.
fn candidate(text: &str, start: usize, end: usize, senses: &[(Sense, Case)]) -> Option<Candidate> {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    if before.is_some_and(|c| c.is_alphanumeric()) || after.is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    let surface = &text[start..end];
    let senses: Vec<Sense> = senses
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
            let prefix_ok = !matches!(sense, Sense::Country(_, FormKind::Prefix)) || after == Some('-');
            ok && prefix_ok
        })
        .map(|&(s, _)| s)
        .collect();
    (!senses.is_empty()).then_some(Candidate { start, end, senses })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::text::fold;

    pub(crate) fn small() -> Gazetteer {
        Gazetteer::new(Tables {
            countries: "#iso3\tiso2\tfr\ten\tlat\tlon\nCHN\tCN\tChine\tChina\t39.9\t116.4\nRUS\tRU\tRussie\tRussia\t55.7\t37.6\nUSA\tUS\tÉtats-Unis\tUnited States\t38.9\t-77.0\n",
            country_forms: "CHN\tfr\tdemonym\tchinois\nCHN\tfr\tdemonym\tchinoises\nCHN\tfr\tprefix\tsino\nCHN\tfr\tcapital\tPékin\nRUS\tfr\tdemonym\trusse\nRUS\ten\tstandin\tKremlin\nUSA\ten\tname\tUS\n",
            places: "Brest\t*\tcity\tBLR\t52.1\t23.7\t340000\n",
            orgs: "NATO\talliance\tfr\tOTAN\t-\nNATO\talliance\ten\tNATO\t-\n",
            given_names: "Vladimir\tru\n",
            surnames: "Li\tzh\n",
            titles: "fr\thead\tprésident\n",
            people: "Ivo Tamm\tRUS\thg\n",
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

    /// The old way, kept as the reference: an Aho-Corasick automaton over the keys, every
    /// overlapping match filtered by [`candidate`].
    fn automaton_lookup(
        ac: &aho_corasick::AhoCorasick,
        keys: KeyView<'_>,
        text: &str,
    ) -> Vec<(usize, usize, Vec<Sense>)> {
        let folded = Folded::new(text);
        ac.find_overlapping_iter(folded.text.as_str())
            .filter_map(|m| {
                let e = &keys.entries[m.pattern().as_usize()];
                let (s, end) = (folded.original(m.start()), folded.original(m.end()));
                candidate(text, s, end, keys.senses_of(e))
            })
            .map(|c| (c.start, c.end, c.senses))
            .collect()
    }

    fn hashed_lookup(g: &Gazetteer, text: &str) -> Vec<(usize, usize, Vec<Sense>)> {
        g.lookup(text, &Folded::new(text)).into_iter().map(|c| (c.start, c.end, c.senses)).collect()
    }

    #[test]
    fn compiled_index_is_the_one_built_at_run_time() {
        let built = KeyIndex::build(&EMBEDDED, &Records::parse(&EMBEDDED));
        let compiled = compiled::view();
        assert_eq!(built.text, compiled.text);
        assert_eq!(built.entries, compiled.entries);
        assert_eq!(built.senses, compiled.senses);
        assert_eq!(built.slots, compiled.slots);
        assert_eq!(built.max_len, compiled.max_len);
    }

    #[test]
    fn lookup_finds_what_an_automaton_finds() {
        let g = Gazetteer::global();
        let keys = g.keys();
        let words: Vec<&str> =
            keys.entries.iter().map(|e| &keys.text[e.text.0 as usize..e.text.1 as usize]).collect();
        // keys come first among the entries, so a pattern's index is its entry's
        let patterns =
            words.iter().zip(keys.entries).filter(|(_, e)| e.senses.0 < e.senses.1).map(|(w, _)| w);
        let ac = aho_corasick::AhoCorasick::new(patterns).unwrap();
        let seps = [" ", "  ", "-", "'", "’", ", ", "\n", "ʼ", "x", "é", " (", ") "];
        // a fixed pseudo-random sequence: keys, prefixes and their capitalised forms, joined by
        // spaces, punctuation and letters
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..300 {
            let mut text = String::new();
            for _ in 0..40 {
                let w = words[next(words.len())];
                match next(3) {
                    0 => text.push_str(&w.to_uppercase()),
                    1 => text.extend(w.chars().enumerate().map(|(i, c)| {
                        if i == 0 {
                            c.to_ascii_uppercase()
                        } else {
                            c
                        }
                    })),
                    _ => text.push_str(w),
                }
                text.push_str(seps[next(seps.len())]);
            }
            assert_eq!(hashed_lookup(g, &text), automaton_lookup(&ac, keys, &text), "{text}");
        }
        let own = "Le président français s’est rendu à New Delhi puis à Pékin ; l’OTAN, l'Otan et \
            la Côte d’Ivoire, la République populaire de Chine et les sino-russes. Prime Minister \
            Narendra Modi met officials of the Philippine Navy in the South China Sea near Subic Bay.";
        assert_eq!(hashed_lookup(g, own), automaton_lookup(&ac, keys, own));
    }
}
