//! The names of bodies as real typography writes them: services, ministries, staffs and groups,
//! with their owners and acronyms (fixtures written for these tests).

use crate::util::{find, has, has_entity, named_entities, relations, run};
use trame_engine::EntityType;

#[test]
fn a_rank_after_a_body_starts_a_person() {
    let found = named_entities(
        "The drill was watched by the Coast Guard Commander Gen. Ana Lopez and by Navy Adm. Tomas Ruiz.",
    );
    assert!(has_entity(&found, "Ana Lopez", "person"), "{found:?}");
    assert!(has_entity(&found, "Tomas Ruiz", "person"), "{found:?}");
    assert!(!found.iter().any(|(n, _)| n.ends_with("Gen") || n.ends_with("Adm")), "{found:?}");
}

#[test]
fn a_day_after_a_body_is_no_part_of_its_name() {
    let found =
        named_entities("Officers of the Kenyan Air Force on Tuesday welcomed the Ugandan delegation.");
    assert!(!found.iter().any(|(n, _)| n.contains("Tuesday")), "{found:?}");
}

#[test]
fn a_body_inside_a_title_starts_after_it() {
    let found = named_entities(
        "Chief of Staff of the Kenya Defence Forces, General Jane Wanjiru, met the Ugandan envoy.",
    );
    assert!(has_entity(&found, "Kenya Defence Forces", "organization"), "{found:?}");
    assert!(!found.iter().any(|(n, _)| n.starts_with("Staff")), "{found:?}");
    let found = named_entities("The accord was reached in St Vincent and the Grenadines on Thursday.");
    assert!(found.iter().any(|(_, k)| k == "country"), "{found:?}");
}

#[test]
fn a_title_case_headline_names_no_body_person_or_exercise_by_its_capitals() {
    let text = "Zambian Army Chief Visits Malawi To Boost Joint Exercises\n\
                The Zambian army chief arrived in Lilongwe on Monday for talks with Malawi.";
    let found = named_entities(text);
    assert!(!found.iter().any(|(n, _)| n.contains("Visits") || n.contains("Boost")), "{found:?}");
    let a = run("Ghana Navy Holds Joint Exercises With Togo\nThe navies of Ghana and Togo began a joint \
                 exercise off Lomé on Tuesday.");
    assert!(a.entities.iter().any(|e| e.name == "Ghana Navy"), "{:?}", a.entities);
    assert!(
        !a.events.iter().any(|e| e.name.as_deref().is_some_and(|n| n.contains("Holds"))),
        "{:?}",
        a.events
    );
}

#[test]
fn a_joint_body_of_two_countries_and_a_foreign_body_inside_a_name() {
    let found = named_entities(
        "The Chilean-Peruvian Border Commission met on Sunday, and the Bahraini Royal Navy sailed.",
    );
    assert!(has_entity(&found, "Chilean-Peruvian Border Commission", "organization"), "{found:?}");
    assert!(!found.iter().any(|(n, _)| n == "Royal Navy"), "{found:?}");
}

/// A word that is also a given name ("Royal") before a nationality is part of the body's name.
#[test]
fn a_given_name_before_a_nationality_belongs_to_the_body() {
    let a = run("Drills.\n\nThe Royal Thai Army sent tanks to the border on Monday.\n");
    let army = find(&a, "Royal Thai Army").unwrap_or_else(|| panic!("{:?}", a.entities));
    assert_eq!(army.kind, EntityType::Organization);
    assert!(find(&a, "Thailand").is_some(), "{:?}", a.entities);
}

/// A capitalised run ending with a text's word ("Agreement", "Accord") names the text, not a
/// person, even after a word that is also a given name; Daech is the Islamic State in French.
#[test]
fn a_texts_name_is_no_person_and_daech_is_known() {
    let a = run("Accord.\n\nThe Lorraine Agreement was signed in 1991 by both parties.\n");
    assert!(a.entities.iter().all(|e| e.kind != EntityType::Person), "{:?}", a.entities);
    let a = run("Sahel.\n\nLe Niger a combattu Daech près de la frontière malienne.\n");
    assert!(find(&a, "Daech").is_some_and(|e| e.kind == EntityType::Organization), "{:?}", a.entities);
}

/// A body named by its country's name before its head ("Police", "Authority") belongs to that
/// country; "and" after the head joins no second word to its name.
#[test]
fn a_country_before_a_body_is_its_owner() {
    let a = run("Patrols.\n\nOfficers of the Malawi National Police and the Malawi Ports Authority and Customs met on Friday.\n");
    assert!(has(&a, "affiliation", "Malawi National Police", "Malawi"), "{:?}", relations(&a));
    assert!(find(&a, "Malawi Ports Authority").is_some(), "{:?}", a.entities);
    assert!(a.entities.iter().all(|e| !e.name.contains("Customs")), "{:?}", a.entities);
}

