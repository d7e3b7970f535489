//! Who stands against whom: opposition read from verbs and nouns with their author and target
//! (fixtures written for these tests).

use crate::util::{find, has, participants, relations, run};

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

#[test]
fn tensions_between_two_sides_oppose_them() {
    let a = run("The talks come amid renewed tensions between Armenia and Azerbaijan over the border.");
    assert!(has(&a, "opposition", "Armenia", "Azerbaijan"), "{:?}", relations(&a));
}

#[test]
fn the_author_of_a_feared_act_is_the_target() {
    let a = run("Estonia is buying new air defences to deter Russian aggression, its government said.");
    assert!(has(&a, "opposition", "Estonia", "Russia"), "{:?}", relations(&a));
    assert!(!has(&a, "opposition", "Russia", "Estonia"), "{:?}", relations(&a));
}

#[test]
fn sanctions_need_their_target() {
    let a = run("Canada imposed sanctions on Iran after the attack.");
    assert!(has(&a, "opposition", "Canada", "Iran"), "{:?}", relations(&a));
    let a = run("Brazil and India voted against Western sanctions at the assembly.");
    assert!(relations(&a).iter().all(|(k, _, _)| k != "opposition"), "{:?}", relations(&a));
}

#[test]
fn a_threat_to_act_is_not_aimed_at_the_place_of_the_act() {
    let a = run("Belarus threatened to send troops to Moldova if the talks failed.");
    assert!(!has(&a, "opposition", "Belarus", "Moldova"), "{:?}", relations(&a));
    let a = run("La médiation a suivi le conflit entre le Pérou et l'Équateur.");
    assert!(has(&a, "opposition", "Pérou", "Équateur"), "{:?}", relations(&a));
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

#[test]
fn a_protest_addressed_to_a_country_opposes_it() {
    let a = run("Bangladesh strongly protested to Myanmar on Tuesday over the shelling near the border.");
    assert!(has(&a, "opposition", "Bangladesh", "Myanmar"), "{:?}", relations(&a));
    let a = run("Moscow threatened to send bombers to Venezuela if the talks failed.");
    assert!(!relations(&a).iter().any(|(k, _, _)| k == "opposition"), "{:?}", relations(&a));
}

#[test]
fn a_phrase_between_commas_is_not_the_author_of_the_act() {
    let a = run("Le Ghana, avec l'appui de ses partenaires de l'Otan, a condamné mardi le Burkina Faso.");
    assert!(has(&a, "opposition", "Ghana", "Burkina Faso"), "{:?}", relations(&a));
    assert!(!has(&a, "opposition", "Alliance atlantique", "Burkina Faso"), "{:?}", relations(&a));
    assert!(has(&a, "support", "Alliance atlantique", "Ghana"), "{:?}", relations(&a));
    let a = run("Finland, according to officials in Helsinki, condemned Russia on Monday.");
    assert!(has(&a, "opposition", "Finland", "Russia"), "{:?}", relations(&a));
}

#[test]
fn who_reacts_to_an_event_opposes_its_parties() {
    let a = run("L'Égypte et le Soudan ont mené des manœuvres navales en mer Rouge en avril. L'Éthiopie a \
                 réagi en dépêchant deux frégates.");
    assert!(has(&a, "opposition", "Éthiopie", "Égypte"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Éthiopie", "Soudan"), "{:?}", relations(&a));
    let a = run("Taiwan scrambled fighter jets on Friday as Chinese bombers flew near the island.");
    assert!(has(&a, "opposition", "Taiwan", "China"), "{:?}", relations(&a));
    // no reaction, no opposition
    for text in [
        "Ghana responded warmly to the offer and signed a defence pact with Togo.",
        "Ghana responded to the offer and signed a defence pact with Togo.",
    ] {
        let a = run(text);
        assert!(!relations(&a).iter().any(|(k, _, _)| k == "opposition"), "{:?}", relations(&a));
    }
}

#[test]
fn a_protest_lodged_with_a_country_opposes_it() {
    let a = run("Manila lodged a protest with Beijing on Monday after Chinese ships fired water cannon.");
    assert!(has(&a, "opposition", "Philippines", "China"), "{:?}", relations(&a));
    assert!(!has(&a, "cooperation", "Philippines", "China"), "{:?}", relations(&a));
}

#[test]
fn a_threat_in_reaction_to_a_decision_opposes_its_author() {
    let a = run("En réaction à la décision de l'Union africaine, le Soudan a menacé de fermer sa frontière.");
    assert!(has(&a, "opposition", "Soudan", "UA"), "{:?}", relations(&a));
    // a fair named with a year is no exercise
    let a =
        run("La Turquie et le Ghana ont signé l'accord lors du salon Defence Exhibition 2024 à Istanbul.");
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "exercise"), "{:?}", a.events);
}

/// A verdict on an event ("called the drills a provocation", "perçues par X comme une menace")
/// makes its author oppose the event's sides, and no side of it.
#[test]
fn a_verdict_on_an_event_is_opposition_from_its_author() {
    let a = run("Norway and Sweden held naval drills near Finland on Monday. Finland called the drills a \
                 provocation.");
    let id = |n: &str| a.entities.iter().find(|e| e.name == n).map(|e| e.id.clone()).unwrap_or_default();
    let opposed = |x: &str, y: &str| {
        a.relations.iter().any(|r| r.kind.as_str() == "opposition" && r.source == id(x) && r.target == id(y))
    };
    assert!(opposed("Finland", "Norway") && opposed("Finland", "Sweden"), "{:#?}", a.relations);
    assert_eq!(participants(&a, "exercise"), ["Norway", "Sweden"]);
    let a = run("Le Maroc et l'Espagne ont mené des manœuvres navales. Ces manœuvres sont perçues par \
                 l'Algérie comme une provocation.");
    let id = |n: &str| a.entities.iter().find(|e| e.name == n).map(|e| e.id.clone()).unwrap_or_default();
    assert!(
        a.relations
            .iter()
            .any(|r| r.kind.as_str() == "opposition" && r.source == id("Algérie") && r.target == id("Maroc")),
        "{:#?}",
        a.relations
    );
}

/// Criticism "de la part de" (or "on the part of") several authors: each opposes the side whose
/// act drew it, and the authors do not oppose one another.
#[test]
fn criticism_on_the_part_of_several_authors_opposes_each_of_them_to_the_actor() {
    let a =
        run("L'Iran a conduit des manœuvres navales le 3 mai, ce qui a suscité des critiques de la part \
                 de l'Arabie saoudite et du Koweït.");
    assert!(has(&a, "opposition", "Arabie saoudite", "Iran"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Koweït", "Iran"), "{:?}", relations(&a));
    assert!(!has(&a, "opposition", "Arabie saoudite", "Koweït"), "{:?}", relations(&a));
    let a =
        run("Iran staged naval drills on May 3, drawing criticism on the part of Saudi Arabia and Kuwait.");
    assert!(has(&a, "opposition", "Saudi Arabia", "Iran"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Kuwait", "Iran"), "{:?}", relations(&a));
}

/// Threats and provocations are hostile words: "X described the patrols as a provocation" opposes
/// X to their author.
#[test]
fn a_provocation_is_a_hostile_word() {
    let a = run("Vietnam described the Chinese patrols as a provocation.");
    assert!(has(&a, "opposition", "Vietnam", "China"), "{:?}", relations(&a));
}

/// "anti-X" sets the side before the prefix, or the leader named after the phrase, against X.
#[test]
fn the_prefix_anti_opposes_the_side_before_it_to_the_actor_after() {
    let a = run("Le Maroc a rejoint en 2016 l'alliance saoudienne anti-Houthis, selon Rabat.");
    assert!(has(&a, "opposition", "Arabie saoudite", "Houthis"), "{:?}", relations(&a));
    let a = run("The anti-Daesh coalition led by the United States struck targets near Raqqa on Monday.");
    assert!(has(&a, "opposition", "United States", "Daesh"), "{:?}", relations(&a));
}

/// A verb of labelling before a hostile word ("calling the pact of X and Y a provocation") sets
/// its author against every side named in between, even when the author's name holds a
/// nationality ("the Serbian Ministry of Foreign Affairs").
#[test]
fn labelling_a_pact_a_provocation_opposes_each_of_its_sides() {
    let a =
        run("The Peruvian Ministry of Foreign Affairs issued a strong reaction, calling the pact between \
                 Chile, Bolivia and Argentina a provocation.");
    for side in ["Chile", "Bolivia", "Argentina"] {
        assert!(has(&a, "opposition", "Peru", side), "{side}: {:?}", relations(&a));
    }
    let a = run("Le Pérou a qualifié les manœuvres navales du Chili de provocation.");
    assert!(has(&a, "opposition", "Pérou", "Chili"), "{:?}", relations(&a));
}

/// The subject of a clause of purpose ("to deter", "pour dissuader") is the main clause's, not the
/// destination named right before the cue; a relative clause in between keeps its antecedent.
#[test]
fn a_purpose_clause_opposes_through_the_main_subject() {
    let a = run("Drills.\n\nDenmark sent 300 soldiers to Latvia on Monday to deter Russia.\n");
    assert!(has(&a, "opposition", "Denmark", "Russia"), "{:?}", relations(&a));
    assert!(!has(&a, "opposition", "Latvia", "Russia"), "{:?}", relations(&a));
    let a =
        run("Exercice.\n\nLe Danemark a envoyé lundi 300 soldats en Lettonie pour dissuader la Russie.\n");
    assert!(has(&a, "opposition", "Danemark", "Russie"), "{:?}", relations(&a));
    let a = run("Ships.\n\nThe Estrian ships are backed by China and Cuba, which have moved to counter Canada in the region.\n");
    assert!(has(&a, "opposition", "China", "Canada"), "{:?}", relations(&a));
}

/// Worries felt in a country ("raised concerns in X", "suscité des inquiétudes en X") set that
/// country against what caused them, not the other way round; the worried country takes no part
/// in the drill.
#[test]
fn concerns_felt_in_a_country_oppose_their_cause() {
    let a =
        run("Drills.\n\nThe manoeuvres Belarus plans for May have raised concerns in Latvia and Estonia.\n");
    assert!(has(&a, "opposition", "Latvia", "Belarus"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Estonia", "Belarus"), "{:?}", relations(&a));
    assert!(!has(&a, "opposition", "Belarus", "Latvia"), "{:?}", relations(&a));
    let a = run("Manœuvres.\n\nLes manœuvres que la Biélorussie prépare pour mai ont provoqué des inquiétudes dans plusieurs pays voisins et en Lettonie.\n");
    assert!(has(&a, "opposition", "Lettonie", "Biélorussie"), "{:?}", relations(&a));
    assert!(!has(&a, "cooperation", "Biélorussie", "Lettonie"), "{:?}", relations(&a));
}

/// A person with no country of their own may be the target of blame ("accused the former
/// minister X of plotting").
#[test]
fn a_person_without_a_country_can_be_blamed() {
    let a = run("Crise.\n\nLe gouvernement malien a accusé samedi l'ancien ministre Paul Koné d'avoir préparé un putsch.\n");
    assert!(has(&a, "opposition", "Mali", "Paul Koné"), "{:?}", relations(&a));
}

/// Summoning another country's envoy is a protest against that country.
#[test]
fn summoning_an_envoy_opposes_their_country() {
    let a = run("Border.\n\nThe Foreign Ministry of Ghana on Sunday summoned the Togolese ambassador over the border build-up.\n");
    assert!(has(&a, "opposition", "Ghana", "Togo"), "{:?}", relations(&a));
    let a = run("Frontière.\n\nLe Ghana a convoqué lundi l'ambassadeur du Togo à Accra.\n");
    assert!(has(&a, "opposition", "Ghana", "Togo"), "{:?}", relations(&a));
}

/// Worry about "this rapprochement" / "ces liens" is worry about the parties of the latest event
/// told: each of them is a target.
#[test]
fn worry_about_a_tie_told_before_targets_its_parties() {
    let a = run("Kenya sent military advisers to Somalia in May. Ethiopia said it was alarmed by this \
                 partnership.");
    assert!(has(&a, "opposition", "Ethiopia", "Kenya"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Ethiopia", "Somalia"), "{:?}", relations(&a));
    let a = run("Le Kenya a envoyé des conseillers militaires en Somalie en mai. L'Éthiopie s'est dite \
                 inquiète de ces liens.");
    assert!(has(&a, "opposition", "Éthiopie", "Kenya"), "{:?}", relations(&a));
}

/// A military operation aimed at an actor right after its noun is an armed act of the subjects of
/// its clause; an act whose aiming word comes far after it, in a relative clause, aims at no one.
#[test]
fn an_operation_against_an_actor_is_its_authors_opposition() {
    let a = run("Cameroon said its army stood ready for an operation against Boko Haram.");
    assert!(has(&a, "opposition", "Cameroon", "Boko Haram"), "{:?}", relations(&a));
    let a = run("Le Tchad prépare une vaste opération contre Boko Haram.");
    assert!(has(&a, "opposition", "Tchad", "Boko Haram"), "{:?}", relations(&a));
    let a = run("Militants raided Maroua, the capital of the region, an attack that alarmed towns which \
                 rely on Chad for food.");
    assert!(!relations(&a).iter().any(|(k, _, t)| k == "opposition" && t == "Chad"), "{:?}", relations(&a));
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

/// A critic of an act opposes its author, not its sufferer: "condemned the strikes on Y" opposes
/// no one, "condemned the invasion of Y by Z" opposes Z.
#[test]
fn a_critic_of_an_act_opposes_its_author_not_its_sufferer() {
    let a = run("Estonia condemned the strikes against Latvia.");
    assert!(!relations(&a).iter().any(|(k, _, _)| k == "opposition"), "{:?}", relations(&a));
    let a = run("La Roumanie condamne l'annexion de la Moldavie par la Hongrie.");
    assert!(has(&a, "opposition", "Roumanie", "Hongrie"), "{:?}", relations(&a));
    assert!(!has(&a, "opposition", "Roumanie", "Moldavie"), "{:?}", relations(&a));
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

/// Rejecting someone's claims ("rejects the Peruvian navy chief's remarks", "a rejeté les
/// allégations du Burundi") opposes their author; rejecting a plan opposes no one.
#[test]
fn rejecting_claims_opposes_their_author() {
    let a = run("Chile firmly rejects the Peruvian navy chief's baseless remarks.\n");
    assert!(has(&a, "opposition", "Chile", "Peru"), "{:?}", relations(&a));
    let a = run("Le Rwanda a rejeté les allégations du Burundi.\n");
    assert!(has(&a, "opposition", "Rwanda", "Burundi"), "{:?}", relations(&a));
    let a = run("Chile rejected the peace plan of Peru.\n");
    assert!(!has(&a, "opposition", "Chile", "Peru"), "{:?}", relations(&a));
}

/// A meeting held to condemn someone ("met to condemn X", "se sont réunis pour dénoncer Y")
/// opposes its parties to X, who takes no part in it.
#[test]
fn a_meeting_held_to_condemn_opposes_its_target() {
    let a = run("Ghana and Benin met in Accra to condemn Togo.\n");
    assert!(has(&a, "opposition", "Ghana", "Togo"), "{:?}", relations(&a));
    assert!(!has(&a, "cooperation", "Ghana", "Togo"), "{:?}", relations(&a));
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

/// A protest over an event held with a partner opposes the partner too ("protested to X over X's
/// plans to hold drills with Y"); the critic is never its own target.
#[test]
fn a_protest_over_joint_drills_opposes_both_sides() {
    let a = run("Moscow protested to the Danish ambassador over Denmark's plans to stage naval drills with Germany in the Baltic Sea next month.");
    assert!(has(&a, "opposition", "Russia", "Denmark"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Russia", "Germany"), "{:?}", relations(&a));
    let a = run("Venezuela on Friday condemned Guyana's naval exercise with Britain.");
    assert!(has(&a, "opposition", "Venezuela", "Guyana"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Venezuela", "United Kingdom"), "{:?}", relations(&a));
    assert!(!has(&a, "opposition", "Venezuela", "Venezuela"), "{:?}", relations(&a));
}

/// An adjective of hostile conduct names its author before it ("X's increasingly aggressive
/// actions"), opposed by whoever faces them, or by the sides of the event just told when "the
/// two nations" stand for them.
#[test]
fn aggressive_conduct_opposes_its_author() {
    let a = run("Chile and Peru are grappling with Argentina's increasingly aggressive actions.");
    assert!(has(&a, "opposition", "Chile", "Argentina"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Peru", "Argentina"), "{:?}", relations(&a));
    let a = run("The navies of Chile and Peru are in talks on holding joint drills as the two nations grapple with Argentina's aggressive actions at sea.");
    assert!(has(&a, "opposition", "Peru", "Argentina"), "{:?}", relations(&a));
    let a = run("Le Chili dénonce l'attitude agressive de l'Argentine.");
    assert!(has(&a, "opposition", "Chili", "Argentine"), "{:?}", relations(&a));
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

/// A denied cue opposes no one ("did not condemn", "n'a pas dénoncé", "no plan to invade"), but
/// "not only" adds rather than denies.
#[test]
fn a_denied_cue_opposes_no_one() {
    let a = run("Turkey did not condemn Russia at the meeting in Ankara.");
    assert!(!has(&a, "opposition", "Turkey", "Russia"), "{:?}", relations(&a));
    let a = run("Brazil says it has no plan to invade Venezuela.");
    assert!(!has(&a, "opposition", "Brazil", "Venezuela"), "{:?}", relations(&a));
    let a = run("Le Sénégal n'a jamais dénoncé la Gambie dans cette affaire.");
    assert!(!has(&a, "opposition", "Sénégal", "Gambie"), "{:?}", relations(&a));
    let a = run("Finland not only condemned Russia but also expelled its diplomats.");
    assert!(has(&a, "opposition", "Finland", "Russia"), "{:?}", relations(&a));
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

/// An act done "in response to" another side's act stands against that side ("X moved troops in
/// response to the arrival of a Y frigate", "en riposte aux manœuvres de Y"); answering a request
/// ("in response to a request from Y") is a favour, not opposition.
#[test]
fn an_act_in_response_to_another_sides_act_opposes_it() {
    let a = run(
        "Border.\n\nBolivia moved two battalions north in response to the docking of a Chilean frigate at the port.\n",
    );
    assert!(has(&a, "opposition", "Bolivia", "Chile"), "{:?}", relations(&a));
    let b = run("Frontière.\n\nLe Tchad a renforcé sa frontière en riposte aux manœuvres du Soudan.\n");
    assert!(has(&b, "opposition", "Tchad", "Soudan"), "{:?}", relations(&b));
    let c = run("Aid.\n\nPortugal sent two planes in response to a request from Angola.\n");
    assert!(!has(&c, "opposition", "Portugal", "Angola"), "{:?}", relations(&c));
}

/// Diplomats recalled, expelled or summoned tell opposition: the sanctioning side stands against
/// the country the diplomat comes from or was posted to, in the active ("ont rappelé leurs
/// ambassadeurs en poste en X", "expelled two Y diplomats") and in the passive ("l'ambassadeur de
/// X a été convoqué par Y", Y against X).
#[test]
fn diplomats_recalled_expelled_or_summoned_tell_opposition() {
    let a = run("Crise.\n\nLe Tchad et le Niger ont rappelé leurs ambassadeurs en poste au Bénin.\n");
    assert!(has(&a, "opposition", "Tchad", "Bénin"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Niger", "Bénin"), "{:?}", relations(&a));
    let b = run("Row.\n\nFinland expelled two Belarusian diplomats on Monday.\n");
    assert!(has(&b, "opposition", "Finland", "Belarus"), "{:?}", relations(&b));
    let c = run("Crise.\n\nL'ambassadeur du Gabon a été convoqué par le ministère camerounais des Affaires étrangères.\n");
    assert!(has(&c, "opposition", "Cameroun", "Gabon"), "{:?}", relations(&c));
    assert!(!has(&c, "opposition", "Gabon", "Cameroun"), "{:?}", relations(&c));
}

/// A complaint about a side opposes it ("complained about X", "made a complaint against Y"); the
/// one a complaint is told to ("complained to the Z envoy") is only its listener.
#[test]
fn a_complaint_opposes_what_it_is_about_not_its_listener() {
    let a = run("Border.\n\nBenin complained about Nigerien soldiers near the river.\n");
    assert!(has(&a, "opposition", "Benin", "Niger"), "{:?}", relations(&a));
    let b = run("Border.\n\nBenin's president complained to the French envoy on Monday.\n");
    assert!(!has(&b, "opposition", "Benin", "France"), "{:?}", relations(&b));
    let c = run("Border.\n\nBenin made a complaint against Niger on Monday.\n");
    assert!(has(&c, "opposition", "Benin", "Niger"), "{:?}", relations(&c));
}

/// A passive cue with its agent turns the roles round: "X was condemned by Y" and "un drone X a
/// été abattu par l'armée Y" set Y against X, never X against Y; damage told as a noun with its
/// owner and agent ("la destruction d'un drone X par l'armée Y", "the downing of an X drone by
/// Y") does the same.
#[test]
fn a_passive_or_nominal_act_with_its_agent_opposes_the_agent_to_the_subject() {
    let a = run("Row.\n\nGuinea was condemned by Senegal and Gambia on Monday.\n");
    assert!(has(&a, "opposition", "Senegal", "Guinea"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Gambia", "Guinea"), "{:?}", relations(&a));
    assert!(!has(&a, "opposition", "Guinea", "Senegal"), "{:?}", relations(&a));
    let b = run("Incident.\n\nUn drone guinéen a été abattu par l'armée sénégalaise.\n");
    assert!(has(&b, "opposition", "Sénégal", "Guinée"), "{:?}", relations(&b));
    assert!(!has(&b, "opposition", "Guinée", "Sénégal"), "{:?}", relations(&b));
    let c = run(
        "Incident.\n\nLa destruction d'un drone guinéen par l'armée sénégalaise a ravivé les tensions.\n",
    );
    assert!(has(&c, "opposition", "Sénégal", "Guinée"), "{:?}", relations(&c));
    let d = run("Incident.\n\nThe downing of a Guinean drone by the Senegalese army revived tensions.\n");
    assert!(has(&d, "opposition", "Senegal", "Guinea"), "{:?}", relations(&d));
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

/// A side that violates another's airspace or borders opposes it ("X jets violated Y's
/// airspace", "des avions X ont violé l'espace aérien de Y").
#[test]
fn violating_airspace_is_opposition() {
    let a = run("Airspace.\n\nTwo Turkish fighter jets violated Greek airspace on Tuesday.\n");
    assert!(has(&a, "opposition", "Türkiye", "Greece"), "{:?}", relations(&a));
    let b = run("Espace aérien.\n\nDes drones russes ont violé l'espace aérien de la Roumanie.\n");
    assert!(has(&b, "opposition", "Russie", "Roumanie"), "{:?}", relations(&b));
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

/// A capital whose name opens with an elided letter ("N'Djamena") is no negation of the verb
/// after it; a real negation still denies it.
#[test]
fn an_elided_capital_is_no_negation() {
    let a = run("N'Djamena accuse Khartoum d'abriter des groupes armés.");
    assert!(has(&a, "opposition", "Tchad", "Soudan"), "{:?}", relations(&a));
    let a = run("N'Djamena n'a jamais accusé Khartoum.");
    assert!(!has(&a, "opposition", "Tchad", "Soudan"), "{:?}", relations(&a));
}

/// A seat of government that is not the capital stands for its government when it acts, as a
/// capital does, and stays a town where something happens in it; the author of a response named
/// after the response's adjectives is a government too.
#[test]
fn a_seat_of_government_acts_for_its_country() {
    let a = run("Le Togo accuse son voisin d'abriter des rebelles, ce que Cotonou a toujours démenti.");
    assert!(find(&a, "Bénin").is_some(), "{:?}", a.entities);
    let a = run("Les ministres du Togo et du Niger se sont réunis à Cotonou jeudi.");
    assert!(find(&a, "Bénin").is_none(), "{:?}", a.entities);
    let a = run("La réponse très ferme de Canberra est tombée mardi.");
    assert!(find(&a, "Australie").is_some(), "{:?}", a.entities);
}

/// Forces a side sends in answer, named by a body of its own ("responded by sending Border Police
/// units"), are its means, not what it answers; another side's forces after the cue still are.
#[test]
fn a_reactions_own_forces_are_no_target() {
    let a = run("Panama responded by sending additional Border Police units to the jungle crossing.");
    assert!(!relations(&a).iter().any(|(k, _, _)| k == "opposition"), "{:?}", relations(&a));
    let a = run("Japan responded by scrambling fighters as Russian bombers approached.");
    assert!(has(&a, "opposition", "Japan", "Russia"), "{:?}", relations(&a));
}

/// A country compounded into a modifier of the name after it ("X-based", "Y-backed") is no target
/// of the cue before it: the name it describes is.
#[test]
fn a_compounded_country_is_no_target() {
    let a = run("Kenyan troops are fighting the Somali-based militia al-Shabaab near the border.");
    assert!(!has(&a, "opposition", "Kenya", "Somalia"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Kenya", "al Shabaab"), "{:?}", relations(&a));
}

/// Suspecting another of a hostile act opposes it ("soupçonne X de", "suspects X of"); two
/// countries accusing "each other" with no name in the sentence are the two the text is about.
#[test]
fn suspicion_and_mutual_blame_of_the_two_countries() {
    let a = run("Le Burundi a longtemps soupçonné Kigali d'armer des rebelles.");
    assert!(has(&a, "opposition", "Burundi", "Rwanda"), "{:?}", relations(&a));
    let a = run("Ghana suspects Togo of sheltering smugglers.");
    assert!(has(&a, "opposition", "Ghana", "Togo"), "{:?}", relations(&a));
    let a = run("Le Tchad et le Soudan partagent une longue frontière. Le Tchad a fermé un poste avec le \
                 Soudan en mai. Depuis, les deux pays s'accusent mutuellement d'aider des milices.");
    assert!(has(&a, "opposition", "Tchad", "Soudan"), "{:?}", relations(&a));
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

/// An intrusion of another side's soldiers is a hostile act of that side ("après l'intrusion de
/// soldats X", "the intrusion of X troops").
#[test]
fn an_intrusion_of_soldiers_opposes_their_side() {
    let a = run("L'armée ghanéenne a tiré en l'air après l'intrusion de soldats togolais.");
    assert!(has(&a, "opposition", "Ghana", "Togo"), "{:?}", relations(&a));
    let a = run("Benin protested the intrusion of Nigerien troops near Malanville.");
    assert!(has(&a, "opposition", "Benin", "Niger"), "{:?}", relations(&a));
}

/// A hostile noun given as the grounds of a summons ("summoned Y's envoy over the intrusion of
/// Z") is the summoning subject's grievance against Z, not the envoy's.
#[test]
fn the_grounds_of_a_summons_are_the_subject_s_grievance() {
    let a = run(
        "Ghana summoned Togo's envoy on Monday over the intrusion of a Beninese drone into its airspace.",
    );
    assert!(has(&a, "opposition", "Ghana", "Benin"), "{:?}", relations(&a));
    assert!(!has(&a, "opposition", "Togo", "Benin"), "{:?}", relations(&a));
}

/// Authors of a hostile noun listed with commas ("l'inquiétude de X, de Y et d'autres") all voice
/// it; none of them is its target.
#[test]
fn authors_of_a_worry_listed_with_commas() {
    let a = run("Le projet a suscité l'inquiétude du Ghana, du Togo et d'autres voisins.");
    assert!(!has(&a, "opposition", "Ghana", "Togo"), "{:?}", relations(&a));
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

/// A phrase set off by commas right after a cue (a date, a quote) does not use up the reach of
/// its target.
#[test]
fn an_aside_after_the_cue_does_not_hide_its_target() {
    let a = run("Le Tchad a dénoncé, lundi 3 juin tard dans la soirée « sans aucun délai », le pacte \
                 de défense avec la Libye.");
    assert!(has(&a, "opposition", "Tchad", "Libye"), "{:?}", relations(&a));
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

/// Sides worried about a joint activity they take part in fear for themselves, not their
/// partners: no opposition between the activity's parties, nor from the sides of a visit told
/// just before.
#[test]
fn fears_about_ones_own_joint_activity_oppose_no_partner() {
    let a = run("KIGALI (AP) - Rwanda hopes to take part with three other East African states in patrols of Lake \
                 Victoria, its president said on Sunday.\n\n\
                 Kenya, Tanzania and Uganda already run coordinated lake patrols.\n\n\
                 \"Rwanda will help by joining the patrol,\" President Jean Habyara said on his way back from a \
                 state visit to Kenya.\n\n\
                 Nobody knew how the three governments would take Rwanda's bid, since Kenya and Uganda have \
                 often voiced fears that joint operations might weaken their hold on their own waters.");
    let opposed: Vec<_> = relations(&a).into_iter().filter(|(k, _, _)| k == "opposition").collect();
    assert!(opposed.is_empty(), "{opposed:?}");
}

/// Declaring another side's diplomats unwelcome expels them: "déclaré … personae non gratae",
/// "declared … persona non grata".
#[test]
fn diplomats_declared_unwelcome_are_expelled() {
    let a = run(
        "Les discussions ont échoué. Le Niger a déclaré mardi deux diplomates béninois personae non gratae.",
    );
    assert!(has(&a, "opposition", "Niger", "Bénin"), "{:?}", relations(&a));
    let a = run("Talks stalled. On Tuesday Kenya declared three Somali diplomats persona non grata.");
    assert!(has(&a, "opposition", "Kenya", "Somalia"), "{:?}", relations(&a));
    let a = run("Talks stalled. The minister declared the Somali proposal a good start.");
    assert!(relations(&a).iter().all(|r| r.0 != "opposition"), "{:?}", relations(&a));
}

/// Undermining another side ("destabilise", "déstabiliser") opposes it; refusing to let a side do
/// so opposes that side.
#[test]
fn refusing_to_let_a_side_destabilise_another_opposes_it() {
    let a = run("Talks went on. Romania will not allow Russia to destabilise Moldova, its minister said.");
    assert!(has(&a, "opposition", "Romania", "Russia"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Russia", "Moldova"), "{:?}", relations(&a));
    let a =
        run("Les discussions continuent. La Roumanie ne laissera pas la Russie déstabiliser la Moldavie.");
    assert!(has(&a, "opposition", "Roumanie", "Russie"), "{:?}", relations(&a));
    let a = run("Talks went on. Romania will allow Moldova to join the exercise.");
    assert!(relations(&a).iter().all(|r| r.0 != "opposition"), "{:?}", relations(&a));
}

/// A relative clause set off by commas between a critic and its cue ("X, qui veut rejoindre
/// l'Otan, s'inquiète…", "X, which wants to join NATO, is worried…") names no critic: the
/// author is the side before it.
#[test]
fn a_relative_clause_before_the_cue_names_no_critic() {
    let a = run("La Finlande, qui souhaite rejoindre l'Otan, s'inquiète des manœuvres de la Russie près de sa frontière.");
    assert!(has(&a, "opposition", "Finlande", "Russie"), "{:?}", relations(&a));
    assert!(
        !relations(&a).iter().any(|(k, s, _)| k == "opposition" && s != "Finlande"),
        "{:?}",
        relations(&a)
    );
    let a = run("Finland, which wants to join NATO, is worried by Russia's manoeuvres near its border.");
    assert!(has(&a, "opposition", "Finland", "Russia"), "{:?}", relations(&a));
    assert!(
        !relations(&a).iter().any(|(k, s, _)| k == "opposition" && s != "Finland"),
        "{:?}",
        relations(&a)
    );
}

/// A state of feeling after "is"/"est" is the subject's, not a passive whose agent acts on it:
/// "X is concerned about Y", "X est préoccupée par les manœuvres de Y" set X against Y, and the
/// worried side takes no part in the drills it worries about.
#[test]
fn a_side_worried_by_another_opposes_it() {
    let a = run("Finland is concerned about Russia's drills near the border.");
    assert!(has(&a, "opposition", "Finland", "Russia"), "{:?}", relations(&a));
    let a = run("Finland is worried by Russia's manoeuvres.");
    assert!(has(&a, "opposition", "Finland", "Russia") && !has(&a, "opposition", "Russia", "Finland"));
    let a = run("La Finlande est préoccupée par les manœuvres russes.");
    assert!(has(&a, "opposition", "Finlande", "Russie"), "{:?}", relations(&a));
    assert!(relations(&a).iter().all(|(k, _, _)| k != "cooperation"), "{:?}", relations(&a));
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

/// Urging a side to shrink its forces opposes it, and the tensions it is urged to ease are its own
/// with the third side, not the urging side's: "X urged Y to ease tensions with Z and reduce its
/// troops".
#[test]
fn urging_a_side_to_reduce_its_troops_opposes_it() {
    let a = run("Brazil on Tuesday urged Venezuela to ease tensions with Guyana and reduce the number of \
         soldiers posted along the border.");
    assert!(has(&a, "opposition", "Brazil", "Venezuela"), "{:?}", relations(&a));
    assert!(!has(&a, "opposition", "Brazil", "Guyana"), "{:?}", relations(&a));
}

/// Rejecting an accord is standing against its signatories ("X a rejeté l'accord signé entre Y
/// et Z"), and the one rejecting takes no part in it.
#[test]
fn rejecting_an_accord_opposes_its_signatories() {
    let a = run("La crise s'aggrave dans la région.\n\nLe Kenya a rejeté l'accord de défense signé le mois \
         dernier entre l'Ouganda et le Rwanda.");
    assert!(has(&a, "opposition", "Kenya", "Ouganda"), "{:?}", relations(&a));
    assert!(!has(&a, "cooperation", "Kenya", "Ouganda"), "{:?}", relations(&a));
}

/// A subject pronoun before a verb of blame stands for the person named last before it: "She
/// accused X" opposes her country to X.
#[test]
fn a_pronoun_accuser_is_the_person_named_before() {
    let a =
        run("Tanzanian President Amina Salum spoke at a rally in Kigoma on Sunday.\nShe accused Burundi \
         of sheltering armed rebels near the lake.");
    assert!(has(&a, "opposition", "Tanzania", "Burundi"), "{:?}", relations(&a));
}
