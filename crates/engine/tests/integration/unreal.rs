//! Events told but not held: talks only offered or called for, a signing prevented, an edition
//! cancelled, a series or a standing role, what a cooperation consists of: fixtures written for
//! these tests.

use crate::util::{has, participants, relations, run, run_dated};

/// A signing or a meeting something prevents ("has kept X and Y from signing", "a empêché X et Y
/// de signer") did not happen: no agreement, and the two are no partners.
#[test]
fn a_signing_prevented_is_no_agreement() {
    let a = run_dated(
        "The quarrel over the reefs has prevented Estonia and Latvia from signing a border treaty.",
        "2020-05-02",
    );
    assert!(a.events.is_empty(), "{:?}", a.events);
    let a =
        run_dated("La querelle a empêché le Niger et le Bénin de signer un accord de défense.", "2020-05-02");
    assert!(a.events.is_empty(), "{:?}", a.events);
}

#[test]
fn a_standing_role_is_no_event() {
    // what the states are, not something they did: no talks among them, no cooperation pair by pair
    let a =
        run("Le sommet de l'Union africaine se tiendra les 3 et 4 mars à Addis-Abeba. Le Maroc, l'Égypte \
                 et le Ghana sont des pays observateurs qui assistent aux réunions de l'Union africaine.");
    assert!(!has(&a, "cooperation", "Maroc", "Ghana"), "{:?}", relations(&a));
    let summit = a.events.iter().find(|e| e.name.as_deref() == Some("sommet de l'Union africaine"));
    let summit = summit.unwrap_or_else(|| panic!("no named summit in {:?}", a.events));
    let names: Vec<&str> = summit
        .participants
        .iter()
        .filter_map(|id| a.entities.iter().find(|e| &e.id == id).map(|e| e.name.as_str()))
        .collect();
    assert!(!names.contains(&"Maroc"), "{names:?}");
}

/// Talks only offered ("committed to pursue dialogue with Y", "prêt au dialogue avec Y") are a
/// stance, no meeting; talks held still are.
#[test]
fn talks_offered_are_no_meeting() {
    let a = run("Nepal said it stays committed to pursuing dialogue with Bhutan over the dispute.");
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "meeting"), "{:?}", a.events);
    let a = run("Le Maroc se dit prêt au dialogue avec l'Algérie sur la question des frontières.");
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "meeting"), "{:?}", a.events);
    let a = run("Nepal held talks with Bhutan on Monday on all disputes.");
    assert!(a.events.iter().any(|e| e.kind.as_str() == "meeting"), "{:?}", a.events);
}

/// Drills decided as a recurring series ("decided to hold annual drills", "des exercices
/// réguliers") are no exercise of their own; the annual exercise told with its article is.
#[test]
fn a_series_of_drills_is_no_exercise() {
    let a =
        run_dated("Last year, the leaders of Chile and Peru decided to hold annual drills.", "2024-06-30");
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "exercise"), "{:?}", a.events);
    let a = run_dated(
        "Le Chili et le Pérou ont décidé l'an dernier d'organiser des exercices réguliers.",
        "2024-06-30",
    );
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "exercise"), "{:?}", a.events);
    let a = run_dated("Chile and Peru began the annual exercise on Monday.", "2024-06-30");
    assert!(a.events.iter().any(|e| e.kind.as_str() == "exercise"), "{:?}", a.events);
}

/// A ceasefire two sides conclude is an agreement between them; one only called for is none.
#[test]
fn a_ceasefire_concluded_is_an_agreement_and_one_called_for_is_none() {
    let a = run_dated(
        "Le Soudan du Sud et le Soudan ont conclu jeudi une trêve le long de leur frontière.",
        "2025-03-08",
    );
    assert_eq!(participants(&a, "agreement"), ["Soudan", "Soudan du Sud"]);
    assert_eq!(a.events[0].start.as_deref(), Some("2025-03-06"));
    let a = run_dated("Armenia and Azerbaijan agreed to a ceasefire on Sunday.", "2025-03-08");
    assert_eq!(participants(&a, "agreement"), ["Armenia", "Azerbaijan"]);
    let a = run("The African Union called for a ceasefire between Ethiopia and Eritrea.");
    assert!(a.events.is_empty(), "{:?}", a.events);
    let a = run("L'Union africaine a appelé à un cessez-le-feu entre l'Éthiopie et l'Érythrée.");
    assert!(a.events.is_empty(), "{:?}", a.events);
    // a truce said to be broken, or one that only qualifies a noun, is referred to, not concluded
    let a = run("Armenia reported new ceasefire violations by Azerbaijan along the ceasefire line.");
    assert!(a.events.is_empty(), "{:?}", a.events);
    let a = run("Le Soudan dénonce de nouvelles violations du cessez-le-feu par l'Éthiopie.");
    assert!(a.events.is_empty(), "{:?}", a.events);
}

