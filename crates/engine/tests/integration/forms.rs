//! The forms a name takes in running text: particles binding the words of a person's name, a body
//! named with its owner before it (fixtures written for these tests).

use crate::util::{find, has, has_entity, named_entities, participants, relations, run};

/// A word after a particle of filiation belongs to the person's name, even where the gazetteer
/// knows it as a town, and whether the particle is capitalised or not.
#[test]
fn a_particle_binds_the_next_word_to_the_name() {
    let a = run("The interior minister Faisal Bin Salem welcomed the delegation on Monday.");
    assert!(find(&a, "Faisal Bin Salem").is_some(), "{:?}", a.entities);
    let a = run("Le ministre Hamad bin Salem a reçu la délégation lundi.");
    assert!(find(&a, "Hamad bin Salem").is_some(), "{:?}", a.entities);
}

/// Two ministries of one name, each owned by the country before it, keep the form the text gives
/// them with their owner, and each belongs to its own country.
#[test]
fn a_body_keeps_its_owner_in_its_forms() {
    let a = run(
        "Peru's Defense Ministry said its patrol was fired on, and Ecuador's Defense Ministry denied it.",
    );
    assert!(find(&a, "Peru's Defense Ministry").is_some(), "{:?}", a.entities);
    assert!(find(&a, "Ecuador's Defense Ministry").is_some(), "{:?}", a.entities);
    let peru = find(&a, "Peru's Defense Ministry").map(|e| e.name.clone()).unwrap_or_default();
    assert!(has(&a, "affiliation", &peru, "Peru"), "{:?}", relations(&a));
}

/// An envoy's posting between the title and the name ("ambassador to <capital> <name>") leaves the
/// name a person's, who belongs to the country before the title, not to the posting.
#[test]
fn an_envoys_posting_does_not_hide_the_name() {
    let a = run("The ministry summoned the Kenyan ambassador to Kampala Wanjiru Otieno on Friday.");
    assert!(find(&a, "Wanjiru Otieno").is_some(), "{:?}", a.entities);
    assert!(has(&a, "affiliation", "Wanjiru Otieno", "Kenya"), "{:?}", relations(&a));
    assert!(!has(&a, "affiliation", "Wanjiru Otieno", "Uganda"), "{:?}", relations(&a));
}

/// A country's government named by its country alone is the country, in both word orders and
/// both languages; a government named otherwise stays a body.
#[test]
fn a_government_named_by_its_country_is_the_country() {
    for text in [
        "The Government of Honduras lodged a protest with El Salvador.",
        "The Honduran Government lodged a protest with El Salvador.",
    ] {
        let a = run(text);
        assert!(
            a.entities.iter().all(|e| e.kind != trame_engine::EntityType::Organization),
            "{:?}",
            a.entities
        );
        assert!(has(&a, "opposition", "Honduras", "El Salvador"), "{:?}", relations(&a));
    }
    let a = run("Le Gouvernement du Honduras a protesté auprès du Salvador.");
    assert!(a.entities.iter().all(|e| e.kind != trame_engine::EntityType::Organization), "{:?}", a.entities);
    let a = run("The Government of National Unity met on Monday.");
    assert!(find(&a, "Government of National Unity").is_some(), "{:?}", a.entities);
}

/// A regional body's name is one organization, and the peoples its name speaks of are no
/// country of the story; a country's own name inside a body's name still is.
#[test]
fn a_regional_bodys_demonym_names_no_country() {
    let a = run("Honduras asked the Organization of American States to send observers to the border.");
    assert!(find(&a, "Organization of American States").is_some(), "{:?}", a.entities);
    assert!(find(&a, "United States").is_none(), "{:?}", a.entities);
    let a = run("Le Honduras a saisi l'Organisation des États américains lundi.");
    assert!(find(&a, "États-Unis").is_none(), "{:?}", a.entities);
    let a = run("The U.S. State Department said the talks would resume.");
    assert!(find(&a, "United States").is_some(), "{:?}", a.entities);
}

