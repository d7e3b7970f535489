//! French halves of the shared lists that read names: heads of works, ships, facilities, units
//! and forces, roles, and the words that introduce a name.

/// French half of [`crate::lang::WATER_HEADS`].
pub const WATER_HEADS: &[&str] = &["baie", "golfe", "mer", "detroit", "peninsule", "ocean"];

/// French half of [`crate::lang::MEDIA_WORDS`].
pub const MEDIA_WORDS: &[&str] = &[
    "direct",
    "nouvelle",
    "info",
    "infos",
    "radio",
    "tv",
    "television",
    "presse",
    "tribune",
    "journal",
    "hebdo",
    "matin",
    "soir",
    "media",
    "medias",
];

/// French half of [`crate::lang::INITIAL_SKIP`].
pub const INITIAL_SKIP: &[&str] =
    &["de", "du", "des", "d'", "la", "l'", "le", "les", "et", "a", "au", "aux", "pour", "sur", "en"];

/// French half of [`crate::lang::SYSTEM_WORDS`].
pub const SYSTEM_WORDS: &[&str] = &["systeme", "systemes"];

/// French half of [`crate::lang::SHIP_WORDS`].
pub const SHIP_WORDS: &[&str] = &[
    "aviso",
    "avisos",
    "destroyer",
    "fregate",
    "fregates",
    "destroyeur",
    "destroyeurs",
    "croiseur",
    "croiseurs",
    "navire",
    "navires",
    "batiment",
    "batiments",
    "sous-marin",
    "sous-marins",
    "porte-avions",
    "corvette",
    "corvettes",
    "patrouilleur",
    "patrouilleurs",
];

/// French half of [`crate::lang::WORK_HEADS`].
pub const WORK_HEADS: &[&str] = &[
    "partenariat",
    "declaration",
    "initiative",
    "programme",
    "strategie",
    "doctrine",
    "vision",
    "plan",
    "charte",
    "cadre",
    "dialogue",
    "politique",
    "feuille",
    "accord",
    "traite",
    "pacte",
    "memorandum",
    "communique",
];

/// French half of [`crate::lang::TERRAIN_HEADS`].
pub const TERRAIN_HEADS: &[&str] = &["vallee", "corridor", "plateau", "col", "desert", "massif"];

/// French half of [`crate::lang::FACILITY_WORDS`].
pub const FACILITY_WORDS: &[&str] = &[];

/// French half of [`crate::lang::SITE_NOUNS`].
pub const SITE_NOUNS: &[&str] = &["base", "aeroport", "aerodrome", "caserne", "camp", "garnison"];

/// French half of [`crate::lang::HONORIFICS`].
pub const HONORIFICS: &[&str] = &["majeste", "altesse", "excellence", "eminence", "saintete"];

/// French half of [`crate::lang::PEER_NOUNS`].
pub const PEER_NOUNS: &[&str] = &["homologue", "homologues", "hote", "hotes", "interlocuteur", "invite"];

/// French half of [`crate::lang::TITLE_CONTINUATIONS`].
pub const TITLE_CONTINUATIONS: &[&str] = &["charge", "chargee", "des", "du", "de", "d'"];

/// French half of [`crate::lang::ROLE_NOUNS`].
pub const ROLE_NOUNS: &[&str] = &[
    "expert",
    "experte",
    "chercheur",
    "chercheuse",
    "analyste",
    "professeur",
    "professeure",
    "journaliste",
    "commentateur",
    "commentatrice",
    "membre",
    "porte-parole",
    "chef",
    "directeur",
    "directrice",
    "specialiste",
    "historien",
    "historienne",
    "politologue",
    "diplomate",
    "officier",
    "depute",
    "deputee",
    "senateur",
    "ancien",
    "ancienne",
    "vice-president",
    "president",
    "presidente",
    "secretaire",
    "ministre",
    "general",
    "amiral",
    "colonel",
    "conseiller",
    "conseillere",
    "ambassadeur",
    "ambassadrice",
    "envoye",
    "leader",
    "dirigeant",
    "dirigeante",
    "commandant",
    "fondateur",
];

/// French half of [`crate::lang::ROLE_PLURALS`].
pub const ROLE_PLURALS: &[&str] = &[
    "chefs",
    "commandants",
    "directeurs",
    "responsables",
    "membres",
    "officiers",
    "dirigeants",
    "ministres",
    "generaux",
    "amiraux",
];

/// French half of [`crate::lang::CAPITAL_WORDS`].
pub const CAPITAL_WORDS: &[&str] = &["capitale"];

/// French half of [`crate::lang::NAMING_WORDS`].
pub const NAMING_WORDS: &[&str] = &[
    "baptise",
    "baptisee",
    "baptises",
    "baptisees",
    "nomme",
    "nommee",
    "nommes",
    "nommees",
    "appele",
    "appelee",
    "appeles",
    "appelees",
    "intitule",
    "intitulee",
    "intitules",
    "intitulees",
    "denomme",
    "denommee",
    "denommes",
    "denommees",
];

/// French half of [`crate::lang::UNIT_HEADS`]: words naming a military unit ("la 5e brigade de …").
pub const UNIT_HEADS: &[&str] = &[
    "division",
    "divisions",
    "brigade",
    "brigades",
    "regiment",
    "regiments",
    "bataillon",
    "bataillons",
    "escadron",
    "escadrons",
    "escadrille",
    "flotte",
    "flottille",
    "compagnie",
    "groupement",
    "escadre",
];

