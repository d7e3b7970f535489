//! Occurrences told several times merged into one event: same kind, compatible participants,
//! overlapping dates or the same name, within a window of sentences.
//!
//! Reads occurrences in text order; writes events. The window keeps the merge linear in the
//! length of the text; named events are few and are compared across the whole text.

use super::fill::push_unique;
use super::Occurrence;
use crate::analysis::{EntityType, EventType};
use crate::date::year_in_name;
use crate::date::PartialDate;
use crate::entity::{Actor, Key};
use crate::lang::EXERCISE_MODIFIERS;
use std::collections::HashMap;

/// Whether place `inner` lies in country `outer` (or its country is unknown).
pub(super) fn within(actors: &[Actor], inner: usize, outer: usize) -> bool {
    let (i, o) = (&actors[inner], &actors[outer]);
    match (&o.key, i.kind()) {
        (Key::Country(c), EntityType::Place) => i.country.is_none_or(|ic| ic == *c),
        _ => false,
    }
}

/// Which participants [`sides_of`] reads.
#[derive(Clone, Copy)]
enum Sides {
    /// The countries among them.
    Countries,
    /// The countries and the country of each other participant that has one (its forces, its
    /// bodies, its persons).
    WithBodies,
}

/// The countries of occurrence `o`'s participants, as `which` says.
fn sides_of(actors: &[Actor], o: &Occurrence, which: Sides) -> Vec<u16> {
    let side = |p: usize| match which {
        Sides::Countries => match &actors[p].key {
            Key::Country(c) => Some(*c),
            _ => None,
        },
        Sides::WithBodies => country_of(actors, p),
    };
    o.participants.iter().filter_map(|&p| side(p)).collect()
}

/// The country actor `p` is or belongs to, if known.
fn country_of(actors: &[Actor], p: usize) -> Option<u16> {
    match &actors[p].key {
        Key::Country(c) => Some(*c),
        _ => actors[p].country,
    }
}

