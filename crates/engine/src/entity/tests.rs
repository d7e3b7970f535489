//! Unit tests of mention recognition.

use super::name::skeleton;
use super::work_done;
use crate::{analyze, Document, EntityType};

#[test]
fn skeletons_merge_transliterations() {
    assert_eq!(skeleton("Choïgou"), skeleton("Shoigu"));
    assert_eq!(skeleton("Sergueï Choïgou"), skeleton("Sergei Shoigu"));
    assert_eq!(skeleton("Patrouchev"), skeleton("Patrushev"));
    assert_eq!(skeleton("Poutine"), skeleton("Putin"));
    assert_eq!(skeleton("Nikolaï"), skeleton("Nikolay"));
    assert_ne!(skeleton("Li"), skeleton("Xi"));
}

/// One long document: ten times the text costs at most eleven times the work of recognition
/// (counted: the items every pass visits, inner scans included). Scans of every organization for
/// each organization, of every acronym found for each token, and of every acting capital for each
/// capital made it 13 to 15 times before (README "Performance").
#[test]
fn recognition_work_grows_linearly_with_one_long_document() {
    // our own words: acronyms in parentheses and their reuse, organizations by head, a capital that
    // acts, a place word, persons with titles, in both languages
    let paragraph = "The Northern Maritime Agency (NMA) said on Monday that the Coastal Defence Council \
        of Norland had met in the city of Harwick. Oslo warned that NMA patrols would grow, and the \
        defence minister Karl Brenner met his counterpart Aino Lehto. Brenner said the Baltic Naval \
        Academy would train cadets.\nL'Agence nationale de veille côtière (ANVC) a indiqué que le \
        ministre Paul Garnier rencontrerait Madrid. Selon l'ANVC, Paris et Berlin ont signé un accord \
        près de la ville de Rocheval.\n";
    let count = |copies: usize| {
        let doc = Document::new("long", paragraph.repeat(copies));
        let before = work_done();
        let _ = analyze(&doc);
        work_done() - before
    };
    let (small, large) = (count(40), count(400));
    eprintln!("recognition work: {small} -> {large} ({:.2}x for 10x the text)", large as f64 / small as f64);
    assert!(small > 0);
    assert!(large * 10 <= small * 110, "10x the text cost {:.2}x the work", large as f64 / small as f64);
}

/// Names no rule reads (a company whose name holds no body word) come from the learned name
/// tagger; a shorter form is the same entity, whatever kind the tagger gave it; ships named after
/// their class are no actors; French text is left to the rules.
#[test]
fn learned_names_fill_what_the_rules_miss() {
    let text = "Shares of Halbrook Aerospace Corp fell 4 percent on Tuesday, said analyst Jonas Veldt of \
        Marrick Securities. Halbrook would appeal the ruling, he added.\n\nThe frigate Solvang and the \
        USS Tarrow sailed with the Coastal Watch group, officials said.\n";
    let a = analyze(&Document::new("t.txt", text));
    let get = |name: &str| a.entities.iter().find(|e| e.name == name);
    let firm = get("Halbrook Aerospace Corp").expect("the company");
    assert_eq!((firm.kind, firm.mentions.len()), (EntityType::Organization, 2), "{:#?}", a.entities);
    assert!(get("Solvang").is_none() && get("Tarrow").is_none() && get("USS Tarrow").is_none());
    let fr = analyze(&Document::new(
        "t.txt",
        "Selon Jonas Veldt, les avions de Halbrook Aerospace Corp ont été livrés.",
    ));
    assert!(fr.entities.iter().all(|e| !e.name.contains("Halbrook")), "{:#?}", fr.entities);
}

/// A person's short form of several words keeps them all ("Ko Varro" of "Tamsin Ko Varro"), and a
/// place the gazetteer knows by its whole name is no body even when it ends in a body's word
/// ("the West Bank").
#[test]
fn short_forms_of_several_words_and_places_named_like_bodies() {
    let text = "Defence Minister Tamsin Ko Varro visited the West Bank on Monday. Ko Varro said the visit \
        went well.";
    let a = analyze(&Document::new("t.txt", text));
    let person = a.entities.iter().find(|e| e.name == "Tamsin Ko Varro").expect("the minister");
    let spans: Vec<&str> = person.mentions.iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(spans, ["Tamsin Ko Varro", "Ko Varro"], "{:#?}", a.entities);
    let bank = a.entities.iter().find(|e| e.name == "West Bank").expect("the place");
    assert_eq!(bank.kind, EntityType::Place);
}