/// French half of [`crate::lang::FORCE_HEADS`]: words naming a force a unit belongs to.
pub const FORCE_HEADS: &[&str] =
    &["armee", "armees", "marine", "forces", "force", "gendarmerie", "garde", "terre", "air"];

/// French half of [`crate::lang::SERVICE_HEADS`].
pub const SERVICE_HEADS: &[&str] = &["marine", "armee", "aviation", "gendarmerie", "garde", "forces"];

/// French half of [`crate::lang::SERVICE_WORDS`].
pub const SERVICE_WORDS: &[&str] = &[
    "royale",
    "royales",
    "nationale",
    "nationales",
    "populaire",
    "terrestres",
    "navale",
    "navales",
    "aerienne",
    "aeriennes",
    "armees",
    "speciales",
    "cotiere",
    "-",
    "cotes",
    "de",
    "l'",
    "air",
    "terre",
];

/// French half of [`crate::lang::DOMAIN_WORDS`].
#[rustfmt::skip]
pub const DOMAIN_WORDS: &[&str] = &[
    "affaires", "securite", "integration", "protection", "cooperation", "developpement", "defense",
    "interieur", "justice", "finances", "commerce", "relations", "renseignement", "planification",
    "information", "communication", "sante", "education", "energie", "transports", "peche", "agriculture",
    "economie", "administration", "decentralisation", "anciens", "industrie", "environnement", "travail",
    "tourisme", "culture", "jeunesse", "mines", "infrastructures", "reforme", "etrangeres", "civile",
    "nationale", "exterieures", "armees",
];

/// Determiners before a role noun and a nationality that name a person's country ("l'autocrate
/// soudanais X", "un opposant malien Y"), read as [`crate::lang::FRENCH_ROLE_DETERMINERS`].
pub const ROLE_DETERMINERS: &[&str] = &["le", "la", "l'", "un", "une", "du", "au", "de", "d'"];

/// French half of [`crate::lang::STAFF_CREDITS`] (lowercased as ASCII: accented capitals stay).
pub const STAFF_CREDITS: &[&str] = &["reportage", "version française", "édité par", "rédigé par"];

/// French half of [`crate::lang::HALF_WORDS`].
pub const HALF_WORDS: &[&str] = &["nord", "sud"];

/// French half of [`crate::lang::GROUP_NOUNS`].
pub const GROUP_NOUNS: &[&str] = &["groupe", "mouvement", "milice", "faction", "rebellion"];

/// French half of [`crate::lang::GROUP_ADJECTIVES`].
pub const GROUP_ADJECTIVES: &[&str] = &[
    "rebelle",
    "arme",
    "jihadiste",
    "djihadiste",
    "terroriste",
    "islamiste",
    "separatiste",
    "paramilitaire",
    "insurge",
];

/// French half of [`crate::lang::FIGHTER_NOUNS`].
pub const FIGHTER_NOUNS: &[&str] =
    &["rebelles", "combattants", "miliciens", "jihadistes", "djihadistes", "insurges", "militants"];

/// French half of [`crate::lang::OPERATION_WORDS`].
pub const OPERATION_WORDS: &[&str] = &["operation"];

/// French half of [`crate::lang::ALLIANCE_WORDS`].
pub const ALLIANCE_WORDS: &[&str] = &["alliance", "allies"];

/// French half of [`crate::lang::OUR_WORDS`].
pub const OUR_WORDS: &[&str] = &["notre"];

/// French half of [`crate::lang::COUNTRY_NOUNS`].
pub const COUNTRY_NOUNS: &[&str] = &["pays"];

/// French half of [`crate::lang::COUNTRY_PLURALS`].
pub const COUNTRY_PLURALS: &[&str] = &["pays", "nations", "etats"];

/// French half of [`crate::lang::PLACE_PART_WORDS`] (folded).
pub const PLACE_PART_WORDS: &[&str] =
    &["centre", "centre-ville", "coeur", "banlieue", "peripherie", "abords"];

/// French half of [`crate::lang::POST_NOMINALS`]: French writes offices before the name.
pub const POST_NOMINALS: &[&str] = &[];

/// French half of [`crate::lang::CREED_WORDS`].
pub const CREED_WORDS: &[&str] = &[
    "chretien",
    "chretiens",
    "chretienne",
    "chretiennes",
    "orthodoxe",
    "orthodoxes",
    "catholique",
    "catholiques",
    "protestant",
    "protestants",
    "musulman",
    "musulmans",
    "musulmane",
    "musulmanes",
    "islamique",
    "islamiques",
    "sunnite",
    "sunnites",
    "chiite",
    "chiites",
    "juif",
    "juifs",
    "juive",
    "bouddhiste",
    "hindou",
    "evangelique",
    "copte",
    "coptes",
];

/// French half of [`crate::lang::POWER_NOUNS`] (folded).
pub const POWER_NOUNS: &[&str] = &["emprise", "giron", "orbite", "influence", "tutelle", "joug", "pressions"];

/// French half of [`crate::lang::GIVING_VERBS`] (folded).
pub const GIVING_VERBS: &[&str] =
    &["offre", "offrir", "offert", "accorde", "accorder", "donne", "donner", "propose", "proposer", "promet"];

/// French half of [`crate::lang::ADDRESS_WORDS`] (folded).
pub const ADDRESS_WORDS: &[&str] =
    &["cheikh", "emir", "sultan", "prince", "princesse", "roi", "reine", "sire"];
