//! The tense of the clause around a date, which decides between the last and the next
//! occurrence of an expression that names no year (a weekday, a day and month).

use super::Parser;
use crate::analysis::Lang;
use crate::calendar::{days_from_civil, days_in_month};

/// The tense of the clause around an expression, which decides between the past and the next
/// occurrence of a weekday or of a day without its year.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Tense {
    Past,
    Future,
    Neutral,
}

/// Verbs after "due to" that make it a plan ("due to start on 3 June"); any other word after it
/// makes it a cause ("due to bad weather", "due to military drills").
const PLANNED_VERBS: &[&str] = &[
    "start", "begin", "arrive", "take", "meet", "hold", "visit", "be", "sign", "end", "open", "launch",
    "travel", "leave", "return", "conclude", "depart", "host", "make", "deliver", "attend", "resume",
    "expire", "hand", "vote", "announce", "receive", "join", "go", "come", "fly", "sail", "dock", "close",
];

impl Parser<'_> {
    /// Whether the words around token `i` speak of the future: an auxiliary or plan word ("va",
    /// "sera", "devrait", "will", "scheduled", "next") or a French future verb form ("-ra",
    /// "-ront") within ten tokens, in its clause.
    pub(super) fn future_tense(&self, i: usize) -> bool {
        // (within the clause: the next sentence's "will" does not date this one)
        let lo = i.saturating_sub(10).max(self.clause_start(i));
        self.future_in(lo, self.clause_end(i), i)
    }

    /// Whether the tokens `lo..hi` hold a word of the future (see [`Parser::future_tense`]) other
    /// than the expression at `i` itself.
    fn future_in(&self, lo: usize, hi: usize, i: usize) -> bool {
        (lo..hi).any(|k| {
            let w = self.key(k);
            // a plan told in the past ("was due to start on 3 June", "were set to meet") looks
            // forward from a past day: no future of the page's
            let planned_before = k > 0 && matches!(self.key(k - 1), "was" | "were");
            if planned_before && matches!(w, "due" | "set" | "scheduled") {
                return false;
            }
            // "due to military drills", "due to the weather": a cause, not a plan ("due to start")
            let cause = w == "due" && self.key(k + 1) == "to" && !PLANNED_VERBS.contains(&self.key(k + 2));
            if cause {
                return false;
            }
            matches!(
                w,
                "va" | "vont"
                    | "aura"
                    | "auront"
                    | "sera"
                    | "seront"
                    | "devrait"
                    | "devraient"
                    | "will"
                    | "shall"
                    | "'ll"
                    | "upcoming"
                    | "scheduled"
                    | "due"
                    | "set"
                    | "prochain"
                    | "prochaine"
                    | "next"
            ) || (w == "rendez" && self.key(k + 1) == "-") // an appointment: "rendez-vous mardi"
                || (w == "see" && self.key(k + 1) == "you")
                || (self.lang == Lang::Fr
                && w.len() > 5
                && (w.ends_with("ra") || w.ends_with("ront"))
                && !self.t[k].cap // "Ankara", "Sierra"
                && k != i)
        })
    }

    /// Whether an appointment is made near token `i` ("rendez-vous mardi", "see you Tuesday"): a
    /// conversational future, where a weekday means the coming one, never today.
    pub(super) fn appointment_near(&self, i: usize) -> bool {
        (i.saturating_sub(4)..i).any(|k| {
            let w = self.key(k);
            w == "rendez" && self.key(k + 1) == "-" || w == "see" && self.key(k + 1) == "you"
        })
    }

    /// Whether the clause of token `i` speaks of the past: in French an auxiliary followed by a
    /// participle, a simple past or "hier"/"il y a"; in English a common past form ("said", "was",
    /// "held"…).
    pub(super) fn past_tense(&self, i: usize) -> bool {
        self.past_in(self.clause_start(i), self.clause_end(i))
    }

    /// Whether the tokens `lo..hi` hold a past form (see [`Parser::past_tense`]).
    fn past_in(&self, lo: usize, hi: usize) -> bool {
        (lo..hi).any(|k| {
            let w = self.key(k);
            match self.lang {
                Lang::Fr => {
                    let aux = matches!(
                        w,
                        "a" | "ont" | "avait" | "avaient" | "eut" | "est" | "sont" | "etait" | "etaient"
                    ) && self.text_of(k) != "à";
                    let aux = aux && (k + 1..(k + 3).min(hi)).any(|p| self.participle(p));
                    aux || matches!(w, "hier" | "fut" | "furent")
                        || (w == "il" && self.key(k + 1) == "y" && self.key(k + 2) == "a")
                }
                Lang::En => {
                    matches!(
                        w,
                        "said"
                            | "was"
                            | "were"
                            | "had"
                            | "did"
                            | "told"
                            | "met"
                            | "spoke"
                            | "left"
                            | "went"
                            | "came"
                            | "held"
                            | "took"
                            | "made"
                            | "gave"
                            | "began"
                            | "saw"
                            | "sent"
                            | "won"
                            | "lost"
                            | "ago"
                            | "yesterday"
                            | "earlier"
                            | "wrote"
                            | "flew"
                            | "fought"
                    ) || (w.len() >= 5
                        && w.ends_with("ed")
                        && !self.t[k].cap
                        && !matches!(
                            w,
                            "scheduled"
                                | "expected"
                                | "planned"
                                | "proposed"
                                | "united"
                                | "armed"
                                | "limited"
                                | "based"
                                | "related"
                                | "detailed"
                                | "advanced"
                                | "supposed"
                                | "intended"
                                | "needed"
                                | "required"
                                | "invited"
                                | "allied"
                                | "red"
                                | "sacred"
                                | "hundred"
                        )
                        && !self
                            .is(k.wrapping_sub(1), &["be", "is", "are", "will", "to", "being", "the", "a"]))
                }
            }
        })
    }

    /// Whether token `p` looks like a past participle ("annoncé", "tenus", "held").
    pub(super) fn participle(&self, p: usize) -> bool {
        let orig = self.text_of(p);
        let w = self.key(p);
        // (a feminine or plural ending on a listed form: "tenue", "prises", "reçus")
        let stem = w.strip_suffix("es").or_else(|| w.strip_suffix(['e', 's'])).filter(|x| x.len() >= 2);
        orig.ends_with('é')
            || orig.ends_with("ée")
            || orig.ends_with("és")
            || orig.ends_with("ées")
            || [Some(w), stem].into_iter().flatten().any(|w| matches!(
                w,
                "dit"
                    | "fait"
                    | "pris"
                    | "mis"
                    | "ecrit"
                    | "fini"
                    | "choisi"
                    | "reuni"
                    | "suivi"
                    | "parti"
                    | "sorti"
                    | "permis"
                    | "promis"
                    | "conduit"
                    | "construit"
                    | "produit"
                    | "acquis"
                    | "admis"
                    | "compris"
                    | "soumis"
                    | "transmis"
                    | "eu"
                    | "vu"
                    | "pu"
                    | "su"
                    | "du"
                    | "lu"
                    | "recu"
                    | "voulu"
                    | "obtenu"
                    | "tenu"
                    | "venu"
                    | "connu"
                    | "paru"
                    | "perdu"
                    | "vendu"
                    | "rendu"
                    | "attendu"
                    | "entendu"
                    | "repondu"
                    | "convaincu"
                    | "battu"
                    | "mort"
                    | "ouvert"
                    | "offert"
                    | "rejoint"
                    | "atteint"
                    | "venus"
                    | "venue"
                    | "partis"
                    | "partie"
            ))
            // the -tenu, -venu, -rendu families: "entretenu", "intervenu", "convenu", "maintenu";
            // -clu ("conclu", "exclu"), -solu ("résolu"), -couru, -paru, -çu ("reçu", "conçu");
            // second-group -i: "réunis", "établi", "accueillie", "fournis", "saisi", "envahi",
            // "choisi", "suivis", "servi", "garanti", "réussi" (not "aussi", "Uni": too short)
            || [
                "tenu", "venu", "endu", "ondu", "battu", "clu", "solu", "ouru", "paru", "cu", "uni", "abli",
                "eilli", "ourni", "aisi", "ahi", "oisi", "ivi", "ervi", "anti", "ussi",
            ]
                .iter()
                .any(|e| w.len() > e.len() + 1 && (w.ends_with(e) || w.strip_suffix(['e', 's']).is_some_and(|x| x.ends_with(e))))
    }

    /// The first token of the clause around `i`, at most sixteen tokens back (a verb, its object
    /// and a first dated partner may come before a second date: "a eu des entretiens avec X lundi
    /// et avec Y mardi").
    pub(super) fn clause_start(&self, i: usize) -> usize {
        let lo = i.saturating_sub(16);
        (lo..i)
            .rev()
            .find(|&k| matches!(self.key(k), "." | "!" | "?" | ";") && k + 1 < i && !self.abbreviation_dot(k))
            .map_or(lo, |k| k + 1)
    }

    /// Whether token `i` stands on a photo's caption, a line holding a photo credit ("… PHOTO:
    /// agency", "Photo : X"): what a photo shows has happened, whatever the caption's present
    /// tense. At most [`CAPTION_REACH`] tokens either way are read.
    fn caption_line(&self, i: usize) -> bool {
        let n = self.t.len();
        let mut a = i.min(n.saturating_sub(1));
        while a > 0 && !self.t[a].line_start && i - a < CAPTION_REACH {
            a -= 1;
        }
        let mut b = i + 1;
        while b < n && !self.t[b].line_start && b - i < CAPTION_REACH {
            b += 1;
        }
        (a..b.min(n)).any(|k| {
            matches!(self.key(k), "photo" | "photos") && self.t.get(k + 1).is_some_and(|t| t.key == ":")
        })
    }

    /// Whether the dot at `k` closes an abbreviation or an initial rather than a sentence: it
    /// follows a capitalised word of at most three letters ("Jr.", "Gen.", "M.", "U.S.").
    fn abbreviation_dot(&self, k: usize) -> bool {
        self.key(k) == "."
            && k > 0
            && self.t[k - 1].cap
            && self.t[k - 1].kind == crate::text::TokenKind::Word
            && self.key(k - 1).chars().count() <= 3
    }

    /// One past the last token of the clause around `i`, at most ten tokens ahead. A dot right
    /// after `i` ends it unless `i` is a short word it abbreviates ("Jan.", "Aug. 5").
    pub(super) fn clause_end(&self, i: usize) -> usize {
        let hi = (i + 10).min(self.t.len());
        let abbreviated = self.key(i).chars().count() <= 4;
        (i + 1..hi)
            .find(|&k| {
                matches!(self.key(k), "!" | "?" | ";") || (self.key(k) == "." && (k > i + 1 || !abbreviated))
            })
            .unwrap_or(hi)
    }

    /// The tense of the clause around the token being read.
    pub(super) fn tense_here(&self) -> Tense {
        let (i, known) = self.here.get();
        known.unwrap_or_else(|| {
            let t = self.tense(i);
            self.here.set((i, Some(t)));
            t
        })
    }

    /// The tense of the clause around `i`: past right after "depuis"/"since", a past verb right
    /// before it, then future (a plan is told in the past too: "announced it will hold"), then
    /// past, else the narrative's tense.
    ///
    /// A past verb right before the expression is the one it dates, whatever a later clause says
    /// ("ont ouvert mardi des pourparlers, qui dureront…").
    pub(super) fn tense(&self, i: usize) -> Tense {
        // "depuis lundi", "since Monday": a starting point is behind us
        if i > 0 && matches!(self.key(i - 1), "depuis" | "since") {
            return Tense::Past;
        }
        // "the drill begins Wednesday", "talks open on Monday": an English present of a planned
        // verb right before the weekday tells the coming one, whatever the story's tense
        if self.planned_present(i) {
            return Tense::Future;
        }
        let lo = i.saturating_sub(3).max(self.clause_start(i));
        // ("will be held on Friday" is no past: a word of the future just before wins)
        if self.past_in(lo, i) && !self.future_in(i.saturating_sub(6).max(self.clause_start(i)), i, i) {
            Tense::Past
        } else if self.future_tense(i) {
            Tense::Future
        } else if self.past_tense(i) || self.narrative_past || self.caption_line(i) {
            // a clause without tense in a story told in the past ("lit-on mardi dans un
            // communiqué") is read in the past too
            Tense::Past
        } else {
            Tense::Neutral
        }
    }

    /// Whether an English verb of [`PLANNED_VERBS`] in its present third person ("begins",
    /// "opens", "arrives") stands right before token `i`, or before "on" before it.
    fn planned_present(&self, i: usize) -> bool {
        if self.lang != Lang::En || i == 0 {
            return false;
        }
        let v = if self.key(i - 1) == "on" && i >= 2 { i - 2 } else { i - 1 };
        let w = self.key(v);
        let stem = w.strip_suffix("es").filter(|s| PLANNED_VERBS.contains(s)).or_else(|| w.strip_suffix('s'));
        stem.is_some_and(|s| PLANNED_VERBS.contains(&s))
    }

    /// The year of a day-month (or month) without one, by tense: in the past tense the nearest
    /// such day, or the nearest such month unless months ahead; else the next occurrence (a
    /// neutral clause keeps a date of the past few weeks).
    pub(super) fn year_by_tense(&self, month: u32, day: Option<u32>) -> Option<i32> {
        let r = self.r.date?;
        let y = r.year?;
        let (Some(rm), Some(rd)) = (r.month, r.day) else { return self.r.year_for(month, day) };
        let tense = self.tense_here();
        // a month told in the past tense: the nearest one, unless that is months ahead ("signed
        // in January" on a page of late July is this January; "in early July" on a page of June
        // stays the coming one, as date corpora read it); a day keeps the nearest year
        if tense == Tense::Past && day.is_none() {
            let near = self.r.year_for(month, None)?;
            let ahead = (i64::from(near) * 12 + i64::from(month)) - (i64::from(y) * 12 + i64::from(rm));
            return Some(if ahead > PAST_MONTHS_AHEAD { near - 1 } else { near });
        }
        if tense == Tense::Past {
            return self.r.year_for(month, day);
        }
        // a line holding only the date ("5 May 12:00"): the nearest year
        if tense == Tense::Neutral && self.date_line(self.here.get().0) {
            return self.r.year_for(month, day);
        }
        Some(match day {
            Some(d) => {
                let here = days_from_civil(y, rm, rd);
                let at = |y: i32| days_from_civil(y, month, d.min(days_in_month(y, month)));
                if tense == Tense::Neutral && (y - 1..=y).any(|c| at(c) < here && here - at(c) <= 40) {
                    if at(y) < here {
                        y
                    } else {
                        y - 1
                    }
                } else if at(y) >= here {
                    y
                } else {
                    y + 1
                }
            }
            None if month >= rm => y,
            None => y + 1,
        })
    }
}

/// How many months after the reference's a month told in the past tense may still be read.
const PAST_MONTHS_AHEAD: i64 = 3;

/// How far from a date, either way on its line, a photo credit is looked for.
const CAPTION_REACH: usize = 60;
