//! French halves of the shared word lists (`crate::lang::Words`).

/// French half of [`crate::lang::POLICY_WORDS`].
pub const POLICY_WORDS: &[&str] = &[
    "route",
    "plan",
    "strategie",
    "vision",
    "programme",
    "agenda",
    "doctrine",
    "accord",
    "traite",
    "pacte",
    "initiative",
    "declaration",
];

/// French half of [`crate::lang::DENIAL_VERBS`].
pub const DENIAL_VERBS: &[&str] = &["dement", "nie"];

/// French half of [`crate::lang::SAYING_VERBS`].
pub const SAYING_VERBS: &[&str] = &[
    "rapporte",
    "annonce",
    "indique",
    "declare",
    "precise",
    "affirme",
    "dit",
    "confirme",
    "ajoute",
    "souligne",
    "explique",
    "communique",
];

/// French half of [`crate::lang::EXPERT_WORDS`].
pub const EXPERT_WORDS: &[&str] = &[
    "expert",
    "experts",
    "analyste",
    "analystes",
    "commentateur",
    "chercheur",
    "chercheuse",
    "professeur",
    "specialiste",
    "observateur",
];

/// French half of [`crate::lang::EXERCISE_MODIFIERS`].
pub const EXERCISE_MODIFIERS: &[&str] = &[];

/// French half of [`crate::lang::VERDICT_VERBS`].
pub const VERDICT_VERBS: &[&str] = &[
    "qualifie",
    "qualifiant",
    "qualifies",
    "qualifiees",
    "juge",
    "jugeant",
    "juges",
    "jugees",
    "considere",
    "consideres",
    "considerees",
    "considerant",
    "percu",
    "percus",
    "percues",
    "percoit",
    "decrit",
    "vus",
];

/// French half of [`crate::lang::VERDICT_NOUNS`].
pub const VERDICT_NOUNS: &[&str] =
    &["provocation", "provocations", "provocateur", "provocatrice", "menace", "escalade", "destabilisant"];

/// French half of [`crate::lang::HOLDING_VERBS`].
pub const HOLDING_VERBS: &[&str] = &[
    "lance",
    "lancent",
    "mene",
    "menent",
    "conduit",
    "conduisent",
    "organise",
    "organisent",
    "entame",
    "debute",
    "tient",
    "tiennent",
    "effectue",
    "effectuent",
];

/// French half of [`crate::lang::WHERE_WORDS`] ("à" folded).
pub const WHERE_WORDS: &[&str] = &["a", "dans", "pres"];

/// French half of [`crate::lang::TOUR_LINKS`].
pub const TOUR_LINKS: &[&str] = &[",", "et", "puis", "ensuite", "enfin"];

/// French half of [`crate::lang::RETURN_WORDS`]: "de retour de", "rentré de", "revenu de".
pub const RETURN_WORDS: &[&str] = &["retour", "rentre", "rentree", "revenu", "revenue", "revient"];

/// French half of [`crate::lang::DIRECTION_WORDS`] ("à" is folded to "a").
pub const DIRECTION_WORDS: &[&str] = &["au", "aux", "en", "a"];

/// French half of [`crate::lang::LABEL_VERBS`].
pub const LABEL_VERBS: &[&str] =
    &["qualifiant", "qualifie", "qualifiait", "qualifient", "qualifiee", "qualifies"];

/// French half of [`crate::lang::DISTRIBUTIVE_WORDS`].
pub const DISTRIBUTIVE_WORDS: &[&str] = &["respectivement"];

/// French half of [`crate::lang::RECIPROCAL_WORDS`] (a reflexive "s'accusent" is reciprocal).
pub const RECIPROCAL_WORDS: &[&str] = &["mutuellement", "mutuelles", "mutuels", "se", "s'", "reciproquement"];

/// French half of [`crate::lang::EVENT_ANAPHORS`].
pub const EVENT_ANAPHORS: &[&str] =
    &["operation", "operations", "mission", "missions", "activite", "activites", "initiative"];

/// French half of [`crate::lang::OWN_WORDS`].
pub const OWN_WORDS: &[&str] = &["propre", "propres"];

/// French half of [`crate::lang::PAIR_POSSESSIVES`].
pub const PAIR_POSSESSIVES: &[&str] = &["leur", "leurs", "notre", "nos"];

