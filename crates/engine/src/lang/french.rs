//! French word lists.

use super::{Calendar, Lexicon, Unit};
use crate::analysis::EventType::*;

mod events;
mod names;
mod relations;

pub use events::*;
pub use names::*;
pub use relations::*;

/// The French lexicon.
#[rustfmt::skip]
pub const FRENCH: Lexicon = Lexicon {
    stopwords: &[
        "le", "la", "les", "de", "des", "du", "et", "un", "une", "est", "sont", "dans", "pour", "que", "qui",
        "sur", "au", "aux", "avec", "par", "ont", "a", "ce", "cette", "ces", "il", "elle", "ils", "pas", "ne",
        "se", "en", "l'", "d'", "qu'", "n'", "s'", "selon", "leur", "leurs", "entre", "lors",
    ],
    org_heads: &[
        "conseil", "comite", "parti", "armee", "armees", "force", "forces", "marine", "academie", "institut",
        "agence", "bureau", "commission", "assemblee", "garde", "corps", "service", "services", "direction",
        "commandement", "flotte", "division", "brigade", "regiment", "universite", "banque", "organisation",
        "union", "ligue", "federation", "departement", "etat-major", "parlement", "senat", "douma", "congres",
        "cour", "tribunal", "office", "centre", "fondation", "association", "groupe", "compagnie", "societe",
        "politburo", "secretariat", "chambre", "gouvernement", "administration", "ecole", "college",
        "theatre", "flottille", "escadre", "escadron", "bataillon", "district", "zone", "region", "front",
        "mouvement", "ambassade", "consulat", "police", "gendarmerie",
    ],
    ministry_heads: &["ministere", "ministeres"],
    org_inner: &[
        "populaire", "populaires", "central", "centrale", "national", "nationale", "nationaux", "nationales",
        "royal", "royale", "royaux", "royales", "federal",
        "federale", "interarmees", "conjointe", "conjoint", "logistique", "strategique", "strategiques",
        "militaire", "militaires", "aerienne", "aeriennes", "navale", "navales", "terrestre", "terrestres",
        "speciales", "special", "speciale", "communiste", "socialiste", "democrate", "democratique",
        "republicain", "islamique", "revolutionnaire", "permanent", "permanente", "supreme", "general",
        "generale", "politique", "economique", "etudes", "sciences", "sociales", "securite", "defense",
        "liberation", "autodefense", "fusees", "soutien", "renseignement", "armees", "unies", "affaires",
        "etrangeres", "interieur", "cooperation", "sud", "nord", "est", "ouest", "oriental", "orientale",
        "occidental", "occidentale", "meridional", "meridionale", "pacifique", "atlantique", "arctique",
        "internationale", "international", "europeenne", "europeen", "africaine", "arabe", "asiatique",
        "mondiale", "mondial", "marine", "droits", "homme", "recherche", "russes", "russe", "chinoise",
        "chinois",
    ],
    name_stops: &[
        "le", "la", "les", "un", "une", "et", "ou", "a", "au", "aux", "en", "dans", "pour", "par", "sur",
        "avec", "sans", "sous", "vers", "chez", "lors", "selon", "depuis", "pendant", "qui", "que", "qu'",
        "dont", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "est", "sont", "a", "ont", "sera",
        "seront", "etait", "avait", "se", "s'", "ne", "n'", "pas", "plus", "tres", "ainsi", "mais", "donc",
        "car", "comme", "il", "elle", "ils", "elles", "on", "nous", "vous", "y", "lui", "entre", "contre",
        "apres", "avant", "afin",
    ],
    connectors: &["de", "du", "des", "d'", "de la", "la", "l'", "et"],
    place_heads: &[
        "ville", "province", "region", "district", "prefecture", "oblast", "comte", "base", "port", "ile",
        "etat", "municipalite", "village", "commune", "departement", "canton", "gouvernorat", "wilaya",
        "territoire", "polygone", "champ", "terrain", "baie", "golfe", "mer", "detroit", "peninsule",
        "archipel", "camp", "palais", "banc", "atoll", "recif",
    ],
    locatives: &["a", "au", "aux", "pres", "dans", "en", "sur", "vers", "depuis"],
    government_verbs: &[
        "a", "ont", "avait", "aurait", "va", "vont", "est", "sont", "etait", "sera", "doit", "peut",
        "pourrait", "veut", "assure", "affirme", "estime", "annonce", "accuse", "denonce", "condamne",
        "soutient", "juge", "refuse", "menace", "repond", "exige", "appelle", "insiste", "rejette", "salue",
        "craint", "redoute", "s'", "se", "n'", "ne", "y", "considere", "reproche", "critique", "envoie",
        "envoyer", "deploie", "dit", "declare", "souhaite", "entend", "cherche", "tente", "mene", "poursuit",
        "prevoit", "nie", "dement", "reconnait", "confirme", "indique", "precise", "rappelle", "avertit",
        "previent", "participe", "participent", "participeront", "menent", "meneront", "menera", "organise",
        "organisent", "organisera", "organiseront", "tiennent", "tiendront", "lance", "lancent", "lancera",
        "lanceront", "signe", "signent", "signera", "signeront", "effectue", "effectuent", "effectuera",
        "effectueront", "conduisent", "conduiront", "renforcent", "renforceront", "envoient", "enverront",
        "deploient", "deploieront", "accusent", "denoncent", "condamnent", "affirment", "estiment",
        "souhaitent", "veulent", "doivent", "peuvent", "ont", "sont", "vont",
    ],
    government_before: &["selon", "par", "pour", "contre", "entre", "de", "avec"],
    triggers: &[
        ("arrive", Visit), ("arrivee", Visit), ("arrives", Visit), ("arrivees", Visit), ("arrivent", Visit),
        ("arrivera", Visit), ("arriveront", Visit), ("escale", Visit),
        ("recu", Visit), ("recoit", Visit), ("accueilli", Visit), ("accueille", Visit),
        ("exercice", Exercise), ("exercices", Exercise), ("manoeuvre", Exercise), ("manoeuvres", Exercise),
        ("manœuvre", Exercise), ("manœuvres", Exercise), ("entrainement", Exercise),
        ("entrainements", Exercise), ("simulation", Exercise), ("visite", Visit), ("visites", Visit),
        ("delegation", Visit), ("rendu", Visit), ("rendue", Visit), ("rendus", Visit), ("rendra", Visit),
        ("rendre", Visit), ("rend", Visit), ("reunion", Meeting), ("reunions", Meeting), ("seance", Meeting),
        ("rencontre", Meeting), ("rencontres", Meeting), ("rencontre", Meeting), ("entretien", Meeting),
        ("entretiens", Meeting), ("consultations", Meeting), ("discussions", Meeting),
        ("pourparlers", Meeting), ("sommet", Meeting), ("conference", Meeting), ("arrive", Deployment), ("arrives", Deployment),
        ("arrivee", Deployment), ("arrivees", Deployment), ("accoste", Deployment), ("accostes", Deployment),
        ("accostee", Deployment), ("forum", Meeting), ("negociations", Meeting), ("dialogue", Meeting),
        ("accord", Agreement), ("accords", Agreement), ("convenu", Agreement), ("conviennent", Agreement),
        ("signe", Agreement), ("signent", Agreement), ("signeront", Agreement), ("signature", Agreement),
        ("signes", Agreement), ("signee", Agreement), ("signees", Agreement), ("contrat", Agreement),
        ("contrats", Agreement),
        ("memorandum", Agreement), ("traite", Agreement), ("convention", Agreement), ("conventions", Agreement), ("deployer", Deployment), ("deploie", Deployment),
        ("deploye", Deployment), ("deployes", Deployment), ("deployees", Deployment),
        ("deploiement", Deployment), ("mission", Deployment), ("installation", Deployment), ("stationnement", Deployment), ("presence", Deployment), ("envoyer", Deployment), ("envoye", Deployment), ("envoyes", Deployment),
        ("envoie", Deployment), ("envoi", Deployment), ("enverra", Deployment), ("depeche", Deployment),
        ("depeches", Deployment), ("depechees", Deployment), ("achemines", Deployment),
        ("stationnes", Deployment), ("stationnees", Deployment), ("patrouille", Patrol),
        ("patrouilles", Patrol), ("patrouiller", Patrol), ("patrouillent", Patrol), ("patrouillera", Patrol),
        ("patrouilleront", Patrol), ("patrouillaient", Patrol), ("patrouillant", Patrol),
        ("deploieront", Deployment), ("deploiera", Deployment), ("deployee", Deployment),
        ("enverront", Deployment), ("envoient", Deployment), ("envoyee", Deployment), ("envoyees", Deployment),
        ("rencontrera", Meeting), ("rencontreront", Meeting), ("rencontrent", Meeting),
        ("reunir", Meeting), ("reuni", Meeting), ("reunis", Meeting), ("reunie", Meeting), ("reunies", Meeting),
        ("reunit", Meeting), ("reunissent", Meeting), ("reunira", Meeting), ("reuniront", Meeting),
        ("reunissait", Meeting), ("reunissaient", Meeting), ("reunissant", Meeting),
        ("entretenir", Meeting), ("entretenu", Meeting), ("entretenus", Meeting), ("entretenue", Meeting),
        ("entretient", Meeting), ("entretiennent", Meeting), ("entretiendra", Meeting),
        ("entretiendront", Meeting), ("entretenait", Meeting), ("entretenaient", Meeting),
        ("signera", Agreement), ("session", Meeting), ("sessions", Meeting), ("cessez", Agreement), ("treve", Agreement),
        ("operation", Patrol), ("operations", Patrol),
    ],
    topic_cues: &[
        "sur", "concernant", "notamment", "tels", "telles", "comme", "matiere", "domaine", "preparation",
        "nombreux", "nombreuses", "plusieurs", "futurs", "futures", "d'autres", "deuxiemes", "mecanisme",
        "renforcer", "renforcement", "developper", "developpement", "approfondir", "intensifier", "elargir",
        "accroitre", "multiplier",
    ],
    troop_words: &[
        "troupes", "soldats", "militaires", "forces", "unites", "navires", "avions", "chasseurs",
        "bombardiers", "contingent", "bataillon", "missiles", "systemes", "equipements", "armes",
        "pilotes", "marins", "casques", "gendarmes", "policiers", "fregates", "fregate", "destroyers",
        "parachutistes", "instructeurs", "commandos", "vehicules", "blindes", "chars", "helicopteres", "drones",
        "munitions", "obusiers", "canons", "artillerie", "conseillers", "formateurs", "detachement",
        "detachements", "brigade", "regiment",
    ],
    opposition: &[
        "alarme", "alarmee", "alarmes", "alarmees", "inquiete", "inquietent", "inquietude", "inquiet", "inquiets", "accuse", "accusent", "accusait", "accuses",
        "accusee", "accusees", "critique",
        "critiquent", "condamne", "condamnent", "denonce", "denoncent", "menace", "menacent", "oppose", "opposent",
        "opposeraient", "repression", "hostile", "confrontees", "confrontes", "confronte", "s'inquiete", "accusant",
        "critiquant", "denoncant", "condamnant", "menacant", "proteste", "protestent", "protestation",
        "fustige", "fustigent", "fustigeant", "condamnation", "denonciation", "preoccupation", "preoccupe",
        "preoccupes", "preoccupee", "preoccupees", "inquietes", "prevenu", "averti", "pression", "pressions", "avertissement", "avertissements",
        "harcele", "harcelent", "harcelement", "harceler", "critiques", "menaces", "dissuader", "dissuasion",
        "provocation", "provocations", "provocatrices", "provocateur", "convoque", "convoquee",
        "denoncer", "condamner", "critiquer", "protester", "accuser", "agression", "agressions", "soupconne",
        "soupconnent", "soupconnait", "soupconner",
    ],
    support: &[
        "soutient", "soutiennent", "soutiendraient", "soutiendra", "soutien", "appui", "appuie", "appuient",
        "aide", "aident", "aidait", "aider", "soutenir",
    ],
    cooperation: &[
        "cooperation", "cooperer", "coopere", "cooperent", "partenariat", "partenaires", "conjointement",
        "conjoint", "conjointe", "conjoints", "conjointes", "ensemble", "allies", "allie", "rapprochement",
        "collaboration", "coordination", "coordonnent", "interaction", "bilaterale", "bilaterales",
        "bilateral",
        "mixte", "mixtes", "commun", "commune", "communs", "communes",
    ],
    negations: &[
        "pas", "non", "jamais", "aucun", "aucune", "ni", "permettra", "permettrait", "permettant", "permettre",
        "permet", "possibilite", "possibilites",
    ],
    both_sides: &[
        "parties", "pays", "armees", "nations", "interlocuteurs", "ministres", "dirigeants", "ils", "marines",
        "delegations", "gouvernements", "allies",
    ],
    compass: &[
        "nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "centre", "extreme-orient",
        "extreme-nord", "extreme-sud",
    ],
    company_forms: &[("sa", false), ("sas", false), ("sarl", false), ("cie", true)],
};

