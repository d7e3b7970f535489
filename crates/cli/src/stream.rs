//! `trame analyze --jsonl` and `trame link`: corpora as JSON Lines, in constant memory.
//!
//! `--jsonl` reads one `{"id","text","date","lang"}` object per line and writes one document
//! analysis per line, in input order, as soon as it and those before it are ready. A reader hands
//! lines to `jobs` worker threads; a writer puts their answers back in order. The reader never runs
//! more than a fixed window of lines ahead of the writer, so memory stays flat however long the
//! input. A bad line costs one error on stderr naming its line number; the others go on.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Condvar, Mutex};

use anyhow::Context as _;
use serde::Deserialize;
use trame_engine::{analyze, decode, Analysis, Document, DocumentAnalysis, Lang, ReferenceDate};

/// One input line.
#[derive(Deserialize)]
struct Line {
    id: Option<String>,
    text: String,
    date: Option<String>,
    lang: Option<String>,
}

/// Options `--jsonl` shares with `trame analyze` on files (they win over each line's own).
pub struct Shared {
    pub date: Option<ReferenceDate>,
    pub lang: Option<Lang>,
}

/// The document of one line, as `trame analyze` would read it from a file named after its id.
fn document(n: usize, raw: &[u8], shared: &Shared) -> Result<Document, String> {
    let raw = std::str::from_utf8(raw).map_err(|e| format!("not UTF-8: {e}"))?;
    let line: Line = serde_json::from_str(raw).map_err(|e| format!("bad JSON: {e}"))?;
    let source = line.id.unwrap_or_else(|| format!("line {n}"));
    let decoded = decode(line.text.as_bytes(), &source).map_err(|e| e.to_string())?;
    let lang = match (shared.lang, line.lang.as_deref().filter(|l| !l.trim().is_empty())) {
        (Some(l), _) => Some(l),
        (None, Some(l)) => Some(Lang::parse(l).ok_or_else(|| format!("bad language {l:?}"))?),
        (None, None) => None,
    };
    let date = match (shared.date, line.date.as_deref().filter(|d| !d.trim().is_empty())) {
        (Some(d), _) => Some(d),
        (None, Some(d)) => Some(d.parse::<ReferenceDate>().map_err(|e| e.to_string())?),
        (None, None) => None,
    };
    let doc = Document { source, text: decoded.text, date: decoded.date, lang };
    Ok(match date {
        Some(d) => doc.with_date(d),
        None => doc,
    })
}

fn analyse_line(n: usize, raw: &[u8], shared: &Shared) -> Result<String, String> {
    let doc = document(n, raw, shared)?;
    serde_json::to_string(&analyze(&doc)).map_err(|e| e.to_string())
}

/// A line to analyse: its rank among the lines sent, its line number, its bytes.
type Job = (usize, usize, Vec<u8>);
/// The answer for a line: its rank, its line number, the analysis JSON or an error.
type Answer = (usize, usize, Result<String, String>);

/// How many lines the writer has written, and a signal when it moves.
type Progress = Arc<(Mutex<usize>, Condvar)>;

/// Analyses JSON Lines from `input` into `out` with `jobs` threads; returns whether every line
/// could be analysed.
pub fn analyze_jsonl(
    input: impl BufRead,
    out: impl Write + Send,
    jobs: usize,
    shared: &Shared,
) -> anyhow::Result<bool> {
    let jobs = jobs.max(1);
    let window = jobs * 8;
    let (line_tx, line_rx) = sync_channel::<Job>(window);
    let (done_tx, done_rx) = sync_channel::<Answer>(window);
    let line_rx = Arc::new(Mutex::new(line_rx));
    let progress: Progress = Arc::new((Mutex::new(0), Condvar::new()));
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let (rx, tx) = (Arc::clone(&line_rx), done_tx.clone());
            scope.spawn(move || worker(&rx, &tx, shared));
        }
        drop(done_tx);
        let writer = {
            let progress = Arc::clone(&progress);
            scope.spawn(move || write_in_order(done_rx, out, &progress))
        };
        let read = read_lines(input, &line_tx, window, &progress);
        drop(line_tx);
        let written = writer.join().map_err(|_| anyhow::anyhow!("the writer thread panicked"))?;
        read?;
        written
    })
}

