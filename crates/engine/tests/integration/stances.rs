//! Opposition voiced about an event told before or in the same sentence: a concern over drills, a
//! denunciation by a government of them; the voice takes no part in what it denounces (fixtures
//! written for these tests).

use crate::util::{find, has, participants, relations, run_dated};

#[test]
fn a_concern_over_drills_opposes_their_parties() {
    let a = run_dated(
        "Manœuvres\n\nLe Ghana et le Togo ont mené des exercices militaires conjoints mardi.\n\nLe Bénin a \
         fait part de sa vive préoccupation au sujet des manœuvres.",
        "2021-01-15",
    );
    assert!(has(&a, "opposition", "Bénin", "Ghana"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Bénin", "Togo"), "{:?}", relations(&a));
}

#[test]
fn a_government_denouncing_drills_takes_no_part_in_them() {
    let a = run_dated(
        "Accord\n\nLe Ghana et le Togo ont signé mardi un accord malgré la condamnation par le \
         gouvernement du Nigeria de manœuvres navales entre les deux pays.",
        "2021-01-15",
    );
    assert_eq!(participants(&a, "exercise"), ["Ghana", "Togo"]);
    assert!(has(&a, "opposition", "Nigeria", "Togo"), "{:?}", relations(&a));
}

#[test]
fn an_official_long_name_is_the_country() {
    let a = run_dated(
        "Protestation\n\nLa République bolivarienne du Venezuela a protesté contre les manœuvres du \
         Guyana.",
        "2021-01-15",
    );
    assert!(has(&a, "opposition", "Venezuela", "Guyana"), "{:?}", relations(&a));
    let venezuela = find(&a, "Venezuela").expect("Venezuela");
    assert!(venezuela.aliases.iter().any(|x| x.starts_with("République")), "{venezuela:?}");
}
