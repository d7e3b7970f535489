//! Words that look like a date, a drill's name, a place or a second name and are not: an edition
//! number inside a drill's name, a role after an exercise word, a verb capitalised in a headline,
//! a town closing a titled person's name, a weekday after a site's noun, a vote or a field of
//! operations after a title, a rank's short form, a ship named after its class and adjective, a
//! training word naming a centre, a patrol naming a drill's kind; and unknown words an age makes
//! a person's name (fixtures written for these tests).

use crate::util::{has_entity, named_entities, run_dated};

#[test]
fn an_edition_number_inside_a_name_is_no_date() {
    let a = run_dated(
        "Navies drill\n\nThe drill known as Exercise Harrier 14/09 Series will run from March 3 to 10 in \
         the Java Sea.",
        "2012-02-20",
    );
    let ev = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("an exercise");
    assert_eq!(ev.start.as_deref(), Some("2012-03-03"), "{:?}", a.events);
}

#[test]
fn a_role_after_the_exercise_word_names_no_drill() {
    let a = run_dated(
        "Colonel Ray Dunn of the Ghana Army will be the Exercise Deputy Officer when Ghana and Togo \
         hold a joint exercise next week.",
        "2019-04-02",
    );
    assert!(
        !a.events.iter().any(|e| e.name.as_deref().is_some_and(|n| n.contains("Officer"))),
        "{:?}",
        a.events
    );
    // (and its holder takes no part in the drill for it)
    let drill = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("the drill");
    let dunn = a.entities.iter().find(|e| e.name == "Ray Dunn").expect("the colonel");
    assert!(!drill.participants.contains(&dunn.id), "{:?}", a.events);
}

#[test]
fn a_capitalised_verb_of_a_headline_names_no_drill() {
    let a = run_dated(
        "ghana and togo navies will Stage Joint Exercise\n\nThe navies of Ghana and Togo will hold a \
         joint exercise in the Gulf of Guinea next week.",
        "2019-04-02",
    );
    assert!(!a.events.iter().any(|e| e.name.as_deref() == Some("Stage")), "{:?}", a.events);
}

#[test]
fn a_town_closing_a_titled_name_is_its_surname() {
    let found = named_entities("Commodore Anwar Salem of the Bangladesh Navy led the two frigates.");
    assert!(has_entity(&found, "Anwar Salem", "person"), "{found:?}");
    assert!(!found.iter().any(|(n, k)| n == "Salem" && k == "place"), "{found:?}");
}

#[test]
fn a_weekday_after_a_site_noun_is_no_site() {
    let found = named_entities("Two frigates docked at the Kuantan naval base here on Sunday.");
    assert!(!found.iter().any(|(n, _)| n == "Sunday"), "{found:?}");
}

#[test]
fn a_vote_or_a_field_of_operations_after_a_title_is_no_person() {
    let found = named_entities(
        "After the 2019 General Election, the new Director Maritime Surveillance Operations met the press.",
    );
    assert!(!found.iter().any(|(_, k)| k == "person"), "{found:?}");
    let found = named_entities("In Suva, RADM Josefa Tuivaga met the press.");
    assert!(has_entity(&found, "Josefa Tuivaga", "person"), "{found:?}");
}

#[test]
fn an_age_before_unknown_name_words_makes_them_a_person() {
    let found = named_entities("A deckhand, 27-year-old Thanakorn Srisawatpong, swam ashore.");
    assert!(has_entity(&found, "Thanakorn Srisawatpong", "person"), "{found:?}");
}

#[test]
fn a_name_after_a_ship_class_and_its_adjective_is_a_ship() {
    let found =
        named_entities("L'amiral a précisé que le destroyer norvégien Sleipner rejoindrait la flottille.");
    assert!(!found.iter().any(|(n, k)| n == "Sleipner" && k == "person"), "{found:?}");
}

#[test]
fn a_training_centre_over_a_coordinated_noun_is_no_drill() {
    let a = crate::util::run_dated(
        "Ghana and Togo will open a joint training and research centre in Ho, the ministers said.",
        "2024-08-15",
    );
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "exercise"), "{:?}", a.events);
}

#[test]
fn a_patrol_naming_a_drills_kind_is_no_patrol() {
    let a = crate::util::run_dated(
        "Le Ghana et le Togo ont lancé lundi un exercice de patrouille de deux jours près de Lomé.",
        "2024-08-15",
    );
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "patrol"), "{:?}", a.events);
    assert!(a.events.iter().any(|e| e.kind.as_str() == "exercise"), "{:?}", a.events);
}
