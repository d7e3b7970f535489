//! Who works with whom: cooperation between the real co-parties of an event (fixtures written
//! for these tests).

use crate::util::{find, has, participants, relations, run, run_dated};

/// A crowd gathered by an international body pairs no two of its members: the body is the frame,
/// no pair stands out. A crowd with no such body still pairs its leading side with the others.
#[test]
fn a_crowd_drill_of_a_body_pairs_no_members() {
    let a = run("NATO launched an air defence drill over the Baltic on Monday with aircraft from Latvia, \
                 Lithuania, Estonia, Norway, Spain, France, Germany, Portugal, Poland and Sweden.");
    assert!(!has(&a, "cooperation", "Latvia", "Lithuania"), "{:?}", relations(&a));
    assert!(!has(&a, "cooperation", "Latvia", "Sweden"), "{:?}", relations(&a));
    let a = run("Brazil hosted a naval drill on Monday with ships from Chile, Peru, Uruguay, Ecuador, \
                 Colombia, Argentina, Mexico, Panama and Paraguay.");
    assert!(relations(&a).iter().any(|(k, s, t)| k == "cooperation" && (s == "Brazil" || t == "Brazil")));
}

/// A tour of several countries told in one sentence is one visit per destination, each with the
/// visitor and that destination, and the destinations are not paired with each other.
#[test]
fn a_tour_is_one_visit_per_destination() {
    let a = run("Tour.\n\nLe ministre portugais de la Défense s'est rendu au Sénégal et en Gambie en mars, puis au Cap-Vert.\n");
    let visits: Vec<_> = a.events.iter().filter(|e| e.kind.as_str() == "visit").collect();
    assert_eq!(visits.len(), 3, "{:?}", a.events);
    assert!(has(&a, "cooperation", "Portugal", "Gambie"), "{:?}", relations(&a));
    assert!(!has(&a, "cooperation", "Sénégal", "Gambie"), "{:?}", relations(&a));
}

/// A visit by the officers of many countries to one host pairs the host with its guests, not
/// the guests with one another.
#[test]
fn the_guests_of_a_visit_are_no_partners_of_one_another() {
    let a = run(
        "Drill.\n\nGhana hosted a passing-out parade on Friday. Army chiefs from Togo, Benin, Niger and \
                 Mali arrived in Accra on Friday to attend the parade hosted by Ghana.\n",
    );
    assert!(
        !has(&a, "cooperation", "Togo", "Bénin") && !has(&a, "cooperation", "Togo", "Benin"),
        "{:?}",
        relations(&a)
    );
    assert!(!has(&a, "cooperation", "Niger", "Mali"), "{:?}", relations(&a));
}

/// A word of cooperation inside a body's name ("the Gulf Cooperation Council") is no cue between
/// the countries named with it.
#[test]
fn a_cooperation_word_inside_a_name_is_no_cue() {
    let a = run("Kuwait and Oman are both members of the Gulf Cooperation Council.");
    assert!(!has(&a, "cooperation", "Kuwait", "Oman"), "{:?}", relations(&a));
}

/// A word of cooperation over a short list of countries named together pairs them all ("des
/// soldats A, B et C auront un commandement commun"); a list working "with" a partner named after
/// the word is not paired within itself.
#[test]
fn a_short_list_named_together_cooperates_pairwise() {
    let a = run("Des policiers togolais, béninois et ghanéens formeront une brigade mixte l'an prochain.");
    assert!(has(&a, "cooperation", "Togo", "Bénin"), "{:?}", relations(&a));
    assert!(has(&a, "cooperation", "Bénin", "Ghana"), "{:?}", relations(&a));
    assert!(has(&a, "cooperation", "Togo", "Ghana"), "{:?}", relations(&a));
    let a = run("The academy thanked instructors from Peru, Chile and Brazil for their cooperation with \
                 its staff.");
    assert!(!has(&a, "cooperation", "Peru", "Chile"), "{:?}", relations(&a));
}

/// Two sides whose mentions stand coordinated somewhere in a sentence with a word of
/// cooperation cooperate, even when one was named alone earlier in it.
#[test]
fn a_compound_demonym_after_an_earlier_mention_still_pairs() {
    let a = run("Une cérémonie a eu lieu au camp de l'armée de terre togolaise, un jalon de la \
                 coopération franco-togolaise.");
    assert!(has(&a, "cooperation", "Togo", "France"), "{:?}", relations(&a));
}

