//! English halves of the shared lists the clause rules read: coordinators, clauses of purpose,
//! words of worry, help and departure, and the words dating an event's telling.

/// English half of [`crate::lang::AND_WORDS`].
pub const AND_WORDS: &[&str] = &["and"];

/// English half of [`crate::lang::WITH_WORDS`].
pub const WITH_WORDS: &[&str] = &["with"];

/// English half of [`crate::lang::TIE_NOUNS`].
pub const TIE_NOUNS: &[&str] =
    &["rapprochement", "cooperation", "partnership", "ties", "alliance", "collaboration", "axis"];

/// English half of [`crate::lang::DEMONSTRATIVES`].
pub const DEMONSTRATIVES: &[&str] = &["this", "that", "these", "those"];

/// English half of [`crate::lang::AIM_WORDS`].
pub const AIM_WORDS: &[&str] = &["on", "against", "targeting"];

/// English half of [`crate::lang::OPERATION_NOUNS`].
pub const OPERATION_NOUNS: &[&str] = &["operation", "operations", "campaign"];

/// English half of [`crate::lang::COORDINATORS`].
pub const COORDINATORS: &[&str] = &["and", "or"];

/// English half of [`crate::lang::LED_WORDS`].
pub const LED_WORDS: &[&str] = &["led", "headed", "commanded", "chaired"];

/// English half of [`crate::lang::GOVERNMENT_WORDS`].
pub const GOVERNMENT_WORDS: &[&str] =
    &["government", "kingdom", "republic", "state", "sultanate", "emirate", "principality"];

/// English half of [`crate::lang::MISSION_WORDS`].
pub const MISSION_WORDS: &[&str] = &["embassy", "consulate"];

/// English half of [`crate::lang::PUBLISHED_WORDS`].
pub const PUBLISHED_WORDS: &[&str] = &["published", "posted", "released", "photo"];

/// English half of [`crate::lang::STARTED_WORDS`].
pub const STARTED_WORDS: &[&str] = &["launched", "begun", "started", "commenced", "kicked", "opened"];

/// English half of [`crate::lang::UNTIL_WORDS`].
pub const UNTIL_WORDS: &[&str] = &["until", "till", "through"];

/// English half of [`crate::lang::DEPLOYMENT_AIMS`].
pub const DEPLOYMENT_AIMS: &[&str] = &[
    "help",
    "helping",
    "support",
    "supporting",
    "assist",
    "assistance",
    "peacekeeping",
    "peacekeepers",
    "peacekeeper",
    "reinforce",
    "reinforcements",
    "reinforcing",
    "bolster",
    "bolstering",
    "stabilization",
    "stabilisation",
    "protect",
    "protection",
    "reassurance",
];

/// English half of [`crate::lang::PURPOSE_WORDS`].
pub const PURPOSE_WORDS: &[&str] = &["to"];

/// English half of [`crate::lang::CONCERN_NOUNS`].
pub const CONCERN_NOUNS: &[&str] =
    &["concern", "concerns", "worries", "fears", "alarm", "unease", "anxiety", "distrust", "mistrust"];

/// English half of [`crate::lang::PLAN_WORDS`].
pub const PLAN_WORDS: &[&str] = &[
    "plan",
    "doctrine",
    "strategy",
    "line",
    "gap",
    "corridor",
    "initiative",
    "program",
    "programme",
    "project",
];

/// English half of [`crate::lang::ATTENDANCE_WORDS`].
pub const ATTENDANCE_WORDS: &[&str] = &["presence", "attended", "witnessed"];

/// English half of [`crate::lang::STATE_VERBS`].
pub const STATE_VERBS: &[&str] =
    &["is", "are", "was", "were", "remain", "remains", "remained", "has", "have", "had"];

/// English half of [`crate::lang::COMMAND_NOUNS`].
pub const COMMAND_NOUNS: &[&str] = &["command", "leadership"];

/// English half of [`crate::lang::SIDE_NOUNS`].
pub const SIDE_NOUNS: &[&str] = &["side"];
