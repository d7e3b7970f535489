//! Names of persons, places and drills as real typography writes them: ranks and titles before a
//! person, particles, ships and craft that are no persons (fixtures written for these tests; the
//! names of bodies are in `bodies`).

use crate::util::{find, has, has_entity, named_entities, participants, relations, run, run_dated};
use trame_engine::EntityType;

#[test]
fn a_cabinet_title_is_no_person() {
    let found = named_entities("Chief Cabinet Secretary Kenji Mori said Japan lodged a protest with China.");
    assert!(has_entity(&found, "Kenji Mori", "person"), "{found:?}");
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
    let found =
        named_entities("Navy spokesperson Laura Valencia said the drills with Peru would end on Friday.");
    assert!(has_entity(&found, "Laura Valencia", "person"), "{found:?}");
    assert!(!found.iter().any(|(n, _)| n == "Valencia"), "{found:?}");
}

#[test]
fn a_unit_number_ends_its_name() {
    let found =
        named_entities("Destroyer Squadron 12 and Patrol Squadron 7 of the Chilean Navy joined the drill.");
    assert!(has_entity(&found, "Destroyer Squadron 12", "organization"), "{found:?}");
    assert!(has_entity(&found, "Patrol Squadron 7", "organization"), "{found:?}");
}

#[test]
fn a_war_and_a_hyphenated_rank_are_no_person() {
    let found = named_entities("C'est le premier traité de ce genre depuis la Seconde Guerre mondiale.");
    assert!(!found.iter().any(|(_, k)| k == "person"), "{found:?}");
    let found = named_entities("The deal was signed by Major-General Amos Tetteh, the centre's commandant.");
    assert!(has_entity(&found, "Amos Tetteh", "person"), "{found:?}");
    assert!(!found.iter().any(|(n, _)| n.starts_with("Major")), "{found:?}");
}

#[test]
fn a_training_centre_is_no_exercise() {
    let a = run("Les soldats kényans et ougandais ont suivi des cours au centre d'entraînement de Nairobi.");
    assert!(!a.events.iter().any(|e| e.kind.as_str() == "exercise"), "{:?}", a.events);
}

#[test]
fn a_region_demonym_is_no_country() {
    let found = named_entities(
        "La mission compte 9 000 soldats, en majorité sud-américains, et des officiers nord-coréens.",
    );
    assert!(!found.iter().any(|(n, _)| n == "États-Unis"), "{found:?}");
    assert!(found.iter().any(|(n, k)| n == "Corée du Nord" && k == "country"), "{found:?}");
    let found = named_entities("Several Latin American navies joined the drill off Recife.");
    assert!(!found.iter().any(|(n, _)| n == "United States"), "{found:?}");
}

