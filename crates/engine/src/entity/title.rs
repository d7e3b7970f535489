//! Titles and roles before a person's name, and the country and body they give: "the Norlandic
//! Minister of Defence X", "Estria's Chief of Naval Staff, Admiral Y", "army chief Z". Read by
//! `person` for each name it finds; the appositions after a name ("X, a spokesman for the
//! Estrian navy") are `apposition`'s.

use super::{Context, Key, Lookup, Mention};
use crate::analysis::Lang;
use crate::gazetteer::Sense;
use crate::lang::{
    AND_WORDS, CAPITAL_WORDS, COORDINATORS, DOMAIN_WORDS, FRENCH_ROLE_DETERMINERS, MISSION_WORDS,
    PAIR_POSSESSIVES, PEER_NOUNS, ROLE_NOUNS, STATE_VERBS,
};
use crate::text::TokenKind;

/// The mentions found before persons, indexed by position so that the scans around each name
/// candidate read only the mentions near it: finding persons stays linear in the document instead
/// of reading every mention found so far for each candidate.
pub(super) struct Found<'m> {
    mentions: &'m [Mention],
    /// Indices of `mentions` by start offset.
    by_start: Vec<usize>,
    /// Indices of the organizations by start offset, and the longest one's length in bytes.
    orgs: Vec<usize>,
    org_len: usize,
    /// Whether each token lies inside an organization's name.
    in_org: Vec<bool>,
}

impl<'m> Found<'m> {
    pub(super) fn new(mentions: &'m [Mention], tokens: usize) -> Found<'m> {
        let mut by_start: Vec<usize> = (0..mentions.len()).collect();
        by_start.sort_by_key(|&i| (mentions[i].start, i));
        let orgs: Vec<usize> =
            by_start.iter().copied().filter(|&i| matches!(mentions[i].key, Key::Org(_))).collect();
        let org_len =
            orgs.iter().map(|&i| mentions[i].end.saturating_sub(mentions[i].start)).max().unwrap_or(0);
        let mut in_org = vec![false; tokens];
        for &i in &orgs {
            let m = &mentions[i];
            for t in in_org.iter_mut().take(m.last.min(tokens)).skip(m.first) {
                *t = true;
            }
        }
        Found { mentions, by_start, orgs, org_len, in_org }
    }

    /// The mentions starting in `from..=to` (byte offsets), in the order they were found.
    pub(super) fn starting_in(&self, from: usize, to: usize) -> Vec<&'m Mention> {
        let lo = self.by_start.partition_point(|&i| self.mentions[i].start < from);
        let hi = self.by_start.partition_point(|&i| self.mentions[i].start <= to);
        let mut near: Vec<usize> = self.by_start[lo..hi.max(lo)].to_vec();
        near.sort_unstable();
        near.into_iter().map(|i| &self.mentions[i]).collect()
    }

    /// The country of the last country mention before byte `at` among the few mentions before
    /// it (the country "the country" stands for).
    pub(super) fn country_before(&self, at: usize) -> Option<u16> {
        let hi = self.by_start.partition_point(|&i| self.mentions[i].start < at);
        self.by_start[..hi].iter().rev().take(24).find_map(|&i| match self.mentions[i].key {
            Key::Country(c) => Some(c),
            _ => None,
        })
    }

    /// Whether token `k` lies inside an organization's name.
    pub(super) fn inside_org(&self, k: usize) -> bool {
        self.in_org.get(k).copied().unwrap_or(false)
    }

    /// Whether an organization's name holds the bytes `start..end`.
    pub(super) fn org_holds(&self, start: usize, end: usize) -> bool {
        let lo = self.orgs.partition_point(|&i| self.mentions[i].start < start.saturating_sub(self.org_len));
        self.orgs[lo..]
            .iter()
            .map(|&i| &self.mentions[i])
            .take_while(|o| o.start <= start)
            .any(|o| end <= o.end)
    }
}

/// How many tokens back a role may start that ends right where a rank begins ("Deputy Chief of
/// Staff Gen. X").
const TITLE_CHAIN_REACH: usize = 6;

