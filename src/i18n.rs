//! The interface's words in French and English.

/// Interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ui {
    /// Français.
    Fr,
    /// English.
    En,
}

impl Ui {
    /// From a stored code.
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
}

/// The text of `key` in `ui`; the key itself when unknown.
pub fn t(ui: Ui, key: &'static str) -> &'static str {
    let (fr, en) = match key {
        "tagline" => (
            "Qui a fait quoi, avec qui, quand et où — analysé dans votre navigateur, rien n'est envoyé.",
            "Who did what, with whom, when and where — analysed in your browser, nothing is sent.",
        ),
        "empty" => (
            "Collez un article de presse (ou déposez des fichiers .txt/.html) et appuyez sur Analyser.",
            "Paste a news article (or drop .txt/.html files) and press Analyse.",
        ),
        "sample" => ("Essayer un exemple", "Try a sample"),
        "paste" => ("Texte de l'article", "Article text"),
        "title" => ("Titre (facultatif)", "Title (optional)"),
        "date" => ("Date de référence", "Reference date"),
        "lang" => ("Langue", "Language"),
        "auto" => ("auto", "auto"),
        "analyse" => ("Analyser", "Analyse"),
        "files" => ("Ajouter des fichiers", "Add files"),
        "drop" => ("ou déposez des fichiers ici", "or drop files here"),
        "documents" => ("Documents", "Documents"),
        "remove" => ("Retirer", "Remove"),
        "clear" => ("Tout effacer", "Clear all"),
        "confirm_clear" => ("Effacer tous les documents ?", "Delete all documents?"),
        "export_json" => ("Exporter JSON", "Export JSON"),
        "export_csv" => ("Exporter CSV", "Export CSV"),
        "import_json" => ("Importer JSON", "Import JSON"),
        "actors" => ("Acteurs", "Actors"),
        "events" => ("Événements", "Events"),
        "relations" => ("Relations", "Relations"),
        "text" => ("Texte annoté", "Annotated text"),
        "name" => ("Nom", "Name"),
        "type" => ("Type", "Type"),
        "aliases" => ("Alias", "Aliases"),
        "mentions" => ("Mentions", "Mentions"),
        "start" => ("Début", "Start"),
        "end" => ("Fin", "End"),
        "place" => ("Lieu", "Place"),
        "participants" => ("Participants", "Participants"),
        "source" => ("Source", "Source"),
        "target" => ("Cible", "Target"),
        "filter" => ("Filtrer…", "Filter…"),
        "cancel" => ("Annuler", "Cancel"),
        "analysing" => ("Analyse en cours", "Analysing"),
        "theme" => ("Thème", "Theme"),
        "person" => ("personne", "person"),
        "country" => ("pays", "country"),
        "organization" => ("organisation", "organization"),
        "place_t" => ("lieu", "place"),
        "date_t" => ("date", "date"),
        "none" => ("aucun", "none"),
        "click_hint" => (
            "Cliquez une ligne pour surligner ses preuves dans le texte.",
            "Click a row to highlight its evidence in the text.",
        ),
        "bad_date" => {
            ("date attendue : AAAA, AAAA-MM ou AAAA-MM-JJ", "expected date: YYYY, YYYY-MM or YYYY-MM-DD")
        }
        "timeline" => ("Chronologie", "Timeline"),
        "network" => ("Réseau", "Network"),
        "tables" => ("Texte et tableaux", "Text and tables"),
        "timeline_hint" => (
            "Tout le corpus ; cliquez un événement pour voir ses preuves.",
            "Whole corpus; click an event to see its evidence.",
        ),
        "unknown_year" => {
            ("Année inconnue (non placés sur l'axe) :", "Unknown year (not placed on the axis):")
        }
        "correct" => ("Corriger", "Correct"),
        "rename" => ("Renommer", "Rename"),
        "merge" => ("Fusionner avec…", "Merge into…"),
        "delete" => ("Supprimer", "Delete"),
        "export_corrections" => ("Exporter les corrections", "Export corrections"),
        "import_corrections" => ("Importer des corrections", "Import corrections"),
        "offline" => ("Télécharger Trame", "Download Trame"),
        "offline_hint" => (
            "Une copie de Trame en un seul fichier HTML, utilisable sans réseau",
            "Trame as one HTML file that works with no network",
        ),
        "map" => ("Carte", "Map"),
        "evidence" => ("Preuves", "Evidence"),
        "see_in_text" => ("Voir dans le texte", "See in the text"),
        "map_hint" => (
            "Pays participant aux événements en couleur ; cliquez un lieu pour voir ses preuves.",
            "Countries taking part in events are shaded; click a place to see its evidence.",
        ),
        "new_actor" => ("Nouvel acteur (dictionnaire)", "New actor (dictionary)"),
        "add" => ("Ajouter", "Add"),
        "add_alias" => ("Ajouter un alias", "Add an alias"),
        "split" => ("Séparer un alias…", "Split an alias…"),
        _ => (key, key),
    };
    match ui {
        Ui::Fr => fr,
        Ui::En => en,
    }
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
        Some(y) if y.chars().all(|c| c == 'X') => match ui {
            Ui::Fr => "(année ?)".to_string(),
            Ui::En => "(year?)".to_string(),
        },
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
}
