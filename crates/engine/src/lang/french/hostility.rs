//! French words of hostility: rivalry, demands, hostile nouns and acts, fighting and killing,
//! with the endings of the verbs they conjugate (the French halves of the lists in
//! [`crate::lang`]).

/// French half of [`super::RIVALRY_NOUNS`].
pub const RIVALRY_NOUNS: &[&str] = &[
    "tension",
    "tensions",
    "rivalite",
    "rivalites",
    "differend",
    "hostilite",
    "hostilites",
    "affrontements",
    "conflit",
    "guerre",
    "insurrection",
    "crise",
    "brouille",
    "querelle",
    "froid",
    "friction",
    "frictions",
    "differends",
    "conflits",
    "querelles",
    "litige",
    "litiges",
    "affrontement",
    "confrontation",
    "confrontations",
];

/// French half of [`crate::lang::STRAIN_WORDS`] (folded: "dégradées" is "degradees").
pub const STRAIN_WORDS: &[&str] = &[
    "tendu",
    "tendue",
    "tendus",
    "tendues",
    "degradees",
    "degrades",
    "degradee",
    "deteriorees",
    "deteriores",
    "glaciales",
    "glaciaux",
    "execrables",
    "conflictuelles",
];

/// French half of [`crate::lang::STRAIN_OPENERS`].
pub const STRAIN_OPENERS: &[&str] = &["apres", "depuis", "malgre", "avant", "sans"];

/// French half of [`crate::lang::WITHDRAW_VERBS`].
pub const WITHDRAW_VERBS: &[&str] =
    &["retirer", "retire", "retirent", "retirera", "rapatrier", "reduire", "reduise", "diminuer", "alleger"];

/// French half of [`crate::lang::CEASE_VERBS`] ("mettre fin à" by its noun).
pub const CEASE_VERBS: &[&str] = &["cesser", "cesse", "cessent", "arreter", "fin", "renoncer"];

/// French half of [`crate::lang::ACT_POSSESSIVES`].
pub const ACT_POSSESSIVES: &[&str] = &["son", "sa", "ses", "leur", "leurs"];

/// French half of [`crate::lang::DEMAND_VERBS`] (folded: "demandé" is "demande").
#[rustfmt::skip]
pub const DEMAND_VERBS: &[&str] = &[
    "demande", "demandent", "demandait", "exige", "exigent", "exigeait", "somme", "somment", "enjoint",
    "appelle", "appellent", "appele", "prie", "exhorte", "exhortent",
];

/// French half of [`crate::lang::SEIZURE_NOUNS`].
pub const SEIZURE_NOUNS: &[&str] = &["invasion", "occupation", "annexion", "blocus"];

/// French half of [`super::HOSTILE_NOUNS`].
pub const HOSTILE_NOUNS: &[&str] = &[
    "agression",
    "menace",
    "menaces",
    "provocation",
    "provocations",
    "incursion",
    "incursions",
    "intrusion",
    "intrusions",
    "ingerence",
];

/// French half of [`super::HOSTILE_ADJECTIVES`].
pub const HOSTILE_ADJECTIVES: &[&str] = &[
    "agressif",
    "agressive",
    "agressifs",
    "agressives",
    "belliqueux",
    "belliqueuse",
    "belliqueuses",
    "provocateur",
    "provocatrice",
    "provocateurs",
    "provocatrices",
    "hostile",
    "hostiles",
];

/// French half of [`super::KILLING_VERBS`] (folded participles: "tués", "neutralisé").
pub const KILLING_VERBS: &[&str] =
    &["tue", "tues", "tuee", "tuees", "neutralise", "neutralises", "neutralisee", "neutraliser"];

/// French half of [`super::HOSTILE_ACTS`]: verbs and nouns of acting against someone, beside the
/// lexicon's words of criticism.
pub const HOSTILE_ACTS: &[&str] = &[
    "repousse",
    "repousses",
    "repoussee",
    "repousser",
    "dejoue",
    "viole",
    "violer",
    "violait",
    "violaient",
    "sanctions",
    "sanctionne",
    "sanctionnent",
    "sanctionner",
    "dissuader",
    "contrer",
    "combattre",
    "vaincre",
    "combattent",
    "combattra",
    "combattront",
    "lutter",
    "luttent",
    "lutte",
    "offensive",
    "traquer",
    "traquent",
    "pourchasser",
    "pourchassent",
    "combattu",
    "combattus",
    "combattait",
    "abattu",
    "abattus",
    "blame",
    "blament",
    "impute",
    "imputees",
    "imputes",
    "reproche",
    "reprochent",
    "attaquer",
    "attaquent",
    "attaquaient",
    "attaquait",
    "attaquee",
    "attaquees",
];

/// French half of [`crate::lang::FIGHT_VERBS`], by infinitive.
pub const FIGHT_VERBS: &[&str] = &[
    "pourchasser",
    "traquer",
    "bombarder",
    "pilonner",
    "affronter",
    "lutter",
    "envahir",
    "destabiliser",
    "intimider",
    "defier",
];

/// Endings of a first-group verb after its stem, folded ("traqu-e", "-ent", "-é", "-ait").
pub const ER_ENDINGS: &[&str] = &[
    "er", "e", "es", "ent", "ee", "ees", "ons", "ez", "ais", "ait", "aient", "ant", "a", "ai", "erent",
    "era", "eront", "erait", "eraient",
];

/// Endings of a second-group verb after its stem, folded ("envah-it", "-issent", "-i").
pub const IR_ENDINGS: &[&str] =
    &["ir", "i", "is", "it", "ie", "ies", "issent", "issait", "issaient", "issant", "ira", "iront"];

/// French half of [`crate::lang::RIVAL_NOUNS`].
pub const RIVAL_NOUNS: &[&str] =
    &["rival", "rivale", "rivaux", "rivales", "adversaire", "adversaires", "ennemi", "ennemie", "ennemis"];