/// A title phrase ending right before `tok` ("la ministre belge des Affaires étrangères", "President"), with
/// the title's start, the country and the organization it names.
pub(super) fn title_before(
    cx: &Context<'_>,
    look: &Lookup,
    mentions: &Found<'_>,
    tok: usize,
) -> Option<(usize, Option<u16>, Option<String>)> {
    let sent = cx.sentence_start_of(tok);
    let lo = tok.saturating_sub(12).max(sent);
    let mut k = tok;
    let mut commas = 0;
    // "(ACR)", "(Southcom)": a short name in parentheses after a body's or a title's name is
    // stepped over
    let acronym_ends = |k: usize| {
        k >= 2
            && cx.is_punct(k, ")")
            && cx.is_punct(k - 2, "(")
            && cx.tokens[k - 1].cap
            && cx.tokens[k - 1].kind == TokenKind::Word
    };
    // the "of" of a title whose domain's list runs over `k` ("the Estrian Minister of Foreign
    // Affairs, Cooperation and Integration, Professor X"): its commas are the domain's, not an
    // apposition's
    let domain_over = |k: usize| {
        (lo..k).find(|&j| {
            look.title_at(cx, j).is_some_and(|(_, a)| {
                a < k
                    && cx.tokens[a].is(&["of", "for", "de", "des", "du", "d'"])
                    && domain_end(cx, look, a + 1) > k
            })
        })
    };
    while k > lo {
        k -= 1;
        if acronym_ends(k) {
            k -= 2;
            continue;
        }
        if cx.tokens[k].cap || cx.is_punct(k, ",") {
            if let Some(j) = domain_over(k) {
                let (_, a) = look.title_at(cx, j)?;
                k = a;
                continue;
            }
        }
        if cx.is_punct(k, ",") {
            commas += 1;
            if commas > 1 {
                return None;
            }
            continue;
        }
        // a country's possessive inside the title ("the inspector of Estria's Armed Forces")
        let country_possessive = |apostrophe: usize| {
            cx.is_punct(apostrophe, "'")
                && cx.key(apostrophe + 1) == "s"
                && (apostrophe.saturating_sub(3).max(lo)..apostrophe)
                    .any(|q| look.country_at(cx, q).is_some_and(|(_, a)| a == apostrophe))
        };
        let possessive = country_possessive(k) || k > lo && cx.key(k) == "s" && country_possessive(k - 1);
        // (quotes around a word of the role are no boundary: 'le "patron" de l'armée X')
        let quote = matches!(cx.key(k), "\"" | "«" | "»" | "“" | "”");
        if cx.tokens[k].kind == TokenKind::Punct
            && !cx.is_punct(k, "-")
            && !cx.is_punct(k, ".")
            && !possessive
            && !quote
        {
            return None;
        }
        if quote {
            continue;
        }
        if possessive {
            continue;
        }
        // a copula ends any title: "for the Secretary General, X is a valued Ally" names no one
        // (French "a" is left out: it may be the preposition "à")
        if !cx.tokens[k].cap && cx.tokens[k].is(STATE_VERBS.of(cx.lang)) && cx.key(k) != "a" {
            return None;
        }
        // so does a possessive after the title: its words are a clause's ("his counterpart to
        // assist our fellow X families" names no one)
        if !cx.tokens[k].cap && cx.tokens[k].is(PAIR_POSSESSIVES.of(cx.lang)) {
            return None;
        }
        // and so does the word of a capital: the name after it is a city's ("the minister landed in
        // Estria's capital Velmora")
        if !cx.tokens[k].cap && CAPITAL_WORDS.contains(cx.key(k)) {
            return None;
        }
        if let Some((_, after)) = look.title_at(cx, k) {
            if after > tok {
                continue;
            }
            // "l'ambassadeur de France à Norlande, M. Paul Garnier", "the Minister of Defence of
            // Estria, Mr. Ivo Tamm", "Estria's Chief of Naval Staff, Admiral Ivo Tamm": a civil
            // title or a rank after a comma, its country in the title right before
            // (over a run of ranks, "Colonel General", and a determiner, ", le général X")
            let mut k0 = k;
            loop {
                if k0 > lo && look.title_at(cx, k0 - 1).is_some_and(|(_, a)| a >= k0 && a <= tok) {
                    k0 -= 1;
                // (over a hyphenated rank: ", le colonel-général X")
                } else if k0 > lo + 1 && cx.is_punct(k0 - 1, "-") && look.title_at(cx, k0 - 2).is_some() {
                    k0 -= 2;
                } else {
                    break;
                }
            }
            // (over a word of status and the service of the rank: ", retired Army General X")
            let mut k1 = k0;
            while k1 > lo
                && k0 - k1 < 3
                && (cx.tokens[k1 - 1].is(&["retired", "former", "ancien", "ex"])
                    || cx.tokens[k1 - 1].cap && cx.tokens[k1 - 1].is(&["army", "navy", "air", "force"]))
            {
                k1 -= 1;
            }
            let det = k1 >= 3 && cx.tokens[k1 - 1].is(&["le", "la", "l'", "the"]);
            let comma = if det { k1 - 2 } else { k1.saturating_sub(1) };
            if k1 >= 2 && cx.is_punct(comma, ",") {
                if let Some(c) = peer_before(cx, look, comma) {
                    return Some((k0, Some(c), None));
                }
                // (not the apposition of the name before it, in a list of titled names: "A,
                // Secretary-General at the Ministry, Lt Gen B, Chief of Staff")
                let of_name_before = |j: usize| {
                    j >= 2
                        && cx.is_punct(j - 1, ",")
                        && cx.tokens[j - 2].cap
                        && cx.tokens[j - 2].kind == TokenKind::Word
                        && look.title_at(cx, j - 2).is_none()
                        && !mentions.inside_org(j - 2)
                };
                if let Some((j, country, org)) =
                    title_before(cx, look, mentions, comma).filter(|t| !of_name_before(t.0))
                {
                    if country.is_some() || org.is_some() {
                        return Some((k0, country, org));
                    }
                    // "the country's Chief of Naval Staff, Admiral X": the title before holds
                    // the country as "the country", which the caller reads from its start
                    if country_anaphor(cx, j, comma) {
                        return Some((j, None, None));
                    }
                }
            }
            // a longer title ending here: "Premier ministre", "vice-président"
            let mut k = k;
            while k > lo && look.title_at(cx, k - 1).is_some_and(|(_, a)| a > k && a <= tok) {
                k -= 1;
            }
            if k > lo + 1 && cx.is_punct(k - 1, "-") && look.title_at(cx, k - 2).is_some() {
                k -= 2;
            }
            // a role right before a rank ("Defence Ministry spokesman Maj. Gen. X", "navy commander
            // Rear Admiral Y"): one title, whose words before say the side
            while let Some(j) = (k.saturating_sub(TITLE_CHAIN_REACH).max(lo)..k)
                .find(|&j| look.title_at(cx, j).is_some_and(|(_, a)| a >= k && a <= tok))
            {
                k = j;
            }
            // country and organization named between the title and the name, or just before the
            // title ("Russian President", "Chinese Defense Minister")
            let mut from = k;
            let cap_word = |j: usize| cx.tokens[j].cap && cx.tokens[j].kind == TokenKind::Word;
            // over a body's name, connectors included ("Ministry of External Affairs spokesperson")
            // and over a first title joined by "and" ("Vice-President and Defence
            // Minister X": the country before the first is the person's)
            let titled = |j: usize| {
                (j.saturating_sub(3)..=j).any(|q| look.title_at(cx, q).is_some_and(|(_, a)| a > j))
            };
            while from > sent
                && k - from < 9
                && (cap_word(from - 1)
                    || from >= sent + 4 && acronym_ends(from - 1) && cap_word(from - 4)
                    || cx.is_punct(from - 1, ".")
                    || from >= sent + 2 && cx.is_punct(from - 1, "-") && cap_word(from - 2)
                    || from >= sent + 2 && matches!(cx.key(from - 1), "of" | "for") && cap_word(from - 2)
                    || from >= sent + 2 && cx.key(from - 1) == "and" && titled(from - 2))
            {
                // "Southern Command (Southcom) Commander X": over the body's short name
                from -= if acronym_ends(from - 1) { 3 } else { 1 };
            }
            // a title in apposition to a role and its country: "Pakistan's army chief, General X",
            // "the Kenyan navy commander, Rear Admiral Y"
            if from >= sent + 2 && cx.is_punct(from - 1, ",") {
                let p = role_words_start(cx, from - 1, sent);
                let role =
                    (p..from - 1).any(|j| look.title_at(cx, j).is_some() || ROLE_NOUNS.contains(cx.key(j)));
                if role && p < from - 1 {
                    if p >= sent + 3
                        && cx.key(p - 1) == "s"
                        && cx.is_punct(p - 2, "'")
                        && cx.tokens[p - 3].cap
                    {
                        from = p - 3;
                    } else if p > sent && look.country_at(cx, p - 1).is_some() {
                        from = p - 1;
                    }
                }
            }
            // a possessive country before the title: "Colombia's defense minister"
            let mut p = from;
            // over the title's own lowercase words ("defense" in "defense minister")
            while p > sent
                && from - p < 2
                && !cx.tokens[p - 1].cap
                && cx.key(p - 1) != "s"
                && cx.tokens[p - 1].kind == TokenKind::Word
            {
                p -= 1;
            }
            // (over the country's acronym in parentheses: "the Republic of X's (RX) defence
            // minister")
            if p >= sent + 4 && cx.is_punct(p - 1, ")") && cx.is_punct(p - 3, "(") && cx.tokens[p - 2].upper {
                p -= 3;
            }
            // (over a capitalised domain too, when it names no country: "Fiji's Agriculture
            // Minister X")
            let plain =
                from == k || (from..k).all(|j| look.country_at(cx, j).is_none() && !mentions.inside_org(j));
            // (after a name ending in "s", the apostrophe alone: "Cyprus' ambassador")
            let bare = plain
                && p >= sent + 2
                && cx.is_punct(p - 1, "'")
                && cx.key(p - 2).ends_with('s')
                && cx.tokens[p - 2].cap;
            if plain
                && p >= sent + 3
                && cx.key(p - 1) == "s"
                && cx.is_punct(p - 2, "'")
                && cx.tokens[p - 3].cap
                || bare
            {
                from = if bare { p - 2 } else { p - 3 };
                // (over the name's inner "of": "the Republic of Norland's minister")
                let inner_of = |j: usize| j > sent + 1 && cx.key(j) == "of" && cx.tokens[j - 1].cap;
                while from > sent && k - from < 8 && (cx.tokens[from - 1].cap || inner_of(from - 1)) {
                    from -= 1;
                }
            }
            let (s, e) = (cx.tokens[from].start, cx.tokens[tok].start);
            let mut country = None;
            let mut org = None;
            for m in mentions.starting_in(s, e).into_iter().filter(|m| m.end <= e) {
                // (a country after "in" or "to" is where the post is, not whose: "the attaché of
                // the Estrian embassy in Norland, Colonel X", "the envoy to Norland Y"); a country
                // right before the title is its own after "to", the verb's ("an appeal to Norland
                // Prime Minister Y")
                // (nor after a mission's word: "the attaché at the Estrian Embassy to Norland
                // Colonel X")
                let posted = m.first > 0
                    && (cx.tokens[m.first - 1].is(&["in", "en"])
                        || cx.key(m.first - 1) == "to"
                            && (m.first > k || m.first >= 2 && MISSION_WORDS.contains(cx.key(m.first - 2))));
                match &m.key {
                    Key::Country(c) if !posted => country = country.or(Some(*c)),
                    Key::Org(o) => {
                        org = org.or(Some(o.clone()));
                        country = country.or(m.country);
                    }
                    _ => {}
                }
            }
            // a second title, lowercase, joined by "and" to a first that says whose ("le ministre
            // tchadien de la Justice et porte-parole du gouvernement, X"): both are the person's
            // (not in a list of titled names: "…, Commander of the Y Navy and Rear Admiral X")
            let joined = !cx.tokens[k].cap && k > sent + 1 && cx.tokens[k - 1].is_in(AND_WORDS);
            if country.is_none() && org.is_none() && joined {
                let whose = |t: &(usize, Option<u16>, Option<String>)| {
                    (t.1.is_some() || t.2.is_some())
                        && !(t.0 > sent && cx.is_punct(t.0 - 1, ","))
                        && !(t.0..k).any(|j| cx.is_punct(j, ","))
                };
                if let Some(first) = title_before(cx, look, mentions, k - 1).filter(whose) {
                    return Some(first);
                }
            }
            return Some((k, country, org));
        }
        // a country's name, or a word inside one ("Lanka" in "to Sri Lanka")
        if (k.saturating_sub(3)..=k).any(|j| look.country_at(cx, j).is_some_and(|(_, after)| after > k)) {
            continue;
        }
        // words inside a title phrase are lowercase, connectors, or part of an organization's name
        let inside_org = mentions.inside_org(k);
        let after_connector = k > 0
            && matches!(
                cx.key(k - 1),
                "de" | "la" | "l'" | "des" | "du" | "d'" | "et" | "of" | "for" | "aux" | "au" | "a" | "the"
            )
            // (the posting of an envoy: "ambassador to Dhaka X", "envoy in Doha Y")
            || k > 0 && cx.tokens[k - 1].is(&["to", "in", "en"]) && known_place(cx, look, k);
        // a word inside a longer title ("Staff" in "Chief of Naval Staff")
        let in_title = (k.saturating_sub(6)..k).any(|j| look.title_at(cx, j).is_some_and(|(_, a)| a > k));
        // a capitalised domain after a title's "of" ("Minister of National Security X",
        // "ministre de la Cohésion Nationale X")
        let in_domain = (k.saturating_sub(6)..k).any(|j| {
            look.title_at(cx, j).is_some_and(|(_, a)| {
                a < k
                    && cx.tokens[a].is(&["of", "for", "de", "des", "du", "d'"])
                    && (a..=k).all(|q| {
                        cx.tokens[q].cap
                            || cx.lex.connectors.contains(&cx.key(q))
                            || cx.tokens[q].is(&["of", "for", "and"])
                    })
            })
        });
        if cx.tokens[k].cap && !inside_org && !after_connector && !in_title && !in_domain {
            return None;
        }
    }
    None
}

