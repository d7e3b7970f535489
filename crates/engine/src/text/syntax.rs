//! Stage 2 (syntax): a sentence's tokens tagged and parsed into a Universal Dependencies tree by
//! `trame-syntax`, for the stages that read who did what to whom from the structure.
//!
//! Reads one sentence's [`Token`]s and the text; writes a [`Syntax`]: for each token its part of
//! speech, its head (a token of the same sentence) and its relation. The facts (`crate::facts`)
//! parse a sentence the first time a later stage asks for its tree; the event stage reads it
//! through [`super::tree`] to keep an event's parties to its trigger's clause. One frequent
//! attachment error is repaired after parsing (a coordinated verb's subject read as a third
//! coordinated name).
//!
//! The parser reads UD words, which are not always the tokenizer's tokens; [`words`] maps one to
//! the other. English: "Beijing" "'" "s" are the words "Beijing" "'s"; "don't", "I'm" are cut
//! into "do" "n't", "I" "'m"; "cannot" into "can" "not"; hyphenated words stay cut ("pro",
//! "-", "Western") as EWT writes them. French: elisions ("l'") and contractions ("du", "au",
//! "des") are words as they are (the model reads a contraction as one word, `ADP`/`case` of its
//! noun); hyphenated words are one word ("États-Unis", "porte-avions") except a pronoun after a
//! verb ("dit" "-il", "a" "-t-il"). Both: figures joined by `.`, `,`, `:`, `/` or `-` are one
//! word ("3.5", "2024-05-01"), and so are initials ("U.S.", "J.").
//!
//! A token cut into two words takes the analysis of the first of them attached outside it (the
//! token "don't" is the auxiliary; the UD words ([`words`]) still hold "n't"); a word made of several tokens gives its analysis to its first token, and each
//! later token is attached to the first with the relation `goeswith`.

use super::{Token, TokenKind};
use crate::analysis::Lang;
use crate::lang::{ENGLISH_CLITICS, ENGLISH_SPLITS, FRENCH_HYPHEN_CLITICS};
use std::sync::LazyLock;
use trame_syntax::{parse_into, Model, Node, Workspace};

pub use trame_syntax::Upos;

/// The models, each decoded from the bytes embedded in `trame-syntax` the first time a sentence
/// of its language is parsed (about 20 ms), then only read: immutable shared data, like the
/// gazetteer, not state.
static ENGLISH: LazyLock<Model> = LazyLock::new(Model::english);
static FRENCH: LazyLock<Model> = LazyLock::new(Model::french);

/// The model of `lang` (decoded on first use).
pub fn model(lang: Lang) -> &'static Model {
    match lang {
        Lang::En => &ENGLISH,
        Lang::Fr => &FRENCH,
    }
}

/// A UD word of a sentence: where it is, which tokens it covers and its analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    /// First byte in the text.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// First token (index in the sentence's tokens).
    pub first: usize,
    /// One past its last token; a token cut into two words is in both.
    pub last: usize,
    /// Part of speech.
    pub upos: Upos,
    /// The head word (index in the sentence's words); `None` for the root.
    pub head: Option<usize>,
    /// The UD relation to the head ("nsubj", "obl:agent", "root"…).
    pub deprel: &'static str,
}

/// A token's analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenNode {
    /// Part of speech.
    pub upos: Upos,
    /// The head token (index in the sentence's tokens); `None` for the root.
    pub head: Option<usize>,
    /// The UD relation to the head.
    pub deprel: &'static str,
}

/// The syntactic analysis of one sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Syntax {
    tokens: Vec<TokenNode>,
    /// Whether each token has a subject or a subordinating word among its dependents: the head
    /// of a clause of its own ("while Bolivia protests"), not of a bare participle phrase
    /// ("belonging to the province").
    has_subject: Vec<bool>,
    /// Whether each token has a subordinating word ("that", "que", "whether") among its
    /// dependents: the head of a content or adverbial clause, not of a relative one.
    has_mark: Vec<bool>,
    /// Whether each token has a proper noun as its subject ("while Chile and Peru train"): the
    /// head of a clause about named actors of its own.
    named_subject: Vec<bool>,
}

