//! Unit tests of mention recognition.

use super::person::skeleton;
use super::work_done;
use crate::{analyze, Document};

#[test]
fn skeletons_merge_transliterations() {
    assert_eq!(skeleton("Choïgou"), skeleton("Shoigu"));
    assert_eq!(skeleton("Sergueï Choïgou"), skeleton("Sergei Shoigu"));
    assert_eq!(skeleton("Patrouchev"), skeleton("Patrushev"));
    assert_eq!(skeleton("Poutine"), skeleton("Putin"));
    assert_eq!(skeleton("Nikolaï"), skeleton("Nikolay"));
    assert_ne!(skeleton("Li"), skeleton("Xi"));
}

/// One long document: ten times the text costs at most eleven times the work of recognition
/// (counted: the items every pass visits, inner scans included). Scans of every organization for
/// each organization, of every acronym found for each token, and of every acting capital for each
/// capital made it 13 to 15 times before (README "Performance").
#[test]
fn recognition_work_grows_linearly_with_one_long_document() {
    // our own words: acronyms in parentheses and their reuse, organizations by head, a capital that
    // acts, a place word, persons with titles, in both languages
    let paragraph = "The Northern Maritime Agency (NMA) said on Monday that the Coastal Defence Council \
        of Norland had met in the city of Harwick. Oslo warned that NMA patrols would grow, and the \
        defence minister Karl Brenner met his counterpart Aino Lehto. Brenner said the Baltic Naval \
        Academy would train cadets.\nL'Agence nationale de veille côtière (ANVC) a indiqué que le \
        ministre Paul Garnier rencontrerait Madrid. Selon l'ANVC, Paris et Berlin ont signé un accord \
        près de la ville de Rocheval.\n";
    let count = |copies: usize| {
        let doc = Document::new("long", paragraph.repeat(copies));
        let before = work_done();
        let _ = analyze(&doc);
        work_done() - before
    };
    let (small, large) = (count(40), count(400));
    eprintln!("recognition work: {small} -> {large} ({:.2}x for 10x the text)", large as f64 / small as f64);
    assert!(small > 0);
    assert!(large * 10 <= small * 110, "10x the text cost {:.2}x the work", large as f64 / small as f64);
}
