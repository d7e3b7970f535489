//! Opposition told as fighting, attacks and invasions, or between sides rather than from one to
//! the other (tensions, clashes, disputes, an exchange of fire), or to a side the text names only
//! as a neighbour (fixtures written for these tests).

use crate::util::{has, participants, relations, run};

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

#[test]
fn tensions_between_two_sides_oppose_them() {
    let a = run("The talks come amid renewed tensions between Armenia and Azerbaijan over the border.");
    assert!(has(&a, "opposition", "Armenia", "Azerbaijan"), "{:?}", relations(&a));
}

#[test]
fn an_armed_act_opposes_its_author_and_its_target() {
    let a = run("Le pacte a été signé après les frappes turques visant la Syrie le mois dernier.");
    assert!(has(&a, "opposition", "Turquie", "Syrie"), "{:?}", relations(&a));
    let a = run("The strikes hit a depot, a week after Qatar hosted talks that the region relies on.");
    assert!(relations(&a).iter().all(|(k, _, _)| k != "opposition"), "{:?}", relations(&a));
    let a = run("Ottawa a imposé, mardi 4 mars 2025, des sanctions contre la Biélorussie.");
    assert!(has(&a, "opposition", "Canada", "Biélorussie"), "{:?}", relations(&a));
}

/// Fighting or hunting an armed group is opposing it ("lutter contre", "traquer", "fighting");
/// a combat ship or combat training is no fight.
#[test]
fn fighting_and_hunting_a_group_oppose_it() {
    let a = run("Le Niger a déployé des troupes pour traquer Boko Haram.");
    assert!(has(&a, "opposition", "Niger", "Boko Haram"), "{:?}", relations(&a));
    let a = run("Kenyan troops are fighting al-Shabaab near the border.");
    assert!(has(&a, "opposition", "Kenya", "al Shabaab"), "{:?}", relations(&a));
    let a = run("The US littoral combat ship sailed with Japan's destroyer.");
    assert!(!relations(&a).iter().any(|(k, _, _)| k == "opposition"), "{:?}", relations(&a));
}

/// Taking another's land opposes its owner: the author before the noun, as its adjective, or
/// after "par"/"by"; with no author named, or a place as the land, no one is opposed.
#[test]
fn an_invasion_opposes_its_author_to_the_lands_owner() {
    let a = run("Poland bought tanks after Belarus's invasion of Lithuania.");
    assert!(has(&a, "opposition", "Belarus", "Lithuania"), "{:?}", relations(&a));
    let a = run("Depuis l'invasion russe de la Géorgie, Tbilissi se réarme.");
    assert!(has(&a, "opposition", "Russie", "Géorgie"), "{:?}", relations(&a));
    let a = run("L'annexion du Koweït par l'Irak a choqué la région.");
    assert!(has(&a, "opposition", "Irak", "Koweït"), "{:?}", relations(&a));
    let a = run("Estonia fears an invasion of Latvia.");
    assert!(!relations(&a).iter().any(|(k, _, _)| k == "opposition"), "{:?}", relations(&a));
}

/// Tensions with a country told in a phrase opening the sentence are the subject's after its
/// comma; a compound adjective of two countries beside a noun of rivalry sets them against each
/// other.
#[test]
fn tensions_before_the_subject_and_in_compound_adjectives() {
    let a = run("Amid tensions with Algeria, Morocco ordered new drones.");
    assert!(has(&a, "opposition", "Morocco", "Algeria"), "{:?}", relations(&a));
    let a = run("Sur fond de tensions avec l'Éthiopie voisine, l'Érythrée a mobilisé.");
    assert!(has(&a, "opposition", "Érythrée", "Éthiopie"), "{:?}", relations(&a));
    let a = run("Les tensions indo-pakistanaises pèsent sur la région.");
    assert!(has(&a, "opposition", "Inde", "Pakistan"), "{:?}", relations(&a));
}

/// A national force known by its acronym accuses as itself when the text never names its country
/// ("Les FARDC accusent…"); a rivalry between the forces of one country "and those of" another
/// sets the two countries against each other.
#[test]
fn a_force_by_acronym_accuses_and_a_rivalry_over_a_pronoun() {
    let a = run("Les FARDC ont de nouveau accusé l'Ouganda de franchir la frontière.\n");
    assert!(has(&a, "opposition", "FARDC", "Ouganda"), "{:?}", relations(&a));
    let a = run("Les tensions entre l'armée du Burundi et celle du Rwanda persistent.\n");
    assert!(has(&a, "opposition", "Burundi", "Rwanda"), "{:?}", relations(&a));
}

