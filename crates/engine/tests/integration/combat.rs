//! Opposition told through combat with armed groups: an operation aimed at a group's fighters,
//! fighters killed or disabled, an attack repelled or condemned with its author after the noun,
//! and demands that a hostile act end (fixtures written for these tests).

use crate::util::{find, has, relations, run};

/// An operation aimed at a group's fighters ("against the militants of X") opposes those who run
/// it to the group, over the fighters' noun.
#[test]
fn an_operation_against_a_groups_fighters() {
    let a = run("Report.\n\nGhanaian and Togolese units led a joint sweep operation against the \
                 gunmen of JNIM along the Oti river.");
    assert!(has(&a, "opposition", "Ghana", "JNIM"), "{:?}", relations(&a));
    let a = run("Rapport.\n\nLes armées tchadienne et camerounaise ont lancé une opération commune \
                 contre les combattants de l'ISWAP près du lac.");
    assert!(has(&a, "opposition", "Cameroun", "ISWAP"), "{:?}", relations(&a));
}

/// Killing a group's fighters opposes the killer to the group; victims named before a bare
/// participle ("X soldiers killed in an ambush") are not the ones who act.
#[test]
fn killing_fighters_opposes_the_killer_to_their_group() {
    let a = run("Report.\n\nSomali commandos killed a dozen al-Shabaab fighters during a dawn raid \
                 on Tuesday.");
    assert!(has(&a, "opposition", "Somalia", "al Shabaab"), "{:?}", relations(&a));
    let a = run("Rapport.\n\nL'armée malienne a neutralisé plusieurs combattants du JNIM au nord de \
                 Mopti.");
    assert!(has(&a, "opposition", "Mali", "JNIM"), "{:?}", relations(&a));
    let a = run("Rapport.\n\nQuatre soldats nigériens tués au cours d'une embuscade de l'EIGS \
                 près de Tillabéri.");
    assert!(!has(&a, "opposition", "Niger", "EIGS"), "{:?}", relations(&a));
}

/// An attack repelled or condemned opposes the one who repels or condemns it to the attack's
/// author, named after its noun ("une attaque du X", "an attack by X"): an attack's complement is
/// its author, not its victim.
#[test]
fn an_attack_repelled_or_condemned_names_its_author_after_the_noun() {
    let a = run("Rapport.\n\nLe Bénin a repoussé une attaque du JNIM contre un poste de la \
                 frontière nord.");
    assert!(has(&a, "opposition", "Bénin", "JNIM"), "{:?}", relations(&a));
    let a = run("Rapport.\n\nLe Togo a fermement condamné l'attaque du JNIM contre la garnison de \
                 Kpendjal.");
    assert!(has(&a, "opposition", "Togo", "JNIM"), "{:?}", relations(&a));
    let a = run("Report.\n\nMozambican troops thwarted an assault by al-Shabaab on the port town \
                 last week.");
    assert!(has(&a, "opposition", "Mozambique", "al Shabaab"), "{:?}", relations(&a));
}

/// A demand that another side end a hostile act ("called on Y to end its blockade", "a appelé Y
/// à cesser ses provocations") opposes the one who asks to the one asked; a call to end a
/// fight, or a strike that may be anyone's, takes no side.
#[test]
fn a_demand_to_end_a_hostile_act_opposes_the_side_asked() {
    let a = run("Report.\n\nArmenia called on Azerbaijan to end the blockade of the mountain road.");
    assert!(has(&a, "opposition", "Armenia", "Azerbaijan"), "{:?}", relations(&a));
    let a = run("Rapport.\n\nLe Bénin a exhorté le Niger à mettre fin à ses provocations le long du \
                 fleuve.");
    assert!(has(&a, "opposition", "Bénin", "Niger"), "{:?}", relations(&a));
    let a = run("Report.\n\nGhana urged Togo to end the fighting between the two clans.");
    assert!(!has(&a, "opposition", "Ghana", "Togo"), "{:?}", relations(&a));
}

/// Dismay and deploring voice opposition to whose words or acts they are about ("is appalled
/// by X's remarks", "déplore les propos de X").
#[test]
fn dismay_and_deploring_oppose_the_author() {
    let a =
        run("Report.\n\nDjibouti said on Friday that it was appalled by Eritrea's remarks on the border.");
    assert!(has(&a, "opposition", "Djibouti", "Eritrea"), "{:?}", relations(&a));
    let a = run("Rapport.\n\nLe Gabon déplore les propos du Cameroun sur la frontière.");
    assert!(has(&a, "opposition", "Gabon", "Cameroun"), "{:?}", relations(&a));
}

/// Joint operations aimed at a group over two adjectives ("des opérations navales conjointes
/// contre X"), told with no author in their clause, are the story's two sides' against it.
#[test]
fn joint_operations_with_no_author_are_the_two_sides() {
    let a = run("Rapport.\n\nLe Tchad et le Niger se sont rencontrés à Niamey. Au menu, un état-major pour \
         des opérations terrestres conjointes contre Boko Haram.\n\nLe Tchad remercie le Niger.\n");
    assert!(has(&a, "opposition", "Tchad", "Boko Haram"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Niger", "Boko Haram"), "{:?}", relations(&a));
}

/// Naming the hidden author of an attack opposes it; condemning an attack on a country opposes
/// its author, never the country attacked.
#[test]
fn whoever_names_the_author_behind_an_attack_opposes_it() {
    let a = run("Latvia said on Monday it had concluded that Belarus was behind the cyberattack on its \
                 ministries.");
    assert!(has(&a, "opposition", "Latvia", "Belarus"), "{:?}", relations(&a));
    let a = run("Canada strongly condemned the cyberattack on Estonia last week.");
    assert!(!has(&a, "opposition", "Canada", "Estonia"), "{:?}", relations(&a));
}

/// Criticism voiced in a country ("critiques au Kenya", "criticism in Kenya") does not target it.
#[test]
fn criticism_voiced_in_a_country_does_not_target_it() {
    let a = run("L'envoi des troupes a été validé en mars par le Conseil de sécurité de l'ONU, mais il \
                 provoque de fortes critiques au Ghana.");
    assert!(!relations(&a).iter().any(|(k, _, t)| k == "opposition" && t == "Ghana"), "{:?}", relations(&a));
}

/// A group named with figures is one name ("the March 23 Movement"), and the known short form in
/// parentheses after it is the same group; a month and its day after fighters' noun is a date.
#[test]
fn a_group_named_with_figures_is_its_known_short_form() {
    let a = run("Kenyan troops clashed with the rebel group March 23 Movement (M23) near Goma.");
    let m23 = find(&a, "M23").expect("M23");
    assert!(m23.mentions.len() == 2, "{m23:?}");
    assert!(!a.entities.iter().any(|e| e.name == "March"), "{:?}", a.entities);
    assert!(has(&a, "opposition", "Kenya", "M23"), "{:?}", relations(&a));
    let a = run("Les rebelles du 12 mars ont attaqué Goma.");
    assert!(!a.entities.iter().any(|e| e.kind.as_str() == "organization"), "{:?}", a.entities);
}
