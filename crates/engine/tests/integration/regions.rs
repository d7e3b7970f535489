//! First-level subdivisions (states, provinces, oblasts) from the gazetteer are places of their
//! country, the cities and countries that share a name keep their sense, and a name after the
//! word of a capital or the noun of a site is a place.

use trame_engine::{DocumentAnalysis, EntityType};

use crate::util::{find, has_entity, named_entities, participants, run, run_dated};

/// The ISO alpha-3 key of the country of place `name` (linked when the country is an entity of
/// the document), or None when the place has no country.
fn place_country(a: &DocumentAnalysis, name: &str) -> Option<String> {
    let place = a
        .entities
        .iter()
        .find(|e| e.kind == EntityType::Place && e.name == name)
        .unwrap_or_else(|| panic!("no place {name:?} in {:#?}", a.entities));
    let id = place.country.as_ref()?;
    a.entities.iter().find(|e| &e.id == id).and_then(|c| c.key.clone())
}

fn country_keys(a: &DocumentAnalysis) -> Vec<String> {
    a.entities.iter().filter(|e| e.kind == EntityType::Country).filter_map(|e| e.key.clone()).collect()
}

#[test]
fn french_regions_are_places_of_their_country() {
    let a = run("L'Inde et la France mènent des manœuvres au Rajasthan.");
    assert_eq!(place_country(&a, "Rajasthan").as_deref(), Some("IND"));
    let a = run("Les soldats allemands se sont entraînés en Bavière.");
    assert_eq!(place_country(&a, "Bavière").as_deref(), Some("DEU"));
    let a = run("Des navires russes ont été vus près de Kaliningrad et dans le Primorié.");
    assert_eq!(place_country(&a, "Kaliningrad").as_deref(), Some("RUS"));
    assert_eq!(place_country(&a, "Primorie").as_deref(), Some("RUS"));
    let a = run("L'Iran a mené des exercices au Khouzistan, et la Chine dans le Ningxia.");
    assert_eq!(place_country(&a, "Khouzistan").as_deref(), Some("IRN"));
    assert_eq!(place_country(&a, "Ningxia").as_deref(), Some("CHN"));
}

#[test]
fn english_regions_are_places_of_their_country() {
    let a = run("The Chinese drills took place in Xinjiang and in Fujian province last week.");
    assert_eq!(place_country(&a, "Xinjiang").as_deref(), Some("CHN"));
    assert_eq!(place_country(&a, "Fujian").as_deref(), Some("CHN"));
    let a = run("Indian troops arrived in Goa; South Korea and Japan trained in Gyeonggi and Hokkaido.");
    assert_eq!(place_country(&a, "Goa").as_deref(), Some("IND"));
    assert_eq!(place_country(&a, "Gyeonggi").as_deref(), Some("KOR"));
    assert_eq!(place_country(&a, "Hokkaido").as_deref(), Some("JPN"));
    let a = run("Ukraine reported shelling in the Donetsk Oblast, Russia drills in Primorsky Krai.");
    assert_eq!(place_country(&a, "Donetsk Oblast").as_deref(), Some("UKR"));
    assert_eq!(place_country(&a, "Primorsky Krai").as_deref(), Some("RUS"));
}

#[test]
fn cities_and_countries_keep_their_sense() {
    // a capital acting is its government, not the state of Washington
    let a = run("Washington a déclaré que les exercices étaient une provocation.");
    assert!(country_keys(&a).contains(&"USA".to_string()), "{:#?}", a.entities);
    assert!(!a.entities.iter().any(|e| e.kind == EntityType::Place && e.name.contains("Washington")));
    // Brest stays a city (of Belarus in the gazetteer), not the voblast
    let a = run("Les soldats sont arrivés à Brest mardi.");
    let brest = a.entities.iter().find(|e| e.name == "Brest").expect("Brest");
    assert_eq!(brest.kind, EntityType::Place);
    assert_eq!(brest.rule, "gazetteer-place");
    // Georgia is the country, Minsk the capital
    let a = run("Georgia and Belarus held talks in Minsk.");
    assert!(country_keys(&a).contains(&"GEO".to_string()), "{:#?}", a.entities);
    assert_eq!(place_country(&a, "Minsk").as_deref(), Some("BLR"));
    // common words are not regions
    let a = run("Le Centre et le Nord du pays, the Northern and Central areas.");
    assert!(!a.entities.iter().any(|e| e.kind == EntityType::Place), "{:#?}", a.entities);
}

