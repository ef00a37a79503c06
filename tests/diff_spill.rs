//! `diff` over ledgers larger than its memory budget: cut into partitions
//! through temporary files, it gives the very changes, in the very order,
//! that diffing in memory gives; corrupt lines are reported by file and
//! line on either path.

use conflict_figures::diff::{self, diff, diff_ledgers, Change};
use conflict_figures::ledger::{self, Mode};
use conflict_figures::{extract, Claim, Document, Error};
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_conflict-figures");

/// A report of a few paragraphs about a town, its figures moved by `shift`.
fn report(town: usize, shift: usize) -> String {
    let killed = 40 + town * 3 + shift;
    let wounded = 100 + town;
    let mut text = format!(
        "Shelling killed {killed} people in town {town} on Sunday, the regional governor said.\n\n\
         At least {wounded} civilians were wounded, medics said.\n\n"
    );
    if (town + shift) % 3 != 0 {
        text.push_str("About 2,000 residents fled the area overnight, aid workers said.\n\n");
    }
    if shift > 0 && town % 4 == 0 {
        text.push_str("The army said it shot down 12 drones over the town.\n");
    }
    text
}

/// A ledger of `towns` reports, each its own document.
fn ledger(towns: usize, shift: usize) -> Vec<Claim> {
    (0..towns)
        .flat_map(|t| {
            let shift = if t % 5 == 1 { shift } else { 0 };
            extract(&Document::new(format!("town-{t:03}"), report(t, shift)))
        })
        .collect()
}

fn write(path: &Path, claims: &[Claim], extra: &[u8]) {
    let mut out = Vec::new();
    for c in claims {
        ledger::write_line(&mut out, c).expect("writes to memory");
    }
    out.extend_from_slice(extra);
    std::fs::write(path, out).expect("writes");
}

/// The changes and warnings of diffing `old` and `new` with `budget`.
fn run(old: &Path, new: &Path, mode: Mode, budget: u64) -> (Vec<Change>, Vec<String>) {
    let mut changes = Vec::new();
    let mut warnings = Vec::new();
    let result = diff_ledgers(
        old,
        new,
        mode,
        budget,
        |w| warnings.push(w.to_string()),
        |c| {
            changes.push(c);
            Ok(())
        },
    );
    if let Err(e) = result {
        warnings.push(format!("error: {e}"));
    }
    (changes, warnings)
}

fn paths(dir: &Path) -> (PathBuf, PathBuf) {
    (dir.join("old.jsonl"), dir.join("new.jsonl"))
}

#[test]
fn partitions_diff_as_memory_does() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (old, new) = paths(dir.path());
    let (a, b) = (ledger(60, 0), ledger(60, 7));
    write(&old, &a, b"");
    write(&new, &b, b"");
    let want = diff(a, b);
    assert!(want.len() > 20, "{}", want.len());
    let size = std::fs::metadata(&old).expect("a file").len();
    // In memory; in three partitions; in as many as can be.
    for budget in [u64::MAX, size, 1] {
        let (got, warnings) = run(&old, &new, Mode::Strict, budget);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(got, want, "budget {budget}");
    }
}

#[test]
fn corrupt_lines_are_reported_in_partitions_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (old, new) = paths(dir.path());
    let (a, b) = (ledger(8, 0), ledger(8, 7));
    write(&old, &a, b"{\"id\": \"torn\n");
    write(&new, &b[..3], b"[1]\n");
    let mut extra = Vec::new();
    for c in &b[3..] {
        ledger::write_line(&mut extra, c).expect("writes to memory");
    }
    let body = [std::fs::read(&new).expect("reads"), extra].concat();
    std::fs::write(&new, body).expect("writes");
    let want = diff(a.clone(), b.clone());
    let (o, n) = (old.display(), new.display());
    let lenient = [
        format!("{o}:{}: column 12: EOF while parsing a string", a.len() + 1),
        format!("{n}:4: column 2: invalid type: integer `1`, expected a string"),
    ];
    for budget in [u64::MAX, 1] {
        let (got, warnings) = run(&old, &new, Mode::Lenient, budget);
        assert_eq!(got, want, "budget {budget}");
        assert_eq!(warnings, lenient, "budget {budget}");
        let (got, warnings) = run(&old, &new, Mode::Strict, budget);
        assert!(got.is_empty());
        assert_eq!(warnings, [format!("error: {}", lenient[0])]);
    }
}

#[test]
fn the_command_line_diffs_in_partitions_and_from_standard_input() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (old, new) = paths(dir.path());
    let (a, b) = (ledger(30, 0), ledger(30, 4));
    write(&old, &a, b"");
    write(&new, &b, b"");
    let mut want = Vec::new();
    diff::write_log(&mut want, &diff(a, b)).expect("writes to memory");
    let (o, n) = (old.to_str().expect("path"), new.to_str().expect("path"));
    for args in [
        vec!["diff", o, n],
        vec!["diff", "--budget", "1", o, n],
        vec!["diff", "-", n],
    ] {
        let stdin = std::fs::File::open(&old).expect("opens");
        let out = Command::new(BIN)
            .args(&args)
            .stdin(stdin)
            .output()
            .expect("runs the binary");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&want)
        );
    }
}

#[test]
fn errors_name_the_missing_ledger() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (old, new) = paths(dir.path());
    write(&old, &ledger(2, 0), b"");
    for budget in [u64::MAX, 1] {
        let err = diff_ledgers(&old, &new, Mode::Lenient, budget, |_| {}, |_| Ok(()));
        assert!(
            matches!(err, Err(Error::Io { ref path, .. }) if *path == new),
            "{err:?}"
        );
    }
}
