//! What is an event and of which kind: triggers that tell an occurrence, words that only look
//! like one (a standing role, a decision welcomed, a right exercised), and where forces go:
//! fixtures written for these tests.

use crate::util::{has, participants, relations, run, run_dated};

#[test]
fn a_vaguely_counted_plural_is_no_occurrence() {
    let a = run("Chile and Peru held a joint naval drill on Tuesday. Chile has also taken part in several \
                 exercises with Argentina and Brazil.");
    let ex: Vec<_> = a.events.iter().filter(|e| e.kind.as_str() == "exercise").collect();
    assert_eq!(ex.len(), 1, "{ex:?}");
    assert_eq!(participants(&a, "exercise"), ["Chile", "Peru"]);
}

#[test]
fn support_received_is_no_visit() {
    let a = run("Les manœuvres du Maroc et de la Mauritanie ont reçu le soutien explicite de l'Espagne.");
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "visit"), "{:?}", a.events);
    assert_eq!(participants(&a, "exercise"), ["Maroc", "Mauritanie"]);
}

#[test]
fn two_officers_meeting_make_a_meeting_and_a_statement_author_is_no_party() {
    let a = run("Gen. Amara Kone held talks with Gen. Sipho Dlamini, chief of the Lesotho Defence Force, in Maseru. \
                 In a statement released by the director of army information, Col. Thabo Nkosi, the talks were \
                 described as fruitful.");
    let parts = participants(&a, "meeting");
    assert!(
        parts.contains(&"Amara Kone".to_string()) && parts.contains(&"Sipho Dlamini".to_string()),
        "{parts:?}"
    );
    assert!(!parts.iter().any(|p| p.contains("Nkosi")), "{parts:?}");
}

#[test]
fn a_pact_name_is_no_exercise_and_a_supply_recipient_is_no_signatory() {
    let a =
        run("La Pologne et la Lituanie ont signé jeudi à Vilnius un accord appelé « Traité de Trakai ». En \
                 marge de la signature, les dirigeants ont évoqué la fourniture de munitions à la Moldavie.");
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "exercise"), "{:?}", a.events);
    assert_eq!(participants(&a, "agreement"), ["Lituanie", "Pologne"]);
}

#[test]
fn welcoming_a_decision_is_no_visit() {
    let a = run("Egypt and Sudan welcomed the decision of the African Union on Tuesday.");
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "visit"), "{:?}", a.events);
    let a = run("Egypt welcomed the Sudanese defence minister in Cairo on Tuesday.");
    assert!(a.events.iter().any(|e| e.kind.as_str() == "visit"), "{:?}", a.events);
}

#[test]
fn an_event_word_inside_a_place_name_tells_nothing() {
    let a = run("Les marines française et indienne mènent un exercice au voisinage de La Réunion.");
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "meeting"), "{:?}", a.events);
    assert_eq!(participants(&a, "exercise"), ["France", "Inde"]);
}

#[test]
fn a_country_holding_its_own_drills_makes_an_exercise() {
    let a = run("L'Iran a lancé samedi des manœuvres navales dans le golfe d'Oman, sur fond de tensions avec Bahreïn.");
    assert_eq!(participants(&a, "exercise"), ["Iran"]);
    // a drill merely recalled is none
    let a = run("Iran once held drills in the Gulf of Oman.");
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "exercise"), "{:?}", a.events);
}

/// Training with a partner named right after it is an exercise ("began training with jets of
/// the X Air Force"), as joint training is; training alone is not.
#[test]
fn training_with_a_named_partner_is_an_exercise() {
    let a =
        run("Sorties.\n\nEstonian pilots on Monday began training with jets from the Latvian Air Force.\n");
    assert!(a.events.iter().any(|e| e.kind == trame_engine::EventType::Exercise), "{:?}", a.events);
    let a = run("Sorties.\n\nEstonian pilots on Monday began training at home, Latvia said.\n");
    assert!(a.events.iter().all(|e| e.kind != trame_engine::EventType::Exercise), "{:?}", a.events);
}

/// "en visite" is a visit when a person is there; only forces "en visite" are a status.
#[test]
fn a_minister_on_a_visit_is_a_visit() {
    let a = run("Visite.\n\nLa ministre néerlandaise de la Défense, en visite à Chisinau mercredi, a salué la coopération avec la Moldavie.\n");
    assert!(a.events.iter().any(|e| e.kind == trame_engine::EventType::Visit), "{:?}", a.events);
}

