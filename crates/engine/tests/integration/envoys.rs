//! Opposition told through diplomats and agents: expelled, summoned, ordered to leave (fixtures
//! written for these tests).

use crate::util::{has, relations, run};

/// A national expelled "from" a country is expelled by that country, the nationality before the
/// noun naming the other side; an agent or officer counts as well as an envoy.
#[test]
fn expelled_from_a_country_names_the_expelling_side() {
    let a = run("A Belarusian army spy is to be expelled from Lithuania, the foreign ministry said on \
                 Tuesday.");
    assert!(has(&a, "opposition", "Lithuania", "Belarus"), "{:?}", relations(&a));
    let a = run("Deux agents iraniens ont été expulsés du Danemark après l'enquête.");
    assert!(has(&a, "opposition", "Danemark", "Iran"), "{:?}", relations(&a));
}

/// A diplomat given a deadline to leave a country is expelled by it; one who merely leaves his
/// post is not.
#[test]
fn a_diplomat_ordered_to_leave_is_expelled() {
    let a = run("L'ambassadeur du Maroc, Karim Alaoui, a 48 heures pour quitter la Mauritanie.");
    assert!(has(&a, "opposition", "Mauritanie", "Maroc"), "{:?}", relations(&a));
    let a = run("The Kenyan ambassador was told to leave Somalia within three days.");
    assert!(has(&a, "opposition", "Somalia", "Kenya"), "{:?}", relations(&a));
    let a = run("The Kenyan ambassador will leave Somalia in March when his term ends.");
    assert!(!has(&a, "opposition", "Somalia", "Kenya"), "{:?}", relations(&a));
}

/// A summons or an expulsion told with no author named is the host's: the other country the story
/// is about, even when "we" speaks for it in a quote.
#[test]
fn an_envoy_summoned_with_no_author_is_the_host_s() {
    let a = run("Norway tightened visa rules for Russian diplomats on Friday. Norway also closed a Russian \
                 trade office in Oslo. The envoy of Russia was summoned on Thursday.");
    assert!(has(&a, "opposition", "Norway", "Russia"), "{:?}", relations(&a));
    let a =
        run("Canada announced new measures on Monday. \"We will expel the Chinese defence attache,\" the \
                 minister told Canada's parliament.");
    assert!(has(&a, "opposition", "Canada", "China"), "{:?}", relations(&a));
}

/// The noun of expulsion reads as its verb, and an expulsion reaches those working for another
/// side's mission.
#[test]
fn an_expulsion_noun_and_a_mission_s_staff() {
    let a = run("Ireland announced the expulsion of four Iranian diplomats on Friday.");
    assert!(has(&a, "opposition", "Ireland", "Iran"), "{:?}", relations(&a));
    let a = run("Le Portugal va expulser dix employés de l'ambassade de Biélorussie.");
    assert!(has(&a, "opposition", "Portugal", "Biélorussie"), "{:?}", relations(&a));
}

/// The complement of an expulsion names those expelled when a noun stands between ("l'expulsion
/// de diplomates belges"), not its author; expelling sides joined by "ou encore" all expel.
#[test]
fn an_expulsion_s_complement_names_the_expelled() {
    let a = run("Le Portugal a décidé l'expulsion de diplomates iraniens, selon Lisbonne.");
    assert!(has(&a, "opposition", "Portugal", "Iran"), "{:?}", relations(&a));
    let a = run("La Suède ou encore la Finlande ont aussi annoncé l'expulsion d'agents biélorusses.");
    assert!(has(&a, "opposition", "Suède", "Biélorussie"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Finlande", "Biélorussie"), "{:?}", relations(&a));
}

/// An envoy named bare after an earlier description of the office with its country is that
/// country's envoy.
#[test]
fn an_envoy_described_before_is_of_that_country() {
    let a = run("Le Ghana a convoqué lundi l'ambassadeur du Togo après l'incident.\n\n\
                 C'est la deuxième fois que l'ambassadeur Koffi Mensah est reçu au ministère.\n");
    assert!(has(&a, "affiliation", "Koffi Mensah", "Togo"), "{:?}", relations(&a));
}

/// A complaint laid before a council ("a complaint to the Security Council") makes the council
/// its hearer, not the complainant's adversary.
#[test]
fn a_complaint_to_a_council_does_not_oppose_the_council() {
    let a = run(
        "Chad complains\n\nThe foreign ministry said that N'Djamena will take a formal complaint to the \
         African Union Peace and Security Council after Sudanese troops crossed the border.",
    );
    assert!(
        !relations(&a).iter().any(|(k, _, t)| k == "opposition" && t.contains("Council")),
        "{:?}",
        relations(&a)
    );
}
