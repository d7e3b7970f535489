//! Verbs given once, by their infinitive (French) or base form (English), and matched in every
//! regular inflection: a list of "traquer" knows "traque", "traquent", "traqué", "traquait";
//! one of "hunt" knows "hunts", "hunted", "hunting". Word lists of inflected forms kept missing
//! the one form an article used ("l'armée pourchasse X" when only "pourchassent" was listed);
//! a lemma with its language's endings cannot. Irregular forms ("fought", "combat") stay in the
//! exact lists beside.
//!
//! Forms are folded (lowercase, no accents), so French "é" endings are those of "e".

use super::{english, french};

/// Verbs of one meaning, by lemma, in both languages (articles quote the other one).
#[derive(Clone, Copy)]
pub struct Verbs {
    /// French infinitives ending in "-er" or "-ir" (folded); others match only as written.
    pub fr: &'static [&'static str],
    /// English base forms (folded).
    pub en: &'static [&'static str],
}

impl Verbs {
    /// Whether `w` (folded) is a regular form of one of the verbs.
    pub fn contains(&self, w: &str) -> bool {
        self.fr.iter().any(|l| french_form_of(w, l)) || self.en.iter().any(|l| english_form_of(w, l))
    }
}

/// Whether `w` is a form of the French verb `lemma`: its stem and one of its group's endings
/// (first group "-er", second group "-ir").
fn french_form_of(w: &str, lemma: &str) -> bool {
    let (stem, endings) = if let Some(stem) = lemma.strip_suffix("er") {
        (stem, french::ER_ENDINGS)
    } else if let Some(stem) = lemma.strip_suffix("ir") {
        (stem, french::IR_ENDINGS)
    } else {
        return w == lemma;
    };
    w.strip_prefix(stem).is_some_and(|end| endings.contains(&end))
}

/// Whether `w` is a form of the English verb `base`: "-s"/"-es", "-ed", "-ing", with a final
/// "e" dropped ("chase", "chased", "chasing"), a final "y" after a consonant turned to "ie"
/// ("deploy" keeps it), or the last consonant doubled ("combatting", "shelled").
fn english_form_of(w: &str, base: &str) -> bool {
    if w == base {
        return true;
    }
    let Some(end) = w.strip_prefix(base) else {
        // "chasing", "chased" from "chase"; "carried" from "carry"
        if let Some(stem) = base.strip_suffix('e') {
            return w.strip_prefix(stem).is_some_and(|end| english::VERB_ENDINGS.contains(&end));
        }
        if let Some(stem) = base.strip_suffix('y') {
            return w.strip_prefix(stem).is_some_and(|end| ["ies", "ied"].contains(&end));
        }
        return false;
    };
    if english::VERB_ENDINGS.contains(&end) || (base.ends_with('e') && ["s", "d"].contains(&end)) {
        return true;
    }
    // a doubled last consonant: "shelled", "combatting"
    let last = base.chars().last().unwrap_or('a');
    !"aeiouy".contains(last) && end.strip_prefix(last).is_some_and(|rest| ["ed", "ing"].contains(&rest))
}

/// Verbs of fighting or undermining someone ("traquer", "pilonner", "hunt", "destabilise"): the
/// subject opposes the object, as the exact [`super::HOSTILE_ACTS`] do.
pub const FIGHT_VERBS: Verbs = Verbs { fr: french::FIGHT_VERBS, en: english::FIGHT_VERBS };

/// Verbs of sanctioning a country through its diplomats ("rappeler son ambassadeur", "expelled
/// the envoy", "summoned the ambassador"): the subject opposes the diplomat's country or the one
/// the diplomat was posted to.
pub const ENVOY_SANCTIONS: Verbs = Verbs { fr: french::ENVOY_SANCTIONS, en: english::ENVOY_SANCTIONS };

/// Verbs of expelling ("expulser", "expel"): besides diplomats, any agent or national of a country
/// ([`super::EXPELLED_WORDS`]), and the passive's "from" names who expels.
pub const EXPEL_VERBS: Verbs = Verbs { fr: french::EXPEL_VERBS, en: english::EXPEL_VERBS };

/// Verbs of keeping troops somewhere ("maintenir", "keep", "station"): with troops and another
/// country after them, a deployment there.
pub const KEEPING_VERBS: Verbs = Verbs { fr: french::KEEPING_VERBS, en: english::KEEPING_VERBS };

/// Verbs of permitting ("laisser", "allow"): denied before another side's hostile act ("will not
/// allow X to destabilise Y"), they oppose that side.
pub const PERMIT_VERBS: Verbs = Verbs { fr: french::PERMIT_VERBS, en: english::PERMIT_VERBS };

/// Verbs of declaring ("déclarer", "declare"): with a word of [`crate::lang::UNWELCOME_WORDS`]
/// after them, they expel ("declared two diplomats persona non grata").
pub const DECLARE_VERBS: Verbs = Verbs { fr: french::DECLARE_VERBS, en: english::DECLARE_VERBS };

/// Verbs of summoning ("convoquer", "summon"): the host summons another's diplomat.
pub const SUMMON_VERBS: Verbs = Verbs { fr: french::SUMMON_VERBS, en: english::SUMMON_VERBS };

/// Verbs of leaving ("quitter", "leave"): a diplomat ordered to leave a country is expelled.
pub const LEAVE_VERBS: Verbs = Verbs { fr: french::LEAVE_VERBS, en: english::LEAVE_VERBS };

/// Verbs of signing ("signer", "sign"): who signs "for" a country speaks for it.
pub const SIGN_VERBS: Verbs = Verbs { fr: french::SIGN_VERBS, en: english::SIGN_VERBS };

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_regular_forms_match_their_infinitive() {
        for w in ["traque", "traquent", "traquait", "traques", "traquer", "traquant", "traqueront"] {
            assert!(french_form_of(w, "traquer"), "{w}");
        }
        for w in ["envahi", "envahit", "envahissent", "envahie"] {
            assert!(french_form_of(w, "envahir"), "{w}");
        }
        for w in ["traqueur", "tra", "traquons-nous"] {
            assert!(!french_form_of(w, "traquer"), "{w}");
        }
    }

    #[test]
    fn english_regular_forms_match_their_base() {
        for w in ["hunt", "hunts", "hunted", "hunting"] {
            assert!(english_form_of(w, "hunt"), "{w}");
        }
        for w in ["chase", "chases", "chased", "chasing"] {
            assert!(english_form_of(w, "chase"), "{w}");
        }
        for w in ["combats", "combated", "combatting", "combating"] {
            assert!(english_form_of(w, "combat"), "{w}");
        }
        for w in ["hunter", "hun", "chasm", "combatant"] {
            assert!(!english_form_of(w, "hunt") && !english_form_of(w, "chase"), "{w}");
            assert!(!english_form_of(w, "combat"), "{w}");
        }
    }
}
