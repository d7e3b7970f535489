//! `trame analyze [--date DATE] [--lang fr|en] [--pretty] FILE...`: prints the analysis JSON.

use std::io::{self, Read, Write};
use std::path::Path;
use std::process::ExitCode;

mod stream;

use anyhow::Context as _;
use trame_engine::{analyze, decode, link_occurrences, Analysis, Document, Lang, ReferenceDate};

const USAGE: &str = "\
usage: trame analyze [--date DATE] [--lang fr|en] [--pretty] FILE...
       trame analyze --jsonl [--jobs N] [--date DATE] [--lang fr|en] [FILE|-]
       trame link [--pretty] [FILE|-]
       trame --help | --version

Analyses news articles (plain text or saved HTML pages, '-' for standard input) and prints one
JSON analysis with a document per file: actors, events, dates and relations.

options:
  --date DATE    reference date of the documents (YYYY, YYYY-MM or YYYY-MM-DD), used to resolve
                 partial and relative dates; by default a page's publication date, if any
  --lang LANG    language of the documents (fr or en); detected by default
  --pretty       indent the JSON
  --jsonl        read JSON Lines, one {id, text, date, lang} object per line (a file, or standard
                 input), and write one document analysis per line in input order as each is
                 ready, in constant memory; a bad line is reported with its number on stderr
                 and the others go on (exit status 2 at the end)
  --jobs N       documents analysed at once with --jsonl (default: the number of cores)

'trame link' reads document analyses (the lines '--jsonl' writes, or analysis JSONs) and writes
the actors and events across documents: actors merged by key, events told by several documents
merged into one occurrence.
";

/// Parsed command line of `trame analyze`.
#[derive(Debug, Default, PartialEq)]
struct Options {
    /// The reference date, parsed once here and handed to every document.
    date: Option<ReferenceDate>,
    lang: Option<Lang>,
    pretty: bool,
    files: Vec<String>,
    /// Read and write JSON Lines.
    jsonl: bool,
    /// Threads for `--jsonl` (0: the number of cores).
    jobs: usize,
}

/// What to do.
#[derive(Debug, PartialEq)]
enum Command {
    Help,
    Version,
    Analyze(Options),
    Link(Options),
}

/// A usage error (exit code 2).
#[derive(Debug)]
struct Usage(String);

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Usage {}

fn parse_args(args: &[String]) -> Result<Command, Usage> {
    let usage = |m: String| Usage(m);
    match args.first().map(String::as_str) {
        None => return Err(usage("no command given".into())),
        Some("-h" | "--help" | "help") => return Ok(Command::Help),
        Some("-V" | "--version") => return Ok(Command::Version),
        Some("analyze" | "link") => {}
        Some(other) => return Err(usage(format!("unknown command {other:?}"))),
    }
    let mut opts = Options::default();
    let mut it = args[1..].iter();
    let mut only_files = false;
    while let Some(a) = it.next() {
        if only_files || a == "-" || !a.starts_with('-') {
            opts.files.push(a.clone());
            continue;
        }
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) => (f, Some(v.to_string())),
            None => (a.as_str(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or_else(|| usage(format!("{name} needs a value")))
        };
        match flag {
            "--" => only_files = true,
            "-h" | "--help" => return Ok(Command::Help),
            "--pretty" => opts.pretty = true,
            "--jsonl" => opts.jsonl = true,
            "--jobs" => {
                let n = value("--jobs")?;
                opts.jobs =
                    n.parse().ok().filter(|&n| n > 0).ok_or_else(|| usage(format!("bad --jobs {n:?}")))?;
            }
            "--date" => {
                let d = value("--date")?;
                opts.date = Some(d.parse::<ReferenceDate>().map_err(|e| usage(e.to_string()))?);
            }
            "--lang" => {
                let l = value("--lang")?;
                opts.lang = Some(
                    Lang::parse(&l).ok_or_else(|| usage(format!("bad language {l:?}: expected fr or en")))?,
                );
            }
            other => return Err(usage(format!("unknown option {other:?}"))),
        }
    }
    if args[0] == "link" {
        if opts.jsonl || opts.jobs > 0 || opts.date.is_some() || opts.lang.is_some() || opts.files.len() > 1 {
            return Err(usage("trame link takes only --pretty and one input".into()));
        }
        return Ok(Command::Link(opts));
    }
    if opts.jsonl && opts.files.len() > 1 {
        return Err(usage("--jsonl reads one input (a file or '-')".into()));
    }
    if opts.files.is_empty() && !opts.jsonl {
        return Err(usage("no files to analyse".into()));
    }
    Ok(Command::Analyze(opts))
}

