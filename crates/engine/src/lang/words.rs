//! The word lists read in both languages ([`Words`]): a French half in `french.rs` and an English
//! half in `english/`, each named after what the rules use it for. The relation stage's lists are
//! in `relation_words.rs`, the event stage's in `event_words.rs`.

use super::{english, french};
use crate::analysis::Lang;

/// A word list read whatever the document's language, since articles quote the other language's
/// titles, names and outlets: a French half in `french.rs` and an English half in `english/lists.rs`.
#[derive(Clone, Copy)]
pub struct Words {
    /// The French words (folded).
    pub fr: &'static [&'static str],
    /// The English words (folded).
    pub en: &'static [&'static str],
}

impl Words {
    /// Whether `w` (folded) is in either half.
    pub fn contains(&self, w: &str) -> bool {
        self.fr.contains(&w) || self.en.contains(&w)
    }

    /// The half of `lang`, for words that mean something else in the other language (French
    /// "a" is English's article).
    pub fn of(&self, lang: Lang) -> &'static [&'static str] {
        match lang {
            Lang::Fr => self.fr,
            Lang::En => self.en,
        }
    }
}

/// Words handing out a list's items one by one to another list ("respectively"): "the A and B
/// ministers X and Y, respectively" gives A to X and B to Y.
pub const DISTRIBUTIVE_WORDS: Words =
    Words { fr: french::DISTRIBUTIVE_WORDS, en: english::DISTRIBUTIVE_WORDS };

/// Verbs of labelling ("called X a provocation", "qualifiant X de menace"): the actors between
/// one and a hostile word are what it labels.
pub const LABEL_VERBS: Words = Words { fr: french::LABEL_VERBS, en: english::LABEL_VERBS };

/// Words between the destinations of a tour ("X and Y", "au X, puis au Y").
pub const TOUR_LINKS: Words = Words { fr: french::TOUR_LINKS, en: english::TOUR_LINKS };

/// Words of coming back before the places of a trip ("returned from X and Y", "de retour de X"):
/// the places listed after them and "from"/"de" were the trip's stops.
pub const RETURN_WORDS: Words = Words { fr: french::RETURN_WORDS, en: english::RETURN_WORDS };

/// Words of direction before a destination ("au", "en", "to").
pub const DIRECTION_WORDS: Words = Words { fr: french::DIRECTION_WORDS, en: english::DIRECTION_WORDS };

/// Words naming a policy or a text, whose names also end in a year ("Horizon 2047", "Vision 2030").
pub const POLICY_WORDS: Words = Words { fr: french::POLICY_WORDS, en: english::POLICY_WORDS };

/// Verbs of saying: a date right after one tells when something was said.
pub const SAYING_VERBS: Words = Words { fr: french::SAYING_VERBS, en: english::SAYING_VERBS };

/// Verbs of denying ("dément", "denied"): a capital right after one, closing its clause, is the
/// government that denies.
pub const DENIAL_VERBS: Words = Words { fr: french::DENIAL_VERBS, en: english::DENIAL_VERBS };

/// Words that make a person a commentator of an event rather than one of its actors.
pub const EXPERT_WORDS: Words = Words { fr: french::EXPERT_WORDS, en: english::EXPERT_WORDS };

/// English words that may stand between an exercise's name and "exercise" ("Coral naval drills").
pub const EXERCISE_MODIFIERS: Words =
    Words { fr: french::EXERCISE_MODIFIERS, en: english::EXERCISE_MODIFIERS };

/// Place words that belong to the name when capitalised ("Gulf of Aden", "Strait of Hormuz").
pub const WATER_HEADS: Words = Words { fr: french::WATER_HEADS, en: english::WATER_HEADS };

/// Words that, after a country's name, make the pair the name of a news outlet.
pub const MEDIA_WORDS: Words = Words { fr: french::MEDIA_WORDS, en: english::MEDIA_WORDS };

/// Connectors skipped when spelling a name's initials.
pub const INITIAL_SKIP: Words = Words { fr: french::INITIAL_SKIP, en: english::INITIAL_SKIP };

/// Ship classes after which a city's name is a ship's ("the frigates Hobart and Perth").
pub const SHIP_WORDS: Words = Words { fr: french::SHIP_WORDS, en: english::SHIP_WORDS };

/// Words of a class of equipment before its name ("le système Iris-T", "the system Aster"): the
/// name is a thing, no person.
pub const SYSTEM_WORDS: Words = Words { fr: french::SYSTEM_WORDS, en: english::SYSTEM_WORDS };

/// Verbs giving a verdict on an event ("called the drills a provocation", "perçues comme une
/// menace"), read with [`VERDICT_NOUNS`].
pub const VERDICT_VERBS: Words = Words { fr: french::VERDICT_VERBS, en: english::VERDICT_VERBS };

/// Nouns of a hostile verdict on an event, after a verdict's verb.
pub const VERDICT_NOUNS: Words = Words { fr: french::VERDICT_NOUNS, en: english::VERDICT_NOUNS };

/// Verbs of holding an exercise, between its one side and the trigger ("China launched drills",
/// "la Russie mène des manœuvres"): the exercise is that side's own act.
pub const HOLDING_VERBS: Words = Words { fr: french::HOLDING_VERBS, en: english::HOLDING_VERBS };

/// Words that make an event its sides' alone ("its own drills", "ses propres exercices"): it is
/// never one with another side's event.
pub const OWN_WORDS: Words = Words { fr: french::OWN_WORDS, en: english::OWN_WORDS };

/// Possessives of the sides already told, which make a meeting after a preposition the one told
/// before ("au terme de leur entretien", "after their talks", "from our joint meeting").
pub const PAIR_POSSESSIVES: Words = Words { fr: french::PAIR_POSSESSIVES, en: english::PAIR_POSSESSIVES };

