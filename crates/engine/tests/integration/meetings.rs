//! Meetings told by their kind of gathering: conferences and forums of sides, not of the press nor
//! bodies named after a conference.

use crate::util::{has, participants, relations, run, run_dated};

/// A conference or a forum where two sides meet is a meeting; a press conference is not, nor a
/// body whose name holds the word.
#[test]
fn a_conference_of_ministers_is_a_meeting_and_a_press_conference_is_not() {
    let a = run_dated(
        "Peru and Ecuador took part in a regional conference of defence ministers in Quito on Monday.",
        "2019-05-08",
    );
    assert_eq!(participants(&a, "meeting"), ["Ecuador", "Peru"]);
    let a =
        run_dated("La Gambie et le Sénégal étaient mardi au forum de Dakar sur la sécurité.", "2019-05-08");
    assert_eq!(participants(&a, "meeting"), ["Gambie", "Sénégal"]);
    let a = run_dated("Peru and Ecuador gave a joint press conference in Quito on Monday.", "2019-05-08");
    assert!(a.events.is_empty(), "{:?}", a.events);
    let a = run_dated(
        "Angola and Zambia praised the work of the International Conference on the Great Lakes Region.",
        "2019-05-08",
    );
    assert!(a.events.is_empty(), "{:?}", a.events);
}

/// A call on someone is a visit ("the army commander called on the chief of staff"); a call on
/// someone to act is a demand, no visit.
#[test]
fn a_call_on_an_official_is_a_visit_and_a_call_on_him_to_act_is_not() {
    let a = run_dated(
        "Officials met. Kenya's army commander, General Tomas Varga, on Friday called on Uganda's \
         Chief of Defence Forces, General Piet Holm, in Kampala.",
        "2023-10-20",
    );
    let visit = a.events.iter().find(|e| e.kind.as_str() == "visit").expect("a visit");
    assert_eq!(visit.start.as_deref(), Some("2023-10-20"), "{visit:?}");
    let a = run_dated(
        "Officials met. Kenya's foreign minister, Tomas Varga, called on Uganda's president, Piet \
         Holm, to pull his troops back from the border.",
        "2023-10-20",
    );
    assert!(a.events.iter().all(|e| e.kind.as_str() != "visit"), "{:?}", a.events);
}

/// A visit told with no place takes place in its destination country ("a visit to Nepal").
#[test]
fn a_visit_with_no_place_is_in_its_destination() {
    let a = run_dated(
        "Officials met. India's army chief began a four-day visit to Nepal on Monday to deepen defence ties.",
        "2023-09-04",
    );
    let visit = a.events.iter().find(|e| e.kind.as_str() == "visit").expect("a visit");
    let place = visit.place.as_deref().and_then(|p| a.entities.iter().find(|e| e.id == p));
    assert_eq!(place.map(|e| e.name.as_str()), Some("Nepal"), "{visit:?}");
}

/// An event of the lead told with no place happens in the dateline's city when one of its sides
/// is that city's country.
#[test]
fn an_event_of_the_lead_is_in_the_dateline_city() {
    let a = run_dated(
        "Uganda and Kenya sign border pact\n\nKampala, May 4 - Uganda and Kenya signed a border security \
         agreement on Thursday, officials said.\n",
        "2023-05-05",
    );
    let pact = a.events.iter().find(|e| e.kind.as_str() == "agreement").expect("the pact");
    let place = pact.place.as_deref().and_then(|p| a.entities.iter().find(|e| e.id == p));
    assert_eq!(place.map(|e| e.name.as_str()), Some("Kampala"), "{pact:?}");
}