/// A visit told by a verb of receiving, with no place named, takes place in the host's country;
/// a passive names the visitor first and gives no host.
#[test]
fn a_received_visit_is_at_the_host() {
    let place = |text: &str| {
        let a = run(text);
        let ev = a.events.iter().find(|e| format!("{:?}", e.kind) == "Visit").expect("a visit");
        ev.place.as_ref().and_then(|p| a.entities.iter().find(|e| &e.id == p)).map(|e| e.name.clone())
    };
    assert_eq!(
        place("Ghanaian Defence Minister Kofi Mensah received the Togolese military delegation on Monday."),
        Some("Ghana".to_string())
    );
    assert_eq!(
        place("Le ministre ghanéen de la Défense a reçu lundi la délégation militaire togolaise."),
        Some("Ghana".to_string())
    );
    assert_eq!(place("The Togolese delegation was received by the Ghanaian minister on Monday."), None);
}

/// The verb of using a right or a power ("let them exercise their right", "exercise restraint")
/// is no drill; the noun after an article still is.
#[test]
fn exercising_a_right_is_no_exercise() {
    let a = run("Nepal urged Bhutan to let its people exercise their right to vote.\n");
    assert!(a.events.is_empty(), "{:#?}", a.events);
    let a = run("Nepal asked Bhutan to exercise restraint on the border.\n");
    assert!(a.events.is_empty(), "{:#?}", a.events);
    let a = run("Nepal and Bhutan held a joint exercise near the border.\n");
    assert_eq!(a.events.len(), 1, "{:#?}", a.events);
}

/// A sentence opening with a plural pronoun ("They also signed…", "Ils ont ensuite signé…") tells
/// an event of the sides of the event just told.
#[test]
fn a_plural_pronoun_stands_for_the_sides_just_told() {
    let a = run("Kenya's army chief Ali Wekesa visited Tanzania on Monday. They also agreed a memorandum on training.\n");
    assert_eq!(
        participants(&a, "agreement"),
        vec!["Kenya".to_string(), "Tanzania".to_string()],
        "{:#?}",
        a.events
    );
}

/// A body read by pattern whose name holds a word of the press ("the Kenya News Agency
/// reported") tells the news: it is no participant of the event it reports.
#[test]
fn a_news_agency_read_by_pattern_takes_no_part() {
    let a = run(
        "Uganda's army chief Paul Okello visited Kenya on Monday, the Kenya News Agency (KNA) reported.\n",
    );
    let p = participants(&a, "visit");
    assert!(!p.iter().any(|x| x.contains("News")), "{p:?}");
}

/// A name in parentheses right after an exercise's name ("Kavkaz-2020 (Caucase-2020 en
/// français)") is its translation: one exercise, not two.
#[test]
fn a_translated_name_in_parentheses_is_the_same_exercise() {
    let a = run("L'Arménie a dénoncé les manœuvres russes Kavkaz-2020 (Caucase-2020 en français) prévues en septembre.\n");
    assert_eq!(a.events.iter().filter(|e| e.kind.as_str() == "exercise").count(), 1, "{:#?}", a.events);
}

/// A session of a body that sits ("la session de la commission mixte", "a session of the joint
/// committee") is a meeting of the sides it joins; a training session is not.
#[test]
fn a_session_of_a_joint_commission_is_a_meeting() {
    let a =
        run("Les deux pays avaient tenu la 4e session de la commission mixte Gabon-Cameroun les 8 et 9 mai \
                 à Libreville.\n");
    assert_eq!(participants(&a, "meeting"), ["Cameroun", "Gabon"]);
    let a = run("Soldiers from Gabon and Cameroon attended a session on first aid.\n");
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "meeting"), "{:?}", a.events);
}

/// An encounter recalled in passing between two named sides ("in a recent meeting with X's
/// minister") is a background event; vague recalled drills ("similar exercises") are not.
#[test]
fn a_recalled_meeting_of_two_sides_is_an_event() {
    let a = run("Senegal's president, in a recent meeting with the French foreign minister, spoke of the \
                 border.\n");
    assert_eq!(participants(&a, "meeting"), ["France", "Senegal"]);
}

/// Joint operations of two forces ("des opérations militaires conjointes", "joint operations")
/// are told as a patrol of both; an operation of one side is no event.
#[test]
fn joint_operations_of_two_forces_are_a_patrol() {
    let a = run(
        "Les armées malienne et nigérienne ont mené le 4 mars des opérations conjointes près de Ménaka.\n",
    );
    assert_eq!(participants(&a, "patrol"), ["Mali", "Niger"]);
    let a = run("L'armée malienne a mené le 4 mars des opérations près de Ménaka.\n");
    assert!(a.events.is_empty(), "{:?}", a.events);
}

