//! English word lists.

use super::Lexicon;
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
        ("deploying", Deployment), ("deployment", Deployment), ("send", Deployment), ("sent", Deployment),
        ("sending", Deployment), ("dispatched", Deployment), ("transported", Deployment),
        ("stationed", Deployment), ("redeployed", Deployment), ("left", Deployment), ("patrol", Patrol), ("patrols", Patrol),
        ("patrolling", Patrol),
    ],
    topic_cues: &[
        "regarding", "including", "such", "like", "future", "more", "many", "several", "other", "preparation",
        "mechanism", "about", "focus", "focused", "concerning", "expand", "expanding", "strengthen",
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
        "rebuked", "rebukes", "blasted", "blasts", "lambasted", "decried", "decries", "protested", "protests",
        "condemnation", "denunciation", "pressure", "pressured",
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
};