/// Prepositions after which a name with no title is where something happens, not who ("in
/// Monte Verde", "à Marc-Laurent"): a given name there opens a place's name.
pub const WHERE_WORDS: Words = Words { fr: french::WHERE_WORDS, en: english::WHERE_WORDS };

/// The halves of a divided country ("North"/"South" Korea, "Soudan du Sud"): with both halves
/// named, "the North" and "le Sud" stand for them.
pub const HALF_WORDS: Words = Words { fr: french::HALF_WORDS, en: english::HALF_WORDS };

/// Plural nouns of roles ("Department Heads", "Forces Commanders", "chefs"): a capitalised run
/// holding one names a group of people, neither a person nor a body.
pub const ROLE_PLURALS: Words = Words { fr: french::ROLE_PLURALS, en: english::ROLE_PLURALS };

/// Words making a cue reciprocal ("accuse each other", "traded blame", "s'accusent
/// mutuellement"): the sides before it stand against (or with) each other, both ways.
pub const RECIPROCAL_WORDS: Words = Words { fr: french::RECIPROCAL_WORDS, en: english::RECIPROCAL_WORDS };

/// Words after which a name is given ("baptisé", "dubbed", "known as"): a capitalised or quoted
/// name after them near an exercise is the exercise's; after a group word ("an armed group
/// called X"), the group's.
pub const NAMING_WORDS: Words = Words { fr: french::NAMING_WORDS, en: english::NAMING_WORDS };

/// Words of a capital city: a name right after one is a place ("Estria's capital Velmora", "la
/// capitale Velmora"), whatever it looks like, and the word is no role.
pub const CAPITAL_WORDS: Words = Words { fr: french::CAPITAL_WORDS, en: english::CAPITAL_WORDS };

/// Nouns that stand for any event just told when a demonstrative opens the sentence with them
/// ("This operation, carried out on…", "Cette mission…"): the sentence tells that event.
pub const EVENT_ANAPHORS: Words = Words { fr: french::EVENT_ANAPHORS, en: english::EVENT_ANAPHORS };

/// Last words of the names of texts, policies and programmes ("Blue Harbour Partnership",
/// "Vision Statement") and of gatherings ("Joint Defence Committee Meeting"): such a name is no
/// actor.
pub const WORK_HEADS: Words = Words { fr: french::WORK_HEADS, en: english::WORK_HEADS };

/// Words of address for a sovereign or a dignitary ("His Majesty's Armed Forces", "Son
/// Excellence"): a title, never a person's name.
pub const HONORIFICS: Words = Words { fr: french::HONORIFICS, en: english::HONORIFICS };

/// Words of terrain that head a place's name: last in English ("the Suwałki Gap", "the Golan
/// Heights"), first in French before "de" ("la vallée de la Bekaa").
pub const TERRAIN_HEADS: Words = Words { fr: french::TERRAIN_HEADS, en: english::TERRAIN_HEADS };

/// Last words of the names of military sites and facilities.
pub const FACILITY_WORDS: Words = Words { fr: french::FACILITY_WORDS, en: english::FACILITY_WORDS };

/// Lowercase nouns of a site before its name ("la base navale X", "l'aéroport international Y",
/// "the naval base X"): a name after one, over its adjectives, names the site, even a person's
/// name it honours.
pub const SITE_NOUNS: Words = Words { fr: french::SITE_NOUNS, en: english::SITE_NOUNS };

/// Nouns of taking another's land ("invasion", "annexion"): with the land's owner after "of"/"de"
/// and an author before, after or as an adjective ("Russia's invasion of X", "l'invasion russe de
/// X", "the occupation of X by Y"), the author opposes the owner.
pub const SEIZURE_NOUNS: Words = Words { fr: french::SEIZURE_NOUNS, en: english::SEIZURE_NOUNS };

/// Nouns of a peer named by their country ("son homologue malien, le général X", "his Egyptian
/// host, President Y"): the demonym beside them is the next name's country.
pub const PEER_NOUNS: Words = Words { fr: french::PEER_NOUNS, en: english::PEER_NOUNS };

/// Words right before "sign"/"signe" that make it the noun ("a clear sign of", "dernier signe
/// de"), which names no signing.
pub const SIGN_NOUN_MARKS: Words = Words { fr: french::SIGN_NOUN_MARKS, en: english::SIGN_NOUN_MARKS };

/// Objects of the verb of using a right or a power ("exercise their right", "exercise restraint"):
/// the trigger word before them is that verb, no drill.
pub const EXERCISED_OBJECTS: Words = Words { fr: french::EXERCISED_OBJECTS, en: english::EXERCISED_OBJECTS };

/// Plural subject pronouns ("They also signed…", "Ils ont ensuite signé…"): opening a sentence, they
/// stand for the sides of the event just told.
pub const PLURAL_PRONOUNS: Words = Words { fr: french::PLURAL_PRONOUNS, en: english::PLURAL_PRONOUNS };

/// Words after which a country is the other side of an event, not a partner: a border, a threat,
/// a rivalry, observers ("à la frontière avec X", "against X", "tensions with Y").
pub const OTHER_SIDE_WORDS: Words = Words { fr: french::OTHER_SIDE_WORDS, en: english::OTHER_SIDE_WORDS };

/// Words that carry a title on past a comma ("ministre des Armées, de la Mémoire et des…",
/// "minister delegate, charged with defence…"): the apposition goes on to name the title's country.
pub const TITLE_CONTINUATIONS: Words =
    Words { fr: french::TITLE_CONTINUATIONS, en: english::TITLE_CONTINUATIONS };

