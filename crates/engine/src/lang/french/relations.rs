//! French words of relations: standing by a side, backing, supply and armed acts, and the words
//! of membership (the French halves of the lists in [`crate::lang`]).

/// French half of [`crate::lang::STANDING_WORDS`] ("solidarité avec", "se tient aux côtés de",
/// "se range aux côtés de").
pub const STANDING_WORDS: &[&str] =
    &["solidarite", "tient", "tiennent", "tenir", "tenu", "tenue", "range", "rangent", "ranger", "rangee"];

/// French half of [`crate::lang::ALLY_WORDS`] ("aux côtés de").
pub const ALLY_WORDS: &[&str] = &["cotes"];

/// French half of [`crate::lang::NEGATION_WORDS`] ("ne … pas": "pas" or "ne" may come first).
pub const NEGATION_WORDS: &[&str] =
    &["pas", "jamais", "ne", "n'", "aucun", "aucune", "aucunement", "nullement"];

/// French half of [`crate::lang::ADDING_WORDS`].
pub const ADDING_WORDS: &[&str] = &["seulement", "uniquement"];

/// French half of [`super::GIFT_NOUNS`].
pub const GIFT_NOUNS: &[&str] = &["don", "dons", "cadeau", "cadeaux", "contribution", "donation"];

/// French half of [`super::BACKING_NOUNS`].
pub const BACKING_NOUNS: &[&str] = &["soutien", "appui", "aide", "assistance", "concours"];

/// French half of [`super::THANK_VERBS`].
pub const THANK_VERBS: &[&str] =
    &["remercie", "remercient", "remercier", "remerciait", "remerciant", "remercies", "remerciee"];

/// French half of [`super::BACKED_BY`]: participles whose agent ("soutenu par X") is the backer.
pub const BACKED_BY: &[&str] = &[
    "soutenu",
    "soutenue",
    "soutenus",
    "soutenues",
    "appuye",
    "appuyee",
    "appuyes",
    "aide",
    "aidee",
    "aides",
];

/// French half of [`super::PURCHASE_WORDS`].
pub const PURCHASE_WORDS: &[&str] = &[
    "achete",
    "achetent",
    "acheter",
    "achete",
    "achetes",
    "achetera",
    "acheteront",
    "achat",
    "achats",
    "acquiert",
    "acquierent",
    "acquerir",
    "acquis",
    "acquise",
    "acquisition",
    "acquisitions",
    "importe",
    "importent",
    "importer",
    "importations",
];

/// French half of [`super::SELLER_MARKS`]: "auprès de la Russie", "à la Russie" after a verb of
/// buying, "de Chine".
pub const SELLER_MARKS: &[&str] = &["aupres", "a", "au", "aux", "de", "du", "d'", "des"];

/// French half of [`super::SUPPLY_VERBS`].
#[rustfmt::skip]
pub const SUPPLY_VERBS: &[&str] = &[
    "livre", "livrent", "livrer", "livrera", "livreront", "livraison", "livraisons", "fournit", "fournissent",
    "fournir", "fournira", "fourni", "fournis", "fournie", "fourniture", "cede", "ceder", "cedes", "offert",
    "offerts", "offertes", "offre", "livres", "livrees", "donne", "donnes", "donnees", "donnee",
    "remises", "don", "dons", "transfere", "transferes", "transferee", "transferees", "transferer", "vendre",
    "vend", "vendent", "vendra", "vendu", "vendus", "vendue", "vendues",
];

/// French half of [`super::ATTACK_NOUNS`].
pub const ATTACK_NOUNS: &[&str] = &[
    "cyberattaque",
    "cyberattaques",
    "frappe",
    "frappes",
    "attaque",
    "attaques",
    "raid",
    "raids",
    "bombardement",
    "bombardements",
    "offensive",
];

/// French half of [`crate::lang::ALLEGIANCE_WORDS`].
pub const ALLEGIANCE_WORDS: &[&str] =
    &["allegeance", "affilie", "affiliee", "affilies", "affiliees", "fidele"];

/// French half of [`super::MEMBER_WORDS`].
pub const MEMBER_WORDS: &[&str] = &[
    "membre",
    "membres",
    "adhesion",
    "adhere",
    "adherer",
    "rejoint",
    "rejoindre",
    "rejoignent",
    "rejoindra",
];

/// French half of [`super::LIST_LINKS`]: what may stand between the names of a list of members
/// ("à savoir l'Inde, le Brésil et l'Afrique du Sud", "États membres").
pub const LIST_LINKS: &[&str] = &[
    ",",
    "et",
    "la",
    "le",
    "l'",
    "les",
    "a",
    "savoir",
    "comme",
    "notamment",
    "dont",
    "y",
    "compris",
    "etats",
    "etat",
    "pays",
    "fondateurs",
    "fondateur",
    "permanents",
    "nouveaux",
    "nouveau",
];

