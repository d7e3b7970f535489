//! Meetings told by their kind of gathering: conferences and forums of sides, not of the press nor
//! bodies named after a conference.

use crate::util::{participants, run_dated};

/// A conference or a forum where two sides meet is a meeting; a press conference is not, nor a
/// body whose name holds the word.
#[test]
fn a_conference_of_ministers_is_a_meeting_and_a_press_conference_is_not() {
    let a = run_dated(
        "Peru and Ecuador took part in a regional conference of defence ministers in Quito on Monday.",
        "2019-05-08",
    );
    assert_eq!(participants(&a, "meeting"), ["Ecuador", "Peru"]);
    let a =
        run_dated("La Gambie et le Sénégal étaient mardi au forum de Dakar sur la sécurité.", "2019-05-08");
    assert_eq!(participants(&a, "meeting"), ["Gambie", "Sénégal"]);
    let a = run_dated("Peru and Ecuador gave a joint press conference in Quito on Monday.", "2019-05-08");
    assert!(a.events.is_empty(), "{:?}", a.events);
    let a = run_dated(
        "Angola and Zambia praised the work of the International Conference on the Great Lakes Region.",
        "2019-05-08",
    );
    assert!(a.events.is_empty(), "{:?}", a.events);
}
