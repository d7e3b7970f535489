//! The gazetteer's tables and its key index, compiled from tab-separated text.
//!
//! This file depends on nothing but `crate::text` and std, because the engine's build script
//! includes it too: it compiles the embedded tables into a [`KeyIndex`] at compile time and writes
//! it out as Rust statics, so a run starts without folding or indexing ~22,000 forms. The same code
//! builds the index at run time for tables given by a caller ([`super::Gazetteer::new`]), so both
//! paths give one result.
//!
//! The index is an open-addressing hash table over every folded key and over every prefix of a key
//! that ends before a non-alphanumeric character (`cote d` for `cote d'ivoire`): a lookup extends a
//! span word by word and stops as soon as the span is neither a key nor such a prefix, so finding
//! every known name in a text costs about one probe per word.

use std::collections::{HashMap, HashSet};

use crate::text::fold;

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
    /// A name or nationality several countries share (`Dominican`, `congolais`): read only where
    /// the text names exactly one of them ([`crate::gazetteer::resolve_shared`]).
    Shared,
    /// The form of state a country's long name opens with (`Kingdom`, `Sultanat`): read as that
    /// country only where the text names exactly one country of that form, as [`FormKind::Shared`].
    Polity,
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
pub enum Case {
    /// Any case.
    Any,
    /// An upper-case first letter.
    Capitalised,
    /// All capitals, or the press's `Otan` for acronyms of three letters or more.
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
    /// The last year a state that no longer exists existed (the Soviet Union, 1991): it takes
    /// part only in events of its time.
    pub until: Option<i32>,
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
    /// Whether a form names a country's whole armed forces ("Forces armées de …", "… Defence
    /// Force"), not one service of them.
    pub whole_forces: bool,
    /// Key of the known body it is part of (`UN` for `MINUSMA`), if any.
    pub parent: Option<String>,
}

/// Whether a form (folded) names a country's whole armed forces, not one service ("Japan Air
/// Self-Defense Force" is the air force).
fn names_whole_forces(folded: &str) -> bool {
    let whole = ["armed forces", "forces armees", "defence force", "defense force", "forces de defense"];
    let service = ["air ", "ground ", "maritime ", "naval", "navy", "marine", "aerienne"];
    whole.iter().any(|w| folded.contains(w)) && !service.iter().any(|w| folded.contains(w))
}

/// The raw tables (tab-separated text) a gazetteer is built from.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tables<'a> {
    /// `iso3 iso2 fr_name en_name lat lon until`
    pub countries: &'a str,
    /// `iso3 lang kind form`
    pub country_forms: &'a str,
    /// `name lang kind iso3 lat lon population`
    pub places: &'a str,
    /// `key kind lang form country parent`
    pub orgs: &'a str,
    /// `name origin`
    pub given_names: &'a str,
    /// `name origin`
    pub surnames: &'a str,
    /// `lang kind form`
    pub titles: &'a str,
    /// `name iso3 role`
    pub people: &'a str,
}

/// The records the senses point to: countries, places, organizations and name origins.
#[derive(Debug, Clone, Default)]
pub struct Records {
    /// Countries, indexed by [`Sense::Country`].
    pub countries: Vec<Country>,
    /// Places, indexed by [`Sense::Place`].
    pub places: Vec<Place>,
    /// Organizations, indexed by [`Sense::Org`].
    pub orgs: Vec<Org>,
    /// Origins of names, indexed by [`Sense::GivenName`] and [`Sense::Surname`].
    pub origins: Vec<String>,
    /// Country index by ISO alpha-3.
    pub iso3_index: HashMap<String, u16>,
    /// The country of each public figure, by folded full name.
    pub people: HashMap<String, u16>,
}

fn rows(table: &str) -> impl Iterator<Item = Vec<&str>> {
    table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| l.split('\t').collect())
}

fn coords(lat: Option<&&str>, lon: Option<&&str>) -> Option<[f64; 2]> {
    let lat = lat?.trim().parse::<f64>().ok()?;
    let lon = lon?.trim().parse::<f64>().ok()?;
    Some([lat, lon])
}

fn form_kind(kind: &str) -> Option<FormKind> {
    Some(match kind {
        "name" => FormKind::Name,
        "demonym" => FormKind::Demonym,
        "prefix" => FormKind::Prefix,
        "capital" => FormKind::Capital,
        "standin" => FormKind::Standin,
        "shared" => FormKind::Shared,
        "polity" => FormKind::Polity,
        _ => return None,
    })
}

