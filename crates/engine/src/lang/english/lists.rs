//! English halves of the shared word lists (`crate::lang::Words`).

/// English half of [`crate::lang::POLICY_WORDS`].
pub const POLICY_WORDS: &[&str] = &["roadmap", "strategy", "program", "agreement", "treaty", "pact"];

/// English half of [`crate::lang::DENIAL_VERBS`].
pub const DENIAL_VERBS: &[&str] = &["denies", "denied"];

/// English half of [`crate::lang::SAYING_VERBS`].
pub const SAYING_VERBS: &[&str] = &[
    "said",
    "says",
    "announced",
    "reported",
    "told",
    "stated",
    "added",
    "confirmed",
    "noted",
    "wrote",
    "pointed",
];

/// English half of [`crate::lang::EXPERT_WORDS`].
pub const EXPERT_WORDS: &[&str] =
    &["analyst", "analysts", "commentator", "researcher", "professor", "scholar", "observer"];

/// English half of [`crate::lang::EXERCISE_MODIFIERS`].
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

/// English half of [`crate::lang::CLAUSE_OPENERS`].
pub const CLAUSE_OPENERS: &[&str] =
    &["while", "whereas", "because", "although", "though", "if", "unless", "when"];

/// English half of [`crate::lang::CONJUNCTION_HEADS`]: none, English openers stand alone ("as" and
/// "since" are left out of the openers: they are prepositions as often).
pub const CONJUNCTION_HEADS: &[&str] = &[];

/// English half of [`crate::lang::RELATIVE_WORDS`].
pub const RELATIVE_WORDS: &[&str] = &["who", "whom", "whose", "which", "that"];

/// English half of [`crate::lang::PARTICIPLE_OPENERS`].
pub const PARTICIPLE_OPENERS: &[&str] = &["having"];

/// English half of [`crate::lang::PARTNER_WORDS`].
pub const PARTNER_WORDS: &[&str] = &["with", "between", "alongside", "and"];

/// English half of [`crate::lang::TARGET_WORDS`].
pub const TARGET_WORDS: &[&str] = &["against", "targeting"];

/// English half of [`crate::lang::AGENT_WORDS`].
pub const AGENT_WORDS: &[&str] = &["by"];

/// English half of [`crate::lang::CONFLICT_NOUNS`].
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
    "victory",
    "defeat",
];

/// English half of [`crate::lang::PHRASE_LINKS`].
pub const PHRASE_LINKS: &[&str] =
    &["the", "of", "in", "and", "between", "with", "against", "on", "a", "an", "'s", "over"];

/// English half of [`crate::lang::AROUND_WORDS`].
pub const AROUND_WORDS: &[&str] = &[
    "around",
    "near",
    "off",
    "nearby",
    "close",
    "vicinity",
    "encircling",
    "encirclement",
    "blockade",
    "surrounding",
];

/// English half of [`crate::lang::RECALL_ADVERBS`].
pub const RECALL_ADVERBS: &[&str] = &["once", "formerly"];

/// English half of [`crate::lang::SOURCE_WORDS`].
pub const SOURCE_WORDS: &[&str] = &["according"];

/// English half of [`crate::lang::SPOKESPERSON_WORDS`].
pub const SPOKESPERSON_WORDS: &[&str] = &["spokesman", "spokeswoman", "spokesperson", "spokespeople"];

/// English half of [`crate::lang::SUMMIT_WORDS`].
pub const SUMMIT_WORDS: &[&str] = &["summit", "summits"];

/// English half of [`crate::lang::REACTION_WORDS`].
pub const REACTION_WORDS: &[&str] = &["reacted", "responded", "retaliated", "scrambled"];

/// English half of [`crate::lang::COMMENT_VERBS`].
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
    "justified",
    "defended",
    "explained",
];

/// English half of [`crate::lang::PATROL_CRAFT`].
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

/// English half of [`crate::lang::CAUSE_WORDS`].
pub const CAUSE_WORDS: &[&str] = &["prompting", "prompted", "forcing", "causing", "triggering", "spurring"];

/// English half of [`crate::lang::BACKGROUND_OPENERS`] ("wake" of "in the wake of").
pub const BACKGROUND_OPENERS: &[&str] = &["following", "wake", "aftermath"];

/// English half of [`crate::lang::OFFICIALS`].
pub const OFFICIALS: &[&str] = &["officials", "authorities", "diplomats", "policymakers"];

/// English half of [`crate::lang::STATE_NOUNS`].
pub const STATE_NOUNS: &[&str] = &["government", "regime", "authorities", "leadership"];