/// French calendar words, read by the date grammar and by language detection.
#[rustfmt::skip]
pub const FRENCH_CALENDAR: Calendar = Calendar {
    months: &[
        ("janvier", 1), ("janv", 1), ("fevrier", 2), ("fevr", 2), ("fev", 2), ("mars", 3), ("avril", 4),
        ("avr", 4), ("mai", 5), ("juin", 6), ("juillet", 7), ("juil", 7), ("aout", 8), ("septembre", 9),
        ("sept", 9), ("octobre", 10), ("oct", 10), ("novembre", 11), ("nov", 11), ("decembre", 12),
        ("dec", 12),
    ],
    weekdays: &[
        ("lundi", 0), ("mardi", 1), ("mercredi", 2), ("jeudi", 3), ("vendredi", 4), ("samedi", 5),
        ("dimanche", 6),
    ],
    weekday_abbreviations: &[("lun", 0), ("mer", 2), ("jeu", 3), ("ven", 4), ("sam", 5), ("dim", 6)],
    numbers: &[
        ("un", 1), ("une", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("six", 6), ("sept", 7),
        ("huit", 8), ("neuf", 9), ("dix", 10), ("onze", 11), ("douze", 12), ("treize", 13), ("quatorze", 14),
        ("quinze", 15), ("seize", 16), ("vingt", 20), ("trente", 30),
    ],
    ordinals: &[
        ("premier", 1), ("premiere", 1), ("1er", 1), ("1ere", 1), ("seconde", 2), ("deuxieme", 2), ("2e", 2),
        ("2eme", 2), ("troisieme", 3), ("3e", 3), ("3eme", 3), ("quatrieme", 4), ("4e", 4), ("4eme", 4),
        ("cinquieme", 5), ("5e", 5), ("5eme", 5),
    ],
    units: &[
        ("jour", Unit::Day), ("jours", Unit::Day), ("journee", Unit::Day), ("semaine", Unit::Week),
        ("semaines", Unit::Week), ("mois", Unit::Month), ("an", Unit::Year), ("ans", Unit::Year),
        ("annee", Unit::Year), ("annees", Unit::Year), ("quinzaine", Unit::Fortnight),
    ],
    only_here: &[
        "janvier", "fevrier", "avril", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
        "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "aujourd'hui",
        "demain", "hier", "prochain", "prochaine", "dernier", "derniere", "jour", "jours", "semaine",
        "semaines", "mois", "an", "ans", "annee", "annees", "rendez", "reunion", "premier", "debut", "fin",
        "dans", "il", "y", "noel", "soir", "matin", "ete", "hiver", "printemps", "automne", "veille",
        "lendemain", "suivant", "suivante", "mai", "sam", "dim", "ajd", "aprem",
    ],
    eras: &[
        &["ap", ".", "j", ".", "-", "c"], &["apr", ".", "j", ".", "-", "c"], &["apres", "j", ".", "-", "c"],
        &["p", ".", "chr", ".", "n"], &["p", ".", "chr", "."],
    ],
    unit_abbreviations: &[("j", Unit::Day), ("sem", Unit::Week)],
    date_line_words: &["h", "midi", "minuit", "a", "de", "du", "le"],
};

// Word lists read in both languages (see `Words` in the module root).

/// French half of [`super::POLICY_WORDS`].
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

/// French half of [`super::SAYING_VERBS`].
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

/// French half of [`super::EXPERT_WORDS`].
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

/// French half of [`super::EXERCISE_MODIFIERS`].
pub const EXERCISE_MODIFIERS: &[&str] = &[];

/// French half of [`super::VERDICT_VERBS`].
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

/// French half of [`super::VERDICT_NOUNS`].
pub const VERDICT_NOUNS: &[&str] =
    &["provocation", "provocations", "provocateur", "provocatrice", "menace", "escalade", "destabilisant"];

/// French half of [`super::HOLDING_VERBS`].
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

/// French half of [`super::WHERE_WORDS`] ("à" folded).
pub const WHERE_WORDS: &[&str] = &["a", "dans", "pres"];

/// French half of [`super::TOUR_LINKS`].
pub const TOUR_LINKS: &[&str] = &[",", "et", "puis", "ensuite", "enfin"];

/// French half of [`super::DIRECTION_WORDS`] ("à" is folded to "a").
pub const DIRECTION_WORDS: &[&str] = &["au", "aux", "en", "a"];

/// French half of [`super::LABEL_VERBS`].
pub const LABEL_VERBS: &[&str] =
    &["qualifiant", "qualifie", "qualifiait", "qualifient", "qualifiee", "qualifies"];

/// French half of [`super::DISTRIBUTIVE_WORDS`].
pub const DISTRIBUTIVE_WORDS: &[&str] = &["respectivement"];

/// French half of [`super::RECIPROCAL_WORDS`] (a reflexive "s'accusent" is reciprocal).
pub const RECIPROCAL_WORDS: &[&str] = &["mutuellement", "mutuelles", "mutuels", "se", "s'", "reciproquement"];

/// French half of [`super::EVENT_ANAPHORS`].
pub const EVENT_ANAPHORS: &[&str] = &["operation", "mission", "activite"];

/// French half of [`super::OWN_WORDS`].
pub const OWN_WORDS: &[&str] = &["propre", "propres"];

/// French half of [`super::CLAUSE_OPENERS`].
pub const CLAUSE_OPENERS: &[&str] = &[
    "alors", "tandis", "parce", "bien", "pendant", "tant", "puisque", "puisqu'", "lorsque", "lorsqu'",
    "quand", "si",
];

/// French half of [`super::CONJUNCTION_HEADS`]: openers that open a clause only before "que"
/// ("alors que", "pendant que"; "pendant" alone is a preposition).
pub const CONJUNCTION_HEADS: &[&str] = &["alors", "tandis", "parce", "bien", "pendant", "tant"];

/// French half of [`super::RELATIVE_WORDS`].
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

/// French half of [`super::PARTNER_WORDS`].
pub const PARTNER_WORDS: &[&str] = &["avec", "entre", "cotes", "et"];

/// French half of [`super::TARGET_WORDS`].
pub const TARGET_WORDS: &[&str] = &["contre", "encontre", "visant"];

/// French half of [`super::AGENT_WORDS`].
pub const AGENT_WORDS: &[&str] = &["par"];

/// French half of [`super::CONFLICT_NOUNS`].
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
];

