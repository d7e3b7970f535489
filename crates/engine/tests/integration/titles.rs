//! Titles before and around a person's name that the reviewed title table must know: the office
//! says the name is a person's and, with a country's word inside it, whose. A bare title or a bare
//! ministry, with no country of its own, takes the side its sentence or its dateline gives it.

use crate::util::{find, has, relations, run};

/// The feminine "cheffe de la diplomatie" is the foreign minister's title, and the demonym after it
/// is her country.
#[test]
fn a_feminine_head_of_diplomacy_has_her_country() {
    let a = run("Jeudi, la cheffe de la diplomatie sénégalaise, Awa Ndiaye, a reçu son homologue.");
    assert!(has(&a, "affiliation", "Awa Ndiaye", "Sénégal"), "{:?}", relations(&a));
}

/// Prosecutors, prefects and consuls are offices: the name after them is a person even when its
/// first name is in no list.
#[test]
fn legal_and_consular_offices_open_a_name() {
    let a =
        run("Le procureur Tiburce Okemba a ouvert une enquête, et le préfet Ulrich Bekale a fermé la route.");
    for name in ["Tiburce Okemba", "Ulrich Bekale"] {
        assert!(
            find(&a, name).is_some_and(|e| e.kind == trame_engine::EntityType::Person),
            "{name}: {:?}",
            a.entities
        );
    }
    let a = run("Prosecutor Tavita Lemalu said the case was closed, and Commissioner Oreste Vaka agreed.");
    for name in ["Tavita Lemalu", "Oreste Vaka"] {
        assert!(
            find(&a, name).is_some_and(|e| e.kind == trame_engine::EntityType::Person),
            "{name}: {:?}",
            a.entities
        );
    }
}

/// Lower ranks open a name too, and the demonym before the rank is the soldier's country.
#[test]
fn a_lower_rank_with_its_demonym_names_a_soldier() {
    let a = run("The Fijian Sergeant Tevita Ralulu and Corporal Aisake Vunidilo were decorated on Friday.");
    assert!(has(&a, "affiliation", "Tevita Ralulu", "Fiji"), "{:?}", relations(&a));
    assert!(find(&a, "Aisake Vunidilo").is_some(), "{:?}", a.entities);
}

/// Ranks written half dotted ("Lt. Gen"), or in the order of Latin American armies ("Division
/// General"), are titles: the name after them is the person's, with the body before the comma.
#[test]
fn half_dotted_and_latin_american_ranks_open_a_name() {
    let a = run("Sudan's Chief of Staff Lt. Gen Tarek Mansour met his counterpart on Monday.");
    assert!(find(&a, "Tarek Mansour").is_some(), "{:?}", a.entities);
    assert!(has(&a, "affiliation", "Tarek Mansour", "Sudan"), "{:?}", relations(&a));
    let a = run("The talks were led by the Commander of the Bolivian Army, Division General Ramiro Quispe.");
    assert!(has(&a, "affiliation", "Ramiro Quispe", "Bolivian Army"), "{:?}", relations(&a));
}

/// The country after "to" following an embassy is where the mission is posted, not the country of
/// the officer named after the title.
#[test]
fn an_embassy_to_a_country_is_not_its_attache_s_country() {
    let a = run(
        "The drill was attended by the Defence Attaché at the Omani Embassy to Kenya Colonel Said Harthi.",
    );
    assert!(!has(&a, "affiliation", "Said Harthi", "Kenya"), "{:?}", relations(&a));
}

/// A country's possessive before a title names the holder's country in every typography: the
/// bare apostrophe after a name ending in "s" ("Cyprus' Ambassador X"), and a grave accent typed
/// for the apostrophe ("Malta`s Ambassador Y").
#[test]
fn a_possessive_country_in_any_typography_owns_the_title() {
    let a = run("The drill was watched by Cyprus' Ambassador Lena Koumi.");
    assert!(has(&a, "affiliation", "Lena Koumi", "Cyprus"), "{:?}", relations(&a));
    let a = run("The drill was watched by Malta`s Ambassador Paul Camilleri.");
    assert!(has(&a, "affiliation", "Paul Camilleri", "Malta"), "{:?}", relations(&a));
}

