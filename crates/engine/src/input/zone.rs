//! Stage 4: paragraphs, sentences and boilerplate zones.
//!
//! Reads the text and its tokens; writes [`Zones`]: sentences as byte and token ranges, and the
//! byte ranges of boilerplate (photo credits, share buttons, comment forms, lists of related
//! links). Sentences are the unit every later stage reasons in (an event's participants are
//! read in its sentence); boilerplate is kept in the text, so offsets stay true, but no fact is
//! taken from it.

use crate::lang::STAFF_CREDITS;
use crate::text::syntax::TITLE_ABBREVIATIONS;
use crate::text::{fold, Token, TokenKind};

/// A sentence, as byte offsets into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The sentence starts a line (paragraph or title).
    pub line_start: bool,
}

/// A sentence as a token range and a byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// The zones of a document, in the forms the later stages read them.
#[derive(Debug, Clone)]
pub struct Zones {
    /// Sentences, as token and byte ranges.
    pub clauses: Vec<Clause>,
    /// The first token of each sentence.
    pub sentence_starts: Vec<usize>,
    /// Boilerplate byte ranges (credits, comments, related links).
    pub boilerplate: Vec<(usize, usize)>,
    /// Whether each token lies in boilerplate.
    pub boiler: Vec<bool>,
    /// Whether each token stands on a line written in title case (see [`title_case_lines`]).
    pub headline: Vec<bool>,
}

impl Zones {
    /// Cuts `text` (already tokenized into `tokens`) into sentences and boilerplate.
    pub fn new(text: &str, tokens: &[Token]) -> Zones {
        let boilerplate = boilerplate(text);
        let in_boiler = |b: usize| boilerplate.iter().any(|&(s, e)| s <= b && b < e);
        let boiler: Vec<bool> = tokens.iter().map(|t| in_boiler(t.start)).collect();
        let clauses: Vec<Clause> = sentences(text)
            .iter()
            .map(|s| Clause {
                first: tokens.partition_point(|t| t.start < s.start),
                last: tokens.partition_point(|t| t.start < s.end),
                start: s.start,
                end: s.end,
            })
            .collect();
        let sentence_starts = clauses.iter().map(|c| c.first).collect();
        let headline = title_case_lines(tokens);
        Zones { clauses, sentence_starts, boilerplate, boiler, headline }
    }

    /// Whether the byte at `b` lies in boilerplate.
    pub fn in_boilerplate(&self, b: usize) -> bool {
        self.boilerplate.iter().any(|&(s, e)| s <= b && b < e)
    }
}

/// For each token, whether its line is written in title case, as headlines are ("US Navy Carries
/// Out Joint Drills"): five words of four letters or more, four in five of them capitalised, and
/// no word of five letters or more in lowercase, or one on a line that does not end as a sentence
/// does (title case leaves only short words in lowercase, "with", "from"; a sentence full of names
/// and titles, "In Norland, General Obi met the President of the country, Ada Eze.", still writes
/// its verbs and nouns in lowercase).
/// Capitals there are no evidence of a name. One pass over the tokens, each line read once (the
/// stages ask for every token; a scan of the line per question was quadratic on one long line).
pub fn title_case_lines(tokens: &[Token]) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    let mut start = 0;
    while start < tokens.len() {
        let end = (start + 1..tokens.len()).find(|&j| tokens[j].line_start).unwrap_or(tokens.len());
        let (mut n, mut caps, mut long_lower) = (0, 0, 0);
        for t in tokens[start..end].iter().filter(|t| t.kind == TokenKind::Word && t.key.len() > 3) {
            n += 1;
            caps += usize::from(t.cap);
            long_lower += usize::from(!t.cap && t.key.chars().count() >= 5);
        }
        let sentence = tokens[start..end].last().is_some_and(|t| t.kind == TokenKind::Punct && t.key == ".");
        // (a short headline too, every long word capitalised and no final period: "Defence
        // Minister Visiting Estria")
        let words = tokens[start..end].iter().filter(|t| t.kind == TokenKind::Word).count();
        let short = n >= 3 && words >= 4 && caps == n && !sentence;
        let title = short || n >= 5 && caps * 5 >= n * 4 && (long_lower == 0 || long_lower == 1 && !sentence);
        out[start..end].iter_mut().for_each(|x| *x = title);
        start = end;
    }
    out
}

