//! French halves of the word lists that tell whether a trigger word fits its clause
//! (`crate::event::extract`).

/// French half of [`crate::lang::SENDING_VERBS`].
#[rustfmt::skip]
pub const SENDING_VERBS: &[&str] = &[
    "envoyer", "envoye", "envoyes", "envoyee", "envoyees", "envoie", "envoient", "envoi", "enverra",
    "enverront", "depeche", "depeches", "depechees", "achemines", "stationnes", "stationnees",
];

/// French half of [`crate::lang::FOUNDED_WORDS`].
#[rustfmt::skip]
pub const FOUNDED_WORDS: &[&str] = &[
    "cree", "creee", "crees", "creees", "fonde", "fondee", "fondes", "fondees", "etabli", "etablie", "institue",
    "instituee",
];

/// French half of [`crate::lang::EXERCISE_THINGS`].
#[rustfmt::skip]
pub const EXERCISE_THINGS: &[&str] = &[
    "systeme", "systemes", "programme", "programmes", "simulateur", "simulateurs", "logiciel", "logiciels",
    "materiel", "materiels", "equipement", "equipements", "munitions", "manuel", "manuels", "cours", "stage",
    "stages", "instructeur", "instructeurs",
];

/// French half of [`crate::lang::HANDOVER_VERBS`].
#[rustfmt::skip]
pub const HANDOVER_VERBS: &[&str] = &["remet", "remettent", "remettre", "remettra", "remis", "remise", "remises", "offrent"];

/// French half of [`crate::lang::MAGNITUDE_WORDS`].
pub const MAGNITUDE_WORDS: &[&str] = &["million", "millions", "milliard", "milliards"];

/// French half of [`crate::lang::LANGUAGE_NOUNS`].
pub const LANGUAGE_NOUNS: &[&str] = &["version", "langue", "traduction", "traduit"];

/// French half of [`crate::lang::SERVICE_PLURALS`].
pub const SERVICE_PLURALS: &[&str] = &["armees", "marines", "forces", "troupes"];

/// French half of [`crate::lang::EDITION_WORDS`].
pub const EDITION_WORDS: &[&str] = &["edition", "editions"];

/// French half of [`crate::lang::EQUIP_VERBS`].
#[rustfmt::skip]
pub const EQUIP_VERBS: &[&str] = &[
    "dote", "dotee", "dotes", "dotees", "doter", "dotera", "doteront", "dotent", "equipe", "equipent", "equiper",
];

/// French half of [`crate::lang::ARMING_VERBS`] ("arme" is also the noun of a weapon).
pub const ARMING_VERBS: &[&str] = &["arment", "armer", "armait", "armaient", "armera", "armeront", "armons"];

/// French half of [`crate::lang::HOSTING_VERBS`].
#[rustfmt::skip]
pub const HOSTING_VERBS: &[&str] = &["accueilli", "accueillis", "accueillie", "accueillies", "accueille"];

/// French forms of "recevoir" (the French half of [`crate::lang::RECEIPT_VERBS`]): goods received
/// from a giver are its support ("recevra dix blindés de X"); a visitor received opens a visit
/// ("a reçu le ministre"), unless what follows is a thing received ([`RECEIVED_THINGS`]).
#[rustfmt::skip]
pub const RECEIVE_FORMS: &[&str] = &["recu", "recoit", "recus", "recue", "recevra", "recevront", "recevoir", "recoivent"];

/// Things received rather than visitors: "ont reçu un soutien", "reçoit l'appui de" (and the
/// goods of [`RECEIVED_GOODS`]).
#[rustfmt::skip]
pub const RECEIVED_THINGS: &[&str] = &[
    "soutien", "appui", "aide", "message", "lettre", "don", "dons", "feu", "dollars", "euros", "milliard", "milliards",
    "million", "millions",
];

/// French half of [`crate::lang::USE_MARKS`].
pub const USE_MARKS: &[&str] = &[
    "destine",
    "destines",
    "destinee",
    "destinees",
    "concu",
    "concus",
    "concue",
    "concues",
    "utilise",
    "utilises",
];