/// Whether two occurrences may be one event: the same kind (a visit and a meeting count as one),
/// both recalled or neither, not one side's own event and another side's, names that do not differ,
/// deployments with a sender in common, places in the same country or one within
/// the other, and dates that overlap (unless one of them is only when the event was told, or both
/// are named alike in the same year).
pub(super) fn compatible(actors: &[Actor], a: &Occurrence, b: &Occurrence) -> bool {
    let kinds = a.kind == b.kind
        || matches!(
            (a.kind, b.kind),
            (EventType::Visit, EventType::Meeting) | (EventType::Meeting, EventType::Visit)
        );
    // (one sentence telling the same sides twice tells one event, recalled by one word and not
    // by the other: "after X travelled to Y in 2010, the first leader to visit it"; their dates
    // must still agree)
    let retold = a.sentences.iter().any(|s| b.sentences.contains(s)) && same_sides(actors, a, b);
    // (one name is one exercise, whichever telling recalls it: "X 2017 is cancelled… X 2017 was
    // agreed on at a meeting in 2015")
    let one_name =
        matches!((&a.name, &b.name), (Some(x), Some(y)) if same_name(x, y) && year_in_name(x).is_some());
    if !kinds || a.recalled != b.recalled && !retold && !one_name {
        return false;
    }
    // "its own drills" are not the drills of other sides: an occurrence with a side the own
    // event lacks is another event
    let beyond = |own: &Occurrence, other: &Occurrence| {
        own.own && other.participants.iter().any(|p| !own.participants.contains(p))
    };
    if beyond(a, b) || beyond(b, a) {
        return false;
    }
    if let (Some(x), Some(y)) = (&a.name, &b.name) {
        if !same_name(x, y) {
            return false;
        }
    }
    // one visitor's stops are different visits ("X met A's minister in A… X is also visiting B
    // and C"): two visits whose countries each hold one the other lacks
    // (so are a visit and talks elsewhere, each told with two countries or more: "X's minister
    // began a visit to Y… talks hosted by Z between X's and W's presidents")
    let encounter = |o: &Occurrence| matches!(o.kind, EventType::Visit | EventType::Meeting);
    // (two visits of different persons are two visits: "X visited Y on Wednesday… Y's defence
    // minister also visited")
    let person = |p: &usize| actors[*p].kind() == EntityType::Person;
    if a.kind == EventType::Visit && b.kind == EventType::Visit {
        let shared = a.participants.iter().filter(|p| person(p)).any(|p| b.participants.contains(p));
        if a.participants.iter().any(person) && b.participants.iter().any(person) && !shared {
            return false;
        }
    }
    // (one more encounter, "Y also met Z", with a person the other lacks is another one)
    let more = |x: &Occurrence, y: &Occurrence| {
        x.again && x.participants.iter().any(|p| person(p) && !y.participants.contains(p))
    };
    if encounter(a) && encounter(b) && (more(a, b) || more(b, a)) {
        return false;
    }
    if encounter(a) && encounter(b) {
        let (ca, cb) = (sides_of(actors, a, Sides::Countries), sides_of(actors, b, Sides::Countries));
        let own = |x: &[u16], y: &[u16]| x.iter().any(|c| !y.contains(c));
        let both_visits = a.kind == EventType::Visit && b.kind == EventType::Visit;
        let told_whole = ca.len() >= 2 && cb.len() >= 2;
        let shared = ca.iter().any(|c| cb.contains(c));
        // (two pairs with no country in common are two encounters, whatever their dates)
        if (both_visits || told_whole) && own(&ca, &cb) && own(&cb, &ca) && (shared || told_whole) {
            return false;
        }
    }
    // two unnamed drills each told with its own sides, each holding a country the other lacks,
    // are different drills ("X and Y held tank drills… Last month, Z, W and Y held an air drill")
    // (so are two unnamed agreements: "X signed a pact with Y… In March, Z and Y signed one")
    let told_apart = |o: &Occurrence| o.name.is_none() && !o.anaphor && !o.both;
    let apart_kinds = matches!(a.kind, EventType::Exercise | EventType::Agreement);
    if apart_kinds && told_apart(a) && told_apart(b) {
        let (ca, cb) = (sides_of(actors, a, Sides::WithBodies), sides_of(actors, b, Sides::WithBodies));
        let own = |x: &[u16], y: &[u16]| x.iter().any(|c| !y.contains(c));
        if ca.len() >= 2 && cb.len() >= 2 && own(&ca, &cb) && own(&cb, &ca) {
            return false;
        }
    }
    // forces of different countries are different deployments ("X's soldiers massed at the
    // border… Y's troops arrived in Z"): unnamed deployments with no country in common
    // (the host, the country of either's place, is no common sender: "X's troops arrived in Z…
    // Y's contingent has been deployed around Z's capital since 2022")
    if a.kind == EventType::Deployment && a.name.is_none() && b.name.is_none() {
        let hosts: Vec<u16> =
            [a.place, b.place].into_iter().flatten().filter_map(|p| country_of(actors, p)).collect();
        let senders = |o: &Occurrence| -> Vec<u16> {
            sides_of(actors, o, Sides::WithBodies).into_iter().filter(|c| !hosts.contains(c)).collect()
        };
        let (sa, sb) = (senders(a), senders(b));
        if !sa.is_empty() && !sb.is_empty() && !sa.iter().any(|c| sb.contains(c)) {
            return false;
        }
    }
    // places conflict when they lie in different known countries; a sea or a region with no
    // country ("the Bay of Bengal" and "off Visakhapatnam") may frame the same event
    if let (Some(x), Some(y)) = (a.place, b.place) {
        let country = |p: usize| country_of(actors, p);
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
        // one exercise named alike in the same year is one event whose days the text tells
        // loosely ("opened on Monday", "a week after…"); another year is another edition
        let named_alike = matches!((&a.name, &b.name), (Some(n), Some(m)) if same_name(n, m));
        let same_year = x.year.is_some() && x.year == y.year;
        if !(overlaps(x, xe, y, ye)
            || adjacent(xe, y)
            || adjacent(ye, x)
            || a.weak_date
            || b.weak_date
            || named_alike && same_year)
        {
            return false;
        }
    }
    true
}

