//! Who stands against whom: opposition read from verbs and nouns with their author and target
//! (fixtures written for these tests).

use crate::util::{has, relations, run};

/// Harassment is opposition from its author to the harassed side, in both languages; an armed
/// group fought by a country's troops is opposed by that country.
#[test]
fn harassing_and_fighting_oppose_the_target() {
    let a = run("Beijing has repeatedly harassed Vietnamese fishermen near the reef, officials said.");
    assert!(has(&a, "opposition", "China", "Vietnam"), "{:?}", relations(&a));
    let a = run("Pékin a harcelé les pêcheurs vietnamiens près du récif, selon Hanoï.");
    assert!(has(&a, "opposition", "Chine", "Viêt Nam"), "{:?}", relations(&a));
    let a = run("Colombian troops fought FARC rebels near the border on Monday.");
    assert!(has(&a, "opposition", "Colombia", "FARC"), "{:?}", relations(&a));
}

/// "traded blame", "accused each other", "s'accusent mutuellement": each side opposes the other;
/// a reflexive with an object ("s'opposent à") is no reciprocal.
#[test]
fn reciprocal_blame_opposes_both_ways() {
    let a = run("Hanoi and Beijing have traded blame over a series of collisions at sea.");
    assert!(has(&a, "opposition", "Vietnam", "China") && has(&a, "opposition", "China", "Vietnam"));
    let a = run("Le Tchad et le Soudan se sont accusés de soutenir des rebelles armés.");
    assert!(has(&a, "opposition", "Tchad", "Soudan") && has(&a, "opposition", "Soudan", "Tchad"));
    let a = run("L'Inde et le Brésil s'opposent à toute nouvelle sanction contre l'Iran.");
    assert!(!has(&a, "opposition", "Inde", "Brésil"), "{:?}", relations(&a));
}

/// A warning's complement is its author, even after the parties of an accord: the accord keeps
/// its parties and the author opposes them.
#[test]
fn a_warning_from_a_capital_opposes_the_parties_of_the_accord() {
    let a = run("La Pologne et la Lituanie ont signé jeudi un accord de défense, suivi d'un avertissement \
                 de Moscou.");
    assert!(has(&a, "cooperation", "Pologne", "Lituanie"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Russie", "Pologne"), "{:?}", relations(&a));
    assert!(!has(&a, "opposition", "Pologne", "Russie"), "{:?}", relations(&a));
}