/// Whether the one word at `k` is a place or a capital the gazetteer knows ("Dhaka", "Doha").
fn known_place(cx: &Context<'_>, look: &Lookup, k: usize) -> bool {
    let senses = look.senses(cx, k);
    !senses.is_empty() && senses.iter().all(|s| matches!(s, Sense::Place(_) | Sense::Country(..)))
}

/// The country of a peer named right before the comma at `comma` ("son homologue malien,", "his
/// Egyptian host,"): a demonym beside a peer noun, within the three words before the comma.
fn peer_before(cx: &Context<'_>, look: &Lookup, comma: usize) -> Option<u16> {
    let sent = cx.sentence_start_of(comma);
    let j = (comma.saturating_sub(3).max(sent)..comma).rfind(|&j| PEER_NOUNS.contains(cx.key(j)))?;
    let after = look.country_at(cx, j + 1).filter(|&(_, a)| a == comma).map(|(c, _)| c);
    let before = (j.saturating_sub(3).max(sent)..j)
        .find_map(|q| look.country_at(cx, q).filter(|&(_, a)| a == j).map(|(c, _)| c));
    after.or(before)
}

/// The start of the lowercase words of a role ending right before `end` ("army chief", "armed
/// forces commander"): at most three, within the sentence from `sent`, stopping at a possessive's
/// "s" and at a function word.
fn role_words_start(cx: &Context<'_>, end: usize, sent: usize) -> usize {
    let mut p = end;
    while p > sent
        && end - p < 3
        && !cx.tokens[p - 1].cap
        && cx.tokens[p - 1].kind == TokenKind::Word
        && cx.key(p - 1) != "s"
        && !cx.lex.name_stops.contains(&cx.key(p - 1))
    {
        p -= 1;
    }
    p
}