/// A nationality after a capitalised service's words ("Forces armées royales", a name another
/// kingdom's forces also bear) makes a body of that country, and the acronym after it is its own,
/// whatever body elsewhere bears the same letters.
#[test]
fn a_nationality_after_a_royal_service_names_that_countrys_body() {
    let a = run("Exercice.\n\nLes Forces armées royales thaïlandaises (RCAF) ont reçu des officiers laotiens mardi. Les RCAF ont salué leur venue.\n");
    let body = find(&a, "Forces armées royales thaïlandaises").unwrap_or_else(|| panic!("{:?}", a.entities));
    assert_eq!(body.kind, EntityType::Organization);
    assert!(
        has(&a, "affiliation", "Forces armées royales thaïlandaises", "Thaïlande"),
        "{:?}",
        relations(&a)
    );
    assert!(a.entities.iter().all(|e| !e.name.contains("canadienne")), "{:?}", a.entities);
}

/// Two bodies joined by a hyphen ("Ghana Navy-Togo Navy") are two names; plural ministries of
/// several countries are no one body; "Guinée Bissau" is written without its hyphen too.
#[test]
fn hyphen_joined_bodies_plural_ministries_and_an_unhyphenated_country() {
    let a = run("Drills.\n\nThe yearly Ghana Navy-Togo Navy drill opened in Lomé, and the Defence Ministries of Ghana and Togo met.\n");
    assert!(find(&a, "Ghana Navy").is_some() && find(&a, "Togo Navy").is_some(), "{:?}", a.entities);
    assert!(a.entities.iter().all(|e| !e.name.contains("Ministries")), "{:?}", a.entities);
    let a = run("Visite.\n\nLe ministre s'est rendu en Guinée Bissau lundi.\n");
    assert!(find(&a, "Guinée-Bissau").is_some(), "{:?}", a.entities);
}

/// A word that is also a given name right before a body's head ("Land Forces", "Royal Marines")
/// is part of the body's name, and the nationality inside stays its country.
#[test]
fn a_given_name_right_before_a_bodys_head_is_part_of_its_name() {
    let a = run("Drills.\n\nThe Royal Moroccan Land Forces trained with Senegalese units near the border on Monday.\n");
    let body = find(&a, "Royal Moroccan Land Forces").unwrap_or_else(|| panic!("{:?}", a.entities));
    assert_eq!(body.kind, EntityType::Organization);
    assert!(find(&a, "Morocco").is_some(), "{:?}", a.entities);
}

/// Institutions any reader knows by name (the European Commission, central banks, the Fed) are
/// organizations, and a wire service's "… Newsroom" is a body, not a place.
#[test]
fn well_known_institutions_are_organizations() {
    let a = run("Markets.\n\nThe Fed and the Bundesbank kept rates unchanged, the European Commission said on Friday.\n");
    for name in ["Fed", "Bundesbank", "European Commission"] {
        let e = find(&a, name).unwrap_or_else(|| panic!("{name}: {:?}", a.entities));
        assert_eq!(e.kind, EntityType::Organization, "{name}");
    }
    let a = run("Oil.\n\nPrices rose on Monday, traders told the Lagos Newsroom.\n");
    assert!(
        find(&a, "Lagos Newsroom").is_some_and(|e| e.kind == EntityType::Organization),
        "{:?}",
        a.entities
    );
    // a newspaper quoted by name is a body too, not a person
    let a = run("Talks.\n\nThe minister told Der Spiegel on Sunday that the talks would resume.\n");
    assert!(find(&a, "Der Spiegel").is_some_and(|e| e.kind == EntityType::Organization), "{:?}", a.entities);
}

/// A service named after its country's possessive ("Oman's Navy") is that country's body, and
/// the same body as the service written with the nationality, capitalised or not.
#[test]
fn a_service_after_a_possessive_is_one_body_with_its_other_names() {
    let a =
        run("Drills.\n\nOman's Navy sailed on Monday. The Omani navy said the Omani Navy would return.\n");
    let navies: Vec<_> = a.entities.iter().filter(|e| e.kind == EntityType::Organization).collect();
    assert_eq!(navies.len(), 1, "{:?}", a.entities);
    assert!(has(&a, "affiliation", &navies[0].name, "Oman"), "{:?}", relations(&a));
}

