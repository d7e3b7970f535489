//! Stage 8: events — triggers and named exercises, their participants, place and dates, merged
//! into one event per real occurrence.

use crate::analysis::{EntityType, EventType};
use crate::date::{DateMatch, PartialDate};
use crate::lang::Lexicon;
use crate::resolve::Actor;
use crate::token::{Token, TokenKind};

/// A sentence as a token range and a byte range.
#[derive(Debug, Clone, Copy)]
pub struct Clause {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// A resolved mention: token range and actor index.
#[derive(Debug, Clone, Copy)]
pub struct Placed {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// Index into the actors.
    pub actor: usize,
}

/// What event and relation extraction read.
pub struct Facts<'a> {
    /// The text.
    pub text: &'a str,
    /// Tokens.
    pub tokens: &'a [Token],
    /// Sentences.
    pub sentences: &'a [Clause],
    /// Actors.
    pub actors: &'a [Actor],
    /// Mentions with their actor, sorted by position, outside boilerplate.
    pub mentions: &'a [Placed],
    /// Date expressions (byte offsets).
    pub dates: &'a [DateMatch],
    /// Word lists.
    pub lex: &'static Lexicon,
    /// Whether each token lies in boilerplate.
    pub boiler: &'a [bool],
}

impl Facts<'_> {
    /// Mentions inside a token range.
    pub fn mentions_in(&self, first: usize, last: usize) -> impl Iterator<Item = &Placed> {
        let lo = self.mentions.partition_point(|m| m.first < first);
        self.mentions[lo..].iter().take_while(move |m| m.first < last).filter(move |m| m.last <= last)
    }

    /// The country side an actor stands for: itself for a country, its country otherwise.
    pub fn side(&self, actor: usize) -> Option<usize> {
        let a = &self.actors[actor];
        if a.kind() == EntityType::Country {
            return Some(actor);
        }
        let c = a.country?;
        self.actors.iter().position(|x| x.key == crate::entity::Key::Country(c))
    }

    /// The party an actor stands for in an event: its country, or an international body itself
    /// ("l'Otan"), or the body a person works for.
    pub fn party(&self, actor: usize) -> Option<usize> {
        if let Some(s) = self.side(actor) {
            return Some(s);
        }
        let a = &self.actors[actor];
        match a.kind() {
            // an international body is its own side ("l'Otan", "the UN")
            EntityType::Organization if !a.source_like => Some(actor),
            // a person working for a body stands for it
            EntityType::Person => {
                let org = a.org.as_ref()?;
                let oi = self.actors.iter().position(|x| x.key == crate::entity::Key::Org(org.clone()))?;
                (oi != actor).then(|| self.party(oi)).flatten()
            }
            _ => None,
        }
    }

    /// The actors voicing the opposition cue at token `cue` in clause `s`: the nearest actor before
    /// it in its clause and those coordinated with it ("la Chine et la Russie dénoncent", "a rebuke
    /// from North Korea, which accused…"), or the actor after a nominal cue ("a rebuke from Seoul").
    pub fn critics(&self, cue: usize, s: Clause) -> Vec<usize> {
        let actor_like = |m: &&Placed| self.actors[m.actor].kind() != EntityType::Place;
        let before: Vec<&Placed> = self.mentions_in(s.first, cue).filter(actor_like).collect();
        let clause_break = |a: usize, b: usize| (a..b).any(|j| self.tokens[j].is(&[";", ".", ":"]));
        let mut out = Vec::new();
        if let Some(&last) = before.last().filter(|m| cue - m.last <= 8 && !clause_break(m.last, cue)) {
            out.push(last.actor);
            let mut end = last.first;
            for m in before.iter().rev().skip(1) {
                let joined = (m.last..end).all(|j| {
                    self.tokens[j]
                        .is(&["et", "and", ",", "la", "le", "l'", "les", "the", "ainsi", "as", "well"])
                });
                if !joined {
                    break;
                }
                out.push(m.actor);
                end = m.first;
            }
        } else if self.tokens.get(cue + 1).is_some_and(|t| t.is(&["from", "by", "de", "du", "des", "par"])) {
            if let Some(m) = self.mentions_in(cue + 1, (cue + 5).min(s.last)).find(actor_like) {
                out.push(m.actor);
            }
        }
        out
    }

    /// Index of the sentence holding a token.
    pub fn sentence_of(&self, tok: usize) -> usize {
        self.sentences.partition_point(|s| s.last <= tok).min(self.sentences.len().saturating_sub(1))
    }

    /// Token index at or after a byte offset.
    pub fn token_at(&self, byte: usize) -> usize {
        self.tokens.partition_point(|t| t.start < byte)
    }
}

/// An event being built.
#[derive(Debug, Clone)]
pub struct Occurrence {
    /// Kind.
    pub kind: EventType,
    /// Name, when known.
    pub name: Option<String>,
    /// Other names.
    pub aliases: Vec<String>,
    /// Start and end of the dates.
    pub from: Option<PartialDate>,
    /// End date.
    pub to: Option<PartialDate>,
    /// Place (actor index).
    pub place: Option<usize>,
    /// Participants (actor indices), in order of appearance.
    pub participants: Vec<usize>,
    /// Sentences (indices).
    pub sentences: Vec<usize>,
    /// Trigger byte spans.
    pub triggers: Vec<(usize, usize)>,
    /// The text speaks of "both sides" ("les deux parties", "the two leaders").
    pub both: bool,
    /// Told by a definite reference to an event already told ("the exercise", "ces manœuvres").
    pub anaphor: bool,
    /// Recalled as an earlier, other event ("lors de la récente rencontre", "the previous drills").
    pub recalled: bool,
    /// Its date is when it was told (a dateline, "said on Sunday"), not when it happened.
    pub weak_date: bool,
}