/// Short forms after which a period ends no sentence, besides titles and ranks
/// ([`TITLE_ABBREVIATIONS`]): months, references, companies, initials of countries (folded keys).
const ABBREVIATIONS: &[&str] = &[
    "st", "ste", "jan", "feb", "fev", "fevr", "janv", "mar", "apr", "avr", "jun", "jul", "juil", "aug",
    "sep", "sept", "oct", "nov", "dec", "no", "vol", "art", "etc", "cf", "vs", "p", "pp", "av", "inc", "ltd",
    "co", "corp", "u.s", "u.k", "u.n", "e.-u",
];

/// Splits the text into sentences: at line breaks, and after `.`, `!`, `?`, `…` followed by a space
/// and an uppercase letter, a digit or a quote (not after common abbreviations or initials).
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut line_start = true;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        if c == '\n' || c == '\r' {
            if let Some(s) = start.take() {
                push(&mut out, text, s, b, line_start);
            }
            line_start = true;
            i += 1;
            continue;
        }
        if start.is_none() && !c.is_whitespace() {
            start = Some(b);
        }
        if let Some(end) = start.filter(|_| line_start).and_then(|s| dateline_end(text, &chars, s, i)) {
            if let Some(s) = start.take() {
                push(&mut out, text, s, end, line_start);
            }
            line_start = false;
            i += 1;
            continue;
        }
        if matches!(c, '.' | '!' | '?' | '…') {
            // include closing quotes and further punctuation
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '»' | '"' | '”' | ')' | '’')
            {
                j += 1;
            }
            let ws = j < chars.len() && chars[j].1.is_whitespace() && chars[j].1 != '\n';
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() && chars[k].1 != '\n' {
                k += 1;
            }
            let next_ok = k < chars.len()
                && (chars[k].1.is_uppercase()
                    || chars[k].1.is_ascii_digit()
                    || matches!(chars[k].1, '«' | '"' | '“'));
            // scraped text glues sentences: "…the port.Officials said", "…(Agency).The ministers"
            let glued = !ws && j == i + 1 && glued_start(&chars, i);
            if (ws && next_ok || glued) && !(c == '.' && is_abbreviation(text, &chars, i)) {
                let end = if j < chars.len() { chars[j].0 } else { text.len() };
                if let Some(s) = start.take() {
                    push(&mut out, text, s, end, line_start);
                }
                line_start = false;
                i = k;
                continue;
            }
        }
        i += 1;
    }
    if let Some(s) = start {
        push(&mut out, text, s, text.len(), line_start);
    }
    out
}

/// Whether the full stop at `i` ends a sentence glued to the next one: a word of three letters or
/// more (or a closing quote or parenthesis) before it, a capitalised word right after it ("region.
/// Officials" written "port.Officials"); not an acronym ("U.S.Navy") nor a decimal.
fn glued_start(chars: &[(usize, char)], i: usize) -> bool {
    let at = |k: usize| chars.get(k).map_or(' ', |c| c.1);
    let word_before = i >= 3 && (1..=3).all(|d| at(i - d).is_alphabetic()) && at(i - 1).is_lowercase();
    let closed = i >= 1 && matches!(at(i - 1), '"' | '”' | '»' | ')');
    // ("…partis hier.C'est la marine": an elided word after the capital too)
    let next_word = at(i + 2).is_lowercase() || matches!(at(i + 2), '\'' | '’');
    at(i) == '.' && (word_before || closed) && at(i + 1).is_uppercase() && next_word
}

