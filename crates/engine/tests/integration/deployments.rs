//! Forces sent abroad by one side: a deployment needs no named host when its destination is a
//! place of another country or a sea or region of none.

use crate::util::{has, participants, relations, run, run_dated};

/// Warships sent to a region of no country make a deployment of their sender alone.
#[test]
fn ships_sent_to_a_region_are_deployed_with_no_host_named() {
    let a = run_dated(
        "Norway said it would send two frigates to the Indo-Pacific in the coming weeks.",
        "2024-05-02",
    );
    assert_eq!(participants(&a, "deployment"), ["Norway"]);
    let a = run_dated("La Suède enverra deux corvettes dans l'Indopacifique cet été.", "2024-05-02");
    assert_eq!(participants(&a, "deployment"), ["Suède"]);
}

/// A town of the sender's own country, or a capitalised word read as a place by context alone, is
/// no destination abroad.
#[test]
fn ships_sent_home_make_no_deployment() {
    let a = run_dated("Norway said it would send two frigates to Bergen in the coming weeks.", "2024-05-02");
    assert!(a.events.is_empty(), "{:?}", a.events);
}

/// A military training or peacekeeping mission set up in a country is a deployment of its owner
/// there; a fact-finding mission is no force sent, and a training mission is no exercise.
#[test]
fn a_training_mission_in_a_country_is_a_deployment() {
    let a = run_dated(
        "The European Union launched a military training mission in Mozambique on Tuesday.",
        "2021-11-04",
    );
    assert_eq!(participants(&a, "deployment"), ["EU", "Mozambique"]);
    assert!(a.events.iter().all(|e| format!("{:?}", e.kind) != "Exercise"), "{:?}", a.events);
    let a =
        run_dated("L'Union européenne a lancé une mission de formation militaire au Niger.", "2021-11-04");
    assert_eq!(participants(&a, "deployment"), ["Niger", "UE"]);
    let a =
        run_dated("An African Union fact-finding mission will travel to Djibouti and Eritrea.", "2021-11-04");
    assert!(a.events.iter().all(|e| format!("{:?}", e.kind) != "Deployment"), "{:?}", a.events);
}

/// Warships or troops arriving in another country's port make a deployment there; a minister
/// arriving is a visitor, not forces.
#[test]
fn warships_docking_abroad_are_deployed() {
    let a = run_dated("Deux frégates de la marine turque ont accosté lundi au port de Tunis.", "2022-03-09");
    assert!(a.events.iter().any(|e| format!("{:?}", e.kind) == "Deployment"), "{:?}", a.events);
    let a = run_dated("Two Indian frigates arrived in Mauritius on Monday.", "2022-03-09");
    assert!(a.events.iter().any(|e| format!("{:?}", e.kind) == "Deployment"), "{:?}", a.events);
    let a =
        run_dated("The Indian defence minister arrived in Port Louis, Mauritius, on Monday.", "2022-03-09");
    assert!(a.events.iter().all(|e| format!("{:?}", e.kind) != "Deployment"), "{:?}", a.events);
}

/// Troops a country keeps in another ("maintains troops in", "maintient des troupes en") are
/// deployed there; troops kept on alert at home are not.
#[test]
fn troops_kept_in_another_country_are_deployed() {
    let a = run("Tensions rise. Kenya maintains some 4,000 troops in Somalia, the report said.");
    assert_eq!(participants(&a, "deployment"), ["Kenya", "Somalia"]);
    let a = run("Les tensions montent. Le Kenya maintient des troupes en Somalie depuis 2011.");
    assert_eq!(participants(&a, "deployment"), ["Kenya", "Somalie"]);
    let a = run("Tensions rise. Kenya kept its troops on alert near Nairobi.");
    assert!(a.events.is_empty(), "{:?}", a.events);
}

