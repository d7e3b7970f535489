//! English words of relations: rivalry, hostility, backing, supply and armed acts, blame and
//! rejection (the English halves of the lists in [`crate::lang`]).

/// English half of [`crate::lang::SEIZURE_NOUNS`].
pub const SEIZURE_NOUNS: &[&str] = &["invasion", "occupation", "annexation", "blockade"];

/// English half of [`crate::lang::RIVALRY_NOUNS`].
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
    "insurgency",
    "insurgencies",
    "odds",
    "loggerheads",
    "strains",
    "strain",
    "crisis",
    "feud",
    "spat",
    "row",
    "quarrel",
    "friction",
    "frictions",
    "disputes",
    "conflicts",
    "feuds",
    "quarrels",
    "confrontation",
    "confrontations",
];

/// English half of [`crate::lang::STRAIN_WORDS`].
pub const STRAIN_WORDS: &[&str] =
    &["tense", "strained", "frosty", "icy", "soured", "sour", "deteriorated", "worsened", "fraught", "rocky"];

/// English half of [`crate::lang::STRAIN_OPENERS`].
pub const STRAIN_OPENERS: &[&str] = &["after", "since", "despite", "before", "following", "than"];

/// English half of [`crate::lang::WITHDRAW_VERBS`].
pub const WITHDRAW_VERBS: &[&str] = &["withdraw", "withdraws", "pull", "remove", "evacuate", "reduce", "cut"];

/// English half of [`crate::lang::CEASE_VERBS`].
pub const CEASE_VERBS: &[&str] = &["end", "stop", "cease", "halt", "refrain"];

/// English half of [`crate::lang::ACT_POSSESSIVES`].
pub const ACT_POSSESSIVES: &[&str] = &["its", "his", "her", "their"];

/// English half of [`crate::lang::DEMAND_VERBS`].
#[rustfmt::skip]
pub const DEMAND_VERBS: &[&str] = &[
    "asked", "asks", "ask", "demanded", "demands", "demand", "urged", "urges", "urge", "called", "calls",
    "told", "tells", "ordered", "orders",
];

/// English half of [`crate::lang::HOSTILE_NOUNS`].
pub const HOSTILE_NOUNS: &[&str] = &[
    "aggression",
    "threat",
    "threats",
    "provocation",
    "provocations",
    "incursion",
    "incursions",
    "intrusion",
    "intrusions",
    "interference",
    "interfering",
    "expansionism",
];

/// English half of [`crate::lang::HOSTILE_ADJECTIVES`].
pub const HOSTILE_ADJECTIVES: &[&str] =
    &["aggressive", "belligerent", "provocative", "hostile", "coercive", "destabilising", "destabilizing"];

/// English half of [`crate::lang::HOSTILE_ACTS`].
pub const HOSTILE_ACTS: &[&str] = &[
    "smash",
    "smashed",
    "smashing",
    "violate",
    "violates",
    "violated",
    "violating",
    "sanctions",
    "sanctioned",
    "sanctioning",
    "deter",
    "deters",
    "deterring",
    "counter",
    "countering",
    "fight",
    "fights",
    "fighting",
    "fought",
    "defeat",
    "defeating",
    "combating",
    "combatting",
    "offensive",
    "hunt",
    "hunting",
    "blame",
    "blamed",
    "blames",
    "intercepted",
    "dismissed",
    "downed",
    "downing",
    "attacked",
    "shelled",
    "annexed",
    "repelled",
    "repulsed",
    "thwarted",
    "foiled",
];

/// English half of [`crate::lang::KILLING_VERBS`].
pub const KILLING_VERBS: &[&str] = &["killed", "kills", "neutralised", "neutralized"];

/// English half of [`crate::lang::FIGHT_VERBS`], by base form ("fought" is in
/// [`HOSTILE_ACTS`]).
pub const FIGHT_VERBS: &[&str] = &[
    "fight",
    "battle",
    "hunt",
    "chase",
    "bomb",
    "raid",
    "invade",
    "ambush",
    "destabilise",
    "destabilize",
    "intimidate",
];

/// Endings of a regular verb after its base ("hunt-s", "-ed", "-ing").
pub const VERB_ENDINGS: &[&str] = &["s", "es", "ed", "ing"];

/// English half of [`crate::lang::STANDING_WORDS`].
pub const STANDING_WORDS: &[&str] = &["solidarity", "stand", "stands", "standing", "stood"];

/// English half of [`crate::lang::ALLY_WORDS`].
pub const ALLY_WORDS: &[&str] = &["alongside"];

