//! Property tests for the ledger: reading what was written gives back the
//! same claims; `diff(a, a)` is empty, whatever the order; diffing files
//! in partitions gives what diffing in memory gives; merging is
//! order-independent up to ordering.

use conflict_figures::attribution::Source;
use conflict_figures::diff::{diff, diff_ledgers};
use conflict_figures::ledger::{self, merge, Mode, Reader};
use conflict_figures::vocabulary::SourceKind;
use conflict_figures::{Claim, Event, Figure, Period, Qualifier, Span, Status, Unit};
use proptest::prelude::*;

const EVENTS: &[Event] = &[
    Event::Killed,
    Event::Wounded,
    Event::Displaced,
    Event::Launched,
];
const QUALIFIERS: &[Qualifier] = &[
    Qualifier::Exact,
    Qualifier::About,
    Qualifier::AtLeast,
    Qualifier::MoreThan,
    Qualifier::LessThan,
    Qualifier::Range,
    Qualifier::Vague,
];
const WORDS: &[&str] = &[
    "troops",
    "soldiers",
    "people",
    "civilians",
    "drones",
    "children",
];
const NAMES: &[&str] = &[
    "Ukraine",
    "Russia",
    "Gaza health ministry",
    "UN",
    "Ħ “quoted” —\u{200f}",
];

/// A figure as the ledger holds them: whole numbers, shares with decimals,
/// and any finite number.
fn value() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0u64..10_000_000).prop_map(|v| v as f64),
        (0u64..10_000).prop_map(|v| v as f64 / 100.0),
        any::<f64>().prop_filter("finite", |v| v.is_finite()),
    ]
}

fn opt<T: std::fmt::Debug + Clone>(
    s: impl Strategy<Value = T>,
) -> impl Strategy<Value = Option<T>> {
    prop_oneof![Just(None), s.prop_map(Some)]
}

prop_compose! {
    fn claim()(
        doc in 0usize..3,
        start in 0usize..5000,
        text in "\\PC{0,12}",
        sentence in "\\PC{0,40}",
        (value, low, high) in (opt(value()), opt(value()), opt(value())),
        qualifier in prop::sample::select(QUALIFIERS),
        event in prop::sample::select(EVENTS),
        subject in prop::sample::select(WORDS),
        party in opt(prop::sample::select(NAMES)),
        source in opt((prop::sample::select(NAMES), any::<bool>())),
        day in opt(0u32..60),
        period in opt((opt(2020u32..2026), opt(1u32..13))),
        negated in any::<bool>(),
    ) -> Claim {
        let document = format!("doc-{doc}");
        Claim {
            id: format!("{document}#{start}"),
            document,
            span: Span::new(start, start + text.len()),
            text,
            sentence,
            quantity: Figure { value, low, high, qualifier, unit: Unit::Count },
            event,
            subject: subject.to_string(),
            party: party.map(str::to_string),
            source: source.map(|(name, official)| Source {
                name: name.to_string(),
                kind: official.then_some(SourceKind::Official),
                role: None,
            }),
            reported_on: day.and_then(|d| chrono::NaiveDate::from_ymd_opt(2025, 1, 1)?.checked_add_days(chrono::Days::new(d.into()))),
            period: period.map(|(year, month)| Period {
                from: year.map(|y| match month { Some(m) => format!("{y}-{m:02}"), None => y.to_string() }),
                to: None,
                since: None,
            }),
            status: if negated { Status::Negated } else { Status::Stated },
        }
    }
}

fn lines(claims: &[Claim]) -> Vec<String> {
    claims
        .iter()
        .map(|c| serde_json::to_string(c).expect("serialises"))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn what_is_written_reads_back(claims in prop::collection::vec(claim(), 0..20)) {
        let mut file = Vec::new();
        for c in &claims {
            ledger::write_line(&mut file, c).expect("writes");
        }
        let read: Vec<Claim> = Reader::new("l.jsonl", &file[..], Mode::Strict)
            .map(|e| e.expect("reads").record)
            .collect();
        prop_assert_eq!(read, claims);
    }

    #[test]
    fn a_ledger_has_no_differences_with_itself(claims in prop::collection::vec(claim(), 0..30)) {
        prop_assert!(diff(claims.clone(), claims.clone()).is_empty());
        let mut reordered = claims.clone();
        reordered.reverse();
        prop_assert!(diff(claims, reordered).is_empty());
    }

    #[test]
    fn merge_is_order_independent(
        a in prop::collection::vec(claim(), 0..15),
        b in prop::collection::vec(claim(), 0..15),
    ) {
        // Sharing claims between the two makes duplicates to remove.
        let b: Vec<Claim> = b.into_iter().chain(a.iter().take(3).cloned()).collect();
        let mut ab = lines(&merge([a.clone(), b.clone()]).collect::<Vec<_>>());
        let mut ba = lines(&merge([b, a]).collect::<Vec<_>>());
        ab.sort();
        ba.sort();
        prop_assert_eq!(&ab, &ba);
        let mut unique = ab.clone();
        unique.dedup();
        prop_assert_eq!(unique, ab);
    }
}

proptest! {
    // Each case writes and reads a few dozen temporary files.
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn diffing_in_partitions_changes_nothing(
        old in prop::collection::vec(claim(), 0..30),
        new in prop::collection::vec(claim(), 0..30),
    ) {
        // Sharing claims between the two makes unchanged and changed pairs.
        let new: Vec<Claim> = old.iter().take(10).cloned().chain(new).collect();
        let dir = tempfile::tempdir().expect("temp dir");
        let (a, b) = (dir.path().join("old.jsonl"), dir.path().join("new.jsonl"));
        std::fs::write(&a, lines(&old).join("\n")).expect("writes");
        std::fs::write(&b, lines(&new).join("\n")).expect("writes");
        let want = diff(old, new);
        for budget in [u64::MAX, 2000] {
            let mut got = Vec::new();
            let count = diff_ledgers(&a, &b, Mode::Strict, budget, |_| {}, |c| {
                got.push(c);
                Ok(())
            })
            .expect("diffs");
            prop_assert_eq!(count, want.len());
            prop_assert_eq!(&got, &want);
        }
    }
}