/// An exercise of one side dated to the day ("its exercises would run from Sep 12 to Sep 25") is
/// an event; undated, one side's drills told in passing are not.
#[test]
fn a_one_sided_exercise_dated_to_the_day_is_an_event() {
    let a = run_dated(
        "The Peruvian navy said its exercises would run along the coast from Sep 12 to Sep 25.\n",
        "2019-09-05",
    );
    assert_eq!(participants(&a, "exercise"), ["Peru"]);
}

/// A leader announcing drills no one else is named in gives them his country ("Ruto said
/// military exercises would take place from May 3 to May 9"); the teller itself is no party.
#[test]
fn the_country_of_the_one_announcing_lone_drills_owns_them() {
    let a = run_dated(
        "Kenyan President William Ruto spoke in Nairobi on Monday.\n\nRuto said military exercises would \
         take place from May 3 to May 9.\n",
        "2024-04-20",
    );
    assert_eq!(participants(&a, "exercise"), ["Kenya"]);
}

/// The stops of a visitor the text does not name ("the envoy is also visiting X and Y") are no
/// partners of each other.
#[test]
fn the_stops_of_an_unnamed_visitor_are_no_partners() {
    let a = run("The envoy is also visiting Chile and Ecuador this week.\n");
    assert!(!has(&a, "cooperation", "Chile", "Ecuador"), "{:?}", relations(&a));
}

/// An envoy received to hear a protest ("a reçu l'ambassadeur de X pour dénoncer…") is summoned,
/// no visit and no partner; a counterpart received to condemn a third party is a visit.
#[test]
fn an_envoy_received_to_hear_a_protest_is_no_visit() {
    let a =
        run("Le ministère tchadien a reçu l'ambassadeur de France pour dénoncer un projet de manœuvres.\n");
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "visit"), "{:?}", a.events);
    assert!(!has(&a, "cooperation", "Tchad", "France"), "{:?}", relations(&a));
    let a = run("Le président ghanéen a reçu son homologue togolais pour condamner les attaques.\n");
    assert_eq!(participants(&a, "visit"), ["Ghana", "Togo"]);
}

/// Two unnamed drills told each with its own sides, each side set holding a country the other
/// lacks, stay two drills.
#[test]
fn drills_told_with_their_own_sides_stay_apart() {
    let a = run_dated("Recently, Danish and Dutch land forces held tank drills in southern Denmark. Last month, the Belgian, Austrian and Dutch air forces conducted a combined air defence exercise.", "2024-05-08");
    let n = a.events.iter().filter(|e| e.kind.as_str() == "exercise").count();
    assert_eq!(n, 2, "{:?}", a.events);
}

/// French tells talks with "se réunir" and "s'entretenir" as often as with "réunion": reflexive
/// forms (or "Réunis à X, …") are meetings; "l'exercice, qui réunit les armées de X et Y" gathers
/// an exercise's sides and "X entretient des liens avec Y" keeps up ties — no talks there.
#[test]
fn reflexive_reunir_and_entretenir_tell_talks() {
    let a = run("Sommet.\n\nLes ministres du Kenya et de l'Ouganda se sont réunis à Nairobi.\n");
    assert_eq!(participants(&a, "meeting"), vec!["Kenya", "Ouganda"], "{:?}", a.events);
    let b = run("Sommet.\n\nLe ministre ghanéen s'est entretenu avec son homologue togolais.\n");
    assert!(b.events.iter().any(|e| e.kind == trame_engine::EventType::Meeting), "{:?}", b.events);
    let c = run("Liens.\n\nLe Ghana entretient des liens étroits avec le Togo.\n");
    assert!(c.events.is_empty(), "{:?}", c.events);
    let d =
        run("Manœuvres.\n\nL'exercice Lion d'Or, qui réunit les armées ghanéenne et togolaise, a débuté.\n");
    assert!(!d.events.iter().any(|e| e.kind == trame_engine::EventType::Meeting), "{:?}", d.events);
}

/// English talks told by "convened" or by a call ("spoke by phone with", "a phone call with") are
/// meetings; "phone lines" are none.
#[test]
fn convening_and_calls_are_talks() {
    let a = run("Talks.\n\nThe defence ministers of Kenya and Uganda convened in Nairobi on Monday.\n");
    assert_eq!(participants(&a, "meeting"), vec!["Kenya", "Uganda"], "{:?}", a.events);
    let b = run("Talks.\n\nKenya's foreign minister spoke by phone with his Ugandan counterpart.\n");
    assert_eq!(participants(&b, "meeting"), vec!["Kenya", "Uganda"], "{:?}", b.events);
    let c = run("Storm.\n\nThe phone lines of Kenya were cut near the border with Uganda.\n");
    assert!(c.events.is_empty(), "{:?}", c.events);
}