/// French half of [`super::STATUS_WORDS`]: what may stand between the members and the word before
/// it ("X et Y sont déjà membres", "X a rejoint").
pub const STATUS_WORDS: &[&str] = &[
    "sont",
    "est",
    "etait",
    "etaient",
    "devenu",
    "devenus",
    "devenue",
    "devenues",
    "ont",
    "a",
    "deja",
    "maintenant",
    "aussi",
    "egalement",
    "tous",
    "toutes",
    "deux",
    "officiellement",
    "recemment",
    "desormais",
];

/// French half of [`super::BODY_LINKS`]: what may stand between the word and its body ("membre de
/// l'Union", "rejoint l'Otan").
pub const BODY_LINKS: &[&str] = &["la", "le", "l'", "les", "de", "du", "des", "d'", "a", "au", "aux"];

/// French half of [`super::AND_WORDS`].
pub const AND_WORDS: &[&str] = &["et"];

/// French half of [`super::WITH_WORDS`].
pub const WITH_WORDS: &[&str] = &["avec"];

/// French half of [`super::TIE_NOUNS`].
pub const TIE_NOUNS: &[&str] =
    &["rapprochement", "cooperation", "partenariat", "liens", "alliance", "collaboration", "axe"];

/// French half of [`super::DEMONSTRATIVES`].
pub const DEMONSTRATIVES: &[&str] = &["ce", "cet", "cette", "ces"];

/// French half of [`super::AIM_WORDS`].
pub const AIM_WORDS: &[&str] = &["visant", "contre", "sur"];

/// French half of [`super::OPERATION_NOUNS`].
pub const OPERATION_NOUNS: &[&str] = &["operation", "operations", "campagne"];

/// French half of [`super::COORDINATORS`].
pub const COORDINATORS: &[&str] = &["et", "ou"];

/// French half of [`super::LED_WORDS`].
pub const LED_WORDS: &[&str] = &[
    "menee",
    "mene",
    "menees",
    "menes",
    "dirigee",
    "dirige",
    "dirigees",
    "diriges",
    "conduite",
    "conduit",
    "conduites",
    "conduits",
    "commandee",
    "commande",
    "commandees",
    "commandes",
];

/// French half of [`super::GOVERNMENT_WORDS`].
pub const GOVERNMENT_WORDS: &[&str] =
    &["gouvernement", "royaume", "republique", "etat", "sultanat", "emirat", "principaute"];

/// French half of [`super::MISSION_WORDS`].
pub const MISSION_WORDS: &[&str] = &["ambassade", "consulat"];

/// French half of [`super::PUBLISHED_WORDS`].
pub const PUBLISHED_WORDS: &[&str] = &["publie", "publiee", "diffuse", "diffusee", "photo"];

/// French half of [`super::STARTED_WORDS`].
pub const STARTED_WORDS: &[&str] = &["lance", "entame", "debute", "commence", "ouvert"];

/// French half of [`super::UNTIL_WORDS`].
pub const UNTIL_WORDS: &[&str] = &["jusqu'au", "jusqu'a"];

/// French half of [`super::DEPLOYMENT_AIMS`].
pub const DEPLOYMENT_AIMS: &[&str] = &[
    "aider",
    "aide",
    "soutenir",
    "soutien",
    "appui",
    "appuyer",
    "renforcer",
    "renfort",
    "renforts",
    "casques",
    "maintien",
    "stabilisation",
    "securiser",
    "securisation",
    "proteger",
    "protection",
    "assistance",
    "epauler",
];

/// French half of [`super::PURPOSE_WORDS`].
pub const PURPOSE_WORDS: &[&str] = &["pour", "afin"];

/// French half of [`super::CONCERN_NOUNS`].
pub const CONCERN_NOUNS: &[&str] =
    &["inquietude", "inquietudes", "preoccupation", "preoccupations", "craintes", "mefiance", "defiance"];

/// Endings of French infinitives (first and second groups): after "de", what a body is asked to
/// do, no word of its name ("ordonné à la Direction des migrations de refuser…").
pub const INFINITIVE_ENDINGS: &[&str] = &["er", "ir"];