/// English half of [`crate::lang::GOVERNMENT_NOUNS`].
#[rustfmt::skip]
pub const GOVERNMENT_NOUNS: &[&str] = &[
    "regime", "authorities", "government", "leadership", "leaders", "will", "anger", "accusations",
    "demands", "refusal", "ally", "allies", "partner", "partners",
];

/// English half of [`crate::lang::CONTROL_VERBS`].
#[rustfmt::skip]
pub const CONTROL_VERBS: &[&str] = &[
    "urged", "urges", "urging", "expected", "expects", "prompted", "prompting", "prompts", "led",
    "leads", "asked", "asks", "asking", "wants", "want", "wanted", "forced", "forcing", "pushed",
    "pushing", "pressed", "pressing", "invited", "invites", "encouraged", "encourages", "told",
    "warned", "warns", "calling", "called", "calls",
];

/// English half of [`crate::lang::OBSERVER_WORDS`].
pub const OBSERVER_WORDS: &[&str] = &["observers", "observer", "observed", "observe", "eye", "gaze"];

/// English half of [`crate::lang::WITNESS_VERBS`].
pub const WITNESS_VERBS: &[&str] = &["witnessed", "watched", "witness"];

/// English half of [`crate::lang::WHOLE_FORCES`].
pub const WHOLE_FORCES: &[&str] = &["army", "armed forces", "military"];

/// English half of [`crate::lang::GATHERING_WORDS`].
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

/// English half of [`crate::lang::OTHER_SIDE_WORDS`].
pub const OTHER_SIDE_WORDS: &[&str] = &[
    "border",
    "bordering",
    "against",
    "attack",
    "aggression",
    "invasion",
    "threat",
    "tensions",
    "tension",
    "standoff",
    "confrontation",
    "rivalry",
    "observers",
];

/// English half of [`crate::lang::PLURAL_PRONOUNS`].
pub const PLURAL_PRONOUNS: &[&str] = &["they"];

/// English half of [`crate::lang::SUBJECT_PRONOUNS`].
pub const SUBJECT_PRONOUNS: &[&str] = &["he", "she"];

/// English half of [`crate::lang::LATTER_WORDS`].
pub const LATTER_WORDS: &[&str] = &["latter"];

/// English half of [`crate::lang::END_MARKS`].
pub const END_MARKS: &[&str] =
    &["end", "ends", "ended", "ending", "conclude", "concludes", "concluded", "wrap", "wraps", "closes"];

/// English half of [`crate::lang::WITHDRAWAL_WORDS`].
pub const WITHDRAWAL_WORDS: &[&str] =
    &["withdrawal", "withdraw", "withdrawing", "withdrew", "pullout", "pull-out", "repatriation", "drawdown"];

/// English half of [`crate::lang::REPORT_MARKS`].
pub const REPORT_MARKS: &[&str] = &["that"];

/// English half of [`crate::lang::INCIDENTAL_OPENERS`].
pub const INCIDENTAL_OPENERS: &[&str] =
    &["with", "under", "according", "backed", "supported", "aided", "helped"];

/// English half of [`crate::lang::SINCE_WORDS`].
pub const SINCE_WORDS: &[&str] = &["since"];

/// English half of [`crate::lang::PERFECT_AUXILIARIES`]: "have deployed", "has been stationed".
pub const PERFECT_AUXILIARIES: &[&str] = &["has", "have", "had", "been"];

/// English half of [`crate::lang::SHORE_WORDS`].
pub const SHORE_WORDS: &[&str] = &["island", "islands", "coast", "coasts", "shores", "waters"];

/// English half of [`crate::lang::SIGN_NOUN_MARKS`].
pub const SIGN_NOUN_MARKS: &[&str] = &[
    "a", "the", "another", "clear", "first", "latest", "strong", "positive", "good", "any", "no", "this",
    "that", "every", "new", "sure", "further",
];

/// English half of [`crate::lang::EXERCISED_OBJECTS`].
pub const EXERCISED_OBJECTS: &[&str] = &[
    "their",
    "its",
    "his",
    "her",
    "our",
    "your",
    "my",
    "restraint",
    "caution",
    "control",
    "sovereignty",
    "influence",
    "power",
    "powers",
    "pressure",
    "leadership",
    "authority",
    "right",
    "rights",
    "jurisdiction",
    "discretion",
    "option",
    "options",
    "veto",
    "vigilance",
    "patience",
    "judgment",
];

