//! The word lists of the event stage read in both languages ([`Words`]): what makes a trigger
//! fit its clause (sending, hosting, arriving, receiving), editions and kinds of drills, earlier
//! events recalled, and the like. Each has a French half in `french.rs` or `french/events.rs` and
//! an English half in `english/`.

use super::words::Words;
use super::{english, french};

/// Nouns of an edition of a recurring event ("the sixth edition of 'X'"): a quoted name after one
/// names an exercise when its sentence has an exercise word.
pub const EDITION_WORDS: Words = Words { fr: french::EDITION_WORDS, en: english::EDITION_WORDS };

/// Verbs of sending forces ("a envoyé des troupes", "sent two frigates"): a deployment when troops
/// or ships are named near them.
pub const SENDING_VERBS: Words = Words { fr: french::SENDING_VERBS, en: english::SENDING_VERBS };

/// Verbs of hosting ("hosted", "a accueilli"): a visit when a visitor follows, the host of drills
/// when an exercise word comes just before.
pub const HOSTING_VERBS: Words = Words { fr: french::HOSTING_VERBS, en: english::HOSTING_VERBS };

/// Verbs of forces arriving somewhere ("docked", "sont arrivés"): a deployment when troops or
/// ships are named before them.
pub const ARRIVAL_VERBS: Words = Words { fr: french::ARRIVAL_VERBS, en: english::ARRIVAL_VERBS };

/// Determiners before a troop noun that refer back to forces already named ("the soldiers", "ces
/// militaires").
pub const DEFINITE_TROOP_MARKS: Words =
    Words { fr: french::DEFINITE_TROOP_MARKS, en: english::DEFINITE_TROOP_MARKS };

/// Words of home after a verb of arrival ("arrived home", "arrived back", "arrivés au bercail"):
/// forces returning from an event, which opens none.
pub const HOME_MARKS: Words = Words { fr: french::HOME_MARKS, en: english::HOME_MARKS };

/// Words making a conference one for the press, not a meeting of sides ("a press conference",
/// "une conférence de presse"): before the noun in English, after it in French.
pub const PRESS_WORDS: Words = Words { fr: french::PRESS_WORDS, en: english::PRESS_WORDS };

/// Words making a mission one of forces sent abroad ("a military training mission in X", "une
/// mission de formation au Y"): before the noun in English, after it in French.
pub const MISSION_KINDS: Words = Words { fr: french::MISSION_KINDS, en: english::MISSION_KINDS };

/// Adjectives making a presence armed ("présence militaire", "naval presence").
pub const MILITARY_ADJECTIVES: Words =
    Words { fr: french::MILITARY_ADJECTIVES, en: english::MILITARY_ADJECTIVES };

/// Words before an event's noun telling an earlier one ("the previous drills", "la récente
/// visite"): recalled, not the news of the day.
pub const RECENT_WORDS: Words = Words { fr: french::RECENT_WORDS, en: english::RECENT_WORDS };

/// Words of willingness before "to"/"à" ("committed to pursue dialogue", "prêt au dialogue"):
/// talks offered, not held.
pub const WILLINGNESS_WORDS: Words = Words { fr: french::WILLINGNESS_WORDS, en: english::WILLINGNESS_WORDS };

/// Words of calling for something before "for"/"on"/"à" ("called for a truce", "urged … to
/// sign", "appel à un cessez-le-feu"): talks or an accord asked for, not held nor made.
pub const CALL_WORDS: Words = Words { fr: french::CALL_WORDS, en: english::CALL_WORDS };

/// Words of the telephone and the nouns of talk beside them ("a phone call", "un entretien
/// téléphonique"): two sides who speak by telephone meet.
pub const PHONE_WORDS: Words = Words { fr: french::PHONE_WORDS, en: english::PHONE_WORDS };

/// Nouns of talk held by telephone ("call", "conversation", "entretien", "échange").
pub const PHONE_TALK_NOUNS: Words = Words { fr: french::PHONE_TALK_NOUNS, en: english::PHONE_TALK_NOUNS };