/// Words another country's body is known by ("Royal Navy"), after a country's possessive, name
/// that country's body: one entity, of that country.
#[test]
fn a_known_bodys_words_after_a_possessive_name_that_countrys_body() {
    let a = run("Drills.\n\nShips of Oman's Royal Navy and Qatar's Emiri Navy sailed on Monday.\n");
    let navies: Vec<_> = a.entities.iter().filter(|e| e.name == "Royal Navy").collect();
    assert_eq!(navies.len(), 1, "{:?}", a.entities);
    assert!(has(&a, "affiliation", "Royal Navy", "Oman"), "{:?}", relations(&a));
}

/// French writes only the first word of a body's name in capitals: lowercase adjectives and the
/// nouns of its complements continue the name ("Commandement des opérations spéciales du Togo",
/// "Force opérationnelle spéciale"), but not into another body ("du ministère…").
#[test]
fn a_french_bodys_name_goes_on_in_lowercase() {
    let a =
        run("Le colonel Paul Amega, du Commandement des opérations spéciales du Togo, a salué les équipes.");
    assert!(
        a.entities.iter().any(|e| e.name == "Commandement des opérations spéciales du Togo"),
        "{:?}",
        a.entities
    );
    let a = run("Le colonel Paul Amega, chef de la Force opérationnelle spéciale, a salué les équipes.");
    assert!(a.entities.iter().any(|e| e.name == "Force opérationnelle spéciale"), "{:?}", a.entities);
    let a = run("Les Corps du ministère togolais de la Défense ont défilé.");
    assert!(a.entities.iter().all(|e| !e.name.starts_with("Corps du")), "{:?}", a.entities);
}

/// A ministry read by its pattern around a body the gazetteer knows, both ending on the same word,
/// is one body: "the US State Department" and a later "State Department" are one entity.
#[test]
fn a_known_body_inside_a_ministry_pattern_is_that_body() {
    let a =
        run("The US State Department voiced concern on Friday. The State Department also asked for calm.");
    let bodies: Vec<&str> =
        a.entities.iter().filter(|e| e.kind == EntityType::Organization).map(|e| e.name.as_str()).collect();
    assert_eq!(bodies.len(), 1, "{bodies:?}");
}

/// A facility word opening a capitalised name ("Camp Harwell", "Base Tindouf") names a place, as
/// one closing it does; a body's name before a lowercase "chief" and a name makes the person that
/// body's.
#[test]
fn facility_words_first_and_chiefs_of_bodies() {
    let found = named_entities("Marines trained at Camp Harwell before flying to Base Kerrow.");
    assert!(has_entity(&found, "Camp Harwell", "place"), "{found:?}");
    assert!(has_entity(&found, "Base Kerrow", "place"), "{found:?}");
    assert!(!found.iter().any(|(_, k)| k == "person"), "{found:?}");
    let a = run("Kenya Air Force chief Ruth Wambui met her hosts on Monday.");
    assert!(has(&a, "affiliation", "Ruth Wambui", "Kenya Air Force"), "{:?}", relations(&a));
}

/// Armed groups any analyst knows are organizations from the reviewed table, whole names with
/// their inner hyphens and lowercase syllables, in both languages.
#[test]
fn armed_groups_from_the_reviewed_table() {
    let found = named_entities("Officials said Lashkar-e-Taiba and the Pakistani Taliban trained together.");
    assert!(has_entity(&found, "Lashkar-e-Taiba", "organization"), "{found:?}");
    let a = run("Le Burkina Faso a mené une opération contre l'EIGS près de la frontière.");
    assert!(has(&a, "opposition", "Burkina Faso", "EIGS"), "{:?}", relations(&a));
}

/// A country's own long name with a body's head word ("the Republic of Korea", "the Russian
/// Federation") is the country, not a body of it as well.
#[test]
fn a_country_long_name_is_no_body() {
    let found = named_entities("Drills were held on the frontier of the Russian Federation on Monday.");
    assert!(has_entity(&found, "Russia", "country"), "{found:?}");
    assert!(!found.iter().any(|(_, k)| k == "organization"), "{found:?}");
}

/// A French minister's domain ("ministre des Armées, des Vétérans…") names no body of
/// its own, even over an enumeration of complements.
#[test]
fn a_title_domain_names_no_body() {
    let found = named_entities("La réunion était présidée par Ali Mahamat, ministre des Armées, des Vétérans et des Réservistes du Niger.");
    assert!(!found.iter().any(|(_, k)| k == "organization"), "{found:?}");
    assert!(has_entity(&found, "Ali Mahamat", "person"), "{found:?}");
}

