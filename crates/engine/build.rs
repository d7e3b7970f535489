//! Compiles the embedded gazetteer (`trame-gazetteer`'s tables) into its key index at build time
//! and writes it as Rust statics to `$OUT_DIR/gazetteer_index.rs`, included by
//! `src/gazetteer.rs`: a run then starts without folding and hashing every known form.
//!
//! It runs the engine's own code (`src/text/fold.rs`, `src/gazetteer/table.rs`), so the compiled index
//! is the one `Gazetteer::new` builds at run time from the same tables.

use std::fmt::Write as _;

#[path = "src/text/fold.rs"]
#[allow(dead_code)]
mod text;

#[path = "src/gazetteer/table.rs"]
#[allow(dead_code)]
mod table;

use table::{Case, FormKind, KeyIndex, Records, Sense, Tables, TitleKind};

fn sense(s: Sense) -> String {
    let form = |k: FormKind| format!("F::{k:?}");
    let title = |k: TitleKind| format!("T::{k:?}");
    match s {
        Sense::Country(i, k) => format!("S::Country({i},{})", form(k)),
        Sense::Place(i) => format!("S::Place({i})"),
        Sense::Org(i) => format!("S::Org({i})"),
        Sense::GivenName(o) => format!("S::GivenName({o})"),
        Sense::Surname(o) => format!("S::Surname({o})"),
        Sense::Title(k) => format!("S::Title({})", title(k)),
    }
}

fn case(c: Case) -> &'static str {
    match c {
        Case::Any => "C::Any",
        Case::Capitalised => "C::Capitalised",
        Case::Exact => "C::Exact",
    }
}

fn render(k: &KeyIndex) -> String {
    let mut out = String::new();
    out.push_str("use {Case as C, FormKind as F, Sense as S, TitleKind as T};\n");
    out.push_str(
        "const fn e(a: u32, b: u32, c: u32, d: u32) -> Entry { Entry { text: (a, b), senses: (c, d) } }\n",
    );
    let _ = writeln!(out, "static TEXT: &str = {:?};", k.text);
    let _ = write!(out, "static ENTRIES: [Entry; {}] = [", k.entries.len());
    for x in &k.entries {
        let _ = write!(out, "e({},{},{},{}),", x.text.0, x.text.1, x.senses.0, x.senses.1);
    }
    let _ = write!(out, "];\nstatic SENSES: [(Sense, Case); {}] = [", k.senses.len());
    for &(s, c) in &k.senses {
        let _ = write!(out, "({},{}),", sense(s), case(c));
    }
    let _ = write!(out, "];\nstatic SLOTS: [u32; {}] = [", k.slots.len());
    for s in &k.slots {
        let _ = write!(out, "{s},");
    }
    out.push_str("];\n");
    let _ = writeln!(
        out,
        "/// The compiled index.\npub(super) fn view() -> KeyView<'static> {{ KeyView {{ text: TEXT, entries: &ENTRIES, senses: &SENSES, slots: &SLOTS, max_len: {} }} }}",
        k.max_len
    );
    out
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/text/fold.rs");
    println!("cargo:rerun-if-changed=src/gazetteer/table.rs");
    // the tables themselves: a change of a data file must rebuild the index, or the compiled
    // index and the records parsed at run time disagree
    println!("cargo:rerun-if-changed=../gazetteer/data");
    let tables = Tables {
        countries: trame_gazetteer::COUNTRIES,
        country_forms: trame_gazetteer::COUNTRY_FORMS,
        places: trame_gazetteer::PLACES,
        orgs: trame_gazetteer::ORGS,
        given_names: trame_gazetteer::GIVEN_NAMES,
        surnames: trame_gazetteer::SURNAMES,
        titles: trame_gazetteer::TITLES,
        people: trame_gazetteer::PEOPLE,
    };
    let index = KeyIndex::build(&tables, &Records::parse(&tables));
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("gazetteer_index.rs"), render(&index)).expect("OUT_DIR is writable");
}
