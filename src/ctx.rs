//! The page's shared state, provided as context by `App` and read by every component, with the
//! two operations that change what is shown without a new analysis (corrections).

use leptos::prelude::*;
use trame_engine::{DocumentAnalysis, ReferenceOrigin, Span};

use crate::corrections;
use crate::i18n::{Msg, Ui};
use crate::storage::Stored;
use crate::worker;

/// The page's shared state.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The persisted corpus and settings.
    pub stored: RwSignal<Stored>,
    /// The interface language (a memo: views follow it, not every change of `stored`).
    pub lang: Memo<Ui>,
    /// The analysis of each document, in corpus order.
    pub analyses: RwSignal<Vec<DocumentAnalysis>>,
    /// Index of the document shown.
    pub current: RwSignal<usize>,
    /// Evidence spans highlighted in the text.
    pub evidence: RwSignal<Vec<Span>>,
    /// Analysis progress: (done, total) while running.
    pub progress: RwSignal<Option<(usize, usize)>>,
    /// Set to stop a running analysis.
    pub cancel: RwSignal<bool>,
    /// Messages for the user (restore problems, bad input), shown together until closed.
    pub notice: RwSignal<Vec<Msg>>,
    /// Number of the current analysis job.
    pub job: RwSignal<u64>,
    /// Analyses received for the current job.
    pub pending: StoredValue<Vec<Option<(DocumentAnalysis, ReferenceOrigin)>>, LocalStorage>,
    /// The analysis worker, once started.
    pub worker: StoredValue<Option<gloo_worker::WorkerBridge<worker::AnalysisWorker>>, LocalStorage>,
    /// Whether the worker answers (else analysis runs on the main thread, one document per task).
    pub worker_ok: RwSignal<bool>,
    /// The analyses as the engine gave them, before corrections.
    pub raw: StoredValue<Vec<DocumentAnalysis>>,
    /// Where each document's reference date came from, in corpus order (set with `analyses`).
    pub origins: RwSignal<Vec<ReferenceOrigin>>,
}

impl Ctx {
    /// A fresh state around the stored corpus (`notice`: what restoring it had to say).
    pub fn new(stored: Stored, notice: Option<Msg>) -> Ctx {
        let current = RwSignal::new(stored.selected_index());
        let stored = RwSignal::new(stored);
        Ctx {
            stored,
            lang: Memo::new(move |_| stored.with(|s| Ui::from_code(&s.ui_lang))),
            analyses: RwSignal::new(Vec::new()),
            current,
            evidence: RwSignal::new(Vec::new()),
            progress: RwSignal::new(None),
            cancel: RwSignal::new(false),
            notice: RwSignal::new(notice.into_iter().collect()),
            job: RwSignal::new(0),
            pending: StoredValue::new_local(Vec::new()),
            worker: StoredValue::new_local(None),
            // module workers cannot start from file:// pages (the offline copy, a local folder)
            worker_ok: RwSignal::new(window().location().protocol().map(|p| p != "file:").unwrap_or(true)),
            raw: StoredValue::new(Vec::new()),
            origins: RwSignal::new(Vec::new()),
        }
    }

    /// The interface language.
    pub fn ui(&self) -> Ui {
        self.lang.get()
    }

    /// Shows a message to the user (in the interface language, which it follows).
    pub fn tell(&self, msg: Msg) {
        self.notice.set(vec![msg]);
    }

    /// The analysis of the document shown, if any.
    pub fn shown(&self) -> Option<DocumentAnalysis> {
        let i = self.current.get();
        self.analyses.with(|a| a.get(i).cloned())
    }

    /// Shows the analyses with the analyst's corrections applied.
    pub fn refresh(self) {
        let mut docs = self.raw.get_value();
        self.stored.with_untracked(|s| corrections::apply(&mut docs, &s.corrections));
        self.analyses.set(docs);
    }

    /// Records a correction and shows its effect at once.
    pub fn correct(self, c: corrections::Correction) {
        self.stored.update(|s| s.corrections.push(c));
        self.evidence.set(Vec::new());
        self.refresh();
    }
}
