//! The word lists of the relation stage read in both languages ([`Words`]): rivalry, clashes and
//! blame, backing and supply, envoys and expulsions, requests. Each has a French half in
//! `french/relations.rs` and an English half in `english/relations.rs`.

use super::words::{Words, CONCERN_NOUNS};
use super::{english, french, Lexicon};

/// Verbs of withdrawing forces ("retirer", "withdraw", "pull out"): demanded of another side, an
/// opposition.
pub const WITHDRAW_VERBS: Words = Words { fr: french::WITHDRAW_VERBS, en: english::WITHDRAW_VERBS };

/// Possessives before an act that make it its owner's ("stop its raids", "cesser ses
/// provocations").
pub const ACT_POSSESSIVES: Words = Words { fr: french::ACT_POSSESSIVES, en: english::ACT_POSSESSIVES };

/// Words of strained ties ("tense", "strained", "soured", "tendues", "dégradées"): said of the
/// relations between two sides ("relations between X and Y have been tense", "les relations
/// tendues entre X et Y"), a rivalry between them.
pub const STRAIN_WORDS: Words = Words { fr: french::STRAIN_WORDS, en: english::STRAIN_WORDS };

/// Words opening an adjunct between a noun of ties and a word of strain ("relations improved
/// after a tense year", "depuis"): the strain is then not the ties'.
pub const STRAIN_OPENERS: Words = Words { fr: french::STRAIN_OPENERS, en: english::STRAIN_OPENERS };

/// Verbs of ceasing ("cesser", "mettre fin", "stop", "end"): demanded of another side with a
/// hostile act after them ("urged Y to stop its incursions"), an opposition.
pub const CEASE_VERBS: Words = Words { fr: french::CEASE_VERBS, en: english::CEASE_VERBS };

/// Verbs of demanding something of someone ("a demandé à X de", "asked X to", "urged X to").
pub const DEMAND_VERBS: Words = Words { fr: french::DEMAND_VERBS, en: english::DEMAND_VERBS };

/// Nouns of a side's rival, named with the side it rivals ("X's rival Y", "la rivale de X, Y").
pub const RIVAL_NOUNS: Words = Words { fr: french::RIVAL_NOUNS, en: english::RIVAL_NOUNS };

/// Nouns of a rivalry between two sides ("tensions entre X et Y", "the rivalry between X and Y").
pub const RIVALRY_NOUNS: Words = Words { fr: french::RIVALRY_NOUNS, en: english::RIVALRY_NOUNS };

/// Nouns of a hostile act whose author stands right before them ("Russian aggression", "X's
/// threats") or after them ("la menace russe"): that author is opposed by whoever voices them.
pub const HOSTILE_NOUNS: Words = Words { fr: french::HOSTILE_NOUNS, en: english::HOSTILE_NOUNS };

/// Adjectives of hostile conduct before the noun of an act ("X's aggressive actions", "Y's
/// increasingly belligerent moves"): the owner before them is the author, opposed by whoever
/// voices them, as for [`HOSTILE_NOUNS`].
pub const HOSTILE_ADJECTIVES: Words =
    Words { fr: french::HOSTILE_ADJECTIVES, en: english::HOSTILE_ADJECTIVES };

/// Verbs and nouns of acting against someone (sanction, deter, fight, blame): opposition cues
/// beside the words of criticism.
pub const HOSTILE_ACTS: Words = Words { fr: french::HOSTILE_ACTS, en: english::HOSTILE_ACTS };

/// Verbs of killing or disabling fighters ("killed", "a neutralisé"): the subject opposes the
/// fighters' side, when the verb tells the subject's act and not the victims' lot ("trois
/// soldats X tués", "soldiers killed in an ambush").
pub const KILLING_VERBS: Words = Words { fr: french::KILLING_VERBS, en: english::KILLING_VERBS };

/// Words of standing by a side ("solidarity with X", "stands firmly with X", "se tient aux côtés
/// de X"): the one who stands backs the side named after "with", "avec" or "aux côtés de".
pub const STANDING_WORDS: Words = Words { fr: french::STANDING_WORDS, en: english::STANDING_WORDS };

/// Words before a side one acts beside ("alongside X", "aux côtés de X"): an ally of the act's
/// subject, never its target.
pub const ALLY_WORDS: Words = Words { fr: french::ALLY_WORDS, en: english::ALLY_WORDS };

/// Nouns of backing whose complement is the backer ("avec le soutien de X", "with X's support").
pub const BACKING_NOUNS: Words = Words { fr: french::BACKING_NOUNS, en: english::BACKING_NOUNS };

