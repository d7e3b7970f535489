//! When an event happened: the date attached to the event, not to another event or to the day
//! the news was told (fixtures written for these tests).

use crate::util::{has, participants, relations, run, run_dated};

/// The (type, start) of the events of `a`.
fn events(a: &trame_engine::DocumentAnalysis) -> Vec<(String, Option<String>)> {
    a.events.iter().map(|e| (format!("{:?}", e.kind).to_lowercase(), e.start.clone())).collect()
}

/// A sentence opened by "This operation" or "Cette mission" tells the event just told: its date
/// is that event's, and the verbs inside it ("sent two jets") open no event of their own.
#[test]
fn this_operation_dates_the_event_just_told() {
    let a = run_dated(
        "Joint patrol.\n\nNorway and Iceland have flown a joint air patrol above the North Atlantic. \
         This operation, carried out on Tuesday, March 4, 2025, saw Norway send two jets while \
         Iceland deployed a coast guard aircraft.\n",
        "2025-03",
    );
    assert_eq!(events(&a), [("patrol".to_string(), Some("2025-03-04".to_string()))]);
    let a = run_dated(
        "Patrouille.\n\nLe Sénégal et la Gambie ont mené une patrouille conjointe sur le fleuve. Cette \
         mission, conduite le 12 février 2024, a mobilisé deux vedettes.\n",
        "2024-02",
    );
    assert_eq!(events(&a), [("patrol".to_string(), Some("2024-02-12".to_string()))]);
}

/// An exercise named after "known as" / "called" is told by its sentence, dated by it; an island
/// "known as" another name is no exercise.
#[test]
fn an_exercise_known_as_a_name_is_dated_by_its_sentence() {
    let a = run_dated(
        "Drills ahead.\n\nThe NATO exercise, known as Seawall, is set to begin on Thursday in Kiel. \
         Ships sailed near the islets, known as Karsk in Danish, on Monday.\n",
        "2025-06-04",
    );
    assert_eq!(events(&a), [("exercise".to_string(), Some("2025-06-05".to_string()))]);
    assert_eq!(a.events[0].name.as_deref(), Some("Seawall"));
}

/// An undated agreement of the sides of one dated meeting told before it was signed there; the
/// period a plan covers ("for next year") is not the day it was agreed.
#[test]
fn an_undated_agreement_takes_the_date_of_its_sides_meeting() {
    let a = run_dated(
        "Defence plan.\n\nOn March 3, the defence ministers of Latvia and Finland held talks in Riga. \
         A plan of military cooperation between Latvia and Finland for next year was signed.\n",
        "2025-03-05",
    );
    let agreement = a.events.iter().find(|e| format!("{:?}", e.kind) == "Agreement").expect("the plan");
    assert_eq!(agreement.start.as_deref(), Some("2025-03-03"), "{:?}", events(&a));
}

/// A day the event was told to start on stays when a later mention dates it by a vaguer span that
/// does not hold that day ("began on Sunday" … "this week", on a Monday page).
#[test]
fn a_start_day_is_not_replaced_by_a_later_vaguer_span() {
    let a = run_dated(
        "Drills.\n\nPoland and Lithuania held manoeuvres, dubbed Iron Heron, which began on Sunday near the border.\n\nAll the manoeuvres will be visible this week, the army said.\n",
        "2024-04-22",
    );
    let e = a.events.iter().find(|e| e.kind == trame_engine::EventType::Exercise).expect("an exercise");
    assert_eq!(e.start.as_deref(), Some("2024-04-21"), "{:?}", a.events);
}

/// A date right after a verb of comment or blame ("X a qualifié samedi les manœuvres…") is when
/// the comment was made: the drill is dated by its own span ("de dimanche à vendredi").
#[test]
fn a_date_after_a_verb_of_comment_is_when_it_was_told() {
    let a = run_dated(
        "Manœuvres.\n\nLe Ghana a qualifié samedi de dangereuses les manœuvres du Togo avec la France.\n\nCes manœuvres, prévues de dimanche à vendredi, seront les secondes cette année.\n",
        "2025-03-15",
    );
    let e = a.events.iter().find(|e| e.kind == trame_engine::EventType::Exercise).expect("an exercise");
    assert_eq!(e.start.as_deref(), Some("2025-03-16"), "{:?}", a.events);
}