/// French half of [`crate::lang::RECEIVED_GOODS`].
#[rustfmt::skip]
pub const RECEIVED_GOODS: &[&str] = &[
    "livraison", "livraisons", "armes", "helicopteres", "helicoptere", "avions", "avion", "drones", "drone",
    "equipements", "equipement", "materiel", "materiels", "vehicules", "blindes", "munitions", "missiles",
    "chars", "cargaison", "lot", "vedette", "vedettes", "navire", "navires", "patrouilleur",
    "patrouilleurs", "radars", "radar", "pieces", "aeronefs", "aeronef", "appareils", "fusils", "canons",
    "obus", "roquettes", "bateaux", "bateau", "camions", "dons",
];

/// French half of [`crate::lang::ARRIVAL_VERBS`].
pub const ARRIVAL_VERBS: &[&str] =
    &["arrive", "arrives", "arrivee", "arrivees", "accoste", "accostes", "accostee"];

/// French half of [`crate::lang::DEFINITE_TROOP_MARKS`].
pub const DEFINITE_TROOP_MARKS: &[&str] = &["les", "ces"];

/// French half of [`crate::lang::HOME_MARKS`] ("arrivés au bercail"; "au pays" may be the host's).
pub const HOME_MARKS: &[&str] = &["bercail"];

/// French half of [`crate::lang::PRESS_WORDS`].
pub const PRESS_WORDS: &[&str] = &["presse", "video", "web", "internet"];

/// French half of [`crate::lang::MISSION_KINDS`].
pub const MISSION_KINDS: &[&str] = &[
    "formation",
    "militaire",
    "militaires",
    "entrainement",
    "maintien",
    "conseil",
    "stabilisation",
    "navale",
];

/// French half of [`crate::lang::MILITARY_ADJECTIVES`].
#[rustfmt::skip]
pub const MILITARY_ADJECTIVES: &[&str] = &["militaire", "navale", "terrestre"];

/// French half of [`crate::lang::RECENT_WORDS`].
#[rustfmt::skip]
pub const RECENT_WORDS: &[&str] = &["recente", "precedente", "precedent"];

/// French half of [`crate::lang::WILLINGNESS_WORDS`].
#[rustfmt::skip]
pub const WILLINGNESS_WORDS: &[&str] = &["pret", "prete", "prets", "pretes", "dispose", "disposee", "disposes", "disposees", "ouvert", "ouverte", "ouverts", "ouvertes", "engage", "engagee", "engages", "engagees"];

/// French half of [`crate::lang::PHONE_WORDS`] (after the noun of talk).
pub const PHONE_WORDS: &[&str] = &["telephonique", "telephoniques", "visioconference"];

/// French half of [`crate::lang::PHONE_TALK_NOUNS`].
pub const PHONE_TALK_NOUNS: &[&str] =
    &["entretien", "entretiens", "appel", "conversation", "echange", "echanges"];

/// French half of [`crate::lang::ANCHOR_NOUNS`].
pub const ANCHOR_NOUNS: &[&str] = &["ancre"];

/// French half of [`crate::lang::LANDING_VERBS`].
pub const LANDING_VERBS: &[&str] = &["atterri"];

/// French half of [`crate::lang::ANCHOR_VERBS`] (read before "l'ancre").
pub const ANCHOR_VERBS: &[&str] =
    &["jete", "jetee", "jetes", "jetees", "jette", "jettent", "jeter", "jettera", "jetteront"];

/// French half of [`crate::lang::CALL_WORDS`].
#[rustfmt::skip]
pub const CALL_WORDS: &[&str] = &["appel", "appels", "appele", "appelle", "appellent", "appelant", "appelait", "appeler", "exhorte", "exhortent", "plaide", "plaident", "plaidant"];

/// French half of [`crate::lang::MEMBER_NOUNS`].
#[rustfmt::skip]
pub const MEMBER_NOUNS: &[&str] = &["membre", "membres", "allie", "allies", "alliee", "alliees"];

/// French half of [`crate::lang::RECURRENCE_WORDS`].
#[rustfmt::skip]
pub const RECURRENCE_WORDS: &[&str] = &["annuel", "annuels", "annuelle", "annuelles", "regulier", "reguliers", "reguliere", "regulieres", "periodiques"];

/// French half of [`crate::lang::BORDER_NOUNS`].
#[rustfmt::skip]
pub const BORDER_NOUNS: &[&str] = &["frontiere", "frontieres"];

/// French half of [`crate::lang::INTENT_NOUNS`].
#[rustfmt::skip]
pub const INTENT_NOUNS: &[&str] = &["projet", "projets", "intention", "intentions", "decision", "volonte", "plan", "plans"];