impl Occurrence {
    fn new(kind: EventType, sentence: usize, trigger: (usize, usize)) -> Occurrence {
        Occurrence {
            kind,
            name: None,
            aliases: Vec::new(),
            from: None,
            to: None,
            place: None,
            participants: Vec::new(),
            sentences: vec![sentence],
            triggers: vec![trigger],
            both: false,
            anaphor: false,
            recalled: false,
            weak_date: false,
        }
    }
}

/// Finds the events of a document.
pub fn extract(f: &Facts<'_>, names_year: impl Fn(&str) -> Option<i32>) -> Vec<Occurrence> {
    let mut found: Vec<Occurrence> = Vec::new();
    let names = exercise_names(f);
    let n = f.tokens.len();
    let mut skipped_topic_at: Option<usize> = None;
    for i in 0..n {
        let t = &f.tokens[i];
        if f.boiler[i] || t.kind != TokenKind::Word {
            continue;
        }
        let Some(&(_, mut kind)) = f.lex.triggers.iter().find(|(w, _)| *w == t.key) else {
            continue;
        };
        let si = f.sentence_of(i);
        // troops that arrive are deployed: "l'arrivée d'une partie de ses forces armées"
        if kind == EventType::Visit && t.key.starts_with("arriv") {
            let (lo, hi) =
                (i.saturating_sub(8).max(f.sentences[si].first), (i + 11).min(f.sentences[si].last));
            if (lo..hi).any(|k| f.tokens[k].is(f.lex.troop_words)) {
                kind = EventType::Deployment;
            }
        }
        let s = f.sentences[si];
        // topics, not occurrences: "l'accent sur les exercices et les patrouilles"
        // "…sur les exercices et les patrouilles" chains topics, but "lors de"/"during" opens an event
        let chained = skipped_topic_at
            .is_some_and(|p| i - p <= 6 && (p + 1..i).all(|k| !f.tokens[k].is(&[".", "lors", "during"])));
        if chained || is_topic(f, i, s.first) {
            skipped_topic_at = Some(i);
            continue;
        }
        if is_negated(f, i, s.first) || !trigger_fits(f, i, kind, s) {
            continue;
        }
        let mut occ = Occurrence::new(kind, si, (t.start, t.end));
        if kind == EventType::Exercise {
            if let Some((name, _)) = names.iter().find(|(_, tok)| f.sentence_of(*tok) == si) {
                occ.name = Some(name.clone());
            }
        }
        fill(f, &mut occ, s, i);
        // "lors de la récente rencontre", "the previous drills", "des accords similaires"
        occ.recalled = (i.saturating_sub(2).max(s.first)..i).any(|k| {
            f.tokens[k].is(&["recente", "recent", "precedente", "precedent", "previous", "earlier", "last"])
        }) || (i + 1..(i + 3).min(s.last)).any(|k| {
            f.tokens[k].is(&[
                "similaire",
                "similaires",
                "similar",
                "comparable",
                "comparables",
                "precedents",
                "anterieurs",
            ])
        }) || i > 0 && f.tokens[i - 1].is(&["similar", "comparable", "other", "d'autres"]);
        occ.anaphor = !occ.recalled
            && occ.name.is_none()
            && i > 0
            && f.tokens[i - 1].is(&["the", "this", "these", "l'", "le", "les", "cet", "cette", "ces"]);
        found.push(occ);
    }
    // named exercises mentioned without a trigger word
    for (name, tok) in &names {
        if found.iter().any(|o| o.name.as_deref() == Some(name.as_str())) {
            continue;
        }
        let si = f.sentence_of(*tok);
        let s = f.sentences[si];
        let mut occ = Occurrence::new(EventType::Exercise, si, (f.tokens[*tok].start, f.tokens[*tok].end));
        occ.name = Some(name.clone());
        fill(f, &mut occ, s, *tok);
        found.push(occ);
    }
    found.sort_by_key(|o| o.sentences[0]);
    // "Ce dernier aura lieu du côté de Brest", "It will take place in…": a sentence without a trigger
    // that says where or when the event just told happens
    let mut told: Vec<Occurrence> = Vec::new();
    let mut next = 0; // the first occurrence not told before this sentence
    let mut last_kind = None;
    for (si, s) in f.sentences.iter().enumerate() {
        while found.get(next).is_some_and(|o| o.sentences[0] < si) {
            last_kind = Some(found[next].kind);
            next += 1;
        }
        if found.get(next).is_some_and(|o| o.sentences[0] == si) {
            continue;
        }
        let Some(kind) = last_kind else { continue };
        let Some(cue) = (s.first..s.last).find(|&k| happening_at(f, k)) else { continue };
        if f.boiler[cue] {
            continue;
        }
        let mut occ = Occurrence::new(kind, si, (f.tokens[cue].start, f.tokens[cue].end));
        fill(f, &mut occ, *s, cue);
        occ.anaphor = true;
        told.push(occ);
    }
    found.extend(told);
    found.sort_by_key(|o| o.sentences[0]);
    let mut merged = merge(f.actors, found);
    for o in &mut merged {
        // a year in the exercise's name fixes an unknown year
        let year = o.name.iter().chain(&o.aliases).find_map(|n| names_year(n));
        if let Some(y) = year {
            for d in [&mut o.from, &mut o.to].into_iter().flatten() {
                if d.year.is_none() && d.month.is_some() {
                    d.year = Some(y);
                }
            }
        }
    }
    // an event with one side gets the other side of the document's main pair, when the two act
    // together somewhere in the text (not a pair of opponents)
    let together = |a: usize, b: usize| {
        merged.iter().any(|o| {
            o.sentences.iter().any(|&si| {
                let c = f.sentences[si];
                let s: Vec<usize> = f.mentions_in(c.first, c.last).filter_map(|m| f.side(m.actor)).collect();
                s.contains(&a) && s.contains(&b) && o.participants.contains(&a) && o.participants.contains(&b)
            })
        })
    };
    if let Some((a, b)) = main_pair(f).filter(|&(a, b)| together(a, b)) {
        for o in &mut merged {
            let s: Vec<usize> = o.participants.iter().filter_map(|&p| f.side(p)).collect();
            if s.is_empty() && o.both {
                push_unique(&mut o.participants, a);
                push_unique(&mut o.participants, b);
            } else if s.iter().all(|&x| x == a) && s.contains(&a) {
                push_unique(&mut o.participants, b);
            } else if s.iter().all(|&x| x == b) && s.contains(&b) {
                push_unique(&mut o.participants, a);
            }
        }
    }
    // a visit to a city of a country named in the text has that country as its host
    for o in merged.iter_mut().filter(|o| o.kind == EventType::Visit) {
        let Some(p) = o.place.filter(|&p| f.actors[p].kind() == EntityType::Place) else { continue };
        if let Some(host) = f.side(p) {
            if !o.participants.iter().any(|&q| f.side(q) == Some(host)) {
                o.participants.push(host);
            }
        }
    }
    // events told in the same sentence share the more precise place ("lors des consultations à
    // Nanping…, ont convenu")
    for i in 0..merged.len() {
        for j in 0..merged.len() {
            let (Some(pi), Some(pj)) = (merged[i].place, merged[j].place) else { continue };
            let shared = merged[i].sentences.iter().any(|s| merged[j].sentences.contains(s));
            if i != j && shared && pi != pj && within(f.actors, pj, pi) {
                merged[i].place = Some(pj);
            }
        }
    }
    // "les deux dirigeants ont signé…": the sides of the event just before
    let mut previous: Vec<usize> = Vec::new();
    for o in &mut merged {
        let s: Vec<usize> = o.participants.iter().filter_map(|&p| f.party(p)).collect();
        if s.is_empty() && o.both && !previous.is_empty() {
            for &p in &previous {
                push_unique(&mut o.participants, p);
            }
        }
        if sides(f, &o.participants) >= 2 {
            previous = o.participants.iter().filter_map(|&p| f.party(p)).collect();
        }
    }
    // an occurrence needs two sides or a name; an earlier event recalled in passing ("during a
    // previous exercise") also needs a name, a date or a place
    merged.retain(|o| o.name.is_some() || sides(f, &o.participants) >= 2);
    merged.retain(|o| !o.recalled || o.name.is_some() || o.from.is_some() || o.place.is_some());
    merged
}