/// A series of partners, each with its own date, tells one event per partner, dated by its own
/// date and with no tie between the partners; a weekday far from the verb of the sentence is still
/// read in that verb's tense.
#[test]
fn a_series_of_dated_partners_tells_one_event_each() {
    let a = run_dated(
        "Talks.\n\nLe ministre ghanéen de la Défense a eu des entretiens avec le Togo lundi et avec le \
         Bénin mardi.\n",
        "2024-05-01",
    );
    let mut got = events(&a);
    got.sort();
    let want = [("meeting", "2024-04-29"), ("meeting", "2024-04-30")];
    assert_eq!(got, want.map(|(k, d)| (k.to_string(), Some(d.to_string()))));
    assert!(!crate::util::has(&a, "cooperation", "Togo", "Bénin"), "{:?}", crate::util::relations(&a));
    assert!(!crate::util::has(&a, "cooperation", "Bénin", "Togo"), "{:?}", crate::util::relations(&a));
    let a = run_dated(
        "Pacts.\n\nChile has signed similar defence pacts with Peru in 2019 and with Ecuador in 2021.\n",
        "2024-05-01",
    );
    let mut got = events(&a);
    got.sort();
    let want = [("agreement", "2019"), ("agreement", "2021")];
    assert_eq!(got, want.map(|(k, d)| (k.to_string(), Some(d.to_string()))));
    // one partner with a date, another without: one event
    let a = run_dated("Pacts.\n\nChile signed a pact with Peru in 2019 and with Ecuador.\n", "2024-05-01");
    assert_eq!(a.events.len(), 1, "{:?}", a.events);
}

/// A plan told in the past ("was due to start on July 16") dates a day of the past, not next
/// year's; a start read a year after its end ("will begin on July 16 and end on August 2" on a
/// page of July 20) is the year before.
#[test]
fn a_plan_told_in_the_past_and_a_start_after_its_end() {
    let a = run_dated(
        "The Ghana-Togo drill was due to start on July 16 and would end on July 30.\n",
        "2018-07-17",
    );
    let e = &a.events[0];
    assert_eq!((e.start.as_deref(), e.end.as_deref()), (Some("2018-07-16"), Some("2018-07-30")), "{e:#?}");
    let a = run_dated(
        "The drill between Ghana and Togo will begin on July 16 and will end on August 2.\n",
        "2018-07-20",
    );
    let e = &a.events[0];
    assert_eq!((e.start.as_deref(), e.end.as_deref()), (Some("2018-07-16"), Some("2018-08-02")), "{e:#?}");
}

#[test]
fn a_year_in_an_exercise_name_is_its_start_when_the_text_gives_none() {
    let a = run("Romania and Bulgaria took part in the exercise Sea Shield 2024 alongside Turkish ships.");
    let ev = a.events.iter().find(|e| e.name.as_deref().is_some_and(|n| n.contains("Sea Shield")));
    assert_eq!(ev.and_then(|e| e.start.clone()).as_deref(), Some("2024"), "{:?}", a.events);
}

#[test]
fn a_date_after_since_and_another_noun_is_not_the_events() {
    let a = run("Le ministre tchadien, en poste depuis le putsch du 12 avril 2023, s'est rendu au Soudan le 5 mars 2024.");
    let ev = a.events.iter().find(|e| format!("{:?}", e.kind).eq_ignore_ascii_case("visit"));
    assert_eq!(ev.and_then(|e| e.start.clone()).as_deref(), Some("2024-03-05"), "{:?}", a.events);
}

#[test]
fn an_exercise_dated_apart_is_another_edition() {
    let a = trame_engine::analyze(
        &trame_engine::Document::new(
            "t",
            "Kenya and Tanzania opened the joint exercise Ushirikiano Imara on Monday in Mombasa. The \
             exercise was first held in 2015 near Arusha.",
        )
        .with_date(trame_engine::ReferenceDate::parse("2024-06-12").unwrap()),
    );
    let starts: Vec<Option<String>> = a.events.iter().map(|e| e.start.clone()).collect();
    assert_eq!(a.events.len(), 2, "{starts:?}");
    assert!(starts.contains(&Some("2015".to_string())), "{starts:?}");
    // a reflexive verb of happening after an auxiliary tells it too, in French as in English
    for text in [
        "Le Sénégal et la Gambie ont lancé mardi l'exercice Kaddu à Banjul. La précédente édition s'était \
         tenue en mars 2019 à Ziguinchor.",
        "Senegal and Gambia launched the Kaddu drills on Tuesday in Banjul. The last edition had been held \
         in March 2019 in Ziguinchor.",
    ] {
        let a = trame_engine::analyze(
            &trame_engine::Document::new("t", text)
                .with_date(trame_engine::ReferenceDate::parse("2024-06-12").unwrap()),
        );
        let starts: Vec<Option<String>> = a.events.iter().map(|e| e.start.clone()).collect();
        assert!(starts.contains(&Some("2019-03".to_string())), "{text}: {starts:?}");
    }
}