/// Partners listed after one "with" are each the subject's partner, not each other's: a hub with
/// its spokes. Sides named together as subjects still all pair.
#[test]
fn partners_listed_after_with_pair_only_with_the_subject() {
    let a = run("Brazil signed defence agreements with Argentina, Colombia and Chile on Monday.");
    assert!(has(&a, "cooperation", "Brazil", "Colombia"), "{:?}", relations(&a));
    assert!(!has(&a, "cooperation", "Argentina", "Colombia"), "{:?}", relations(&a));
    let a = run(
        "Le Brésil a signé lundi des accords de défense avec le Chili, le Paraguay ou encore la Bolivie.",
    );
    assert!(!has(&a, "cooperation", "Paraguay", "Bolivie"), "{:?}", relations(&a));
    let a = run("Brazil, Argentina and Chile signed a defence agreement on Monday.");
    assert!(has(&a, "cooperation", "Argentina", "Chile"), "{:?}", relations(&a));
}

/// Ties said to grow ("a renforcé ses liens avec Y", "deepened its relations with Y") are a word of
/// cooperation between the subject and the partner.
#[test]
fn growing_ties_are_cooperation() {
    let a = run("Ces dernières années, la Serbie a renforcé ses liens avec l'État hébreu.");
    assert!(has(&a, "cooperation", "Serbie", "Israël"), "{:?}", relations(&a));
    let a = run("Kazakhstan has deepened its military relations with Turkey.");
    assert!(has(&a, "cooperation", "Kazakhstan", "Türkiye"), "{:?}", relations(&a));
}

/// A border two countries share ("leur frontière commune", "their common border") says nothing of
/// their working together, though "commune" is otherwise a word of joint action.
#[test]
fn a_shared_border_is_no_cooperation() {
    let a = run("Le Pérou et l'Équateur ont une frontière commune de 1 500 km, où opèrent des trafiquants.");
    assert!(relations(&a).iter().all(|(k, _, _)| k != "cooperation"), "{:?}", relations(&a));
    let a = run("Le Pérou et l'Équateur mènent des patrouilles communes le long de la frontière.");
    assert!(
        has(&a, "cooperation", "Pérou", "Équateur") || has(&a, "cooperation", "Équateur", "Pérou"),
        "{:?}",
        relations(&a)
    );
}

/// An international body taking part in an event is a side of its own: drills of the alliance
/// and a partner country make them partners.
#[test]
fn an_international_body_in_an_event_cooperates_with_its_partner() {
    let a = run("Joint drills of NATO and Moldova began on Monday near Chisinau.\n");
    assert!(has(&a, "cooperation", "NATO", "Moldova"), "{:?}", relations(&a));
    let a = run("Des manœuvres communes de l'Union africaine et du Tchad ont débuté lundi à N'Djamena.\n");
    let union = find(&a, "Union africaine").expect("the African Union").name.clone();
    assert!(has(&a, "cooperation", &union, "Tchad"), "{:?}", relations(&a));
}

/// A word of joint work pairs a list of countries only when they are coordinated: a country
/// named after "between" further on, in a phrase of location, joins no list.
#[test]
fn a_list_is_coordinated_and_a_strip_between_two_others_joins_none() {
    let a = run("Estonia and Latvia opened joint drills to guard the Narva Gap, a strip of forest along \
                 their border that lies between Belarus and the Russian region of Pskov.");
    assert!(has(&a, "cooperation", "Estonia", "Latvia"), "{:?}", relations(&a));
    for (x, y) in [("Latvia", "Belarus"), ("Estonia", "Russia"), ("Belarus", "Russia")] {
        assert!(!has(&a, "cooperation", x, y) && !has(&a, "cooperation", y, x), "{:?}", relations(&a));
    }
}