/// A title that holds its country as "the country" belongs to the country last named before it.
#[test]
fn the_country_in_a_title_is_the_country_last_named() {
    let text = "The delegation flew on to Ghana, where it met the country's Minister of Defence, Kwesi \
        Ampofo, and the President of the country, Ama Boateng.";
    let a = analyze(&Document::new("t.txt", text));
    let ghana = a.entities.iter().find(|e| e.name == "Ghana").expect("the country");
    for name in ["Kwesi Ampofo", "Ama Boateng"] {
        let p =
            a.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("{name}: {:#?}", a.entities));
        assert_eq!(p.country.as_deref(), Some(ghana.id.as_str()), "{name}");
    }
}

/// A title's domain ("Minister of National Defence"), a body's words ("Armed Forces") and a lone
/// letter ("M." for Monsieur) name no person; the persons named after them are still found.
#[test]
fn domains_bodies_and_letters_are_no_persons() {
    let text = "The visitors saw the head of Estria's Armed Forces. The deputy of the Minister of National \
        Defence, General Omar Sadi, also came.\n\nLe ministère a convoqué l'ambassadeur de France en \
        Norlande, M. Paul Garnier.";
    let a = analyze(&Document::new("t.txt", text));
    let persons: Vec<&str> =
        a.entities.iter().filter(|e| e.kind == EntityType::Person).map(|e| e.name.as_str()).collect();
    for wrong in ["National Defence", "Armed Forces", "M"] {
        assert!(!persons.contains(&wrong), "{wrong}: {persons:?}");
    }
    assert!(persons.contains(&"Omar Sadi") && persons.contains(&"Paul Garnier"), "{persons:?}");
}

/// A civil title after a comma ("…of Georgia, Mr. X") takes the country of the title before it.
#[test]
fn a_civil_title_after_a_comma_takes_the_title_before() {
    let text = "Officials met the Minister of Defence of Georgia, Mr. Pavel Orlov, on Monday.";
    let a = analyze(&Document::new("t.txt", text));
    let georgia = a.entities.iter().find(|e| e.name == "Georgia").expect("the country");
    let p = a.entities.iter().find(|e| e.name == "Pavel Orlov").expect("the minister");
    assert_eq!(p.country.as_deref(), Some(georgia.id.as_str()), "{:#?}", a.entities);
}

/// "M." (Monsieur) is a title: the person after it is found with it, and a title with its
/// country before it, set off by a comma, gives the person that country.
#[test]
fn monsieur_is_a_title() {
    let text = "Le ministère a convoqué l'ambassadeur de France à Norlande, M. Paul Garnier, pour protester.";
    let a = analyze(&Document::new("t.txt", text));
    let france = a.entities.iter().find(|e| e.name == "France").expect("France");
    let p = a.entities.iter().find(|e| e.name == "Paul Garnier").expect("the ambassador");
    assert_eq!(p.role.as_deref(), Some("M."), "{:#?}", a.entities);
    assert_eq!(p.country.as_deref(), Some(france.id.as_str()));
}

/// A legal form ends a company's name whatever its other words are: a surname ("Ferrand"), a
/// place's name, a link ("&", "of" before a country); the abbreviation's dot is the name's, and a
/// lone first word later is the same company, unless the text writes that word in lowercase
/// ("Northern" here is also a common word). In French, "SA" counts in capitals only ("sa" is
/// "her").
#[test]
fn companies_are_read_from_their_legal_form() {
    let text = "Ferrand & Lowe Holdings won the radar contract, while Northern Optics Corp. lost it. \
        Ferrand said deliveries would begin in May. The northern plant of Northern Optics stays \
        open. Gold Fields of Kenya Ltd also bid.\n";
    let a = analyze(&Document::new("t.txt", text));
    let get = |name: &str| a.entities.iter().find(|e| e.name == name);
    let firm = get("Ferrand & Lowe Holdings").expect("the first company");
    assert_eq!((firm.kind, firm.mentions.len()), (EntityType::Organization, 2), "{:#?}", a.entities);
    let optics = get("Northern Optics Corp").expect("the second company");
    let span = &optics.mentions[0];
    assert_eq!(&text[span.start..span.end], "Northern Optics Corp.", "{span:?}");
    assert!(get("Gold Fields of Kenya Ltd").is_some_and(|e| e.kind == EntityType::Organization));
    let fr = analyze(&Document::new(
        "t.txt",
        "Le groupe Verlaine Armement SA a livré des blindés. Marie Caron a présenté sa Société aux élus.",
    ));
    assert!(fr.entities.iter().any(|e| e.name == "Verlaine Armement SA"), "{:#?}", fr.entities);
    assert!(fr.entities.iter().all(|e| !e.name.contains("Société")), "{:#?}", fr.entities);
}

