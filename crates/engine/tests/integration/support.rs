//! Who backs whom: support read from verbs, nouns, participles, supplies, purchases and thanks,
//! with its direction (fixtures written for these tests).

use crate::util::{find, has, participants, relations, run, run_dated};

#[test]
fn nominal_and_passive_support_name_the_backer_after() {
    let a = run("Le Bénin, avec le soutien de la France, a renforcé ses postes au nord.");
    assert!(has(&a, "support", "France", "Bénin"), "{:?}", relations(&a));
    assert!(!has(&a, "support", "Bénin", "France"), "{:?}", relations(&a));
    let a = run("Somalia, backed by Turkey, rebuilt its navy last year.");
    assert!(has(&a, "support", "Türkiye", "Somalia"), "{:?}", relations(&a));
}

#[test]
fn a_supplier_backs_the_receiver() {
    let a = run("Le Portugal livrera des blindés au Mozambique le mois prochain.");
    assert!(has(&a, "support", "Portugal", "Mozambique"), "{:?}", relations(&a));
    let a = run("Ghana strengthened its ties with Nigeria, citing the supply of drones to Mali.");
    assert!(has(&a, "support", "Ghana", "Mali"), "{:?}", relations(&a));
    assert!(!has(&a, "support", "Nigeria", "Mali"), "{:?}", relations(&a));
}

#[test]
fn a_seller_backs_the_buyer() {
    let a =
        run("Le Tchad achète depuis deux ans des blindés, des radars et des drones auprès de la Turquie.");
    assert!(has(&a, "support", "Turquie", "Tchad"), "{:?}", relations(&a));
    let a = run("Estonia purchased six rocket launchers from the United States in 2022.");
    assert!(has(&a, "support", "United States", "Estonia"), "{:?}", relations(&a));
    // "a" is an article in English, not a seller mark
    let a =
        run("The Peruvian group said on Monday that it had bought a Chilean newspaper with its partners.");
    assert!(!relations(&a).iter().any(|(k, _, _)| k == "support"), "{:?}", relations(&a));
}

#[test]
fn a_backed_group_is_backed_by_the_name_before_the_hyphen_or_after_par() {
    let a = run("The Uganda-backed M23 fighters crossed the border on Friday.");
    assert!(has(&a, "support", "Uganda", "M23"), "{:?}", relations(&a));
    let a = run("Les combattants du M23, appuyés par l'Ouganda selon les experts, ont avancé vers Bukavu.");
    assert!(has(&a, "support", "Ouganda", "M23"), "{:?}", relations(&a));
    // the compound modifies a common noun: no one is backed
    let a = run("Poland answered the Belarus-backed operations against Lithuania with new patrols.");
    assert!(!relations(&a).iter().any(|(k, _, _)| k == "support"), "{:?}", relations(&a));
}

#[test]
fn a_passive_supply_names_its_supplier_after_par() {
    let a = run("Les patrouilleurs offerts au Bénin par le Japon sont arrivés à Cotonou mardi.");
    assert!(has(&a, "support", "Japon", "Bénin"), "{:?}", relations(&a));
    let a = run("Ghana, at odds with Togo for months over the border, closed its crossings.");
    assert!(has(&a, "opposition", "Ghana", "Togo"), "{:?}", relations(&a));
}

/// A participle after "have" or alone is an active verb's past: the subject backs its object. A
/// participle that is no verb of backing ("the Armed Forces") backs no one.
#[test]
fn an_active_participle_backs_its_object() {
    let a = run("Le Japon a aidé financièrement le Bénin et envoyé des formateurs.");
    assert!(has(&a, "support", "Japon", "Bénin"), "{:?}", relations(&a));
    let a = run("Norway helped Latvia rebuild its coast guard last year.");
    assert!(has(&a, "support", "Norway", "Latvia"), "{:?}", relations(&a));
    let a = run("The Spanish Navy, working beside the Armed Forces of Morocco, patrolled the strait.");
    assert!(relations(&a).iter().all(|(k, _, _)| k != "support"), "{:?}", relations(&a));
}

/// Thanks for help name the helper as the object: it backs the thanker's side; thanks for
/// anything else are no support.
#[test]
fn thanks_for_support_name_the_backer() {
    let a = run("Kenya's navy chief thanked Norway for its support to the coast guard on Monday.");
    assert!(has(&a, "support", "Norway", "Kenya"), "{:?}", relations(&a));
    let a = run("Le ministre sénégalais a remercié le Canada pour son aide aux garde-côtes.");
    assert!(has(&a, "support", "Canada", "Sénégal"), "{:?}", relations(&a));
    let a = run("Kenya's navy chief thanked Norway for the invitation to the summit.");
    assert!(relations(&a).iter().all(|(k, _, _)| k != "support"), "{:?}", relations(&a));
}