fn title_kind(kind: &str) -> Option<TitleKind> {
    Some(match kind {
        "head" => TitleKind::Head,
        "minister" => TitleKind::Minister,
        "military" => TitleKind::Military,
        "official" => TitleKind::Official,
        "civil" => TitleKind::Civil,
        _ => return None,
    })
}

impl Records {
    /// Reads the records of the tables; malformed rows are skipped. Indices follow row order.
    pub fn parse(t: &Tables<'_>) -> Records {
        let mut r = Records::default();
        for row in rows(t.countries).filter(|row| row.len() >= 4) {
            r.iso3_index.insert(row[0].to_string(), r.countries.len() as u16);
            r.countries.push(Country {
                iso3: row[0].to_string(),
                name_fr: row[2].to_string(),
                name_en: row[3].to_string(),
                coords: coords(row.get(4), row.get(5)),
                until: row.get(6).and_then(|y| y.trim().parse().ok()),
            });
        }
        for row in rows(t.places).filter(|row| row.len() >= 4) {
            r.places.push(Place {
                name: row[0].to_string(),
                kind: row[2].to_string(),
                iso3: if row[3] == "-" { String::new() } else { row[3].to_string() },
                coords: coords(row.get(4), row.get(5)),
                population: row.get(6).and_then(|p| p.trim().parse().ok()).unwrap_or(0),
            });
        }
        let mut org_index: HashMap<&str, usize> = HashMap::new();
        for row in rows(t.orgs).filter(|row| row.len() >= 4) {
            let idx = *org_index.entry(row[0]).or_insert_with(|| {
                r.orgs.push(Org {
                    key: row[0].to_string(),
                    kind: row[1].to_string(),
                    iso3: row.get(4).filter(|c| !c.is_empty() && **c != "-").map(|c| c.to_string()),
                    parent: row.get(5).filter(|p| !p.is_empty() && **p != "-").map(|p| p.to_string()),
                    ..Org::default()
                });
                r.orgs.len() - 1
            });
            let org = &mut r.orgs[idx];
            org.whole_forces |= org.kind == "military" && names_whole_forces(&fold(row[3]));
            if (row[2] == "fr" || row[2] == "*") && org.name_fr.is_empty() {
                org.name_fr = row[3].to_string();
            }
            if (row[2] == "en" || row[2] == "*") && org.name_en.is_empty() {
                org.name_en = row[3].to_string();
            }
        }
        for line in t.given_names.lines().chain(t.surnames.lines()) {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let origin = line.split('\t').nth(1).unwrap_or("");
            if !r.origins.iter().any(|o| o == origin) {
                r.origins.push(origin.to_string());
            }
        }
        for row in rows(t.people).filter(|row| row.len() >= 2) {
            if let Some(&c) = r.iso3_index.get(row[1]) {
                r.people.insert(fold(row[0]), c);
            }
        }
        r
    }

    fn origin(&self, o: &str) -> u8 {
        self.origins.iter().position(|x| x == o).unwrap_or(0) as u8
    }
}

/// One string of the index: a key with its senses, or only a prefix of longer keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Byte range of the string in the index's text.
    pub text: (u32, u32),
    /// Range of its senses; empty for a prefix that is no key.
    pub senses: (u32, u32),
}

/// Every folded key (with its senses) and key prefix, in an open-addressing hash table.
#[derive(Debug, Clone, Copy)]
pub struct KeyView<'a> {
    /// The strings of the entries, one after the other.
    pub text: &'a str,
    /// Keys first, in the order of their first form in the tables, then prefixes.
    pub entries: &'a [Entry],
    /// The senses of the keys, with the case the text must have for each.
    pub senses: &'a [(Sense, Case)],
    /// Hash slots: entry index + 1, 0 when free; a power of two long.
    pub slots: &'a [u32],
    /// Length in bytes of the longest key.
    pub max_len: usize,
}

/// FNV-1a offset basis: the hash of the empty string.
pub const HASH_START: u64 = 0xcbf2_9ce4_8422_2325;

