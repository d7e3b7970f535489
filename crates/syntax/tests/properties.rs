//! Any words in, one well-formed tree out (one node per word, one root, heads in range, no
//! cycle), no panic; long sentences and long words in linear time.

use proptest::prelude::*;
use std::sync::LazyLock;
use std::time::{Duration, Instant};
use trame_syntax::{tag, tag_and_parse, Model, Node, DEPRELS};

/// Panics unless `nodes` is a tree over `n` words: one root, every head in range, no cycle.
fn assert_tree(nodes: &[Node], n: usize) {
    assert_eq!(nodes.len(), n);
    if n == 0 {
        return;
    }
    assert_eq!(nodes.iter().filter(|x| x.head.is_none()).count(), 1, "one root");
    for (i, x) in nodes.iter().enumerate() {
        assert!(DEPRELS.contains(&x.deprel));
        assert_eq!(x.head.is_none(), x.deprel == "root");
        // walking up from any word reaches the root within n steps
        let mut at = Some(i);
        let mut steps = 0;
        while let Some(j) = at {
            assert!(j < n && steps <= n, "cycle or head out of range at word {i}");
            at = nodes[j].head;
            steps += 1;
        }
    }
}

/// Both models, decoded once for all cases.
static MODELS: LazyLock<[Model; 2]> = LazyLock::new(|| [Model::english(), Model::french()]);

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_words_one_tree(words in prop::collection::vec("\\PC{0,12}|[\\u{300}-\\u{36f}'’«»—-]{0,4}", 0..40)) {
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        for model in MODELS.iter() {
            prop_assert_eq!(tag(model, &refs).len(), refs.len());
            assert_tree(&tag_and_parse(model, &refs), refs.len());
        }
    }
}

#[test]
fn empty_odd_and_very_long_input() {
    let model = Model::english();
    assert!(tag_and_parse(&model, &[]).is_empty());
    assert_tree(&tag_and_parse(&model, &["", " ", "\u{0}", "\u{10FFFF}", "\u{300}"]), 5);
    let word = "x".repeat(1 << 20);
    assert_tree(&tag_and_parse(&model, &[&word, &word]), 2);
}

/// Parsing time grows linearly: ten times the words take well under twenty times as long (the
/// parser makes exactly two moves per word; the margin absorbs a busy machine).
#[test]
fn linear_in_sentence_length() {
    let model = Model::french();
    let words = ["La", "flotte", "a", "quitté", "le", "port", "de", "Brest", ",", "et"];
    let time = |n: usize| {
        let sentence: Vec<&str> = words.iter().copied().cycle().take(n).collect();
        let t = Instant::now();
        assert_tree(&tag_and_parse(&model, &sentence), n);
        t.elapsed().max(Duration::from_micros(50))
    };
    time(2_000);
    let (small, large) = (time(20_000), time(200_000));
    assert!(large < small * 20, "20,000 words in {small:?}, 200,000 in {large:?}");
}