/// A fight aimed at no actor ("the fight against terrorism", "lutter contre le terrorisme")
/// opposes no one and makes no critic: the host of a visit told beside it stays a party.
#[test]
fn a_fight_against_a_concept_opposes_no_one() {
    let a = run("Togo's security minister led a delegation to Benin to discuss their joint fight against terrorism.\n");
    assert!(!relations(&a).iter().any(|(k, _, _)| k == "opposition"), "{:?}", relations(&a));
    assert!(participants(&a, "visit").contains(&"Benin".to_string()), "{:#?}", a.events);
}

/// Facing a rival ("… face à l'influence grandissante de la flotte X", "in the face of Y's
/// influence", "to counter Z's presence") sets the sentence's subjects, all of them, against it;
/// facing no one ("face aux journalistes") opposes no one.
#[test]
fn facing_or_countering_a_rival_opposes_every_subject() {
    let a = run("Le Kenya et la Tanzanie ont lancé des patrouilles conjointes face à la présence croissante des milices somaliennes.\n");
    assert!(
        has(&a, "opposition", "Kenya", "Somalie") && has(&a, "opposition", "Tanzanie", "Somalie"),
        "{:?}",
        relations(&a)
    );
    assert_eq!(participants(&a, "patrol"), vec!["Kenya".to_string(), "Tanzanie".to_string()]);
    let a = run("Chile and Peru will hold drills to counter Bolivia's growing presence on the lake.\n");
    assert!(
        has(&a, "opposition", "Chile", "Bolivia") && has(&a, "opposition", "Peru", "Bolivia"),
        "{:?}",
        relations(&a)
    );
    let a = run("Le ministre du Sénégal a fait face aux journalistes à Dakar.\n");
    assert!(!relations(&a).iter().any(|(k, _, _)| k == "opposition"), "{:?}", relations(&a));
}

/// A rivalry its subjects hold with each other ("X and Y have been at loggerheads", "X et Y sont
/// en froid") sets each against the other.
#[test]
fn subjects_at_loggerheads_oppose_each_other() {
    let a = run("Eritrea and Djibouti have been at loggerheads over the border for years.\n");
    assert!(
        has(&a, "opposition", "Eritrea", "Djibouti") && has(&a, "opposition", "Djibouti", "Eritrea"),
        "{:?}",
        relations(&a)
    );
    let a = run("Le Rwanda et le Burundi sont en froid depuis 2015.\n");
    assert!(has(&a, "opposition", "Rwanda", "Burundi"), "{:?}", relations(&a));
}

/// A progressive form ("has been fighting X") is active: its subject fights, it is not fought; a
/// future in French ("combattra") is a cue too.
#[test]
fn a_progressive_verb_of_fighting_is_active() {
    let a = run("Nigeria has been fighting Boko Haram in the northeast for over a decade.\n");
    assert!(has(&a, "opposition", "Nigeria", "Boko Haram"), "{:?}", relations(&a));
    assert!(!has(&a, "opposition", "Boko Haram", "Nigeria"), "{:?}", relations(&a));
    let a = run("Le Cameroun combattra Boko Haram avec ses voisins.\n");
    assert!(has(&a, "opposition", "Cameroun", "Boko Haram"), "{:?}", relations(&a));
}

/// The fight against a named group ("la lutte contre X", "an offensive against Y") opposes it;
/// told in a phrase opening the sentence, it is the subjects' after the phrase's comma, even past
/// another phrase ("Au titre de la lutte contre X, depuis 2019, le Niger…").
#[test]
fn the_fight_against_a_group_told_in_an_opening_phrase_is_the_subjects() {
    let a = run("Pour la lutte contre Boko Haram, depuis 2019, le Niger soutient le Nigeria.\n");
    assert!(has(&a, "opposition", "Niger", "Boko Haram"), "{:?}", relations(&a));
    assert!(!has(&a, "opposition", "Boko Haram", "Niger"), "{:?}", relations(&a));
    let a = run("In the fight against al-Shabaab, Kenya and Ethiopia keep troops in Somalia.\n");
    assert!(has(&a, "opposition", "Ethiopia", "al Shabaab"), "{:?}", relations(&a));
}

