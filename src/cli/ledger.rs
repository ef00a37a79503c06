//! `conflict-figures ledger append|merge|dedupe|filter`: keeping a ledger.

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use conflict_figures::ledger::{self, Dedupe, Filter, Mode, Reader};
use conflict_figures::{extract, Claim, Corpus, Document, Error, Event};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Arguments of `ledger`.
#[derive(Args)]
pub(super) struct LedgerArgs {
    #[command(subcommand)]
    command: LedgerCommand,
}

#[derive(Subcommand)]
enum LedgerCommand {
    /// Extract claims from reports and append them to LEDGER, all or
    /// nothing: a killed or failing run leaves LEDGER as it was.
    Append {
        /// The ledger to append to (created if missing).
        ledger: PathBuf,
        /// Report texts to extract claims from (the id is the file stem).
        files: Vec<PathBuf>,
        /// A corpus folder: every document in docs.jsonl order.
        #[arg(long, value_name = "DIR")]
        corpus: Option<PathBuf>,
        /// The reports' publication date, YYYY-MM-DD (for FILES).
        #[arg(long, value_name = "YYYY-MM-DD")]
        published: Option<NaiveDate>,
        /// Also append the claims of these ledgers.
        #[arg(long, value_name = "LEDGER")]
        claims: Vec<PathBuf>,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// The union of ledgers: every claim of each, in order, each distinct
    /// claim once.
    Merge {
        /// Ledgers to merge; `-` for standard input.
        #[arg(required = true)]
        ledgers: Vec<PathBuf>,
        #[command(flatten)]
        out: OutArgs,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// Drop claims seen before (the same claim in every field).
    Dedupe {
        /// Ledgers to read; `-` for standard input.
        #[arg(required = true)]
        ledgers: Vec<PathBuf>,
        #[command(flatten)]
        out: OutArgs,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// Keep the claims that pass every condition given.
    Filter {
        /// Ledgers to read; `-` for standard input.
        #[arg(required = true)]
        ledgers: Vec<PathBuf>,
        #[command(flatten)]
        filter: FilterArgs,
        #[command(flatten)]
        out: OutArgs,
        #[command(flatten)]
        read: ReadArgs,
    },
}

/// How ledgers are read.
#[derive(Args)]
pub(super) struct ReadArgs {
    /// Fail on the first corrupt line (exit 2) instead of warning and
    /// reading on.
    #[arg(long)]
    strict: bool,
}

impl ReadArgs {
    pub(super) fn mode(&self) -> Mode {
        if self.strict {
            Mode::Strict
        } else {
            Mode::Lenient
        }
    }
}

/// Where a ledger is written.
#[derive(Args)]
struct OutArgs {
    /// Write the ledger to FILE, all or nothing (it may be one of the
    /// inputs), instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

/// Which claims to keep.
#[derive(Args)]
pub(super) struct FilterArgs {
    /// The event (killed, wounded, displaced, …).
    #[arg(long, value_parser = parse_event)]
    event: Option<Event>,
    /// The party, ignoring case; `none` for claims with no party.
    #[arg(long)]
    party: Option<String>,
    /// Words of the source's name, ignoring case; `none` for claims in a
    /// report's own voice.
    #[arg(long)]
    source: Option<String>,
    /// The subject or its kind (military, civilians, children, people).
    #[arg(long)]
    subject: Option<String>,
    /// Reported on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: Option<NaiveDate>,
    /// Reported on or before this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<NaiveDate>,
}

impl FilterArgs {
    pub(super) fn filter(self) -> Filter {
        Filter {
            event: self.event,
            party: self.party,
            source: self.source,
            subject: self.subject,
            from: self.from,
            to: self.to,
        }
    }
}

fn parse_event(name: &str) -> Result<Event, String> {
    serde_json::from_value(serde_json::Value::String(name.to_string()))
        .map_err(|_| format!("{name:?} is not an event (killed, wounded, casualties, …)"))
}

/// Prints a skipped corrupt line.
pub(super) fn warn(err: &Error) {
    eprintln!("conflict-figures: {err} (line skipped)");
}

/// Every claim of `paths`, in turn; corrupt lines are warned about and
/// skipped in lenient mode, and end the stream in strict mode.
pub(super) fn claims(
    paths: &[PathBuf],
    mode: Mode,
) -> impl Iterator<Item = Result<Claim, Error>> + '_ {
    paths.iter().flat_map(
        move |path| -> Box<dyn Iterator<Item = Result<Claim, Error>>> {
            match Reader::<_, Claim>::open(path, mode) {
                Ok(reader) => Box::new(reader.filter_map(move |item| match item {
                    Ok(entry) => Some(Ok(entry.record)),
                    Err(err) if mode.skips(&err) => {
                        warn(&err);
                        None
                    }
                    Err(err) => Some(Err(err)),
                })),
                Err(err) => Box::new(std::iter::once(Err(err))),
            }
        },
    )
}

/// Stops a stream of results after its first error (which it passes on).
fn until_error<T>(
    items: impl Iterator<Item = Result<T, Error>>,
) -> impl Iterator<Item = Result<T, Error>> {
    let mut failed = false;
    items.take_while(move |item| {
        let go = !failed;
        failed = item.is_err();
        go
    })
}

/// Runs `ledger`, writing to `out`.
pub(super) fn run(args: LedgerArgs, out: &mut impl Write) -> Result<(), Error> {
    match args.command {
        LedgerCommand::Append {
            ledger,
            files,
            corpus,
            published,
            claims: inputs,
            read,
        } => {
            let corpus = corpus.map(Corpus::open).transpose()?;
            let from_corpus = corpus
                .iter()
                .flat_map(|c| c.documents())
                .flat_map(extracted);
            let from_files =
                files.iter().flat_map(|path| {
                    extracted(super::read_text(path).map(|text| {
                        Document::new(super::document_id(path), text).published(published)
                    }))
                });
            let new = until_error(
                from_corpus
                    .chain(from_files)
                    .chain(claims(&inputs, read.mode())),
            );
            ledger::append(&ledger, new)?;
            Ok(())
        }
        LedgerCommand::Merge {
            ledgers,
            out: to,
            read,
        }
        | LedgerCommand::Dedupe {
            ledgers,
            out: to,
            read,
        } => {
            let mut seen = Dedupe::new();
            let kept = claims(&ledgers, read.mode())
                .filter(move |c| c.as_ref().map_or(true, |c| seen.first_time(c)));
            emit(until_error(kept), to.out.as_deref(), out)
        }
        LedgerCommand::Filter {
            ledgers,
            filter,
            out: to,
            read,
        } => {
            let filter = filter.filter();
            let kept = claims(&ledgers, read.mode())
                .filter(move |c| c.as_ref().map_or(true, |c| filter.matches(c)));
            emit(until_error(kept), to.out.as_deref(), out)
        }
    }
}

/// A document's claims, or the error reading it.
fn extracted(doc: Result<Document, Error>) -> Vec<Result<Claim, Error>> {
    match doc {
        Ok(doc) => extract(&doc).into_iter().map(Ok).collect(),
        Err(err) => vec![Err(err)],
    }
}

/// Writes claims to the file `to` (all or nothing) or to `out`.
fn emit(
    claims: impl Iterator<Item = Result<Claim, Error>>,
    to: Option<&Path>,
    out: &mut impl Write,
) -> Result<(), Error> {
    match to {
        Some(path) => ledger::replace(path, claims).map(|_| ()),
        None => {
            for claim in claims {
                ledger::write_line(out, &claim?)?;
            }
            Ok(())
        }
    }
}
