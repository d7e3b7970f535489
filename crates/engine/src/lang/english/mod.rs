//! English word lists: the lexicon and calendar here, the halves of the shared lists (read
//! whatever the document's language, `super::Words`) in `lists.rs`, `clauses.rs` and
//! `names.rs`.

mod clauses;
mod events;
mod function;
mod lists;
mod names;
mod relations;
pub use clauses::*;
pub use events::*;
pub use function::*;
pub use lists::*;
pub use names::*;
pub use relations::*;

use super::{Calendar, Lexicon, Unit};
use crate::analysis::EventType::*;

/// The English lexicon.
#[rustfmt::skip]
pub const ENGLISH: Lexicon = Lexicon {
    stopwords: &[
        "the", "of", "and", "to", "in", "is", "are", "was", "were", "for", "on", "with", "by", "that", "this",
        "it", "as", "at", "from", "has", "have", "had", "be", "been", "will", "their", "its", "which", "who",
        "said", "an", "a", "not", "but", "they", "he", "she", "two", "after", "over",
    ],
    org_heads: &[
        "council", "committee", "party", "army", "navy", "force", "forces", "marine", "marines", "academy",
        "institute", "agency", "bureau", "commission", "assembly", "guard", "corps", "service", "services",
        "directorate", "command", "fleet", "division", "brigade", "regiment", "university", "bank",
        "organization", "organisation", "union", "league", "federation", "department", "ministry",
        "parliament", "senate", "duma", "congress", "court", "tribunal", "office", "center", "centre",
        "foundation", "association", "group", "company", "politburo", "secretariat", "chamber", "government",
        "administration", "school", "college", "theater", "theatre", "flotilla", "squadron", "battalion",
        "district", "front", "movement", "staff", "police", "authority", "newsroom", "desk",
        "embassy", "consulate", "headquarters",
    ],
    ministry_heads: &["ministry", "ministries"],
    org_inner: &[],
    name_stops: &[
        "the", "a", "an", "and", "or", "in", "on", "at", "for", "by", "with", "without", "to", "from", "into",
        "during", "since", "earlier", "later", "who", "which", "that", "this", "these", "those", "his", "her", "its", "their",
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "but", "as", "he",
        "she", "they", "it", "we", "you", "between", "against", "after", "before", "our", "my", "your", "some",
        "about", "around", "nearly", "almost", "roughly", "approximately",
    ],
    connectors: &["of", "the", "for", "and", "de", "on"],
    place_heads: &[
        "city", "province", "region", "district", "prefecture", "oblast", "county", "base", "port", "island",
        "islands", "state", "municipality", "village", "territory", "range", "bay", "gulf", "sea", "strait", "peninsula",
        "gap", "corridor", "valley", "heights", "plateau",
    ],
    locatives: &["in", "at", "near", "off", "to", "inside", "from"],
    government_verbs: &[
        "said", "says", "has", "have", "had", "is", "was", "will", "would", "accused", "accuses", "warned",
        "warns", "announced", "announces", "claims", "claimed", "insists", "insisted", "wants", "rejected",
        "rejects", "denied", "denies", "urged", "urges", "called", "calls", "criticised", "criticized",
        "condemned", "condemns", "sees", "fears", "plans", "must", "may", "could", "should", "'s", "sent",
        "sends", "deployed", "deploys", "confirmed", "confirms", "stated", "says", "believes", "considers",
        "opposes", "opposed", "supports", "backed", "backs", "responded", "threatened", "threatens", "is",
        "lodged", "protested", "protests", "summoned", "demanded", "scrambled", "can", "cannot", "might",
        "issued", "issues", "imposed", "harassed", "vowed", "pledged", "expelled", "retaliated", "slammed", "ordered",
        "orders", "decided", "suspended", "recalled",
    ],
    government_before: &["according", "by", "between", "against", "with", "and"],
    triggers: &[
        ("arrived", Visit), ("arrives", Visit), ("arrival", Visit), ("arrive", Visit), ("arriving", Visit),
        ("landed", Visit),
        ("docked", Visit), ("docking", Visit),
        ("hosted", Visit), ("hosts", Visit), ("welcomed", Visit),
        ("exercise", Exercise), ("exercises", Exercise), ("drill", Exercise), ("drills", Exercise),
        ("maneuvers", Exercise), ("manoeuvres", Exercise), ("maneuver", Exercise), ("wargames", Exercise),
        ("war-games", Exercise), ("training", Exercise), ("visit", Visit), ("visits", Visit),
        ("visited", Visit), ("visiting", Visit), ("travelled", Visit), ("traveled", Visit), ("travels", Visit),
        ("flew", Visit), ("delegation", Visit), ("trip", Visit), ("meeting", Meeting),
        ("meetings", Meeting), ("met", Meeting), ("meet", Meeting), ("talks", Meeting), ("summit", Meeting),
        ("consultations", Meeting), ("dialogue", Meeting), ("negotiations", Meeting),
        ("agreement", Agreement), ("agreements", Agreement), ("agreed", Agreement), ("agree", Agreement),
        ("signed", Agreement), ("sign", Agreement), ("memorandum", Agreement), ("treaty", Agreement),
        ("mou", Agreement), ("signing", Agreement), ("signatures", Agreement), ("contract", Agreement),
        ("contracts", Agreement),
        ("pact", Agreement), ("deal", Agreement), ("deploy", Deployment), ("deployed", Deployment),
        ("deploying", Deployment), ("deployment", Deployment), ("stationing", Deployment), ("presence", Deployment), ("send", Deployment), ("sent", Deployment),
        ("sending", Deployment), ("dispatched", Deployment), ("transported", Deployment),
        ("stationed", Deployment), ("redeployed", Deployment), ("left", Deployment), ("patrol", Patrol), ("patrols", Patrol),
        ("patrolling", Patrol), ("patrolled", Patrol), ("deploys", Deployment), ("sends", Deployment),
        ("meets", Meeting), ("signs", Agreement), ("session", Meeting), ("sessions", Meeting), ("ceasefire", Agreement),
        ("truce", Agreement), ("convened", Meeting), ("convene", Meeting), ("convenes", Meeting),
        ("phone", Meeting), ("telephone", Meeting), ("mission", Deployment), ("conference", Meeting), ("arrived", Deployment), ("docked", Deployment), ("berthed", Deployment), ("call", Visit), ("calls", Visit),
        ("forum", Meeting),
        ("operation", Patrol), ("operations", Patrol),
    ],
    topic_cues: &[
        "regarding", "including", "such", "like", "future", "more", "many", "several", "other", "preparation",
        "mechanism", "about", "focus", "focused", "focusing", "focuses", "concerning", "expand", "expanding", "strengthen",
        "strengthening", "deepen", "deepening", "boost", "boosting", "enhance", "enhancing", "increase",
        "increasing", "intensify", "step",
    ],
    troop_words: &[
        "troops", "soldiers", "forces", "units", "ships", "warships", "aircraft", "jets", "fighters",
        "bombers", "contingent", "battalion", "missiles", "systems", "equipment", "weapons", "personnel",
        "pilots", "sailors", "peacekeepers", "frigate", "frigates", "destroyer", "destroyers", "marines",
        "paratroopers", "instructors", "commandos", "vehicles", "armoured", "armored", "tanks", "helicopters",
        "drones", "aircrafts", "crews", "ammunition", "munitions", "howitzers", "artillery", "advisers", "advisors", "trainers",
        "detachment", "detachments", "brigade", "regiment", "company", "companies", "squadron", "platoon", "platoons", "guards",
        "police", "policemen", "gendarmes",
    ],
    opposition: &[
        "alarmed", "worried", "concerned", "concern", "concerns", "appalled", "dismayed", "outraged", "deplored",
        "deplores", "deplore", "deploring", "accused", "accuses", "accuse", "criticised", "criticized",
        "criticises", "criticizes", "condemned", "condemns", "denounced", "denounces", "threatens", "threatened",
        "opposes", "opposed", "oppose", "hostile", "confront", "confronted", "warned", "warns", "accusing",
        "criticizing", "criticising", "condemning", "threatening", "slams", "slammed", "slamming", "rebuke",
        "rebuked", "rebukes", "blasted", "blasts", "lambasted", "decried", "decries", "protested", "protests", "protest", "protesting",
        "condemnation", "denunciation", "pressure", "pressured", "antagonising", "antagonizing", "antagonise",
        "antagonize", "antagonised", "antagonized", "warning", "warnings", "harass", "harasses", "harassed",
        "harassing", "harassment", "threat", "threats", "deter", "deters", "deterring", "provocation",
        "provocations", "provocative", "curb", "curbing", "criticism", "criticisms", "summoned", "summons",
        "condemn", "denounce", "criticise", "criticize", "threaten", "warn", "aggression", "complaint",
        "complaints", "suspects", "angered", "irked", "incensed", "defy", "defies", "defied", "defying",
    ],
    support: &[
        "supports", "support", "supported", "backs", "backed", "back", "backing", "aid", "helps", "helped",
        "helping", "supporting",
    ],
    cooperation: &[
        "cooperation", "co-operation", "cooperate", "cooperated", "cooperates", "cooperating", "partnership", "partners", "jointly",
        "joint", "together", "allies", "ally", "rapprochement", "collaboration", "coordination",
        "interaction", "bilateral", "closely",
    ],
    negations: &[
        "not", "no", "never", "neither", "nor", "allow", "allows", "allowing", "enable", "enables", "possibility",
        "possibilities",
    ],
    both_sides: &[
        "sides", "countries", "militaries", "nations", "ministers", "leaders", "they", "both", "navies", "armies",
        "delegations", "governments", "allies", "pair", "duo",
    ],
    compass: &[
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern",
        "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
        "central", "far",
    ],
    company_forms: &[
        ("inc", true), ("corp", true), ("co", true), ("ltd", true), ("bros", true), ("corporation", false),
        ("limited", false), ("plc", false), ("llc", false), ("holdings", false), ("bancorp", false),
        ("bancshares", false), ("spa", false), ("gmbh", false), ("nv", false),
    ],
    firm_nouns: &[
        "company", "firm", "manufacturer", "maker", "contractor", "shipbuilder", "shipyard", "conglomerate",
        "supplier", "startup", "start-up", "carmaker", "planemaker", "aerospace",
    ],
};

