//! The interface's words in French and English: texts by key ([`t`]), texts with arguments and
//! plural forms ([`Msg`]), the names of actor, event and relation types (the exported data keeps
//! the FORMAT.md codes), dates as readers write them, and the language a first visit starts in.

mod words;

use trame_engine::{EntityType, EventType, RelationType};

/// Interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ui {
    /// Français.
    Fr,
    /// English.
    En,
}

impl Ui {
    /// From a stored code (`fr` unless `en`).
    pub fn from_code(s: &str) -> Ui {
        if s == "en" {
            Ui::En
        } else {
            Ui::Fr
        }
    }

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Ui::Fr => "fr",
            Ui::En => "en",
        }
    }

    /// The other language (the switch's target).
    pub fn other(self) -> Ui {
        match self {
            Ui::Fr => Ui::En,
            Ui::En => Ui::Fr,
        }
    }

    /// The language's own name, as its speakers write it (on the switch).
    pub fn endonym(self) -> &'static str {
        match self {
            Ui::Fr => "Français",
            Ui::En => "English",
        }
    }

    /// The interface language for a browser asking for `langs` (`navigator.languages`, most
    /// wanted first): the first French or English one; English when it asks for neither.
    pub fn preferred(langs: &[String]) -> Ui {
        langs
            .iter()
            .find_map(|l| match l.split(['-', '_']).next().map(str::to_ascii_lowercase).as_deref() {
                Some("fr") => Some(Ui::Fr),
                Some("en") => Some(Ui::En),
                _ => None,
            })
            .unwrap_or(Ui::En)
    }

    /// Whether `n` takes the singular: French treats 0 and 1 as singular, English only 1.
    fn singular(self, n: i64) -> bool {
        match self {
            Ui::Fr => n == 0 || n == 1,
            Ui::En => n == 1,
        }
    }
}

/// What an unknown key shows: caught by the end-to-end tests (and the unit test below names the key).
pub const UNTRANSLATED: &str = "⟦untranslated⟧";

/// The text of `key` in `ui` ([`UNTRANSLATED`] for an unknown key).
pub fn t(ui: Ui, key: &str) -> &'static str {
    match (words::pair(key), ui) {
        (Some((fr, _)), Ui::Fr) => fr,
        (Some((_, en)), Ui::En) => en,
        (None, _) => UNTRANSLATED,
    }
}

/// A message with arguments, kept as key and arguments so that it follows the interface language
/// (a notice shown in French reads in English after the switch).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    /// The text's key.
    pub key: &'static str,
    /// Named arguments.
    pub args: Vec<(&'static str, String)>,
}

impl Msg {
    /// A message with no arguments yet.
    pub fn new(key: &'static str) -> Msg {
        Msg { key, args: Vec::new() }
    }

    /// Adds the argument `name`.
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Msg {
        self.args.push((name, value.to_string()));
        self
    }

    /// The message in `ui`.
    pub fn text(&self, ui: Ui) -> String {
        format(ui, t(ui, self.key), &self.args)
    }
}

/// Fills `template`: `{name}` becomes the argument, `{name|one|other}` the form its number takes
/// in `ui`. Unknown names are left as they are. Linear in the template's length.
pub fn format(ui: Ui, template: &str, args: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(len) = rest[open..].find('}') else {
            rest = &rest[open..];
            break;
        };
        let inner = &rest[open + 1..open + len];
        let mut parts = inner.split('|');
        let name = parts.next().unwrap_or("");
        let value = args.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str());
        match (value, parts.next(), parts.next()) {
            (Some(v), Some(one), Some(other)) => {
                let n = v.parse::<i64>().unwrap_or(2);
                out.push_str(if ui.singular(n) { one } else { other });
            }
            (Some(v), None, _) => out.push_str(v),
            _ => out.push_str(&rest[open..=open + len]),
        }
        rest = &rest[open + len + 1..];
    }
    out.push_str(rest);
    out
}

/// The name of an actor type in `ui`.
pub fn entity_type(ui: Ui, k: EntityType) -> &'static str {
    t(
        ui,
        match k {
            EntityType::Person => "t_person",
            EntityType::Country => "t_country",
            EntityType::Organization => "t_organization",
            EntityType::Place => "t_place",
            EntityType::Date => "t_date",
        },
    )
}

/// The name of an event type in `ui`.
pub fn event_type(ui: Ui, k: EventType) -> &'static str {
    t(
        ui,
        match k {
            EventType::Exercise => "ev_exercise",
            EventType::Visit => "ev_visit",
            EventType::Meeting => "ev_meeting",
            EventType::Agreement => "ev_agreement",
            EventType::Deployment => "ev_deployment",
            EventType::Patrol => "ev_patrol",
        },
    )
}