/// A staff named by rank and title words ("the General Staff", "the Joint Chiefs of Staff") is a
/// body of the country before it.
#[test]
fn a_staff_named_by_rank_words_is_a_body() {
    let a = run("Chile's Joint Chiefs of Staff said the exercise would go ahead.\n");
    assert!(has(&a, "affiliation", "Joint Chiefs of Staff", "Chile"), "{:?}", relations(&a));
}

/// United Nations agencies are bodies known by their full names and acronyms, in both languages.
#[test]
fn un_agencies_are_known_bodies() {
    let a = run("Le Programme des Nations unies pour le développement finance le projet. L'Organisation internationale pour les migrations y participe aussi.");
    assert!(!a.entities.iter().any(|e| e.name == "Organisation internationale"), "{:?}", a.entities);
    for n in ["OIM", "PNUD"] {
        assert!(find(&a, n).is_some_and(|e| e.kind == EntityType::Organization), "{n}: {:?}", a.entities);
    }
}

/// A French body's name runs on over "et de la" to its second domain, but not into another known
/// body ("des bases de l'Union africaine et de l'Otan").
#[test]
fn a_french_body_name_runs_over_et_de_la() {
    let a = run("Le ministère des Affaires étrangères et de la Coopération internationale a réagi.");
    assert!(
        find(&a, "ministère des Affaires étrangères et de la Coopération internationale").is_some(),
        "{:?}",
        a.entities
    );
    let a = run("Les manœuvres se tiennent près des bases de l'Union africaine et de l'Otan.");
    assert!(!a.entities.iter().any(|e| e.name.contains("et de l")), "{:?}", a.entities);
}

/// A body's head word followed by a facility's ("the Union Buildings", "Parliament Palace") names
/// the place where the body sits, not an organization, and no visit takes it as a party.
#[test]
fn a_bodys_head_then_a_facility_word_is_a_place() {
    let a = run("Visit.\n\nThe president welcomed his guest at the Union Buildings in Pretoria.\n");
    assert!(find(&a, "Union Buildings").is_some_and(|e| e.kind == EntityType::Place), "{:?}", a.entities);
}

/// A generic name of a country's forces ("l'armée congolaise", "the Kenyan army") is the
/// organization the tables know as that country's whole armed forces, one entity with it.
#[test]
fn a_generic_army_is_the_known_armed_forces() {
    let a = run("Front.\n\nLes FARDC ont riposté. L'armée congolaise a repris la ville de Goma.\n");
    let orgs: Vec<_> = a.entities.iter().filter(|e| e.kind == EntityType::Organization).collect();
    assert_eq!(orgs.len(), 1, "{orgs:?}");
    let b = run("Front.\n\nThe Kenyan army said its troops had crossed into Somalia.\n");
    assert!(find(&b, "Kenyan army").is_some_and(|e| e.name.contains("Kenya Defence")), "{:?}", b.entities);
}

/// A French body's name ends with its nationality: the verb after it is no part of it
/// ("l'Armée ghanéenne indique…").
#[test]
fn a_french_body_name_ends_with_its_nationality() {
    let found =
        named_entities("Front.\n\nLe communiqué de l'Armée ghanéenne indique que la frontière est calme.\n");
    assert!(found.iter().any(|(n, k)| n == "Armée ghanéenne" && k == "organization"), "{found:?}");
}

/// A known body in parentheses names the body read before it, over the place it is "in": "la
/// Force … au Liban (Finul)" is one organization with its acronym.
#[test]
fn a_known_acronym_in_parentheses_names_the_body_before_it() {
    let a = run("Casques bleus.\n\nLa Force des Nations unies au Liban (Finul) a quitté Tyr.\n");
    let orgs: Vec<_> = a.entities.iter().filter(|e| e.kind == EntityType::Organization).collect();
    assert!(!orgs.iter().any(|e| e.name == "Force des Nations unies"), "{orgs:?}");
    let finul = find(&a, "Finul").expect("the force");
    assert!(finul.aliases.iter().chain([&finul.name]).any(|n| n.ends_with("au Liban")), "{finul:?}");
    // (a country named in the name agrees with the known body's, whatever shorter name it holds)
    let b = run("Drill.\n\nOfficers of the Papua New Guinea Defence Force (PNGDF) trained with Fiji.\n");
    let orgs: Vec<_> = b.entities.iter().filter(|e| e.kind == EntityType::Organization).collect();
    assert_eq!(orgs.len(), 1, "{orgs:?}");
    // (a country's forces are no stateless group of the same letters)
    let c =
        run("Exercice.\n\nLes Forces armées royales cambodgiennes (FARC) ont reçu des officiers chinois.\n");
    assert!(
        find(&c, "Forces armées royales cambodgiennes").is_some_and(|e| e.name.contains("cambodgiennes")),
        "{:?}",
        c.entities
    );
}

