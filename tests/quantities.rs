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
fn iter_reads_what_quantities_returns() {
    let dir = std::path::Path::new("tests/fixtures/quantities");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("fixture folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 10);
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("fixture is UTF-8");
        let read: Vec<_> = conflict_figures::quantity::iter(&text).collect();
        assert_eq!(read, quantities(&text), "{}", path.display());
    }
    // The restated change is carried from one item to the next.
    let text = "The index lost 350 points, or 1.1%, on Monday.";
    let read: Vec<_> = conflict_figures::quantity::iter(text)
        .map(|q| q.change)
        .collect();
    assert_eq!(read.len(), 2);
    assert!(read[1].is_some() && read[1] == read[0]);
}