/// Nouns of occupation that, in an apposition, show the name before is a person's.
pub const ROLE_NOUNS: Words = Words { fr: french::ROLE_NOUNS, en: english::ROLE_NOUNS };

/// Words opening a subordinate clause ("alors que", "while"): its actors are not the main verb's.
pub const CLAUSE_OPENERS: Words = Words { fr: french::CLAUSE_OPENERS, en: english::CLAUSE_OPENERS };

/// Openers that open a clause only before "que" ("alors que"): alone they are other words.
pub const CONJUNCTION_HEADS: Words = Words { fr: french::CONJUNCTION_HEADS, en: english::CONJUNCTION_HEADS };

/// Words opening a relative clause ("qui", "which").
pub const RELATIVE_WORDS: Words = Words { fr: french::RELATIVE_WORDS, en: english::RELATIVE_WORDS };

/// Participles of an auxiliary that, after a comma, open a phrase set off as a relative clause
/// is ("X, ayant prêté allégeance à Y, …", "X, having signed …, …").
pub const PARTICIPLE_OPENERS: Words =
    Words { fr: french::PARTICIPLE_OPENERS, en: english::PARTICIPLE_OPENERS };

/// Words after which an actor is a partner of the trigger ("avec", "with").
pub const PARTNER_WORDS: Words = Words { fr: french::PARTNER_WORDS, en: english::PARTNER_WORDS };

/// Words after which an actor is a target of the trigger ("contre", "against").
pub const TARGET_WORDS: Words = Words { fr: french::TARGET_WORDS, en: english::TARGET_WORDS };

/// Words introducing the agent of a passive ("par", "by").
pub const AGENT_WORDS: Words = Words { fr: french::AGENT_WORDS, en: english::AGENT_WORDS };

/// Nouns of conflict: an actor in a phrase they head is its context, not a party of the event told
/// beside it ("la guerre entre X et Y", "the war in X").
pub const CONFLICT_NOUNS: Words = Words { fr: french::CONFLICT_NOUNS, en: english::CONFLICT_NOUNS };

/// Words crossed when walking back from a name to the noun that heads its phrase (determiners,
/// prepositions, coordinators).
pub const PHRASE_LINKS: Words = Words { fr: french::PHRASE_LINKS, en: english::PHRASE_LINKS };

/// Words placing an event next to somewhere, not in it ("autour de", "off"): a country after them
/// is where, not who.
pub const AROUND_WORDS: Words = Words { fr: french::AROUND_WORDS, en: english::AROUND_WORDS };

/// Words for a country's shores and waters, crossed between an [`AROUND_WORDS`] word and the
/// country ("off the coast of X", "autour de l'île de X").
pub const SHORE_WORDS: Words = Words { fr: french::SHORE_WORDS, en: english::SHORE_WORDS };

/// Nouns of acting for someone ("on behalf of X", "au nom de X", "pour le compte de X"): whoever
/// acts so belongs to X.
pub const BEHALF_WORDS: Words = Words { fr: french::BEHALF_WORDS, en: english::BEHALF_WORDS };

/// Words denying what follows them ("not", "never", "pas", "jamais"): a cue after one is denied.
pub const NEGATION_WORDS: Words = Words { fr: french::NEGATION_WORDS, en: english::NEGATION_WORDS };

/// Words after a negation that make it add rather than deny ("not only", "non seulement").
pub const ADDING_WORDS: Words = Words { fr: french::ADDING_WORDS, en: english::ADDING_WORDS };

/// Words of a ministry's or a title's domain ("Foreign Affairs", "Civilian Protection", "la
/// Sécurité"): after a title's first domain word they go on with the domain, never open a name.
pub const DOMAIN_WORDS: Words = Words { fr: french::DOMAIN_WORDS, en: english::DOMAIN_WORDS };

/// Words of a truce ("ceasefire", "trêve", "cessez" of "cessez-le-feu"): agreements when concluded.
pub const TRUCE_WORDS: Words = Words { fr: french::TRUCE_WORDS, en: english::TRUCE_WORDS };

/// Words of breaking an accord ("violated", "violations", "breach"): a truce they name is referred
/// to, not concluded.
pub const VIOLATION_WORDS: Words = Words { fr: french::VIOLATION_WORDS, en: english::VIOLATION_WORDS };

/// Verbs telling what something consists of ("entails", "covers", "comprend", "porte sur").
pub const CONTENT_VERBS: Words = Words { fr: french::CONTENT_VERBS, en: english::CONTENT_VERBS };

/// Nouns of a standing cooperation ("cooperation", "partnership", "coopération"): what they are
/// said to consist of is no occurrence.
pub const COOPERATION_NOUNS: Words = Words { fr: french::COOPERATION_NOUNS, en: english::COOPERATION_NOUNS };

/// Words that head a country's armed service named with a nationality ("marine" in "la marine
/// indienne"; English: the last word, "navy" in "the Indian navy").
pub const SERVICE_HEADS: Words = Words { fr: french::SERVICE_HEADS, en: english::SERVICE_HEADS };

/// Words inside a service's name ("de l'air", "royale"; "air force", "coast guard").
pub const SERVICE_WORDS: Words = Words { fr: french::SERVICE_WORDS, en: english::SERVICE_WORDS };

/// Words of membership in a body ("membres", "joined"): the countries listed next to them belong
/// to the body.
pub const MEMBER_WORDS: Words = Words { fr: french::MEMBER_WORDS, en: english::MEMBER_WORDS };

/// Words of allegiance between groups ("allégeance", "affiliated"): "X, ayant fait allégeance à
/// Y", "the Y-affiliated group X" make X a part of Y.
pub const ALLEGIANCE_WORDS: Words = Words { fr: french::ALLEGIANCE_WORDS, en: english::ALLEGIANCE_WORDS };