/// Plural ministries name no body ("les ministères des Affaires étrangères des pays voisins"), and the end of
/// a compound names no service ("des commandos-marine français").
#[test]
fn plural_ministries_and_compounds_name_no_body() {
    let found = named_entities("Sommet.\n\nLes ministères des Affaires étrangères des pays voisins ont approuvé le plan. Des commandos-marine français ont participé.\n");
    assert!(!found.iter().any(|(_, k)| k == "organization"), "{found:?}");
}

/// "People's" inside a force's name keeps the name whole, and the force belongs to the country
/// named before it.
#[test]
fn peoples_inside_a_force_s_name() {
    let a = run("Officers of the Lao People’s Navy and of the Vietnam People's Air Force met in Vientiane.");
    assert!(find(&a, "Lao People’s Navy").is_some(), "{:?}", a.entities);
    assert!(has(&a, "affiliation", "Vietnam People's Air Force", "Vietnam"), "{:?}", relations(&a));
}

/// French police and gendarmerie bodies are named like other services ("la Police nationale du
/// Bénin"); a lowercase word after the owner's country is the sentence's, not the name's; an
/// honorific between a title and a name ("S.E.M") keeps the title's country.
#[test]
fn french_police_bodies_honorifics_and_the_end_of_a_name() {
    let a = run("Des renforts appuient la Police nationale du Bénin et la Gendarmerie nationale du Bénin.");
    assert!(has(&a, "affiliation", "Police nationale du Bénin", "Bénin"), "{:?}", relations(&a));
    let a = run("Des recrues rejoignent l'Armée du Bénin engagée dans le nord.");
    assert!(find(&a, "Armée du Bénin engagée").is_none(), "{:?}", a.entities);
    let a = run("Le ministre a reçu l'ambassadeur du Japon au Bénin, S.E.M Kenji Sato, lundi.");
    assert!(has(&a, "affiliation", "Kenji Sato", "Japon"), "{:?}", relations(&a));
}

/// A French ministry's capitalised domain keeps its adjectives ("ministère de la Sécurité
/// publique"); a body's name ends before a person's ("… européenne Ana von der Berg"); a French
/// form the gazetteer lacked ("îles Salomon").
#[test]
fn ministry_adjectives_names_after_bodies_and_french_forms() {
    let a = run("Le ministère de la Sécurité publique du Togo a publié un communiqué.");
    assert!(find(&a, "ministère de la Sécurité publique du Togo").is_some(), "{:?}", a.entities);
    let a = run("Le texte a été salué par la présidente du Conseil européen Anna von der Brück.");
    assert!(find(&a, "Anna von der Brück").is_some(), "{:?}", a.entities);
    let a = run("Le Japon a livré des vedettes aux îles Salomon, selon un communiqué de Tokyo.");
    assert!(find(&a, "Îles Salomon").is_some(), "{:?}", a.entities);
}

/// A capitalised body after "de l'" in a title's complement ("chef adjoint de l'État-major") is
/// the title's domain, not a person.
#[test]
fn a_capitalised_body_after_a_titles_article_is_no_person() {
    let a = run("Selon Tomas Reyes, chef adjoint de l'État-major péruvien, la mission est utile.");
    assert!(
        !a.entities.iter().any(|e| e.kind == EntityType::Person && e.name.contains("tat-major")),
        "{:?}",
        a.entities
    );
}

/// A sum written with its currency's letter ("K12.5 million") is no word of a body's name; a
/// summit's short name with a year ("Apec 2018") names no exercise.
#[test]
fn sums_and_summits_are_no_names_of_bodies_or_drills() {
    let a = run("Talks.\n\nJapan gave the Defence Force K12.5 million on Friday for the Apec 2018 meetings.");
    assert!(!a.entities.iter().any(|e| e.name.contains("K12")), "{:?}", a.entities);
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "exercise"), "{:?}", a.events);
}

/// A French body's full name, lowercase words included, runs up to its acronym in parentheses
/// when the initials spell it, replacing a shorter reading from the same first word.
#[test]
fn a_french_body_runs_up_to_its_acronym() {
    let a =
        run("Talks.\n\nUn porte-parole du Conseil national pour la défense de la nation (CNDN) a parlé au \
                 Tchad. Le CNDN a aussi écrit.");
    let e = find(&a, "CNDN").expect("the body");
    assert!(e.aliases.iter().chain([&e.name]).any(|n| n.contains("pour la défense de la nation")), "{e:?}");
}