/// Endings of French adjectives (folded) that continue a body's name in lowercase after its
/// capitalised head ("opérationnelle", "interarmées", "internationale", "spéciales").
pub const NAME_ADJECTIVE_ENDINGS: &[&str] = &[
    "ale", "ales", "aux", "aire", "aires", "ique", "iques", "elle", "elles", "ee", "ees", "ive", "ives",
    "eure", "eures", "al", "el", "els", "ien", "iens", "ienne", "iennes", "iere", "ieres", "ide", "ides",
    "ixte", "ixtes", "if", "ifs",
];

/// French half of [`super::PLAN_WORDS`].
pub const PLAN_WORDS: &[&str] =
    &["plan", "doctrine", "strategie", "ligne", "corridor", "initiative", "programme", "projet"];

/// French half of [`super::ATTENDANCE_WORDS`].
pub const ATTENDANCE_WORDS: &[&str] = &["presence"];

/// French half of [`crate::lang::REJECT_VERBS`].
#[rustfmt::skip]
pub const REJECT_VERBS: &[&str] = &["rejette", "rejettent", "rejete", "rejeter", "refute", "refutent", "dement", "dementent", "conteste", "contestent", "contestait"];

/// French half of [`crate::lang::CLAIM_NOUNS`].
#[rustfmt::skip]
pub const CLAIM_NOUNS: &[&str] = &["propos", "allegations", "accusations", "affirmations", "declarations", "commentaires", "accusation", "version", "recit"];

/// French half of [`crate::lang::SIGN_VERBS`], by infinitive.
pub const SIGN_VERBS: &[&str] = &["signer", "parapher", "contresigner"];

/// French half of [`crate::lang::BEHALF_WORDS`]: the noun of "au nom de", "pour le compte de".
pub const BEHALF_WORDS: &[&str] = &["nom", "compte"];

/// French half of [`crate::lang::DISPUTE_TOPIC_MARKS`] ("autour" of "autour de").
pub const DISPUTE_TOPIC_MARKS: &[&str] = &["sur", "autour", "concernant", "portant"];

/// French half of [`crate::lang::RESPONSE_NOUNS`].
pub const RESPONSE_NOUNS: &[&str] = &["reponse", "reaction", "riposte", "represailles", "retorsion"];

/// French half of [`crate::lang::REQUEST_NOUNS`].
pub const REQUEST_NOUNS: &[&str] = &[
    "demande",
    "demandes",
    "invitation",
    "appel",
    "appels",
    "sollicitation",
    "question",
    "questions",
    "requete",
];

/// French half of [`crate::lang::TRAINER_WORDS`].
pub const TRAINER_WORDS: &[&str] = &["instructeurs", "formateurs", "conseillers", "cooperants"];

/// French half of [`crate::lang::TRAINING_VERBS`].
pub const TRAINING_VERBS: &[&str] = &[
    "entraine",
    "entrainent",
    "entrainait",
    "entrainaient",
    "entrainer",
    "entrainera",
    "entraineront",
    "forme",
    "forment",
    "formait",
    "formaient",
    "former",
    "formera",
    "formeront",
];

/// French half of [`crate::lang::TRAINED_WORDS`].
#[rustfmt::skip]
pub const TRAINED_WORDS: &[&str] = &[
    "forme", "formes", "formee", "formees", "entraine", "entraines", "entrainee", "entrainees", "formation",
    "formations", "entrainement",
];

/// French half of [`crate::lang::ENVOY_SANCTIONS`], by infinitive ("rappelle", "rappellent" with
/// their doubled consonant are listed as written).
pub const ENVOY_SANCTIONS: &[&str] =
    &["rappeler", "rappelle", "rappellent", "rappellera", "expulser", "retirer", "convoquer"];

/// French half of [`crate::lang::DAMAGE_NOUNS`].
pub const DAMAGE_NOUNS: &[&str] =
    &["destruction", "abattage", "saisie", "arraisonnement", "capture", "naufrage"];

/// French half of [`crate::lang::PRESS_NOUNS`].
pub const PRESS_NOUNS: &[&str] =
    &["agence", "quotidien", "journal", "hebdomadaire", "chaine", "magazine", "site"];

/// French half of [`crate::lang::FEELING_STATES`].
pub const FEELING_STATES: &[&str] = &[
    "inquiet",
    "inquiete",
    "inquiets",
    "inquietes",
    "preoccupe",
    "preoccupee",
    "preoccupes",
    "preoccupees",
    "alarme",
    "alarmee",
    "alarmes",
    "alarmees",
    "irrite",
    "irritee",
    "irrites",
    "indigne",
    "indignee",
    "indignes",
    "indignees",
];

/// French half of [`crate::lang::BREAK_VERBS`].
pub const BREAK_VERBS: &[&str] =
    &["rompu", "rompt", "rompre", "rompent", "rompait", "rompra", "coupe", "couper", "coupent"];