/// A backing noun's agent after "par"/"by", and the backed side after "à"/"to" right after the
/// backer; a verb "a" after the backer is no "à".
#[test]
fn a_backing_noun_names_its_backer_and_the_backed_after_it() {
    let a = run("Le président a salué le soutien apporté par l'Italie à l'armée tunisienne.");
    assert!(has(&a, "support", "Italie", "Tunisie"), "{:?}", relations(&a));
    let a = run("La Lettonie, forte du soutien de l'Otan, a intercepté des drones russes.");
    assert!(relations(&a).iter().all(|(k, _, t)| !(k == "support" && t == "Russie")), "{:?}", relations(&a));
}

/// Adjectives may stand between a backing noun and its agent: "un appui logistique décisif de X".
#[test]
fn adjectives_between_a_backing_noun_and_its_agent() {
    let a = run(
        "Le Laos a organisé des manœuvres qui ont reçu mardi un appui logistique décisif de la Thaïlande.",
    );
    assert!(has(&a, "support", "Thaïlande", "Laos"), "{:?}", relations(&a));
}

/// Forces sent to a country to help (peacekeepers, reinforcements) back that country; forces
/// sent for a drill do not.
#[test]
fn forces_sent_to_help_a_country_back_it() {
    let a = run(
        "Mission.\n\nLe Sénégal a déployé lundi 300 soldats en Gambie pour soutenir l'armée gambienne.\n",
    );
    assert!(has(&a, "support", "Sénégal", "Gambie"), "{:?}", relations(&a));
    let a = run("Mission.\n\nGhana deployed 200 peacekeepers in Liberia on Monday.\n");
    assert!(has(&a, "support", "Ghana", "Liberia"), "{:?}", relations(&a));
    let a = run("Drill.\n\nGhana deployed 200 soldiers in Liberia on Monday for a joint exercise.\n");
    assert!(!has(&a, "support", "Ghana", "Liberia"), "{:?}", relations(&a));
}

/// Forces sent "to support" a named actor back that actor, not the country they go to, and the
/// country they go to backs no one.
#[test]
fn forces_sent_to_support_a_named_actor_back_it() {
    let a = run("Chile sent 200 soldiers to Haiti to support the United Nations mission.");
    assert!(has(&a, "support", "Chile", "U.N."), "{:?}", relations(&a));
    assert!(!relations(&a).iter().any(|(k, s, _)| k == "support" && s == "Haiti"), "{:?}", relations(&a));
}

/// A backing noun in apposition right after a side, without a determiner ("la Turquie soutien de
/// Bakou"), names that side the backer of its complement, not the reverse.
#[test]
fn a_backing_noun_in_apposition_backs_its_complement() {
    let a = run("Un conflit pourrait impliquer l'Iran soutien de Damas et d'autres pays.\n");
    assert!(has(&a, "support", "Iran", "Syrie"), "{:?}", relations(&a));
    assert!(!has(&a, "support", "Syrie", "Iran"), "{:?}", relations(&a));
}

/// Goods received from a country ("a reçu des drones de X", "received a batch of helicopters
/// from Y") are backing from the giver, read as a purchase; the verb then tells no visit.
#[test]
fn goods_received_are_backing_from_the_giver() {
    let a = run("Le Niger a reçu jeudi un lot de drones armés de la Turquie.\n");
    assert!(has(&a, "support", "Turquie", "Niger"), "{:?}", relations(&a));
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "visit"), "{:?}", a.events);
    let a = run("Chad received a batch of armoured vehicles from the United Arab Emirates.\n");
    assert!(has(&a, "support", "United Arab Emirates", "Chad"), "{:?}", relations(&a));
}

/// Military goods sent ("sent armoured vehicles to Y", "a envoyé des munitions en Y") are a
/// supply: the sender backs the receiver; troops sent are a deployment, no supply.
#[test]
fn goods_sent_are_a_supply() {
    let a = run("Kenya sent armoured vehicles to Somalia in May.\n");
    assert!(has(&a, "support", "Kenya", "Somalia"), "{:?}", relations(&a));
    let a = run("Le Maroc a envoyé des munitions en Mauritanie.\n");
    assert!(has(&a, "support", "Maroc", "Mauritanie"), "{:?}", relations(&a));
    let a = run("Kenya sent 300 troops to Somalia in May.\n");
    assert!(!has(&a, "support", "Kenya", "Somalia"), "{:?}", relations(&a));
}

/// A partitive "du"/"de" after a verb of supply ("a remis du matériel au X") names goods, not the
/// supplier: the subject backs the receiver; "fait don de … aux forces X" is a supply too.
#[test]
fn a_partitive_after_a_supply_verb_is_no_supplier() {
    let a = run("Aide.\n\nLes Pays-Bas ont remis du matériel au Ghana.\n");
    assert!(has(&a, "support", "Pays-Bas", "Ghana"), "{:?}", relations(&a));
    let b = run("Aide.\n\nLe Japon a fait don de véhicules militaires aux forces armées ghanéennes.\n");
    assert!(has(&b, "support", "Japon", "Ghana"), "{:?}", relations(&b));
}

