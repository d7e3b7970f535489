//! Names as real typography writes them: ranks and titles between a body and a person, days after
//! a body's name, craft named after a patrol: fixtures written for these tests.

use crate::util::{find, has as has_relation, relations, run};
use trame_engine::EntityType;

/// The (name, type) pairs of the entities of `a` that are not dates.
fn entities(text: &str) -> Vec<(String, String)> {
    let a = run(text);
    a.entities
        .iter()
        .filter(|e| e.kind.as_str() != "date")
        .map(|e| (e.name.clone(), e.kind.as_str().to_string()))
        .collect()
}

fn has(found: &[(String, String)], name: &str, kind: &str) -> bool {
    found.iter().any(|(n, k)| n == name && k == kind)
}

#[test]
fn a_rank_after_a_body_starts_a_person() {
    let found = entities(
        "The drill was watched by the Coast Guard Commander Gen. Ana Lopez and by Navy Adm. Tomas Ruiz.",
    );
    assert!(has(&found, "Ana Lopez", "person"), "{found:?}");
    assert!(has(&found, "Tomas Ruiz", "person"), "{found:?}");
    assert!(!found.iter().any(|(n, _)| n.ends_with("Gen") || n.ends_with("Adm")), "{found:?}");
}

#[test]
fn a_day_after_a_body_is_no_part_of_its_name() {
    let found = entities("Officers of the Kenyan Air Force on Tuesday welcomed the Ugandan delegation.");
    assert!(!found.iter().any(|(n, _)| n.contains("Tuesday")), "{found:?}");
}

#[test]
fn a_cabinet_title_is_no_person() {
    let found = entities("Chief Cabinet Secretary Kenji Mori said Japan lodged a protest with China.");
    assert!(has(&found, "Kenji Mori", "person"), "{found:?}");
    assert!(!found.iter().any(|(n, _)| n == "Cabinet"), "{found:?}");
}

#[test]
fn a_patrol_craft_is_no_patrol() {
    let a =
        run("Four Chinese patrol ships entered Japanese waters, and Indian maritime patrol aircraft flew \
                 over the Andaman Sea.");
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "patrol"), "{:?}", a.events);
}

#[test]
fn a_city_after_a_given_name_is_a_surname() {
    let found = entities("Navy spokesperson Laura Valencia said the drills with Peru would end on Friday.");
    assert!(has(&found, "Laura Valencia", "person"), "{found:?}");
    assert!(!found.iter().any(|(n, _)| n == "Valencia"), "{found:?}");
}

#[test]
fn a_unit_number_ends_its_name() {
    let found = entities("Destroyer Squadron 12 and Patrol Squadron 7 of the Chilean Navy joined the drill.");
    assert!(has(&found, "Destroyer Squadron 12", "organization"), "{found:?}");
    assert!(has(&found, "Patrol Squadron 7", "organization"), "{found:?}");
}

#[test]
fn a_body_inside_a_title_starts_after_it() {
    let found =
        entities("Chief of Staff of the Kenya Defence Forces, General Jane Wanjiru, met the Ugandan envoy.");
    assert!(has(&found, "Kenya Defence Forces", "organization"), "{found:?}");
    assert!(!found.iter().any(|(n, _)| n.starts_with("Staff")), "{found:?}");
    let found = entities("The accord was reached in St Vincent and the Grenadines on Thursday.");
    assert!(found.iter().any(|(_, k)| k == "country"), "{found:?}");
}

#[test]
fn a_title_case_headline_names_no_body_person_or_exercise_by_its_capitals() {
    let text = "Zambian Army Chief Visits Malawi To Boost Joint Exercises\n\
                The Zambian army chief arrived in Lilongwe on Monday for talks with Malawi.";
    let found = entities(text);
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
fn a_war_and_a_hyphenated_rank_are_no_person() {
    let found = entities("C'est le premier traité de ce genre depuis la Seconde Guerre mondiale.");
    assert!(!found.iter().any(|(_, k)| k == "person"), "{found:?}");
    let found = entities("The deal was signed by Major-General Amos Tetteh, the centre's commandant.");
    assert!(has(&found, "Amos Tetteh", "person"), "{found:?}");
    assert!(!found.iter().any(|(n, _)| n.starts_with("Major")), "{found:?}");
}

#[test]
fn a_joint_body_of_two_countries_and_a_foreign_body_inside_a_name() {
    let found =
        entities("The Chilean-Peruvian Border Commission met on Sunday, and the Bahraini Royal Navy sailed.");
    assert!(has(&found, "Chilean-Peruvian Border Commission", "organization"), "{found:?}");
    assert!(!found.iter().any(|(n, _)| n == "Royal Navy"), "{found:?}");
}

#[test]
fn a_training_centre_is_no_exercise() {
    let a = run("Les soldats kényans et ougandais ont suivi des cours au centre d'entraînement de Nairobi.");
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "exercise"), "{:?}", a.events);
}

#[test]
fn a_region_demonym_is_no_country() {
    let found = entities(
        "La mission compte 9 000 soldats, en majorité sud-américains, et des officiers nord-coréens.",
    );
    assert!(!found.iter().any(|(n, _)| n == "États-Unis"), "{found:?}");
    assert!(found.iter().any(|(n, k)| n == "Corée du Nord" && k == "country"), "{found:?}");
    let found = entities("Several Latin American navies joined the drill off Recife.");
    assert!(!found.iter().any(|(n, _)| n == "United States"), "{found:?}");
}

#[test]
fn a_word_inside_a_longer_title_opens_no_name() {
    let found = entities("High Commissioner Ravi Menon met the navy chief on Monday.");
    assert!(has(&found, "Ravi Menon", "person"), "{found:?}");
    let a = run("Ghana's State Minister of Defence Kwame Asante toured the base.");
    assert!(a.relations.iter().any(|r| r.kind.as_str() == "affiliation"), "{:?}", a.relations);
}