/// A person's country from the words before the name: a staff title of several words and a
/// rank after a comma ("Norland's Chief of Naval Staff, Admiral …"), the same title holding "the
/// country" (the country last named), a lowercase role noun after a demonym ("… army chief …"),
/// an apposition opened by "another", two titles joined by "and" after the demonym, and a rank
/// after a comma and a determiner (", le général X").
#[test]
fn persons_take_their_country_from_staff_titles_and_roles() {
    let text = "Talks resumed.\n\nKenya's Chief of Naval Staff, Admiral Otieno Wafula, sailed to Ghana on \
        Monday. He was received by the country's Chief of Defence Staff, General Kwame Boateng, in \
        Accra. Ugandan army chief Moses Okello joined them, said Jean Morel, another French \
        military spokesman. The pact was signed by Malawian Vice-President and Defence Minister \
        Grace Banda.\n";
    let a = analyze(&Document::new("t.txt", text));
    let country_of = |name: &str| {
        let p =
            a.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("{name}: {:#?}", a.entities));
        let c = p.country.as_ref().and_then(|id| a.entities.iter().find(|e| &e.id == id));
        c.map(|c| c.name.clone()).unwrap_or_default()
    };
    assert_eq!(country_of("Otieno Wafula"), "Kenya");
    assert_eq!(country_of("Kwame Boateng"), "Ghana");
    assert_eq!(country_of("Moses Okello"), "Uganda");
    assert_eq!(country_of("Jean Morel"), "France");
    assert_eq!(country_of("Grace Banda"), "Malawi");
    let fr = analyze(&Document::new(
        "t.txt",
        "Visite.\n\nLe chef d'état-major sénégalais, le général Mamadou Fall, a reçu son \
         homologue à Dakar. Le ministre de la Défense du Niger, le colonel-major Issa Adamou, était présent.\n",
    ));
    let country_fr = |name: &str| {
        let p = fr
            .entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("{name}: {:#?}", fr.entities));
        let c = p.country.as_ref().and_then(|id| fr.entities.iter().find(|e| &e.id == id));
        c.map(|c| c.name.clone()).unwrap_or_default()
    };
    assert_eq!(country_fr("Mamadou Fall"), "Sénégal");
}

/// Capitalised domains after a minister's title, written elsewhere in lowercase, are no person;
/// "the Hon" is a title; a body's word inside a long title ("… of the Defence Force") opens no
/// organization.
#[test]
fn title_domains_and_long_titles_make_no_actors() {
    let text = "Talks resumed.\n\nThe Vice Chief of the Defence Force, Rear Admiral Tom Reid, met Tonga's \
        Minister for Defence, Maritime Security and Fisheries, the Hon Sione Taufa, in Nuku'alofa. \
        They discussed maritime security and illegal fishing.\n";
    let a = analyze(&Document::new("t.txt", text));
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(!names.contains(&"Maritime Security") && !names.contains(&"Defence Force"), "{names:?}");
    let taufa = a.entities.iter().find(|e| e.name == "Sione Taufa").expect("the minister");
    assert_eq!(taufa.role.as_deref(), Some("Hon"));
}

/// A sentence full of names and titles is no title-case headline (it writes its verbs and nouns in
/// lowercase): its persons are read. Groups of people ("Department Heads") are neither persons
/// nor bodies; a ship's word and a unit's number end a body's name.
#[test]
fn a_sentence_dense_with_names_is_read_and_groups_are_no_actors() {
    let text =
        "Talks resumed.\n\nIn Togo, General Kofi Mensah met the President of the country, Faure Adjo.\n\
        The meeting was attended by Forces Commanders, Department Heads and Central Directors of the \
        Togolese Armed Forces.\nParticipating Navy units include Patrol Squadron 9 Detachment 4 and \
        the Coast Guard Cutter Marlow.\n";
    let a = analyze(&Document::new("t.txt", text));
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Kofi Mensah") && names.contains(&"Faure Adjo"), "{names:?}");
    for junk in ["Forces Commanders", "Department Heads", "Central Directors", "Coast Guard Cutter Marlow"] {
        assert!(!names.contains(&junk), "{junk}: {names:?}");
    }
    assert!(!names.iter().any(|n| n.contains("Detachment")), "{names:?}");
}
