//! What a clause holds: a relative clause or a phrase set off by commas or dashes keeps its
//! actors out of the main clause's event, and a word that only looks like a trigger names none
//! (fixtures written for these tests).

use crate::util::{participants, run};

/// A relative clause after the first subject, closed by a comma before "et"/"and", keeps its
/// actors out of the event: the subjects coordinated around it sign.
#[test]
fn a_relative_clause_between_coordinated_subjects_is_set_off() {
    let a =
        run("Le Ghana, qui a longtemps connu des tensions avec son voisin ivoirien, et le Togo ont signé \
                 mardi un accord de défense.\n");
    let sides = participants(&a, "agreement");
    assert!(!sides.contains(&"Côte d'Ivoire".to_string()), "{sides:?}");
    assert!(sides.contains(&"Togo".to_string()), "{sides:?}");
    // (an English list with a serial comma stays one clause)
    let a =
        run("Kenya, which sent troops to Somalia, Sudan, and Chad, signed a pact with Uganda on Monday.\n");
    let sides = participants(&a, "agreement");
    assert!(sides.contains(&"Uganda".to_string()) && !sides.contains(&"Chad".to_string()), "{sides:?}");
}

/// A relative clause set off by spaced hyphens ("X - qui … - et Y") is set off as by commas.
#[test]
fn a_relative_clause_between_dashes_is_set_off() {
    let a =
        run("Le Pérou - qui a rompu avec son voisin bolivien l'an dernier - et le Chili ont signé jeudi un \
                 accord de défense.\n");
    let sides = participants(&a, "agreement");
    assert!(!sides.contains(&"Bolivie".to_string()), "{sides:?}");
}

/// "Sign"/"signe" after a determiner or an adjective is the noun ("a clear sign of", "dernier
/// signe de"): no agreement.
#[test]
fn the_noun_sign_is_no_signing() {
    let a = run("In a clear sign of the thaw, Kenya and Uganda reopened the border.\n");
    assert!(!a.events.iter().any(|e| format!("{:?}", e.kind) == "Agreement"), "{:?}", a.events);
    let a =
        run("Dernier signe du rapprochement entre le Maroc et l'Espagne, les deux pays ont rouvert leurs \
                 frontières.\n");
    assert!(!a.events.iter().any(|e| format!("{:?}", e.kind) == "Agreement"), "{:?}", a.events);
}

/// A titled person who says that drills were held tells of them and takes no part: the tree
/// hangs the name from its title, which is the subject of the verb of saying.
#[test]
fn a_titled_speaker_of_future_drills_takes_no_part() {
    let a = run(
        "Drills.\n\nLatvian Defence Secretary Ilze Ozola said that the navies of Latvia and Estonia held \
         joint drills in the Gulf of Riga on Monday.\n",
    );
    assert_eq!(participants(&a, "exercise"), ["Estonia", "Latvia"]);
}

/// An opening phrase set off by a comma does not take the names after the comma as its objects
/// ("In a bid to win, X and Y have signed…"): they are the subjects of the verb that follows them.
#[test]
fn names_after_an_opening_purpose_phrase_are_the_subjects() {
    let a =
        run("Report.\n\nIn an effort to deter smugglers, Zambia and Malawi have signed a security accord.\n");
    assert_eq!(participants(&a, "agreement"), ["Malawi", "Zambia"], "{:#?}", a.events);
}
