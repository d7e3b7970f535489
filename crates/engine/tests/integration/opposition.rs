//! Who stands against whom: opposition read from verbs and nouns with their author and target
//! (fixtures written for these tests).

use crate::util::{find, has, participants, relations, run};

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

/// A side that violates another's airspace or borders opposes it ("X jets violated Y's
/// airspace", "des avions X ont violé l'espace aérien de Y").
#[test]
fn violating_airspace_is_opposition() {
    let a = run("Airspace.\n\nTwo Turkish fighter jets violated Greek airspace on Tuesday.\n");
    assert!(has(&a, "opposition", "Türkiye", "Greece"), "{:?}", relations(&a));
    let b = run("Espace aérien.\n\nDes drones russes ont violé l'espace aérien de la Roumanie.\n");
    assert!(has(&b, "opposition", "Russie", "Roumanie"), "{:?}", relations(&b));
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

/// A phrase set off by commas right after a cue (a date, a quote) does not use up the reach of
/// its target.
#[test]
fn an_aside_after_the_cue_does_not_hide_its_target() {
    let a = run("Le Tchad a dénoncé, lundi 3 juin tard dans la soirée « sans aucun délai », le pacte \
                 de défense avec la Libye.");
    assert!(has(&a, "opposition", "Tchad", "Libye"), "{:?}", relations(&a));
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

/// A rejection's target is in its own predicate: a second predicate of the same subject after
/// "and" ("rejects the charge and is firmly supported by Y") names no one it opposes.
#[test]
fn a_second_predicate_ends_a_rejections_reach() {
    let a =
        run("Report.\n\nCyprus flatly rejects the accusations and has been firmly supported by Greece.\n");
    assert!(!has(&a, "opposition", "Cyprus", "Greece"), "{:?}", relations(&a));
    assert!(has(&a, "support", "Greece", "Cyprus"), "{:?}", relations(&a));
    // the author of the claims stays the target
    let a = run("Report.\n\nCyprus flatly rejects the accusations made by Turkey.\n");
    assert!(has(&a, "opposition", "Cyprus", "Türkiye"), "{:?}", relations(&a));
}

/// Criticism undergone: "X faced criticism from Y", "came under fire from Y", "a essuyé les
/// critiques de Y" — Y, the noun's author, opposes the subject that undergoes it.
#[test]
fn criticism_undergone_opposes_its_author_to_the_subject() {
    for (text, author, target) in [
        ("Report.\n\nMalta faced stern criticism from Libya over the seized tanker.\n", "Libya", "Malta"),
        ("Report.\n\nMalta came under diplomatic fire from Libya last spring.\n", "Libya", "Malta"),
        ("Rapport.\n\nMalte a essuyé les critiques de la Libye après la saisie.\n", "Libye", "Malte"),
    ] {
        let a = run(text);
        assert!(has(&a, "opposition", author, target), "{text}: {:?}", relations(&a));
        assert!(!has(&a, "opposition", target, author), "{text}: {:?}", relations(&a));
    }
}

/// "The ministry" alone stands for the ministry last named: what it asks is that ministry's (and
/// its country's) demand ("…Foreign Ministry condemned… The ministry called upon Y to withdraw its
/// forces").
#[test]
fn the_ministry_alone_is_the_one_last_named() {
    let a = run(
        "Report.\n\nThe Moldovan Foreign Ministry condemned the new checkpoints on Monday.\n\nThe ministry called upon \
         Russia to withdraw its forces from the region.\n",
    );
    assert!(has(&a, "opposition", "Moldova", "Russia"), "{:?}", relations(&a));
}

/// The body a complaint is lodged with hears it and is no target: "a formal complaint would be
/// filed with the X", "une plainte déposée auprès de l'Y" target no one there.
#[test]
fn a_complaint_lodged_with_a_body_does_not_target_it() {
    let a = run(
        "Report.\n\nOn Monday, the Kenyan and Ugandan civil aviation authorities said two Somali fighter jets had \
         come very close to a Kenyan airliner over Ugandan airspace, and a formal complaint would be filed with the \
         International Civil Aviation Organization (ICAO).\n",
    );
    let heard =
        |(k, _, t): &(String, String, String)| k == "opposition" && t.starts_with("International Civil");
    assert!(!relations(&a).iter().any(heard), "{:?}", relations(&a));
}

/// French names the author of a threat after its noun ("la menace russe"): a name right before
/// "menace" is the verb's subject, and the names listed with it are no critics of it.
#[test]
fn a_french_verb_of_threat_is_no_noun_of_its_subject() {
    let a = run("Le pacte entre la Norvège, la Suède et le Danemark menace la stabilité de la région.");
    assert!(!relations(&a).iter().any(|(k, _, _)| k == "opposition"), "{:?}", relations(&a));
    let a = run("La Russie menace la Finlande de représailles.");
    assert!(has(&a, "opposition", "Russie", "Finlande"), "{:?}", relations(&a));
}