/// The unit a title commands ends at its head word: a run of plain capitalised words after it is
/// the holder's name, even one no list of given names knows ("Commander of the Second Signal
/// Company Dulat Esenov").
#[test]
fn the_unit_of_a_title_leaves_its_holders_name() {
    let a = run("\"We are ready,\" said Commander of the Second Signal Company Dulat Esenov.");
    let kinds: Vec<(String, String)> =
        a.entities.iter().map(|e| (e.name.clone(), e.kind.as_str().to_string())).collect();
    assert!(kinds.contains(&("Second Signal Company".into(), "organization".into())), "{kinds:?}");
    assert!(kinds.contains(&("Dulat Esenov".into(), "person".into())), "{kinds:?}");
}

/// A country's possessive owns a title over the title's capitalised domain ("Estria's Agriculture
/// Minister X"), as it does over a lowercase one ("Estria's defence minister").
#[test]
fn a_possessive_owns_a_title_over_its_capitalised_domain() {
    let a = run("Latvia's Agriculture Minister Ilze Berzina said the help came in time.");
    assert!(has(&a, "affiliation", "Ilze Berzina", "Latvia"), "{:?}", relations(&a));
}

/// A possessive country of several words, with its acronym in parentheses or not, owns the title
/// after it ("the Republic of Norland's Defence Minister X", "the Central African
/// Republic's (CAR) Defence Minister Y"), not the country visited.
#[test]
fn a_long_possessive_country_owns_the_title() {
    for text in [
        "Visit.\n\nDemocratic Republic of Congo's Defence Minister Marc Ngaba began a visit to Chad on \
         Monday.\n",
        "Visit.\n\nThe Central African Republic's (CAR) Defence Minister Marc Ngaba began a visit to Chad on \
         Monday.\n",
    ] {
        let a = run(text);
        let owners: Vec<String> = relations(&a)
            .into_iter()
            .filter(|(k, source, _)| k == "affiliation" && source == "Marc Ngaba")
            .map(|(_, _, target)| target)
            .collect();
        assert!(owners.len() == 1 && owners[0] != "Chad", "{owners:?}");
    }
}

/// A title's domain joined by "and" after a domain word ("Minister of Defence and Space
/// Industries of X") is no person's name; the name after the comma is the minister's.
#[test]
fn a_domain_joined_by_and_is_no_person() {
    let a = run("The accord was initialled by the Minister of Defence and Space Industries of Kyrgyzstan, Aibek Toktogulov.\n");
    assert!(find(&a, "Space Industries").is_none(), "{:?}", a.entities);
    assert!(has(&a, "affiliation", "Aibek Toktogulov", "Kyrgyzstan"), "{:?}", relations(&a));
}

/// A copula ends a title: "aux yeux du secrétaire général, le Togo est un Allié précieux" gives the
/// capitalised word after it no title, and so no person.
#[test]
fn a_copula_ends_a_title() {
    let a = run("Aux yeux du secrétaire général de l'ONU, le Togo est un Partenaire précieux.\n");
    assert!(find(&a, "Partenaire").is_none(), "{:?}", a.entities);
}

#[test]
fn a_service_named_with_a_nationality_belongs_to_its_country() {
    let a = run(
        "La marine chilienne et l'armée de l'air péruvienne ont conclu leurs manœuvres au large d'Arica.",
    );
    assert!(has(&a, "affiliation", "marine chilienne", "Chili"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "armée de l'air péruvienne", "Pérou"), "{:?}", relations(&a));
    let a = run("The Kenyan navy escorted the convoy while Russian forces watched.");
    assert!(has(&a, "affiliation", "Kenyan navy", "Kenya"), "{:?}", relations(&a));
    assert!(a.entities.iter().all(|e| e.name != "Russian forces"));
}