/// The two countries the document is about: the most mentioned, each named at least twice.
fn main_pair(f: &Facts<'_>) -> Option<(usize, usize)> {
    let mut counts = vec![0usize; f.actors.len()];
    for m in f.mentions {
        if f.actors[m.actor].kind() == EntityType::Country {
            counts[m.actor] += 1;
        }
    }
    let mut order: Vec<usize> = (0..counts.len()).filter(|&i| counts[i] >= 1).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(counts[i]));
    match order[..] {
        // the pair must stand out: the second is not tied with a third
        [a, b, c, ..] if counts[a] >= 2 && counts[b] > counts[c] => Some((a, b)),
        [a, b] if counts[a] >= 2 => Some((a, b)),
        _ => None,
    }
}

fn sides(f: &Facts<'_>, participants: &[usize]) -> usize {
    let mut s: Vec<usize> = participants.iter().filter_map(|&p| f.party(p)).collect();
    s.sort();
    s.dedup();
    s.len()
}

/// "aura lieu", "a eu lieu", "se déroulera", "se tiendra", "will take place", "will be held".
fn happening_at(f: &Facts<'_>, k: usize) -> bool {
    let t = f.tokens;
    let key = t[k].key.as_str();
    let prev = if k > 0 { t[k - 1].key.as_str() } else { "" };
    match key {
        "lieu" => matches!(prev, "aura" | "auront" | "a" | "ont" | "eu" | "avoir" | "aurait" | "auraient"),
        "deroulera" | "derouleront" | "deroule" | "deroulent" | "tiendra" | "tiendront" => {
            matches!(prev, "se" | "s'")
        }
        "place" => matches!(prev, "take" | "takes" | "took" | "taking"),
        "held" => matches!(prev, "be" | "was" | "were" | "been" | "is" | "are"),
        _ => false,
    }
}

fn is_topic(f: &Facts<'_>, i: usize, first: usize) -> bool {
    let lo = i.saturating_sub(3).max(first);
    (lo..i).any(|k| f.tokens[k].is(f.lex.topic_cues))
        || (lo..i).any(|k| f.tokens[k].is(&["suivi", "follow-up"]))
}