fn worker(rx: &Mutex<Receiver<Job>>, tx: &std::sync::mpsc::SyncSender<Answer>, shared: &Shared) {
    loop {
        let next = rx.lock().map(|r| r.recv());
        let Ok(Ok((rank, n, raw))) = next else { return };
        if tx.send((rank, n, analyse_line(n, &raw, shared))).is_err() {
            return;
        }
    }
}

/// Numbers the non-blank lines (1-based line numbers), waiting while the window is full.
fn read_lines(
    mut input: impl BufRead,
    tx: &std::sync::mpsc::SyncSender<Job>,
    window: usize,
    progress: &Progress,
) -> anyhow::Result<()> {
    let (mut n, mut sent) = (0usize, 0usize);
    loop {
        let mut raw = Vec::new();
        if input.read_until(b'\n', &mut raw).context("reading the input")? == 0 {
            return Ok(());
        }
        n += 1;
        if raw.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        let (lock, moved) = &**progress;
        let mut written = lock.lock().map_err(|_| anyhow::anyhow!("the writer failed"))?;
        while sent >= *written + window {
            written = moved.wait(written).map_err(|_| anyhow::anyhow!("the writer failed"))?;
        }
        drop(written);
        if tx.send((sent, n, raw)).is_err() {
            return Ok(()); // the writer stopped (closed output): its error is reported
        }
        sent += 1;
    }
}

/// Writes the answers in line order; errors go to stderr with their line number.
fn write_in_order(rx: Receiver<Answer>, out: impl Write, progress: &Progress) -> anyhow::Result<bool> {
    let mut out = io::BufWriter::new(out);
    let mut pending: BTreeMap<usize, (usize, Result<String, String>)> = BTreeMap::new();
    let (mut all_ok, mut next) = (true, 0usize);
    let mut result = Ok(());
    for (rank, n, answer) in rx {
        pending.insert(rank, (n, answer));
        while let Some((n, answer)) = pending.remove(&next) {
            match answer {
                Ok(json) if result.is_ok() => result = writeln!(out, "{json}"),
                Ok(_) => {}
                Err(e) => {
                    eprintln!("trame: line {n}: {e}");
                    all_ok = false;
                }
            }
            next += 1;
            let (lock, moved) = &**progress;
            if let Ok(mut w) = lock.lock() {
                *w = next;
            }
            moved.notify_all();
        }
        if result.is_ok() {
            result = out.flush();
        }
    }
    result?;
    Ok(all_ok)
}

/// `trame link`: reads document analyses (JSON Lines of documents, or whole analysis JSONs, one
/// after the other) and writes the corpus's actors and events across documents as one JSON.
pub fn link(input: impl io::Read, out: impl Write, pretty: bool) -> anyhow::Result<()> {
    let mut analysis = Analysis::default();
    for (i, value) in
        serde_json::Deserializer::from_reader(input).into_iter::<serde_json::Value>().enumerate()
    {
        let value = value.with_context(|| format!("analysis {}", i + 1))?;
        if value.get("documents").is_some() {
            let a: Analysis = serde_json::from_value(value).with_context(|| format!("analysis {}", i + 1))?;
            analysis.documents.extend(a.documents);
        } else {
            let d: DocumentAnalysis =
                serde_json::from_value(value).with_context(|| format!("document analysis {}", i + 1))?;
            analysis.documents.push(d);
        }
    }
    let links = trame_engine::corpus_links(&mut analysis);
    let mut out = io::BufWriter::new(out);
    if pretty {
        serde_json::to_writer_pretty(&mut out, &links)?;
    } else {
        serde_json::to_writer(&mut out, &links)?;
    }
    writeln!(out)?;
    out.flush()?;
    Ok(())
}