/// Words joining the last two items of a list ("et", "and"): a list goes on past them.
pub const AND_WORDS: Words = Words { fr: french::AND_WORDS, en: english::AND_WORDS };

/// Words joining items of a list, "and" or "or": after a comma they open the next item, never an
/// apposition.
pub const COORDINATORS: Words = Words { fr: french::COORDINATORS, en: english::COORDINATORS };

/// Participles naming a phrase's leader before their agent ("led by", "menée par").
pub const LED_WORDS: Words = Words { fr: french::LED_WORDS, en: english::LED_WORDS };

/// Nouns of command before the leader's "of" ("under the command of General X", "sous le
/// commandement du général Y"): the leader of the group named before, as [`LED_WORDS`].
pub const COMMAND_NOUNS: Words = Words { fr: french::COMMAND_NOUNS, en: english::COMMAND_NOUNS };

/// The noun of a side opening a sentence ("On the Afghan side,", "Côté malien,"): the bodies the
/// sentence names with no country are that side's.
pub const SIDE_NOUNS: Words = Words { fr: french::SIDE_NOUNS, en: english::SIDE_NOUNS };

/// Verbs listing a body's members in a relative clause after its name ("qui regroupe X et Y",
/// "which comprises X and Y"): each listed country belongs to the body.
pub const COMPOSITION_VERBS: Words = Words { fr: french::COMPOSITION_VERBS, en: english::COMPOSITION_VERBS };

/// Participles listing a body's members right after its name ("le G5 Sahel, regroupant X et Y",
/// "the bloc comprising X and Y"): each listed country belongs to the body.
pub const COMPOSITION_PARTICIPLES: Words =
    Words { fr: french::COMPOSITION_PARTICIPLES, en: english::COMPOSITION_PARTICIPLES };

/// Verbs and nouns of taking part ("X is also participating", "participants include Y", "Z
/// participe"): a sentence with one and no trigger tells who takes part in the event just told.
pub const PARTICIPATION_WORDS: Words =
    Words { fr: french::PARTICIPATION_WORDS, en: english::PARTICIPATION_WORDS };

/// Determiners that point to a thing already told ("the drills", "ces manœuvres").
pub const DEFINITES: Words = Words { fr: french::DEFINITES, en: english::DEFINITES };

/// Verbs of entering a country ("entered", "sont entrés"): with troops before them and a country
/// after, a deployment.
pub const ENTERING_VERBS: Words = Words { fr: french::ENTERING_VERBS, en: english::ENTERING_VERBS };

/// Words before where forces are or go ("troops in X", "sent toward the border", "des militaires
/// au Y"): with a country's troops before them and another country after, a deployment.
pub const ABROAD_MARKS: Words = Words { fr: french::ABROAD_MARKS, en: english::ABROAD_MARKS };

/// Words leaving the actors after them out of an event ("drills without X", "excluding Y", "sans
/// Z"): they take no part.
pub const EXCLUSION_WORDS: Words = Words { fr: french::EXCLUSION_WORDS, en: english::EXCLUSION_WORDS };

/// Words of a topic ("talks about X", "un échange au sujet de Y"): a person named after one is
/// what the event speaks of, not one who takes part.
pub const TOPIC_WORDS: Words = Words { fr: french::TOPIC_WORDS, en: english::TOPIC_WORDS };

/// Words naming a country's government ("gouvernement", "government") or its form of state
/// ("royaume", "Kingdom", "République"): "the Government of X", "the X government" and "the
/// Kingdom of X" are the country itself, no body of their own.
pub const GOVERNMENT_WORDS: Words = Words { fr: french::GOVERNMENT_WORDS, en: english::GOVERNMENT_WORDS };

/// A country's missions abroad ("ambassade", "consulate"): a body named by its country alone,
/// which belongs to the country that sends it.
pub const MISSION_WORDS: Words = Words { fr: french::MISSION_WORDS, en: english::MISSION_WORDS };

/// Words before a date that make it the day a text or picture was published ("publié le",
/// "posted on"): never an event's date.
pub const PUBLISHED_WORDS: Words = Words { fr: french::PUBLISHED_WORDS, en: english::PUBLISHED_WORDS };

/// Participles of starting, read after an auxiliary ("have launched", "ont entamé"): an event so
/// told has begun by the day of the page.
pub const STARTED_WORDS: Words = Words { fr: french::STARTED_WORDS, en: english::STARTED_WORDS };

/// Words right before a date that make it an event's end ("until", "jusqu'au").
pub const UNTIL_WORDS: Words = Words { fr: french::UNTIL_WORDS, en: english::UNTIL_WORDS };

/// Words telling that forces are sent to help ("peacekeepers", "renforts", "to support"): a
/// deployment so told backs the country it goes to.
pub const DEPLOYMENT_AIMS: Words = Words { fr: french::DEPLOYMENT_AIMS, en: english::DEPLOYMENT_AIMS };

/// Words opening a clause of purpose before a verb ("to deter", "pour dissuader", "afin de"): its
/// subject is the main clause's.
pub const PURPOSE_WORDS: Words = Words { fr: french::PURPOSE_WORDS, en: english::PURPOSE_WORDS };

/// Nouns of worry ("concerns", "inquiétudes"): felt "in" a country, they set it against what
/// caused them.
pub const CONCERN_NOUNS: Words = Words { fr: french::CONCERN_NOUNS, en: english::CONCERN_NOUNS };

/// Head nouns of plans, doctrines and places that a name may come before ("the Orsha plan", "the
/// Suwałki corridor"): a name so headed names no exercise.
pub const PLAN_WORDS: Words = Words { fr: french::PLAN_WORDS, en: english::PLAN_WORDS };