impl Syntax {
    /// The analysis of no sentence.
    pub const EMPTY: Syntax = Syntax {
        tokens: Vec::new(),
        has_subject: Vec::new(),
        has_mark: Vec::new(),
        named_subject: Vec::new(),
    };

    /// The analysis of token `i` (index in the sentence's tokens), if it is one.
    pub fn node(&self, i: usize) -> Option<&TokenNode> {
        self.tokens.get(i)
    }

    /// The head token of token `i`; `None` for the root or out of range.
    pub fn head(&self, i: usize) -> Option<usize> {
        self.node(i).and_then(|n| n.head)
    }

    /// The relation of token `i` to its head; `""` out of range.
    pub fn deprel(&self, i: usize) -> &'static str {
        self.node(i).map_or("", |n| n.deprel)
    }

    /// The part of speech of token `i`.
    pub fn upos(&self, i: usize) -> Option<Upos> {
        self.node(i).map(|n| n.upos)
    }

    /// The tokens whose head is token `i`, in order (a scan of the sentence).
    #[cfg(test)]
    pub fn dependents(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.tokens.iter().enumerate().filter(move |(_, n)| n.head == Some(i)).map(|(j, _)| j)
    }

    /// Whether token `i` heads a clause with its own subject or subordinating word.
    pub fn has_subject(&self, i: usize) -> bool {
        self.has_subject.get(i).copied().unwrap_or(false)
    }

    /// Whether token `i` has a proper noun as its subject.
    pub fn has_named_subject(&self, i: usize) -> bool {
        self.named_subject.get(i).copied().unwrap_or(false)
    }

    /// Whether token `i` heads a clause opened by a subordinating word ("that", "que").
    pub fn has_mark(&self, i: usize) -> bool {
        self.has_mark.get(i).copied().unwrap_or(false)
    }
}

/// Parses the sentence made of `tokens` (a slice of the document's tokens over `text`) with the
/// model of `lang`. Linear in the sentence's length; never panics.
pub fn parse(text: &str, tokens: &[Token], lang: Lang) -> Syntax {
    parse_with(model(lang), text, tokens, lang, &mut Workspace::default())
}

/// [`parse`] with a given model and reused buffers (for many sentences).
pub fn parse_with(model: &Model, text: &str, tokens: &[Token], lang: Lang, ws: &mut Workspace) -> Syntax {
    let tokens_in = tokens;
    let spans = words(text, tokens, lang);
    let forms: Vec<&str> = spans.iter().map(|s| text.get(s.start..s.end).unwrap_or("")).collect();
    let mut nodes: Vec<Node> = Vec::with_capacity(forms.len());
    parse_into(model, &forms, ws, &mut nodes);
    let words: Vec<Word> = spans
        .iter()
        .zip(&nodes)
        .map(|(s, n)| Word { upos: n.upos, head: n.head, deprel: n.deprel, ..*s })
        .collect();
    let mut tokens = token_nodes(&words, tokens.len());
    subjects_of_coordinated_verbs(&mut tokens);
    main_clause_after_fronted_subordinate(&mut tokens, tokens_in);
    let mut has_subject = vec![false; tokens.len()];
    let mut has_mark = vec![false; tokens.len()];
    let mut named_subject = vec![false; tokens.len()];
    for n in &tokens {
        let subject = n.deprel.starts_with("nsubj") || n.deprel.starts_with("csubj") || n.deprel == "mark";
        if let Some(h) = n.head.filter(|_| subject) {
            if let Some(flag) = has_subject.get_mut(h) {
                *flag = true;
            }
        }
        if let Some(flag) = n.head.filter(|_| n.deprel == "mark").and_then(|h| has_mark.get_mut(h)) {
            *flag = true;
        }
        let named = n.deprel.starts_with("nsubj") && n.upos == Upos::Propn;
        if let Some(flag) = n.head.filter(|_| named).and_then(|h| named_subject.get_mut(h)) {
            *flag = true;
        }
    }
    Syntax { tokens, has_subject, has_mark, named_subject }
}