/// French half of [`crate::lang::LAST_OF_KIND`].
#[rustfmt::skip]
pub const LAST_OF_KIND: &[&str] = &["dernier", "derniere", "precedent", "precedente"];

/// French half of [`crate::lang::LAST_OF_KIND_LINKS`].
#[rustfmt::skip]
pub const LAST_OF_KIND_LINKS: &[&str] = &["a"];

/// French half of [`crate::lang::SIMILAR_AFTER`].
#[rustfmt::skip]
pub const SIMILAR_AFTER: &[&str] = &["similaire", "similaires", "comparable", "comparables", "precedents", "anterieurs"];

/// French half of [`crate::lang::OTHER_BEFORE`].
#[rustfmt::skip]
pub const OTHER_BEFORE: &[&str] = &["d'autres"];

/// French half of [`crate::lang::LIKE_WORDS`].
#[rustfmt::skip]
pub const LIKE_WORDS: &[&str] = &["similaire", "comparable"];

/// French half of [`crate::lang::LIKE_LINKS`].
#[rustfmt::skip]
pub const LIKE_LINKS: &[&str] = &["a", "au", "aux"];

/// French half of [`crate::lang::SITTING_BODIES`].
#[rustfmt::skip]
pub const SITTING_BODIES: &[&str] = &["commission", "comite", "conseil", "dialogue", "assemblee", "conference"];

/// French half of [`crate::lang::TITLE_COMMON_WORDS`].
#[rustfmt::skip]
pub const TITLE_COMMON_WORDS: &[&str] = &[
    "militaire", "militaires", "naval", "navale", "navals", "navales", "conjoint", "conjointe", "conjoints",
    "conjointes", "aerien", "aerienne", "aeriens", "aeriennes", "maritime", "maritimes", "terrestre",
    "terrestres", "combine", "combinee", "combines", "combinees", "international", "internationale",
    "internationaux", "internationales", "multinational", "multinationale", "multinationaux",
    "multinationales", "bilateral", "bilaterale", "bilateraux", "bilaterales", "annuel", "annuelle",
    "annuels", "annuelles", "commence", "commencent", "debute", "debutent", "prend", "prennent", "s'acheve",
];

/// French half of [`crate::lang::JOINT_WORDS`].
#[rustfmt::skip]
pub const JOINT_WORDS: &[&str] = &["conjointe", "conjointes", "conjoint", "conjoints", "commune", "communes", "combinee", "combinees"];

/// French half of [`crate::lang::STATEMENT_NOUNS`].
pub const STATEMENT_NOUNS: &[&str] = &["declaration", "declarations", "communique"];

/// French half of [`crate::lang::PLUPERFECT_AUXILIARIES`].
pub const PLUPERFECT_AUXILIARIES: &[&str] = &["avait", "avaient", "etait", "etaient"];

/// French half of [`crate::lang::ALREADY_WORDS`].
pub const ALREADY_WORDS: &[&str] = &["deja"];

/// French half of [`crate::lang::COMMITTEE_WORDS`].
pub const COMMITTEE_WORDS: &[&str] = &["commission", "comite", "groupe", "mecanisme"];

/// French half of [`crate::lang::JOINT_BODY_MARKS`].
#[rustfmt::skip]
pub const JOINT_BODY_MARKS: &[&str] = &[
    "mixte", "mixtes", "conjoint", "conjointe", "bilateral", "bilaterale", "binational", "binationale",
    "paritaire", "frontiere", "frontieres", "frontalier", "frontaliere",
];

/// French half of [`crate::lang::PREVENT_VERBS`].
pub const PREVENT_VERBS: &[&str] = &["empeche", "empechent", "empecher", "empechant", "empechee", "empeches"];

/// French half of [`crate::lang::REFUSAL_VERBS`].
pub const REFUSAL_VERBS: &[&str] =
    &["refuse", "refusent", "refusant", "refuses", "decline", "declinent", "declinant"];

/// French half of [`crate::lang::RECORD_WORDS`]: none, French says "depuis 13 ans", never read
/// ahead.
pub const RECORD_WORDS: &[&str] = &[];

