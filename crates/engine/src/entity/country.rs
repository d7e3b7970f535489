//! Countries and other gazetteer names: a gazetteer match made a mention, capitals that stand
//! for their government, and countries named inside a longer organization's name.

use super::{work, Context, Key, Lookup, Mention};
use crate::analysis::{EventType, Lang};
use crate::gazetteer::{Candidate, FormKind, Sense};
use crate::lang::{AND_WORDS, HALF_WORDS, LANGUAGE_NOUNS, MEDIA_WORDS, WATER_HEADS};
use crate::text::fold;
use crate::text::syntax::{self, Syntax, Upos};
use crate::text::TokenKind;

/// The mention of the body a known organization is part of, when its name holds that body's
/// ("Conseil de sécurité de l'ONU", "UN Security Council"): the parent is named too, so the part
/// belongs to it. `parent` is the parent's key; the first form found over at most four tokens
/// inside `first..last` is taken.
pub(super) fn parent_inside(cx: &Context<'_>, first: usize, last: usize, parent: &str) -> Option<Mention> {
    (first..last).find_map(|k| {
        (k + 1..=(k + 4).min(last)).rev().find_map(|e| {
            let (s, b) = (cx.tokens[k].start, cx.tokens[e - 1].end);
            let named = cx.gaz.senses_of(&fold(&cx.text[s..b])).any(|x| match x {
                Sense::Org(o) => cx.gaz.orgs[o as usize].key == parent,
                _ => false,
            });
            (named && cx.tokens[k].cap && (k, e) != (first, last))
                .then(|| Mention::new(s, b, Key::Org(parent.to_string()), k, e, "parent-in-org"))
        })
    })
}

/// The countries named inside a known organization's name ("U.S." in "U.S. State Department",
/// "Japan" in "Japan Maritime Self-Defense Force"): mentions of their own. Inside the name of a
/// body of no one country (`international`), only a country's name counts: its demonyms name a
/// region's peoples ("American" in "Organization of American States", "Arab" in "League of Arab
/// States").
pub(super) fn countries_inside(
    cx: &Context<'_>,
    first: usize,
    last: usize,
    international: bool,
) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut k = first;
    while k < last {
        let found = (k + 1..=(k + 4).min(last)).rev().find_map(|e| {
            let (s, b) = (cx.tokens[k].start, cx.tokens[e - 1].end);
            cx.gaz
                .senses_of(&fold(&cx.text[s..b]))
                .find_map(|x| match x {
                    Sense::Country(c, FormKind::Name) => Some(c),
                    Sense::Country(c, FormKind::Demonym) if !international => Some(c),
                    _ => None,
                })
                .map(|c| (c, e))
        });
        // (a sea's or an ocean's name is no country's: "la Zone sud de l'océan Indien", "Indian
        // Ocean Command")
        let water = |j: usize| j < cx.tokens.len() && WATER_HEADS.contains(cx.key(j));
        match found {
            Some((c, e)) if cx.tokens[k].cap && !(k > 0 && water(k - 1)) && !water(e) => {
                let (s, b) = (cx.tokens[k].start, cx.tokens[e - 1].end);
                out.push(Mention::new(s, b, Key::Country(c), k, e, "country-in-org"));
                k = e;
            }
            _ => k += 1,
        }
    }
    out
}