/// English half of [`crate::lang::ENGLISH_CLITICS`]: endings UD English writes as words of their own,
/// cut from the end of a token ("do|n't", "I|'m", "they|'re").
#[allow(dead_code)] // read by text::syntax until the event stages use it
pub const CLITICS: &[&str] = &["n't", "'m", "'re", "'ve", "'ll", "'d"];

/// English half of [`crate::lang::ENGLISH_SPLITS`]: tokens UD English writes as two words, with the
/// length in bytes of the first ("can|not", "gon|na").
#[allow(dead_code)] // read by text::syntax until the event stages use it
pub const SPLITS: &[(&str, usize)] = &[("cannot", 3), ("gonna", 3), ("wanna", 3), ("gotta", 3)];

/// English half of [`crate::lang::ALLEGIANCE_WORDS`].
pub const ALLEGIANCE_WORDS: &[&str] = &["allegiance", "affiliated", "loyal"];

/// English half of [`crate::lang::MEMBER_WORDS`].
pub const MEMBER_WORDS: &[&str] =
    &["member", "members", "membership", "joined", "join", "joins", "joining", "accession", "acceded"];

/// English half of [`crate::lang::LIST_LINKS`].
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

/// English half of [`crate::lang::STATUS_WORDS`].
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

/// English half of [`crate::lang::BODY_LINKS`].
pub const BODY_LINKS: &[&str] = &["the", "of", "to", "state", "states", "countries", "nations"];

/// English half of [`crate::lang::FRAMEWORK_WORDS`].
pub const FRAMEWORK_WORDS: &[&str] = &["within", "framework", "auspices", "aegis"];

/// English half of [`crate::lang::ENDING_VERBS`].
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

/// English half of [`crate::lang::TIME_CONJUNCTIONS`].
pub const TIME_CONJUNCTIONS: &[&str] = &["after", "before", "since", "until", "when", "once"];

/// English half of [`crate::lang::HAPPENING_VERBS`].
pub const HAPPENING_VERBS: &[&str] = &["held"];

/// English half of [`crate::lang::HAPPENING_MARKS`]: the forms of "be".
pub const HAPPENING_MARKS: &[&str] = &["be", "is", "are", "was", "were", "been", "being"];

/// English half of [`crate::lang::INCLUDE_VERBS`].
pub const INCLUDE_VERBS: &[&str] =
    &["include", "includes", "included", "involve", "involves", "involved", "bring", "brings", "brought"];

/// English half of [`crate::lang::EVENT_PRONOUNS`].
pub const EVENT_PRONOUNS: &[&str] = &["it"];

/// English half of [`crate::lang::RECEIVING_VERBS`].
pub const RECEIVING_VERBS: &[&str] =
    &["received", "receives", "receive", "hosted", "hosts", "host", "welcomed", "welcomes", "welcome"];

/// English half of [`crate::lang::HAPPENING_NOUNS`].
pub const HAPPENING_NOUNS: &[&str] = &["place"];

/// English half of [`crate::lang::HAPPENING_LIGHT_VERBS`]: "take" before "place".
pub const HAPPENING_LIGHT_VERBS: &[&str] = &["take", "takes", "took", "taking", "taken"];

/// English half of [`crate::lang::STANCE_WORDS`].
#[rustfmt::skip]
pub const STANCE_WORDS: &[&str] = &[
    "response", "reaction", "retaliation", "view", "views", "perception", "influence", "tension",
    "tensions", "threat", "threats", "watched", "monitored", "provocation", "provocations", "ambitions",
    "assertiveness", "warning", "warnings", "backing", "monitoring", "watching", "independence", "mandate", "supply", "supplies", "delivery", "deliveries",
    "policy", "position", "decision", "strategy",
];

/// English half of [`crate::lang::WHERE_WORDS`].
pub const WHERE_WORDS: &[&str] = &["in", "at", "near", "inside"];

/// English half of [`crate::lang::TOUR_LINKS`].
pub const TOUR_LINKS: &[&str] = &[",", "and", "then", "later", "finally"];

/// English half of [`crate::lang::RETURN_WORDS`]: "returned from", "back from".
pub const RETURN_WORDS: &[&str] = &["returned", "returns", "returning", "back"];

/// English half of [`crate::lang::DIRECTION_WORDS`].
pub const DIRECTION_WORDS: &[&str] = &["to", "in"];

/// English half of [`crate::lang::LABEL_VERBS`].
pub const LABEL_VERBS: &[&str] = &[
    "calling",
    "called",
    "calls",
    "describing",
    "described",
    "describes",
    "branding",
    "branded",
    "brands",
    "labelling",
    "labeling",
    "labelled",
    "labeled",
    "terming",
    "termed",
];