/// The end of a dateline opening a paragraph at `start`, when the character `i` is its dash: "OSLO,
/// May 4 (Agency) —", "Dakar, Sénégal (AFP) –", "Lima (Wire) - ". The dateline is a sentence of its
/// own, so that the first sentence of the story reads without it (a parser reads "X, Y (AP) — Y and
/// Z signed…" as one clause about X). It is short, holds a comma or a parenthesis and no full stop,
/// and a capital follows the dash.
fn dateline_end(text: &str, chars: &[(usize, char)], start: usize, i: usize) -> Option<usize> {
    let (b, c) = chars[i];
    let before = text[start..b].trim_end();
    // a spaced hyphen after a city in capitals too: "KABUL, Afghanistan - The…"
    let spaced = i + 1 < chars.len() && chars[i + 1].1 == ' ' && b > 0 && text[..b].ends_with(' ');
    let city_in_capitals = before.split([',', ' ']).next().is_some_and(|w| {
        w.chars().count() >= 3 && w.chars().all(|ch| ch.is_uppercase() || ch == '-' || ch == '\'')
    });
    let dash = matches!(c, '—' | '–') || c == '-' && (before.ends_with(')') || spaced && city_in_capitals);
    if !dash || before.is_empty() || before.chars().count() > MAX_DATELINE_CHARS {
        return None;
    }
    if !before.contains([',', '('])
        || before.contains(['.', '!', '?', '«', '"', '“']) && !before.contains('(')
    {
        return None;
    }
    let next = chars[i + 1..].iter().find(|(_, ch)| !ch.is_whitespace())?;
    next.1.is_uppercase().then(|| b + c.len_utf8())
}

/// The longest dateline read as one ("WASHINGTON, Oct. 18, 2024 (Agency) —" and a little more).
const MAX_DATELINE_CHARS: usize = 60;

/// Adds the sentence `start..end` without its trailing spaces, unless it is empty.
fn push(out: &mut Vec<Sentence>, text: &str, start: usize, end: usize, line_start: bool) {
    let trimmed = text[start..end].trim_end();
    if !trimmed.is_empty() {
        out.push(Sentence { start, end: start + trimmed.len(), line_start });
    }
}

/// Whether the dot at `dot` ends an abbreviation or an initial ("M.", "Gen.", "U.S."), so the
/// sentence goes on.
fn is_abbreviation(text: &str, chars: &[(usize, char)], dot: usize) -> bool {
    // the word before the dot
    let mut k = dot;
    while k > 0 && (chars[k - 1].1.is_alphabetic() || chars[k - 1].1 == '.') {
        k -= 1;
    }
    let word = &text[chars[k].0..chars[dot].0];
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true; // an initial: "J. Smith"
    }
    let key = fold(word);
    ABBREVIATIONS.contains(&key.as_str()) || TITLE_ABBREVIATIONS.contains(&key.as_str())
}

/// Markers of lines that are not the article's body: credits, sources, share and comment widgets.
const LINE_MARKERS: &[&str] = &[
    "source :",
    "source:",
    "sources :",
    "sources:",
    "photo :",
    "photo:",
    "photos :",
    "credit :",
    "credit:",
    "credits :",
    "credit photo",
    "lire aussi",
    "a lire aussi",
    "voir aussi",
    "read more",
    "read also",
    "also read",
    "see also",
    "also see",
    "more:",
    "lire egalement",
    "voir egalement",
    "related:",
    "related articles",
    "partager",
    "share this",
    "share on",
    "suivez-nous",
    "follow us",
    "abonnez-vous",
    "subscribe",
    "tags :",
    "tags:",
    "mots-cles",
    "publicite",
    "advertisement",
    "newsletter",
];