#[test]
fn an_apposition_opened_by_an_article_may_name_its_role_later() {
    let a = run("The drill was led by Captain Omar Haddad, a senior Jordanian Navy officer.");
    assert!(
        a.relations.iter().any(|r| r.kind.as_str() == "affiliation"
            && a.entities.iter().any(|e| e.id == r.source && e.name == "Omar Haddad")),
        "{:?}",
        a.relations
    );
}

#[test]
fn a_quoted_name_before_the_exercise_word_names_it() {
    let a = run("Troops from ten countries took part in the \"Desert Falcon\" exercises in Jordan.");
    assert!(a.events.iter().any(|e| e.name.as_deref() == Some("Desert Falcon")), "{:?}", a.events);
}

/// Kosovo is a country of the news, by its name, its demonym and its capital.
#[test]
fn kosovo_is_a_country() {
    let a = run("Kosovar officials said Pristina would sign the pact; Kosovo and Albania agreed.");
    let kosovo = a.entities.iter().find(|e| e.name == "Kosovo").expect("Kosovo");
    assert_eq!(kosovo.kind.as_str(), "country");
    assert!(kosovo.aliases.iter().any(|x| x == "Kosovar"), "{:?}", kosovo.aliases);
}

/// Particles inside a name, one or two ("ould", "von der"), keep the name whole; a name after a
/// ship's prefix is a ship, not a person.
#[test]
fn particles_keep_a_name_whole_and_ships_are_no_persons() {
    let a = run("Talks.\n\nLe ministre mauritanien, Sidi ould Cheikh, a reçu Anna von der Heide, ministre \
                 allemande, mardi à Nouakchott.\n");
    assert!(find(&a, "Sidi ould Cheikh").is_some_and(|e| e.kind == EntityType::Person), "{:?}", a.entities);
    assert!(find(&a, "Anna von der Heide").is_some_and(|e| e.kind == EntityType::Person), "{:?}", a.entities);
    let a =
        run("Drills.\n\nThe frigate BRP Andres del Monte sailed with two Japanese destroyers on Monday.\n");
    assert!(a.entities.iter().all(|e| e.kind != EntityType::Person), "{:?}", a.entities);
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

/// A given name right after a preposition of place (or after "and" following one), with no title,
/// opens a place's name, not a person's.
#[test]
fn a_given_name_after_in_opens_no_person() {
    let a = run("Drills.\n\nThe troops trained in Salta and Monte Verde for two weeks, the army said.\n");
    assert!(a.entities.iter().all(|e| e.kind != EntityType::Person), "{:?}", a.entities);
}

/// A body named by its country's name before its head ("Police", "Authority") belongs to that
/// country; "and" after the head joins no second word to its name.
#[test]
fn a_country_before_a_body_is_its_owner() {
    let a = run("Patrols.\n\nOfficers of the Malawi National Police and the Malawi Ports Authority and Customs met on Friday.\n");
    assert!(has_relation(&a, "affiliation", "Malawi National Police", "Malawi"), "{:?}", relations(&a));
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
        has_relation(&a, "affiliation", "Forces armées royales thaïlandaises", "Thaïlande"),
        "{:?}",
        relations(&a)
    );
    assert!(a.entities.iter().all(|e| !e.name.contains("canadienne")), "{:?}", a.entities);
}

/// Nationalities the packages miss in their short form ("Uzbek", "Kazakh", "émirati") are read.
#[test]
fn short_nationalities_name_their_country() {
    let a =
        run("Talks.\n\nThe Uzbek Minister of Defence Rustam Karimov met the Kazakh delegation on Monday.\n");
    assert!(has_relation(&a, "affiliation", "Rustam Karimov", "Uzbekistan"), "{:?}", relations(&a));
    assert!(find(&a, "Kazakhstan").is_some(), "{:?}", a.entities);
    let a = run("Visite.\n\nUne délégation émiratie est arrivée à Rabat lundi.\n");
    assert!(find(&a, "Émirats arabes unis").is_some(), "{:?}", a.entities);
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
    assert!(has_relation(&a, "affiliation", &navies[0].name, "Oman"), "{:?}", relations(&a));
}