/// English half of [`crate::lang::DISTRIBUTIVE_WORDS`].
pub const DISTRIBUTIVE_WORDS: &[&str] = &["respectively"];

/// English half of [`crate::lang::RECIPROCAL_WORDS`] ("each" as in "each other").
pub const RECIPROCAL_WORDS: &[&str] = &["each", "mutually", "traded", "trading", "exchanged"];

/// English half of [`crate::lang::EVENT_ANAPHORS`].
pub const EVENT_ANAPHORS: &[&str] =
    &["operation", "operations", "mission", "missions", "activity", "activities", "initiative"];

/// English half of [`crate::lang::OWN_WORDS`].
pub const OWN_WORDS: &[&str] = &["own"];

/// English half of [`crate::lang::PAIR_POSSESSIVES`].
pub const PAIR_POSSESSIVES: &[&str] = &["their", "our"];

/// English half of [`crate::lang::HOLDING_VERBS`].
pub const HOLDING_VERBS: &[&str] = &[
    "launch",
    "launched",
    "launches",
    "launching",
    "conduct",
    "conducted",
    "conducts",
    "conducting",
    "held",
    "holds",
    "holding",
    "hold",
    "stage",
    "staged",
    "stages",
    "staging",
    "began",
    "begins",
    "started",
    "starts",
];

/// English half of [`crate::lang::VERDICT_VERBS`].
pub const VERDICT_VERBS: &[&str] = &[
    "called",
    "calling",
    "calls",
    "described",
    "describing",
    "termed",
    "labeled",
    "labelled",
    "labeling",
    "labelling",
    "considers",
    "considered",
    "regards",
    "regarded",
    "sees",
    "seen",
    "views",
    "viewed",
    "perceived",
    "branded",
    "branding",
];

/// English half of [`crate::lang::VERDICT_NOUNS`].
pub const VERDICT_NOUNS: &[&str] =
    &["provocation", "provocations", "provocative", "threat", "destabilising", "destabilizing", "escalation"];

/// English half of [`crate::lang::PARTY_MARKS`].
#[rustfmt::skip]
pub const PARTY_MARKS: &[&str] = &["of", "by", "with", "between"];

/// English half of [`crate::lang::VISITOR_WORDS`].
#[rustfmt::skip]
pub const VISITOR_WORDS: &[&str] = &["delegation", "delegations", "minister", "president", "chief", "commander", "counterpart", "ships", "fleet", "visitors"];

/// English half of [`crate::lang::PRESENCE_GROWTH`].
#[rustfmt::skip]
pub const PRESENCE_GROWTH: &[&str] = &["bolster", "bolsters", "boost", "boosts", "increase", "increases", "strengthen", "strengthens", "expand", "expands", "reinforce", "reinforces", "strengthening", "reinforcement", "expansion", "buildup", "build-up", "bolstering", "boosting", "strengthened", "bolstered", "boosted", "expanded", "reinforced", "deepen", "deepens", "deepened", "deepening"];

/// English half of [`crate::lang::VAGUE_COUNTS`].
#[rustfmt::skip]
pub const VAGUE_COUNTS: &[&str] = &["multiple", "several", "many", "numerous", "various", "countless"];

/// English half of [`crate::lang::SEAT_WORDS`].
#[rustfmt::skip]
pub const SEAT_WORDS: &[&str] = &["embassy", "consulate", "headquartered", "based"];

/// English half of [`crate::lang::RELEASE_WORDS`].
#[rustfmt::skip]
pub const RELEASE_WORDS: &[&str] = &["released", "issued", "statement", "published", "signed", "declaration"];

/// English half of [`crate::lang::UNIT_WORDS`].
#[rustfmt::skip]
pub const UNIT_WORDS: &[&str] = &["regiment", "brigade", "division", "battalion", "corps", "command", "fleet", "squadron", "rifles", "group"];

/// English half of [`crate::lang::WAR_WORDS`].
#[rustfmt::skip]
pub const WAR_WORDS: &[&str] = &["war", "revolution", "crisis", "election", "elections", "referendum"];

/// English half of [`crate::lang::NEWS_WORDS`].
pub const NEWS_WORDS: &[&str] = &["news", "press", "broadcasting", "television", "newspaper", "gazette"];

/// English half of [`crate::lang::INFORMATION_WORDS`].
pub const INFORMATION_WORDS: &[&str] = &["information"];

/// English half of [`crate::lang::AGENCY_WORDS`].
pub const AGENCY_WORDS: &[&str] = &["agency"];