/// Repairs a frequent attachment error: in "X signed a pact with Y and Z sent troops", the
/// parser may read "Z" as a third name coordinated with "Y" and "sent" as a verb without a
/// subject. A coordinated verb with no subject right after a coordinated name (its auxiliaries and
/// adverbs between) takes that name as its subject. Linear: each token is skipped back over only
/// by the verb it depends on.
fn subjects_of_coordinated_verbs(tokens: &mut [TokenNode]) {
    let mut has_nsubj = vec![false; tokens.len()];
    for t in tokens.iter().filter(|t| t.deprel.starts_with("nsubj")) {
        if let Some(flag) = t.head.and_then(|h| has_nsubj.get_mut(h)) {
            *flag = true;
        }
    }
    for v in 1..tokens.len() {
        // the name before the verb's auxiliaries and adverbs ("Z has also sent")
        let mut n = v - 1;
        while n > 0
            && tokens[n].head == Some(v)
            && ["aux", "advmod"].iter().any(|r| tokens[n].deprel.starts_with(r))
        {
            n -= 1;
        }
        let verb = tokens[v].deprel == "conj" && tokens[v].upos == Upos::Verb;
        let name = tokens[n].deprel == "conj"
            && matches!(tokens[n].upos, Upos::Propn | Upos::Noun | Upos::Pron)
            && tokens[n].head.is_some_and(|h| h < n);
        if !verb || !name {
            continue;
        }
        if !has_nsubj[v] {
            has_nsubj[v] = true;
            tokens[n].head = Some(v);
            tokens[n].deprel = "nsubj";
        }
    }
}

/// Repairs a sentence opened by a subordinate clause ("While X hosted a summit, the navies of Y
/// held drills"; "Alors que X accueille un forum, un exercice s'est déroulé…"): the parser may
/// hang the main clause's subject on the subordinate one (an apposition of its object), and may
/// make the subordinate verb the sentence's head. With a subordinating word opening the sentence
/// on a verb and a comma closing that clause, the first verb after the comma with no subject of
/// its own takes as subject the first noun between them that hangs from before the comma; that
/// verb heads the sentence and the subordinate verb hangs from it. Only when the verb already
/// heads the sentence, or hangs under the subordinate verb that does. Linear.
fn main_clause_after_fronted_subordinate(nodes: &mut [TokenNode], tokens: &[Token]) {
    let Some(sub) = nodes.first().filter(|n| n.deprel == "mark").and_then(|n| n.head) else { return };
    if nodes.get(sub).is_none_or(|n| n.upos != Upos::Verb) {
        return;
    }
    let Some(comma) = (sub + 1..nodes.len().min(tokens.len())).find(|&k| tokens[k].key == ",") else {
        return;
    };
    let mut has_nsubj = vec![false; nodes.len()];
    for t in nodes.iter().filter(|t| t.deprel.starts_with("nsubj")) {
        if let Some(flag) = t.head.and_then(|h| has_nsubj.get_mut(h)) {
            *flag = true;
        }
    }
    let Some(verb) = (comma + 1..nodes.len()).find(|&k| nodes[k].upos == Upos::Verb) else { return };
    if has_nsubj[verb] {
        return;
    }
    let subject = (comma + 1..verb).find(|&k| {
        matches!(nodes[k].upos, Upos::Noun | Upos::Propn | Upos::Pron)
            && nodes[k].head.is_some_and(|h| h < comma)
    });
    let Some(subject) = subject else { return };
    // the verb heads the sentence, or hangs (within a few steps) under the subordinate verb that does
    let under_sub = nodes[sub].head.is_none() && {
        let (mut at, mut steps) = (verb, 0);
        while let Some(h) = nodes[at].head.filter(|_| steps < nodes.len()) {
            at = h;
            steps += 1;
        }
        at == sub
    };
    if nodes[verb].head.is_some() && !under_sub {
        return;
    }
    if under_sub {
        nodes[verb].head = None;
        nodes[verb].deprel = "root";
        nodes[sub].head = Some(verb);
        nodes[sub].deprel = "advcl";
    }
    nodes[subject].head = Some(verb);
    nodes[subject].deprel = "nsubj";
}

