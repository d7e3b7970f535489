//! Forces sent abroad by one side: a deployment needs no named host when its destination is a
//! place of another country or a sea or region of none.

use crate::util::{has, participants, relations, run, run_dated};

/// Warships sent to a region of no country make a deployment of their sender alone.
#[test]
fn ships_sent_to_a_region_are_deployed_with_no_host_named() {
    let a = run_dated(
        "Norway said it would send two frigates to the Indo-Pacific in the coming weeks.",
        "2024-05-02",
    );
    assert_eq!(participants(&a, "deployment"), ["Norway"]);
    let a = run_dated("La Suède enverra deux corvettes dans l'Indopacifique cet été.", "2024-05-02");
    assert_eq!(participants(&a, "deployment"), ["Suède"]);
}

/// A town of the sender's own country, or a capitalised word read as a place by context alone, is
/// no destination abroad.
#[test]
fn ships_sent_home_make_no_deployment() {
    let a = run_dated("Norway said it would send two frigates to Bergen in the coming weeks.", "2024-05-02");
    assert!(a.events.is_empty(), "{:?}", a.events);
}

/// A military training or peacekeeping mission set up in a country is a deployment of its owner
/// there; a fact-finding mission is no force sent, and a training mission is no exercise.
#[test]
fn a_training_mission_in_a_country_is_a_deployment() {
    let a = run_dated(
        "The European Union launched a military training mission in Mozambique on Tuesday.",
        "2021-11-04",
    );
    assert_eq!(participants(&a, "deployment"), ["EU", "Mozambique"]);
    assert!(a.events.iter().all(|e| format!("{:?}", e.kind) != "Exercise"), "{:?}", a.events);
    let a =
        run_dated("L'Union européenne a lancé une mission de formation militaire au Niger.", "2021-11-04");
    assert_eq!(participants(&a, "deployment"), ["Niger", "UE"]);
    let a =
        run_dated("An African Union fact-finding mission will travel to Djibouti and Eritrea.", "2021-11-04");
    assert!(a.events.iter().all(|e| format!("{:?}", e.kind) != "Deployment"), "{:?}", a.events);
}

/// Warships or troops arriving in another country's port make a deployment there; a minister
/// arriving is a visitor, not forces.
#[test]
fn warships_docking_abroad_are_deployed() {
    let a = run_dated("Deux frégates de la marine turque ont accosté lundi au port de Tunis.", "2022-03-09");
    assert!(a.events.iter().any(|e| format!("{:?}", e.kind) == "Deployment"), "{:?}", a.events);
    let a = run_dated("Two Indian frigates arrived in Mauritius on Monday.", "2022-03-09");
    assert!(a.events.iter().any(|e| format!("{:?}", e.kind) == "Deployment"), "{:?}", a.events);
    let a =
        run_dated("The Indian defence minister arrived in Port Louis, Mauritius, on Monday.", "2022-03-09");
    assert!(a.events.iter().all(|e| format!("{:?}", e.kind) != "Deployment"), "{:?}", a.events);
}

/// Troops a country keeps in another ("maintains troops in", "maintient des troupes en") are
/// deployed there; troops kept on alert at home are not.
#[test]
fn troops_kept_in_another_country_are_deployed() {
    let a = run("Tensions rise. Kenya maintains some 4,000 troops in Somalia, the report said.");
    assert_eq!(participants(&a, "deployment"), ["Kenya", "Somalia"]);
    let a = run("Les tensions montent. Le Kenya maintient des troupes en Somalie depuis 2011.");
    assert_eq!(participants(&a, "deployment"), ["Kenya", "Somalie"]);
    let a = run("Tensions rise. Kenya kept its troops on alert near Nairobi.");
    assert!(a.events.is_empty(), "{:?}", a.events);
}

/// A country's troops told as being in, entering or bound for another country are deployed there,
/// with no word of deployment ("Dutch soldiers now serve in Ghana", "des militaires belges au
/// Togo"); the text says nothing of the two working together, so no cooperation is drawn.
#[test]
fn a_countrys_troops_in_another_are_deployed_there() {
    let a = run_dated("Around sixty Dutch soldiers now serve in Ghana, the ministry said.", "2024-05-02");
    assert_eq!(participants(&a, "deployment"), ["Ghana", "Netherlands"]);
    assert!(!relations(&a).iter().any(|(k, _, _)| k == "cooperation"), "{:?}", relations(&a));
    let a = run_dated(
        "Selon l'état-major, une trentaine de militaires belges se trouvent au Togo.",
        "2024-05-02",
    );
    assert_eq!(participants(&a, "deployment"), ["Belgique", "Togo"]);
    let a =
        run_dated("Soldiers from Myanmar have entered Thailand and must leave, Thailand said.", "2024-05-02");
    assert_eq!(participants(&a, "deployment"), ["Myanmar", "Thailand"]);
    assert!(!has(&a, "cooperation", "Thailand", "Myanmar") && !has(&a, "cooperation", "Myanmar", "Thailand"));
}

/// Troops at home, of no named country, or fighting (a clash, shots fired) make no deployment.
#[test]
fn troops_at_home_or_fighting_are_not_deployed() {
    let a = run_dated("Dutch soldiers paraded in Amsterdam on Saturday.", "2024-05-02");
    assert!(a.events.is_empty(), "{:?}", a.events);
    let a = run_dated("Peruvian and Chilean troops clashed in the Tacna region overnight.", "2024-05-02");
    assert!(a.events.iter().all(|e| format!("{:?}", e.kind) != "Deployment"), "{:?}", a.events);
    let a = run_dated(
        "Ecuador said Peruvian forces had fired at Ecuador's posts in the border area.",
        "2024-05-02",
    );
    assert!(a.events.iter().all(|e| format!("{:?}", e.kind) != "Deployment"), "{:?}", a.events);
}

/// Forces of different senders bound for one host are different deployments, though the host is a
/// party of both; a word of deployment that does not fit ("renforcer la mission") leaves the
/// troops' own reading.
#[test]
fn senders_to_one_host_deploy_apart() {
    let a = run_dated(
        "Une trentaine de soldats burundais sont arrivés dimanche à Bukavu, capitale du Sud-Kivu en RDC. \
         Des troupes tchadiennes et nigériennes sont encore attendues en RDC.",
        "2023-03-06",
    );
    let deployments = a.events.iter().filter(|e| e.kind.as_str() == "deployment").count();
    assert_eq!(deployments, 2, "{:?}", a.events);
    let a = run("Des soldats sénégalais et gambiens sont toujours attendus en Guinée-Bissau pour renforcer la mission.");
    assert_eq!(participants(&a, "deployment"), ["Gambie", "Guinée-Bissau", "Sénégal"]);
}