/// Facing two rivals, the preposition repeated ("face aux menaces de X et à l'influence de Y"),
/// sets every subject against both, subjects named as complements included ("les dirigeants du
/// Chili et du Pérou"); the first rival is no critic of the second.
#[test]
fn facing_two_rivals_sets_the_subjects_against_both() {
    let a = run(
        "Les dirigeants du Chili et du Pérou ont tenu des exercices face aux menaces de la Bolivie et à \
                 l'influence croissante de l'Équateur.\n",
    );
    for (x, y) in [("Chili", "Bolivie"), ("Chili", "Équateur"), ("Pérou", "Bolivie"), ("Pérou", "Équateur")]
    {
        assert!(has(&a, "opposition", x, y), "{x} {y} {:?}", relations(&a));
    }
    assert!(!has(&a, "opposition", "Bolivie", "Équateur"), "{:?}", relations(&a));
}

/// Tensions "with" a rival belong to every coordinated subject before them ("X and Y held drills
/// amid rising tensions with Z").
#[test]
fn tensions_with_a_rival_belong_to_every_coordinated_subject() {
    let a = run("Latvia and Lithuania held a joint drill amid rising tensions with Belarus.\n");
    assert!(has(&a, "opposition", "Latvia", "Belarus"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Lithuania", "Belarus"), "{:?}", relations(&a));
}

/// A verb of fighting is read in every regular form, not only the ones a list spelled out: the
/// third person ("pourchasse", "hunts"), the past, the participle.
#[test]
fn fighting_verbs_oppose_in_every_form() {
    let a = run("Au nord du pays, l'armée nigérienne pourchasse les combattants de Boko Haram.");
    assert!(has(&a, "opposition", "Niger", "Boko Haram"), "{:?}", relations(&a));
    let a = run("Le Mali traquait déjà les hommes de l'EIGS dans la région de Ménaka.");
    assert!(has(&a, "opposition", "Mali", "EIGS"), "{:?}", relations(&a));
    let a = run("Kenyan soldiers hunted al-Shabaab fighters along the border last week.");
    assert!(has(&a, "opposition", "Kenya", "al Shabaab"), "{:?}", relations(&a));
}

/// The side fought beside is an ally, never the target: "alongside X", "aux côtés de X".
#[test]
fn fighting_beside_a_side_does_not_oppose_it() {
    let a = run("Chadian troops fought alongside Nigerien units against Boko Haram near the lake.");
    assert!(!has(&a, "opposition", "Chad", "Niger"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Chad", "Boko Haram"), "{:?}", relations(&a));
    let a = run("Le Tchad lutte aux côtés du Cameroun contre Boko Haram.");
    assert!(!has(&a, "opposition", "Tchad", "Cameroun"), "{:?}", relations(&a));
}

/// A dateline in parentheses opening the lead ("(Lima) Le Pérou, le Chili et l'Équateur…") is no
/// subject, even when the capital later acts as its government: the sides that face a rival are
/// the coordinated subjects after it.
#[test]
fn a_dateline_in_parentheses_is_no_subject_of_facing() {
    let a = run("Manœuvres.\n\n(Lima) Le Pérou, le Chili et l'Équateur ont entamé lundi des manœuvres navales face à la présence accrue de la marine russe.\n\nLima et Santiago ont aussi signé un accord de défense.\n");
    for side in ["Pérou", "Chili", "Équateur"] {
        assert!(has(&a, "opposition", side, "Russie"), "{side}: {:?}", relations(&a));
    }
}

/// The sides of a dispute may follow its topic ("the border conflict over the Rio Verde valley,
/// between X and Y", "le différend sur l'île, entre X et Y"); a country inside the topic makes it
/// another reading, and no sides are taken from there.
#[test]
fn the_sides_of_a_dispute_may_follow_its_topic() {
    let a = run("Border.\n\nThe fragile calm born of the border conflict over the Rio Verde valley, between Bolivia and Paraguay, broke down in May.\n");
    assert!(has(&a, "opposition", "Bolivia", "Paraguay"), "{:?}", relations(&a));
    let b = run("Frontière.\n\nLe différend sur l'îlot rocheux, entre le Gabon et la Guinée équatoriale, a été tranché.\n");
    assert!(has(&b, "opposition", "Gabon", "Guinée équatoriale"), "{:?}", relations(&b));
}

/// Sides that fight each other oppose each other: coordinated subjects of a word of fighting
/// ("Armenian and Azeri border guards clashed", "les soldats du X et du Y se sont affrontés",
/// "étaient engagés dans des combats") and the sides a noun of fighting sets against each other
/// ("des combats ont opposé les forces du X et du Y").
#[test]
fn sides_that_clash_oppose_each_other() {
    let a = run("Border.\n\nArmenian and Azerbaijani border guards clashed on Thursday.\n");
    assert!(has(&a, "opposition", "Armenia", "Azerbaijan"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Azerbaijan", "Armenia"), "{:?}", relations(&a));
    let b = run("Frontière.\n\nLes soldats du Soudan et du Tchad se sont affrontés jeudi.\n");
    assert!(has(&b, "opposition", "Soudan", "Tchad"), "{:?}", relations(&b));
    let c = run("Frontière.\n\nDes combats ont opposé les forces du Soudan et du Tchad.\n");
    assert!(has(&c, "opposition", "Tchad", "Soudan"), "{:?}", relations(&c));
}

/// Tensions told with a copula ("les tensions sont vives avec Y", "tensions are running high
/// with Y") oppose the subject and Y; so does an act "in retaliation for"/"en rétorsion à" Y's.
#[test]
fn tensions_with_a_copula_and_retaliation_are_opposition() {
    let a = run("Manœuvres.\n\nLa Grèce s'entraîne avec Chypre, alors que les tensions restent fortes avec la Turquie.\n");
    assert!(has(&a, "opposition", "Grèce", "Turquie"), "{:?}", relations(&a));
    let b = run("Frontière.\n\nLe Tchad a fermé sa frontière en rétorsion à la construction d'un barrage par le Cameroun.\n");
    assert!(has(&b, "opposition", "Tchad", "Cameroun"), "{:?}", relations(&b));
}

/// A war between two sides opposes them, over its length ("une guerre de 40 jours entre X et Y")
/// and over a descriptor of the second ("et le mouvement armé Y", "and the militant group Y").
#[test]
fn a_war_between_sides_over_its_length_and_a_descriptor() {
    let a = run("Histoire.\n\nL'accord a mis fin à une guerre de 40 jours entre le Soudan et le mouvement rebelle M23.\n");
    assert!(has(&a, "opposition", "Soudan", "M23"), "{:?}", relations(&a));
}

/// The verb of an attack opposes its subject to its object in both languages, where the French
/// participle folds to the noun's form ("ont attaqué"); the noun alone condemned by a third side
/// opposes that side to no victim.
#[test]
fn attacking_opposes_the_subject_to_the_object() {
    let a = run("Ugandan troops attacked Kenyan army posts near the lake on Sunday.");
    assert!(has(&a, "opposition", "Uganda", "Kenya"), "{:?}", relations(&a));
    let a = run("Des soldats burundais ont attaqué un poste rwandais à l'aube.");
    assert!(has(&a, "opposition", "Burundi", "Rwanda"), "{:?}", relations(&a));
    let a = run("Le Sénégal a condamné l'attaque contre la Gambie.");
    assert!(!has(&a, "opposition", "Sénégal", "Gambie"), "{:?}", relations(&a));
    let a = run("Ghana condemned the attack on Togo's border post.");
    assert!(!has(&a, "opposition", "Ghana", "Togo"), "{:?}", relations(&a));
}

/// Defeating and being angered oppose (the angered side the other); an insurgency waged "with" a country's forces sets the
/// two against each other; the target of an earlier verb is not the author of the next ("lutter
/// contre X et vaincre Y" is the subject's fight against both).
#[test]
fn defeat_anger_insurgency_and_chained_verbs() {
    let a = run("Le Niger veut lutter contre Boko Haram et vaincre l'État islamique.");
    assert!(has(&a, "opposition", "Niger", "Boko Haram"), "{:?}", relations(&a));
    assert!(!has(&a, "opposition", "Boko Haram", "Daech"), "{:?}", relations(&a));
    // (anger is the subject's feeling, as worry is: the angered side stands against the other)
    let a = run("Kenya has been angered by Uganda's new border posts.");
    assert!(has(&a, "opposition", "Kenya", "Uganda"), "{:?}", relations(&a));
    let a = run("Boko Haram has waged an insurgency with Nigerian forces since 2009.");
    assert!(has(&a, "opposition", "Boko Haram", "Nigeria"), "{:?}", relations(&a));
}

/// A demand that another side withdraw its troops sets the side demanding against the side
/// asked; a demand to withdraw anything else does not. Friction between two sides is a rivalry.
#[test]
fn a_demand_to_withdraw_troops_and_friction_are_oppositions() {
    let a = run("Le gouvernement du Tchad a demandé au Soudan de retirer avant l'été ses militaires.");
    assert!(has(&a, "opposition", "Tchad", "Soudan"), "{:?}", relations(&a));
    let a = run("Peru asked Chile to withdraw the draft resolution.");
    assert!(!has(&a, "opposition", "Peru", "Chile"), "{:?}", relations(&a));
    let a = run("The strait has become a source of friction between Peru and Ecuador.");
    assert!(has(&a, "opposition", "Peru", "Ecuador"), "{:?}", relations(&a));
}

/// Plural nouns of a rivalry ("disputes between X and Y", "les différends entre X et Y") set
/// the two against each other as the singular does.
#[test]
fn plural_rivalry_nouns_oppose_the_two() {
    let a = run("The seizure was the latest of many disputes between Peru and Ecuador over fishing.");
    assert!(has(&a, "opposition", "Peru", "Ecuador"), "{:?}", relations(&a));
    let a = run("Les différends entre le Pérou et l'Équateur portent sur la pêche.");
    assert!(has(&a, "opposition", "Pérou", "Équateur"), "{:?}", relations(&a));
}

/// The victim of an attack a side protests is no target of the protest (the attack's author is),
/// and a side named before the subordinate clause of a hostile act is not its author: "X
/// soldiers died when gunmen ambushed a Y convoy" sets X against no one.
#[test]
fn the_victim_of_a_protested_attack_is_no_target() {
    for text in [
        "Peru protested against the attack on a Chilean convoy near the border.",
        "Le Pérou a condamné l'attaque contre un convoi chilien.",
        "Six Peruvian soldiers died last night when gunmen ambushed a Chilean convoy near the border.",
    ] {
        let a = run(text);
        assert!(relations(&a).iter().all(|(k, _, _)| k != "opposition"), "{text}: {:?}", relations(&a));
    }
}

/// A fight named after a purpose and a few words ("pour participer à la lutte contre X") is the
/// main subject's, not the destination's; a group's noun and adjectives may stand between
/// "contre" and its name; a possessive before the fight makes it another's.
#[test]
fn a_fight_joined_for_a_purpose_is_the_subjects_even_over_a_groups_noun() {
    let a = run("Le Tchad a envoyé des soldats au Niger pour participer à la lutte contre Boko Haram.");
    assert!(has(&a, "opposition", "Tchad", "Boko Haram"), "{:?}", relations(&a));
    assert!(!has(&a, "opposition", "Niger", "Boko Haram"), "{:?}", relations(&a));
    let a = run("Le Bénin lutte contre le groupe armé Ansarul Islam dans le nord.");
    assert!(has(&a, "opposition", "Bénin", "Ansarul Islam"), "{:?}", relations(&a));
    let a = run("Japan gave trucks to the Kenyan army to support its fight against the militia group \
                 al-Shabaab.");
    assert!(!has(&a, "opposition", "Japan", "al Shabaab"), "{:?}", relations(&a));
}

/// Defying a side ("défie le pouvoir de X", "defied X") opposes it; a participle phrase set off
/// by commas ("X, ayant …, défie") leaves the subject before it as the author.
#[test]
fn defying_opposes_and_a_participle_aside_keeps_the_author() {
    let a = run("Le mouvement Ansarul Islam, ayant prêté allégeance au groupe Etat islamique, défie \
                 le pouvoir de Ouagadougou depuis des années.");
    assert!(has(&a, "opposition", "Ansarul Islam", "Burkina Faso"), "{:?}", relations(&a));
    assert!(!has(&a, "opposition", "Daech", "Burkina Faso"), "{:?}", relations(&a));
    let a = run("The Houthis have defied Saudi Arabia for years.");
    assert!(has(&a, "opposition", "Houthi", "Saudi Arabia"), "{:?}", relations(&a));
}

/// The sides of a rivalry may each come with their forces' noun and its modifiers: "a clash
/// between X border guards and Y fighters" opposes X and Y; "rebuffed Y's claims" opposes Y.
#[test]
fn sides_named_with_their_forces_and_rebuffed_claims() {
    let a = run(
        "Report.\n\nA confrontation between Kenyan border guards and al-Shabaab fighters left two dead.\n",
    );
    assert!(has(&a, "opposition", "Kenya", "al Shabaab"), "{:?}", relations(&a));
    let a = run("Report.\n\nEthiopia rebuffed Egypt's allegations about the dam on Monday.\n");
    assert!(has(&a, "opposition", "Ethiopia", "Egypt"), "{:?}", relations(&a));
}

/// Ties said to be strained ("relations between X and Y have been tense", "les relations
/// tendues entre X et Y", "X's ties with Y have soured") oppose the two sides; ties that improved
/// after a tense year, or that are not tense, do not.
#[test]
fn strained_ties_oppose_the_two_sides() {
    let a = run("Report.\n\nRelations between Guyana and Suriname have long been frosty over the river.");
    assert!(has(&a, "opposition", "Guyana", "Suriname"), "{:?}", relations(&a));
    let a = run("Rapport.\n\nLes relations tendues entre le Maroc et l'Algérie pèsent sur la région.");
    assert!(has(&a, "opposition", "Maroc", "Algérie"), "{:?}", relations(&a));
    let a = run("Report.\n\nUganda's ties with Rwanda have soured since the border closure.");
    assert!(has(&a, "opposition", "Uganda", "Rwanda"), "{:?}", relations(&a));
    let a = run("Report.\n\nRelations between Guyana and Suriname improved after a tense decade.");
    assert!(!has(&a, "opposition", "Guyana", "Suriname"), "{:?}", relations(&a));
}

/// Tension "between the two countries" is between the two the text is about; contesting or
/// disputing a side's account opposes that side.
#[test]
fn tension_between_the_two_countries_and_a_disputed_account() {
    let a = run("Report.\n\nLesotho and Botswana met in Maseru. Lesotho thanked Botswana for the \
                 visit. Tension between the two countries has since grown over water rights.");
    assert!(has(&a, "opposition", "Lesotho", "Botswana"), "{:?}", relations(&a));
    let a = run("Report.\n\nBhutan disputed Nepal's account of the shooting near the river.");
    assert!(has(&a, "opposition", "Bhutan", "Nepal"), "{:?}", relations(&a));
    let a = run("Rapport.\n\nLe Gabon conteste la version du Cameroun sur l'incident du pont.");
    assert!(has(&a, "opposition", "Gabon", "Cameroun"), "{:?}", relations(&a));
}

/// A rival named with the side it rivals opposes that side, whichever way the apposition runs.
#[test]
fn a_rival_named_with_its_side_opposes_it() {
    let a =
        run("Ces manœuvres inquiètent la grande rivale de la Turquie, la Grèce, qui surveille la mer Égée.");
    assert!(has(&a, "opposition", "Grèce", "Turquie"), "{:?}", relations(&a));
    let a = run("Morocco, Algeria's longtime rival, said on Monday that it would buy more drones.");
    assert!(has(&a, "opposition", "Morocco", "Algeria"), "{:?}", relations(&a));
}

/// A name after "de"/"of" alone completes the side before it: "the Chadian neighbour of Sudan" is
/// Chad, and Sudan is no side of the tensions.
#[test]
fn a_complement_of_a_side_is_no_side() {
    let a = run("Les tensions entre la Belgique et le voisin tchadien du Soudan ne cessent de monter.");
    assert!(
        has(&a, "opposition", "Belgique", "Tchad") || has(&a, "opposition", "Tchad", "Belgique"),
        "{:?}",
        relations(&a)
    );
    assert!(
        !relations(&a).iter().any(|(k, s, t)| k == "opposition" && (s == "Soudan" || t == "Soudan")),
        "{:?}",
        relations(&a)
    );
}