/// Each token's analysis from its words' (see the module's doc).
fn token_nodes(words: &[Word], n: usize) -> Vec<TokenNode> {
    let mut out = vec![TokenNode { upos: Upos::X, head: None, deprel: "dep" }; n];
    let mut w = 0;
    while w < words.len() {
        // the parts of a token cut into words share its first token
        let e = (w + 1..words.len()).find(|&k| words[k].first != words[w].first).unwrap_or(words.len());
        let main = (w..e).find(|&k| words[k].head.is_none_or(|h| !(w..e).contains(&h))).unwrap_or(w);
        let word = &words[main];
        let head = word.head.and_then(|h| words.get(h)).map(|h| h.first);
        for (t, node) in out.iter_mut().enumerate().take(word.last).skip(word.first) {
            *node = if t == word.first {
                TokenNode { upos: word.upos, head, deprel: word.deprel }
            } else {
                TokenNode { upos: word.upos, head: Some(word.first), deprel: "goeswith" }
            };
        }
        w = e;
    }
    out
}

/// Whether `s` is an apostrophe, straight or typographic.
fn apostrophe(s: &str) -> bool {
    matches!(s, "'" | "’" | "ʼ" | "‘")
}

/// The UD words of a sentence's tokens, without their analysis (see the module's doc).
pub fn words(text: &str, tokens: &[Token], lang: Lang) -> Vec<Word> {
    let mut out = Vec::with_capacity(tokens.len() + tokens.len() / 8);
    let span = |a: usize, b: usize, first: usize, last: usize| Word {
        start: a,
        end: b,
        first,
        last,
        upos: Upos::X,
        head: None,
        deprel: "",
    };
    let mut i = 0;
    while i < tokens.len() {
        let j = extent(text, tokens, i, lang).max(i + 1);
        let t = &tokens[i];
        match (j == i + 1 && lang == Lang::En).then(|| english_cut(text, t)).flatten() {
            Some(cut) => {
                out.push(span(t.start, cut, i, i + 1));
                out.push(span(cut, t.end, i, i + 1));
            }
            None => out.push(span(t.start, tokens[j - 1].end, i, j)),
        }
        i = j;
    }
    out
}