/// Words of the anchor a ship casts ("l'ancre", "anchor"), read after [`ANCHOR_VERBS`].
pub const ANCHOR_NOUNS: Words = Words { fr: french::ANCHOR_NOUNS, en: english::ANCHOR_NOUNS };

/// Verbs of landing ("landed", "a atterri"): a visit, a deployment when troops or aircraft land.
pub const LANDING_VERBS: Words = Words { fr: french::LANDING_VERBS, en: english::LANDING_VERBS };

/// Verbs of casting anchor before the word of the anchor ("ont jeté l'ancre", "dropped anchor"):
/// ships calling at a port, a visit.
pub const ANCHOR_VERBS: Words = Words { fr: french::ANCHOR_VERBS, en: english::ANCHOR_VERBS };

/// Nouns of membership describing a country by its alliance ("NATO member Lithuania", "la
/// Roumanie, membre de l'Otan"): the alliance so named takes no part in the country's event.
pub const MEMBER_NOUNS: Words = Words { fr: french::MEMBER_NOUNS, en: english::MEMBER_NOUNS };

/// Words of recurrence next to a plural exercise word without its article ("hold annual drills",
/// "des exercices réguliers"): a series, no one exercise.
pub const RECURRENCE_WORDS: Words = Words { fr: french::RECURRENCE_WORDS, en: english::RECURRENCE_WORDS };

/// Nouns of a border. In English a name compounded before one ("on the Estrian border") is the
/// other side of a line, no place nor party; French names it after ("la frontière estrienne"),
/// which [`OTHER_SIDE_WORDS`] already reads.
pub const BORDER_NOUNS: Words = Words { fr: french::BORDER_NOUNS, en: english::BORDER_NOUNS };

/// Nouns of an intent whose owner is the author of what follows its infinitive ("Estria's plans
/// to hold drills with X", "la décision de X d'organiser des manœuvres"): the owner takes part.
pub const INTENT_NOUNS: Words = Words { fr: french::INTENT_NOUNS, en: english::INTENT_NOUNS };

/// Words naming the latest holder of a record ("the last minister to visit", "le dernier
/// ministre à se rendre"): with a link of [`LAST_OF_KIND_LINKS`] right before the event's word,
/// the event is an earlier one.
pub const LAST_OF_KIND: Words = Words { fr: french::LAST_OF_KIND, en: english::LAST_OF_KIND };

/// The links between a word of [`LAST_OF_KIND`] and the event's word ("to", "à").
pub const LAST_OF_KIND_LINKS: Words =
    Words { fr: french::LAST_OF_KIND_LINKS, en: english::LAST_OF_KIND_LINKS };

/// Words after an event's noun telling other ones of its kind ("des exercices similaires").
pub const SIMILAR_AFTER: Words = Words { fr: french::SIMILAR_AFTER, en: english::SIMILAR_AFTER };

/// Words right before an event's noun telling other ones ("other drills", "d'autres exercices").
pub const OTHER_BEFORE: Words = Words { fr: french::OTHER_BEFORE, en: english::OTHER_BEFORE };

/// Words of likeness ("similar to the treaty with X"): with a link of [`LIKE_LINKS`] after them,
/// the event named next is another, earlier one.
pub const LIKE_WORDS: Words = Words { fr: french::LIKE_WORDS, en: english::LIKE_WORDS };

/// The links after a word of [`LIKE_WORDS`] ("similar to", "similaire à").
pub const LIKE_LINKS: Words = Words { fr: french::LIKE_LINKS, en: english::LIKE_LINKS };

/// English words before "training" that make it a drill ("joint training").
pub const TRAINING_MODIFIERS: &[&str] = english::TRAINING_MODIFIERS;

/// English words near "deal" or "sign" that make them an agreement ("a defence deal").
pub const AGREEMENT_CONTEXT: &[&str] = english::AGREEMENT_CONTEXT;