/// French half of [`crate::lang::CLAUSE_OPENERS`].
pub const CLAUSE_OPENERS: &[&str] = &[
    "alors", "tandis", "parce", "bien", "pendant", "tant", "puisque", "puisqu'", "lorsque", "lorsqu'",
    "quand", "si",
];

/// French half of [`crate::lang::CONJUNCTION_HEADS`]: openers that open a clause only before "que"
/// ("alors que", "pendant que"; "pendant" alone is a preposition).
pub const CONJUNCTION_HEADS: &[&str] = &["alors", "tandis", "parce", "bien", "pendant", "tant"];

/// French half of [`crate::lang::PARTICIPLE_OPENERS`].
pub const PARTICIPLE_OPENERS: &[&str] = &["ayant", "etant"];

/// French half of [`crate::lang::RELATIVE_WORDS`].
pub const RELATIVE_WORDS: &[&str] = &[
    "qui",
    "que",
    "qu'",
    "dont",
    "lequel",
    "laquelle",
    "lesquels",
    "lesquelles",
    "auquel",
    "auxquels",
    "auxquelles",
    "duquel",
    "desquels",
    "desquelles",
];

/// French half of [`crate::lang::PARTNER_WORDS`].
pub const PARTNER_WORDS: &[&str] = &["avec", "entre", "cotes", "et"];

/// French half of [`crate::lang::TARGET_WORDS`].
pub const TARGET_WORDS: &[&str] = &["contre", "encontre", "visant"];

/// French half of [`crate::lang::AGENT_WORDS`].
pub const AGENT_WORDS: &[&str] = &["par"];

/// French half of [`crate::lang::CONFLICT_NOUNS`].
pub const CONFLICT_NOUNS: &[&str] = &[
    "guerre",
    "conflit",
    "invasion",
    "agression",
    "attaque",
    "attaques",
    "offensive",
    "frappe",
    "frappes",
    "menace",
    "menaces",
    "tension",
    "tensions",
    "crise",
    "combats",
    "hostilites",
    "occupation",
    "bombardements",
    "insurrection",
    "rebellion",
    "victoire",
    "defaite",
];

/// French half of [`crate::lang::PHRASE_LINKS`].
pub const PHRASE_LINKS: &[&str] = &[
    "la", "le", "l'", "les", "de", "du", "d'", "des", "en", "et", "entre", "avec", "contre", "a", "au",
    "aux", ",", "-", "sur",
];

/// French half of [`crate::lang::AROUND_WORDS`].
pub const AROUND_WORDS: &[&str] = &[
    "autour",
    "pres",
    "large",
    "abords",
    "environs",
    "alentours",
    "proximite",
    "voisinage",
    "encerclement",
    "blocus",
];

/// French half of [`crate::lang::RECALL_ADVERBS`].
pub const RECALL_ADVERBS: &[&str] = &["autrefois", "jadis", "naguere", "anciennement"];

/// French half of [`crate::lang::SOURCE_WORDS`].
pub const SOURCE_WORDS: &[&str] = &["selon"];

/// French half of [`crate::lang::SPOKESPERSON_WORDS`] (besides "porte-parole", read by the rule).
pub const SPOKESPERSON_WORDS: &[&str] = &["portes-parole"];

/// French half of [`crate::lang::SUMMIT_WORDS`].
pub const SUMMIT_WORDS: &[&str] = &["sommet", "sommets"];

/// French half of [`crate::lang::REACTION_WORDS`].
pub const REACTION_WORDS: &[&str] = &["reagi", "reagit", "reagissent", "riposte", "decoller"];

/// French half of [`crate::lang::COMMENT_VERBS`].
pub const COMMENT_VERBS: &[&str] = &[
    "qualifie",
    "qualifiant",
    "salue",
    "saluant",
    "juge",
    "jugeant",
    "decrit",
    "decrivant",
    "examinera",
    "examiner",
    "etudier",
    "etudiera",
    "commente",
    "commentant",
    "considere",
    "considerent",
    "considerant",
    "percoit",
    "voit",
    "justifie",
    "justifiant",
    "defendu",
    "defend",
    "explique",
    "expliquant",
];

/// French half of [`crate::lang::PATROL_CRAFT`].
pub const PATROL_CRAFT: &[&str] = &[
    "avion",
    "avions",
    "navire",
    "navires",
    "bateau",
    "bateaux",
    "vedette",
    "vedettes",
    "helicoptere",
    "helicopteres",
    "batiment",
    "batiments",
    "aeronef",
    "aeronefs",
];