/// A name right after a word of the press ("cité par l'agence Kabar", "the news agency Kabar
/// reported") is a source: never a party of the event it reports.
#[test]
fn a_name_after_a_press_word_is_no_party() {
    let a = run("Manœuvres.\n\nLe Kirghizstan et le Tadjikistan ont lancé lundi des manœuvres conjointes, selon un porte-parole cité par l'agence Kabar.\n");
    let parts = participants(&a, "exercise");
    assert!(!parts.iter().any(|p| p.contains("Kabar")), "{parts:?}");
}

/// The actors of a phrase of time or background opening the sentence ("After Estria's seizure of
/// the islands, Norland deployed…", "Après l'invasion de X par Y, Z a déployé…") are that
/// background's, not parties of the event the main clause tells.
#[test]
fn actors_of_an_opening_phrase_of_time_are_no_parties() {
    let a =
        run("Border.\n\nAfter Russia's seizure of the islands, Norway stationed a battalion in Finland.\n");
    let parts = participants(&a, "deployment");
    assert!(parts.contains(&"Norway".to_string()), "{parts:?}");
    assert!(!parts.contains(&"Russia".to_string()), "{parts:?}");
    let b = run("Frontière.\n\nAprès l'invasion de l'Ukraine par la Russie, l'Allemagne a déployé une brigade en Lituanie.\n");
    assert!(!participants(&b, "deployment").contains(&"Russie".to_string()), "{:?}", b.events);
}

/// "war games" in two words are an exercise, like "wargames"; one country drilling alone still
/// holds an exercise.
#[test]
fn war_games_in_two_words_are_an_exercise() {
    let a = run("Drills.\n\nPeru started war games near its southern border on Monday.\n");
    assert_eq!(participants(&a, "exercise"), vec!["Peru"], "{:?}", a.events);
}

/// "It was the third time this year that X has held drills" counts repeats: "this year" is the
/// span they are counted in, not the date of the drill the article reports.
#[test]
fn the_span_repeats_are_counted_in_is_no_date() {
    let a = run_dated(
        "Ecuador begins naval drills off its coast\n\nEcuador's navy said on Monday it had started drills near the coast. It was the third time this year that Ecuador has held drills there.\n",
        "2021-05-20",
    );
    let days: Vec<_> =
        a.events.iter().filter(|e| e.kind.as_str() == "exercise").map(|e| e.start.clone()).collect();
    assert_eq!(days.len(), 1, "{:?}", a.events);
    assert!(days[0].as_deref().is_some_and(|d| d.starts_with("2021-05")), "{:?}", a.events);
}

/// Actors of a relative clause that voices a stance on the drill ("drills with X that have Y
/// watching closely") look on: they are no parties, even with "that" and no comma.
#[test]
fn onlookers_in_a_relative_clause_are_no_parties() {
    let a = run("Drills.\n\nChile on Monday began ten days of war games with its partner Peru that have Bolivia and Argentina watching warily.\n");
    let parts = participants(&a, "exercise");
    assert!(parts.contains(&"Chile".to_string()) && parts.contains(&"Peru".to_string()), "{parts:?}");
    assert!(!parts.contains(&"Bolivia".to_string()), "{parts:?}");
}

/// Observers named after the trigger are left out of their own clause or bracket only ("X and
/// Y take part in the drill while Z will be an observer", "… W [an observer], …"); a list with a
/// comma before its "and" keeps every country; who witnessed a drill watched it.
#[test]
fn observers_and_witnesses_of_a_drill_are_no_parties() {
    let a = run("Drill.\n\nGhana, the Gambia, Togo, and Benin are taking part in the week-long exercise while Mali and Niger will be observers.\n");
    let parts = participants(&a, "exercise");
    for side in ["Ghana", "Gambia", "Togo", "Benin"] {
        assert!(parts.iter().any(|p| p.contains(side)), "{side}: {parts:?}");
    }
    assert!(!parts.iter().any(|p| p == "Mali" || p == "Niger"), "{parts:?}");
    let b = run(
        "Drill.\n\nGeneral Ana Ruiz, head of the air force, witnessed the drills held by Chile and Peru.\n",
    );
    assert!(!participants(&b, "exercise").iter().any(|p| p.contains("Ruiz")), "{:?}", b.events);
}

/// Rivals that clashed keep the pact "the two countries" signed before: the pair named earlier
/// takes part in it, however hostile the rest of the story.
#[test]
fn rivals_keep_the_pact_the_two_countries_signed() {
    let a = run("Border.\n\nEritrea and Djibouti clashed.\n\nThe shooting came days after the two nations had signed an accord to patrol the border jointly.\n");
    let parts = participants(&a, "agreement");
    assert!(parts.contains(&"Eritrea".to_string()) && parts.contains(&"Djibouti".to_string()), "{parts:?}");
}