/// Verbs of receiving goods ("a reçu des drones de X", "received helicopters from Y"): the giver
/// after a seller's mark backs the receiver, as in a purchase. The French half also opens a visit
/// unless a thing received follows.
pub const RECEIPT_VERBS: Words = Words { fr: french::RECEIVE_FORMS, en: english::RECEIPT_VERBS };

/// How far after a verb of receiving its goods may be named ("a reçu des Mi-8, un hélicoptère
/// de transport").
pub const GOODS_REACH: usize = 8;

/// Military goods received or delivered ("des hélicoptères", "a batch of drones").
pub const RECEIVED_GOODS: Words = Words { fr: french::RECEIVED_GOODS, en: english::RECEIVED_GOODS };

/// French things received rather than visitors ("a reçu un soutien").
pub const FRENCH_RECEIVED_THINGS: &[&str] = french::RECEIVED_THINGS;

/// Bodies that sit in sessions ("la session de la commission mixte", "a session of the joint
/// committee"): a session of one is a meeting.
pub const SITTING_BODIES: Words = Words { fr: french::SITTING_BODIES, en: english::SITTING_BODIES };

/// Common words a headline in title case capitalises right after an exercise word ("Un Exercice
/// Militaire avec…", "Joint Exercise Begins in…"): no exercise's name there.
pub const TITLE_COMMON_WORDS: Words =
    Words { fr: french::TITLE_COMMON_WORDS, en: english::TITLE_COMMON_WORDS };

/// Words making an operation joint ("opérations conjointes", "joint operations"): forces of
/// several sides acting together, told as a patrol.
pub const JOINT_WORDS: Words = Words { fr: french::JOINT_WORDS, en: english::JOINT_WORDS };

/// Nouns of a statement ("statement", "declaration", "déclaration", "communiqué"): made joint
/// ([`JOINT_WORDS`]), the accord of its authors.
pub const STATEMENT_NOUNS: Words = Words { fr: french::STATEMENT_NOUNS, en: english::STATEMENT_NOUNS };

/// Auxiliaries of a past before the past ("avait", "had") and the word "already" ("déjà"): with
/// both before a trigger ("had already been signed", "avait déjà été signée"), an earlier event
/// than the news.
pub const PLUPERFECT_AUXILIARIES: Words =
    Words { fr: french::PLUPERFECT_AUXILIARIES, en: english::PLUPERFECT_AUXILIARIES };

/// See [`PLUPERFECT_AUXILIARIES`].
pub const ALREADY_WORDS: Words = Words { fr: french::ALREADY_WORDS, en: english::ALREADY_WORDS };

/// Words naming a body the sides sit on together: a committee word ("commission", "comité",
/// "committee") and a word making it joint ("mixte", "joint", "bilatéral") or shared by
/// neighbours ("border committee", "comité des frontières"). Such a body is the
/// frame of its sides' meetings, not one more side ([`is_joint_body`]).
pub const COMMITTEE_WORDS: Words = Words { fr: french::COMMITTEE_WORDS, en: english::COMMITTEE_WORDS };

/// See [`COMMITTEE_WORDS`].
pub const JOINT_BODY_MARKS: Words = Words { fr: french::JOINT_BODY_MARKS, en: english::JOINT_BODY_MARKS };

/// Verbs of preventing, whose "from"/"de" opens what did not happen ("prevented X and Y from
/// signing", "a empêché X de signer").
pub const PREVENT_VERBS: Words = Words { fr: french::PREVENT_VERBS, en: english::PREVENT_VERBS };

/// Verbs of refusing an act ("declined to send troops", "a refusé d'envoyer"): the act is not
/// done; who refuses to join an event takes no part in it.
pub const REFUSAL_VERBS: Words = Words { fr: french::REFUSAL_VERBS, en: english::REFUSAL_VERBS };