/// French half of [`super::PHRASE_LINKS`].
pub const PHRASE_LINKS: &[&str] = &[
    "la", "le", "l'", "les", "de", "du", "d'", "des", "en", "et", "entre", "avec", "contre", "a", "au",
    "aux", ",", "-",
];

/// French half of [`super::AROUND_WORDS`].
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

/// French half of [`super::RECALL_ADVERBS`].
pub const RECALL_ADVERBS: &[&str] = &["autrefois", "jadis", "naguere", "anciennement"];

/// French half of [`super::SOURCE_WORDS`].
pub const SOURCE_WORDS: &[&str] = &["selon"];

/// French half of [`super::SPOKESPERSON_WORDS`] (besides "porte-parole", read by the rule).
pub const SPOKESPERSON_WORDS: &[&str] = &["portes-parole"];

/// French half of [`super::SUMMIT_WORDS`].
pub const SUMMIT_WORDS: &[&str] = &["sommet", "sommets"];

/// French half of [`super::REACTION_WORDS`].
pub const REACTION_WORDS: &[&str] = &["reagi", "reagit", "reagissent", "riposte", "decoller"];

/// French half of [`super::COMMENT_VERBS`].
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

/// French half of [`super::PATROL_CRAFT`].
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

/// French half of [`super::CAUSE_WORDS`].
pub const CAUSE_WORDS: &[&str] =
    &["poussant", "obligeant", "contraignant", "provoquant", "incitant", "forcant"];

