//! The pipeline: the order of the stages, one call each. Read this file first.
//!
//! | stage | module | reads | writes |
//! |---|---|---|---|
//! | 1 input | `input` | bytes, [`Document`] | text, zones (sentences, boilerplate) |
//! | 2 text | `text` | text | tokens with folded keys |
//! | 3 language | `lang` | tokens | French or English, its word lists |
//! | 4 zones | `input::zone` | text, tokens | sentences as token ranges, boilerplate marks |
//! | 5 mentions | `entity` | tokens, gazetteer candidates | mentions of countries, organizations, places, persons |
//! | 6 entities | `entity::resolve` | mentions | one actor per real thing |
//! | 7 dates | `date` | tokens, reference date | date expressions with ISO values |
//! | 8 facts | `facts` | all of the above | the clause context events and relations share; dependency trees parsed on demand |
//! | 9 events | `event` | facts | events with participants, place and dates |
//! | 10 relations | `relation` | facts, events | cooperation, opposition, support, affiliation |
//! | 11 output | `output` | everything found | the FORMAT.md analysis, ids and code-point offsets |
//! | 12 corpus | `corpus` | analyses | occurrence ids shared across documents |
//!
//! Each stage reads only what earlier stages wrote; no module calls back into a later stage.

use crate::analysis::DocumentAnalysis;
use crate::date;
use crate::entity::{self, Context};
use crate::event;
use crate::facts::{self, Facts};
use crate::gazetteer::Gazetteer;
use crate::input::wrap::unwrap_lines;
use crate::input::zone::Zones;
use crate::input::Document;
use crate::lang;
use crate::output::{self, Found};
use crate::reference::ReferenceOrigin;
use crate::relation;
use crate::text::{tokenize, Folded};
use std::cell::OnceCell;

/// Analyses one document. Never fails: any text yields an analysis, maybe empty.
pub fn analyze(doc: &Document) -> DocumentAnalysis {
    analyze_with(doc, Gazetteer::global())
}

/// Analyses one document with the knowledge of a given gazetteer.
pub fn analyze_with(doc: &Document, gaz: &Gazetteer) -> DocumentAnalysis {
    analyze_traced(doc, gaz).0
}