/// English half of [`crate::lang::NEGATION_WORDS`] (and any word ending in "n't").
pub const NEGATION_WORDS: &[&str] = &["not", "never", "no", "cannot"];

/// English half of [`crate::lang::ADDING_WORDS`].
pub const ADDING_WORDS: &[&str] = &["only", "just", "merely"];

/// English half of [`crate::lang::GIFT_NOUNS`].
pub const GIFT_NOUNS: &[&str] = &["donation", "donations", "gift", "gifts", "grant", "contribution"];

/// English half of [`crate::lang::BACKING_NOUNS`].
pub const BACKING_NOUNS: &[&str] = &["support", "backing", "help", "aid", "assistance"];

/// English half of [`crate::lang::THANK_VERBS`].
pub const THANK_VERBS: &[&str] = &["thank", "thanks", "thanked", "thanking"];

/// English half of [`crate::lang::BACKED_BY`].
pub const BACKED_BY: &[&str] = &["backed", "supported", "aided", "helped", "funded", "armed", "trained"];

/// English half of [`crate::lang::PURCHASE_WORDS`].
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

/// English half of [`crate::lang::SELLER_MARKS`].
pub const SELLER_MARKS: &[&str] = &["from"];

/// English half of [`crate::lang::SUPPLY_VERBS`].
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
    "donation",
    "donations",
    "gifted",
    "gifts",
    "offer",
    "offers",
    "offered",
    "transfer",
    "transfers",
    "transferred",
    "transferring",
    "sell",
    "sells",
    "sold",
    "selling",
];