/// French half of [`crate::lang::CAUSE_WORDS`].
pub const CAUSE_WORDS: &[&str] =
    &["poussant", "obligeant", "contraignant", "provoquant", "incitant", "forcant"];

/// French half of [`crate::lang::BACKGROUND_OPENERS`] ("suite" of "à la suite de", "lendemain" of "au
/// lendemain de").
pub const BACKGROUND_OPENERS: &[&str] = &["suite", "lendemain", "consecutivement"];

/// French half of [`crate::lang::OFFICIALS`].
pub const OFFICIALS: &[&str] = &["responsables", "autorites", "officiels", "diplomates"];

/// French half of [`crate::lang::STATE_NOUNS`].
pub const STATE_NOUNS: &[&str] = &["gouvernement", "regime", "autorites", "dirigeants"];

/// French half of [`crate::lang::GOVERNMENT_NOUNS`].
#[rustfmt::skip]
pub const GOVERNMENT_NOUNS: &[&str] = &[
    "regime", "autorites", "gouvernement", "dirigeants", "volonte", "colere", "accusations",
    "exigences", "refus", "allie", "allies", "partenaire", "partenaires",
];

/// French half of [`crate::lang::CONTROL_VERBS`].
#[rustfmt::skip]
pub const CONTROL_VERBS: &[&str] = &[
    "appelle", "appellent", "appele", "appelant", "exhorte", "exhortent", "exhortant", "pousse",
    "poussent", "poussant", "invite", "invitent", "invitant", "incite", "incitent", "encourage",
    "encouragent", "oblige", "obligent", "contraint", "somme",
];

/// French half of [`crate::lang::OBSERVER_WORDS`].
pub const OBSERVER_WORDS: &[&str] = &["observateurs", "observateur", "observe", "observent", "regard"];

/// French half of [`crate::lang::WITNESS_VERBS`].
pub const WITNESS_VERBS: &[&str] = &["assiste", "assistent", "assisteront"];

/// French half of [`crate::lang::WHOLE_FORCES`].
pub const WHOLE_FORCES: &[&str] = &["armee", "armees", "forces armees"];

/// French half of [`crate::lang::GATHERING_WORDS`].
pub const GATHERING_WORDS: &[&str] = &[
    "salon",
    "exposition",
    "forum",
    "conference",
    "congres",
    "festival",
    "jeux",
    "coupe",
    "championnat",
    "foire",
];

/// French half of [`crate::lang::OTHER_SIDE_WORDS`].
pub const OTHER_SIDE_WORDS: &[&str] = &[
    "frontiere",
    "frontaliere",
    "contre",
    "vers",
    "attaque",
    "face",
    "agression",
    "invasion",
    "menace",
    "tensions",
    "tension",
    "confrontation",
    "rivalite",
    "observateurs",
];

/// French half of [`crate::lang::PLURAL_PRONOUNS`].
pub const PLURAL_PRONOUNS: &[&str] = &["ils", "elles"];

/// French half of [`crate::lang::SUBJECT_PRONOUNS`].
pub const SUBJECT_PRONOUNS: &[&str] = &["il", "elle"];

/// French half of [`crate::lang::LATTER_WORDS`].
pub const LATTER_WORDS: &[&str] = &["dernier", "derniere"];

/// French half of [`crate::lang::END_MARKS`].
pub const END_MARKS: &[&str] = &[
    "fin",
    "s'achevera",
    "s'acheveront",
    "s'achever",
    "terminera",
    "termineront",
    "terminer",
    "cloturera",
    "clotureront",
    "achevee",
    "acheve",
    "terminee",
    "termine",
];

/// French half of [`crate::lang::WITHDRAWAL_WORDS`].
pub const WITHDRAWAL_WORDS: &[&str] =
    &["retrait", "retirer", "retire", "retirera", "rapatriement", "rapatrier", "depart"];

/// French half of [`crate::lang::REPORT_MARKS`].
pub const REPORT_MARKS: &[&str] = &["que", "qu'"];

/// French half of [`crate::lang::INCIDENTAL_OPENERS`].
pub const INCIDENTAL_OPENERS: &[&str] = &[
    "avec", "sous", "selon", "grace", "soutenu", "soutenue", "soutenus", "appuye", "appuyee", "aide", "aidee",
];

