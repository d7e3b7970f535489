//! Drills and their names as real text writes them: what names a drill and what is only a role,
//! a field of work or a kind (fixtures written for these tests).

use crate::util::{find, participants, run, run_dated};

/// A headline in title case capitalises common words: "Un Exercice Naval avec…" names no
/// exercise "Naval"; a quoted name in it still is one (and so is a name after "Exercise" in an
/// English headline, see `roles::a_named_exercise_written_again_takes_the_parties_of_that_sentence`).
#[test]
fn a_title_case_headline_names_no_exercise() {
    let a =
        run("Un Exercice Naval avec des Marines Africaines au Sénégal\n\nLe Sénégal a organisé un exercice \
                 avec le Ghana.\n");
    assert!(a.events.iter().all(|e| e.name.is_none()), "{:?}", a.events);
    let a =
        run("Un Exercice « Grand Récif » avec des Marines Africaines au Sénégal\n\nLe Sénégal a organisé \
                 un exercice avec le Ghana.\n");
    assert!(a.events.iter().any(|e| e.name.as_deref() == Some("Grand Récif")), "{:?}", a.events);
}

/// A role after the exercise word names no drill ("the Exercise Director of the drill"), and a
/// name told with and without the exercise word ("Exercice Sable Bleu 2021", "Sable Bleu 2021") is
/// one drill.
#[test]
fn roles_are_no_names_and_the_exercise_word_is_no_part_of_one() {
    let a = run(
        "Report.\n\nKenya and Uganda opened the Field Training Exercise in Jinja. Colonel Ruth Okello serves \
         as Exercise Director for the whole drill.\n",
    );
    assert!(a.events.iter().all(|e| e.name.as_deref() != Some("Director")), "{:#?}", a.events);
    let a = run(
        "Rapport.\n\nLe Bénin et le Togo ont mené l'Exercice Sable Bleu 2021 au large de Cotonou.\n\n« Sable Bleu 2021 \
         est un rendez-vous annuel organisé par la France », a dit un officier.\n",
    );
    let drills = a.events.iter().filter(|e| format!("{:?}", e.kind) == "Exercise").count();
    assert_eq!(drills, 1, "{:#?}", a.events);
}

/// An event word naming a field of work is no event: "may cooperate in military training",
/// "in the areas of training", "coopérer en matière d'entraînement".
#[test]
fn a_field_of_cooperation_is_no_drill() {
    for text in [
        "Report.\n\nGhana and Benin signed a pact so that their two armies may cooperate in military training.\n",
        "Report.\n\nGhana and Benin agreed to cooperate in the areas of training and logistics.\n",
        "Rapport.\n\nLe Ghana et le Bénin ont signé un accord pour coopérer en matière d'entraînement militaire.\n",
    ] {
        let a = run(text);
        assert!(a.events.iter().all(|e| format!("{:?}", e.kind) != "Exercise"), "{text}: {:#?}", a.events);
    }
}

/// Names of drills in real typography: a sentence's full stop inside the closing quote ("titled
/// ‘Sand Lion 4.’"), a capitalised name closed by "Exercise" (a drill, no body), and an adverb
/// opening the sentence before a year ("Earlier 2021, …": a date, no name).
#[test]
fn drill_names_in_real_typography() {
    let a = run_dated(
        "Report.\n\nIn May, the armies of Oman and Jordan held a similar exercise titled ‘Sand Lion 4.’\n\nEarlier 2021, \
         Omani aircrafts and their crews arrived in Jordan for the Desert Falcon Center \
         Exercise.\n",
        "2022-03-01",
    );
    let names: Vec<&str> = a.events.iter().filter_map(|e| e.name.as_deref()).collect();
    assert!(names.contains(&"Sand Lion 4"), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("Earlier")), "{names:?}");
    assert!(find(&a, "Center Exercise").is_none(), "{:#?}", a.entities);
    let sent = a.events.iter().find(|e| format!("{:?}", e.kind) == "Deployment").expect("a deployment");
    assert_eq!(sent.start.as_deref(), Some("2021"), "{sent:#?}");
}

/// A quoted name opening with a lowercase particle and closed by a comma inside the quotes
/// ("Called ‘al-Nasr 5,’ the drill…") is the drill's name; a drill told again in the sentence of
/// another ("…joined a US-led drill, which saw it join Y in a 40-nation exercise") is that one.
#[test]
fn quoted_particle_names_and_drills_of_one_sentence() {
    let a = run_dated(
        "Report.\n\nCalled ‘al-Nasr 5,’ the exercise between the Jordanian Army and the Egyptian Army began on \
         Monday.\n\nIn January, Jordan took part in a large French-led naval exercise in the Red Sea, which saw the \
         country join Greece as part of a 40-nation maritime exercise.\n",
        "2022-03-02",
    );
    let named = a.events.iter().find(|e| e.name.as_deref() == Some("al-Nasr 5")).expect("the named drill");
    let greece = a.entities.iter().find(|e| e.name == "Greece").expect("Greece");
    assert!(!named.participants.contains(&greece.id), "{:#?}", a.events);
}