/// Words telling who attended an event ("in the presence of", "attended by", "en présence de"):
/// those named after them witness it and take no part.
pub const ATTENDANCE_WORDS: Words = Words { fr: french::ATTENDANCE_WORDS, en: english::ATTENDANCE_WORDS };

/// Words that may stand between the names of a list of members.
pub const LIST_LINKS: Words = Words { fr: french::LIST_LINKS, en: english::LIST_LINKS };

/// Words that may stand between members named before the word of membership and the word.
pub const STATUS_WORDS: Words = Words { fr: french::STATUS_WORDS, en: english::STATUS_WORDS };

/// Words that may stand between a word of membership and the body after it.
pub const BODY_LINKS: Words = Words { fr: french::BODY_LINKS, en: english::BODY_LINKS };

/// Words naming a military unit, which may be named with the force it belongs to.
pub const UNIT_HEADS: Words = Words { fr: french::UNIT_HEADS, en: english::UNIT_HEADS };

/// Words naming a force (army, navy, air force) a unit belongs to.
pub const FORCE_HEADS: Words = Words { fr: french::FORCE_HEADS, en: english::FORCE_HEADS };

/// Words ending a phrase that names an event's framework ("au sein de", "within"): a body
/// named after it is the framework, not a party.
pub const FRAMEWORK_WORDS: Words = Words { fr: french::FRAMEWORK_WORDS, en: english::FRAMEWORK_WORDS };

/// Verbs that end an agreement ("dénoncer un accord", "scrapped the treaty"): the agreement they
/// take as object is an earlier one, not one made in the news.
pub const ENDING_VERBS: Words = Words { fr: french::ENDING_VERBS, en: english::ENDING_VERBS };

/// Words opening a clause of time ("after", "avant"): a subject after one, followed by its verb,
/// tells another event.
pub const TIME_CONJUNCTIONS: Words = Words { fr: french::TIME_CONJUNCTIONS, en: english::TIME_CONJUNCTIONS };

/// Verbs saying that an event happens, after a reflexive pronoun ("se déroulera", "s'est tenue")
/// or a form of "be" ("will be held"), an auxiliary allowed between ([`HAPPENING_MARKS`]): a
/// sentence of them with no trigger tells where or when the event just told happens.
pub const HAPPENING_VERBS: Words = Words { fr: french::HAPPENING_VERBS, en: english::HAPPENING_VERBS };

/// The words a verb of [`HAPPENING_VERBS`] comes after: a reflexive pronoun, a form of "be".
pub const HAPPENING_MARKS: Words = Words { fr: french::HAPPENING_MARKS, en: english::HAPPENING_MARKS };

/// Nouns of "avoir lieu" and "take place", which say that an event happens after a verb of
/// [`HAPPENING_LIGHT_VERBS`] in any tense.
pub const HAPPENING_NOUNS: Words = Words { fr: french::HAPPENING_NOUNS, en: english::HAPPENING_NOUNS };

/// The verbs of "avoir lieu" and "take place", in every tense.
pub const HAPPENING_LIGHT_VERBS: Words =
    Words { fr: french::HAPPENING_LIGHT_VERBS, en: english::HAPPENING_LIGHT_VERBS };

/// Words introducing one partner of an event ("with X", "avec Y"): a series of them, each with a
/// date of its own, tells one event per partner ("pacts with X in 2022 and with Y in 2023").
pub const WITH_WORDS: Words = Words { fr: french::WITH_WORDS, en: english::WITH_WORDS };

/// Nouns of a tie between sides ("ce rapprochement", "these ties"): after a demonstrative as the
/// object of a cue of opposition, they stand for the latest event told, whose parties are the
/// cue's targets.
pub const TIE_NOUNS: Words = Words { fr: french::TIE_NOUNS, en: english::TIE_NOUNS };

/// Demonstratives ("ce", "these"), which make the noun after them stand for something told.
pub const DEMONSTRATIVES: Words = Words { fr: french::DEMONSTRATIVES, en: english::DEMONSTRATIVES };

/// Words aiming an armed act at its target ("strikes on X", "frappes visant Y", "an operation
/// against Z").
pub const AIM_WORDS: Words = Words { fr: french::AIM_WORDS, en: english::AIM_WORDS };

/// Nouns of a military operation: an armed act when aimed at an actor right after them
/// ("opération contre X", "an operation against Y"), its authors the subjects of its clause.
pub const OPERATION_NOUNS: Words = Words { fr: french::OPERATION_NOUNS, en: english::OPERATION_NOUNS };

/// Verbs by which an event told just before takes in its parties ("it will include ships from
/// X and Y", "elle réunira X et Y"), after a pronoun standing for it ([`EVENT_PRONOUNS`]).
pub const INCLUDE_VERBS: Words = Words { fr: french::INCLUDE_VERBS, en: english::INCLUDE_VERBS };

/// Pronouns standing for an event told just before ("it", "il", "elle").
pub const EVENT_PRONOUNS: Words = Words { fr: french::EVENT_PRONOUNS, en: english::EVENT_PRONOUNS };

/// Verbs of receiving a visitor ("received the delegation", "a accueilli le ministre"): their
/// subject is the host, whose country is where the visit takes place when no place is named.
pub const RECEIVING_VERBS: Words = Words { fr: french::RECEIVING_VERBS, en: english::RECEIVING_VERBS };

/// Words of a stance on something, besides the cues of opposition: a response, a threat, a
/// view, tensions, an influence ("face aux menaces de X", "in response to Y's drills", "amid
/// tensions with Z", "X has a negative view of the drills"). An actor reached through one in the
/// tree holds or draws the stance; it takes no part in the event.
pub const STANCE_WORDS: Words = Words { fr: french::STANCE_WORDS, en: english::STANCE_WORDS };

