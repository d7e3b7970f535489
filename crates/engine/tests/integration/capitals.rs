//! Capitals: a city where things happen, or the government that acts from it ("Quito has
//! rejected…"), read once per text: fixtures written for these tests.

use crate::util::{find, has, relations, run};
use trame_engine::DocumentAnalysis;

/// Whether `a` holds a place called `name`.
fn place(a: &DocumentAnalysis, name: &str) -> bool {
    a.entities.iter().any(|e| e.name == name && e.kind.as_str() == "place")
}

/// Whether `a` holds a country called `name` that the text also names `alias`.
fn country_alias(a: &DocumentAnalysis, name: &str, alias: &str) -> bool {
    a.entities
        .iter()
        .any(|e| e.name == name && e.kind.as_str() == "country" && e.aliases.iter().any(|x| x == alias))
}

#[test]
fn a_capital_that_can_act_is_its_government() {
    let a =
        run("Russian warships reached Havana, a reminder that Moscow can challenge rivals far from home.");
    assert!(!a.entities.iter().any(|e| e.name == "Moscow" && e.kind.as_str() == "place"), "{:?}", a.entities);
}

/// A capital acting over an adverb in "-ly" ("Lima swiftly ordered") or named as the partner of a
/// word of cooperation ("froze cooperation with Quito") is its government.
#[test]
fn a_capital_acting_over_an_adverb_or_partnered_in_cooperation_is_its_government() {
    let a = run("Lima swiftly ordered the closure of the consulate.");
    assert!(!place(&a, "Lima"), "{:?}", a.entities);
    let a = run("Bolivia froze its military cooperation with Quito last year.");
    assert!(!place(&a, "Quito"), "{:?}", a.entities);
}

/// A capital that is the active subject of a verb stands for its government, alone or
/// coordinated ("Quito has rejected…", "Lima et Santiago haussent le ton"); after a locative
/// preposition or as a passive subject it stays the city.
#[test]
fn a_capital_acting_as_subject_is_its_government() {
    let kinds = |text: &str| -> Vec<(String, String)> {
        run(text).entities.iter().map(|e| (e.name.clone(), e.kind.as_str().to_string())).collect()
    };
    let k = kinds("Quito has rejected the claims made by the opposition.\n");
    assert!(k.iter().any(|(n, t)| n == "Ecuador" && t == "country"), "{k:?}");
    let k = kinds("Lima et Santiago haussent le ton sur la frontière.\n");
    assert!(k.iter().any(|(n, t)| n == "Pérou" && t == "country"), "{k:?}");
    assert!(k.iter().any(|(n, t)| n == "Chili" && t == "country"), "{k:?}");
    // the author of a stance after "from", quoted or not
    let k = kinds("Faced with \"threats\" from Quito, Lima will not give in.\n");
    assert!(k.iter().any(|(n, t)| n == "Ecuador" && t == "country"), "{k:?}");
    let k = kinds("À Lima, le ministre a reçu son homologue.\n");
    assert!(k.iter().any(|(n, t)| n == "Lima" && t == "place"), "{k:?}");
}

/// Once a capital acts in a text, the post of a diplomat there ("the ambassador to X", "the embassy
/// in X") and a possession of it after a preposition ("fired at X's posts") are that government
/// too; a capital that never acts stays the city after "in".
#[test]
fn a_post_in_an_acting_capital_and_its_possessions_are_its_government() {
    let a = run("Lima recalled its envoy on Monday. Chile's ambassador to Lima was told to leave the \
        country within three days.");
    assert!(!place(&a, "Lima"), "{:?}", a.entities);
    assert!(country_alias(&a, "Peru", "Lima"), "{:?}", a.entities);
    let a = run("Yerevan denied the report. The ministry said its troops had fired at Yerevan's posts \
        near the lake.");
    assert!(!place(&a, "Yerevan"), "{:?}", a.entities);
    let a = run("The embassy in Lima will stay open, a spokesman said.");
    assert!(place(&a, "Lima"), "a capital that never acts: {:?}", a.entities);
}

/// A capital made to do what follows ("urged X to withdraw", "appelle X à cesser") or owning a
/// regime, authorities or a will ("le régime de X") is its government.
#[test]
fn a_capital_urged_to_act_or_holding_a_regime_is_its_government() {
    let a = run("The crisis prompted Quito to close two crossings along the river.");
    assert!(country_alias(&a, "Ecuador", "Quito"), "{:?}", a.entities);
    let a = run("Les sanctions visent les soutiens du régime de Minsk depuis deux ans.");
    assert!(!place(&a, "Minsk"), "{:?}", a.entities);
    let a = run("Le Conseil appelle Bamako à libérer les soldats détenus.");
    assert!(!place(&a, "Bamako"), "{:?}", a.entities);
    let a = run("The delegation flew to Quito to meet the minister.");
    assert!(place(&a, "Quito"), "a destination: {:?}", a.entities);
}

/// A capital accused over an adverb ("accuse régulièrement X", "openly accused Y") is its
/// government, as right after the verb.
#[test]
fn a_capital_accused_over_an_adverb_is_the_government() {
    let a = run("Tensions.\n\nNiamey accuse régulièrement Abuja d'abriter des groupes rebelles.\n");
    assert!(has(&a, "opposition", "Niger", "Nigeria"), "{:?}", relations(&a));
}

/// A capital named after "the capital," is the city, whatever the parse makes its verb's subject;
/// a town of three hyphened words is found written with spaces, as all-caps datelines write it.
#[test]
fn a_capital_named_as_one_is_the_city() {
    let a = run(
        "Police reach Haiti\n\nFORT DE FRANCE, Martinique (Agency) — More police officers reached Haiti \
         on Monday.\n\nWhole neighbourhoods of Haiti's capital, Port-au-Prince, are still ruled \
         by gangs.",
    );
    let place = |name: &str| a.entities.iter().any(|e| e.name == name && e.kind.as_str() == "place");
    assert!(place("Port-au-Prince"), "{:?}", a.entities);
    assert!(place("Fort-de-France"), "{:?}", a.entities);
}

/// A capital before a noun of power ("the Moscow grip", "the Beijing orbit") holds it: it stands
/// for its government, not for the city.
#[test]
fn a_capital_holding_a_power_noun_is_its_government() {
    let a = run("Armenia has been trying to slip out of the Moscow grip, analysts said.");
    assert!(
        find(&a, "Moscow").is_some_and(|e| e.kind == trame_engine::EntityType::Country),
        "{:?}",
        a.entities
    );
}

/// "De la part de Rabat" (the side a reaction comes from) and "offre à Rabat un accès" (the one a
/// state's act gives something) name the government, not the city.
#[test]
fn a_capital_reacting_or_given_something_is_its_government() {
    let a = run("Le traité a suscité des réactions de la part de Rabat.");
    assert!(
        find(&a, "Rabat").is_some_and(|e| e.kind == trame_engine::EntityType::Country),
        "{:?}",
        a.entities
    );
    let a = run("Le pacte offre à Rabat un accès à de nouveaux ports.");
    assert!(
        find(&a, "Rabat").is_some_and(|e| e.kind == trame_engine::EntityType::Country),
        "{:?}",
        a.entities
    );
}
