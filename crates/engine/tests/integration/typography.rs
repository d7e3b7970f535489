//! Names as real pages write them, beyond the shapes of `names` and `bodies`: letters after a
//! name, a spaced dash before a drill's year, a capitalised article inside quotes, adjectives
//! joined by "and" inside a body's name, a headline shortening a long name.

use crate::util::{find, has_entity, named_entities, run, run_dated};
use trame_engine::EntityType;

/// Letters of a seat or an honour after a name ("MP", "QC") close it: the person is the same one
/// named later without them.
#[test]
fn letters_after_a_name_are_no_part_of_it() {
    let found = named_entities(
        "The Hon Marama Teaupa MP, Minister for Defence of Tonga, arrived on Monday. Minister Teaupa \
         met the chief of the navy.",
    );
    assert!(has_entity(&found, "Marama Teaupa", "person"), "{found:?}");
    assert!(!found.iter().any(|(n, _)| n.ends_with(" MP")), "{found:?}");
}

/// A creed after a capitalised word names a community: "Christian" opens many persons' names, but
/// "their Christian Orthodox neighbours" names none.
#[test]
fn a_creed_names_no_person() {
    let found =
        named_entities("Bulgaria and Romania are described as the Christian Orthodox partners of Greece.");
    assert!(!found.iter().any(|(_, k)| k == "person"), "{found:?}");
}

/// A drill's year after a spaced dash is still its name's, when an exercise word follows.
#[test]
fn a_spaced_dash_before_the_year_keeps_the_drill_named() {
    let a = run_dated(
        "Report\n\nKABUL, May 3. The Steppe Falcon - 2023 joint exercise of Uzbek and Tajik special units \
         ended near Termez.",
        "2023-05-03",
    );
    assert!(a.events.iter().any(|e| e.name.as_deref() == Some("Steppe Falcon - 2023")), "{:#?}", a.events);
}

/// A quoted name opened by a capitalised article after a naming word ("dubbed “The …”") is the
/// drill's, not a body's.
#[test]
fn a_quoted_name_opened_by_an_article_is_the_drill() {
    let a = run_dated(
        "Armies train\n\nThe ten-day drill in Armenia, dubbed \u{201c}The Mountain Brotherhood 2019,\u{201d} \
         starts Thursday with troops from Armenia and Russia.",
        "2019-06-03",
    );
    assert!(
        a.events.iter().any(|e| e.name.as_deref() == Some("Mountain Brotherhood 2019")),
        "{:#?}",
        a.events
    );
    assert!(
        !a.entities.iter().any(|e| e.kind == EntityType::Organization && e.name.contains("Brotherhood")),
        "{:?}",
        a.entities
    );
}

/// Capitalised adjectives joined by "and" inside a body's name, closed by its head, make one
/// body, not two.
#[test]
fn adjectives_joined_by_and_make_one_body() {
    let found = named_entities(
        "The dancers of the Navy Historical and Musical Centre performed for the visiting sailors in Ghana.",
    );
    assert!(has_entity(&found, "Navy Historical and Musical Centre", "organization"), "{found:?}");
}

/// A headline shortening a minister's long name to two of its words names him, not a town the
/// gazetteer knows by one of them.
#[test]
fn a_shortened_name_in_a_headline_is_no_town() {
    let a = run("Defence: Ondo Kindu in Lomé\n\nThe Gabonese minister Pascal Ondo Kindu Mebiame arrived in \
         Lomé on Monday for talks with his Togolese counterpart.");
    assert!(find(&a, "Kindu").is_none_or(|e| e.kind == EntityType::Person), "{:?}", a.entities);
}

/// "Gen" written without its dot is the rank, and the name after it is the person's alone.
#[test]
fn an_undotted_rank_opens_the_name() {
    let found =
        named_entities("At the parade, army commander Gen Amos Kiprono thanked the visiting officers.");
    assert!(has_entity(&found, "Amos Kiprono", "person"), "{found:?}");
}

/// A known body's name followed by its country's demonym is that body and that country, not a
/// second body read by its head word from inside the name.
#[test]
fn a_known_body_before_a_demonym_is_one_body() {
    let a = run("La Police armée populaire chinoise et la Garde nationale kirghize ont achevé un exercice.");
    let bodies: Vec<&str> =
        a.entities.iter().filter(|e| e.kind == EntityType::Organization).map(|e| e.name.as_str()).collect();
    assert!(
        find(&a, "Police armée populaire").is_some_and(|e| e.kind == EntityType::Organization),
        "{bodies:?}"
    );
    assert!(!bodies.iter().any(|b| b.starts_with("armée")), "{bodies:?}");
}

/// "Minister … in charge of General Duties Ana Lima": the rank word opens the office's domain, the
/// name is the person's; "Minister of Defence and National Service" names a domain, no body.
#[test]
fn a_rank_word_inside_a_domain_opens_no_name() {
    let found = named_entities(
        "The Minister of State in charge of General Duties Moses Okello met the Kenya Minister of \
         Defence and National Service in Nairobi.",
    );
    assert!(has_entity(&found, "Moses Okello", "person"), "{found:?}");
    assert!(!found.iter().any(|(n, _)| n == "National Service"), "{found:?}");
}

/// An unknown first word right before a known given name, after a comma, opens the person's name
/// (", Abdirahman Mohamed Warsame").
#[test]
fn an_unknown_first_name_before_a_known_one_is_kept() {
    let found = named_entities(
        "L'accord a été paraphé par les chefs de la diplomatie somalien, Abdirahman Mohamed Warsame, et \
         kényan, Aden Duale.",
    );
    assert!(has_entity(&found, "Abdirahman Mohamed Warsame", "person"), "{found:?}");
}

/// A body's head word in the plural ("heads of Defence Ministries of …") names no person.
#[test]
fn a_plural_body_word_names_no_person() {
    let found =
        named_entities("The talks gathered heads of Defense Ministries of Belarus, Armenia and Kazakhstan.");
    assert!(!found.iter().any(|(_, k)| k == "person"), "{found:?}");
}
