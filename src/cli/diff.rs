//! `conflict-figures diff OLD NEW`: what changed? Exits like diff(1): 0 when
//! nothing changed, 1 when something did, 2 on trouble.

use super::ledger::ReadArgs;
use clap::Args;
use conflict_figures::diff::{self, Differ};
use conflict_figures::ledger::read_each;
use conflict_figures::{Claim, Error};
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
}

/// Runs `diff`, writing to `out`. When there are differences, flushes
/// `out` and ends the process with status 1, as diff(1) does.
pub(super) fn run(args: DiffArgs, out: &mut impl Write) -> Result<(), Error> {
    let mode = args.read.mode();
    let mut differ = Differ::new();
    read_each::<Claim>(&[&args.old], mode, super::ledger::warn, |c| differ.add(&c))?;
    let mut differ = differ.new_side();
    read_each::<Claim>(&[&args.new], mode, super::ledger::warn, |c| differ.add(&c))?;
    let changes = differ.finish();
    if args.json {
        diff::write_json(out, &changes)
    } else {
        diff::write_log(out, &changes)
    }
    .and_then(|()| out.flush())
    .map_err(|e| Error::io("-", e))?;
    if changes.is_empty() {
        Ok(())
    } else {
        std::process::exit(1)
    }
}