/// A year before a drill's plural noun is no count of drills, and a gloss in parentheses stays
/// inside the name: "A and B ended the Sabre (Sword) 2023 joint drills" is one drill,
/// named.
#[test]
fn a_year_is_no_count_and_a_gloss_stays_in_the_name() {
    let a = run("Report.\n\nKenyan and Ugandan troops ended the Sabre (Sword) 2023 joint drills in Jinja.\n");
    let drill = a.events.iter().find(|e| format!("{:?}", e.kind) == "Exercise").expect("a drill");
    assert!(drill.name.as_deref().is_some_and(|n| n.starts_with("Sabre")), "{drill:#?}");
}

/// Patrols a drill will involve are its contents, no patrol of their own ("the Navy will be
/// running Exercise Tern, which is to involve joint fishery patrols"); a name before a
/// lowercase "port" is a place ("sent two ships to the Duqmar port").
#[test]
fn patrols_inside_a_drill_and_a_port_before_its_word() {
    let a = run(
        "Report.\n\nThe Fijian Navy is also running ‘Exercise Tern’ which will involve joint fishery patrols \
         across the Pacific, including Samoan waters.\n",
    );
    assert!(a.events.iter().all(|e| format!("{:?}", e.kind) != "Patrol"), "{:#?}", a.events);
    let found = crate::util::named_entities("Report.\n\nOman has sent two ships to the Duqmar port.\n");
    assert!(crate::util::has_entity(&found, "Duqmar", "place"), "{found:?}");
}

/// Aircraft counted with a plural article or a nationality after them ("des Mirage 2000
/// français") are no drill's name; who declined the invitation to join the drill takes no part.
#[test]
fn aircraft_models_and_a_declined_invitation() {
    let a = run_dated(
        "Manœuvres\n\nDes Mirage 2000 français et des F-16 belges se joignent aux manœuvres de l'armée \
         de l'air marocaine jusqu'au 12 mai. Le ministre algérien a décliné l'invitation à participer \
         aux manœuvres.",
        "2024-05-02",
    );
    assert!(a.events.iter().all(|e| e.name.as_deref() != Some("Mirage 2000")), "{:?}", a.events);
    let parts = participants(&a, "exercise");
    assert!(parts.contains(&"France".to_string()), "{parts:?}");
    assert!(!parts.contains(&"Algérie".to_string()), "{parts:?}");
}

/// A name with a year that a gathering's long name glosses ("the Border Security Exhibition and
/// Conference (BSEC 2024)"), or where ministers meet ("met at BSEC 2024"), is no exercise.
#[test]
fn a_named_fair_where_ministers_meet_is_no_exercise() {
    for text in [
        "Report.\n\nThe Zambian and Malawian ministers met at BSEC 2024 in Lusaka on Tuesday.\n",
        "Report.\n\nThe two ministers held talks at the Border Security Exhibition and Conference (BSEC \
         2024) in Lusaka.\n",
    ] {
        let a = run(text);
        assert!(!a.events.iter().any(|e| format!("{:?}", e.kind) == "Exercise"), "{:#?}", a.events);
    }
}

/// "A patrol and rescue boat" names a craft with two uses, not a patrol.
#[test]
fn a_patrol_and_rescue_boat_is_no_patrol() {
    let a = run_dated(
        "Report.\n\nAustralia on Monday gave Tonga tools to repair the navy's patrol and rescue boat.\n",
        "2019-05-08",
    );
    assert!(!a.events.iter().any(|e| format!("{:?}", e.kind) == "Patrol"), "{:#?}", a.events);
}

/// A country watching a drill ("sous le regard de X", "under the watchful eye of Y") looks on; it
/// takes no part.
#[test]
fn a_country_watching_a_drill_takes_no_part() {
    let a = run("Premiers exercices militaires sino-cambodgiens sous le regard attentif du Vietnam\n\n\
                 La Chine et le Cambodge ont lancé lundi leurs premiers exercices conjoints.\n");
    assert_eq!(participants(&a, "exercise"), ["Cambodge", "Chine"], "{:?}", a.events);
}

