//! The ledger on disk and its command line: appends that survive a killed
//! writer, corrupt lines reported by file and line, merge, dedupe, filter,
//! and the exit statuses of `diff`.

use conflict_figures::ledger::{self, Mode, Reader};
use conflict_figures::{extract, Claim, Document};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_conflict-figures");

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ledger")
        .join(format!("{name}.txt"))
}

/// The claims of a fixture report.
fn claims(name: &str) -> Vec<Claim> {
    let text = std::fs::read_to_string(fixture(name)).expect("fixture");
    extract(&Document::new(name, text))
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("runs the binary")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Every line of the file, each parsed as a claim (strictly).
fn read_strict(path: &Path) -> Vec<Claim> {
    Reader::<_, Claim>::open(path, Mode::Strict)
        .expect("opens")
        .map(|e| e.expect("every line is a claim").record)
        .collect()
}

fn write(path: &Path, claims: &[Claim]) {
    let mut out = Vec::new();
    for c in claims {
        ledger::write_line(&mut out, c).expect("writes to memory");
    }
    std::fs::write(path, out).expect("writes");
}

#[test]
fn append_extracts_reports_into_a_ledger() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ledger.jsonl");
    let ledger = path.to_str().expect("UTF-8 path");
    let v1 = fixture("story-v1");
    let out = run(&["ledger", "append", ledger, v1.to_str().expect("path")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let east = fixture("sides-east");
    let out = run(&["ledger", "append", ledger, east.to_str().expect("path")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let read = read_strict(&path);
    let mut want = claims("story-v1");
    want.extend(claims("sides-east"));
    assert_eq!(read, want);
}

#[test]
fn corrupt_lines_are_reported_by_file_and_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("mixed.jsonl");
    let good = claims("story-v1");
    let mut body = Vec::new();
    ledger::write_line(&mut body, &good[0]).expect("writes");
    body.extend_from_slice(b"{\"id\": \"torn\n");
    ledger::write_line(&mut body, &good[1]).expect("writes");
    std::fs::write(&path, body).expect("writes");
    let p = path.to_str().expect("UTF-8 path");

    let out = run(&["ledger", "dedupe", p]);
    assert!(out.status.success());
    assert_eq!(text(&out.stdout).lines().count(), 2);
    assert_eq!(
        text(&out.stderr),
        format!("conflict-figures: {p}:2: column 12: EOF while parsing a string (line skipped)\n")
    );

    let out = run(&["ledger", "dedupe", "--strict", p]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        format!("conflict-figures: {p}:2: column 12: EOF while parsing a string\n")
    );
}

#[test]
fn merge_dedupe_and_filter() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = dir.path().join("a.jsonl");
    let b = dir.path().join("b.jsonl");
    let sides: Vec<Claim> = ["sides-east", "sides-west"]
        .iter()
        .flat_map(|n| claims(n))
        .collect();
    write(&a, &sides);
    write(&b, &[claims("sides-monitor"), sides.clone()].concat());
    let (a, b) = (a.to_str().expect("path"), b.to_str().expect("path"));
    let merged = dir.path().join("merged.jsonl");
    let out = run(&[
        "ledger",
        "merge",
        a,
        b,
        "--out",
        merged.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        read_strict(&merged).len(),
        sides.len() + claims("sides-monitor").len()
    );

    let out = run(&[
        "ledger",
        "filter",
        a,
        b,
        "--party",
        "ukraine",
        "--subject",
        "military",
        "--source",
        "general staff",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let kept: Vec<Claim> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("claim"))
        .collect();
    assert_eq!(kept.len(), 2, "once from each ledger");
    assert!(kept.iter().all(|c| c.text == "fewer than 300"));

    let out = run(&[
        "ledger",
        "filter",
        a,
        "--from",
        "2025-03-05",
        "--to",
        "2025-03-05",
    ]);
    assert_eq!(text(&out.stdout).lines().count(), 2);
    let out = run(&["ledger", "filter", a, "--event", "exploded"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn diff_exits_like_diff() {
    let dir = tempfile::tempdir().expect("temp dir");
    let v1 = dir.path().join("v1.jsonl");
    let v2 = dir.path().join("v2.jsonl");
    let id = |n: &str| -> Vec<Claim> {
        let text = std::fs::read_to_string(fixture(n)).expect("fixture");
        extract(&Document::new("story", text))
    };
    write(&v1, &id("story-v1"));
    write(&v2, &id("story-v2"));
    let (v1, v2) = (v1.to_str().expect("path"), v2.to_str().expect("path"));
    let same = run(&["diff", v1, v1]);
    assert_eq!((same.status.code(), same.stdout.len()), (Some(0), 0));
    let changed = run(&["diff", v1, v2]);
    assert_eq!(changed.status.code(), Some(1));
    assert!(text(&changed.stdout).contains("~ killed people, city's health department: 45 → 52"));
    let json = run(&["diff", "--json", v1, v2]);
    assert_eq!(json.status.code(), Some(1));
    assert!(text(&json.stdout)
        .lines()
        .all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok()));
    let missing = run(&["diff", v1, "/nonexistent/ledger.jsonl"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).starts_with("conflict-figures: /nonexistent/ledger.jsonl: "));
}

#[test]
fn compare_outputs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("sides.jsonl");
    let all: Vec<Claim> = ["sides-east", "sides-west", "sides-monitor"]
        .iter()
        .flat_map(|n| claims(n))
        .collect();
    write(&path, &all);
    let p = path.to_str().expect("path");
    let table = run(&["compare", p, "--min-sources", "2"]);
    assert!(table.status.success());
    assert!(text(&table.stdout)
        .starts_with("killed military (Ukraine): 3 sources, spread 4×, contradict\n"));
    let csv = run(&["compare", "--csv", p]);
    assert_eq!(text(&csv.stdout).lines().count(), 1 + 4);
    let json = run(&["compare", "--json", "--party", "Russia", p]);
    let groups: Vec<serde_json::Value> = text(&json.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0]["verdict"], "single");
}

#[test]
fn chart_draws_an_svg() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("story.jsonl");
    let mut all = Vec::new();
    for (v, day) in [
        ("story-v1", "2025-03-02"),
        ("story-v2", "2025-03-03"),
        ("story-v3", "2025-03-04"),
    ] {
        let text = std::fs::read_to_string(fixture(v)).expect("fixture");
        let mut c = extract(&Document::new("story", text));
        for claim in &mut c {
            claim.reported_on = day.parse().ok();
        }
        all.extend(c);
    }
    write(&path, &all);
    let svg = dir.path().join("story.svg");
    let out = run(&[
        "chart",
        path.to_str().expect("path"),
        "--out",
        svg.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let drawn = std::fs::read_to_string(&svg).expect("SVG written");
    assert!(drawn.starts_with("<svg"));
    assert!(drawn.contains("killed people"));
    assert!(
        drawn.contains("city&apos;s health department")
            || drawn.contains("city's health department")
    );
    assert_eq!(
        text(&out.stderr),
        "conflict-figures: not drawn: wounded people (narrow with --event, --party, --subject)\n"
    );
    let none = run(&[
        "chart",
        path.to_str().expect("path"),
        "--party",
        "Atlantis",
        "--out",
        svg.to_str().expect("path"),
    ]);
    assert_eq!(none.status.code(), Some(2));
}

/// Appends a large batch to a ledger and kills the writer at several
/// moments: each time, every line of the ledger is a whole claim, the
/// original lines are intact, and the batch is there whole or not at all.
#[test]
fn a_killed_append_never_tears_the_ledger() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ledger_path = dir.path().join("ledger.jsonl");
    let batch_path = dir.path().join("batch.jsonl");
    let original: Vec<Claim> = ["sides-east", "sides-west", "sides-monitor"]
        .iter()
        .flat_map(|n| claims(n))
        .collect();
    let template = claims("story-v3");
    let batch: Vec<Claim> = (0..20_000)
        .map(|i| {
            let mut c = template[i % template.len()].clone();
            c.document = format!("batch-{i}");
            c.id = format!("batch-{i}#{}", c.span.start);
            c
        })
        .collect();
    write(&batch_path, &batch);
    let (ledger, batch_file) = (
        ledger_path.to_str().expect("path"),
        batch_path.to_str().expect("path"),
    );

    let mut outcomes = Vec::new();
    for delay in [0, 5, 20, 80, 300, 900] {
        write(&ledger_path, &original);
        let before = std::fs::read(&ledger_path).expect("reads");
        let mut child = Command::new(BIN)
            .args(["ledger", "append", ledger, "--claims", batch_file])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawns the writer");
        std::thread::sleep(Duration::from_millis(delay));
        let killed = child.kill().is_ok();
        let status = child.wait().expect("waits");
        let after = std::fs::read(&ledger_path).expect("reads");
        assert!(
            after.starts_with(&before),
            "delay {delay}: the original lines changed"
        );
        assert!(after.ends_with(b"\n"), "delay {delay}: torn last line");
        let lines = read_strict(&ledger_path);
        assert_eq!(&lines[..original.len()], &original[..]);
        let appended = lines.len() - original.len();
        assert!(
            appended == 0 || appended == batch.len(),
            "delay {delay}: {appended} of {} appended",
            batch.len()
        );
        if appended > 0 {
            assert_eq!(&lines[original.len()..], &batch[..]);
        }
        // Temporary files a killed writer leaves are not ledgers: remove them.
        let mut mid_write = false;
        for entry in std::fs::read_dir(dir.path()).expect("lists") {
            let p = entry.expect("entry").path();
            if p.extension().is_some_and(|e| e == "tmp") {
                mid_write = true;
                std::fs::remove_file(p).expect("removes");
            }
        }
        outcomes.push((delay, killed && !status.success(), mid_write, appended));
    }
    eprintln!("(delay ms, killed, mid-write, lines appended): {outcomes:?}");
    // Left alone, the same writer appends the whole batch.
    write(&ledger_path, &original);
    let out = run(&["ledger", "append", ledger, "--claims", batch_file]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        read_strict(&ledger_path).len(),
        original.len() + batch.len()
    );
    // At least one writer was killed while writing, so the test tested
    // something.
    assert!(
        outcomes
            .iter()
            .any(|&(_, killed, mid_write, _)| killed && mid_write),
        "{outcomes:?}"
    );
}