/// A lowercase role noun with its country right before a name, which no title of the gazetteer
/// reads: "Norlandic army chief Ivo Tamm", "Estria's navy commander Ada Eze". The role's start and
/// its country; `None` without a country (a bare "analyst Ivo Tamm" says nothing of a side).
pub(super) fn role_before(
    cx: &Context<'_>,
    look: &Lookup,
    tok: usize,
) -> Option<(usize, Option<u16>, Option<String>)> {
    let sent = cx.sentence_start_of(tok);
    if tok < sent + 2 {
        return None;
    }
    if cx.lang == Lang::Fr {
        if let Some(found) = french_role_before(cx, look, tok, sent) {
            return Some(found);
        }
    }
    if cx.tokens[tok - 1].cap || cx.tokens[tok - 1].kind != TokenKind::Word {
        return None;
    }
    // over the role's own lowercase words ("armed forces" in "armed forces chief"); a noun no
    // list holds counts alone, right after the nationality ("the Sudanese autocrat X"), unless a
    // participle ("Estrian-backed X")
    // (a noun of a place is no role: "Estria's capital Velmora", "the port city Y")
    if cx.lex.place_heads.contains(&cx.key(tok - 1)) || CAPITAL_WORDS.contains(cx.key(tok - 1)) {
        return None;
    }
    let listed = ROLE_NOUNS.contains(cx.key(tok - 1));
    let p = if listed { role_words_start(cx, tok - 1, sent) } else { tok - 1 };
    if !listed && (cx.key(p).ends_with("ed") || cx.key(p).len() < 4) {
        return None;
    }
    // a demonym or a country's name right before, or its possessive ("Estria's")
    let possessive = p >= sent + 3 && cx.key(p - 1) == "s" && cx.is_punct(p - 2, "'");
    let end = if possessive { p - 2 } else { p };
    let (q, c) = (end.saturating_sub(3).max(sent)..end)
        .find_map(|q| look.country_at(cx, q).filter(|&(_, after)| after == end).map(|(c, _)| (q, c)))?;
    Some((q, Some(c), None))
}