/// A disputed region written with a hyphen and a square known by name are places.
#[test]
fn a_hyphenated_region_and_a_named_square_are_places() {
    let a = run("Tensions.\n\nEnvoys discussed Nagorno-Karabakh on Monday, far from Tiananmen Square.\n");
    for name in ["Nagorno-Karabakh", "Tiananmen Square"] {
        let e = find(&a, name).unwrap_or_else(|| panic!("{name}: {:?}", a.entities));
        assert_eq!(e.kind, EntityType::Place, "{name}");
    }
}

/// A great lake named after a country ("Lake Chad", "le lac Tchad") is a place, not the country
/// cut off its head.
#[test]
fn a_lake_named_after_a_country_is_a_place() {
    let a = run("Niger and Nigeria patrol the shores of Lake Chad together.\n");
    assert!(
        a.entities.iter().any(|e| e.name == "Lake Chad" && e.kind.as_str() == "place"),
        "{:?}",
        a.entities
    );
}

/// Breakaway regions the reviewed list names are places of the country they break from.
#[test]
fn breakaway_regions_are_places_of_their_country() {
    let a = run("La Géorgie accuse les troupes russes d'avancer en Ossétie du Sud.");
    assert_eq!(place_country(&a, "Ossétie du Sud").as_deref(), Some("GEO"));
    let a = run("Somalia protested after Ethiopia signed a port deal with Somaliland.");
    assert_eq!(place_country(&a, "Somaliland").as_deref(), Some("SOM"));
}

/// A body named after a dependent territory belongs to the territory's sovereign (the forces of a
/// French territory are France's).
#[test]
fn a_territory_s_forces_belong_to_its_sovereign() {
    let a =
        run("La France a prêté aux Tonga un appareil appartenant aux Forces armées de Nouvelle-Calédonie.");
    let rel = crate::util::relations(&a);
    assert!(crate::util::has(&a, "affiliation", "Forces armées de Nouvelle-Calédonie", "France"), "{rel:?}");
}

/// A dependent territory is a place of its sovereign, also by its short form ("aux Malouines",
/// "the Falklands"): drills held there are held in that country, never with the territory as a
/// party.
#[test]
fn a_dependent_territory_is_a_place_of_its_sovereign() {
    let a = run("Britain held naval drills around the Falklands on Monday, and Argentina protested.");
    assert!(
        a.entities.iter().any(|e| e.name == "Falklands" && e.kind.as_str() == "place"),
        "{:?}",
        a.entities
    );
    assert!(
        !a.entities.iter().any(|e| e.name == "Falklands" && e.kind.as_str() == "country"),
        "{:?}",
        a.entities
    );
}

/// The main islands and seas of the southern Philippines are places.
#[test]
fn southern_philippine_islands_and_seas_are_places() {
    let a = run("The two navies patrolled the Celebes Sea between Mindanao and Sulawesi on Monday.");
    for name in ["Celebes Sea", "Mindanao"] {
        assert!(find(&a, name).is_some_and(|e| e.kind == EntityType::Place), "{name}: {:?}", a.entities);
    }
}

/// A place the gazetteer does not know, followed by its country between commas ("at Korvik,
/// Finland, the…"), is a place of that country; a country read as a possessive owner after the
/// comma is not the place's.
#[test]
fn a_country_after_a_comma_places_an_unknown_town() {
    let a =
        run("Sweden keeps a company of engineers at Harjuvaara, Finland, and plans to send more in spring.");
    assert_eq!(place_country(&a, "Harjuvaara").as_deref(), Some("FIN"), "{:#?}", a.entities);
}

/// A country's word inside a longer place of the gazetteer is the place's, also where a body's
/// name runs over the place: a force "of the Indian Ocean zone" names no India, a sea named after
/// a country names no country.
#[test]
fn a_countrys_word_inside_a_sea_names_no_country() {
    let a = run("Les troupes de la Zone Nord de l'Océan Indien recevront des cadets comoriens.");
    assert!(find(&a, "Inde").is_none(), "{:#?}", a.entities);
    let a = run("Une frégate française croise en mer de Chine méridionale depuis lundi.");
    assert!(find(&a, "Chine").is_none(), "{:#?}", a.entities);
}