/// French half of [`super::BACKGROUND_OPENERS`] ("suite" of "à la suite de", "lendemain" of "au
/// lendemain de").
pub const BACKGROUND_OPENERS: &[&str] = &["suite", "lendemain", "consecutivement"];

/// French half of [`super::OFFICIALS`].
pub const OFFICIALS: &[&str] = &["responsables", "autorites", "officiels", "diplomates"];

/// French half of [`super::OBSERVER_WORDS`].
pub const OBSERVER_WORDS: &[&str] = &["observateurs", "observateur", "observe", "observent"];

/// French half of [`super::WITNESS_VERBS`].
pub const WITNESS_VERBS: &[&str] = &["assiste", "assistent", "assisteront"];

/// French half of [`super::WHOLE_FORCES`].
pub const WHOLE_FORCES: &[&str] = &["armee", "armees", "forces armees"];

/// French half of [`super::GATHERING_WORDS`].
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

/// French half of [`super::OTHER_SIDE_WORDS`].
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

/// French half of [`super::PLURAL_PRONOUNS`].
pub const PLURAL_PRONOUNS: &[&str] = &["ils", "elles"];

/// French half of [`super::SUBJECT_PRONOUNS`].
pub const SUBJECT_PRONOUNS: &[&str] = &["il", "elle"];