/// "The two countries" with no pair named together before them are the two the story is about.
#[test]
fn the_two_countries_are_the_two_of_the_story() {
    let a = run("Border.\n\nNepal accused Bhutan of shelling a village. Bhutan denied it.\n\nNepalese officials said the shelling hit a school near Bhutan.\n\nThe incident came days after the two nations had signed an accord on joint patrols.\n");
    let parts = participants(&a, "agreement");
    assert!(parts.contains(&"Nepal".to_string()) && parts.contains(&"Bhutan".to_string()), "{parts:?}");
}

/// Aircraft counted by a number ("six Mirage 2000", "deux Rafale 2020") are a model, no
/// exercise's name.
#[test]
fn counted_aircraft_name_no_exercise() {
    let a =
        run("Exercice.\n\nLa France et l'Égypte ont mené un exercice aérien avec six Mirage 2000 lundi.\n");
    assert!(a.events.iter().all(|e| e.name.as_deref() != Some("Mirage 2000")), "{:?}", a.events);
}

/// Actors named after "without"/"excluding"/"sans" take no part in the drill; a later sentence
/// that only says who takes part ("Taking part are…", "X is also participating") adds its actors
/// to the drill just told, but taking part in talks adds no one.
#[test]
fn who_takes_part_and_who_is_left_out() {
    let a = run("Andean states began naval drills on Monday without the regional powers Brazil and \
                 Argentina.\n\nTaking part are Peru, Ecuador and Colombia.\n\nBolivia is also \
                 participating.\n\nChile and Uruguay participate in the talks of the bloc.");
    let parts = participants(&a, "exercise");
    for p in ["Peru", "Ecuador", "Colombia", "Bolivia"] {
        assert!(parts.iter().any(|x| x == p), "{p}: {parts:?}");
    }
    for p in ["Brazil", "Argentina", "Chile", "Uruguay"] {
        assert!(!parts.iter().any(|x| x == p), "{p}: {parts:?}");
    }
}

/// A word of accord or talks inside a body's name ("the Collective Security Treaty Organisation")
/// opens no agreement or meeting.
#[test]
fn a_treaty_inside_a_body_s_name_is_no_agreement() {
    let a =
        run("Armenia has stopped taking part in the drills of the Collective Security Treaty Organisation.");
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "agreement"), "{:?}", a.events);
}

/// An MoU signed in so many words ("put their signatures on an MoU", "the signing of a pact")
/// is an agreement.
#[test]
fn signatures_on_an_mou_are_an_agreement() {
    let a = run("Officers of Ghana and Togo put their signatures on an MoU during the visit.");
    assert!(a.events.iter().any(|e| e.kind.as_str() == "agreement"), "{:?}", a.events);
}

/// "flew" is a trip only toward somewhere ("flew to X"): a shell that flew over a post visits no
/// one.
#[test]
fn a_shell_that_flew_over_is_no_visit() {
    let a = run("An Ethiopian officer said a mortar shell flew over the Eritrean post near the border.");
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "visit"), "{:?}", a.events);
    let a = run("The Kenyan defence minister flew to Ethiopia on Monday for talks.");
    assert!(a.events.iter().any(|e| matches!(e.kind.as_str(), "visit" | "meeting")), "{:?}", a.events);
}

/// A worry voiced in a verbless phrase opening the sentence ("Signe des craintes de X, …") is that
/// phrase's: the clause after it keeps its parties.
#[test]
fn an_opening_phrase_of_worry_keeps_the_clause_parties() {
    let a = run("Signe des craintes d'Ankara, la Turquie va envoyer 800 soldats en Somalie.");
    let parts = participants(&a, "deployment");
    assert!(parts.iter().any(|p| p == "Turquie") && parts.iter().any(|p| p == "Somalie"), "{parts:?}");
}

/// "The two nations" met in a third country: that country is the venue, and the two are the pair
/// the story is about.
#[test]
fn the_two_nations_meeting_abroad_keeps_the_pair() {
    let a = run("Eritrea reinforced its border. Djibouti built a fence. Eritrea closed a road. Djibouti \
                 protested.\n\nOn Friday the defence chiefs of the two countries held talks in Qatar.");
    let parts = participants(&a, "meeting");
    assert!(parts.iter().any(|p| p == "Eritrea") && parts.iter().any(|p| p == "Djibouti"), "{parts:?}");
}