fn is_negated(f: &Facts<'_>, i: usize, first: usize) -> bool {
    let lo = i.saturating_sub(6).max(first);
    (lo..i).any(|k| f.tokens[k].is(f.lex.negations))
}

/// Checks that fit a trigger's meaning: "se rendre" needs its pronoun, "envoyer" needs troops.
fn trigger_fits(f: &Facts<'_>, i: usize, kind: EventType, s: Clause) -> bool {
    let key = f.tokens[i].key.as_str();
    let near = |lo: usize, hi: usize, words: &[&str]| {
        (lo.max(s.first)..hi.min(s.last)).any(|k| f.tokens[k].is(words))
    };
    match kind {
        EventType::Visit if key.starts_with("rend") => {
            near(i.saturating_sub(3), i, &["s'", "se", "est", "sont"])
        }
        EventType::Deployment
            if matches!(
                key,
                "envoyer"
                    | "envoye"
                    | "envoyes"
                    | "envoie"
                    | "envoi"
                    | "enverra"
                    | "send"
                    | "sent"
                    | "sending"
                    | "transported"
                    | "stationed"
                    | "depeche"
                    | "depeches"
                    | "depechees"
                    | "achemines"
                    | "stationnes"
                    | "stationnees"
            ) =>
        {
            near(i.saturating_sub(6), i + 7, f.lex.troop_words)
        }
        // "a contingent left for Japan"
        EventType::Deployment if key == "left" => {
            f.tokens.get(i + 1).is_some_and(|t| t.is(&["for"]))
                && near(i.saturating_sub(8), i, f.lex.troop_words)
        }
        // "forces en visite", "Visiting Forces Agreement": a status, not a visit
        EventType::Visit if matches!(key, "visite" | "visiting") => {
            !(i > 0 && f.tokens[i - 1].is(&["en"]) || f.tokens.get(i + 1).is_some_and(|t| t.is(&["forces"])))
        }
        // "welcomed the delegation", "hosted his counterpart", not "welcomed the participants"
        EventType::Visit if matches!(key, "welcomed" | "hosted" | "hosts") => {
            near(
                i + 1,
                i + 7,
                &["delegation", "counterpart", "counterparts", "minister", "president", "premier"],
            ) || f
                .mentions_in(i + 1, (i + 7).min(s.last))
                .any(|m| matches!(f.actors[m.actor].kind(), EntityType::Person | EntityType::Country))
        }
        EventType::Exercise if key == "training" => {
            near(i.saturating_sub(2), i, &["joint", "military", "combined"])
        }
        EventType::Agreement if key == "accord" => !near(i.saturating_sub(1), i, &["en", "d'"]),
        // "a defence deal", "sign the pact"; not "to deal with threats"
        EventType::Agreement if matches!(key, "deal" | "sign") => {
            let words = &["agreement", "deal", "signed", "sign", "military", "defense", "defence", "arms"];
            let verb = key == "deal" && f.tokens.get(i + 1).is_some_and(|t| t.is(&["with"]));
            !verb && (near(i.saturating_sub(4), i, words) || near(i + 1, i + 4, words))
        }
        _ => true,
    }
}