/// Whether a body's name (folded, in `lang`) names a joint committee of sides: one of its words
/// a [`COMMITTEE_WORDS`], another a [`JOINT_BODY_MARKS`] ("Joint Military Commission",
/// "Commission militaire mixte", "comité bilatéral de défense").
pub fn is_joint_body(folded_name: &str, lang: crate::analysis::Lang) -> bool {
    let words: Vec<&str> = folded_name.split(|c: char| c.is_whitespace() || c == '-').collect();
    words.iter().any(|w| COMMITTEE_WORDS.of(lang).contains(w))
        && words.iter().any(|w| JOINT_BODY_MARKS.of(lang).contains(w))
}

/// Words naming a diplomat ("ambassadeur", "envoy", "chargé d'affaires"): one received to hear a
/// protest is summoned, not visiting.
pub const ENVOY_WORDS: Words = Words { fr: french::ENVOY_WORDS, en: english::ENVOY_WORDS };

/// Places of training named with an event's word ("centre d'entraînement", "training ground",
/// "exercise area"): a facility, no event.
pub const TRAINING_FACILITIES: Words =
    Words { fr: french::TRAINING_FACILITIES, en: english::TRAINING_FACILITIES };

/// English words after "flew" that make it a trip ("flew to X", "flew into Y", "flew back"):
/// English only, since the French trigger words of a trip are others ("s'est rendu").
pub const FLIGHT_DESTINATION_MARKS: &[&str] = english::FLIGHT_DESTINATION_MARKS;

/// English nouns after "phone"/"telephone" that make it a call between sides ("a phone call with
/// X"): English only, since French tells a call with its own noun ("entretien téléphonique").
pub const ENGLISH_CALL_NOUNS: &[&str] = english::CALL_NOUNS;

/// Foreign trainers ("instructeurs", "advisers"): trainers of one country training another's
/// forces are deployed there.
pub const TRAINER_WORDS: Words = Words { fr: french::TRAINER_WORDS, en: english::TRAINER_WORDS };

/// Verbs of training someone ("entraînent", "forment", "train"): with trainers as their subject,
/// a deployment of those trainers.
pub const TRAINING_VERBS: Words = Words { fr: french::TRAINING_VERBS, en: english::TRAINING_VERBS };

/// Participles of a thing's use ("designed for", "destinés à"): a word of drills right after them
/// says what the thing is for, no drill held.
pub const USE_MARKS: Words = Words { fr: french::USE_MARKS, en: english::USE_MARKS };

/// A delegation a side sends ("une délégation", "an envoy"): with no troops, a
/// visit, not a deployment.
pub const DELEGATION_NOUNS: Words = Words { fr: french::DELEGATION_NOUNS, en: english::DELEGATION_NOUNS };

/// Words telling someone present at an event ("was also present", "était présente"): a
/// delegation so told attends its host's event.
pub const PRESENT_WORDS: Words = Words { fr: french::PRESENT_WORDS, en: english::PRESENT_WORDS };

/// Words whose complement is a domain, not an event: skills ("capabilities in joint training"),
/// fields ("in the areas of training", "en matière d'entraînement") and working together ("to
/// work together in naval training", "coopérer dans la formation"). An event word there names
/// no event.
pub const DOMAIN_HEADS: Words = Words { fr: french::DOMAIN_HEADS, en: english::DOMAIN_HEADS };

/// Words making an event noun a kind, not an occurrence ("such exercises", "de tels exercices").
pub const KIND_MARKS: Words = Words { fr: french::KIND_MARKS, en: english::KIND_MARKS };

/// Adverbs telling one more occurrence ("X also met Y", "X a également rencontré Y"): right before
/// a meeting's verb, another encounter than the one just told.
pub const ALSO_WORDS: Words = Words { fr: french::ALSO_WORDS, en: english::ALSO_WORDS };

/// Adjectives of events held apart ("parallel drills", "des manœuvres parallèles"): the sides
/// named with such a trigger each hold their own, none takes part in the other's.
pub const APART_ADJECTIVES: Words = Words { fr: french::APART_ADJECTIVES, en: english::APART_ADJECTIVES };