/// A known body's name ends where a complement names its seat ("… de La Haye"): one body, not a
/// longer one holding it.
#[test]
fn a_known_bodys_seat_is_no_part_of_its_name() {
    let a = run("Les deux pays veulent saisir la Cour pénale internationale de La Haye.");
    let bodies: Vec<&str> = a
        .entities
        .iter()
        .filter(|e| e.kind == trame_engine::EntityType::Organization)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(bodies, ["CPI"], "{:?}", a.entities);
}

/// A given name that is also a function word ("Said") opens a name inside a sentence, before
/// another name word; the verb in lowercase names no one.
#[test]
fn a_given_name_like_a_verb_opens_a_name_inside_a_sentence() {
    let a = run("The ministry summoned the Qatari envoy to Muscat Said Al Nuaimi on Sunday.");
    assert!(find(&a, "Said Al Nuaimi").is_some(), "{:?}", a.entities);
    assert!(has(&a, "affiliation", "Said Al Nuaimi", "Qatar"), "{:?}", relations(&a));
    let a = run("The envoy said Oman would host the talks.");
    assert!(a.entities.iter().all(|e| e.kind != trame_engine::EntityType::Person), "{:?}", a.entities);
}

/// A long name of glued particles ("X al-Y al-Z") is read whole, its last word too, though the
/// gazetteer knows it as a region, after an honorific the gazetteer lacks; the French spelling
/// "Ryad" is the Saudi capital.
#[test]
fn long_names_with_particles_and_capital_spellings() {
    let a = run("Yesterday, Sheikh Mohammad al-Thamer al-Sabah met the envoy.");
    assert!(find(&a, "Mohammad al-Thamer al-Sabah").is_some(), "{:?}", a.entities);
    let a = run("L'Arabie saoudite et le Koweït ont signé un accord mercredi à Ryad.");
    let ev = a.events.first().expect("an agreement");
    let place = a.entities.iter().find(|e| Some(&e.id) == ev.place.as_ref()).map(|e| e.name.as_str());
    assert_eq!(place, Some("Ryad"), "{:?}", a.entities);
}

/// A country named by its form of state ("the Kingdom of X") is the country, no body; a
/// currency's prefix ("AU$") names no country nor body.
#[test]
fn a_kingdom_is_its_country_and_a_currency_no_one() {
    let a = run("New Zealand delivered a patrol boat to the Kingdom of Tonga, a deal worth AU$40 million.");
    assert!(a.entities.iter().all(|e| e.kind != trame_engine::EntityType::Organization), "{:?}", a.entities);
    assert!(has(&a, "support", "New Zealand", "Tonga"), "{:?}", relations(&a));
}

