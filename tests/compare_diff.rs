//! Compare and diff over ledgers built from the fixture reports in
//! `tests/fixtures/ledger/`:
//!
//! - `sides-*`: two sides and a monitor give competing tolls for the same
//!   battle;
//! - `story-v1..v3`: one report updated three times in a day, its toll
//!   rising 45 → 52 → 60 and a second source added;
//! - `withdrawn-v1..v2`: an outlet withdraws a death toll.
//!
//! Each version of a report keeps its document id (`story`, `withdrawn`),
//! as a report re-fetched from the same address would. Dates come from the
//! reports' datelines.

mod common;

use conflict_figures::compare::{self, compare};
use conflict_figures::diff::{self, diff, Kind};
use conflict_figures::{extract, Claim, Document};

/// The claims of the fixture report `name`, under the document id `id`.
fn claims(name: &str, id: &str) -> Vec<Claim> {
    let path = format!(
        "{}/tests/fixtures/ledger/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("fixture report");
    extract(&Document::new(id, text))
}

/// A ledger of several fixture reports, each under its own name.
fn ledger(names: &[&str]) -> Vec<Claim> {
    names.iter().flat_map(|n| claims(n, n)).collect()
}

fn compare_table(claims: Vec<Claim>) -> String {
    let mut out = Vec::new();
    compare::write_table(&mut out, &compare(claims)).expect("writes to memory");
    String::from_utf8(out).expect("UTF-8")
}

fn diff_log(old: Vec<Claim>, new: Vec<Claim>) -> String {
    let mut out = Vec::new();
    diff::write_log(&mut out, &diff(old, new)).expect("writes to memory");
    String::from_utf8(out).expect("UTF-8")
}

#[test]
fn compare_competing_sides() {
    let claims = ledger(&["sides-east", "sides-west", "sides-monitor"]);
    let groups = compare(claims.clone());
    let ukraine = groups
        .iter()
        .find(|g| g.subject == "military" && g.party.as_deref() == Some("Ukraine"))
        .expect("a group for Ukraine's soldiers");
    assert_eq!(ukraine.figures.len(), 3);
    assert_eq!(ukraine.verdict, compare::Verdict::Contradict);
    common::with_snapshots(|| {
        insta::assert_snapshot!("compare_sides_table", compare_table(claims.clone()));
        let mut csv = Vec::new();
        compare::write_csv(&mut csv, &groups).expect("writes to memory");
        insta::assert_snapshot!("compare_sides_csv", String::from_utf8(csv).expect("UTF-8"));
        let mut json = Vec::new();
        compare::write_json(&mut json, &groups).expect("writes to memory");
        insta::assert_snapshot!(
            "compare_sides_json",
            String::from_utf8(json).expect("UTF-8")
        );
    });
}

#[test]
fn compare_keeps_each_sources_latest_figure() {
    // All three versions in one ledger: each source keeps its last figure.
    let claims: Vec<Claim> = ["story-v1", "story-v2", "story-v3"]
        .iter()
        .flat_map(|v| claims(v, "story"))
        .collect();
    let groups = compare(claims.clone());
    let killed = &groups[0];
    assert_eq!(killed.title(), "killed people");
    assert!(killed
        .figures
        .iter()
        .all(|f| f.quantity.value == Some(60.0)));
    common::with_snapshots(|| {
        insta::assert_snapshot!("compare_story_table", compare_table(claims));
    });
}

#[test]
fn diff_story_updates() {
    let v1 = claims("story-v1", "story");
    let v2 = claims("story-v2", "story");
    let v3 = claims("story-v3", "story");
    let changes = diff(v2.clone(), v3.clone());
    assert!(changes.iter().any(|c| c.kind == Kind::Added));
    assert!(changes
        .iter()
        .any(|c| c.kind == Kind::Changed && c.fields == ["value"]));
    common::with_snapshots(|| {
        insta::assert_snapshot!("diff_story_v1_v2", diff_log(v1.clone(), v2.clone()));
        insta::assert_snapshot!("diff_story_v2_v3", diff_log(v2.clone(), v3.clone()));
        insta::assert_snapshot!("diff_story_v1_v3", diff_log(v1.clone(), v3.clone()));
        let mut json = Vec::new();
        diff::write_json(&mut json, &diff(v2, v3)).expect("writes to memory");
        insta::assert_snapshot!(
            "diff_story_v2_v3_json",
            String::from_utf8(json).expect("UTF-8")
        );
    });
}

#[test]
fn diff_withdrawn_figure() {
    let v1 = claims("withdrawn-v1", "withdrawn");
    let v2 = claims("withdrawn-v2", "withdrawn");
    let changes = diff(v1.clone(), v2.clone());
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].kind, Kind::Removed);
    common::with_snapshots(|| {
        insta::assert_snapshot!("diff_withdrawn", diff_log(v1, v2));
    });
}

#[test]
fn diff_of_a_ledger_with_itself_is_empty() {
    for names in [
        &["sides-east", "sides-west"][..],
        &["story-v3", "withdrawn-v1"],
    ] {
        let l = ledger(names);
        assert!(diff(l.clone(), l).is_empty(), "{names:?}");
    }
}
