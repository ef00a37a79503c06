//! A deterministic generator of large ledgers, for measuring `compare` and
//! `diff` at scale.
//!
//! `cargo run --release --example ledgergen -- COUNT [--edit]` writes COUNT
//! claims as JSON Lines on standard output: documents of twenty claims,
//! eighteen events, a dozen subjects and parties, sixty sources (and the
//! reports' own voices), a year of dates, figures in every qualifier and a
//! sentence of about 200 bytes each. With `--edit`, the same ledger a day
//! edited: one claim in 50 has a new figure, one in 200 a new source, one
//! in 500 is gone and one in 700 has a new claim after it; a new figure is
//! reported a day later than the old one.
//!
//! No external RNG: a splitmix64 hash of the claim's number, so the same
//! arguments always give the same ledger.

use conflict_figures::attribution::Source;
use conflict_figures::ledger::write_line;
use conflict_figures::{Claim, Event, Figure, Qualifier, Span, Unit};
use std::io::{self, BufWriter, Write};

const EVENTS: &[Event] = &[
    Event::Killed,
    Event::Wounded,
    Event::Casualties,
    Event::Missing,
    Event::Captured,
    Event::Detained,
    Event::Abducted,
    Event::Exchanged,
    Event::Displaced,
    Event::Refugees,
    Event::Evacuated,
    Event::Affected,
    Event::Damaged,
    Event::Destroyed,
    Event::Controlled,
    Event::Launched,
    Event::Intercepted,
    Event::Deployed,
];
const SUBJECTS: &[&str] = &[
    "people",
    "civilians",
    "troops",
    "soldiers",
    "children",
    "residents",
    "drones",
    "missiles",
    "homes",
    "prisoners",
    "hostages",
    "servicemen",
];
const PARTIES: &[&str] = &[
    "Ukraine",
    "Russia",
    "Israel",
    "Palestinians",
    "Sudan",
    "Lebanon",
    "Syria",
    "Yemen",
    "Myanmar",
    "Congo",
    "Haiti",
    "Somalia",
];
const QUALIFIERS: &[Qualifier] = &[
    Qualifier::Exact,
    Qualifier::Exact,
    Qualifier::AtLeast,
    Qualifier::MoreThan,
    Qualifier::About,
    Qualifier::AtMost,
    Qualifier::Almost,
    Qualifier::Range,
    Qualifier::Vague,
];

fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn pick<T: Copy>(list: &[T], r: u64) -> T {
    list[(r % list.len() as u64) as usize]
}

/// The `n`th claim; `salt` changes its figure or source for `--edit`.
fn claim(n: u64, figure_salt: u64, source_salt: u64) -> Claim {
    let r = mix(n);
    let doc = n / 20;
    let start = (n % 20) * 240 + 17;
    let event = pick(EVENTS, r);
    let subject = pick(SUBJECTS, r >> 8);
    let party = (r >> 16) % 13 != 0;
    let party = party.then(|| pick(PARTIES, r >> 20).to_string());
    let source = match mix(r ^ source_salt) % 61 {
        60 => None,
        s => Some(Source::named(format!("source {s}"))),
    };
    let qualifier = pick(QUALIFIERS, r >> 28);
    let v = (mix(r ^ figure_salt) % 50_000 + 1) as f64;
    let (value, low, high) = match qualifier {
        Qualifier::Range => (None, Some(v), Some(v * 1.5)),
        Qualifier::Vague => (None, Some(100.0), None),
        q => {
            let (low, high) = q.bounds(Some(v));
            (Some(v), low, high)
        }
    };
    let text = format!("{} {}", qualifier.as_str().replace('_', " "), v);
    let sentence = format!(
        "In the {n}th report of the day, officials said {text} {subject} were {} in the east of the \
         country, where fighting has gone on for weeks despite calls for a ceasefire.",
        event.as_str()
    );
    let day = chrono::NaiveDate::from_ymd_opt(2025, 1, 1)
        .and_then(|d| d.checked_add_days(chrono::Days::new(doc % 365)));
    Claim {
        id: format!("doc-{doc}#{start}"),
        document: format!("doc-{doc}"),
        span: Span::new(start as usize, start as usize + text.len()),
        text,
        sentence,
        quantity: Figure {
            value,
            low,
            high,
            qualifier,
            unit: Unit::Count,
        },
        event,
        subject: subject.to_string(),
        party,
        source,
        reported_on: day,
        period: None,
        status: Default::default(),
    }
}

fn main() -> io::Result<()> {
    let mut args = std::env::args().skip(1);
    let count: u64 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let edit = args.next().as_deref() == Some("--edit");
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for n in 0..count {
        let (mut figure_salt, mut source_salt) = (0, 0);
        if edit {
            if n % 500 == 3 {
                continue;
            }
            if n % 50 == 7 {
                figure_salt = 1;
            }
            if n % 200 == 11 {
                source_salt = 1;
            }
        }
        let mut c = claim(n, figure_salt, source_salt);
        if figure_salt == 1 {
            c.reported_on = c.reported_on.and_then(|d| d.succ_opt());
        }
        write_line(&mut out, &c).map_err(io::Error::other)?;
        if edit && n % 700 == 5 {
            let mut extra = claim(n + (1 << 40), 0, 0);
            extra.document = c.document.clone();
            extra.span = Span::new(c.span.start + 120, c.span.start + 120 + extra.text.len());
            extra.id = format!("{}#{}", extra.document, extra.span.start);
            extra.reported_on = c.reported_on;
            write_line(&mut out, &extra).map_err(io::Error::other)?;
        }
    }
    out.flush()
}