#[test]
fn a_state_that_began_long_ago_is_not_the_news_of_the_day() {
    // the battalions that have deployed since 2016 are another deployment, not this one's parties
    let a = run("Norway is deploying a frigate to Finland this week. The alliance keeps battalions \
                 which have deployed to Estonia and Romania since 2016.");
    assert_eq!(participants(&a, "deployment"), ["Finland", "Norway"]);
    assert!(!has(&a, "cooperation", "Estonia", "Romania"), "{:?}", relations(&a));
}

#[test]
fn an_exercise_named_later_in_the_same_year_is_one_event() {
    // the first sentence dates it by a weekday, the second names it and dates it loosely, the
    // third gives the first its name
    let date = trame_engine::parse_reference("2025-05-14").expect("a date");
    let a = trame_engine::analyze(
        &trame_engine::Document::new(
            "t",
            "La Grèce et Chypre ont entamé lundi un exercice naval conjoint. Les manœuvres « Onésilos-2025 » \
             se tiennent trois jours après un incident en mer. L'exercice Onésilos était prévu de \
             longue date.",
        )
        .with_date(date),
    );
    let exercises = a.events.iter().filter(|e| format!("{:?}", e.kind) == "Exercise").count();
    assert_eq!(exercises, 1, "{:?}", a.events);
}

#[test]
fn a_date_after_a_word_of_ending_ends_the_event() {
    let a = crate::util::run_dated(
        "L'exercice Lion du Désert, débuté ce lundi au Niger avec le Tchad, prendra fin le 28 février.",
        "2025-02-17",
    );
    let ev = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("the exercise");
    assert_eq!((ev.start.as_deref(), ev.end.as_deref()), (Some("2025-02-17"), Some("2025-02-28")));
}

#[test]
fn a_date_of_conclusion_ends_the_event() {
    let a = crate::util::run_dated(
        "Morocco and Mauritania have launched a joint exercise near Dakhla. The exercise is scheduled to \
         be concluded on Oct. 14.",
        "2025-10-02",
    );
    let ev = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("the exercise");
    assert_eq!(ev.end.as_deref(), Some("2025-10-14"), "{ev:?}");
    assert_ne!(ev.start.as_deref(), Some("2025-10-14"), "{ev:?}");
}

#[test]
fn an_event_begun_as_the_news_is_told_starts_on_the_page_day() {
    let a = crate::util::run_dated(
        "Kenya and Uganda have launched their yearly joint exercise near Jinja. It will end on March 20.",
        "2025-03-10",
    );
    let ev = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("the exercise");
    assert_eq!(ev.start.as_deref(), Some("2025-03-10"), "{ev:?}");
    // a drill told in the past with no date is dated by its telling: the page's day, marked
    let a = crate::util::run_dated("Kenya and Uganda held a joint exercise near Jinja.", "2025-03-10");
    let ev = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("the exercise");
    assert_eq!((ev.start.as_deref(), ev.dated_by_publication), (Some("2025-03-10"), true), "{ev:?}");
    // one told in the future comes after that day, when is not said: the month only
    let a = crate::util::run_dated("Kenya and Uganda will hold a joint exercise near Jinja.", "2025-03-10");
    let ev = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("the exercise");
    assert_eq!((ev.start.as_deref(), ev.dated_by_publication), (Some("2025-03"), true), "{ev:?}");
}

/// A named exercise told again without a trigger, in a sentence whose date belongs to something
/// else, far from the name ("on 1 January 2019 the force takes over its duties, which Sea Lance
/// prepares"), keeps the date its trigger gave.
#[test]
fn a_name_told_in_passing_does_not_redate_its_exercise() {
    let a = run_dated(
        "From October 1 to 18, Zambia and Malawi will hold the exercise Sea Lance.\n\nOn 1 January 2019 the regional standby force of the bloc takes over its duties, which Sea Lance prepares.\n",
        "2018-07-17",
    );
    assert_eq!(a.events.len(), 1, "{:#?}", a.events);
    assert_eq!(a.events[0].start.as_deref(), Some("2018-10-01"), "{:#?}", a.events);
}