/// Nouns of an armed act by an author on a target ("les frappes israéliennes visant X", "Russian
/// strikes on X"): opposition from the author to the target when both are named.
pub const ATTACK_NOUNS: Words = Words { fr: french::ATTACK_NOUNS, en: english::ATTACK_NOUNS };

/// Words opening a phrase set off by commas that names no author ("X, avec l'appui de Y,
/// a…", "X, according to Y, warned"): the author is before it.
pub const INCIDENTAL_OPENERS: Words =
    Words { fr: french::INCIDENTAL_OPENERS, en: english::INCIDENTAL_OPENERS };

/// Words that make the next name the teller of the news ("selon le ministère", "according to
/// the navy"); French "d'après" is read as "d'" and "après" by the rule itself.
pub const SOURCE_WORDS: Words = Words { fr: french::SOURCE_WORDS, en: english::SOURCE_WORDS };

/// Words naming a spokesperson, who tells of events without taking part in them ("porte-parole"
/// is cut into three tokens and matched by the rule itself).
pub const SPOKESPERSON_WORDS: Words =
    Words { fr: french::SPOKESPERSON_WORDS, en: english::SPOKESPERSON_WORDS };

/// Words for a summit, a meeting a body holds under its own name ("sommet de l'Union africaine", "NATO
/// summit").
pub const SUMMIT_WORDS: Words = Words { fr: french::SUMMIT_WORDS, en: english::SUMMIT_WORDS };

/// Words telling a reaction against something ("a réagi en…", "responded by…", "fait
/// décoller", "scrambled"); the rule reads the words around each.
pub const REACTION_WORDS: Words = Words { fr: french::REACTION_WORDS, en: english::REACTION_WORDS };

/// Verbs of comment on an event already told ("called the drills a threat", "a salué
/// l'accord"): their subject comments, it does not take part.
pub const COMMENT_VERBS: Words = Words { fr: french::COMMENT_VERBS, en: english::COMMENT_VERBS };

/// Craft that a patrol word may name a kind of ("patrol ships", "avions de patrouille"): then no
/// patrol is told.
pub const PATROL_CRAFT: Words = Words { fr: french::PATROL_CRAFT, en: english::PATROL_CRAFT };

/// Words by which one side's act brings about another's ("prompting", "poussant"): who is named
/// before them caused the event after them, and takes no part in it.
pub const CAUSE_WORDS: Words = Words { fr: french::CAUSE_WORDS, en: english::CAUSE_WORDS };

/// Words opening a phrase of what came before the event ("following the annexation of X by Y", "à
/// la suite de l'annexion…", "in the wake of"): who is named in it takes no part in the event.
pub const BACKGROUND_OPENERS: Words =
    Words { fr: french::BACKGROUND_OPENERS, en: english::BACKGROUND_OPENERS };

/// People who speak for a government, before "in"/"à" and a capital ("officials in Lima said"):
/// the capital is then the government, not the city.
pub const OFFICIALS: Words = Words { fr: french::OFFICIALS, en: english::OFFICIALS };

/// Nouns of a state's own government ("le gouvernement du X", "the regime of Y"): the country
/// after them speaks through them.
pub const STATE_NOUNS: Words = Words { fr: french::STATE_NOUNS, en: english::STATE_NOUNS };

/// Nouns whose "de"/"of" complement is a government when it is a capital ("le régime de X", "les
/// autorités de X", "la volonté de X"): a city has no regime, will or allies.
pub const GOVERNMENT_NOUNS: Words = Words { fr: french::GOVERNMENT_NOUNS, en: english::GOVERNMENT_NOUNS };

/// Verbs that make their object the doer of the infinitive after it ("urged X to withdraw",
/// "appelle X à cesser"): a capital there acts, so it is its government.
pub const CONTROL_VERBS: Words = Words { fr: french::CONTROL_VERBS, en: english::CONTROL_VERBS };

/// Words of those who look on at an event ("observers", "observateurs"): no parties of it.
pub const OBSERVER_WORDS: Words = Words { fr: french::OBSERVER_WORDS, en: english::OBSERVER_WORDS };

/// Verbs of watching a drill ("witnessed", "a assisté à"): their subjects look on.
pub const WITNESS_VERBS: Words = Words { fr: french::WITNESS_VERBS, en: english::WITNESS_VERBS };

/// A service's words (folded, as a service mention keys them) naming a country's whole armed
/// forces, not one service of them ("l'armée congolaise", "the Kenyan army").
pub const WHOLE_FORCES: Words = Words { fr: french::WHOLE_FORCES, en: english::WHOLE_FORCES };

/// Words naming a gathering, whose name with a year is no exercise ("Defence Exhibition 2024",
/// "Salon Eurosatory 2024", "Forum 2025").
pub const GATHERING_WORDS: Words = Words { fr: french::GATHERING_WORDS, en: english::GATHERING_WORDS };

/// Personal subject pronouns ("il", "she"): before a trigger, they stand for the last person named.
pub const SUBJECT_PRONOUNS: Words = Words { fr: french::SUBJECT_PRONOUNS, en: english::SUBJECT_PRONOUNS };

/// Words that stand for the last person named after a demonstrative or "the" ("the latter", "ce
/// dernier", "cette dernière"), as a subject pronoun does.
pub const LATTER_WORDS: Words = Words { fr: french::LATTER_WORDS, en: english::LATTER_WORDS };

/// Words of an event's ending, whose date ends it ("prendra fin le 28", "will end on May 4").
pub const END_MARKS: Words = Words { fr: french::END_MARKS, en: english::END_MARKS };

