//! French word lists.

use super::{Calendar, Lexicon, Unit};
use crate::analysis::EventType::*;

mod events;
mod function;
mod hostility;
mod lists;
mod names;
mod relations;

pub use events::*;
pub use function::*;
pub use hostility::*;
pub use lists::*;
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
        "iles", "etat", "municipalite", "village", "commune", "departement", "canton", "gouvernorat", "wilaya",
        "territoire", "polygone", "champ", "terrain", "baie", "golfe", "mer", "detroit", "peninsule",
        "archipel", "camp", "palais", "banc", "atoll", "recif", "corridor", "vallee", "plateau",
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
        ("atterri", Visit),
        ("arrivera", Visit), ("arriveront", Visit), ("escale", Visit),
        ("recu", Visit), ("recoit", Visit), ("accueilli", Visit), ("accueille", Visit),
        ("exercice", Exercise), ("exercices", Exercise), ("manoeuvre", Exercise), ("manoeuvres", Exercise),
        ("manœuvre", Exercise), ("manœuvres", Exercise), ("entrainement", Exercise),
        ("entrainements", Exercise), ("simulation", Exercise), ("visite", Visit), ("visites", Visit),
        ("delegation", Visit), ("rendu", Visit), ("rendue", Visit), ("rendus", Visit), ("rendra", Visit),
        ("rendre", Visit), ("rend", Visit), ("reunion", Meeting), ("reunions", Meeting), ("seance", Meeting),
        ("rencontre", Meeting), ("rencontres", Meeting), ("rencontre", Meeting), ("entretien", Meeting),
        ("entretiens", Meeting), ("consultations", Meeting), ("discussions", Meeting), ("concertation", Meeting),
        ("concertations", Meeting), ("concertes", Meeting),
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
        "detachements", "brigade", "regiment", "compagnie", "compagnies", "escadron", "peloton", "pelotons", "gardes",
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
        "soupconnent", "soupconnait", "soupconner", "deplore", "deplorent", "indigne", "indignee", "indignes",
        "consterne", "consternee", "consternes",
    ],
    support: &[
        "soutient", "soutiennent", "soutiendraient", "soutiendra", "soutien", "appui", "appuie", "appuient",
        "aide", "aident", "aidait", "aider", "soutenir",
    ],
    cooperation: &[
        "cooperation", "cooperer", "coopere", "cooperent", "partenariat", "partenaires", "conjointement",
        "conjoint", "conjointe", "conjoints", "conjointes", "ensemble", "allies", "allie", "rapprochement",
        "collaboration", "coordination", "coordonnent", "interaction", "bilaterale", "bilaterales",
        "bilateral", "etroitement",
        "mixte", "mixtes", "commun", "commune", "communs", "communes",
    ],
    negations: &[
        "pas", "non", "jamais", "aucun", "aucune", "ni", "permettra", "permettrait", "permettant", "permettre",
        "permet", "possibilite", "possibilites",
    ],
    both_sides: &[
        "parties", "pays", "armees", "nations", "interlocuteurs", "ministres", "dirigeants", "ils", "marines",
        "delegations", "gouvernements", "allies", "duo",
    ],
    compass: &[
        "nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "centre", "extreme-orient",
        "extreme-nord", "extreme-sud",
    ],
    company_forms: &[("sa", false), ("sas", false), ("sarl", false), ("cie", true)],
    firm_nouns: &[
        "societe", "constructeur", "avionneur", "entreprise", "firme", "fabricant", "motoriste", "industriel",
        "conglomerat", "equipementier", "missilier", "armurier", "chantier", "start-up", "groupe",
    ],
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