/// Analyses one document with the knowledge of a given gazetteer, and says where the reference
/// date it was read against came from (the analysis's `date`): the stages in order.
pub fn analyze_traced(doc: &Document, gaz: &Gazetteer) -> (DocumentAnalysis, ReferenceOrigin) {
    // (one byte for one byte: every offset into the document's text stays)
    let unwrapped = unwrap_lines(&doc.text);
    let text: &str = &unwrapped;
    let tokens = tokenize(text);
    let lang = doc.lang.unwrap_or_else(|| lang::detect(&tokens));
    let lex = lang::lexicon(lang);
    let zones = Zones::new(text, &tokens);

    let mut candidates = gaz.lookup(text, &Folded::new(text));
    crate::gazetteer::resolve_shared(gaz, &mut candidates);
    let sentence_starts = &zones.sentence_starts;
    let headline = &zones.headline;
    let boiler = &zones.boiler;
    let lowercase = entity::lowercase_words(&tokens);
    let cx = Context {
        text,
        tokens: &tokens,
        candidates: &candidates,
        lang,
        lex,
        gaz,
        sentence_starts,
        headline,
        boiler,
        lowercase: &lowercase,
    };
    let mentions = entity::recognise(&cx);
    let (actors, of_mention) = entity::resolve(text, &mentions, lang, gaz);

    let (reference, origin) = date::reference_for(doc.reference(), &tokens, text, lang);
    let dates = date::find_in_body(&tokens, text, lang, reference, &zones);

    let placed = facts::placed(&mentions, &of_mention, &zones.boiler);
    let facts = Facts {
        text,
        tokens: &tokens,
        sentences: &zones.clauses,
        actors: &actors,
        mentions: &placed,
        dates: &dates,
        lex,
        boiler: &zones.boiler,
        headline: &zones.headline,
        lang,
        reference,
        trees: Facts::tree_cells(zones.clauses.len()),
        clause_splits: Facts::clause_cells(zones.clauses.len()),
        country_ranking: OnceCell::new(),
        opening_sides: OnceCell::new(),
        first_mentions: OnceCell::new(),
    };
    let mut events = event::extract(&facts, date::year_in_name);
    let links = relation::extract(&facts, &mut events);

    let found = Found {
        lang,
        reference,
        facts: &facts,
        events: &events,
        links: &links,
        boilerplate: &zones.boilerplate,
    };
    (output::document(doc, &found, gaz), origin)
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Entity, EntityType, Event, Lang};
    use crate::gazetteer::Tables;
    use crate::{parse_reference, ReferenceDate};
    use crate::{EventType, RelationType};

    fn fixture() -> Gazetteer {
        Gazetteer::new(Tables {
            countries: "CHN\tCN\tChine\tChina\t39.9\t116.4\nRUS\tRU\tRussie\tRussia\t55.7\t37.6\n\
                USA\tUS\tÉtats-Unis\tUnited States\t38.9\t-77.0\nBLR\tBY\tBiélorussie\tBelarus\t53.9\t27.6\n\
                FRA\tFR\tFrance\tFrance\t48.9\t2.3\n",
            country_forms: "CHN\tfr\tdemonym\tchinois\nCHN\tfr\tdemonym\tchinoise\nCHN\ten\tdemonym\tChinese\n\
                CHN\t*\tcapital\tPékin\nCHN\ten\tcapital\tBeijing\nRUS\tfr\tdemonym\trusse\nRUS\ten\tdemonym\tRussian\n\
                RUS\tfr\tcapital\tMoscou\nRUS\ten\tcapital\tMoscow\nRUS\tfr\tprefix\trusso\nCHN\tfr\tprefix\tsino\n\
                RUS\tfr\tdemonym\trusses\nUSA\t*\tcapital\tWashington\nUSA\tfr\tdemonym\taméricains\n\
                BLR\tfr\tdemonym\tbiélorusse\nBLR\tfr\tname\tBélarus\nBLR\t*\tcapital\tMinsk\n",
            places: "Brest\t*\tcity\tBLR\t52.1\t23.7\t340000\nBrest\t*\tcity\tFRA\t48.4\t-4.5\t140000\n",
            orgs: "NATO\talliance\tfr\tOTAN\t-\nNATO\talliance\ten\tNATO\t-\n",
            given_names: "Sergueï\tru\nVladimir\tru\n",
            surnames: "Li\tzh\nXi\tzh\n",
            titles: "fr\tminister\tministre\nfr\thead\tprésident\nen\thead\tPresident\nen\tminister\tMinister\n",
            people: "",
        })
    }

    #[test]
    fn the_origin_of_the_reference_date() {
        let g = fixture();
        let traced = |text: &str, date: Option<&str>| {
            let mut d = Document::new("t.txt", text);
            d.date = date.map(str::to_string);
            analyze_traced(&d, &g)
        };
        let (a, o) = traced("PARIS, 3 mai 2024 - La Chine et la Russie ont signé un accord.", None);
        assert_eq!((a.date.as_deref(), o), (Some("2024-05-03"), ReferenceOrigin::Head));
        // the only year is a historical one: guessed, even once a day without a year sharpens it
        let (a, o) = traced("La Chine a signé un accord le 3 mai. Leur amitié remonte à mars 1953.", None);
        assert_eq!((a.date.as_deref(), o), (Some("1953-05-03"), ReferenceOrigin::Text));
        assert_eq!(traced("La Chine a parlé.", Some("2024")).1, ReferenceOrigin::Given);
        assert_eq!(traced("La Chine a parlé.", None).1, ReferenceOrigin::None);
    }

    fn run(text: &str) -> DocumentAnalysis {
        analyze_with(&Document::new("t.txt", text), &fixture())
    }

    fn entity<'a>(a: &'a DocumentAnalysis, name: &str) -> &'a Entity {
        a.entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("no entity {name:?} in {:#?}", a.entities))
    }

    #[test]
    fn persons_from_titles_given_names_and_surnames() {
        let a = run("Le ministre russe de la Défense Sergueï Choïgou a reçu à Moscou son homologue chinois \
            Li Shangfu. Choïgou a salué la coopération sino-russe.");
        let shoigu = entity(&a, "Sergueï Choïgou");
        assert_eq!(shoigu.kind, EntityType::Person);
        assert!(shoigu.aliases.contains(&"Choïgou".to_string()));
        assert_eq!(shoigu.mentions.len(), 2);
        assert!(shoigu.role.as_deref().unwrap().starts_with("ministre russe"));
        assert_eq!(entity(&a, "Li Shangfu").kind, EntityType::Person);
        assert_eq!(entity(&a, "Moscou").kind, EntityType::Place, "a city where something happens");
        let russia = entity(&a, "Russie");
        assert!(a
            .relations
            .iter()
            .any(|r| r.kind == RelationType::Affiliation && r.source == shoigu.id && r.target == russia.id));
        assert!(entity(&a, "Chine").mentions.len() >= 2, "chinois and sino-");
    }

    #[test]
    fn capital_acting_is_the_government_and_deployments_need_troops() {
        let a = run("Pékin va envoyer des troupes en Russie pour des exercices militaires conjoints.");
        let china = entity(&a, "Chine");
        assert_eq!(china.kind, EntityType::Country);
        assert!(china.aliases.contains(&"Pékin".to_string()));
        let dep = a.events.iter().find(|e| e.kind == EventType::Deployment).expect("a deployment");
        assert_eq!(dep.participants.len(), 2);
        assert_eq!(dep.place.as_deref(), Some(entity(&a, "Russie").id.as_str()));
        let none = run("Il n'est pas question d'envoyer des troupes en Russie ou en Chine.");
        assert!(none.events.is_empty(), "negated: {:?}", none.events);
    }

    #[test]
    fn ministries_merge_and_belong_to_their_country() {
        let a = run("Le ministère biélorusse de la Défense a publié un communiqué. Selon le ministère de \
            la Défense, la Chine et le Bélarus coopèrent.");
        let orgs: Vec<&Entity> = a.entities.iter().filter(|e| e.kind == EntityType::Organization).collect();
        assert_eq!(orgs.len(), 1, "{orgs:#?}");
        let blr = entity(&a, "Biélorussie");
        assert_eq!(orgs[0].country.as_deref(), Some(blr.id.as_str()));
        assert!(blr.aliases.contains(&"Bélarus".to_string()));
        assert!(a.relations.iter().any(|r| r.kind == RelationType::Affiliation && r.source == orgs[0].id));
    }

    #[test]
    fn english_titles_capitals_and_opposition() {
        let a = run("Chinese Defense Minister Li Shangfu met Russian President Vladimir Putin in Moscow. \
            Washington said it was worried by the growing ties between Beijing and Moscow.");
        assert_eq!(a.lang, Lang::En);
        assert_eq!(entity(&a, "Vladimir Putin").kind, EntityType::Person);
        let usa = entity(&a, "United States");
        assert!(usa.aliases.contains(&"Washington".to_string()));
        let china = entity(&a, "China");
        assert!(a
            .relations
            .iter()
            .any(|r| r.kind == RelationType::Opposition && r.source == usa.id && r.target == china.id));
        let meeting = a.events.iter().find(|e| e.kind == EventType::Meeting).expect("a meeting");
        // "in Moscow" stays the place of the meeting although Moscow acts in the next sentence
        assert_eq!(meeting.place.as_deref(), Some(entity(&a, "Moscow").id.as_str()));
        let russia = entity(&a, "Russia");
        assert!(russia.aliases.contains(&"Moscow".to_string()));
        let backed = run("Moscow said it would respond. Beijing offered Moscow support.");
        assert!(backed.entities.iter().all(|e| e.name != "Moscow"), "both mentions are Russia");
        let only_place =
            run("Chinese Defense Minister Li Shangfu met Russian President Vladimir Putin in Moscow.");
        assert_eq!(entity(&only_place, "Moscow").kind, EntityType::Place, "a capital that never acts");
    }

    #[test]
    fn names_keep_particles_and_calendar_words_are_not_persons() {
        let text = "Le Premier ministre a reçu Aïssata N'Diaye et Jean-Marc Le Goff à Paris. \
            The envoy Carlos Moreira e Campos met Khalid bin Hamad Al-Thani on Friday.\n\
            (Reporting by Ann Lowe; Editing by Tom Pike)";
        let a = analyze_with(&Document::new("t.txt", text), Gazetteer::global());
        let persons: Vec<&str> =
            a.entities.iter().filter(|e| e.kind == EntityType::Person).map(|e| e.name.as_str()).collect();
        for name in
            ["Aïssata N'Diaye", "Jean-Marc Le Goff", "Carlos Moreira e Campos", "Khalid bin Hamad Al-Thani"]
        {
            assert!(persons.contains(&name), "{name} in {persons:?}");
        }
        assert!(!persons.iter().any(|p| ["Friday", "Ann Lowe", "Tom Pike"].contains(p)), "{persons:?}");
    }

    #[test]
    fn regional_bodies_armed_groups_and_seats() {
        let text = "Les chefs d'état-major de la CEDEAO ont reçu au Pentagone une délégation. \
            Le groupe Etat islamique et les rebelles houthis ont été évoqués.";
        let a = analyze_with(&Document::new("t.txt", text), Gazetteer::global());
        for name in ["CEDEAO", "Pentagone", "Etat islamique", "rebelles houthis"] {
            let found = a.entities.iter().find(|e| e.name == name || e.aliases.iter().any(|x| x == name));
            assert_eq!(found.map(|e| e.kind), Some(EntityType::Organization), "{name}");
        }
    }

    #[test]
    fn places_by_head_and_named_exercises() {
        let a =
            run("L'exercice Northern Shield-2023 s'est déroulé près de la ville de Vernonville, en Chine, \
            avec des soldats biélorusses.");
        assert_eq!(entity(&a, "Vernonville").kind, EntityType::Place);
        let ex = a.events.iter().find(|e| e.kind == EventType::Exercise).expect("an exercise");
        assert_eq!(ex.name.as_deref(), Some("Northern Shield-2023"));
        assert_eq!(ex.place.as_deref(), Some(entity(&a, "Vernonville").id.as_str()));
    }

    #[test]
    fn references_to_an_event_already_told() {
        // "Les manœuvres" is the exercise just told; "se tiendra près de X" places it
        let a = run("La Chine et la Russie ont lancé lundi l'exercice Northern Shield-2023. Les manœuvres \
            dureront du 3 au 11 avril 2023. Celui-ci se tiendra près de la ville de Vernonville.");
        let exercises: Vec<&Event> = a.events.iter().filter(|e| e.kind == EventType::Exercise).collect();
        assert_eq!(exercises.len(), 1, "{exercises:#?}");
        assert_eq!(exercises[0].start.as_deref(), Some("2023-04-03"));
        assert_eq!(exercises[0].place.as_deref(), Some(entity(&a, "Vernonville").id.as_str()));
        // a meeting recalled in passing is another meeting
        let b = run("La Chine et la Russie ont tenu des consultations à Moscou. Les consultations ont fait \
            suite à la dernière rencontre entre la Chine et la Russie à Vernonville.");
        assert_eq!(b.events.iter().filter(|e| e.kind == EventType::Meeting).count(), 2, "{:#?}", b.events);
    }

    #[test]
    fn the_drills_after_a_joint_patrol_are_that_patrol() {
        let a = run("La Chine et la Russie ont mené une patrouille conjointe près de Vernonville. \
            Les exercices ont mobilisé des navires des deux pays.");
        assert_eq!(a.events.len(), 1, "{:#?}", a.events);
        assert_eq!(a.events[0].kind, EventType::Patrol);
        assert_eq!(a.events[0].evidence.len(), 2);
    }

    #[test]
    fn critics_are_not_participants() {
        let a = run("La Chine et le Bélarus ont lancé un exercice conjoint, ce que la Russie a dénoncé.");
        let ex = a.events.iter().find(|e| e.kind == EventType::Exercise).expect("an exercise");
        let russia = entity(&a, "Russie");
        assert!(!ex.participants.contains(&russia.id), "{ex:#?}");
        assert!(a.relations.iter().any(|r| r.kind == RelationType::Opposition && r.source == russia.id));
        assert!(
            !a.relations
                .iter()
                .any(|r| r.kind == RelationType::Cooperation
                    && (r.source == russia.id || r.target == russia.id))
        );
    }

    #[test]
    fn boilerplate_only_actors_are_left_out() {
        let a =
            run("La Chine et la Russie ont signé un accord.\nLeave a Reply\nLes américains sont partout.");
        assert!(a.entities.iter().all(|e| e.name != "États-Unis"));
        assert!(!a.boilerplate.is_empty());
    }

    #[test]
    fn offsets_are_code_points() {
        let text = "😀 Les soldats biélorusses et la Chine.";
        let a = run(text);
        let chars: Vec<char> = text.chars().collect();
        let china = entity(&a, "Chine");
        let m = china.mentions[0];
        assert_eq!(chars[m.start..m.end].iter().collect::<String>(), "Chine");
    }

    #[test]
    fn parses_reference_dates() {
        assert_eq!(parse_reference("2024"), Some(ReferenceDate::year_only(2024)));
        assert_eq!(parse_reference("2024-07-08").map(|d| d.to_string()), Some("2024-07-08".to_string()));
        assert_eq!(parse_reference("2023-02-29"), None);
        assert_eq!(parse_reference("2024-13"), None);
        assert_eq!(parse_reference("24-07"), None);
    }
}
