//! The calendar grammar and the time stage on whole texts: one snapshot
//! per fixture in `tests/fixtures/time/`, each phrase shown as written
//! with what it reads as and what it resolves to; property tests that no
//! input panics and that spans stay on character boundaries; hostile input
//! in linear time.

mod common;

use chrono::NaiveDate;
use conflict_figures::calendar::{phrases, Phrase};
use conflict_figures::time::{day_of, document_date, period, period_of, statement_date};
use conflict_figures::Span;
use proptest::prelude::*;
use std::fmt::Write;
use std::time::{Duration, Instant};

/// Speech cues the fixtures use, for `statement_date`.
const CUES: &[&str] = &["said", "told", "reported"];

/// Renders one fixture: its first line is `base: YYYY-MM-DD`; every other
/// line is read as a sentence.
fn render(text: &str) -> String {
    let mut lines = text.lines();
    let base = lines
        .next()
        .and_then(|l| l.strip_prefix("base: "))
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let body = text.split_once('\n').map_or("", |(_, b)| b);
    let mut out = String::new();
    let _ = writeln!(out, "base: {base:?}");
    let _ = writeln!(
        out,
        "document date, unpublished: {:?}",
        document_date(body, None, None)
    );
    for line in lines {
        let _ = writeln!(out, "\n{line}");
        for f in phrases(line) {
            let shown = f.span.of(line).unwrap_or("?");
            let resolved = match &f.phrase {
                Phrase::Date(d) => format!("{:?}", day_of(d, base)),
                Phrase::Period(p) => serde_json::to_string(&period_of(p, base)).unwrap_or_default(),
                _ => String::new(),
            };
            let _ = writeln!(out, "  [{shown}] {:?} => {resolved}", f.phrase);
        }
        for cue in CUES {
            if let Some(at) = line.find(cue) {
                let span = Span::new(at, at + cue.len());
                let _ = writeln!(
                    out,
                    "  stated ({cue}): {:?}",
                    statement_date(line, Some(span), base)
                );
            }
        }
    }
    out
}

#[test]
fn time_fixtures() {
    common::with_snapshots(|| {
        insta::glob!("fixtures/time/*.txt", |path| {
            let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
            insta::assert_snapshot!(render(&text));
        });
    });
}

/// Checks that every phrase found in `text` marks whole characters, in
/// order, without overlap.
fn assert_spans(text: &str) {
    let mut prev = 0;
    for f in phrases(text) {
        assert!(f.span.start >= prev, "{text:?}: overlapping {f:?}");
        assert!(f.span.start < f.span.end, "{text:?}: empty {f:?}");
        assert!(f.span.of(text).is_some(), "{text:?}: off boundaries {f:?}");
        prev = f.span.end;
    }
}

/// Calls every public function of the stage on `text` with `span`.
fn exercise(text: &str, span: Span, base: Option<NaiveDate>) {
    assert_spans(text);
    let _ = statement_date(text, Some(span), base);
    let _ = statement_date(text, None, base);
    let _ = period(text, span, base);
    let _ = document_date(text, Some(span), None);
    let _ = document_date(text, None, None);
}

fn any_base() -> impl Strategy<Value = Option<NaiveDate>> {
    prop_oneof![
        Just(None),
        Just(NaiveDate::from_ymd_opt(2024, 2, 29)),
        Just(NaiveDate::from_ymd_opt(2024, 1, 1)),
        Just(Some(NaiveDate::MIN)),
        Just(Some(NaiveDate::MAX)),
    ]
}

/// Words the grammar reacts to, to build text that goes deep into it.
fn calendar_text() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "since",
        "the",
        "start",
        "of",
        "war",
        "in",
        "on",
        "over",
        "past",
        "last",
        "this",
        "earlier",
        "early",
        "late",
        "Monday",
        "Sunday",
        "night",
        "yesterday",
        "today",
        "February",
        "Feb.",
        "Sept.",
        "May",
        "may",
        "March",
        "29",
        "30",
        "5th",
        "2024",
        "1850",
        "07/05/2024",
        "2024-02-30",
        "05.07.2024",
        "between",
        "and",
        "from",
        "to",
        "–",
        "24",
        "hours",
        "week",
        "year",
        "ago",
        "two",
        "days",
        ",",
        ";",
        "é",
        "—",
        "\u{a0}",
        "\u{200f}",
        "said",
        "told",
        "Russia",
        "invaded",
        "full-scale",
        "'s",
        "9999",
        "99999",
    ]);
    prop::collection::vec(word, 0..24).prop_map(|w| w.join(" "))
}

proptest! {
    #[test]
    fn no_input_panics(text in "\\PC{0,80}", a in 0usize..100, b in 0usize..100, base in any_base()) {
        exercise(&text, Span::new(a.min(b), a.max(b)), base);
    }

    #[test]
    fn calendar_words_never_panic(text in calendar_text(), a in 0usize..200, len in 0usize..20, base in any_base()) {
        exercise(&text, Span::new(a, a + len), base);
    }
}

/// Runs `f` and fails if it took longer than `limit`.
fn promptly(limit: Duration, f: impl FnOnce()) {
    let start = Instant::now();
    f();
    let took = start.elapsed();
    assert!(took < limit, "took {took:?}");
}

#[test]
fn long_runs_take_linear_time() {
    let limit = Duration::from_secs(5);
    for unit in [
        "since the ",
        "since the start of the ",
        "between January and ",
        "on on on ",
        "1",
        "12/",
        "Monday ",
        "said Monday ",
        "early late ",
        "\u{a0}",
    ] {
        let text = unit.repeat(60_000 / unit.len());
        promptly(limit, || {
            exercise(&text, Span::new(0, 3), NaiveDate::from_ymd_opt(2024, 1, 1))
        });
    }
}

#[test]
fn a_long_first_line_bounds_the_date_line_search() {
    let mut text = "x ".repeat(500_000);
    text.push_str("\nFeb 5, 2026");
    promptly(Duration::from_secs(5), || {
        assert_eq!(document_date(&text, None, None), None);
    });
}
