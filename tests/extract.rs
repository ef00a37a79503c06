//! Whole-document behaviour of extraction: one snapshot per report in
//! `tests/fixtures/reports/docs/`, each claim shown in its sentence with
//! the figure bracketed and every ledger field on the line below.
//!
//! The folder is a corpus folder: `docs.jsonl` gives each report's
//! publication date, against which weekdays and relative dates resolve.

mod common;

use conflict_figures::{extract, render, Document};
use std::collections::HashMap;

/// Publication dates by document id, from the fixture folder's docs.jsonl.
fn published() -> HashMap<String, Option<chrono::NaiveDate>> {
    let index = include_str!("fixtures/reports/docs.jsonl");
    index
        .lines()
        .map(|line| {
            let row: serde_json::Value = serde_json::from_str(line).expect("docs.jsonl row");
            let id = row["id"].as_str().expect("id").to_string();
            let date = row["published"]
                .as_str()
                .map(|d| d.parse().expect("YYYY-MM-DD"));
            (id, date)
        })
        .collect()
}

#[test]
fn report_fixtures() {
    let dates = published();
    common::with_snapshots(|| {
        insta::glob!("fixtures/reports/docs/*.txt", |path| {
            let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
            let id = path
                .file_stem()
                .and_then(|s| s.to_str())
                .expect("file stem");
            let doc = Document::new(id, text).published(dates.get(id).copied().flatten());
            let rendered: Vec<String> = extract(&doc)
                .iter()
                .map(|c| render::claim(&doc.text, c))
                .collect();
            insta::assert_snapshot!(rendered.join("\n"));
        });
    });
}

#[test]
fn ledger_lines_round_trip() {
    let dates = published();
    for (id, date) in &dates {
        let path = format!("tests/fixtures/reports/docs/{id}.txt");
        let text = std::fs::read_to_string(&path).expect("fixture");
        let doc = Document::new(id.clone(), text).published(*date);
        for claim in extract(&doc) {
            assert_eq!(Some(claim.text.as_str()), claim.span.of(&doc.text));
            assert!(claim.sentence.contains(&claim.text), "{}", claim.id);
            let line = serde_json::to_string(&claim).expect("serialises");
            let back: conflict_figures::Claim = serde_json::from_str(&line).expect("reads back");
            assert_eq!(back, claim);
        }
    }
}

#[test]
fn extract_each_hands_on_each_claim_in_order() {
    let text = "KHARKIV, Ukraine (AP) — Shelling killed 4 civilians and wounded 11, \
                the governor said. Rescuers freed 3 people from the rubble.";
    let doc = Document::new("each-1", text);
    let mut handed = Vec::new();
    conflict_figures::extract::extract_each(&doc, |claim| {
        handed.push(claim);
        Ok::<(), ()>(())
    })
    .expect("no error");
    let texts: Vec<&str> = handed.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["4", "11", "3"]);
    assert_eq!(
        handed[1].source.as_ref().map(|s| s.name.as_str()),
        Some("governor")
    );
}

#[test]
fn extract_each_stops_at_the_first_error() {
    let doc = Document::new(
        "each-2",
        "Floods displaced 300 families. Strikes killed 9 people. Fire destroyed 40 homes.",
    );
    let mut seen = Vec::new();
    let stopped = conflict_figures::extract::extract_each(&doc, |claim| {
        seen.push(claim.text);
        if seen.len() == 2 {
            Err("full")
        } else {
            Ok(())
        }
    });
    assert_eq!(stopped, Err("full"));
    assert_eq!(seen, ["300", "9"]);
}