/// A country's troops told as being in, entering or bound for another country are deployed there,
/// with no word of deployment ("Dutch soldiers now serve in Ghana", "des militaires belges au
/// Togo"); the text says nothing of the two working together, so no cooperation is drawn.
#[test]
fn a_countrys_troops_in_another_are_deployed_there() {
    let a = run_dated("Around sixty Dutch soldiers now serve in Ghana, the ministry said.", "2024-05-02");
    assert_eq!(participants(&a, "deployment"), ["Ghana", "Netherlands"]);
    assert!(!relations(&a).iter().any(|(k, _, _)| k == "cooperation"), "{:?}", relations(&a));
    let a = run_dated(
        "Selon l'état-major, une trentaine de militaires belges se trouvent au Togo.",
        "2024-05-02",
    );
    assert_eq!(participants(&a, "deployment"), ["Belgique", "Togo"]);
    let a =
        run_dated("Soldiers from Myanmar have entered Thailand and must leave, Thailand said.", "2024-05-02");
    assert_eq!(participants(&a, "deployment"), ["Myanmar", "Thailand"]);
    assert!(!has(&a, "cooperation", "Thailand", "Myanmar") && !has(&a, "cooperation", "Myanmar", "Thailand"));
}

/// Troops at home, of no named country, or fighting (a clash, shots fired) make no deployment.
#[test]
fn troops_at_home_or_fighting_are_not_deployed() {
    let a = run_dated("Dutch soldiers paraded in Amsterdam on Saturday.", "2024-05-02");
    assert!(a.events.is_empty(), "{:?}", a.events);
    let a = run_dated("Peruvian and Chilean troops clashed in the Tacna region overnight.", "2024-05-02");
    assert!(a.events.iter().all(|e| format!("{:?}", e.kind) != "Deployment"), "{:?}", a.events);
    let a = run_dated(
        "Ecuador said Peruvian forces had fired at Ecuador's posts in the border area.",
        "2024-05-02",
    );
    assert!(a.events.iter().all(|e| format!("{:?}", e.kind) != "Deployment"), "{:?}", a.events);
}

/// Forces of different senders bound for one host are different deployments, though the host is a
/// party of both; a word of deployment that does not fit ("renforcer la mission") leaves the
/// troops' own reading.
#[test]
fn senders_to_one_host_deploy_apart() {
    let a = run_dated(
        "Une trentaine de soldats burundais sont arrivés dimanche à Bukavu, capitale du Sud-Kivu en RDC. \
         Des troupes tchadiennes et nigériennes sont encore attendues en RDC.",
        "2023-03-06",
    );
    let deployments = a.events.iter().filter(|e| e.kind.as_str() == "deployment").count();
    assert_eq!(deployments, 2, "{:?}", a.events);
    let a = run("Des soldats sénégalais et gambiens sont toujours attendus en Guinée-Bissau pour renforcer la mission.");
    assert_eq!(participants(&a, "deployment"), ["Gambie", "Guinée-Bissau", "Sénégal"]);
}

#[test]
fn forces_withdrawn_are_no_deployment() {
    let a = run("Les États-Unis ont annoncé le retrait de 3 000 soldats stationnés en Pologne.");
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "deployment"), "{:?}", a.events);
}

#[test]
fn a_presence_grown_or_a_battalion_installed_is_a_deployment() {
    let a = run("L'Union africaine va renforcer sa présence militaire en Somalie avec l'installation d'un \
                 bataillon kényan à Kismayo.");
    assert!(a.events.iter().any(|e| e.kind.as_str() == "deployment"), "{:?}", a.events);
    // a presence only told is none
    let a = run("La présence de la France au Tchad et au Niger est ancienne.");
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "deployment"), "{:?}", a.events);
}

