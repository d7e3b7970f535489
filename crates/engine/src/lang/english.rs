//! English word lists.

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
        "district", "front", "movement", "staff",
    ],
    ministry_heads: &["ministry", "ministries"],
    org_inner: &[],
    name_stops: &[
        "the", "a", "an", "and", "or", "in", "on", "at", "for", "by", "with", "without", "to", "from", "into",
        "during", "since", "who", "which", "that", "this", "these", "those", "his", "her", "its", "their",
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "but", "as", "he",
        "she", "they", "it", "we", "you", "between", "against", "after", "before",
    ],
    connectors: &["of", "the", "for", "and", "de", "on"],
    place_heads: &[
        "city", "province", "region", "district", "prefecture", "oblast", "county", "base", "port", "island",
        "state", "municipality", "village", "territory", "range", "bay", "gulf", "sea", "strait", "peninsula",
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
    ],
    government_before: &["according", "by", "between", "against", "with", "and"],
    triggers: &[
        ("arrived", Visit), ("arrives", Visit), ("arrival", Visit),
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
        ("pact", Agreement), ("deal", Agreement), ("deploy", Deployment), ("deployed", Deployment),
        ("deploying", Deployment), ("deployment", Deployment), ("stationing", Deployment), ("presence", Deployment), ("send", Deployment), ("sent", Deployment),
        ("sending", Deployment), ("dispatched", Deployment), ("transported", Deployment),
        ("stationed", Deployment), ("redeployed", Deployment), ("left", Deployment), ("patrol", Patrol), ("patrols", Patrol),
        ("patrolling", Patrol), ("patrolled", Patrol), ("deploys", Deployment), ("sends", Deployment),
        ("meets", Meeting), ("signs", Agreement),
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
    ],
    opposition: &[
        "worried", "concerned", "concern", "concerns", "accused", "accuses", "accuse", "criticised", "criticized",
        "criticises", "criticizes", "condemned", "condemns", "denounced", "denounces", "threatens", "threatened",
        "opposes", "opposed", "oppose", "hostile", "confront", "confronted", "warned", "warns", "accusing",
        "criticizing", "criticising", "condemning", "threatening", "slams", "slammed", "slamming", "rebuke",
        "rebuked", "rebukes", "blasted", "blasts", "lambasted", "decried", "decries", "protested", "protests", "protest", "protesting",
        "condemnation", "denunciation", "pressure", "pressured", "antagonising", "antagonizing", "antagonise",
        "antagonize", "antagonised", "antagonized",
    ],
    support: &[
        "supports", "support", "supported", "backs", "backed", "back", "backing", "aid", "helps", "helped",
        "helping",
    ],
    cooperation: &[
        "cooperation", "co-operation", "cooperate", "cooperated", "partnership", "partners", "jointly",
        "joint", "together", "allies", "ally", "rapprochement", "collaboration", "coordination",
        "interaction", "bilateral",
    ],
    negations: &["not", "no", "never", "neither", "nor", "allow", "allows", "allowing", "enable", "enables"],
    both_sides: &[
        "sides", "countries", "militaries", "nations", "ministers", "leaders", "they", "both", "navies", "armies",
        "delegations", "governments",
    ],
    compass: &[
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern",
        "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
        "central", "far",
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

/// English half of [`super::POLICY_WORDS`].
pub const POLICY_WORDS: &[&str] = &["roadmap", "strategy", "program", "agreement", "treaty", "pact"];

/// English half of [`super::SAYING_VERBS`].
pub const SAYING_VERBS: &[&str] =
    &["said", "says", "announced", "reported", "told", "stated", "added", "confirmed", "noted", "wrote"];

/// English half of [`super::EXPERT_WORDS`].
pub const EXPERT_WORDS: &[&str] =
    &["analyst", "analysts", "commentator", "researcher", "professor", "scholar", "observer"];

/// English half of [`super::EXERCISE_MODIFIERS`].
pub const EXERCISE_MODIFIERS: &[&str] = &[
    "naval",
    "military",
    "joint",
    "air",
    "maritime",
    "amphibious",
    "annual",
    "bilateral",
    "trilateral",
    "multilateral",
    "multinational",
    "combined",
    "live-fire",
    "tactical",
    "command-staff",
    "army",
    "land",
    "anti-submarine",
    "counter-terrorism",
    "counterterrorism",
    "field",
    "large-scale",
];

/// English half of [`super::WATER_HEADS`].
pub const WATER_HEADS: &[&str] = &["bay", "gulf", "sea", "strait", "straits", "peninsula"];

/// English half of [`super::MEDIA_WORDS`].
pub const MEDIA_WORDS: &[&str] = &[
    "daily",
    "times",
    "today",
    "herald",
    "post",
    "news",
    "press",
    "observer",
    "telegraph",
    "insider",
    "monitor",
    "focus",
    "online",
];

/// English half of [`super::INITIAL_SKIP`].
pub const INITIAL_SKIP: &[&str] = &["of", "the", "for", "and", "on", "in"];

/// English half of [`super::SHIP_WORDS`].
pub const SHIP_WORDS: &[&str] = &[
    "destroyers",
    "frigate",
    "frigates",
    "corvette",
    "corvettes",
    "cruiser",
    "cruisers",
    "ship",
    "ships",
    "vessel",
    "vessels",
    "submarine",
    "submarines",
    "carrier",
    "carriers",
    "warship",
    "warships",
    "uss",
    "hms",
    "ins",
    "hmas",
    "hmcs",
    "hmnzs",
    "brp",
    "roks",
    "pns",
    "kri",
    "tcg",
    "js",
];

/// English half of [`super::WORK_HEADS`].
pub const WORK_HEADS: &[&str] = &[
    "partnership",
    "statement",
    "declaration",
    "initiative",
    "programme",
    "program",
    "strategy",
    "doctrine",
    "vision",
    "plan",
    "act",
    "charter",
    "framework",
    "dialogue",
    "policy",
    "roadmap",
    "accord",
    "agreement",
    "treaty",
    "pact",
    "memorandum",
    "communique",
];

/// English half of [`super::FACILITY_WORDS`].
pub const FACILITY_WORDS: &[&str] = &[
    "range",
    "base",
    "airbase",
    "camp",
    "fort",
    "airport",
    "airfield",
    "harbor",
    "harbour",
    "port",
    "island",
    "islands",
    "strait",
    "sea",
    "gulf",
    "bay",
    "peninsula",
    "province",
    "region",
    "district",
    "prefecture",
    "county",
    "barracks",
    "area",
    "palace",
    "shoal",
    "reef",
    "atoll",
    "academy",
    "polygon",
    "ground",
    "grounds",
    "dockyard",
    "shipyard",
];

/// English half of [`super::ROLE_NOUNS`].
pub const ROLE_NOUNS: &[&str] = &[
    "researcher",
    "analyst",
    "professor",
    "journalist",
    "commentator",
    "member",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chief",
    "head",
    "director",
    "specialist",
    "historian",
    "scholar",
    "diplomat",
    "officer",
    "lawmaker",
    "senator",
    "fellow",
    "editor",
    "correspondent",
    "author",
    "former",
    "secretary",
    "minister",
    "admiral",
    "adviser",
    "advisor",
    "ambassador",
    "envoy",
    "commander",
    "founder",
];

/// English half of [`super::CLAUSE_OPENERS`].
pub const CLAUSE_OPENERS: &[&str] =
    &["while", "whereas", "because", "although", "though", "if", "unless", "when"];

/// English half of [`super::CONJUNCTION_HEADS`]: none, English openers stand alone ("as" and
/// "since" are left out of the openers: they are prepositions as often).
pub const CONJUNCTION_HEADS: &[&str] = &[];

/// English half of [`super::RELATIVE_WORDS`].
pub const RELATIVE_WORDS: &[&str] = &["who", "whom", "whose", "which", "that"];

/// English half of [`super::PARTNER_WORDS`].
pub const PARTNER_WORDS: &[&str] = &["with", "between", "alongside", "and"];

/// English half of [`super::TARGET_WORDS`].
pub const TARGET_WORDS: &[&str] = &["against", "targeting"];

/// English half of [`super::AGENT_WORDS`].
pub const AGENT_WORDS: &[&str] = &["by"];

/// English half of [`super::CONFLICT_NOUNS`].
pub const CONFLICT_NOUNS: &[&str] = &[
    "war",
    "conflict",
    "invasion",
    "aggression",
    "attack",
    "attacks",
    "offensive",
    "strikes",
    "threat",
    "threats",
    "tension",
    "tensions",
    "crisis",
    "fighting",
    "hostilities",
    "occupation",
    "bombing",
    "insurgency",
    "rebellion",
];

/// English half of [`super::PHRASE_LINKS`].
pub const PHRASE_LINKS: &[&str] = &["the", "of", "in", "and", "between", "against", "on", "a", "an", "'s"];

/// English half of [`super::AROUND_WORDS`].
pub const AROUND_WORDS: &[&str] = &["around", "near", "off", "nearby", "close", "vicinity"];

/// English half of [`super::RECALL_ADVERBS`].
pub const RECALL_ADVERBS: &[&str] = &["once", "formerly"];

/// English half of [`super::SOURCE_WORDS`].
pub const SOURCE_WORDS: &[&str] = &["according"];

/// English half of [`super::SPOKESPERSON_WORDS`].
pub const SPOKESPERSON_WORDS: &[&str] = &["spokesman", "spokeswoman", "spokesperson", "spokespeople"];

/// English half of [`super::SUMMIT_WORDS`].
pub const SUMMIT_WORDS: &[&str] = &["summit", "summits"];

/// English half of [`super::REACTION_WORDS`].
pub const REACTION_WORDS: &[&str] = &["reacted", "responded", "retaliated", "scrambled"];

/// English half of [`super::COMMENT_VERBS`].
pub const COMMENT_VERBS: &[&str] = &[
    "called",
    "calling",
    "described",
    "describing",
    "termed",
    "welcomed",
    "welcoming",
    "hailed",
    "praised",
    "examine",
    "study",
    "studying",
    "reviewing",
    "considers",
    "considered",
    "regards",
    "regarded",
    "sees",
    "views",
];

/// English half of [`super::PATROL_CRAFT`].
pub const PATROL_CRAFT: &[&str] = &[
    "ship",
    "ships",
    "vessel",
    "vessels",
    "boat",
    "boats",
    "aircraft",
    "plane",
    "planes",
    "craft",
    "cutter",
    "cutters",
    "helicopter",
    "helicopters",
];

/// English half of [`super::CAUSE_WORDS`].
pub const CAUSE_WORDS: &[&str] = &["prompting", "prompted", "forcing", "causing", "triggering", "spurring"];

/// English half of [`super::GATHERING_WORDS`].
pub const GATHERING_WORDS: &[&str] = &[
    "exhibition",
    "expo",
    "forum",
    "conference",
    "congress",
    "festival",
    "games",
    "cup",
    "championship",
    "fair",
    "show",
    "olympics",
];

/// English half of [`super::SUBJECT_PRONOUNS`].
pub const SUBJECT_PRONOUNS: &[&str] = &["he", "she"];

/// English half of [`super::END_MARKS`].
pub const END_MARKS: &[&str] =
    &["end", "ends", "ended", "ending", "conclude", "concludes", "concluded", "wrap", "wraps", "closes"];

/// English half of [`super::WITHDRAWAL_WORDS`].
pub const WITHDRAWAL_WORDS: &[&str] =
    &["withdrawal", "withdraw", "withdrawing", "withdrew", "pullout", "pull-out", "repatriation", "drawdown"];

/// English half of [`super::REPORT_MARKS`].
pub const REPORT_MARKS: &[&str] = &["that"];

/// English half of [`super::INCIDENTAL_OPENERS`].
pub const INCIDENTAL_OPENERS: &[&str] =
    &["with", "under", "according", "backed", "supported", "aided", "helped"];

/// English half of [`super::SINCE_WORDS`].
pub const SINCE_WORDS: &[&str] = &["since"];

/// English half of [`super::PERFECT_AUXILIARIES`]: "have deployed", "has been stationed".
pub const PERFECT_AUXILIARIES: &[&str] = &["has", "have", "had", "been"];

/// English half of [`super::SHORE_WORDS`].
pub const SHORE_WORDS: &[&str] = &["island", "islands", "coast", "coasts", "shores", "waters"];

/// English half of [`super::RIVALRY_NOUNS`].
pub const RIVALRY_NOUNS: &[&str] = &[
    "tension",
    "tensions",
    "rivalry",
    "rivalries",
    "dispute",
    "hostility",
    "hostilities",
    "standoff",
    "clashes",
    "conflict",
    "war",
    "odds",
    "loggerheads",
    "strains",
    "strain",
];

/// English half of [`super::HOSTILE_NOUNS`].
pub const HOSTILE_NOUNS: &[&str] = &[
    "aggression",
    "threat",
    "threats",
    "provocation",
    "provocations",
    "incursion",
    "incursions",
    "interference",
    "expansionism",
];

/// English half of [`super::HOSTILE_ACTS`].
pub const HOSTILE_ACTS: &[&str] = &[
    "sanctions",
    "sanctioned",
    "sanctioning",
    "deter",
    "deters",
    "deterring",
    "counter",
    "countering",
    "fight",
    "fought",
    "combating",
    "blame",
    "blamed",
    "blames",
    "intercepted",
    "dismissed",
];

/// English half of [`super::BACKING_NOUNS`].
pub const BACKING_NOUNS: &[&str] = &["support", "backing", "help", "aid", "assistance"];

/// English half of [`super::BACKED_BY`].
pub const BACKED_BY: &[&str] = &["backed", "supported", "aided", "helped", "funded", "armed", "trained"];

/// English half of [`super::SERVICE_HEADS`]: the last word of a service's name.
pub const SERVICE_HEADS: &[&str] = &["navy", "army", "force", "forces", "guard", "marines"];

/// English half of [`super::SERVICE_WORDS`]: the words of a service's name after the nationality.
pub const SERVICE_WORDS: &[&str] = &[
    "royal", "national", "navy", "army", "air", "force", "coast", "guard", "armed", "forces", "special",
    "marines",
];

/// English half of [`super::PURCHASE_WORDS`].
pub const PURCHASE_WORDS: &[&str] = &[
    "buy",
    "buys",
    "bought",
    "buying",
    "purchase",
    "purchases",
    "purchased",
    "purchasing",
    "acquire",
    "acquires",
    "acquired",
    "acquiring",
    "acquisition",
    "acquisitions",
    "import",
    "imports",
    "imported",
];

/// English half of [`super::SELLER_MARKS`].
pub const SELLER_MARKS: &[&str] = &["from"];

/// English half of [`super::SUPPLY_VERBS`].
pub const SUPPLY_VERBS: &[&str] = &[
    "deliver",
    "delivers",
    "delivered",
    "delivering",
    "delivery",
    "deliveries",
    "supply",
    "supplies",
    "supplied",
    "supplying",
    "shipment",
    "shipments",
    "provide",
    "provides",
    "provided",
    "providing",
    "donate",
    "donated",
    "donates",
];

/// English half of [`super::ATTACK_NOUNS`].
pub const ATTACK_NOUNS: &[&str] = &[
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "attack",
    "attacks",
    "raid",
    "raids",
    "bombing",
    "offensive",
];

/// English half of [`super::ENGLISH_CLITICS`]: endings UD English writes as words of their own,
/// cut from the end of a token ("do|n't", "I|'m", "they|'re").
#[allow(dead_code)] // read by text::syntax until the event stages use it
pub const CLITICS: &[&str] = &["n't", "'m", "'re", "'ve", "'ll", "'d"];

/// English half of [`super::ENGLISH_SPLITS`]: tokens UD English writes as two words, with the
/// length in bytes of the first ("can|not", "gon|na").
#[allow(dead_code)] // read by text::syntax until the event stages use it
pub const SPLITS: &[(&str, usize)] = &[("cannot", 3), ("gonna", 3), ("wanna", 3), ("gotta", 3)];

/// English half of [`super::MEMBER_WORDS`].
pub const MEMBER_WORDS: &[&str] =
    &["member", "members", "membership", "joined", "join", "joins", "joining", "accession", "acceded"];

/// English half of [`super::LIST_LINKS`].
pub const LIST_LINKS: &[&str] = &[
    ",",
    "and",
    "the",
    "a",
    "namely",
    "such",
    "as",
    "like",
    "including",
    "states",
    "state",
    "countries",
    "nations",
    "founding",
    "permanent",
    "new",
];

/// English half of [`super::STATUS_WORDS`].
pub const STATUS_WORDS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "became",
    "become",
    "already",
    "now",
    "also",
    "both",
    "all",
    "officially",
    "formally",
    "recently",
    "full",
];