/// Country names joined by "and" in English ("Trinidad and Tobago", "Antigua and Barbuda") are one
/// country each, not two places.
#[test]
fn country_names_with_and_are_one_country() {
    let a =
        run("The drill moved on.\n\nThe second phase will be held in Trinidad and Tobago, with troops from \
                 Antigua and Barbuda and from Guyana.");
    let countries: Vec<_> = a.entities.iter().filter(|e| e.kind == EntityType::Country).collect();
    assert_eq!(countries.len(), 3, "{:#?}", a.entities);
    assert!(a.entities.iter().all(|e| e.name != "Trinidad" && e.name != "Barbuda"), "{:#?}", a.entities);
}

/// Where both halves of a divided country are named, "the North" and "the South" stand for them;
/// elsewhere, and before another name ("the South China Sea"), they do not.
#[test]
fn the_north_and_the_south_of_a_divided_country() {
    let a = run("Talks began. South Korea and North Korea traded warnings. The North fired shells near \
                 the border and the South answered with drills in the South China Sea.");
    let north = find(&a, "North Korea").expect("North Korea");
    assert!(north.mentions.len() >= 2, "{:?}", north);
    let south = find(&a, "South Korea").expect("South Korea");
    assert_eq!(south.mentions.len(), 2, "{:?}", south);
    let a = run("Talks began. Mali's army fought rebels in the North, the minister said.");
    assert!(a.entities.iter().all(|e| e.name != "North Korea"), "{:?}", a.entities);
}

/// An unknown capitalised name after "au large de" (off an island or a coast) is a place.
#[test]
fn a_name_after_au_large_de_is_a_place() {
    let a = run("La frégate a mené un exercice au large de Maré avec la marine vanuatuane.");
    let e = a.entities.iter().find(|e| e.name == "Maré").expect("Maré");
    assert_eq!(format!("{:?}", e.kind), "Place");
}

/// Islands named by their word: "X island", "the island of X", and each island after a plural
/// head ("the islands of X and Y", "les îles de X et de Y") are places, not persons.
#[test]
fn islands_named_by_their_word_are_places() {
    let kinds = |text: &str| -> Vec<(String, String)> {
        run(text).entities.iter().map(|e| (e.name.clone(), e.kind.as_str().to_string())).collect()
    };
    let k = kinds("The marines landed on the islands of Tarvo and Meriku on Friday.");
    assert!(k.contains(&("Tarvo".into(), "place".into())), "{k:?}");
    assert!(k.contains(&("Meriku".into(), "place".into())), "{k:?}");
    let k = kinds("The minister flew to Meriku island last year.");
    assert!(k.contains(&("Meriku".into(), "place".into())), "{k:?}");
    let k = kinds("Les marins ont débarqué sur les îles de Tarvo et de Meriku vendredi.");
    assert!(k.contains(&("Meriku".into(), "place".into())), "{k:?}");
}

/// A state that no longer exists is a country of the story ("Soviet troops", "l'URSS"), but takes
/// part only in events of its time: a wreath laid at a memorial to Soviet soldiers is no visit of
/// the Soviet Union's, an invasion dated 1968 is its own.
#[test]
fn a_former_state_takes_part_only_in_events_of_its_time() {
    let a = run_dated(
        "Estonian Defence Minister Jaan Tamm visited Latvia on Monday and laid a wreath at a \
         memorial to Soviet soldiers.",
        "2021-03-10",
    );
    assert!(
        a.entities.iter().any(|e| e.name == "Soviet Union" && e.kind.as_str() == "country"),
        "{:?}",
        a.entities
    );
    let visit = a.events.iter().find(|e| e.kind.as_str() == "visit").expect("a visit");
    let soviet = a.entities.iter().find(|e| e.name == "Soviet Union").map(|e| e.id.clone());
    assert!(!visit.participants.iter().any(|p| Some(p) == soviet.as_ref()), "{:?}", a.events);
    let a = run_dated("In August 1968, Soviet troops were deployed to Czechoslovakia.", "2021-03-10");
    let dep = a.events.iter().find(|e| e.kind.as_str() == "deployment").expect("a deployment");
    assert_eq!(dep.participants.len(), 2, "{:?}", a.events);
}

/// "The Port of X" is the place, not a body: a facility's word and "of" open a place.
#[test]
fn the_port_of_a_city_is_a_place() {
    let a = run("The destroyer docks at the Port of Tarvo on Monday, the embassy said.");
    assert!(!a.entities.iter().any(|e| e.kind.as_str() == "organization"), "{:?}", a.entities);
}