/// A date on the verb above a purpose clause ("left port on Sunday to join the drills") dates the
/// departure: the drills take the date told of them elsewhere. A participle restating the verb
/// ("sailed on Monday, marking the first visit") shares its date.
#[test]
fn a_departure_date_does_not_date_the_event_joined() {
    let a = run_dated(
        "The corvette left port on Sunday to join the Coral Shield exercise off Accra. The exercise is \
         due to run from Aug. 21 to Aug. 29 and will bring together ships from Togo and Benin.\n",
        "2019-08-05",
    );
    let e = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("the exercise");
    assert_eq!(e.start.as_deref(), Some("2019-08-21"), "{:?}", a.events);
}

/// A date across a coordinated clause from an exercise's name told again ("the brigade goes on
/// call on 1 March and Sea Lance readies it") is no date of the exercise: one event, dated by its
/// own sentence.
#[test]
fn a_date_across_a_coordinated_clause_does_not_date_a_named_exercise() {
    let a = run_dated(
        "Between November 3 and 14, Chad and Niger will hold Exercise Sea Lance in Mao. The joint \
         brigade goes on call on 1 January 2025 and Sea Lance readies it.\n",
        "2024-10-20",
    );
    let named: Vec<_> = a.events.iter().filter(|e| e.name.as_deref() == Some("Sea Lance")).collect();
    assert_eq!(named.len(), 1, "{:?}", a.events);
    assert_eq!(named[0].start.as_deref(), Some("2024-11-03"), "{:?}", a.events);
}

/// "In 13 years" after a word of record ("the first visit … in 13 years") spans the past: no date
/// thirteen years ahead; a visit "the last minister to visit" recalls is another, earlier one; a
/// visitor's other stops are other visits.
#[test]
fn a_record_span_is_no_date_and_a_recalled_visit_stays_apart() {
    let a = run_dated(
        "Kenyan defence minister Aden Duale held talks in Lima during the first visit to Peru by a \
         Kenyan minister in 13 years. The last Kenyan minister to visit Peru was Ali Omar in 2009. \
         Duale is also visiting Chile and Ecuador this week.\n",
        "2024-04-20",
    );
    let visits: Vec<_> = a.events.iter().filter(|e| e.kind.as_str() == "visit").collect();
    assert!(visits.iter().all(|e| e.start.as_deref().is_none_or(|d| d < "2030")), "{visits:?}");
    assert!(visits.iter().any(|e| e.start.as_deref() == Some("2009")), "{visits:?}");
    assert!(visits.len() >= 2, "{visits:?}");
}

/// A length told next to the trigger completes a span known at one end: ended on Saturday after
/// three days starts on Thursday; five days from 3 May end on 7 May.
#[test]
fn a_told_length_completes_the_span() {
    let a = run_dated("Le Chili, le Pérou et la Bolivie ont achevé samedi des exercices de trois jours nommés « Andes Unidos ».", "2024-06-30");
    let e = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("the drills");
    assert_eq!((e.start.as_deref(), e.end.as_deref()), (Some("2024-06-27"), Some("2024-06-29")), "{e:?}");
    assert_eq!(e.name.as_deref(), Some("Andes Unidos"), "{e:?}");
    let a = run_dated("Chile and Peru began a five-day naval exercise on May 3.", "2024-04-30");
    let e = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("the drills");
    assert_eq!((e.start.as_deref(), e.end.as_deref()), (Some("2024-05-03"), Some("2024-05-07")), "{e:?}");
}

/// A day after "depuis"/"since" starts the event told ("mènent depuis lundi une patrouille",
/// "have been patrolling since Monday"), in the past; a year after it is an older state.
#[test]
fn a_day_since_starts_the_event() {
    let a = run_dated("Les armées sénégalaise et gambienne mènent depuis lundi une patrouille conjointe le long de la frontière.", "2024-05-08");
    let e = a.events.iter().find(|e| e.kind.as_str() == "patrol").expect("the patrol");
    assert_eq!(e.start.as_deref(), Some("2024-05-06"), "{e:?}");
    let a = run_dated(
        "Senegal and Gambia have been conducting a joint patrol along the border since Monday.",
        "2024-05-08",
    );
    let e = a.events.iter().find(|e| e.kind.as_str() == "patrol").expect("the patrol");
    assert_eq!(e.start.as_deref(), Some("2024-05-06"), "{e:?}");
}

