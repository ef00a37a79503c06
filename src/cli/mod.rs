//! The command line: parses arguments, reads input, prints JSON Lines.
//! The only code in the crate that prints.

use chrono::NaiveDate;
mod chart;
mod compare;
mod diff;
mod eval;
mod ledger;

use clap::{Parser, Subcommand};
use conflict_figures::error::decode_utf8;
use conflict_figures::extract::extract_each;
use conflict_figures::{batch, quantities, Corpus, Document, Error, Quantity};
use serde::Serialize;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Pull every quantified claim out of news reports about wars and crises.
#[derive(Parser)]
#[command(name = "conflict-figures", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print every quantity in the text, one JSON object per line.
    ///
    /// Each object has the quantity's line (1-based), span (byte offsets),
    /// text, value, low, high, qualifier, unit, currency (for money),
    /// change and noun.
    Quantities {
        /// Treat each input line as a separate text: spans are relative to
        /// the line.
        #[arg(long)]
        lines: bool,
        /// Print for people: each figure bracketed in its context, then its
        /// fields.
        #[arg(long)]
        table: bool,
        /// Files to read; `-` or none for standard input.
        files: Vec<PathBuf>,
    },
    /// Print every conflict claim in the reports, one JSON object per line
    /// (the ledger format).
    ///
    /// Each claim has its id, document, span, text, sentence, quantity
    /// (value, low, high, qualifier, unit), event, subject, party, source,
    /// reported_on, and period and status when they apply.
    Extract {
        /// A corpus folder (docs.jsonl and docs/<id>.txt): every document
        /// in docs.jsonl order, with its id and publication date.
        #[arg(long, value_name = "DIR", conflicts_with_all = ["id", "published", "files"])]
        corpus: Option<PathBuf>,
        /// Worker threads for --corpus (default: every core).
        #[arg(long, value_name = "N", default_value_t = 0)]
        jobs: usize,
        /// The document id (default: the file stem; `stdin` for `-`).
        /// Only with a single file.
        #[arg(long)]
        id: Option<String>,
        /// The date the report was published, YYYY-MM-DD: weekdays and
        /// relative dates resolve against it.
        #[arg(long, value_name = "YYYY-MM-DD")]
        published: Option<NaiveDate>,
        /// Print for people: each claim in its sentence, then its fields.
        #[arg(long)]
        table: bool,
        /// Files to read; `-` or none for standard input.
        files: Vec<PathBuf>,
    },
    /// Score a ledger against a corpus folder's gold claims (as score.py).
    Eval(eval::EvalArgs),
    /// Keep a ledger: append reports' claims durably, merge, dedupe, filter.
    Ledger(ledger::LedgerArgs),
    /// Compare the figures sources give for the same thing: each source's
    /// latest figure, the spread, and whether they can all hold at once.
    Compare(compare::CompareArgs),
    /// What changed between two ledgers: claims added, removed, changed.
    /// Exit status 0: no differences; 1: differences; 2: trouble.
    Diff(diff::DiffArgs),
    /// Draw one figure group over time as SVG: a line per source, its
    /// bounds as a band.
    Chart(chart::ChartArgs),
}

/// Documents longer than this are extracted by the writer, their claims
/// written as they are read, not gathered by a worker first: the claims of
/// a text made only of figures take up to thirty times its bytes.
const STREAMED_ALONE: usize = 4 << 20;

/// A quantity with the line it stands on.
#[derive(Serialize)]
struct Located<'a> {
    line: usize,
    #[serde(flatten)]
    quantity: &'a Quantity,
}

pub(crate) fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("conflict-figures: {err}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &Error) -> bool {
    matches!(err, Error::Io { source, .. } if source.kind() == io::ErrorKind::BrokenPipe)
}

