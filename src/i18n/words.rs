//! The interface's words: every key with its French and English text.
//!
//! A text may hold `{name}` (replaced by an argument) and `{name|one|other}` (the form for the
//! argument's number under the language's plural rule: French treats 0 and 1 as singular, English
//! only 1); see [`super::format`]. The end-to-end test `i18n.test.mjs` reads this file to know
//! each language's strings, so keep one entry per key: the key, then the French text, then the
//! English one, as string literals.

/// The French and English text of `key`, `None` when the key is unknown.
pub(super) fn pair(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        // header and settings
        "tagline" => (
            "Qui a fait quoi, avec qui, quand et où — analysé dans votre navigateur, rien n'est envoyé.",
            "Who did what, with whom, when and where — analysed in your browser, nothing is sent.",
        ),
        "page_title" => ("Trame — qui a fait quoi, avec qui, quand et où", "Trame — who did what, with whom, when and where"),
        "offline" => ("Télécharger Trame", "Download Trame"),
        "offline_hint" => (
            "Une copie de Trame en un seul fichier HTML, utilisable sans réseau",
            "Trame as one HTML file that works with no network",
        ),
        "switch_lang" => ("Afficher l'interface en anglais", "Show the interface in French"),
        "theme" => ("Thème", "Theme"),
        "theme_auto" => ("auto", "auto"),
        "theme_light" => ("☀ clair", "☀ light"),
        "theme_dark" => ("☾ sombre", "☾ dark"),
        "close" => ("Fermer", "Close"),
        // the input form
        "empty" => (
            "Collez un article de presse (ou déposez des fichiers .txt/.html) et appuyez sur Analyser.",
            "Paste a news article (or drop .txt/.html files) and press Analyse.",
        ),
        "sample" => ("Essayer un exemple", "Try a sample"),
        "paste" => ("Texte de l'article", "Article text"),
        "title" => ("Titre (facultatif)", "Title (optional)"),
        "date" => ("Date de référence", "Reference date"),
        "date_ph" => ("AAAA-MM-JJ", "YYYY-MM-DD"),
        "date_field_hint" => (
            "Jour où l'article a été écrit ; s'applique aussi aux fichiers ajoutés. Vide : Trame la cherche dans le texte.",
            "The day the article was written; also applies to added files. Empty: Trame looks for it in the text.",
        ),
        "keep_date" => ("Garder la date pour l'article suivant", "Keep the date for the next article"),
        "lang" => ("Langue", "Language"),
        "auto" => ("auto", "auto"),
        "lang_fr" => ("français", "French"),
        "lang_en" => ("anglais", "English"),
        "analyse" => ("Analyser", "Analyse"),
        "analyse_key" => ("Ctrl+Entrée", "Ctrl+Enter"),
        "files" => ("Ajouter des fichiers", "Add files"),
        "drop" => ("ou déposez des fichiers ici", "or drop files here"),
        "bad_date" => {
            ("date attendue : AAAA, AAAA-MM ou AAAA-MM-JJ", "expected date: YYYY, YYYY-MM or YYYY-MM-DD")
        }
        "analysing" => ("Analyse en cours", "Analysing"),
        "cancel" => ("Annuler", "Cancel"),
        // the document list
        "documents" => ("Documents", "Documents"),
        "untitled" => ("(sans titre)", "(untitled)"),
        "remove" => ("Retirer", "Remove"),
        "clear" => ("Tout effacer", "Clear all"),
        "confirm_clear" => ("Effacer tous les documents ?", "Delete all documents?"),
        "export_json" => ("Exporter JSON", "Export JSON"),
        "export_csv" => ("Exporter CSV", "Export CSV"),
        "import_json" => ("Importer JSON", "Import JSON"),
        "export_corrections" => ("Exporter les corrections", "Export corrections"),
        "import_corrections" => ("Importer des corrections", "Import corrections"),
        "doc_counts" => (
            "{actors} {actors|acteur|acteurs} · {events} {events|événement|événements}",
            "{actors} {actors|actor|actors} · {events} {events|event|events}",
        ),
        "date_used" => ("Date utilisée : {date} ({source})", "Date used: {date} ({source})"),
        "no_date_used" => (
            "Aucune date de référence : les dates sans année restent sans année",
            "No reference date: dates without a year keep no year",
        ),
        "src_user" => ("saisie", "entered"),
        "src_meta" => ("métadonnées de la page", "page metadata"),
        "src_import" => ("analyse importée", "imported analysis"),
        "src_dateline" => ("en tête de l'article", "the article's dateline"),
        "src_text" => ("déduite d'une date du texte", "guessed from a date in the text"),
        "src_none" => ("aucune", "none"),
        "warn_text_year" => (
            "L'année {year} ne vient que d'une date citée dans le texte : si l'article est récent, saisissez sa date.",
            "The year {year} comes only from a date quoted in the text: if the article is recent, enter its date.",
        ),
        "warn_far" => (
            "Un événement est daté de {year}, {gap} {gap|an|ans} avant la date de référence : vérifiez-la.",
            "An event is dated {year}, {gap} {gap|year|years} before the reference date: check it.",
        ),
        "warn_corpus_far" => (
            "Ses événements datent de {year}, des décennies avant le reste du corpus ({to}) : vérifiez sa date de référence.",
            "Its events are dated {year}, decades before the rest of the corpus ({to}): check its reference date.",
        ),
        // results
        "tables" => ("Texte et tableaux", "Text and tables"),
        "timeline" => ("Chronologie", "Timeline"),
        "network" => ("Réseau", "Network"),
        "map" => ("Carte", "Map"),
        "views" => ("Vues de l'analyse", "Views of the analysis"),
        "legend" => ("Légende", "Legend"),
        "text" => ("Texte annoté", "Annotated text"),
        "actors" => ("Acteurs", "Actors"),
        "events" => ("Événements", "Events"),
        "relations" => ("Relations", "Relations"),
        "name" => ("Nom", "Name"),
        "type" => ("Type", "Type"),
        "aliases" => ("Alias", "Aliases"),
        "mentions" => ("Mentions", "Mentions"),
        "start" => ("Début", "Start"),
        "dated_by_publication" => (
            "Le texte ne date pas l'événement : date de publication",
            "The text does not date the event: date of publication",
        ),
        "end" => ("Fin", "End"),
        "place" => ("Lieu", "Place"),
        "participants" => ("Participants", "Participants"),
        "source" => ("Source", "Source"),
        "target" => ("Cible", "Target"),
        "filter" => ("Filtrer…", "Filter…"),
        "click_hint" => (
            "Cliquez une ligne pour surligner ses preuves dans le texte.",
            "Click a row to highlight its evidence in the text.",
        ),
        "no_events" => ("Aucun événement trouvé dans ce document.", "No event found in this document."),
        "no_relations" => ("Aucune relation trouvée dans ce document.", "No relation found in this document."),
        "correct" => ("Corriger", "Correct"),
        "rename" => ("Renommer", "Rename"),
        "merge" => ("Fusionner avec…", "Merge into…"),
        "delete" => ("Supprimer", "Delete"),
        "new_actor" => ("Nouvel acteur (dictionnaire)", "New actor (dictionary)"),
        "add" => ("Ajouter", "Add"),
        "add_alias" => ("Ajouter un alias", "Add an alias"),
        "split" => ("Séparer un alias…", "Split an alias…"),
        "evidence" => ("Preuves", "Evidence"),
        "see_in_text" => ("Voir dans le texte", "See in the text"),
        // types, as the interface names them (exports keep the FORMAT.md codes)
        "t_person" => ("personne", "person"),
        "t_country" => ("pays", "country"),
        "t_organization" => ("organisation", "organization"),
        "t_place" => ("lieu", "place"),
        "t_date" => ("date", "date"),
        "ev_exercise" => ("exercice", "exercise"),
        "ev_visit" => ("visite", "visit"),
        "ev_meeting" => ("rencontre", "meeting"),
        "ev_agreement" => ("accord", "agreement"),
        "ev_deployment" => ("déploiement", "deployment"),
        "ev_patrol" => ("patrouille", "patrol"),
        "rel_cooperation" => ("coopération", "cooperation"),
        "rel_opposition" => ("opposition", "opposition"),
        "rel_support" => ("soutien", "support"),
        "rel_affiliation" => ("appartenance", "affiliation"),
        // the views
        "timeline_hint" => (
            "Tout le corpus ; cliquez un événement pour voir ses preuves.",
            "Whole corpus; click an event to see its evidence.",
        ),
        "unknown_year" => {
            ("Année inconnue (non placés sur l'axe) :", "Unknown year (not placed on the axis):")
        }
        "span_warning" => (
            "La chronologie couvre {years} {years|an|ans} ({from}–{to}) : vérifiez la date de référence {docs|du document marqué|des documents marqués} ⚠ dans la liste.",
            "The timeline spans {years} {years|year|years} ({from}–{to}): check the reference {docs|date of the document|dates of the documents} marked ⚠ in the list.",
        ),
        "zoom_in" => ("Agrandir", "Zoom in"),
        "zoom_out" => ("Réduire", "Zoom out"),
        "export_svg" => ("Télécharger l'image SVG", "Download the SVG picture"),
        "export_png" => ("Télécharger l'image PNG", "Download the PNG picture"),
        "export_graphml" => ("Télécharger le réseau en GraphML (Gephi, yEd)", "Download the network as GraphML (Gephi, yEd)"),
        "relation_title" => ("{source} — {kind} → {target} ({n} {n|preuve|preuves})", "{source} — {kind} → {target} ({n} {n|piece|pieces} of evidence)"),
        "map_hint" => (
            "Pays participant aux événements en couleur ; cliquez un lieu pour voir ses preuves.",
            "Countries taking part in events are shaded; click a place to see its evidence.",
        ),
        "none" => ("aucun", "none"),
        "year_unknown" => ("(année ?)", "(year?)"),
        // notices: what happened, then what to do
        "store_unreadable" => (
            "Les données enregistrées dans ce navigateur étaient illisibles (abîmées ou écrites par un autre programme) : la page repart vide. Ajoutez à nouveau vos articles.",
            "The data saved in this browser could not be read (damaged, or written by another program): the page starts empty. Add your articles again.",
        ),
        "store_wrong_shape" => (
            "Les données enregistrées dans ce navigateur n'ont pas la forme attendue (écrites par un autre programme ou par une version plus récente de Trame) : la page repart vide, et ces données restent intactes sous la clé « trame.unreadable » du stockage du navigateur. Ajoutez à nouveau vos articles, ou rouvrez-les avec la version qui les a écrites.",
            "The data saved in this browser does not have the expected shape (written by another program or by a newer version of Trame): the page starts empty, and that data is kept untouched under the key \"trame.unreadable\" of the browser's storage. Add your articles again, or open them with the version that wrote them.",
        ),
        "store_repaired" => (
            "Une partie des réglages enregistrés était illisible et a été remise par défaut ; {kept} {kept|document conservé|documents conservés}.",
            "Part of the saved settings could not be read and was reset; {kept} {kept|document|documents} kept.",
        ),
        "store_converted" => (
            "Les données d'une version antérieure de Trame ont été converties ({kept} {kept|document conservé|documents conservés}).",
            "Data saved by an earlier version of Trame was converted ({kept} {kept|document|documents} kept).",
        ),
        "store_lost_docs" => (
            "{lost} {lost|document enregistré était illisible et a été écarté|documents enregistrés étaient illisibles et ont été écartés} ; {kept} {kept|conservé|conservés}. Ajoutez à nouveau les articles manquants.",
            "{lost} saved {lost|document could|documents could} not be read and {lost|was|were} left out; {kept} kept. Add the missing articles again.",
        ),
        "store_lost_parts" => (
            "{lost} {lost|partie|parties} sur {parts} du corpus enregistré {lost|était illisible|étaient illisibles} ; {kept} {kept|document conservé|documents conservés}. Ajoutez à nouveau les articles manquants.",
            "{lost} of {parts} parts of the saved corpus could not be read; {kept} {kept|document|documents} kept. Add the missing articles again.",
        ),
        "store_refused" => (
            "Le navigateur refuse d'enregistrer le corpus (stockage plein ou désactivé) : il sera perdu au rechargement. Exportez-le en JSON pour le garder.",
            "The browser refuses to save the corpus (storage full or turned off): it will be lost on reload. Export it as JSON to keep it.",
        ),
        "store_too_large" => (
            "Le corpus est trop grand pour la mémoire du navigateur : seuls les {kept} premiers documents sur {total} reviendront au rechargement. Exportez-le en JSON pour tout garder.",
            "The corpus is too large for the browser's storage: only the first {kept} of {total} documents will come back after a reload. Export it as JSON to keep everything.",
        ),
        "file_empty" => (
            "{file} : aucun texte dans ce fichier. Choisissez un fichier .txt ou .html qui contient l'article.",
            "{file}: this file holds no text. Choose a .txt or .html file that contains the article.",
        ),
        "file_binary" => (
            "{file} : ce n'est pas un texte mais un fichier binaire (image, archive, PDF…). Enregistrez l'article en .txt ou .html, ou collez son texte.",
            "{file}: this is not text but a binary file (image, archive, PDF…). Save the article as .txt or .html, or paste its text.",
        ),
        "file_unreadable" => (
            "{file} : le navigateur n'a pas pu lire ce fichier. Réessayez, ou collez son texte.",
            "{file}: the browser could not read this file. Try again, or paste its text.",
        ),
        "json_syntax" => (
            "{file} : ce n'est pas du JSON valide (erreur ligne {line}). Choisissez un fichier exporté par Trame.",
            "{file}: this is not valid JSON (error on line {line}). Choose a file exported by Trame.",
        ),
        "json_analysis_shape" => (
            "{file} : ce JSON n'est pas une analyse exportée par Trame (« Exporter JSON »). Rien n'a été importé.",
            "{file}: this JSON is not an analysis exported by Trame (\"Export JSON\"). Nothing was imported.",
        ),
        "json_corrections_shape" => (
            "{file} : ce JSON n'est pas un fichier de corrections exporté par Trame. Rien n'a été importé.",
            "{file}: this JSON is not a corrections file exported by Trame. Nothing was imported.",
        ),
        "import_empty" => (
            "{file} : l'analyse importée ne contient aucun texte d'article. Rien n'a été ajouté.",
            "{file}: the imported analysis holds no article text. Nothing was added.",
        ),
        "offline_self" => (
            "Copie hors ligne enregistrée sous trame.html : ouvrez-la dans un navigateur, même sans réseau.",
            "Offline copy saved as trame.html: open it in a browser, even with no network.",
        ),
        _ => return None,
    })
}
