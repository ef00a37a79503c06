//! `conflict-figures chart LEDGER… --out FILE.svg`: one figure group over
//! time.

use super::ledger::{FilterArgs, ReadArgs};
use clap::Args;
use conflict_figures::chart::Chart;
use conflict_figures::ledger::read_each;
use conflict_figures::{Claim, Error};
use std::path::PathBuf;

/// Arguments of `chart`.
#[derive(Args)]
pub(super) struct ChartArgs {
    /// Ledgers to read; `-` for standard input.
    #[arg(required = true)]
    ledgers: Vec<PathBuf>,
    /// The SVG file to write.
    #[arg(long, value_name = "FILE.svg")]
    out: PathBuf,
    /// Which claims to draw; the group with the most dated claims among
    /// them is drawn.
    #[command(flatten)]
    filter: FilterArgs,
    #[command(flatten)]
    read: ReadArgs,
}

/// Runs `chart`; notes what was left out on standard error.
pub(super) fn run(args: ChartArgs) -> Result<(), Error> {
    let filter = args.filter.filter();
    let mut claims = Vec::new();
    read_each::<Claim>(
        &args.ledgers,
        args.read.mode(),
        super::ledger::warn,
        |mut c| {
            if filter.matches(&c) {
                // The sentence is not drawn; do not keep it.
                c.sentence = String::new();
                claims.push(c);
            }
            Ok(())
        },
    )?;
    let chart = Chart::from_claims(claims, &filter)
        .ok_or_else(|| Error::Usage("no dated claim passes the filter: nothing to draw".into()))?;
    let svg = chart.svg()?;
    std::fs::write(&args.out, svg).map_err(|e| Error::io(&args.out, e))?;
    if chart.undated > 0 {
        eprintln!(
            "conflict-figures: {} undated claims of {} not drawn",
            chart.undated, chart.title
        );
    }
    for other in &chart.others {
        eprintln!("conflict-figures: not drawn: {other} (narrow with --event, --party, --subject)");
    }
    Ok(())
}
