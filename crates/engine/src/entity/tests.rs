//! Unit tests of mention recognition.

use super::person::skeleton;

#[test]
fn skeletons_merge_transliterations() {
    assert_eq!(skeleton("Choïgou"), skeleton("Shoigu"));
    assert_eq!(skeleton("Sergueï Choïgou"), skeleton("Sergei Shoigu"));
    assert_eq!(skeleton("Patrouchev"), skeleton("Patrushev"));
    assert_eq!(skeleton("Poutine"), skeleton("Putin"));
    assert_eq!(skeleton("Nikolaï"), skeleton("Nikolay"));
    assert_ne!(skeleton("Li"), skeleton("Xi"));
}
