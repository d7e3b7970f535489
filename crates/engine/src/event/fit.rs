//! Whether a trigger word fits its clause: the tests each kind of trigger must pass to open an
//! event ("a envoyé" needs troops, "a reçu" a visitor rather than goods, "patrol ships" are
//! craft, "forces en visite" a status, a summoned diplomat no visit), read by
//! [`super::extract`] for every trigger it finds.

use crate::analysis::{EntityType, EventType};
use crate::facts::{Facts, Placed};
use crate::input::zone::Clause;
use crate::lang::{
    Words, AGREEMENT_CONTEXT, AND_WORDS, ARRIVAL_VERBS, BY_WORDS, CONTENT_VERBS, DIRECTION_WORDS,
    DOMAIN_HEADS, ENGLISH_CALL_NOUNS, ENVOY_WORDS, EXERCISED_OBJECTS, EXERCISE_THINGS,
    FLIGHT_DESTINATION_MARKS, FRENCH_RECEIVED_THINGS, GOODS_REACH, HOSTING_VERBS, JOINT_WORDS, KIND_MARKS,
    MILITARY_ADJECTIVES, MISSION_KINDS, PARTNER_WORDS, PATROL_CRAFT, PRESENCE_GROWTH, PRESS_WORDS,
    RECEIPT_VERBS, RECEIVED_GOODS, SENDING_VERBS, SHIP_WORDS, SIGN_NOUN_MARKS, SITTING_BODIES,
    TRAINING_MODIFIERS, USE_MARKS, VISITOR_WORDS,
};
use crate::text::syntax::Upos;
use crate::text::TokenKind;

/// How far after a verb of receiving the thing received may stand.
const RECEIVED_SUM_REACH: usize = 10;

/// Whether the visit word at `i` is followed by the way to an exercise, before any country or
/// place: "travel to the X naval exercises", "se rend aux manœuvres Y" (taking part in the
/// drills, told by the exercise itself), not "travel to Brazil for the drills".
fn bound_for_an_exercise(f: &Facts<'_>, i: usize, s: Clause) -> bool {
    let next = i + 1;
    let start = if next < s.last && f.tokens[next].is(&["to", "for"]) {
        next + 1
    } else if next + 1 < s.last && f.tokens[next].is(&["to"]) && f.tokens[next + 1].is(&["the"]) {
        next + 2
    } else if next < s.last && f.tokens[next].is(DIRECTION_WORDS.of(f.lang)) {
        next + 1
    } else {
        return false;
    };
    let hi = (start + EXERCISE_REACH).min(s.last);
    let Some(e) = (start..hi).find(|&k| f.lex.is_exercise_word(&f.tokens[k].key)) else {
        return false;
    };
    !f.mentions_in(start, e)
        .any(|m| matches!(f.actors[m.actor].kind(), EntityType::Country | EntityType::Place))
}

/// How far after a visit word an exercise word may name where the visitor goes.
const EXERCISE_REACH: usize = 8;

/// How far after a visit's word its purpose of protest may stand ("a reçu l'ambassadeur de X pour
/// dénoncer…").
const SUMMONS_REACH: usize = 10;

/// Whether the visit word at `i` receives a diplomat to protest: an envoy named after it and a
/// purpose word ("pour", "to", "afin") right before a cue of opposition in its clause ("a reçu
/// l'ambassadeur de X pour dénoncer un projet", "received the envoy to protest the drills"). A
/// summons is no visit.
fn summons(f: &Facts<'_>, i: usize, s: Clause) -> bool {
    let end = (i + SUMMONS_REACH).min(s.last);
    // (a diplomat received: a counterpart received to condemn a third party is a visit)
    let envoy = (i + 1..end).any(|k| ENVOY_WORDS.contains(&f.tokens[k].key));
    envoy
        && (i + 2..end).any(|k| {
            let purpose = f.tokens[k - 1].is(&["pour", "to", "afin"])
                || f.tokens[k - 1].is(&["de", "d'"]) && f.tokens[k - 2].is(&["afin"]);
            purpose && crate::lang::hostile_cue(f.lex, &f.tokens[k].key)
        })
}

/// How far before "presence" forces may be named as the ones growing it.
const PRESENCE_FORCES_REACH: usize = 6;

/// How far before "presence" the word growing it may stand, over an owner of several words ("the
/// reinforcement of Canada's naval presence").
const PRESENCE_GROWTH_REACH: usize = 8;