/// French half of [`super::END_MARKS`].
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

/// French half of [`super::WITHDRAWAL_WORDS`].
pub const WITHDRAWAL_WORDS: &[&str] =
    &["retrait", "retirer", "retire", "retirera", "rapatriement", "rapatrier", "depart"];

/// French half of [`super::REPORT_MARKS`].
pub const REPORT_MARKS: &[&str] = &["que", "qu'"];

/// French half of [`super::INCIDENTAL_OPENERS`].
pub const INCIDENTAL_OPENERS: &[&str] = &[
    "avec", "sous", "selon", "grace", "soutenu", "soutenue", "soutenus", "appuye", "appuyee", "aide", "aidee",
];

/// French half of [`super::SINCE_WORDS`].
pub const SINCE_WORDS: &[&str] = &["depuis"];

/// French half of [`super::PERFECT_AUXILIARIES`]: "ont déployé", "sont déployés", "est présente".
pub const PERFECT_AUXILIARIES: &[&str] = &["a", "ont", "avait", "avaient", "est", "sont", "etait", "etaient"];

/// French half of [`super::SHORE_WORDS`].
pub const SHORE_WORDS: &[&str] = &["ile", "iles", "cote", "cotes", "littoral", "eaux", "large"];

/// French half of [`super::FRENCH_HYPHEN_CLITICS`]: pronouns written after a verb and a hyphen
/// ("dit-il", "a-t-elle", "donne-le"), which UD French keeps apart ("dit", "-il").
#[allow(dead_code)] // read by text::syntax until the event stages use it
pub const HYPHEN_CLITICS: &[&str] = &[
    "il", "elle", "on", "ils", "elles", "je", "tu", "nous", "vous", "le", "la", "les", "lui", "leur", "moi",
    "toi", "ce", "y", "en",
];

