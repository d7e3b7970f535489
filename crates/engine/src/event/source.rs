//! Who tells of an event, as opposed to who takes part in it.
//!
//! News reports events through someone: "according to the ministry", "…, the spokesman said",
//! "the ministry announced that troops would…". The teller is a source, not a party, even when
//! the parser puts it in the trigger's clause. A country is never treated as a mere teller here
//! ("China announced it would send troops" names a party); organizations and persons are.
//!
//! Three shapes, read on the sentence's tokens (indices are the document's) and, for the
//! subject of a verb of saying, on its dependency tree:
//! - after "selon"/"d'après"/"according to", within the same phrase ("selon un communiqué du
//!   ministère", "according to the navy's statement");
//! - the subject put after a verb of saying that closes the report, the trigger before it
//!   ("…les manœuvres commenceront lundi, a précisé le ministère", "…, said the spokeswoman");
//! - the subject of a verb of saying whose reported clause holds the trigger ("the ministry said
//!   that the drills…", "le colonel, qui a indiqué que les manœuvres…");
//! - a spokesperson, named with the word ("le porte-parole de la marine, X", "X, a spokesman").

use crate::analysis::EntityType;
use crate::facts::{Facts, Placed};
use crate::input::zone::Clause;
use crate::lang::{
    ARTICLES, BY_WORDS, COMMENT_VERBS, RELEASE_WORDS, REPORT_MARKS, SAYING_VERBS, SOURCE_WORDS,
    SPOKESPERSON_WORDS,
};
use crate::text::syntax::{Syntax, Upos};
use crate::text::TokenKind;

/// Tokens that may stand between a verb of saying put first and its subject ("a déclaré le
/// porte-parole", "said the navy"): determiners and the title words of the subject's phrase.
const MAX_INVERTED_GAP: usize = 4;

/// How far before a name a spokesperson word may stand ("la porte-parole de la marine, X").
const SPOKESPERSON_REACH: usize = 8;

/// How far before a verb of comment its subject is looked for (a first verb and its object may
/// stand between: "X convened a meeting and called the drills…").
const COMMENT_SUBJECT_REACH: usize = 24;

/// How far back "selon"/"according to" may govern a mention ("selon un communiqué de presse du
/// ministère").
const MAX_SOURCE_PHRASE: usize = 14;

/// Whether the mention `m` (in sentence `s`, whose tree is `syn`) tells of the event whose
/// trigger is the token `trigger` rather than taking part in it.
pub(super) fn tells_of(f: &Facts<'_>, m: &Placed, s: Clause, trigger: usize, syn: &Syntax) -> bool {
    reports_on(f, m, s, trigger, syn)
        || f.actors[m.actor].kind() == EntityType::Person && spokesperson(f, m, s, syn)
}

/// Whether the country at `m` tells of or comments on an event already told (a definite
/// reference: "India said it would study the pact", "selon Pékin, ces manœuvres…"): the shapes of
/// [`tells_of`] but a spokesperson's, which only persons have.
pub(super) fn reports_on(f: &Facts<'_>, m: &Placed, s: Clause, trigger: usize, syn: &Syntax) -> bool {
    after_source_word(f, m, s)
        || inverted_subject(f, m, s, trigger)
        || reporting_subject(f, m, s, trigger, syn)
        || trailing_teller(f, m, s, trigger)
}

/// "…sent troops to Y, X's intelligence agency said on Friday", "…, the ministry said.": the
/// mention opens the phrase after a comma that follows the trigger, a verb of saying closes that
/// phrase within a few words, and no reported clause follows the verb.
///
/// The phrase may hold a title and a name around the mention ("…, Russian Deputy Foreign
/// Minister Ivan Petrov told reporters"): capitalised words do not count in the distances.
pub(super) fn trailing_teller(f: &Facts<'_>, m: &Placed, s: Clause, trigger: usize) -> bool {
    let name_word = |k: usize| f.tokens[k].kind == TokenKind::Word && f.tokens[k].cap;
    let mut c = m.first;
    while c > s.first && m.first - c < 8 && (f.tokens[c - 1].is_in(ARTICLES) || name_word(c - 1)) {
        c -= 1;
    }
    // a quote closed after its comma: "…our interests,” President X said"
    while c > s.first + 1 && f.tokens[c - 1].is(&["”", "\"", "»", "'"]) {
        c -= 1;
    }
    if c == s.first || f.tokens[c - 1].key != "," || c - 1 <= trigger {
        return false;
    }
    let mut gap = 0;
    let mut v = None;
    for k in m.last..s.last {
        let t = &f.tokens[k];
        if t.kind == TokenKind::Punct && t.key != "'" && t.key != "." {
            break;
        }
        if SAYING_VERBS.contains(&t.key) {
            v = Some(k);
            break;
        }
        if !name_word(k) && t.key != "." {
            gap += 1;
        }
        if gap > MAX_INVERTED_GAP || k - m.last > 12 {
            break;
        }
    }
    let Some(v) = v else { return false };
    !(v + 1..s.last).any(|k| REPORT_MARKS.contains(&f.tokens[k].key) || f.tokens[k].key == ":")
}