/// Lines that head a list of other articles' headlines.
const LIST_HEADERS: &[&str] = &[
    "related articles",
    "related",
    "related stories",
    "related news",
    "read more",
    "read also",
    "also read",
    "see also",
    "also see",
    "lire egalement",
    "voir egalement",
    "more on this",
    "more stories",
    "lire aussi",
    "a lire aussi",
    "a lire egalement",
    "voir aussi",
    "sur le meme sujet",
    "articles lies",
    "dans la meme rubrique",
];

/// Markers after which the rest of the page is comments or related links.
const TAIL_MARKERS: &[&str] = &[
    "leave a reply",
    "laisser un commentaire",
    "laissez un commentaire",
    "commentaires",
    "comments",
    "comment (",
    "commentaire (",
    "reagir",
    "votre adresse e-mail",
    "your email address",
    "articles similaires",
    "articles lies",
    "related posts",
    "you may also like",
    "vous aimerez aussi",
    "sur le meme sujet",
    "dans la meme rubrique",
    "a lire egalement",
];

/// Byte spans of boilerplate: credit and source lines, inline credits, and the page tail after the
/// article (reader comments, related headlines).
pub fn boilerplate(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut offset = 0;
    let total = text.len();
    // lines left in a list of headlines under "Related articles" / "Lire aussi"
    let mut headlines = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let body = line.trim();
        if body.is_empty() {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let key = fold(body);
        if headlines > 0 {
            // a headline has no closing full stop; a body sentence ends the list
            if !body.ends_with(['.', '!', '?', '»', '"']) && body.chars().count() < 160 {
                out.push((start + lead, start + lead + body.len()));
                headlines -= 1;
                continue;
            }
            headlines = 0;
        }
        // a byline: "By Maria Santos", "Par Jean Dupont et Marie Durand", "Par notre correspondant"
        let byline = (key.starts_with("by ") || key.starts_with("par "))
            && body.chars().count() < 70
            && !body.ends_with('.')
            && body
                .split_whitespace()
                .nth(1)
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase) || w == "notre");
        if byline {
            out.push((start + lead, start + lead + body.len()));
            continue;
        }
        let bare = key.trim_end_matches([':', ' ', '.']);
        if LIST_HEADERS.contains(&bare) {
            out.push((start + lead, start + lead + body.len()));
            headlines = 8;
            continue;
        }
        // a file's name left by scraping: "harbour-visit-2024-1024x576.jpg" (one word, an image's
        // or a document's extension)
        let file = !body.contains(char::is_whitespace)
            && FILE_EXTENSIONS.iter().any(|x| key.ends_with(x) && key.len() > x.len());
        if file {
            out.push((start + lead, start + lead + body.len()));
            continue;
        }
        // a link to another story in the body: "RELATED Norland signs a pact with Estria" (the
        // marker in capitals, a headline after it)
        let related = body.starts_with("RELATED ") && !body.ends_with('.') && body.chars().count() < 160;
        if related {
            out.push((start + lead, start + lead + body.len()));
            continue;
        }
        let late = start * 10 >= total * 5;
        if TAIL_MARKERS.iter().any(|m| key.starts_with(m)) && (late || key.len() < 40) {
            out.push((start + lead, total));
            break;
        }
        if (key.starts_with("source :") || key.starts_with("source:") || key.starts_with("sources :")) && late
        {
            out.push((start + lead, total));
            break;
        }
        if LINE_MARKERS.iter().any(|m| key.starts_with(m)) && key.len() < 200 {
            out.push((start + lead, start + lead + body.len()));
            continue;
        }
        // inline credits: "(Source : agency)", "Photo : agency", "(Name/AFP)"
        for (s, e) in inline_credits(body) {
            out.push((start + lead + s, start + lead + e));
        }
    }
    out
}

