//! English halves of the word lists that tell whether a trigger word fits its clause
//! (`crate::event::extract`).

/// English half of [`crate::lang::SENDING_VERBS`].
#[rustfmt::skip]
pub const SENDING_VERBS: &[&str] = &["send", "sends", "sent", "sending", "transported", "stationed"];

/// English half of [`crate::lang::FOUNDED_WORDS`].
#[rustfmt::skip]
pub const FOUNDED_WORDS: &[&str] = &["established", "founded", "created", "formed", "launched", "set"];

/// English half of [`crate::lang::EXERCISE_THINGS`].
#[rustfmt::skip]
pub const EXERCISE_THINGS: &[&str] = &[
    "system", "systems", "programme", "programmes", "program", "programs", "simulator", "simulators",
    "software", "manual", "manuals", "equipment", "ammunition", "course", "courses", "instructor", "instructors",
];

/// English half of [`crate::lang::HANDOVER_VERBS`].
#[rustfmt::skip]
pub const HANDOVER_VERBS: &[&str] = &["hand", "hands", "handed", "handing", "presented", "presents"];

/// English half of [`crate::lang::MAGNITUDE_WORDS`].
pub const MAGNITUDE_WORDS: &[&str] = &["million", "billion", "millions", "billions", "mn", "bn"];

/// English half of [`crate::lang::LANGUAGE_NOUNS`].
pub const LANGUAGE_NOUNS: &[&str] = &["language", "version", "translation", "speaking", "speakers"];

/// English half of [`crate::lang::SERVICE_PLURALS`].
pub const SERVICE_PLURALS: &[&str] = &["navies", "armies", "forces", "troops", "militaries"];

/// English half of [`crate::lang::EDITION_WORDS`].
pub const EDITION_WORDS: &[&str] = &["edition", "editions"];

/// English half of [`crate::lang::ARMING_VERBS`] ("arms" is also the noun).
pub const ARMING_VERBS: &[&str] = &["arming", "rearming"];

/// English half of [`crate::lang::EQUIP_VERBS`].
pub const EQUIP_VERBS: &[&str] = &[
    "equip",
    "equips",
    "equipped",
    "equipping",
    "supplied",
    "supplies",
    "supply",
    "provided",
    "provides",
    "provide",
];

/// English half of [`crate::lang::HOSTING_VERBS`].
#[rustfmt::skip]
pub const HOSTING_VERBS: &[&str] = &["hosted", "hosts", "welcomed"];

/// English half of [`crate::lang::ARRIVAL_VERBS`].
pub const ARRIVAL_VERBS: &[&str] = &["arrived", "docked", "berthed"];

/// English half of [`crate::lang::DEFINITE_TROOP_MARKS`].
pub const DEFINITE_TROOP_MARKS: &[&str] = &["the", "these", "those"];

/// English half of [`crate::lang::HOME_MARKS`].
pub const HOME_MARKS: &[&str] = &["home", "back"];

/// English half of [`crate::lang::PRESS_WORDS`].
pub const PRESS_WORDS: &[&str] = &["press", "news", "video", "web", "teleconference"];

/// English half of [`crate::lang::MISSION_KINDS`].
pub const MISSION_KINDS: &[&str] =
    &["training", "military", "peacekeeping", "advisory", "stabilisation", "stabilization", "naval"];

/// English half of [`crate::lang::MILITARY_ADJECTIVES`].
#[rustfmt::skip]
pub const MILITARY_ADJECTIVES: &[&str] = &["military", "naval"];

/// Words before "training" that make it a drill ("joint training", "combined training"), not
/// schooling.
#[rustfmt::skip]
pub const TRAINING_MODIFIERS: &[&str] = &["joint", "military", "combined"];

/// Words near "deal" or "sign" that make them an agreement ("a defence deal", "sign the pact").
#[rustfmt::skip]
pub const AGREEMENT_CONTEXT: &[&str] = &["agreement", "deal", "signed", "sign", "military", "defense", "defence", "arms"];

/// English half of [`crate::lang::RECENT_WORDS`].
#[rustfmt::skip]
pub const RECENT_WORDS: &[&str] = &["recent", "previous", "earlier", "last"];

/// English half of [`crate::lang::WILLINGNESS_WORDS`].
#[rustfmt::skip]
pub const WILLINGNESS_WORDS: &[&str] = &["committed", "ready", "willing", "open", "prepared", "keen", "eager"];

/// English half of [`crate::lang::CALL_WORDS`].
#[rustfmt::skip]
pub const CALL_WORDS: &[&str] = &["call", "calls", "called", "calling", "appeal", "appeals", "appealed", "urged", "urging", "pushing", "pushed", "pressing", "pressed"];

/// English half of [`crate::lang::PHONE_WORDS`] (before the noun of talk).
pub const PHONE_WORDS: &[&str] = &["phone", "telephone", "video"];

/// English half of [`crate::lang::PHONE_TALK_NOUNS`].
pub const PHONE_TALK_NOUNS: &[&str] =
    &["call", "calls", "conversation", "conversations", "talk", "talks", "conference"];

