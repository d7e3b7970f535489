//! A CoNLL-U reader (the Universal Dependencies file format) and the merged view of a sentence the
//! French model is trained on.
//!
//! UD splits a French contraction ("du" = "de" + "le", "auquel" = "à" + "lequel") into syntactic
//! words; Trame's tokenizer keeps it whole. [`Sentence::merged`] turns each such multiword token
//! back into one word that takes the head, relation and tag of its first part attached outside the
//! token: "du" is `ADP`/`case` of its noun (the preposition, which the event rules read, is kept;
//! the article is dropped), "auquel" is the pronoun with the pronoun's relation.
//! [`expand`] undoes this on a prediction so scores are counted on UD's own words.

use crate::labels::{deprel_index, Upos, DEPRELS};

/// A syntactic word of a gold sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Its form.
    pub form: String,
    /// Its tag.
    pub upos: Upos,
    /// Its head (1-based word number; 0 is the root).
    pub head: usize,
    /// Its relation, an index into [`DEPRELS`].
    pub deprel: usize,
}

/// A multiword token: words `first..=last` (1-based) written as one `form`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mwt {
    /// First word number.
    pub first: usize,
    /// Last word number.
    pub last: usize,
    /// Its written form.
    pub form: String,
}

/// A sentence of a treebank.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sentence {
    /// Its `sent_id`.
    pub id: String,
    /// Its syntactic words.
    pub words: Vec<Word>,
    /// Its multiword tokens.
    pub mwts: Vec<Mwt>,
}

/// Reads every sentence of a CoNLL-U text; empty nodes (enhanced graphs) are skipped. An error
/// names the first malformed line.
pub fn read(text: &str) -> Result<Vec<Sentence>, String> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix('#') {
            if let Some(id) = rest.trim().strip_prefix("sent_id =") {
                cur.id = id.trim().to_string();
            }
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let bad = || format!("line {}: malformed CoNLL-U line", n + 1);
        if f.len() != 10 {
            return Err(bad());
        }
        if f[0].contains('.') {
            continue;
        }
        if let Some((a, b)) = f[0].split_once('-') {
            let (first, last) = (a.parse().map_err(|_| bad())?, b.parse().map_err(|_| bad())?);
            cur.mwts.push(Mwt { first, last, form: f[1].to_string() });
            continue;
        }
        let upos = Upos::parse(f[3]).ok_or_else(bad)?;
        let head = f[6].parse().map_err(|_| bad())?;
        cur.words.push(Word { form: f[1].to_string(), upos, head, deprel: deprel_index(f[7]) });
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

impl Sentence {
    /// The sentence with each multiword token as one word (see the module's doc); words whose
    /// head is out of range are attached to the root.
    pub fn merged(&self) -> Sentence {
        let n = self.words.len();
        // merged number of each original word (1-based; index 0 is the root)
        let mut map = vec![0usize; n + 1];
        let mut carrier = vec![true; n + 1];
        let mut words = Vec::with_capacity(n);
        let mut next = 1;
        while next <= n {
            let mwt = self.mwts.iter().find(|m| m.first == next && m.last >= m.first && m.last <= n);
            let (first, last) = mwt.map_or((next, next), |m| (m.first, m.last));
            let outside = |w: &Word| w.head < first || w.head > last;
            let c = (first..=last).find(|&i| outside(&self.words[i - 1])).unwrap_or(first);
            for i in first..=last {
                map[i] = words.len() + 1;
                carrier[i] = i == c;
            }
            let w = &self.words[c - 1];
            let form = mwt.map_or_else(|| w.form.clone(), |m| m.form.clone());
            words.push(Word { form, upos: w.upos, head: w.head, deprel: w.deprel });
            next = last + 1;
        }
        for w in &mut words {
            w.head = map.get(w.head).copied().unwrap_or(0);
        }
        Sentence { id: self.id.clone(), words, mwts: Vec::new() }
    }
}

/// A word's prediction: tag, head (1-based, 0 the root) and relation index into [`DEPRELS`].
pub type Predicted = (Upos, usize, usize);

/// Expands a prediction over `gold.merged()`'s words to `gold`'s own words: the part of a
/// multiword token that carries the prediction is its first part, or its last when the token is
/// tagged a pronoun ("auquel"); the other parts are an article (`DET`/`det` of the same head) or,
/// before a pronoun, a preposition (`ADP`/`case` of the pronoun). Only the prediction decides, so
/// scores counted on the result are scores on UD's words.
pub fn expand(gold: &Sentence, merged: &[Predicted]) -> Vec<Predicted> {
    let n = gold.words.len();
    let det = deprel_index("det");
    let case = deprel_index("case");
    // for each merged word, its original range
    let mut ranges = Vec::with_capacity(merged.len());
    let mut next = 1;
    while next <= n {
        let last = gold.mwts.iter().find(|m| m.first == next && m.last >= m.first && m.last <= n);
        let last = last.map_or(next, |m| m.last);
        ranges.push((next, last));
        next = last + 1;
    }
    let carrier_of = |m: usize| -> usize {
        let (a, b) = ranges[m];
        match merged.get(m) {
            Some((Upos::Pron, _, _)) => b,
            _ => a,
        }
    };
    let mut out = vec![(Upos::X, 0, DEPRELS.len()); n];
    for (m, &(a, b)) in ranges.iter().enumerate() {
        let (upos, head, rel) = merged.get(m).copied().unwrap_or((Upos::X, 0, DEPRELS.len()));
        let head = if head == 0 || head > ranges.len() { 0 } else { carrier_of(head - 1) };
        let c = carrier_of(m);
        for i in a..=b {
            out[i - 1] = if i == c {
                (upos, head, rel)
            } else if c == b {
                (Upos::Adp, c, case)
            } else {
                (Upos::Det, head, det)
            };
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sent_id = s1\n\
        1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_\n\
        2\tparle\tparler\tVERB\t_\t_\t0\troot\t_\t_\n\
        3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_\n\
        3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_\n\
        4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_\n\
        5\tplan\tplan\tNOUN\t_\t_\t2\tobl:arg\t_\t_\n\
        5.1\tx\tx\tNOUN\t_\t_\t_\t_\t_\t_\n\n";

    #[test]
    fn reads_and_merges_contractions() {
        let s = read(SAMPLE).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].id, "s1");
        assert_eq!(s[0].words.len(), 5);
        let m = s[0].merged();
        let forms: Vec<&str> = m.words.iter().map(|w| w.form.as_str()).collect();
        assert_eq!(forms, ["Il", "parle", "du", "plan"]);
        assert_eq!((m.words[2].upos, m.words[2].head, DEPRELS[m.words[2].deprel]), (Upos::Adp, 4, "case"));
        assert_eq!(m.words[3].head, 2);
        let pred: Vec<Predicted> = m.words.iter().map(|w| (w.upos, w.head, w.deprel)).collect();
        let back = expand(&s[0], &pred);
        let gold: Vec<Predicted> = s[0].words.iter().map(|w| (w.upos, w.head, w.deprel)).collect();
        assert_eq!(back, gold);
    }

    #[test]
    fn reports_malformed_lines() {
        assert!(read("1\tx\n").unwrap_err().contains("line 1"));
        assert!(read("").unwrap().is_empty());
    }
}
