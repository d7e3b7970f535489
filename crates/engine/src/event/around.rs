//! The words around a mention that make it the frame, the other side or the place of an event:
//! a framework ("dans le cadre de X"), a phrase of conflict or rivalry, a border or threat word, a
//! shore or compass phrase, a locative preposition, a dateline.
//!
//! Part of the event stage (`super::fill` reads them for each mention of a sentence): pure tests
//! over the tokens, each looking a bounded number of tokens back.

use crate::facts::{Facts, Placed};
use crate::input::zone::Clause;
use crate::lang::{
    AND_WORDS, AROUND_WORDS, ARTICLES, BORDER_NOUNS, BY_WORDS, CONFLICT_NOUNS, FRAMEWORK_WORDS,
    NEIGHBOUR_WORDS, OF_WORDS, OTHER_SIDE_WORDS, PHRASE_LINKS, PLACE_PART_WORDS, RIVALRY_NOUNS, SHIP_WORDS,
    SHORE_WORDS,
};

/// Whether the body at mention `m` is the framework of the event, not a party: named after
/// "au sein de", "dans le cadre de", "within", "under the auspices of", walking back over the
/// other bodies of the list ("au sein de l'OTAN, de l'UE et de l'OSCE"), an adjective ("within
/// the broader X") and the long name before an acronym in parentheses. A country or a body
/// of a country is never a framework.
pub(super) fn framework(f: &Facts<'_>, m: &Placed, s: Clause) -> bool {
    if f.side(m.actor).is_some() {
        return false;
    }
    let lo = m.first.saturating_sub(16).max(s.first);
    let mut k = m.first;
    while k > lo {
        k -= 1;
        let t = &f.tokens[k];
        if FRAMEWORK_WORDS.contains(&t.key) {
            return true;
        }
        // (over one adjective right before the body: "within the broader X architecture")
        let adjective = t.kind == crate::text::TokenKind::Word && !t.cap && f.tokens[k + 1].cap;
        if !(t.cap
            || adjective
            || PHRASE_LINKS.contains(&t.key)
            || t.is(&[",", "et", "and", "of", "de", "des", "du", "d'", "("]))
        {
            return false;
        }
    }
    false
}

/// Whether the mention `m` stands in a phrase headed by a noun of conflict: walking back over
/// determiners, prepositions, coordinators and other names reaches one ("la guerre entre X et Y",
/// "the war in X", "crise avec X", "amid tensions with X"), or one follows it at once ("X's aggression", "Russian aggression").
pub(super) fn in_conflict_phrase(f: &Facts<'_>, m: &Placed, s: Clause) -> bool {
    // ("navires de guerre", "bâtiments de guerre": the war word makes a kind of ship, no conflict)
    let kind_of_craft =
        |k: usize| k >= 2 && f.tokens[k - 1].is(&["de", "d'"]) && SHIP_WORDS.contains(&f.tokens[k - 2].key);
    let conflict = |k: usize| {
        let t = &f.tokens[k];
        (CONFLICT_NOUNS.contains(&t.key) || RIVALRY_NOUNS.contains(&t.key))
            && !f.war_games(k)
            && !kind_of_craft(k)
    };
    if m.last < s.last && conflict(m.last) {
        return true;
    }
    let mut k = m.first;
    let mut steps = 0;
    // (a phrase opening the sentence without an article, "Amid tensions with Y, X and Z held…",
    // "Crise avec Y : X lance…", ends at its comma or colon: the names after it are the subject)
    let adverbial = f.opens_adverbially(s);
    let mut crossed = false;
    while k > s.first && steps < 10 {
        k -= 1;
        steps += 1;
        if conflict(k) {
            return !(crossed && adverbial && k <= s.first + 3);
        }
        crossed |= f.tokens[k].is(&[",", ":"]);
        // "la frappe menée par X": the agent of a participle heading the phrase
        if f.tokens[k].is_in(BY_WORDS) && k > s.first + 1 {
            k -= 1;
            continue;
        }
        let in_name = f.mentions_in(k, k + 1).next().is_some() || f.tokens[k].cap && k + 1 < m.first;
        if !(PHRASE_LINKS.contains(&f.tokens[k].key) || in_name) {
            return false;
        }
    }
    false
}

/// Whether a name starting at `first` follows a word placing the event beside it, possibly through
/// its shores ("autour de l'île de X", "off the coast of X").
///
/// "dans les eaux de X", "in the waters of X" too: a shore word then a locative preposition.
pub(super) fn after_around(f: &Facts<'_>, first: usize) -> bool {
    let mut k = first;
    let mut shore = false;
    while k > 0 && first - k < 7 {
        k -= 1;
        let w = f.tokens[k].key.as_str();
        if AROUND_WORDS.contains(w) || shore && matches!(w, "dans" | "in" | "into") {
            return true;
        }
        shore |= SHORE_WORDS.contains(w);
        if !(PHRASE_LINKS.contains(w) || SHORE_WORDS.contains(w)) {
            return false;
        }
    }
    false
}

