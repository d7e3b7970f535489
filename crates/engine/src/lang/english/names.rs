//! English halves of the shared lists that read names: heads of works, ships, facilities, units
//! and forces, roles, and the words that introduce a name.

/// English half of [`crate::lang::WATER_HEADS`].
pub const WATER_HEADS: &[&str] = &["bay", "gulf", "sea", "strait", "straits", "peninsula", "ocean"];

/// English half of [`crate::lang::MEDIA_WORDS`].
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

/// English half of [`crate::lang::INITIAL_SKIP`].
pub const INITIAL_SKIP: &[&str] = &["of", "the", "for", "and", "on", "in"];

/// English half of [`crate::lang::SYSTEM_WORDS`].
pub const SYSTEM_WORDS: &[&str] = &["system", "systems"];

/// English half of [`crate::lang::SHIP_WORDS`].
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
    "cutter",
    "cutters",
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

/// English half of [`crate::lang::WORK_HEADS`].
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
    "memoranda",
    "memorandums",
    "mou",
    "mous",
    "moa",
    "communique",
    "meeting",
    "meetings",
    "summit",
    "talks",
    "session",
    "consultations",
];

/// English half of [`crate::lang::HONORIFICS`].
pub const HONORIFICS: &[&str] = &["majesty", "highness", "excellency", "eminence", "holiness"];

/// English half of [`crate::lang::TERRAIN_HEADS`].
pub const TERRAIN_HEADS: &[&str] = &[
    "gap",
    "corridor",
    "valley",
    "heights",
    "plateau",
    "pass",
    "desert",
    "mountains",
    "zone",
    "river",
    "lake",
];

/// English half of [`crate::lang::SITE_NOUNS`].
pub const SITE_NOUNS: &[&str] = &["base", "airbase", "airport", "airfield", "barracks", "station"];

/// English half of [`crate::lang::FACILITY_WORDS`].
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
    "buildings",
    "shoal",
    "reef",
    "atoll",
    "academy",
    "polygon",
    "ground",
    "grounds",
    "dockyard",
    "shipyard",
    "garrison",
    "cantonment",
];

/// English half of [`crate::lang::PEER_NOUNS`].
pub const PEER_NOUNS: &[&str] = &["counterpart", "counterparts", "host", "guest"];

/// English half of [`crate::lang::TITLE_CONTINUATIONS`] ("charge" after "in": ", in charge of").
pub const TITLE_CONTINUATIONS: &[&str] = &["responsible", "charged", "charge", "of"];

/// English half of [`crate::lang::ROLE_NOUNS`].
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

/// English half of [`crate::lang::ROLE_PLURALS`].
pub const ROLE_PLURALS: &[&str] = &[
    "heads",
    "commanders",
    "directors",
    "chiefs",
    "officers",
    "officials",
    "members",
    "leaders",
    "representatives",
    "ministers",
    "generals",
    "admirals",
];

/// English half of [`crate::lang::CAPITAL_WORDS`].
pub const CAPITAL_WORDS: &[&str] = &["capital"];

/// English half of [`crate::lang::NAMING_WORDS`] ("known" is read with its "as").
pub const NAMING_WORDS: &[&str] = &["dubbed", "named", "code-named", "codenamed", "called", "known"];

/// English half of [`crate::lang::UNIT_HEADS`]: words naming a military unit ("the 3rd Division of …").
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

/// English half of [`crate::lang::FORCE_HEADS`].
pub const FORCE_HEADS: &[&str] = &["army", "navy", "force", "forces", "marines", "guard", "corps"];

/// English half of [`crate::lang::SERVICE_HEADS`]: the last word of a service's name.
pub const SERVICE_HEADS: &[&str] = &["navy", "army", "force", "forces", "guard", "marines"];

/// English half of [`crate::lang::SERVICE_WORDS`]: the words of a service's name after the nationality.
pub const SERVICE_WORDS: &[&str] = &[
    "royal", "national", "navy", "army", "air", "force", "coast", "guard", "armed", "forces", "special",
    "marines",
];