/// A list of a drill's countries goes on in the next sentence ("Others are…"), and a bloc framing
/// the drill of its members pairs with none of them.
#[test]
fn a_drill_list_goes_on_and_its_bloc_frames_it() {
    let a = run("The ECOWAS standby force began a two-week joint exercise in Ghana on Monday.\n\n\
                 Countries taking part in the drill are Togo, Benin and Niger. Others are Nigeria, \
                 Senegal and the host country, Ghana.\n");
    let sides = participants(&a, "exercise");
    assert!(sides.iter().any(|s| s == "Senegal") && sides.iter().any(|s| s == "Ghana"), "{sides:?}");
    let rels = crate::util::relations(&a);
    assert!(
        !rels.iter().any(|(k, s, t)| k == "cooperation"
            && (s == "CEDEAO" || t == "CEDEAO" || s == "ECOWAS" || t == "ECOWAS")),
        "{rels:?}"
    );
}

/// A body where a drill is held ("at the X Training Institute") hosts it and takes no part.
#[test]
fn a_venue_body_takes_no_part() {
    let a = run("Kenya and Uganda began a joint military exercise at the Marula Agricultural Training \
                 Institute on Monday.");
    assert_eq!(participants(&a, "exercise"), ["Kenya", "Uganda"], "{:?}", a.events);
}

/// Visits and drills told as the means of ties ("through regular visits", "à travers des exercices
/// conjoints") are a habit, no event.
#[test]
fn visits_and_drills_as_means_of_ties_are_no_events() {
    let a = run("The Ghanaian and Togolese armies engage regularly through high-level visits, exchanges \
                 and courses.");
    assert!(a.events.is_empty(), "{:?}", a.events);
    let a = run("Le Ghana et le Togo renforcent leurs liens à travers des exercices conjoints réguliers.");
    assert!(a.events.is_empty(), "{:?}", a.events);
}

/// "Dont des unités de X" includes X's forces in the drill; it opens no relative clause.
#[test]
fn forces_included_after_dont_take_part() {
    let a = run("L'exercice Sable Rouge, lancé lundi au Sénégal, réunit 2 000 militaires, dont des \
                 unités de la Marine ghanéenne et de la Garde nationale du Togo.");
    let sides = participants(&a, "exercise");
    assert!(sides.iter().any(|s| s == "Ghana") && sides.iter().any(|s| s == "Togo"), "{sides:?}");
}

/// A headline's "Joint Exercise Coral Wing 2019" names "Coral Wing 2019", and the drill told again
/// by its name, even as agreed at an earlier meeting, is the same drill.
#[test]
fn a_named_drill_told_twice_is_one_drill() {
    let a = run_dated(
        "Joint Exercise Coral Wing 2019 between Fiji and Samoa is now cancelled\n\nThe drill between the \
         Fiji military and the Samoa police, Exercise Coral Wing 2019, is now cancelled.\n\nExercise Coral \
         Wing 2019 was agreed by the two forces during a meeting in 2017.",
        "2019-08-30",
    );
    let drills: Vec<_> = a.events.iter().filter(|e| e.kind.as_str() == "exercise").collect();
    assert_eq!(drills.len(), 1, "{:?}", a.events);
    assert_eq!(drills[0].name.as_deref(), Some("Coral Wing 2019"), "{:?}", a.events);
}

/// Observers named after the parties ("…, outre la Tunisie comme observateur") look on; the
/// parties listed before them in the same clause still take part.
#[test]
fn observers_after_the_parties_leave_the_parties_in() {
    let a = run_dated(
        "Un exercice naval conjoint a débuté dimanche au large de Tanger, au Maroc.\n\nL'exercice connaît \
         la participation du Maroc, de l'Espagne et du Portugal, outre la Tunisie comme observateur.",
        "2023-05-08",
    );
    assert_eq!(participants(&a, "exercise"), ["Espagne", "Maroc", "Portugal"], "{:#?}", a.events);
}

/// "X and Y to hold parallel drills" pairs two sides' own drills: the word that pairs them makes
/// neither a party of the other's.
#[test]
fn parallel_drills_keep_their_sides_apart() {
    let a = run_dated(
        "Kenya, Ethiopia to hold parallel drills near the border\n\nKenya is holding a drill near Moyale \
         with Ugandan troops, while Ethiopian forces will take part in an exercise near Dolo.",
        "2021-03-02",
    );
    for e in a.events.iter().filter(|e| e.kind.as_str() == "exercise") {
        let names: Vec<&str> = e
            .participants
            .iter()
            .filter_map(|p| a.entities.iter().find(|x| &x.id == p).map(|x| x.name.as_str()))
            .collect();
        assert!(!(names.contains(&"Kenya") && names.contains(&"Ethiopia")), "{:#?}", a.events);
    }
}
