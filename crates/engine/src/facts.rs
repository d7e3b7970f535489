//! Stage 8: the shared clause context of a document, built once after entities are resolved: its
//! sentences, its resolved mentions with their actor, its dates and boilerplate marks.
//!
//! Both stages after it read it: events (`crate::event`) and relations (`crate::relation`). It
//! holds no decision of its own, only the ways to look things up (mentions in a range, the
//! sentence of a token, the side an actor stands for).

use crate::analysis::{EntityType, Lang};
use crate::date::DateMatch;
use crate::entity::{Actor, Key, Mention};
use crate::input::zone::Clause;
use crate::lang::{
    hostile_act, Lexicon, AIM_WORDS, ARMED_KIND_NOUNS, ARTICLES, DIRECTION_WORDS, FACING_WORDS, GROUP_NOUNS,
    INCIDENTAL_OPENERS, LATTER_WORDS, OF_WORDS, PARTICIPLE_OPENERS, PARTNER_WORDS, RELATIVE_WORDS,
    SIDE_NOUNS, SUBJECT_PRONOUNS,
};
use crate::text::syntax::{self, Syntax};
use crate::text::{self, Token, TokenKind};
use std::borrow::Cow;
use std::cell::OnceCell;

/// How far after a word of help the side helped may be named, over what of theirs is helped
/// ("pour renforcer le flanc oriental de X", "to bolster the defences of Y"): read by the events
/// (the side a deployment helps receives it) and the relations (support from a deployment).
pub const HELPED_REACH: usize = 6;

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

/// How far into its sentence a side's phrase may open it ("On the Afghan side,", "Du côté
/// tchadien,").
const SIDE_PHRASE_REACH: usize = 5;

/// How far into its sentence the comma closing an opening place may stand ("In the Republic of
/// Estria,").
const OPENING_PLACE: usize = 6;

/// How far before a cue its subject pronoun may stand ("He also accused", "Il a ensuite dénoncé").
const PRONOUN_BEFORE_CUE: usize = 4;

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
    /// Whether each token stands on a title-case line (a headline).
    pub headline: &'a [bool],
    /// The document's language (the parser's model).
    pub lang: Lang,
    /// The document's reference date (its publication day, or the one given), if known.
    pub reference: Option<crate::date::PartialDate>,
    /// Each sentence's dependency tree, parsed the first time a stage asks for it
    /// ([`Facts::syntax`]): only sentences that tell an event are parsed, each once.
    pub trees: Vec<OnceCell<Syntax>>,
    /// Each sentence's clauses by their opening words ([`Facts::clauses`]), split the first time
    /// a stage asks: the critics, the event scope, the date and the support stages share them.
    pub clause_splits: Vec<OnceCell<Vec<text::Clause>>>,
    /// The countries named, most named first ([`Facts::countries_by_mentions`]), counted once.
    pub country_ranking: OnceCell<Vec<(usize, usize)>>,
    /// For each body with no country, the side its first sentence opens with, if any
    /// ([`Facts::opening_side`]), read once.
    pub opening_sides: OnceCell<Vec<Option<usize>>>,
    /// Each actor's first mention, as an index into `mentions` ([`Facts::first_mention`]), read once.
    pub first_mentions: OnceCell<Vec<Option<usize>>>,
}