/// Whether two occurrences have the same sides, or one names only a side of the other's: countries,
/// counting each participant's own (a minister stands for his country). A second telling in the
/// same sentence often names the visitor alone ("the first leader to visit the country"); two
/// pairs of sides are two events however they overlap.
fn same_sides(actors: &[Actor], a: &Occurrence, b: &Occurrence) -> bool {
    let countries = |o: &Occurrence| {
        let mut c = sides_of(actors, o, Sides::WithBodies);
        c.sort_unstable();
        c.dedup();
        c
    };
    let (x, y) = (countries(a), countries(b));
    let lone_within = |p: &[u16], q: &[u16]| p.len() == 1 && q.contains(&p[0]);
    !x.is_empty() && x == y || lone_within(&x, &y) || lone_within(&y, &x)
}

/// The folded words of an exercise's name without the modifiers it may be told with ("Joint
/// Harbour Shield" and "Harbour Shield" are one name), unless nothing else is left.
fn core_words(name: &str) -> Vec<String> {
    let words: Vec<String> = crate::text::fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    // (and the exercise's own word opening it: "Exercice Grand Reef 2020" is "Grand Reef 2020")
    let exercise_word = |w: &str| {
        [crate::analysis::Lang::Fr, crate::analysis::Lang::En]
            .iter()
            .any(|&l| crate::lang::lexicon(l).is_exercise_word(w))
    };
    let skip =
        words.iter().take_while(|w| EXERCISE_MODIFIERS.contains(w.as_str()) || exercise_word(w)).count();
    if skip < words.len() {
        words[skip..].to_vec()
    } else {
        words
    }
}

/// Whether two exercise names name the same exercise: equal once folded, or one the other with a
/// year or number added ("Golden Dragon" and "Golden Dragon 2025"; not "Steppe-2018" and
/// "Steppe-2022", nor "Golden Dragon" and "Cyclone-III"), the modifiers before them aside.
pub(super) fn same_name(x: &str, y: &str) -> bool {
    let (wx, wy) = (core_words(x), core_words(y));
    let (short, long) = if wx.len() <= wy.len() { (&wx, &wy) } else { (&wy, &wx) };
    let prefix = !short.is_empty() && long.starts_with(short);
    let (yx, yy) = (year_in_name(x), year_in_name(y));
    // one exercise named two ways in one article: "Iron Gate-2023" and "Iron Guard-2023"
    let variant = yx.is_some() && yx == yy && wx.first() == wy.first();
    prefix && (yx.is_none() || yy.is_none() || yx == yy) || variant
}

/// Whether full date `next` is the day after full date `end`: an event told to start on one day
/// and to run from the next ("began on Monday", "the nine-day drill runs until…") is one event.
fn adjacent(end: PartialDate, next: PartialDate) -> bool {
    let day = |d: PartialDate| Some(crate::calendar::days_from_civil(d.year?, d.month?, d.day?));
    matches!((day(end), day(next)), (Some(e), Some(n)) if n == e + 1)
}

