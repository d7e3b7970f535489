//! Titles before and around a person's name that the reviewed title table must know: the office
//! says the name is a person's and, with a country's word inside it, whose.

use crate::util::{find, has, relations, run};

/// The feminine "cheffe de la diplomatie" is the foreign minister's title, and the demonym after it
/// is her country.
#[test]
fn a_feminine_head_of_diplomacy_has_her_country() {
    let a = run("Jeudi, la cheffe de la diplomatie sénégalaise, Awa Ndiaye, a reçu son homologue.");
    assert!(has(&a, "affiliation", "Awa Ndiaye", "Sénégal"), "{:?}", relations(&a));
}

/// Prosecutors, prefects and consuls are offices: the name after them is a person even when its
/// first name is in no list.
#[test]
fn legal_and_consular_offices_open_a_name() {
    let a =
        run("Le procureur Tiburce Okemba a ouvert une enquête, et le préfet Ulrich Bekale a fermé la route.");
    for name in ["Tiburce Okemba", "Ulrich Bekale"] {
        assert!(
            find(&a, name).is_some_and(|e| e.kind == trame_engine::EntityType::Person),
            "{name}: {:?}",
            a.entities
        );
    }
    let a = run("Prosecutor Tavita Lemalu said the case was closed, and Commissioner Oreste Vaka agreed.");
    for name in ["Tavita Lemalu", "Oreste Vaka"] {
        assert!(
            find(&a, name).is_some_and(|e| e.kind == trame_engine::EntityType::Person),
            "{name}: {:?}",
            a.entities
        );
    }
}

/// Lower ranks open a name too, and the demonym before the rank is the soldier's country.
#[test]
fn a_lower_rank_with_its_demonym_names_a_soldier() {
    let a = run("The Fijian Sergeant Tevita Ralulu and Corporal Aisake Vunidilo were decorated on Friday.");
    assert!(has(&a, "affiliation", "Tevita Ralulu", "Fiji"), "{:?}", relations(&a));
    assert!(find(&a, "Aisake Vunidilo").is_some(), "{:?}", a.entities);
}

/// Ranks written half dotted ("Lt. Gen"), or in the order of Latin American armies ("Division
/// General"), are titles: the name after them is the person's, with the body before the comma.
#[test]
fn half_dotted_and_latin_american_ranks_open_a_name() {
    let a = run("Sudan's Chief of Staff Lt. Gen Tarek Mansour met his counterpart on Monday.");
    assert!(find(&a, "Tarek Mansour").is_some(), "{:?}", a.entities);
    assert!(has(&a, "affiliation", "Tarek Mansour", "Sudan"), "{:?}", relations(&a));
    let a = run("The talks were led by the Commander of the Bolivian Army, Division General Ramiro Quispe.");
    assert!(has(&a, "affiliation", "Ramiro Quispe", "Bolivian Army"), "{:?}", relations(&a));
}

/// The country after "to" following an embassy is where the mission is posted, not the country of
/// the officer named after the title.
#[test]
fn an_embassy_to_a_country_is_not_its_attache_s_country() {
    let a = run(
        "The drill was attended by the Defence Attaché at the Omani Embassy to Kenya Colonel Said Harthi.",
    );
    assert!(!has(&a, "affiliation", "Said Harthi", "Kenya"), "{:?}", relations(&a));
}

/// A country's possessive before a title names the holder's country in every typography: the
/// bare apostrophe after a name ending in "s" ("Cyprus' Ambassador X"), and a grave accent typed
/// for the apostrophe ("Malta`s Ambassador Y").
#[test]
fn a_possessive_country_in_any_typography_owns_the_title() {
    let a = run("The drill was watched by Cyprus' Ambassador Lena Koumi.");
    assert!(has(&a, "affiliation", "Lena Koumi", "Cyprus"), "{:?}", relations(&a));
    let a = run("The drill was watched by Malta`s Ambassador Paul Camilleri.");
    assert!(has(&a, "affiliation", "Paul Camilleri", "Malta"), "{:?}", relations(&a));
}

/// The unit a title commands ends at its head word: a run of plain capitalised words after it is
/// the holder's name, even one no list of given names knows ("Commander of the Second Signal
/// Company Dulat Esenov").
#[test]
fn the_unit_of_a_title_leaves_its_holders_name() {
    let a = run("\"We are ready,\" said Commander of the Second Signal Company Dulat Esenov.");
    let kinds: Vec<(String, String)> =
        a.entities.iter().map(|e| (e.name.clone(), e.kind.as_str().to_string())).collect();
    assert!(kinds.contains(&("Second Signal Company".into(), "organization".into())), "{kinds:?}");
    assert!(kinds.contains(&("Dulat Esenov".into(), "person".into())), "{kinds:?}");
}

/// A country's possessive owns a title over the title's capitalised domain ("Estria's Agriculture
/// Minister X"), as it does over a lowercase one ("Estria's defence minister").
#[test]
fn a_possessive_owns_a_title_over_its_capitalised_domain() {
    let a = run("Latvia's Agriculture Minister Ilze Berzina said the help came in time.");
    assert!(has(&a, "affiliation", "Ilze Berzina", "Latvia"), "{:?}", relations(&a));
}

/// A possessive country of several words, with its acronym in parentheses or not, owns the title
/// after it ("the Republic of Norland's Defence Minister X", "the Central African
/// Republic's (CAR) Defence Minister Y"), not the country visited.
#[test]
fn a_long_possessive_country_owns_the_title() {
    for text in [
        "Visit.\n\nDemocratic Republic of Congo's Defence Minister Marc Ngaba began a visit to Chad on \
         Monday.\n",
        "Visit.\n\nThe Central African Republic's (CAR) Defence Minister Marc Ngaba began a visit to Chad on \
         Monday.\n",
    ] {
        let a = run(text);
        let owners: Vec<String> = relations(&a)
            .into_iter()
            .filter(|(k, source, _)| k == "affiliation" && source == "Marc Ngaba")
            .map(|(_, _, target)| target)
            .collect();
        assert!(owners.len() == 1 && owners[0] != "Chad", "{owners:?}");
    }
}

/// A title's domain joined by "and" after a domain word ("Minister of Defence and Space
/// Industries of X") is no person's name; the name after the comma is the minister's.
#[test]
fn a_domain_joined_by_and_is_no_person() {
    let a = run("The accord was initialled by the Minister of Defence and Space Industries of Kyrgyzstan, Aibek Toktogulov.\n");
    assert!(find(&a, "Space Industries").is_none(), "{:?}", a.entities);
    assert!(has(&a, "affiliation", "Aibek Toktogulov", "Kyrgyzstan"), "{:?}", relations(&a));
}

/// A copula ends a title: "aux yeux du secrétaire général, le Togo est un Allié précieux" gives the
/// capitalised word after it no title, and so no person.
#[test]
fn a_copula_ends_a_title() {
    let a = run("Aux yeux du secrétaire général de l'ONU, le Togo est un Partenaire précieux.\n");
    assert!(find(&a, "Partenaire").is_none(), "{:?}", a.entities);
}