/// Words naming a staff before its head "Staff" ("General Staff", "Joint Chiefs of Staff"): rank
/// and title words that are the body's name there, not a person's.
pub const STAFF_WORDS: &[&str] = &["general", "joint", "chiefs", "combined", "naval", "air"];

/// English half of [`crate::lang::DOMAIN_WORDS`].
#[rustfmt::skip]
pub const DOMAIN_WORDS: &[&str] = &[
    "affairs", "security", "integration", "protection", "cooperation", "development", "defence", "defense",
    "interior", "justice", "finance", "trade", "relations", "intelligence", "planning", "information",
    "communication", "communications", "health", "education", "energy", "transport", "fisheries",
    "agriculture", "economy", "administration", "decentralization", "decentralisation", "veterans",
    "commerce", "industry", "environment", "labour", "labor", "tourism", "culture", "youth", "mines",
    "infrastructure", "works", "emergencies", "reform", "staff", "operations", "policy", "logistics",
];

/// English half of [`crate::lang::STAFF_CREDITS`].
pub const STAFF_CREDITS: &[&str] =
    &["reporting by", "writing by", "editing by", "compiled by", "edited by", "additional reporting by"];

/// English half of [`crate::lang::HALF_WORDS`].
pub const HALF_WORDS: &[&str] = &["north", "south"];

/// English half of [`crate::lang::GROUP_NOUNS`].
pub const GROUP_NOUNS: &[&str] = &["group", "movement", "militia", "faction", "outfit"];

/// English half of [`crate::lang::GROUP_ADJECTIVES`]: none, English puts them before the noun
/// ("the rebel group X").
pub const GROUP_ADJECTIVES: &[&str] = &[];

/// English half of [`crate::lang::FIGHTER_NOUNS`].
pub const FIGHTER_NOUNS: &[&str] = &["fighters", "militants", "rebels", "insurgents"];

/// English half of [`crate::lang::OPERATION_WORDS`].
pub const OPERATION_WORDS: &[&str] = &["operation"];

/// English half of [`crate::lang::ALLIANCE_WORDS`].
pub const ALLIANCE_WORDS: &[&str] = &["alliance", "allies"];

/// English half of [`crate::lang::OUR_WORDS`].
pub const OUR_WORDS: &[&str] = &["our"];

/// English half of [`crate::lang::COUNTRY_NOUNS`].
pub const COUNTRY_NOUNS: &[&str] = &["country"];

/// English half of [`crate::lang::COUNTRY_PLURALS`].
pub const COUNTRY_PLURALS: &[&str] = &["countries", "nations", "states"];

/// English half of [`crate::lang::PLACE_PART_WORDS`].
pub const PLACE_PART_WORDS: &[&str] =
    &["downtown", "central", "centre", "center", "heart", "outskirts", "suburbs"];

/// English half of [`crate::lang::POST_NOMINALS`]: seats in a parliament, and honours.
pub const POST_NOMINALS: &[&str] =
    &["mp", "mps", "mep", "mla", "mha", "msp", "mna", "qc", "kc", "obe", "mbe", "cbe", "kbe", "dso"];

/// English half of [`crate::lang::CREED_WORDS`].
pub const CREED_WORDS: &[&str] = &[
    "christian",
    "christians",
    "orthodox",
    "catholic",
    "catholics",
    "protestant",
    "protestants",
    "muslim",
    "muslims",
    "islamic",
    "sunni",
    "sunnis",
    "shia",
    "shiite",
    "shiites",
    "jewish",
    "buddhist",
    "hindu",
    "evangelical",
    "coptic",
    "copts",
];

/// English half of [`crate::lang::POWER_NOUNS`].
pub const POWER_NOUNS: &[&str] = &["grip", "orbit", "influence", "sway", "tutelage", "yoke", "pressure"];

/// English half of [`crate::lang::GIVING_VERBS`].
pub const GIVING_VERBS: &[&str] = &["offers", "offered", "grants", "granted", "gives", "gave", "promised"];

/// English half of [`crate::lang::ADDRESS_WORDS`].
pub const ADDRESS_WORDS: &[&str] = &[
    "sheikh", "sheik", "shaikh", "emir", "amir", "sultan", "prince", "princess", "king", "queen", "lord",
    "lady", "sir", "dame",
];