/// A French compound demonym joins two countries ("sénégalo-gambien", "tchado-camerounais"): the
/// combining form is read by its shape, for countries no reviewed list names.
#[test]
fn a_french_compound_demonym_names_both_countries() {
    let a =
        run("Patrouilles.\n\nDes patrouilles mixtes togolo-béninoises ont été menées mardi le long de la \
         frontière.\n");
    assert!(has(&a, "cooperation", "Togo", "Bénin"), "{:?}", relations(&a));
    let a = run("Réunion.\n\nLa commission mixte nigéro-tchadienne s'est réunie jeudi à Niamey.\n");
    assert!(has(&a, "cooperation", "Niger", "Tchad"), "{:?}", relations(&a));
}

/// What the sides agree to do names no side: "agreed to promote the role of X-led mechanisms",
/// "ont convenu de renforcer le rôle de Y" — only the sides before the infinitive sign.
#[test]
fn what_is_agreed_names_no_side() {
    for text in [
        "Report.\n\nGhana and Togo agreed to promote the central role of ECOWAS-led mechanisms.\n",
        "Rapport.\n\nLe Ghana et le Togo ont convenu de soutenir la place centrale de la CEDEAO.\n",
    ] {
        let a = run(text);
        let sides = participants(&a, "agreement");
        assert_eq!(sides.len(), 2, "{text}: {sides:?}");
    }
}

/// An act of fighting told as a purpose and aimed at no one named ("a force aimed at combating
/// gangs") makes no critics of the sides: they still take part in the event.
#[test]
fn a_fight_told_as_a_purpose_makes_no_critics() {
    let a = run_dated(
        "Report\n\nBelize, Panama and Costa Rica will set up a joint unit aimed at combating drug \
         smugglers next year, the leaders of the three nations agreed on Monday.",
        "2024-03-06",
    );
    assert_eq!(participants(&a, "agreement"), ["Belize", "Costa Rica", "Panama"]);
}

/// A word of cooperation with its partner after "with"/"avec" makes the clause's subject and
/// that partner cooperate, an international body too ("X troops operated in coordination with
/// the Y mission", "X coopère étroitement avec l'Union africaine").
#[test]
fn the_partner_named_after_a_word_of_cooperation() {
    let a = run("Report.\n\nBurundi cooperates closely with the African Union on border security.");
    assert!(has(&a, "cooperation", "Burundi", "AU"), "{:?}", relations(&a));
    let a = run("Rapport.\n\nLes forces tchadiennes opéraient en coordination avec la MINUSMA.");
    assert!(has(&a, "cooperation", "Tchad", "MINUSMA"), "{:?}", relations(&a));
}

/// A body or a force whose members a relative clause lists ("the X Task Force, which involves A,
/// B and C", "la force, qui réunit A, B et C") makes its members cooperate; any other list does not.
#[test]
fn the_members_listed_for_a_joint_body_cooperate() {
    let a = run("Report.\n\nThe officers will stay on in the Regional Maritime Task Force, which involves \
                 Tonga, Samoa and Vanuatu.");
    assert!(has(&a, "cooperation", "Tonga", "Samoa"), "{:?}", relations(&a));
    let a = run("Report.\n\nThe ranking, which includes Tonga, Samoa and Vanuatu, was released on Monday.");
    assert!(!has(&a, "cooperation", "Tonga", "Samoa"), "{:?}", relations(&a));
}

/// A word of cooperation whose partners follow "with" in a list pairs the subject with each of
/// them, and them with no one else, even with a few words between the word and its "with".
#[test]
fn cooperation_with_a_list_pairs_the_subject_with_each() {
    let a =
        run("La Lettonie renforcera sa coopération militaire avec les autres membres de l'OTAN, ainsi que \
                 la Suède, la Finlande et le Canada.");
    for partner in ["Suède", "Finlande", "Canada"] {
        assert!(has(&a, "cooperation", "Lettonie", partner), "{partner}: {:?}", relations(&a));
    }
    assert!(!has(&a, "cooperation", "Suède", "Finlande"), "{:?}", relations(&a));
    let a = run("In 1992 Chile bought forty trainers, in partnership with Peru, Ecuador and Uruguay.");
    assert!(has(&a, "cooperation", "Chile", "Uruguay"), "{:?}", relations(&a));
    assert!(has(&a, "cooperation", "Chile", "Ecuador"), "{:?}", relations(&a));
}