/// The one backed may be an armed group with no country ("aider les rebelles du M23"), and the
/// backer is the subject of the cue's clause, never a name a preposition governs ("sends troops
/// to X to support Y" is the sender backing Y).
#[test]
fn an_armed_group_can_be_backed_by_the_clause_subject() {
    let a = run("Aide.\n\nLe Burundi continue, selon le rapport, d'aider les rebelles du M23.\n");
    assert!(has(&a, "support", "Burundi", "M23"), "{:?}", relations(&a));
    let b = run("Help.\n\nChile sends engineers to Bolivia to support the UN mission there.\n");
    assert!(has(&b, "support", "Chile", "U.N."), "{:?}", relations(&b));
    assert!(!has(&b, "support", "Bolivia", "U.N."), "{:?}", relations(&b));
}

/// "Officials in <capital>" speak for that government: their words of backing are the country's.
#[test]
fn officials_in_a_capital_speak_for_its_government() {
    let a = run("Backing.\n\nOfficials in Ottawa on Monday voiced firm support for Estonia.\n");
    assert!(has(&a, "support", "Canada", "Estonia"), "{:?}", relations(&a));
}

/// An international body that hands equipment to a country's forces backs that country
/// ("l'Union africaine a remis des véhicules aux forces armées de X").
#[test]
fn a_body_can_supply_a_country() {
    let a = run("Don.\n\nL'Union africaine a remis douze véhicules aux forces armées du Niger.\n");
    assert!(
        relations(&a)
            .iter()
            .any(|(k, s, t)| k == "support" && (s == "UA" || s.contains("africaine")) && t == "Niger"),
        "{:?}",
        relations(&a)
    );
}

/// A nationality adjective qualifies the group named after it: "aider les rebelles rwandais du
/// M23" backs the group, not the country of the adjective.
#[test]
fn a_nationality_adjective_qualifies_the_group_backed() {
    let a = run("Aide.\n\nLe Burundi continue d'aider les rebelles rwandais du M23.\n");
    assert!(has(&a, "support", "Burundi", "M23"), "{:?}", relations(&a));
    assert!(!has(&a, "support", "Burundi", "Rwanda"), "{:?}", relations(&a));
}

/// Forces sent at a side's request support that side, the request told in its own sentence of
/// sending; forces sent to a city of another country make that country the deployment's host.
#[test]
fn forces_sent_at_a_request_support_who_asked() {
    let a = run_dated(
        "Rwanda deployed 300 soldiers to Bangui on Monday.\n\nThey were sent at the request of the Central \
         African Republic's president.",
        "2024-02-07",
    );
    assert!(has(&a, "support", "Rwanda", "Central African Republic"), "{:?}", relations(&a));
    let hosts = participants(&a, "deployment");
    assert!(hosts.iter().any(|p| p == "Central African Republic"), "{hosts:?}");
}

/// A supply's receiver may stand past the goods and their worth ("donated eleven trucks worth
/// four million dollars to X").
#[test]
fn a_donation_reaches_its_receiver_past_its_worth() {
    let a = run("Japan donated eleven new military utility trucks worth four million US dollars to the \
                 Philippine Army.");
    assert!(has(&a, "support", "Japan", "Philippines"), "{:?}", relations(&a));
}

/// An English verb of supply with the receiver as its first object ("will offer X training",
/// "offered X two boats") backs X; a list of things carried names no receiver.
#[test]
fn a_supply_to_a_first_object_backs_it() {
    let a = run("Under the plan, Chile will offer Bolivia training and spare parts.");
    assert!(has(&a, "support", "Chile", "Bolivia"), "{:?}", relations(&a));
    let a = run("Two Chilean planes transported Bolivian and Peruvian personnel to the base.");
    assert!(!has(&a, "support", "Chile", "Bolivia"), "{:?}", relations(&a));
}

/// A gift told in the passive with no giver continues the supplies told before it; a donation
/// names its giver after "by", before the receiver too.
#[test]
fn a_passive_gift_continues_the_giver_told_before() {
    let a = run("Japan delivered a radar to Fiji on Monday. An earlier radar was gifted to Samoa in 2021.");
    assert!(has(&a, "support", "Japan", "Samoa"), "{:?}", relations(&a));
    let a = run("The donation of ambulances by Morocco to Niger was welcomed in Niamey.");
    assert!(has(&a, "support", "Morocco", "Niger"), "{:?}", relations(&a));
}

/// Training another side's troops backs it, in both languages; "forming" an alliance trains no
/// one.
#[test]
fn training_troops_backs_their_side() {
    let a = run("Les instructeurs belges ont formé 80 soldats béninois au déminage.");
    assert!(has(&a, "support", "Belgique", "Bénin"), "{:?}", relations(&a));
    let a = run("Egypt trained Sudanese soldiers at a camp near the border in March.");
    assert!(has(&a, "support", "Egypt", "Sudan"), "{:?}", relations(&a));
    let a = run("Le Tchad et le Niger forment une alliance contre les groupes armés.");
    assert!(!relations(&a).iter().any(|(k, _, _)| k == "support"), "{:?}", relations(&a));
}