/// A second-group participle after "sont"/"ont" ("se sont réunis", "ont établi", "a fourni") makes
/// the clause past, so a weekday in it is the last one, not the next.
#[test]
fn second_group_participles_make_the_clause_past() {
    let a = run_dated(
        "Sommet.\n\nLes ministres du Kenya et de l'Ouganda se sont réunis lundi à Nairobi.\n",
        "2025-09-05",
    );
    let e = a.events.iter().find(|e| e.kind == trame_engine::EventType::Meeting).expect("a meeting");
    assert_eq!(e.start.as_deref(), Some("2025-09-01"), "{:?}", e);
}

/// An event dated in a year before the article's is an earlier one told in passing: it stays its
/// own event, with its own year, and today's visit (told with no date) does not take that year but
/// the day of publication.
#[test]
fn an_event_of_an_earlier_year_is_not_merged_with_todays() {
    let a = run_dated(
        "Visit.\n\nGhana's defence minister is in Lomé for a two-day official visit. Ties between the two countries deepened in 2019 during a visit to Togo by Ghana's president.\n",
        "2025-03-05",
    );
    let visits: Vec<_> = a.events.iter().filter(|e| e.kind == trame_engine::EventType::Visit).collect();
    assert_eq!(visits.len(), 2, "{:?}", events(&a));
    assert!(
        visits.iter().any(|e| e.start.as_deref() == Some("2025-03-05") && e.dated_by_publication),
        "{:?}",
        events(&a)
    );
    assert!(visits.iter().any(|e| e.start.as_deref() == Some("2019")), "{:?}", events(&a));
}

/// A start told to the day and a length in days give the end ("began on 10 November and will
/// last five days", "a five-day exercise"); a count of days that dates something ("two days
/// after the talks") is no length.
#[test]
fn a_length_in_days_gives_the_end() {
    let a = run_dated(
        "Drills.\n\nGhana and Togo began a five-day naval exercise on 10 November.\n",
        "2021-11-12",
    );
    let e = a.events.iter().find(|e| e.kind == trame_engine::EventType::Exercise).expect("an exercise");
    assert_eq!(e.end.as_deref(), Some("2021-11-14"), "{:?}", events(&a));
    let b = run_dated(
        "Manœuvres.\n\nLe Ghana et le Togo ont commencé le 10 novembre des manœuvres navales qui dureront six jours.\n",
        "2021-11-12",
    );
    let e = b.events.iter().find(|e| e.kind == trame_engine::EventType::Exercise).expect("an exercise");
    assert_eq!(e.end.as_deref(), Some("2021-11-15"), "{:?}", events(&b));
    let c = run_dated(
        "Drills.\n\nGhana and Togo began naval drills on 10 November, two days after talks.\n",
        "2021-11-12",
    );
    let e = c.events.iter().find(|e| e.kind == trame_engine::EventType::Exercise).expect("an exercise");
    assert_ne!(e.end.as_deref(), Some("2021-11-11"), "{:?}", events(&c));
}

/// A year in a relative clause that describes a country ("a former colony that became independent
/// in 1975") is the country's history, not the event's date.
#[test]
fn a_year_describing_a_country_dates_no_event() {
    let a = run_dated(
        "Portugal sent a patrol ship to Mozambique, a former colony that became independent in 1975.",
        "2024-03-12",
    );
    let e = a.events.iter().find(|e| e.kind.as_str() == "deployment").expect("a deployment");
    assert!(e.start.as_deref().is_none_or(|d| !d.starts_with("1975")), "{:?}", e.start);
}

/// A date inside a clause that describes a thing by another event ("a scheme signed on …") dates
/// that event, not the one the sentence is about.
#[test]
fn a_signing_s_date_in_a_describing_clause_is_not_the_patrol_s() {
    let a = run_dated(
        "On March 3, the navies of Ghana and Togo held their 12th joint patrol. The patrol belongs to a \
         scheme of shared patrols and radio links agreed by both navies and signed by their chiefs on \
         May 2, 2005.",
        "2024-03-10",
    );
    let patrols: Vec<_> = events(&a).into_iter().filter(|(k, _)| k == "patrol").collect();
    assert_eq!(patrols, [("patrol".to_string(), Some("2024-03-03".to_string()))], "{:?}", events(&a));
}

/// The year a body named in the sentence was founded ("the joint commission, first set up in
/// 2009") is the body's history, not the date of the agreement the sentence tells.
#[test]
fn a_body_s_founding_year_does_not_date_the_agreement() {
    let a = run_dated(
        "Under the accord signed by Ghana and Togo, both sides will revive the Joint Maritime Commission, \
         first created in 2009.",
        "2024-05",
    );
    assert!(
        events(&a).iter().any(|(k, d)| k == "agreement" && d.as_deref() != Some("2009")),
        "{:?}",
        events(&a)
    );
}