/// Extends an FNV-1a hash by some bytes (the hash of `a + b` is `hash_more(hash_more(START, a), b)`).
pub fn hash_more(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl<'a> KeyView<'a> {
    /// The entry of string `s`, whose hash is `h`.
    pub fn find(&self, s: &str, h: u64) -> Option<&'a Entry> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut i = h as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return None;
            }
            let e = &self.entries[slot as usize - 1];
            if &self.text[e.text.0 as usize..e.text.1 as usize] == s {
                return Some(e);
            }
            i = (i + 1) & mask;
        }
    }

    /// The senses of a key (empty for a prefix).
    pub fn senses_of(&self, e: &Entry) -> &'a [(Sense, Case)] {
        &self.senses[e.senses.0 as usize..e.senses.1 as usize]
    }

    /// The entry of a folded string.
    pub fn get(&self, s: &str) -> Option<&'a Entry> {
        self.find(s, hash_more(HASH_START, s.as_bytes()))
    }
}

/// A key index owned in memory (see [`KeyView`] for the layout).
#[derive(Debug, Clone, Default)]
pub struct KeyIndex {
    /// See [`KeyView::text`].
    pub text: String,
    /// See [`KeyView::entries`].
    pub entries: Vec<Entry>,
    /// See [`KeyView::senses`].
    pub senses: Vec<(Sense, Case)>,
    /// See [`KeyView::slots`].
    pub slots: Vec<u32>,
    /// See [`KeyView::max_len`].
    pub max_len: usize,
}

/// How many words make an organization's name long enough to be known whatever the case of its
/// first letter ("l'organisation pour la sécurité et la coopération en Europe"): no common phrase
/// runs so long by chance.
const LONG_NAME_WORDS: usize = 4;

fn case_of(form: &str, sense: &Sense) -> Case {
    let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
    // (an organization's name only: a long title, "Chief of the General Staff", is a title only
    // where its capitals say so)
    let long = matches!(sense, Sense::Org(_)) && form.split_whitespace().count() >= LONG_NAME_WORDS;
    if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) && letters.len() <= 6 {
        Case::Exact
    } else if form.chars().next().is_some_and(|c| c.is_uppercase()) && !long {
        Case::Capitalised
    } else {
        Case::Any
    }
}

/// How many hyphens of a country's name are written as spaces one by one ([`Keys::add_name`]).
const MAX_HYPHENS: usize = 3;

/// Keys with their senses, in order of first appearance, before they are laid out.
#[derive(Default)]
struct Keys {
    keys: Vec<String>,
    senses: Vec<Vec<(Sense, Case)>>,
    by_key: HashMap<String, usize>,
}

impl Keys {
    /// A country's name, and the same name with any of its hyphens written as spaces: real
    /// typography drops them, all or some ("Royaume Uni", "Timor Leste", "Papouasie
    /// Nouvelle-Guinée"). Names have at most a few hyphens; past [`MAX_HYPHENS`] only the form
    /// with none is added.
    fn add_name(&mut self, form: &str, sense: Sense) {
        self.add(form, sense);
        let hyphens: Vec<usize> = form.match_indices('-').map(|(i, _)| i).collect();
        if hyphens.is_empty() {
            return;
        }
        if hyphens.len() > MAX_HYPHENS {
            self.add(&form.replace('-', " "), sense);
            return;
        }
        // every non-empty subset of the hyphens, by bit mask
        for mask in 1..(1u32 << hyphens.len()) {
            let mut variant = form.as_bytes().to_vec();
            for (b, &at) in hyphens.iter().enumerate() {
                if mask & (1 << b) != 0 {
                    variant[at] = b' ';
                }
            }
            // (a hyphen is one byte, so the variant stays valid UTF-8)
            if let Ok(v) = String::from_utf8(variant) {
                self.add(&v, sense);
            }
        }
    }

    fn add(&mut self, form: &str, sense: Sense) {
        let key = fold(form);
        // one letter is no name, but a title abbreviated to one ("M." for Monsieur) is a title
        let abbreviated_title = matches!(sense, Sense::Title(_)) && key.ends_with('.');
        if key.chars().filter(|c| c.is_alphanumeric()).count() < 2 && !abbreviated_title {
            return;
        }
        let case = case_of(form.trim(), &sense);
        let idx = *self.by_key.entry(key.clone()).or_insert_with(|| {
            self.senses.push(Vec::new());
            self.keys.push(key);
            self.senses.len() - 1
        });
        let senses = &mut self.senses[idx];
        if let Some(existing) = senses.iter_mut().find(|(s, _)| *s == sense) {
            // the most permissive case wins for the same sense
            if case == Case::Any || (case == Case::Capitalised && existing.1 == Case::Exact) {
                existing.1 = case;
            }
        } else {
            senses.push((sense, case));
        }
    }
}