/// Words of calling an event off ("annulé", "reporté", "cancelled", "postponed"): an exercise or
/// a meeting called off in its clause did not take place.
pub const CANCEL_WORDS: Words = Words { fr: french::CANCEL_WORDS, en: english::CANCEL_WORDS };

/// Words of a withdrawal ("retrait", "withdrawal"): forces deployed there are leaving.
pub const WITHDRAWAL_WORDS: Words = Words { fr: french::WITHDRAWAL_WORDS, en: english::WITHDRAWAL_WORDS };

/// Words opening a reported clause after a verb of saying ("a déclaré que", "said that").
pub const REPORT_MARKS: Words = Words { fr: french::REPORT_MARKS, en: english::REPORT_MARKS };

/// Words opening the starting point of a state ("depuis 2014", "since 2014").
pub const SINCE_WORDS: Words = Words { fr: french::SINCE_WORDS, en: english::SINCE_WORDS };

/// Auxiliaries of a perfect or a state ("have deployed", "sont déployés"): with a starting point
/// after the trigger ("have been stationed in X since 2014"), a state that began earlier.
pub const PERFECT_AUXILIARIES: Words =
    Words { fr: french::PERFECT_AUXILIARIES, en: english::PERFECT_AUXILIARIES };

/// Adverbs telling of a time long gone ("autrefois", "once stationed"): the event is recalled.
pub const RECALL_ADVERBS: Words = Words { fr: french::RECALL_ADVERBS, en: english::RECALL_ADVERBS };

/// English endings the syntactic layer reads as words of their own ("do|n't", "I|'m"), as UD
/// English writes them.
pub const ENGLISH_CLITICS: &[&str] = english::CLITICS;

/// English tokens the syntactic layer reads as two words ("can|not"), with the byte length of the
/// first.
pub const ENGLISH_SPLITS: &[(&str, usize)] = english::SPLITS;

/// French pronouns that, after a hyphen, stay a word of their own ("dit|-il") while other
/// hyphenated words are one ("États-Unis", "porte-avions"), as UD French writes them.
pub const FRENCH_HYPHEN_CLITICS: &[&str] = french::HYPHEN_CLITICS;

/// Endings of French infinitives: after "de", no word of a body's name.
pub const FRENCH_INFINITIVE_ENDINGS: &[&str] = french::INFINITIVE_ENDINGS;

/// Endings of French adjectives that continue a body's name in lowercase (French writes only the
/// first word of a name in capitals).
pub const FRENCH_NAME_ADJECTIVE_ENDINGS: &[&str] = french::NAME_ADJECTIVE_ENDINGS;

/// French unit words naming a unit in lowercase before its name ("le régiment Rajput"): English
/// writes such names capitalised, so only French has them.
pub const FRENCH_LOWERCASE_UNIT_HEADS: &[&str] = french::LOWERCASE_UNIT_HEADS;

/// Words right after an event's noun that open its parties: its owner, its agent, its partner.
pub const PARTY_MARKS: Words = Words { fr: french::PARTY_MARKS, en: english::PARTY_MARKS };

/// Words naming a visitor after a verb of welcoming ("welcomed the delegation").
pub const VISITOR_WORDS: Words = Words { fr: french::VISITOR_WORDS, en: english::VISITOR_WORDS };

/// Verbs growing a presence ("renforcer sa présence militaire", "bolster its military presence"):
/// forces sent, not a presence only told.
pub const PRESENCE_GROWTH: Words = Words { fr: french::PRESENCE_GROWTH, en: english::PRESENCE_GROWTH };

/// Words counting a plural vaguely ("several drills", "de nombreux exercices").
pub const VAGUE_COUNTS: Words = Words { fr: french::VAGUE_COUNTS, en: english::VAGUE_COUNTS };

/// Words naming a body's seat: a place after one is where the body sits ("l'ambassade de France à
/// Tokyo", "headquartered in Stuttgart"), not where the event happens.
pub const SEAT_WORDS: Words = Words { fr: french::SEAT_WORDS, en: english::SEAT_WORDS };

/// Words of a statement given out, before "by"/"par" naming its author: "a statement released
/// by", "un communiqué publié par".
pub const RELEASE_WORDS: Words = Words { fr: french::RELEASE_WORDS, en: english::RELEASE_WORDS };

/// Unit words a unit's name ends with (folded keys, both languages).
pub const UNIT_WORDS: Words = Words { fr: french::UNIT_WORDS, en: english::UNIT_WORDS };

/// Words naming a war, an upheaval or a vote: a capitalised run holding one is no person ("Seconde
/// Guerre mondiale", "Cold War", "the General Election").
pub const WAR_WORDS: Words = Words { fr: french::WAR_WORDS, en: english::WAR_WORDS };

/// Words of the press in a body's name ("News Agency", "agence de presse", "Broadcasting"): such a
/// body reports the news, it takes no part in it.
pub const NEWS_WORDS: Words = Words { fr: french::NEWS_WORDS, en: english::NEWS_WORDS };

/// Words of information that make an agency's name a news agency's ("Agence X d'information",
/// "X Information Agency"), though alone they name a ministry's domain.
pub const INFORMATION_WORDS: Words = Words { fr: french::INFORMATION_WORDS, en: english::INFORMATION_WORDS };

/// Words of an agency ("agence", "agency").
pub const AGENCY_WORDS: Words = Words { fr: french::AGENCY_WORDS, en: english::AGENCY_WORDS };

/// Participles of founding ("established in 2007", "créé en 2010"): a year after one, told of a
/// body just named, is the body's history.
pub const FOUNDED_WORDS: Words = Words { fr: french::FOUNDED_WORDS, en: english::FOUNDED_WORDS };