/// French puts the nationality after the role noun: "l'autocrate soudanais X", "un opposant
/// malien Y", "le chef rebelle congolais Z" — a determiner, one or two lowercase words, a
/// demonym, then the name. Any noun does: the determiner and the demonym right before the name
/// are what says that the country is this person's.
fn french_role_before(
    cx: &Context<'_>,
    look: &Lookup,
    tok: usize,
    sent: usize,
) -> Option<(usize, Option<u16>, Option<String>)> {
    let (q, c) = (tok.saturating_sub(2).max(sent)..tok).find_map(|q| {
        look.country_at(cx, q).filter(|&(_, after)| after == tok && !cx.tokens[q].cap).map(|(c, _)| (q, c))
    })?;
    let lower = |j: usize| !cx.tokens[j].cap && cx.tokens[j].kind == TokenKind::Word;
    (q.saturating_sub(2).max(sent + 1)..q).rev().find_map(|p| {
        ((p..q).all(lower) && cx.tokens[p - 1].is(FRENCH_ROLE_DETERMINERS)).then_some((p, Some(c), None))
    })
}

/// Whether the title at tokens `k..i` holds its country as "the country" ("the country's
/// President, X", "President of the country, X", "le président du pays, X"): the country last
/// named before it.
pub(super) fn country_anaphor(cx: &Context<'_>, k: usize, i: usize) -> bool {
    let before = k >= 2 && cx.key(k - 2) == "country" && cx.key(k - 1) == "'s"
        || k >= 3 && cx.key(k - 3) == "country" && cx.is_punct(k - 2, "'") && cx.key(k - 1) == "s";
    let inside = (k..i.saturating_sub(1))
        .any(|j| matches!((cx.key(j), cx.key(j + 1)), ("the", "country") | ("du", "pays") | ("ce", "pays")));
    before || inside
}