/// French half of [`crate::lang::BROKEN_TIES`].
pub const BROKEN_TIES: &[&str] = &["relations", "liens", "contacts"];

/// French half of [`crate::lang::BETWEEN_PRONOUNS`].
pub const BETWEEN_PRONOUNS: &[&str] = &["eux", "lui", "elle"];

/// French half of [`crate::lang::BATTLE_NOUNS`].
pub const BATTLE_NOUNS: &[&str] = &["bataille", "batailles", "combat"];

/// French half of [`crate::lang::CLASH_WORDS`] (the reflexive "s'affronter" in the forms that
/// tell two sides at once).
pub const CLASH_WORDS: &[&str] = &[
    "combats",
    "accrochages",
    "heurts",
    "affrontements",
    "escarmouches",
    "affrontes",
    "affrontees",
    "affrontent",
    "affrontaient",
    "affrontement",
    "accrochage",
    "heurt",
    "escarmouche",
    "confrontation",
    "confrontations",
    "echauffouree",
    "echauffourees",
];

/// French half of [`crate::lang::PITTING_VERBS`].
pub const PITTING_VERBS: &[&str] =
    &["oppose", "opposent", "opposait", "opposaient", "opposant", "opposes", "opposees"];

/// French half of [`crate::lang::STATE_VERBS`].
pub const STATE_VERBS: &[&str] =
    &["est", "sont", "etait", "etaient", "reste", "restent", "demeure", "demeurent", "a", "ont", "avait"];

/// French half of [`crate::lang::EXCHANGE_VERBS`].
pub const EXCHANGE_VERBS: &[&str] =
    &["echange", "echanges", "echangent", "echangeaient", "echangeant", "echanger"];

/// French half of [`crate::lang::FIRE_NOUNS`].
pub const FIRE_NOUNS: &[&str] = &["tirs", "feu", "coups", "obus", "roquettes", "salves"];

/// French half of [`crate::lang::OPEN_FIRE_VERBS`].
pub const OPEN_FIRE_VERBS: &[&str] =
    &["ouvert", "ouvrir", "ouvre", "ouvrent", "ouvrait", "ouvraient", "ouvrira", "ouvriront"];

/// French half of [`crate::lang::SHOOT_VERBS`].
pub const SHOOT_VERBS: &[&str] = &["tire", "tirent", "tirait", "tiraient", "tirer", "tirera", "tireront"];

/// French half of [`crate::lang::SHOT_AT`].
pub const SHOT_AT: &[&str] = &["sur"];

/// French half of [`crate::lang::NEIGHBOUR_WORDS`].
pub const NEIGHBOUR_WORDS: &[&str] = &["voisin", "voisine"];

/// French half of [`crate::lang::SINGULAR_POSSESSIVES`].
pub const SINGULAR_POSSESSIVES: &[&str] = &["son", "sa"];

/// French half of [`crate::lang::EXPEL_VERBS`], by infinitive.
pub const EXPEL_VERBS: &[&str] = &["expulser"];

/// French half of [`crate::lang::DECLARE_VERBS`], by infinitive.
pub const DECLARE_VERBS: &[&str] = &["declarer"];

/// French half of [`crate::lang::PERMIT_VERBS`], by infinitive ("permettre" in its written
/// forms).
pub const PERMIT_VERBS: &[&str] =
    &["laisser", "tolerer", "autoriser", "permettre", "permettra", "permettrons", "permettront", "permet"];

/// French half of [`crate::lang::KEEPING_VERBS`], by infinitive ("maintenir" in its written
/// forms).
pub const KEEPING_VERBS: &[&str] = &[
    "garder",
    "stationner",
    "maintenir",
    "maintient",
    "maintiennent",
    "maintenu",
    "maintenus",
    "maintenait",
    "maintenaient",
    "maintiendra",
];

/// French half of [`crate::lang::UNWELCOME_WORDS`].
pub const UNWELCOME_WORDS: &[&str] = &["grata", "gratae", "indesirable", "indesirables"];

/// French half of [`crate::lang::LEAVE_VERBS`], by infinitive.
pub const LEAVE_VERBS: &[&str] = &["quitter"];

/// French half of [`crate::lang::EXPELLED_WORDS`].
pub const EXPELLED_WORDS: &[&str] = &[
    "officier",
    "officiers",
    "agent",
    "agents",
    "espion",
    "espions",
    "attache",
    "attaches",
    "ressortissants",
];

/// French half of [`crate::lang::EXPELLED_FROM`].
pub const EXPELLED_FROM: &[&str] = &["de", "du", "d'", "des"];