/// Handing military goods over is a supply: the one who hands them backs the one who receives.
#[test]
fn handing_over_goods_is_a_supply() {
    let a = run("Norway handed over two patrol boats to the Ghanaian Navy in Tema on Friday.");
    assert!(has(&a, "support", "Norway", "Ghana"), "{:?}", relations(&a));
    let a = run("Le Japon a remis jeudi trois vedettes rapides à la marine sénégalaise.");
    assert!(has(&a, "support", "Japon", "Sénégal"), "{:?}", relations(&a));
    let a = run("Norway handed over a letter of protest to the Ghanaian envoy.");
    assert!(!has(&a, "support", "Norway", "Ghana"), "{:?}", relations(&a));
}

/// Backers coordinated after a nominal cue all back ("l'aide du Japon et de la Corée"); a mutual
/// defence pact makes each party back the other.
#[test]
fn coordinated_backers_and_mutual_defence() {
    let a = run("Le Bénin compte sur l'aide du Japon et de la Corée du Sud pour ses garde-côtes.");
    assert!(has(&a, "support", "Japon", "Bénin"), "{:?}", relations(&a));
    assert!(has(&a, "support", "Corée du Sud", "Bénin"), "{:?}", relations(&a));
    let a = run("Qatar and Oman signed a mutual defence treaty in Doha on Sunday.");
    assert!(has(&a, "support", "Qatar", "Oman"), "{:?}", relations(&a));
    assert!(has(&a, "support", "Oman", "Qatar"), "{:?}", relations(&a));
}

/// Goods handed over in the passive with their giver after the receiver ("handed over to X from
/// Y"), and goods delivered "for" a receiver, back the receiver.
#[test]
fn passive_handovers_and_goods_for_a_receiver() {
    let a = run("Aid including trucks and radios were handed over last week to the Ghana Army from Japan.");
    assert!(has(&a, "support", "Japan", "Ghana"), "{:?}", relations(&a));
    let a = run("Norway also delivered equipment for the Malian gendarmerie.");
    assert!(has(&a, "support", "Norway", "Mali"), "{:?}", relations(&a));
}

/// Troops of one side trained in another country are backed by that country ("soldiers of Y to
/// be trained in X", "partiront en formation en X"); a person trained abroad is no one's support.
#[test]
fn troops_trained_abroad_are_backed_by_the_host() {
    let a = run("Une trentaine de soldats de l'armée nigérienne partiront en stage de formation en \
                 Turquie au printemps.");
    assert!(has(&a, "support", "Turquie", "Niger"), "{:?}", relations(&a));
    let a = run("Dozens of Paraguayan soldiers will be trained in Brazil under the new plan.");
    assert!(has(&a, "support", "Brazil", "Paraguay"), "{:?}", relations(&a));
    let a = run("Colonel Ivo Tamm of Paraguay, trained in Brazil, spoke on Monday.");
    assert!(!has(&a, "support", "Brazil", "Paraguay"), "{:?}", relations(&a));
}

/// Ships, radars and spare parts handed over or presented to another side are a supply; the
/// giver backs the receiver.
#[test]
fn ships_and_parts_presented_are_a_supply() {
    let a = run("Chile's navy chief handed over two ships to Ecuador at a ceremony on Friday.");
    assert!(has(&a, "support", "Chile", "Ecuador"), "{:?}", relations(&a));
    let a =
        run("As a sign of Peru's goodwill, the general presented radar spares to the Bolivian Air Force.");
    assert!(has(&a, "support", "Peru", "Bolivia"), "{:?}", relations(&a));
}

/// Equipping another side's forces with military goods ("a doté l'armée de Y de blindés",
/// "equipped Y's army with trucks") is a supply: the subject backs the object's side.
#[test]
fn equipping_another_army_is_a_supply() {
    let a = run("Le Maroc a doté l'armée nigérienne de vingt véhicules tout-terrain.");
    assert!(has(&a, "support", "Maroc", "Niger"), "{:?}", relations(&a));
    let a = run("Japan equipped the Philippine navy with two radars last year.");
    assert!(has(&a, "support", "Japan", "Philippines"), "{:?}", relations(&a));
}