/// Participants, place and dates of an occurrence from its sentence.
fn fill(f: &Facts<'_>, occ: &mut Occurrence, s: Clause, trigger: usize) {
    let mut both_sides = false;
    for k in s.first..s.last {
        if f.tokens[k].is(f.lex.both_sides)
            && k > s.first
            && f.tokens[k - 1].is(&["deux", "two", "both", "les", "the"])
        {
            both_sides = true;
        }
    }
    let mut place: Option<(usize, bool)> = None; // actor, is a Place
                                                 // critics are not participants: "Les États-Unis ont dénoncé ces exercices"
    let critics: Vec<usize> = (s.first..s.last)
        .filter(|&k| f.tokens[k].is(f.lex.opposition))
        .flat_map(|k| f.critics(k, s))
        .collect();
    let critical = (s.first..s.last).any(|k| {
        f.tokens[k].is(&[
            "observateurs",
            "observers",
            "observer",
            "observed",
            "observe",
            "observent",
            "observe",
        ])
    });
    // in a sentence that voices criticism, the critics and whoever is named after the first of them
    // are not participants ("…, prompting a rebuke from North Korea, which accused Washington")
    let first_critic = f
        .mentions_in(s.first, s.last)
        .filter(|m| critics.contains(&m.actor))
        .map(|m| m.first)
        .min()
        .unwrap_or(usize::MAX);
    for m in f.mentions_in(s.first, s.last).filter(|_| !critical) {
        let a = &f.actors[m.actor];
        if a.source_like || critics.contains(&m.actor) || m.first > first_critic {
            continue;
        }
        let prev = m.first.checked_sub(1).map(|p| f.tokens[p].key.as_str()).unwrap_or("");
        let border = (m.first.saturating_sub(4)..m.first).any(|k| {
            f.tokens[k].is(&[
                "frontiere",
                "frontaliere",
                "border",
                "bordering",
                "contre",
                "against",
                "vers",
                "attaque",
                "attack",
                "face",
                "agression",
                "aggression",
                "invasion",
                "menace",
                "threat",
                "tensions",
                "tension",
                "standoff",
                "confrontation",
                "rivalry",
                "rivalite",
                "observateurs",
                "observers",
            ])
        });
        let locative = is_locative(f, m.first);
        // "told reporters after meeting…" is no place; "went to Vilnius" is, for a visit or deployment
        let moving = matches!(occ.kind, EventType::Visit | EventType::Deployment);
        if matches!(prev, "to" | "vers") && !moving && a.kind() == EntityType::Place {
            continue;
        }
        match a.kind() {
            EntityType::Place => {
                if !border && (place.is_none() || place.is_some_and(|(_, p)| !p)) && locative {
                    place = Some((m.actor, true));
                }
            }
            EntityType::Country => {
                if border {
                    continue;
                }
                if locative && place.is_none() && !matches!(prev, "a" | "to" | "from" | "depuis")
                    || locative && matches!(prev, "en" | "in") && place.is_none()
                {
                    place = Some((m.actor, false));
                }
                push_unique(&mut occ.participants, m.actor);
            }
            EntityType::Organization | EntityType::Person => {
                // experts and commentators explain an event, they do not take part in it
                let expert = a.kind() == EntityType::Person
                    && (m.first.saturating_sub(4)..(m.last + 6).min(s.last))
                        .any(|k| f.tokens[k].is(EXPERT_WORDS));
                if border || expert {
                    continue;
                }
                push_unique(&mut occ.participants, m.actor);
                if let Some(side) = f.side(m.actor) {
                    push_unique(&mut occ.participants, side);
                }
            }
            EntityType::Date => {}
        }
    }
    occ.both |= both_sides;
    occ.place = place.map(|(a, _)| a);
    // the date nearest to the trigger, not one of publication
    let trig_byte = f.tokens[trigger].start;
    // (told, distance to the trigger): dates of the event first, then the nearest
    let mut best: Option<((bool, usize), &DateMatch)> = None;
    for d in f.dates.iter().filter(|d| d.start >= s.start && d.end <= s.end) {
        let tok = f.token_at(d.start);
        let publication = (tok.saturating_sub(3)..tok).any(|k| {
            f.tokens[k].is(&[
                "publie",
                "publiee",
                "published",
                "posted",
                "diffuse",
                "diffusee",
                "released",
                "photo",
            ])
        });
        // "the ninth such patrol since 2019": the start of a series, not the event's date
        let since = tok > 0 && f.tokens[tok - 1].is(&["depuis", "since"]);
        if since {
            continue;
        }
        let tok_until = tok > 0 && f.tokens[tok - 1].is(&["until", "till", "through", "jusqu'au", "jusqu'a"])
            || tok > 1 && f.tokens[tok - 2].is(&["jusqu'"]);
        if publication || tok_until || d.from.month.is_none() && d.from.day.is_none() && d.from.year.is_none()
        {
            continue;
        }
        // "a rapporté samedi", "the ministry said on Sunday", a dateline ("SEOUL, Oct 18 (Reuters)"):
        // when it was told, a last resort
        let told = (tok.saturating_sub(2)..tok).any(|k| f.tokens[k].is(SAYING_VERBS)) || is_dateline(f, d, s);
        let dist = if d.start > trig_byte { d.start - trig_byte } else { trig_byte - d.end };
        let rank = (told, dist);
        if best.is_none_or(|(br, _)| rank < br) {
            best = Some((rank, d));
        }
    }
    let until = |d: &DateMatch| {
        let tok = f.token_at(d.start);
        tok > 0 && f.tokens[tok - 1].is(&["until", "till", "through", "jusqu'au", "jusqu'a"])
            || tok > 1 && f.tokens[tok - 2].is(&["jusqu'"])
    };
    if let Some(((told, _), d)) = best {
        occ.weak_date = told;
        if until(d) {
            occ.to = Some(d.to.unwrap_or(d.from));
        } else {
            occ.from = Some(d.from);
            occ.to = d.to;
            // "a lancé mercredi l'exercice…, jusqu'en mai"
            if d.to.is_none() {
                if let Some(u) = f.dates.iter().find(|u| u.start >= s.start && u.end <= s.end && until(u)) {
                    occ.to = Some(u.to.unwrap_or(u.from));
                }
            }
        }
    } else if let Some(u) = f.dates.iter().find(|u| u.start >= s.start && u.end <= s.end && until(u)) {
        occ.to = Some(u.to.unwrap_or(u.from));
    }
}

/// Whether a mention starting at `first` follows a locative preposition, possibly through a place
/// word: "à Minsk", "près de la ville de Brest", "dans la province du Fujian", "in the city of X".
fn is_locative(f: &Facts<'_>, first: usize) -> bool {
    let mut k = first;
    let mut steps = 0;
    while k > 0 && steps < 7 {
        k -= 1;
        steps += 1;
        let t = &f.tokens[k];
        let w = t.key.as_str();
        if f.lex.locatives.contains(&w)
            || matches!(
                w,
                "pres"
                    | "near"
                    | "visited"
                    | "visit"
                    | "visiting"
                    | "visite"
                    | "cote"
                    | "large"
                    | "environs"
                    | "alentours"
                    | "abords"
                    | "off"
                    | "dessus"
                    | "travers"
                    | "long"
                    | "autour"
                    | "over"
                    | "above"
                    | "across"
                    | "around"
                    | "throughout"
            )
        {
            return true;
        }
        let skip = matches!(
            w,
            "de" | "du" | "d'" | "la" | "le" | "l'" | "les" | "the" | "of" | "des" | "autonome" | "capitale"
        ) || f.lex.place_heads.contains(&w);
        if !skip {
            return false;
        }
    }
    false
}

fn push_unique(v: &mut Vec<usize>, x: usize) {
    if !v.contains(&x) {
        v.push(x);
    }
}