/// "Headquarters" after a rank word is a body's or a place's name, not a person's.
#[test]
fn general_headquarters_is_no_person() {
    let a = run("The two chiefs met at General Headquarters in Islamabad to review training.");
    assert!(
        a.entities.iter().all(|e| e.kind != EntityType::Person),
        "{:?}",
        a.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

/// A French body's name stops before "de" and an infinitive (what it is told to do), and a
/// treaty spelt out before its acronym is no body.
#[test]
fn a_french_body_name_stops_before_an_infinitive_and_a_treaty_is_no_body() {
    let a = run("Les discussions continuent. Le ministre a demandé à la Direction générale des douanes \
                 de renforcer les contrôles.");
    assert!(find(&a, "Direction générale des douanes").is_some(), "{:?}", a.entities);
    let a = run("Les discussions continuent. Les deux pays ont revu le Traité de Défense Mutuelle (TDM) \
                 signé en 2011.");
    assert!(a.entities.iter().all(|e| e.kind != EntityType::Organization), "{:?}", a.entities);
}

/// A body's name ends before a person's name whose particle is glued by a hyphen ("…des Affaires
/// étrangères Omar al-Nasri").
#[test]
fn a_hyphenated_particle_opens_a_name_after_a_body() {
    let a =
        run("D'après le directeur au ministère des Affaires étrangères Omar al-Nasri, le calme est revenu.");
    assert!(a.entities.iter().any(|e| e.name == "Omar al-Nasri"), "{:?}", a.entities);
    assert!(a.entities.iter().any(|e| e.name == "ministère des Affaires étrangères"), "{:?}", a.entities);
}

/// A name right after a group word is that group's, whatever its shape ("le groupe rebelle
/// KORO-Lumbe", "the militant group Sahel Brigade").
#[test]
fn a_name_after_a_group_word_is_an_organization() {
    let a = run("Le Gabon accuse le Congo de soutenir le groupe rebelle KORO-Lumbe.\n");
    let g = find(&a, "KORO-Lumbe").expect("the group");
    assert_eq!(g.kind.as_str(), "organization");
    let a = run("Chadian troops fought the militant group Sahel Brigade near the border.\n");
    let g = find(&a, "Sahel Brigade").expect("the group");
    assert_eq!(g.kind.as_str(), "organization");
}

/// A body's name stops before a compound given name ("du ministère belge de la Défense
/// Marie-Claire Dupont"): the body and the person are two.
#[test]
fn a_body_name_stops_before_a_compound_given_name() {
    let a = run("Livraison.\n\nLa cérémonie s'est tenue en présence du ministère belge de la Défense \
         Marie-Claire Dupont et de son homologue.");
    assert!(find(&a, "Marie-Claire Dupont").is_some(), "{:?}", a.entities);
    assert!(find(&a, "ministère belge de la Défense").is_some(), "{:?}", a.entities);
}

/// A French service's word capitalised inside a sentence before its country names that service
/// ("l'Armée du Ghana"); written lowercase ("l'armée du Ghana") it is no named body.
#[test]
fn a_capitalised_service_before_its_country_is_named() {
    let found =
        named_entities("Rapport.\n\nLes soldats togolais et l'Armée du Ghana ont patrouillé ensemble.\n");
    assert!(has_entity(&found, "Armée du Ghana", "organization"), "{found:?}");
    let found =
        named_entities("Rapport.\n\nLes soldats togolais et l'armée du Ghana ont patrouillé ensemble.\n");
    assert!(!has_entity(&found, "armée du Ghana", "organization"), "{found:?}");
}

/// A body's name starts after a diplomat's or a role's word ("Defence Attache Indian Army Colonel
/// X" names the Indian Army) and stops before "on" and a country's possessive ("a medal of
/// the Estrian Army on Norland's top general").
#[test]
fn a_body_name_between_a_role_and_another_owner() {
    let found = named_entities(
        "Report.\n\nDefence Attache Kenyan Army Colonel Otieno Were handed over the trucks.\n",
    );
    assert!(has_entity(&found, "Kenyan Army", "organization"), "{found:?}");
    let found = named_entities(
        "Report.\n\nKenya conferred a medal of the Kenyan Army on Uganda's top general last week.\n",
    );
    assert!(has_entity(&found, "Kenyan Army", "organization"), "{found:?}");
    assert!(!found.iter().any(|(n, _)| n.contains("Army on")), "{found:?}");
}

/// A French body's name runs on over a lowercase service named inside it after a connector
/// ("Direction générale des garde-côtes X", "… de la police nationale X"), and takes the
/// country of the demonym that closes it, in any of its four forms ("libyennes").
#[test]
fn a_french_body_named_over_a_lowercase_service_inside() {
    let a = run("Rapport.\n\nLa Tunisie a remis trois vedettes mardi à la Direction nationale des \
                 garde-côtes libyennes.");
    assert!(find(&a, "Direction nationale des garde-côtes libyennes").is_some(), "{:?}", a.entities);
    assert!(has(&a, "support", "Tunisie", "Libye"), "{:?}", relations(&a));
    let a = run("Rapport.\n\nLe Chili remet des camions à la Direction générale de la police \
                 nationale uruguayenne.");
    assert!(has(&a, "support", "Chili", "Uruguay"), "{:?}", relations(&a));
}

/// An acronym without parentheses that spells the initials of a body the text names in full is
/// that body ("les Forces armées tchadiennes … le chef des FAT"); one that spells no body named
/// stays apart.
#[test]
fn an_acronym_spelling_a_body_named_in_full_is_that_body() {
    let a = run("Rapport.\n\nLes Forces armées tchadiennes ont reçu des camions. Le chef des FAT a \
                 remercié les donateurs.");
    let body = find(&a, "Forces armées tchadiennes").expect("the body");
    assert_eq!(body.mentions.len(), 2, "{:?}", body);
    let a = run("Report.\n\nThe Ghana Armed Forces hosted the talks. The GAF commander thanked the \
                 guests, and the ECB chief spoke.");
    let body = find(&a, "Ghana Armed Forces").expect("the body");
    assert_eq!(body.mentions.len(), 2, "{:?}", body);
}

/// An agency of information is a news agency: a source of the story, never a party of its events
/// ("a rapporté l'Agence X d'information").
#[test]
fn an_agency_of_information_is_a_source() {
    let a = run("Rapport.\n\nLe chef d'état-major a dirigé ce mardi à Dakar les travaux du comité \
                 mixte de défense, avec son homologue gambien, en visite dans notre pays, a \
                 rapporté l'Agence sénégalaise d'information (ASI).");
    let ev = a.events.first().expect("a visit");
    let agency = find(&a, "Agence sénégalaise d'information").expect("the agency");
    assert!(!ev.participants.contains(&agency.id), "{:?}", a.events);
}

/// A day or a month right after a body's name is the sentence's, not the name's ("the X Navy
/// Tuesday received…").
#[test]
fn a_weekday_after_a_body_ends_its_name() {
    let a = run("Report.\n\nThe Ghana Navy Tuesday received two boats from Italy.");
    assert!(find(&a, "Ghana Navy").is_some(), "{:?}", a.entities);
    assert!(has(&a, "support", "Italy", "Ghana"), "{:?}", relations(&a));
}

/// An acronym spelling a known body's name in the other language ("les miliciens des ADF,
/// c'est-à-dire les Forces démocratiques alliées", from "Allied Democratic Forces") is that body,
/// not a second one.
#[test]
fn an_acronym_of_the_other_language_is_the_same_body() {
    let a =
        run("Rapport.\n\nL'armée a attaqué les miliciens des ADF, c'est-à-dire les Forces démocratiques \
         alliées, près de Beni. Les ADF ont fui.\n");
    let bodies: Vec<&str> = a
        .entities
        .iter()
        .filter(|e| e.name.contains("ADF") || e.name.contains("alliées"))
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(bodies.len(), 1, "{bodies:?}");
}

/// A known body as the subject right before a verb of composition ("the bloc comprises A, B and
/// C", "l'organisation regroupe A, B et C") lists its members.
#[test]
fn a_body_that_comprises_countries_has_them_as_members() {
    let a = run("Report.\n\nThe SADC groups Zambia, Malawi and Botswana, and meets every year.\n");
    for member in ["Zambia", "Malawi", "Botswana"] {
        assert!(has(&a, "affiliation", member, "SADC"), "{:?}", relations(&a));
    }
}

#[test]
fn a_name_after_a_noun_of_firms_is_a_company() {
    // a given name inside ("Martin") or an unknown word makes no person after "groupe estrien"
    let fr = named_entities(
        "L'armée de l'air remplacera ses chasseurs par des appareils du groupe américain Lockheed Martin.",
    );
    assert!(has_entity(&fr, "Lockheed Martin", "organization"), "{fr:?}");
    let en = named_entities("The navy ordered four drones from Turkish drone maker Velkor Systems in May.");
    assert!(has_entity(&en, "Velkor Systems", "organization"), "{en:?}");
    // an armed group keeps its own reading
    let group = named_entities("Le groupe Vorko a attaqué un poste de l'armée malienne.");
    assert!(!group.iter().any(|(n, t)| n == "Vorko" && t == "person"), "{group:?}");
}

/// A known body whose name holds the body it is part of names that body too ("Conseil de
/// sécurité de l'ONU"): the part belongs to it, and only the part takes part in an event.
#[test]
fn a_body_named_inside_its_part_is_named_too() {
    let a = run("Le Conseil de sécurité de l'ONU a approuvé la mission. Les soldats kényans sont \
                 arrivés mardi en Haïti, avec le feu vert que leur a donné le Conseil de sécurité de l'ONU.");
    assert!(has(&a, "affiliation", "Conseil de sécurité de l'ONU", "Nations unies"), "{:?}", relations(&a));
    assert!(!has(&a, "cooperation", "Conseil de sécurité de l'ONU", "Nations unies"), "{:?}", relations(&a));
}

#[test]
fn a_verb_before_a_head_in_a_headline_names_no_body() {
    let found = named_entities(
        "Ghana, Togo Army Chiefs Agree To Join Forces Against Smugglers\n\nThe chiefs met on Monday.\n",
    );
    assert!(!found.iter().any(|(n, _)| n.contains("Forces")), "{found:?}");
}

/// A ministry named bare before two countries' ministries of the same domain is neither of them:
/// no alphabetical guess gives it a country.
#[test]
fn a_bare_ministry_before_two_owned_ones_stays_apart() {
    let a = run("Coopération\n\nDes officiers du ministère de la Défense sont arrivés jeudi. Le ministère \
         malien de la Défense travaillera avec le ministère ghanéen de la Défense.");
    let ministries: Vec<_> = a.entities.iter().filter(|e| e.name.starts_with("ministère")).collect();
    assert_eq!(ministries.len(), 3, "{ministries:?}");
}

/// A craft's model after a body's name is no word of it ("…Air Force C-130"), and a ministry named
/// bare before another country's ministry of its domain is not that one.
#[test]
fn a_model_ends_a_body_and_a_bare_ministry_keeps_apart() {
    let a = run(
        "Oslo, May 2 (Agency) -- A frigate of the Estonian navy tracked a Royal Norwegian Air Force P-3 \
         patrol aircraft, the Defence Ministry said. The Estonian Ministry of Defence denied it.",
    );
    assert!(find(&a, "Royal Norwegian Air Force").is_some(), "{:?}", a.entities);
    let bare = find(&a, "Defence Ministry").expect("the bare ministry");
    assert!(!bare.aliases.iter().any(|x| x.contains("Estonian")), "{bare:?}");
}

/// A plural country's bare apostrophe is its possessive: "the Philippines' Navy" is that
/// country's navy.
#[test]
fn a_plural_possessive_names_the_owner() {
    let a = run("Two patrol boats were handed to the Bahamas' Navy on Friday.");
    let navy = a.entities.iter().find(|e| e.kind.as_str() == "organization").expect("the navy");
    assert!(
        relations(&a).iter().any(|(k, s, t)| k == "affiliation" && *s == navy.name && t == "Bahamas"),
        "{:?}",
        relations(&a)
    );
}

/// A body named with a lowercase complement before its forces ("le Corps d'instruction des forces
/// armées X") is one body of that country, not a corps of "instruction des forces armées".
#[test]
fn a_lowercase_complement_keeps_a_body_whole() {
    let found = named_entities("Le chef du Corps d'instruction des forces armées sénégalaises a parlé.");
    assert!(
        has_entity(&found, "Corps d'instruction des forces armées sénégalaises", "organization"),
        "{found:?}"
    );
}

/// "The Estonian Foreign Ministry", "the Estonian Ministry of Foreign Affairs" and "the Estonian
/// ministry" of the same text are one body.
#[test]
fn one_country_s_foreign_ministry_named_three_ways_is_one_body() {
    let a = run(
        "Estonia protests\n\nThe Estonian Ministry of Foreign Affairs has summoned the Russian envoy on Monday. \
         The Estonian Foreign Ministry called the flight a provocation, a statement of the Estonian \
         ministry said.",
    );
    let bodies =
        a.entities.iter().filter(|e| e.kind == EntityType::Organization && e.name.contains("inistr"));
    assert_eq!(bodies.count(), 1, "{:?}", a.entities);
}