/// Pilots, sailors or peacekeepers who arrive (in any tense) are forces deployed there.
#[test]
fn crews_that_arrive_are_deployed() {
    let a = run(
        "Renforts.\n\nDes pilotes belges arriveront la semaine prochaine en Pologne avec leurs avions.\n",
    );
    assert!(a.events.iter().any(|e| e.kind == trame_engine::EventType::Deployment), "{:?}", a.events);
    let a = run("Mission.\n\nSome 150 Ghanaian peacekeepers will arrive in Liberia next month.\n");
    assert!(a.events.iter().any(|e| e.kind == trame_engine::EventType::Deployment), "{:?}", a.events);
}

/// Equipment sent to a country (armoured vehicles, tanks, drones) is a deployment, as troops are.
#[test]
fn equipment_sent_to_a_country_is_a_deployment() {
    let a = run("Aide.\n\nLa Belgique a confirmé mardi l'envoi de 40 véhicules blindés en Moldavie.\n");
    assert!(a.events.iter().any(|e| e.kind == trame_engine::EventType::Deployment), "{:?}", a.events);
    let a = run("Aid.\n\nNorway will send 30 armoured vehicles to Estonia next month.\n");
    assert!(a.events.iter().any(|e| e.kind == trame_engine::EventType::Deployment), "{:?}", a.events);
}

/// A deployment's one destination named right after its word is its place, not the town of a
/// ceremony at home; a list of destinations gives none.
#[test]
fn a_deployment_goes_to_the_destination_after_its_word() {
    let a = run("Chile's defence minister attended a ceremony in Santiago on Monday for the \
                 deployment to Bolivia of a medical contingent.");
    let ev = a.events.iter().find(|e| format!("{:?}", e.kind) == "Deployment").expect("a deployment");
    let place =
        ev.place.as_ref().and_then(|p| a.entities.iter().find(|e| &e.id == p)).map(|e| e.name.as_str());
    assert_eq!(place, Some("Bolivia"), "{:?}", a.events);
}

/// Forces growing their own presence in a country are deployed there ("les forces ougandaises
/// renforcent leur présence"), as a military presence grown is; the capital of the Emirates
/// in its common French spelling is a place standing for the country.
#[test]
fn forces_growing_their_presence_and_abou_dhabi() {
    let a = run("Dans l'est du Soudan du Sud, les forces kényanes renforcent leur présence.");
    assert!(a.events.iter().any(|e| format!("{:?}", e.kind) == "Deployment"), "{:?}", a.events);
    let a = run("La ministre sénégalaise est en visite officielle à Abou Dhabi depuis lundi.");
    assert!(
        !a.entities.iter().any(|e| e.name == "Abou Dhabi" && e.kind.as_str() == "person"),
        "{:?}",
        a.entities
    );
}

/// Forces of different countries told one after the other are different deployments: the
/// troops massed by one at a border do not join the troops another sends to an ally.
#[test]
fn deployments_of_different_countries_stay_apart() {
    let a = run("Des milliers de soldats russes sont déployés à la frontière géorgienne. Des militaires \
                 américains sont arrivés samedi en Roumanie.");
    for e in &a.events {
        let names: Vec<&str> = e
            .participants
            .iter()
            .filter_map(|id| a.entities.iter().find(|x| &x.id == id).map(|x| x.name.as_str()))
            .collect();
        assert!(!(names.contains(&"Russie") && names.contains(&"États-Unis")), "{names:?}");
    }
}

/// The noun of growing a presence ("the strengthening of X's military presence in Y", "le
/// renforcement de la présence militaire de X") tells forces sent, over an owner of several words.
#[test]
fn a_presence_strengthened_is_a_deployment() {
    let a = run("The reinforcement of the United Kingdom's military presence in Estonia went on in May.\n");
    assert_eq!(participants(&a, "deployment"), ["Estonia", "United Kingdom"]);
}

/// Troops that arrive are deployed, not visiting, even when a participle phrase stands between
/// them and the arrival ("a first detachment of X soldiers, sent by Y to reassure its allies,
/// arrived in Z").
#[test]
fn a_detachment_arriving_after_a_participle_phrase_is_deployed() {
    let a = run("Renforts.\n\nUn premier détachement de soldats allemands, envoyés par Berlin pour rassurer ses alliés, est arrivé en Lituanie.\n");
    assert!(a.events.iter().any(|e| e.kind == trame_engine::EventType::Deployment), "{:?}", a.events);
    assert!(!a.events.iter().any(|e| e.kind == trame_engine::EventType::Visit), "{:?}", a.events);
}

