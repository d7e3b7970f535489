//! Unit tests of event extraction helpers.

use super::merge::overlaps;
use crate::date::year_in_name;
use crate::date::PartialDate;

#[test]
fn years_in_names() {
    assert_eq!(year_in_name("Northern Shield-2023"), Some(2023));
    assert_eq!(year_in_name("NORD/SHIELD-2021"), Some(2021));
    assert_eq!(year_in_name("Steppe"), None);
    assert_eq!(year_in_name("Steppe Eagle-22"), Some(2022));
    assert_eq!(year_in_name("F-16"), None);
}

#[test]
fn overlapping_dates() {
    let d = |m, day| PartialDate { year: Some(2024), month: Some(m), day: Some(day) };
    assert!(overlaps(d(7, 8), d(7, 19), d(7, 11), d(7, 13)));
    assert!(!overlaps(d(7, 8), d(7, 9), d(8, 1), d(8, 2)));
}

/// Exercise names told with and without a modifier before them are one name; a modifier alone
/// is not dropped, and names with other words stay apart.
#[test]
fn modifiers_before_an_exercise_name_do_not_make_another_name() {
    use super::merge::same_name;
    assert!(same_name("Joint Harbour Shield", "Harbour Shield"));
    assert!(same_name("Naval Harbour Shield 2025", "Harbour Shield"));
    assert!(!same_name("Joint Warrior", "Harbour Shield"));
    assert!(!same_name("Joint Harbour Shield", "Shield"));
}