/// Reads and decodes one input; the error names the file.
fn load(path: &str, opts: &Options) -> anyhow::Result<Document> {
    let (bytes, source) = if path == "-" {
        let mut b = Vec::new();
        io::stdin().read_to_end(&mut b).context("stdin")?;
        (b, "stdin".to_string())
    } else {
        let b = std::fs::read(path).with_context(|| path.to_string())?;
        let name =
            Path::new(path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or(path.into());
        (b, name)
    };
    let decoded = decode(&bytes, &source).with_context(|| {
        if path == "-" {
            "stdin".to_string()
        } else {
            path.to_string()
        }
    })?;
    let doc = Document { source, text: decoded.text, date: decoded.date, lang: opts.lang };
    Ok(match opts.date {
        Some(date) => doc.with_date(date),
        None => doc,
    })
}

/// `trame analyze --jsonl`: the input file or standard input, with the options' date and language.
fn analyze_jsonl(o: &Options) -> anyhow::Result<bool> {
    let jobs = match o.jobs {
        0 => std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        n => n,
    };
    let shared = stream::Shared { date: o.date, lang: o.lang };
    match o.files.first().map(String::as_str) {
        None | Some("-") => stream::analyze_jsonl(io::stdin().lock(), io::stdout(), jobs, &shared),
        Some(path) => {
            let file = std::fs::File::open(path).with_context(|| path.to_string())?;
            stream::analyze_jsonl(io::BufReader::new(file), io::stdout(), jobs, &shared)
        }
    }
}

/// Runs the command; returns whether every input could be analysed.
fn run(args: &[String]) -> anyhow::Result<bool> {
    let opts = match parse_args(args)? {
        Command::Help => {
            print!("{USAGE}");
            return Ok(true);
        }
        Command::Version => {
            println!("trame {}", env!("CARGO_PKG_VERSION"));
            return Ok(true);
        }
        Command::Link(o) => {
            match o.files.first().map(String::as_str) {
                None | Some("-") => stream::link(io::stdin().lock(), io::stdout().lock(), o.pretty)?,
                Some(path) => {
                    let file = std::fs::File::open(path).with_context(|| path.to_string())?;
                    stream::link(io::BufReader::new(file), io::stdout().lock(), o.pretty)?
                }
            }
            return Ok(true);
        }
        Command::Analyze(o) if o.jsonl => return analyze_jsonl(&o),
        Command::Analyze(o) => o,
    };
    let mut all_ok = true;
    let mut analysis = Analysis::default();
    for path in &opts.files {
        match load(path, &opts) {
            Ok(doc) => analysis.documents.push(analyze(&doc)),
            Err(e) => {
                eprintln!("trame: {e:#}");
                all_ok = false;
            }
        }
    }
    link_occurrences(&mut analysis);
    let json =
        if opts.pretty { serde_json::to_string_pretty(&analysis) } else { serde_json::to_string(&analysis) }?;
    let mut out = io::stdout().lock();
    writeln!(out, "{json}")?;
    out.flush()?;
    Ok(all_ok)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        Err(e) => {
            if let Some(io) = e.downcast_ref::<io::Error>() {
                if io.kind() == io::ErrorKind::BrokenPipe {
                    return ExitCode::SUCCESS;
                }
            }
            eprintln!("trame: {e:#}");
            if e.downcast_ref::<Usage>().is_some() {
                eprint!("\n{USAGE}");
            }
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn parses_options_and_files() {
        let Ok(Command::Analyze(o)) = parse_args(&args("analyze --date 2024-07 --lang=en a.txt - b.html"))
        else {
            panic!("analyze expected")
        };
        assert_eq!(o.date.map(|d| d.to_string()).as_deref(), Some("2024-07"));
        assert_eq!(o.lang, Some(Lang::En));
        assert_eq!(o.files, ["a.txt", "-", "b.html"]);
        assert_eq!(parse_args(&args("--help")).unwrap(), Command::Help);
    }

    #[test]
    fn refuses_bad_usage() {
        for bad in
            ["", "analyse x", "analyze", "analyze --date 2024-13 a", "analyze --lang de a", "analyze --x a"]
        {
            assert!(parse_args(&args(bad)).is_err(), "{bad:?}");
        }
    }
}