/// Troops a country hosts are stationed there, not visiting ("already hosts Estrian forces",
/// "accueille déjà 500 soldats"); a capitalised body after the verb is a visitor ("hosted the
/// Estrian Armed Forces Commander"). The name of a text spelled by its acronym ("the Visiting
/// Forces Agreement (VFA)") is no organization.
#[test]
fn hosted_troops_are_no_visit_and_a_pacts_acronym_no_body() {
    let a = run("Bases.\n\nNorway already hosts Dutch forces under the Visiting Forces Agreement (VFA) signed in 2011.\n");
    assert!(!a.events.iter().any(|e| e.kind == trame_engine::EventType::Visit), "{:?}", a.events);
    assert!(!a.entities.iter().any(|e| e.name.contains("Agreement")), "{:?}", a.entities);
    let b = run("Bases.\n\nLa Pologne accueille déjà 500 soldats canadiens.\n");
    assert!(!b.events.iter().any(|e| e.kind == trame_engine::EventType::Visit), "{:?}", b.events);
    let c = run("Talks.\n\nThe Tonga Defence Services hosted the Fiji Military Forces Commander on Monday for talks.\n");
    assert!(!c.events.is_empty(), "{:?}", c.events);
}

/// Trainers of one country training another's forces were sent there: "des instructeurs
/// militaires estoniens entraînent l'armée géorgienne", "Estonian advisers have been training the
/// Georgian army" are deployments; the same verbs without trainers ("la crise entraîne des
/// tensions", "forment une alliance") tell nothing.
#[test]
fn trainers_at_work_abroad_are_deployed() {
    let a = run("Coopération.\n\nDes instructeurs militaires estoniens entraînent l'armée géorgienne.\n");
    assert!(a.events.iter().any(|e| e.kind == trame_engine::EventType::Deployment), "{:?}", a.events);
    let b = run("Aid.\n\nEstonian military advisers have been training the Georgian army for years.\n");
    assert!(b.events.iter().any(|e| e.kind == trame_engine::EventType::Deployment), "{:?}", b.events);
    let c = run("Crise.\n\nLa crise entraîne des tensions entre l'Estonie et la Géorgie. Les deux pays forment une alliance.\n");
    assert!(!c.events.iter().any(|e| e.kind == trame_engine::EventType::Deployment), "{:?}", c.events);
}

/// The side a deployment is sent to help receives it ("sent two frigates to the Baltic to bolster
/// the eastern flank of NATO", "pour soutenir l'Otan"); a compound of a side ("in support of the
/// X-led war") is no side helped. Warships ("navires de guerre") are no war: the destination
/// after them is still the deployment's.
#[test]
fn the_side_a_deployment_helps_receives_it() {
    let a = run("Renforts.\n\nLa Norvège a déployé deux frégates en mer du Nord pour renforcer le flanc nord de l'Otan.\n");
    let parts = participants(&a, "deployment");
    assert!(parts.iter().any(|p| p.contains("Otan") || p.contains("Alliance atlantique")), "{parts:?}");
    let b = run("Renforts.\n\nLa Norvège a déployé deux navires de guerre en Lettonie.\n");
    assert_eq!(participants(&b, "deployment"), vec!["Lettonie", "Norvège"], "{:?}", b.events);
}