/// Extensions of the files whose names scraping leaves on a line of their own.
const FILE_EXTENSIONS: &[&str] = &[".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".pdf", ".mp4"];

/// Photo and source credits inside a line ("Photo : agency", "(Source : agency)"): byte ranges to
/// mark as boilerplate.
fn inline_credits(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let folded_markers = ["photo :", "photo:", "source :", "source:", "credit :", "(photo", "(source", "© "];
    // ASCII lowercasing keeps byte offsets equal to the line's (the markers are ASCII)
    let lower = line.to_ascii_lowercase();
    for m in folded_markers {
        let mut from = 0;
        while let Some(p) = lower[from..].find(m) {
            let s = from + p;
            let rest = &line[s..];
            let e = if rest.starts_with('(') {
                rest.find(')').map(|x| s + x + 1).unwrap_or(line.len())
            } else {
                // until the end of the line, or a sentence end
                rest.find(['|', '\n']).map(|x| s + x).unwrap_or(line.len())
            };
            out.push((s, e));
            from = e.max(s + 1);
            if from >= line.len() {
                break;
            }
        }
    }
    // staff credits: "Reporting by A; Editing by B", "(Writing by C)", at the line's start or after
    // a semicolon, a bracket or a sentence's end, a name after them, to the end of the line
    let lower = line.to_ascii_lowercase();
    let credit = STAFF_CREDITS
        .en
        .iter()
        .chain(STAFF_CREDITS.fr)
        .flat_map(|m| lower.match_indices(m).map(move |(s, _)| (s, s + m.len())))
        .filter(|&(s, e)| {
            let before = line[..s].trim_end().chars().next_back();
            let named = line[e..].trim_start().starts_with(|c: char| c.is_uppercase());
            line[s..].starts_with(|c: char| c.is_uppercase())
                && named
                && before.is_none_or(|c| matches!(c, ';' | '(' | '|' | '.' | '-' | '—'))
        })
        .map(|(s, _)| if line[..s].trim_end().ends_with('(') { line[..s].trim_end().len() - 1 } else { s })
        .min();
    if let Some(s) = credit {
        out.push((s, line.len()));
    }
    // a unit's press office signing a release: "…, Carrier Strike Group Public Affairs"
    let body = line.trim_end().trim_end_matches('.');
    if body.ends_with("Public Affairs") && body.chars().count() < 150 {
        out.push((0, line.len()));
    }
    // "(Firstname Lastname/AGENCY/AGENCY)" credits
    let mut from = 0;
    while let Some(p) = line[from..].find('(') {
        let s = from + p;
        match line[s..].find(')') {
            Some(x) => {
                let inner = &line[s + 1..s + x];
                let agency = |p: &str| p.trim().len() >= 2 && p.trim().chars().all(|c| c.is_uppercase());
                if inner.contains('/') && !inner.contains("http") && inner.split('/').any(agency) {
                    out.push((s, s + x + 1));
                }
                from = s + x + 1;
            }
            None => break,
        }
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        sentences(t).into_iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        assert_eq!(
            texts("M. Dupont est venu. Il a parlé au Gen. Smith! Puis?\nTitre"),
            ["M. Dupont est venu.", "Il a parlé au Gen. Smith!", "Puis?", "Titre"]
        );
        assert_eq!(
            texts("On Aug. 9 the U.S. Navy sailed. Then"),
            ["On Aug. 9 the U.S. Navy sailed.", "Then"]
        );
    }

    #[test]
    fn sentences_glued_by_scraping_are_split() {
        assert_eq!(
            texts("The talks ended in Lima.Officials said more were due (Andina).The navy agreed."),
            ["The talks ended in Lima.", "Officials said more were due (Andina).", "The navy agreed."]
        );
        // acronyms and decimals stay whole
        assert_eq!(texts("The U.S.Navy spent 2.5 billion."), ["The U.S.Navy spent 2.5 billion."]);
        // an elided word after the capital
        assert_eq!(
            texts("Les navires sont partis hier.C'est la marine qui l'a dit."),
            ["Les navires sont partis hier.", "C'est la marine qui l'a dit."]
        );
        // a dateline closed by a spaced hyphen after a city in capitals
        assert_eq!(
            texts("KIGALI, Rwanda - The two armies met."),
            ["KIGALI, Rwanda -", "The two armies met."]
        );
    }

    #[test]
    fn a_dateline_is_a_sentence_of_its_own() {
        assert_eq!(
            texts("OSLO, May 4 (Wire) — Norway sent ships. Then"),
            ["OSLO, May 4 (Wire) —", "Norway sent ships.", "Then"]
        );
        // a dash inside a sentence, or one after a long opening, cuts nothing
        assert_eq!(texts("Norway — a NATO member — sent ships."), ["Norway — a NATO member — sent ships."]);
        assert_eq!(texts("Dakar (AFP) - Le Sénégal a signé."), ["Dakar (AFP) -", "Le Sénégal a signé."]);
    }

    #[test]
    fn finds_credit_lines_and_comment_tails() {
        let t = "Corps de l'article.\nPhoto : AFP\nSuite du texte avec assez de mots pour être long.\nLeave a Reply\nUn commentaire";
        let b = boilerplate(t);
        assert!(b.iter().any(|&(s, e)| &t[s..e] == "Photo : AFP"));
        assert!(!b.iter().any(|&(s, e)| t[s..e].contains("Suite du texte")));
        assert!(b.iter().any(|&(s, e)| t[s..e].starts_with("Leave a Reply") && e == t.len()));
    }

    #[test]
    fn headlines_under_a_related_header_are_boilerplate() {
        let t = "Body of the article.\nRELATED ARTICLES\nUS, Philippines begin drills\nSeoul hosts talks\nThe article goes on here with a sentence.\n";
        let b = boilerplate(t);
        let spans: Vec<&str> = b.iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(spans, ["RELATED ARTICLES", "US, Philippines begin drills", "Seoul hosts talks"]);
    }

    #[test]
    fn staff_credits_and_press_offices_are_boilerplate() {
        let t =
            "The frigate left port on Monday, the navy said.\n(Reporting by Ann Lowe; Editing by Tom Pike)\n\
            Story by Lt. Sam Ray, Coastal Squadron Public Affairs\nReporting by the local press was thin.\n";
        let spans: Vec<&str> = boilerplate(t).iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(
            spans,
            [
                "(Reporting by Ann Lowe; Editing by Tom Pike)",
                "Story by Lt. Sam Ray, Coastal Squadron Public Affairs"
            ]
        );
    }

    #[test]
    fn french_staff_credits_are_boilerplate() {
        let t = "La frégate a quitté le port lundi.\n(Reportage Anne Roux, avec Paul Dia à Dakar; version \
                 française Marc Lebrun)\nUn reportage de la chaîne locale a suivi.\n";
        let spans: Vec<&str> = boilerplate(t).iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(spans, ["(Reportage Anne Roux, avec Paul Dia à Dakar; version française Marc Lebrun)"]);
    }

    #[test]
    fn file_names_left_by_scraping_are_boilerplate() {
        let t =
            "Talks went well.\nPresident-Minister-Visit-Harbour-2024-1024x576-1.jpg\nThe two sides met.\n";
        let spans: Vec<&str> = boilerplate(t).iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(spans, vec!["President-Minister-Visit-Harbour-2024-1024x576-1.jpg"]);
    }

    #[test]
    fn bylines_are_boilerplate() {
        let t = "Talks in Hanoi\nBy Maria Santos\nPar notre correspondant à Bruxelles\nBy the end of the day, talks ended.\n";
        let spans: Vec<&str> = boilerplate(t).iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(spans, ["By Maria Santos", "Par notre correspondant à Bruxelles"]);
    }

    #[test]
    fn finds_inline_credits() {
        let t = "Des soldats défilent. (Source : Reuters) |\nArmée ( (John Doe/AP/SIPA))";
        let b = boilerplate(t);
        assert!(b.iter().any(|&(s, e)| &t[s..e] == "(Source : Reuters)"));
        assert!(b.iter().any(|&(s, e)| t[s..e].contains("John Doe/AP/SIPA")));
    }
}