/// "X called the deployment a threat", "Y welcomed the agreement": the mention is the subject of a
/// verb of comment whose object is the trigger (a definite reference to an event already told),
/// or of the verb it is coordinated with ("X met his cabinet and called the drills…").
pub(super) fn comments_on(f: &Facts<'_>, m: &Placed, s: Clause, trigger: usize, syn: &Syntax) -> bool {
    let rel = |k: usize| k.checked_sub(s.first).map_or("", |i| syn.deprel(i));
    let head = |k: usize| k.checked_sub(s.first).and_then(|i| syn.head(i)).map(|h| h + s.first);
    let Some(v) = head(trigger).filter(|_| rel(trigger) == "obj") else { return false };
    if !COMMENT_VERBS.contains(&f.tokens[v].key) {
        return false;
    }
    // the subject of the verb, or of the verb it is coordinated with
    let lo = v.saturating_sub(COMMENT_SUBJECT_REACH).max(s.first);
    let subject_of = |verb: usize| (lo..verb).find(|&k| head(k) == Some(verb) && rel(k).starts_with("nsubj"));
    let subject = subject_of(v).or_else(|| head(v).filter(|_| rel(v) == "conj").and_then(subject_of));
    let Some(subject) = subject else { return false };
    // the mention is the subject or a modifier of it ("the President of X", "X's leader")
    let Some(mut at) = (m.first..m.last).find(|&k| head(k).is_none_or(|h| h < m.first || h >= m.last)) else {
        return false;
    };
    for _ in 0..3 {
        if at == subject {
            return true;
        }
        let modifier = matches!(rel(at), "nmod" | "nmod:poss" | "appos" | "compound" | "flat" | "amod");
        match head(at) {
            Some(h) if modifier => at = h,
            _ => return false,
        }
    }
    at == subject
}

/// Whether a spokesperson word stands in the person's phrase, no verb between: a few tokens
/// before the name ("le porte-parole du ministère, X") or right after it ("X, spokeswoman for
/// the navy"). "Le porte-parole a déclaré que X…" does not make X a spokesperson.
fn spokesperson(f: &Facts<'_>, m: &Placed, s: Clause, syn: &Syntax) -> bool {
    let lo = m.first.saturating_sub(SPOKESPERSON_REACH).max(s.first);
    let hi = (m.last + 3).min(s.last);
    let verb = |k: usize| matches!(syn.upos(k - s.first), Some(Upos::Verb | Upos::Aux));
    let word = |k: usize| {
        let key = f.tokens[k].key.as_str();
        // "porte-parole" is cut into three tokens
        SPOKESPERSON_WORDS.contains(key)
            || key == "parole" && k >= 2 && f.tokens[k - 1].key == "-" && f.tokens[k - 2].key == "porte"
    };
    (lo..m.first).rev().take_while(|&k| !verb(k)).any(word)
        || (m.last..hi).take_while(|&k| !verb(k)).any(word)
}

/// "selon le ministère", "d'après la marine", "according to the Pentagon": a source word before
/// the mention in the same phrase (no punctuation, no other actor between).
fn after_source_word(f: &Facts<'_>, m: &Placed, s: Clause) -> bool {
    let lo = m.first.saturating_sub(MAX_SOURCE_PHRASE).max(s.first);
    let mut commas = 0;
    for k in (lo..m.first).rev() {
        let t = &f.tokens[k];
        // one comma of apposition ("a statement by the director of X, Gen. Y")
        if t.key == "," && commas == 0 && k > s.first {
            commas += 1;
            continue;
        }
        if t.kind == TokenKind::Punct && t.key != "." && t.key != "-" {
            return false;
        }
        // another name between: only a person's or body's, set off by the comma of apposition
        // ("selon la Chine, la Russie…" names two sides)
        let crossed = f.mentions_in(k, m.first).any(|o| {
            o.last <= m.first
                && (commas == 0
                    || !matches!(f.actors[o.actor].kind(), EntityType::Person | EntityType::Organization))
        });
        if crossed {
            return false;
        }
        let apres = t.key == "apres" && k > s.first && f.tokens[k - 1].key == "d'";
        // "a statement released by X", "un communiqué publié par Y"
        let released_by = t.is_in(BY_WORDS)
            && (k.saturating_sub(2).max(s.first)..k).any(|j| RELEASE_WORDS.contains(&f.tokens[j].key));
        if SOURCE_WORDS.contains(&t.key) || apres || released_by {
            return true;
        }
    }
    false
}