/// A French service named by a hyphenated compound ("Garde-côtes") is one body, with the
/// country its demonym or complement names.
#[test]
fn a_hyphenated_service_is_one_body() {
    let a =
        run("Le patrouilleur a été remis jeudi par la Garde-côtes indienne à la Garde-côtes des Comores.");
    assert!(has(&a, "affiliation", "Garde-côtes indienne", "Inde"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Garde-côtes des Comores", "Comores"), "{:?}", relations(&a));
}

/// A compound French demonym ("Papouans-néo-guinéens") names its country, and a capital faced
/// ("face à Pékin") is its government.
#[test]
fn compound_demonyms_and_capitals_faced() {
    let a = run("Les Papouans-néo-guinéens pourront servir dans l'armée fidjienne.");
    assert!(find(&a, "Papouasie-Nouvelle-Guinée").is_some(), "{:?}", a.entities);
    let a = run("Wellington renforce ses liens dans le Pacifique face à Pékin.");
    assert!(a.entities.iter().any(|e| e.name == "Chine"), "{:?}", a.entities);
}

/// A body named generically, which the gazetteer gives one country, followed by another
/// country's demonym is that other country's own body, and its chief is the body's.
#[test]
fn a_generic_body_with_another_countrys_demonym_is_that_countrys() {
    let a =
        run("Le chef de l'état-major des armées tchadiennes, le général Idriss Mahamat, a reçu les blindés.");
    assert!(has(&a, "affiliation", "état-major des armées tchadiennes", "Tchad"), "{:?}", relations(&a));
    assert!(!relations(&a).iter().any(|(_, _, t)| t == "France"), "{:?}", relations(&a));
}

/// A ministry's name closes with its head after its domain ("the External Affairs Ministry") or
/// with its domain after its head ("the Ministry of Foreign Affairs"): the capitalised words right
/// after are the person speaking for it.
#[test]
fn a_ministrys_name_ends_before_its_spokespersons_name() {
    let a =
        run("The talks went well.\n\nA spokesman of the Ministry of Foreign Affairs Tran Minh Chau said \
                 on Thursday that the talks went well.");
    assert!(find(&a, "Ministry of Foreign Affairs").is_some(), "{:?}", a.entities);
    let a = run("The talks went well.\n\nA joint secretary in the External Affairs Ministry Ravi Kashyap summoned the \
                 envoy on Tuesday.");
    assert!(find(&a, "External Affairs Ministry").is_some(), "{:?}", a.entities);
    assert!(find(&a, "Ravi Kashyap").is_some(), "{:?}", a.entities);
}

/// A capital stands for its government as the subject of a participle of a political verb, as
/// that participle's addressee after "à", as the inverted subject of a verb of denying, and as the
/// owner of a policy; a capital one travels to stays a place.
#[test]
fn capitals_acting_in_participles_and_inverted_subjects_are_governments() {
    let a = run("Les tensions durent, Nairobi reprochant à Kampala son soutien aux rebelles.");
    let kind = |a: &trame_engine::DocumentAnalysis, n: &str| find(a, n).map(|e| e.kind);
    assert_eq!(kind(&a, "Nairobi"), Some(trame_engine::EntityType::Country), "{:?}", a.entities);
    assert_eq!(kind(&a, "Kampala"), Some(trame_engine::EntityType::Country), "{:?}", a.entities);
    let a =
        run("Le drone a survolé la frontière, selon Lusaka, ce que dément Harare, qui parle d'un oiseau.");
    assert_eq!(kind(&a, "Harare"), Some(trame_engine::EntityType::Country), "{:?}", a.entities);
    let a = run("Le ministre est arrivé lundi à Harare pour deux jours.");
    assert_eq!(kind(&a, "Harare"), Some(trame_engine::EntityType::Place), "{:?}", a.entities);
}

/// French writes a body's name with only its first word capitalised: adjectives in "-al", "-el",
/// "-ien", "-ière", "-ide", "-if" continue it ("Force d'action rapide", "Commission maritime
/// mixte"), a verb after it does not.
#[test]
fn a_french_bodys_lowercase_adjectives_stay_in_its_name() {
    let names = |text: &str| -> Vec<String> { run(text).entities.iter().map(|e| e.name.clone()).collect() };
    let n = names("Au Niger, la Brigade d'intervention rapide a quitté sa base mardi.");
    assert!(n.iter().any(|x| x == "Brigade d'intervention rapide"), "{n:?}");
    let n =
        names("Selon le ministère, le Commandement de la surveillance frontalière a renforcé ses postes.");
    assert!(n.iter().any(|x| x == "Commandement de la surveillance frontalière"), "{n:?}");
    let n = names("Au Bénin, le Conseil estime que la situation reste tendue.");
    assert!(!n.iter().any(|x| x.starts_with("Conseil estime")), "{n:?}");
}

/// A count is no word of a body's name, after a dateline's colon as at a sentence's start
/// ("Suva: Three Estonian Navy ships…").
#[test]
fn a_count_after_a_datelines_colon_is_no_part_of_a_name() {
    let a = run("Tallinn: Three Estonian Navy ships reached the port on Monday.");
    assert!(a.entities.iter().any(|e| e.name == "Estonian Navy"), "{:?}", a.entities);
    assert!(!a.entities.iter().any(|e| e.name.starts_with("Three")), "{:?}", a.entities);
}

/// A body's long name is known whatever the case of its first letter ("l'organisation pour la
/// sécurité et la coopération en Europe"), and its word of cooperation draws no cooperation
/// between the countries of the sentence.
#[test]
fn a_long_name_in_lowercase_is_still_the_body() {
    let a = run("L'organisation pour la sécurité et la coopération en Europe forme des officiers du \
         Kirghizstan postés le long de la frontière avec le Tadjikistan.");
    assert!(a.entities.iter().any(|e| e.name == "OSCE"), "{:?}", a.entities);
    assert!(!relations(&a).iter().any(|(k, _, _)| k == "cooperation"), "{:?}", relations(&a));
}

/// A country's forces called by their own name are its body whatever the case ("Japan's
/// self-defense forces", "les forces d'autodéfense japonaises"); the press's plural of an
/// acronym ("les FAMas") is the acronym.
#[test]
fn own_names_of_forces_in_lowercase_and_plural_acronyms() {
    let a = run("Japan's self-defense forces will send engineers to Palau next year.");
    assert!(has(&a, "affiliation", "Japan Self-Defense Forces", "Japan"), "{:?}", relations(&a));
    let a = run("Au centre du pays, les FAMas ont repoussé une attaque lundi.");
    assert!(a.entities.iter().any(|e| e.name == "FAMa"), "{:?}", a.entities);
}

/// A body read twice over the same words (known by part of its name, read by its head word with
/// the nationality after it) is one entity; a verb after the nationality ends the name ("…
/// thaïlandaises est arrivée").
#[test]
fn one_body_over_the_same_words_is_one_entity() {
    let a = run("Un détachement des Forces armées royales estoniennes est arrivé mardi à Riga.");
    let bodies: Vec<&str> =
        a.entities.iter().filter(|e| e.kind.as_str() == "organization").map(|e| e.name.as_str()).collect();
    assert_eq!(bodies, ["Forces armées royales estoniennes"], "{:?}", a.entities);
}

/// A run of names opening with "Operation"/"Opération" names an operation, not a person, even
/// between a title and a ranked name ("Sector Commander, Operation X, Brig Y").
#[test]
fn an_operations_name_is_no_person() {
    let a = run(
        "Sector Commander, Operation Desert Shield Ten, Maj Gen Ibrahim Tanko said the patrols went on.\n",
    );
    assert!(
        !a.entities.iter().any(|e| e.name.starts_with("Operation") && format!("{:?}", e.kind) == "Person"),
        "{:?}",
        a.entities
    );
    assert!(find(&a, "Ibrahim Tanko").is_some(), "{:?}", a.entities);
}

/// A French body's name runs over a lowercase enumeration of its complements when it goes on to
/// its owner ("Direction de la presse et des relations extérieures des armées gabonaises"), and
/// stops before it when it does not; a number names no body ("les Armées des trois pays").
#[test]
fn a_french_bodys_name_runs_over_a_lowercase_enumeration() {
    let a = run("La Direction de la presse et des relations extérieures des armées gabonaises a diffusé un \
                 communiqué.\n");
    let full = "Direction de la presse et des relations extérieures des armées gabonaises";
    assert!(find(&a, full).is_some(), "{:?}", a.entities);
    assert!(has(&a, "affiliation", full, "Gabon"), "{:?}", relations(&a));
    let a = run("La Direction de la presse et des journalistes locaux ont échangé.\n");
    assert!(find(&a, "Direction de la presse").is_some(), "{:?}", a.entities);
    let a = run("Le texte renforce les liens des Armées des trois pays.\n");
    assert!(a.entities.is_empty(), "{:?}", a.entities);
}

/// A surname of glued lowercase syllables joined by hyphens ("Sae-o-lim") is one name with the
/// given name before it.
#[test]
fn a_surname_of_hyphenated_syllables_is_one_name() {
    let a = run("Thai Defence Minister Somchai Sae-o-lim met his Lao counterpart in Vientiane.\n");
    assert!(find(&a, "Somchai Sae-o-lim").is_some(), "{:?}", a.entities);
    assert!(has(&a, "affiliation", "Somchai Sae-o-lim", "Thailand"), "{:?}", relations(&a));
}

/// A known body's name of four words or more is found in lowercase too, as French often writes
/// it ("les forces de soutien rapide"); a shorter one keeps its capital.
#[test]
fn a_long_known_name_is_found_in_lowercase() {
    let a = run("Le Soudan accuse les forces de soutien rapide d'avoir attaqué la ville.\n");
    assert!(find(&a, "Forces de soutien rapide").is_some(), "{:?}", a.entities);
    assert!(has(&a, "opposition", "Soudan", "Forces de soutien rapide"), "{:?}", relations(&a));
}

/// "The Allies", "l'Alliance" stand for the one alliance the text names; with none named they
/// name nothing.
#[test]
fn the_allies_stand_for_the_one_alliance_named() {
    let a = run(
        "NATO welcomed the foreign minister of Finland. The Allies signed the accession protocol of Sweden \
                 on Tuesday.\n",
    );
    assert!(participants(&a, "agreement").contains(&"NATO".to_string()), "{:?}", a.events);
    let a = run("The Allies landed in Normandy in June.\n");
    assert!(a.entities.iter().all(|e| e.name != "NATO"), "{:?}", a.entities);
}

/// A form of state ("the Sultanate", "le Royaume") stands for the one country of that form the
/// text names, and names nothing when the text names two.
#[test]
fn a_form_of_state_is_the_one_country_of_that_form() {
    let a =
        run("Oman and Qatar held staff talks in Muscat on Monday. The Sultanate's delegation was headed by \
                 Major General Salim Al Harthy.");
    assert!(find(&a, "Oman").is_some_and(|e| e.aliases.iter().any(|x| x == "Sultanate")), "{:?}", a.entities);
    assert!(has(&a, "affiliation", "Salim Al Harthy", "Oman"), "{:?}", relations(&a));
    let a = run("Le Maroc et la Mauritanie ont signé un accord lundi. Le Royaume entend renforcer la \
                 sécurité de sa frontière sud.");
    assert!(find(&a, "Maroc").is_some_and(|e| e.aliases.iter().any(|x| x == "Royaume")), "{:?}", a.entities);
    let a = run("Le Maroc et l'Espagne ont signé un accord lundi. Le Royaume entend renforcer sa marine.");
    assert!(a.entities.iter().all(|e| !e.aliases.iter().any(|x| x == "Royaume")), "{:?}", a.entities);
}

#[test]
fn a_compass_initial_before_a_country_is_its_short_name() {
    let found = named_entities("S. Korea and N. Macedonia sign a defence pact");
    assert!(has_entity(&found, "South Korea", "country"), "{found:?}");
    assert!(has_entity(&found, "North Macedonia", "country"), "{found:?}");
}

#[test]
fn a_spaced_elision_in_a_title_and_a_spanish_spelt_country_are_read() {
    let found = named_entities("The navy chief and Chargé d' Affaires Piet Lamott signed the accord.");
    assert!(!found.iter().any(|(n, _)| n == "Chargé"), "{found:?}");
    assert!(has_entity(&found, "Piet Lamott", "person"), "{found:?}");
    let found = named_entities("Caracas a renforcé sa présence militaire face à Trinidad-et-Tobago.");
    assert!(has_entity(&found, "Trinité-et-Tobago", "country"), "{found:?}");
}

#[test]
fn capitalised_abstract_nouns_name_no_person() {
    let text = "During the drill, troops of both armies will share expertise in simulated scenarios of \
                Counter Insurgency, Humanitarian Assistance, Maritime Interdiction and peacekeeping.";
    let found = named_entities(text);
    assert!(!found.iter().any(|(n, t)| t == "person" && n.contains("Assistance")), "{found:?}");
}

/// A long family name transliterated with other vowels is one person ("Benkhelifa",
/// "Benkhalifa"); short names that differ by their vowels are two ("Salim", "Selim").
#[test]
fn a_name_spelt_with_other_vowels_is_one_person() {
    let a =
        run("Le général Nabil Benkhelifa est arrivé à Tunis. Le général Nabil Benkhalifa a rencontré le \
         ministre Ali Salim puis le ministre Ali Selim.");
    let persons: Vec<_> =
        a.entities.iter().filter(|e| e.kind.as_str() == "person").map(|e| e.name.as_str()).collect();
    assert_eq!(persons.len(), 3, "{persons:?}");
}