/// A joint committee of two sides ("la commission mixte", "the joint commission") is the frame of
/// their meeting: the two countries take part, the committee does not.
#[test]
fn a_joint_committee_frames_its_sides_meeting() {
    let a = run_dated(
        "Le Niger et le Tchad ont tenu lundi à Niamey la douzième session de leur Commission \
         militaire mixte.",
        "2021-03-10",
    );
    assert_eq!(participants(&a, "meeting"), ["Niger", "Tchad"]);
    let a = run_dated(
        "Officials of Kenya and Tanzania met in Arusha on Tuesday at the Joint Defence Commission.",
        "2021-03-10",
    );
    assert_eq!(participants(&a, "meeting"), ["Kenya", "Tanzania"]);
    // (a border committee is one of neighbours)
    let a = run_dated(
        "Officers of Estonia and Latvia met in Valga on Monday at the Regional Border Committee.",
        "2021-03-10",
    );
    assert_eq!(participants(&a, "meeting"), ["Estonia", "Latvia"]);
}

/// "The pair", "the duo" stand for the two sides just told, as "both sides" does.
#[test]
fn the_pair_stands_for_the_two_sides() {
    let a = run_dated(
        "Estonian Defence Minister Jaan Tamm met his Latvian counterpart Ivars Ozols in Riga on \
         Monday. The pair will sign a defence cooperation agreement on Tuesday.",
        "2021-03-10",
    );
    let sides = participants(&a, "agreement");
    assert!(sides.contains(&"Estonia".to_string()) && sides.contains(&"Latvia".to_string()), "{sides:?}");
}

/// A capitalised gathering's name ("the Joint Defence Committee Meeting", "the Border Security
/// Summit") names no body.
#[test]
fn a_gatherings_name_is_no_body() {
    let a = run_dated(
        "Estonia and Latvia inked the accord on the last day of a Joint Border Committee Meeting \
         held to renew their ties.",
        "2021-03-10",
    );
    assert!(!a.entities.iter().any(|e| e.name.ends_with("Meeting")), "{:?}", a.entities);
}

/// A ship's "port call" in a country is a visit there; a call for calm is none.
#[test]
fn a_port_call_is_a_visit() {
    let a =
        run_dated("The Estonian patrol vessel made a port call in Riga, Latvia, on Friday.", "2021-03-10");
    assert_eq!(participants(&a, "visit"), ["Estonia", "Latvia"]);
    let a = run_dated("Estonia renewed its call for calm along the border with Latvia.", "2021-03-10");
    assert!(a.events.is_empty(), "{:?}", a.events);
}

/// A joint statement ("a joint statement", "une déclaration conjointe") is an accord of its
/// authors; a statement of one side is none.
#[test]
fn a_joint_statement_is_an_agreement() {
    let a =
        run_dated("Estonia and Latvia issued a joint statement on border security on Monday.", "2021-03-10");
    assert_eq!(participants(&a, "agreement"), ["Estonia", "Latvia"]);
    let a = run_dated(
        "L'Estonie et la Lettonie ont publié lundi une déclaration conjointe sur la sécurité des frontières.",
        "2021-03-10",
    );
    assert_eq!(participants(&a, "agreement"), ["Estonie", "Lettonie"]);
    let a = run_dated("Estonia issued a statement on border security on Monday.", "2021-03-10");
    assert!(a.events.is_empty(), "{:?}", a.events);
}

/// "After their meeting" is the meeting already told: the sides of another accord named in the
/// same sentence do not join it.
#[test]
fn their_meeting_is_the_encounter_already_told() {
    let a = run_dated(
        "Le président tanzanien a reçu vendredi à Dodoma son homologue kényan, Samuel Kiprono.\nAu \
         cours d'un point de presse donné au terme de leur rencontre, Kiprono a rejeté le pacte conclu \
         à la mi-janvier entre l'Ouganda et le Rwanda.\n",
        "2024-02-12",
    );
    let p = participants(&a, "visit");
    assert!(!p.iter().any(|n| n == "Ouganda" || n == "Rwanda"), "{p:?}");
    assert_eq!(a.events.iter().filter(|e| e.kind.as_str() == "meeting").count(), 0, "{:?}", a.events);
}

