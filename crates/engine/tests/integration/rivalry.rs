//! Opposition told between sides rather than from one to the other (tensions, clashes, an exchange
//! of fire), or to a side the text names only as a neighbour (fixtures written for these tests).

use crate::util::{has, relations, run};

/// Troops of two countries that exchange fire clash with each other, whatever the verb's tense or
/// the language; an exchange of views or of gifts is no clash.
#[test]
fn an_exchange_of_fire_opposes_the_two_sides() {
    let a = run("Indian and Chinese soldiers traded gunfire along the disputed ridge late on Friday.");
    assert!(has(&a, "opposition", "India", "China"), "{:?}", relations(&a));
    let a = run("Des soldats tchadiens et soudanais ont échangé des tirs près du poste frontière.");
    assert!(has(&a, "opposition", "Tchad", "Soudan"), "{:?}", relations(&a));
    let a = run("Peruvian and Chilean officers exchanged views on disaster relief in Lima.");
    assert!(!has(&a, "opposition", "Peru", "Chile"), "{:?}", relations(&a));
}

/// A noun of tension reaches the sides after a verb of state and words of degree ("has remained
/// high between X and Y", "restent vives entre X et Y").
#[test]
fn tension_running_high_between_two_sides() {
    let a = run("Tension has remained high between Sudan and South Sudan since the oil talks failed.");
    assert!(has(&a, "opposition", "Sudan", "South Sudan"), "{:?}", relations(&a));
    let a = run("Les tensions restent très vives entre le Rwanda et le Burundi depuis l'été.");
    assert!(has(&a, "opposition", "Rwanda", "Burundi"), "{:?}", relations(&a));
}

/// "accuses its neighbour": the neighbour is the latest other country named before, not the
/// critic's own.
#[test]
fn a_neighbour_accused_is_the_other_country_named_before() {
    let a = run("Niger moved troops to its border with Benin on Sunday. Niamey accused its neighbour of \
                 sheltering armed groups.");
    assert!(has(&a, "opposition", "Niger", "Benin"), "{:?}", relations(&a));
    let a = run("L'Érythrée a renforcé sa frontière avec l'Éthiopie. Asmara accuse son voisin de \
                 préparer une offensive.");
    assert!(has(&a, "opposition", "Érythrée", "Éthiopie"), "{:?}", relations(&a));
}

/// A conflict told in a relative clause is its antecedent's, not the sentence subject's.
#[test]
fn a_conflict_in_a_relative_clause_is_its_antecedents() {
    let a = run("Oman renforce ses liens avec le Yémen, qui demeure en conflit avec l'Érythrée.");
    assert!(has(&a, "opposition", "Yémen", "Érythrée"), "{:?}", relations(&a));
    assert!(!has(&a, "opposition", "Oman", "Érythrée"), "{:?}", relations(&a));
}

/// Clashes between the forces of two sides, each named by its demonym and its own noun of forces,
/// oppose the sides, also past a short verb phrase between the noun and "between".
#[test]
fn clashes_between_two_sides_forces_named_by_demonyms() {
    let a = run("Clashes between Malian soldiers and Burkinabe troops left three dead near the border.");
    assert!(has(&a, "opposition", "Mali", "Burkina Faso"), "{:?}", relations(&a));
    let a = run("Des heurts survenus mardi soir entre des militaires guinéens et des gendarmes sierra-léonais ont fait un blessé.");
    assert!(has(&a, "opposition", "Guinée", "Sierra Leone"), "{:?}", relations(&a));
}

/// Opening fire on another side's forces, or shooting at them, opposes the shooter to them.
#[test]
fn opening_fire_on_another_sides_unit_opposes_them() {
    let a = run("Eritrean gunners opened fire on an Ethiopian patrol on Sunday.");
    assert!(has(&a, "opposition", "Eritrea", "Ethiopia"), "{:?}", relations(&a));
    let a = run("Des garde-côtes nicaraguayens ont tiré sur des pêcheurs honduriens.");
    assert!(has(&a, "opposition", "Nicaragua", "Honduras"), "{:?}", relations(&a));
}

/// The sides after "between" close their phrase: a verb right after the second ("la tension entre
/// X et Y est forte") does not make it the subject of a new clause.
#[test]
fn both_sides_after_between_stay_sides_before_a_copula() {
    let a = run("La tension entre le Maroc et Cuba est très forte depuis mars.");
    assert!(has(&a, "opposition", "Maroc", "Cuba"), "{:?}", relations(&a));
}