/// French half of [`super::FRAMEWORK_WORDS`]: the last word of a phrase naming the framework of
/// an event ("au sein de", "dans le cadre de", "sous l'égide de").
pub const FRAMEWORK_WORDS: &[&str] = &["sein", "cadre", "egide", "auspices"];

/// French half of [`super::ENDING_VERBS`]: verbs that end an agreement ("dénoncer un accord" is
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

/// French half of [`super::TIME_CONJUNCTIONS`]: words opening a clause of time ("après que", "avant
/// que"; "après" alone before a subject and its verb).
pub const TIME_CONJUNCTIONS: &[&str] = &["apres", "avant", "depuis", "lorsque", "quand"];

/// French half of [`super::HAPPENING_VERBS`]: "se dérouler" and "se tenir" in the tenses news
/// uses.
#[rustfmt::skip]
pub const HAPPENING_VERBS: &[&str] = &[
    "derouler", "deroule", "deroulent", "deroulera", "derouleront", "deroulait", "deroulaient", "deroulee",
    "deroulees", "deroules", "tenir", "tient", "tiennent", "tiendra", "tiendront", "tenait", "tenaient", "tenu",
    "tenue", "tenus", "tenues",
];

/// French half of [`super::HAPPENING_MARKS`].
pub const HAPPENING_MARKS: &[&str] = &["se", "s'"];