/// A visit of two countries and talks elsewhere between two others are two encounters, even in
/// the same month: neither takes the other's sides.
#[test]
fn talks_between_other_sides_are_not_the_visit() {
    let a = run_dated(
        "Visit to Togo\n\nGhana's Defence Minister Kofi Adjei began a three-day visit to Togo on Monday \
         to deepen defence ties between the two nations.\n\nThe visit comes as tensions rise in the \
         north. Senegal had held talks in March between the Beninese and Nigerien presidents, yet \
         the situation remains tense.\n",
        "2025-03-25",
    );
    let p = participants(&a, "visit");
    assert!(!p.iter().any(|n| n == "Senegal" || n == "Benin" || n == "Niger"), "{p:?}");
}

/// "X received Y" with a person right after the verb (over a title) is a visit of Y to X's side;
/// receiving a call or aid is none.
#[test]
fn an_official_received_by_another_is_a_visit() {
    let a = run("Malawian President Lazarus Chakwera received Zambian President Hakainde Hichilema at the \
         State House in Lilongwe on Friday.\n");
    assert_eq!(participants(&a, "visit"), ["Hakainde Hichilema", "Lazarus Chakwera", "Malawi", "Zambia"]);
    let a = run("The brigade received a call from President Hakainde Hichilema on Friday.\n");
    assert!(a.events.is_empty(), "{:?}", a.events);
}

/// A person named after a word of a topic ("talked about the health of X", "au sujet de Y") is
/// what the meeting spoke of, no one who met.
#[test]
fn a_person_spoken_about_takes_no_part_in_the_meeting() {
    let a = run(
        "Talks.\n\nThe defence ministers of Bolivia and Paraguay met in Asunción on Monday. A spokesman \
         said the ministers' meeting did not touch on questions about the trial of Rolando Salvatierra, \
         a former army chief.\n",
    );
    assert_eq!(participants(&a, "meeting"), ["Bolivia", "Paraguay"]);
    let a = run(
        "Entretiens.\n\nLes ministres de la Défense du Niger et du Tchad se sont réunis lundi à Niamey. \
         Aucune question n'a été posée au sujet de Issa Abakar, ancien chef rebelle, pendant la réunion.\n",
    );
    assert_eq!(participants(&a, "meeting"), ["Niger", "Tchad"]);
}

/// Ships casting anchor at a port of another country call on it: a visit of the ships' side to
/// the port's country.
#[test]
fn ships_casting_anchor_at_a_port_visit_its_country() {
    let a = run(
        "Escale.\n\nDeux frégates de la marine italienne ont jeté l'ancre lundi à Port-Louis, à Maurice.\n",
    );
    assert_eq!(participants(&a, "visit"), ["Italie", "Maurice", "marine italienne"]);
    let a = run(
        "Port call.\n\nTwo Indian Navy corvettes dropped anchor at Port Victoria, Seychelles, on Monday.\n",
    );
    assert!(participants(&a, "visit").contains(&"Seychelles".to_string()), "{:?}", a.events);
}

/// Two officials who speak by telephone meet: "a phone call from X", "un entretien téléphonique
/// avec Y", "une conversation téléphonique", with no place.
#[test]
fn a_phone_call_between_officials_is_a_meeting() {
    let a = run("Call.\n\nZambian Foreign Minister Mulambo Haimbe received a phone call from his Malawian \
         counterpart Nancy Tembo on Tuesday.\n");
    assert_eq!(participants(&a, "meeting"), ["Malawi", "Mulambo Haimbe", "Nancy Tembo", "Zambia"]);
    let a = run(
        "Appel.\n\nLe ministre béninois a eu mardi une conversation téléphonique avec le ministre nigérien.\n",
    );
    assert_eq!(participants(&a, "meeting"), ["Bénin", "Niger"]);
}

