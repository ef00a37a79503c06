//! Whole-document behaviour of the segmenter: one snapshot per fixture in
//! `tests/fixtures/segment/`, each sentence on its own line with its role
//! and paragraph; and hostile input that must not panic or slow down.

mod common;

use conflict_figures::segment::{segment, Segments};
use std::time::{Duration, Instant};

/// The dateline, then each sentence as `[role pN] text`, line breaks
/// inside a sentence shown as `⏎`.
fn render(text: &str, seg: &Segments) -> String {
    let mut out = Vec::new();
    for d in &seg.datelines {
        let kind = if seg.dateline == Some(*d) {
            "dateline"
        } else {
            "also dateline"
        };
        out.push(format!("{kind}: {}", d.of(text).unwrap_or("?")));
    }
    for s in &seg.sentences {
        let body = s.span.of(text).unwrap_or("?").replace('\n', "⏎");
        out.push(format!("[{} p{}] {}", s.role.name(), s.paragraph, body));
    }
    out.join("\n")
}

#[test]
fn segment_fixtures() {
    common::with_snapshots(|| {
        insta::glob!("fixtures/segment/*.txt", |path| {
            let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
            let seg = segment(&text);
            assert_invariants(&text, &seg);
            insta::assert_snapshot!(render(&text, &seg));
        });
    });
}

/// Panics with a message naming the first broken invariant of `seg`.
fn assert_invariants(text: &str, seg: &Segments) {
    let blank = |c: char| c.is_whitespace() || c.is_control();
    let mut prev_end = 0;
    let mut prev_paragraph = 0;
    for d in &seg.datelines {
        assert!(d.of(text).is_some(), "dateline {d:?} off char boundaries");
        assert!(!d.is_empty(), "empty dateline");
    }
    if let Some(d) = seg.dateline {
        assert!(seg.datelines.contains(&d), "the dateline is not listed");
    }
    for (k, p) in seg.paragraphs.iter().enumerate() {
        assert!(p.of(text).is_some(), "paragraph {k} off char boundaries");
        assert!(p.start < p.end, "paragraph {k} empty");
    }
    for (k, s) in seg.sentences.iter().enumerate() {
        let Some(body) = s.span.of(text) else {
            panic!("sentence {k} {:?} off char boundaries", s.span);
        };
        assert!(!body.is_empty(), "sentence {k} is empty");
        assert!(
            !body.starts_with(blank) && !body.ends_with(blank),
            "sentence {k} is not trimmed: {body:?}"
        );
        assert!(s.span.start >= prev_end, "sentence {k} overlaps");
        prev_end = s.span.end;
        assert!(s.paragraph >= prev_paragraph, "sentence {k} out of order");
        prev_paragraph = s.paragraph;
        let Some(p) = seg.paragraphs.get(s.paragraph) else {
            panic!("sentence {k} names a missing paragraph");
        };
        assert!(
            p.start <= s.span.start && s.span.end <= p.end,
            "sentence {k} outside its paragraph"
        );
        for d in &seg.datelines {
            assert!(!d.overlaps(&s.span), "sentence {k} covers a dateline");
        }
    }
}

/// Segments `text`, checks the invariants and returns the segments.
fn checked(text: &str) -> Segments {
    let seg = segment(text);
    assert_invariants(text, &seg);
    seg
}

#[test]
fn hostile_input_is_safe_and_linear() {
    let started = Instant::now();
    let cases: Vec<(&str, String)> = vec![
        ("empty", String::new()),
        ("newlines", "\n".repeat(100_000)),
        ("crlf", "\r\n".repeat(50_000)),
        ("periods", ".".repeat(100_000)),
        ("spaced periods", ". ".repeat(100_000)),
        ("abbreviations", "Dr. ".repeat(50_000)),
        ("initials", "A. B. ".repeat(30_000)),
        ("quotes", "\"".repeat(100_000)),
        ("curly quotes", "“”".repeat(50_000)),
        (
            "closers after a period",
            format!("x.{} Y", "”".repeat(50_000)),
        ),
        ("brackets", "(".repeat(100_000)),
        ("ellipses", "…".repeat(50_000)),
        ("long line", "word ".repeat(1_000_000)),
        ("long capital word", "A".repeat(1_000_000)),
        ("nul bytes", "\0\0 Ten died.\0 \0\n\0".repeat(10_000)),
        (
            "rtl marks",
            "\u{200f}\u{202b}Ten died.\u{202c} \u{200e}Five were hurt.\n".repeat(10_000),
        ),
        ("bullets", "- \n• x\n1. \n".repeat(10_000)),
        ("markers", "READ:\nRelated Links\n\n".repeat(10_000)),
        ("datelines", "KYIV (AP) —\n".repeat(30_000)),
        ("digits and dots", "1.".repeat(100_000)),
        (
            "wrapped",
            "a line that goes on and\nwraps here and\n".repeat(30_000),
        ),
    ];
    for (name, text) in &cases {
        let seg = checked(text);
        assert!(seg.sentences.len() <= text.len(), "{name}");
    }
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "hostile inputs took {:?}",
        started.elapsed()
    );
}

#[test]
fn degenerate_texts_read_sensibly() {
    assert_eq!(checked("").sentences, []);
    assert_eq!(checked("\n\n\n").sentences, []);
    assert_eq!(checked(&".".repeat(1000)).sentences.len(), 1);
    let text = "\u{200f}Ten died.\u{200f} Five were hurt.";
    let seg = checked(text);
    let read: Vec<_> = seg
        .sentences
        .iter()
        .filter_map(|s| s.span.of(text))
        .collect();
    assert_eq!(read, ["Ten died.", "Five were hurt."]);
}