/// Papua New Guinea's French demonym with a space ("le ministre papouan néo-guinéen") and its name
/// without the first hyphen are that country, not Guinea.
#[test]
fn papua_new_guineas_french_forms_are_not_guinea() {
    let a = run(
        "Le ministre papouan néo-guinéen de la Défense est monté à bord, venu de Papouasie Nouvelle-Guinée.",
    );
    let countries: Vec<&str> =
        a.entities.iter().filter(|e| e.kind.as_str() == "country").map(|e| e.name.as_str()).collect();
    assert_eq!(countries, ["Papouasie-Nouvelle-Guinée"], "{:?}", a.entities);
}

/// A name right after the word of a capital is a place, however it is spelt: "capital" is no
/// role before a person's name ("Estria's capital Velmora", "la capitale Velmora").
#[test]
fn a_name_after_the_word_capital_is_a_place() {
    for text in [
        "The minister landed in Norway's capital Oslvik and was received by the king.\n",
        "The envoy landed in the capital Oslvik on Monday.\n",
        "Le ministre est arrivé dans la capitale Oslvik lundi.\n",
    ] {
        let found = named_entities(text);
        assert!(has_entity(&found, "Oslvik", "place"), "{text}: {found:?}");
    }
}

/// A name after a lowercase noun of a site, over its adjectives ("la base navale X",
/// "l'aéroport international Y"), names the site even when it honours a person: a place, no
/// person, no party of the event told there.
#[test]
fn a_name_after_a_site_noun_is_the_sites() {
    let text = "Exercice.\n\nLes marines du Gabon et du Cameroun ont ouvert lundi un exercice à la base \
                navale Jean Mbadinga, près de Port-Gentil.\n";
    let found = named_entities(text);
    assert!(has_entity(&found, "Jean Mbadinga", "place"), "{found:?}");
    let a = run(text);
    assert_eq!(participants(&a, "exercise"), ["Cameroun", "Gabon"]);
    let found = named_entities("Le matériel est arrivé à l'aéroport international Léon Mba de Libreville.\n");
    assert!(has_entity(&found, "Léon Mba", "place"), "{found:?}");
}

#[test]
fn world_regions_are_places_and_rank_below_countries() {
    // a region wider than a country is neither a person nor a body
    let a = run(
        "Report.\n\nThe Norlandic navy sent a frigate to West Africa, where it will train with the Senegalese navy in Dakar.",
    );
    assert!(find(&a, "West Africa").is_none_or(|e| e.kind == EntityType::Place), "{:#?}", a.entities);
    // named in passing it is a place too, and no side of the event
    let a = run("Report.\n\nItaly and Greece, like the rest of Southern Europe and North Africa, signed a maritime pact on Monday.");
    assert_eq!(find(&a, "North Africa").map(|e| e.kind), Some(EntityType::Place), "{:#?}", a.entities);
    assert_eq!(participants(&a, "agreement"), vec!["Greece", "Italy"], "{:#?}", a.events);
    // an event in a region and a country takes the country
    let a = run("Report.\n\nAustralian and Fijian ships held an exercise in the South Pacific, in Vanuatu, last week.");
    let drill = a.events.first().expect("a drill");
    let place = drill.place.as_ref().and_then(|p| a.entities.iter().find(|e| &e.id == p));
    assert_eq!(place.map(|e| e.name.as_str()), Some("Vanuatu"), "{:#?}", a.events);
    // with nothing narrower the region is the place
    let a = run("Report.\n\nThe French and Chilean navies held an exercise in the South Pacific last week.");
    let place =
        a.events.first().and_then(|e| e.place.as_ref()).and_then(|p| a.entities.iter().find(|e| &e.id == p));
    assert_eq!(place.map(|e| e.kind), Some(EntityType::Place), "{:#?}", a.events);
}

/// An English river or lake named with its capitalised head after the name ("the Kagera River")
/// is a place, not a person, even where a title-case headline names it first.
#[test]
fn a_named_river_is_a_place() {
    let found = named_entities(
        "Zambia, Malawi to patrol Luangwa River\n\nZambia and Malawi agreed to patrol the Luangwa River \
         together next year.\n",
    );
    assert!(has_entity(&found, "Luangwa River", "place"), "{found:?}");
}

#[test]
fn a_name_closed_by_a_garrison_is_a_place() {
    let found = named_entities(
        "Taking place in Norland’s Kalvang Garrison, around 300 soldiers from both armies trained together.",
    );
    assert!(has_entity(&found, "Kalvang Garrison", "place"), "{found:?}");
}