/// A committee whose meeting the event's word names is the frame the sides sit on, not a side:
/// "the 3rd Meeting of the Committee for Border Affairs" between two countries has those two; a
/// place named "in downtown X" is still where.
#[test]
fn the_committee_that_meets_is_no_side() {
    let a = run(
        "Report.\n\nThe ministers of Bolivia and Paraguay held the 3rd Meeting of the Committee for River Affairs on \
         Monday in downtown Asunción.\n",
    );
    assert_eq!(participants(&a, "meeting"), vec!["Bolivia", "Paraguay"], "{:#?}", a.entities);
    let ev = a.events.iter().find(|e| format!("{:?}", e.kind) == "Meeting").unwrap();
    let place =
        ev.place.as_ref().and_then(|p| a.entities.iter().find(|e| &e.id == p)).map(|e| e.name.as_str());
    assert_eq!(place, Some("Asunción"), "{:#?}", a.events);
}

/// Two visits of different persons to one country on one day are two visits: "A visited X on
/// Wednesday… B, the defence minister, also visited X on Wednesday".
#[test]
fn two_visitors_make_two_visits() {
    let a = run_dated(
        "Report.\n\nPrime Minister Rasa Vaitkute of Lithuania visited Poland on Wednesday for talks with Prime \
         Minister Adam Nowak.\n\nOn Wednesday, the Lithuanian Minister of Defence Jonas Petraitis also visited \
         Poland.\n",
        "2024-03-06",
    );
    let encounters =
        a.events.iter().filter(|e| matches!(format!("{:?}", e.kind).as_str(), "Visit" | "Meeting"));
    assert_eq!(encounters.count(), 2, "{:#?}", a.events);
}

/// Ministers who "se sont concertés" (consulted each other) held a meeting.
#[test]
fn ministers_who_consulted_each_other_met() {
    let a = run(
        "Rapport.\n\nLes ministres ghanéen et togolais de la Défense se sont concertés lundi à Aflao sur la frontière.\n",
    );
    assert!(a.events.iter().any(|e| format!("{:?}", e.kind) == "Meeting"), "{:#?}", a.events);
}

/// A body named after "within", over an adjective and with its acronym in parentheses ("within
/// the wider X Community (XC) framework"), is the event's frame, not a party.
#[test]
fn a_body_within_whose_frame_an_event_runs_is_no_party() {
    let a = run("Drill\n\nZambia and Malawi will hold a joint exercise in June within the wider East \
                 African Standby Force (EASF) framework.");
    let parts = participants(&a, "exercise");
    assert_eq!(parts, ["Malawi", "Zambia"], "{:?}", a.entities);
}

/// A session of a joint body with a long name ("the 9th session of the Kenya-Uganda Joint
/// Permanent Commission on Defence") is a meeting of the countries its name pairs.
#[test]
fn a_session_of_a_long_named_joint_commission_is_a_meeting() {
    let a = run_dated(
        "Report.\n\nThe 9th session of the Kenya-Uganda Joint Permanent Commission for Defence Affairs \
         opened in Mombasa on Monday.\n",
        "2024-03-10",
    );
    assert_eq!(participants(&a, "meeting"), vec!["Kenya", "Uganda"], "{:#?}", a.events);
}

/// "S'est tenue" is a past form: a session held "lundi", told on a Sunday, took place six days
/// before, not the next day.
#[test]
fn a_session_held_on_monday_is_past() {
    let a = run_dated(
        "Rapport.\n\nLa session de la commission mixte franco-malienne s'est tenue lundi à Bamako.\n",
        "2024-03-10",
    );
    let ev = a.events.iter().find(|e| format!("{:?}", e.kind) == "Meeting").expect("a meeting");
    assert_eq!(ev.start.as_deref(), Some("2024-03-04"), "{:#?}", a.events);
}