/// French half of [`crate::lang::ENVOY_WORDS`].
#[rustfmt::skip]
pub const ENVOY_WORDS: &[&str] = &[
    "ambassadeur", "ambassadeurs", "ambassadrice", "charge", "chargee", "envoye", "diplomate", "diplomates", "consul", "attache",
];

/// French half of [`crate::lang::TRAINING_FACILITIES`].
#[rustfmt::skip]
pub const TRAINING_FACILITIES: &[&str] = &["centre", "camp", "terrain", "ecole", "academie", "zone", "base"];

/// French half of [`crate::lang::TRUCE_WORDS`] ("cessez" of "cessez-le-feu").
#[rustfmt::skip]
pub const TRUCE_WORDS: &[&str] = &["cessez", "treve"];

/// French half of [`crate::lang::VIOLATION_WORDS`].
#[rustfmt::skip]
pub const VIOLATION_WORDS: &[&str] = &["violation", "violations", "viole", "violee", "violes", "violees", "violent", "violer", "rompu", "rompue", "rupture"];

/// French half of [`crate::lang::CONTENT_VERBS`] ("porte" of "porte sur").
#[rustfmt::skip]
pub const CONTENT_VERBS: &[&str] =
    &["comprend", "couvre", "englobe", "inclut", "porte", "portent", "consiste", "implique", "recouvre", "comprendra", "inclura", "impliquera"];

/// French half of [`crate::lang::COOPERATION_NOUNS`].
#[rustfmt::skip]
pub const COOPERATION_NOUNS: &[&str] = &["cooperation", "partenariat", "collaboration", "relations", "liens"];

/// French half of [`crate::lang::EXCLUSION_WORDS`].
pub const EXCLUSION_WORDS: &[&str] = &["sans", "hormis", "excepte", "sauf"];

/// French half of [`crate::lang::TOPIC_WORDS`] ("sujet" of "au sujet de").
pub const TOPIC_WORDS: &[&str] = &["concernant", "sujet", "propos"];

/// French half of [`crate::lang::PARTICIPATION_WORDS`].
pub const PARTICIPATION_WORDS: &[&str] = &[
    "participe",
    "participent",
    "participera",
    "participeront",
    "participants",
    "participantes",
    "participante",
    "participant",
    "participaient",
];

/// French half of [`crate::lang::DEFINITES`].
pub const DEFINITES: &[&str] = &["les", "la", "le", "l'", "ces", "cet", "cette"];

/// French half of [`crate::lang::ENTERING_VERBS`].
pub const ENTERING_VERBS: &[&str] =
    &["entres", "entre", "entrees", "entree", "penetre", "penetres", "entrent"];

/// French half of [`crate::lang::ABROAD_MARKS`] ("a" is "à" folded).
pub const ABROAD_MARKS: &[&str] = &["en", "au", "aux", "a", "dans", "vers"];

/// French half of [`crate::lang::CANCEL_WORDS`].
pub const CANCEL_WORDS: &[&str] =
    &["annule", "annulee", "annules", "annulees", "annuler", "annulation", "reporte", "reportee", "reportes"];

/// French half of [`crate::lang::DELEGATION_NOUNS`].
pub const DELEGATION_NOUNS: &[&str] = &["delegation", "mission", "emissaire", "emissaires", "envoye"];

/// French half of [`crate::lang::PRESENT_WORDS`].
pub const PRESENT_WORDS: &[&str] = &["present", "presente", "presents", "presentes"];

/// French half of [`crate::lang::DOMAIN_HEADS`] (folded).
#[rustfmt::skip]
pub const DOMAIN_HEADS: &[&str] = &[
    "capacites", "capacite", "competences", "competence", "savoir-faire", "expertise", "matiere", "domaine",
    "domaines", "ensemble", "cooperer", "cooperation", "collaborer", "collaboration",
];

/// French half of [`crate::lang::KIND_MARKS`] (folded).
pub const KIND_MARKS: &[&str] = &["tels", "telles", "tel", "telle"];

/// French half of [`crate::lang::ALSO_WORDS`].
pub const ALSO_WORDS: &[&str] = &["aussi", "egalement", "ensuite", "separement"];

/// French half of [`crate::lang::APART_ADJECTIVES`] (folded).
pub const APART_ADJECTIVES: &[&str] = &[
    "paralleles",
    "parallele",
    "separes",
    "separees",
    "distincts",
    "distinctes",
    "concurrents",
    "concurrentes",
    "respectifs",
    "respectives",
];