/// English calendar words, read by the date grammar and by language detection.
#[rustfmt::skip]
pub const ENGLISH_CALENDAR: Calendar = Calendar {
    months: &[
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4),
        ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8),
        ("september", 9), ("sep", 9), ("october", 10), ("november", 11), ("december", 12),
    ],
    weekdays: &[
        ("monday", 0), ("tuesday", 1), ("wednesday", 2), ("thursday", 3), ("friday", 4), ("saturday", 5),
        ("sunday", 6),
    ],
    weekday_abbreviations: &[
        ("mon", 0), ("tue", 1), ("tues", 1), ("wed", 2), ("thu", 3), ("thur", 3), ("thurs", 3), ("fri", 4),
        ("sat", 5), ("sun", 6),
    ],
    numbers: &[
        ("one", 1), ("a", 1), ("an", 1), ("two", 2), ("couple", 2), ("three", 3), ("four", 4), ("five", 5),
        ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
        ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("twenty", 20), ("thirty", 30),
    ],
    ordinals: &[
        ("first", 1), ("1st", 1), ("second", 2), ("2nd", 2), ("2nd.", 2), ("third", 3), ("3rd", 3),
        ("fourth", 4), ("4th", 4), ("fifth", 5), ("5th", 5), ("sixth", 6), ("seventh", 7), ("eighth", 8),
        ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13),
        ("fourteenth", 14), ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18),
        ("nineteenth", 19), ("twentieth", 20), ("thirtieth", 30),
    ],
    units: &[
        ("day", Unit::Day), ("days", Unit::Day), ("week", Unit::Week), ("weeks", Unit::Week),
        ("month", Unit::Month), ("months", Unit::Month), ("year", Unit::Year), ("years", Unit::Year),
        ("yr", Unit::Year), ("yrs", Unit::Year), ("fortnight", Unit::Fortnight), ("fortnights", Unit::Fortnight),
    ],
    only_here: &[
        "january", "february", "april", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "tomorrow", "yesterday", "tonight", "next", "last", "ago", "day", "days", "week", "weeks", "month",
        "months", "year", "years", "you", "see", "we", "meeting", "first", "third", "early", "late", "mid",
        "end", "beginning", "upcoming", "coming", "from", "christmas", "weekend", "morning", "evening",
        "hence", "current", "past", "season", "summer", "winter", "spring", "fall", "autumn", "new", "eve",
    ],
    eras: &[&["ad"], &["ce"], &["a", ".", "d", "."], &["c", ".", "e", "."]],
    unit_abbreviations: &[
        ("d", Unit::Day), ("w", Unit::Week), ("wk", Unit::Week), ("wks", Unit::Week), ("mo", Unit::Month),
        ("mon", Unit::Month), ("mos", Unit::Month), ("mth", Unit::Month), ("y", Unit::Year),
    ],
    date_line_words: &["am", "pm", "noon", "midnight", "at", "of", "the", "to", "until", "from"],
};

// Word lists read in both languages (see `Words` in the module root).
