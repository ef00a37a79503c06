//! `conflict-figures diff OLD NEW`: what changed? Exits like diff(1): 0 when
//! nothing changed, 1 when something did, 2 on trouble.

use super::ledger::ReadArgs;
use clap::Args;
use conflict_figures::diff::{self, diff_ledgers, LogWriter};
use conflict_figures::Error;
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `diff`.
#[derive(Args)]
pub(super) struct DiffArgs {
    /// The old ledger; `-` for standard input.
    old: PathBuf,
    /// The new ledger; `-` for standard input.
    new: PathBuf,
    /// One JSON object per change, one per line.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    read: ReadArgs,
    /// Bytes of ledger diffed in memory at once; larger ledgers are diffed
    /// in partitions through temporary files (for tests).
    #[arg(long, hide = true, default_value_t = diff::BUDGET)]
    budget: u64,
}

/// Runs `diff`, writing to `out`. When there are differences, flushes
/// `out` and ends the process with status 1, as diff(1) does.
pub(super) fn run(args: DiffArgs, out: &mut impl Write) -> Result<(), Error> {
    let mut log = LogWriter::new();
    let changes = diff_ledgers(
        &args.old,
        &args.new,
        args.read.mode(),
        args.budget,
        super::ledger::warn,
        |change| {
            if args.json {
                diff::write_json(out, std::slice::from_ref(&change))
            } else {
                log.write(out, &change)
            }
            .map_err(|e| Error::io("-", e))
        },
    )?;
    out.flush().map_err(|e| Error::io("-", e))?;
    if changes == 0 {
        Ok(())
    } else {
        std::process::exit(1)
    }
}
