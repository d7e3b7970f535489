//! Affiliations of persons and bodies (nationalities handed out along a list of names, titles,
//! appositions, delegations): fixtures written for these tests.

use crate::util::{find, has, relations, run};

/// "respectively" after the names: the first nationality goes to the first name, the second to
/// the second, whether the nationalities stand before the names or after them.
#[test]
fn respectively_pairs_names_and_nationalities_in_order() {
    let a = run("Border.\n\nThe Peruvian and Chilean navy chiefs Carlos Mendoza and Rosa Fuentes, respectively, inspected the port on Monday.\n");
    assert!(has(&a, "affiliation", "Carlos Mendoza", "Peru"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Rosa Fuentes", "Chile"), "{:?}", relations(&a));
    assert!(!has(&a, "affiliation", "Rosa Fuentes", "Peru"), "{:?}", relations(&a));
    let a = run("Border.\n\nCarlos Mendoza and Rosa Fuentes, the Peruvian and Chilean navy chiefs respectively, inspected the port.\n");
    assert!(has(&a, "affiliation", "Carlos Mendoza", "Peru"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Rosa Fuentes", "Chile"), "{:?}", relations(&a));
}

/// A French plural title with a nationality and a comma before each name ("les ministres A, X,
/// et B, Y") gives each name its own.
#[test]
fn a_nationality_before_each_name_of_a_pair_is_its_own() {
    let a = run("Sommet.\n\nLe texte a été paraphé devant les chefs d'état-major malien, Amadou Traoré, et nigérien, Moussa Diallo, jeudi à Bamako.\n");
    assert!(has(&a, "affiliation", "Amadou Traoré", "Mali"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Moussa Diallo", "Niger"), "{:?}", relations(&a));
    assert!(!has(&a, "affiliation", "Moussa Diallo", "Mali"), "{:?}", relations(&a));
}

/// What follows a name after a comma is no apposition when it is the next item of a list (", et
/// l'ambassadeur de X") or, in French, the verb "a" (", a reçu le président de X"): the title there
/// is someone else's, and its country is not the name's.
#[test]
fn a_list_item_or_a_french_verb_after_a_comma_is_no_apposition() {
    let a = run(
        "Le ministre de l'Intérieur, Karim Benali, et l'ambassadeur du Niger, Ali Moussa, ont parlé lundi.",
    );
    assert!(!has(&a, "affiliation", "Karim Benali", "Niger"), "{:?}", relations(&a));
    let a = run("Le chef d'état-major, Karim Benali, a reçu mardi le président du Niger.");
    assert!(!has(&a, "affiliation", "Karim Benali", "Niger"), "{:?}", relations(&a));
    let a = run("Karim Benali, a senior Nigerien officer, spoke on Monday.");
    assert!(has(&a, "affiliation", "Karim Benali", "Niger"), "{:?}", relations(&a));
}

/// A title's country or body may stand behind an acronym in parentheses ("Chef d'état-major
/// général des armées (CEMGA) du Mali, le général X", "Northern Command (Norcom) Commander Y")
/// or behind "the Republic of": the name still takes it. An acronym spelling a title names no
/// body.
#[test]
fn a_titles_country_behind_an_acronym_or_the_republic_of() {
    let a = run("Le Chef d'État-major général des armées (CEMGA) du Mali, le général Amadou Traoré, est arrivé à Dakar.");
    assert!(has(&a, "affiliation", "Amadou Traoré", "Mali"), "{:?}", relations(&a));
    assert!(a.entities.iter().all(|e| !e.name.starts_with("Chef")), "{:?}", a.entities);
    let a = run("Northern Command (Norcom) Commander Admiral Rosa Fuentes met officials in Quito.");
    assert!(has(&a, "affiliation", "Rosa Fuentes", "Northern Command"), "{:?}", relations(&a));
    let a = run("The Minister of Defence of the Republic of Estonia, General Rosa Fuentes, met the press.");
    assert!(has(&a, "affiliation", "Rosa Fuentes", "Estonia"), "{:?}", relations(&a));
}

/// An embassy or a consulate is a body of the country that sends it: "the Kenyan Embassy in
/// Oslo", "l'ambassade du Ghana à Lomé" (in lowercase too), its seat staying a place.
#[test]
fn an_embassy_belongs_to_the_country_that_sends_it() {
    let a = run("Drills.\n\nThe Kenyan Embassy in Oslo announced the visit on Monday.\n");
    assert!(has(&a, "affiliation", "Kenyan Embassy", "Kenya"), "{:?}", relations(&a));
    let a = run("Visite.\n\nLa visite a été annoncée par l'ambassade du Ghana à Lomé mardi.\n");
    assert!(has(&a, "affiliation", "ambassade du Ghana", "Ghana"), "{:?}", relations(&a));
    assert!(a.entities.iter().any(|e| e.name == "Lomé"), "{:?}", a.entities);
}

/// A public figure of the reviewed table takes their country, when the text names it somewhere,
/// though not next to them ("President X said"); a title's own country or body still wins, and
/// an unknown name gets nothing.
#[test]
fn a_known_public_figure_takes_their_country_when_the_text_names_none() {
    let a = run(
        "Talks.\n\nCameroon and Chad signed a border accord.\n\nPresident Paul Biya praised it on Tuesday.\n",
    );
    assert!(has(&a, "affiliation", "Paul Biya", "Cameroon"), "{:?}", relations(&a));
    let a = run("Visite.\n\nLa France et le Tchad ont signé un accord.\n\nLe ministre Sébastien Lecornu a visité la base mardi.\n");
    assert!(has(&a, "affiliation", "Sébastien Lecornu", "France"), "{:?}", relations(&a));
    let a = run("Talks.\n\nCameroon and Chad signed a border accord.\n\nPresident Rosa Fuentes praised it on Tuesday.\n");
    assert!(relations(&a).iter().all(|r| r.1 != "Rosa Fuentes"), "{:?}", relations(&a));
    let a = run("Talks.\n\nCameroon and Chad signed a border accord.\n\nThe Gabonese envoy Paul Biya praised it on Tuesday.\n");
    assert!(!has(&a, "affiliation", "Paul Biya", "Cameroon"), "{:?}", relations(&a));
}

/// In a list of titled people ("l'ambassadeur de X, A, le commandant de la marine, l'amiral B"), a
/// title followed by a comma, a rank and a name is that name's title, not an apposition to the
/// name before it.
#[test]
fn a_title_before_a_rank_and_a_name_is_the_next_persons() {
    let a = run("La revue s'est tenue devant l'ambassadeur du Canada au Bénin Marc Tremblay, le chef d'état-major des armées, l'amiral Paul Houngbo, et des officiers.\n");
    assert!(has(&a, "affiliation", "Marc Tremblay", "Canada"), "{:?}", relations(&a));
    assert!(relations(&a).iter().all(|r| r.1 != "Marc Tremblay" || r.2 == "Canada"), "{:?}", relations(&a));
}

/// A public figure's family name alone ("Biya said") is a person of their country, even opening a
/// sentence; a common family name alone ("Traoré") is not taken for the figure.
#[test]
fn a_known_figures_family_name_alone_is_that_person() {
    let a = run(
        "Talks.\n\nCameroon and Chad signed a border accord.\n\nBiya praised it on Tuesday, aides said.\n",
    );
    assert!(has(&a, "affiliation", "Biya", "Cameroon"), "{:?}", relations(&a));
    let a = run("Accord.\n\nLe Burkina Faso et le Mali ont signé un accord.\n\nSelon Traoré, le texte sera appliqué.\n");
    assert!(!has(&a, "affiliation", "Traoré", "Burkina Faso"), "{:?}", relations(&a));
}

/// A title that goes on past its commas ("ministre délégué, chargé de la Défense du X"; a
/// minister of several domains listed after "des") still names the person's country; a clause
/// opening with lowercase "des soldats" after the title is no part of it.
#[test]
fn a_title_running_past_its_commas_still_gives_the_country() {
    let a = run("Une réunion des deux pays a eu lieu à Niamey, sous la conduite de Amadou Sanda Koré, ministre délégué auprès du Premier ministre, chargé de la Sécurité du Niger, et par Issa Lamine Touré, ministre des Armées, de la Mémoire et de la Solidarité de la République du Mali.\n");
    assert!(has(&a, "affiliation", "Amadou Sanda Koré", "Niger"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Issa Lamine Touré", "Mali"), "{:?}", relations(&a));
    let a = run("Selon Amadou Sanda Koré, ministre délégué, des soldats du Mali ont franchi la frontière.\n");
    assert!(!has(&a, "affiliation", "Amadou Sanda Koré", "Mali"), "{:?}", relations(&a));
}

/// A person's side read from the words around the name, whoever found the name: "of X" right
/// after it in a list of ministers, a capitalised domain after a minister's "of", a peer named by
/// a demonym before a comma and a title ("his Estrian host, President X", "son homologue malien,
/// le général Y").
#[test]
fn sides_from_of_after_the_name_domains_and_peers() {
    let a = run("The pact was signed in Bergen by defence ministers Antti Virta of Finland and Bjorn Dahl of Norway.\n");
    assert!(has(&a, "affiliation", "Antti Virta", "Finland"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Bjorn Dahl", "Norway"), "{:?}", relations(&a));
    let a = run("Kenya's Minister of Internal Security Albert Mwangi has arrived in Uganda.\n");
    assert!(has(&a, "affiliation", "Albert Mwangi", "Kenya"), "{:?}", relations(&a));
    let a = run("The Libyan premier held talks with his Tunisian host, President Karim Ben Salah.\n");
    assert!(has(&a, "affiliation", "Karim Ben Salah", "Tunisia"), "{:?}", relations(&a));
    assert!(!has(&a, "affiliation", "Karim Ben Salah", "Libya"), "{:?}", relations(&a));
    let a = run("Le ministre nigérien a reçu son homologue malien, le général Oumar Diarra.\n");
    assert!(has(&a, "affiliation", "Oumar Diarra", "Mali"), "{:?}", relations(&a));
}

/// A French ministry named with its country after an article ("ministère de la Défense de
/// l'Azerbaïdjan", "… de la Tunisie") is one body of that country.
#[test]
fn a_ministry_with_its_country_after_an_article() {
    let a = run("Le ministère de la Défense de l'Ouzbékistan a publié un communiqué.\n");
    assert!(
        has(&a, "affiliation", "ministère de la Défense de l'Ouzbékistan", "Ouzbékistan"),
        "{:?}",
        relations(&a)
    );
    let a = run("Le ministère des Affaires étrangères de la Mauritanie a protesté.\n");
    assert!(
        relations(&a).iter().any(|(k, _, t)| k == "affiliation" && t == "Mauritanie"),
        "{:?}",
        relations(&a)
    );
}

/// The leader of a delegation named with its country ("the delegation of X headed by Defence
/// Minister Lieutenant General Y", "la délégation nigérienne conduite par le ministre Z")
/// belongs to that country.
#[test]
fn a_delegations_leader_belongs_to_its_country() {
    let a = run("The military delegation of Mongolia headed by Defence Minister Lieutenant General Bat Erdene arrived on Monday.\n");
    assert!(has(&a, "affiliation", "Bat Erdene", "Mongolia"), "{:?}", relations(&a));
    let a = run("La délégation tchadienne conduite par le ministre Ali Mahamat est arrivée à Bangui.\n");
    assert!(has(&a, "affiliation", "Ali Mahamat", "Tchad"), "{:?}", relations(&a));
}

/// A list of titles handed out country by country ("les ministres de la Défense du Gabon, A, et
/// du Cameroun, B") names a person of each country, whatever their given names.
#[test]
fn a_list_of_titles_by_country_gives_each_person_a_country() {
    let a = run("Les chefs d'état-major du Gabon, Ndong Essono, et du Cameroun, René Claude Meka, se sont \
                 réunis à Libreville.\n");
    assert!(has(&a, "affiliation", "Ndong Essono", "Gabon"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "René Claude Meka", "Cameroun"), "{:?}", relations(&a));
    // a country after a place's preposition gives nothing
    let a = run("In Gabon, Ndong Essono said the drills would go on.\n");
    assert!(!has(&a, "affiliation", "Ndong Essono", "Gabon"), "{:?}", relations(&a));
}

/// A rank between a listed country and its name ("…of Uganda, General B") keeps the entry
/// the country's: the rank is the person's, the country the list's.
#[test]
fn a_rank_after_a_listed_country_keeps_its_country() {
    let a = run("The army chiefs of Kenya, Ruth Wanjiru, and of Uganda, General Moses Okello Tumusiime, \
                 inspected the troops.\n");
    assert!(has(&a, "affiliation", "Moses Okello Tumusiime", "Uganda"), "{:?}", relations(&a));
    let a = run("Les ministres de la Défense du Bénin, Paul Hounkpè, et du Togo, le général Koffi Adjovi \
                 Tchalla, ont signé le texte.\n");
    assert!(has(&a, "affiliation", "Koffi Adjovi Tchalla", "Togo"), "{:?}", relations(&a));
}

/// A role noun after a body's name in apposition ("X, Joint Logistics Command chief,") makes the
/// person that body's, however long its name.
#[test]
fn a_role_after_a_bodys_name_in_apposition_gives_that_body() {
    let a = run("Vice Admiral Tomas Brandt, NATO Maritime Command commander, toured the port of Gdansk.\n");
    assert!(has(&a, "affiliation", "Tomas Brandt", "NATO Maritime Command"), "{:?}", relations(&a));
}

/// A country's staff named with its country after "du" ("l'état-major des armées du Togo") is
/// that country's, one body with the staff named by the demonym.
#[test]
fn a_staff_named_with_its_country_after_de_is_that_countrys() {
    let a =
        run("L'état-major des armées togolaises a confirmé la visite. Le chef de l'état-major des armées \
                 du Togo, le général Koffi Adjovi, est arrivé lundi à Cotonou.\n");
    let staff: Vec<_> = a.entities.iter().filter(|e| e.name.starts_with("état-major")).collect();
    assert_eq!(staff.len(), 1, "{:?}", a.entities);
    assert!(has(&a, "affiliation", &staff[0].name, "Togo"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Koffi Adjovi", &staff[0].name), "{:?}", relations(&a));
}

/// A body whose name opens with an international body's ("the ECCAS Standby Brigade", "the OSCE
/// Minsk Group") is part of it.
#[test]
fn a_body_named_after_an_international_body_is_part_of_it() {
    let a = run("The ECOWAS Standby Force began a command exercise in Accra.\n");
    assert!(has(&a, "affiliation", "ECOWAS Standby Force", "ECOWAS"), "{:?}", relations(&a));
}

/// A body named right after a title and "of", the title owned by a country ("Chile's chief of the
/// General Staff"), is that country's.
#[test]
fn a_body_after_a_countrys_title_is_that_countrys() {
    let a = run("Peru's minister met Chile's chief of the General Staff in Lima.\n");
    assert!(has(&a, "affiliation", "General Staff", "Chile"), "{:?}", relations(&a));
}

/// A staff's head word ends its title: the name after it is its chief's, whose country is the
/// delegation he leads ("…a team led by Chief of the Joint Staff X").
#[test]
fn the_chief_after_a_staff_title_belongs_to_the_delegation_country() {
    let a = run("Armenia's defence minister welcomed a Georgian military team led by Chief of the Joint Staff Giorgi Matiashvili on May 3.");
    assert!(has(&a, "affiliation", "Giorgi Matiashvili", "Georgia"), "{:?}", relations(&a));
    let a = run("He met Chief of the Army Oleg Petrov.");
    assert!(find(&a, "Oleg Petrov").is_some_and(|e| e.kind.as_str() == "person"), "{:?}", a.entities);
}

/// An apposition opened by a country's possessive names the person's country over a longer role
/// ("X, Estria's navy deputy chief of staff"); a chargé d'affaires at an embassy belongs to it.
#[test]
fn a_possessive_apposition_and_an_embassy_role_give_the_affiliation() {
    let a = run("Omar Baig, Oman's navy deputy chief of staff, said the drills went well.");
    assert!(has(&a, "affiliation", "Omar Baig", "Oman"), "{:?}", relations(&a));
    let a = run("« Le dialogue continue », a indiqué Hiro Tanaka, chargé d'affaires de l'ambassade de Corée du Sud au Togo.");
    assert!(has(&a, "affiliation", "Hiro Tanaka", "ambassade de Corée du Sud"), "{:?}", relations(&a));
}

/// The member states listed after the body's name belong to it: "les pays membres de X, A, B et
/// C", "the member states of X, A and B".
#[test]
fn members_listed_after_the_body_belong_to_it() {
    let a = run("Les pays membres de la CEDEAO, le Togo, le Bénin et le Ghana, ont tenu une réunion.");
    for c in ["Togo", "Bénin", "Ghana"] {
        assert!(has(&a, "affiliation", c, "CEDEAO"), "{c}: {:?}", relations(&a));
    }
    let a = run("The member states of ASEAN, Thailand, Laos and Cambodia, sent observers.");
    for c in ["Thailand", "Laos", "Cambodia"] {
        assert!(has(&a, "affiliation", c, "ASEAN"), "{c}: {:?}", relations(&a));
    }
}

/// A title whose body is named with its country's possessive ("the inspector of Estria's Royal
/// Armed Forces, General X") gives the person to that body; the body belongs to the country (a
/// generic one is named with the possessive), and a given name inside the body's name ("Royal") is no person.
#[test]
fn a_title_over_a_countrys_possessive_names_the_persons_body() {
    let a = run("Talks.\n\nThe inspector of Chile's Royal Armed Forces (CRAF), Lieutenant General Roberto Alvarado, and the deputy director of security at Peru's Ministry of Defence, Ana Torres, opened the session in Lima.\n");
    assert!(has(&a, "affiliation", "Roberto Alvarado", "Royal Armed Forces"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Royal Armed Forces", "Chile"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Ana Torres", "Ministry of Defence"), "{:?}", relations(&a));
    assert!(find(&a, "Royal").is_none(), "{:?}", a.entities);
    let b = run("Drills.\n\nChile's Armed Forces trained with Peruvian sailors.\n");
    assert!(has(&b, "affiliation", "Chile's Armed Forces", "Chile"), "{:?}", relations(&b));
}

/// Who signs "for" a country or acts "on behalf of" / "au nom de" it belongs to it, when no title
/// names their side; a name after a minister's domain and "and" is the next signer, not a domain.
#[test]
fn signing_for_a_country_or_acting_on_its_behalf_names_the_side() {
    let a = run("Accords.\n\nMs Ama Mensah, Minister of Trade and Industry and Kofi Boateng, Minister of Roads, signed the accord for Ghana. Jean Dupont spoke on behalf of Belgium.\n");
    assert!(has(&a, "affiliation", "Ama Mensah", "Ghana"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Kofi Boateng", "Ghana"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Jean Dupont", "Belgium"), "{:?}", relations(&a));
    let b = run("Accords.\n\nLe texte a été paraphé par Awa Diallo au nom du Sénégal.\n");
    assert!(has(&b, "affiliation", "Awa Diallo", "Sénégal"), "{:?}", relations(&b));
    // a country nearer the marker than the person is not the one acted for
    let c = run("Accords.\n\nAwa Diallo met the envoy of Mali, who signed the accord for Niger.\n");
    assert!(!has(&c, "affiliation", "Awa Diallo", "Niger"), "{:?}", relations(&c));
}

/// A title's domain may list its items over commas ("Minister of Foreign Affairs, Trade and
/// Integration, Professor X"): those commas are the domain's, so the country before the title
/// still gives the person their side; a charge after a comma (", in charge of the Defence
/// Administration") carries the title on to the body it names.
#[test]
fn a_domain_listed_over_commas_and_a_charge_carry_the_title() {
    let a = run("Accords.\n\nThe Beninese Minister of Foreign Affairs, Trade and Regional Integration, Professor Aurelien Houngbo and the Minister of Roads signed.\n");
    assert!(has(&a, "affiliation", "Aurelien Houngbo", "Benin"), "{:?}", relations(&a));
    let b = run("Talks.\n\nPaul Garnier, Minister Delegate to the Prime Minister, in charge of the Defence Procurement Agency, held talks with Chile.\n");
    assert!(has(&b, "affiliation", "Paul Garnier", "Defence Procurement Agency"), "{:?}", relations(&b));
}

/// A nationality beside a role noun no list holds names the person's country: French puts it
/// after the noun ("l'autocrate soudanais X", after a determiner), English before it ("Sudanese
/// autocrat X"); a participle after the nationality ("Sudanese-backed") names no side.
#[test]
fn a_nationality_beside_any_role_noun_names_the_persons_country() {
    let a = run("Manifestation.\n\nLes soldats ont manifesté contre l'autocrate soudanais Omar Karim.\n");
    assert!(has(&a, "affiliation", "Omar Karim", "Soudan"), "{:?}", relations(&a));
    let b = run("Protest.\n\nCrowds rallied against Sudanese autocrat Omar Karim on Friday.\n");
    assert!(has(&b, "affiliation", "Omar Karim", "Sudan"), "{:?}", relations(&b));
    let c = run("Protest.\n\nSudanese troops shot Ahmed Musa near the border.\n");
    assert!(!has(&c, "affiliation", "Ahmed Musa", "Sudan"), "{:?}", relations(&c));
}

/// The leader of a group belongs to the group's country, named up to a long phrase before "led
/// by" ("the Estonian navy ship Admiral Pitka and its crew, led by Captain X").
#[test]
fn the_leader_of_a_ship_and_its_crew_belongs_to_its_country() {
    let a = run("Visit.\n\nThe Estonian navy ship Admiral Pitka and its 60 member crew, led by Commander Mart Kask, made a port call in Gdansk.\n");
    assert!(has(&a, "affiliation", "Mart Kask", "Estonia"), "{:?}", relations(&a));
}

/// A ministry that names no country sits in the capital told right after it ("au ministère de la
/// Défense à Libreville"): it is that country's; an international body meeting in a capital ("the
/// AU summit in Addis Ababa") is not.
#[test]
fn a_ministry_in_a_capital_is_that_countrys() {
    let a = run("Séance.\n\nDes experts du Gabon et du Congo se sont retrouvés lundi au ministère de la Défense à Libreville.\n");
    assert!(has(&a, "affiliation", "ministère de la Défense", "Gabon"), "{:?}", relations(&a));
    let b = run("Summit.\n\nThe African Union summit in Addis Ababa brought together Ethiopia and Kenya.\n");
    assert!(!has(&b, "affiliation", "African Union", "Ethiopia"), "{:?}", relations(&b));
}

/// "commanded by" / "commandé par" name a group's leader as "led by" does.
#[test]
fn the_commander_of_a_contingent_belongs_to_its_country() {
    let a = run("Mission.\n\nThe contingent of 200 Chilean soldiers, commanded by Colonel Pablo Rojas, left for Haiti.\n");
    assert!(has(&a, "affiliation", "Pablo Rojas", "Chile"), "{:?}", relations(&a));
    let b = run("Mission.\n\nLe contingent sénégalais, commandé par le colonel Abdou Ndiaye, est parti pour le Mali.\n");
    assert!(has(&b, "affiliation", "Abdou Ndiaye", "Sénégal"), "{:?}", relations(&b));
}

/// A minister whose title names no country belongs to the one ministry of the text his title
/// names ("Defence Minister X" in a story about "Ghana's Defence Ministry").
#[test]
fn a_minister_belongs_to_the_ministry_his_title_names() {
    let a = run("Gift.\n\nJapan gave ten trucks to Ghana's Defence Ministry on Monday. The keys went to Defence Minister Kofi Mensah Asare.\n");
    assert!(has(&a, "affiliation", "Kofi Mensah Asare", "Defence Ministry"), "{:?}", relations(&a));
}

/// A French mission before a plural country's name ("l'Ambassade des Pays-Bas") is that
/// country's body.
#[test]
fn a_mission_of_a_plural_country_is_its_body() {
    let a = run("Don.\n\nL'Ambassade des Pays-Bas au Ghana a remis des radios à la police ghanéenne.\n");
    assert!(has(&a, "affiliation", "Ambassade des Pays-Bas", "Pays-Bas"), "{:?}", relations(&a));
}

/// The leader of a group told far before "commanded by", with a rank abbreviated ("the Omani
/// force, which flew in on a transport plane of its air force, is commanded by Maj. X"), is
/// of the group's country.
#[test]
fn a_commander_after_a_long_relative_clause_is_of_the_groups_country() {
    let a = run("Drill.\n\nThe Omani force, which flew in on board a large transport plane of the air force, is commanded by Maj. Salim Al-Harthy.\n");
    assert!(has(&a, "affiliation", "Salim Al-Harthy", "Oman"), "{:?}", relations(&a));
}

/// A ministry "in the capital, X" sits in X: it belongs to X's country.
#[test]
fn a_ministry_in_the_capital_named_after_a_comma() {
    let a = run("Airspace.\n\nLatvia protested on Monday. The envoy was called to the Interior Ministry in the capital, Riga, on Monday.\n");
    assert!(has(&a, "affiliation", "Interior Ministry", "Latvia"), "{:?}", relations(&a));
}

/// A rank between a role and a name ("army spokesman Brig. Gen. X") leaves the role's side to the
/// person: the country before the role, or the body the role names.
#[test]
fn a_rank_after_a_role_keeps_the_role_side() {
    let a = run("Nigerian army spokesman Brig. Gen. Tunde Bakare said the patrol was attacked.");
    assert!(has(&a, "affiliation", "Tunde Bakare", "Nigeria"), "{:?}", relations(&a));
    let a = run("Defence Ministry spokesman Col. Arjun Mehta said the talks would resume.");
    assert!(has(&a, "affiliation", "Arjun Mehta", "Defence Ministry"), "{:?}", relations(&a));
}

/// An apposition ends where "et"/"and" opens the next clause's subject with a determiner and a
/// common noun: the country named there is not the person's.
#[test]
fn an_apposition_stops_at_the_next_coordinated_subject() {
    let a = run("Le Bénin était représenté par Paul Adjovi, chef d'état-major adjoint et la mission \
                 togolaise était menée par Koffi Agbo.");
    assert!(!has(&a, "affiliation", "Paul Adjovi", "Togo"), "{:?}", relations(&a));
}

/// A diplomat whose title names no country belongs to the one embassy the text names, written
/// with its nationality in either language; a leader "under the command of"/"sous le commandement
/// de" belongs to the country of the group named before.
#[test]
fn envoys_and_commanders_take_the_side_of_their_body() {
    let a = run("L'ambassade canadienne au Sénégal a indiqué que l'ambassadrice Claire Dubois avait remis \
                 les véhicules.");
    assert!(has(&a, "affiliation", "Claire Dubois", "ambassade canadienne"), "{:?}", relations(&a));
    let a = run("The Ghanaian battalion, under the command of Colonel Kofi Mensah, reached the camp.");
    assert!(has(&a, "affiliation", "Kofi Mensah", "Ghana"), "{:?}", relations(&a));
}

/// A sentence opening with a side ("On the Malian side,", "Côté tchadien,") gives that side to the
/// bodies it names with no country; their spokesman then speaks for that country.
#[test]
fn a_side_phrase_gives_its_country_to_the_bodies_named_after() {
    let a = run("On the Malian side, Defence Ministry spokesman Col. Amadou Traore accused Algerian \
                 troops of crossing the border.");
    assert!(has(&a, "affiliation", "Defence Ministry", "Mali"), "{:?}", relations(&a));
    assert!(has(&a, "opposition", "Mali", "Algeria"), "{:?}", relations(&a));
    let a = run("Côté tchadien, le ministère de la Défense a démenti toute incursion.");
    assert!(has(&a, "affiliation", "ministère de la Défense", "Tchad"), "{:?}", relations(&a));
}

/// A body whose relative clause lists its make-up ("qui regroupe X, Y et Z", "which comprises X
/// and Y") has those countries as members.
#[test]
fn a_body_that_groups_countries_has_them_as_members() {
    let a = run("La CEEAC, qui regroupe le Gabon, le Cameroun et le Tchad, a tenu un exercice.");
    assert!(has(&a, "affiliation", "Gabon", "CEEAC"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Tchad", "CEEAC"), "{:?}", relations(&a));
    let a = run("SADC, which comprises Angola, Zambia and Malawi among others, held a summit.");
    assert!(has(&a, "affiliation", "Zambia", "SADC"), "{:?}", relations(&a));
}

/// A country after "in" in a title is where the post is, not whose ("the attaché of the Indian
/// embassy in Nepal, Colonel X" is India's).
#[test]
fn a_posting_country_is_not_the_person_s() {
    let a = run("The gift was handed over by the Defence Attache of the Embassy of India in Nepal Colonel \
                 Raghav Menon.");
    assert!(!has(&a, "affiliation", "Raghav Menon", "Nepal"), "{:?}", relations(&a));
}

/// A titled speaker whose title names no country, reporting what the sentence's subject will do
/// (", Defence Minister X said"), speaks for that country; not when the sentence tells an attack.
#[test]
fn a_titled_speaker_reports_for_the_subject_country() {
    let a = run("Ghana will send two patrol boats to Benin next month, Defence Minister Kofi Mensah said.");
    assert!(has(&a, "affiliation", "Kofi Mensah", "Ghana"), "{:?}", relations(&a));
    let a = run("Ghana was accused of shelling a Togolese post, Defence Minister Kwame Agbeko said.");
    assert!(!has(&a, "affiliation", "Kwame Agbeko", "Ghana"), "{:?}", relations(&a));
}

/// A state's body named without its country ("the National Guard") belongs to the country a text
/// is about, when one country dominates it; with two countries named alike, to neither.
#[test]
fn a_national_body_belongs_to_the_country_the_text_is_about() {
    let a = run("Honduras reinforced its northern border on Monday. Honduras said the National Guard \
                 would patrol the valley, after Honduras reported smugglers near the river.");
    assert!(has(&a, "affiliation", "National Guard", "Honduras"), "{:?}", relations(&a));
    let a = run("Honduras and Guatemala met on Monday. The National Guard will patrol the valley, \
                 Guatemala and Honduras said.");
    assert!(
        !relations(&a).iter().any(|(k, s, _)| k == "affiliation" && s == "National Guard"),
        "{:?}",
        relations(&a)
    );
}

/// Quotes around a word of a role ('le "patron" de la marine X') do not cut the role from the
/// titled name in apposition after it.
#[test]
fn quotes_inside_a_role_keep_the_person_in_the_body() {
    let a = run("Le \"patron\" de la marine chilienne, l'amiral Juan Carrasco, est arrivé mardi à Lima.");
    assert!(has(&a, "affiliation", "Juan Carrasco", "marine chilienne"), "{:?}", relations(&a));
}

/// A country named right before a title is the titled person's even after "to" ("an appeal to
/// Norland Prime Minister X"); a country after the title and "to" is only where an envoy serves.
#[test]
fn a_country_before_a_title_is_its_own_even_after_to() {
    let a = run("We wrote to Bolivia Prime Minister Ana Quispe to ask her to pull back the patrols, the \
                 Chilean president said.");
    assert!(has(&a, "affiliation", "Ana Quispe", "Bolivia"), "{:?}", relations(&a));
    let a = run("The Peruvian envoy to Bolivia Rosa Mamani left La Paz on Monday.");
    assert!(!has(&a, "affiliation", "Rosa Mamani", "Bolivia"), "{:?}", relations(&a));
}

/// An apposition with no closing comma ends at the verb's auxiliary: a body named after it is no
/// part of the title ("X, Norland Secretary of Defence was received by the Defence Ministry").
/// In a list of names each followed by its title, each title is its own name's.
#[test]
fn appositions_end_at_the_verb_and_list_titles_stay_with_their_names() {
    let a = run("Ivo Tamm, Chile State Secretary for Defence was then received at the Defence Ministry in \
                 Lima.");
    assert!(!has(&a, "affiliation", "Ivo Tamm", "Defence Ministry"), "{:?}", relations(&a));
    let a = run("Present were Ana Ruiz, Director at the Defence Ministry, Lt Gen Tomas Reyes, Chief of \
                 Staff of the Peruvian Army, and others.");
    assert!(has(&a, "affiliation", "Ana Ruiz", "Defence Ministry"), "{:?}", relations(&a));
    assert!(!has(&a, "affiliation", "Tomas Reyes", "Defence Ministry"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Tomas Reyes", "Peruvian Army"), "{:?}", relations(&a));
}

/// The acronym of a national defence force the reviewed table knows belongs to its country.
#[test]
fn a_known_defence_force_acronym_belongs_to_its_country() {
    let a = run("Guyana protested after gunmen fired on a GDF boat on the river on Friday.");
    assert!(has(&a, "affiliation", "GDF", "Guyana"), "{:?}", relations(&a));
}

/// A minister's portfolio after "of" ("Minister of Armed Forces") is no body of its own: the
/// minister belongs to the country of the possessive.
#[test]
fn a_ministers_portfolio_is_no_body() {
    let a = run("The talks were held with Chad's Minister of Armed Forces, Ana Ruiz, on Friday.");
    assert!(has(&a, "affiliation", "Ana Ruiz", "Chad"), "{:?}", relations(&a));
    assert!(!a.entities.iter().any(|e| e.name == "Armed Forces"), "{:?}", a.entities);
}

/// A titled person after a possessive pointing back to a body ("le ministère X, selon son
/// porte-parole Y") speaks for that body, not for the country named inside its name.
#[test]
fn a_spokesman_after_a_possessive_belongs_to_the_body_before() {
    let a = run("Le ministère péruvien de la Défense a répondu au Chili lundi, selon son porte-parole Ana \
                 Quispe.");
    assert!(has(&a, "affiliation", "Ana Quispe", "ministère péruvien de la Défense"), "{:?}", relations(&a));
}

/// A known mission or organ of a known body belongs to it when the text names both: a UN mission
/// to the UN, an AU force to the AU; not when the parent is not named.
#[test]
fn a_known_mission_belongs_to_the_body_it_is_part_of() {
    let a = run("The United Nations said its peacekeepers of UNMISS had repelled the attack near Bor.");
    let un = find(&a, "United Nations").map(|e| e.name.clone()).unwrap_or_default();
    assert!(has(&a, "affiliation", "UNMISS", &un), "{:?}", relations(&a));
    let a = run("L'Union africaine a prolongé le mandat de l'ATMIS en Somalie.");
    let au = find(&a, "Union africaine").map(|e| e.name.clone()).unwrap_or_default();
    assert!(has(&a, "affiliation", "ATMIS", &au), "{:?}", relations(&a));
    let a = run("UNMISS said the attack near Bor had been repelled.");
    assert!(relations(&a).iter().all(|(k, _, _)| k != "affiliation"), "{:?}", relations(&a));
}

/// A body whose name closes with "of"/"du" and a known international body is part of it.
#[test]
fn a_body_named_of_a_known_international_body_is_part_of_it() {
    let a = run(
        "The talks went well.\n\nThe Joint Force of the G5 Sahel was attacked near the border on Monday.",
    );
    assert!(has(&a, "affiliation", "Joint Force of the G5 Sahel", "G5 Sahel"), "{:?}", relations(&a));
}

/// A titled person after a possessive pointing back to a person of known country ("accompagné de
/// son ministre Y") is of that person's country.
#[test]
fn a_leaders_own_minister_is_of_the_leaders_country() {
    let a = run(
        "President Paul Kagame was accompanied by his minister Juvenal Marizamunda during talks in Rwanda.",
    );
    assert!(has(&a, "affiliation", "Juvenal Marizamunda", "Rwanda"), "{:?}", relations(&a));
}

/// Peers named with a list of nationalities, then as many names after a comma, each joined to the
/// last by "and" over its own title, take the nationalities in order (French puts them after the
/// noun, English before it).
#[test]
fn peers_listed_with_their_nationalities_take_them_in_order() {
    let a = run(
        "Le ministre a reçu ses homologues tchadien et nigérien, le ministre Ali Mahamat et la ministre \
                 Aïssata Issoufou, pour un échange.",
    );
    assert!(has(&a, "affiliation", "Ali Mahamat", "Tchad"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Aïssata Issoufou", "Niger"), "{:?}", relations(&a));
    let a = run(
        "The minister met his Kenyan and Ugandan counterparts, Ruth Wanjiru and Moses Okello, on Monday.",
    );
    assert!(has(&a, "affiliation", "Ruth Wanjiru", "Kenya"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Moses Okello", "Uganda"), "{:?}", relations(&a));
}

/// France's forces stationed overseas, named by the reviewed table ("les forces armées en
/// Nouvelle-Calédonie (FANC)", "les Forces armées de la zone sud de l'océan Indien"), belong to
/// France; the ocean's adjective inside a name is no country.
#[test]
fn french_forces_overseas_belong_to_france() {
    let a = run("En France, on l'a appris lundi : les forces armées en Nouvelle-Calédonie (FANC) ont accueilli des marins du Vanuatu.");
    assert!(has(&a, "affiliation", "FANC", "France"), "{:?}", relations(&a));
    let a = run("En France, on l'a appris lundi : les Forces armées de la zone sud de l'océan Indien ont formé des soldats comoriens.");
    assert!(relations(&a).iter().any(|(k, _, t)| k == "affiliation" && t == "France"), "{:?}", relations(&a));
    assert!(a.entities.iter().all(|e| e.name != "Inde"), "{:?}", a.entities);
}

/// Officials a visitor is to meet ("meetings with Foreign Minister X are planned") belong to the
/// country visited, when the title names no country: the visitor meets the host.
#[test]
fn officials_a_visitor_meets_belong_to_the_host() {
    let a =
        run("Estonian Defence Minister Jaan Tamm is visiting Latvia for two days. Meetings with Foreign \
         Minister Ilze Berzina are also planned for Wednesday.");
    assert!(has(&a, "affiliation", "Ilze Berzina", "Latvia"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Jaan Tamm", "Estonia"), "{:?}", relations(&a));
}

/// A text that calls a country "notre pays" in its own voice writes from there: the officers it
/// names with a bare title are that country's.
#[test]
fn officers_of_a_text_written_from_our_country_are_its_own() {
    let a = run(
        "Le Sénégal et la Gambie renforcent leur coopération.\n\nLe chef d'état-major général, le général Amadou Sall, a reçu lundi à Dakar une \
         délégation gambienne en visite dans notre pays.",
    );
    assert!(has(&a, "affiliation", "Amadou Sall", "Sénégal"), "{:?}", relations(&a));
}

/// A country alone in parentheses right after a name is that person's ("the two ministers, A
/// (Chile) and B (Bolivia)").
#[test]
fn a_country_in_parentheses_after_a_name_is_the_persons() {
    let a = run("The two defence ministers, Tomas Quiroga (Chile) and Marco Gutiérrez (Bolivia), will meet next week.\n");
    assert!(has(&a, "affiliation", "Tomas Quiroga", "Chile"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Marco Gutiérrez", "Bolivia"), "{:?}", relations(&a));
}

/// The leader of a side told by its nationality ("the Kenyan side was chaired by X") belongs to
/// that country.
#[test]
fn the_chair_of_a_sides_delegation_belongs_to_its_country() {
    let a = run(
        "The talks were held in Nairobi. The Kenyan side was chaired by Dr Otieno Kamau, Minister of State \
                 for Defence, while the Ugandan side was chaired by Dr Amos Byaruhanga.\n",
    );
    assert!(has(&a, "affiliation", "Otieno Kamau", "Kenya"), "{:?}", relations(&a));
    assert!(has(&a, "affiliation", "Amos Byaruhanga", "Uganda"), "{:?}", relations(&a));
}

/// A body named "of the country" ("les Forces armées de ce pays", "the Coast Guard of the
/// country") is the last country's named before it.
#[test]
fn a_body_of_this_country_is_the_last_country_named() {
    let a = run(
        "Des soldats togolais ont défilé au Bénin. Ils ont été salués par les Forces armées de ce pays.\n",
    );
    let forces = a.entities.iter().find(|e| e.name == "Forces armées").expect("the forces").name.clone();
    assert!(has(&a, "affiliation", &forces, "Bénin"), "{:?}", relations(&a));
}

/// A group sworn to another ("ayant prêté allégeance à Y", "pledged allegiance to Y") or said
/// affiliated with it ("the Y-affiliated group X") is a part of it.
#[test]
fn allegiance_makes_a_group_part_of_another() {
    let a = run("Le mouvement Ansarul Islam, ayant prêté allégeance au groupe Etat islamique, \
                 attaque les postes de l'armée.");
    assert!(has(&a, "affiliation", "Ansarul Islam", "Daech"), "{:?}", relations(&a));
    let a = run("The ADF, which pledged allegiance to the Islamic State in 2019, raided a village.");
    assert!(has(&a, "affiliation", "ADF", "Daesh"), "{:?}", relations(&a));
    let a = run("Soldiers fought the Islamic State-affiliated group ADF near the border.");
    assert!(has(&a, "affiliation", "ADF", "Daesh"), "{:?}", relations(&a));
}

/// A ministry named without its country, in a text that one country dominates, is that
/// country's, as its other bodies named bare are.
#[test]
fn a_bare_ministry_belongs_to_the_country_the_text_is_about() {
    let a = run("Drill news\n\nGhana will host a naval drill next month. Ghanaian sailors will train off \
                 Takoradi, and Ghana has invited observers from Togo. The Ministry of Defence said the \
                 drill would last a week.");
    assert!(has(&a, "affiliation", "Ministry of Defence", "Ghana"), "{:?}", relations(&a));
}

/// "The Army Commander Lt. Gen. X" names no country, but a story that names one army only ("the
/// Ghana Army") tells whose army he commands.
#[test]
fn a_bare_service_title_takes_the_one_service_of_the_story() {
    let a = run(
        "Trucks for the Ghana Army\n\nThe Ghana Army received forty trucks on Monday. The minister handed \
         the papers to the Army Commander Maj. Gen. Kwesi Ofori at the depot.",
    );
    assert!(has(&a, "affiliation", "Kwesi Ofori", "Ghana Army"), "{:?}", relations(&a));
}