/// The mention a gazetteer match makes at tokens `first..last`, by the first sense that fits its
/// context, in this order: an outlet named after its country ("Chile Today"), nothing for a given
/// name before another name, a country (a prefix such as "sino" only before a hyphen and another
/// country), a known organization, a capital (the government when it acts, else the city), a place.
/// A currency's prefix ("US$") is none of them.
pub(super) fn gazetteer_mention(
    cx: &Context<'_>,
    look: &Lookup,
    c: &Candidate,
    first: usize,
    last: usize,
) -> Option<Mention> {
    // "AU$335 million", "US$2 billion": a currency's prefix names no country nor body
    let currency = cx.tokens.get(last).is_some_and(|t| t.key == "$" && t.start == cx.tokens[last - 1].end);
    if currency {
        return None;
    }
    let mut country = None;
    let mut capital = None;
    let mut place = None;
    let mut org = None;
    // "version française", "langue arabe", "English-language", "the French version": a language,
    // no country
    let language = first > 0 && cx.tokens[first - 1].is(LANGUAGE_NOUNS.fr)
        || cx.tokens.get(last).is_some_and(|t| t.is(LANGUAGE_NOUNS.en))
        || cx.is_punct(last, "-") && cx.tokens.get(last + 1).is_some_and(|t| t.is(LANGUAGE_NOUNS.en));
    for s in &c.senses {
        match *s {
            Sense::Country(_, FormKind::Demonym) if language => {}
            // (a form of state before its country's name names it there: "the Kingdom of X")
            Sense::Country(_, FormKind::Polity)
                if cx.tokens.get(last).is_some_and(|t| t.is(cx.lex.connectors)) => {}
            Sense::Country(ci, FormKind::Capital) => capital = capital.or(Some(ci)),
            Sense::Country(ci, FormKind::Prefix) => {
                // only before a hyphen and another country form: "sino-russe"
                let next_country = cx.is_punct(last, "-") && look.country_at(cx, last + 1).is_some();
                if next_country {
                    country = country.or(Some(ci));
                }
            }
            Sense::Country(ci, _) => country = country.or(Some(ci)),
            Sense::Place(pi) => place = place.or(Some(pi)),
            Sense::Org(oi) => org = org.or(Some(oi)),
            _ => {}
        }
    }
    let (start, end) = (c.start, c.end);
    let next = cx.tokens.get(last);
    let next_cap = next.is_some_and(|t| t.kind == TokenKind::Word && t.cap);
    // "France Actu", "Japan Daily", "Chile Today": an outlet named after its country
    if country.is_some() && next_cap && next.is_some_and(|t| MEDIA_WORDS.contains(t.key.as_str())) {
        let stop = cx.tokens[last].end;
        let surface = &cx.text[start..stop];
        let key = Key::Org(format!("org:{}:?", fold(surface)));
        let mut m = Mention::new(start, stop, key, first, last + 1, "media-name");
        m.canonical = Some(surface.to_string());
        return Some(m);
    }
    // "Florence Martin": a given name that is also a city, followed by a name
    let given = c.senses.iter().any(|s| matches!(s, Sense::GivenName(_)));
    if given && next_cap && country.is_none() && org.is_none() && look.country_at(cx, last).is_none() {
        return None;
    }
    if let Some(ci) = country {
        return Some(Mention::new(start, end, Key::Country(ci), first, last, "gazetteer-country"));
    }
    if let Some(oi) = org {
        let o = &cx.gaz.orgs[oi as usize];
        let own = o.iso3.as_deref().and_then(|iso| cx.gaz.country_index(iso));
        // a body named generically that the gazetteer gives one country, followed by another
        // country's demonym, is that country's own ("l'état-major des armées mauritaniennes")
        let french = cx.lang == crate::analysis::Lang::Fr;
        let other = |c: u16| own.is_some_and(|o| o != c);
        let demonym = look.country_at(cx, last).filter(|&(c, _)| other(c) && !cx.tokens[last].cap && french);
        // (or its name after "de": "l'état-major des armées du Niger", one body with "l'état-major
        // des armées nigériennes", so both take the key of the body's own words and the country)
        let of_country = || {
            let at = match cx.tokens.get(last).map(|t| t.key.as_str()) {
                Some("du" | "d'") => last + 1,
                Some("de") if cx.tokens.get(last + 1).is_some_and(|t| t.is(&["la", "l'"])) => last + 2,
                _ => return None,
            };
            look.country_at(cx, at).filter(|&(c, _)| other(c) && cx.tokens[at].cap && french)
        };
        if let Some((c, after)) = demonym.or_else(of_country) {
            let stop = cx.tokens[after - 1].end;
            let surface = &cx.text[start..stop];
            let own_words = fold(&cx.text[start..end]);
            let key = Key::Org(format!("org:{}:{}", own_words, cx.gaz.countries[c as usize].iso3));
            let mut m = Mention::new(start, stop, key, first, after, "gazetteer-org");
            m.country = Some(c);
            m.canonical = Some(surface.to_string());
            return Some(m);
        }
        let mut m = Mention::new(start, end, Key::Org(o.key.clone()), first, last, "gazetteer-org");
        m.country = own;
        // (the body it is part of: "MINUSMA" is the UN's, when the text names the UN too)
        m.org = o.parent.clone();
        return Some(m);
    }
    if let Some(ci) = capital {
        if capital_is_government(cx, first, last) {
            return Some(Mention::new(start, end, Key::Country(ci), first, last, "capital-as-government"));
        }
        let surface = &cx.text[start..end];
        let mut m = Mention::new(start, end, Key::Place(fold(surface)), first, last, "capital-city");
        m.country = Some(ci);
        m.place = place;
        return Some(m);
    }
    if let Some(pi) = place {
        // a bare place name must not start a sentence on its own unless it is a known city
        // (nor a heading: "Réunion." over a text that speaks of "la réunion" is the meeting)
        let initial = first == cx.sentence_start_of(first) || cx.tokens[first].line_start;
        if last == first + 1 && initial && cx.lowercase.contains(cx.key(first)) {
            return None;
        }
        // "l'exercice naval Milan": an exercise's name, no place (not "des manœuvres au Rajasthan":
        // a preposition between opens the place)
        let function_word = |k: usize| {
            let w = cx.key(k);
            cx.lex.locatives.contains(&w) || cx.lex.name_stops.contains(&w) || cx.lex.connectors.contains(&w)
        };
        let exercise_at = (first.saturating_sub(3)..first).rfind(|&k| cx.lex.is_exercise_word(cx.key(k)));
        if super::name::named_by_exercise_word(cx, first)
            && exercise_at.is_some_and(|e| !(e + 1..first).any(function_word))
        {
            return None;
        }
        let p = &cx.gaz.places[pi as usize];
        // "La réunion annuelle…" is no "La Réunion": a word the name capitalises is in lowercase
        // (a head of place is often lowercased: "the Tashkent province")
        let lowered = |(w, n): (&str, &str)| {
            n.chars().next().is_some_and(char::is_uppercase)
                && w.chars().next().is_some_and(char::is_lowercase)
                && !cx.lex.place_heads.contains(&fold(w).as_str())
        };
        let (surface, name) = (&cx.text[start..end], p.name.as_str());
        let same_words = surface.split_whitespace().count() == name.split_whitespace().count();
        if same_words && surface.split_whitespace().zip(name.split_whitespace()).any(lowered) {
            return None;
        }
        let mut m = Mention::new(start, end, Key::Place(fold(&p.name)), first, last, "gazetteer-place");
        m.country = cx.gaz.country_index(&p.iso3);
        m.place = Some(pi);
        return Some(m);
    }
    None
}