/// Whether two date intervals overlap, an unknown part spanning its whole range.
pub(super) fn overlaps(a0: PartialDate, a1: PartialDate, b0: PartialDate, b1: PartialDate) -> bool {
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

/// Whether the anaphoric occurrence `o` tells another edition of the event `e`: both have dates
/// of their own (not the day the news was told), with different years that do not overlap.
///
/// An event not dated yet takes the year its name holds ("Coral Tide 2015"): the name's year is
/// its date, given later by `complete`.
fn other_edition(e: &Occurrence, o: &Occurrence) -> bool {
    let named =
        || Some(PartialDate { year: Some(year_in_name(e.name.as_deref()?)?), month: None, day: None });
    let (Some(e0), Some(o0)) = (e.from.or_else(named), o.from) else { return false };
    let (e1, o1) = (e.to.unwrap_or(e0), o.to.unwrap_or(o0));
    !o.weak_date && e0.year.is_some() && o0.year.is_some() && e0.year != o0.year && !overlaps(e0, e1, o0, o1)
}

/// Whether `o`'s days lie inside `e`'s, told as precisely and with fewer days ("in early August"
/// then "from the 5th to the 10th"): the narrower span is the event's.
fn narrower(o: &Occurrence, e: &Occurrence) -> bool {
    let days = |d: &Option<PartialDate>| d.and_then(|d| d.days());
    let (Some(of), Some(ef)) = (days(&o.from), days(&e.from)) else { return false };
    let (ot, et) = (days(&o.to).unwrap_or(of), days(&e.to).unwrap_or(ef));
    precision(&o.from, &o.to) == precision(&e.from, &e.to)
        && o.weak_date <= e.weak_date
        && ef <= of
        && ot <= et
        && ot - of < et - ef
}

/// How precise a date is: one point per known part (year, month, day), and one for an interval's
/// end. The merged event keeps the most precise dates.
pub(super) fn precision(d: &Option<PartialDate>, to: &Option<PartialDate>) -> u8 {
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
pub(super) const MERGE_WINDOW: usize = 48;

/// Merges occurrences told several times into one event. A definite reference ("the drills")
/// joins the last event of its kind; any other occurrence joins the first compatible event among
/// the last `MERGE_WINDOW` ones (named events are looked up all the way back), which takes its
/// name or alias, participants, triggers, sentences and the more precise date and place.
pub(super) fn merge(actors: &[Actor], found: Vec<Occurrence>) -> Vec<Occurrence> {
    let mut out: Vec<Occurrence> = Vec::new();
    for o in found {
        // "the exercise" is the last exercise told (its place refines the event's, never replaces it)
        // a bounded look-back keeps merging linear in long texts; named events are looked up all
        // the way back (they are few)
        let lo = out.len().saturating_sub(MERGE_WINDOW);
        let target = if o.anaphor {
            // "the drills" after a joint patrol told as such is that patrol
            // (and a meeting with no sides of its own, "after their meeting", is the meeting of
            // the visit told before; one with its own sides may be talks apart from the visit)
            let kin = |k: EventType| match k {
                EventType::Exercise => Some(EventType::Patrol),
                EventType::Meeting if o.participants.is_empty() => Some(EventType::Visit),
                _ => None,
            };
            // (a recalled event only by an anaphor of its own sentence: "after X visited Y in
            // 2010, the first leader to visit the country")
            // (or an edition told in the sentence right before: "Last year the drills were held
            // in X. Y took part along with Z" tells that past edition)
            let same_sentence = |e: &Occurrence| {
                e.sentences.iter().any(|&s| o.sentences.iter().any(|&t| t == s || e.edition && t == s + 1))
            };
            out.iter()
                .rposition(|e| e.kind == o.kind && (!e.recalled || same_sentence(e)))
                .or_else(|| out.iter().rposition(|e| Some(e.kind) == kin(o.kind) && !e.recalled))
        } else {
            // (an event of the same sentence first: "…joined a US-led drill, which saw it join Y
            // in a 60-country exercise" is that drill, not one told before)
            let fits = |(k, e): &(usize, &Occurrence)| {
                (*k >= lo || e.name.is_some() && o.name.is_some()) && compatible(actors, e, &o)
            };
            let same_sentence = |e: &Occurrence| e.sentences.iter().any(|s| o.sentences.contains(s));
            out.iter()
                .enumerate()
                .skip(lo)
                .filter(|(_, e)| same_sentence(e))
                .find(fits)
                .or_else(|| out.iter().enumerate().find(fits))
                .map(|(k, _)| k)
        };
        // "the exercise was first held in 2018": an anaphor dated apart from the event it names is
        // another edition of it, with its name and sides
        if let Some(t) = target.filter(|&t| o.anaphor && other_edition(&out[t], &o)) {
            let mut edition = o;
            edition.anaphor = false;
            edition.edition = true;
            // (the name only when it holds no other year: "Coral Tide 2015" is not last year's)
            let year = |n: &String| year_in_name(n);
            let own_year = edition.from.and_then(|d| d.year);
            edition.name = edition
                .name
                .or_else(|| out[t].name.clone().filter(|n| year(n).is_none_or(|y| Some(y) == own_year)));
            if edition.participants.is_empty() {
                edition.participants = out[t].participants.clone();
            }
            out.push(edition);
            continue;
        }
        match target {
            Some(t) => absorb(actors, &mut out[t], o),
            None => out.push(o),
        }
    }
    join_named(actors, out)
}

/// Folds occurrence `o` into event `e`: its name or alias, participants, triggers, sentences,
/// and the more precise date and place.
fn absorb(actors: &[Actor], e: &mut Occurrence, o: Occurrence) {
    match (&e.name, &o.name) {
        (None, Some(n)) => e.name = Some(n.clone()),
        (Some(a), Some(b)) if a != b && !e.aliases.contains(b) => e.aliases.push(b.clone()),
        _ => {}
    }
    if e.kind == EventType::Meeting && o.kind == EventType::Visit {
        e.kind = EventType::Visit;
    }
    // a day the event was told to start on stays, unless the other dates span it ("began on
    // Sunday" is not replaced by "this week" that starts the day after; "du 8 au 19" refines "le 8")
    let day = |d: &Option<PartialDate>| d.is_some_and(|d| d.day.is_some());
    // (told over two adjacent spans, "began on the 3rd" and "runs from the 4th to the 9th", the
    // event spans both)
    let span = |d: &Occurrence| d.from.map(|f| (f, d.to.unwrap_or(f)));
    let joined = match (span(e), span(&o)) {
        (Some((ef, et)), Some((of, ot))) if !e.weak_date && !o.weak_date => {
            if adjacent(et, of) {
                Some((ef, ot))
            } else if adjacent(ot, ef) {
                Some((of, et))
            } else {
                None
            }
        }
        _ => None,
    };
    let inside = narrower(&o, e);
    let kept_day = joined.is_none()
        && !inside
        && day(&e.from)
        && !e.weak_date
        && day(&o.from)
        && e.from.zip(o.from).is_some_and(|(x, y)| !overlaps(x, x, y, o.to.unwrap_or(y)));
    if let Some((from, to)) = joined {
        e.from = Some(from);
        e.to = Some(to);
    } else if o.from.is_none() && e.to.is_none() && o.to.is_some() {
        e.to = o.to; // "until June 20"
    } else if o.from.is_some()
        && !kept_day
        && (e.from.is_none()
            || e.weak_date && !o.weak_date
            || precision(&o.from, &o.to) > precision(&e.from, &e.to) && o.weak_date <= e.weak_date
            || inside)
    {
        // a date of the event itself beats the date it was told
        e.from = o.from;
        e.to = o.to;
        e.weak_date = o.weak_date;
    }
    // the more precise place: a city rather than its country, when it is known to lie there (a
    // region named in a later sentence, "dans le Sahel", does not replace the country visited),
    // and anything narrower than a region wider than a country
    let known_in = |y: usize, x: usize| within(actors, y, x) && actors[y].country.is_some();
    e.place = match (e.place, o.place) {
        (Some(x), Some(y)) if known_in(y, x) || actors[x].wide && !actors[y].wide => Some(y),
        (x, y) => x.or(y),
    };
    e.both |= o.both;
    e.owned |= o.owned;
    e.apart &= o.apart;
    for p in o.participants {
        push_unique(&mut e.participants, p);
    }
    for s in o.sentences {
        push_unique(&mut e.sentences, s);
    }
    for a in o.aliases {
        if e.name.as_ref() != Some(&a) && !e.aliases.contains(&a) {
            e.aliases.push(a);
        }
    }
    e.triggers.extend(o.triggers);
}

/// Joins events named alike that merging kept apart because the first was told before its name
/// ("opened on Monday…", then "Blue Reef-2024, a week after…"): compatible events of one name
/// become one, the later folded into the earlier. Names alike share their first word, so each
/// event is compared only with the earlier ones of its first word.
fn join_named(actors: &[Actor], events: Vec<Occurrence>) -> Vec<Occurrence> {
    let first_word = |n: &str| core_words(n).into_iter().next();
    let mut out: Vec<Occurrence> = Vec::with_capacity(events.len());
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
    for o in events {
        let word = o.name.as_deref().and_then(first_word);
        let same = word.as_ref().and_then(|w| by_word.get(w)).and_then(|ks| {
            ks.iter().copied().find(|&k| {
                let (e, n) = (&out[k], o.name.as_deref().unwrap_or(""));
                e.name.as_ref().is_some_and(|m| same_name(m, n)) && compatible(actors, e, &o)
            })
        });
        match same {
            Some(t) => absorb(actors, &mut out[t], o),
            None => {
                if let Some(w) = word {
                    by_word.entry(w).or_default().push(out.len());
                }
                out.push(o);
            }
        }
    }
    out
}