/// English half of [`super::BODY_LINKS`].
pub const BODY_LINKS: &[&str] = &["the", "of", "to"];

/// English half of [`super::UNIT_HEADS`]: words naming a military unit ("the 3rd Division of …").
pub const UNIT_HEADS: &[&str] = &[
    "division",
    "divisions",
    "brigade",
    "brigades",
    "regiment",
    "regiments",
    "battalion",
    "battalions",
    "squadron",
    "squadrons",
    "fleet",
    "flotilla",
    "company",
    "corps",
    "wing",
    "group",
];

/// English half of [`super::FORCE_HEADS`].
pub const FORCE_HEADS: &[&str] = &["army", "navy", "force", "forces", "marines", "guard", "corps"];

/// English half of [`super::FRAMEWORK_WORDS`].
pub const FRAMEWORK_WORDS: &[&str] = &["within", "framework", "auspices", "aegis"];

/// English half of [`super::ENDING_VERBS`].
pub const ENDING_VERBS: &[&str] = &[
    "scrapped",
    "scrap",
    "scraps",
    "terminated",
    "terminate",
    "terminates",
    "revoked",
    "revoke",
    "abrogated",
    "abrogate",
    "suspended",
    "suspend",
    "cancelled",
    "canceled",
    "cancel",
    "quit",
    "quits",
    "exited",
    "ended",
    "ends",
    "renounced",
    "tore",
    "ripped",
];

/// English half of [`super::TIME_CONJUNCTIONS`].
pub const TIME_CONJUNCTIONS: &[&str] = &["after", "before", "since", "until", "when", "once"];

/// English half of [`super::STANCE_WORDS`].
#[rustfmt::skip]
pub const STANCE_WORDS: &[&str] = &[
    "response", "reaction", "retaliation", "view", "views", "perception", "influence", "tension",
    "tensions", "threat", "threats", "watched", "monitored", "provocation", "provocations", "ambitions",
    "assertiveness", "warning", "warnings", "backing", "monitoring", "watching", "independence", "mandate", "supply", "supplies", "delivery", "deliveries"
];