/// Tensions "between" three sides set each against the others; distrust of a side ("méfiance
/// envers", "distrust of") opposes it.
#[test]
fn tensions_among_three_and_distrust() {
    let a = run(
        "Les tensions montent. La livraison a attisé les tensions entre le Kenya, l'Ouganda et le Rwanda.",
    );
    for (x, y) in [("Kenya", "Rwanda"), ("Ouganda", "Rwanda"), ("Kenya", "Ouganda")] {
        assert!(has(&a, "opposition", x, y) || has(&a, "opposition", y, x), "{x} {y}: {:?}", relations(&a));
    }
    let a = run("Talks stalled. Ghana and Togo share a deep distrust of Burkina Faso.");
    assert!(has(&a, "opposition", "Ghana", "Burkina Faso"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Togo", "Burkina Faso"), "{:?}", relations(&a));
}

/// A confrontation or a single clash between two armies ("une confrontation entre les armées
/// X et Y", "l'affrontement") sets them against each other, as plural clashes do.
#[test]
fn a_confrontation_between_two_armies_opposes_them() {
    let a =
        run("Une confrontation entre les armées péruvienne et chilienne a fait trois blessés près de Tacna.");
    assert!(
        has(&a, "opposition", "Pérou", "Chili") || has(&a, "opposition", "Chili", "Pérou"),
        "{:?}",
        relations(&a)
    );
    let a =
        run("A confrontation between Peruvian and Chilean troops left three soldiers injured near Tacna.");
    assert!(
        has(&a, "opposition", "Peru", "Chile") || has(&a, "opposition", "Chile", "Peru"),
        "{:?}",
        relations(&a)
    );
}

/// Sides that break their ties with another oppose it, each of a coordinated list ("X, Y and Z cut
/// all ties with W", "a rompu ses relations diplomatiques avec"); ties kept, or something else
/// cut, say nothing.
#[test]
fn breaking_ties_opposes_the_side_broken_with() {
    let a = run("Since June, Ghana, Togo and Benin have cut all ties with Burkina Faso.");
    for side in ["Ghana", "Togo", "Benin"] {
        assert!(has(&a, "opposition", side, "Burkina Faso"), "{side}: {:?}", relations(&a));
    }
    let a = run("Le Niger a rompu ses relations diplomatiques avec le Bénin.");
    assert!(has(&a, "opposition", "Niger", "Bénin"), "{:?}", relations(&a));
    let a = run("Ghana has not cut ties with Togo, the minister said.");
    assert!(relations(&a).iter().all(|(k, _, _)| k != "opposition"), "{:?}", relations(&a));
}

/// A quarrel between two titled leaders, each named with nationality, title and name, sets their
/// countries against each other.
#[test]
fn a_spat_between_titled_leaders_opposes_their_countries() {
    let a =
        run("Visit.\n\nThe killings set off a bitter spat between Kenyan President Amos Otieno and Ugandan \
         President Ruth Nankya.\n");
    assert!(has(&a, "opposition", "Kenya", "Uganda"), "{:?}", relations(&a));
}

/// Fighting between a state's forces and an armed group opposes them both ways, the group named
/// after a group word and a naming word ("a rebel group called X") or after its fighters ("les
/// rebelles du X"), names no list of ours holds.
#[test]
fn fighting_between_forces_and_a_named_group_opposes_them() {
    let a = run(
        "Fighting reportedly goes on between Nigerien troops and a militia known as KORAB near Agadez.\n",
    );
    assert!(has(&a, "opposition", "Niger", "KORAB"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "KORAB", "Niger"), "{:?}", relations(&a));
    let a =
        run("De violents heurts ont opposé lundi l'armée nigérienne et les rebelles du FPRL près d'Arlit.\n");
    assert!(has(&a, "opposition", "Niger", "FPRL"), "{:?}", relations(&a));
    // (fighters of a town are no group: "les rebelles de Kidal" names a place)
    let a = run("Les rebelles de Tessit ont quitté la ville.\n");
    assert!(
        !a.entities.iter().any(|e| e.name == "Tessit" && format!("{:?}", e.kind) == "Organization"),
        "{:?}",
        a.entities
    );
}

/// "The latter", "ce dernier" accusing stands for the last person named, whose country then
/// opposes the one accused.
#[test]
fn the_latter_accusing_is_the_last_person_named() {
    let a = run("Kenyan President Grace Wanjiku received Ugandan President Samuel Okot. The latter accused \
                 Rwanda of arming the rebels.\n");
    assert!(has(&a, "opposition", "Uganda", "Rwanda"), "{:?}", relations(&a));
    assert!(!has(&a, "opposition", "Kenya", "Rwanda"), "{:?}", relations(&a));
    let a = run("Le président gabonais Paul Mba a reçu le président tchadien Idriss Haggar. Ce dernier a \
                 accusé le Soudan d'armer les rebelles.\n");
    assert!(has(&a, "opposition", "Tchad", "Soudan"), "{:?}", relations(&a));
}

/// A pronoun as the first side of "between" ("between them and Y", "entre eux et Y") stands for
/// the sentence's subject.
#[test]
fn a_pronoun_side_of_between_is_the_subject() {
    let a = run("Vietnam is buying patrol boats as tensions between them and China keep rising.\n");
    assert!(has(&a, "opposition", "Vietnam", "China"), "{:?}", relations(&a));
    let a =
        run("Le Guyana renforce sa marine alors que les tensions entre lui et le Venezuela s'aggravent.\n");
    assert!(has(&a, "opposition", "Guyana", "Venezuela"), "{:?}", relations(&a));
}