fn run(cli: Cli) -> Result<(), Error> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match cli.command {
        Command::Quantities {
            lines,
            table,
            files,
        } => {
            let files = or_stdin(files);
            for path in &files {
                let text = read_text(path)?;
                if table {
                    write_table(&mut out, &text, lines)?;
                } else {
                    write_quantities(&mut out, &text, lines)?;
                }
            }
        }
        Command::Extract {
            corpus: Some(dir),
            table,
            jobs,
            ..
        } => {
            let corpus = Corpus::open(&dir)?;
            let progress = Progress::new(&corpus);
            let options = batch::Options {
                threads: jobs,
                ..batch::Options::default()
            };
            // Each document's lines are written by the worker that read it;
            // they reach the output in docs.jsonl order. A huge document is
            // left to the writer, which writes its claims as they are read.
            let work = |doc: &Document| {
                if doc.text.len() > STREAMED_ALONE {
                    return Ok(None);
                }
                let mut lines = Vec::new();
                write_claims(&mut lines, doc, table).map(|()| Some(lines))
            };
            batch::for_each_ordered(&corpus, &options, work, |_, doc, lines| {
                match lines? {
                    Some(lines) => out.write_all(&lines).map_err(|e| Error::io("-", e))?,
                    None => write_claims(&mut out, doc, table)?,
                }
                progress.done(doc.text.len());
                Ok(())
            })?;
            progress.finish();
        }
        Command::Extract {
            corpus: None,
            id,
            published,
            table,
            files,
            ..
        } => {
            let files = or_stdin(files);
            if id.is_some() && files.len() > 1 {
                return Err(Error::Usage(
                    "--id names one document; give one file".into(),
                ));
            }
            for path in &files {
                if path.is_dir() {
                    return Err(Error::Usage(format!(
                        "{0} is a folder; to extract a corpus folder, run: conflict-figures extract --corpus {0}",
                        path.display()
                    )));
                }
                let text = read_text(path)?;
                let name = id.clone().unwrap_or_else(|| document_id(path));
                let doc = Document::new(name, text).published(published);
                write_claims(&mut out, &doc, table)?;
            }
        }
        Command::Eval(args) => eval::run(args, &mut out)?,
        Command::Ledger(args) => ledger::run(args, &mut out)?,
        Command::Compare(args) => compare::run(args, &mut out)?,
        Command::Diff(args) => diff::run(args, &mut out)?,
        Command::Chart(args) => chart::run(args)?,
    }
    out.flush().map_err(|e| Error::io("-", e))
}

/// The whole text of `path` (`-` for standard input), checked as UTF-8.
fn read_text(path: &Path) -> Result<String, Error> {
    let mut bytes = Vec::new();
    if path == Path::new("-") {
        io::stdin().lock().read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes))
    }
    .map_err(|e| Error::io(path, e))?;
    decode_utf8(path, bytes)
}

/// A progress bar on stderr for batch runs (documents done, MB/s, time
/// left), shown only when stderr is a terminal.
struct Progress(Option<indicatif::ProgressBar>, std::cell::Cell<usize>);

impl Progress {
    fn new(corpus: &Corpus) -> Self {
        if !io::stderr().is_terminal() {
            return Progress(None, 0.into());
        }
        let total: u64 = corpus
            .entries()
            .iter()
            .filter_map(|e| std::fs::metadata(corpus.text_path(e)).ok())
            .map(|m| m.len())
            .sum();
        let bar = indicatif::ProgressBar::new(total);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {msg} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} eta {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Progress(Some(bar), 0.into())
    }

    fn done(&self, bytes: usize) {
        if let Some(bar) = &self.0 {
            self.1.set(self.1.get() + 1);
            bar.set_message(format!("{} docs", self.1.get()));
            bar.inc(bytes as u64);
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

/// The files named, or `-` (standard input) when none is.
fn or_stdin(files: Vec<PathBuf>) -> Vec<PathBuf> {
    if files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        files
    }
}

/// A document's id from its path: the file stem, or `stdin`.
fn document_id(path: &Path) -> String {
    if path == Path::new("-") {
        return "stdin".to_string();
    }
    path.file_stem().map_or_else(
        || path.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}

/// Writes `doc`'s claims as JSON Lines, or as a table for people.
/// Each claim is written as soon as it is read.
fn write_claims(out: &mut impl Write, doc: &Document, table: bool) -> Result<(), Error> {
    extract_each(doc, |claim| {
        if table {
            writeln!(
                out,
                "{}",
                conflict_figures::render::claim(&doc.text, &claim)
            )
        } else {
            serde_json::to_writer(&mut *out, &claim)
                .map_err(io::Error::from)
                .and_then(|()| out.write_all(b"\n"))
        }
        .map_err(|e| Error::io("-", e))
    })
}

fn write_quantities(out: &mut impl Write, text: &str, by_line: bool) -> Result<(), Error> {
    let mut emit = |line: usize, quantity: &Quantity| -> Result<(), Error> {
        serde_json::to_writer(&mut *out, &Located { line, quantity })
            .map_err(|e| Error::io("-", e.into()))?;
        out.write_all(b"\n").map_err(|e| Error::io("-", e))
    };
    if by_line {
        for (n, line) in text.split('\n').enumerate() {
            let line = line.strip_suffix('\r').unwrap_or(line);
            for q in quantities(line) {
                emit(n + 1, &q)?;
            }
        }
    } else {
        let mut line = 1;
        let mut counted_to = 0;
        for q in conflict_figures::quantity::iter(text) {
            line += bytecount(&text.as_bytes()[counted_to..q.span.start]);
            counted_to = q.span.start;
            emit(line, &q)?;
        }
    }
    Ok(())
}

fn write_table(out: &mut impl Write, text: &str, by_line: bool) -> Result<(), Error> {
    let texts: Vec<&str> = if by_line {
        text.split('\n').collect()
    } else {
        vec![text]
    };
    for t in texts {
        for q in quantities(t) {
            writeln!(out, "{}", conflict_figures::render::quantity(t, &q))
                .map_err(|e| Error::io("-", e))?;
        }
    }
    Ok(())
}

fn bytecount(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count()
}