/// One past the last token of the word that starts at token `i`.
fn extent(text: &str, tokens: &[Token], i: usize, lang: Lang) -> usize {
    let n = tokens.len();
    // token k follows token k - 1 with no space between
    let joined = |k: usize| k < n && k > 0 && tokens[k].start == tokens[k - 1].end;
    let key = |k: usize| tokens.get(k).map_or("", |t| t.key.as_str());
    let kind = |k: usize| tokens.get(k).map(|t| t.kind);
    let letter = |k: usize| kind(k) == Some(TokenKind::Word) && key(k).chars().count() == 1;
    let raw = |k: usize| tokens.get(k).and_then(|t| text.get(t.start..t.end)).unwrap_or("");
    let t = &tokens[i];
    if lang == Lang::En && apostrophe(raw(i)) && joined(i) && joined(i + 1) && key(i + 1) == "s" {
        return i + 2;
    }
    // a pair of tokens, a separator then a part, may continue the word
    let chain = |mut j: usize, sep: &dyn Fn(usize) -> bool, part: &dyn Fn(usize) -> bool| {
        while joined(j) && joined(j + 1) && sep(j) && part(j + 1) {
            j += 2;
        }
        j
    };
    match t.kind {
        TokenKind::Number => {
            let sep = |k: usize| matches!(key(k), "." | "," | ":" | "/" | "-");
            chain(i + 1, &sep, &|k| kind(k) == Some(TokenKind::Number))
        }
        TokenKind::Word if letter(i) && joined(i + 1) && key(i + 1) == "." => {
            chain(i + 2, &|k| letter(k), &|k| key(k) == ".")
        }
        // "Gen.", "Mr.", "Mme.": an abbreviation keeps its period, as the treebanks write it (a
        // period left alone reads as the end of a sentence and cuts the name after it away)
        TokenKind::Word
            if joined(i + 1)
                && key(i + 1) == "."
                && (TITLE_ABBREVIATIONS.contains(&key(i)) || ABBREVIATIONS.contains(&key(i))) =>
        {
            i + 2
        }
        TokenKind::Word if lang == Lang::Fr => {
            let clitic = |k: usize| french_clitic(tokens, k).is_some();
            chain(i + 1, &|k| key(k) == "-" && !clitic(k), &|k| kind(k) != Some(TokenKind::Punct))
        }
        TokenKind::Punct if lang == Lang::Fr && joined(i) => french_clitic(tokens, i).unwrap_or(i + 1),
        _ => i + 1,
    }
}

/// Titles and ranks written with a period (folded keys), English and French: no sentence ends
/// after them ("Brig. Gen. X", "Mme. Y"), and the tagger keeps the period on the word. The
/// sentence splitter and the tagger each add the short forms of their own to these.
pub(crate) const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "brig", "capt", "cmdr", "cdr", "adm", "sgt", "cpl",
    "gov", "sen", "rep", "amb", "prof", "st", "jr", "sr", "rev", "hon", "pres", "m", "mm", "mme", "mmes",
    "mlle", "ste", "cdt", "adj",
];

/// Other short forms the tagger keeps with their period (folded keys): places, numbers, companies,
/// months.
const ABBREVIATIONS: &[&str] = &[
    "mt", "ft", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    "me",
];

/// If token `k` is a hyphen opening a French pronoun after a verb ("-il", "-t-elle"), one past
/// that pronoun's last token.
fn french_clitic(tokens: &[Token], k: usize) -> Option<usize> {
    let joined = |j: usize| j < tokens.len() && tokens[j].start == tokens[j - 1].end;
    let pronoun = |j: usize| {
        joined(j) && !tokens[j].cap && FRENCH_HYPHEN_CLITICS.contains(&tokens[j].key.as_str())
            // "Saint-Jean-le-Blanc": a pronoun ends the word
            && !(joined(j + 1) && tokens[j + 1].key == "-")
    };
    if tokens.get(k)?.key != "-" {
        return None;
    }
    if pronoun(k + 1) {
        return Some(k + 2);
    }
    let euphonic = joined(k + 1) && tokens[k + 1].key == "t" && joined(k + 2) && tokens[k + 2].key == "-";
    (euphonic && pronoun(k + 3)).then_some(k + 4)
}

