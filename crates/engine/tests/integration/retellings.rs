//! One event told twice, in a headline and in the body or in two sentences of the body: one event,
//! with the narrower of its spans and the place the telling gives it, not a country across a
//! border (fixtures written for these tests).

use crate::util::run_dated;

#[test]
fn a_narrower_span_told_later_is_the_events() {
    let a = run_dated(
        "Drills\n\nIn early August, Ghana and Togo will hold a joint exercise near Lomé.\n\nThe drill \
         is to run from August 5 to 10, an army spokesman said.",
        "2021-07-19",
    );
    let drills: Vec<_> = a.events.iter().filter(|e| e.kind.as_str() == "exercise").collect();
    assert_eq!(drills.len(), 1, "{:?}", a.events);
    assert_eq!(
        (drills[0].start.as_deref(), drills[0].end.as_deref()),
        (Some("2021-08-05"), Some("2021-08-10"))
    );
}

#[test]
fn a_drill_near_a_border_is_not_held_across_it() {
    let a = run_dated(
        "Ghana To Hold Joint Drills With Togo Near Ivorian Border\n\nGhana and Togo will hold joint \
         exercises in August in Ghana's Volta Region, the army said.",
        "2021-07-19",
    );
    let drills: Vec<_> = a.events.iter().filter(|e| e.kind.as_str() == "exercise").collect();
    assert_eq!(drills.len(), 1, "{:?}", a.events);
    let place = drills[0].place.as_ref().and_then(|p| a.entities.iter().find(|e| &e.id == p));
    assert!(place.is_none_or(|p| !p.name.contains("Ivoire") && p.name != "Ivory Coast"), "{place:?}");
}

/// A plural demonstrative and a word standing for any event ("Ces opérations", "These missions")
/// go on with the event just told: the sides listed there take part in it.
#[test]
fn a_plural_anaphor_lists_more_sides() {
    let a = run_dated(
        "Exercices\n\nLe Ghana et le Togo ont mené des exercices navals au large de Lomé.\n\nCes \
         opérations ont impliqué des navires du Ghana, du Togo, du Bénin et du Nigeria.",
        "2021-12-04",
    );
    let drills: Vec<_> = a.events.iter().filter(|e| e.kind.as_str() == "exercise").collect();
    assert_eq!(drills.len(), 1, "{:?}", a.events);
    assert_eq!(drills[0].participants.len(), 4, "{:?}", a.events);
}