/// One reading of a capital per document: once a capital stands for its government somewhere in
/// the text ("Bakou a répondu"), its other mentions are that country too ("offrir à Bakou un
/// soutien", "Bakou's stance"), except where a locative preposition makes it the place where
/// something happens ("réunis à Bakou", "met in Baku"), unless a diplomat is posted there ("the
/// envoy to Baku") or the city owns what follows ("at Baku's posts"). A capital that never acts
/// stays a place.
pub(super) fn capitals_as_governments(cx: &Context<'_>, out: &mut [Mention]) {
    subject_capitals(cx, out);
    // the first key each surface acts as, found by one hash probe (a long document repeats them)
    let mut acting: std::collections::HashMap<String, Key> = std::collections::HashMap::new();
    work(2 * out.len());
    for m in out.iter().filter(|m| m.rule == "capital-as-government") {
        acting.entry(fold(&cx.text[m.start..m.end])).or_insert_with(|| m.key.clone());
    }
    if acting.is_empty() {
        return;
    }
    let locative = |m: &Mention| m.first > 0 && cx.lex.locatives.contains(&cx.key(m.first - 1));
    // (a dateline's city too: where one of its mentions acts, the text names the capital for its
    // government throughout)
    for m in out
        .iter_mut()
        .filter(|m| m.rule == "capital-city" && (!locative(m) || accredited(cx, m) || owns(cx, m)))
    {
        let surface = fold(&cx.text[m.start..m.end]);
        if let Some(key) = acting.get(&surface) {
            m.key = key.clone();
            m.place = None;
            m.rule = "capital-as-government";
        }
    }
}

/// How many words (a demonym, an adverb) may stand between a diplomat's noun and the preposition
/// before the capital ("l'ambassadeur pakistanais à X").
const ENVOY_REACH: usize = 2;

