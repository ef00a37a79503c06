//! `conflict-figures eval DIR [--ledger FILE] [--verbose]`: scores a ledger
//! against a corpus folder's gold claims and prints `score.py`'s report.

use clap::Args;
use conflict_figures::corpus::JsonLines;
use conflict_figures::eval::{Report, Scorer};
use conflict_figures::{extract, Corpus, Error};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Arguments of `eval`.
#[derive(Args)]
pub(super) struct EvalArgs {
    /// The corpus folder: docs.jsonl, docs/<id>.txt and gold.jsonl.
    dir: PathBuf,
    /// Score this ledger (JSON Lines; `-` for standard input) instead of
    /// the extractor's own output on DIR.
    #[arg(long, value_name = "FILE")]
    ledger: Option<PathBuf>,
    /// Also list every missed gold claim, extra prediction and field error.
    #[arg(long)]
    verbose: bool,
}

/// Runs `eval`, printing the report to `out`.
pub(super) fn run(args: EvalArgs, out: &mut impl Write) -> Result<(), Error> {
    let report = match &args.ledger {
        Some(path) if path == Path::new("-") => {
            score(&args.dir, JsonLines::new("-", io::stdin().lock()))?
        }
        Some(path) => score(&args.dir, JsonLines::open(path)?)?,
        None => own_score(&args.dir)?,
    };
    write!(out, "{}", report.verbose(args.verbose)).map_err(|e| Error::io("-", e))
}

/// Scores the ledger `lines` against the corpus folder `dir`.
fn score<L>(dir: &Path, lines: impl IntoIterator<Item = Result<L, Error>>) -> Result<Report, Error>
where
    L: AsRef<str>,
{
    let mut scorer = Scorer::open(dir)?;
    for line in lines {
        scorer.add_line(line?.as_ref());
    }
    scorer.finish()
}

/// Scores the extractor's own ledger for the corpus folder `dir`, one
/// document at a time, as `extract --corpus DIR` would write it.
fn own_score(dir: &Path) -> Result<Report, Error> {
    let corpus = Corpus::open(dir)?;
    let mut scorer = Scorer::open(dir)?;
    for doc in corpus.documents() {
        for claim in extract(&doc?) {
            let line = serde_json::to_string(&claim).map_err(|e| Error::io("-", e.into()))?;
            scorer.add_line(&line);
        }
    }
    scorer.finish()
}