/// Where an English token is cut into two words ("do|n't", "I|'m", "can|not"), as a byte offset.
fn english_cut(text: &str, t: &Token) -> Option<usize> {
    if t.kind != TokenKind::Word {
        return None;
    }
    let raw = text.get(t.start..t.end)?;
    if let Some(&(_, len)) = ENGLISH_SPLITS.iter().find(|(w, _)| *w == t.key) {
        return raw.is_char_boundary(len).then_some(t.start + len);
    }
    let clitic = ENGLISH_CLITICS.iter().find(|c| t.key.len() > c.len() && t.key.ends_with(*c))?;
    let (apo, _) = raw.char_indices().rev().find(|&(_, c)| matches!(c, '\'' | '’' | 'ʼ' | '‘'))?;
    // "n't" starts one letter before its apostrophe
    let cut = if clitic.starts_with('n') { apo.checked_sub(1)? } else { apo };
    (cut > 0 && raw.is_char_boundary(cut)).then_some(t.start + cut)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn forms(text: &str, lang: Lang) -> Vec<&str> {
        let tokens = tokenize(text);
        words(text, &tokens, lang).iter().map(|w| &text[w.start..w.end]).collect()
    }

    #[test]
    fn english_words_as_ud_writes_them() {
        let f = forms("Beijing's navy didn't sail; I'm sure it cannot. The U.S. sent 3.5 tons", Lang::En);
        assert_eq!(
            f,
            [
                "Beijing", "'s", "navy", "did", "n't", "sail", ";", "I", "'m", "sure", "it", "can", "not",
                ".", "The", "U.S.", "sent", "3.5", "tons"
            ]
        );
        assert_eq!(forms("pro-Western O'Brien", Lang::En), ["pro", "-", "Western", "O'Brien"]);
    }

    #[test]
    fn french_words_as_ud_writes_them() {
        let f =
            forms("Les États-Unis l’ont dit-il au porte-avions, a-t-elle ajouté le 2024-05-01.", Lang::Fr);
        assert_eq!(
            f,
            [
                "Les",
                "États-Unis",
                "l’",
                "ont",
                "dit",
                "-il",
                "au",
                "porte-avions",
                ",",
                "a",
                "-t-elle",
                "ajouté",
                "le",
                "2024-05-01",
                "."
            ]
        );
    }

    #[test]
    fn every_token_gets_a_node_and_heads_stay_in_the_sentence() {
        for (text, lang) in [
            ("The frigate didn't leave the port of Brest, which the U.S. navy uses.", Lang::En),
            ("La frégate de la Marine nationale a-t-elle quitté les États-Unis ? Oui, dit-il.", Lang::Fr),
            ("", Lang::Fr),
            ("' s - - 'n't n't -il", Lang::En),
            ("- -il -t- t-il", Lang::Fr),
        ] {
            let tokens = tokenize(text);
            let s = parse(text, &tokens, lang);
            assert_eq!(s.tokens.len(), tokens.len());
            for i in 0..tokens.len() {
                assert!(s.head(i).is_none_or(|h| h < tokens.len() && h != i), "{text}: token {i}");
                assert!(!s.deprel(i).is_empty());
            }
            let roots = (0..tokens.len()).filter(|&i| s.head(i).is_none()).count();
            assert_eq!(roots, usize::from(!tokens.is_empty()), "{text}");
        }
    }

    #[cfg(not(target_family = "wasm"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

        /// Any text, as one sentence: a node per token, heads inside the sentence, one root.
        #[test]
        fn any_text_any_language(text in "(\\PC|['’\\-.,]){0,60}") {
            let tokens = tokenize(&text);
            for lang in [Lang::En, Lang::Fr] {
                let s = parse(&text, &tokens, lang);
                proptest::prop_assert_eq!(s.tokens.len(), tokens.len());
                let roots = (0..tokens.len()).filter(|&i| s.head(i).is_none()).count();
                proptest::prop_assert_eq!(roots, usize::from(!tokens.is_empty()));
                for i in 0..tokens.len() {
                    proptest::prop_assert!(s.head(i).is_none_or(|h| h < tokens.len() && h != i));
                }
            }
        }
    }

    #[test]
    fn reads_subjects_objects_and_negation() {
        let text = "The navy did not send ships to the strait.";
        let tokens = tokenize(text);
        let s = parse(text, &tokens, Lang::En);
        let send = 4;
        assert_eq!(s.upos(send), Some(Upos::Verb));
        assert_eq!(s.head(1), Some(send));
        assert_eq!(s.deprel(1), "nsubj");
        assert_eq!(s.deprel(5), "obj");
        assert!(s.dependents(send).any(|d| tokens[d].key == "not"));
        let text = "La Chine a envoyé des navires au large du Japon.";
        let tokens = tokenize(text);
        let s = parse(text, &tokens, Lang::Fr);
        assert_eq!(s.deprel(1), "nsubj");
        assert_eq!(s.head(1), Some(3));
        assert_eq!(s.head(0), Some(1));
    }

    /// Seconds of processor time this thread has run (Linux), else wall time since `wall`.
    fn cpu(wall: std::time::Instant) -> f64 {
        std::fs::read_to_string("/proc/thread-self/schedstat")
            .ok()
            .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
            .map_or_else(|| wall.elapsed().as_secs_f64(), |ns| ns as f64 / 1e9)
    }

    /// The pipeline's speed alone, with every sentence parsed, and with only the sentences that
    /// hold an event trigger or a relation cue parsed (each after tokenizing and cutting the text
    /// into sentences a second time, which is measured apart), on the dev articles and our own set
    /// (`cargo test --release -p trame-engine --lib syntax_speed -- --ignored --nocapture`;
    /// `SYNTAX_ROUNDS` and `SYNTAX_MODE` (0 alone, 1 all, 2 cues, 3 tokens again) pick a
    /// shorter run, for instance under `valgrind --tool=cachegrind`, whose counts do not depend on
    /// what else the machine runs).
    #[test]
    #[ignore = "a measurement, run by hand in release mode"]
    fn syntax_speed() {
        use crate::input::zone::Zones;
        use crate::input::Document;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut texts = Vec::new();
        for dir in ["../shared/eval/dev/text", "crates/cli/tests/own_set/text"] {
            let mut paths: Vec<_> =
                std::fs::read_dir(root.join(dir)).unwrap().flatten().map(|e| e.path()).collect();
            paths.sort();
            texts.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
        }
        let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
        let env = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<usize>().ok());
        let rounds = env("SYNTAX_ROUNDS").unwrap_or(20);
        let run = |parse: u8| {
            let mut ws = Workspace::default();
            let (mut parsed, wall) = (0usize, std::time::Instant::now());
            let t0 = cpu(wall);
            for _ in 0..rounds {
                for text in &texts {
                    let doc = Document::new("t.txt", text.as_str());
                    let analysis = crate::analyze(&doc);
                    std::hint::black_box(&analysis);
                    if parse == 0 {
                        continue;
                    }
                    let tokens = crate::text::tokenize(&doc.text);
                    let lang = crate::lang::detect(&tokens);
                    let lex = crate::lang::lexicon(lang);
                    let zones = Zones::new(&doc.text, &tokens);
                    for c in &zones.clauses {
                        let sentence = &tokens[c.first..c.last];
                        let cue = |t: &Token| {
                            let k = t.key.as_str();
                            lex.trigger(k).is_some()
                                || [lex.opposition, lex.support, lex.cooperation]
                                    .iter()
                                    .any(|l| l.contains(&k))
                        };
                        if parse == 2 && !sentence.iter().any(cue) || parse == 3 {
                            continue;
                        }
                        parsed += sentence.len();
                        std::hint::black_box(parse_with(model(lang), &doc.text, sentence, lang, &mut ws));
                    }
                }
            }
            ((rounds * words) as f64 / (cpu(wall) - t0), parsed / rounds)
        };
        let only = env("SYNTAX_MODE");
        if only.is_none() {
            run(1);
        }
        let modes = [
            ("pipeline alone", 0),
            ("pipeline, tokens and sentences again", 3),
            ("every sentence parsed", 1),
            ("cue sentences parsed", 2),
        ];
        for (name, mode) in modes {
            if only.is_some_and(|m| m != usize::from(mode)) {
                continue;
            }
            let (rate, parsed) = run(mode);
            eprintln!("{name}: {rate:.0} words/s ({words} words, {parsed} tokens parsed per round)");
        }
    }
}