/// Nouns of a gift ("donation", "don"): thanks for one name its giver as a backer.
pub const GIFT_NOUNS: Words = Words { fr: french::GIFT_NOUNS, en: english::GIFT_NOUNS };

/// Verbs of thanking ("thanked", "remercie"): thanks for support name the backer as object.
pub const THANK_VERBS: Words = Words { fr: french::THANK_VERBS, en: english::THANK_VERBS };

/// Participles whose agent is the backer ("soutenu par X", "backed by X").
pub const BACKED_BY: Words = Words { fr: french::BACKED_BY, en: english::BACKED_BY };

/// Verbs and nouns of supplying arms or equipment ("livrer", "deliver", "shipment"): the subject
/// backs the receiver named after "à"/"to".
pub const SUPPLY_VERBS: Words = Words { fr: french::SUPPLY_VERBS, en: english::SUPPLY_VERBS };

/// Verbs and nouns of buying ("acheter", "purchase"): the seller named after "from"/"auprès de"
/// backs the buyer, the subject.
pub const PURCHASE_WORDS: Words = Words { fr: french::PURCHASE_WORDS, en: english::PURCHASE_WORDS };

/// Words before the seller after a word of buying ("from", "auprès de").
pub const SELLER_MARKS: Words = Words { fr: french::SELLER_MARKS, en: english::SELLER_MARKS };

/// The noun of facing a rival ("face à la présence de X", "in the face of X's influence"): the
/// subjects of the clause stand against the actor it names.
pub const FACING_WORDS: Words = Words { fr: french::FACING_WORDS, en: english::FACING_WORDS };

/// Nouns of a rivalry its subjects hold with each other ("X and Y are at loggerheads", "at odds",
/// "X et Y sont en froid"): the coordinated subjects oppose one another.
pub const MUTUAL_RIVALRY: Words = Words { fr: french::MUTUAL_RIVALRY, en: english::MUTUAL_RIVALRY };

/// Verbs telling a state, with their auxiliaries ("tensions are high", "tension has been running
/// high", "les tensions restent vives"): what may stand between a noun of rivalry and its partners.
pub const STATE_VERBS: Words = Words { fr: french::STATE_VERBS, en: english::STATE_VERBS };

/// Verbs of rejecting ("rejects", "a rejeté", "rubbishes"): with a noun of [`CLAIM_NOUNS`] after
/// them, the subject opposes the claims' author.
pub const REJECT_VERBS: Words = Words { fr: french::REJECT_VERBS, en: english::REJECT_VERBS };

/// Nouns of claims made by someone ("remarks", "allegations", "propos").
pub const CLAIM_NOUNS: Words = Words { fr: french::CLAIM_NOUNS, en: english::CLAIM_NOUNS };

/// Words opening what a dispute is about right after its noun ("the conflict over the river,
/// between X and Y", "le différend sur l'île entre X et Y"): the sides may follow that topic.
pub const DISPUTE_TOPIC_MARKS: Words =
    Words { fr: french::DISPUTE_TOPIC_MARKS, en: english::DISPUTE_TOPIC_MARKS };

/// Nouns of answering an act ("in response to", "en riposte à"): what follows is the act of a
/// side the answer stands against.
pub const RESPONSE_NOUNS: Words = Words { fr: french::RESPONSE_NOUNS, en: english::RESPONSE_NOUNS };

/// Nouns of asking for help ("at the request of X", "à l'invitation de Y"): forces sent to answer
/// one support the side that asked. Narrower than [`REQUEST_NOUNS`] ("il n'est pas question
/// d'envoyer…" asks nothing).
pub const ASKING_NOUNS: Words = Words { fr: french::ASKING_NOUNS, en: english::ASKING_NOUNS };

/// Prepositions naming who asks after a noun of request ("a plea for help from X", "à la
/// demande du gouvernement de Y").
pub const REQUESTER_LINKS: Words = Words { fr: french::REQUESTER_LINKS, en: english::REQUESTER_LINKS };

/// Nouns of asking ("a request from X", "l'appel de Y"): answering one is no opposition.
pub const REQUEST_NOUNS: Words = Words { fr: french::REQUEST_NOUNS, en: english::REQUEST_NOUNS };

/// English verbs of complaining, cues only before what they are about ("complained about X"):
/// English only, since French complains with a reflexive verb of its own ("se plaindre de").
pub const ENGLISH_COMPLAIN_VERBS: &[&str] = english::COMPLAIN_VERBS;

/// Nouns of damage done to something of a side by another ("la destruction d'un drone X par
/// l'armée Y", "the downing of an X jet by Y"): opposition from the agent to the owner, read only
/// when both are named.
pub const DAMAGE_NOUNS: Words = Words { fr: french::DAMAGE_NOUNS, en: english::DAMAGE_NOUNS };