/// Named exercises by shape: capitalised words (or capitals with `/`) followed by a year
/// ("Falcon Strike-2024", "ZAPAD/INTERACTION-2021", "Vostok 2022"), a quoted name after an exercise
/// word ("exercices « Vostok »"), or a name after "baptisé"/"dubbed"/"code-named".
fn exercise_names(f: &Facts<'_>) -> Vec<(String, usize)> {
    let t = f.tokens;
    let n = t.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if f.boiler[i] {
            i += 1;
            continue;
        }
        // a run of capitalised words / slashes / hyphens ending in "-YYYY" or " YYYY"
        if t[i].kind == TokenKind::Word && t[i].cap && !f.lex.name_stops.contains(&t[i].key.as_str()) {
            let mut j = i;
            while j < n && j - i < 6 && (j == i || !t[j].line_start) {
                let ok = t[j].kind == TokenKind::Word && t[j].cap || (t[j].is(&["/", "-"]) && j > i);
                if !ok {
                    break;
                }
                j += 1;
            }
            // j: first token after the run; accept "-2024" or "2024"
            let mut k = j;
            if k > i && t[k - 1].is(&["-"]) {
                k -= 1;
            }
            let (yj, end) = if t.get(k).is_some_and(|x| x.is(&["-"])) { (k + 1, k + 2) } else { (k, k + 1) };
            let year =
                t.get(yj).filter(|x| x.kind == TokenKind::Number && x.key.len() == 4 && is_year(&x.key));
            let glued = year.is_some() && t[yj].start == t[yj - 1].end;
            let in_date =
                |tok: usize| f.dates.iter().any(|d| d.start <= t[tok].start && t[tok].start < d.end);
            if year.is_some()
                && k > i
                && (glued || t[yj - 1].kind == TokenKind::Word)
                && !in_date(i)
                && !in_date(yj)
            {
                let mentions_country =
                    f.mentions_in(i, k).any(|m| f.actors[m.actor].kind() != EntityType::Place);
                let first_ok = !mentions_country || k - i >= 2 && f.mentions_in(i, k).count() < k - i;
                // "la feuille de route « Horizon 2047 »", "the Vision 2030 plan": a policy, not a drill
                let policy =
                    (i.saturating_sub(3)..i).chain(end..(end + 2).min(n)).any(|x| t[x].is(POLICY_WORDS));
                if first_ok && !mentions_country && !policy {
                    out.push((f.text[t[i].start..t[end - 1].end].to_string(), i));
                    i = end;
                    continue;
                }
            }
        }
        // exercise word + quoted or capitalised name
        let exercise_word = f.lex.triggers.iter().any(|(w, k)| *k == EventType::Exercise && *w == t[i].key);
        // "the Resolute Dragon exercise", "the annual Malabar drills" (not "the X training ground")
        // modifiers between the name and the exercise word: "the Malabar naval exercise"
        let mut h = i;
        while exercise_word && h > 0 && i - h < 2 && t[h - 1].is(EXERCISE_MODIFIERS) {
            h -= 1;
        }
        if exercise_word
            && !t[i].is(&["training", "entrainement"])
            && f.lex.stopwords.contains(&"the")
            && h > 0
            && t[h - 1].cap
            && t[h - 1].kind == TokenKind::Word
            && !t[h].line_start
        {
            let i = h;
            let mut s = i - 1;
            while s > 0 && i - s < 3 && t[s - 1].cap && t[s - 1].kind == TokenKind::Word {
                s -= 1;
            }
            let sentence_start = f.sentences.iter().any(|c| c.first == s);
            let known = f.mentions.iter().any(|m| m.first < i && s < m.last);
            let in_date = f.dates.iter().any(|d| d.start <= t[s].start && t[s].start < d.end);
            if !sentence_start && !known && !in_date && !f.lex.name_stops.contains(&t[s].key.as_str()) {
                let name = f.text[t[s].start..t[i - 1].end].to_string();
                if !out.iter().any(|(n2, at)| *n2 == name && f.sentence_of(*at) == f.sentence_of(s)) {
                    out.push((name, s));
                }
            }
        }
        if exercise_word
            || t[i].is(&[
                "baptise",
                "baptisee",
                "baptises",
                "baptisees",
                "nomme",
                "nommee",
                "dubbed",
                "named",
                "code-named",
                "codenamed",
                "appele",
                "appelee",
                "intitule",
                "intitulee",
                "denomme",
            ])
        {
            let mut j = i + 1;
            while j < n
                && j - i <= 2
                && t[j].kind == TokenKind::Word
                && !t[j].cap
                && !f.lex.name_stops.contains(&t[j].key.as_str())
                && !f.lex.locatives.contains(&t[j].key.as_str())
            {
                j += 1; // adjectives: "annuels", "militaires"
            }
            let quoted = t.get(j).is_some_and(|x| x.is(&["«", "\"", "“"]));
            let s = if quoted { j + 1 } else { j };
            // a name never starts on the next line ("…drills\nComments")
            if t.get(s).is_some_and(|x| x.line_start) || f.boiler.get(s).copied().unwrap_or(true) {
                i += 1;
                continue;
            }
            let mut e = s;
            if quoted {
                // everything up to the closing quote: « Ceinture de sécurité maritime »
                while e < n && e - s < 8 && !t[e].is(&["»", "\"", "”"]) && t[e].kind != TokenKind::Punct
                    || t.get(e).is_some_and(|x| x.is(&["-", "'"]))
                {
                    e += 1;
                }
                if !t.get(e).is_some_and(|x| x.is(&["»", "\"", "”"])) {
                    e = s;
                }
            } else {
                while e < n
                    && e - s < 5
                    && (e == s || !t[e].line_start)
                    && (t[e].kind == TokenKind::Word && t[e].cap
                        || t[e].is(&["-", "/"])
                        || t[e].kind == TokenKind::Number && t[e].key.len() == 4)
                {
                    e += 1;
                }
            }
            let in_date = |k: usize| f.dates.iter().any(|d| d.start <= t[k].start && t[k].start < d.end);
            let known = s < e && (f.mentions.iter().any(|m| m.first <= s && s < m.last) || in_date(s));
            if e > s && !known && t[s].cap && !f.lex.name_stops.contains(&t[s].key.as_str()) {
                let name = f.text[t[s].start..t[e - 1].end].trim_end_matches(['-', '/']).to_string();
                if name.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && !out.iter().any(|(n2, at)| *n2 == name && f.sentence_of(*at) == f.sentence_of(s))
                {
                    out.push((name, s));
                }
                i = e;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Words naming a policy or a text, whose names also end in a year ("Horizon 2047", "Vision 2030").
const POLICY_WORDS: &[&str] = &[
    "route",
    "roadmap",
    "plan",
    "strategie",
    "strategy",
    "vision",
    "programme",
    "program",
    "agenda",
    "doctrine",
    "accord",
    "agreement",
    "traite",
    "treaty",
    "pacte",
    "pact",
    "initiative",
    "declaration",
];

/// Verbs of saying: a date right after one tells when something was said.
const SAYING_VERBS: &[&str] = &[
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
    "said",
    "says",
    "announced",
    "reported",
    "told",
    "stated",
    "added",
    "confirmed",
    "noted",
    "wrote",
];

/// Words that make a person a commentator of an event rather than one of its actors.
const EXPERT_WORDS: &[&str] = &[
    "expert",
    "experts",
    "analyst",
    "analysts",
    "analyste",
    "analystes",
    "commentator",
    "commentateur",
    "researcher",
    "chercheur",
    "chercheuse",
    "professor",
    "professeur",
    "specialiste",
    "scholar",
    "observateur",
    "observer",
];

/// English words that may stand between an exercise's name and "exercise" ("Malabar naval drills").
const EXERCISE_MODIFIERS: &[&str] = &[
    "naval",
    "military",
    "joint",
    "air",
    "maritime",
    "amphibious",
    "annual",
    "bilateral",
    "trilateral",
    "multilateral",
    "multinational",
    "combined",
    "live-fire",
    "tactical",
    "command-staff",
    "army",
    "land",
    "anti-submarine",
    "counter-terrorism",
    "counterterrorism",
    "field",
    "large-scale",
];

fn is_year(s: &str) -> bool {
    s.parse::<i32>().is_ok_and(|y| (1945..=2100).contains(&y))
}

/// The year a name carries ("Falcon Strike-2024" → 2024).
pub fn year_in_name(name: &str) -> Option<i32> {
    name.rsplit(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 4 && is_year(w))
        .and_then(|w| w.parse().ok())
}

/// Whether place `inner` lies in country `outer` (or its country is unknown).
fn within(actors: &[Actor], inner: usize, outer: usize) -> bool {
    let (i, o) = (&actors[inner], &actors[outer]);
    match (&o.key, i.kind()) {
        (crate::entity::Key::Country(c), EntityType::Place) => i.country.is_none_or(|ic| ic == *c),
        _ => false,
    }
}

fn compatible(actors: &[Actor], a: &Occurrence, b: &Occurrence) -> bool {
    let kinds = a.kind == b.kind
        || matches!(
            (a.kind, b.kind),
            (EventType::Visit, EventType::Meeting) | (EventType::Meeting, EventType::Visit)
        );
    if !kinds || a.recalled != b.recalled {
        return false;
    }
    if let (Some(x), Some(y)) = (&a.name, &b.name) {
        if !same_name(x, y) {
            return false;
        }
    }
    // places conflict when they lie in different known countries; a sea or a region with no
    // country ("the Bay of Bengal" and "off Visakhapatnam") may frame the same event
    if let (Some(x), Some(y)) = (a.place, b.place) {
        let country = |p: usize| match &actors[p].key {
            crate::entity::Key::Country(c) => Some(*c),
            _ => actors[p].country,
        };
        let same_name = a.name.is_some() && a.name == b.name;
        let apart = match (country(x), country(y)) {
            (Some(cx), Some(cy)) => cx != cy,
            _ => true,
        };
        if x != y && apart && !same_name && !within(actors, x, y) && !within(actors, y, x) {
            return false;
        }
    }
    if let (Some(x), Some(y)) = (a.from, b.from) {
        let (xe, ye) = (a.to.unwrap_or(x), b.to.unwrap_or(y));
        if !overlaps(x, xe, y, ye) && !a.weak_date && !b.weak_date {
            return false;
        }
    }
    true
}

/// A date in a dateline: at the head of its sentence, before the agency or a dash ("SEOUL, Oct 18
/// (Reuters) -", "Moscou, 30 novembre 2024 (AFP) —").
fn is_dateline(f: &Facts<'_>, d: &DateMatch, s: Clause) -> bool {
    let (first, last) = (f.token_at(d.start), f.token_at(d.end));
    first <= s.first + 4
        && (last..(last + 3).min(f.tokens.len())).any(|k| f.tokens[k].is(&["(", "—", "–", "-", "/"]))
}

/// Whether two exercise names name the same exercise: equal once folded, or one the other with a
/// year or number added ("Golden Dragon" and "Golden Dragon 2025"; not "Vostok-2018" and
/// "Vostok-2022", nor "Golden Dragon" and "Cyclone-III").
fn same_name(x: &str, y: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        crate::text::fold(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (wx, wy) = (words(x), words(y));
    let (short, long) = if wx.len() <= wy.len() { (&wx, &wy) } else { (&wy, &wx) };
    let prefix = !short.is_empty() && long.starts_with(short);
    let (yx, yy) = (year_in_name(x), year_in_name(y));
    // one exercise named two ways in one article: "Falcon Strike-2024" and "Falcon Assault-2024"
    let variant = yx.is_some() && yx == yy && wx.first() == wy.first();
    prefix && (yx.is_none() || yy.is_none() || yx == yy) || variant
}

fn overlaps(a0: PartialDate, a1: PartialDate, b0: PartialDate, b1: PartialDate) -> bool {
    let key = |d: PartialDate, hi: bool| {
        let y = d.year.unwrap_or(if hi { 9999 } else { 0 });
        let m = d.month.unwrap_or(if hi { 12 } else { 1 });
        let dd = d.day.unwrap_or(if hi { 31 } else { 1 });
        (y, m, dd)
    };
    if a0.year.is_none() || b0.year.is_none() {
        // compare month and day only
        let k = |d: PartialDate, hi: bool| {
            (d.month.unwrap_or(if hi { 12 } else { 1 }), d.day.unwrap_or(if hi { 31 } else { 1 }))
        };
        return k(a0, false) <= k(b1, true) && k(b0, false) <= k(a1, true);
    }
    key(a0, false) <= key(b1, true) && key(b0, false) <= key(a1, true)
}

fn precision(d: &Option<PartialDate>, to: &Option<PartialDate>) -> u8 {
    match d {
        None => 0,
        Some(d) => {
            u8::from(d.year.is_some())
                + u8::from(d.month.is_some()) * 2
                + u8::from(d.day.is_some()) * 2
                + u8::from(to.is_some())
        }
    }
}

/// How many of the latest events an unnamed occurrence may join.
const MERGE_WINDOW: usize = 48;

fn merge(actors: &[Actor], found: Vec<Occurrence>) -> Vec<Occurrence> {
    let mut out: Vec<Occurrence> = Vec::new();
    for o in found {
        // "the exercise" is the last exercise told (its place refines the event's, never replaces it)
        // a bounded look-back keeps merging linear in long texts; named events are looked up all
        // the way back (they are few)
        let lo = out.len().saturating_sub(MERGE_WINDOW);
        let target = if o.anaphor {
            // "the drills" after a joint patrol told as such is that patrol
            let kin = |k: EventType| (k == EventType::Exercise).then_some(EventType::Patrol);
            out.iter()
                .rposition(|e| e.kind == o.kind && !e.recalled)
                .or_else(|| out.iter().rposition(|e| Some(e.kind) == kin(o.kind) && !e.recalled))
        } else {
            out.iter().enumerate().position(|(k, e)| {
                (k >= lo || e.name.is_some() && o.name.is_some()) && compatible(actors, e, &o)
            })
        };
        match target.map(|t| &mut out[t]) {
            Some(e) => {
                match (&e.name, &o.name) {
                    (None, Some(n)) => e.name = Some(n.clone()),
                    (Some(a), Some(b)) if a != b && !e.aliases.contains(b) => e.aliases.push(b.clone()),
                    _ => {}
                }
                if e.kind == EventType::Meeting && o.kind == EventType::Visit {
                    e.kind = EventType::Visit;
                }
                if o.from.is_none() && e.to.is_none() && o.to.is_some() {
                    e.to = o.to; // "until June 20"
                } else if o.from.is_some()
                    && (e.from.is_none()
                        || e.weak_date && !o.weak_date
                        || precision(&o.from, &o.to) > precision(&e.from, &e.to)
                            && o.weak_date <= e.weak_date)
                {
                    // a date of the event itself beats the date it was told
                    e.from = o.from;
                    e.to = o.to;
                    e.weak_date = o.weak_date;
                }
                // the more precise place: a city rather than its country
                e.place = match (e.place, o.place) {
                    (Some(x), Some(y)) if within(actors, y, x) => Some(y),
                    (x, y) => x.or(y),
                };
                e.both |= o.both;
                for p in o.participants {
                    push_unique(&mut e.participants, p);
                }
                for s in o.sentences {
                    push_unique(&mut e.sentences, s);
                }
                e.triggers.extend(o.triggers);
            }
            None => out.push(o),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_in_names() {
        assert_eq!(year_in_name("Falcon Strike-2024"), Some(2024));
        assert_eq!(year_in_name("ZAPAD/INTERACTION-2021"), Some(2021));
        assert_eq!(year_in_name("Vostok"), None);
    }

    #[test]
    fn overlapping_dates() {
        let d = |m, day| PartialDate { year: Some(2024), month: Some(m), day: Some(day) };
        assert!(overlaps(d(7, 8), d(7, 19), d(7, 11), d(7, 13)));
        assert!(!overlaps(d(7, 8), d(7, 9), d(8, 1), d(8, 2)));
    }
}