impl KeyIndex {
    /// Folds every form of the tables into keys; `r` gives the indices the senses point to.
    pub fn build(t: &Tables<'_>, r: &Records) -> KeyIndex {
        let mut k = Keys::default();
        for (idx, row) in rows(t.countries).filter(|row| row.len() >= 4).enumerate() {
            for name in [row[2], row[3]] {
                k.add_name(name, Sense::Country(idx as u16, FormKind::Name));
            }
        }
        for row in rows(t.country_forms).filter(|row| row.len() >= 4) {
            if let (Some(&idx), Some(kind)) = (r.iso3_index.get(row[0]), form_kind(row[2])) {
                if kind == FormKind::Name {
                    k.add_name(row[3], Sense::Country(idx, kind));
                } else {
                    k.add(row[3], Sense::Country(idx, kind));
                }
            }
        }
        for (idx, row) in rows(t.places).filter(|row| row.len() >= 4).enumerate() {
            k.add(row[0], Sense::Place(idx as u32));
            // a town of three words joined by hyphens is written with spaces too ("Port au
            // Prince", "Aix en Provence"); with one hyphen the spaced form may be another town
            if row[0].matches('-').count() >= 2 {
                k.add(&row[0].replace('-', " "), Sense::Place(idx as u32));
            }
        }
        let org_index: HashMap<&str, usize> =
            r.orgs.iter().enumerate().rev().map(|(i, o)| (o.key.as_str(), i)).collect();
        for row in rows(t.orgs).filter(|row| row.len() >= 4) {
            k.add(row[3], Sense::Org(org_index[row[0]] as u16));
        }
        for row in rows(t.given_names) {
            k.add(row[0], Sense::GivenName(r.origin(row.get(1).copied().unwrap_or(""))));
        }
        for row in rows(t.surnames) {
            k.add(row[0], Sense::Surname(r.origin(row.get(1).copied().unwrap_or(""))));
        }
        for row in rows(t.titles).filter(|row| row.len() >= 3) {
            if let Some(kind) = title_kind(row[1]) {
                k.add(row[2], Sense::Title(kind));
            }
        }
        KeyIndex::lay_out(k)
    }

    /// Lays the keys out, adds their prefixes that end before a non-alphanumeric character, and
    /// hashes them all.
    fn lay_out(k: Keys) -> KeyIndex {
        let mut index = KeyIndex::default();
        let mut seen: HashSet<String> = HashSet::new();
        for (key, senses) in k.keys.iter().zip(&k.senses) {
            let from = index.senses.len() as u32;
            index.senses.extend_from_slice(senses);
            index.push(key, (from, index.senses.len() as u32));
            index.max_len = index.max_len.max(key.len());
            seen.insert(key.clone());
        }
        for key in &k.keys {
            for (b, _) in key.char_indices().filter(|&(b, c)| b > 0 && !c.is_alphanumeric()) {
                let prefix = &key[..b];
                if seen.insert(prefix.to_string()) {
                    let at = index.senses.len() as u32;
                    index.push(prefix, (at, at));
                }
            }
        }
        let size = (index.entries.len() * 2).next_power_of_two().max(2);
        index.slots = vec![0; size];
        for (i, e) in index.entries.iter().enumerate() {
            let s = &index.text[e.text.0 as usize..e.text.1 as usize];
            let mut slot = hash_more(HASH_START, s.as_bytes()) as usize & (size - 1);
            while index.slots[slot] != 0 {
                slot = (slot + 1) & (size - 1);
            }
            index.slots[slot] = i as u32 + 1;
        }
        index
    }

    fn push(&mut self, s: &str, senses: (u32, u32)) {
        let from = self.text.len() as u32;
        self.text.push_str(s);
        self.entries.push(Entry { text: (from, self.text.len() as u32), senses });
    }

    /// A borrowed view for lookups.
    pub fn view(&self) -> KeyView<'_> {
        KeyView {
            text: &self.text,
            entries: &self.entries,
            senses: &self.senses,
            slots: &self.slots,
            max_len: self.max_len,
        }
    }
}