/// How many words a title's domain may run over ("of Foreign Affairs, Cooperation and African
/// Integration").
const DOMAIN_REACH: usize = 10;

/// The end of a title's domain that starts at `i`: the capitalised words after "Minister of"
/// ("Foreign Affairs and Regional Integration", "Security and Civilian Protection"). Each item is
/// its first word and the [`DOMAIN_WORDS`] right after it; items follow over "and" and over a
/// comma that opens one more item of the domain's own list (", Cooperation and African
/// Integration"). A known given name, a family name written first or a title ends it, so
/// "…Foreign Affairs and Albert Kan-Dapaah" and "of Defence Irfan Hadi" keep their persons.
/// Returns `i` itself when no capitalised word stands there.
pub(super) fn domain_end(cx: &Context<'_>, look: &Lookup, i: usize) -> usize {
    let n = cx.tokens.len().min(i + DOMAIN_REACH);
    let word = |k: usize| {
        k < n
            && cx.tokens[k].kind == TokenKind::Word
            && cx.tokens[k].cap
            && look.title_at(cx, k).is_none()
            && super::name::given_name(look, cx, k).is_none()
            && super::name::surname_first(look, cx, k).is_none()
    };
    // one item: its first word, then domain words ("Civilian Protection", "Foreign Affairs")
    let item = |k: usize| {
        if !word(k) {
            return k;
        }
        let mut j = k + 1;
        while word(j) && DOMAIN_WORDS.contains(cx.key(j)) {
            j += 1;
        }
        j
    };
    let joins = |k: usize| k < n && COORDINATORS.contains(cx.key(k));
    let mut j = item(i);
    if j == i {
        return i;
    }
    // a lone unknown word after "and" with a capitalised word after it opens a name ("…of Trade
    // and Kofi Mensah"), not one more domain
    let name_after = |k: usize| {
        let q = item(k);
        q == k + 1
            && !DOMAIN_WORDS.contains(cx.key(k))
            && cx.tokens.get(q).is_some_and(|t| t.cap && t.kind == TokenKind::Word)
    };
    loop {
        if joins(j) && word(j + 1) && !name_after(j + 1) {
            j = item(j + 1);
        } else if cx.is_punct(j, ",") && word(j + 1) {
            // more items only when the list goes on to its "and": ", Cooperation and African…",
            // ", Youth, Sports and Culture"
            let mut k = item(j + 1);
            while cx.is_punct(k, ",") && word(k + 1) {
                k = item(k + 1);
            }
            if !(joins(k) && word(k + 1)) {
                return j;
            }
            j = k;
        } else {
            return j;
        }
    }
}