/// Troops entering a country to help it are deployed there; troops that merely enter are deployed
/// too, but as no partners of the country entered; an accord entering into force is no deployment.
#[test]
fn troops_entering_to_help_are_deployed() {
    let a = run("Rwandan troops entered Mozambique in July to support the government's forces.");
    let parts = participants(&a, "deployment");
    assert!(parts.iter().any(|p| p == "Rwanda") && parts.iter().any(|p| p == "Mozambique"), "{parts:?}");
    let a = run("Estonian troops entered Latvia in July.");
    assert_eq!(participants(&a, "deployment"), ["Estonia", "Latvia"]);
    assert!(relations(&a).iter().all(|(k, _, _)| k != "cooperation"), "{:?}", relations(&a));
    let a = run("The accord entered into force in July.");
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "deployment"), "{:?}", a.events);
}

/// Forces that come from a country's service are not where the event is; the country owning the
/// base they arrive at is.
#[test]
fn the_owner_of_the_base_is_where_forces_arrive() {
    let a = run_dated(
        "Units from the Kenyan Air Force have arrived in Uganda's Entebbe air base for a joint air \
         exercise with the Ugandan Air Force.",
        "2024-05-02",
    );
    let ex = a.events.iter().find(|e| format!("{:?}", e.kind) == "Exercise").expect("an exercise");
    let place = a.entities.iter().find(|e| Some(&e.id) == ex.place.as_ref()).map(|e| e.name.as_str());
    assert_eq!(place, Some("Uganda"), "{:?}", a.events);
}

/// A company named for its task ("une compagnie de manœuvre") is a unit sent, not drills; a
/// capitalised cue word inside a body's name ("Battle Group") voices no hostility, so the
/// deployment keeps its parties.
#[test]
fn a_unit_named_for_its_task_is_deployed_not_drilled() {
    let a = run_dated(
        "Déploiement.\n\nLe Portugal enverra une compagnie de manœuvre de 180 hommes en Roumanie de mars \
         à juin, au sein du Battle Group français.\n",
        "2025-01-10",
    );
    let kinds: Vec<String> = a.events.iter().map(|e| format!("{:?}", e.kind)).collect();
    assert_eq!(kinds, ["Deployment"], "{:?}", a.events);
    assert!(participants(&a, "deployment").contains(&"Portugal".to_string()));
    assert!(participants(&a, "deployment").contains(&"Roumanie".to_string()));
    assert!(!relations(&a).iter().any(|r| r.0 == "opposition"), "{:?}", relations(&a));
}

/// A detachment that lands with its aircraft at a base abroad is deployed there, on the day told;
/// a base named after its town ("Harwick Air Base") is one place, in the town's country.
#[test]
fn a_detachment_landing_at_a_base_abroad_is_deployed() {
    let a = run_dated(
        "Air policing.\n\nOn March 3 a Norwegian Air Force unit and its four fighter jets landed at \
         Ämari Air Base in Estonia to guard the Baltic skies.\n",
        "2024-03-04",
    );
    assert_eq!(participants(&a, "deployment"), ["Estonia", "Norway", "Norwegian Air Force"]);
    assert_eq!(a.events[0].start.as_deref(), Some("2024-03-03"));
    let places: Vec<&str> =
        a.entities.iter().filter(|e| e.kind.as_str() == "place").map(|e| e.name.as_str()).collect();
    assert_eq!(places, ["Ämari Air Base"]);
}

/// "the three countries" counts the sides the sentence before named: troops "from the three
/// countries" deployed together are theirs.
#[test]
fn the_n_countries_stand_for_the_countries_named_before() {
    let a = run_dated(
        "Border sweep.\n\nNiger said its army had held dozens of people during a sweep near the \
         frontiers it shares with Benin and Nigeria last month. From 3 to 9 May, some 2,000 soldiers from the three \
         countries were deployed against armed groups, the army said.\n",
        "2024-06-02",
    );
    assert_eq!(participants(&a, "deployment"), ["Benin", "Niger", "Nigeria"]);
}