/// Whether capital mention `m` names where a diplomat or a mission is accredited ("the ambassador
/// to X", "l'ambassadeur pakistanais à X", "the embassy in X"): a post is held with a government,
/// so once the text has the capital act, this mention is that country too, preposition or not.
fn accredited(cx: &Context<'_>, m: &Mention) -> bool {
    let envoy = |k: usize| {
        let w = cx.key(k);
        crate::lang::ENVOY_WORDS.of(cx.lang).contains(&w)
            || crate::lang::MISSION_WORDS.of(cx.lang).contains(&w)
    };
    let before = m.first.saturating_sub(2 + ENVOY_REACH)..m.first.saturating_sub(1);
    before.rev().take_while(|&k| cx.tokens[k].kind == TokenKind::Word).any(envoy)
}

/// Whether capital mention `m` owns what follows it ("fired at X's positions"): the possessive
/// makes the city a party, whatever preposition stands before it.
fn owns(cx: &Context<'_>, m: &Mention) -> bool {
    possessive_at(cx, m.last)
}

/// Whether an English possessive ("'s", or "'" then "s") stands at token `k`.
fn possessive_at(cx: &Context<'_>, k: usize) -> bool {
    cx.key(k) == "'s" || cx.is_punct(k, "'") && cx.key(k + 1) == "s"
}

/// Capitals that are the active subject of a verb in the sentence's dependency tree, alone or
/// coordinated ("Quito has denied the claims", "Lima et Quito durcissent le ton",
/// "Cairo has also not confirmed…"): a city does not act, its government does. A passive subject
/// ("Kyiv was struck") stays the city. Only the sentences holding a capital read as a city are
/// parsed, each once.
fn subject_capitals(cx: &Context<'_>, out: &mut [Mention]) {
    let mut parsed: Option<(usize, Syntax)> = None;
    // (a locative preposition makes it the place, whatever the parse: "à Hanoï, le général…")
    let locative = |m: &Mention| m.first > 0 && cx.lex.locatives.contains(&cx.key(m.first - 1));
    // (nor does a capital named as one: "sections of the Norland capital, Velmora, are…")
    let described = |m: &Mention| {
        m.first >= 2
            && cx.is_punct(m.first - 1, ",")
            && crate::lang::CAPITAL_WORDS.contains(cx.key(m.first - 2))
    };
    for m in out
        .iter_mut()
        .filter(|m| m.rule == "capital-city" && !locative(m) && !opens_dateline(cx, m) && !described(m))
    {
        let (start, end) = (cx.sentence_start_of(m.first), cx.sentence_end_of(m.first));
        if m.last > end || end - start > MAX_PARSED_SENTENCE {
            continue;
        }
        if parsed.as_ref().is_none_or(|(s, _)| *s != start) {
            work(end - start);
            parsed = Some((start, syntax::parse(cx.text, &cx.tokens[start..end], cx.lang)));
        }
        let Some((_, syn)) = parsed.as_ref() else { continue };
        let (first, last) = (m.first - start, m.last - start);
        let Some(head) = (first..last).find(|&i| syn.head(i).is_none_or(|h| h < first || h >= last)) else {
            continue;
        };
        // the subject itself, or a name coordinated with it ("Washington and Seoul insist")
        let subject = |i: usize| matches!(syn.deprel(i), "nsubj");
        let acting = subject(head) || syn.deprel(head) == "conj" && syn.head(head).is_some_and(subject);
        let verb = |i: usize| matches!(syn.upos(i), Some(Upos::Verb | Upos::Aux));
        let clause = if subject(head) { syn.head(head) } else { syn.head(head).and_then(|h| syn.head(h)) };
        if acting && clause.is_some_and(verb) {
            if let Some(ci) = m.country {
                m.key = Key::Country(ci);
                m.place = None;
                m.rule = "capital-as-government";
            }
        }
    }
}

/// How far after a dateline's city its dash may stand ("KAMPALA, May 4 (Agency) -").
const DATELINE_DASH_REACH: usize = 8;