/// Whether the country mention at `first` follows a compass word that makes it only a region's
/// whereabouts: "dans l'ouest de la France", "au nord du Mali", "in northern Syria", "in the south of
/// France".
pub(super) fn in_compass_phrase(f: &Facts<'_>, first: usize) -> bool {
    let key = |k: usize| f.tokens[k].key.as_str();
    let mut k = first;
    if k > 0 && matches!(key(k - 1), "la" | "le" | "l'" | "les" | "the") {
        k -= 1;
    }
    let of = k > 0 && matches!(key(k - 1), "de" | "du" | "d'" | "des" | "of");
    if of {
        k -= 1;
    }
    // "eastern China" needs the adjective right before; "the east of China", "l'est de" a determiner
    k > 0
        && f.lex.compass.contains(&key(k - 1))
        && (!of || k >= 2 && matches!(key(k - 2), "l'" | "le" | "the" | "au" | "du"))
}

/// Whether a border, threat or observer word ([`OTHER_SIDE_WORDS`]) stands within four tokens
/// before `first`, in the same phrase: a phrase opening the sentence without an article ends at its
/// comma or colon ("Amid tensions with Y, X and Z held drills": X is no other side). A country
/// named as a neighbour's ("X, voisine de l'Y", "a neighbour of Y") is across a border too.
pub(super) fn near_border(f: &Facts<'_>, first: usize, s: Clause) -> bool {
    let of = |k: usize| f.tokens[k].is_in(OF_WORDS);
    let neighbour =
        |k: usize| NEIGHBOUR_WORDS.contains(&f.tokens[k].key) || f.tokens[k].is(&["voisins", "voisines"]);
    let article = first > s.first && f.tokens[first - 1].is_in(ARTICLES);
    let at = first - usize::from(article);
    if at >= s.first + 2 && of(at - 1) && neighbour(at - 2) {
        return true;
    }
    let adverbial = f.opens_adverbially(s);
    let lo = first.saturating_sub(4).max(s.first);
    let near = (lo..first).any(|k| {
        let closed = adverbial && k <= s.first + 3 && (k..first).any(|j| f.tokens[j].is(&[",", ":"]));
        OTHER_SIDE_WORDS.contains(&f.tokens[k].key) && !closed
    });
    // (a border word reaches over a list whose first item follows it: "its border with X, Y and
    // Z"; a word of tension does not, "tensions entre X et Y" may name a party)
    let head = list_head(f, first, s);
    near || head < first
        && (head.saturating_sub(3).max(s.first)..head).any(|k| f.tokens[k].is(BORDER_NOUNS.of(f.lang)))
}

/// The first token of the list of mentions that the mention starting at `first` closes or goes on
/// ("X, Y and Z": X's first token for Z), over commas, "and"/"et" and articles; `first` itself
/// when no mention ends right before it. At most [`LIST_REACH`] items back.
fn list_head(f: &Facts<'_>, first: usize, s: Clause) -> usize {
    let mut head = first;
    for _ in 0..LIST_REACH {
        let mut k = head;
        while k > s.first && f.tokens[k - 1].is_in(ARTICLES) {
            k -= 1;
        }
        if k <= s.first || !(f.tokens[k - 1].is(&[","]) || f.tokens[k - 1].is_in(AND_WORDS)) {
            break;
        }
        let Some(m) =
            f.mentions_in(k.saturating_sub(8).max(s.first), k - 1).filter(|m| m.last == k - 1).last()
        else {
            break;
        };
        head = m.first;
    }
    head
}

/// How many items of a list [`list_head`] walks back over.
const LIST_REACH: usize = 8;

/// Whether a mention starting at `first` follows a locative preposition, possibly through a place
/// word: "à Oslo", "près de la ville de Tours", "dans la province du Hunan", "in the city of X".
pub(super) fn is_locative(f: &Facts<'_>, first: usize) -> bool {
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
                    | "visits"
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
        ) || f.lex.place_heads.contains(&w)
            || PLACE_PART_WORDS.of(f.lang).contains(&w);
        if !skip {
            return false;
        }
    }
    false
}

/// Whether the mention `m` is the place of a dateline: at the head of its sentence, followed by a
/// comma, a parenthesis or a dash, with a dash within the next few tokens ("OSLO, May 4 (Agency)
/// —", "Dakar (AFP) -").
pub(super) fn in_dateline(f: &Facts<'_>, m: &Placed, s: Clause) -> bool {
    // (a dash, one after a parenthesis, or two hyphens: "KAMPALA, May 4, Agency --")
    let dash = |k: usize| {
        f.tokens[k].is(&["—", "–"])
            || f.tokens[k].is(&["-"])
                && (f.tokens[k - 1].is(&[")"]) || f.tokens.get(k + 1).is_some_and(|t| t.is(&["-"])))
    };
    // the line opens with a place and a comma or a parenthesis, and a dash follows within ten
    // tokens: every name up to the dash (the place, the agency) is the dateline's
    let opener = f.mentions_in(s.first, s.last).next().filter(|o| o.first == s.first);
    let Some(opener) = opener.filter(|o| f.tokens.get(o.last).is_some_and(|t| t.is(&[",", "(", "—", "–"])))
    else {
        return false;
    };
    let end = (opener.last..(opener.last + 10).min(s.last)).find(|&k| dash(k));
    end.is_some_and(|d| m.last <= d)
}

/// Whether the mention `m` is the rival a phrase of facing names ("face à la présence croissante
/// de X", "in the face of Y's influence"): a facing word followed by "à"/"of" within eight words
/// before it, with no other name between. The rival is the other side, no partner.
pub(super) fn faced(f: &Facts<'_>, m: &Placed, s: Clause) -> bool {
    let lo = m.first.saturating_sub(8).max(s.first);
    (lo..m.first).any(|k| f.faces_at(k) && f.mentions_in(k + 1, m.first).next().is_none())
}