/// English half of [`crate::lang::ANCHOR_NOUNS`].
pub const ANCHOR_NOUNS: &[&str] = &["anchor"];

/// English half of [`crate::lang::LANDING_VERBS`].
pub const LANDING_VERBS: &[&str] = &["landed"];

/// English half of [`crate::lang::ANCHOR_VERBS`] (read before "anchor").
pub const ANCHOR_VERBS: &[&str] = &["dropped", "drops", "dropping", "drop", "cast", "casts", "casting"];

/// English half of [`crate::lang::MEMBER_NOUNS`].
#[rustfmt::skip]
pub const MEMBER_NOUNS: &[&str] = &["member", "members", "ally", "allies"];

/// English half of [`crate::lang::RECURRENCE_WORDS`].
#[rustfmt::skip]
pub const RECURRENCE_WORDS: &[&str] = &["annual", "regular", "periodic", "yearly", "routine"];

/// English half of [`crate::lang::BORDER_NOUNS`].
#[rustfmt::skip]
pub const BORDER_NOUNS: &[&str] = &["border", "borders", "frontier", "boundary"];

/// English half of [`crate::lang::INTENT_NOUNS`].
#[rustfmt::skip]
pub const INTENT_NOUNS: &[&str] = &["plan", "plans", "intention", "intentions", "decision", "bid", "move", "proposal"];

/// English half of [`crate::lang::LAST_OF_KIND`].
#[rustfmt::skip]
pub const LAST_OF_KIND: &[&str] = &["last", "previous"];

/// English half of [`crate::lang::LAST_OF_KIND_LINKS`].
#[rustfmt::skip]
pub const LAST_OF_KIND_LINKS: &[&str] = &["to"];

/// English half of [`crate::lang::SIMILAR_AFTER`].
#[rustfmt::skip]
pub const SIMILAR_AFTER: &[&str] = &["similar", "comparable"];

/// English half of [`crate::lang::OTHER_BEFORE`].
#[rustfmt::skip]
pub const OTHER_BEFORE: &[&str] = &["similar", "comparable", "other"];

/// English half of [`crate::lang::LIKE_WORDS`].
#[rustfmt::skip]
pub const LIKE_WORDS: &[&str] = &["similar", "comparable", "like"];

/// English half of [`crate::lang::LIKE_LINKS`].
#[rustfmt::skip]
pub const LIKE_LINKS: &[&str] = &["to"];

/// English half of [`crate::lang::SITTING_BODIES`].
#[rustfmt::skip]
pub const SITTING_BODIES: &[&str] = &["commission", "committee", "council", "dialogue", "assembly", "conference"];

/// English half of [`crate::lang::TITLE_COMMON_WORDS`] (adjectives are in
/// [`crate::lang::EXERCISE_MODIFIERS`]).
#[rustfmt::skip]
pub const TITLE_COMMON_WORDS: &[&str] = &[
    "begins", "begin", "ends", "end", "concludes", "conclude", "starts", "start", "kicks", "opens", "wraps",
    "underway", "held", "set", "annual", "international", "multinational", "bilateral",
];

/// English half of [`crate::lang::RECEIPT_VERBS`].
#[rustfmt::skip]
pub const RECEIPT_VERBS: &[&str] = &["received", "receives", "receiving", "receive", "obtained", "obtain", "obtains"];

/// English half of [`crate::lang::USE_MARKS`].
pub const USE_MARKS: &[&str] = &["designed", "intended", "meant", "used", "suited"];

/// English half of [`crate::lang::RECEIVED_GOODS`].
#[rustfmt::skip]
pub const RECEIVED_GOODS: &[&str] = &[
    "helicopters", "helicopter", "aircraft", "jets", "drones", "drone", "weapons", "arms", "missiles", "tanks",
    "equipment", "vehicles", "ammunition", "shipment", "batch", "deliveries", "delivery", "boat", "boats",
    "vessel", "vessels", "plane", "planes", "ship", "ships", "warship", "warships", "radars", "radar",
    "propellers", "spares", "rifles", "guns", "rockets", "shells", "fighters", "bombers", "howitzers",
];

/// English half of [`crate::lang::JOINT_WORDS`].
#[rustfmt::skip]
pub const JOINT_WORDS: &[&str] = &["joint", "combined"];

/// English half of [`crate::lang::STATEMENT_NOUNS`].
pub const STATEMENT_NOUNS: &[&str] = &["statement", "declaration", "communique"];

/// English half of [`crate::lang::PLUPERFECT_AUXILIARIES`].
pub const PLUPERFECT_AUXILIARIES: &[&str] = &["had"];

/// English half of [`crate::lang::ALREADY_WORDS`].
pub const ALREADY_WORDS: &[&str] = &["already"];

/// English half of [`crate::lang::COMMITTEE_WORDS`].
pub const COMMITTEE_WORDS: &[&str] = &["commission", "committee", "group", "mechanism"];

