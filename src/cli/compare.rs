//! `conflict-figures compare LEDGER…`: do sources agree?

use super::ledger::{FilterArgs, ReadArgs};
use clap::Args;
use conflict_figures::compare::{self, Comparison};
use conflict_figures::ledger::read_each;
use conflict_figures::{Claim, Error};
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `compare`.
#[derive(Args)]
pub(super) struct CompareArgs {
    /// Ledgers to read; `-` for standard input.
    #[arg(required = true)]
    ledgers: Vec<PathBuf>,
    /// One JSON object per group, one per line.
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// CSV, one row per source of each group.
    #[arg(long)]
    csv: bool,
    /// Show only groups with at least this many sources.
    #[arg(long, value_name = "N", default_value_t = 1)]
    min_sources: usize,
    #[command(flatten)]
    filter: FilterArgs,
    #[command(flatten)]
    read: ReadArgs,
}

/// Runs `compare`, writing to `out`.
pub(super) fn run(args: CompareArgs, out: &mut impl Write) -> Result<(), Error> {
    let filter = args.filter.filter();
    let mut comparison = Comparison::new();
    read_each::<Claim>(
        &args.ledgers,
        args.read.mode(),
        super::ledger::warn,
        |claim| {
            if filter.matches(&claim) {
                comparison.add(&claim);
            }
            Ok(())
        },
    )?;
    let mut groups = comparison.finish();
    groups.retain(|g| g.figures.len() >= args.min_sources);
    if args.json {
        compare::write_json(out, &groups)
    } else if args.csv {
        compare::write_csv(out, &groups)
    } else {
        compare::write_table(out, &groups)
    }
    .map_err(|e| Error::io("-", e))
}