/// A French "convention" between two states is an agreement, dated by its year.
#[test]
fn a_french_convention_is_an_agreement() {
    let a = run_dated(
        "Ce lot clôt une convention de coopération entamée en 2021 entre le Japon et le Sénégal.",
        "2024-03-01",
    );
    let ev = a.events.iter().find(|e| format!("{:?}", e.kind) == "Agreement").expect("an agreement");
    assert_eq!(ev.start.as_deref(), Some("2021"), "{:?}", a.events);
    assert_eq!(participants(&a, "agreement"), ["Japon", "Sénégal"]);
}

/// Joint "operations" told before the drills of the same two sides that year are those drills; a
/// name given by a word opening the sentence names them; a training ground's name names no drill;
/// a date of another year told beside the name's year belongs to another edition.
#[test]
fn operations_told_first_are_the_named_drills() {
    let a = run_dated(
        "Les armées du Tchad et du Niger ont lancé ce lundi des opérations militaires conjointes.\n\n\
         Baptisées « Sable rouge 2023 », ces manœuvres entre les armées tchadienne et nigérienne se \
         tiennent au camp d'entraînement de Mao. \
         Elles font suite à des exercices menés en mars 2022 au Niger.",
        "2023-05-16",
    );
    let drills: Vec<_> = a.events.iter().filter(|e| e.name.as_deref() == Some("Sable rouge 2023")).collect();
    assert_eq!(drills.len(), 1, "{:?}", a.events);
    assert_eq!(drills[0].start.as_deref(), Some("2023-05-15"), "{:?}", a.events);
    assert!(a.events.iter().all(|e| format!("{:?}", e.kind) != "Patrol"), "{:?}", a.events);
    assert!(a.events.iter().all(|e| e.name.as_deref() != Some("Mao")), "{:?}", a.events);
}

/// A visitor named before "who is on a visit" is the visit's party, and "the country" he visits
/// is the country named last before that is not his own.
#[test]
fn a_visit_to_the_country_visits_the_country_named_before() {
    let a = run("Ghana received two boats from Norway on Friday. Norwegian Admiral Eirik Dahl, who is on a \
                 three-day visit to the country, inspected the harbour.");
    assert_eq!(participants(&a, "visit"), ["Eirik Dahl", "Ghana", "Norway"]);
    let a =
        run("Le Niger a reçu des blindés. Le général Paul Morel, chef d'état-major de l'armée belge, en \
                 visite dans le pays depuis lundi, a rencontré des officiers.");
    assert!(participants(&a, "visit").contains(&"Niger".to_string()), "{:?}", participants(&a, "visit"));
}

/// "The exercise that both navies held on <day>" names an event by its own relative clause: with
/// a day of its own, it is an earlier exercise, not the one just told.
#[test]
fn an_exercise_defined_by_its_relative_clause_is_its_own() {
    let a = run_dated(
        "Les marines du Bénin et du Nigeria ont mené des manœuvres conjointes du 4 au 6 juin 2022. Ces \
         manœuvres prolongent l'exercice militaire que les deux armées avaient tenu le 12 février.",
        "2022-06",
    );
    let exercises = a.events.iter().filter(|e| e.kind == trame_engine::EventType::Exercise).count();
    assert_eq!(exercises, 2, "{:?}", a.events);
}

/// A drill word naming what a thing is for ("des systèmes de simulation", "des programmes
/// d'entraînement", "training programmes") tells no drill; a quoted name after an exercise word is
/// the exercise's, not a person's.
#[test]
fn things_made_for_drills_and_quoted_exercise_names() {
    let a = run("Le Japon a livré au Bénin deux systèmes de simulation et des programmes d'entraînement.");
    assert!(a.events.iter().all(|e| e.kind != trame_engine::EventType::Exercise), "{:?}", a.events);
    let a = run("Japan will fund training programmes for the army of Benin.");
    assert!(a.events.iter().all(|e| e.kind != trame_engine::EventType::Exercise), "{:?}", a.events);
    let a = run("Les manœuvres « Lion Côtier » réunissent le Bénin et le Togo depuis 2015.");
    assert!(a.entities.iter().all(|e| e.name != "Lion Côtier"), "{:?}", a.entities);
}

/// Having "the possibility" to hold drills is no drill held.
#[test]
fn a_possibility_of_drills_is_no_drill() {
    let a = run("The Ghanaian minister said there is a possibility of staging joint drills with Togo.");
    assert!(a.events.iter().all(|e| e.kind != trame_engine::EventType::Exercise), "{:?}", a.events);
}

/// A course named with a drill word ("the Basic Field Training Instructors Course") names no
/// exercise; a count opening the sentence is no word of a body's name.
#[test]
fn a_course_is_no_exercise_and_a_count_no_name() {
    let a = run("Four Ghana Armed Forces instructors went to Lome. Students will be qualified in the \
                 Basic Field Training Instructors Course next month.");
    assert!(a.events.iter().all(|e| e.kind != trame_engine::EventType::Exercise), "{:?}", a.events);
    assert!(a.entities.iter().all(|e| !e.name.starts_with("Four")), "{:?}", a.entities);
}

