//! Whole-document behaviour of the quantity stage: one snapshot per
//! fixture in `tests/fixtures/quantities/`, each figure bracketed in its
//! context with its fields.

mod common;

use conflict_figures::{quantities, render};

#[test]
fn quantity_fixtures() {
    common::with_snapshots(|| {
        insta::glob!("fixtures/quantities/*.txt", |path| {
            let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
            let rendered: Vec<String> = quantities(&text)
                .iter()
                .map(|q| render::quantity(&text, q))
                .collect();
            insta::assert_snapshot!(rendered.join("\n"));
        });
    });
}

#[test]
fn iter_carries_a_restated_change_from_item_to_item() {
    // `quantities` collects `quantity::iter`, so the fixture snapshots
    // pin what it yields; this pins the state kept between items.
    let text = "The index lost 350 points, or 1.1%, on Monday.";
    let mut found = conflict_figures::quantity::iter(text);
    let first = found.next().expect("350 points");
    let second = found.next().expect("1.1%");
    assert!(found.next().is_none());
    assert_eq!(first.text, "350 points");
    assert!(first.change.is_some());
    assert_eq!(second.change, first.change);
}