/// Troops that arrive back home open no event; "the soldiers" deployed in the next sentence are
/// the ones just named with their side, who make the deployment, dated by its own words.
#[test]
fn troops_back_home_and_the_soldiers_deployed_before() {
    let a = run_dated(
        "Contingent returns\n\nForty Tongan soldiers arrived safely home on Monday.\n\nThe soldiers \
         were deployed to Vanuatu two months ago to help after the cyclone.",
        "2024-05-20",
    );
    assert_eq!(a.events.len(), 1, "{:?}", a.events);
    assert_eq!(participants(&a, "deployment"), ["Tonga", "Vanuatu"]);
    assert_eq!(a.events[0].start.as_deref(), Some("2024-03"), "{:?}", a.events);
}

/// Ships listed by name between their class word and the verb ("Coast Guard vessels, KV Alpha,
/// KV Beta and the Y cutter YNS Gamma arrived in Z for the drill") are sent to the drill: a
/// deployment, not a visit.
#[test]
fn listed_ships_arriving_for_a_drill_are_deployed() {
    let a = run_dated(
        "Report.\n\nKenyan Coast Guard vessels, KCGS Simba, KCGS Tembo and, Tanzania Navy, TNS Kilima \
         arrived in Mozambique for the exercise.\n",
        "2024-05-12",
    );
    assert!(a.events.iter().any(|e| format!("{:?}", e.kind) == "Deployment"), "{:#?}", a.events);
    assert!(!a.events.iter().any(|e| format!("{:?}", e.kind) == "Visit"), "{:#?}", a.events);
}

/// Troops one side of a story's pair sent to a place of no known country are that side's alone:
/// the pair's other side takes no part.
#[test]
fn troops_sent_elsewhere_leave_the_pair_out() {
    let a =
        run("Peru's army chief visited Bolivia on Thursday. Peru and Bolivia signed a training pact.\n\n\
                 Bolivia, for its part, has dispatched 800 soldiers to Cabo Delgado to help fight \
                 smugglers.\n");
    let deployment = participants(&a, "deployment");
    assert_eq!(deployment, ["Bolivia"], "{:?}", a.events);
}

/// Police sent abroad are forces sent: their arrival is a deployment, not a visit.
#[test]
fn police_arriving_abroad_are_deployed() {
    let a = run_dated("Two hundred Kenyan police officers arrived in Haiti on Monday.", "2024-09-13");
    assert!(a.events.iter().any(|e| e.kind.as_str() == "deployment"), "{:?}", a.events);
}

/// "Battle" in "the NATO battle group", like "combat" in "avions de combat", names a kind of unit,
/// not a fight: the group's deployment is one, and the countries that joined it are not opposed.
#[test]
fn a_battle_group_is_a_unit_not_a_fight() {
    let a = run_dated(
        "Allies in Estonia\n\nTroops from Denmark and Iceland have joined the NATO battle group in Estonia. \
         The NATO battle group was deployed in Estonia in March 2018.",
        "2023-05-24",
    );
    assert!(!relations(&a).iter().any(|(k, _, _)| k == "opposition"), "{:?}", relations(&a));
    assert!(a.events.iter().any(|e| e.kind.as_str() == "deployment"), "{:#?}", a.events);
}

/// Troops sent "along its border with A, B and C" guard the sender's own side: the neighbours are
/// no parties, whichever place they hold in the list, nor the group "the two nations" stands for.
#[test]
fn neighbours_listed_after_a_border_take_no_part() {
    let a = run(
        "Chile Sends Troops to Its Borders\n\nChile has deployed 3,000 troops along its border with Peru, \
         Bolivia and Argentina to fight smuggling.\n\nOn 3 May, Chile's defence minister signed a \
         memorandum with his Bolivian colleague in Sucre to plan joint operations along the frontier \
         the two nations share, next year.",
    );
    assert!(!has(&a, "cooperation", "Chile", "Peru"), "{:?}", relations(&a));
    assert!(!has(&a, "cooperation", "Chile", "Argentina"), "{:?}", relations(&a));
    assert!(!has(&a, "cooperation", "Peru", "Bolivia"), "{:?}", relations(&a));
}