/// A naming participle opening the sentence ("Baptisées X 2025, ces manœuvres…") is no word of the
/// exercise's name, nor is a capitalised word of the name cut off ("the Coastal Star 2025 drills"
/// is "Coastal Star 2025"); troops "participantes" listed after it take part.
#[test]
fn exercise_names_keep_their_words_and_participants_listed_after() {
    let a = run("Baptisées Condor 2026, ces manoeuvres dureront du 3 au 10 mai au Chili. Les troupes \
                 participantes proviennent du Chili, du Pérou et du Brésil.");
    let e = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("an exercise");
    assert_eq!(e.name.as_deref(), Some("Condor 2026"), "{:?}", a.events);
    assert!(participants(&a, "exercise").contains(&"Pérou".to_string()), "{:?}", a.events);
    let a = run("The Southern Arrow 2026 drills will run from 3 to 10 May in Chile.");
    let e = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("an exercise");
    assert_eq!(e.name.as_deref(), Some("Southern Arrow 2026"), "{:?}", a.events);
}

/// A name in single quotes after "edition of" names the exercise its sentence tells of, its two
/// digits after a hyphen being its year.
#[test]
fn a_quoted_edition_names_the_exercise() {
    let a = run_dated(
        "The fourth edition of 'Andes-24', a joint exercise of the armies of Peru and Chile, began on \
         Monday at Arica.",
        "2024-06-05",
    );
    let e = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("an exercise");
    assert_eq!(e.name.as_deref(), Some("Andes-24"), "{:?}", a.events);
}

/// A quoted name further on in the exercise word's sentence names it, and the list of navies
/// opening the next sentence names its parties again.
#[test]
fn a_quoted_name_further_on_and_the_navies_listed_next() {
    let a = run_dated(
        "The combined naval drill among the members of the Andean bloc “Condor 9” ended in Peru \
         last week. Navies of Peru, Chile, Ecuador and Colombia aim to share their methods.",
        "2024-05-10",
    );
    let e = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("an exercise");
    assert_eq!(e.name.as_deref(), Some("Condor 9"), "{:?}", a.events);
    assert!(participants(&a, "exercise").contains(&"Ecuador".to_string()), "{:?}", a.events);
}

/// Exercises counted as three or more ("30 joint exercises this year") are a tally of many
/// events, not one whose parties the sentence names; a count of days before the drills is their
/// length.
#[test]
fn a_tally_of_exercises_is_no_event() {
    let a = run(
        "Morocco has carried out 25 joint military exercises this year with Spain, Portugal and Senegal.",
    );
    assert!(a.events.is_empty(), "{:?}", a.events);
    let a = run("Les marines du Maroc et de l'Espagne ont tenu trois jours de manœuvres conjointes.");
    assert_eq!(participants(&a, "exercise"), ["Espagne", "Maroc"]);
}

/// Two unnamed agreements, each signed between its own two sides, are two events: a hub's new
/// pact with one partner is not the one it signed with another months before.
#[test]
fn agreements_with_different_partners_stay_apart() {
    let a = run_dated(
        "Ghana said on Wednesday it had signed a defence pact with Morocco.\n\n\
         In March, Morocco and Senegal signed an agreement on military training.",
        "2021-05-27",
    );
    let agreements = a.events.iter().filter(|e| format!("{:?}", e.kind) == "Agreement").count();
    assert_eq!(agreements, 2, "{:?}", a.events);
    assert!(!has(&a, "cooperation", "Ghana", "Senegal"), "{:?}", relations(&a));
}

/// Joint operations listed among the contents of drills ("exercises of communication, joint
/// operation sessions") are the drills' activities, no patrol of their own.
#[test]
fn joint_operations_inside_a_drill_programme_are_no_patrol() {
    let a = run_dated(
        "Un groupe de bâtiments de guerre marocains a accosté, vendredi, au port de Dakar pour prendre \
         part à l'exercice international «Mer Unie – 2022» aux côtés de bâtiments de la marine \
         sénégalaise, a indiqué samedi le ministère des Forces armées dans un communiqué. Cet exercice \
         durera jusqu'au 20 novembre, ajoute ce texte, indiquant que les équipages de navires marocains \
         et sénégalais mèneront des exercices de transmission, des séances opération conjointes, un \
         entraînement des équipes de visite.",
        "2022-11-12",
    );
    assert!(a.events.iter().all(|e| format!("{:?}", e.kind) != "Patrol"), "{:?}", a.events);
}