/// The unknown town opening a wire dateline ("KORVOLA, 12 MAY (Agency) - …") is a place, and the
/// lead's event with no place of its own happens there.
#[test]
fn an_unknown_town_of_a_dateline_places_the_lead() {
    let a = run_dated(
        "Talks on the border\n\nKORVOLA, 12 MAY (NAMPA) - Zambia and Malawi held border talks here on \
         Thursday.\n",
        "2024-05-12",
    );
    let ev = a.events.iter().find(|e| format!("{:?}", e.kind) == "Meeting").expect("a meeting");
    let place =
        ev.place.as_ref().and_then(|p| a.entities.iter().find(|e| &e.id == p)).map(|e| e.name.as_str());
    assert_eq!(place, Some("KORVOLA"), "{:#?}", a.entities);
}

/// A foreign delegation told as present ("une délégation estrienne était également présente")
/// visits the country named last before it: it attends its host's event.
#[test]
fn a_delegation_told_present_visits_its_host() {
    let a = run(
        "Rapport.\n\nLe ministre nigérien a inauguré lundi un hôpital militaire à Niamey.\n\nUne délégation \
         algérienne, conduite par un général, était également présente.\n",
    );
    assert_eq!(participants(&a, "visit"), ["Algérie", "Niger"], "{:#?}", a.events);
}

/// A trip told as come back from several countries is one visit per country, and the hosts met
/// at each stop, named bare after "In <country>,", belong to that country.
#[test]
fn a_trip_come_back_from_is_one_visit_per_stop() {
    let a = run("The Armed Forces Minister has returned from Peru, Ecuador and Panama, where he held \
                 talks on training.\n\nIn Peru, the minister met with Defence Minister Tomas Urrutia \
                 and navy officers.\n");
    let visits: Vec<_> = a.events.iter().filter(|e| e.kind.as_str() == "visit").collect();
    assert_eq!(visits.len(), 3, "{:?}", a.events);
    assert!(!has(&a, "cooperation", "Peru", "Ecuador"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Tomas Urrutia", "Peru"), "{:?}", relations(&a));
    // (the host met at one stop takes part in that stop's visit only)
    let urrutia = a.entities.iter().find(|e| e.name == "Tomas Urrutia").map(|e| e.id.clone());
    let with_him = visits.iter().filter(|v| urrutia.as_ref().is_some_and(|u| v.participants.contains(u)));
    assert_eq!(with_him.count(), 1, "{:?}", a.events);
}

/// "Les parties" of a story whose lead lists three countries are those three, and fighting a
/// trade together keeps them partners.
#[test]
fn the_parties_of_a_story_of_three_countries_are_those_three() {
    let a = run("Le Chili, la Bolivie et le Paraguay lutteront ensemble contre la contrebande\n\n\
                 Le ministre chilien de la Défense, Tomas Urrutia, a dirigé la réunion, au cours \
                 de laquelle les parties se sont engagées à partager leurs renseignements.\n");
    assert_eq!(participants(&a, "meeting").len(), 4, "{:?}", a.events);
    assert!(has(&a, "cooperation", "Bolivie", "Paraguay"), "{:?}", relations(&a));
}

/// A reception whose guest is named after a long lowercase title ("the navy commander-in-chief of
/// Estria, X") is an encounter; "X also met with Y" after it, with a person the first lacks, is a
/// second one.
#[test]
fn a_reception_and_an_also_met_are_two_encounters() {
    let a = run_dated(
        "Talks in Amman\n\nJordan's prime minister received the navy commander-in-chief of Oman, \
         Salim Al-Harthi, in Amman on Monday, where both sides discussed border security. Al-Harthi \
         also met with the Jordanian Minister of Defence, Faris Qudah, at the ministry.",
        "2023-03-14",
    );
    let encounters = a.events.iter().filter(|e| matches!(e.kind.as_str(), "visit" | "meeting")).count();
    assert_eq!(encounters, 2, "{:#?}", a.events);
}