/// Whether the city of mention `m` opens a dateline: first on its line, then a comma or a
/// parenthesis, and a dash within [`DATELINE_DASH_REACH`] tokens ("KAMPALA, May 4 -", "Lomé (AFP)
/// —"). A dateline says where the story is filed from: the city, not the subject of the sentence
/// the parser may read it as.
fn opens_dateline(cx: &Context<'_>, m: &Mention) -> bool {
    let line_start = cx.tokens.get(m.first).is_some_and(|t| t.line_start);
    let opened = cx.tokens.get(m.last).is_some_and(|t| t.is(&[",", "("]));
    let dash = (m.last..(m.last + DATELINE_DASH_REACH).min(cx.tokens.len()))
        .any(|k| cx.tokens[k].is(&["-", "—", "–"]));
    line_start && opened && dash
}

/// How many words (adjectives, adverbs) may stand between a noun of stance and the "de"/"from"
/// naming its author ("la réaction très prudente de X").
const STANCE_ADJECTIVES: usize = 2;

/// Sentences longer than this (in tokens) are not parsed to read a capital's role.
const MAX_PARSED_SENTENCE: usize = 120;

/// A capital stands for its government when it acts: subject of a verb of saying or deciding,
/// or after "selon"/"according to"/"par", or the partner of an agreement or of talks.
/// Whether `w` is the present participle of a verb a government's subject takes ("reprochant",
/// "accusing"): the verb's base form is one of the language's government verbs or an
/// opposition cue.
fn participle_of_government_verb(cx: &Context<'_>, w: &str) -> bool {
    let bases: Vec<String> = match cx.lang {
        Lang::Fr => w.strip_suffix("ant").map(|s| vec![format!("{s}e")]).unwrap_or_default(),
        Lang::En => w
            .strip_suffix("ing")
            .map(|s| vec![s.to_string(), format!("{s}e"), format!("{s}s")])
            .unwrap_or_default(),
    };
    bases.iter().any(|b| cx.lex.government_verbs.contains(&b.as_str()) || crate::lang::hostile_cue(cx.lex, b))
}

/// Whether the capital at `first..last` is the object of a verb that makes it do what follows
/// ("urged X to withdraw", "called on X to stop", "appelle X à cesser"): the doer of an infinitive
/// is a government, never a city.
fn urged_to_act(cx: &Context<'_>, first: usize, last: usize) -> bool {
    let control = crate::lang::CONTROL_VERBS.of(cx.lang);
    let prev = |back: usize| first.checked_sub(back).map(|k| cx.key(k)).unwrap_or("");
    let verb = control.contains(&prev(1)) || prev(1) == "on" && control.contains(&prev(2));
    let to = matches!((cx.lang, cx.key(last)), (Lang::En, "to") | (Lang::Fr, "a"));
    let infinitive = cx.tokens.get(last + 1).is_some_and(|t| t.kind == TokenKind::Word && !t.cap);
    verb && to && infinitive
}