/// Words of a state of feeling ("worried", "alarmed", "préoccupé"): after "is" with "by" they
/// say what the subject feels about the one named after ("X is worried by Y's drills"), no
/// passive whose agent acts on the subject.
pub const FEELING_STATES: Words = Words { fr: french::FEELING_STATES, en: english::FEELING_STATES };

/// Verbs of breaking ties ("a rompu", "cut", "severed"): with a word of [`BROKEN_TIES`] after
/// them and a side named after "with"/"avec", the sides breaking oppose that side.
pub const BREAK_VERBS: Words = Words { fr: french::BREAK_VERBS, en: english::BREAK_VERBS };

/// Nouns of the ties a verb of [`BREAK_VERBS`] breaks ("relations", "ties", "liens").
pub const BROKEN_TIES: Words = Words { fr: french::BROKEN_TIES, en: english::BROKEN_TIES };

/// Nouns of fighting that are also verbs or name a fight against no one ("fighting", "battle",
/// "combat"): with "between"/"entre" after them they tell a rivalry between the sides named.
pub const BATTLE_NOUNS: Words = Words { fr: french::BATTLE_NOUNS, en: english::BATTLE_NOUNS };

/// Pronouns that stand for a side right after "between"/"entre" ("between them and Y", "entre
/// eux et Y").
pub const BETWEEN_PRONOUNS: Words = Words { fr: french::BETWEEN_PRONOUNS, en: english::BETWEEN_PRONOUNS };

/// Words of fighting between sides ("clashed", "skirmishes", "combats", "se sont affrontés"): the
/// sides named together with them oppose one another.
pub const CLASH_WORDS: Words = Words { fr: french::CLASH_WORDS, en: english::CLASH_WORDS };

/// Verbs of an exchange, which with a noun of fire right after tell a clash between their
/// coordinated subjects ("X and Y forces exchanged fire", "ont échangé des tirs").
pub const EXCHANGE_VERBS: Words = Words { fr: french::EXCHANGE_VERBS, en: english::EXCHANGE_VERBS };

/// Verbs opening fire before a noun of fire ("opened fire on X", "a ouvert le feu sur Y").
pub const OPEN_FIRE_VERBS: Words = Words { fr: french::OPEN_FIRE_VERBS, en: english::OPEN_FIRE_VERBS };

/// Verbs of shooting that aim at a target after [`SHOT_AT`] ("fired on X", "ont tiré sur Y").
pub const SHOOT_VERBS: Words = Words { fr: french::SHOOT_VERBS, en: english::SHOOT_VERBS };

/// Prepositions after which a shot's target is named ("at", "on", "sur").
pub const SHOT_AT: Words = Words { fr: french::SHOT_AT, en: english::SHOT_AT };

/// Nouns of fire exchanged (see [`EXCHANGE_VERBS`]).
pub const FIRE_NOUNS: Words = Words { fr: french::FIRE_NOUNS, en: english::FIRE_NOUNS };

/// Words of undergoing before a noun of criticism ("faced criticism from Y", "came under fire
/// from Y", "a essuyé les critiques de Y"): the noun's author opposes the subject.
pub const UNDERGO_WORDS: Words = Words { fr: french::UNDERGO_WORDS, en: english::UNDERGO_WORDS };

/// A country's neighbour named by a possessive and this noun ("accuses its neighbour of…", "accuse
/// son voisin de…"): the other country of the story, read by the opposition's targets.
pub const NEIGHBOUR_WORDS: Words = Words { fr: french::NEIGHBOUR_WORDS, en: english::NEIGHBOUR_WORDS };

/// Singular possessive determiners of the third person ("its", "son"): the owner is one actor
/// named before.
pub const SINGULAR_POSSESSIVES: Words =
    Words { fr: french::SINGULAR_POSSESSIVES, en: english::SINGULAR_POSSESSIVES };

/// Persons a country expels besides its diplomats ("a Russian intelligence officer", "des agents"):
/// read only after a verb of [`crate::lang::EXPEL_VERBS`].
pub const EXPELLED_WORDS: Words = Words { fr: french::EXPELLED_WORDS, en: english::EXPELLED_WORDS };

/// Words declaring someone unwelcome ("persona non grata", "indésirable"): after a verb of
/// [`crate::lang::DECLARE_VERBS`], an expulsion.
pub const UNWELCOME_WORDS: Words = Words { fr: french::UNWELCOME_WORDS, en: english::UNWELCOME_WORDS };

/// Nouns of expelling ("l'expulsion de diplomates", "the expulsions of envoys"): read as the verb.
pub const EXPULSION_NOUNS: Words = Words { fr: french::EXPULSION_NOUNS, en: english::EXPULSION_NOUNS };