#[test]
fn a_word_inside_a_longer_title_opens_no_name() {
    let found = named_entities("High Commissioner Ravi Menon met the navy chief on Monday.");
    assert!(has_entity(&found, "Ravi Menon", "person"), "{found:?}");
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

/// A given name right after a preposition of place (or after "and" following one), with no title,
/// opens a place's name, not a person's.
#[test]
fn a_given_name_after_in_opens_no_person() {
    let a = run("Drills.\n\nThe troops trained in Salta and Monte Verde for two weeks, the army said.\n");
    assert!(a.entities.iter().all(|e| e.kind != EntityType::Person), "{:?}", a.entities);
}

/// Nationalities the packages miss in their short form ("Uzbek", "Kazakh", "émirati") are read.
#[test]
fn short_nationalities_name_their_country() {
    let a =
        run("Talks.\n\nThe Uzbek Minister of Defence Rustam Karimov met the Kazakh delegation on Monday.\n");
    assert!(has(&a, "affiliation", "Rustam Karimov", "Uzbekistan"), "{:?}", relations(&a));
    assert!(find(&a, "Kazakhstan").is_some(), "{:?}", a.entities);
    let a = run("Visite.\n\nUne délégation émiratie est arrivée à Rabat lundi.\n");
    assert!(find(&a, "Émirats arabes unis").is_some(), "{:?}", a.entities);
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
    assert!(has(&a, "opposition", "Maroc", "Mauritanie"), "{:?}", relations(&a));
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

/// Real typography of persons' names: a particle glued by a hyphen ("al-", "el-") continues the
/// name; a generational suffix ("Jr.") keeps the family name before it, so the family name alone
/// later is the same person; a noun between a place word and "of" ("state visit of …") opens no
/// place.
#[test]
fn glued_particles_suffixes_and_state_visits() {
    let found = named_entities(
        "Kuwait's interior minister Fahad Nasser al-Otaibi met the envoy Mona el-Sayed in Doha.",
    );
    assert!(has_entity(&found, "Fahad Nasser al-Otaibi", "person"), "{found:?}");
    assert!(has_entity(&found, "Mona el-Sayed", "person"), "{found:?}");
    let a = run("The pact came at the end of the state visit of President Henry Coleman Jr. to Ghana. \
                 President Coleman then flew home.");
    let persons: Vec<&str> =
        a.entities.iter().filter(|e| e.kind == EntityType::Person).map(|e| e.name.as_str()).collect();
    assert_eq!(persons, ["Henry Coleman Jr"], "{:?}", a.entities);
    assert!(!a.entities.iter().any(|e| e.kind == EntityType::Place), "{:?}", a.entities);
}

/// A middle initial that is also a title's letter ("M." for Monsieur) continues a name; a ship's
/// name written again without its prefix is still the ship, no person; a town a ship is named
/// after is still a town.
#[test]
fn middle_initials_and_ship_names_written_again() {
    let found = named_entities("Brigadier General Laura M. Whitcombe briefed reporters in Dakar.");
    assert!(has_entity(&found, "Laura M. Whitcombe", "person"), "{found:?}");
    let found = named_entities(
        "The landing ship USS Marion Tate sailed on Friday. Marion Tate's captain said the crew was ready.",
    );
    assert!(!found.iter().any(|(_, k)| k == "person"), "{found:?}");
    let found = named_entities("The frigate HMAS Perth left port. The crews then flew home to Perth.");
    assert!(has_entity(&found, "Perth", "place"), "{found:?}");
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

/// Dependent territories are places of their sovereign country, not countries of their own: a
/// drill off Guam has no third side, a ship sailing from La Réunion to Mayotte stays French.
#[test]
fn dependent_territories_are_places() {
    let found = named_entities("US and Japanese ships held drills off Guam on Monday.");
    assert!(has_entity(&found, "Guam", "place"), "{found:?}");
    let found = named_entities("La frégate française a quitté La Réunion pour Mayotte.");
    assert!(has_entity(&found, "La Réunion", "place") && has_entity(&found, "Mayotte", "place"), "{found:?}");
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
        let e = named_entities(text);
        assert!(e.iter().any(|(n, t)| n == "Joseph Mwangi" && t == "person"), "{e:?}");
        assert!(e.iter().all(|(n, _)| !n.contains("Lt")), "{e:?}");
    }
}

/// A French "de" before a family name in capitals ("Jean de MONICAULT") continues the name; a
/// name that ends the text, with nothing after it, is read without fault.
#[test]
fn a_particle_before_a_capitalised_family_name_and_a_name_ending_the_text() {
    let e =
        named_entities("Le texte a été signé par le général Jean de MONTAUBERT, commandant des forces.\n");
    assert!(e.iter().any(|(n, t)| n == "Jean de MONTAUBERT" && t == "person"), "{e:?}");
    let e = named_entities("Signed in Oslo by minister Bjorn Dahl");
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
    let found = named_entities("Le Royaume Uni et la Nouvelle Zélande ont signé un accord naval.\n");
    assert!(has_entity(&found, "Royaume-Uni", "country"), "{found:?}");
    assert!(has_entity(&found, "Nouvelle-Zélande", "country"), "{found:?}");
    let found = named_entities("Des marins de Papouasie Nouvelle-Guinée sont arrivés à Nouméa.\n");
    assert!(has_entity(&found, "Papouasie-Nouvelle-Guinée", "country"), "{found:?}");
    assert!(!has_entity(&found, "Guinée", "country"), "{found:?}");
}

/// A name keeps an elided particle glued to a lowercase word ("M'bemba") and a one-word country
/// or town inside it ("Jordan" between two name words is a middle name, not the kingdom); an
/// under-secretary's title opens a name; "Memoranda of Understanding" name no place.
#[test]
fn middle_names_particles_and_under_secretaries() {
    let found =
        named_entities("Talks.\n\nThe envoy met his Angolan counterpart Mateus Jordan M'bemba on Friday.\n");
    assert!(has_entity(&found, "Mateus Jordan M'bemba", "person"), "{found:?}");
    assert!(!has_entity(&found, "Jordan", "country"), "{found:?}");
    let found =
        named_entities("Talks.\n\nChilean Foreign Undersecretary Rosa Elena Marquez received the envoy.\n");
    assert!(has_entity(&found, "Rosa Elena Marquez", "person"), "{found:?}");
    let found =
        named_entities("Deal.\n\nGhana and Togo signed three Memoranda of Understanding on Friday.\n");
    assert!(!found.iter().any(|(n, _)| n.starts_with("Memoranda")), "{found:?}");
}

/// A name in quotes after a ship class, even with a rank inside ("l'aviso « Commandant Roux »"),
/// is a ship; a name after "système"/"system" is a weapon system: neither is a person.
#[test]
fn ships_and_systems_named_after_people_are_no_persons() {
    let found = named_entities("Marine.\n\nL'aviso « Commandant Roux » a quitté Brest lundi.\n");
    assert!(!found.iter().any(|(n, k)| k == "person" && n.contains("Roux")), "{found:?}");
    let found = named_entities("Défense.\n\nLe ministre a promis le système Skyshield-X au Ghana.\n");
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

/// A place named like a common noun is that noun where the text writes it so: "La réunion
/// annuelle…" and a heading "Réunion" over a text about "cette réunion" name no island; French
/// "lao" is Laos's nationality.
#[test]
fn a_meeting_is_no_island_and_lao_is_laos() {
    let found = named_entities("Réunion des ministres\n\nLa réunion annuelle entre les chefs militaires lao et thaïlandais s'est tenue mardi. Cette réunion a duré deux heures.\n");
    assert!(!found.iter().any(|(n, _)| n.contains("Réunion")), "{found:?}");
    assert!(has_entity(&found, "Laos", "country"), "{found:?}");
}

/// A base named after a titled person keeps the title ("Prince Faisal Air Base"), and no article
/// joins the name ("The Dunmore Firing Range").
#[test]
fn a_base_named_after_a_prince_keeps_the_title() {
    let found = named_entities("Drill.\n\nJets landed at the Prince Faisal Air Base on Monday. The Dunmore Firing Range stayed closed.\n");
    assert!(has_entity(&found, "Prince Faisal Air Base", "place"), "{found:?}");
    assert!(has_entity(&found, "Dunmore Firing Range", "place"), "{found:?}");
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

/// A name followed by its short form in parentheses is never a person's.
#[test]
fn a_name_with_its_abbreviation_is_no_person() {
    let a = run("Talks.\n\nNorway sends 150 soldiers into the allied Forward Presence (eFP) battlegroup in \
                 Lithuania.");
    assert!(!a.entities.iter().any(|e| e.kind == EntityType::Person), "{:?}", a.entities);
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
    assert!(!has(&a, "affiliation", "Ana Ruiz", "France"), "{:?}", relations(&a));
}

/// A hyphenated rank after a comma ("…, le colonel-général X") takes the country of the title
/// before it; a lone word in capitals no list knows ("- PHOTOS") is no person.
#[test]
fn hyphenated_ranks_and_capital_labels() {
    let a = run("Le ministre de la Défense du Pérou, le colonel-général Tomas Reyes, est à Quito - PHOTOS");
    assert!(has(&a, "affiliation", "Tomas Reyes", "Pérou"), "{:?}", relations(&a));
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

/// A sentence's period after a name the tagger reads is no part of it ("…told Radio Australia.").
#[test]
fn a_final_period_is_no_part_of_a_name() {
    let a = run("Handover.\n\nThe colonel said the mission would end, Mr Okoro told Radio Australia.\n");
    assert!(a.entities.iter().all(|e| !e.name.ends_with('.')), "{:?}", a.entities);
}

/// A quoted name given right after a naming word is the exercise's, even where the gazetteer
/// knows a town of that name, and that town is then no place of the story.
#[test]
fn a_quoted_given_name_beats_a_known_town() {
    let a = run("Le Maroc et le Sénégal ont ouvert lundi des exercices baptisés « Kénitra 2 ».");
    assert!(a.events.iter().any(|e| e.name.as_deref() == Some("Kénitra 2")), "{:?}", a.events);
    assert!(!a.entities.iter().any(|e| e.kind.as_str() == "place"), "{:?}", a.entities);
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
    assert!(has(&a, "affiliation", "Kila Moresby", "Papua New Guinea"), "{:?}", relations(&a));
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

/// A name closed by a word of terrain ("Gap", "Corridor", "Valley") is a place's, and a quoted
/// name before "plan" names no exercise.
#[test]
fn terrain_names_are_places_and_a_quoted_plan_is_no_drill() {
    let found = named_entities("Tanks crossed the Narva Gap and the Zangezur Corridor on Monday.");
    assert!(has_entity(&found, "Narva Gap", "place"), "{found:?}");
    assert!(has_entity(&found, "Zangezur Corridor", "place"), "{found:?}");
    let a = run("The drills test the so-called “Borealis” plan to hold the northern coast.");
    assert!(a.events.iter().all(|e| e.name.as_deref() != Some("Borealis")), "{:?}", a.events);
}

/// The name a text gives an exercise ("code-named Amber Falcon 2019", "l'exercice Lion de Sable")
/// names no person or body where it comes back alone, and the exercise told again by that name
/// gathers the parties of its sentence.
#[test]
fn an_exercise_name_told_again_alone_is_no_actor() {
    let text = "An annual peacekeeping drill, code-named Amber Falcon 2019, began near the Ghanaian \
                capital on Monday. This year's Amber Falcon gathers troops from Ghana, Togo and Benin.\n";
    let found = named_entities(text);
    assert!(!found.iter().any(|(n, _)| n.contains("Falcon")), "{found:?}");
    let a = run_dated(text, "2019-05-01");
    assert_eq!(participants(&a, "exercise"), ["Benin", "Ghana", "Togo"]);
    let found = named_entities(
        "Le Niger accueille l'exercice Lion de Sable 2024 près de Niamey. Lion de Sable réunit des \
         soldats du Niger, du Mali et du Burkina Faso.\n",
    );
    assert!(!found.iter().any(|(n, _)| n.contains("Sable")), "{found:?}");
}

#[test]
fn a_town_after_a_civil_title_is_a_surname() {
    let found = named_entities("In Peru, Mr Preston met the defence minister on Tuesday.");
    assert!(has_entity(&found, "Preston", "person"), "{found:?}");
}

#[test]
fn a_spanish_particle_binds_a_name_in_english_text() {
    let found = named_entities(
        "In the afternoon he met with Deputy Minister Rodrigo Alvarez de Menara and with the \
         Undersecretary, Cristóbal de la Venta, at the ministry.",
    );
    assert!(has_entity(&found, "Rodrigo Alvarez de Menara", "person"), "{found:?}");
    assert!(has_entity(&found, "Cristóbal de la Venta", "person"), "{found:?}");
}