/// English half of [`crate::lang::ATTACK_NOUNS`].
pub const ATTACK_NOUNS: &[&str] = &[
    "cyberattack",
    "cyberattacks",
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

/// English half of [`crate::lang::FACING_WORDS`].
pub const FACING_WORDS: &[&str] = &["face"];

/// English half of [`crate::lang::MUTUAL_RIVALRY`].
pub const MUTUAL_RIVALRY: &[&str] = &["loggerheads", "odds"];

/// English half of [`crate::lang::REJECT_VERBS`].
#[rustfmt::skip]
pub const REJECT_VERBS: &[&str] = &[
    "rejects", "rejected", "reject", "rubbishes", "rubbished", "denies", "denied", "refutes", "refuted", "dismisses",
    "rebuffed", "rebuffs", "rebuff", "disputed", "disputes", "contested", "contests",
];

/// English half of [`crate::lang::CLAIM_NOUNS`].
#[rustfmt::skip]
pub const CLAIM_NOUNS: &[&str] = &["remarks", "claims", "claim", "comments", "allegations", "accusations", "accusation", "statements", "assertions", "version", "account", "narrative"];

/// English half of [`crate::lang::SIGN_VERBS`], by base form.
pub const SIGN_VERBS: &[&str] = &["sign", "ink", "initial", "countersign"];

/// English half of [`crate::lang::BEHALF_WORDS`]: the noun of "on behalf of".
pub const BEHALF_WORDS: &[&str] = &["behalf"];

/// English half of [`crate::lang::DISPUTE_TOPIC_MARKS`].
pub const DISPUTE_TOPIC_MARKS: &[&str] = &["over", "about", "concerning", "regarding"];

/// English half of [`crate::lang::RESPONSE_NOUNS`].
pub const RESPONSE_NOUNS: &[&str] = &["response", "reaction", "retaliation", "reply"];

/// English half of [`crate::lang::REQUEST_NOUNS`].
pub const REQUEST_NOUNS: &[&str] = &[
    "request",
    "requests",
    "invitation",
    "call",
    "calls",
    "appeal",
    "appeals",
    "question",
    "questions",
    "plea",
];

/// Nouns after "phone"/"telephone" that make it a call between sides ("a phone call with X").
pub const CALL_NOUNS: &[&str] = &["call", "calls", "conversation", "conversations", "talks"];

/// English half of [`crate::lang::TRAINER_WORDS`].
pub const TRAINER_WORDS: &[&str] = &["instructors", "trainers", "advisers", "advisors", "mentors"];

/// English half of [`crate::lang::TRAINING_VERBS`], the forms that are no exercise trigger of
/// their own.
pub const TRAINING_VERBS: &[&str] = &["train", "trains", "trained"];

/// English half of [`crate::lang::TRAINED_WORDS`].
pub const TRAINED_WORDS: &[&str] = &["trained", "training"];

/// English half of [`crate::lang::ENVOY_SANCTIONS`], by base form.
pub const ENVOY_SANCTIONS: &[&str] = &["recall", "expel", "withdraw", "summon"];

/// English verbs of complaining: opposition only toward what they are about ("complained about
/// X", "complains of Y's raids"), never toward whom they are told to ("complained to the envoy").
pub const COMPLAIN_VERBS: &[&str] = &["complained", "complains", "complaining", "complain"];

/// English half of [`crate::lang::DAMAGE_NOUNS`].
pub const DAMAGE_NOUNS: &[&str] = &["destruction", "downing", "shooting", "seizure", "sinking", "capture"];

/// English half of [`crate::lang::PRESS_NOUNS`].
pub const PRESS_NOUNS: &[&str] = &[
    "agency",
    "newspaper",
    "daily",
    "outlet",
    "broadcaster",
    "channel",
    "magazine",
    "tabloid",
    "website",
    "publication",
];

/// English half of [`crate::lang::FEELING_STATES`].
pub const FEELING_STATES: &[&str] = &[
    "worried",
    "concerned",
    "alarmed",
    "troubled",
    "disturbed",
    "dismayed",
    "appalled",
    "angered",
    "outraged",
    "irritated",
    "unsettled",
];

/// English half of [`crate::lang::BREAK_VERBS`].
pub const BREAK_VERBS: &[&str] = &[
    "cut", "cuts", "cutting", "sever", "severs", "severed", "severing", "broke", "break", "breaks",
    "breaking",
];

/// English half of [`crate::lang::BROKEN_TIES`].
pub const BROKEN_TIES: &[&str] = &["ties", "relations", "links", "contacts"];

/// English half of [`crate::lang::BETWEEN_PRONOUNS`].
pub const BETWEEN_PRONOUNS: &[&str] = &["them", "it"];

/// English half of [`crate::lang::BATTLE_NOUNS`].
pub const BATTLE_NOUNS: &[&str] = &["fighting", "battle", "battles"];

/// English half of [`crate::lang::CLASH_WORDS`].
pub const CLASH_WORDS: &[&str] = &[
    "clashed",
    "clash",
    "clashing",
    "clashes",
    "skirmished",
    "skirmish",
    "skirmishes",
    "firefight",
    "firefights",
    "confrontation",
    "confrontations",
    "gunfight",
    "gunfights",
];

/// English half of [`crate::lang::PITTING_VERBS`].
pub const PITTING_VERBS: &[&str] = &["pitted", "pitting", "pits"];

/// English half of [`crate::lang::EXCHANGE_VERBS`].
pub const EXCHANGE_VERBS: &[&str] = &["exchanged", "exchange", "exchanging", "traded", "trade", "trading"];

/// English half of [`crate::lang::FIRE_NOUNS`].
pub const FIRE_NOUNS: &[&str] = &["fire", "gunfire", "shots", "shells", "artillery", "rockets", "volleys"];

/// English half of [`crate::lang::OPEN_FIRE_VERBS`].
pub const OPEN_FIRE_VERBS: &[&str] = &["opened", "open", "opens", "opening"];

/// English half of [`crate::lang::SHOOT_VERBS`].
pub const SHOOT_VERBS: &[&str] = &["fired", "firing", "fires", "shot", "shooting"];

/// English half of [`crate::lang::SHOT_AT`].
pub const SHOT_AT: &[&str] = &["on", "at", "upon"];

/// English half of [`crate::lang::NEIGHBOUR_WORDS`].
pub const NEIGHBOUR_WORDS: &[&str] = &["neighbour", "neighbor"];

/// English half of [`crate::lang::SINGULAR_POSSESSIVES`].
pub const SINGULAR_POSSESSIVES: &[&str] = &["its", "his", "her"];

/// English half of [`crate::lang::EXPEL_VERBS`], by base form.
pub const EXPEL_VERBS: &[&str] = &["expel"];

/// English half of [`crate::lang::DECLARE_VERBS`], by base form.
pub const DECLARE_VERBS: &[&str] = &["declare"];

/// English half of [`crate::lang::PERMIT_VERBS`], by base form.
pub const PERMIT_VERBS: &[&str] = &["allow", "let", "permit", "tolerate"];

/// English half of [`crate::lang::KEEPING_VERBS`], by base form.
pub const KEEPING_VERBS: &[&str] = &["maintain", "keep", "station"];

/// English half of [`crate::lang::UNWELCOME_WORDS`].
pub const UNWELCOME_WORDS: &[&str] = &["grata", "gratae", "unwelcome"];

/// English half of [`crate::lang::LEAVE_VERBS`], by base form.
pub const LEAVE_VERBS: &[&str] = &["leave", "depart"];

/// English half of [`crate::lang::EXPELLED_WORDS`].
pub const EXPELLED_WORDS: &[&str] =
    &["officer", "officers", "agent", "agents", "spy", "spies", "attache", "attaches", "nationals"];

/// English half of [`crate::lang::EXPELLED_FROM`].
pub const EXPELLED_FROM: &[&str] = &["from"];

/// English half of [`crate::lang::ORDER_WORDS`].
pub const ORDER_WORDS: &[&str] =
    &["ordered", "told", "given", "asked", "instructed", "hours", "days", "deadline", "must"];

/// English half of [`crate::lang::SUMMON_VERBS`], by base form.
pub const SUMMON_VERBS: &[&str] = &["summon"];

/// English half of [`crate::lang::PASSIVE_AUXILIARIES`].
pub const PASSIVE_AUXILIARIES: &[&str] = &["been", "were", "was", "being", "be", "is", "are"];

/// English half of [`crate::lang::STATE_HEADS`].
pub const STATE_HEADS: &[&str] =
    &["police", "assembly", "parliament", "senate", "congress", "guard", "army", "navy", "presidency"];

/// English half of [`crate::lang::LEADER_TITLES`].
pub const LEADER_TITLES: &[&str] = &["president", "prime minister", "premier", "king", "emir"];

/// English half of [`crate::lang::SUBJECT_RELATIVES`].
pub const SUBJECT_RELATIVES: &[&str] = &["who", "which", "that"];

/// English half of [`crate::lang::HAVE_AUXILIARIES`].
pub const HAVE_AUXILIARIES: &[&str] = &["has", "have", "had"];

/// English half of [`crate::lang::REQUESTER_LINKS`].
pub const REQUESTER_LINKS: &[&str] = &["from", "of", "by"];

/// English half of [`crate::lang::ASKING_NOUNS`].
pub const ASKING_NOUNS: &[&str] = &["request", "requests", "appeal", "invitation"];

/// English half of [`crate::lang::EXPULSION_NOUNS`].
pub const EXPULSION_NOUNS: &[&str] = &["expulsion", "expulsions"];

/// English half of [`crate::lang::COMPOSITION_PARTICIPLES`].
pub const COMPOSITION_PARTICIPLES: &[&str] = &["comprising", "grouping", "including", "gathering", "uniting"];

/// English half of [`crate::lang::COMPOSITION_VERBS`].
pub const COMPOSITION_VERBS: &[&str] =
    &["includes", "included", "comprises", "comprised", "groups", "grouped", "gathers", "unites", "brings"];

/// English half of [`crate::lang::UNDERGO_WORDS`].
pub const UNDERGO_WORDS: &[&str] =
    &["faced", "faces", "face", "facing", "drew", "draws", "drawn", "attracted", "attracts", "under"];

/// English half of [`crate::lang::SUPPLIER_NOUNS`].
pub const SUPPLIER_NOUNS: &[&str] = &[
    "supplier",
    "suppliers",
    "provider",
    "providers",
    "donor",
    "donors",
    "supporter",
    "supporters",
    "backer",
    "backers",
];

/// English half of [`crate::lang::LODGING_VERBS`].
pub const LODGING_VERBS: &[&str] =
    &["lodged", "lodge", "lodges", "filed", "file", "files", "submitted", "submit", "referred"];

/// English half of [`crate::lang::CIVILIAN_NOUNS`].
pub const CIVILIAN_NOUNS: &[&str] = &[
    "protesters",
    "protestors",
    "demonstrators",
    "refugees",
    "civilians",
    "students",
    "activists",
    "exiles",
    "dissidents",
];

/// English half of [`crate::lang::RIVAL_NOUNS`].
pub const RIVAL_NOUNS: &[&str] =
    &["rival", "rivals", "arch-rival", "archrival", "adversary", "adversaries", "enemy", "foe", "nemesis"];

/// English half of [`crate::lang::COMPLAINT_NOUNS`].
pub const COMPLAINT_NOUNS: &[&str] =
    &["complaint", "complaints", "protest", "protests", "appeal", "petition", "grievance", "letter"];

/// English half of [`crate::lang::ARMED_KIND_NOUNS`].
pub const ARMED_KIND_NOUNS: &[&str] = &[
    "group",
    "groups",
    "team",
    "teams",
    "unit",
    "units",
    "tank",
    "tanks",
    "helicopter",
    "helicopters",
    "aircraft",
    "jet",
    "jets",
    "ship",
    "ships",
    "vessel",
    "vessels",
    "readiness",
    "training",
    "gear",
    "formation",
    "formations",
    "engineers",
    "medics",
    "uniforms",
    "drone",
    "drones",
];