/// French half of [`crate::lang::SINCE_WORDS`].
pub const SINCE_WORDS: &[&str] = &["depuis"];

/// French half of [`crate::lang::PERFECT_AUXILIARIES`]: "ont déployé", "sont déployés", "est présente".
pub const PERFECT_AUXILIARIES: &[&str] = &["a", "ont", "avait", "avaient", "est", "sont", "etait", "etaient"];

/// French half of [`crate::lang::SHORE_WORDS`].
pub const SHORE_WORDS: &[&str] = &["ile", "iles", "cote", "cotes", "littoral", "eaux", "large"];

/// French half of [`crate::lang::FRENCH_HYPHEN_CLITICS`]: pronouns written after a verb and a hyphen
/// ("dit-il", "a-t-elle", "donne-le"), which UD French keeps apart ("dit", "-il").
#[allow(dead_code)] // read by text::syntax until the event stages use it
pub const HYPHEN_CLITICS: &[&str] = &[
    "il", "elle", "on", "ils", "elles", "je", "tu", "nous", "vous", "le", "la", "les", "lui", "leur", "moi",
    "toi", "ce", "y", "en",
];

/// French half of [`crate::lang::FRAMEWORK_WORDS`]: the last word of a phrase naming the framework of
/// an event ("au sein de", "dans le cadre de", "sous l'égide de").
pub const FRAMEWORK_WORDS: &[&str] = &["sein", "cadre", "egide", "auspices"];

/// French half of [`crate::lang::ENDING_VERBS`]: verbs that end an agreement ("dénoncer un accord" is
/// to withdraw from it, "abroger", "rompre", "suspendre").
pub const ENDING_VERBS: &[&str] = &[
    "denonce",
    "denoncent",
    "denoncer",
    "denonces",
    "denoncee",
    "denoncees",
    "abroge",
    "abrogent",
    "abroger",
    "abroges",
    "abrogee",
    "rompu",
    "rompt",
    "rompre",
    "suspendu",
    "suspend",
    "suspendre",
    "annule",
    "annuler",
    "resilie",
    "resilier",
    "quitte",
    "quitter",
];

/// French half of [`crate::lang::TIME_CONJUNCTIONS`]: words opening a clause of time ("après que", "avant
/// que"; "après" alone before a subject and its verb).
pub const TIME_CONJUNCTIONS: &[&str] = &["apres", "avant", "depuis", "lorsque", "quand"];

/// French half of [`crate::lang::HAPPENING_VERBS`]: "se dérouler" and "se tenir" in the tenses news
/// uses.
#[rustfmt::skip]
pub const HAPPENING_VERBS: &[&str] = &[
    "derouler", "deroule", "deroulent", "deroulera", "derouleront", "deroulait", "deroulaient", "deroulee",
    "deroulees", "deroules", "tenir", "tient", "tiennent", "tiendra", "tiendront", "tenait", "tenaient", "tenu",
    "tenue", "tenus", "tenues",
];

/// French half of [`crate::lang::HAPPENING_MARKS`].
pub const HAPPENING_MARKS: &[&str] = &["se", "s'"];

/// French half of [`crate::lang::INCLUDE_VERBS`].
#[rustfmt::skip]
pub const INCLUDE_VERBS: &[&str] = &[
    "reunit", "reunira", "reunissait", "rassemble", "rassemblera", "rassemblait", "comprend", "comprendra",
    "implique", "impliquera", "associe", "associera", "mobilise", "mobilisera",
];

/// French half of [`crate::lang::EVENT_PRONOUNS`].
pub const EVENT_PRONOUNS: &[&str] = &["il", "elle"];

/// French half of [`crate::lang::RECEIVING_VERBS`].
#[rustfmt::skip]
pub const RECEIVING_VERBS: &[&str] = &[
    "recu", "recue", "recoit", "recevra", "recevait", "accueilli", "accueillie", "accueille", "accueillera",
    "accueillait",
];

/// French half of [`crate::lang::HAPPENING_NOUNS`].
pub const HAPPENING_NOUNS: &[&str] = &["lieu"];

/// French half of [`crate::lang::HAPPENING_LIGHT_VERBS`]: "avoir" before "lieu".
#[rustfmt::skip]
pub const HAPPENING_LIGHT_VERBS: &[&str] = &[
    "a", "ont", "eu", "aura", "auront", "avoir", "aurait", "auraient", "avait", "avaient", "ait", "aient",
];

