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