/// English half of [`crate::lang::JOINT_BODY_MARKS`].
pub const JOINT_BODY_MARKS: &[&str] = &["joint", "bilateral", "binational", "combined", "border"];

/// English half of [`crate::lang::PREVENT_VERBS`].
pub const PREVENT_VERBS: &[&str] = &["prevent", "prevents", "prevented", "preventing"];

/// English half of [`crate::lang::REFUSAL_VERBS`].
pub const REFUSAL_VERBS: &[&str] = &["declined", "declines", "declining", "refused", "refuses", "refusing"];

/// English half of [`crate::lang::RECORD_WORDS`].
#[rustfmt::skip]
pub const RECORD_WORDS: &[&str] = &["first", "largest", "biggest", "last", "highest", "longest", "worst", "only"];

/// English half of [`crate::lang::ENVOY_WORDS`].
#[rustfmt::skip]
pub const ENVOY_WORDS: &[&str] =
    &["ambassador", "ambassadors", "envoy", "envoys", "charge", "diplomat", "diplomats", "consul", "attache"];

/// English half of [`crate::lang::TRAINING_FACILITIES`].
#[rustfmt::skip]
pub const TRAINING_FACILITIES: &[&str] = &[
    "centre", "center", "camp", "school", "academy", "ground", "grounds", "range", "ranges", "area", "zone",
    "facility", "base",
];

/// English half of [`crate::lang::TRUCE_WORDS`].
#[rustfmt::skip]
pub const TRUCE_WORDS: &[&str] = &["ceasefire", "truce"];

/// English half of [`crate::lang::VIOLATION_WORDS`].
#[rustfmt::skip]
pub const VIOLATION_WORDS: &[&str] = &["violation", "violations", "violated", "violating", "violate", "violates", "breach", "breaches", "breached", "breaching"];

/// English half of [`crate::lang::CONTENT_VERBS`].
#[rustfmt::skip]
pub const CONTENT_VERBS: &[&str] =
    &["entails", "entail", "covers", "cover", "encompasses", "comprises", "spans", "consists", "involves", "includes", "involve", "include"];

/// English half of [`crate::lang::COOPERATION_NOUNS`].
#[rustfmt::skip]
pub const COOPERATION_NOUNS: &[&str] = &["cooperation", "co-operation", "partnership", "collaboration", "ties", "relationship", "relations"];

/// English half of [`crate::lang::EXCLUSION_WORDS`].
pub const EXCLUSION_WORDS: &[&str] = &["without", "excluding", "except"];

/// English half of [`crate::lang::TOPIC_WORDS`].
pub const TOPIC_WORDS: &[&str] = &["about", "concerning", "regarding"];

/// English half of [`crate::lang::PARTICIPATION_WORDS`].
pub const PARTICIPATION_WORDS: &[&str] =
    &["participating", "participate", "participates", "participated", "participants", "participant"];

/// English half of [`crate::lang::DEFINITES`].
pub const DEFINITES: &[&str] = &["the", "this", "these", "those"];

/// English words after "flew" that make it a trip ([`crate::lang::FLIGHT_DESTINATION_MARKS`]).
pub const FLIGHT_DESTINATION_MARKS: &[&str] = &["to", "into", "in", "back", "home", "from"];

/// English half of [`crate::lang::ENTERING_VERBS`].
pub const ENTERING_VERBS: &[&str] = &["entered", "enter", "entering", "enters"];

/// English half of [`crate::lang::ABROAD_MARKS`].
pub const ABROAD_MARKS: &[&str] = &["in", "into", "inside", "to", "toward", "towards", "at"];

/// English half of [`crate::lang::CANCEL_WORDS`].
pub const CANCEL_WORDS: &[&str] =
    &["cancelled", "canceled", "cancel", "cancels", "cancellation", "postponed", "postpone", "scrapped"];

/// English half of [`crate::lang::DELEGATION_NOUNS`].
pub const DELEGATION_NOUNS: &[&str] = &["delegation", "mission", "emissary", "emissaries", "envoy"];

/// English half of [`crate::lang::PRESENT_WORDS`].
pub const PRESENT_WORDS: &[&str] = &["present", "attended"];

/// English half of [`crate::lang::DOMAIN_HEADS`].
#[rustfmt::skip]
pub const DOMAIN_HEADS: &[&str] = &[
    "capabilities", "capability", "capacity", "capacities", "skills", "skill", "proficiency", "expertise",
    "areas", "field", "fields", "domain", "domains", "together", "cooperate", "cooperation",
    "collaborate", "collaboration",
];

/// English half of [`crate::lang::KIND_MARKS`].
pub const KIND_MARKS: &[&str] = &["such"];

/// English half of [`crate::lang::ALSO_WORDS`].
pub const ALSO_WORDS: &[&str] = &["also", "separately", "later"];

/// English half of [`crate::lang::APART_ADJECTIVES`].
pub const APART_ADJECTIVES: &[&str] = &["parallel", "separate", "rival", "competing", "respective"];