/// Words another country's body is known by ("Royal Navy"), after a country's possessive, name
/// that country's body: one entity, of that country.
#[test]
fn a_known_bodys_words_after_a_possessive_name_that_countrys_body() {
    let a = run("Drills.\n\nShips of Oman's Royal Navy and Qatar's Emiri Navy sailed on Monday.\n");
    let navies: Vec<_> = a.entities.iter().filter(|e| e.name == "Royal Navy").collect();
    assert_eq!(navies.len(), 1, "{:?}", a.entities);
    assert!(has_relation(&a, "affiliation", "Royal Navy", "Oman"), "{:?}", relations(&a));
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

/// A name given right after a naming word ("manoeuvres, dubbed Iron Heron,") is the exercise's,
/// never a person's; a name followed by a head that is no exercise's ("the so-called Orsha plan")
/// names no exercise.
#[test]
fn a_given_name_is_the_exercises_and_a_plans_name_is_none() {
    let a = run("Drills.\n\nNorway and Finland held manoeuvres, dubbed Iron Heron, near the border.\n");
    assert!(a.entities.iter().all(|e| e.name != "Iron Heron"), "{:?}", a.entities);
    assert!(a.events.iter().any(|e| e.name.as_deref() == Some("Iron Heron")), "{:?}", a.events);
    let a = run("Drills.\n\nThe drill of Norway and Finland tests the so-called Tana plan for the north.\n");
    assert!(a.events.iter().all(|e| e.name.is_none()), "{:?}", a.events);
}

/// French press names countries by periphrases ("le royaume chérifien", "l'Empire du Milieu"):
/// each stands for its country.
#[test]
fn french_periphrases_name_their_country() {
    let a = run("Tensions.\n\nLe texte arrive alors que grandit la rivalité entre le royaume chérifien et la Mauritanie.\n");
    assert!(has_relation(&a, "opposition", "Maroc", "Mauritanie"), "{:?}", relations(&a));
    let a = run("Visite.\n\nLe ministre s'est rendu dans l'Empire du Milieu mardi.\n");
    assert!(a.entities.iter().any(|e| e.name == "Chine"), "{:?}", a.entities);
}

/// "Son Excellence", "His Excellency" are titles before a name, never part of it.
#[test]
fn an_excellency_is_a_title() {
    let a = run(
        "Accord.\n\nLe texte a été signé par Son Excellence Paul Houngbo, ministre béninois de la Défense.\n",
    );
    assert!(a.entities.iter().any(|e| e.name == "Paul Houngbo"), "{:?}", a.entities);
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

/// Real typography of persons' names: a particle glued by a hyphen ("al-", "el-") continues the
/// name; a generational suffix ("Jr.") keeps the family name before it, so the family name alone
/// later is the same person; a noun between a place word and "of" ("state visit of …") opens no
/// place.
#[test]
fn glued_particles_suffixes_and_state_visits() {
    let found =
        entities("Kuwait's interior minister Fahad Nasser al-Otaibi met the envoy Mona el-Sayed in Doha.");
    assert!(has(&found, "Fahad Nasser al-Otaibi", "person"), "{found:?}");
    assert!(has(&found, "Mona el-Sayed", "person"), "{found:?}");
    let a = run("The pact came at the end of the state visit of President Henry Coleman Jr. to Ghana. \
                 President Coleman then flew home.");
    let persons: Vec<&str> =
        a.entities.iter().filter(|e| e.kind == EntityType::Person).map(|e| e.name.as_str()).collect();
    assert_eq!(persons, ["Henry Coleman Jr"], "{:?}", a.entities);
    assert!(!a.entities.iter().any(|e| e.kind == EntityType::Place), "{:?}", a.entities);
}

/// A facility word opening a capitalised name ("Camp Harwell", "Base Tindouf") names a place, as
/// one closing it does; a body's name before a lowercase "chief" and a name makes the person that
/// body's.
#[test]
fn facility_words_first_and_chiefs_of_bodies() {
    let found = entities("Marines trained at Camp Harwell before flying to Base Kerrow.");
    assert!(has(&found, "Camp Harwell", "place"), "{found:?}");
    assert!(has(&found, "Base Kerrow", "place"), "{found:?}");
    assert!(!found.iter().any(|(_, k)| k == "person"), "{found:?}");
    let a = run("Kenya Air Force chief Ruth Wambui met her hosts on Monday.");
    assert!(has_relation(&a, "affiliation", "Ruth Wambui", "Kenya Air Force"), "{:?}", relations(&a));
}

/// A middle initial that is also a title's letter ("M." for Monsieur) continues a name; a ship's
/// name written again without its prefix is still the ship, no person; a town a ship is named
/// after is still a town.
#[test]
fn middle_initials_and_ship_names_written_again() {
    let found = entities("Brigadier General Laura M. Whitcombe briefed reporters in Dakar.");
    assert!(has(&found, "Laura M. Whitcombe", "person"), "{found:?}");
    let found = entities(
        "The landing ship USS Marion Tate sailed on Friday. Marion Tate's captain said the crew was ready.",
    );
    assert!(!found.iter().any(|(_, k)| k == "person"), "{found:?}");
    let found = entities("The frigate HMAS Perth left port. The crews then flew home to Perth.");
    assert!(has(&found, "Perth", "place"), "{found:?}");
}

/// A line that links another story ("RELATED Norland signs…") is no part of the article; an
/// operation word after an exercise word of its sentence names the exercise.
#[test]
fn related_lines_and_operation_names() {
    let a = run("Ghana hosts drills.\n\nRELATED Norway announces joint drills with Finland\n\nThe ships sailed on Monday.\n");
    assert!(!a.entities.iter().any(|e| e.name == "Norway" || e.name == "Finland"), "{:?}", a.entities);
    let a = run("Kenya and Uganda began drills known by the code name Operation Silent Heron on Monday.");
    assert!(a.events.iter().any(|e| e.name.as_deref() == Some("Silent Heron")), "{:?}", a.events);
}

/// Armed groups any analyst knows are organizations from the reviewed table, whole names with
/// their inner hyphens and lowercase syllables, in both languages.
#[test]
fn armed_groups_from_the_reviewed_table() {
    let found = entities("Officials said Lashkar-e-Taiba and the Pakistani Taliban trained together.");
    assert!(has(&found, "Lashkar-e-Taiba", "organization"), "{found:?}");
    let a = run("Le Burkina Faso a mené une opération contre l'EIGS près de la frontière.");
    assert!(has_relation(&a, "opposition", "Burkina Faso", "EIGS"), "{:?}", relations(&a));
}

/// A country's own long name with a body's head word ("the Republic of Korea", "the Russian
/// Federation") is the country, not a body of it as well.
#[test]
fn a_country_long_name_is_no_body() {
    let found = entities("Drills were held on the frontier of the Russian Federation on Monday.");
    assert!(has(&found, "Russia", "country"), "{found:?}");
    assert!(!found.iter().any(|(_, k)| k == "organization"), "{found:?}");
}

/// A French minister's domain ("ministre des Armées, des Vétérans…") names no body of
/// its own, even over an enumeration of complements.
#[test]
fn a_title_domain_names_no_body() {
    let found = entities("La réunion était présidée par Ali Mahamat, ministre des Armées, des Vétérans et des Réservistes du Niger.");
    assert!(!found.iter().any(|(_, k)| k == "organization"), "{found:?}");
    assert!(has(&found, "Ali Mahamat", "person"), "{found:?}");
}

/// A quoted name given right after a naming word is the exercise's, even where the gazetteer
/// knows a town of that name, and that town is then no place of the story.
#[test]
fn a_quoted_given_name_beats_a_known_town() {
    let a = run("Le Maroc et le Sénégal ont ouvert lundi des exercices baptisés « Kénitra 2 ».");
    assert!(a.events.iter().any(|e| e.name.as_deref() == Some("Kénitra 2")), "{:?}", a.events);
    assert!(!a.entities.iter().any(|e| e.kind.as_str() == "place"), "{:?}", a.entities);
}

/// Dependent territories are places of their sovereign country, not countries of their own: a
/// drill off Guam has no third side, a ship sailing from La Réunion to Mayotte stays French.
#[test]
fn dependent_territories_are_places() {
    let found = entities("US and Japanese ships held drills off Guam on Monday.");
    assert!(has(&found, "Guam", "place"), "{found:?}");
    let found = entities("La frégate française a quitté La Réunion pour Mayotte.");
    assert!(has(&found, "La Réunion", "place") && has(&found, "Mayotte", "place"), "{found:?}");
}

/// A French article that is also an English given name ("Les") opening a sentence is no given
/// name: the country after it ("Les Comores", "Les Seychelles") is read.
#[test]
fn an_article_that_is_also_a_given_name_leaves_the_country_after_it() {
    let a = run("Les Comores ont signé un accord avec le Japon.\n");
    assert!(find(&a, "Comores").is_some_and(|e| e.kind == EntityType::Country), "{:#?}", a.entities);
}

/// Abbreviated ranks before a full rank ("Lt. General", "Maj. General") are part of the title:
/// no body is made of the words before them, and the name after them is the person's.
#[test]
fn abbreviated_ranks_join_the_title() {
    for text in [
        "Kenya's Chief of Defence Staff Lt. General Joseph Mwangi visited Uganda.\n",
        "Chief of the Defence Forces Staff Lt. General Joseph Mwangi visited Uganda.\n",
    ] {
        let e = entities(text);
        assert!(e.iter().any(|(n, t)| n == "Joseph Mwangi" && t == "person"), "{e:?}");
        assert!(e.iter().all(|(n, _)| !n.contains("Lt")), "{e:?}");
    }
}

/// A French "de" before a family name in capitals ("Jean de MONICAULT") continues the name; a
/// name that ends the text, with nothing after it, is read without fault.
#[test]
fn a_particle_before_a_capitalised_family_name_and_a_name_ending_the_text() {
    let e = entities("Le texte a été signé par le général Jean de MONTAUBERT, commandant des forces.\n");
    assert!(e.iter().any(|(n, t)| n == "Jean de MONTAUBERT" && t == "person"), "{e:?}");
    let e = entities("Signed in Oslo by minister Bjorn Dahl");
    assert!(e.iter().any(|(n, _)| n == "Bjorn Dahl"), "{e:?}");
}

/// An unknown place after "à"/"près de" keeps its hyphenated parts ("près de Bir-Ould-Khaled") and
/// a capitalised article opening it ("à La Guaira").
#[test]
fn a_place_after_a_preposition_keeps_its_hyphens_and_article() {
    let names = |text: &str| -> Vec<String> { run(text).entities.iter().map(|e| e.name.clone()).collect() };
    let n = names("Le convoi a été attaqué près de Bir-Ould-Khaled, selon l'armée.\n");
    assert!(n.contains(&"Bir-Ould-Khaled".to_string()), "{n:?}");
    let n = names("Les frégates sont arrivées à La Vortuga mardi.\n");
    assert!(n.contains(&"La Vortuga".to_string()), "{n:?}");
}

/// The speaker after an inverted verb of saying is a person whatever their given name ("», a
/// déclaré Tavita Leuluai", "\", said Oyunbileg Batbayar").
#[test]
fn the_speaker_of_an_inverted_quote_is_a_person() {
    let persons = |text: &str| -> Vec<String> {
        run(text).entities.iter().filter(|e| e.kind.as_str() == "person").map(|e| e.name.clone()).collect()
    };
    let p = persons("« La mer reste ouverte », a déclaré Tavita Leuluai devant la presse.\n");
    assert_eq!(p, ["Tavita Leuluai"]);
    let p = persons("\"The border stays calm,\" said Oyunbileg Batbayar, a spokesman.\n");
    assert_eq!(p, ["Oyunbileg Batbayar"]);
}

/// A staff named by rank and title words ("the General Staff", "the Joint Chiefs of Staff") is a
/// body of the country before it.
#[test]
fn a_staff_named_by_rank_words_is_a_body() {
    let a = run("Chile's Joint Chiefs of Staff said the exercise would go ahead.\n");
    assert!(has_relation(&a, "affiliation", "Joint Chiefs of Staff", "Chile"), "{:?}", relations(&a));
}

/// In a headline written in title case, a capitalised common noun after "near" is no place.
#[test]
fn a_title_case_headline_names_no_place_after_near() {
    let a = run("Navies Plan Joint Drills Near Borders Of Chile\n\nThe navies of Peru and Bolivia will hold joint drills next week.\n");
    assert!(!a.entities.iter().any(|e| e.name.starts_with("Borders")), "{:?}", a.entities);
}

/// Demonyms the packages lack or misspell, from the reviewed forms: "bélarusse" beside
/// "biélorusse", hyphenated French ones ("sud-africain", "sierra-léonais"), "libérien", and
/// English ones such as "South Sudanese".
#[test]
fn reviewed_demonyms_name_their_country() {
    let a = run("Des soldats bélarusses et russes participent à l'exercice.");
    assert!(find(&a, "Biélorussie").is_some(), "{:?}", a.entities);
    let a = run("Des soldats libériens, sierra-léonais et sud-africains sont arrivés.");
    for c in ["Liberia", "Sierra Leone", "Afrique du Sud"] {
        assert!(find(&a, c).is_some(), "{c}: {:?}", a.entities);
    }
    let a = run("South Sudanese and Botswanan soldiers arrived in the capital.");
    for c in ["South Sudan", "Botswana"] {
        assert!(find(&a, c).is_some(), "{c}: {:?}", a.entities);
    }
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

/// A one-word town closing a name of three words is the name's last word ("Nguyen Chi Vinh"),
/// while a town after a preposition stays a place; a French "de" after two name words joins a
/// family name ("Hervé Denys de Bonnaventure").
#[test]
fn a_town_or_a_particle_inside_a_long_name_belongs_to_it() {
    let a = run("Le général Nguyen Chi Vinh, venu de Hanoï, a rencontré lundi des officiers français.");
    assert!(find(&a, "Nguyen Chi Vinh").is_some_and(|e| e.kind == EntityType::Person), "{:?}", a.entities);
    assert!(find(&a, "Vinh").is_none(), "{:?}", a.entities);
    let a = run("Le général Nguyen Chi est arrivé à Vinh, puis à Hanoï.");
    assert!(find(&a, "Vinh").is_some_and(|e| e.kind == EntityType::Place), "{:?}", a.entities);
    let a = run("Le vice-amiral Hervé Denys de Bonnaventure, directeur adjoint, a pris la parole.");
    assert!(find(&a, "Hervé Denys de Bonnaventure").is_some(), "{:?}", a.entities);
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

/// A title's domain is the title's, however long: "Minister of Foreign Affairs and Regional
/// Integration", "of Security and Civilian Protection", a list of domains over commas; a word
/// right before a title ("Supreme Commander", "Inspector General") or one closing a title before
/// "to" ("Minister Delegate to…") names no one. The persons around them stay.
#[test]
fn a_titles_domain_and_its_modifiers_name_no_one() {
    let a = run("Ms Ama Owusu, Minister of Foreign Affairs and Regional Integration, and Kofi Mensah, \
                 Minister of Energy and Civil Protection, Youth, Sports and Culture, signed for Ghana. The \
                 Supreme Commander and Inspector General of the army, Lamine Diallo, Minister Delegate to \
                 the Presidency, attended.");
    let persons: Vec<&str> =
        a.entities.iter().filter(|e| e.kind == EntityType::Person).map(|e| e.name.as_str()).collect();
    assert_eq!(persons, ["Ama Owusu", "Kofi Mensah", "Lamine Diallo"], "{persons:?}");
    let a = run("Kenya's Minister of Defence Oburu Wekesa met his Ugandan counterpart.");
    assert!(find(&a, "Oburu Wekesa").is_some_and(|e| e.kind == EntityType::Person), "{:?}", a.entities);
}

/// A particle of filiation ("Ould", "Ag", "bin") inside a name makes it a person's, even where
/// the learned tagger would read a body.
#[test]
fn a_name_with_a_particle_of_filiation_is_a_person() {
    let a = run("The director of planning at the Nigerien Ministry of Interior and Decentralization, Hama \
                 Ould Sidi, signed the accord.");
    assert!(find(&a, "Hama Ould Sidi").is_some_and(|e| e.kind == EntityType::Person), "{:?}", a.entities);
}

/// A name no list knows still follows a long title ("Chief of the General Staff Ato Kwesi
/// Mensah"): the title's last word ("Staff") opens no name of its own.
#[test]
fn an_unknown_name_after_a_long_title_is_a_person() {
    let a = run(
        "Visit.\n\nThe delegation was headed by Chief of the General Staff Ato Kwesi Mensah on Monday.\n",
    );
    assert!(find(&a, "Ato Kwesi Mensah").is_some_and(|e| e.kind == EntityType::Person), "{:?}", a.entities);
}

/// Country acronyms the packages lack ("PNG" for Papua New Guinea) name the country, and a title
/// after one gives its holder that side.
#[test]
fn a_country_acronym_before_a_title_names_the_holders_side() {
    let a = run("Talks.\n\nPNG Defence Minister Dr Kila Moresby said the talks with Fiji went well.\n");
    assert!(has_relation(&a, "affiliation", "Kila Moresby", "Papua New Guinea"), "{:?}", relations(&a));
}

/// A body's head word followed by a facility's ("the Union Buildings", "Parliament Palace") names
/// the place where the body sits, not an organization, and no visit takes it as a party.
#[test]
fn a_bodys_head_then_a_facility_word_is_a_place() {
    let a = run("Visit.\n\nThe president welcomed his guest at the Union Buildings in Pretoria.\n");
    assert!(find(&a, "Union Buildings").is_some_and(|e| e.kind == EntityType::Place), "{:?}", a.entities);
}

/// Names in boilerplate (a byline, a file's name left by scraping) and a name right after a noun
/// of the press ("cité par l'agence Kabar") are no persons of the story.
#[test]
fn names_in_boilerplate_or_after_a_press_noun_are_no_persons() {
    let a = run("Talks.\n\nPresident-Kamara-Sesay-Freetown-2024-1024x576-1.jpg\n\nPresident Kamara met Foreign Minister Sesay in Freetown.\n");
    assert!(
        !a.entities.iter().any(|e| e.name.contains("jpg") || e.name.contains("Kamara-Sesay")),
        "{:?}",
        a.entities
    );
    let b =
        run("Manœuvres.\n\nLes exercices ont commencé, a déclaré un porte-parole cité par l'agence Kabar.\n");
    assert!(find(&b, "Kabar").is_none_or(|e| e.kind != EntityType::Person), "{:?}", b.entities);
}

/// A country's name written without its hyphens, all or some ("Royaume Uni", "Papouasie
/// Nouvelle-Guinée"), is still the country, not a place and another country.
#[test]
fn a_country_name_without_its_hyphen_is_the_country() {
    let found = entities("Le Royaume Uni et la Nouvelle Zélande ont signé un accord naval.\n");
    assert!(has(&found, "Royaume-Uni", "country"), "{found:?}");
    assert!(has(&found, "Nouvelle-Zélande", "country"), "{found:?}");
    let found = entities("Des marins de Papouasie Nouvelle-Guinée sont arrivés à Nouméa.\n");
    assert!(has(&found, "Papouasie-Nouvelle-Guinée", "country"), "{found:?}");
    assert!(!has(&found, "Guinée", "country"), "{found:?}");
}

/// A name keeps an elided particle glued to a lowercase word ("M'bemba") and a one-word country
/// or town inside it ("Jordan" between two name words is a middle name, not the kingdom); an
/// under-secretary's title opens a name; "Memoranda of Understanding" name no place.
#[test]
fn middle_names_particles_and_under_secretaries() {
    let found =
        entities("Talks.\n\nThe envoy met his Angolan counterpart Mateus Jordan M'bemba on Friday.\n");
    assert!(has(&found, "Mateus Jordan M'bemba", "person"), "{found:?}");
    assert!(!has(&found, "Jordan", "country"), "{found:?}");
    let found = entities("Talks.\n\nChilean Foreign Undersecretary Rosa Elena Marquez received the envoy.\n");
    assert!(has(&found, "Rosa Elena Marquez", "person"), "{found:?}");
    let found = entities("Deal.\n\nGhana and Togo signed three Memoranda of Understanding on Friday.\n");
    assert!(!found.iter().any(|(n, _)| n.starts_with("Memoranda")), "{found:?}");
}

/// A name in quotes after a ship class, even with a rank inside ("l'aviso « Commandant Roux »"),
/// is a ship; a name after "système"/"system" is a weapon system: neither is a person.
#[test]
fn ships_and_systems_named_after_people_are_no_persons() {
    let found = entities("Marine.\n\nL'aviso « Commandant Roux » a quitté Brest lundi.\n");
    assert!(!found.iter().any(|(n, k)| k == "person" && n.contains("Roux")), "{found:?}");
    let found = entities("Défense.\n\nLe ministre a promis le système Skyshield-X au Ghana.\n");
    assert!(!found.iter().any(|(n, k)| k == "person" && n.contains("Skyshield")), "{found:?}");
}

/// A nationality several countries share ("Dominican", "congolais") is the one of them the text
/// names, and nothing where it names none or both.
#[test]
fn a_shared_nationality_is_the_country_the_text_names() {
    let a = run("Aid.\n\nThe Dominican Republic thanked Spain. The Dominican navy will patrol the coast.\n");
    let dom = find(&a, "Dominican Republic").expect("the republic");
    assert!(dom.aliases.iter().any(|x| x == "Dominican"), "{:?}", dom.aliases);
    let b = run("Aide.\n\nLes soldats congolais ont quitté Goma.\n");
    assert!(!b.entities.iter().any(|e| e.kind == EntityType::Country), "{:?}", b.entities);
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
        entities("Front.\n\nLe communiqué de l'Armée ghanéenne indique que la frontière est calme.\n");
    assert!(found.iter().any(|(n, k)| n == "Armée ghanéenne" && k == "organization"), "{found:?}");
}

/// A place named like a common noun is that noun where the text writes it so: "La réunion
/// annuelle…" and a heading "Réunion" over a text about "cette réunion" name no island; French
/// "lao" is Laos's nationality.
#[test]
fn a_meeting_is_no_island_and_lao_is_laos() {
    let found = entities("Réunion des ministres\n\nLa réunion annuelle entre les chefs militaires lao et thaïlandais s'est tenue mardi. Cette réunion a duré deux heures.\n");
    assert!(!found.iter().any(|(n, _)| n.contains("Réunion")), "{found:?}");
    assert!(has(&found, "Laos", "country"), "{found:?}");
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

/// A base named after a titled person keeps the title ("Prince Faisal Air Base"), and no article
/// joins the name ("The Dunmore Firing Range").
#[test]
fn a_base_named_after_a_prince_keeps_the_title() {
    let found = entities("Drill.\n\nJets landed at the Prince Faisal Air Base on Monday. The Dunmore Firing Range stayed closed.\n");
    assert!(has(&found, "Prince Faisal Air Base", "place"), "{found:?}");
    assert!(has(&found, "Dunmore Firing Range", "place"), "{found:?}");
}

/// Plural ministries name no body ("les ministères des Affaires étrangères des pays voisins"), and the end of
/// a compound names no service ("des commandos-marine français").
#[test]
fn plural_ministries_and_compounds_name_no_body() {
    let found = entities("Sommet.\n\nLes ministères des Affaires étrangères des pays voisins ont approuvé le plan. Des commandos-marine français ont participé.\n");
    assert!(!found.iter().any(|(_, k)| k == "organization"), "{found:?}");
}

/// "People's" inside a force's name keeps the name whole, and the force belongs to the country
/// named before it.
#[test]
fn peoples_inside_a_force_s_name() {
    let a = run("Officers of the Lao People’s Navy and of the Vietnam People's Air Force met in Vientiane.");
    assert!(find(&a, "Lao People’s Navy").is_some(), "{:?}", a.entities);
    assert!(has_relation(&a, "affiliation", "Vietnam People's Air Force", "Vietnam"), "{:?}", relations(&a));
}

/// French police and gendarmerie bodies are named like other services ("la Police nationale du
/// Bénin"); a lowercase word after the owner's country is the sentence's, not the name's; an
/// honorific between a title and a name ("S.E.M") keeps the title's country.
#[test]
fn french_police_bodies_honorifics_and_the_end_of_a_name() {
    let a = run("Des renforts appuient la Police nationale du Bénin et la Gendarmerie nationale du Bénin.");
    assert!(has_relation(&a, "affiliation", "Police nationale du Bénin", "Bénin"), "{:?}", relations(&a));
    let a = run("Des recrues rejoignent l'Armée du Bénin engagée dans le nord.");
    assert!(find(&a, "Armée du Bénin engagée").is_none(), "{:?}", a.entities);
    let a = run("Le ministre a reçu l'ambassadeur du Japon au Bénin, S.E.M Kenji Sato, lundi.");
    assert!(has_relation(&a, "affiliation", "Kenji Sato", "Japon"), "{:?}", relations(&a));
}

/// Unknown names listed with a known place are places too; a dateline's month after a city is not.
#[test]
fn names_listed_with_a_known_place_are_places() {
    let a = run("The mission trains recruits at camps in Beira, Tamuke and Sunzela, the statement said.");
    for name in ["Tamuke", "Sunzela"] {
        let e = find(&a, name).unwrap_or_else(|| panic!("no {name} in {:?}", a.entities));
        assert_eq!(e.kind, EntityType::Place, "{name}");
    }
    let a = run("Beira, Jun 4 (Wire) - Officers of Mozambique and Malawi met to plan joint patrols.");
    assert!(find(&a, "Jun").is_none(), "{:?}", a.entities);
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

/// Ranks written without their dots ("Maj Gen", "Lt Col") are titles, not words of the name; an
/// agreement's short name ("MoU") is nobody.
#[test]
fn undotted_ranks_and_agreement_abbreviations() {
    let a =
        run("Talks.\n\nThe parade was led by Maj Gen Tomas Reyes and Lt Col Ana Ruiz on Monday. Peru and \
                 Chile sign MoU on border patrols.");
    assert!(find(&a, "Tomas Reyes").is_some_and(|e| e.kind == EntityType::Person), "{:?}", a.entities);
    assert!(find(&a, "Gen Tomas Reyes").is_none(), "{:?}", a.entities);
    assert!(find(&a, "MoU").is_none(), "{:?}", a.entities);
}

/// Initials in capitals right after a rank or a title open a person's name ("Air Marshal KR
/// Rao"); short capitals elsewhere stay acronyms.
#[test]
fn capital_initials_after_a_rank_open_a_name() {
    let a = run("Talks.\n\nAir Marshal KR Rao met Chilean officers in Santiago on Monday.");
    assert!(find(&a, "KR Rao").is_some_and(|e| e.kind == EntityType::Person), "{:?}", a.entities);
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

/// A name followed by its short form in parentheses is never a person's.
#[test]
fn a_name_with_its_abbreviation_is_no_person() {
    let a = run("Talks.\n\nNorway sends 150 soldiers into the allied Forward Presence (eFP) battlegroup in \
                 Lithuania.");
    assert!(!a.entities.iter().any(|e| e.kind == EntityType::Person), "{:?}", a.entities);
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

/// A country's name before its short form in parentheses ("the Central African Republic (CAR)") spells
/// no body: the short form stays the country; a body's name ending in a country still spells its
/// own acronym.
#[test]
fn a_countrys_short_form_in_parentheses_is_the_country() {
    let a =
        run("Talks.\n\nThe patrol ended off the United Arab Emirates (UAE) on Monday. The UAE said it went \
                 well, and the Armed Forces of Peru (AFP) agreed.");
    assert!(
        !a.entities.iter().any(|e| e.name == "UAE" && e.kind == EntityType::Organization),
        "{:?}",
        a.entities
    );
    assert!(
        find(&a, "Armed Forces of Peru").is_some_and(|e| e.kind == EntityType::Organization),
        "{:?}",
        a.entities
    );
}

/// Honorifics (Datuk Seri, Tan Sri) and "President-Elect", "Minister Delegate" are titles, not
/// words of a name; a weekday before a month is no person; a public figure the reviewed table
/// knows keeps a last word that is also a country's name; an apposition never opens with "by".
#[test]
fn honorifics_calendar_runs_figures_and_agents_after_a_name() {
    let a = run(
        "Talks.\n\nOn Tuesday November 5th, Defence Minister Datuk Seri Ahmad Rizal met President-Elect \
                 Budi Santoso in Jakarta. President François Hollande visited Peru. Trucks went to the \
                 Minister Delegate for Defence, Ana Ruiz, by French Ambassador Paul Garnier.",
    );
    assert!(find(&a, "Ahmad Rizal").is_some_and(|e| e.kind == EntityType::Person), "{:?}", a.entities);
    assert!(find(&a, "Elect").is_none() && find(&a, "Delegate").is_none(), "{:?}", a.entities);
    assert!(find(&a, "Tuesday November").is_none(), "{:?}", a.entities);
    assert!(find(&a, "François Hollande").is_some(), "{:?}", a.entities);
    assert!(!has_relation(&a, "affiliation", "Ana Ruiz", "France"), "{:?}", relations(&a));
}

/// A hyphenated rank after a comma ("…, le colonel-général X") takes the country of the title
/// before it; a lone word in capitals no list knows ("- PHOTOS") is no person.
#[test]
fn hyphenated_ranks_and_capital_labels() {
    let a = run("Le ministre de la Défense du Pérou, le colonel-général Tomas Reyes, est à Quito - PHOTOS");
    assert!(has_relation(&a, "affiliation", "Tomas Reyes", "Pérou"), "{:?}", relations(&a));
    assert!(find(&a, "PHOTOS").is_none(), "{:?}", a.entities);
}

/// A demonym naming a language ("version française", "the English-language site") is no
/// country; a piece of a hyphenated word cut before a nationality ("Afro-") is no person.
#[test]
fn languages_and_cut_words_are_no_actors() {
    let a = run("L'Iran a parlé au Chili lundi. (Rédaction de Lima, version française Paul Roux)");
    assert!(find(&a, "France").is_none(), "{:?}", a.entities);
    let a = run(
        "Talks.\n\nThe English-language site said Peru and Chile met. General Afro-American Tom Reyes spoke.",
    );
    assert!(find(&a, "United Kingdom").is_none(), "{:?}", a.entities);
    assert!(!a.entities.iter().any(|e| e.name.ends_with('-')), "{:?}", a.entities);
}

/// A lowercase "le"/"la" right after a given name and before a capitalised word is a particle
/// inside the name ("Jean-Yves le Drian"), not its end.
#[test]
fn a_lowercase_particle_after_a_given_name_stays_in_the_name() {
    let a = run("Le ministre péruvien, Jean-Marc le Goff, a parlé à Lima lundi.");
    assert!(find(&a, "Jean-Marc le Goff").is_some_and(|e| e.kind == EntityType::Person), "{:?}", a.entities);
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

/// A name before a facility's word ("the Omar Bin Khalid air base") is the facility's, not a
/// person's, even with a particle of filiation.
#[test]
fn a_name_before_a_base_is_no_person() {
    let a = run("Turkish soldiers have used the Omar Bin Khalid air base in Qatar since 2015.");
    assert!(a.entities.iter().all(|e| e.kind != EntityType::Person), "{:?}", a.entities);
}

/// A day or a month that is also a given name ("Tuesday", "May") opens no person's name: the
/// country after it stays a country.
#[test]
fn a_country_after_a_day_or_a_month_stays_a_country() {
    for text in [
        "Talks stalled. On Tuesday Kenya recalled its envoy from Mogadishu.",
        "Talks stalled. In May Kenya recalled its envoy from Mogadishu.",
    ] {
        let a = run(text);
        assert!(find(&a, "Kenya").is_some_and(|e| e.kind == EntityType::Country), "{text}: {:?}", a.entities);
    }
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

/// A kind of drill written in capitals ("a Field Training Exercise (FTX)") is no person, and its
/// exercise word alone names no drill.
#[test]
fn a_kind_of_drill_is_no_person_and_no_name() {
    let a = run("Drill opens. Kenya and Tanzania opened the drill, run as a Field Training Exercise (FTX) \
                 near the coast.");
    assert!(a.entities.iter().all(|e| e.kind != EntityType::Person), "{:?}", a.entities);
    assert!(a.events.iter().all(|e| e.name.as_deref() != Some("Exercise")), "{:?}", a.events);
}

/// A craft's designation, a name joined by a hyphen to a number ("Su-25", "Tu-95"), names a
/// model, no person, even where a surname list knows the name.
#[test]
fn a_crafts_designation_is_no_person() {
    let a = run("L'aviation ukrainienne ne disposait jusqu'alors que de vieux avions russes Su-25 et Mi-8.");
    assert!(a.entities.iter().all(|e| format!("{:?}", e.kind) != "Person"), "{:?}", a.entities);
    let a = run("Two Russian Tu-95 bombers flew near the coast, the ministry said.");
    assert!(a.entities.iter().all(|e| format!("{:?}", e.kind) != "Person"), "{:?}", a.entities);
}

/// A body's name before a lowercase facility word is a place with that word ("the Kairo Navy
/// base"); a word of address ("His Majesty's") is no person; "Our" opening a sentence is no part
/// of a body's name.
#[test]
fn facilities_honorifics_and_possessives() {
    let a = run("The minister will tour Kairo Navy base and Tarn Army camp on Friday.");
    for name in ["Kairo Navy base", "Tarn Army camp"] {
        let e = find(&a, name).unwrap_or_else(|| panic!("{name}: {:?}", a.entities));
        assert_eq!(e.kind, EntityType::Place, "{name}");
    }
    let a = run("The visitor was greeted by the commander of His Majesty's Armed Forces at the palace.");
    assert!(
        a.entities.iter().all(|e| e.kind != EntityType::Person || e.name != "Majesty"),
        "{:?}",
        a.entities
    );
    let a = run("\"Our Forces have trained together for years,\" the general said.");
    assert!(find(&a, "Our Forces").is_none(), "{:?}", a.entities);
}

/// A one-word town that is also a given name closes a person's name of two words or more:
/// "President Amina Wanjiru Hassan" is one person, not a person and a town.
#[test]
fn a_town_that_is_also_a_name_closes_a_persons_name() {
    let a = run("The accord was signed during a visit to Lusaka by Kenya's President Amina Wanjiru Hassan.");
    let e = find(&a, "Amina Wanjiru Hassan").unwrap_or_else(|| panic!("{:?}", a.entities));
    assert_eq!(e.kind, EntityType::Person);
}

/// A town on the next line (a dateline under a byline) is no part of the name above it.
#[test]
fn a_town_on_the_next_line_closes_no_name() {
    let a = run("Tyre maker looks to Asia .\nPaul Brennan\nMilan 1996-08-30\nItaly and France held talks on Monday .\n");
    let milan = find(&a, "Milan").unwrap_or_else(|| panic!("{:?}", a.entities));
    assert_eq!(milan.kind, EntityType::Place);
    assert!(a.entities.iter().all(|e| !e.name.contains("Brennan Milan")), "{:?}", a.entities);
}

/// A short headline in title case ("Army Chief Visiting Estonia") capitalises its verbs: the word
/// after the title is no person.
#[test]
fn a_short_title_case_headline_names_no_person_after_a_title() {
    let a =
        run("Army Chief Visiting Estonia\n\nLatvian army chief Ivars Ozols arrived in Tallinn on Monday.");
    assert!(!a.entities.iter().any(|e| e.name == "Visiting"), "{:?}", a.entities);
    assert!(a.entities.iter().any(|e| e.name == "Ivars Ozols"), "{:?}", a.entities);
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

/// A sentence's period after a name the tagger reads is no part of it ("…told Radio Australia.").
#[test]
fn a_final_period_is_no_part_of_a_name() {
    let a = run("Handover.\n\nThe colonel said the mission would end, Mr Okoro told Radio Australia.\n");
    assert!(a.entities.iter().all(|e| !e.name.ends_with('.')), "{:?}", a.entities);
}