pub(super) fn capital_is_government(cx: &Context<'_>, first: usize, last: usize) -> bool {
    let lex = cx.lex;
    let prev = first.checked_sub(1).map(|p| cx.key(p)).unwrap_or("");
    // "un avertissement de Moscou", "a warning from Beijing", "la réaction de Canberra": the author
    // of a stance, a word or a response, quoted or not ("«threats» from Caracas")
    let quote = first >= 3 && matches!(cx.key(first - 2), "\"" | "»" | "”" | "'");
    let at = if quote { first.saturating_sub(3) } else { first.saturating_sub(2) };
    let stance_noun = |noun: &str| {
        crate::lang::hostile_cue(lex, noun)
            || crate::lang::STANCE_WORDS.contains(noun)
            || crate::lang::RESPONSE_NOUNS.of(cx.lang).contains(&noun)
            || crate::lang::GOVERNMENT_NOUNS.of(cx.lang).contains(&noun)
            || crate::lang::POWER_NOUNS.of(cx.lang).contains(&noun)
            || matches!(noun, "avertissement" | "warning" | "message" | "declaration" | "statement")
    };
    // (over the noun's own adjectives: "la réaction très prudente de Canberra")
    let lowercase = |k: usize| cx.tokens[k].kind == TokenKind::Word && !cx.tokens[k].cap;
    let noun = (at.saturating_sub(STANCE_ADJECTIVES)..=at)
        .rev()
        .take_while(|&k| lowercase(k))
        .any(|k| stance_noun(cx.key(k)));
    let stance_author = matches!(prev, "de" | "d'" | "from" | "by" | "par") && first >= 2 && noun;
    if stance_author {
        return true;
    }
    // "the Moscow grip", "the Beijing regime": a capital before a noun of power or of government
    // holds it
    let held = |noun: &str| {
        crate::lang::POWER_NOUNS.en.contains(&noun) || crate::lang::GOVERNMENT_NOUNS.en.contains(&noun)
    };
    if cx.lang == Lang::En
        && prev == "the"
        && cx.tokens.get(last).is_some_and(|t| !t.cap)
        && held(cx.key(last))
    {
        return true;
    }
    // "de la part de Rabat": the side a stance comes from; "offre à Rabat un accès": the one
    // given something by a state's act
    let from_side = prev == "de" && first >= 4 && cx.key(first - 2) == "part" && cx.key(first - 3) == "la";
    let given = prev == "a" && first >= 2 && crate::lang::GIVING_VERBS.fr.contains(&cx.key(first - 2));
    if from_side || given {
        return true;
    }
    // "face à Pékin", "in the face of Moscow": the power faced is a government
    if matches!(prev, "a" | "of") && first >= 2 && cx.key(first - 2) == "face" {
        return true;
    }
    // "officials in Lima", "les autorités à Kinshasa": those who speak for its government
    if matches!(prev, "in" | "a") && first >= 2 && crate::lang::OFFICIALS.contains(cx.key(first - 2)) {
        return true;
    }
    // the addressee of a participle of a political verb: "reprochant à Ottawa…"
    if matches!(prev, "a" | "to") && first >= 2 && participle_of_government_verb(cx, cx.key(first - 2)) {
        return true;
    }
    if urged_to_act(cx, first, last) {
        return true;
    }
    if lex.locatives.contains(&prev) && !lex.government_before.contains(&prev) {
        return false;
    }
    let next = cx.key(last);
    // object of a verb of opposing or backing: "accuse Téhéran", "accusing Moscow" (over an
    // adverb: "accuse régulièrement Kaboul", "openly accused Moscow")
    let adverb = |w: &str| w.len() > 5 && (w.ends_with("ment") || w.ends_with("ly"));
    let verb = if adverb(prev) && first >= 2 { cx.key(first - 2) } else { prev };
    if lex.opposition.contains(&verb) || lex.support.contains(&verb) {
        return true;
    }
    // the addressee of a protest or a policy: "auprès de Pékin et de Moscou", "envers Moscou"
    let addressee = |k: usize| matches!(cx.key(k), "aupres" | "envers" | "vis-a-vis" | "towards" | "toward");
    if matches!(prev, "de" | "d'" | "envers" | "towards" | "toward")
        && (first.saturating_sub(5)..first)
            .any(|k| addressee(k) && !cx.tokens[k + 1..first].iter().any(|t| t.is(&[".", ";"])))
    {
        return true;
    }
    // "Washington and Seoul condemned": a coordination of capitals acting together
    if AND_WORDS.contains(next) {
        let after = cx.tokens.get(last + 1).is_some_and(|t| t.cap);
        let mut k = last + 2;
        while k < cx.tokens.len() && k < last + 4 && cx.tokens[k].cap {
            k += 1;
        }
        if after && lex.government_verbs.contains(&cx.key(k)) {
            return true;
        }
    }
    // the partner of an agreement or of talks: "a security pact with Mogadishu", "des entretiens
    // avec Pékin" (a trigger of either kind within four words before "with")
    if matches!(prev, "with" | "avec") {
        let partner_of = |k: usize| {
            lex.triggers
                .iter()
                .any(|(w, kind)| *w == cx.key(k) && matches!(kind, EventType::Agreement | EventType::Meeting))
        };
        // (or a word of cooperation: "suspended cooperation with Mogadishu")
        let cooperation = |k: usize| lex.cooperation.contains(&cx.key(k));
        if (first.saturating_sub(6)..first - 1).any(|k| partner_of(k) || cooperation(k)) {
            return true;
        }
    }
    // "Washington's", "Beijing’s"
    if possessive_at(cx, last) {
        return true;
    }
    // "ce que dément Moscou, qui…", ", said Ankara.": the subject after a verb of saying or
    // denying, closed by punctuation or a relative
    let closed =
        cx.tokens.get(last).is_none_or(|t| t.kind == TokenKind::Punct) || matches!(next, "qui" | "who");
    if closed && (crate::lang::SAYING_VERBS.contains(prev) || crate::lang::DENIAL_VERBS.contains(prev)) {
        return true;
    }
    // "Pékin reprochant à Ottawa…", "Moscow accusing Kyiv": the subject of a participle of a
    // political verb, and its addressee after "à"/"to"
    if participle_of_government_verb(cx, next) {
        return true;
    }

    // "Washington sanctionne", "Kigali accuse": the subject of a hostile act
    if lex.government_verbs.contains(&next) || crate::lang::hostile_cue(lex, next) {
        return true;
    }
    // "Washington also warned", "Pékin a aussi", "Moscou, de son côté, a"
    let adverb = matches!(
        next,
        "also"
            | "aussi"
            | "still"
            | "again"
            | "already"
            | "repeatedly"
            | "regulierement"
            | "officially"
            | "has"
            | "have"
    );
    if adverb && lex.government_verbs.contains(&cx.key(last + 1)) {
        return true;
    }
    // (over an English adverb in "-ly", after an auxiliary or not: "Lima promptly ordered",
    // "Lima had largely avoided")
    let ly = |k: usize| {
        cx.lang == Lang::En
            && cx.tokens.get(k).is_some_and(|t| !t.cap && t.kind == TokenKind::Word)
            && cx.key(k).len() > 4
            && cx.key(k).ends_with("ly")
    };
    let from = if matches!(next, "has" | "have" | "had") { last + 1 } else { last };
    if ly(from) && lex.government_verbs.contains(&cx.key(from + 1)) {
        return true;
    }
    lex.government_before.contains(&prev) && prev != "de" && prev != "and" && prev != "with"
        || (AND_WORDS.contains(prev) || prev == "avec" || prev == "with" || prev == "entre")
            && first >= 2
            && cx.tokens[first - 2].cap
}