/// "…, a annoncé le ministère", "…, said the navy": a verb of saying, after a comma or an
/// auxiliary, within a few tokens before the mention (no punctuation between), the trigger before
/// the verb, and nothing but a punctuation mark or the end of the sentence after the mention.
fn inverted_subject(f: &Facts<'_>, m: &Placed, s: Clause, trigger: usize) -> bool {
    let lo = m.first.saturating_sub(MAX_INVERTED_GAP).max(s.first + 1);
    let Some(v) = (lo..m.first).rev().find(|&k| SAYING_VERBS.contains(&f.tokens[k].key)) else {
        return false;
    };
    let clean = (v + 1..m.first).all(|k| f.tokens[k].kind != TokenKind::Punct);
    let closes = m.last >= s.last || f.tokens[m.last].kind == TokenKind::Punct;
    let opens = f.tokens[v - 1].key == "," || auxiliary_before(f, v);
    clean && closes && opens && trigger < v
}

/// Whether the verb at `v` follows an auxiliary ("a déclaré", "ont indiqué", "has said").
fn auxiliary_before(f: &Facts<'_>, v: usize) -> bool {
    v > 0 && f.tokens[v - 1].is(&["a", "ont", "avait", "has", "have", "had"])
}

/// "the ministry said that the drills…", "le ministère a déclaré que l'exercice…", "l'amiral X,
/// qui a déclaré que…": the mention is the subject of a verb of saying (its head hangs from the
/// verb as a subject, or a relative pronoun right after it does) and the trigger stands in the
/// reported clause, after a mark of report ("que", "that", a colon, a quote) or under the verb
/// as its complement.
fn reporting_subject(f: &Facts<'_>, m: &Placed, s: Clause, trigger: usize, syn: &Syntax) -> bool {
    let rel = |k: usize| k.checked_sub(s.first).map_or("", |i| syn.deprel(i));
    let head = |k: usize| k.checked_sub(s.first).and_then(|i| syn.head(i)).map(|h| h + s.first);
    let Some(mh) = (m.first..m.last).find(|&k| head(k).is_none_or(|h| h < m.first || h >= m.last)) else {
        return false;
    };
    // "la porte-parole de la marine, X, a indiqué": the name in apposition stands for its head
    // (and a name the tree hangs from its title, "Defence Secretary X said", for the title)
    let mut mh = mh;
    for _ in 0..4 {
        match head(mh) {
            Some(h) if matches!(rel(mh), "appos" | "flat") && h < mh => mh = h,
            _ => break,
        }
    }
    let mut verb = head(mh).filter(|_| rel(mh).starts_with("nsubj"));
    // "X, qui a déclaré que…": the relative pronoun is the subject
    let mut k = m.last;
    while k < s.last && f.tokens[k].key == "," {
        k += 1;
    }
    if k < s.last && f.tokens[k].is(&["qui", "who"]) && rel(k).starts_with("nsubj") {
        verb = head(k);
    }
    let Some(v) = verb.filter(|&v| v < s.last && SAYING_VERBS.contains(&f.tokens[v].key)) else {
        return false;
    };
    if trigger <= v {
        return false;
    }
    let marked = (v + 1..trigger).any(|k| {
        let key = f.tokens[k].key.as_str();
        REPORT_MARKS.contains(key) || matches!(key, ":" | "«" | "\"" | "“")
    });
    marked || under_complement(syn, v - s.first, trigger - s.first)
}

/// Whether the word `t` hangs from the verb `v` through a reported clause (`ccomp`, `parataxis`)
/// in the tree (sentence indices).
fn under_complement(syn: &Syntax, v: usize, t: usize) -> bool {
    let mut at = t;
    for _ in 0..40 {
        let Some(h) = syn.head(at) else { return false };
        if h == v {
            return matches!(syn.deprel(at), "ccomp" | "parataxis");
        }
        at = h;
    }
    false
}
