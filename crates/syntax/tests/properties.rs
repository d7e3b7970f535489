//! Any words in, one tag per word out, no panic; long sentences in linear time.

use proptest::prelude::*;
use trame_syntax::{tag, Model};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_words_one_tag_each(words in prop::collection::vec("\\PC{0,12}|[\\u{300}-\\u{36f}'’«»—-]{0,4}", 0..40)) {
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        for model in [Model::english(), Model::french()] {
            prop_assert_eq!(tag(&model, &refs).len(), refs.len());
        }
    }
}

#[test]
fn empty_and_very_long_input() {
    let model = Model::english();
    assert!(tag(&model, &[]).is_empty());
    assert_eq!(tag(&model, &["", " ", "\u{0}", "\u{10FFFF}"]).len(), 4);
    let long: Vec<&str> =
        ["The", "fleet", "sailed", "east", ",", "and"].iter().copied().cycle().take(200_000).collect();
    assert_eq!(tag(&model, &long).len(), long.len());
    let word = "x".repeat(1 << 20);
    assert_eq!(tag(&model, &[&word]).len(), 1);
}