/// The preposition naming the country a person is expelled from ("expelled from X", "expulsé du X"):
/// that country expels.
pub const EXPELLED_FROM: Words = Words { fr: french::EXPELLED_FROM, en: english::EXPELLED_FROM };

/// Words of an order or a deadline between a diplomat and a verb of leaving ("the envoy was given
/// 48 hours to leave", "l'ambassadeur, sommé de quitter le pays"): an expulsion, not a departure.
pub const ORDER_WORDS: Words = Words { fr: french::ORDER_WORDS, en: english::ORDER_WORDS };

/// Forms of "be"/"être" right before a participle that make it passive ("was summoned", "will be
/// expelled", "sera expulsé"): its subject undergoes the act.
pub const PASSIVE_AUXILIARIES: Words =
    Words { fr: french::PASSIVE_AUXILIARIES, en: english::PASSIVE_AUXILIARIES };

/// Head words of a state's institutions ("police", "assemblée", "parliament"): a body named by
/// them and no country belongs to the country the text is about.
pub const STATE_HEADS: Words = Words { fr: french::STATE_HEADS, en: english::STATE_HEADS };

/// Titles of a head of state or government, folded, words separated by spaces ("president",
/// "premier ministre"): one so titled whom the text gives no country leads the country it is about.
pub const LEADER_TITLES: Words = Words { fr: french::LEADER_TITLES, en: english::LEADER_TITLES };

/// Relative pronouns standing for the clause's subject ("qui", "who", "which"): the name right
/// before one is the subject of the clause it opens.
pub const SUBJECT_RELATIVES: Words = Words { fr: french::SUBJECT_RELATIVES, en: english::SUBJECT_RELATIVES };

/// Forms of "have"/"avoir" before a participle ("ont attaqué", "has attacked"): the participle is
/// the verb's, its subject acts (where a French participle folds to its noun, "attaque").
pub const HAVE_AUXILIARIES: Words = Words { fr: french::HAVE_AUXILIARIES, en: english::HAVE_AUXILIARIES };

/// Verbs setting two sides against each other after a noun of fighting ("des combats ont opposé X
/// et Y", "clashes pitted X against Y"): the sides named after them oppose one another.
pub const PITTING_VERBS: Words = Words { fr: french::PITTING_VERBS, en: english::PITTING_VERBS };

/// Whether the word (folded) acts against someone: one of the [`HOSTILE_ACTS`] or a form of the
/// [`super::FIGHT_VERBS`] or the [`KILLING_VERBS`].
pub fn hostile_act(w: &str) -> bool {
    HOSTILE_ACTS.contains(w) || super::FIGHT_VERBS.contains(w) || KILLING_VERBS.contains(w)
}

/// Whether the word (folded) voices opposition in `lex`'s language or acts against someone in
/// either: the cues both the relation stage and the participants' filter read.
pub fn hostile_cue(lex: &Lexicon, w: &str) -> bool {
    lex.opposition.contains(&w) || hostile_act(w) || HOSTILE_NOUNS.contains(w) || CONCERN_NOUNS.contains(w)
}

/// Nouns of a supplier ("the main arms supplier to Y", "premier fournisseur d'armes du Y"): in
/// apposition to a side, that side backs the one named in its complement.
pub const SUPPLIER_NOUNS: Words = Words { fr: french::SUPPLIER_NOUNS, en: english::SUPPLIER_NOUNS };

/// Verbs of lodging a complaint or a case with someone ("lodged with", "filed with", "déposée
/// auprès de"): the one it is lodged with hears it and is no target.
pub const LODGING_VERBS: Words = Words { fr: french::LODGING_VERBS, en: english::LODGING_VERBS };

/// Nouns of civilians a nationality may qualify ("Estrian protesters", "des opposants
/// norlandais"): people of a country, not its state, so no side of a relation.
pub const CIVILIAN_NOUNS: Words = Words { fr: french::CIVILIAN_NOUNS, en: english::CIVILIAN_NOUNS };

/// Nouns of a grievance laid before a third party ("a complaint to the Security Council", "une
/// plainte auprès de l'ONU"): the body after "to"/"auprès de" hears it, it is not opposed.
pub const COMPLAINT_NOUNS: Words = Words { fr: french::COMPLAINT_NOUNS, en: english::COMPLAINT_NOUNS };

/// Nouns a hostile word may qualify as a kind of unit or gear ("battle group", "combat
/// helicopters", "avions de combat", "tenue de combat"): the word then names no fight.
pub const ARMED_KIND_NOUNS: Words = Words { fr: french::ARMED_KIND_NOUNS, en: english::ARMED_KIND_NOUNS };
