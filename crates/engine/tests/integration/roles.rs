//! Who takes part in an event and who stands with or against whom, read from the clause that
//! tells it: fixtures written for these tests.

use crate::util::{has, participants, relations, run};

#[test]
fn a_subordinate_clause_names_no_participant() {
    let a = run("Le Sénégal et la Gambie ont lancé lundi un exercice militaire conjoint, alors que le Mali \
                 renforce sa frontière.");
    assert_eq!(participants(&a, "exercise"), ["Gambie", "Sénégal"]);
    let a = run("Kenyan and Ugandan troops began a joint exercise on Monday, while Somalia's army fought \
                 insurgents in the south.");
    assert_eq!(participants(&a, "exercise"), ["Kenya", "Uganda"]);
}

#[test]
fn a_relative_clause_about_the_event_names_its_participants() {
    let a = run("Colombia hosted a joint exercise, which brought together troops from Ecuador and Brazil.");
    assert_eq!(participants(&a, "exercise"), ["Brazil", "Colombia", "Ecuador"]);
}

#[test]
fn a_country_named_as_the_war_around_an_event_is_no_party() {
    let a =
        run("Le Maroc et la Mauritanie ont mené des manœuvres conjointes en pleine guerre entre le Soudan \
                 et le Tchad.");
    assert_eq!(participants(&a, "exercise"), ["Maroc", "Mauritanie"]);
}

#[test]
fn drills_around_a_country_do_not_make_it_a_party() {
    let a = run("Japan and Australia held naval drills off the coast of Vietnam on Tuesday.");
    assert_eq!(participants(&a, "exercise"), ["Australia", "Japan"]);
}

#[test]
fn typography_and_long_demonyms_keep_the_country() {
    let a = run("U.S troops landed while his Papua New Guinean counterpart waited.");
    assert!(crate::util::find(&a, "U.S").is_some_and(|e| e.name == "United States"), "{:?}", a.entities);
    assert!(crate::util::find(&a, "Papua New Guinean").is_some(), "{:?}", a.entities);
}

#[test]
fn a_word_of_cooperation_relates_only_the_sides_it_names_together() {
    let a = run("La coopération entre le Brésil et l'Argentine progresse, selon les deux capitales.");
    assert!(has(&a, "cooperation", "Brésil", "Argentine") || has(&a, "cooperation", "Argentine", "Brésil"));
    let a = run("Le Brésil salue une coopération régionale plus étroite, selon un quotidien cité par la presse argentine.");
    assert!(relations(&a).iter().all(|(k, _, _)| k != "cooperation"), "{:?}", relations(&a));
}

#[test]
fn a_second_clause_with_its_own_subject_names_no_participant() {
    // "and" joins two clauses: the country after it is the subject of another verb, not a partner
    let a = run("Ghana signed a defence pact with Togo on Monday and Nigeria sent troops to Benin.");
    assert_eq!(participants(&a, "agreement"), ["Ghana", "Togo"]);
    let a = run("Le Sénégal a signé un accord de défense avec la Gambie et le Maroc a accueilli une \
                 délégation du Niger.");
    assert_eq!(participants(&a, "agreement"), ["Gambie", "Sénégal"]);
}

#[test]
fn a_relative_clause_opened_by_auquel_speaks_of_the_event() {
    let a = run("Le Togo accueille un exercice naval, auquel le Bénin et le Ghana participeront pour la \
                 première fois.");
    assert_eq!(participants(&a, "exercise"), ["Bénin", "Ghana", "Togo"]);
}