/// French half of [`crate::lang::SIGN_NOUN_MARKS`].
pub const SIGN_NOUN_MARKS: &[&str] = &[
    "un", "le", "ce", "du", "dernier", "premier", "nouveau", "autre", "seul", "bon", "mauvais", "fort",
    "clair", "aucun", "tout",
];

/// French half of [`crate::lang::EXERCISED_OBJECTS`]: none, French triggers are nouns ("exercice"),
/// and the verb "exercer" is no trigger.
pub const EXERCISED_OBJECTS: &[&str] = &[];

/// French half of [`crate::lang::STANCE_WORDS`].
#[rustfmt::skip]
pub const STANCE_WORDS: &[&str] = &[
    "reponse", "reaction", "represailles", "riposte", "face", "perception", "influence", "tension",
    "tensions", "menace", "menaces", "surveilles", "surveillees", "provocation", "provocations",
    "ambitions", "denoncees", "denoncee", "denonces", "condamnees", "condamnee", "condamnes",
    "critiquees", "critiquee", "avertissement", "avertissements", "soutien", "appui", "surveille", "surveillent", "surveillant", "independance", "mandat", "fourniture", "fournitures", "livraison", "livraisons", "politique", "position", "decision", "strategie"
];

/// French half of [`crate::lang::PARTY_MARKS`].
#[rustfmt::skip]
pub const PARTY_MARKS: &[&str] = &["de", "des", "du", "d'", "par", "avec", "entre"];

/// French half of [`crate::lang::VISITOR_WORDS`].
#[rustfmt::skip]
pub const VISITOR_WORDS: &[&str] = &["delegation", "delegations", "ministre", "president", "chef", "commandant", "homologue", "navires", "flotte"];

/// French half of [`crate::lang::PRESENCE_GROWTH`].
#[rustfmt::skip]
pub const PRESENCE_GROWTH: &[&str] = &["renforcer", "renforce", "renforcera", "renforcent", "accroitre", "accroit", "augmenter", "etendre", "renforcement", "accroissement", "augmentation"];

/// French half of [`crate::lang::VAGUE_COUNTS`].
#[rustfmt::skip]
pub const VAGUE_COUNTS: &[&str] = &["plusieurs", "nombreux", "nombreuses", "divers", "diverses", "multiples"];

/// French half of [`crate::lang::SEAT_WORDS`].
#[rustfmt::skip]
pub const SEAT_WORDS: &[&str] = &["ambassade", "consulat", "basee", "basees"];

/// French half of [`crate::lang::RELEASE_WORDS`].
#[rustfmt::skip]
pub const RELEASE_WORDS: &[&str] = &["communique", "publie", "diffuse", "declaration"];

/// French half of [`crate::lang::UNIT_WORDS`].
#[rustfmt::skip]
pub const UNIT_WORDS: &[&str] = &["regiment", "brigade", "demi-brigade", "division", "bataillon", "corps", "commandement", "flotte", "escadron", "escadrille", "escadre", "groupement"];

/// French half of [`crate::lang::WAR_WORDS`].
#[rustfmt::skip]
pub const WAR_WORDS: &[&str] = &["guerre", "revolution", "crise", "election", "elections", "referendum"];

/// Unit words that name a unit in lowercase before its name ("le régiment Rajput"), read by
/// [`crate::lang::FRENCH_LOWERCASE_UNIT_HEADS`].
pub const LOWERCASE_UNIT_HEADS: &[&str] =
    &["regiment", "bataillon", "brigade", "escadron", "escadrille", "compagnie"];

/// French half of [`crate::lang::NEWS_WORDS`].
pub const NEWS_WORDS: &[&str] = &["presse", "television", "radiodiffusion", "quotidien", "hebdomadaire"];

/// French half of [`crate::lang::INFORMATION_WORDS`].
pub const INFORMATION_WORDS: &[&str] = &["information", "informations"];

/// French half of [`crate::lang::AGENCY_WORDS`].
pub const AGENCY_WORDS: &[&str] = &["agence"];

/// French half of [`crate::lang::FACING_WORDS`].
pub const FACING_WORDS: &[&str] = &["face"];

/// French half of [`crate::lang::MUTUAL_RIVALRY`].
pub const MUTUAL_RIVALRY: &[&str] = &["froid", "brouilles"];