/// French half of [`crate::lang::ORDER_WORDS`].
pub const ORDER_WORDS: &[&str] =
    &["somme", "sommee", "ordonne", "demande", "enjoint", "invite", "heures", "jours", "delai", "doit"];

/// French half of [`crate::lang::SUMMON_VERBS`], by infinitive.
pub const SUMMON_VERBS: &[&str] = &["convoquer"];

/// French half of [`crate::lang::PASSIVE_AUXILIARIES`].
pub const PASSIVE_AUXILIARIES: &[&str] =
    &["ete", "etre", "sera", "seront", "serait", "seraient", "fut", "furent", "etait", "etaient"];

/// French half of [`crate::lang::STATE_HEADS`].
pub const STATE_HEADS: &[&str] =
    &["police", "assemblee", "parlement", "senat", "gendarmerie", "garde", "armee", "marine", "presidence"];

/// French half of [`crate::lang::LEADER_TITLES`].
pub const LEADER_TITLES: &[&str] =
    &["president", "presidente", "premier ministre", "premiere ministre", "roi", "emir"];

/// French half of [`crate::lang::SUBJECT_RELATIVES`].
pub const SUBJECT_RELATIVES: &[&str] = &["qui"];

/// French half of [`crate::lang::HAVE_AUXILIARIES`].
pub const HAVE_AUXILIARIES: &[&str] =
    &["a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient"];

/// French half of [`crate::lang::COMMAND_NOUNS`].
pub const COMMAND_NOUNS: &[&str] = &["commandement", "direction"];

/// French half of [`crate::lang::REQUESTER_LINKS`].
pub const REQUESTER_LINKS: &[&str] = &["de", "du", "d'", "des", "par"];

/// French half of [`crate::lang::ASKING_NOUNS`].
pub const ASKING_NOUNS: &[&str] = &["demande", "requete", "sollicitation", "appel", "invitation"];

/// French half of [`crate::lang::SIDE_NOUNS`].
pub const SIDE_NOUNS: &[&str] = &["cote"];

/// French half of [`crate::lang::EXPULSION_NOUNS`].
pub const EXPULSION_NOUNS: &[&str] = &["expulsion", "expulsions"];

/// French half of [`crate::lang::COMPOSITION_PARTICIPLES`].
pub const COMPOSITION_PARTICIPLES: &[&str] =
    &["regroupant", "comprenant", "rassemblant", "reunissant", "incluant", "englobant"];

/// French half of [`crate::lang::COMPOSITION_VERBS`].
pub const COMPOSITION_VERBS: &[&str] = &[
    "comprend",
    "regroupe",
    "rassemble",
    "reunit",
    "inclut",
    "englobe",
    "compte",
    "regroupait",
    "comprenait",
];

/// French half of [`crate::lang::UNDERGO_WORDS`] (folded).
pub const UNDERGO_WORDS: &[&str] =
    &["essuye", "essuie", "essuyer", "subi", "subit", "subir", "sous", "attire"];

/// French half of [`crate::lang::SUPPLIER_NOUNS`].
pub const SUPPLIER_NOUNS: &[&str] =
    &["fournisseur", "fournisseurs", "donateur", "donateurs", "bailleur", "bailleurs"];

/// French half of [`crate::lang::LODGING_VERBS`] (folded).
pub const LODGING_VERBS: &[&str] =
    &["depose", "deposee", "deposees", "deposer", "deposera", "adresse", "adressee", "saisi", "saisir"];

/// French half of [`crate::lang::CIVILIAN_NOUNS`] (before the nationality in French).
pub const CIVILIAN_NOUNS: &[&str] =
    &["manifestants", "opposants", "refugies", "civils", "etudiants", "militants", "exiles", "dissidents"];

/// French half of [`crate::lang::COMPLAINT_NOUNS`] (folded).
pub const COMPLAINT_NOUNS: &[&str] =
    &["plainte", "plaintes", "protestation", "protestations", "recours", "requete", "lettre", "saisine"];

/// French half of [`crate::lang::ARMED_KIND_NOUNS`] (folded): the noun before "de" and the
/// hostile word ("avions de combat").
pub const ARMED_KIND_NOUNS: &[&str] = &[
    "groupe",
    "groupes",
    "groupement",
    "groupements",
    "unite",
    "unites",
    "char",
    "chars",
    "helicoptere",
    "helicopteres",
    "avion",
    "avions",
    "navire",
    "navires",
    "batiment",
    "batiments",
    "tenue",
    "tenues",
    "formation",
    "brigade",
    "brigades",
    "aptitude",
    "drone",
    "drones",
];