/// What a standing cooperation is said to consist of is no occurrence: "the cooperation between
/// X and Y covers visits, training courses and joint drills" tells no visit and no exercise.
#[test]
fn what_a_cooperation_consists_of_is_no_event() {
    let a = run("Defence cooperation between Kenya and Tanzania covers staff visits, officer training \
                 and joint exercises.");
    assert!(a.events.is_empty(), "{:?}", a.events);
    let a = run("Le partenariat entre le Niger et le Tchad comprend des visites d'officiers et des \
                 exercices conjoints.");
    assert!(a.events.is_empty(), "{:?}", a.events);
    let a = run("Kenya and Tanzania held joint exercises near Mombasa in March.");
    assert_eq!(participants(&a, "exercise"), ["Kenya", "Tanzania"]);
}

/// An exercise called off in its clause took place nowhere: no event for that year, while the
/// edition held is kept; a town's name after an exercise word names the exercise, not the town.
#[test]
fn a_cancelled_edition_is_no_event_and_its_name_no_place() {
    let a = run_dated(
        "Le patrouilleur participe à l'exercice naval Lyon 2024 du 3 au 9 mai.\n\n\
         En 2022, l'exercice naval Lyon avait réuni douze pays. En 2023, cet exercice a été annulé \
         faute de budget.",
        "2024-05-02",
    );
    assert!(a.entities.iter().all(|e| e.name != "Lyon"), "{:?}", a.entities);
    let years: Vec<&str> = a.events.iter().filter_map(|e| e.start.as_deref()).map(|d| &d[..4]).collect();
    assert!(years.contains(&"2024") && years.contains(&"2022"), "{:?}", a.events);
    assert!(!years.contains(&"2023"), "{:?}", a.events);
    let a = run("The Gulf navies postponed the drills planned for March, officials said.");
    assert!(a.events.is_empty(), "{:?}", a.events);
}

/// Sending troops one declined or refused to send is no deployment ("both declined to send
/// troops", "a refusé d'envoyer des soldats").
#[test]
fn a_refused_deployment_is_no_event() {
    let a =
        run("Ghana invited Togo and Benin to a naval parade.\nBoth countries declined to send troops to \
         the parade in Accra.");
    assert!(a.events.iter().all(|e| e.kind.as_str() != "deployment"), "{:?}", a.events);
    let a = run("Le Tchad a sollicité le Niger.\nLe Niger a refusé d'envoyer des soldats au Tchad.");
    assert!(a.events.iter().all(|e| e.kind.as_str() != "deployment"), "{:?}", a.events);
}

/// French "traité" after an auxiliary and before its object is the verb of calling someone names,
/// no treaty; the noun with its determiner still is one.
#[test]
fn the_verb_traiter_is_no_treaty() {
    let a = run(
        "Tensions à la frontière.\n\nLe ministre gabonais de l'Intérieur, Paul Ondo a présenté la mesure \
         aux journalistes, et traité le président camerounais de «voisin déloyal».\n",
    );
    assert!(a.events.iter().all(|e| e.kind.as_str() != "agreement"), "{:?}", a.events);
    let a = run("Tensions à la frontière.\n\nLe Gabon a signé un traité avec le Cameroun.");
    assert!(a.events.iter().any(|e| e.kind.as_str() == "agreement"), "{:?}", a.events);
}

/// Training listed with assistance ("the training and assistance X gave Y since 1990") is help
/// given, not a drill held.
#[test]
fn training_listed_with_assistance_is_no_drill() {
    let a = run(
        "Kenya thanks Ghana\n\nThe army chief thanked the Ghanaian government for the military training \
         and assistance that Ghana has given to the Kenyan forces since 1990.",
    );
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "exercise"), "{:#?}", a.events);
}