/// French half of [`super::INCLUDE_VERBS`].
#[rustfmt::skip]
pub const INCLUDE_VERBS: &[&str] = &[
    "reunit", "reunira", "reunissait", "rassemble", "rassemblera", "rassemblait", "comprend", "comprendra",
    "implique", "impliquera", "associe", "associera", "mobilise", "mobilisera",
];

/// French half of [`super::EVENT_PRONOUNS`].
pub const EVENT_PRONOUNS: &[&str] = &["il", "elle"];

/// French half of [`super::RECEIVING_VERBS`].
#[rustfmt::skip]
pub const RECEIVING_VERBS: &[&str] = &[
    "recu", "recue", "recoit", "recevra", "recevait", "accueilli", "accueillie", "accueille", "accueillera",
    "accueillait",
];

/// French half of [`super::HAPPENING_NOUNS`].
pub const HAPPENING_NOUNS: &[&str] = &["lieu"];

/// French half of [`super::HAPPENING_LIGHT_VERBS`]: "avoir" before "lieu".
#[rustfmt::skip]
pub const HAPPENING_LIGHT_VERBS: &[&str] = &[
    "a", "ont", "eu", "aura", "auront", "avoir", "aurait", "auraient", "avait", "avaient", "ait", "aient",
];

/// French half of [`super::EXERCISED_OBJECTS`]: none, French triggers are nouns ("exercice"),
/// and the verb "exercer" is no trigger.
pub const EXERCISED_OBJECTS: &[&str] = &[];

/// French half of [`super::STANCE_WORDS`].
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
pub const WAR_WORDS: &[&str] = &["guerre", "revolution", "crise"];

/// Unit words that name a unit in lowercase before its name ("le régiment Rajput"), read by
/// [`crate::lang::FRENCH_LOWERCASE_UNIT_HEADS`].
pub const LOWERCASE_UNIT_HEADS: &[&str] =
    &["regiment", "bataillon", "brigade", "escadron", "escadrille", "compagnie"];

/// French half of [`crate::lang::NEWS_WORDS`].
pub const NEWS_WORDS: &[&str] = &["presse", "television", "radiodiffusion", "quotidien", "hebdomadaire"];

/// French half of [`crate::lang::FACING_WORDS`].
pub const FACING_WORDS: &[&str] = &["face"];

/// French half of [`crate::lang::MUTUAL_RIVALRY`].
pub const MUTUAL_RIVALRY: &[&str] = &["froid", "brouilles"];