/// A day told with a verb of justifying or explaining ("a justifié samedi les exercices") is when
/// it was told; the exercise's own span, told in a later sentence, dates it.
#[test]
fn a_justification_day_is_when_it_was_told() {
    let a = run_dated(
        "Lima a défendu samedi la tenue d'exercices navals au large de Callao. Quito a \
         dénoncé vendredi ces manoeuvres péruviennes programmées du 14 au 20 avril.",
        "2024-04-13",
    );
    let e = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("an exercise");
    assert_eq!(e.start.as_deref(), Some("2024-04-14"), "{:?}", a.events);
}

/// "Due to" followed by a cause ("due to military drills") tells no plan: a day without its year
/// just before the page's date stays in the page's year.
#[test]
fn due_to_a_cause_is_no_future() {
    let a = run_dated(
        "Indonesian drills near the islands angered Malaysia.\n\n\
         A notice by the port authority on July 14 closed the area to ships from July 17 to 19 due to \
         military drills by Indonesia.",
        "2022-07-21",
    );
    let starts: Vec<_> = a.events.iter().filter_map(|e| e.start.clone()).collect();
    assert!(starts.iter().any(|s| s == "2022-07-17"), "{:?}", a.events);
    assert!(!starts.iter().any(|s| s.starts_with("2023")), "{:?}", a.events);
}

/// A date told in a clause opened by a subordinating word the trigger is not in ("Alors que… ce
/// lundi", "While… on Monday") dates that clause, not the event of the main clause.
#[test]
fn a_date_of_a_side_clause_is_not_the_event_date() {
    let a = run_dated(
        "Navies train. While Lima hosted a regional summit on Monday, the navies of Peru and Chile held \
         a joint exercise from 3 to 5 May off Callao.",
        "2023-05-08",
    );
    let drill = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("the drill");
    assert_eq!(drill.start.as_deref(), Some("2023-05-03"), "{drill:?}");
}

/// A day right after "depuis" and an article ("depuis le 14 novembre") starts the event itself.
#[test]
fn a_day_after_depuis_and_an_article_starts_the_event() {
    let a = run_dated(
        "Les opérations continuent. Le Togo et le Ghana mènent depuis le 14 novembre une nouvelle \
         patrouille conjointe le long de leur frontière.",
        "2021-11-30",
    );
    let patrol = a.events.iter().find(|e| e.kind.as_str() == "patrol").expect("the patrol");
    assert_eq!(patrol.start.as_deref(), Some("2021-11-14"), "{patrol:?}");
}

/// The date of another event since which something holds ("depuis la signature de l'accord en
/// mars 2019") is not the date of the event told around it.
#[test]
fn a_date_since_another_event_is_not_the_event_date() {
    let a = run_dated(
        "Les deux pays se rapprochent. Le ministre ghanéen de la Défense a effectué une visite au \
         Togo.\n\nCette visite s'inscrit dans le cadre des relations entre le Ghana et le Togo, qui ont \
         beaucoup progressé depuis la signature, sous l'égide de la CEDEAO, de l'accord de défense en \
         mars 2019.",
        "2021-11-26",
    );
    let visit = a.events.iter().find(|e| e.kind.as_str() == "visit").expect("the visit");
    assert_ne!(visit.start.as_deref(), Some("2019-03"), "{visit:?}");
}

/// An event the text dates nowhere bears the day of publication, marked as such (the month only
/// when a reference gives no day); with no reference date it stays undated, and a date the text
/// gives is kept unmarked.
#[test]
fn an_undated_event_bears_the_day_of_publication() {
    let text = "Peru and Ecuador signed a border security accord, the two foreign ministries said.";
    let a = run_dated(text, "2024-05-02");
    let e = a.events.iter().find(|e| e.kind.as_str() == "agreement").expect("an agreement");
    assert_eq!((e.start.as_deref(), e.dated_by_publication), (Some("2024-05-02"), true));
    let a = run_dated(text, "2024-05");
    let e = a.events.iter().find(|e| e.kind.as_str() == "agreement").expect("an agreement");
    assert_eq!((e.start.as_deref(), e.dated_by_publication), (Some("2024-05"), true));
    let a = run(text);
    assert!(a.events.iter().all(|e| e.start.is_none() && !e.dated_by_publication), "{:?}", a.events);
    let a = run_dated("Peru and Ecuador signed a border security accord on 3 March.", "2024-05-02");
    let e = a.events.iter().find(|e| e.kind.as_str() == "agreement").expect("an agreement");
    assert_eq!((e.start.as_deref(), e.dated_by_publication), (Some("2024-03-03"), false));
}