/// Whether the drill word at `i` names a domain or a kind, over its modifiers (lowercase words):
/// "capabilities in joint training", "such bilateral exercises".
fn domain_or_kind(f: &Facts<'_>, i: usize, s: Clause) -> bool {
    (i.saturating_sub(KIND_REACH).max(s.first)..i)
        .rev()
        .take_while(|&k| f.tokens[k].kind == TokenKind::Word && !f.tokens[k].cap)
        .any(|k| {
            let domain = f.tokens[k].is(&["in", "on", "en", "dans", "of", "de", "d'"])
                && k > s.first
                && f.tokens[k - 1].is(DOMAIN_HEADS.of(f.lang));
            domain || f.tokens[k].is(KIND_MARKS.of(f.lang))
        })
}

/// Whether the plural event noun at `i` is a means of ties, after "through"/"via"/"à travers"
/// over its modifiers: "they engage through high-level visits and courses", "à travers des
/// exercices conjoints" — a habit, no occurrence.
fn means(f: &Facts<'_>, i: usize, s: Clause) -> bool {
    let plural = f.tokens[i].key.ends_with('s') || f.tokens[i].key.ends_with('x');
    plural
        && (i.saturating_sub(MEANS_REACH).max(s.first)..i)
            .rev()
            .take_while(|&k| {
                f.tokens[k].kind == TokenKind::Word && !f.tokens[k].cap || f.tokens[k].is(&["-"])
            })
            .any(|k| f.tokens[k].is_in(crate::lang::MEANS_WORDS))
}

/// How far before a plural event noun a word of means may stand ("through regular high-level
/// visits").
const MEANS_REACH: usize = 6;

/// How many words before an event noun a mark of its kind or its domain may stand ("such large
/// bilateral exercises", "capabilities in joint training").
const KIND_REACH: usize = 4;

/// How far before a plural event noun its count may stand ("24 joint naval drills").
const TALLY_REACH: usize = 4;

/// Whether the event noun at `i` is counted as several, three or more ("24 joint naval drills
/// this year", "une dizaine de visites", "five exercises this year"): a tally of many
/// occurrences, not one event whose parties the sentence names. The count stands within
/// [`TALLY_REACH`] words before the noun, over its modifiers only (lowercase words, no function
/// word).
fn tally(f: &Facts<'_>, i: usize, s: Clause) -> bool {
    let plural = f.tokens[i].key.ends_with('s') || f.tokens[i].key.ends_with('x');
    if !plural {
        return false;
    }
    (i.saturating_sub(TALLY_REACH).max(s.first)..i).rev().take_while(|&k| !f.tokens[k].cap || k + 1 == i).any(
        |k| {
            let w = &f.tokens[k].key;
            let n = w.parse::<i64>().ok().or_else(|| crate::lang::number_word(w));
            // (a year is no count: "the Dagger 2023 joint drills")
            let year = w.len() == 4 && n.is_some_and(|n| (1900..=2100).contains(&n));
            n.is_some_and(|n| n >= 3)
                && !year
                && (k + 1..i).all(|j| {
                    let t = &f.tokens[j];
                    // (modifiers only: "cinq jours de manœuvres", "four states for the drills" count
                    // something else)
                    t.kind == crate::text::TokenKind::Word
                        && !t.cap
                        && !f.lex.name_stops.contains(&t.key.as_str())
                        && !f.lex.connectors.contains(&t.key.as_str())
                })
        },
    )
}

/// How far before a word of joint operations a word of drills makes them the drills' contents.
const DRILL_CONTENT_REACH: usize = 8;

/// How far before a verb of arriving the forces that arrive may be named ("deux frégates et un
/// pétrolier ravitailleur de la flotte X ont accosté").
const ARRIVING_FORCES_REACH: usize = 10;

/// How far before a word of drills a participle of use may stand ("destinés initialement à
/// l'entraînement", "designed mainly for training").
const USE_REACH: usize = 4;

/// How many tokens a body's name may run over around a word of meeting inside it.
const BODY_NAME_REACH: usize = 12;