impl Facts<'_> {
    /// One empty tree cell per sentence, for [`Facts::trees`].
    pub fn tree_cells(sentences: usize) -> Vec<OnceCell<Syntax>> {
        (0..sentences).map(|_| OnceCell::new()).collect()
    }

    /// One empty clause cell per sentence, for [`Facts::clause_splits`].
    pub fn clause_cells(sentences: usize) -> Vec<OnceCell<Vec<text::Clause>>> {
        (0..sentences).map(|_| OnceCell::new()).collect()
    }

    /// The clauses of span `s` by their opening words (indices from `s.first`): a whole sentence's
    /// are split once and kept, any other span's are split on the spot.
    pub fn clauses(&self, s: Clause) -> Cow<'_, [text::Clause]> {
        let si = self.sentence_of(s.first);
        match (self.clause_splits.get(si), self.sentences.get(si)) {
            (Some(cell), Some(&whole)) if whole == s => {
                Cow::Borrowed(cell.get_or_init(|| text::clauses(&self.tokens[s.first..s.last])))
            }
            _ => Cow::Owned(text::clauses(self.tokens.get(s.first..s.last).unwrap_or(&[]))),
        }
    }

    /// The country actors the text names, with how often, most named first and the first named
    /// first among equals: the countries the story is about. Counted on first use, once.
    pub fn countries_by_mentions(&self) -> &[(usize, usize)] {
        self.country_ranking.get_or_init(|| {
            let mut counts = vec![0usize; self.actors.len()];
            let mut order = Vec::new();
            for m in self.mentions.iter().filter(|m| self.actors[m.actor].kind() == EntityType::Country) {
                if counts[m.actor] == 0 {
                    order.push(m.actor);
                }
                counts[m.actor] += 1;
            }
            // (a stable sort keeps the order of first mention among equals)
            order.sort_by_key(|&a| std::cmp::Reverse(counts[a]));
            order.into_iter().map(|a| (a, counts[a])).collect()
        })
    }

    /// The possible datelines among the text's first `n` sentences, in order: each sentence opened
    /// by a mention and holding a dash ("OSLO (Agency) - …") or a colon right after that mention
    /// ("OSLO: …"), with its index and that mention. Callers keep the first whose mention they
    /// read as a place (the relation stage also takes a capital read as its government).
    pub fn dateline_openers(&self, n: usize) -> impl Iterator<Item = (usize, &Placed)> + '_ {
        self.sentences.iter().take(n).enumerate().filter_map(move |(si, c)| {
            let place = self.mentions_in(c.first, c.last).next().filter(|m| m.first == c.first)?;
            let dash = (c.first..c.last).any(|j| self.tokens[j].is(&["-", "—", "–"]));
            let colon = self.tokens.get(place.last).is_some_and(|t| t.is(&[":"]));
            (dash || colon).then_some((si, place))
        })
    }

    /// The two countries the document is about: the most mentioned, each named at least twice,
    /// the second not tied with a third. "Both sides", "les deux pays" stand for them.
    pub fn main_pair(&self) -> Option<(usize, usize)> {
        match *self.countries_by_mentions() {
            [(a, na), (b, nb), (_, nc), ..] if na >= 2 && nb > nc => Some((a, b)),
            [(a, na), (b, _)] if na >= 2 => Some((a, b)),
            _ => None,
        }
    }

    /// The dependency tree of sentence `si` (indices are the sentence's tokens, from its first),
    /// parsed on first use; an empty tree for a sentence that does not exist.
    pub fn syntax(&self, si: usize) -> &Syntax {
        static EMPTY: Syntax = Syntax::EMPTY;
        let (Some(cell), Some(s)) = (self.trees.get(si), self.sentences.get(si)) else { return &EMPTY };
        cell.get_or_init(|| {
            let tokens = self.tokens.get(s.first..s.last).unwrap_or(&[]);
            syntax::parse(self.text, tokens, self.lang)
        })
    }

    /// The end of a window of `reach` words from token `from`, stretched over the words of a date
    /// told inside it ("a reçu le jeudi 3 mars deux vedettes rapides"): numbers, months
    /// and weekdays do not use up the reach. Within the text.
    pub fn reach_over_dates(&self, from: usize, reach: usize) -> usize {
        let mut end = from;
        let mut left = reach;
        while end < self.tokens.len() && left > 0 {
            let t = &self.tokens[end];
            let calendar = t.kind == TokenKind::Number
                || crate::lang::month_of(&t.key).is_some()
                || crate::lang::weekday_name(&t.key).is_some();
            if !calendar {
                left -= 1;
            }
            end += 1;
        }
        end
    }

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
        // (a person of a body with a country is on that country's side: "a spokesman of the
        // Estrian defence ministry")
        let c = match (a.country, &a.org) {
            (Some(c), _) => c,
            (None, Some(org)) if a.kind() == EntityType::Person => {
                let oi = self.org_actor(org)?;
                match self.actors[oi].country {
                    Some(c) => c,
                    None => return self.opening_side(oi),
                }
            }
            _ => return self.opening_side(actor),
        };
        self.actors.iter().position(|x| x.key == Key::Country(c))
    }

    /// The country a body with no country of its own stands for because the sentence that first
    /// names it opens with that side ("On the Afghan side, the Defence Ministry said…", "Côté
    /// malien, l'état-major…"): a side noun within the sentence's first words, the country's
    /// mention beside it (before it in English, after it in French), a comma before the body.
    pub fn opening_side(&self, actor: usize) -> Option<usize> {
        let sides = self.opening_sides.get_or_init(|| {
            (0..self.actors.len())
                .map(|ai| {
                    let a = &self.actors[ai];
                    let body = a.kind() == EntityType::Organization && a.country.is_none();
                    let first = self.first_mention(ai).filter(|_| body)?;
                    self.side_opening(first.first)
                })
                .collect()
        });
        sides.get(actor).copied().flatten()
    }

    /// The actor of the organization keyed `org`, if the text names it.
    pub fn org_actor(&self, org: &str) -> Option<usize> {
        self.actors.iter().position(|x| matches!(&x.key, Key::Org(o) if o == org))
    }

    /// The first mention of an actor in the text (outside boilerplate), if any: one pass over the
    /// mentions for all actors, on first use.
    pub fn first_mention(&self, actor: usize) -> Option<&Placed> {
        let first = self.first_mentions.get_or_init(|| {
            let mut first: Vec<Option<usize>> = vec![None; self.actors.len()];
            for (i, m) in self.mentions.iter().enumerate() {
                first[m.actor].get_or_insert(i);
            }
            first
        });
        first.get(actor).copied().flatten().map(|i| &self.mentions[i])
    }

    /// The country whose side opens the sentence of token `tok` before it (see
    /// [`Facts::opening_side`]).
    fn side_opening(&self, tok: usize) -> Option<usize> {
        let s = self.sentences[self.sentence_of(tok)];
        let reach = (s.first + SIDE_PHRASE_REACH).min(tok);
        let side = (s.first..reach).find(|&k| self.tokens[k].is(SIDE_NOUNS.of(self.lang)))?;
        let beside = match self.lang {
            Lang::En => self.mentions_in(s.first, side).last().filter(|m| m.last == side),
            Lang::Fr => {
                self.mentions_in(side + 1, (side + 2).min(s.last)).next().filter(|m| m.first == side + 1)
            }
        }?;
        let closed = (side..tok).any(|k| self.tokens[k].is(&[","]));
        let country = self.actors[beside.actor].kind() == EntityType::Country;
        (closed && country).then_some(beside.actor)
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
                let oi = self.org_actor(org)?;
                (oi != actor).then(|| self.party(oi)).flatten()
            }
            _ => None,
        }
    }

    /// The mention naming the author of a hostile noun at `cue` in sentence `s`, right after its
    /// "de"/"from"/"by" ("un avertissement de Moscou", "a warning from Tokyo"): read by
    /// [`Facts::critics`] for participants and by the relation stage for opposition.
    pub fn noun_author(&self, cue: usize, s: Clause) -> Option<&Placed> {
        let si = self.sentence_of(cue);
        let noun = cue >= s.first && matches!(self.syntax(si).upos(cue - s.first), Some(syntax::Upos::Noun));
        let word = |j: usize, w: &[&str]| self.tokens.get(j).is_some_and(|t| t.is(w));
        // "des critiques de la part de X", "criticism on the part of X": the author after "part of"
        let part = (word(cue + 1, &["de"]) && word(cue + 2, &["la"])
            || word(cue + 1, &["on"]) && word(cue + 2, &["the"]))
            && word(cue + 3, &["part"]);
        let mark = part || word(cue + 1, &["from", "by", "de", "du", "des", "d'", "par"]);
        if !(noun && mark) {
            return None;
        }
        // a mention opening within two words, an article between ("de la Russie", "from the
        // United States"; not a noun between: "l'expulsion de diplomates russes" names the
        // expelled, not the author)
        let after = if part { cue + 5 } else { cue + 2 };
        // (over the noun of a government and its "of": "par le gouvernement du X", "by the
        // government of Y")
        let government =
            |j: usize| self.tokens.get(j).is_some_and(|t| t.is(crate::lang::STATE_NOUNS.of(self.lang)));
        let article = |j: usize| word(j, &["la", "le", "l'", "les", "the"]);
        let of = |j: usize| word(j, &["de", "du", "des", "d'", "of"]);
        self.mentions_in(after, s.last).next().filter(|m| {
            let near = m.first < after + 2 && (after..m.first).all(article);
            let governed = m.first <= after + 4
                && (after..m.first).any(government)
                && (after..m.first).all(|j| article(j) || government(j) || of(j));
            near || governed
        })
    }

    /// The actors voicing the opposition cue at token `cue` in clause `s`: the nearest actor before
    /// it in its clause and those coordinated with it ("le Chili et le Pérou protestent", "a rebuke
    /// from Norway, which warned…"), or the actor after a nominal cue ("a rebuke from Seoul").
    ///
    /// A phrase set off by commas between the author and the cue ("le Ghana, avec l'appui de ses
    /// voisins, a condamné…", "Norway, according to Oslo, warned…") is left out: its actors are
    /// not the author, and its length does not count in the distance. An actor before the
    /// subordinate clause holding the cue is not its author ("X's soldiers died when gunmen
    /// attacked Y").
    pub fn critics(&self, cue: usize, s: Clause) -> Vec<usize> {
        // (nor the target of an earlier cue: "lutter contre X et vaincre Y" is not X's doing)
        let targeted = |m: &Placed| {
            (m.first.saturating_sub(2)..m.first).any(|j| self.tokens[j].is(&["contre", "against"]))
        };
        let actor_like = |m: &&Placed| self.actors[m.actor].kind() != EntityType::Place && !targeted(m);
        // a hostile noun's complement is its author, whoever stands before it ("an accord
        // between X and Y, followed by a warning from Z"; a capital there is its government)
        if let Some(m) = self.noun_author(cue, s) {
            let place = self.actors[m.actor].kind() == EntityType::Place;
            return if place { self.side(m.actor).into_iter().collect() } else { vec![m.actor] };
        }
        if let Some(subjects) = self.adjunct_subjects(cue, s) {
            return subjects;
        }
        let (end, skipped) = self.incidental_before(cue, s).unwrap_or((cue, 0));
        // by their end: a name inside a longer one ("Serbian" in "Serbian Ministry of Foreign
        // Affairs") is not nearer the cue than the longer name
        let mut before: Vec<&Placed> = self.mentions_in(s.first, end).filter(actor_like).collect();
        before.sort_by_key(|m| (m.last, m.first));
        before.dedup_by_key(|m| m.last);
        // (nor across the opening of a subordinate clause holding the cue, which names its own
        // subject: "X soldiers died when gunmen ambushed a Y convoy" is no doing of X)
        let clauses = self.clauses(s);
        let clause_at = |t: usize| text::clause_of(&clauses, t.saturating_sub(s.first));
        let subordinate = clause_at(cue).filter(|c| c.kind == text::ClauseKind::Subordinate);
        let clause_break = |a: usize, b: usize| {
            (a..b).any(|j| self.tokens[j].is(&[";", ".", ":"]))
                || subordinate.is_some_and(|c| a < s.first + c.start)
        };
        let mut out = Vec::new();
        // the distance leaves out a date told in between ("X a imposé, lundi 2 mars, des sanctions")
        let distance =
            |m: &Placed| (m.last..cue).filter(|&j| !self.in_date(j)).count().saturating_sub(skipped);
        if let Some(&last) = before.last().filter(|m| distance(m) <= 8 && !clause_break(m.last, cue)) {
            out.push(last.actor);
            let mut end = last.first;
            for m in before.iter().rev().skip(1) {
                if m.last > end {
                    // inside the name already taken
                    continue;
                }
                // (complements repeat their preposition: "les soldats du X et du Y")
                let of = |t: usize| self.tokens[t].is_in(OF_WORDS);
                let complement = m.first > 0 && of(m.first - 1);
                let joined = (m.last..end).all(|j| {
                    self.tokens[j].is(&[
                        "et", "and", ",", "la", "le", "l'", "les", "the", "ainsi", "as", "well", "ou",
                        "encore", "or",
                    ]) || complement && of(j)
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
        } else if let Some(person) = self.pronoun_person(cue, s, PRONOUN_BEFORE_CUE, 2) {
            out.push(person);
        }
        out
    }

    /// The person a subject pronoun within `reach` tokens before `at` stands for ("He accused X
    /// of…", "Elle a dénoncé…", "Y said he would visit…", "The latter accused…", "Ce dernier a
    /// dénoncé…"): the nearest pronoun, no name between it and `at`, and the last person named
    /// before it, from the start of the clause `s` (`back` 0) or of the sentence `back` sentences
    /// before (the accuser of a cue may be named in the sentences before).
    pub fn pronoun_person(&self, at: usize, s: Clause, reach: usize, back: usize) -> Option<usize> {
        let lo = at.saturating_sub(reach).max(s.first);
        let latter = |k: usize| {
            k > s.first
                && self.tokens[k].is(LATTER_WORDS.of(self.lang))
                && self.tokens[k - 1].is(&["the", "ce", "cette"])
        };
        let p = (lo..at).rev().find(|&k| self.tokens[k].is(SUBJECT_PRONOUNS.of(self.lang)) || latter(k))?;
        if self.mentions_in(p, at).next().is_some() {
            return None;
        }
        let from = if back == 0 {
            s.first
        } else {
            self.sentences[self.sentence_of(s.first).saturating_sub(back)].first
        };
        self.mentions_in(from, p)
            .filter(|m| self.actors[m.actor].kind() == EntityType::Person)
            .last()
            .map(|m| m.actor)
    }

    /// Whether the hostile act at `cue` ("fight", "lutter") is aimed at no actor: its aiming word
    /// ("against", "contre") follows within two words and no actor is named within three words
    /// after it, five over a group's noun ("the fight against terrorism", "lutter contre le
    /// terrorisme"; not "contre le groupe armé X"). Such an act opposes no one and makes no critic.
    pub fn aimed_at_no_actor(&self, cue: usize) -> bool {
        if !hostile_act(&self.tokens[cue].key) {
            return false;
        }
        let Some(aim) =
            (cue + 1..(cue + 3).min(self.tokens.len())).find(|&j| AIM_WORDS.contains(&self.tokens[j].key))
        else {
            return false;
        };
        // (over a group's noun and its adjectives: "contre le groupe armé X", "against the
        // militant group X")
        let group =
            (aim + 1..(aim + 4).min(self.tokens.len())).any(|j| GROUP_NOUNS.contains(&self.tokens[j].key));
        let reach = if group { aim + 5 } else { aim + 3 };
        self.mentions_in(aim + 1, (aim + 8).min(self.tokens.len())).next().is_none_or(|m| m.first > reach)
    }

    /// Whether the hostile word at `cue` only qualifies a kind of unit or gear ("the NATO battle
    /// group", "combat helicopters", "des avions de combat"): a noun of [`ARMED_KIND_NOUNS`] right
    /// after it in English, before "de" right before it in French. Such a word names no fight.
    pub fn attributive_cue(&self, cue: usize) -> bool {
        let key = |k: usize| self.tokens.get(k).map_or("", |t| t.key.as_str());
        match self.lang {
            Lang::En => ARMED_KIND_NOUNS.en.contains(&key(cue + 1)),
            Lang::Fr => cue >= 2 && key(cue - 1) == "de" && ARMED_KIND_NOUNS.fr.contains(&key(cue - 2)),
        }
    }

    /// The subjects of the main clause when the cue at `cue` stands in a participle phrase set off
    /// by a comma, with no actor between ("X blasted the drills by Y and Z, calling them
    /// provocative", "X a dénoncé les manœuvres de Y, en les qualifiant de menace"): the first
    /// actor of the sentence that no preposition introduces, and those coordinated with it, not
    /// the actors named just before the comma. The participle is read by the tagger (a verb
    /// ending in "-ing", or "en" and a verb ending in "-ant").
    fn adjunct_subjects(&self, cue: usize, s: Clause) -> Option<Vec<usize>> {
        let si = self.sentence_of(cue);
        let syn = self.syntax(si);
        let participle = |j: usize| {
            let w = self.tokens[j].key.as_str();
            let verb = matches!(syn.upos(j - s.first), Some(syntax::Upos::Verb));
            match self.lang {
                Lang::En => w.ends_with("ing") && verb,
                Lang::Fr => self.tokens[j - 1].is(&["en"]) && w.ends_with("ant") && verb,
            }
        };
        let j = (cue.saturating_sub(8).max(s.first + 1)..cue).rfind(|&j| participle(j))?;
        let opens = (j.saturating_sub(2).max(s.first)..j).any(|c| self.tokens[c].is(&[","]));
        if !opens || self.mentions_in(j, cue).next().is_some() {
            return None;
        }
        let first = self.first_subject(s, j)?;
        Some(self.with_coordinated(first, j))
    }

    /// The actor of mention `m` and those coordinated right after it, before token `end` ("X and
    /// Y", "X, Y et Z"): the subjects a clause names together.
    pub fn with_coordinated(&self, m: &Placed, end: usize) -> Vec<usize> {
        let mut out = vec![m.actor];
        let mut last = m.last;
        // a complement repeats its preposition: "les dirigeants du Japon et de l'Inde", "the
        // leaders of Japan and of India"
        let of = |t: usize| self.tokens[t].is_in(OF_WORDS);
        // (over an article: "de la Norlande et de l'Estrie")
        let article = |t: usize| self.tokens[t].is_in(ARTICLES);
        let complement =
            m.first > 0 && of(m.first - 1) || m.first > 1 && article(m.first - 1) && of(m.first - 2);
        for n in self.mentions_in(m.last, end) {
            let link = |t: usize| {
                self.tokens[t].is(&["et", "and", ",", "la", "le", "l'", "les", "the"]) || complement && of(t)
            };
            let joined = n.first >= last && (last..n.first).all(link);
            if !joined || n.first == last {
                break;
            }
            if self.actors[n.actor].kind() != EntityType::Place {
                out.push(n.actor);
            }
            last = n.last;
        }
        out
    }

    /// Whether the word at `k` is capitalised inside a name in running text ("the German Battle
    /// Group"): off a headline (title case capitalises verbs: "Kenya Accuses Somalia"), past its
    /// sentence's first word, beside another capitalised word. A cue word there names a body; it
    /// voices nothing.
    pub fn in_running_name(&self, k: usize) -> bool {
        !self.headline.get(k).copied().unwrap_or(false) && self.inside_capitalised_run(k)
    }

    /// Whether the word at `k` is capitalised between capitalised words past its sentence's first
    /// word ("the Regional Assistance Mission"): a word of a name, whatever its own sense.
    pub fn inside_capitalised_run(&self, k: usize) -> bool {
        let cap = |j: usize| self.tokens.get(j).is_some_and(|t| t.cap && t.kind == TokenKind::Word);
        let first = self.sentences[self.sentence_of(k)].first;
        k > first && cap(k) && (cap(k - 1) && k - 1 > first || cap(k + 1))
    }

    /// The first actor of clause `s` ending by token `end` that no preposition introduces (not a
    /// place): the subject a clause of purpose, a participle phrase or a phrase of facing speaks
    /// for ("X sent troops to Y to deter Z" is X's, not Y's).
    /// A name alone in parentheses ("(Manila) The navies of…", "X (Estria)") is an aside — a
    /// dateline, a gloss — never the subject.
    pub fn first_subject(&self, s: Clause, end: usize) -> Option<&Placed> {
        let aside = |m: &Placed| {
            m.first > 0
                && self.tokens[m.first - 1].is(&["("])
                && self.tokens.get(m.last).is_some_and(|t| t.is(&[")"]))
        };
        self.mentions_in(s.first, end)
            .filter(|m| self.actors[m.actor].kind() != EntityType::Place && !aside(m))
            .find(|m| !self.governed(m, s))
    }

    /// Whether token `k` opens a phrase of facing a rival ([`FACING_WORDS`]): "face à …" in
    /// French, "in the face of …" in English.
    pub fn faces_at(&self, k: usize) -> bool {
        if !FACING_WORDS.contains(&self.tokens[k].key) {
            return false;
        }
        let next = self.tokens.get(k + 1).map(|t| t.key.as_str()).unwrap_or("");
        match self.lang {
            Lang::Fr => matches!(next, "a" | "au" | "aux"),
            Lang::En => next == "of" && k > 0 && self.tokens[k - 1].is(&["the"]),
        }
    }

    /// The country sentence `s` opens on, and the comma closing that opening ("In Estria, …", "Au
    /// Tarn, …", "In the Republic of Estria, …"): a word of direction first, the country's mention
    /// within two tokens, the comma within [`OPENING_PLACE`] tokens of the sentence's start.
    pub fn opening_country(&self, s: Clause) -> Option<(usize, usize)> {
        if s.last <= s.first + 2 || !self.tokens[s.first].is(DIRECTION_WORDS.of(self.lang)) {
            return None;
        }
        let place = self.mentions_in(s.first + 1, s.last).next().filter(|p| p.first <= s.first + 2)?;
        let comma =
            (place.last..(s.first + OPENING_PLACE).min(s.last)).find(|&k| self.tokens[k].is(&[","]))?;
        let country = self.side(place.actor).filter(|&c| self.actors[c].kind() == EntityType::Country)?;
        Some((country, comma))
    }

    /// The country the person of mention `m` is met in: the country its sentence opens on
    /// ([`Facts::opening_country`]), when another person is named between the opening's comma and
    /// `m`, or a partner word ("with", "avec") stands there ("In Estria, the minister met with
    /// Defence Minister X").
    pub fn met_in_opening_country(&self, m: &Placed) -> Option<usize> {
        let (country, comma) = self.opening_country(self.sentences[self.sentence_of(m.first)])?;
        let met = self
            .mentions_in(comma, m.first)
            .any(|o| o.actor != m.actor && self.actors[o.actor].kind() == EntityType::Person)
            || (comma..m.first).any(|k| self.tokens[k].is(PARTNER_WORDS.of(self.lang)));
        met.then_some(country)
    }

    /// Whether sentence `s` opens without an article ("Amid tensions with Y, …", "Crise avec Y :
    /// …"), so that a phrase opening it ends at its comma or colon.
    pub fn opens_adverbially(&self, s: Clause) -> bool {
        !self.tokens[s.first].is(&["la", "le", "les", "l'", "the", "a", "an", "un", "une"])
    }

    /// Whether the mention `m` of clause `s` follows a preposition that makes it no subject: a
    /// locative, a word of partnership or of direction ("à X", "with Y", "to Z").
    pub fn governed(&self, m: &Placed, s: Clause) -> bool {
        m.first > s.first && {
            let w = self.tokens[m.first - 1].key.as_str();
            self.lex.locatives.contains(&w) || PARTNER_WORDS.contains(w) || DIRECTION_WORDS.contains(w)
        }
    }

    /// The phrase set off by commas that ends right before the cue at `cue` and opens with one of
    /// [`INCIDENTAL_OPENERS`] ("…, avec l'appui de Y, a condamné", "…, according to Y, warned") or
    /// a relative word or a participle of [`PARTICIPLE_OPENERS`] ("X, qui souhaite rejoindre Y,
    /// s'inquiète", "X, which borders Y, warned", "X, ayant juré allégeance à Y, défie"):
    /// its opening comma and its length in tokens, commas included.
    fn incidental_before(&self, cue: usize, s: Clause) -> Option<(usize, usize)> {
        // the closing comma, then at most two words (an auxiliary, an adverb) before the cue
        let close = (cue.saturating_sub(3).max(s.first)..cue).rev().find(|&j| self.tokens[j].is(&[","]))?;
        let open =
            (close.saturating_sub(12).max(s.first)..close).rev().find(|&j| self.tokens[j].is(&[","]))?;
        let opener = self.tokens.get(open + 1)?;
        let relative = RELATIVE_WORDS.of(self.lang).contains(&opener.key.as_str())
            || PARTICIPLE_OPENERS.of(self.lang).contains(&opener.key.as_str());
        (INCIDENTAL_OPENERS.contains(&opener.key) || relative).then_some((open, close + 1 - open))
    }

    /// Whether token `tok` lies inside a date expression (one binary search over the dates).
    pub fn in_date(&self, tok: usize) -> bool {
        let b = self.tokens[tok].start;
        let i = self.dates.partition_point(|d| d.end <= b);
        self.dates.get(i).is_some_and(|d| d.start <= b)
    }

    /// Whether the token at `war` opens "war games"/"war game" in two words: an exercise, no
    /// conflict (the relation stage, the events' hostility test and their triggers read it alike).
    pub fn war_games(&self, war: usize) -> bool {
        self.tokens.get(war).is_some_and(|t| t.key == "war")
            && self.tokens.get(war + 1).is_some_and(|n| n.is(&["games", "game"]))
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

/// The mentions the later stages read: those outside boilerplate, each with its actor, sorted by
/// position (longest first at a position).
pub fn placed(mentions: &[Mention], of_mention: &[usize], boiler: &[bool]) -> Vec<Placed> {
    let mut placed: Vec<Placed> = mentions
        .iter()
        .zip(of_mention)
        .filter(|(m, _)| !boiler[m.first])
        .map(|(m, &a)| Placed { first: m.first, last: m.last, actor: a })
        .collect();
    placed.sort_by_key(|p| (p.first, std::cmp::Reverse(p.last)));
    placed
}