/// The halves of a divided country named by their compass word alone: where the text names both
/// halves ("North Korea" and "South Korea", "le Soudan du Sud" and "du Nord"), "the North" and "le
/// Sud" stand for them. The word must follow an article and end its phrase ("the South's navy",
/// not "the South China Sea"). Any other reading of the word (a region, a body the tagger saw)
/// gives way. Linear in the tokens and mentions.
pub(super) fn halves_of_divided_countries(cx: &Context<'_>, out: &mut Vec<Mention>) {
    let halves = HALF_WORDS.of(cx.lang);
    work(out.len() + cx.tokens.len());
    // each half's country by its compass word, with the rest of its name
    let mut named: Vec<(&str, String, u16)> = Vec::new();
    for m in out.iter() {
        let Key::Country(c) = m.key else { continue };
        let words: Vec<&str> = (m.first..m.last).map(|k| cx.key(k)).collect();
        let Some(at) = words.iter().position(|w| halves.contains(w)).filter(|_| words.len() >= 2) else {
            continue;
        };
        let half = halves.iter().copied().find(|h| *h == words[at]).unwrap_or("");
        let rest: Vec<&str> =
            words.iter().enumerate().filter(|&(j, w)| j != at && !is_link(w)).map(|(_, w)| *w).collect();
        named.push((half, rest.join(" "), c));
    }
    let divided = |half: &str| {
        named
            .iter()
            .find(|(h, rest, _)| *h == half && named.iter().any(|(h2, rest2, _)| h2 != h && rest2 == rest))
    };
    let mut found = Vec::new();
    for i in 1..cx.tokens.len() {
        let t = &cx.tokens[i];
        let Some(&(_, _, c)) = divided(t.key.as_str()).filter(|_| t.cap) else { continue };
        let article = cx.tokens[i - 1].is(&["the", "le"]);
        let ends = cx.tokens.get(i + 1).is_none_or(|n| !n.cap && n.key != "-");
        if article && ends {
            found.push(Mention::new(t.start, t.end, Key::Country(c), i, i + 1, "divided-country-half"));
        }
    }
    if found.is_empty() {
        return;
    }
    out.retain(|m| !found.iter().any(|f| m.first < f.last && f.first < m.last));
    out.extend(found);
    out.sort_by_key(|m| m.start);
}

/// Whether a word only links the words of a country's name ("du" of "Soudan du Sud").
fn is_link(w: &str) -> bool {
    matches!(w, "du" | "de" | "of")
}