/// Checks that fit a trigger's meaning: "se rendre" needs its pronoun, "envoyer" needs troops.
pub(super) fn trigger_fits(f: &Facts<'_>, i: usize, kind: EventType, s: Clause) -> bool {
    let key = f.tokens[i].key.as_str();
    let near = |lo: usize, hi: usize, words: &[&str]| {
        (lo.max(s.first)..hi.min(s.last)).any(|k| f.tokens[k].is(words))
    };
    let near_either = |lo: usize, hi: usize, words: Words| near(lo, hi, words.fr) || near(lo, hi, words.en);
    // troops, or ships named by their class ("a envoyé la corvette X")
    let forces_near = |lo: usize, hi: usize| {
        near(lo, hi, f.lex.troop_words)
            || (lo.max(s.first)..hi.min(s.last)).any(|k| SHIP_WORDS.contains(&f.tokens[k].key))
    };
    // "an exercise hosted by X": the host of drills, no visit
    let exercise_at = |k: usize| f.lex.is_exercise_word(&f.tokens[k].key);
    // "a jet designed for training", "des avions destinés à l'entraînement": a thing's use, no drill
    if kind == EventType::Exercise && near_either(i.saturating_sub(USE_REACH), i, USE_MARKS) {
        return false;
    }
    // "capabilities in joint training", "such bilateral exercises": a domain or a kind, over the
    // trigger's modifiers (lowercase words), no occurrence
    if matches!(kind, EventType::Exercise | EventType::Patrol) && domain_or_kind(f, i, s) {
        return false;
    }
    let hosted_drills = HOSTING_VERBS.contains(key) && (i.saturating_sub(3).max(s.first)..i).any(exercise_at);
    if kind == EventType::Visit && (hosted_drills || bound_for_an_exercise(f, i, s) || summons(f, i, s)) {
        return false;
    }
    if matches!(kind, EventType::Exercise | EventType::Visit) && (tally(f, i, s) || means(f, i, s)) {
        return false;
    }
    // "let them exercise their right": the verb of using a power
    // (the tagger tells the noun: "an exercise their navies planned")
    let noun = matches!(f.syntax(f.sentence_of(i)).upos(i - s.first), Some(Upos::Noun | Upos::Propn));
    let used_power = !noun && f.tokens.get(i + 1).is_some_and(|t| t.is(EXERCISED_OBJECTS.of(f.lang)));
    if kind == EventType::Exercise && used_power {
        return false;
    }
    // "a clear sign of", "dernier signe de": the noun, no signing
    if matches!(key, "sign" | "signe") && i > s.first && f.tokens[i - 1].is(SIGN_NOUN_MARKS.of(f.lang)) {
        return false;
    }
    // "et traité le président de menteur": the verb of calling someone names, no treaty (the
    // noun takes a determiner before it, the verb one after it)
    if key == "traite" && (!noun || f.tokens.get(i + 1).is_some_and(|t| t.is(&["le", "la", "les", "l'"]))) {
        return false;
    }
    // "des systèmes de simulation", "des programmes d'entraînement", "training programmes": a thing
    // made for drills (an exercise's own word before one may be its programme: "the exercise
    // programme")
    let thing_before =
        i >= 2 && f.tokens[i - 1].is(&["de", "d'"]) && EXERCISE_THINGS.contains(&f.tokens[i - 2].key);
    let own_word = matches!(key, "exercise" | "exercises" | "drill" | "drills" | "exercice" | "exercices");
    let thing_after = !own_word && f.tokens.get(i + 1).is_some_and(|t| EXERCISE_THINGS.contains(&t.key));
    if kind == EventType::Exercise && (thing_before || thing_after) {
        return false;
    }
    match kind {
        EventType::Visit if key.starts_with("rend") => {
            near(i.saturating_sub(3), i, &["s'", "se", "est", "sont"])
        }
        // "flew to X", "flew into Y" is a trip; "a rocket flew over his head" none
        EventType::Visit if key == "flew" => {
            f.tokens.get(i + 1).is_some_and(|t| t.is(FLIGHT_DESTINATION_MARKS))
        }
        // "a port call in X", "port calls": a ship's visit; any other call is no trip
        EventType::Visit if matches!(key, "call" | "calls") => {
            f.tokens.get(i.wrapping_sub(1)).is_some_and(|t| t.is(&["port"]))
        }
        // "spoke by phone with", "a phone call with", "a telephone conversation": talks at a
        // distance (as French "un entretien téléphonique"); "phone lines", "telephone number" none
        EventType::Meeting if matches!(key, "phone" | "telephone") => {
            f.tokens.get(i.wrapping_sub(1)).is_some_and(|t| t.is(&["by", "over"]))
                || f.tokens.get(i + 1).is_some_and(|t| t.is(ENGLISH_CALL_NOUNS))
        }
        // "convened" alone is a gathering ("the ministers convened in X"); "convened a meeting"
        // leaves it to the meeting's own word
        EventType::Meeting if key.starts_with("convene") => {
            !f.tokens.get(i + 1).is_some_and(|t| f.lex.trigger(&t.key).is_some() || t.is(&["a", "an", "the"]))
        }
        // "se sont réunis", "Réunis à X, les ministres…": a gathering; "l'exercice, qui réunit
        // les armées de X et Y", "a réuni 3 000 soldats" gather an event's sides, no talks
        EventType::Meeting if key.starts_with("reuni") && key != "reunion" && key != "reunions" => {
            let participle = matches!(key, "reuni" | "reunis" | "reunie" | "reunies");
            near(i.saturating_sub(3), i, &["s'", "se"])
                || participle && f.tokens.get(i + 1).is_some_and(|t| t.is(&["a", "au", "aux", "en", "dans"]))
        }
        // "se sont entretenus", "devaient s'entretenir": talks; "entretenir des liens", "entretient
        // le matériel" keep something up
        EventType::Meeting
            if key.starts_with("entreten")
                || matches!(key, "entretient" | "entretiennent" | "entretiendra" | "entretiendront") =>
        {
            near(i.saturating_sub(3), i, &["s'", "se"])
        }
        // "ont reçu un soutien", "reçoit l'appui de": something received, not a visitor
        EventType::Visit if RECEIPT_VERBS.fr.contains(&key) => {
            // (a sum too, past its giver: "reçoit des États-Unis chaque année un milliard de
            // dollars")
            !near(i + 1, i + RECEIVED_SUM_REACH, FRENCH_RECEIVED_THINGS)
                && !near_either(i + 1, f.reach_over_dates(i + 1, GOODS_REACH), RECEIVED_GOODS)
        }
        EventType::Deployment if SENDING_VERBS.contains(key) => forces_near(i.saturating_sub(6), i + 7),
        // "welcomed the Indian delegation", "a accueilli le ministre X": a visitor, not "welcomed
        // the decision" (a verb of comment then)
        EventType::Visit if HOSTING_VERBS.contains(key) => {
            let by = f.tokens.get(i + 1).is_some_and(|t| t.is_in(BY_WORDS));
            let visitor = f.mentions_in(i + 1, (i + 6).min(s.last)).any(|m| {
                matches!(
                    f.actors[m.actor].kind(),
                    EntityType::Person | EntityType::Country | EntityType::Organization
                )
            });
            // (troops hosted are stationed, not visiting: "hosts US forces", "accueille déjà 900
            // soldats"; lowercase: "hosted the Estrian Armed Forces Commander" hosts a visitor)
            let troops =
                (i + 1..(i + 6).min(s.last)).any(|k| !f.tokens[k].cap && f.tokens[k].is(f.lex.troop_words));
            (by || visitor || near_either(i + 1, i + 5, VISITOR_WORDS)) && !troops
        }
        // "l'installation d'un bataillon", "the stationing of troops": forces set up somewhere
        EventType::Deployment if matches!(key, "installation" | "stationing" | "stationnement") => {
            near(i + 1, i + 5, f.lex.troop_words)
        }
        // "renforcer sa présence militaire en X", "to bolster its military presence in Y"
        EventType::Deployment if key == "presence" => {
            // (or forces growing their own presence: "les forces estriennes renforcent leur
            // présence")
            let military = near_either(i.saturating_sub(2), i + 3, MILITARY_ADJECTIVES);
            let forces = near(i.saturating_sub(PRESENCE_FORCES_REACH), i, f.lex.troop_words);
            (military || forces) && near_either(i.saturating_sub(PRESENCE_GROWTH_REACH), i, PRESENCE_GROWTH)
        }
        // "a conference of defence ministers", "le forum de Shangri-La": a meeting, not "a press
        // conference" nor "une conférence de presse"
        // (nor a body named so: "the International Conference on the Great Lakes Region")
        EventType::Meeting if matches!(key, "conference" | "forum") => {
            let press = match f.lang {
                crate::analysis::Lang::En => near(i.saturating_sub(1), i, PRESS_WORDS.en),
                crate::analysis::Lang::Fr => near(i + 1, i + 3, PRESS_WORDS.fr),
            };
            let (lo, hi) = (i.saturating_sub(BODY_NAME_REACH), (i + BODY_NAME_REACH).min(f.tokens.len()));
            let body = f
                .mentions_in(lo, hi)
                .any(|m| m.first <= i && i < m.last && f.actors[m.actor].kind() == EntityType::Organization);
            !press && !body
        }
        // "a detachment of warships docked at the port of X", "des navires sont arrivés à Y":
        // forces arriving, named before the verb
        // (or ships before a list of their names, arriving for drills)
        EventType::Deployment if ARRIVAL_VERBS.contains(key) => {
            forces_near(i.saturating_sub(ARRIVING_FORCES_REACH), i)
                || super::extract::ships_arriving_for_drills(f, i, s)
        }
        // "a military training mission in X", "une mission de formation de l'UE au Y": forces sent
        // to train or keep the peace (not "a fact-finding mission", nor a diplomatic mission)
        EventType::Deployment if key == "mission" => match f.lang {
            crate::analysis::Lang::En => near(i.saturating_sub(3), i, MISSION_KINDS.en),
            crate::analysis::Lang::Fr => near(i + 1, i + 4, MISSION_KINDS.fr),
        },
        // "a contingent left for Japan"
        EventType::Deployment if key == "left" => {
            f.tokens.get(i + 1).is_some_and(|t| t.is(&["for"]))
                && near(i.saturating_sub(8), i, f.lex.troop_words)
        }
        // "des opérations militaires conjointes", "joint operations": forces acting together in the
        // field, told as such (an operation of one side is no event of cooperation)
        // (not one item among the contents of drills: "au programme, des tirs d'exercice, du
        // sauvetage et des opérations conjointes")
        EventType::Patrol if matches!(key, "operation" | "operations") => {
            let drills = (i.saturating_sub(DRILL_CONTENT_REACH).max(s.first)..i).any(exercise_at);
            near_either(i.saturating_sub(2), i + 4, JOINT_WORDS) && !drills
        }
        // "patrol ships", "avions de patrouille maritime": a kind of craft, not a patrol
        EventType::Patrol => {
            // (over a second use joined to it: "a patrol and rescue boat")
            let craft_at = |j: usize| f.tokens.get(j).is_some_and(|t| PATROL_CRAFT.contains(&t.key));
            let joined_use = f.tokens.get(i + 1).is_some_and(|t| t.is_in(AND_WORDS))
                && f.tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
                && craft_at(i + 3);
            let craft_after = craft_at(i + 1)
                || f.tokens.get(i + 1).is_some_and(|t| t.is(&["maritime", "maritimes"])) && craft_at(i + 2)
                || joined_use;
            let craft_before =
                i >= 2 && f.tokens[i - 1].is(&["de", "d'"]) && PATROL_CRAFT.contains(&f.tokens[i - 2].key);
            // ("Exercise X, which is to involve joint patrols": the drill's contents)
            let contents = (i.saturating_sub(DRILL_CONTENT_REACH).max(s.first)..i).any(|k| {
                f.tokens[k].is(CONTENT_VERBS.of(f.lang))
                    && (k.saturating_sub(DRILL_CONTENT_REACH).max(s.first)..k).any(exercise_at)
            });
            !(craft_after || craft_before || contents)
        }
        // "forces en visite", "Visiting Forces Agreement": a status, not a visit
        EventType::Visit if matches!(key, "visite" | "visiting") => {
            // ("la ministre, en visite à X," is a visit)
            let status = i > 1 && f.tokens[i - 1].is(&["en"]) && f.tokens[i - 2].is(f.lex.troop_words);
            !(status || f.tokens.get(i + 1).is_some_and(|t| t.is(&["forces"])))
        }
        // "joint training", or training with a partner named right after ("began training with
        // planes from the X Air Force")
        EventType::Exercise if key == "training" => {
            let partner = f.tokens.get(i + 1).is_some_and(|t| PARTNER_WORDS.contains(&t.key))
                && f.mentions_in(i + 2, (i + 8).min(s.last))
                    .any(|m| f.actors[m.actor].kind() != EntityType::Place);
            // (a training mission is forces sent abroad, read on "mission")
            let mission = f.tokens.get(i + 1).is_some_and(|t| t.is(&["mission", "missions"]));
            (near(i.saturating_sub(2), i, TRAINING_MODIFIERS) || partner) && !mission
        }
        // "la 15e session de la commission mixte", "a session of the joint commission": a body
        // sitting, not "une session de formation"; the body may be a long name that opens right
        // after ("the 9th session of the Kenya-Uganda Joint Permanent Commission")
        EventType::Meeting if matches!(key, "session" | "sessions") => {
            let body = |m: &Placed| (m.first..m.last).any(|k| SITTING_BODIES.contains(&f.tokens[k].key));
            near_either(i + 1, i + 5, SITTING_BODIES)
                || f.mentions_in(i + 1, s.last).take_while(|m| m.first < i + 5).any(body)
        }
        EventType::Agreement if key == "accord" => !near(i.saturating_sub(1), i, &["en", "d'"]),
        // "a defence deal", "sign the pact"; not "to deal with threats"
        EventType::Agreement if matches!(key, "deal" | "sign") => {
            let verb = key == "deal" && f.tokens.get(i + 1).is_some_and(|t| t.is(&["with"]));
            !verb
                && (near(i.saturating_sub(4), i, AGREEMENT_CONTEXT) || near(i + 1, i + 4, AGREEMENT_CONTEXT))
        }
        _ => true,
    }
}