/// The name of a relation type in `ui`.
pub fn relation_type(ui: Ui, k: RelationType) -> &'static str {
    t(
        ui,
        match k {
            RelationType::Cooperation => "rel_cooperation",
            RelationType::Opposition => "rel_opposition",
            RelationType::Support => "rel_support",
            RelationType::Affiliation => "rel_affiliation",
        },
    )
}

/// The short name of month `m` (1–12) in `ui`: `mars`, `avr.` / `Mar`, `Apr`.
pub fn month_short(ui: Ui, m: u32) -> &'static str {
    const FR: [&str; 12] =
        ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
    const EN: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let i = (m.clamp(1, 12) - 1) as usize;
    match ui {
        Ui::Fr => FR[i],
        Ui::En => EN[i],
    }
}

/// An analysis date (`2025-03-19`, `2025-03`, `2025`, `XXXX-08-30`) as a reader writes it:
/// `19 mars 2025`, `mars 2025`, `2025`, `30 août (année ?)` / `19 Mar 2025`, `Aug 30 (year?)`…
/// Anything else is returned as it is.
pub fn date_text(ui: Ui, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let month = parts.get(1).and_then(|m| m.parse::<u32>().ok()).filter(|m| (1..=12).contains(m));
    let day = parts.get(2).and_then(|d| d.parse::<u32>().ok()).filter(|d| (1..=31).contains(d));
    let year = match parts.first() {
        Some(y) if !y.is_empty() && y.chars().all(|c| c == 'X') => t(ui, "year_unknown").to_string(),
        Some(y) if y.parse::<i32>().is_ok() => y.to_string(),
        _ => return iso.to_string(),
    };
    match (parts.len(), month, day) {
        (1, _, _) => year,
        (2, Some(m), _) => format!("{} {year}", month_short(ui, m)),
        (3, Some(m), Some(d)) => format!("{d} {} {year}", month_short(ui, m)),
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_readers_write_them() {
        assert_eq!(date_text(Ui::Fr, "2025-03-19"), "19 mars 2025");
        assert_eq!(date_text(Ui::En, "2025-03-19"), "19 Mar 2025");
        assert_eq!(date_text(Ui::Fr, "2024-08"), "août 2024");
        assert_eq!(date_text(Ui::En, "2024"), "2024");
        assert_eq!(date_text(Ui::Fr, "XXXX-08-30"), "30 août (année ?)");
        assert_eq!(date_text(Ui::En, "soon"), "soon");
        assert_eq!(date_text(Ui::En, "2024-13"), "2024-13");
    }

    #[test]
    fn plurals_follow_each_language() {
        let counts =
            |ui, a: usize, e: usize| Msg::new("doc_counts").arg("actors", a).arg("events", e).text(ui);
        assert_eq!(counts(Ui::Fr, 1, 2), "1 acteur · 2 événements");
        assert_eq!(counts(Ui::Fr, 0, 1), "0 acteur · 1 événement");
        assert_eq!(counts(Ui::En, 0, 1), "0 actors · 1 event");
        assert_eq!(counts(Ui::En, 21, 1), "21 actors · 1 event");
        // unknown names and unclosed braces stay as they are
        assert_eq!(format(Ui::En, "{x} {y|a|b} {", &[]), "{x} {y|a|b} {");
    }

    #[test]
    fn first_visit_follows_the_browser() {
        let l = |v: &[&str]| Ui::preferred(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(l(&["en-GB", "fr"]), Ui::En);
        assert_eq!(l(&["de-DE", "fr-CA", "en"]), Ui::Fr);
        assert_eq!(l(&["de"]), Ui::En);
        assert_eq!(l(&[]), Ui::En);
    }

    /// Every key the sources ask for exists in both languages (an unknown key would show `⟦key⟧`).
    #[test]
    fn every_key_used_is_translated() {
        let mut missing = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") || path.ends_with("words.rs") {
                continue;
            }
            let src = std::fs::read_to_string(&path).unwrap();
            for call in ["t(ui(), \"", "t(ui, \"", "t(ctx.ui(), \"", "Msg::new(\""] {
                for (at, _) in src.match_indices(call) {
                    let rest = &src[at + call.len()..];
                    let key = &rest[..rest.find('"').unwrap_or(0)];
                    if words::pair(key).is_none() {
                        missing.push(format!("{}: {key}", path.display()));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "keys with no text: {missing:?}");
    }
}