/// An accord that "had already been signed" ("avait déjà été signée") is an earlier one than the
/// accord the text reports: two agreements, the earlier undated.
#[test]
fn an_accord_already_signed_before_is_an_earlier_one() {
    let a = run_dated(
        "Estonia signed a contract on Monday to buy twelve patrol boats from Latvia. A letter of \
         intent had already been signed between Estonia and Latvia.",
        "2021-03-10",
    );
    let accords: Vec<Option<&str>> =
        a.events.iter().filter(|e| e.kind.as_str() == "agreement").map(|e| e.start.as_deref()).collect();
    assert_eq!(accords, [Some("2021-03-08"), None], "{:?}", a.events);
}

/// "The accord also provides for joint drills next year": the year is the drills', not the
/// accord's, which was signed on the day the sentence before tells.
#[test]
fn an_anaphor_does_not_take_the_date_of_another_event_in_its_sentence() {
    let a = run_dated(
        "Montevideo and Asunción deepen ties\n\nMONTEVIDEO, June 7 (Agency) - Uruguay's Defence \
         Minister Ana Ferreira received her Paraguayan counterpart Luis Benítez in Montevideo on \
         Tuesday for two days of talks.\n\nThe two ministers signed a memorandum of understanding on \
         defence cooperation covering training and border security.\n\nThe agreement also provides \
         for joint exercises between the two armies next year.\n",
        "2022-06-08",
    );
    let accord = a.events.iter().find(|e| e.kind.as_str() == "agreement").expect("the accord");
    assert_ne!(accord.start.as_deref(), Some("2023"), "{:?}", a.events);
}

/// "L'accord signé l'an dernier prévoit des manœuvres": the year the accord was signed, not the
/// manœuvres' (the parser may read the participle as the sentence's verb).
#[test]
fn a_participle_of_another_event_keeps_its_date() {
    let a = run_dated(
        "Les deux marines se rapprochent.\n\nL'accord de coopération signé l'an dernier entre le \
         Chili et l'Argentine prévoit des manœuvres navales conjointes.",
        "2019-10-02",
    );
    let drills = a.events.iter().find(|e| e.kind.as_str() == "exercise").expect("the drills");
    assert_ne!(drills.start.as_deref(), Some("2018"), "{:?}", a.events);
}

/// An edition told after a named one with a year of its own ("the Coral Tide 2031 drills…
/// Last year the drills were staged in X") is another event, dated that year and not named
/// with the other year, and the sides the next sentence lists took part in it.
#[test]
fn a_past_edition_after_a_named_one_keeps_its_year_and_sides() {
    let a = run_dated(
        "Ghana will host the Coral Tide 2031 drills with Togo.\n\nLast year the drills were staged in \
         Benin. Ghana took part along with Niger and Chad.\n",
        "2031-02-10",
    );
    let drills: Vec<_> = a.events.iter().filter(|e| format!("{:?}", e.kind) == "Exercise").collect();
    assert_eq!(drills.len(), 2, "{:?}", a.events);
    let past = drills.iter().find(|e| e.start.as_deref() == Some("2030")).expect("the 2030 edition");
    assert!(past.name.as_deref().is_none_or(|n| !n.contains("2031")), "{:?}", past);
    let name =
        |id: &String| a.entities.iter().find(|e| &e.id == id).map(|e| e.name.clone()).unwrap_or_default();
    let sides: Vec<String> = past.participants.iter().map(name).collect();
    assert!(sides.contains(&"Niger".to_string()) && sides.contains(&"Chad".to_string()), "{:?}", sides);
    let current = drills.iter().find(|e| e.start.as_deref() == Some("2031")).expect("the 2031 edition");
    let sides: Vec<String> = current.participants.iter().map(name).collect();
    assert!(!sides.contains(&"Chad".to_string()), "{:?}", sides);
}

/// A named drill told again later without its year ("this year's Amber Falcon") is the same
/// drill: the dates of the later sentence's own clause extend it, and "this year's" only says
/// which edition, not when it runs.
#[test]
fn a_drill_named_again_without_its_year_takes_that_sentence_dates() {
    let a = run_dated(
        "Drills in Ghana.\n\nA multinational exercise, code-named Amber Falcon 2019, opened near Accra \
         on Thursday with troops from Ghana and Togo.\n\nThis year's Amber Falcon is scheduled to run \
         from June 13 to June 27.\n",
        "2019-06-13",
    );
    assert_eq!(a.events.len(), 1, "{:?}", a.events);
    let e = &a.events[0];
    assert_eq!(e.start.as_deref(), Some("2019-06-13"));
    assert_eq!(e.end.as_deref(), Some("2019-06-27"));
    assert_eq!(participants(&a, "exercise"), ["Ghana", "Togo"]);
}

