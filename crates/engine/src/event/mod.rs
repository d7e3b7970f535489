//! Stage 9: events — triggers and named exercises, their participants, place and dates, merged
//! into one event per real occurrence.
//!
//! Reads the shared clause context ([`crate::facts::Facts`]); writes [`Occurrence`]s, in the
//! order: [`extract`] (a trigger that fits its clause opens an occurrence), `fill` (its
//! participants, place and dates from the clause, with `around` telling what the words around a
//! mention make of it), `names` (named exercises), `merge` (the same
//! event told several times becomes one).

mod after;
mod around;
mod bound;
mod complete;
mod cue;
mod cues;
mod extract;
mod fill;
mod fit;
mod merge;
mod names;
mod scope;
mod source;
mod span;
#[cfg(test)]
mod tests;
mod tours;
mod unreal;
mod when;

pub(crate) use complete::destination;
pub use extract::extract;

use crate::analysis::EventType;
use crate::date::PartialDate;

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
    /// The text speaks of "both sides" ("les deux camps", "the two leaders").
    pub both: bool,
    /// Told by a definite reference to an event already told ("the exercise", "ces manœuvres").
    pub anaphor: bool,
    /// Recalled as an earlier, other event ("pendant leur dernière réunion", "the previous drills").
    pub recalled: bool,
    /// Its date is when it was told (a dateline, "said on Sunday"), not when it happened.
    pub weak_date: bool,
    /// Dated nowhere in the text, it bears the document's month of publication.
    pub published: bool,
    /// Told as its sides' own ("its own drills"): never one with an event of other sides.
    pub own: bool,
    /// Its sides are not told working together (a country's troops told only as being in
    /// another: "Estrian troops now in Norland"): no cooperation is drawn from it.
    pub apart: bool,
    /// Told with its owner bound to its noun ("les manœuvres russes", "Estria's drills"): an
    /// exercise of one side is an event then.
    pub owned: bool,
    /// An agreement told as being ended ("abrogated the accord that bound it to X"): recalled, and
    /// kept only with a name or a date.
    pub ended: bool,
    /// Told as one more encounter by an adverb right before its trigger ("X also met Y"): never
    /// one with an encounter of other persons.
    pub again: bool,
    /// Another edition of an event told before, split from it by a year of its own ("Last year,
    /// the drills were staged in X"): the sentence right after may go on telling it.
    pub edition: bool,
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
            own: false,
            owned: false,
            ended: false,
            edition: false,
            apart: false,
            recalled: false,
            again: false,
            weak_date: false,
            published: false,
        }
    }
}