#[test]
fn a_possessive_country_before_a_title_is_the_persons() {
    let a = run("Chile's defense minister Maya Fernandez met Argentina's President Javier Milei on Friday.");
    assert!(has(&a, "affiliation", "Maya Fernandez", "Chile"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Javier Milei", "Argentina"), "{:?}", relations(&a));
}

#[test]
fn a_title_case_headline_does_not_stretch_a_name() {
    let a =
        run("Two Neighbours Welcome Kenyan Navy Into the Port of Dar\n\nThe Kenyan Navy docked on Monday.");
    assert!(a.entities.iter().any(|e| e.name == "Kenyan Navy"), "{:?}", a.entities);
    assert!(a.entities.iter().all(|e| !e.name.starts_with("Two Neighbours")), "{:?}", a.entities);
}

#[test]
fn a_unit_named_with_its_force_belongs_to_it() {
    let a = run("The 2nd Signal Brigade of the Danish Army joined the drill near Aalborg on Monday.");
    assert!(has(&a, "affiliation", "2nd Signal Brigade", "Danish Army"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Danish Army", "Denmark"), "{:?}", relations(&a));
    let a = run("La 3e brigade de l'Armée nationale tchadienne a quitté N'Djamena mardi.");
    assert!(has(&a, "affiliation", "3e brigade", "Armée nationale tchadienne"), "{:?}", relations(&a));
}

#[test]
fn a_lowercase_ministry_with_its_country_is_a_body_of_that_country() {
    let a = run("Brazil's defense ministry said the drills with Peru had begun on Monday.");
    assert!(has(&a, "affiliation", "defense ministry", "Brazil"), "{:?}", relations(&a));
}

#[test]
fn a_title_after_a_role_and_its_country_gives_the_person_that_country() {
    let a = run("Ghana's army chief, Major General Kofi Mensah, welcomed the Togolese delegation in Accra.");
    assert!(has(&a, "affiliation", "Kofi Mensah", "Ghana"), "{:?}", relations(&a));
    // a body's name before the title, connectors included
    let a = run("Ministry of Foreign Affairs spokesperson Ana Ruiz said Peru and Chile would sign the pact.");
    assert!(has(&a, "affiliation", "Ana Ruiz", "Ministry of Foreign Affairs"), "{:?}", relations(&a));
}

#[test]
fn a_unit_named_without_its_force_belongs_to_the_force_after_it_or_to_its_sentence_side() {
    let a = run("Face à eux, un effectif du régiment Gurkha de l'armée népalaise participe aux manœuvres.");
    assert!(
        relations(&a).iter().any(|(k, s, _)| k == "affiliation" && s.contains("Gurkha")),
        "{:?}",
        relations(&a)
    );
    let a = run("Kenya is represented by troops from the 9th Rifles Regiment at the exercise.");
    assert!(has(&a, "affiliation", "9th Rifles Regiment", "Kenya"), "{:?}", relations(&a));
}

/// A plural title over a list of countries hands its names out in the same order ("the ministers
/// of A and B, X and Y"), or one by one with the later preposition dropped ("of A, X, and B, Y").
#[test]
fn a_plural_title_hands_its_names_out_country_by_country() {
    let a = run("Les chefs d'état-major du Ghana et du Togo, Kofi Mensah et Edem Agbeko, ont inspecté la \
                 frontière.");
    assert!(has(&a, "affiliation", "Kofi Mensah", "Ghana"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Edem Agbeko", "Togo"), "{:?}", relations(&a));
    let a = run("The navy chiefs of Oman, Qatar and Kuwait, Saif Harthy, Nasser Kuwari and Badr Otaibi, \
                 opened the conference.");
    assert!(has(&a, "affiliation", "Nasser Kuwari", "Qatar"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Badr Otaibi", "Kuwait"), "{:?}", relations(&a));
    let a = run("The deal was initialled by the trade ministers of Chile, Ana Rojas, and Uruguay, Pablo \
                 Techera.");
    assert!(has(&a, "affiliation", "Pablo Techera", "Uruguay"), "{:?}", relations(&a));
}

/// A rank given a status and a service after the comma (", retired Army General X") still keeps the
/// title's country before it.
#[test]
fn a_retired_rank_after_a_title_keeps_its_country() {
    let a = run("The deal was signed by the Peruvian Interior Minister, retired Army General Raul Vega.");
    assert!(has(&a, "affiliation", "Raul Vega", "Peru"), "{:?}", relations(&a));
}

/// A bare title in apposition, then the body it heads after a comma (", Commander, Task Force
/// 51"), gives the person that body; a task force's number belongs to its name.
#[test]
fn a_bare_title_then_its_body_after_a_comma() {
    let a = run("The drills went well, said Rear Admiral Ivo Kell, Commander, Task Force 51.");
    assert!(has(&a, "affiliation", "Ivo Kell", "Task Force 51"), "{:?}", relations(&a));
}

/// A body in apposition to a force led by another ("the AU-led mission, AMISOM") belongs to its
/// leader.
#[test]
fn a_body_in_apposition_to_a_led_force_belongs_to_its_leader() {
    let a = run("Somalia praised the AU-led mission, AMISOM, for its work.");
    assert!(has(&a, "affiliation", "AMISOM", "AU"), "{:?}", relations(&a));
}

/// A head of state whose title names no country leads the country the story names most; the
/// president of a body does not.
#[test]
fn an_unqualified_leader_leads_the_country_most_named() {
    let a = run("Bolivia sent a note to Chile on Monday. Bolivia wants talks over the border. Bolivia \
                 will wait for an answer.\n\nPresident Ana Quispe met Chile's envoy in La Paz.");
    assert!(has(&a, "affiliation", "Ana Quispe", "Bolivia"), "{:?}", relations(&a));
    let a = run("Bolivia sent a note to Chile on Monday. Bolivia wants talks, and Bolivia will wait, \
                 said the president of the Andean Lawyers Guild, Rosa Mamani.");
    assert!(!has(&a, "affiliation", "Rosa Mamani", "Bolivia"), "{:?}", relations(&a));
}

/// A ministry named without its country belongs to the country a possessive points back to ("via
/// son ministère de la Défense"), or to the capital of the dateline when its sentence names no
/// place or person of another country.
#[test]
fn a_bare_ministry_takes_its_possessive_or_its_dateline() {
    let a = run("Accra a indiqué que, selon son ministère de la Défense, les patrouilles reprendront.");
    assert!(has(&a, "affiliation", "ministère de la Défense", "Ghana"), "{:?}", relations(&a));
    let a = run(
        "Manoeuvres.\n\nLIMA (Wire) - Peru will send 300 troops to Bolivia, the Defence Ministry said.\n",
    );
    assert!(has(&a, "affiliation", "Defence Ministry", "Peru"), "{:?}", relations(&a));
    let a = run("Pact.\n\nLIMA (Wire) - Peru and Chile signed a pact. Brazil will study it, the Foreign \
                 Ministry said in Brasilia.\n");
    assert!(!has(&a, "affiliation", "Foreign Ministry", "Peru"), "{:?}", relations(&a));
}

/// A titled person whose title names no country, met by a visitor of another country during a
/// visit or talks, is of the host country: the country of the event's place, or the country the
/// visit goes to. Named first, the same kind of person may be the visitor and is left alone.
#[test]
fn the_unqualified_official_a_visitor_meets_is_the_hosts() {
    let a = run("Talks.\n\nThe Bolivian foreign minister Ana Quispe met Prime Minister Rosa Mamani in \
                 Lima on Tuesday, her first trip to Peru. Chile was not invited, and Chile \
                 complained about it. Chile is a rival.");
    assert!(has(&a, "affiliation", "Rosa Mamani", "Peru"), "{:?}", relations(&a));
    let a = run("Colombian General Ana Quispe is arriving on a four-day visit to Peru. During the \
                 visit, General Quispe will meet Defence Minister Rosa Mamani.");
    assert!(has(&a, "affiliation", "Rosa Mamani", "Peru"), "{:?}", relations(&a));
}

/// A titled person whose title names no country, named with "and" right after an official of a
/// known country, stands on that country's side ("the President of A, X, and Defence Minister Y").
#[test]
fn an_unqualified_official_coordinated_after_another_shares_the_country() {
    let a = run("President of Paraguay Luis Benitez and Defence Minister Carla Ortiz attended the \
                 ceremony.");
    assert!(has(&a, "affiliation", "Carla Ortiz", "Paraguay"), "{:?}", relations(&a));
}

/// A wire story names its own officials bare: a titled person with no country, first named in a
/// sentence that names no other country, belongs to the dateline's country, whether the dateline
/// ends in a dash or in a colon, and over a city name of two words.
#[test]
fn a_bare_official_takes_the_datelines_country() {
    let a =
        run("Talks.\n\nLA PAZ: Bolivia will buy two patrol boats this year.\n\nDefence Minister Ana Quispe \
                 said the boats would patrol the lake.\n");
    assert!(has(&a, "affiliation", "Ana Quispe", "Bolivia"), "{:?}", relations(&a));
    let a =
        run("Talks.\n\nLA PAZ: Bolivia will buy boats.\n\nDefence Minister Ana Quispe met Chile's envoy.\n");
    assert!(!has(&a, "affiliation", "Ana Quispe", "Bolivia"), "{:?}", relations(&a));
}

/// "The foreign ministry", lowercase and with no country, is still a body when "the" stands
/// before it; when it reports what the sentence's subject did, it is that country's ministry,
/// even in a hostile sentence.
#[test]
fn a_bare_ministry_reporting_its_countrys_act_belongs_to_it() {
    let a =
        run("Norway on Tuesday summoned Russia's ambassador over the incident, the foreign ministry said.");
    assert!(has(&a, "affiliation", "foreign ministry", "Norway"), "{:?}", relations(&a));
    let a = run("Chile will send two frigates to Peru next month, the defence ministry said on Friday.");
    assert!(has(&a, "affiliation", "defence ministry", "Chile"), "{:?}", relations(&a));
}

/// In a story about two countries, a bare-titled official introduced "with" an official of one of
/// them is of the other; one merely named beside an official of the same side is not moved.
#[test]
fn a_bare_titled_partner_of_an_official_is_of_the_other_side() {
    let a = run("Kenya will send more vehicles to Uganda. Kenyan Defence Minister Amos Kiprono spoke at a \
                 joint press event with Defence Minister Ruth Nabirye in Kampala. Uganda thanked Kenya.");
    assert!(has(&a, "affiliation", "Ruth Nabirye", "Uganda"), "{:?}", relations(&a));
    let a = run("Kenya will send more vehicles to Uganda. Ugandan army chief Paul Okello attended with \
                 Defence Minister Ruth Nabirye. Kenya thanked Uganda.");
    assert!(!has(&a, "affiliation", "Ruth Nabirye", "Kenya"), "{:?}", relations(&a));
}

/// A ministry named without its country, quoted after an inverted verb of saying ("…, indique un
/// note du ministère de la Défense"), speaks for the sentence's subject, even
/// after an opening phrase and in a hostile sentence.
#[test]
fn a_bare_ministry_quoted_after_an_inverted_verb_speaks_for_the_subject() {
    let a = run("Fidèle à sa ligne, Lima a pressé son voisin de cesser ses menaces, affirme une note du \
                 ministère de la Défense.\n");
    assert!(has(&a, "affiliation", "ministère de la Défense", "Pérou"), "{:?}", relations(&a));
}

/// A counterpart, a host or a guest after the subject's possessive stands on the other side, with
/// or without a comma before the title; without the peer noun the possessive keeps its own side.
#[test]
fn a_peer_after_a_possessive_is_of_the_other_side() {
    let a = run("Kenya's army chief, General Peter Mwangi, hosted his counterpart General Samuel Okello in \
                 Nairobi on Monday for talks with Uganda on border security.");
    assert!(has(&a, "affiliation", "Samuel Okello", "Uganda"), "{:?}", relations(&a));
    assert!(!has(&a, "affiliation", "Samuel Okello", "Kenya"), "{:?}", relations(&a));
    let a = run("Le commandant des forces du Tchad a reçu mardi à N'Djamena son homologue, le \
                 général Moussa Traoré, venu du Niger pour des entretiens sur la sécurité.");
    assert!(has(&a, "affiliation", "Moussa Traoré", "Niger"), "{:?}", relations(&a));
}

/// In a list of titled officials opened by one of a known country, the later ones with bare
/// titles are of that country; a title or a role noun right before a name after a comma opens
/// the next item of the list, no apposition of the name before it.
#[test]
fn a_list_of_titled_officials_shares_the_first_ones_country() {
    let a = run("Visit.\n\nIn Lusaka the general met Zambian President Hakainde Hichilema, Vice-President \
         Mutale Nalumango, Defence Minister Ambrose Lufuma and the army commander.\n");
    for person in ["Hakainde Hichilema", "Mutale Nalumango", "Ambrose Lufuma"] {
        assert!(has(&a, "affiliation", person, "Zambia"), "{person}: {:?}", relations(&a));
    }
    let a =
        run("Talks.\n\nDefence Minister Tomasa Quiroga, her Uruguayan counterpart Elena Barrios and two \
         generals of Paraguay met in Asunción.\n");
    assert!(!has(&a, "affiliation", "Tomasa Quiroga", "Uruguay"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Elena Barrios", "Uruguay"), "{:?}", relations(&a));
}

/// A person named with a body or country right after the name belongs to it ("General X of the
/// Y Army", "A of Estria"); a run of capitalised words closed by a role noun after a title
/// ("Chief Signal Officer") continues the title and names no one.
#[test]
fn a_body_after_the_name_and_a_role_closing_the_title() {
    let a = run("Report.\n\nThe radios went to Colonel Ishaan Verma of the Bhutan Army on Friday.\n");
    assert!(has(&a, "affiliation", "Ishaan Verma", "Bhutan Army"), "{:?}", relations(&a));
    let a = run("Report.\n\nThe note was signed by Dalia Rosen of Uruguay and Pablo Ortiz of Paraguay.\n");
    assert!(has(&a, "affiliation", "Dalia Rosen", "Uruguay"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Pablo Ortiz", "Paraguay"), "{:?}", relations(&a));
    let a = run(
        "Report.\n\nChief Logistics Officer of the Ghana Army Brig. Gen. Kwame Asante received the trucks.\n",
    );
    assert!(find(&a, "Logistics Officer").is_none(), "{:#?}", a.entities);
    assert!(find(&a, "Kwame Asante").is_some(), "{:#?}", a.entities);
}

/// A run of capitalised words holding a role noun after a title ("the General Officer Commanding
/// of Western Command, Major General X") names no one but the person after it.
#[test]
fn a_role_inside_a_title_names_no_one() {
    let a = run(
        "Report.\n\nMajor General Peter Ouma, the General Officer Commanding of Western Command, received the \
         trucks.\n",
    );
    assert!(find(&a, "Officer Commanding").is_none(), "{:#?}", a.entities);
    assert!(find(&a, "Peter Ouma").is_some(), "{:#?}", a.entities);
}

/// A second title joined by "et"/"and" to a first that names the country makes the person the
/// country's too; in a list of titled names, the "and" joins two persons, each with their own.
#[test]
fn a_second_title_joined_to_the_first_keeps_its_country() {
    let a = run("Rapport.\n\nLe ministre nigérien de l'Intérieur et porte-parole du gouvernement, \
                 Mahamane Issoufou Garba, a présidé la réunion mardi.");
    assert!(has(&a, "affiliation", "Mahamane Issoufou Garba", "Niger"), "{:?}", relations(&a));
    let a = run("Report.\n\nThe talks were attended by Brigadier Tomas Varga, Commander of the Slovak \
                 Air Force, and Colonel Henrik Lund, head of the Danish liaison team.");
    assert!(!has(&a, "affiliation", "Henrik Lund", "Slovakia"), "{:?}", relations(&a));
}

/// A possessive between a title and a capitalised word ends the title: the words are a clause's
/// ("his counterpart to help our fellow X islanders" names no person).
#[test]
fn a_possessive_after_a_title_ends_it() {
    let a = run("Report.\n\nThe soldiers were sent through the President's talks with his counterpart \
                 to support our fellow Polynesian families.");
    assert!(!a.entities.iter().any(|e| e.kind.as_str() == "person"), "{:?}", a.entities);
}

/// Courtesy titles in capitals ("HE", "HH", "His Highness") open a person's name and are not
/// part of it.
#[test]
fn courtesy_titles_in_capitals_are_no_part_of_the_name() {
    let a = run("Report.\n\nThe high commissioner, HE Mere Tuilagi, thanked the crew.");
    assert!(find(&a, "Mere Tuilagi").is_some(), "{:?}", a.entities);
    let a = run("Report.\n\nThe gift follows the wishes of His Highness Faisal bin Rashed.");
    assert!(find(&a, "Faisal bin Rashed").is_some(), "{:?}", a.entities);
}

/// A minister named with no country, then "et son homologue" of a known side ("le ministre X, et
/// son homologue zambien, le général Y"), is of the story's other country; the two agree as two
/// sides.
#[test]
fn the_possessor_of_a_counterpart_is_of_the_other_side() {
    let a = run(
        "Rapport.\n\nLe Malawi et la Zambie se rapprochent. À Lilongwe, le ministre de la Défense, Jacob \
         Banda, et son homologue zambien, le général Moses Phiri, ont convenu de renforcer leur \
         coopération.\n\nLe Malawi salue cet accord avec la Zambie.\n",
    );
    assert!(has(&a, "affiliation", "Jacob Banda", "Malawi"), "{:?}", relations(&a));
    assert!(a.events.iter().any(|e| format!("{:?}", e.kind) == "Agreement"), "{:#?}", a.events);
}

/// A capital's name opening a titled person's name ("Defence Minister Victoria Mwale", Victoria
/// being the Seychelles' capital) is the person's given name, not a place.
#[test]
fn a_capital_opening_a_titled_name_is_a_given_name() {
    let a = run("Report.\n\nActing Defence Minister Victoria Mwale will join the talks in Lusaka.\n");
    assert!(find(&a, "Victoria Mwale").is_some(), "{:?}", a.entities);
    assert!(find(&a, "Victoria").is_none(), "{:?}", a.entities);
}

/// A speaker named bare after a report speaks for the country acting as its subject, not for a
/// country that only qualifies the subject: the incident may be the other side's.
#[test]
fn a_speaker_reporting_on_another_side_is_not_of_it() {
    let a = run("An Italian coast guard ship tried to turn back two cargo vessels near Malta, Europe \
                 Minister Adam Hollis said.");
    assert!(!has(&a, "affiliation", "Adam Hollis", "Italy"), "{:?}", relations(&a));
    let a = run("Italy will send a frigate to the Gulf next month, Defence Minister Carla Benti said.");
    assert!(has(&a, "affiliation", "Carla Benti", "Italy"), "{:?}", relations(&a));
}

/// A person named bare and coordinated before a guest of a known country stands on the story's
/// other side: bilateral prose qualifies the guest, not its own official.
#[test]
fn a_bare_host_named_before_a_qualified_guest_is_of_the_other_side() {
    let a = run("Oman et la Jordanie renforcent leur coopération\n\nMASCATE (Agence) – Salim Al Harthy, \
                 ministre délégué aux armées, et le général de division Fadi Haddad, chef d'état-major \
                 de l'armée jordanienne, ont discuté mardi du renforcement des liens militaires entre \
                 Oman et la Jordanie.\n");
    assert!(has(&a, "affiliation", "Salim Al Harthy", "Oman"), "{:?}", relations(&a));
}

/// A person's possessor before their title gives their side at any mention, not only the first.
#[test]
fn a_possessor_before_a_title_gives_the_side_at_any_mention() {
    let a = run("\"The talks will be useful,\" the minister's aide Lina Petrova said.\n\n\
                 Russian Defence Minister Oleg Morozov arrived in Hanoi on Monday, Morozov's aide Lina \
                 Petrova told reporters.\n");
    assert!(has(&a, "affiliation", "Lina Petrova", "Russia"), "{:?}", relations(&a));
}

/// Officials listed after a plural title whose nationalities come before its domain are each of
/// their nationality, in order.
#[test]
fn officials_listed_after_nationalities_and_a_domain_are_each_of_theirs() {
    let a = run("Les ministres chilien et péruvien de la Défense, Ana Ruiz et Diego Salas, ont signé lundi \
                 un accord.");
    assert!(has(&a, "affiliation", "Ana Ruiz", "Chili"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Diego Salas", "Pérou"), "{:?}", relations(&a));
}

/// A story whose headline names the dateline's country only as where another country's people go
/// is about those people abroad: a bare official there is not placed by the dateline.
#[test]
fn a_dateline_places_no_official_of_a_story_about_visitors() {
    let a = run(
        "Ghanaian contingent arrives in Liberia\n\nMONROVIA, Liberia (Agency) — Ghanaian soldiers arrived \
         in Liberia on Thursday.\n\nDeputy Commander Kwame Asante said the team stands ready to support \
         the Liberian forces.",
    );
    assert!(!has(&a, "affiliation", "Kwame Asante", "Liberia"), "{:?}", relations(&a));
    let a =
        run("Liberia buys patrol boats\n\nMONROVIA, Liberia (Agency) — Liberia bought two patrol boats on \
         Thursday.\n\nDeputy Commander Kwame Asante said the navy needed them.");
    assert!(has(&a, "affiliation", "Kwame Asante", "Liberia"), "{:?}", relations(&a));
}

/// Armed forces of no known country after a person's title leave the person's country to be
/// found: the head of state is still of the country the title names.
#[test]
fn bare_armed_forces_in_a_title_keep_the_holders_country() {
    let a = run("Visite\n\nLe général a transmis au président togolais une lettre du président ghanéen, \
         Kwame Boateng, chef suprême des Forces armées.");
    assert!(has(&a, "affiliation", "Kwame Boateng", "Ghana"), "{:?}", relations(&a));
}

/// A bare title ("le Premier ministre, X") takes the country of the same office described just
/// before with its demonym ("le Premier ministre tchadien"), not that of a country its quote names.
#[test]
fn a_bare_title_takes_the_country_its_office_was_described_with() {
    let a = run("Crise entre le Tchad et le Cameroun\n\nEn conférence de presse lundi, le Premier ministre \
         tchadien a défendu la fermeture de la frontière. « Des groupes armés passent par le \
         territoire du Cameroun », a indiqué le Premier ministre, Idriss Mahamat Ousmane.");
    assert!(has(&a, "affiliation", "Idriss Mahamat Ousmane", "Tchad"), "{:?}", relations(&a));
}