/// A year stated alone opening a sentence ("En 2016, …", "In 2016, …") dates the months the
/// sentence names without a year, and the months refine the year.
#[test]
fn a_year_opening_the_sentence_dates_its_months() {
    for text in [
        "Rotation.\n\nEn 2016, l'Autriche a déployé de mars à octobre une compagnie du génie au Kosovo.\n",
        "Rotation.\n\nIn 2016, Austria deployed an engineer company to Kosovo from March to October.\n",
    ] {
        let a = run_dated(text, "2017-05-02");
        assert_eq!(a.events.len(), 1, "{:?}", a.events);
        assert_eq!(a.events[0].start.as_deref(), Some("2016-03"), "{text}");
        assert_eq!(a.events[0].end.as_deref(), Some("2016-10"), "{text}");
    }
}

/// A drill told to begin on one day and, in a later sentence, to run from the next day to its end
/// is one drill spanning both; its name is the one before a capitalised exercise word, and "such
/// exercises" or "skills in joint training" tell no drill of their own.
#[test]
fn adjacent_spans_make_one_drill() {
    let a = run_dated(
        "Report.\n\nSAN JOSE (May 4): Troops of Costa Rica and Panama today began the Iron Heron Exercise Series 12B/2026 \
         near Golfito.\n\nThe commander said the six-day drill, which lasts until May 10, is meant to \
         improve both armies' skills in joint training.\n\n\"Such bilateral exercises build trust,\" he said.\n",
        "2026-05-04",
    );
    let drills: Vec<_> = a.events.iter().filter(|e| format!("{:?}", e.kind) == "Exercise").collect();
    assert_eq!(drills.len(), 1, "{:#?}", a.events);
    assert_eq!(drills[0].start.as_deref(), Some("2026-05-04"), "{:#?}", drills[0]);
    assert_eq!(drills[0].end.as_deref(), Some("2026-05-10"), "{:#?}", drills[0]);
    assert_eq!(drills[0].name.as_deref(), Some("Iron Heron"), "{:#?}", drills[0]);
}

/// A year right before an event's word dates that event ("the 1996 ceasefire deal", "the 2019
/// naval exercise"), but a count of forces is no year ("Some 2000 troops arrived") and names no
/// drill.
#[test]
fn a_year_before_the_event_word_dates_it() {
    let a = run_dated(
        "Report.\n\nThe ministry urged Armenia to respect the 1996 ceasefire deal with Azerbaijan.\n",
        "2024-05-02",
    );
    let deal = a.events.iter().find(|e| format!("{:?}", e.kind) == "Agreement").expect("the deal");
    assert_eq!(deal.start.as_deref(), Some("1996"), "{deal:#?}");
    let a = run_dated("Report.\n\nSome 2000 troops arrived in Chad on Monday.\n", "2024-05-02");
    assert!(a.events.iter().all(|e| e.name.is_none()), "{:#?}", a.events);
}

/// "Trois semaines après le passage de la tempête" counts from a named event, not from the day the
/// text was written: it dates nothing, and the event keeps its own date; "deux jours après",
/// alone, still counts from the day told before.
#[test]
fn a_count_after_a_named_event_dates_nothing() {
    let a = run_dated(
        "Visite\n\nLe 12 avril 2016, le ministre belge s'est rendu aux Comores, trois semaines après le \
         passage de la tempête sur l'archipel.",
        "2016-04-20",
    );
    assert_eq!(a.events.first().and_then(|e| e.start.as_deref()), Some("2016-04-12"), "{:?}", a.events);
}

/// "The drill begins Wednesday", in the present of a planned verb, is the coming Wednesday even in
/// a story otherwise told in the past.
#[test]
fn a_planned_present_before_a_weekday_looks_ahead() {
    let a = run_dated(
        "Drills\n\nThe ministry said on Monday that troops had arrived. The eight-day exercise with \
         Kazakhstan, dubbed Steppe Eagle 2021, begins Wednesday.",
        "2021-08-10",
    );
    let drill = a.events.iter().find(|e| format!("{:?}", e.kind) == "Exercise").expect("the drill");
    assert_eq!(drill.start.as_deref(), Some("2021-08-11"), "{drill:#?}");
}
