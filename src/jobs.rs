//! Analysis jobs: the corpus is analysed in the worker (off the main thread) or, where no worker
//! can start, on the main thread one document per task; answers are collected per job, linked
//! across documents, corrected and shown. A newer job or a cancel makes older answers void.

use leptos::prelude::*;
use trame_engine::{DocumentAnalysis, ReferenceOrigin};

use crate::ctx::Ctx;
use crate::storage::StoredDoc;
use crate::worker;

/// Size of the parts of the corpus sent to the worker.
const PART_BYTES: usize = 1 << 20;

/// Analyses the whole corpus in the analysis worker (off the main thread), one answer per
/// document for progress; cancel keeps what is done. Where the worker cannot start (no worker
/// script, e.g. in component tests), documents are analysed on the main thread, one per task.
pub fn analyse_all(ctx: Ctx) {
    let docs = ctx.stored.with_untracked(|s| s.docs.clone());
    let total = docs.len();
    let id = ctx.job.get_untracked() + 1;
    ctx.job.set(id);
    ctx.cancel.set(false);
    if total == 0 {
        ctx.analyses.set(Vec::new());
        ctx.progress.set(None);
        return;
    }
    ctx.progress.set(Some((0, total)));
    ctx.pending.set_value(vec![None; total]);
    if !ctx.worker_ok.get_untracked() {
        main_thread(ctx, id, docs);
        return;
    }
    if ctx.worker.with_value(Option::is_none) {
        use gloo_worker::Spawnable;
        let bridge = worker::AnalysisWorker::spawner()
            .callback(move |answer| on_answer(ctx, answer))
            .encoding::<worker::Json>()
            // a loader file of the site (assets/worker-loader.js), not gloo's blob: shim: the
            // page's CSP allows workers from the site only
            .with_loader(true)
            .spawn("./worker-loader.js");
        ctx.worker.set_value(Some(bridge));
    }
    // the corpus goes to the worker in parts of about a megabyte, one part per task: encoding and
    // posting a 10 MB message at once would block the page. (Sent before the fallback below, which
    // takes over if the worker never answers.)
    leptos::task::spawn_local({
        let docs = docs.clone();
        async move {
            let mut first = 0;
            while first < docs.len() {
                let mut size = 0;
                let end = (first..docs.len())
                    .find(|&i| {
                        size += docs[i].text.len();
                        size >= PART_BYTES
                    })
                    .map_or(docs.len(), |i| i + 1);
                if ctx.job.get_untracked() != id || ctx.cancel.get_untracked() {
                    return;
                }
                let part = worker::Job { id, first, docs: docs[first..end].to_vec(), bench: false };
                ctx.worker.with_value(|w| {
                    if let Some(w) = w {
                        w.send(part)
                    }
                });
                // the next part once the worker works on this one: a worker still loading would
                // have queued every part, to encode them all in one task when ready
                let started = first;
                first = end;
                while first < docs.len() {
                    gloo::timers::future::TimeoutFuture::new(20).await;
                    if ctx.job.get_untracked() != id || ctx.cancel.get_untracked() {
                        return;
                    }
                    if ctx.pending.with_value(|p| p.get(started).is_some_and(Option::is_some)) {
                        break;
                    }
                }
            }
        }
    });
    // a worker that does not answer (no worker script) is replaced by the main thread
    leptos::task::spawn_local(async move {
        gloo::timers::future::TimeoutFuture::new(4000).await;
        let silent = ctx.pending.with_value(|p| p.iter().all(Option::is_none));
        if ctx.job.get_untracked() == id && silent && ctx.progress.get_untracked().is_some() {
            ctx.worker_ok.set(false);
            ctx.worker.set_value(None);
            main_thread(ctx, id, docs);
        }
    });
}

fn on_answer(ctx: Ctx, answer: worker::Answer) {
    let worker::Answer::Done { id, index, analysis, origin } = answer else {
        return;
    };
    if id != ctx.job.get_untracked() || ctx.cancel.get_untracked() {
        return;
    }
    record(ctx, index, (*analysis, origin));
}

/// Keeps one finished document; the corpus is shown when all are done.
fn record(ctx: Ctx, index: usize, analysis: (DocumentAnalysis, ReferenceOrigin)) {
    let (done, total) = ctx.pending.with_value(|p| (p.iter().filter(|x| x.is_some()).count() + 1, p.len()));
    ctx.pending.update_value(|p| {
        if let Some(slot) = p.get_mut(index) {
            *slot = Some(analysis);
        }
    });
    ctx.progress.set(Some((done, total)));
    if done >= total {
        finish(ctx);
    }
}

fn finish(ctx: Ctx) {
    let pending = ctx.pending.try_update_value(std::mem::take).unwrap_or_default();
    let (documents, origins): (Vec<_>, Vec<_>) = ctx.stored.with_untracked(|s| {
        s.docs
            .iter()
            .zip(pending.into_iter().chain(std::iter::repeat(None)))
            .map(|(d, a)| {
                a.unwrap_or_else(|| {
                    let empty = DocumentAnalysis {
                        source: d.title.clone(),
                        text: d.text.clone(),
                        ..Default::default()
                    };
                    (empty, ReferenceOrigin::None)
                })
            })
            .unzip()
    });
    let mut corpus = trame_engine::Analysis { documents };
    trame_engine::link_occurrences(&mut corpus);
    let total = corpus.documents.len();
    ctx.raw.set_value(corpus.documents);
    let job = ctx.job.get_untracked();
    // the page redraws in the next task
    leptos::task::spawn_local(async move {
        gloo::timers::future::TimeoutFuture::new(0).await;
        if ctx.job.get_untracked() != job {
            return;
        }
        if ctx.current.get_untracked() >= total {
            ctx.current.set(total.saturating_sub(1));
        }
        ctx.origins.set(origins);
        ctx.refresh();
        ctx.progress.set(None);
    });
}

/// Stops the running analysis, keeping the documents already analysed.
pub fn cancel(ctx: Ctx) {
    ctx.cancel.set(true);
    // the busy worker is let go; the next analysis starts a fresh one
    ctx.worker.set_value(None);
    finish(ctx);
}

fn main_thread(ctx: Ctx, id: u64, docs: Vec<StoredDoc>) {
    leptos::task::spawn_local(async move {
        for (i, d) in docs.iter().enumerate() {
            gloo::timers::future::TimeoutFuture::new(0).await;
            if ctx.cancel.get_untracked() || ctx.job.get_untracked() != id {
                return;
            }
            record(ctx, i, trame_engine::analyze_traced(&d.to_document(), trame_engine::Gazetteer::global()));
        }
    });
}