/// A drill's name glossed after a dash ("« Teranga 2022 » – « Hospitalité » en wolof") is one
/// name of the drill already told; an edition of a forum names no drill.
#[test]
fn a_glossed_name_and_a_forum_edition_make_no_other_drill() {
    let a = run_dated(
        "Manœuvres navales près de Banjul\n\nAlors que Dakar accueille ce lundi la 5e édition du \
         Forum mondial sur la sécurité maritime, les marines gambienne et sénégalaise ont mené un \
         exercice commun du 19 au 21 octobre au large de Banjul.\n\nDes plongeurs ont sécurisé le \
         port dans la nuit. L'exercice est baptisé « Teranga 2022 » – « Hospitalité » en wolof.\n",
        "2022-10-24",
    );
    let drills: Vec<_> = a.events.iter().filter(|e| e.kind.as_str() == "exercise").collect();
    assert_eq!(drills.len(), 1, "{drills:?}");
    assert_eq!(drills[0].name.as_deref(), Some("Teranga 2022"), "{drills:?}");
    assert_eq!(drills[0].start.as_deref(), Some("2022-10-19"), "{drills:?}");
}

/// A drill said to have run "for the past 20 years" is the series, not another drill; a visit
/// dated by a ten-year plan keeps no date.
#[test]
fn an_event_dated_over_many_years_is_a_series() {
    let a = run_dated(
        "Joint drill opens. Exercise Coral Breeze between the armies of Malaysia and Thailand opened \
         on Oct 8 in Kedah and ends on Oct 17.\n\nFor the past 20 years, Exercise Coral Breeze has \
         brought the two armies together, the Thai commander said.\n",
        "2022-10-15",
    );
    let drills: Vec<_> = a.events.iter().filter(|e| e.kind.as_str() == "exercise").collect();
    assert_eq!(drills.len(), 1, "{drills:?}");
    assert_eq!(drills[0].start.as_deref(), Some("2022-10-08"), "{drills:?}");
}

/// Contracts signed between two sides are agreements ("deux contrats signés en 2012", "a contract
/// signed with X"), the French participle in any gender and number.
#[test]
fn contracts_signed_are_agreements() {
    let a =
        run("Le Maroc a commandé des blindés aux États-Unis, à la suite de deux contrats signés en 2012.");
    assert_eq!(participants(&a, "agreement"), ["Maroc", "États-Unis"]);
    let a = run("Morocco and the United States signed a contract for armoured vehicles in 2012.");
    assert_eq!(participants(&a, "agreement"), ["Morocco", "United States"]);
    let a = run("Le Maroc et le Sénégal ont des conventions signées en 2012.");
    assert_eq!(participants(&a, "agreement"), ["Maroc", "Sénégal"]);
}

/// One sentence telling one trip twice, once recalled ("after X travelled to Y in 2010, the first
/// leader to visit it"), tells one visit.
#[test]
fn one_trip_told_twice_in_a_sentence_is_one_visit() {
    let a = run_dated(
        "Relations soured after Estonian President Arvo Tamm travelled to Latvia in May 2010, the \
         first Estonian leader to visit the country.",
        "2014-08-13",
    );
    let visits = a.events.iter().filter(|e| e.kind.as_str() == "visit").count();
    assert_eq!(visits, 1, "{:?}", a.events);
}

/// A delegation sent with no troops visits: "va envoyer une mission à X", "will send a
/// delegation to Y".
#[test]
fn a_delegation_sent_is_a_visit() {
    let a = run("Apaisement.\n\nLe président ivoirien va envoyer une mission de haut rang à Accra sans \
         tarder, pour apaiser les tensions avec le Ghana.");
    assert!(a.events.iter().any(|e| e.kind.as_str() == "visit"), "{:?}", a.events);
    assert!(a.events.iter().all(|e| e.kind.as_str() != "deployment"), "{:?}", a.events);
}

/// A headline's "Visits X" names the visit's place; "his visiting X counterpart" names who visits,
/// not where.
#[test]
fn the_visits_headline_place_and_the_visiting_counterpart() {
    let a = run_dated(
        "Moldovan Defence Minister Visits Bucharest\n\nRomanian Defence Minister Ion Radu held talks with \
         his visiting Moldovan counterpart, Petru Ceban.",
        "2024-02-10",
    );
    let ev = a.events.iter().find(|e| e.kind.as_str() == "visit").expect("a visit");
    let place =
        ev.place.as_ref().and_then(|p| a.entities.iter().find(|e| &e.id == p)).map(|e| e.name.as_str());
    assert_eq!(place, Some("Bucharest"), "{:?}", a.events);
}