/// "le soutien de X à la force conjointe du Y": the backed may stand past the words of a body's
/// head; a body named with a participle of composition lists its members.
#[test]
fn support_to_a_joint_force_and_members_listed_by_a_participle() {
    let a = run("Il s'agit de confirmer l'appui des autorités marocaines à la force commune du G5 \
                 Sahel rassemblant le Tchad, le Niger et le Mali.");
    assert!(has(&a, "support", "Maroc", "G5 Sahel"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Niger", "G5 Sahel"), "{:?}", relations(&a));
}

/// Training another side's troops backs that side, in French with the infinitive or the future,
/// and with the troops' side named after their unit ("les commandos de la garde présidentielle
/// de Y").
#[test]
fn training_another_sides_units_backs_that_side() {
    let a = run("Le Portugal enverra des instructeurs pour entraîner les commandos de l'armée angolaise.");
    assert!(has(&a, "support", "Portugal", "Angola"), "{:?}", relations(&a));
    let a = run("Le Rwanda formera les soldats de l'armée centrafricaine dès mars.");
    assert!(has(&a, "support", "Rwanda", "République centrafricaine"), "{:?}", relations(&a));
}

/// Goods received with their giver as the agent of a verb of giving ("received … donated by Y"),
/// and thanks for a donation, make the giver the receiver's backer.
#[test]
fn goods_donated_by_a_side_and_thanks_for_a_gift_back_the_receiver() {
    let a = run("The Tongan navy received three patrol boats donated by Japan last week.");
    assert!(has(&a, "support", "Japan", "Tonga"), "{:?}", relations(&a));
    let a = run("Tonga's army chief thanked Australia for the generous donations.");
    assert!(has(&a, "support", "Australia", "Tonga"), "{:?}", relations(&a));
}

/// Goods received with their nationality ("drones de combat turcs", "Chinese armoured vehicles")
/// are supplied by that country, also when the day of the handover stands between the verb and
/// the goods; the goods received are no visit.
#[test]
fn goods_of_a_nationality_received_are_supplied_by_it() {
    let a =
        run_dated("L'armée du Niger a reçu le mardi 9 avril 2024 six drones d'attaque turcs.", "2024-04-10");
    assert!(has(&a, "support", "Turquie", "Niger"), "{:?}", relations(&a));
    assert!(a.events.iter().all(|e| format!("{:?}", e.kind) != "Visit"), "{:?}", a.events);
    let a = run("The Zambian army received twelve Chinese armoured vehicles on Monday.");
    assert!(has(&a, "support", "China", "Zambia"), "{:?}", relations(&a));
}

/// Goods transferred to another side back it ("transferred weapons to equip the X police", "a
/// transféré des armes à la police Y").
#[test]
fn goods_transferred_back_the_receiver() {
    let a = run("In June, Poland transferred rifles and radios to equip Moldova's border guards.");
    assert!(has(&a, "support", "Poland", "Moldova"), "{:?}", relations(&a));
    let a = run("La Pologne a transféré des fusils à la police moldave.");
    assert!(has(&a, "support", "Pologne", "Moldavie"), "{:?}", relations(&a));
}

/// Goods received from a coordinated list of sellers back the buyer from each ("de la Russie et de
/// la Turquie", "from X and Y"), and receiving aircraft or rifles is no visit; a drill word after
/// a participle of use ("destinés à l'entraînement", "designed for training") is no drill.
#[test]
fn goods_from_several_sellers_and_their_use() {
    let a = run("Le Niger a reçu cette semaine des hélicoptères venus de la Chine et de l'Égypte.");
    assert!(
        has(&a, "support", "Chine", "Niger") && has(&a, "support", "Égypte", "Niger"),
        "{:?}",
        relations(&a)
    );
    assert!(a.events.is_empty(), "{:?}", a.events);
    let a = run("Kenya received new rifles from Turkey and Italy.");
    assert!(has(&a, "support", "Italy", "Kenya"), "{:?}", relations(&a));
    for text in [
        "Le Mali a reçu des avions tchèques destinés à l'entraînement et des drones turcs.",
        "Kenya received Czech jets designed for training and Turkish drones.",
    ] {
        let a = run(text);
        assert!(a.events.iter().all(|e| e.kind.as_str() != "exercise"), "{text}: {:?}", a.events);
    }
}

/// Help asked of someone else ("a appelé les bailleurs à aider X", "urged donors
/// to support X") is that one's: a country named earlier in the clause backs no one.
#[test]
fn help_called_for_is_the_called_ones() {
    let a = run("Le ministre a dit craindre les groupes armés opérant sur le sol malien et a appelé les \
         bailleurs étrangers à continuer d'aider le Niger.");
    assert!(!relations(&a).iter().any(|(k, _, _)| k == "support"), "{:?}", relations(&a));
    let a = run("Estonia urged Finland to support Latvia with more patrol boats.");
    assert!(has(&a, "support", "Finland", "Latvia"), "{:?}", relations(&a));
    assert!(!has(&a, "support", "Estonia", "Latvia"), "{:?}", relations(&a));
}

/// Receiving aid from someone ("reçoit chaque année de X un milliard de dollars d'aide
/// militaire") is being backed by them, never backing them; a sum received is no visitor.
#[test]
fn aid_received_from_a_side_is_its_support() {
    let a = run("Coopération.\n\nLa Jordanie reçoit du Japon chaque année quelque 400 millions de dollars \
         d'aide, militaire et civile.");
    assert!(has(&a, "support", "Japon", "Jordanie"), "{:?}", relations(&a));
    assert!(!has(&a, "support", "Jordanie", "Japon"), "{:?}", relations(&a));
    assert!(a.events.iter().all(|e| e.kind.as_str() != "visit"), "{:?}", a.events);
}

/// A word of backing inside a body's name ("the Regional Assistance Mission") backs no one, even
/// where the engine does not know the name whole.
#[test]
fn a_word_of_backing_inside_a_name_backs_no_one() {
    let a =
        run("Troops leave Honiara\n\nFijian and Samoan troops working with the Regional Assistance Mission \
         (RAMSI) left Honiara on Monday.\n\nRAMSI's commander praised their work in the islands.\n");
    assert!(!relations(&a).iter().any(|(k, ..)| k == "support"), "{:?}", relations(&a));
}

/// One state backing another keeps a tie with it: aid between states is cooperation too, unless
/// the text sets them against each other.
#[test]
fn aid_between_states_is_cooperation_too() {
    let a = run("Don.\n\nLe Japon a offert deux vedettes rapides au Sénégal lors d'une cérémonie à Dakar.\n");
    assert!(has(&a, "support", "Japon", "Sénégal"), "{:?}", relations(&a));
    assert!(has(&a, "cooperation", "Japon", "Sénégal"), "{:?}", relations(&a));
}

/// A phrase opening the sentence with a preposition and closed by a comma names no supplier:
/// the subject after the comma supplies ("Under the pact signed by X's minister, Y will offer
/// X training").
#[test]
fn an_opening_prepositional_phrase_names_no_supplier() {
    let a = run(
        "Under the pact signed by Chile's defence minister and his Spanish counterpart, Spain will offer \
                 Chile training, spare parts and logistics.\n",
    );
    assert!(has(&a, "support", "Spain", "Chile"), "{:?}", relations(&a));
    assert!(!has(&a, "support", "Chile", "Spain"), "{:?}", relations(&a));
}

/// Thanks for backing something ("thanked Y for supporting Z's policy", "remercié Y de soutenir
/// la politique de Z") make Y a backer of the side named in that object.
#[test]
fn thanks_for_backing_a_sides_policy_make_a_backer_of_it() {
    let a =
        run("The EU's foreign policy chief thanked President Ilir Meta of Albania for supporting the EU's \
                 enlargement policy.\n");
    assert!(has(&a, "support", "Albania", "EU"), "{:?}", relations(&a));
    let a =
        run("Le secrétaire général de l'ONU a remercié le président sénégalais Macky Fall de soutenir les \
                 missions de l'ONU.\n");
    let un = find(&a, "ONU").expect("the UN").name.clone();
    assert!(has(&a, "support", "Sénégal", &un), "{:?}", relations(&a));
}

/// Each of coordinated suppliers backs the receiver, a list after "dont" (including) as well as
/// a plain list; a sale is a supply too.
#[test]
fn each_of_coordinated_suppliers_backs_the_receiver() {
    for text in [
        "Le Danemark, la Finlande et l'Irlande ont livré des véhicules blindés à la Moldavie.\n",
        "Plusieurs pays, dont le Danemark, la Finlande et l'Irlande, ont livré des véhicules blindés à \
         la Moldavie.\n",
        "Several states, including Denmark, Finland and Ireland, have delivered armoured vehicles to \
         Moldova.\n",
    ] {
        let a = run(text);
        for (backer_fr, backer_en) in
            [("Danemark", "Denmark"), ("Finlande", "Finland"), ("Irlande", "Ireland")]
        {
            let backer = if text.contains(backer_fr) { backer_fr } else { backer_en };
            let backed = if text.contains("Moldavie") { "Moldavie" } else { "Moldova" };
            assert!(has(&a, "support", backer, backed), "{backer} in {text}: {:?}", relations(&a));
        }
    }
    let a = run("Le Portugal a vendu deux patrouilleurs au Cap-Vert en mars.\n");
    assert!(has(&a, "support", "Portugal", "Cap-Vert"), "{:?}", relations(&a));
    // (whose member: a relative clause, the list is no supplier)
    let a = run("L'alliance, dont la Finlande est membre, a livré des radars à la Moldavie.\n");
    assert!(!has(&a, "support", "Finlande", "Moldavie"), "{:?}", relations(&a));
}

/// After a possessive, the complement of a backing noun is the backed and the owner the backer:
/// "pressed on with its backing of Y" is the subject backing Y, not Y backing it.
#[test]
fn an_owned_backing_noun_names_the_backed_after_it() {
    let a = run("Report.\n\nThe talks open as Greece keeps up its backing of Cyprus in the gas dispute.\n");
    assert!(has(&a, "support", "Greece", "Cyprus"), "{:?}", relations(&a));
    assert!(!has(&a, "support", "Cyprus", "Greece"), "{:?}", relations(&a));
    // with no possessive the complement is still the backer
    let a = run("Report.\n\nCyprus enjoys the backing of Greece in the gas dispute.\n");
    assert!(has(&a, "support", "Greece", "Cyprus"), "{:?}", relations(&a));
}

/// A side called a supplier in apposition backs the side its complement names: "X, the main arms
/// supplier to Y", "A leading supplier of drones to Y, X …", "X, premier fournisseur d'armes du Y".
#[test]
fn a_supplier_in_apposition_backs_the_supplied() {
    for (text, backer, backed) in [
        ("Report.\n\nPortugal, the main arms supplier to Angola, hosted the talks.\n", "Portugal", "Angola"),
        (
            "Report.\n\nA leading supplier of drones to Angola, Portugal has kept quiet.\n",
            "Portugal",
            "Angola",
        ),
        (
            "Rapport.\n\nLe Portugal, premier fournisseur d'armes de l'Angola, s'est tu.\n",
            "Portugal",
            "Angola",
        ),
    ] {
        let a = run(text);
        assert!(has(&a, "support", backer, backed), "{text}: {:?}", relations(&a));
    }
    // a supplier of no one named
    let a = run("Report.\n\nPortugal is a large supplier of cork in Europe.\n");
    assert!(!relations(&a).iter().any(|(k, _, _)| k == "support"), "{:?}", relations(&a));
}

/// "came to the aid of Y" is the subject backing Y; forces sent at Y's request, told with a word
/// of deployment, back Y ("à la demande du Y, … le déploiement d'un contingent").
#[test]
fn aid_come_to_and_deployment_at_request() {
    let a = run("Report.\n\nGhana came to the aid of Togo after the floods.\n");
    assert!(has(&a, "support", "Ghana", "Togo"), "{:?}", relations(&a));
    assert!(!has(&a, "support", "Togo", "Ghana"), "{:?}", relations(&a));
    let a = run(
        "Rapport.\n\nLe gouvernement du Ghana, à la demande du Togo, va lancer le déploiement d'un bataillon.\n",
    );
    assert!(has(&a, "support", "Ghana", "Togo"), "{:?}", relations(&a));
}

/// Standing by a side is backing it: "solidarity with X", "stands firmly with X", "se tient aux
/// côtés de X"; a list after the word is backed as a whole. Training with a side is no backing.
#[test]
fn standing_by_a_side_backs_it_and_every_side_listed() {
    let a = run("Report.\n\nMalawi voiced its solidarity with Zambia after the floods.");
    assert!(has(&a, "support", "Malawi", "Zambia"), "{:?}", relations(&a));
    let a = run("Report.\n\nThe Arab League stood firmly with Jordan and Egypt on Sunday.");
    assert!(has(&a, "support", "Arab League", "Jordan"), "{:?}", relations(&a));
    assert!(has(&a, "support", "Arab League", "Egypt"), "{:?}", relations(&a));
    let a = run("Rapport.\n\nLe Gabon se tient aux côtés du Cameroun dans cette épreuve.");
    assert!(has(&a, "support", "Gabon", "Cameroun"), "{:?}", relations(&a));
    let a = run("Report.\n\nMalawi trained with Zambia near the lake in May.");
    assert!(!has(&a, "support", "Malawi", "Zambia"), "{:?}", relations(&a));
}

/// An international body, or its chief with no country of their own, backs and condemns in the
/// body's name ("NATO supports X", "the AU chairperson condemned Y").
#[test]
fn an_international_body_and_its_chief_take_sides() {
    let a = run("Report.\n\nThe African Union supports Somalia in its talks with donors.");
    assert!(has(&a, "support", "AU", "Somalia"), "{:?}", relations(&a));
    let a = run("Report.\n\nOSCE Secretary General Lena Morel condemned Belarus on Tuesday.");
    assert!(has(&a, "opposition", "OSCE", "Belarus"), "{:?}", relations(&a));
}

/// The givers of a gift may be named in its noun's complement, over their officials' noun and
/// with those coordinated ("la remise de dons des autorités X et Y à l'armée Z"); handing over a
/// note of protest is no supply.
#[test]
fn the_givers_named_after_the_gift() {
    let a = run("Rapport.\n\nLe ministre a présidé à Lomé la remise de dons des autorités \
                 allemandes et néerlandaises aux Forces armées togolaises.");
    assert!(has(&a, "support", "Allemagne", "Togo"), "{:?}", relations(&a));
    assert!(has(&a, "support", "Pays-Bas", "Togo"), "{:?}", relations(&a));
    let a = run("Rapport.\n\nLe Togo a remis une note verbale au Ghana jeudi.");
    assert!(!has(&a, "support", "Togo", "Ghana"), "{:?}", relations(&a));
}

/// "X supplied Y with goods" backs Y; partners named after "with" in the clause ("in cooperation
/// with A, B and C") supply nothing of their own, but a nationality before the noun "with"
/// governs still names the backer ("launched with the X assistance").
#[test]
fn supplied_with_goods_and_partners_after_with() {
    let a = run("Report.\n\nLatvia has provided Moldova with radars and fuel.");
    assert!(has(&a, "support", "Latvia", "Moldova"), "{:?}", relations(&a));
    let a = run("Report.\n\nMobile clinics (in cooperation with Sweden, Finland and Denmark) have also \
                 been delivered to Moldova.");
    assert!(!has(&a, "support", "Finland", "Moldova"), "{:?}", relations(&a));
    let a = run("Report.\n\nMoldova opened the school with the Swiss assistance.");
    assert!(has(&a, "support", "Switzerland", "Moldova"), "{:?}", relations(&a));
}

/// A donor or supplier said of its subject through a verb of being ("X est le principal
/// donateur du Y", "X is Y's largest donor") backs the side it gives to.
#[test]
fn a_donor_said_of_its_subject_backs_the_receiver() {
    let a = run("Rapport.\n\nLe Japon reste le premier donateur du Laos.");
    assert!(has(&a, "support", "Japon", "Laos"), "{:?}", relations(&a));
    let a = run("Report.\n\nNorway remains Malawi's largest donor.");
    assert!(has(&a, "support", "Norway", "Malawi"), "{:?}", relations(&a));
}

/// A verb of arming names the weapons itself: its object is backed by its subjects, the names
/// right before it ("que A, B et C arment Y", "A et B qui arment Y"), not the sentence's first
/// actor, who only speaks of it.
#[test]
fn the_subjects_right_before_a_verb_of_arming_back_its_object() {
    let a = run(
        "Rapport.\n\nLe Tchad ne veut pas voir la Libye et l'Égypte qui arment le Soudan depuis deux ans.\n",
    );
    assert!(has(&a, "support", "Libye", "Soudan"), "{:?}", relations(&a));
    assert!(has(&a, "support", "Égypte", "Soudan"), "{:?}", relations(&a));
    assert!(!has(&a, "support", "Tchad", "Soudan"), "{:?}", relations(&a));
}

/// A nationality ending the object of a first verb is no subject of the second ("X a formé des
/// pilotes zambiens et appuie la Zambie"): the clause's subject backs the second verb's object.
#[test]
fn a_nationality_of_the_first_object_does_not_back() {
    let a = run(
        "Rapport.\n\nDepuis 1990, l'Inde a déjà formé 300 officiers zambiens et appuie la Zambie dans le \
         domaine de la santé.\n",
    );
    assert!(has(&a, "support", "Inde", "Zambie"), "{:?}", relations(&a));
}

/// Standing by a country's civilians ("solidarity with Estrian protesters", "avec les
/// manifestants norlandais") backs no state.
#[test]
fn solidarity_with_protesters_backs_no_state() {
    for (text, backer, backed) in [
        ("Report.\n\nPoland held a rally in solidarity with Georgian protesters.\n", "Poland", "Georgia"),
        ("Rapport.\n\nLa Suède exprime sa solidarité avec les manifestants iraniens.\n", "Suède", "Iran"),
    ] {
        let a = run(text);
        assert!(!has(&a, "support", backer, backed), "{:?}", relations(&a));
    }
}

/// Goods to be received from a giver are the giver's support, in the future as in the past.
#[test]
fn goods_to_be_received_are_the_givers_support() {
    let a = run("Mongolia will receive twelve armoured vehicles from Russia next year.");
    assert!(has(&a, "support", "Russia", "Mongolia"), "{:?}", relations(&a));
    let a = run("Le Niger recevra dix blindés de la Turquie l'an prochain.");
    assert!(has(&a, "support", "Turquie", "Niger"), "{:?}", relations(&a));
}

/// A country after a locative in a phrase opening the sentence is where something is said, not a
/// giver coordinated with the subject.
#[test]
fn a_country_of_a_locative_phrase_gives_nothing() {
    let a = run("Saluée au Ghana, l'Allemagne livre des véhicules blindés au Togo.");
    assert!(has(&a, "support", "Allemagne", "Togo"), "{:?}", relations(&a));
    assert!(!has(&a, "support", "Ghana", "Togo"), "{:?}", relations(&a));
}

/// A backing noun after a list of sides backs each of them, when the list stands right before it
/// or is the clause's subject.
#[test]
fn support_after_a_list_backs_each_side() {
    let a =
        run("The surveillance operation between Fiji, Vanuatu and Tuvalu goes on with support from Japan.");
    for side in ["Fiji", "Vanuatu", "Tuvalu"] {
        assert!(has(&a, "support", "Japan", side), "{side}: {:?}", relations(&a));
    }
}

/// "X, un fervent soutien de Y" and "X, a staunch supporter of Y" name X a supporter of Y: X backs
/// Y, not the other way round.
#[test]
fn a_supporter_in_apposition_backs_the_side_after_it() {
    let a = run("Les relations entre l'Iran et le Maroc, un fervent soutien du Sénégal, se sont tendues.");
    assert!(has(&a, "support", "Maroc", "Sénégal"), "{:?}", relations(&a));
    assert!(!has(&a, "support", "Sénégal", "Maroc"), "{:?}", relations(&a));
    let a = run("Relations soured between Iran and Morocco, a staunch supporter of Senegal.");
    assert!(has(&a, "support", "Morocco", "Senegal"), "{:?}", relations(&a));
}