/// Things made for drills ("des systèmes de simulation", "des programmes d'entraînement",
/// "training programmes"): the drill word then names no drill.
pub const EXERCISE_THINGS: Words = Words { fr: french::EXERCISE_THINGS, en: english::EXERCISE_THINGS };

/// Verbs of handing something over ("handed over two boats", "a remis des véhicules"): a supply
/// when military goods follow.
pub const HANDOVER_VERBS: Words = Words { fr: french::HANDOVER_VERBS, en: english::HANDOVER_VERBS };

/// Verbs of equipping someone with something ("a doté l'armée de X de blindés", "equipped X's navy
/// with radars"): the receiver is the verb's object, the goods follow; a supply.
pub const EQUIP_VERBS: Words = Words { fr: french::EQUIP_VERBS, en: english::EQUIP_VERBS };

/// Finite verbs of arming a side, whose object receives the weapons they name ("X et Y arment
/// le Z", "accused of arming the rebels"); not the participle, which names armed forces.
pub const ARMING_VERBS: Words = Words { fr: french::ARMING_VERBS, en: english::ARMING_VERBS };

/// Words of magnitude after a sum ("million", "milliards"): a word with digits before one is an
/// amount of money, no word of a name.
pub const MAGNITUDE_WORDS: Words = Words { fr: french::MAGNITUDE_WORDS, en: english::MAGNITUDE_WORDS };

/// Nouns of a language ("version", "langue", "language"): a demonym beside one names a language,
/// not a country — after the noun in French, before it in English.
pub const LANGUAGE_NOUNS: Words = Words { fr: french::LANGUAGE_NOUNS, en: english::LANGUAGE_NOUNS };

/// Plural nouns of a country's services ("navies", "armées"): a list of countries after one opening
/// a sentence names the parties of the event just told.
pub const SERVICE_PLURALS: Words = Words { fr: french::SERVICE_PLURALS, en: english::SERVICE_PLURALS };

/// Words of a record ("the first visit … in 13 years", "the largest drill in a decade"): "in" and
/// a count after one spans the past, it names no date ahead.
pub const RECORD_WORDS: Words = Words { fr: french::RECORD_WORDS, en: english::RECORD_WORDS };

/// English words naming a staff before "Staff" ("the General Staff", "the Joint Chiefs of Staff";
/// French writes "état-major", one word).
pub const STAFF_WORDS: &[&str] = english::STAFF_WORDS;

/// French determiners before a role noun, its nationality and a person's name ("l'autocrate
/// soudanais X"): French only, since English puts the nationality first.
pub const FRENCH_ROLE_DETERMINERS: &[&str] = french::ROLE_DETERMINERS;

/// Staff credits opening the end of a line ("Reporting by A; Editing by B", "(Reportage C;
/// version française D)"), lowercase: the rest of the line is boilerplate. Both halves are read
/// whatever the text's language (agencies append them in their own).
pub const STAFF_CREDITS: Words = Words { fr: french::STAFF_CREDITS, en: english::STAFF_CREDITS };

/// Participles and nouns of being trained ("formés", "formation", "trained", "training"): troops
/// trained in another country are backed by it.
pub const TRAINED_WORDS: Words = Words { fr: french::TRAINED_WORDS, en: english::TRAINED_WORDS };

/// Nouns of the press right before a name ("l'agence X", "the newspaper Y"): the name is a
/// source, neither a person nor a party.
pub const PRESS_NOUNS: Words = Words { fr: french::PRESS_NOUNS, en: english::PRESS_NOUNS };

/// Words for an armed group or movement right before its name ("le groupe X", "the militant group
/// Y", "la milice Z").
pub const GROUP_NOUNS: Words = Words { fr: french::GROUP_NOUNS, en: english::GROUP_NOUNS };

/// Adjectives between a group word and its name ("le groupe rebelle X", "le mouvement armé Y").
pub const GROUP_ADJECTIVES: Words = Words { fr: french::GROUP_ADJECTIVES, en: english::GROUP_ADJECTIVES };

/// Plural nouns of fighters before the group they fight for, named with an article ("les
/// rebelles du X", "the fighters of the Y"): the name after is that group.
pub const FIGHTER_NOUNS: Words = Words { fr: french::FIGHTER_NOUNS, en: english::FIGHTER_NOUNS };

/// Words that open the name of a military operation ("Operation Sea Guard", "Opération
/// Barkhane"): the name they open is no person's.
pub const OPERATION_WORDS: Words = Words { fr: french::OPERATION_WORDS, en: english::OPERATION_WORDS };

/// Words that stand for the one alliance a text names ("the Alliance", "the Allies", "les
/// Alliés"), capitalised.
pub const ALLIANCE_WORDS: Words = Words { fr: french::ALLIANCE_WORDS, en: english::ALLIANCE_WORDS };

/// The first-person plural possessive a text uses in its own voice for its country ("notre
/// pays", "our country").
pub const OUR_WORDS: Words = Words { fr: french::OUR_WORDS, en: english::OUR_WORDS };

/// Plural nouns for countries as such, read after a count ("the four countries", "les trois
/// pays").
pub const COUNTRY_PLURALS: Words = Words { fr: french::COUNTRY_PLURALS, en: english::COUNTRY_PLURALS };

/// Nouns for a country as such ("pays", "country").
pub const COUNTRY_NOUNS: Words = Words { fr: french::COUNTRY_NOUNS, en: english::COUNTRY_NOUNS };

/// Words of a part of a place between a locative and its name ("in downtown Lima", "dans la
/// banlieue de Dakar", "au cœur de Niamey"): the name is still where.
pub const PLACE_PART_WORDS: Words = Words { fr: french::PLACE_PART_WORDS, en: english::PLACE_PART_WORDS };