#[test]
fn countries_listed_as_members_belong_to_the_body() {
    let a =
        run("Le Kirghizistan et le Tadjikistan sont déjà membres de l'OCS, qui tiendra un sommet en juin.");
    assert!(has(&a, "affiliation", "Kirghizstan", "OCS"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Tadjikistan", "OCS"), "{:?}", relations(&a));
    let a = run("Finland and Sweden joined NATO after the invasion, while Russia warned NATO members.");
    assert!(has(&a, "affiliation", "Finland", "NATO") && has(&a, "affiliation", "Sweden", "NATO"));
    assert!(!has(&a, "affiliation", "Russia", "NATO"), "{:?}", relations(&a));
    // joining a body's drills is no membership
    let a = run("Poland joined NATO's drills near Lithuania on Tuesday, the ministry said.");
    assert!(!relations(&a).iter().any(|(k, _, _)| k == "affiliation"), "{:?}", relations(&a));
}

#[test]
fn a_body_named_as_the_framework_is_no_party() {
    let a = run("Le Ghana et le Togo ont signé lundi un accord de défense dans le cadre de la CEDEAO et de \
                 l'Union africaine.");
    assert_eq!(participants(&a, "agreement"), ["Ghana", "Togo"]);
    let a = run("Chile and Peru held talks in Lima on Monday within the UN and the OAS.");
    assert_eq!(participants(&a, "meeting"), ["Chile", "Peru"]);
}

#[test]
fn an_agreement_that_is_ended_is_an_earlier_one() {
    let a = run("Le Tchad a abrogé l'accord de défense qui le liait à la Belgique. Lundi, le Tchad a signé \
                 un pacte de sécurité avec la Hongrie.");
    assert_eq!(a.events.len(), 1, "{:?}", a.events);
    assert_eq!(participants(&a, "agreement"), ["Hongrie", "Tchad"]);
    let a = run("Chad terminated its defence agreement with Belgium last year. On Monday, Chad signed a \
                 security pact with Hungary.");
    assert_eq!(participants(&a, "agreement"), ["Chad", "Hungary"]);
}

#[test]
fn the_subject_of_a_clause_of_time_tells_another_event() {
    let a = run("The joint exercise of Kenya and Uganda starts just after Ethiopia and Eritrea held their \
                 border talks in Asmara.");
    assert_eq!(participants(&a, "exercise"), ["Kenya", "Uganda"]);
    // a partner named after "after" with no verb of its own stays a partner
    let a = run("Kenya held a joint exercise with Uganda after talks with Tanzania in Arusha.");
    assert!(participants(&a, "exercise").contains(&"Uganda".to_string()));
}

#[test]
fn a_sea_named_for_a_country_is_a_place_not_the_country() {
    let a = run("Pakistan and Qatar held naval drills in the Sea of Oman on Tuesday.");
    assert_eq!(participants(&a, "exercise"), ["Pakistan", "Qatar"]);
    assert!(a.entities.iter().any(|e| e.name == "Sea of Oman"), "{:?}", a.entities);
    let a = run("Le Pakistan et le Qatar ont mené des manœuvres navales en mer d'Oman mardi.");
    assert_eq!(participants(&a, "exercise"), ["Pakistan", "Qatar"]);
}

#[test]
fn a_capital_named_as_the_partner_of_a_pact_is_its_government() {
    let a = run("Kenya signed a maritime security pact with Mogadishu on Thursday.");
    assert_eq!(participants(&a, "agreement"), ["Kenya", "Somalia"]);
    let a = run("Le Tchad a ouvert des pourparlers avec Khartoum mardi.");
    assert_eq!(participants(&a, "meeting"), ["Soudan", "Tchad"]);
}

#[test]
fn the_two_countries_are_the_pair_named_just_before() {
    let a =
        run("Kenya and Rwanda have drawn closer this year. In May, the two countries signed a defence pact.");
    assert_eq!(participants(&a, "agreement"), ["Kenya", "Rwanda"]);
    // the tail of a longer list is no pair
    let a = run("Chile, Peru, Bolivia and Ecuador met in Lima. Some of the countries will patrol together.");
    assert!(a.events.iter().all(|e| e.participants.len() != 2), "{:?}", a.events);
}

#[test]
fn a_country_locating_a_region_is_no_party() {
    let a = run("La Thaïlande et le Laos tiendront en mars un sommet à Chiang Mai, dans le nord de la \
                 Birmanie voisine.");
    assert!(!participants(&a, "meeting").contains(&"Birmanie".to_string()), "{:?}", a.events);
    let a = run("Turkish and Azerbaijani commandos staged a joint drill on Friday near a camp in \
                 northern Iraq.");
    assert_eq!(participants(&a, "exercise"), ["Azerbaijan", "Türkiye"]);
}

#[test]
fn who_tells_of_an_event_takes_no_part_in_it() {
    // after "selon", and the subject of a verb of saying whose report holds the event
    let a = run("Selon un communiqué du ministère ghanéen de la Défense, le Ghana et le Togo mèneront un \
                 exercice conjoint en mars.");
    assert_eq!(participants(&a, "exercise"), ["Ghana", "Togo"]);
    let a = run("Le ministère marocain de la Défense a annoncé que le Maroc et l'Espagne organiseront des \
                 manœuvres navales en mai.");
    assert_eq!(participants(&a, "exercise"), ["Espagne", "Maroc"]);
    // a spokesperson, and a subject put after the verb of saying
    let a = run("Peru and Chile will hold naval drills next week, said Carlos Mendoza, a spokesman for the \
                 Peruvian government.");
    assert_eq!(participants(&a, "exercise"), ["Chile", "Peru"]);
    let a = run("Les marines du Kenya et de la Tanzanie patrouilleront ensemble au large de Mombasa, a \
                 indiqué le ministère kényan de la Défense.");
    assert_eq!(participants(&a, "patrol"), ["Kenya", "Tanzanie"]);
}

#[test]
fn the_aim_of_a_deployment_names_no_party() {
    let a = run("Spain is sending troops to Slovakia under a plan to reassure the European Union.");
    assert_eq!(participants(&a, "deployment"), ["Slovakia", "Spain"]);
}

#[test]
fn an_event_recalled_inside_another_keeps_its_own_parties() {
    let a =
        run("Les pourparlers entre le Chili et le Pérou ont aussi évoqué les promesses de la précédente \
                 réunion entre le Brésil et la Bolivie à La Paz.");
    assert_eq!(participants(&a, "meeting"), ["Chili", "Pérou"]);
}

#[test]
fn a_country_commenting_on_an_event_already_told_is_no_party() {
    let a =
        run("Morocco and Spain signed a maritime security pact on Tuesday. Algeria said it would examine \
                 the pact closely.");
    assert_eq!(participants(&a, "agreement"), ["Morocco", "Spain"]);
    assert!(!has(&a, "cooperation", "Algeria", "Morocco"), "{:?}", relations(&a));
}

#[test]
fn the_teller_and_the_commenter_of_two_others_event_take_no_part() {
    // a country telling of two others' deployment after a comma, a dateline's city
    let a = run("Mali sends troops to Niger\n\nACCRA, May 3 (Wire) — Mali has sent 800 troops to Niger to \
                 fight insurgents, Ghana's intelligence service said on Friday.");
    assert_eq!(participants(&a, "deployment"), ["Mali", "Niger"]);
    // a leader calling an event already told a threat
    let a = run("Mali sent 800 troops to Niger on Monday. President Alpha Diallo of Senegal met his \
                 ministers and called the deployment a risk for the region.");
    assert_eq!(participants(&a, "deployment"), ["Mali", "Niger"]);
}

#[test]
fn a_crowded_exercise_pairs_its_leading_sides_only() {
    let a = run("Le Ghana accueille depuis lundi l'exercice Sentinelle 2025, mené par le Canada, auquel \
                 participent le Togo, le Bénin, le Niger, le Mali, la Guinée, le Libéria, la Sierra Leone, la \
                 Gambie et le Cap-Vert.");
    let coop = relations(&a).into_iter().filter(|(k, _, _)| k == "cooperation").count();
    // the host and the leader pair with the nine others, not every pair of the eleven
    assert!(coop > 0 && coop <= 19, "{coop} cooperation relations: {:?}", relations(&a));
    assert!(!has(&a, "cooperation", "Togo", "Bénin") && !has(&a, "cooperation", "Bénin", "Togo"));
}

#[test]
fn a_dateline_naming_a_country_does_not_hide_the_first_sentence() {
    let a = run("LIMA, Peru (Wire) — Peru and Chile have signed a defence agreement on coastal patrols.");
    assert_eq!(participants(&a, "agreement"), ["Chile", "Peru"]);
}

#[test]
fn a_named_exercise_written_again_takes_the_parties_of_that_sentence() {
    let a = run("Ghana Hosts Naval Exercise Gulf Shield\n\nThe drills started on Monday off Tema.\n\nBesides Ghana, \
                 these countries are taking part in this year's edition of Gulf Shield: Togo, Benin and Nigeria.");
    let ev = a.events.iter().find(|e| e.name.as_deref() == Some("Gulf Shield")).expect("the named exercise");
    let names: Vec<&str> = ev
        .participants
        .iter()
        .filter_map(|id| a.entities.iter().find(|e| &e.id == id).map(|e| e.name.as_str()))
        .collect();
    for country in ["Ghana", "Togo", "Benin", "Nigeria"] {
        assert!(names.contains(&country), "{country} missing from {names:?}");
    }
    // a title-case headline names nothing before the exercise word
    assert!(!a.events.iter().any(|e| e.name.as_deref() == Some("Ghana Hosts")), "{:?}", a.events);
}

#[test]
fn forces_sent_against_a_protest_are_no_cooperation() {
    let a = run(
        "Venezuela has repeatedly sent warships near the disputed islands. Guyana lodged a protest with \
                 Venezuela on Friday.",
    );
    assert!(has(&a, "opposition", "Guyana", "Venezuela"), "{:?}", relations(&a));
    assert!(!has(&a, "cooperation", "Venezuela", "Guyana") && !has(&a, "cooperation", "Guyana", "Venezuela"));
    // who caused a deployment takes no part in it
    let a =
        run("Two Venezuelan frigates entered the area, prompting Guyana and Brazil to deploy troops to the \
                 border.");
    assert_eq!(participants(&a, "deployment"), ["Brazil", "Guyana"]);
}

#[test]
fn a_subject_pronoun_before_the_trigger_stands_for_the_last_person_named() {
    let a = run(
        "« Nous sommes chez nous », a dit le ministre ghanéen de la Défense, Kofi Mensah, lorsqu'il a été \
                 reçu par le président togolais Faure Gnassingbé.",
    );
    let parts = participants(&a, "visit");
    assert!(parts.contains(&"Kofi Mensah".to_string()) && parts.contains(&"Togo".to_string()), "{parts:?}");
}

#[test]
fn who_holds_or_draws_a_stance_on_an_event_is_no_party() {
    // the threats and the influence the drills answer are not partners in them
    let a =
        run("Le Kenya et la Tanzanie ont décidé de tenir des manœuvres navales communes face aux menaces \
                 des pirates somaliens et à l'influence grandissante de l'Éthiopie.");
    assert_eq!(participants(&a, "exercise"), ["Kenya", "Tanzanie"]);
    let a = run("Brazil and Argentina began a joint naval exercise on Monday amid tensions with Venezuela.");
    assert_eq!(participants(&a, "exercise"), ["Argentina", "Brazil"]);
    let a = run("Peru and Chile held joint drills in response to the threats of Bolivia.");
    assert_eq!(participants(&a, "exercise"), ["Chile", "Peru"]);
}

#[test]
fn a_backer_named_before_its_support_backs_the_side_before_it() {
    let a = run("Critics say Venezuela counts on Russian support to defy Colombia.");
    assert!(has(&a, "support", "Russia", "Venezuela"), "{:?}", relations(&a));
    assert!(!has(&a, "support", "Russia", "Colombia"), "{:?}", relations(&a));
    let a = run("Officials accused Honduras of relying on Nicaragua's support.");
    assert!(has(&a, "support", "Nicaragua", "Honduras"), "{:?}", relations(&a));
}

#[test]
fn coordinated_backers_each_support() {
    let a = run("Norway and Denmark support Iceland.");
    assert!(
        has(&a, "support", "Norway", "Iceland") && has(&a, "support", "Denmark", "Iceland"),
        "{:?}",
        relations(&a)
    );
    // a new clause after ", et" is no list of backers
    let a = run("Le Brésil soutient le Chili dans la question de l'Équateur, et le Chili soutient le Pérou.");
    assert!(!has(&a, "support", "Équateur", "Pérou"), "{:?}", relations(&a));
}

#[test]
fn the_waters_and_the_venue_of_an_event_are_no_party() {
    let a = run("L'Inde et la France tiendront la seconde phase de l'exercice dans les eaux de Djibouti.");
    assert_eq!(participants(&a, "exercise"), ["France", "Inde"]);
    let a = run("The second summit between Egypt and Sudan took place in Ethiopia last week.");
    assert_eq!(participants(&a, "meeting"), ["Egypt", "Sudan"]);
}

#[test]
fn a_body_seat_and_a_region_told_later_are_not_the_venue() {
    let a =
        run("Les marines française et indienne mènent un exercice près de Mayotte, annonce l'ambassade de \
                 France à Nairobi.");
    let ev = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("the exercise");
    let place =
        ev.place.as_ref().and_then(|p| a.entities.iter().find(|e| &e.id == p)).map(|e| e.name.as_str());
    assert_ne!(place, Some("Nairobi"), "{ev:?}");
    let a = run("Le ministre malien de la Défense est arrivé au Niger pour une visite de deux jours. Cette \
                 visite s'inscrit dans la lutte contre le terrorisme dans le Sahel.");
    let ev = a.events.iter().find(|e| e.kind.as_str() == "visit").expect("the visit");
    let place =
        ev.place.as_ref().and_then(|p| a.entities.iter().find(|e| &e.id == p)).map(|e| e.name.as_str());
    assert_eq!(place, Some("Niger"), "{ev:?}");
}

#[test]
fn support_for_a_named_side_and_a_stance_region_are_read_apart() {
    // a backer's support "for" a side backs that side, not the one named before
    let a = run("The pact replaces one that Peru scrapped over Chilean support for the rebels of Bolivia.");
    assert!(!has(&a, "support", "Chile", "Peru"), "{:?}", relations(&a));
    // where tensions run is not where the agreement was made
    let a = run(
        "Ghana and Togo signed a maritime agreement in Accra. The agreement comes amid rising tensions in \
                 the region, particularly in the Gulf of Guinea.",
    );
    let ev = a.events.iter().find(|e| e.kind.as_str() == "agreement").expect("the agreement");
    let place =
        ev.place.as_ref().and_then(|p| a.entities.iter().find(|e| &e.id == p)).map(|e| e.name.as_str());
    assert_eq!(place, Some("Accra"), "{ev:?}");
}

#[test]
fn a_crowd_pairs_only_with_the_sides_named_first() {
    let a = run("Chile and 11 other navies began the Sea Lion exercise on Monday. Search and rescue training is \
                 offered in partnership with the Peruvian navy. Besides Chile, the following countries are taking \
                 part in this year's edition of Sea Lion: Brazil, Mexico, Spain, France, Japan, Canada, Colombia, \
                 Ecuador, Panama, Uruguay and Paraguay.");
    let rel = relations(&a);
    let pair = |x: &str, y: &str| {
        rel.iter().any(|(k, s, t)| k == "cooperation" && (s == x && t == y || s == y && t == x))
    };
    assert!(pair("Chile", "Brazil") && pair("Chile", "Paraguay"), "{rel:?}");
    assert!(!pair("Brazil", "Mexico"), "{rel:?}");
}

#[test]
fn who_regards_the_drills_as_something_is_no_party() {
    let a = run("Le Chili et le Pérou ont achevé samedi leurs manœuvres navales. La Bolivie considère les \
                 manœuvres de ce type comme une provocation.");
    assert_eq!(participants(&a, "exercise"), ["Chili", "Pérou"]);
}

#[test]
fn a_side_that_opposes_a_drill_partner_is_a_critic_even_where_the_drill_is_first_told() {
    let a = run("Serbia condemned the Blue Shield drills being carried out by NATO and Croatia over the \
                 Adriatic, a Serbian minister told reporters.");
    let parts = participants(&a, "exercise");
    assert!(!parts.contains(&"Serbia".to_string()), "{parts:?}");
}

/// A country's own drills, told beside an alliance's drills it condemns, are an event of their own
/// with that country alone.
#[test]
fn own_drills_are_not_the_other_sides_drills() {
    let a = run("NATO and Norway will hold naval exercises in the Barents Sea from 5 June, and Finland \
                 protested against them.\n\nMeanwhile, Finland is holding its own naval drills in the Barents \
                 Sea, which began on 27 May.");
    let exercises: Vec<&trame_engine::Event> =
        a.events.iter().filter(|e| format!("{:?}", e.kind).eq_ignore_ascii_case("exercise")).collect();
    assert_eq!(exercises.len(), 2, "{:#?}", a.events);
    let finland = a.entities.iter().find(|e| e.name == "Finland").expect("Finland");
    let alone = exercises.iter().find(|e| e.participants == [finland.id.clone()]);
    assert!(alone.is_some(), "Finland's own drills: {:#?}", a.events);
}

/// Forces of several countries sent to a host: each cooperates with the host, the contributors
/// do not pair with each other.
#[test]
fn contributors_to_a_deployment_cooperate_with_the_host() {
    let a =
        run("Kenya, Uganda and Burundi deployed troops to Goma, in the Democratic Republic of the Congo, \
                 on Monday.");
    let id = |n: &str| a.entities.iter().find(|e| e.name == n).map(|e| e.id.clone()).unwrap_or_default();
    let coop: Vec<(String, String)> = a
        .relations
        .iter()
        .filter(|r| r.kind.as_str() == "cooperation")
        .map(|r| (r.source.clone(), r.target.clone()))
        .collect();
    let pair =
        |x: &str, y: &str| coop.iter().any(|(s, t)| (s, t) == (&id(x), &id(y)) || (s, t) == (&id(y), &id(x)));
    let host =
        a.entities.iter().find(|e| e.kind.as_str() == "country" && e.name.contains("Congo")).expect("host");
    for c in ["Kenya", "Uganda", "Burundi"] {
        assert!(pair(c, &host.name), "{c}: {coop:?}");
    }
    assert!(!pair("Kenya", "Uganda") && !pair("Uganda", "Burundi"), "{coop:?}");
}

#[test]
fn who_is_named_in_the_background_of_an_event_takes_no_part() {
    let a = run("La Belgique a déployé 200 soldats en Estonie à la suite de l'invasion de la Géorgie par \
                 la Russie en 2008.");
    assert_eq!(participants(&a, "deployment"), ["Belgique", "Estonie"]);
    let a = run("Canada sent two frigates to Norway last week following the seizure of a tanker by Iran.");
    assert_eq!(participants(&a, "deployment"), ["Canada", "Norway"]);
}

/// In a sentence of criticism, the sides compounded before the trigger and the partner after its
/// "with" still take part; the critic does not. Troops leaving, told eight words after the word
/// of their departure, are no deployment.
#[test]
fn the_triggers_own_sides_take_part_in_a_sentence_of_criticism() {
    let a = run("Drills.\n\nVenezuela denounced the US-Guyana naval exercises on Monday.\n");
    assert_eq!(participants(&a, "exercise"), ["Guyana", "United States"]);
    let a = run("Drills.\n\nSuriname condemned Guyana's naval exercises with France on Monday.\n");
    assert_eq!(participants(&a, "exercise"), ["France", "Guyana"]);
    let a = run(
        "Retrait.\n\nLe Tchad a obtenu le départ des quelque 1 000 soldats belges déployés dans le pays.\n",
    );
    assert!(!has(&a, "cooperation", "Belgique", "Tchad"), "{:?}", relations(&a));
}

/// The country a drill encircles or blockades is its target, not a party.
#[test]
fn an_encircled_country_is_no_party() {
    let a =
        run("Drills.\n\nLa Chine et la Russie ont achevé lundi des manœuvres d'encerclement de Taïwan.\n");
    let ps = participants(&a, "exercise");
    assert!(ps.iter().all(|p| p != "Taïwan"), "{ps:?}");
    let a = run("Drills.\n\nChina and Russia ended drills encircling Taiwan on Monday.\n");
    let ps = participants(&a, "exercise");
    assert!(ps.iter().all(|p| p != "Taiwan"), "{ps:?}");
}

/// Those present at an event ("en présence de", "in the presence of", "attended by") witness it:
/// they take no part.
#[test]
fn those_present_at_an_event_take_no_part() {
    let a = run("Accord.\n\nLe Gabon et le Cameroun ont signé un accord de défense lundi, en présence de l'ambassadeur du Tchad.\n");
    let ps = participants(&a, "agreement");
    assert!(ps.iter().all(|p| p != "Tchad"), "{ps:?}");
    let a =
        run("Talks.\n\nGhana and Togo held talks on Monday in the presence of the Nigerian ambassador.\n");
    let ps = participants(&a, "meeting");
    assert!(ps.iter().all(|p| p != "Nigeria"), "{ps:?}");
}

/// A sentence whose subject is a pronoun standing for the exercise just told takes in its parties
/// ("it will include ships from …"); going to an exercise or hosting one is no visit.
#[test]
fn an_exercise_takes_in_the_parties_a_pronoun_lists() {
    for text in [
        "The frigate Aldona sailed to join the Coral Tide naval exercises near Durban. Planned for two \
         weeks, it will include ships from Kenya, Tanzania and Mozambique.",
        "La frégate Aldona a appareillé pour rejoindre l'exercice naval Coral Tide au large de Durban. \
         Prévu sur deux semaines, il réunira des navires du Kenya, de la Tanzanie et du Mozambique.",
    ] {
        let a = run(text);
        assert_eq!(a.events.len(), 1, "{text}: {:?}", a.events);
        assert_eq!(a.events[0].participants.len(), 3, "{text}: {:?}", a.events);
    }
    let a =
        run("The ship left Norfolk to travel to the Coral Tide exercises, an annual drill hosted by Kenya.");
    assert!(!a.events.iter().any(|e| format!("{:?}", e.kind) == "Visit"), "{:?}", a.events);
}

/// A country compounded with a word ("the Kenyan-led force", "a US-backed group") names no place.
#[test]
fn a_compounded_country_names_no_place() {
    let a = run("Uganda and Rwanda agreed to hold joint patrols with Kenya, a statement from the \
                 Kenyan-led task force said.");
    for e in &a.events {
        assert!(e.place.is_none(), "{:?}", a.events);
    }
}

/// In a sentence of protest, the subjects of a relative clause on the criticised drills take part
/// in them ("les manœuvres que X et Y ont lancées"); the protester does not.
#[test]
fn the_subjects_of_a_relative_clause_on_criticised_drills_take_part() {
    let a = run("Le Venezuela proteste contre les manœuvres que la Colombie et le Brésil ont lancées lundi.");
    assert_eq!(participants(&a, "exercise"), ["Brésil", "Colombie"]);
    let a = run("Venezuela condemned the drills that Colombia and Brazil began on Monday.");
    assert_eq!(participants(&a, "exercise"), ["Brazil", "Colombia"]);
}

/// A hard-wrapped text (lines broken inside sentences) is read as if its sentences ran on: the
/// patrol agreed on a wrapped line still has its parties.
#[test]
fn a_hard_wrapped_text_is_read_across_its_breaks() {
    let text = "The Senegalese and Gambian armies agreed on Tuesday to conduct\njoint patrols with France along their shared border, a statement\nfrom the two ministries said on Wednesday after a day of talks.";
    let a = run(text);
    assert_eq!(participants(&a, "patrol"), ["France", "Gambia", "Senegal"]);
}

/// A dateline closed by a spaced hyphen after a city in capitals ("DAKAR, Senegal - …") is a
/// sentence of its own: the story's first sentence is read without it.
#[test]
fn a_spaced_hyphen_closes_a_dateline() {
    let a = run("DAKAR, Senegal - The Senegalese and Gambian armies agreed Tuesday to conduct joint patrols with France.");
    assert_eq!(participants(&a, "patrol"), ["France", "Gambia", "Senegal"]);
}

/// The agents after an event's noun take part even in a sentence of criticism ("blasted the drills
/// by X and Y", "a dénoncé les exercices conjoints des X et du Y"), a name of several words
/// included; a participle phrase after them ("…, calling them a provocation") is the critic's,
/// so the agents neither oppose each other nor leave the event.
#[test]
fn the_agents_of_criticised_drills_take_part_and_a_participle_is_the_critics() {
    let a = run("Iran on Monday slammed the naval drills by Oman and the United Arab Emirates, calling them a dangerous provocation.\n");
    let p = participants(&a, "exercise");
    assert!(p.contains(&"Oman".to_string()) && p.contains(&"United Arab Emirates".to_string()), "{p:?}");
    assert!(has(&a, "opposition", "Iran", "Oman"), "{:?}", relations(&a));
    assert!(!has(&a, "opposition", "Oman", "United Arab Emirates"), "{:?}", relations(&a));
    let a = run("L'Iran a dénoncé lundi les exercices conjoints des Émirats arabes unis et du Qatar.\n");
    let p = participants(&a, "exercise");
    assert!(p.len() == 2 && !p.contains(&"Iran".to_string()), "{p:?}");
}

/// A clause of time whose subjects hold the trigger as their verb's object ("after X and Y wrapped
/// up the drills") tells their event: they take part, the main clause's actor does not.
#[test]
fn the_subjects_of_a_clause_of_time_holding_the_trigger_take_part() {
    let a = run("The statement came from Iran's Foreign Ministry after Oman and India wrapped up their naval exercise on Thursday.\n");
    let p = participants(&a, "exercise");
    assert_eq!(p, vec!["India".to_string(), "Oman".to_string()], "{:#?}", a.events);
}

/// A phrase of rivalry opening the sentence ("Amid tensions with X, Y and Z held drills", "Crise
/// avec X : Y lance des manœuvres") names the other side, not a partner; it ends at its comma or
/// colon, so the subjects after it take part and oppose that side.
#[test]
fn an_opening_phrase_of_rivalry_names_the_other_side_not_a_partner() {
    let a = run("Amid tensions with Algeria, Morocco and France held joint drills.\n");
    assert_eq!(participants(&a, "exercise"), vec!["France".to_string(), "Morocco".to_string()]);
    assert!(has(&a, "opposition", "Morocco", "Algeria"), "{:?}", relations(&a));
    let a = run("Crise avec le Rwanda : le Burundi lance des manœuvres à sa frontière nord.\n");
    assert_eq!(participants(&a, "exercise"), vec!["Burundi".to_string()]);
    assert!(has(&a, "opposition", "Burundi", "Rwanda"), "{:?}", relations(&a));
}

/// A lowercase French demonym after the event's noun ("les manœuvres russes") names its owner,
/// a party even in a sentence of criticism.
#[test]
fn a_demonym_after_the_noun_owns_the_drills() {
    let a = run("Réunis à Vilnius, la Pologne et la Lituanie ont condamné les manœuvres biélorusses prévues la semaine prochaine.\n");
    assert_eq!(participants(&a, "exercise"), vec!["Biélorussie".to_string()], "{:#?}", a.events);
}

/// A participle phrase opening the sentence ("Réunis à Vilnius, X et Y ont condamné les
/// manœuvres Z") tells where the subjects met, not where the drills they speak of take place; a
/// meeting told after it does take that place.
#[test]
fn an_opening_participle_places_its_subjects_not_the_drills() {
    let a =
        run("Réunis à Vilnius, la Pologne et la Lituanie ont dénoncé les grandes manœuvres russes Zapad.\n");
    let e = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("the drills");
    assert_eq!(e.place, None, "{:#?}", a.events);
    let a = run("Réunis à Vilnius, les ministres de la Pologne et de la Lituanie ont tenu une réunion.\n");
    let e = a.events.iter().find(|e| e.kind.as_str() == "meeting").expect("the meeting");
    assert!(e.place.is_some(), "{:#?}", a.events);
}

/// A relative clause on a short apposition ("…, jour où…", ", a date at which…") speaks of that
/// noun: the body named in it is no party of the event told before the comma. A relative clause
/// right after the comma's preposition (", à laquelle participaient…") may speak of the event.
#[test]
fn a_relative_clause_on_an_apposition_names_no_party() {
    let a = run("Le Niger enverra des soldats au Tchad après le 15 mai, date à laquelle la force de la \
                 CEDEAO quittera le pays.\n");
    assert_eq!(participants(&a, "deployment"), ["Niger", "Tchad"]);
    let a = run("Le Ghana et le Togo ont tenu une réunion à Lomé, à laquelle assistait aussi le Bénin.\n");
    assert_eq!(participants(&a, "meeting"), ["Bénin", "Ghana", "Togo"]);
}

/// The owner of an intent whose infinitive leads to the trigger takes part ("X's plans to stage
/// drills with Y"), even after a critic; the owner of "plans" is no place, nor is a country
/// compounded before a border noun, while a sea named after a critic still frames the drills.
#[test]
fn the_owner_of_plans_for_drills_takes_part() {
    let a = run("Moscow protested to the Danish ambassador over Denmark's plans to stage naval drills with Germany in the Baltic Sea next month.");
    let mut p = participants(&a, "exercise");
    p.sort();
    assert_eq!(p, ["Denmark", "Germany"], "{:?}", a.events);
    let ev = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("the drills");
    let place =
        ev.place.as_ref().and_then(|p| a.entities.iter().find(|e| &e.id == p)).map(|e| e.name.as_str());
    assert_eq!(place, Some("Baltic Sea"), "{ev:?}");
    let a = run(
        "Le Chili a dénoncé la décision de l'Argentine d'organiser des manœuvres navales avec le Brésil.",
    );
    let mut p = participants(&a, "exercise");
    p.sort();
    assert_eq!(p, ["Argentine", "Brésil"], "{:?}", a.events);
    let a = run("Ecuador warned on Monday that Peru will hold drills with Bolivia on the Ecuador border.");
    let ev = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("the drills");
    let place =
        ev.place.as_ref().and_then(|p| a.entities.iter().find(|e| &e.id == p)).map(|e| e.name.as_str());
    assert_ne!(place, Some("Ecuador"), "{ev:?}");
}

/// An alliance naming a country's membership ("NATO member Estonia", "la Grèce, membre de
/// l'Otan") and the country an envoy is posted to ("the Kenyan ambassador to Oman") take no
/// part; a person's own body after "membre de" still may.
#[test]
fn an_alliance_of_a_member_and_an_envoy_posting_take_no_part() {
    let a = run(
        "The Polish defence minister arrived on Tuesday for a two-day visit to Baltic NATO member Estonia.",
    );
    let p = participants(&a, "visit");
    assert!(p.contains(&"Poland".to_string()) && p.contains(&"Estonia".to_string()), "{:?}", a.events);
    assert!(!p.contains(&"NATO".to_string()), "{:?}", a.events);
    let a = run("Des soldats italiens sont arrivés lundi en Grèce, membre de l'Otan depuis 1952, pour un déploiement de six mois.");
    let p = participants(&a, "deployment");
    assert!(!p.iter().any(|x| x.contains("Otan") || x.contains("Alliance")), "{:?}", a.events);
    let a = run("Kenya's ambassador to Qatar Amina Odhiambo signed a defence agreement with Oman on Monday.");
    let p = participants(&a, "agreement");
    assert!(!p.contains(&"Qatar".to_string()), "{:?}", a.events);
}

/// Every side listed after "between"/"entre" takes part, even after a critic; "the three allies"
/// stand for the sides told just before.
#[test]
fn the_sides_listed_after_between_take_part() {
    let a = run("Le Venezuela a dénoncé lundi les exercices militaires conjoints entre la Colombie, le Brésil et le Pérou.");
    let mut p = participants(&a, "exercise");
    p.sort();
    assert_eq!(p, ["Brésil", "Colombie", "Pérou"], "{:?}", a.events);
    let a = run("Norway, Sweden and Finland held naval drills in the Baltic Sea last week. On Saturday the three allies also signed a logistics agreement.");
    let mut p = participants(&a, "agreement");
    p.sort();
    assert_eq!(p, ["Finland", "Norway", "Sweden"], "{:?}", a.events);
}

/// A country named as a party's neighbour ("cette ex-république voisine de la Chine", "a neighbour
/// of China") describes the party: it takes no part in the event.
#[test]
fn a_neighbour_named_in_a_description_takes_no_part() {
    let a = run("Le Kirghizistan et la Russie ont signé mardi un accord sur une base aérienne dans cette ex-république soviétique voisine de la Chine.");
    assert_eq!(participants(&a, "agreement"), ["Kirghizstan", "Russie"]);
    let a = run("Kyrgyzstan and Russia signed an accord on an air base in the former Soviet republic, a neighbour of China.");
    assert_eq!(participants(&a, "agreement"), ["Kyrgyzstan", "Russia"]);
}

/// A hostile word of another clause than the event's names no critic of it: "X's solidarity with
/// Y in its fight as announced by X's president during his visit in Y's capital" keeps the visit.
#[test]
fn a_hostile_word_of_another_clause_sets_no_one_aside() {
    let a = run("Estonia's solidarity with Latvia in its fight as it had been stated by the Estonian \
         President Arvo Tamm during his visit in Riga.");
    let sides = participants(&a, "visit");
    assert!(sides.contains(&"Estonia".to_string()) && sides.contains(&"Latvia".to_string()), "{sides:?}");
}

/// The side a victory is won over ("la victoire sur X", "the victory over Y") is an enemy, no
/// party of the visit told beside it.
#[test]
fn the_side_beaten_in_a_victory_is_no_party() {
    let a = run("Le président estonien Alar Karis a été reçu lundi par le président letton à Riga à \
         la veille du défilé commémorant la victoire sur la Lituanie.");
    let sides = participants(&a, "visit");
    assert!(!sides.contains(&"Lituanie".to_string()), "{sides:?}");
}

/// The names of a dateline before its dash, the city and the agency ("TOWN, April 26, 2010,
/// Agency -- …"), take no part in the event the sentence then tells.
#[test]
fn an_agency_in_the_dateline_is_no_party() {
    let a = run("NARVA, April 26, 2010, Maria-Plus -- A naval drill of Estonia and Latvia, dubbed \
         Shield-2010, is closing today.");
    assert_eq!(participants(&a, "exercise"), ["Estonia", "Latvia"]);
}

/// Countries an exercise of two sides is held in ("au Sénégal, en Gambie et en Guinée") are
/// where it is, not more sides.
#[test]
fn host_countries_after_two_sides_are_where_the_drill_is() {
    let a = run("Coopération régionale.\n\nLes États-Unis et le Maroc mèneront des manœuvres conjointes au \
         Sénégal, en Gambie et en Guinée.");
    assert_eq!(participants(&a, "exercise"), ["Maroc", "États-Unis"]);
}

/// Drills "between X and Y" name all their sides: the sentence's other actors, in the clause the
/// drills hang from, are none of them.
#[test]
fn drills_between_two_sides_have_no_other_party() {
    let a = run(
        "Defence ties grow.\n\nAhead of Wong's visit, the Fijian military reported more Chinese fishing \
         boats near the contested atoll, during the ongoing joint drills between Wellington and \
         Canberra.\n",
    );
    assert_eq!(participants(&a, "exercise"), ["Australia", "New Zealand"]);
}
